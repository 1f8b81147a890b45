"""One process per vault file: OS locks, released by the OS if we crash.

A vault is one file however it is named, so the lock is keyed by the file, not by the path
as typed. Two exclusive, non-blocking locks are taken:

- `<real path>.lock` beside the vault, on the path with every link in its folders resolved
  (a folder reached through a symbolic link is the same folder). It also guards a vault on a
  shared folder used from two computers, where the OS forwards locks.
- `<device>-<inode>.lock` in this user's runtime folder, keyed by the file itself, so a hard
  link (a second name for the same file) is the same vault too.

The vault, the CLI's commands and restore all take these same locks; a second taker gets
VaultInUse (exit 8).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import warnings
from pathlib import Path
from typing import IO

from mentorpad.models.errors import CannotWrite, NotAVault, VaultInUse

_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
IN_USE_MESSAGE = (
    "This vault is open in another mentorpad window or command. Close it there (or wait "
    "for the command to finish), then try again; nothing was changed."
)


def read_only_message(path: Path) -> str:
    return (
        f"{path} is on a read-only disk or in a folder mentorpad may not write to, so it can "
        "only be read. Copy it to a folder you can write to and use the copy; nothing was "
        "changed."
    )


def lock_folder() -> Path:
    """This user's runtime folder (cleared at logout on Linux), where identity locks live."""
    import platformdirs

    from mentorpad import APP_NAME

    with warnings.catch_warnings():  # platformdirs warns when XDG_RUNTIME_DIR is unset
        warnings.simplefilter("ignore")
        return Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False)) / "locks"


class ProcessLock:
    """The vault's locks; `acquire` takes both or neither. Holds no content, only locks.

    `read_only`: the vault is only read (a check on read-only media): where the lock beside
    it cannot be created, the identity lock alone is taken.
    """

    def __init__(self, vault_path: Path, *, read_only: bool = False) -> None:
        self.vault_path = Path(vault_path)
        self.real_path = Path(os.path.realpath(self.vault_path))
        self.path = Path(str(self.real_path) + ".lock")
        self.read_only = read_only
        self._handles: list[IO[bytes]] = []
        self._identity: Path | None = None
        self._beside = False  # the lock beside the vault is held, and we may remove it

    def acquire(self) -> None:
        if self._handles:
            return
        try:
            self._lock_beside()
            identity = self._identity_path()
            if identity is not None:
                self._lock_identity(identity)
        except BaseException:
            self.release()
            raise

    def release(self) -> None:
        handles, self._handles = self._handles, []
        identity, self._identity = self._identity, None
        beside, self._beside = self._beside, False
        if sys.platform != "win32":
            # Removed while still held: a process that opened it meanwhile sees, once it has
            # the lock, that the name no longer points to its file, and starts over. The
            # lock beside the vault goes only when no vault came of it (a refused restore
            # or init to a free name): beside a vault it stays, for the programs of older
            # versions that lock it without that check.
            with contextlib.suppress(OSError):
                if identity is not None:
                    os.unlink(identity)
                if beside and not os.path.lexists(self.real_path):
                    os.unlink(self.path)
        # Closing drops each lock on every platform.
        for handle in reversed(handles):
            handle.close()

    @property
    def held(self) -> bool:
        return bool(self._handles)

    def __enter__(self) -> ProcessLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # -- the lock beside the vault -------------------------------------------------------------

    def _lock_beside(self) -> None:
        for _ in range(8):
            handle = self._open_beside()
            if handle is None:
                return
            self._lock(handle)
            if sys.platform == "win32" or _same_file(handle, self.path):
                self._beside = not self.read_only
                return
            # A refused restore removed it between our open and our lock: a dead inode.
            self._handles.remove(handle)
            handle.close()
        raise VaultInUse(IN_USE_MESSAGE)

    def _open_beside(self) -> IO[bytes] | None:
        # Never through a planted link: O_NOFOLLOW fails on one instead of creating (or
        # locking) whatever it points to.
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _O_NOFOLLOW | _O_CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno == errno.ENOTDIR:  # a file where the vault's folder should be
                folder = self.path.parent
                raise CannotWrite(
                    f"{folder} is not a folder.", path=folder, reason="not-a-folder"
                ) from exc
            if exc.errno not in _READ_ONLY_ERRNOS:
                raise NotAVault(
                    f"{self.path} is not a plain file mentorpad can lock ({exc.strerror}); "
                    "remove it, then try again."
                ) from exc
            if not self.read_only:
                raise CannotWrite(
                    read_only_message(self.vault_path), path=self.vault_path, reason="read-only"
                ) from exc
            try:  # read-only media: an existing lock file can still be locked
                return os.fdopen(os.open(self.path, os.O_RDONLY | _O_NOFOLLOW | _O_CLOEXEC), "rb")
            except OSError:
                return None
        return os.fdopen(fd, "r+b")

    def _lock(self, handle: IO[bytes]) -> None:
        try:
            if sys.platform == "win32":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise VaultInUse(IN_USE_MESSAGE) from exc
        self._handles.append(handle)

    # -- the lock keyed by the file itself ---------------------------------------------------

    def _identity_path(self) -> Path | None:
        """None where the file does not exist yet (a restore to a free name) or the system
        gives files no stable identity."""
        try:
            info = os.stat(self.real_path)
        except OSError:
            return None
        if not info.st_ino:
            return None
        return lock_folder() / f"{info.st_dev:x}-{info.st_ino:x}.lock"

    def _lock_identity(self, path: Path) -> None:
        from mentorpad.models.paths import make_private_dir

        try:
            make_private_dir(path.parent)
        except CannotWrite:
            return  # no runtime folder: the lock beside the vault still holds
        for _ in range(8):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | _O_NOFOLLOW | _O_CLOEXEC, 0o600)
            except OSError:
                return
            handle = os.fdopen(fd, "r+b")
            self._lock(handle)
            if sys.platform == "win32" or _same_file(handle, path):
                self._identity = path
                return
            # The holder removed it between our open and our lock: ours is a dead inode.
            self._handles.remove(handle)
            handle.close()
        raise VaultInUse(IN_USE_MESSAGE)


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        mine, named = os.fstat(handle.fileno()), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (mine.st_dev, mine.st_ino) == (named.st_dev, named.st_ino)
