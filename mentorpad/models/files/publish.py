"""Publishing a file: built or written at a temporary, fsynced, verified, then linked into
place; and the one in-place update, of mentorpad's own settings file."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from mentorpad.models.errors import CannotWrite, StorageFull, TargetExists
from mentorpad.models.files.destinations import (
    KIND_WORDS,
    check_folder,
    existing_kind,
    os_error,
    refuse_existing,
)
from mentorpad.models.files.noreplace import _fsync_dir, _link_fd, link_noreplace
from mentorpad.models.files.temps import (
    _O_BINARY,
    _O_CLOEXEC,
    _O_NOFOLLOW,
    _create_temp,
    clean_stale_temps,
    remove_temp,
    remove_temp_sidecars,
)


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
