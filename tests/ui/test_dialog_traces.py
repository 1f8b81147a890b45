"""Qt's file dialog writes its history into QtProject.conf when it is destroyed; nothing of
it may be left once the dialog is really gone (after the deferred deletes ran)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.ui.widgets.file_dialogs import ask_folder, ask_new_file, ask_open_file
from tests.ui.helpers import answer_next_dialog


def _conf_text() -> str:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    conf = Path(settings.fileName())
    return conf.read_text(errors="replace") if conf.exists() else ""


def _choose(path: Path) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    return fill


@pytest.mark.parametrize("kind", ["open", "new", "folder"])
def test_no_file_dialog_history_after_the_dialog_is_deleted(
    qtbot: QtBot, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "Sentinel Mentee folder"
    folder.mkdir()
    secret = folder / "Sentinel Mentee report.md"
    secret.write_text("x")
    parent = QWidget()
    qtbot.addWidget(parent)
    if kind == "open":
        answer_next_dialog(_choose(secret))
        assert ask_open_file(parent, "Open", str(folder), "All files (*)") == str(secret)
    elif kind == "new":
        answer_next_dialog(_choose(folder / "new.md"))
        assert ask_new_file(parent, "Save", str(folder), "Markdown (*.md)", "md")
    else:
        answer_next_dialog(_choose(folder))
        assert ask_folder(parent, "Folder", str(tmp_path)) == str(folder)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert parent.findChildren(QFileDialog) == []
    text = _conf_text()
    assert "Sentinel" not in text and str(tmp_path) not in text
