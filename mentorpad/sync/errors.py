"""What can stop a sync, in words for the mentor; each with its documented exit code."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import apsw

from mentorpad.models import files
from mentorpad.models.errors import CannotWrite, StorageFull, TargetExists, VaultError
from mentorpad.models.lockfile import read_only_message


class SyncFolderProblem(VaultError):
    """The folder is missing, or holds another vault's data."""

    exit_code = 14
    title = "The sync folder cannot be used"


class SyncBaseOccupied(TargetExists):
    """Something that is not ours is at the name of the vault's sync record (exit 9): it is
    left alone, and the mentor is told to remove it (there is no other name to choose)."""


class VaultInSyncFolder(SyncFolderProblem):
    """The vault file is inside the sync folder: the sync tool would carry the vault file
    itself, the very thing sync exists to avoid (a copy without its -wal, two writers)."""


class PassphraseChangedElsewhere(VaultError):
    """Newer journals in the folder use a passphrase this device does not have yet."""

    exit_code = 15
    title = "The passphrase was changed on another device"


class DeviceClash(VaultError):
    """Another copy of this vault publishes under this device's identity."""

    exit_code = 16
    title = "This vault was copied to another computer"


SYNC_ACTION = "sync the vault"


@contextlib.contextmanager
def disk_errors(vault_path: Path) -> Iterator[None]:
    """SQLite's errors about the disk (full, read-only, failing) in words, with their exit
    codes: a sync is one transaction, so whatever failed, the vault was not changed. A full
    disk or a per-file size limit surfaces from SQLite only as a generic I/O error."""
    try:
        yield
    except (apsw.FullError, apsw.IOError) as exc:
        needed = max(_size(vault_path), ROOM_TO_SYNC)
        if isinstance(exc, apsw.FullError) or files.out_of_room(vault_path.parent, needed):
            raise StorageFull(
                f"The disk is full, so mentorpad could not {SYNC_ACTION}. Free some space and "
                "try again; the vault was not changed."
            ) from exc
        raise CannotWrite(
            f"{vault_path} could not be written ({exc}); nothing was left behind.",
            path=vault_path,
            reason="other",
        ) from exc
    except apsw.ReadOnlyError as exc:
        raise CannotWrite(
            read_only_message(vault_path), path=vault_path, reason="read-only"
        ) from exc


def refuse_without_room(vault_path: Path) -> None:
    """Before anything is written: a sync rewrites pages of the vault and its base under a
    rollback journal, which needs room for copies of them. Without it, refuse at once."""
    needed = max(_size(vault_path) + _size(Path(str(vault_path) + ".syncbase")), ROOM_TO_SYNC)
    if files.out_of_room(vault_path.parent, needed):
        raise StorageFull(
            f"The disk is full, so mentorpad could not {SYNC_ACTION}. Free some space and "
            "try again; the vault was not changed."
        )


#: The room a sync needs beside the vault (its rollback journal and the base's) at least.
ROOM_TO_SYNC = 1 << 20


def _size(path: Path) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
