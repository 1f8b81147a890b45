"""Typed vault errors: the UI and CLI show these to the mentor; bare sqlite errors never escape.

Each error carries a plain-words `user_message` so every caller explains the same problem the
same way, and an `exit_code` the CLI returns (documented in `mentorpad --help`).
"""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """Base for everything that can go wrong with a vault file."""

    exit_code = 10
    title = "The vault could not be used"

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class VaultNotFound(VaultError):
    exit_code = 3
    title = "No vault at that location"


class WrongPassphrase(VaultError):
    exit_code = 4
    title = "Wrong passphrase"


class NotAVault(VaultError):
    exit_code = 5
    title = "Not a mentorpad vault"


class VaultCorrupted(VaultError):
    exit_code = 6
    title = "The vault is damaged"


class VaultTruncated(VaultCorrupted):
    title = "The vault file is incomplete"


class VaultFromNewerVersion(VaultError):
    exit_code = 7
    title = "Vault from a newer mentorpad"


class VaultInUse(VaultError):
    exit_code = 8
    title = "Vault already open"


class VaultExists(VaultError):
    exit_code = 9
    title = "A file already exists there"


class TargetExists(VaultExists):
    """Something (a file, a link, a FIFO, a folder) is already at the name we were to write.

    `path` and `kind` (see models.files.KIND_WORDS) let the UI say it in its own language.
    """

    title = "Something already exists there"

    def __init__(self, user_message: str, *, path: Path, kind: str) -> None:
        super().__init__(user_message)
        self.path = path
        self.kind = kind


class CannotWrite(VaultError):
    """A file could not be written: `reason` is no-permission, no-folder, not-a-folder,
    verify or other; `path` the folder or file concerned."""

    exit_code = 10
    title = "The file could not be written"

    def __init__(self, user_message: str, *, path: Path, reason: str) -> None:
        super().__init__(user_message)
        self.path = path
        self.reason = reason


class WeakPassphrase(VaultError):
    exit_code = 2
    title = "Passphrase too weak"


class VaultSuspended(VaultError):
    """The vault's connection is closed for a moment while a sync has the file (Vault.suspend):
    nothing is wrong, and the same work succeeds once it is back."""

    title = "The vault is being synced"


class StorageFull(VaultError):
    exit_code = 11
    title = "The disk is full"


class RekeyFailed(VaultError):
    exit_code = 12
    title = "The passphrase was not changed"


class BackupFailed(VaultError):
    exit_code = 13
    title = "The backup failed"
