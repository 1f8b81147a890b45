"""The attempts being answered and their saving: the mentor's own and a mentee's mirror.

Answers go through the save manager (ui/savemanager.py): every change is snapshotted with the
draft it belongs to and saved shortly after (debounced) and at once on flush(), so an attempt
can always be resumed. A save that fails keeps the snapshots and says so through
`status_changed`; the next save that works clears the message. What a lock finds unsaved is
held in memory and offered back after unlock (`held`, `restore_held`, `discard_held`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import VaultError
from mentorpad.models.store import Store
from mentorpad.ui.labels import error_message
from mentorpad.ui.savemanager import SaveManager
from mentorpad.ui.text import fill

__all__ = ["Draft", "Drafts"]

SAVABLE = "mindset"  # keyed by Draft.token; the value is a _Snapshot
_tokens = itertools.count(1)


@dataclass
class Draft:
    """An attempt being answered: ids and answers; answers are dropped on lock."""

    attempt_id: int | None
    variant: str
    respondent: str = "self"
    mentee_id: int | None = None
    answers: dict[str, int | None] = field(default_factory=dict)
    dimension: int = 0
    token: int = field(default_factory=lambda: next(_tokens))  # which draft, before it has an id


@dataclass(frozen=True)
class _Snapshot:
    """A draft's answers as they were when marked dirty, with where they go."""

    attempt_id: int | None
    variant: str
    respondent: str
    mentee_id: int | None
    answers: dict[str, int | None]


class Drafts(QObject):
    """At most two drafts at a time: `own` (the self-assessment) and `mirror` (a mentee's)."""

    attempts_created = Signal()  # a first save gave an attempt its id: the lists changed
    status_changed = Signal(str)  # what went wrong saving; "" once saving works again

    def __init__(self, parent: QObject | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.own: Draft | None = None
        self.mirror: Draft | None = None
        self._store: Store | None = None
        self._created: dict[int, int] = {}  # draft token -> the attempt id its first save made
        self.saves = SaveManager(self, clock=clock)
        self.saves.add_savable(SAVABLE, self._write)
        self.saves.save_failed.connect(self._on_saves_save_failed)
        self.saves.saved.connect(self._on_saves_saved)

    def open(self, store: Store) -> None:
        self._store = store

    def close(self) -> None:
        """Locking: no more saves; the answers are forgotten (the ids are kept), except what
        could not be saved, which the save manager holds in memory for after the unlock."""
        self.saves.hold()
        self._store = None
        for draft in (self.own, self.mirror):
            if draft is not None:
                draft.answers.clear()

    # -- saving --------------------------------------------------------------------------

    def answer(self, draft: Draft, item_id: str, value: int | None) -> None:
        """Record one answer; it is saved shortly after the last change."""
        draft.answers[item_id] = value
        snapshot = _Snapshot(
            draft.attempt_id, draft.variant, draft.respondent, draft.mentee_id, dict(draft.answers)
        )
        self.saves.mark_dirty(SAVABLE, draft.token, snapshot)

    def flush(self) -> None:
        """Save now; raises VaultError (the answers stay in memory)."""
        self.saves.flush()

    def save_before_switching(self) -> None:
        """Save the draft being answered before another one takes its place."""
        try:
            self.saves.flush()
        except VaultError as exc:
            self._report(exc)

    def complete(self, draft: Draft) -> int | None:
        """Save a draft as completed; None (and a message) if the vault refused."""
        store = self._store
        if store is None:
            return None
        try:
            attempt_id = store.save_mindset_attempt(
                draft.attempt_id or self._created.get(draft.token),
                draft.variant,
                dict(draft.answers),
                completed=True,
                respondent=draft.respondent,
                mentee_id=draft.mentee_id,
            )
        except VaultError as exc:
            self._report(exc)
            return None
        self.saves.forget(SAVABLE, lambda token: token == draft.token)
        self._report(None)
        return attempt_id

    def describe_held(self, store: Store) -> list[str]:
        """What the last lock kept, in words: whose answers, to which questionnaire."""
        places = []
        for unsaved in self.saves.held():
            snap = unsaved.value
            assert isinstance(snap, _Snapshot)
            if snap.respondent == "self":
                places.append(
                    QCoreApplication.translate("MindsetArea", "Your answers to the assessment")
                )
                continue
            mentee = store.mentee(snap.mentee_id) if snap.mentee_id is not None else None
            places.append(
                fill(
                    QCoreApplication.translate("MindsetArea", "The answers %1 gave"),
                    mentee.display_name if mentee else "?",
                )
            )
        return places

    def _write(self, items: list[tuple[int, _Snapshot]]) -> None:
        """Each snapshot under its own attempt; a draft's first save creates the attempt."""
        store = self._store
        if store is None:
            raise VaultError(QCoreApplication.translate("MenteesArea", "The vault is locked."))
        created = False
        for token, snap in items:
            known = snap.attempt_id or self._created.get(token)
            attempt_id = store.save_mindset_attempt(
                known,
                snap.variant,
                dict(snap.answers),
                completed=False,
                respondent=snap.respondent,
                mentee_id=snap.mentee_id,
            )
            self._created[token] = attempt_id
            created = created or known is None
            for draft in (self.own, self.mirror):
                if draft is not None and draft.token == token:
                    draft.attempt_id = attempt_id
        if created:
            self.attempts_created.emit()

    def _report(self, error: VaultError | None) -> None:
        if error is None:
            self.status_changed.emit("")
            return
        self.status_changed.emit(
            fill(
                QCoreApplication.translate(
                    "MindsetArea", "Your answers could not be saved yet: %1"
                ),
                error_message(error),
            )
        )

    def _on_saves_save_failed(self, error: object) -> None:
        if isinstance(error, VaultError):
            self._report(error)

    def _on_saves_saved(self, _count: int) -> None:
        self._report(None)
