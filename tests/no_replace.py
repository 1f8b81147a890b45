"""Destinations of every kind, and proof that a refused write left them exactly as they were.

Shared by the CLI matrix (tests/test_no_replace.py) and the GUI one
(tests/ui/test_no_replace_gui.py).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Every kind of thing that can already be at a name.
KINDS = ("file", "link", "dangling", "fifo", "folder", "device")
PRECIOUS = b"the mentor's own file: must survive byte for byte\n"


def make_kind(path: Path, kind: str) -> Path:
    """Put `kind` at `path` and return the path to write to (the device is /dev/null: a
    device node cannot be made in a test folder without privileges)."""
    if kind == "file":
        path.write_bytes(PRECIOUS)
    elif kind == "link":
        target = path.with_name(path.name + ".target")
        target.write_bytes(PRECIOUS)
        path.symlink_to(target)
    elif kind == "dangling":
        path.symlink_to(path.with_name(path.name + ".nowhere"))
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
        (path / "inside.txt").write_bytes(PRECIOUS)
    elif kind == "device":
        return Path(os.devnull)
    else:  # pragma: no cover
        raise ValueError(kind)
    return path


@dataclass(frozen=True)
class Snapshot:
    """Everything observable about a name and its folder, without following links."""

    kind: int
    content: object
    folder: tuple[str, ...]


def snapshot(path: Path) -> Snapshot:
    info = os.lstat(path)
    mode = stat.S_IFMT(info.st_mode)
    content: object
    if stat.S_ISLNK(info.st_mode):
        target = Path(os.readlink(path))
        target = target if target.is_absolute() else path.parent / target
        content = (str(os.readlink(path)), target.read_bytes() if target.exists() else None)
    elif stat.S_ISREG(info.st_mode):
        content = path.read_bytes()
    elif stat.S_ISDIR(info.st_mode):
        content = tuple(sorted((p.name, p.read_bytes()) for p in path.iterdir()))
    else:
        content = (info.st_rdev, info.st_ino)
    folder = tuple(sorted(os.listdir(path.parent))) if path.parent != Path("/dev") else ()
    return Snapshot(mode, content, folder)


def temps_in(folder: Path) -> list[str]:
    """Anything of ours that looks like a temporary (current or earlier naming)."""
    return sorted(
        name
        for name in os.listdir(folder)
        if name.startswith(".mentorpad-") or name.endswith((".tmp", ".restore"))
    )


_FS_IOC_GETFLAGS = 0x80086601
_FS_IOC_SETFLAGS = 0x40086602
_FS_IMMUTABLE_FL = 0x10


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[Path]:
    """A folder nobody may create files in. chmod stops a normal user; root ignores modes,
    so for root the folder is made immutable (ext4, xfs, btrfs) instead."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        (flags,) = struct.unpack("l", fcntl.ioctl(fd, _FS_IOC_GETFLAGS, struct.pack("l", 0)))
        fcntl.ioctl(fd, _FS_IOC_SETFLAGS, struct.pack("l", flags | _FS_IMMUTABLE_FL))
        try:
            yield folder
        finally:
            fcntl.ioctl(fd, _FS_IOC_SETFLAGS, struct.pack("l", flags))
    finally:
        os.close(fd)


@contextlib.contextmanager
def files_limited_to(limit: int) -> Iterator[None]:
    """In this process, the disk is "full" after `limit` bytes per file until the block
    ends (RLIMIT_FSIZE, EFBIG instead of SIGXFSZ)."""
    import resource
    import signal

    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)


def file_size_limit(limit: int) -> None:
    """preexec_fn: the disk is "full" after `limit` bytes per file (RLIMIT_FSIZE, EFBIG)."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
