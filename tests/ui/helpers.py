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


def answer_dialogs(*fills: Callable[[QWidget], None], attempts: int = 250) -> list[QWidget]:
    """Answer a chain of modal dialogs in order: each fill gets the next modal widget that
    is not the one answered before it. Returns the dialogs answered (for assertions)."""
    answered: list[QWidget] = []

    def poll(index: int, left: int) -> None:
        if index >= len(fills):
            return
        dialog = QApplication.activeModalWidget()
        fresh = (
            dialog is not None
            and dialog.isVisible()
            and (not answered or dialog is not answered[-1])
        )
        if not fresh:
            if left:
                QTimer.singleShot(20, lambda: poll(index, left - 1))
            return
        assert dialog is not None
        answered.append(dialog)
        fills[index](dialog)
        QTimer.singleShot(0, lambda: poll(index + 1, attempts))

    QTimer.singleShot(0, lambda: poll(0, attempts))
    return answered


def choose_file(path: object) -> Callable[[QWidget], None]:
    """Fill a QFileDialog with a path and accept it."""

    def fill(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QFileDialog

        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return fill


def reject(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.reject()


def press_default(dialog: QWidget) -> None:
    """Close a message box with its only or default button (OK)."""
    assert isinstance(dialog, QMessageBox)
    (dialog.defaultButton() or dialog.buttons()[0]).click()
