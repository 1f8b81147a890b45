"""How a report speaks: the words and dates of one language.

The reports are Qt-free (the CLI writes Markdown without Qt), so they do not translate
themselves: every phrase goes through a `Words` the caller hands in. The GUI hands in one
that asks Qt's translator (mentorpad/ui/report_words.py, whose catalogue lists every phrase
for lupdate; a test keeps the two lists equal); the CLI keeps the English default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from mentorpad.review import human_date


def _same(text: str) -> str:
    return text


def _month(day: dt.date) -> str:
    return human_date(day).split(" ", 1)[1]


@dataclass(frozen=True)
class Words:
    text: Callable[[str], str] = field(default=_same)
    date: Callable[[dt.date], str] = field(default=human_date)
    month: Callable[[dt.date], str] = field(default=_month)  # "May 2026"
    locale: str = "en"  # of the playbook titles

    def __call__(self, phrase: str, *args: object) -> str:
        """The phrase in this language, with %1, %2… filled in."""
        out = self.text(phrase)
        for number, value in enumerate(args, 1):
            out = out.replace(f"%{number}", str(value))
        return out

    def day(self, value: dt.date | None, missing: str = "not set") -> str:
        return self.date(value) if value else self(missing)


ENGLISH = Words()
