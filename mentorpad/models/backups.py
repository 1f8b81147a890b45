"""Rotating, verified backups of each vault, and restoring one in place of the vault.

Every vault has its own backups, even in a shared folder: their names carry the vault's
backup id (from its salt), and a file counts as one of them only if it also starts with the
vault's salt and is a regular file of whole pages. Rotation deletes only those, so a second
vault (or the demo) in the same folder never touches another vault's backups. Backups named
before the id existed (`mentorpad-backup-<time>.vault`) still count when their salt matches.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import files, paths
from mentorpad.models.crypto import PAGE_SIZE, SALT_BYTES, VaultKey
from mentorpad.models.errors import TargetExists, VaultError, VaultExists
from mentorpad.models.lockfile import ProcessLock
from mentorpad.models.vault import (
    Vault,
    backup_file_name,
    backup_id,
    check_sidecars,
    preflight,
    translate_errors,
)

DEFAULT_KEEP = 10
#: The sync base beside a vault (mentorpad/sync/base.py) belongs to that vault's content:
#: it goes with the kept copy, and the restored vault starts its sync over.
SYNC_BASE_SUFFIX = ".syncbase"
_NAME = re.compile(
    r"^mentorpad-backup-(?:(?P<id>[0-9a-f]{16})-)?"
    r"(?P<stamp>\d{8}-\d{6}-\d{6})\.vault$"
)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


@dataclass(frozen=True)
class Backup:
    """One backup file of a vault, as the restore list shows it."""

    path: Path
    made: dt.datetime
    size: int


def is_our_backup(path: Path, salt: bytes) -> bool:
    """A backup of the vault with this salt: our name pattern (with this vault's id, or the
    older name without one), a regular file (never a link: opened without following one),
    whole pages, and the vault's salt as its first bytes."""
    return _identity(path, salt) is not None


def _identity(path: Path, salt: bytes) -> tuple[int, int] | None:
    """(device, inode) of a verified backup of this vault, else None."""
    match = _NAME.fullmatch(path.name)
    if match is None or match.group("id") not in (None, backup_id(salt)):
        return None
    try:
        fd = os.open(path, os.O_RDONLY | _O_NOFOLLOW | _O_BINARY)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size < PAGE_SIZE or info.st_size % PAGE_SIZE:
            return None
        if os.read(fd, SALT_BYTES) != salt:
            return None
        return (info.st_dev, info.st_ino)
    except OSError:
        return None
    finally:
        os.close(fd)


def _made(name: str) -> dt.datetime | None:
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None


def list_backups(folder: Path, salt: bytes | None = None) -> list[Path]:
    """Newest first: the backups of the vault with `salt` in `folder`; without a salt, every
    regular file of our naming (a vault whose salt cannot be read any more)."""
    return [backup.path for backup in backups_of(folder, salt)]


def backups_of(folder: Path, salt: bytes | None = None) -> list[Backup]:
    """list_backups with the time each was made (from its name) and its size."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        made = _made(name)
        path = Path(folder) / name
        if made is None:
            continue
        if salt is not None and not is_our_backup(path, salt):
            continue
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            found.append(Backup(path, made, info.st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def write_rotating_backup(
    vault: Vault, folder: Path, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path:
    """Write a verified backup named for this vault, then delete this vault's oldest beyond
    `keep` (never the new one, never a file that is not a verified backup of this vault)."""
    paths.make_private_dir(folder)
    files.clean_stale_temps([folder])
    salt = vault.key.salt
    dest = vault.backup_to(folder / backup_file_name(now, salt=salt))
    for old in list_backups(folder, salt)[max(keep, 1) :]:
        if old != dest:
            _remove_backup(old, salt)
    return dest


def _remove_backup(path: Path, salt: bytes) -> None:
    """Unlink only the very file that was verified (a name swapped in meanwhile is kept)."""
    verified = _identity(path, salt)
    try:
        now = os.lstat(path)
    except OSError:
        return
    if verified is not None and verified == (now.st_dev, now.st_ino):
        path.unlink(missing_ok=True)


# -- restore ----------------------------------------------------------------------------------


def kept_copy_name(vault_path: Path, now: dt.datetime | None = None, number: int = 1) -> Path:
    """`<stem>.before-restore-<stamp><suffix>`, `-2`, `-3`… for later numbers."""
    stamp = (now or SYSTEM_CLOCK.now()).strftime("%Y%m%d-%H%M%S")  # the app passes its own
    base = f"{vault_path.stem}.before-restore-{stamp}" + (f"-{number}" if number > 1 else "")
    return vault_path.with_name(base + vault_path.suffix)


def _occupied(path: Path) -> bool:
    return any(
        files.existing_kind(Path(str(path) + suffix)) is not None
        for suffix in ("", *paths.SIDECARS, SYNC_BASE_SUFFIX)
    )


def check_restore_target(backup: Path, vault_path: Path) -> None:
    """Before anything is asked or locked: the vault path must be a vault file (or free),
    never a link or a special file, and not the backup itself."""
    kind = files.existing_kind(vault_path)
    if kind not in (None, "file"):
        raise TargetExists(
            f"{vault_path} is {files.KIND_WORDS[kind]}, not a vault file: nothing was restored "
            "and it was left alone. Choose a vault file (or a free name) to restore to.",
            path=vault_path,
            kind=kind,
        )
    if kind is not None:
        check_sidecars(vault_path)
        if os.path.samefile(backup, vault_path):
            raise VaultExists("That backup is the vault itself; choose a backup file.")


def restore_backup(
    backup: Path,
    vault_path: Path,
    *,
    passphrase: str | None = None,
    key: VaultKey | None = None,
    lock: ProcessLock | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> Path | None:
    """Put a verified backup in place of the vault; the current vault is kept, never replaced.

    The backup is copied beside the vault and the copy opened and fully checked with the
    given passphrase first (the backup file itself is only read). The current vault (if any)
    is renamed, with its sidecars, to a free `<name>.before-restore-<stamp>.vault` beside it
    without replacing anything, and that path is returned; the verified copy then takes the
    freed name. All of it under the vault's lock (`lock`, held by the caller, or taken here):
    a vault open in this or another process is refused (VaultInUse), never swapped under it.
    """
    backup, vault_path = Path(backup), Path(vault_path)
    preflight(backup)
    check_restore_target(backup, vault_path)
    own = lock is None
    held = lock if lock is not None else ProcessLock(vault_path)
    if own:
        held.acquire()
    try:
        paths.make_private_dir(vault_path.parent)
        files.check_folder(vault_path.parent)
        # The backup itself is only read (SQLite never opens it, so nothing is written beside
        # it); the copy is what gets opened with the passphrase and checked page by page.
        try:
            return _restore_through_temp(backup, vault_path, passphrase, key, clock)
        except OSError as exc:
            raise files.os_error(exc, vault_path) from exc
    finally:
        if own:
            held.release()


def _restore_through_temp(
    backup: Path, vault_path: Path, passphrase: str | None, key: VaultKey | None, clock: Clock
) -> Path | None:
    with translate_errors("restore the backup"), files.staged_temp(vault_path.parent) as tmp:
        _copy_into(backup, tmp)
        with Vault.open(tmp, passphrase, key=key) as copy:
            report = copy.check_integrity()
            if report.ok:
                # Synced vaults: the restored content is older than what was sent since, so
                # its next sync starts over (mentorpad/sync/engine.py) instead of sending it.
                with copy.transaction("restore the backup") as conn:
                    conn.execute(
                        "INSERT INTO sync_state(key, value) VALUES ('fresh_start', '1') "
                        "ON CONFLICT(key) DO UPDATE SET value = '1'"
                    )
        if not report.ok:
            raise VaultError("This backup is damaged too: " + report.verdict())
        kept: Path | None = None
        if files.existing_kind(vault_path) is not None:
            kept = _keep_current(vault_path, clock.now())
        _refuse_leftover_sidecars(vault_path, kept)
        files.remove_temp_sidecars(tmp)
        files.link_noreplace(tmp, vault_path)
        paths.fsync_dir(vault_path.parent)
    return kept


def _keep_current(vault_path: Path, now: dt.datetime) -> Path:
    """Move the vault and its sidecars to the first free kept name. Every move is a
    no-replace link: a name taken meanwhile (by anything) is skipped, never replaced, and a
    half-moved set is moved back before the next name is tried."""
    for number in itertools.count(1):
        candidate = kept_copy_name(vault_path, now, number)
        if _occupied(candidate):
            continue
        try:
            files.link_noreplace(vault_path, candidate)
        except FileExistsError:
            continue
        moved = [""]
        try:
            for suffix in (*paths.SIDECARS, SYNC_BASE_SUFFIX):
                if files.existing_kind(Path(str(vault_path) + suffix)) is not None:
                    files.link_noreplace(
                        Path(str(vault_path) + suffix), Path(str(candidate) + suffix)
                    )
                    moved.append(suffix)
        except FileExistsError:
            for suffix in reversed(moved):
                files.link_noreplace(Path(str(candidate) + suffix), Path(str(vault_path) + suffix))
            continue
        return candidate
    raise AssertionError("unreachable")  # pragma: no cover


def _refuse_leftover_sidecars(vault_path: Path, kept: Path | None) -> None:
    """A -wal left at the vault's name would be replayed into the restored file: refuse."""
    for suffix in paths.SIDECARS:
        side = Path(str(vault_path) + suffix)
        if files.existing_kind(side) is not None:
            where = f" The previous vault is kept at {kept}." if kept else ""
            raise VaultError(
                f"{side} is still there (something wrote it during the restore), so the "
                f"backup was not put in place.{where} Close every program that uses the "
                "vault, then restore again."
            )


def _copy_into(source: Path, tmp: Path) -> None:
    """Byte copy into our (empty, exclusive) temp file, fsynced."""
    with source.open("rb") as reader, tmp.open("r+b") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)
        writer.flush()
        os.fsync(writer.fileno())
