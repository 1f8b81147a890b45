"""Vault errors for the screen: a heading by the error's type and its explanation, with the
path and what occupies it where the error names one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorpad.models.errors import (
    BackupFailed,
    CannotWrite,
    NotAVault,
    RekeyFailed,
    StorageFull,
    TargetExists,
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
from mentorpad.ui.labels.messages import vault_message
from mentorpad.ui.text import fill


def error_title(error: VaultError) -> str:
    """The heading of a vault error, by its type (the nearest translated one)."""
    titles: dict[type, str] = {
        VaultError: QCoreApplication.translate("labels", "The vault could not be used"),
        VaultNotFound: QCoreApplication.translate("labels", "No vault at that location"),
        WrongPassphrase: QCoreApplication.translate("labels", "Wrong passphrase"),
        NotAVault: QCoreApplication.translate("labels", "Not a mentorpad vault"),
        VaultCorrupted: QCoreApplication.translate("labels", "The vault is damaged"),
        VaultTruncated: QCoreApplication.translate("labels", "The vault file is incomplete"),
        VaultFromNewerVersion: QCoreApplication.translate("labels", "Vault from a newer mentorpad"),
        VaultInUse: QCoreApplication.translate("labels", "Vault already open"),
        VaultExists: QCoreApplication.translate("labels", "A file already exists there"),
        TargetExists: QCoreApplication.translate("labels", "Something already exists there"),
        CannotWrite: QCoreApplication.translate("labels", "The file could not be written"),
        WeakPassphrase: QCoreApplication.translate("labels", "Passphrase too weak"),
        StorageFull: QCoreApplication.translate("labels", "The disk is full"),
        VaultSuspended: QCoreApplication.translate("labels", "The vault is being synced"),
        RekeyFailed: QCoreApplication.translate("labels", "The passphrase was not changed"),
        BackupFailed: QCoreApplication.translate("labels", "The backup failed"),
    }
    # The sync errors (mentorpad.sync.errors), by title: importing them here would load the
    # sync engine on the way to the unlock prompt.
    by_title = {
        "The sync folder cannot be used": QCoreApplication.translate(
            "labels", "The sync folder cannot be used"
        ),
        "The passphrase was changed on another device": QCoreApplication.translate(
            "labels", "The passphrase was changed on another device"
        ),
        "This vault was copied to another computer": QCoreApplication.translate(
            "labels", "This vault was copied to another computer"
        ),
        "The vault is still open": QCoreApplication.translate("labels", "The vault is still open"),
    }
    if type(error).title in by_title:
        return by_title[type(error).title]
    for kind in type(error).__mro__:
        if kind in titles:
            return titles[kind]
    return error.title


def error_text(error: VaultError) -> str:
    """Title and explanation in one line, as the unlock and welcome screens show them."""
    return fill(
        QCoreApplication.translate("labels", "%1. %2"), error_title(error), error_message(error)
    )


def error_message(error: VaultError) -> str:
    """The explanation of a vault error; English if it is one this module does not know."""
    if isinstance(error, TargetExists) and type(error).__name__ == "SyncBaseOccupied":
        return fill(
            QCoreApplication.translate(
                "labels",
                "%1 is %2, not this vault's record of its last sync; it was left alone and "
                "nothing was synced. Remove it, then sync again.",
            ),
            str(error.path),
            kind_words(error.kind),
        )
    if isinstance(error, TargetExists):
        return fill(
            QCoreApplication.translate(
                "labels",
                "%1 already exists (it is %2). mentorpad never overwrites or writes through "
                "anything that is already there: choose another name.",
            ),
            str(error.path),
            kind_words(error.kind),
        )
    if isinstance(error, CannotWrite):
        return cannot_write_message(error)
    return vault_message(error.user_message)


def kind_words(kind: str) -> str:
    """What occupies a name (models.files.KIND_WORDS), in the interface's language."""
    words = {
        "file": QCoreApplication.translate("labels", "a file"),
        "link": QCoreApplication.translate("labels", "a symbolic link"),
        "dangling-link": QCoreApplication.translate("labels", "a symbolic link to nothing"),
        "folder": QCoreApplication.translate("labels", "a folder"),
        "fifo": QCoreApplication.translate("labels", "a named pipe, FIFO"),
        "device": QCoreApplication.translate("labels", "a device"),
        "socket": QCoreApplication.translate("labels", "a socket"),
    }
    return words.get(kind, kind)


def cannot_write_message(error: CannotWrite) -> str:
    path = str(error.path)
    texts = {
        "no-permission": QCoreApplication.translate(
            "labels",
            "mentorpad may not write in %1. Choose a folder you can write to; nothing was written.",
        ),
        "no-folder": QCoreApplication.translate(
            "labels", "The folder %1 does not exist; nothing was written."
        ),
        "not-a-folder": QCoreApplication.translate(
            "labels", "%1 is not a folder, so nothing can be saved in it."
        ),
        "verify": QCoreApplication.translate(
            "labels", "%1 did not read back as written; nothing was saved."
        ),
        "name-too-long": QCoreApplication.translate(
            "labels",
            "The name %1 or the folders before it are too long for this disk. Choose a "
            "shorter name or a folder nearer the top; nothing was written.",
        ),
    }
    template = texts.get(error.reason)
    if template is None:  # read-only, other: their texts are known by pattern
        return vault_message(error.user_message)
    return fill(template, error.path.name if error.reason == "name-too-long" else path)
