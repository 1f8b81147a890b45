"""The baseline process for tools/bench.py: a minimal PySide6 window, timed like the app.

Imports QtWidgets, shows a QMainWindow with one label and prints the same marks as the app's
MENTORPAD_BENCH_MARK hook: `unlock_painted` once the window has painted, then `rss`, then
quits. Nothing of mentorpad is imported.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def _rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _done)
        return False


def _done() -> None:
    print(f"mentorpad-mark unlock_painted {time.monotonic()}", flush=True)
    print(f"mentorpad-mark rss {_rss_kib()}", flush=True)
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("mentorpad is locked")
    window.setCentralWidget(label)
    window.resize(1180, 780)
    watcher = _FirstPaint()
    label.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
