"""Giving a finished file its name without replacing anything there: `link()`, else a
no-replace rename, else an exclusive copy; and fsyncing the folder afterwards."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import sys
from pathlib import Path

from mentorpad.models.files.temps import _O_BINARY, _O_CLOEXEC, _O_NOFOLLOW

_NO_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EMLINK, errno.EXDEV)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover
        return None


def rename_noreplace(src: Path, dest: Path) -> None:
    """Rename that fails with FileExistsError if `dest` exists in any form."""
    if sys.platform == "win32":
        os.rename(src, dest)  # MoveFileEx without REPLACE_EXISTING: never replaces
        return
    libc = _libc()
    result = -1
    err = errno.ENOSYS
    if libc is not None and sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_noreplace_flag = -100, 1
        result = libc.renameat2(
            at_fdcwd, os.fsencode(src), at_fdcwd, os.fsencode(dest), rename_noreplace_flag
        )
        err = ctypes.get_errno()
    elif libc is not None and sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        result = libc.renamex_np(os.fsencode(src), os.fsencode(dest), 0x00000004)  # RENAME_EXCL
        err = ctypes.get_errno()
    if result == 0:
        return
    if err == errno.EEXIST:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(dest))
    if err not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        raise OSError(err, os.strerror(err), str(dest))
    _copy_exclusive(src, dest)
    os.unlink(src)


def _copy_exclusive(src: Path, dest: Path) -> None:
    """Last resort on file systems with neither hard links nor a no-replace rename: create
    `dest` exclusively (fails on anything there) and copy into it."""
    fd = os.open(
        dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY, 0o600
    )
    try:
        with open(src, "rb") as source:
            while chunk := source.read(1 << 20):
                os.write(fd, chunk)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(dest)
        raise
    os.close(fd)


def link_noreplace(src: Path, dest: Path) -> None:
    """Give `src` the name `dest`, failing if anything is there; `src` is gone afterwards."""
    try:
        os.link(src, dest)  # linkat(2): fails with EEXIST on anything at dest, never follows it
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        rename_noreplace(src, dest)  # no hard links here (FAT, exFAT, some network shares)
        return
    os.unlink(src)


def _link_fd(fd: int, dest: Path) -> bool:
    """linkat(2) an O_TMPFILE into place through its /proc magic link (AT_SYMLINK_FOLLOW;
    os.link would link the magic link itself). EEXIST on anything at dest."""
    libc = _libc()
    if libc is None or not hasattr(libc, "linkat"):
        return False
    at_fdcwd, at_symlink_follow = -100, 0x400
    source = os.fsencode(f"/proc/self/fd/{fd}")
    if libc.linkat(at_fdcwd, source, at_fdcwd, os.fsencode(dest), at_symlink_follow) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOENT, errno.EXDEV, errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS):
        return False  # no /proc here, or no links on this file system: use a named temp
    raise OSError(err, os.strerror(err), str(dest))
