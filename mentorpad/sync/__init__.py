"""Encrypted sync between a mentor's devices through a folder they already sync (Dropbox,
OneDrive, Syncthing, a USB stick). Serverless and offline: only encrypted journals go to the
folder, each device writes only its own files, and the vault file never leaves the device.
docs/sync.md explains the design; engine.py holds one sync, resolve.py the conflict rules.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import Vault
from mentorpad.models.crypto import derive_key, sync_key_id
from mentorpad.models.errors import WrongPassphrase
from mentorpad.models.files import refuse_existing
from mentorpad.sync import journal as jr
from mentorpad.sync.base import base_path
from mentorpad.sync.engine import Problem, SyncReport, sync_vault
from mentorpad.sync.errors import (
    DeviceClash,
    PassphraseChangedElsewhere,
    SyncFolderProblem,
    VaultInSyncFolder,
)
from mentorpad.sync.folder import refuse_vault_inside

__all__ = [
    "DeviceClash",
    "PassphraseChangedElsewhere",
    "Problem",
    "SyncFolderProblem",
    "SyncReport",
    "VaultInSyncFolder",
    "base_path",
    "join_folder",
    "newest_header",
    "sync_vault",
]


def newest_header(folder: Path) -> jr.Header:
    """The header of the folder's newest readable journal: its salt and key id say which
    passphrase a joining device needs."""
    if not Path(folder).is_dir():
        raise SyncFolderProblem(f"The sync folder {folder} is not there.")
    headers = []
    for _device, path in jr.journal_files(Path(folder)):
        try:
            header, _prefix, _offset = jr.read_header(path.read_bytes())
        except (OSError, jr.JournalProblem):
            continue
        headers.append(header)
    if not headers:
        raise SyncFolderProblem(
            f"{folder} holds no mentorpad sync data yet: set up sync on the computer that "
            "has the vault first (File > Sync Folder…, or mentorpad sync)."
        )
    vaults = {h.vault for h in headers}
    if len(vaults) > 1:
        raise SyncFolderProblem(f"{folder} holds the sync data of more than one vault.")
    return max(headers, key=lambda h: h.hlc)


def join_folder(
    folder: Path,
    vault_path: Path,
    passphrase: str,
    *,
    device_name: str = "",
    clock: Clock = SYSTEM_CLOCK,
) -> SyncReport:
    """A new vault on this device from what `folder` holds, with the same passphrase.

    Refuses an existing `vault_path` (exit 9). The new vault shares the original's KDF
    salt, so the passphrase gives the same key on every device, and remembers `folder` as
    its sync folder. If the sync fails, the new (still empty) vault is removed again; if the
    process is killed, the next sync of the new vault finishes the join.
    """
    vault_path = Path(vault_path)
    refuse_existing(vault_path, "vault")
    if Path(folder).is_dir():
        refuse_vault_inside(vault_path, Path(folder))
    header = newest_header(folder)
    key = derive_key(passphrase, bytes.fromhex(header.salt), header.kdf_iter)
    if sync_key_id(key) != header.key:
        raise WrongPassphrase(
            "That passphrase does not open the journals in this folder (the newest were "
            "written with another one). Use the passphrase of your vault on the other device."
        )
    with Vault.create(vault_path, key=key) as vault:  # the app syncs it with this folder
        vault.set_setting("sync_dir", os.path.abspath(folder))  # a device setting
    made = os.stat(vault_path)
    try:
        return sync_vault(
            vault_path, key, folder, device_name=device_name, clock=clock, joining=True
        )
    except BaseException:
        _remove_if_ours(vault_path, made)
        raise


def _remove_if_ours(path: Path, made: os.stat_result) -> None:
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return
    if (now.st_dev, now.st_ino) == (made.st_dev, made.st_ino):
        for suffix in ("", "-journal", "-wal", "-shm", ".syncbase", ".syncbase-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(path) + suffix)
