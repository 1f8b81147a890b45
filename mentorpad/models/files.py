"""The one way mentorpad publishes a file: never over, or through, anything already there.

Every file the app or the CLI creates outside the vault's own SQLite writes goes through
`publish_bytes` or `publish_built`: the content is written to a temporary file in the
destination folder, fsynced and verified, then given its name by an operation that fails if
the name exists in any form (a file, a live or dangling symbolic link, a FIFO, a device, a
folder): `link()` where the file system has hard links, else `renameat2(RENAME_NOREPLACE)`
(Linux), `renamex_np(RENAME_EXCL)` (macOS) or `rename` (Windows, which never replaces).
On Linux, plaintext is staged in an anonymous `O_TMPFILE`, so a crash leaves no name behind;
elsewhere a named temporary `.mentorpad-<pid>-<random>.tmp` is used and `clean_stale_temps`
removes those of dead processes at the next start and before every publish into a folder.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from mentorpad.models.errors import CannotWrite, StorageFull, TargetExists

TEMP_PREFIX = ".mentorpad-"
TEMP_SUFFIX = ".tmp"
#: SQLite may leave these beside a named temporary it wrote a database into.
TEMP_SIDECARS = ("-journal", "-wal", "-shm", ".lock")
_TEMP_NAME = re.compile(
    r"^\.mentorpad-(?P<pid>\d+)-[0-9a-f]{16}\.tmp(?:-journal|-wal|-shm|\.lock)?$"
)
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_NO_LINKS = (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EMLINK, errno.EXDEV)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)


# -- what is at a destination -------------------------------------------------------------


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
    follows a symbolic link: a dangling link occupies its name as much as a file does."""
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
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
    if not folder.is_dir():
        if folder.exists():
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


# -- temporary files ------------------------------------------------------------------------


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


# -- publishing -----------------------------------------------------------------------------


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


def out_of_room(folder: Path, needed: int) -> bool:
    """Whether `needed` bytes cannot fit: too little free space, or a per-file size limit
    (ulimit -f) below it. SQLite reports either only as a generic I/O error."""
    try:
        if shutil.disk_usage(folder).free < needed:
            return True
    except OSError:
        pass
    if sys.platform != "win32":
        import resource

        soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if soft != resource.RLIM_INFINITY and soft < needed:
            return True
    return False


def publish_built(
    dest: Path,
    build: Callable[[Path], None],
    *,
    verify: Callable[[Path], None] | None = None,
    what: str = "file",
    expected_size: int = 0,
) -> Path:
    """Publish a file that `build` writes at a temporary path (a SQLite backup, a new
    vault): temp in the destination folder, built, fsynced, verified, then linked into
    place without replacing anything. Nothing is left behind on any failure; a failure
    where `expected_size` bytes would not fit is reported as a full disk."""
    dest = Path(dest)
    folder = dest.parent
    check_folder(folder)
    refuse_existing(dest, what)
    clean_stale_temps([folder])
    try:
        tmp = _create_temp(folder)
    except OSError as exc:
        raise os_error(exc, dest) from exc
    try:
        try:
            build(tmp)
            remove_temp_sidecars(tmp)
            if sys.platform != "win32":
                os.chmod(tmp, 0o600)
            if verify is not None:
                verify(tmp)
            remove_temp_sidecars(tmp)
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            link_noreplace(tmp, dest)
        except OSError as exc:
            raise os_error(exc, dest) from exc
        except Exception as exc:
            if expected_size and out_of_room(folder, expected_size):
                raise StorageFull(
                    f"The disk is full, so {dest.name} could not be written. Free some space "
                    "and try again; nothing was left behind."
                ) from exc
            raise
        _fsync_dir(folder)
    finally:
        remove_temp(tmp)
    return dest


def remove_temp_sidecars(tmp: Path) -> None:
    for suffix in TEMP_SIDECARS:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(tmp) + suffix)


def publish_bytes(dest: Path, data: bytes, *, what: str = "file") -> Path:
    """Publish `data` as a new 0600 file at `dest`, read back and compared before it gets
    its name. Refuses (TargetExists, exit 9) if anything at all is at `dest`."""
    dest = Path(dest)
    folder = dest.parent
    check_folder(folder)
    refuse_existing(dest, what)
    clean_stale_temps([folder])
    try:
        if _publish_anonymous(folder, dest, data):
            _fsync_dir(folder)
            return dest
    except OSError as exc:
        raise os_error(exc, dest) from exc

    def build(tmp: Path) -> None:
        _write_all(tmp, data)

    def verify(tmp: Path) -> None:
        _verify_bytes(tmp, data)

    return publish_built(dest, build, verify=verify, what=what)


def publish_text(dest: Path, text: str, *, what: str = "file") -> Path:
    return publish_bytes(dest, text.encode("utf-8"), what=what)


def _write_all(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | _O_NOFOLLOW | _O_CLOEXEC | _O_BINARY)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _verify_bytes(path: Path, data: bytes) -> None:
    with open(path, "rb") as handle:
        written = hashlib.sha256(handle.read()).digest()
    if written != hashlib.sha256(data).digest():
        raise CannotWrite(
            f"{path.name} did not read back as written; nothing was saved.",
            path=path,
            reason="verify",
        )


def _publish_anonymous(folder: Path, dest: Path, data: bytes) -> bool:
    """Linux: stage in an O_TMPFILE (no name until it is complete), then linkat it into
    place. Returns False where the kernel or file system cannot, so a named temp is used."""
    o_tmpfile = getattr(os, "O_TMPFILE", 0)
    if not o_tmpfile or not os.path.isdir("/proc/self/fd"):
        return False
    try:
        fd = os.open(folder, o_tmpfile | os.O_RDWR | _O_CLOEXEC, 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return False
        raise
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
        os.fchmod(fd, 0o600)
        written = hashlib.sha256()
        offset = 0
        while chunk := os.pread(fd, 1 << 20, offset):
            written.update(chunk)
            offset += len(chunk)
        if written.digest() != hashlib.sha256(data).digest():
            raise CannotWrite(
                f"{dest.name} did not read back as written; nothing was saved.",
                path=dest,
                reason="verify",
            )
        if not _link_fd(fd, dest):
            return False
    finally:
        os.close(fd)
    return True


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


# -- mentorpad's own state files ------------------------------------------------------------


def replace_own_file(dest: Path, data: bytes) -> Path:
    """Settings: the one file we update in place of its previous version. Written through a
    temp of ours, fsynced, then renamed over the old one only if that is a regular file (ours
    from the last save): a link, folder or FIFO at that name is refused, never followed."""
    dest = Path(dest)
    kind = existing_kind(dest)
    if kind is None:
        return publish_bytes(dest, data, what="settings file")
    if kind != "file":
        raise TargetExists(
            f"{dest} is {KIND_WORDS[kind]}, not mentorpad's settings file; it was left alone "
            "and the settings were not saved. Remove it to let mentorpad save its settings.",
            path=dest,
            kind=kind,
        )
    folder = dest.parent
    clean_stale_temps([folder])
    tmp = _create_temp(folder)
    try:
        _write_all(tmp, data)
        _verify_bytes(tmp, data)
        os.replace(tmp, dest)  # the old settings file is ours: replacing it is the update
        _fsync_dir(folder)
    except OSError as exc:
        raise os_error(exc, dest) from exc
    finally:
        remove_temp(tmp)
    return dest


@contextlib.contextmanager
def staged_temp(folder: Path) -> Iterator[Path]:
    """A named temp of ours in `folder`, removed with its sidecars whatever happens."""
    tmp = _create_temp(folder)
    try:
        yield tmp
    finally:
        remove_temp(tmp)
