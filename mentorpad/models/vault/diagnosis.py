"""What is wrong, in words for the mentor: cheap checks before the key derivation, the
real cause behind SQLCipher's "not a database", and the user's environment (disk full,
read-only, damage) told apart from our bugs."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models import files, paths
from mentorpad.models.crypto import PAGE_SIZE, SALT_BYTES, VaultKey, verify_pages
from mentorpad.models.errors import (
    NotAVault,
    StorageFull,
    VaultCorrupted,
    VaultError,
    VaultFromNewerVersion,
    VaultNotFound,
    VaultTruncated,
    WrongPassphrase,
)
from mentorpad.models.schema import APPLICATION_ID, SCHEMA_VERSION
from mentorpad.models.vault.connection import Connection

_SQLITE_HEADER = b"SQLite format 3\x00"
_DIAGNOSE_PAGES = 64


@contextlib.contextmanager
def translate_errors(action: str) -> Iterator[None]:
    """Turn the user's environment (disk full, read-only, damage) into typed errors.

    Anything else is our bug and propagates unchanged, like qutebrowser's sql error split.
    """
    try:
        yield
    except sqlcipher.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        name = getattr(exc, "sqlite_errorname", "") or ""
        if code == 13 or name.startswith("SQLITE_FULL"):
            raise StorageFull(
                f"The disk is full, so mentorpad could not {action}. Your text is still on "
                "screen: free some space and it will be saved."
            ) from exc
        if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_IOERR"):
            raise VaultError(
                f"mentorpad could not {action}: the vault file could not be written "
                f"({exc}). Your text is still on screen."
            ) from exc
        if name.startswith("SQLITE_CORRUPT") or name.startswith("SQLITE_NOTADB"):
            raise VaultCorrupted(
                f"mentorpad could not {action} because the vault file is damaged. "
                "Restore a backup (File > Restore from backup)."
            ) from exc
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StorageFull(
                f"The disk is full, so mentorpad could not {action}. Free some space and try again."
            ) from exc
        raise


def preflight(path: Path) -> bytes:
    """Cheap checks before the slow key derivation; returns the file's salt.

    Never creates anything: a missing path is an error, not an invitation. Never follows a
    symbolic link and never opens a FIFO or a device (reading one would block or never end).
    """
    kind = files.existing_kind(path)
    if kind is None:
        raise VaultNotFound(f"There is no vault at {path}.")
    if kind == "folder":
        raise NotAVault(f"{path} is a folder, not a vault file.")
    if kind != "file":
        raise NotAVault(
            f"{path} is {files.KIND_WORDS[kind]}, not a vault file. mentorpad opens and "
            "writes vaults only directly, never through a link or a special file: open the "
            "vault file itself."
        )
    check_sidecars(path)
    size = path.stat().st_size
    if size == 0:
        raise NotAVault(
            "This file is empty (0 bytes): it is not a mentorpad vault. If it should be your "
            "vault, it was emptied by something outside mentorpad: restore a backup."
        )
    with path.open("rb") as handle:
        head = handle.read(SALT_BYTES)
    if head == _SQLITE_HEADER:
        raise NotAVault(
            "This is an ordinary, unencrypted SQLite database, not a mentorpad vault. "
            "mentorpad never stores notes unencrypted."
        )
    if size < PAGE_SIZE:
        raise NotAVault(
            "This file is too small to be a mentorpad vault. If it should be your vault, it "
            "was cut short: restore a backup."
        )
    return head


def check_sidecars(path: Path) -> None:
    """SQLite writes `-wal`/`-shm`/`-journal` beside the vault and we lock `.lock`: anything
    but a regular file under those names (a planted link) is refused, never written through."""
    for suffix in (*paths.SIDECARS, ".lock"):
        side = Path(str(path) + suffix)
        kind = files.existing_kind(side)
        if kind not in (None, "file"):
            raise NotAVault(
                f"{side} is {files.KIND_WORDS[kind]}. mentorpad writes that file itself beside "
                "the vault and never through a link or a special file: remove it, then try "
                "again."
            )


def _diagnose_unreadable(path: Path, key: VaultKey) -> VaultError:
    """SQLCipher says only 'not a database': page HMACs tell us which failure it really is."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(_DIAGNOSE_PAGES * PAGE_SIZE)
    report = verify_pages(head, key)
    if size % PAGE_SIZE:
        if report.any_good:
            return VaultTruncated(
                "The vault file is incomplete: it ends part-way through a page, as after an "
                "interrupted copy. Restore a backup; this file has not been changed."
            )
        return NotAVault(
            "This file is not a mentorpad vault (its size does not fit the format). If it "
            "should be your vault, restore a backup."
        )
    if report.any_good and 1 in report.bad:
        return VaultCorrupted(
            "The passphrase is right, but the start of the vault file is damaged (page 1 "
            "fails its check), so it cannot be opened. Restore a backup; this file has not "
            "been changed."
        )
    if report.bad and report.any_good:
        return VaultCorrupted(
            f"The passphrase is right, but {len(report.bad)} page(s) of the vault are damaged, "
            "so it cannot be opened. Restore a backup; this file has not been changed."
        )
    if report.any_good:
        return VaultTruncated(
            "The vault file is incomplete: its pages are intact but some are missing from "
            "its end, as after an interrupted copy. Restore a backup; this file has not been "
            "changed."
        )
    return WrongPassphrase(
        "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
        "then try again. (If you are sure it is right, the file's header may be damaged: a "
        "backup will open.)"
    )


def _application_checks(conn: Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise NotAVault(
            "This is an encrypted database, but not one made by mentorpad, so it was left "
            "untouched."
        )
    if version > SCHEMA_VERSION:
        raise VaultFromNewerVersion(
            f"This vault was written by a newer mentorpad (data format {version}; this "
            f"version knows up to {SCHEMA_VERSION}). Update mentorpad to open it: nothing "
            "in the file was changed."
        )
    wal = Path(str(path) + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        expected = int(conn.execute("PRAGMA page_count").fetchone()[0]) * PAGE_SIZE
        if expected > path.stat().st_size:
            raise VaultTruncated(
                "The vault file is incomplete: pages are missing from its end, as after an "
                "interrupted copy. Restore a backup; this file has not been changed."
            )
    return version
