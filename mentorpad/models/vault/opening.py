"""Opening a vault without writing to it until it is known to be ours, readable and whole.

SQLite writes on the way in and on the way out: the last connection to close folds a leftover
`-wal` into the main file, so a wrong passphrase tried on a vault whose writer was killed would
change it. So the key is first proven on the file's page HMACs (no SQLite at all), then the
format and version are read on a read-only connection; only then is the file opened for
writing. A check (and every read on read-only media) stays read-only throughout.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models import paths
from mentorpad.models.crypto import PAGE_SIZE, VaultKey, verify_file, verify_pages
from mentorpad.models.errors import CannotWrite, StorageFull, VaultError
from mentorpad.models.files import out_of_room
from mentorpad.models.lockfile import read_only_message
from mentorpad.models.vault.connection import Connection, _configure, _connect, _migrate
from mentorpad.models.vault.diagnosis import (
    _application_checks,
    _diagnose_unreadable,
    translate_errors,
)
from mentorpad.models.vault.sync_journal import roll_back_sync_journal, super_journal_of

_PROOF_PAGES = 64
#: What SQLite needs beside a vault to open it for writing: the -shm index and a first -wal.
ROOM_TO_OPEN = 1 << 20


def open_connection(path: Path, key: VaultKey, *, read_only: bool) -> tuple[Connection, bool]:
    """The connection of an unlocked vault (the caller holds its lock), and whether it is
    read-only. Refusals leave the file, and its -wal, byte for byte as they were."""
    if has_hot_journal(path) and super_journal_of(path) is not None:
        prove_key(path, key)  # an interrupted sync's commit: undone with its own SQLite
        if not writable(path):
            raise CannotWrite(read_only_message(path), path=path, reason="read-only")
        roll_back_sync_journal(path, key)
    if has_hot_journal(path):
        if not writable(path):
            raise CannotWrite(read_only_message(path), path=path, reason="read-only")
        return _open_for_writing(path, key, None), False
    prove_key(path, key)
    version = probe(path, key)
    if read_only:
        conn = connect_read_only(path, key)
        _configure(conn, read_only=True)
        return conn, True
    if not writable(path):
        raise CannotWrite(read_only_message(path), path=path, reason="read-only")
    return _open_for_writing(path, key, version), False


def _open_for_writing(path: Path, key: VaultKey, version: int | None) -> Connection:
    """Configured (WAL) and migrated; `version` None: not probed yet (a hot journal, which
    only this connection can roll back). A refusal (a full disk) removes the -wal and -shm
    it created, if they hold nothing: the folder is left as it was found."""
    created = [s for s in ("-wal", "-shm") if not os.path.lexists(str(path) + s)]
    conn = _connect(path, key)
    try:
        if version is None:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError as exc:
                raise unreadable(path, key, exc) from exc
            version = _application_checks(conn, path)
        try:
            with translate_errors("open the vault"):
                _configure(conn)
                _migrate(conn, version)
        except VaultError as exc:
            cause = exc.__cause__
            if isinstance(cause, sqlcipher.DatabaseError):
                environment = environment_error(path, key, cause, "open the vault")
                if environment is not None:
                    raise environment from cause
            raise
    except BaseException:
        conn.close()
        _remove_empty_sidecars(path, created)
        raise
    with contextlib.suppress(OSError):  # another user's file we may write: keep its modes
        paths.secure_vault_files(path)
    return conn


def _remove_empty_sidecars(path: Path, created: list[str]) -> None:
    """The caller holds the vault's lock: no other connection can be using them. A -wal
    with frames in it is kept (it holds changes), and so is the -shm that indexes it."""
    if "-wal" in created and has_wal_frames(path):
        return
    for suffix in created:
        with contextlib.suppress(OSError):
            os.unlink(str(path) + suffix)


def has_wal_frames(path: Path) -> bool:
    try:
        return os.stat(str(path) + "-wal").st_size > 0
    except OSError:
        return False


def has_hot_journal(path: Path) -> bool:
    """A rollback journal left by an interrupted passphrase change: only a connection that
    may write can roll it back, so such a vault goes straight to SQLite as it always has."""
    try:
        return os.stat(str(path) + "-journal").st_size > 0
    except OSError:
        return False


def writable(path: Path) -> bool:
    """Whether the vault and its folder can be written (the -wal and -shm go beside it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def prove_key(path: Path, key: VaultKey) -> None:
    """A key that authenticates no page among the file's first ones is refused here, before
    SQLite could touch the file (diagnosis by page HMAC: wrong passphrase or damage)."""
    with path.open("rb") as handle:
        head = handle.read(_PROOF_PAGES * PAGE_SIZE)
    first = verify_pages(head[:PAGE_SIZE], key)
    if (first.pages and not first.bad) or verify_pages(head, key).any_good:
        return
    raise _diagnose_unreadable(path, key)


def probe(path: Path, key: VaultKey) -> int:
    """Read the format and version on a read-only connection; returns the schema version.

    Without a leftover -wal the file is opened immutable: nothing at all is created beside it.
    With one, SQLite may build its -shm index; that is removed again if the vault is refused.
    """
    shm = Path(str(path) + "-shm")
    shm_before = shm.exists()
    conn = None
    try:
        conn = connect_read_only(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise unreadable(path, key, exc) from exc
        return _application_checks(conn, path)
    except BaseException:
        if conn is not None:
            conn.close()
            conn = None
        if not shm_before:
            with contextlib.suppress(OSError):
                shm.unlink()
        raise
    finally:
        if conn is not None:
            conn.close()


def connect_read_only(path: Path, key: VaultKey) -> Connection:
    return _connect(path, key, read_only=True, immutable=not has_wal_frames(path))


def unreadable(path: Path, key: VaultKey, exc: sqlcipher.DatabaseError) -> VaultError:
    """Why SQLite could not read a vault whose key was proven: the disk, the medium, or the
    file itself (page HMACs)."""
    environment = environment_error(path, key, exc, "open the vault")
    return environment if environment is not None else _diagnose_unreadable(path, key)


def environment_error(
    path: Path, key: VaultKey, exc: sqlcipher.DatabaseError, action: str
) -> VaultError | None:
    """A full disk or read-only medium behind a SQLite error, said as such (never as damage);
    None if the error is not about the surroundings."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    full = name.startswith("SQLITE_FULL")
    if not full and name.startswith("SQLITE_IOERR"):
        full = out_of_room(path.parent, ROOM_TO_OPEN)
    if full:
        return StorageFull(disk_full_message(path, key, action))
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR")) and not writable(
        path
    ):
        if has_wal_frames(path) and not Path(str(path) + "-shm").exists():
            return CannotWrite(
                f"{path} has changes in its -wal file that were never folded in (mentorpad "
                "was stopped while it had the vault open), and it is on a read-only disk or "
                "in a folder mentorpad may not write to, so they cannot be read there. Copy "
                "the vault and its -wal file to a folder you can write to and open the copy; "
                "nothing was changed.",
                path=path,
                reason="read-only",
            )
        return CannotWrite(read_only_message(path), path=path, reason="read-only")
    return None


def disk_full_message(path: Path, key: VaultKey, action: str) -> str:
    """The disk is full; the vault itself is checked page by page so the message can say
    whether it is intact (it is, unless the full disk came with damage)."""
    try:
        report = verify_file(path, key)
    except OSError:
        report = None
    if report is not None and report.all_good:
        return (
            f"The disk is full, so mentorpad could not {action}: it needs a little free room "
            f"beside the vault for its working files. The vault itself is intact (all "
            f"{report.pages} pages verified) and was not changed. Free some space and try "
            "again."
        )
    return (
        f"The disk is full, so mentorpad could not {action}. Free some space and try again; "
        "the vault was not changed."
    )
