"""Drive modal dialogs from tests: schedule the answer, then trigger the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def answer_next_dialog(fill: Callable[[QWidget], None], attempts: int = 50) -> None:
    """When the next modal dialog opens, call fill(dialog) (which should accept it)."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        fill(dialog)

    QTimer.singleShot(0, lambda: poll(attempts))


def accept(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()


def click_button(text: str) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        for button in dialog.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in dialog.buttons()]}")

    return fill
