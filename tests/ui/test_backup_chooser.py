"""File > Restore from Backup… in the real window: only this vault's backups are offered
(never the demo's or a second vault's from the same folder), and while the window has the
vault open the CLI's restore is refused instead of swapping the file under it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.demo import build_demo_vault
from mentorpad.models import Vault, VaultKey, preflight
from mentorpad.models.backups import list_backups, write_rotating_backup
from mentorpad.models.store import Store
from mentorpad.ui.window.backup_chooser import BackupChooser
from tests.conftest import PASSPHRASE, run_cli
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs

T0 = dt.datetime(2026, 4, 1, 10, 0, 0)


def test_restore_lists_only_this_vaults_backups(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    raw_key: VaultKey,
) -> None:
    folder = tmp_path / "backups"
    path = tmp_path / "mine.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        vault.set_setting("backup_dir", str(folder))
        Store(vault).add_mentee("Only In The Older Backup")
        write_rotating_backup(vault, folder, now=T0)
        Store(vault).add_mentee("In Both Backups")
        write_rotating_backup(vault, folder, now=T0 + dt.timedelta(hours=1))
    demo = build_demo_vault(tmp_path / "demo.vault", passphrase=PASSPHRASE)
    with demo:
        for minute in range(3):
            write_rotating_backup(demo, folder, now=T0 + dt.timedelta(minutes=minute))
    with Vault.create(tmp_path / "second.vault", key=raw_key) as second:
        write_rotating_backup(second, folder, now=T0 + dt.timedelta(hours=2))
    own = list_backups(folder, preflight(path))  # the salt: the file's first bytes
    assert len(own) == 2 and len(list(folder.iterdir())) == 6

    window = make_window(path)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=20_000):
        window.unlock_page.unlock_button.click()

    # The app has the vault open: the CLI's restore is refused and changes nothing.
    before = path.read_bytes()
    refused = run_cli(
        "restore", str(own[1]), "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert refused.returncode == 8, refused.stderr
    assert path.read_bytes() == before and not list(tmp_path.glob("*.before-restore-*"))

    offered: list[list[str]] = []

    def pick_the_older(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupChooser)
        offered.append([dialog.list.item(i).toolTip() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(1)
        dialog.restore_button.click()

    def give_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(PASSPHRASE)
        dialog.accept()

    def read_the_outcome(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())
        dialog.accept()

    told: list[str] = []
    answer_dialogs(pick_the_older, give_passphrase, read_the_outcome)
    window.action_restore.trigger()
    assert len(told) == 1 and "verified and restored" in told[0]
    assert offered == [[str(own[0]), str(own[1])]]  # the vault's own, newest first
    kept = list(tmp_path.glob("mine.before-restore-*.vault"))
    assert len(kept) == 1
    with Vault.open(path, PASSPHRASE) as restored:
        store = Store(restored)
        assert store.find_mentee("Only In The Older Backup") is not None
        assert store.find_mentee("In Both Backups") is None


def test_no_backups_of_this_vault_offers_another_file(
    qtbot: QtBot, tmp_path: Path, raw_key: VaultKey
) -> None:
    folder = tmp_path / "backups"
    other = tmp_path / "other.vault"
    with Vault.create(other, key=raw_key) as vault:
        write_rotating_backup(vault, folder, now=T0)
    chooser = BackupChooser(None, folder, b"\x01" * 16, "*.vault")
    qtbot.addWidget(chooser)
    assert chooser.backups == [] and chooser.list.count() == 0
    assert "no backups of this vault" in chooser.intro.text()
    assert not chooser.restore_button.isEnabled() and chooser.other_button.isEnabled()
