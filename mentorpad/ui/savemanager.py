"""Saving without a save button, never on the keystroke path (after qutebrowser's
savemanager): named savables (session notes and backgrounds, the agreement, mindset answers)
whose edits are marked dirty, saved when typing pauses and at the latest after a maximum
delay, and at once on flush (switching what is shown, locking, closing).

Marking dirty takes a snapshot of the value *with the key it belongs to*. For text typed in
an editor (`mark_edited`) reading the whole note on every keystroke would cost more than the
keystroke itself (docs/benchmark.md), so the snapshot is taken at the latest possible moment
that is still right: when the editor is about to show other content (its `replacing` signal),
or when a flush begins, whichever comes first. A save that fails (a full disk) keeps the
snapshots, and the next try writes each under its own key; nothing re-reads a widget that may
show another session or mentee by then. On lock the snapshots
that could not be saved are held in memory (never written anywhere else) until the vault is
open again, where the area offers them back.

While a sync has the vault file (VaultSuspended) nothing is wrong: a save that comes then is
not reported as failed; the snapshots wait and the next try follows shortly (the window
takes no edits meanwhile, ui/window/sync_busy.py, so this is the safety net).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import StorageFull, VaultError, VaultSuspended

IDLE_MS = 700  # save after this pause in typing
MAX_DELAY_MS = 1500  # ...and never later than this after the first unsaved change
RETRY_FULL_MS = 5000  # after a full disk: try again quietly, space may be back

Writer = Callable[[list[tuple[Any, Any]]], None]


class TextSource(Protocol):
    """An editor: its text now, and a signal sent before its content is replaced."""

    @property
    def replacing(self) -> SignalInstance: ...

    def text(self) -> str: ...


class _Live:
    """The text of an edit still on screen in `source`, read when it is snapshotted."""

    __slots__ = ("source",)

    def __init__(self, source: TextSource) -> None:
        self.source = source


@dataclass(frozen=True)
class Unsaved:
    """A snapshot that is not in the vault yet: what it is, where it goes, and the value."""

    savable: str
    key: Hashable
    value: object


class SaveManager(QObject):
    """Dirty snapshots per savable, written by each savable's writer in one call."""

    saved = Signal(int)  # how many snapshots were written
    save_failed = Signal(object)  # VaultError: the snapshots stay in memory for the next try

    def __init__(self, parent: QObject | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self._clock = clock
        self._writers: dict[str, Writer] = {}
        self._dirty: dict[str, dict[Hashable, object]] = {}
        self._held: list[Unsaved] = []
        self._watched: list[TextSource] = []
        self._first_dirty: float | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("save_timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.last_error: VaultError | None = None

    def add_savable(self, name: str, write: Writer) -> None:
        """`write` gets [(key, value), ...] and saves them in one transaction or raises."""
        self._writers[name] = write
        self._dirty.setdefault(name, {})

    # -- marking -----------------------------------------------------------------------------

    def mark_edited(self, name: str, key: Hashable, source: TextSource) -> None:
        """Cheap, for every keystroke: `source` now holds the newest text for `key`; it is
        snapshotted before the editor shows anything else, or when the flush begins."""
        if not any(watched is source for watched in self._watched):
            self._watched.append(source)
            source.replacing.connect(lambda: self._snapshot(source))
        self.mark_dirty(name, key, _Live(source))

    def mark_dirty(self, name: str, key: Hashable, value: object, *, soon: bool = True) -> None:
        """Remember `value` as the newest for `key`. `soon` starts the debounce; without it
        the snapshot waits for the next flush (a form saved by its own button)."""
        self._dirty[name][key] = value
        if not soon:
            return
        now = self._clock.monotonic()
        if self._first_dirty is None:
            self._first_dirty = now
        waited_ms = (now - self._first_dirty) * 1000
        self._timer.start(int(max(0, min(IDLE_MS, MAX_DELAY_MS - waited_ms))))

    @property
    def pending(self) -> bool:
        return any(self._dirty.values())

    def is_dirty(self, name: str, key: Hashable) -> bool:
        return key in self._dirty.get(name, {})

    def unsaved(self, name: str, key: Hashable) -> object | None:
        """The snapshot waiting for `key`, or None."""
        value = self._dirty.get(name, {}).get(key)
        return value.source.text() if isinstance(value, _Live) else value

    def _snapshot(self, source: TextSource | None = None) -> None:
        """Read the text of the live edits (of `source`, or all) into snapshots, each under
        the key it was typed for; from here on only the snapshot is written."""
        for dirty in self._dirty.values():
            for key, value in dirty.items():
                if isinstance(value, _Live) and (source is None or value.source is source):
                    dirty[key] = value.source.text()

    def forget(self, name: str | None = None, drop: Callable[[Any], bool] | None = None) -> None:
        """Drop snapshots without saving: of `name` (all savables if None) whose key `drop`
        accepts (all if None). Used when what they belong to is deleted."""
        for savable, dirty in self._dirty.items():
            if name is None or savable == name:
                for key in [k for k in dirty if drop is None or drop(k)]:
                    del dirty[key]
        if not self.pending:
            self._first_dirty = None
            self._timer.stop()

    # -- saving ------------------------------------------------------------------------------

    def flush(self) -> None:
        """Save every snapshot now; raises the first VaultError (what failed is kept)."""
        self._timer.stop()
        self._snapshot()
        written = 0
        failure: VaultError | None = None
        for name, dirty in self._dirty.items():
            if not dirty:
                continue
            items = list(dirty.items())
            try:
                self._writers[name](items)
            except VaultError as exc:
                failure = failure or exc
                continue
            for key, value in items:
                if dirty.get(key) is value:  # not marked again while writing
                    del dirty[key]
            written += len(items)
        if failure is not None:
            self._failed(failure)
            raise failure
        self.last_error = None
        self._first_dirty = None
        if written:
            self.saved.emit(written)

    def _failed(self, error: VaultError) -> None:
        if isinstance(error, VaultSuspended):  # back in a moment: try again, quietly
            self._timer.start(IDLE_MS)
            return
        self.last_error = error
        self.save_failed.emit(error)
        if isinstance(error, StorageFull):
            self._timer.start(RETRY_FULL_MS)

    def _on_timer_timeout(self) -> None:
        # A failure is reported through save_failed; the snapshots stay for the next try.
        with contextlib.suppress(VaultError):
            self.flush()

    # -- across a lock -----------------------------------------------------------------------

    def hold(self) -> None:
        """Locking: what could not be saved moves aside, in memory only, until unlock."""
        self._timer.stop()
        self._first_dirty = None
        self._snapshot()
        for name, dirty in self._dirty.items():
            newer = {(name, key) for key in dirty}
            self._held = [u for u in self._held if (u.savable, u.key) not in newer]
            self._held.extend(Unsaved(name, key, value) for key, value in dirty.items())
            dirty.clear()

    def held(self) -> list[Unsaved]:
        """What the last lock kept because it could not be saved, oldest first."""
        return list(self._held)

    def restore_held(self) -> None:
        """Put the held snapshots back under their keys and save them; raises VaultError
        (what could not be saved is held again)."""
        held, self._held = self._held, []
        for unsaved in held:  # one per key; an edit made since the unlock is newer
            self._dirty[unsaved.savable].setdefault(unsaved.key, unsaved.value)
        try:
            self.flush()
        except VaultError:
            for unsaved in held:  # still not in the vault: held again, still to be offered
                dirty = self._dirty[unsaved.savable]
                if dirty.get(unsaved.key) is unsaved.value:
                    del dirty[unsaved.key]
                    self._held.append(unsaved)
            raise

    def discard_held(self) -> None:
        self._held.clear()
