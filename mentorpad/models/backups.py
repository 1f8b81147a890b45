"""Rotating, verified backups in a folder of the mentor's choosing."""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
from pathlib import Path

from mentorpad.models import paths
from mentorpad.models.crypto import VaultKey
from mentorpad.models.errors import VaultError, VaultExists
from mentorpad.models.vault import Vault, translate_errors

BACKUP_PREFIX = "mentorpad-backup-"
BACKUP_SUFFIX = ".vault"
DEFAULT_KEEP = 10


def list_backups(folder: Path) -> list[Path]:
    """Newest first; only files this module wrote (name pattern), never anything else."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.is_file() and p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def write_rotating_backup(
    vault: Vault, folder: Path, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path:
    """Write a verified backup, then delete the oldest beyond `keep` (never the new one)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    dest = vault.backup_to(folder / f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}")
    for old in list_backups(folder)[max(keep, 1) :]:
        if old != dest:
            old.unlink(missing_ok=True)
    return dest


def kept_copy_name(vault_path: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return vault_path.with_name(f"{vault_path.stem}.before-restore-{stamp}{vault_path.suffix}")


def restore_backup(
    backup: Path, vault_path: Path, *, passphrase: str | None = None, key: VaultKey | None = None
) -> Path | None:
    """Put a verified backup in place of the vault; the current vault is kept, never replaced.

    The backup is opened and fully checked with the given passphrase first. The current vault
    (if any) is renamed to `<name>.before-restore-<stamp>.vault` beside it, and that path is
    returned. Neither file may be open in this or another process.
    """
    backup, vault_path = Path(backup), Path(vault_path)
    if backup.resolve() == vault_path.resolve():
        raise VaultExists("That backup is the vault itself; choose a backup file.")
    with Vault.open(backup, passphrase, key=key) as check:
        report = check.check_integrity()
    if not report.ok:
        raise VaultError("This backup is damaged too: " + report.verdict())
    paths.make_private_dir(vault_path.parent)
    tmp = vault_path.with_name(f".{vault_path.name}.{secrets.token_hex(4)}.restore")
    kept: Path | None = None
    with translate_errors("restore the backup"):
        try:
            shutil.copyfile(backup, tmp)
            os.chmod(tmp, 0o600)
            with tmp.open("rb") as handle:
                os.fsync(handle.fileno())
            if vault_path.exists():
                kept = kept_copy_name(vault_path)
                os.replace(vault_path, kept)
                for suffix in paths.SIDECARS:
                    sidecar = Path(str(vault_path) + suffix)
                    if sidecar.exists():
                        os.replace(sidecar, Path(str(kept) + suffix))
            os.replace(tmp, vault_path)
            paths.fsync_dir(vault_path.parent)
        finally:
            paths.remove_quietly(tmp)
    return kept
