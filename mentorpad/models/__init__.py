"""Qt-free data layer: entities, the encrypted vault and the repositories (the only SQL).

The vault and the key derivation load on first use (PEP 562): the app's start path imports
this package for its errors and paths, and must not pay for SQLCipher before the unlock
prompt has painted (docs/benchmark.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
    VaultSuspended,
    VaultTruncated,
    WeakPassphrase,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from mentorpad.models.crypto import VaultKey, derive_key, passphrase_strength
    from mentorpad.models.vault import IntegrityReport, Vault, preflight

_LAZY = {
    "VaultKey": "mentorpad.models.crypto",
    "derive_key": "mentorpad.models.crypto",
    "passphrase_strength": "mentorpad.models.crypto",
    "IntegrityReport": "mentorpad.models.vault",
    "Vault": "mentorpad.models.vault",
    "preflight": "mentorpad.models.vault",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "VaultSuspended",
    "VaultTruncated",
    "WeakPassphrase",
    "WrongPassphrase",
    "derive_key",
    "passphrase_strength",
    "preflight",
]
