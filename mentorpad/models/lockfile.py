"""One process per vault: an OS lock on a sidecar file, released by the OS if we crash."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from mentorpad.models.errors import NotAVault, VaultInUse


class ProcessLock:
    """Exclusive advisory lock on `<vault>.lock`. Holds no content, only the lock."""

    def __init__(self, vault_path: Path) -> None:
        self.path = Path(str(vault_path) + ".lock")
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        try:
            # Never through a planted link: O_NOFOLLOW fails on one instead of creating
            # (or locking) whatever it points to.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except OSError as exc:
            raise NotAVault(
                f"{self.path} is not a plain file mentorpad can lock ({exc.strerror}); "
                "remove it, then try again."
            ) from exc
        handle = os.fdopen(fd, "r+b")
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
            raise VaultInUse(
                "This vault is already open in another mentorpad window. "
                "Switch to that window, or close it and try again."
            ) from exc
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        # Closing drops the lock on every platform. The empty file stays: unlinking it would
        # let two processes lock two different inodes of the same name.
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None
