"""Qt-free data layer: entities, the encrypted vault and the repositories (the only SQL)."""

from mentorpad.models.crypto import VaultKey, derive_key, passphrase_strength
from mentorpad.models.errors import (
    BackupFailed,
    NotAVault,
    RekeyFailed,
    StorageFull,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultFromNewerVersion,
    VaultInUse,
    VaultNotFound,
    VaultTruncated,
    WeakPassphrase,
    WrongPassphrase,
)
from mentorpad.models.vault import IntegrityReport, Vault, preflight

__all__ = [
    "BackupFailed",
    "IntegrityReport",
    "NotAVault",
    "RekeyFailed",
    "StorageFull",
    "Vault",
    "VaultCorrupted",
    "VaultError",
    "VaultExists",
    "VaultFromNewerVersion",
    "VaultInUse",
    "VaultKey",
    "VaultNotFound",
    "VaultTruncated",
    "WeakPassphrase",
    "WrongPassphrase",
    "derive_key",
    "passphrase_strength",
    "preflight",
]
