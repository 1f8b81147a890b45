"""The attempts being answered and their saving: the mentor's own and a mentee's mirror.

Answers are saved shortly after every change (debounced) and at once on flush(), so an
attempt can always be resumed. A save that fails keeps the answers in memory and says so
through `status_changed`; the next save that works clears the message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from mentorpad.models import VaultError
from mentorpad.models.store import Store
from mentorpad.ui.labels import error_message

__all__ = ["SAVE_DELAY_MS", "Draft", "Drafts"]

SAVE_DELAY_MS = 500
"""Answers are saved this long after the last change; flush() saves at once."""


@dataclass
class Draft:
    """An attempt being answered: ids and answers; answers are dropped on lock."""

    attempt_id: int | None
    variant: str
    respondent: str = "self"
    mentee_id: int | None = None
    answers: dict[str, int | None] = field(default_factory=dict)
    dimension: int = 0
    dirty: bool = False


class Drafts(QObject):
    """At most two drafts at a time: `own` (the self-assessment) and `mirror` (a mentee's)."""

    attempts_created = Signal()  # a first save gave an attempt its id: the lists changed
    status_changed = Signal(str)  # what went wrong saving; "" once saving works again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own: Draft | None = None
        self.mirror: Draft | None = None
        self._store: Store | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("save_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def open(self, store: Store) -> None:
        self._store = store

    def close(self) -> None:
        """Locking: no more saves, and the answers are forgotten (the ids are kept)."""
        self._timer.stop()
        self._store = None
        for draft in (self.own, self.mirror):
            if draft is not None:
                draft.answers.clear()
                draft.dirty = False

    # -- saving --------------------------------------------------------------------------

    def answer(self, draft: Draft, item_id: str, value: int | None) -> None:
        """Record one answer; it is saved shortly after the last change."""
        draft.answers[item_id] = value
        draft.dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Save now; raises VaultError (the answers stay in memory)."""
        self._timer.stop()
        self._save()

    def save_before_switching(self) -> None:
        """Save the draft being answered before another one takes its place."""
        self._timer.stop()
        try:
            self._save()
        except VaultError as exc:
            self._report(exc)

    def complete(self, draft: Draft) -> int | None:
        """Save a draft as completed; None (and a message) if the vault refused."""
        self._timer.stop()
        store = self._store
        if store is None:
            return None
        try:
            attempt_id = store.save_mindset_attempt(
                draft.attempt_id,
                draft.variant,
                dict(draft.answers),
                completed=True,
                respondent=draft.respondent,
                mentee_id=draft.mentee_id,
            )
        except VaultError as exc:
            self._report(exc)
            return None
        self._report(None)
        return attempt_id

    def _save(self) -> None:
        """Write every changed draft; raises VaultError (the answers stay in memory)."""
        store = self._store
        if store is None:
            return
        created = False
        for draft in (self.own, self.mirror):
            if draft is None or not draft.dirty:
                continue
            attempt_id = store.save_mindset_attempt(
                draft.attempt_id,
                draft.variant,
                dict(draft.answers),
                completed=False,
                respondent=draft.respondent,
                mentee_id=draft.mentee_id,
            )
            created = created or draft.attempt_id is None
            draft.attempt_id = attempt_id
            draft.dirty = False
        if created:
            self.attempts_created.emit()

    def _report(self, error: VaultError | None) -> None:
        if error is None:
            self.status_changed.emit("")
            return
        self.status_changed.emit(
            QCoreApplication.translate(
                "MindsetArea", "Your answers could not be saved yet: %1"
            ).replace("%1", error_message(error))
        )

    def _on_timer_timeout(self) -> None:
        try:
            self._save()
        except VaultError as exc:
            self._report(exc)
        else:
            self._report(None)
