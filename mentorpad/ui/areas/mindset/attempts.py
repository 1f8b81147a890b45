"""What the Mindset area knows while the vault is open: every attempt and mentee, read from
the store, and what each attempt scores. The tabs share one AttemptBook and ask it, so they
never disagree about which attempts exist.

Plain Python (no Qt objects): the area fills it on unlock and empties it on lock.
"""

from __future__ import annotations

from mentorpad.guides.mindset import Instrument, MindsetResult, load_mindset_instrument
from mentorpad.guides.playbook import load_playbook
from mentorpad.models.entities import Mentee
from mentorpad.models.store import Store
from mentorpad.ui.areas.mindset.models import AttemptRecord
from mentorpad.ui.labels.names import short_name

__all__ = ["AttemptBook"]


class AttemptBook:
    """The attempts, oldest first, and the mentees (archived ones too, for their names)."""

    def __init__(self, locale: str | None) -> None:
        self._locale = locale
        self.attempts: list[AttemptRecord] = []
        self.mentees: list[Mentee] = []
        self._playbook_titles: dict[str, str] | None = None

    # -- shipped content -----------------------------------------------------------------

    def instrument(self, variant: str) -> Instrument:
        return load_mindset_instrument(variant, self._locale)

    def playbook_titles(self) -> dict[str, str]:
        """Entry id -> title, for the suggestions' links; read once, on first use."""
        if self._playbook_titles is None:
            self._playbook_titles = {entry.id: entry.title for entry in load_playbook(self._locale)}
        return self._playbook_titles

    # -- the vault -----------------------------------------------------------------------

    def reload(self, store: Store) -> None:
        self.mentees = store.mentees(include_archived=True)
        names = {mentee.id: short_name(mentee.display_name) for mentee in self.mentees}
        total = len(self.instrument("current").items)
        self.attempts = [
            AttemptRecord.from_row(row, names, total) for row in store.mindset_attempts()
        ]

    def clear(self) -> None:
        self.attempts = []
        self.mentees = []

    # -- questions -----------------------------------------------------------------------

    def attempt(self, attempt_id: int | None) -> AttemptRecord | None:
        return next((a for a in self.attempts if a.id == attempt_id), None)

    def completed_self(self) -> list[AttemptRecord]:
        return [a for a in self.attempts if a.is_self and a.completed]

    def unfinished_self(self, current: int | None) -> list[AttemptRecord]:
        """The mentor's own unfinished attempts, except the one being answered (`current`)."""
        return [a for a in self.attempts if a.is_self and not a.completed and a.id != current]

    def mentee_name(self, mentee_id: int | None) -> str:
        return next((short_name(m.display_name) for m in self.mentees if m.id == mentee_id), "")

    def result(self, record: AttemptRecord) -> MindsetResult:
        return record.result(self.instrument(record.variant))
