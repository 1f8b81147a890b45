"""Timing marks for tools/bench.py; inert unless MENTORPAD_BENCH_MARK=1 is set.

With the variable set, the app prints `mentorpad-mark <name> <time.monotonic()>` lines:
`unlock_painted` once the unlock (or welcome) page has painted (with a `mentorpad-modules`
line: our modules and the heavy libraries loaded by then), then, if standard input is a
pipe, it reads one line from it as the passphrase a user would type (`unlock_submitted`),
unlocks, prints `workspace_painted` once the area shown after unlock has painted, `rss` (KiB,
from /proc) then and again when the background integrity check is done, and quits. An
empty line or end of input quits right after `unlock_painted`. With MENTORPAD_BENCH_TYPE=1
as well, it types into a session's notes as soon as the first screen has painted, and again
once the integrity check is done (`first_keys_*`, `settled_keys_*`). Nothing here runs, or
is even imported, without the variable.
"""

from __future__ import annotations

import os
import sys
import time  # the bench measures real time; nothing the mentor sees behaves by it
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from mentorpad.ui.window import MainWindow

ENV = "MENTORPAD_BENCH_MARK"
TYPE_ENV = "MENTORPAD_BENCH_TYPE"  # also type into a session's notes after unlock
KEYS, KEY_MS = 25, 40  # a fast typist's first second
_WATCHED = frozenset({"mentorpad", "sqlcipher3", "apsw", "markdown", "cryptography"})


def mark(name: str, value: object = None) -> None:
    stamp = time.monotonic() if value is None else value
    print(f"mentorpad-mark {name} {stamp}", flush=True)


def _rss_kib() -> tuple[int, int]:
    """Current and peak resident set size (Linux); zeros elsewhere."""
    found = {"VmRSS:": 0, "VmHWM:": 0}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key = line.split(maxsplit=1)[0] if line.strip() else ""
                if key in found:
                    found[key] = int(line.split()[1])
    except OSError:
        pass
    return found["VmRSS:"], found["VmHWM:"]


class _Marks(QObject):
    def __init__(self, app: QApplication, window: MainWindow) -> None:
        super().__init__(window)
        self._app = app
        self._window = window
        self._watched: QWidget | None = None
        self._then: Callable[[], None] = self._on_prompt_painted
        self._notifier: QSocketNotifier | None = None
        self._typist: _Typist | None = None
        self._watch(window.pages, self._on_prompt_painted)
        window.session.vault_unlocked.connect(self._on_vault_unlocked)
        window.session.integrity_checked.connect(self._on_integrity_checked)
        window.session.unlock_failed.connect(lambda _error: self._quit("unlock_failed"))

    def _watch(self, widget: QWidget, then: Callable[[], None]) -> None:
        self._watched = widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            QTimer.singleShot(0, self._then)  # after this paint pass has been flushed
        return False

    def _on_prompt_painted(self) -> None:
        mark("unlock_painted")
        # What the prompt cost to import: tests/ui/test_start_path.py keeps it short.
        loaded = sorted(name for name in sys.modules if name.split(".")[0] in _WATCHED)
        print("mentorpad-modules " + " ".join(loaded), flush=True)
        if sys.stdin is None or sys.stdin.isatty():
            return
        self._notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_stdin_ready)

    def _on_stdin_ready(self) -> None:
        assert self._notifier is not None
        self._notifier.setEnabled(False)
        passphrase = sys.stdin.readline().rstrip("\n")
        if not passphrase:
            self._quit("no_passphrase")
            return
        page = self._window.unlock_page
        page.passphrase.setText(passphrase)
        mark("unlock_submitted")
        page.unlock_button.click()

    def _on_vault_unlocked(self) -> None:
        area = self._window.current_area()
        view = getattr(area, "portfolio_view", None)
        target = view.viewport() if isinstance(view, QAbstractScrollArea) else area
        self._watch(target, self._on_workspace_painted)

    def _on_workspace_painted(self) -> None:
        mark("workspace_painted")
        rss, peak = _rss_kib()
        mark("rss", rss)
        mark("rss_peak", peak)
        if os.environ.get(TYPE_ENV) == "1":
            self._typist = _Typist(self._window, "first_keys", then=None)

    def _settled_typing(self) -> None:
        """The same keystrokes once everything is built and checked: the baseline."""
        self._typist = _Typist(self._window, "settled_keys", then=self._settled)

    def _on_integrity_checked(self, _report: object) -> None:
        typing = os.environ.get(TYPE_ENV) == "1"
        QTimer.singleShot(200, self._settled_typing if typing else self._settled)

    def _settled(self) -> None:
        rss, peak = _rss_kib()
        mark("rss_settled", rss)
        mark("rss_settled_peak", peak)
        self._quit("done")

    def _quit(self, why: str) -> None:
        mark(f"quit_{why}")
        self._window.close()
        self._app.quit()


class _Typist(QObject):
    """Types into the notes of a mentee's latest session, one key every KEY_MS for about a
    second, the way a mentor starts writing right after unlock. A key is due at its planned
    moment; a precise timer on the event loop types it as soon as the GUI thread is free, so
    how late it lands is the stall the mentor would feel. Prints `<name>_max` and
    `<name>_p50` in ms. Runs on a copy of the vault (the bench hands one): it is saved."""

    def __init__(self, window: MainWindow, name: str, then: Callable[[], None] | None) -> None:
        super().__init__(window)
        self._name, self._then = name, then
        self._editor = self._open_notes(window)
        self._late: list[float] = []
        self._start = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._type)
        self._timer.start(0)

    @staticmethod
    def _open_notes(window: MainWindow) -> QWidget:
        window.show_area_named("mentees")
        area: Any = window.area("mentees")
        mentee = area.store.mentees()[0]
        session = area.store.sessions(mentee.id)[0]
        area.open_mentee(mentee.id)
        area.tabs.setCurrentIndex(2)  # Sessions
        area.open_session(session.id)
        editor = area.session_editor
        editor.tabs.setCurrentWidget(editor.notes_tab)
        notes: QWidget = editor.notes.editor
        notes.setFocus()
        return notes

    def _type(self) -> None:
        due = self._start + len(self._late) * KEY_MS / 1000
        char = chr(ord("a") + len(self._late) % 26)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, Qt.Key.Key_A + len(self._late) % 26, Qt.KeyboardModifier(0), char)
            QApplication.sendEvent(self._editor, key)
        self._late.append(max(0.0, time.monotonic() - due) * 1000)
        if len(self._late) < KEYS:
            wait = self._start + len(self._late) * KEY_MS / 1000 - time.monotonic()
            self._timer.start(max(0, int(wait * 1000)))
            return
        ordered = sorted(self._late)
        mark(f"{self._name}_max", ordered[-1])
        mark(f"{self._name}_p50", ordered[len(ordered) // 2])
        if self._then is not None:
            self._then()


def install(app: QApplication, window: MainWindow) -> None:
    """Called by run_gui only when the variable is set."""
    if os.environ.get(ENV) == "1":
        _Marks(app, window)
