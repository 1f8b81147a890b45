"""Sync in the real window, end to end: File > Join a Synced Vault…, a sync on a real
unlock (the passphrase typed, nothing triggered by hand), the message about a device that
still uses the previous passphrase, and no trace of the folder in the plaintext config."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.sync import join_folder, sync_vault
from tests.conftest import PASSPHRASE, passphrase_key
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs, choose_dir, press_default, type_text


def _home(tmp_path: Path) -> tuple[Path, Path, VaultKey]:
    folder, home = tmp_path / "Dropbox" / "mentorpad", tmp_path / "home.vault"
    folder.mkdir(parents=True)
    with Vault.create(home, key=passphrase_key()) as vault:
        Store(vault).add_mentee("Kestrel")
        key = vault.key
    sync_vault(home, key, folder, device_name="Home desktop")
    return folder, home, key


def _unlock(qtbot: QtBot, window: object, passphrase: str) -> None:
    """Unlock as typed, then wait for the sync the unlock starts (in its worker)."""
    session = window.session  # type: ignore[attr-defined]
    with qtbot.waitSignal(session.vault_unlocked, timeout=30_000):
        session.unlock(passphrase)
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)  # type: ignore[attr-defined]


def test_join_from_the_menu_then_every_unlock_syncs(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder, home, key = _home(tmp_path)
    work = tmp_path / "laptop" / "mentorpad.vault"
    work.parent.mkdir()
    clock = ManualClock(dt.datetime(2026, 3, 2, 9))
    window = make_window(work, clock=clock)
    answer_dialogs(choose_dir(folder), type_text(PASSPHRASE))
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=30_000):
        window.action_join.trigger()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)  # the unlock's sync
    vault = window.session.vault
    assert vault is not None and vault.path == work
    assert Store(vault).find_mentee("Kestrel") is not None
    assert vault.setting("sync_dir") == str(folder)  # the joined vault syncs with it
    assert window.sync.status.text() == "Synced just now · 2 device(s)"
    window.lock()
    with Vault.open(home, key=key) as opened:
        Store(opened).add_mentee("Added at home later")
    sync_vault(home, key, folder, device_name="Home desktop")
    _unlock(qtbot, window, PASSPHRASE)  # typed as the mentor would: the unlock syncs
    assert Store(window.session.vault).find_mentee("Added at home later") is not None  # type: ignore[arg-type]
    home_mentees = window.area("mentees").mentee_model.records()  # type: ignore[attr-defined]
    assert "Added at home later" in [m.display_name for m in home_mentees]


def test_a_device_still_on_the_previous_passphrase_is_named(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder, home, key = _home(tmp_path)
    work = tmp_path / "work.vault"
    join_folder(folder, work, PASSPHRASE, device_name="Work laptop")
    new = "a new passphrase chosen at home"
    with Vault.open(home, key=key) as vault:
        vault.change_passphrase(new)
        vault.set_setting("sync_dir", str(folder))
    with Vault.open(work, PASSPHRASE) as vault:
        Store(vault).add_mentee("Typed on the laptop")
        old_key = vault.key
    sync_vault(work, old_key, folder, device_name="Work laptop")  # home has not synced yet
    window = make_window(home, clock=ManualClock(dt.datetime(2026, 3, 2, 9)))
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        press_default(dialog)

    answer_dialogs(read)
    _unlock(qtbot, window, new)  # the unlock syncs, reads the laptop's journal, and says so
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "Work laptop" in seen[0] and "previous passphrase" in seen[0]
    assert Store(window.session.vault).find_mentee("Typed on the laptop") is not None  # type: ignore[arg-type]
    window.lock()
    config = tmp_path / "config"
    for path in config.rglob("*") if config.is_dir() else ():
        if path.is_file():  # the plaintext config never names the sync folder
            assert str(folder).encode() not in path.read_bytes()


def test_a_folder_holding_the_vault_is_not_kept(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    dropbox = tmp_path / "Dropbox"
    path = dropbox / "mentorpad.vault"
    dropbox.mkdir()
    Vault.create(path, key=raw_key).close()
    window = make_window(path, clock=ManualClock(dt.datetime(2026, 3, 2, 9)))
    window.session.open_with(Vault.open(path, key=raw_key))
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        press_default(dialog)

    answer_dialogs(choose_dir(dropbox), read)
    window.action_sync_folder.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "inside the sync folder" in seen[0]
    assert window.session.vault.setting("sync_dir") is None  # type: ignore[union-attr]
    assert not [p for p in dropbox.iterdir() if p.is_dir()]  # no journal was written
