"""Rotating, verified backups in a folder of the mentor's choosing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from pathlib import Path

from mentorpad.models import files, paths
from mentorpad.models.crypto import PAGE_SIZE, VaultKey
from mentorpad.models.errors import TargetExists, VaultError, VaultExists
from mentorpad.models.vault import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    Vault,
    backup_file_name,
    check_sidecars,
    preflight,
    translate_errors,
)

DEFAULT_KEEP = 10
#: The sync base beside a vault (mentorpad/sync/base.py) belongs to that vault's content:
#: it goes with the kept copy, and the restored vault starts its sync over.
SYNC_BASE_SUFFIX = ".syncbase"


def is_our_backup(path: Path, salt: bytes) -> bool:
    """Rotation deletes only what it wrote: our name pattern, a regular file (not a link),
    whole pages, and the vault's own salt as its first bytes (a passphrase change keeps the
    salt, so older backups still match; anything else in the folder never does)."""
    name = path.name
    if not (name.startswith(BACKUP_PREFIX) and name.endswith(BACKUP_SUFFIX)):
        return False
    try:
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size < PAGE_SIZE or info.st_size % PAGE_SIZE:
            return False
        with path.open("rb") as handle:
            return handle.read(len(salt)) == salt
    except OSError:
        return False


def list_backups(folder: Path, salt: bytes | None = None) -> list[Path]:
    """Newest first; only files of our naming (and, given the vault's salt, our header)."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.name.startswith(BACKUP_PREFIX)
        and p.name.endswith(BACKUP_SUFFIX)
        and (is_our_backup(p, salt) if salt is not None else p.is_file() and not p.is_symlink())
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def write_rotating_backup(
    vault: Vault, folder: Path, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path:
    """Write a verified backup, then delete the oldest beyond `keep` (never the new one,
    never a file this vault did not write)."""
    paths.make_private_dir(folder)
    files.clean_stale_temps([folder])
    dest = vault.backup_to(folder / backup_file_name(now))
    for old in list_backups(folder, vault.key.salt)[max(keep, 1) :]:
        if old != dest:
            old.unlink(missing_ok=True)
    return dest


def kept_copy_name(vault_path: Path, now: dt.datetime | None = None) -> Path:
    """`<stem>.before-restore-<stamp><suffix>`, with -2, -3… if that name is taken."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    base = f"{vault_path.stem}.before-restore-{stamp}"
    candidate = vault_path.with_name(base + vault_path.suffix)
    number = 2
    while _occupied(candidate):
        candidate = vault_path.with_name(f"{base}-{number}{vault_path.suffix}")
        number += 1
    return candidate


def _occupied(path: Path) -> bool:
    return any(
        files.existing_kind(Path(str(path) + suffix)) is not None
        for suffix in ("", *paths.SIDECARS)
    )


def restore_backup(
    backup: Path, vault_path: Path, *, passphrase: str | None = None, key: VaultKey | None = None
) -> Path | None:
    """Put a verified backup in place of the vault; the current vault is kept, never replaced.

    The backup is copied beside the vault and the copy opened and fully checked with the
    given passphrase first (the backup file itself is only read). The current vault
    (if any) is renamed, with its sidecars, to `<name>.before-restore-<stamp>.vault` beside it
    without replacing anything, and that path is returned; the verified copy then takes the
    free name. Neither file may be open in this or another process, and neither may be a
    link or a special file.
    """
    backup, vault_path = Path(backup), Path(vault_path)
    preflight(backup)
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
        if backup.resolve() == vault_path.resolve():
            raise VaultExists("That backup is the vault itself; choose a backup file.")
    paths.make_private_dir(vault_path.parent)
    files.check_folder(vault_path.parent)
    # The backup itself is only read (SQLite never opens it, so nothing is written beside
    # it); the copy is what gets opened with the passphrase and checked page by page.
    try:
        return _restore_through_temp(backup, vault_path, passphrase, key)
    except OSError as exc:
        raise files.os_error(exc, vault_path) from exc


def _restore_through_temp(
    backup: Path, vault_path: Path, passphrase: str | None, key: VaultKey | None
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
            kept = kept_copy_name(vault_path)
            files.link_noreplace(vault_path, kept)
            for suffix in (*paths.SIDECARS, SYNC_BASE_SUFFIX):
                sidecar = Path(str(vault_path) + suffix)
                if sidecar.exists():
                    files.link_noreplace(sidecar, Path(str(kept) + suffix))
        files.remove_temp_sidecars(tmp)
        files.link_noreplace(tmp, vault_path)
        paths.fsync_dir(vault_path.parent)
    return kept


def _copy_into(source: Path, tmp: Path) -> None:
    """Byte copy into our (empty, exclusive) temp file, fsynced."""
    with source.open("rb") as reader, tmp.open("r+b") as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)
        writer.flush()
        os.fsync(writer.fileno())
