"""The vault settings the window's parts read: whole numbers with a fallback (a hand-edited or
older vault may hold anything), and the backup folder."""

from __future__ import annotations

from pathlib import Path

from mentorpad.models import Vault
from mentorpad.models.paths import default_backup_dir


def int_setting(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def backup_dir(vault: Vault | None) -> Path:
    """The folder chosen in the settings, else the default next to the user's data."""
    stored = vault.setting("backup_dir") if vault else None
    return Path(stored) if stored else default_backup_dir()
