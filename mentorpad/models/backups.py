"""Rotating, verified backups in a folder of the mentor's choosing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mentorpad.models.vault import Vault

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
