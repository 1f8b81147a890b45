"""Temporary files of ours: `.mentorpad-<pid>-<random>.tmp` beside their destination,
created exclusively, removed with their sidecars, and cleaned up after a killed process."""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import secrets
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from mentorpad.models.errors import CannotWrite

TEMP_PREFIX = ".mentorpad-"
TEMP_SUFFIX = ".tmp"
#: SQLite may leave these beside a named temporary it wrote a database into.
TEMP_SIDECARS = ("-journal", "-wal", "-shm", ".lock")
_TEMP_NAME = re.compile(
    r"^\.mentorpad-(?P<pid>\d+)-[0-9a-f]{16}\.tmp(?:-journal|-wal|-shm|\.lock)?$"
)
# Open flags of every exclusive create and every write through a name of ours.
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


def temp_name(folder: Path) -> Path:
    """A fresh temporary name of ours in `folder`: the pid lets a later run tell it stale."""
    return folder / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(8)}{TEMP_SUFFIX}"


def _create_temp(folder: Path) -> Path:
    """Create an empty 0600 temp file exclusively (never through a link)."""
    for _ in range(16):
        tmp = temp_name(folder)
        try:
            fd = os.open(
                tmp,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY,
                0o600,
            )
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise CannotWrite(f"No temporary file could be made in {folder}.", path=folder, reason="other")


def remove_temp(tmp: Path) -> None:
    """Remove a temporary of ours and whatever SQLite left beside it."""
    for suffix in ("", *TEMP_SIDECARS):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            os.unlink(str(tmp) + suffix)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def clean_stale_temps(folders: Iterable[Path]) -> list[Path]:
    """Remove temporaries of ours left by processes that died (kill -9, power loss).

    Only names of our exact pattern, only regular files, only when their process is gone:
    nothing else in a folder the mentor chose is ever touched. Returns what was removed.
    """
    removed: list[Path] = []
    for folder in folders:
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            match = _TEMP_NAME.match(name)
            if not match or _pid_alive(int(match.group("pid"))):
                continue
            path = Path(folder) / name
            try:
                if not stat.S_ISREG(os.lstat(path).st_mode):
                    continue
                os.unlink(path)
            except OSError:
                continue
            removed.append(path)
    return removed


def remove_temp_sidecars(tmp: Path) -> None:
    for suffix in TEMP_SIDECARS:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(tmp) + suffix)


@contextlib.contextmanager
def staged_temp(folder: Path) -> Iterator[Path]:
    """A named temp of ours in `folder`, removed with its sidecars whatever happens."""
    tmp = _create_temp(folder)
    try:
        yield tmp
    finally:
        remove_temp(tmp)
