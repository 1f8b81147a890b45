"""The mentor's own view: sessions, talk share and advising-first per month, and themes
across all mentees."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from mentorpad.models import review_queries as q
from mentorpad.models.entities import Session
from mentorpad.models.store import Store
from mentorpad.models.vault import Vault
from mentorpad.review.common import add_months, month_key, month_range, month_start


@dataclass(frozen=True)
class MonthStats:
    month: str
    sessions: int = 0
    talk_share_sum: int = 0
    talk_share_count: int = 0
    advised_first_yes: int = 0
    advised_first_count: int = 0

    @property
    def talk_share_avg(self) -> float | None:
        """The mentor's average share of the talking, in percent."""
        return self.talk_share_sum / self.talk_share_count if self.talk_share_count else None

    @property
    def advised_first_pct(self) -> float | None:
        """Percent of sessions (with a reflection) where the mentor advised before asking."""
        if not self.advised_first_count:
            return None
        return 100 * self.advised_first_yes / self.advised_first_count


@dataclass(frozen=True)
class ThemeCount:
    entry_id: str
    sessions: int
    mentees: int


@dataclass(frozen=True)
class MentorView:
    months: tuple[MonthStats, ...] = ()  # continuous, oldest first, ending with today's
    themes: tuple[ThemeCount, ...] = ()  # across all mentees, most frequent first

    @property
    def sessions_total(self) -> int:
        return sum(m.sessions for m in self.months)

    @property
    def talk_share_avg(self) -> float | None:
        n = sum(m.talk_share_count for m in self.months)
        return sum(m.talk_share_sum for m in self.months) / n if n else None

    @property
    def advised_first_pct(self) -> float | None:
        n = sum(m.advised_first_count for m in self.months)
        return 100 * sum(m.advised_first_yes for m in self.months) / n if n else None

    @property
    def is_empty(self) -> bool:
        return not self.sessions_total and not self.themes


def month_stats(sessions: Iterable[Session], today: dt.date) -> list[MonthStats]:
    """Held sessions per month, from entities (the SQL in load_mentor_view does the same)."""
    acc: dict[str, list[int]] = {}
    for s in sessions:
        day = s.starts_at.date()
        if day > today:
            continue
        row = acc.setdefault(month_key(day), [0, 0, 0, 0, 0])
        row[0] += 1
        if s.talk_share is not None:
            row[1] += s.talk_share
            row[2] += 1
        if s.advised_first is not None:
            row[3] += int(s.advised_first)
            row[4] += 1
    return [MonthStats(m, *acc[m]) for m in sorted(acc)]


def theme_counts(sessions: Iterable[Session], today: dt.date) -> list[ThemeCount]:
    """Themes of held sessions across mentees: sessions and distinct mentees per entry."""
    sessions_by: Counter[str] = Counter()
    mentees_by: dict[str, set[int]] = {}
    for s in sessions:
        if s.starts_at.date() > today:
            continue
        for theme in s.themes:
            sessions_by[theme] += 1
            mentees_by.setdefault(theme, set()).add(s.mentee_id)
    return [ThemeCount(t, n, len(mentees_by[t])) for t, n in sessions_by.items()]


def mentor_view(
    months: Iterable[MonthStats],
    themes: Iterable[ThemeCount],
    today: dt.date,
    *,
    window_months: int | None = 12,
) -> MentorView:
    """The last `window_months` months through today's (None: from the first session),
    empty months included so trends are not compressed."""
    by_month = {m.month: m for m in months}
    last = month_key(today)
    if window_months is not None:
        first = add_months(last, -(window_months - 1))
    elif by_month:
        first = min(by_month)
    else:
        first = last
    filled = tuple(by_month.get(m, MonthStats(m)) for m in month_range(first, last))
    ordered = tuple(sorted(themes, key=lambda t: (-t.sessions, -t.mentees, t.entry_id)))
    return MentorView(filled, ordered)


def load_mentor_view(
    source: Store | Vault, today: dt.date, *, window_months: int | None = 12
) -> MentorView:
    since = None
    if window_months is not None:
        since = month_start(add_months(month_key(today), -(window_months - 1)))
    months = [MonthStats(*row) for row in q.month_rows(source, today, since)]
    themes = [ThemeCount(*row) for row in q.theme_totals(source, today)]
    return mentor_view(months, themes, today, window_months=window_months)
