"""What can stop a sync, in words for the mentor; each with its documented exit code."""

from __future__ import annotations

from mentorpad.models.errors import VaultError


class SyncFolderProblem(VaultError):
    """The folder is missing, or holds another vault's data."""

    exit_code = 14
    title = "The sync folder cannot be used"


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
