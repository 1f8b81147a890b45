"""Nothing is ever overwritten or half-written by the window's vault commands: File > New
Vault against every kind of taken name, and New Vault, Restore from Backup, Join a Synced
Vault and Sync into a folder mentorpad may not write in and onto a full disk. Each says so
plainly, leaves no temporary or partial file, and loses nothing: the open vault stays intact
and usable, the backup and the sync folder untouched.

Joins and syncs run on a worker thread: each test waits for the worker to end (a state),
never for a time. The "full disk" is RLIMIT_FSIZE, which holds for the whole process, so
for the worker too; it is lifted when its block ends, whatever happens in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey, derive_key
from mentorpad.models.backups import write_rotating_backup
from mentorpad.models.store import Store
from mentorpad.sync import sync_vault
from mentorpad.ui.window import MainWindow
from mentorpad.ui.window.backup_chooser import BackupChooser
from tests.conftest import PASSPHRASE
from tests.no_replace import files_limited_to, make_kind, snapshot, temps_in, unwritable
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import (
    answer_dialogs,
    answer_when,
    choose_dir,
    choose_file,
    reject,
    remember,
    type_text,
)

Fill = Callable[[QWidget], None]
TAKEN = ("file", "link", "dangling", "fifo")  # what the save dialog can return (see exports)
T0 = dt.datetime(2026, 4, 1, 10)


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every name under `folder` with its content (None: not a regular file)."""
    return {
        str(path.relative_to(folder)): path.read_bytes() if path.is_file() else None
        for path in sorted(folder.rglob("*"))
    }


# -- New Vault ----------------------------------------------------------------------------------


def _asks_again_for_every_kind_of_taken_name(window: MainWindow, folder: Path) -> None:
    taken = []
    for kind in TAKEN:  # one folder each: a snapshot includes the folder's listing
        (folder / kind).mkdir(parents=True)
        taken.append(make_kind(folder / kind / "second.vault", kind))
    before = [snapshot(path) for path in taken]
    seen: list[str] = []
    asks = [answer for path in taken for answer in (choose_file(path), remember(seen))]
    answered = answer_dialogs(*asks, reject)
    window.action_new_vault.trigger()
    assert len(answered) == len(asks) + 1
    for path, text in zip(taken, seen, strict=True):
        assert str(path) in text and "already exists" in text
    assert [snapshot(path) for path in taken] == before


def _create_at(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    """File > New Vault… at `path`, the passphrase typed twice; the welcome page's message
    ('' if the vault was created)."""
    answer_dialogs(choose_file(path))
    window.action_new_vault.trigger()
    assert window.session.path == path
    page = window.welcome_page
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.create_button.click()
    assert window.session.busy  # the key is being derived on the pool
    qtbot.waitUntil(lambda: not window.session.busy)  # then made, or refused
    return "" if window.session.is_unlocked else page.message.text()


def test_new_vault_replaces_nothing_and_leaves_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "first.vault")
    _asks_again_for_every_kind_of_taken_name(window, tmp_path / "taken")
    assert window.session.path == tmp_path / "first.vault"
    locked, full = tmp_path / "locked", tmp_path / "full"
    locked.mkdir()
    full.mkdir()
    with unwritable(locked):
        refused = _create_at(qtbot, window, locked / "new.vault")
    with files_limited_to(8192):  # less than a new vault
        full_text = _create_at(qtbot, window, full / "new.vault")
    assert f"may not write in {locked}" in refused
    assert "disk is full, so new.vault could not be written" in full_text
    assert list(locked.iterdir()) == [] and list(full.iterdir()) == []
    assert _create_at(qtbot, window, full / "new.vault") == ""  # room again: it is made
    assert window.session.vault is not None and window.session.vault.check_integrity().ok
    assert temps_in(full) == []


# -- Restore from Backup ------------------------------------------------------------------------


def _with_backup(tmp_path: Path, key: VaultKey) -> tuple[Path, Path]:
    """A vault and an older, larger backup of it (the current file stays small)."""
    older = tmp_path / "older.vault"
    with Vault.create(older, key=key) as vault:
        mid = Store(vault).add_mentee("In the backup")
        Store(vault).save_note(mid, None, "background", "x" * 200_000)
        backup = write_rotating_backup(vault, tmp_path / "backups", now=T0)
    older.unlink()
    path = tmp_path / "home" / "mine.vault"
    path.parent.mkdir()
    with Vault.create(path, key=key) as vault:  # the same salt: the backup is its own
        vault.set_setting("backup_dir", str(tmp_path / "backups"))
        Store(vault).add_mentee("In the vault now")
    return path, backup


def _restore(window: MainWindow, backup: Path, seen: list[str]) -> None:
    """File > Restore from Backup…: the listed backup, or (from the prompt, where the
    vault's own backup folder cannot be read) the same file through Other File…."""

    def pick_the_backup(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupChooser)
        button = dialog.restore_button if dialog.list.count() else dialog.other_button
        QTimer.singleShot(0, button.click)  # Other File… opens a dialog of its own

    listed = window.session.is_unlocked
    picks = [pick_the_backup] if listed else [pick_the_backup, choose_file(backup)]
    # The passphrase is never derived here: the copy fails before the backup is opened (and
    # would the copy succeed, the backup's raw key refuses it: the test fails either way).
    answered = answer_dialogs(*picks, type_text(PASSPHRASE), remember(seen))
    window.action_restore.trigger()
    assert len(answered) == len(picks) + 2


@pytest.mark.parametrize("where", ["unwritable", "full"])
def test_a_restore_that_cannot_be_written_loses_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey, where: str
) -> None:
    path, backup = _with_backup(tmp_path, raw_key)
    window = make_window(path, clock=ManualClock(T0 + dt.timedelta(days=1)))
    window.session.open_with(Vault.open(path, key=raw_key))
    vault_before, backup_before = path.read_bytes(), snapshot(backup)
    seen: list[str] = []
    if where == "unwritable":
        window.lock()  # a vault in a folder that became read-only is restored from the prompt
        with unwritable(path.parent):
            _restore(window, backup, seen)
        assert f"may not write in {path.parent}" in seen[0]
    else:
        with files_limited_to(backup.stat().st_size // 2):  # the vault fits, its backup not
            _restore(window, backup, seen)
        assert "disk is full, so mentorpad could not restore the backup" in seen[0]
    assert path.read_bytes() == vault_before and snapshot(backup) == backup_before
    assert sorted(p.name for p in path.parent.iterdir()) == ["mine.vault", "mine.vault.lock"]
    assert temps_in(path.parent) == [] and temps_in(backup.parent) == []
    window.session.open_with(Vault.open(path, key=raw_key))  # still the vault, and usable
    store = Store(window.session.vault)  # type: ignore[arg-type]
    assert store.find_mentee("In the vault now") and not store.find_mentee("In the backup")
    store.add_mentee("Typed after the failed restore")
    assert window.session.vault.check_integrity().ok  # type: ignore[union-attr]


# -- Join a Synced Vault ------------------------------------------------------------------------


def test_a_join_that_cannot_be_written_leaves_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder, home = tmp_path / "sync", tmp_path / "home.vault"
    folder.mkdir()
    key = derive_key(PASSPHRASE, b"s" * 16)
    with Vault.create(home, key=key) as vault:
        Store(vault).add_mentee("Kestrel")
    sync_vault(home, key, folder, device_name="Home desktop")
    shared = tree(folder)
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    window = make_window(laptop / "mentorpad.vault", clock=ManualClock(T0))
    seen: list[str] = []

    def join() -> None:
        answer_dialogs(choose_dir(folder), type_text(PASSPHRASE))
        answer_when(QMessageBox, remember(seen))  # after the busy line of the worker
        window.action_join.trigger()
        qtbot.waitUntil(lambda: not window.sync.running)
        qtbot.waitUntil(lambda: len(seen) == joins)

    joins = 1
    with unwritable(laptop):
        join()
    joins = 2
    with files_limited_to(8192):  # less than a new vault
        join()
    assert f"may not write in {laptop}" in seen[0]
    assert "disk is full, so mentorpad.vault could not be written" in seen[1]
    assert list(laptop.iterdir()) == [] and tree(folder) == shared
    assert not window.session.is_unlocked and window.session.path == laptop / "mentorpad.vault"


# -- Sync -----------------------------------------------------------------------------------------


def test_a_sync_that_cannot_be_written_keeps_the_vault_whole(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    folder, path = tmp_path / "sync", tmp_path / "home" / "mine.vault"
    folder.mkdir()
    path.parent.mkdir()
    with Vault.create(path, key=raw_key) as vault:
        Store(vault).add_mentee("Before the syncs")
    window = make_window(path, clock=ManualClock(T0))
    window.session.open_with(Vault.open(path, key=raw_key))
    window.sync.controller.set_folder(folder)
    Store(window.session.vault).add_mentee("Not sent yet")  # type: ignore[arg-type]
    seen: list[str] = []

    def sync() -> None:
        answer_dialogs(remember(seen))
        window.sync.sync_now()
        qtbot.waitUntil(lambda: not window.sync.running)
        qtbot.waitUntil(lambda: len(seen) == syncs)

    syncs = 1
    with unwritable(folder):
        sync()
    syncs = 2
    with files_limited_to(path.stat().st_size // 2):  # the vault itself cannot grow now
        sync()
    assert f"may not write in {folder}" in seen[0], seen
    assert "disk is full" in seen[1], seen
    assert tree(folder) == {} and temps_in(path.parent) == []
    assert window.sync.status.text().startswith("Not synced:")
    vault = window.session.vault
    assert vault is not None and vault.check_integrity().ok
    names = [m.display_name for m in Store(vault).mentees()]
    assert sorted(names) == ["Before the syncs", "Not sent yet"]
    window.sync.sync_now()  # room again: the next sync sends it all
    qtbot.waitUntil(lambda: not window.sync.running)
    assert list(folder.glob("*/00000001.mpchg"))
