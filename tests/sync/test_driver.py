"""The decision that keeps two SQLite libraries from sharing a file (docs/sync.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import apsw
import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models import Vault, VaultKey, VaultSuspended
from mentorpad.sync import sync_vault
from mentorpad.sync.connection import DriverConflict

PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2

_PROBE = f"""
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR)
try:
    fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB, 510, {SHARED_FIRST}, os.SEEK_SET)
    print("free")
except OSError:
    print("locked")
"""


def _lock_seen_by_another_process(path: Path) -> bool:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True)
    return out.stdout.strip() == "locked"


def test_two_sqlite_copies_break_each_others_locks(tmp_path: Path, raw_key: VaultKey) -> None:
    """Why sqlcipher3 and APSW never have the vault open at once: when APSW closes the
    file, the process's POSIX locks on it go, including the one sqlcipher3 holds."""
    path = tmp_path / "v.vault"
    Vault.create(path, key=raw_key).close()
    holder = sqlcipher.connect(str(path), isolation_level=None)
    holder.set_key(raw_key.sqlcipher_key())
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")  # an exclusive lock on the file, held by sqlcipher3
    holder.execute("INSERT INTO setting(key, value) VALUES ('x', 'y')")
    assert _lock_seen_by_another_process(path)
    other = apsw.Connection(str(path))
    other.execute("PRAGMA cipher = 'sqlcipher'")
    other.execute("PRAGMA legacy = 4")
    other.close()  # APSW's close drops every lock this process holds on the file
    assert not _lock_seen_by_another_process(path)  # sqlcipher3's transaction is unprotected
    holder.execute("ROLLBACK")
    holder.close()


def test_sync_refuses_while_sqlcipher3_has_the_vault_open(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "v.vault"
    folder = tmp_path / "sync"
    folder.mkdir()
    with Vault.create(path, key=raw_key) as vault:
        before = path.read_bytes()
        with pytest.raises(DriverConflict):
            sync_vault(path, raw_key, folder)
        assert vault.is_open
    assert list(folder.iterdir()) == []
    assert path.read_bytes()[:4096] == before[:4096]


def test_suspended_vault_syncs_and_reopens(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    folder = tmp_path / "sync"
    folder.mkdir()
    with Vault.create(path, key=raw_key) as vault:
        vault.set_setting("grow_prompts", "0")
        with vault.suspended():
            with pytest.raises(VaultSuspended, match="being synced"):
                _ = vault.conn
            with pytest.raises(VaultSuspended):  # no second connection either
                vault.open_reader()
            report = sync_vault(path, raw_key, folder)
        assert report.published == 1
        assert vault.setting("grow_prompts") == "0"  # the same vault, open again
        assert vault.check_integrity().ok
