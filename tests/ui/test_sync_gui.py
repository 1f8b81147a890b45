"""Sync in the real window: choose a folder, sync on unlock and on lock, the quiet status, a
sync while idle (never while typing), what the mentor is told, and conflicts resolved.

A sync runs in a worker thread: each test waits for it to end (`_settled`) before it looks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs, choose_dir, press_default


def _window(
    make_window: WindowFactory, path: Path, key: VaultKey, clock: ManualClock
) -> MainWindow:
    if not path.exists():
        Vault.create(path, key=key).close()
    window = make_window(path, clock=clock)
    window.session.open_with(Vault.open(path, key=key))
    return window


def _settled(qtbot: QtBot, window: MainWindow) -> None:
    """Until the sync the last command started has ended and been reported."""
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)


def _seen(messages: list[str]) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        messages.append(dialog.text())
        press_default(dialog)

    return fill


def test_choose_a_folder_then_everything_syncs(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    folder = tmp_path / "Dropbox" / "mentorpad"
    folder.mkdir(parents=True)
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))
    home = _window(make_window, tmp_path / "home.vault", raw_key, clock)
    answer_dialogs(choose_dir(folder))
    home.action_sync_folder.trigger()
    _settled(qtbot, home)
    assert list(folder.glob("*/00000001.mpchg"))  # the first sync published at once
    assert home.sync.status.text() == "Synced just now · 1 device(s)"
    assert home.session.vault.setting("sync_dir") == str(folder)  # type: ignore[union-attr]
    clock.advance(3 * 60)
    home.sync.controller.timer.timeout.emit()
    assert home.sync.status.text() == "Synced 3 min ago · 1 device(s)"
    Store(home.session.vault).add_mentee("Made at home")  # type: ignore[arg-type]
    home.lock()  # the lock sends it
    journals = sorted(folder.glob("*/*.mpchg"))
    assert len(journals) == 2


def test_two_windows_meet_through_the_folder(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    from mentorpad.sync import join_folder, sync_vault

    folder = tmp_path / "sync"
    folder.mkdir()
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))
    home_path, work_path = tmp_path / "home.vault", tmp_path / "work.vault"
    with Vault.create(home_path, key=raw_key) as vault:
        vault.set_setting("sync_dir", str(folder))
        mid = Store(vault).add_mentee("Kestrel")
    sync_vault(home_path, raw_key, folder)
    Vault.create(work_path, key=raw_key).close()
    sync_vault(work_path, raw_key, folder, joining=True)
    with Vault.open(work_path, key=raw_key) as vault:
        vault.set_setting("sync_dir", str(folder))
    del join_folder
    home = _window(make_window, home_path, raw_key, clock)
    home.sync.controller.start()
    _settled(qtbot, home)
    work = _window(make_window, work_path, raw_key, clock)
    work.sync.controller.start()  # a sync on unlock: Kestrel is there
    _settled(qtbot, work)
    mentees = work.area("mentees")
    assert [m.display_name for m in mentees.mentee_model.records()] == ["Kestrel"]  # type: ignore[attr-defined]
    mentees.open_mentee(mid)  # type: ignore[attr-defined]
    Store(home.session.vault).update_mentee(mid, role="Team lead")  # type: ignore[arg-type]
    home.sync.sync_now()
    _settled(qtbot, home)
    clock.advance(6 * 60)
    work.idle.touch()  # typing: the periodic sync waits
    work.sync.controller.timer.timeout.emit()
    assert not work.sync.running
    assert Store(work.session.vault).mentee(mid).role == ""  # type: ignore[arg-type,union-attr]
    clock.advance(30)  # idle now
    work.sync.controller.timer.timeout.emit()
    _settled(qtbot, work)
    assert Store(work.session.vault).mentee(mid).role == "Team lead"  # type: ignore[arg-type,union-attr]
    assert "Team lead" in mentees.shown_text()  # the open mentee was reloaded in place


def test_a_vanished_folder_is_told_once(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))
    window = _window(make_window, tmp_path / "v.vault", raw_key, clock)
    window.sync.controller.set_folder(folder)
    assert window.sync.controller.sync_now()
    _settled(qtbot, window)
    folder.rename(tmp_path / "unplugged")
    seen: list[str] = []
    answer_dialogs(_seen(seen))
    window.sync.sync_now()
    _settled(qtbot, window)
    assert seen and "not there" in seen[0]
    assert window.sync.status.text().startswith("Not synced:")
    window.sync.sync_now()
    _settled(qtbot, window)  # a second failure is not shown again (no dialog)
    assert len(seen) == 1
    assert window.session.is_unlocked and window.session.vault.check_integrity().ok  # type: ignore[union-attr]


def test_a_conflict_is_reported_and_resolved_in_the_app(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    from mentorpad.sync import sync_vault

    folder = tmp_path / "sync"
    folder.mkdir()
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))
    home_path, work_path = tmp_path / "home.vault", tmp_path / "work.vault"
    with Vault.create(home_path, key=raw_key) as vault:
        store = Store(vault)
        mid = store.add_mentee("Dara")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", "before")
    sync_vault(home_path, raw_key, folder)
    Vault.create(work_path, key=raw_key).close()
    sync_vault(work_path, raw_key, folder, joining=True)
    with Vault.open(work_path, key=raw_key) as vault:
        Store(vault).save_note(mid, sid, "notes", "typed at work")
    sync_vault(work_path, raw_key, folder)
    window = _window(make_window, home_path, raw_key, clock)
    Store(window.session.vault).save_note(mid, sid, "notes", "typed at home")  # type: ignore[arg-type]
    window.sync.controller.set_folder(folder)
    seen: list[str] = []
    answer_dialogs(_seen(seen))
    window.sync.sync_now()
    _settled(qtbot, window)
    assert seen and "edited on two devices" in seen[0]
    assert window.sync.conflicts_button.isVisible()
    assert "1 text" in window.sync.conflicts_button.text()

    def keep_both(dialog: QWidget) -> None:
        from mentorpad.ui.conflicts_dialog import ConflictsDialog

        assert isinstance(dialog, ConflictsDialog)
        assert {dialog.current.toPlainText(), dialog.other.toPlainText()} == {
            "typed at home",
            "typed at work",
        }
        assert "Dara" in dialog.where.text()
        dialog.keep_both.click()
        assert "No conflicts left" in dialog.where.text()
        dialog.reject()

    answer_dialogs(keep_both)
    window.action_conflicts.trigger()
    note = Store(window.session.vault).note(mid, sid, "notes")  # type: ignore[arg-type]
    assert "typed at home" in note and "typed at work" in note
    assert not window.sync.conflicts_button.isVisible()


def test_a_passphrase_changed_on_the_other_device_is_taken_here(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from mentorpad.sync import join_folder, sync_vault
    from tests.conftest import PASSPHRASE, passphrase_key

    folder = tmp_path / "sync"
    folder.mkdir()
    home_path, work_path = tmp_path / "home.vault", tmp_path / "work.vault"
    with Vault.create(home_path, key=passphrase_key()) as vault:
        key = vault.key
    sync_vault(home_path, key, folder)
    join_folder(folder, work_path, PASSPHRASE)
    new = "the new passphrase of the mentor"
    with Vault.open(work_path, PASSPHRASE) as vault:
        vault.change_passphrase(new)
        Store(vault).add_mentee("Added after the change")
        new_key = vault.key
    sync_vault(work_path, new_key, folder)
    window = _window(make_window, home_path, key, ManualClock(dt.datetime(2026, 3, 2, 9)))
    window.sync.controller.set_folder(folder)

    def give_new_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        assert "changed on" in dialog.labelText()
        dialog.setTextValue(new)
        dialog.accept()

    answer_dialogs(give_new_passphrase)
    window.sync.sync_now()
    _settled(qtbot, window)  # the failed sync, the new passphrase, the sync that follows
    with_new = Store(window.session.vault)  # type: ignore[arg-type]
    assert with_new.find_mentee("Added after the change") is not None
    window.lock()
    Vault.open(home_path, new).close()  # this vault now opens with the new passphrase
