"""What already occupies a name (never following a link), refusing it, and OS errors in
words for the mentor."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from mentorpad.models.errors import CannotWrite, StorageFull, TargetExists

_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)

#: What can occupy a name, as `existing_kind` reports it, in words for the CLI.
KIND_WORDS = {
    "file": "a file",
    "link": "a symbolic link",
    "dangling-link": "a symbolic link to nothing",
    "folder": "a folder",
    "fifo": "a named pipe, FIFO",
    "device": "a device",
    "socket": "a socket",
}


def existing_kind(path: Path) -> str | None:
    """What already occupies `path` (a key of KIND_WORDS), or None if the name is free. Never
    follows a symbolic link: a dangling link occupies its name as much as a file does. A name
    that cannot even be looked at raises the VaultError os_error gives (never a bare OSError:
    every caller explains VaultErrors)."""
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:  # a name too long, a folder that may not be searched: say so
        raise os_error(exc, path) from exc
    if stat.S_ISLNK(mode):
        return "link" if os.path.exists(path) else "dangling-link"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "file"


def describe_existing(path: Path) -> str | None:
    """existing_kind in English words."""
    kind = existing_kind(path)
    return None if kind is None else KIND_WORDS[kind]


def refuse_existing(path: Path, what: str = "file") -> None:
    """Raise TargetExists (exit 9) if anything at all is at `path`."""
    kind = existing_kind(path)
    if kind is not None:
        raise TargetExists(
            f"{path} already exists (it is {KIND_WORDS[kind]}). mentorpad never overwrites or "
            f"writes through anything that is already there: choose another name for the "
            f"{what}.",
            path=path,
            kind=kind,
        )


def check_folder(folder: Path) -> None:
    """The destination folder must exist and be a folder (a link to one is fine)."""
    try:
        is_dir, there = folder.is_dir(), folder.exists()
    except OSError as exc:  # a path too long to look up, say (pathlib raises, not False)
        raise os_error(exc, folder) from exc
    if not is_dir:
        if there:
            raise CannotWrite(
                f"{folder} is not a folder, so nothing can be saved in it.",
                path=folder,
                reason="not-a-folder",
            )
        raise CannotWrite(
            f"The folder {folder} does not exist; nothing was written.",
            path=folder,
            reason="no-folder",
        )


def os_error(exc: OSError, dest: Path) -> Exception:
    """The user's environment in words (disk full, no permission, name taken)."""
    if exc.errno in _FULL:
        return StorageFull(
            f"The disk is full, so {dest.name} could not be written. Free some space and try "
            "again; nothing was left behind."
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return CannotWrite(
            f"mentorpad may not write in {dest.parent} ({exc.strerror}). Choose a folder you "
            "can write to; nothing was written.",
            path=dest.parent,
            reason="no-permission",
        )
    if exc.errno == errno.ENAMETOOLONG:
        return CannotWrite(
            f"The name {dest.name} or the folders before it are too long for this disk. Choose "
            "a shorter name or a folder nearer the top; nothing was written.",
            path=dest,
            reason="name-too-long",
        )
    if exc.errno == errno.EEXIST:
        return TargetExists(
            f"{dest} already exists. mentorpad never overwrites or writes through anything "
            "that is already there: choose another name.",
            path=dest,
            kind=existing_kind(dest) or "file",
        )
    return CannotWrite(
        f"{dest} could not be written ({exc.strerror or exc}); nothing was left behind.",
        path=dest,
        reason="other",
    )
