"""A lock leaves no note text selected or on the clipboard.

On X11, selecting text puts it in the PRIMARY selection, which any program can read (middle
click) for as long as we own it: lockdown.forget_selections() clears it when it is ours. The
offscreen platform the suite runs on has no PRIMARY selection (supportsSelection() is False),
so here the test shows the editors' selections and our clipboard copy are gone; the PRIMARY
branch was checked on a real X server (Xvfb + xclip: tools/x11_selection_check.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui import lockdown
from tests.ui.conftest import WindowFactory

NOTE = "PANGOLIN background only the mentor may read"


def test_lock_deselects_and_clears_what_we_copied(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "s.vault"
    clock = ManualClock(dt.datetime(2026, 1, 20, 10))
    window = make_window(path, clock=clock)
    with Vault.create(path, key=raw_key) as vault:
        mid = Store(vault).add_mentee("Robin", background=NOTE)
    window.session.open_with(Vault.open(path, key=raw_key))
    window.show_area_named("mentees")
    window.area("mentees").open_mentee(mid)  # type: ignore[attr-defined]
    editors = [
        e
        for e in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit)
        if NOTE in e.toPlainText() and e.isVisible()
    ]
    assert editors
    editor = editors[0]
    window.activateWindow()  # offscreen owns no clipboard: the guard counts copies made while
    qtbot.waitUntil(  # we are the active application, as the real platforms' ownership does
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert editor.textCursor().hasSelection()
    assert clipboard.text() == NOTE
    window.idle.set_timeout_ms(60_000)
    window.idle.start()
    clock.advance(61)
    window.idle.check_now()
    assert not window.session.is_unlocked
    assert clipboard.text() == ""
    assert not editor.textCursor().hasSelection()
    if clipboard.supportsSelection():  # a real X11 session running the suite
        assert clipboard.text(QClipboard.Mode.Selection) == ""


def test_forget_selections_deselects_every_field_of_every_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    line, text = QLineEdit(NOTE), QPlainTextEdit(NOTE)
    layout = QVBoxLayout(root)
    layout.addWidget(line)
    layout.addWidget(text)
    line.selectAll()
    text.selectAll()
    lockdown.forget_selections([root])
    assert not line.hasSelectedText() and not text.textCursor().hasSelection()


def test_minimise_on_lock_is_off_until_chosen_then_the_lock_minimises(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    from tests.ui.helpers import answer_next_dialog

    path = tmp_path / "m.vault"
    window = make_window(path)
    Vault.create(path, key=raw_key).close()
    window.session.open_with(Vault.open(path, key=raw_key))
    window.lock()
    QApplication.processEvents()
    assert not window.isMinimized()  # off by default
    window.session.open_with(Vault.open(path, key=raw_key))

    def choose(dialog: QWidget) -> None:
        box = dialog.findChild(QCheckBox, "minimise_on_lock")
        assert box is not None and not box.isChecked()
        box.setChecked(True)
        dialog.accept()  # type: ignore[attr-defined]

    answer_next_dialog(choose)
    window.action_settings.trigger()
    window.lock()
    qtbot.waitUntil(window.isMinimized)
    assert not window.session.is_unlocked
