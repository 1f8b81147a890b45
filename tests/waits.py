"""Waits on a state or a signal give a busy machine all the time it needs.

pytest-qt's waitUntil and waitSignal stop after 5 s unless told otherwise, which holds only
on a machine that is not busy: the area chain after an unlock, a KDF or an autosave can take
longer when other jobs share the cores. A test waits on the state it needs, never on a
duration, so its default limit is only there to end a test that is truly stuck.
"""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

STUCK_MS = 60_000


def patient_waits() -> None:
    """Make STUCK_MS the least limit of qtbot's waits for a state or a signal that must come
    (a wait with raising=False, which waits out its timeout on purpose, keeps its own)."""
    if getattr(QtBot, "_patient", False):
        return
    wait_until = QtBot.waitUntil
    wait_signal = QtBot.waitSignal

    def until(self: QtBot, callback: Any, *, timeout: int = STUCK_MS) -> None:
        wait_until(self, callback, timeout=max(timeout, STUCK_MS))

    def signal(self: QtBot, signal: Any = None, *, timeout: int = STUCK_MS, **kw: Any) -> Any:
        if kw.get("raising") is False:  # waiting out a duration on purpose (assertNotEmitted)
            return wait_signal(self, signal, timeout=timeout, **kw)
        return wait_signal(self, signal, timeout=max(timeout, STUCK_MS), **kw)

    QtBot.waitUntil = until  # type: ignore[method-assign]
    QtBot.waitSignal = signal  # type: ignore[method-assign]
    QtBot._patient = True  # type: ignore[attr-defined]
