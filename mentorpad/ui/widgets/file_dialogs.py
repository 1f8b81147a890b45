"""File dialogs that leave no trace: Qt's own dialog writes its history (folder and file
names, which can name a mentee) into QtProject.conf when it is destroyed; we destroy it
right after use and then remove those keys, and never use a native dialog, which would add
the file to the OS's recent lists."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mentorpad.models.errors import VaultError
from mentorpad.models.files import existing_kind
from mentorpad.ui.labels import error_message, error_title
from mentorpad.ui.lockdown import ask, generation, locked_since, run_dialog
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.plain import plain_box

_TRACE_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _TRACE_KEYS:
        settings.remove(key)
    settings.sync()


def _run(dialog: QFileDialog, since: int | None = None) -> str | None:
    # Qt's own dialog on every platform: native ones add the chosen file to the OS's
    # recent-documents lists (GTK's recently-used.xbel, Windows Recent, macOS Recents), and
    # a lock could not close them (lockdown closes ours and refuses what was chosen).
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        if run_dialog(dialog, since) and dialog.selectedFiles():
            return dialog.selectedFiles()[0]
        return None
    finally:
        # The dialog writes its history when it is destroyed: destroy it now (not later,
        # through deleteLater), then remove what it wrote.
        if shiboken6.isValid(dialog):  # a lock may have closed and deleted it already
            shiboken6.delete(dialog)
        forget_file_dialog_history()


def ask_open_file(parent: QWidget, title: str, folder: str, name_filter: str) -> str | None:
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def ask_save_file(
    parent: QWidget,
    title: str,
    folder: str,
    name_filter: str,
    suffix: str,
    *,
    since: int | None = None,
) -> str | None:
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    # Qt would offer to replace an existing file; we never do, so the caller asks again.
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    return _run(dialog, since)


def ask_new_file(
    parent: QWidget,
    title: str,
    start: str,
    name_filter: str,
    suffix: str,
    *,
    since: int | None = None,
) -> str | None:
    """A save dialog that only accepts a free name: a taken one (file, link, folder, FIFO)
    is explained and the dialog opens again on it, so nothing is ever replaced; so is a name
    that cannot even be looked at (a path too long for the disk). A lock since `since`
    (lockdown.generation()) ends the loop: None."""
    since = generation() if since is None else since
    while True:
        chosen = ask_save_file(parent, title, start, name_filter, suffix, since=since)
        if not chosen or locked_since(since):
            return None
        try:
            if existing_kind(Path(chosen)) is None:
                return chosen
        except VaultError as exc:
            _explain(parent, exc, since)
        else:
            name_taken(parent, Path(chosen), since=since)
        start = chosen


def _explain(parent: QWidget | None, exc: VaultError, since: int) -> None:
    box = plain_box(parent, QMessageBox.Icon.Warning, error_title(exc), error_message(exc))
    try:
        ask(box, since)
    finally:
        box.deleteLater()


def name_taken(parent: QWidget | None, path: object, *, since: int | None = None) -> None:
    """Tell the mentor that a name is taken and will not be replaced."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("dialogs", "Choose another name"),
        fill(
            QCoreApplication.translate(
                "dialogs",
                "%1 already exists. mentorpad never replaces or writes through anything that is "
                "already there: choose another name.",
            ),
            str(path),
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    try:
        ask(box, since)
    finally:
        box.deleteLater()


def ask_folder(parent: QWidget, title: str, folder: str, *, since: int | None = None) -> str | None:
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog, since)
