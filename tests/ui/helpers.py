"""Drive modal dialogs from tests: schedule the answer, then trigger the dialog.

The answers poll for the dialog on the event loop until it opens, however long the code
before it takes on a busy machine; the pollers of a test are cancelled when it ends
(`cancel_pending`, called by the UI conftest) so none can answer the next test's dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

POLL_MS = 20
_live: list[list[bool]] = []  # one flag per scheduled answer; [False] once cancelled


def cancel_pending() -> int:
    """Stop every poller still waiting for a dialog; returns how many were waiting."""
    waiting = sum(1 for flag in _live if flag[0])
    for flag in _live:
        flag[0] = False
    _live.clear()
    return waiting


def _ticket() -> list[bool]:
    flag = [True]
    _live.append(flag)
    return flag


def answer_next_dialog(fill: Callable[[QWidget], None]) -> None:
    """When the next modal dialog opens, call fill(dialog) (which should accept it)."""
    ticket = _ticket()

    def poll() -> None:
        if not ticket[0]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(POLL_MS, poll)
            return
        ticket[0] = False
        fill(dialog)

    QTimer.singleShot(0, poll)


def answer_when(kind: type[QWidget], fill: Callable[[QWidget], None]) -> None:
    """When a modal dialog of `kind` opens, call fill(dialog): any other modal meanwhile (a
    busy line while a worker runs) is left alone, however long it stays."""
    ticket = _ticket()

    def poll() -> None:
        if not ticket[0]:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(POLL_MS, poll)
            return
        ticket[0] = False
        fill(dialog)

    QTimer.singleShot(0, poll)


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


def answer_dialogs(*fills: Callable[[QWidget], None]) -> list[QWidget]:
    """Answer a chain of modal dialogs in order: each fill gets the next modal widget that
    is not the one answered before it. Returns the dialogs answered (for assertions)."""
    answered: list[QWidget] = []
    ticket = _ticket()

    def poll(index: int) -> None:
        if not ticket[0]:
            return
        if index >= len(fills):
            ticket[0] = False
            return
        dialog = QApplication.activeModalWidget()
        fresh = (
            dialog is not None
            and dialog.isVisible()
            and (not answered or dialog is not answered[-1])
        )
        if not fresh:
            QTimer.singleShot(POLL_MS, lambda: poll(index))
            return
        assert dialog is not None
        answered.append(dialog)
        fills[index](dialog)
        QTimer.singleShot(0, lambda: poll(index + 1))

    QTimer.singleShot(0, lambda: poll(0))
    return answered


def choose_file(path: object) -> Callable[[QWidget], None]:
    """Fill a QFileDialog with a path and accept it."""

    def fill(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QFileDialog

        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return fill


def choose_dir(folder: object) -> Callable[[QWidget], None]:
    """Fill a folder chooser (QFileDialog) with a folder and accept it."""

    def fill(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QFileDialog

        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder))
        dialog.accept()

    return fill


def type_text(text: str) -> Callable[[QWidget], None]:
    """Type into a QInputDialog and accept it."""

    def fill(dialog: QWidget) -> None:
        from PySide6.QtWidgets import QInputDialog

        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(text)
        dialog.accept()

    return fill


def reject(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.reject()


def press_default(dialog: QWidget) -> None:
    """Close a message box with its only or default button (OK)."""
    assert isinstance(dialog, QMessageBox)
    (dialog.defaultButton() or dialog.buttons()[0]).click()


def remember(seen: list[str]) -> Callable[[QWidget], None]:
    """Answers a message box with its default button, keeping its text for the test."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog)
        seen.append(dialog.text())
        press_default(dialog)

    return fill
