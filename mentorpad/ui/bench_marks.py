"""Timing marks for tools/bench.py; inert unless MENTORPAD_BENCH_MARK=1 is set.

With the variable set, the app prints `mentorpad-mark <name> <time.monotonic()>` lines:
`unlock_painted` once the unlock (or welcome) page has painted (with a `mentorpad-modules`
line: our modules and the heavy libraries loaded by then), then, if standard input is a
pipe, it reads one line from it as the passphrase a user would type (`unlock_submitted`),
unlocks, prints `workspace_painted` once the area shown after unlock has painted, `rss` (KiB,
from /proc) then and again when the background integrity check is done, and quits. An
empty line or end of input quits right after `unlock_painted`. Nothing here runs, or is
even imported, without the variable.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from mentorpad.ui.window import MainWindow

ENV = "MENTORPAD_BENCH_MARK"
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

    def _on_integrity_checked(self, _report: object) -> None:
        QTimer.singleShot(200, self._settled)

    def _settled(self) -> None:
        rss, peak = _rss_kib()
        mark("rss_settled", rss)
        mark("rss_settled_peak", peak)
        self._quit("done")

    def _quit(self, why: str) -> None:
        mark(f"quit_{why}")
        self._window.close()
        self._app.quit()


def install(app: QApplication, window: MainWindow) -> None:
    """Called by run_gui only when the variable is set."""
    if os.environ.get(ENV) == "1":
        _Marks(app, window)
