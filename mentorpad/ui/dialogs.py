"""File dialogs that leave no trace: Qt's own dialog writes its history (folder and file
names, which can name a mentee) into QtProject.conf; we remove those keys after each use,
and never use a native dialog, which would add the file to the OS's recent lists."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_TRACE_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def forget_file_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _TRACE_KEYS:
        settings.remove(key)
    settings.sync()


def _run(dialog: QFileDialog) -> str | None:
    # Qt's own dialog on every platform: native ones add the chosen file to the OS's
    # recent-documents lists (GTK's recently-used.xbel, Windows Recent, macOS Recents).
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    try:
        if dialog.exec() and dialog.selectedFiles():
            return dialog.selectedFiles()[0]
        return None
    finally:
        dialog.deleteLater()
        dialog.setParent(None)
        del dialog
        forget_file_dialog_history()


def ask_open_file(parent: QWidget, title: str, folder: str, name_filter: str) -> str | None:
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def ask_save_file(
    parent: QWidget, title: str, folder: str, name_filter: str, suffix: str
) -> str | None:
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    return _run(dialog)


def ask_folder(parent: QWidget, title: str, folder: str) -> str | None:
    dialog = QFileDialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)
