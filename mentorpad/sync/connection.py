"""The vault through APSW (SQLite with the session extension and SQLCipher-compatible
encryption from SQLite3 Multiple Ciphers), for the length of one sync.

Two copies of SQLite in one process must never have the same file open at once: POSIX
advisory locks belong to the process, so when one copy closes the file it silently drops
the locks the other copy holds (SQLite's "How To Corrupt", section 2.2.1). sqlcipher3 is
the vault's driver everywhere else; a sync runs only while no sqlcipher3 connection to the
vault exists in this process (the CLI never opened one; the GUI suspends its vault), and
`assert_not_open_elsewhere` checks it where the platform lets us look (Linux /proc).
tests/sync/test_driver.py shows the trap and the guard.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import apsw

from mentorpad.models.crypto import VaultKey
from mentorpad.models.errors import NotAVault, VaultError, WrongPassphrase
from mentorpad.models.vault.sync_journal import apsw_key_pragma, apsw_uri


class DriverConflict(VaultError):
    """A sqlcipher3 connection to the vault is still open in this process."""

    exit_code = 1
    title = "The vault is still open"


def assert_not_open_elsewhere(path: Path) -> None:
    """No file descriptor of this process points at the vault (Linux; elsewhere the
    callers' discipline is the guarantee)."""
    if not sys.platform.startswith("linux") or not os.path.isdir("/proc/self/fd"):
        return
    try:
        target = os.stat(path)
    except FileNotFoundError:
        return
    for name in os.listdir("/proc/self/fd"):
        try:
            info = os.stat(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino):
            raise DriverConflict(
                "The vault is still open on another connection, so it cannot be synced now "
                "(two SQLite libraries must never share a file). Lock and try again."
            )


_uri = apsw_uri
_key_pragma = apsw_key_pragma


def open_vault(path: Path, key: VaultKey) -> apsw.Connection:
    """Open the (existing) vault with APSW, keyed, in rollback-journal mode: with the sync
    base attached, one commit then covers both files atomically (a super-journal), which
    WAL mode cannot give."""
    assert_not_open_elsewhere(path)
    flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_URI
    try:
        con = apsw.Connection(_uri(path), flags=flags)
    except apsw.CantOpenError as exc:
        raise NotAVault(f"{path} could not be opened for syncing ({exc}).") from exc
    try:
        con.execute("PRAGMA cipher = 'sqlcipher'")
        con.execute("PRAGMA legacy = 4")
        con.execute(_key_pragma(key))
        con.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except apsw.NotADBError as exc:
        con.close()
        raise WrongPassphrase("That passphrase does not open this vault.") from exc
    con.execute("PRAGMA busy_timeout = 5000")
    con.execute("PRAGMA foreign_keys = OFF")  # deletions are carried explicitly (resolve.py)
    con.execute("PRAGMA secure_delete = ON")
    con.execute("PRAGMA temp_store = MEMORY")
    con.execute("PRAGMA cache_size = -32768")
    con.execute("PRAGMA journal_mode = DELETE").fetchall()
    return con


def create_database(path: Path, key: VaultKey) -> apsw.Connection:
    """Open an empty file of ours (a temp made by models.files) as a new encrypted database."""
    flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_URI
    con = apsw.Connection(_uri(path), flags=flags)
    con.execute("PRAGMA cipher = 'sqlcipher'")
    con.execute("PRAGMA legacy = 4")
    con.execute(_key_pragma(key))
    con.execute("PRAGMA journal_mode = DELETE").fetchall()
    return con


def attach(con: apsw.Connection, path: Path, key: VaultKey, schema: str) -> None:
    con.execute(
        f"ATTACH DATABASE ? AS {schema} KEY ?",
        (_uri(path), "x'" + (key.key + key.salt).hex() + "'"),
    )
    con.execute(f"PRAGMA {schema}.journal_mode = DELETE").fetchall()
