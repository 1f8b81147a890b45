"""The encrypted vault: create, open, verify, change passphrase, back up, close.

Opening never creates or replaces a file, and every failure becomes a typed error from
`mentorpad.models.errors` with a message written for the mentor.

connection: keyed, configured and migrated connections; diagnosis: preflight, the cause of
an unreadable file and translate_errors; integrity: the full check; rekey: the verified
passphrase change; core: the Vault itself (lifecycle, transactions, backups).
"""

from mentorpad.models.vault.connection import CACHE_KIB, Connection
from mentorpad.models.vault.core import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    NEW_VAULT_BYTES,
    Vault,
    backup_file_name,
    backup_id,
)
from mentorpad.models.vault.diagnosis import check_sidecars, preflight, translate_errors
from mentorpad.models.vault.integrity import IntegrityReport

__all__ = [
    "BACKUP_PREFIX",
    "BACKUP_SUFFIX",
    "CACHE_KIB",
    "NEW_VAULT_BYTES",
    "Connection",
    "IntegrityReport",
    "Vault",
    "backup_file_name",
    "backup_id",
    "check_sidecars",
    "preflight",
    "translate_errors",
]
