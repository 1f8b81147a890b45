"""Where mentorpad keeps things, and how files are made private.

platformdirs only (Qt's own data location differs): one answer for the GUI, the CLI and tests.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import platformdirs

from mentorpad import APP_NAME
from mentorpad.models.errors import CannotWrite

VAULT_FILENAME = "mentorpad.vault"
SIDECARS = ("-wal", "-shm", "-journal")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def default_vault_path() -> Path:
    return data_dir() / VAULT_FILENAME


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def make_private_dir(path: Path) -> Path:
    """Create a folder (and missing parents) as 0700; an existing folder is the user's choice.

    On Windows the user profile's ACL already keeps other users out.
    """
    missing = [p for p in (path, *path.parents) if not p.exists()]
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except (FileExistsError, NotADirectoryError) as exc:  # a file or a dead link is there
        raise CannotWrite(
            f"{path} is not a folder, so nothing can be saved in it.",
            path=path,
            reason="not-a-folder",
        ) from exc
    except PermissionError as exc:
        raise CannotWrite(
            f"mentorpad may not write in {path.parent} ({exc.strerror}). Choose a folder you "
            "can write to; nothing was written.",
            path=path.parent,
            reason="no-permission",
        ) from exc
    if sys.platform != "win32":
        for created in missing:
            os.chmod(created, 0o700)
    return path


def make_private_file(path: Path) -> None:
    if sys.platform != "win32" and path.exists():
        os.chmod(path, 0o600)


def secure_vault_files(vault: Path) -> None:
    """0600 on the vault and whichever SQLite sidecars exist right now."""
    for suffix in ("", *SIDECARS):
        make_private_file(Path(str(vault) + suffix))


def fsync_dir(path: Path) -> None:
    """Make a rename durable. Directories cannot be opened on Windows; NTFS journals renames."""
    if sys.platform == "win32":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
