"""A full disk during a write leaves files beside the vault; opening it again gives back
every committed change, by the SQLite that wrote them, and never calls an intact vault
damaged.

A sync commits under a rollback journal with a super-journal (APSW's SQLite): if the disk
fills up during that commit and the process is stopped before the sync undoes it (or undoing
fails too), `<vault>-journal` stays. The vault's driver would delete it and keep the
half-written pages; the app, the CLI and a suspended vault's reopening hand it to APSW.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentorpad.clock import ManualClock
from mentorpad.models import StorageFull, Vault, VaultError, VaultKey
from mentorpad.models.store import Store
from mentorpad.models.vault.sync_journal import UNDO_NEEDS_ROOM, super_journal_of
from mentorpad.sync.connection import open_vault
from mentorpad.sync.engine import _Sync
from mentorpad.sync.state import load_identity
from tests.conftest import PASSPHRASE, ROOT
from tests.no_replace import files_limited_to


def _fill(vault: Vault) -> None:
    store = Store(vault)
    mentee = store.add_mentee("Robin")
    store.save_note(mentee, None, "background", "committed before the sync")


def _sync_that_fills_the_disk(path: Path, key: VaultKey, folder: Path) -> int:
    """A sync whose commit fails half way on a full disk and is left as a kill would leave
    it (no roll_back_here); returns the file size limit that made it fail."""
    limit = os.path.getsize(path) - 17_000  # inside the vault's last pages
    folder.mkdir(exist_ok=True)
    con = open_vault(path, key)
    try:
        with files_limited_to(limit), pytest.raises(Exception, match="disk I/O error"):
            state = load_identity(con, path, "")
            _Sync(con, state, path, key, folder, ManualClock(), False).run()
    finally:
        con.close()
    assert super_journal_of(path) is not None, "the commit was left half done"
    return limit


def _interrupted(tmp_path: Path, key: VaultKey) -> tuple[Path, int]:
    path = tmp_path / "v.vault"
    with Vault.create(path, key=key) as vault:
        _fill(vault)
    return path, _sync_that_fills_the_disk(path, key, tmp_path / "sync")


def _assert_whole(vault: Vault) -> None:
    report = vault.check_integrity()
    assert report.ok, report.problems
    store = Store(vault)
    mentee = store.find_mentee("Robin")
    assert mentee is not None
    assert store.note(mentee.id, None, "background") == "committed before the sync"
    leftovers = [p.name for p in vault.path.parent.iterdir() if "-journal" in p.name]
    assert leftovers == [] and super_journal_of(vault.path) is None
    assert not [p for p in vault.path.parent.iterdir() if "-mj" in p.name]


def test_opening_undoes_an_interrupted_sync_with_its_own_sqlite(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    path, _ = _interrupted(tmp_path, raw_key)
    with Vault.open(path, key=raw_key) as vault:
        _assert_whole(vault)


def test_a_disk_still_full_refuses_to_open_and_keeps_the_journal(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    path, limit = _interrupted(tmp_path, raw_key)
    journal = Path(str(path) + "-journal").read_bytes()
    with files_limited_to(limit), pytest.raises(StorageFull) as refused:
        Vault.open(path, key=raw_key)
    message = str(refused.value)
    assert message == UNDO_NEEDS_ROOM and "Free some space" in message
    assert "nothing in it was changed" in message
    assert Path(str(path) + "-journal").read_bytes() == journal
    assert not path.with_name(path.name + "-wal").exists()  # sqlcipher3 never opened it
    with Vault.open(path, key=raw_key) as vault:  # room again: all there
        _assert_whole(vault)


def test_a_wrong_key_leaves_the_interrupted_sync_as_it_is(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    path, _ = _interrupted(tmp_path, raw_key)
    journal = Path(str(path) + "-journal").read_bytes()
    before = path.read_bytes()
    wrong = VaultKey(bytes(len(raw_key.key)), raw_key.salt)
    with pytest.raises(VaultError):
        Vault.open(path, key=wrong)
    assert path.read_bytes() == before
    assert Path(str(path) + "-journal").read_bytes() == journal


def test_a_suspended_vault_is_reopened_after_its_sync_is_undone(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    """The app suspends its vault for a sync; if the sync's own undo failed, the reopening
    (sqlcipher3) must not be the one to find the journal."""
    path = tmp_path / "v.vault"
    with Vault.create(path, key=raw_key) as vault:
        _fill(vault)
    with Vault.open(path, key=raw_key) as vault:
        with vault.suspended():
            _sync_that_fills_the_disk(path, raw_key, tmp_path / "sync")
        _assert_whole(vault)


def test_check_on_the_cli_calls_the_vault_intact(tmp_path: Path) -> None:
    """`mentorpad check` used to roll back with the wrong library, then call it damaged."""
    path = tmp_path / "v.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        _fill(vault)
        key = vault.key
    _sync_that_fills_the_disk(path, key, tmp_path / "sync")
    result = subprocess.run(
        [sys.executable, "-m", "mentorpad", "check", "--vault", str(path), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        start_new_session=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "damaged" not in (result.stdout + result.stderr).lower()
    with Vault.open(path, key=key) as vault:
        _assert_whole(vault)


def test_a_save_that_fills_the_disk_loses_nothing_committed(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    """The app's own writes go through the -wal: a commit cut short by a full disk leaves
    frames SQLite ignores on the next open; what was committed before is all there."""
    path = tmp_path / "v.vault"
    with Vault.create(path, key=raw_key) as vault:
        _fill(vault)
        store = Store(vault)
        mentee = store.find_mentee("Robin")
        assert mentee is not None
        limit = os.path.getsize(path) + 8192
        with files_limited_to(limit), pytest.raises(VaultError):
            store.save_note(mentee.id, None, "background", "far too long " * 100_000)
    with Vault.open(path, key=raw_key) as vault:
        _assert_whole(vault)
