"""The texts of mentorpad.models' messages, keyed by their English: the fixed messages, and
the actions that are part of the disk-full and write-failed ones (vault.translate_errors).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorpad.models.vault.sync_journal import UNDO_FAILED, UNDO_NEEDS_ROOM


def action_words(action: str) -> str | None:
    """What mentorpad was doing when the disk or the file failed (vault.translate_errors)."""
    actions = {
        "save your changes": QCoreApplication.translate("labels", "save your changes", "action"),
        "add the mentee": QCoreApplication.translate("labels", "add the mentee", "action"),
        "save the mentee": QCoreApplication.translate("labels", "save the mentee", "action"),
        "delete the mentee": QCoreApplication.translate("labels", "delete the mentee", "action"),
        "save your notes": QCoreApplication.translate("labels", "save your notes", "action"),
        "save the agreement": QCoreApplication.translate("labels", "save the agreement", "action"),
        "add the session": QCoreApplication.translate("labels", "add the session", "action"),
        "save a setting": QCoreApplication.translate("labels", "save a setting", "action"),
        "save the session": QCoreApplication.translate("labels", "save the session", "action"),
        "delete the session": QCoreApplication.translate("labels", "delete the session", "action"),
        "save the themes": QCoreApplication.translate("labels", "save the themes", "action"),
        "tag the theme": QCoreApplication.translate("labels", "tag the theme", "action"),
        "add the commitment": QCoreApplication.translate("labels", "add the commitment", "action"),
        "save the commitment": QCoreApplication.translate(
            "labels", "save the commitment", "action"
        ),
        "delete the commitment": QCoreApplication.translate(
            "labels", "delete the commitment", "action"
        ),
        "save the rating": QCoreApplication.translate("labels", "save the rating", "action"),
        "remember the question": QCoreApplication.translate(
            "labels", "remember the question", "action"
        ),
        "save your answers": QCoreApplication.translate("labels", "save your answers", "action"),
        "change the passphrase": QCoreApplication.translate(
            "labels", "change the passphrase", "action"
        ),
        "create the vault": QCoreApplication.translate("labels", "create the vault", "action"),
        "open the vault": QCoreApplication.translate("labels", "open the vault", "action"),
        "read the commitments": QCoreApplication.translate(
            "labels", "read the commitments", "action"
        ),
        "read the mentees": QCoreApplication.translate("labels", "read the mentees", "action"),
        "read the ratings": QCoreApplication.translate("labels", "read the ratings", "action"),
        "read the sessions": QCoreApplication.translate("labels", "read the sessions", "action"),
        "read the themes": QCoreApplication.translate("labels", "read the themes", "action"),
        "restore the backup": QCoreApplication.translate("labels", "restore the backup", "action"),
        "search": QCoreApplication.translate("labels", "search", "action"),
        "sync the vault": QCoreApplication.translate("labels", "sync the vault", "action"),
        "write the backup": QCoreApplication.translate("labels", "write the backup", "action"),
    }
    return actions.get(action)


def fixed_messages() -> dict[str, str]:
    """Messages without variable parts, keyed by their English text in mentorpad.models."""
    return {
        **_access_messages(),
        **_not_a_vault_messages(),
        **_damaged_file_messages(),
        **_change_and_backup_messages(),
        **_interrupted_sync_messages(),
    }


def _interrupted_sync_messages() -> dict[str, str]:
    """A sync's unfinished save that must be undone before the vault opens."""
    return {
        UNDO_NEEDS_ROOM: QCoreApplication.translate(
            "labels",
            "A sync was interrupted while it saved (the disk was full, or mentorpad was "
            "stopped), and that unfinished save cannot be undone until there is room on the "
            "disk. The vault was not opened and nothing in it was changed: everything saved "
            "before that sync is still there. Free some space on the disk, then open the vault "
            "again.",
        ),
        UNDO_FAILED: QCoreApplication.translate(
            "labels",
            "A sync was interrupted while it saved, and that unfinished save could not be "
            "undone now. The vault was not opened and nothing in it was changed: everything "
            "saved before that sync is still there. Close any other program using the vault, "
            "then open it again.",
        ),
    }


def _access_messages() -> dict[str, str]:
    """Locked, in use, the wrong passphrase or key."""
    return {
        "The vault is locked.": QCoreApplication.translate("labels", "The vault is locked."),
        "The vault is being synced; try again in a moment.": QCoreApplication.translate(
            "labels", "The vault is being synced; try again in a moment."
        ),
        "That backup is the vault itself; choose a backup file.": QCoreApplication.translate(
            "labels", "That backup is the vault itself; choose a backup file."
        ),
        "This vault is open in another mentorpad window or command. Close it there (or wait "
        "for the command to finish), then try again; nothing was changed.": (
            QCoreApplication.translate(
                "labels",
                "This vault is open in another mentorpad window or command. Close it there (or "
                "wait for the command to finish), then try again; nothing was changed.",
            )
        ),
        "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
        "then try again. (If you are sure it is right, the file's header may be damaged: a "
        "backup will open.)": QCoreApplication.translate(
            "labels",
            "That passphrase does not open this vault. Check Caps Lock and the keyboard "
            "layout, then try again. (If you are sure it is right, the file's header may be "
            "damaged: a backup will open.)",
        ),
        "That key belongs to a different vault file.": QCoreApplication.translate(
            "labels", "That key belongs to a different vault file."
        ),
    }


def _not_a_vault_messages() -> dict[str, str]:
    """Files that are not (or no longer) a mentorpad vault."""
    return {
        "This file is empty (0 bytes): it is not a mentorpad vault. If it should be your "
        "vault, it was emptied by something outside mentorpad: restore a backup.": (
            QCoreApplication.translate(
                "labels",
                "This file is empty (0 bytes): it is not a mentorpad vault. If it should be "
                "your vault, it was emptied by something outside mentorpad: restore a backup.",
            )
        ),
        "This is an ordinary, unencrypted SQLite database, not a mentorpad vault. mentorpad "
        "never stores notes unencrypted.": QCoreApplication.translate(
            "labels",
            "This is an ordinary, unencrypted SQLite database, not a mentorpad vault. "
            "mentorpad never stores notes unencrypted.",
        ),
        "This file is too small to be a mentorpad vault. If it should be your vault, it was "
        "cut short: restore a backup.": QCoreApplication.translate(
            "labels",
            "This file is too small to be a mentorpad vault. If it should be your vault, it "
            "was cut short: restore a backup.",
        ),
        "This file is not a mentorpad vault (its size does not fit the format). If it should "
        "be your vault, restore a backup.": QCoreApplication.translate(
            "labels",
            "This file is not a mentorpad vault (its size does not fit the format). If it "
            "should be your vault, restore a backup.",
        ),
        "This is an encrypted database, but not one made by mentorpad, so it was left "
        "untouched.": QCoreApplication.translate(
            "labels",
            "This is an encrypted database, but not one made by mentorpad, so it was left "
            "untouched.",
        ),
    }


def _damaged_file_messages() -> dict[str, str]:
    """A vault whose first page fails its check, or that was cut short."""
    return {
        "The passphrase is right, but the start of the vault file is damaged (page 1 fails its "
        "check), so it cannot be opened. Restore a backup; this file has not been changed.": (
            QCoreApplication.translate(
                "labels",
                "The passphrase is right, but the start of the vault file is damaged (page 1 "
                "fails its check), so it cannot be opened. Restore a backup; this file has not "
                "been changed.",
            )
        ),
        "The vault file is incomplete: its pages are intact but some are missing from its "
        "end, as after an interrupted copy. Restore a backup; this file has not been changed.": (
            QCoreApplication.translate(
                "labels",
                "The vault file is incomplete: its pages are intact but some are missing from "
                "its end, as after an interrupted copy. Restore a backup; this file has not "
                "been changed.",
            )
        ),
        "The vault file is incomplete: it ends part-way through a page, as after an "
        "interrupted copy. Restore a backup; this file has not been changed.": (
            QCoreApplication.translate(
                "labels",
                "The vault file is incomplete: it ends part-way through a page, as after an "
                "interrupted copy. Restore a backup; this file has not been changed.",
            )
        ),
        "The vault file is incomplete: pages are missing from its end, as after an "
        "interrupted copy. Restore a backup; this file has not been changed.": (
            QCoreApplication.translate(
                "labels",
                "The vault file is incomplete: pages are missing from its end, as after an "
                "interrupted copy. Restore a backup; this file has not been changed.",
            )
        ),
    }


def _change_and_backup_messages() -> dict[str, str]:
    """A passphrase change or a backup that did not verify."""
    return {
        "Another connection to the vault is busy, so the passphrase was not changed. Close "
        "other mentorpad windows and try again.": QCoreApplication.translate(
            "labels",
            "Another connection to the vault is busy, so the passphrase was not changed. "
            "Close other mentorpad windows and try again.",
        ),
        "The passphrase change could not be verified: the new passphrase does not open the "
        "vault. Your old passphrase still works.": QCoreApplication.translate(
            "labels",
            "The passphrase change could not be verified: the new passphrase does not open "
            "the vault. Your old passphrase still works.",
        ),
        "The old passphrase still opens the vault: the change did not take.": (
            QCoreApplication.translate(
                "labels", "The old passphrase still opens the vault: the change did not take."
            )
        ),
        "The backup did not verify: it is not readable as a vault.": QCoreApplication.translate(
            "labels", "The backup did not verify: it is not readable as a vault."
        ),
        "The backup did not verify after writing; it was discarded.": QCoreApplication.translate(
            "labels", "The backup did not verify after writing; it was discarded."
        ),
    }
