"""Exposure: presenting mode, clipboard, system lock, backups on lock, restore, dialogs."""

from __future__ import annotations

import datetime as dt
import os
import resource
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from mentorpad.models.backups import list_backups
from mentorpad.models.store import Store
from mentorpad.ui.widgets.file_dialogs import ask_open_file
from mentorpad.ui.window import MainWindow
from mentorpad.ui.window import backup_chooser as chooser_module
from mentorpad.ui.window import file_actions as window_module
from mentorpad.ui.window.backup_chooser import BackupChooser
from tests.conftest import PASSPHRASE
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs, answer_next_dialog


def _open(make_window: WindowFactory, tmp_path: Path, key: VaultKey) -> MainWindow:
    path = tmp_path / "x.vault"
    window = make_window(path)
    window.session.open_with(Vault.create(path, key=key))
    vault = window.session.vault
    assert vault is not None
    vault.set_setting("backup_dir", str(tmp_path / "backups"))
    return window


def test_presenting_mode_blurs_names_and_notes(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    window.action_presenting.trigger()
    mentees = window.area("mentees")
    playbook = window.area("playbook")
    assert mentees.graphicsEffect() is not None
    assert window.area("search").graphicsEffect() is not None
    assert playbook.graphicsEffect() is None  # the playbook itself is safe to share
    assert all(w.graphicsEffect() is not None for w in playbook.presenting_targets())
    window.lock()
    window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    assert mentees.graphicsEffect() is not None  # still presenting after unlock
    window.action_presenting.trigger()
    assert mentees.graphicsEffect() is None


def test_clipboard_copy_is_secret_and_cleared_on_lock(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    store = Store(window.session.vault)  # type: ignore[arg-type]
    mid = store.add_mentee("Copy Source", background="secret words to copy")
    window.session.vault_unlocked.emit()
    area = window.area("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]
    editor = area.background.editor  # type: ignore[attr-defined]
    editor.selectAll()
    editor.copy()
    clipboard = QApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text() == "secret words to copy")
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    window.lock()
    assert clipboard.text() == ""


def test_clipboard_left_alone_when_no_longer_ours(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    guard = window.clipboard_guard
    clipboard = QApplication.clipboard()
    from mentorpad.ui.guards import secret_mime

    clipboard.setMimeData(secret_mime("ours"))
    qtbot.waitUntil(guard.is_ours)
    guard._ours = b"something else"  # as if another program copied over our text since
    window.lock()
    assert clipboard.text() == "ours"
    clipboard.clear()


def test_system_lock_and_resume_signals(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    with qtbot.waitSignal(window.session.vault_locked):
        window.lock_watcher._on_screensaver_active_changed(True)
    window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    with qtbot.waitSignal(window.session.vault_locked):
        window.lock_watcher._on_prepare_for_sleep(True)
    window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    window.lock_watcher._on_prepare_for_sleep(False)  # resume alone does not lock
    assert window.session.is_unlocked
    with qtbot.waitSignal(window.session.vault_locked):
        window.lock_watcher._on_session_lock()


def test_backups_on_lock_only_when_changed_and_rotated(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    vault = window.session.vault
    assert vault is not None
    vault.set_setting("backup_keep", "2")
    folder = tmp_path / "backups"
    for i in range(4):
        Store(window.session.vault).add_mentee(f"Mentee {i}")  # type: ignore[arg-type]
        window.lock()
        window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    window.lock()  # nothing changed since the last backup
    backups = list_backups(folder)
    assert len(backups) == 2
    with Vault.open(backups[0], key=raw_key) as newest:
        assert len(Store(newest).mentees()) == 4
        assert newest.check_integrity().ok


def test_restore_from_backup_in_the_ui(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.vault"
    with Vault.create(path, PASSPHRASE) as v:
        Store(v).add_mentee("In The Backup")
        backup = v.backup_to(tmp_path / "backups" / "b.vault")
    data = bytearray(path.read_bytes())
    data[150] ^= 0xFF
    path.write_bytes(bytes(data))
    window = make_window(path)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.unlock_failed, timeout=10_000):
        window.unlock_page.unlock_button.click()
    assert window.unlock_page.restore.isVisible()
    assert "damaged" in window.unlock_page.message.text()
    monkeypatch.setattr(chooser_module, "ask_open_file", lambda *a, **k: str(backup))

    def other_file(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupChooser)
        assert dialog.backups == []  # b.vault is not named as one of this vault's backups
        dialog.other_button.click()

    def give_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        dialog.setTextValue(PASSPHRASE)
        dialog.accept()

    answer_dialogs(other_file, give_passphrase)
    answer_next_dialog_after = []  # the confirmation box follows

    def close_info(dialog: QWidget) -> None:
        answer_next_dialog_after.append(dialog)
        dialog.close()

    QApplication.processEvents()
    monkeypatch.setattr(window_module, "inform", lambda *a, **k: None)
    window.unlock_page.restore.click()
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=10_000):
        window.unlock_page.unlock_button.click()
    assert Store(window.session.vault).find_mentee("In The Backup") is not None  # type: ignore[arg-type]


def test_file_dialog_leaves_no_history(qtbot: QtBot, tmp_path: Path) -> None:
    secret = tmp_path / "Sentinel Mentee report.pdf"
    secret.write_text("x")
    parent = QWidget()
    qtbot.addWidget(parent)

    def choose(dialog: QWidget) -> None:
        dialog.selectFile(str(secret))  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    answer_next_dialog(choose)
    chosen = ask_open_file(parent, "Open", str(tmp_path), "All files (*)")
    assert chosen == str(secret)
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    conf = Path(settings.fileName())
    text = conf.read_text(errors="replace") if conf.exists() else ""
    assert "Sentinel" not in text and str(tmp_path) not in text


def test_disk_full_keeps_the_edit_and_the_vault(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    """A real write failure (RLIMIT_FSIZE): clear message, nothing lost, vault intact."""
    window = _open(make_window, tmp_path, raw_key)
    store = Store(window.session.vault)  # type: ignore[arg-type]
    mid = store.add_mentee("Full Disk")
    sid = store.add_session(mid, dt.datetime(2026, 1, 1, 9))
    store.save_note(mid, sid, "notes", "before")
    window.session.vault_unlocked.emit()
    area = window.area("mentees")
    area.open_session(sid)  # type: ignore[attr-defined]
    editor = area.session_editor  # type: ignore[attr-defined]
    big = "a long paragraph that does not fit " * 30000
    editor.notes.editor.insertPlainText(big)
    files = [tmp_path / "x.vault", tmp_path / "x.vault-wal"]
    limit = max(p.stat().st_size for p in files if p.exists()) + 8192
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        from mentorpad.models import VaultError

        with pytest.raises(VaultError) as failure:
            area.flush()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert (
        "could not" in failure.value.user_message
        and "still on screen" in failure.value.user_message
    )
    assert big in editor.notes.text()
    assert area.autosaver.pending  # type: ignore[attr-defined]
    area.flush()  # space is back: the same edit now saves
    assert window.session.vault.check_integrity().ok  # type: ignore[union-attr]
    assert store.note(mid, sid, "notes").endswith(big) or big in store.note(mid, sid, "notes")
    assert os.path.exists(tmp_path / "x.vault")


def test_file_dialogs_are_never_native(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[bool] = []

    def inspect(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.reject()

    answer_next_dialog(inspect)
    assert ask_open_file(parent, "Open", str(tmp_path), "All files (*)") is None
    assert seen == [True]


def test_cadence_reminder_on_unlock_follows_its_setting(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    from mentorpad.clock import ManualClock
    from mentorpad.models.entities import Agreement

    # The window's clock, years from the real date: "due" is reckoned on it, not on the
    # machine's calendar.
    clock = ManualClock(dt.datetime(2031, 6, 2, 9, 0))
    path = tmp_path / "c.vault"
    with Vault.create(path, key=raw_key) as v:
        store = Store(v)
        mid = store.add_mentee("Due Soon", start_date=dt.date(2031, 1, 6))
        store.save_agreement(Agreement(mentee_id=mid, cadence_weeks=2), [("Grow", "")])
        store.add_session(mid, clock.now() - dt.timedelta(days=20))
    window = make_window(path, clock=clock)
    window.session.open_with(Vault.open(path, key=raw_key))
    qtbot.waitUntil(lambda: bool(window.cadence_reminder))
    assert "1" in window.cadence_reminder
    window.session.vault.set_setting("cadence_reminders", "0")  # type: ignore[union-attr]
    window.lock()
    window.cadence_reminder = ""
    window.session.open_with(Vault.open(path, key=raw_key))
    QApplication.processEvents()  # what unlocking scheduled has run
    QApplication.processEvents()
    assert window.cadence_reminder == ""
