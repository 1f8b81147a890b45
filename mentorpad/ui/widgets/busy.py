"""A modal line with a moving bar, for work that cannot be cancelled (joining a synced
vault): it says what is happening while a worker does it, and the window keeps repainting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget


class BusyDialog(QDialog):
    """Escape and the title bar's close button do nothing (the work goes on regardless,
    and the dialog would only hide that it does); finish() closes it, and so does a lock
    (ui/lockdown.py ends every dialog)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busy_dialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(360)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no figure to show: a join does not know how far it is
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._finished = False

    def finish(self) -> None:
        self._finished = True
        self.accept()

    def reject(self) -> None:
        if self._finished:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()
