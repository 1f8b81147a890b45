"""A lock closes every dialog, message box, file dialog, menu and tooltip first, and refuses
what they were about to do: on the real window, locked by the idle timer's clock (or the
system, the menu, or closing), while the dialog's exec() is running."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui import lockdown
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs, answer_next_dialog

NAME = "Sentinel Kestrel"
NOTE = "notes only the mentor may read PANGOLIN"


def _open(
    make_window: WindowFactory, tmp_path: Path, key: VaultKey
) -> tuple[MainWindow, ManualClock, int, int]:
    path = tmp_path / "l.vault"
    clock = ManualClock()
    window = make_window(path, clock=clock)
    with Vault.create(path, key=key) as vault:
        store = Store(vault)
        mid = store.add_mentee(NAME, background=NOTE)
        sid = store.add_session(mid, dt.datetime(2026, 1, 5, 9), agenda=NOTE)
        store.save_note(mid, sid, "summary", "What we agreed " + NOTE)
    window.session.open_with(Vault.open(path, key=key))
    window.idle.set_timeout_ms(60_000)
    window.idle.start()
    return window, clock, mid, sid


def _reopen(window: MainWindow, tmp_path: Path, key: VaultKey) -> Store:
    window.session.open_with(Vault.open(tmp_path / "l.vault", key=key))
    assert window.session.vault is not None
    window.idle.set_timeout_ms(60_000)  # unlock set the vault's own (default) timeout
    return Store(window.session.vault)


def _idle_lock(window: MainWindow, clock: ManualClock) -> None:
    clock.advance(61)
    window.idle.check_now()


def _lock_inside(
    window: MainWindow,
    lock: Callable[[], None],
    open_it: Callable[[], object],
    late: Callable[[QWidget], None] | None = None,
    *,
    wanted: type[QWidget] = QDialog,
) -> dict[str, Any]:
    """Open a dialog through the real command; once it shows, lock, then (`late`) act on it
    as a click that reached it after the lock would. Records what was still on screen."""
    seen: dict[str, Any] = {}

    def fill(dialog: QWidget) -> None:
        if not isinstance(dialog, wanted):
            return
        seen["dialog"] = dialog
        lock()
        seen["locked"] = not window.session.is_unlocked
        seen["visible"] = dialog.isVisible()
        seen["others"] = _visible_windows(window)
        if late is not None:
            late(dialog)
        if dialog.isVisible() and isinstance(dialog, QDialog):
            dialog.done(0)  # only reached when the lock left it open: end the test, failed

    answer_next_dialog(fill)
    open_it()
    assert "dialog" in seen, "the dialog never opened"
    return seen


def _visible_windows(window: MainWindow) -> list[str]:
    return [
        w.objectName() or type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window and not isinstance(w, MainWindow)
    ]


def _assert_closed(seen: dict[str, Any]) -> None:
    assert seen["locked"]
    assert not seen["visible"], "the dialog stayed on screen after the lock"
    assert seen["others"] == []
    assert QApplication.activeModalWidget() is None


# -- each way of locking, on the Edit mentee dialog ----------------------------------------------


def _locks(window: MainWindow, clock: ManualClock) -> dict[str, Callable[[], None]]:
    return {
        "idle": lambda: _idle_lock(window, clock),
        "menu": window.action_lock.trigger,
        "screen saver": lambda: window.lock_watcher._on_screensaver_active_changed(True),
        "sleep": lambda: window.lock_watcher._on_prepare_for_sleep(True),
        "session lock": window.lock_watcher._on_session_lock,
        "close (SIGTERM)": window.close,  # what the SIGTERM handler calls
    }


@pytest.mark.parametrize(
    "how", ["idle", "menu", "screen saver", "sleep", "session lock", "close (SIGTERM)"]
)
def test_every_lock_closes_the_edit_dialog_and_refuses_its_save(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey, how: str
) -> None:
    window, clock, mid, _sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    window.show_area_named("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]

    def save_late(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit, "display_name")
        assert field is not None
        assert field.text() == "", "the closed dialog still holds the mentee's name"
        field.setText("Renamed after the lock")
        dialog.accept()  # type: ignore[attr-defined]

    seen = _lock_inside(
        window,
        _locks(window, clock)[how],
        area.edit_button.click,  # type: ignore[attr-defined]
        save_late,
    )
    _assert_closed(seen)
    store = _reopen(window, tmp_path, raw_key)
    mentee = store.mentee(mid)
    assert mentee is not None and mentee.display_name == NAME


# -- each dialog -------------------------------------------------------------------------------


def test_lock_closes_the_export_warning_and_writes_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    """The reported case: the development report's warning clicked through after the lock."""
    window, clock, mid, _sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    window.show_area_named("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]
    development = area.development  # type: ignore[attr-defined]
    area.tabs.setCurrentWidget(development)  # type: ignore[attr-defined]
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()

    def click_through(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        answer_dialogs(_choose(target))  # a file dialog, if one still opened, gets a name
        dialog.findChild(QWidget, "pdf_button").click()  # type: ignore[union-attr]

    seen = _lock_inside(
        window,
        lambda: _idle_lock(window, clock),
        development.export_button.click,
        click_through,
        wanted=QMessageBox,
    )
    _assert_closed(seen)
    assert seen["dialog"].objectName() == "export_warning"
    _settle(qtbot)
    assert list(target.parent.iterdir()) == []


def test_lock_closes_the_file_dialog_and_refuses_the_chosen_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, mid, _sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]
    development = area.development  # type: ignore[attr-defined]
    area.tabs.setCurrentWidget(development)  # type: ignore[attr-defined]
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()
    seen: dict[str, Any] = {}

    def markdown(dialog: QWidget) -> None:
        dialog.findChild(QWidget, "markdown_button").click()  # type: ignore[union-attr]

    def lock_then_choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["title"] = dialog.windowTitle()
        _idle_lock(window, clock)
        seen["visible"] = dialog.isVisible()
        dialog.selectFile(str(target))
        dialog.accept()  # the click on Save that arrived after the lock

    answer_dialogs(markdown, lock_then_choose)
    development.export_button.click()
    assert seen["visible"] is False
    assert not window.session.is_unlocked
    _settle(qtbot)
    assert list(target.parent.iterdir()) == []
    assert NAME not in seen["title"]  # and the caption never named the mentee


def test_lock_closes_the_summary_preview_and_the_nested_warning(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    """Two modal levels: the preview, and the export warning opened from it."""
    window, clock, _mid, sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(sid)  # type: ignore[attr-defined]
    preview: list[QWidget] = []
    seen: dict[str, Any] = {}

    def save(dialog: QWidget) -> None:
        assert dialog.objectName() == "preview_dialog"
        preview.append(dialog)
        button = dialog.findChild(QPushButton, "save_button")
        assert button is not None
        QTimer.singleShot(0, button.click)  # after this fill returns: the warning is nested

    def lock_in_warning(dialog: QWidget) -> None:
        assert dialog.objectName() == "export_warning"
        _idle_lock(window, clock)
        seen["warning"] = dialog.isVisible()
        seen["preview"] = preview[0].isVisible()
        seen["preview_text"] = preview[0].text_view.toPlainText()  # type: ignore[attr-defined]
        seen["modal"] = QApplication.activeModalWidget()
        dialog.findChild(QWidget, "markdown_button").click()  # type: ignore[union-attr]

    answer_dialogs(save, lock_in_warning, _choose(tmp_path / "summary.md"))
    area.session_editor.export_summary_requested.emit()  # type: ignore[attr-defined]
    assert seen == {"warning": False, "preview": False, "preview_text": "", "modal": None}
    _settle(qtbot)
    assert not (tmp_path / "summary.md").exists()


def test_lock_closes_the_delete_confirmation_and_deletes_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, mid, sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(sid)  # type: ignore[attr-defined]

    def delete_late(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        for button in dialog.buttons():
            if dialog.buttonRole(button) in (
                QMessageBox.ButtonRole.DestructiveRole,
                QMessageBox.ButtonRole.YesRole,
            ):
                button.click()

    for open_it in (
        area.delete_button.click,  # type: ignore[attr-defined]
        area.session_editor.delete_requested.emit,  # type: ignore[attr-defined]
    ):
        seen = _lock_inside(
            window, lambda: _idle_lock(window, clock), open_it, delete_late, wanted=QMessageBox
        )
        _assert_closed(seen)
        store = _reopen(window, tmp_path, raw_key)
        assert store.mentee(mid) is not None and store.session(sid) is not None
        window.idle.start()
        area.open_session(sid)  # type: ignore[attr-defined]


def test_lock_closes_the_agreement_wizard_and_saves_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, mid, _sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]
    seen = _lock_inside(
        window,
        lambda: _idle_lock(window, clock),
        area.run_guided_agreement,  # type: ignore[attr-defined]
        lambda dialog: dialog.accept(),  # type: ignore[attr-defined]
    )
    _assert_closed(seen)
    assert _reopen(window, tmp_path, raw_key).agreement(mid) is None


def test_lock_closes_settings_and_keeps_the_settings(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, _mid, _sid = _open(make_window, tmp_path, raw_key)

    def change_late(dialog: QWidget) -> None:
        dialog.idle_minutes.setValue(55)  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    seen = _lock_inside(
        window, lambda: _idle_lock(window, clock), window.action_settings.trigger, change_late
    )
    _assert_closed(seen)
    vault = _reopen(window, tmp_path, raw_key).vault
    assert vault.setting("idle_lock_minutes") is None


def test_lock_closes_the_conflicts_review_without_touching_the_closed_vault(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, mid, _sid = _open(make_window, tmp_path, raw_key)
    window.area("mentees").open_mentee(mid)  # type: ignore[attr-defined]
    seen = _lock_inside(window, lambda: _idle_lock(window, clock), window.sync.review_conflicts)
    _assert_closed(seen)
    assert NAME not in window.area("mentees").shown_text()


def test_lock_closes_the_commitment_and_passphrase_dialogs(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, _mid, sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(sid)  # type: ignore[attr-defined]

    def add_late(dialog: QWidget) -> None:
        dialog.text.setText("a commitment typed after the lock")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    seen = _lock_inside(
        window,
        lambda: _idle_lock(window, clock),
        area.session_editor.capture_commitment,  # type: ignore[attr-defined]
        add_late,
    )
    _assert_closed(seen)
    store = _reopen(window, tmp_path, raw_key)
    assert store.commitments() == []
    window.idle.start()
    seen = _lock_inside(
        window, lambda: _idle_lock(window, clock), window.action_passwd.trigger, _accept
    )
    _assert_closed(seen)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_lock_closes_menus_popups_and_tooltips(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, mid, _sid = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]
    menu = QMenu(window)
    menu.addAction(NAME)
    menu.popup(window.mapToGlobal(QPoint(200, 200)))
    qtbot.waitUntil(menu.isVisible)
    assert QApplication.activePopupWidget() is menu
    QToolTip.showText(window.mapToGlobal(QPoint(300, 300)), NOTE, window)
    qtbot.waitUntil(QToolTip.isVisible)
    _idle_lock(window, clock)
    assert not window.session.is_unlocked
    assert QApplication.activePopupWidget() is None and not menu.isVisible()
    assert not QToolTip.isVisible()


def test_a_flow_refuses_every_step_after_a_lock(qtbot: QtBot) -> None:
    """The generation: a dialog asked for after a lock, in a flow begun before it, does not
    even show; one asked for in a new flow does."""
    parent = QWidget()
    qtbot.addWidget(parent)
    since = lockdown.generation()
    lockdown.close_everything(parent)
    assert lockdown.locked_since(since)
    box = QMessageBox(QMessageBox.Icon.Information, "t", "x", QMessageBox.StandardButton.Ok, parent)
    assert lockdown.ask(box, since) is None and not box.isVisible()
    answer_next_dialog(lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    assert lockdown.run_dialog(QDialog(parent)) == QDialog.DialogCode.Accepted.value


# -- helpers ---------------------------------------------------------------------------------


def _choose(path: Path) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        if isinstance(dialog, QFileDialog):
            dialog.selectFile(str(path))
            dialog.accept()

    return fill


def _accept(dialog: QWidget) -> None:
    if isinstance(dialog, QDialog):
        dialog.accept()


def _settle(qtbot: QtBot) -> None:
    """Let whatever the flows scheduled run (answer_dialogs polls every 20 ms for up to 5 s:
    wait until none is pending, a state, not a duration)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)
    QApplication.processEvents()
