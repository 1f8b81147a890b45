"""Autosave without a save button, never on the keystroke path (after qutebrowser's
savemanager): edits mark a key dirty; a debounce timer saves when typing pauses, and a
maximum delay bounds what a crash can lose."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import StorageFull, VaultError

IDLE_MS = 700  # save after this pause in typing
MAX_DELAY_MS = 1500  # ...and never later than this after the first unsaved change

NoteKey = tuple[int, int | None, str]  # mentee id, session id, note kind


class Autosaver(QObject):
    """Collects dirty note bodies and writes them in one transaction."""

    saved = Signal(int)  # how many bodies were written
    save_failed = Signal(object)  # VaultError: the text stays in memory for the next try

    def __init__(
        self,
        write: Callable[[list[tuple[int, int | None, str, str]]], None],
        parent: QObject | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self._write = write
        self._clock = clock
        self._dirty: dict[NoteKey, Callable[[], str]] = {}
        self._first_dirty: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.last_error: VaultError | None = None

    def mark_dirty(self, key: NoteKey, read: Callable[[], str]) -> None:
        """Cheap: called on every keystroke; only remembers how to read the text later."""
        self._dirty[key] = read
        now = self._clock.monotonic()
        if self._first_dirty is None:
            self._first_dirty = now
        waited_ms = (now - self._first_dirty) * 1000
        self._timer.start(int(max(0, min(IDLE_MS, MAX_DELAY_MS - waited_ms))))

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def is_dirty(self, key: NoteKey) -> bool:
        return key in self._dirty

    def forget(self) -> None:
        """Drop pending work without saving (used only after a failed save on lock)."""
        self._dirty.clear()
        self._first_dirty = None
        self._timer.stop()

    def flush(self) -> None:
        """Save everything dirty now; raises the VaultError if it cannot (text is kept)."""
        self._timer.stop()
        if not self._dirty:
            return
        items = [(m, s, kind, read()) for (m, s, kind), read in self._dirty.items()]
        try:
            self._write(items)
        except VaultError as exc:
            self.last_error = exc
            self.save_failed.emit(exc)
            if isinstance(exc, StorageFull):
                self._timer.start(5000)  # retry quietly once space may be back
            raise
        self.last_error = None
        self._dirty.clear()
        self._first_dirty = None
        self.saved.emit(len(items))

    def _on_timer_timeout(self) -> None:
        # A failure is reported through save_failed; the text is still in the editor.
        with contextlib.suppress(VaultError):
            self.flush()
