"""Changing the key of an open vault, and proving the change took.

`PRAGMA rekey` can report success and keep the old key when another connection holds a read
transaction, so the change runs under exclusive access outside WAL (leaving WAL needs it)
and is verified on fresh connections afterwards.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models.crypto import VaultKey
from mentorpad.models.errors import RekeyFailed, StorageFull
from mentorpad.models.files import out_of_room
from mentorpad.models.vault.connection import Connection, _connect
from mentorpad.models.vault.diagnosis import translate_errors

_BUSY = (
    "Another connection to the vault is busy, so the passphrase was not changed. "
    "Close other mentorpad windows and try again."
)


def rekey_verified(conn: Connection, path: Path, old_key: VaultKey, new_key: VaultKey) -> None:
    """Rekey the file behind `conn` and verify it; RekeyFailed if it did not take.

    On success the connection is still out of WAL: the caller adopts the new key, then
    switches WAL back on.
    """
    refuse_without_room(path)
    _leave_wal(conn)
    try:
        with translate_errors("change the passphrase"):
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            conn.reset_key(new_key.sqlcipher_key())  # sqlite3_rekey
    except BaseException:
        with contextlib.suppress(sqlcipher.DatabaseError):
            conn.execute("PRAGMA journal_mode = WAL")
        raise
    problem = verify_rekey(path, old_key, new_key)
    if problem:
        raise RekeyFailed(problem)


def refuse_without_room(path: Path) -> None:
    """The change rewrites every page, with the old ones in a rollback journal beside the
    vault: where that cannot fit, say the disk is full before starting (a failure half-way
    would read as "busy")."""
    size = path.stat().st_size
    wal = Path(str(path) + "-wal")
    needed = size + (wal.stat().st_size if wal.exists() else 0) + (1 << 20)
    if out_of_room(path.parent, needed):
        raise StorageFull(
            "The disk is full, so the passphrase was not changed: changing it rewrites the "
            f"whole vault and needs about {-(-needed // (1 << 20))} MB free beside it. "
            "Nothing was changed; your passphrase is still the old one. Free some space and "
            "try again."
        )


def _leave_wal(conn: Connection) -> None:
    """Checkpoint everything and switch to a rollback journal, or refuse: someone is busy."""
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlcipher.OperationalError as exc:
        raise RekeyFailed(_BUSY) from exc
    if busy or str(mode).lower() != "delete":
        with contextlib.suppress(sqlcipher.DatabaseError):
            conn.execute("PRAGMA journal_mode = WAL")
        raise RekeyFailed(_BUSY)


def verify_rekey(path: Path, old_key: VaultKey, new_key: VaultKey) -> str | None:
    """Fresh connections: the new key must read the file and the old key must not."""
    try:
        check = _connect(path, new_key)
        try:
            check.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            check.close()
    except sqlcipher.DatabaseError:
        return (
            "The passphrase change could not be verified: the new passphrase does not open "
            "the vault. Your old passphrase still works."
        )
    try:
        stale = _connect(path, old_key)
        try:
            stale.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return "The old passphrase still opens the vault: the change did not take."
        finally:
            stale.close()
    except sqlcipher.DatabaseError:
        return None
