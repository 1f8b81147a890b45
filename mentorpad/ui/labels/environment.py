"""The messages of mentorpad.models about the disk around a vault (full, read-only): a
regular expression for the English text and a builder for the translation. They say the
vault is intact where it is, so a full disk never reads as damage."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mentorpad.ui.labels.known_messages import action_words
from mentorpad.ui.text import fill

Pattern = tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]


def environment_patterns() -> list[Pattern]:
    return [
        *_full_disk_patterns(),
        *_read_only_patterns(),
        *_restore_patterns(),
        *_file_patterns(),
    ]


def _file_patterns() -> list[Pattern]:
    """A file mentorpad publishes (an export, a backup, a new vault: models/files) that could
    not be written; nothing of it was left behind."""
    return [
        (
            re.compile(
                r"The disk is full, so (?P<name>.+) could not be written\. Free some space and "
                r"try again; nothing was left behind\.",
                re.DOTALL,
            ),
            lambda m: QCoreApplication.translate(
                "labels",
                "The disk is full, so %1 could not be written. Free some space and try again; "
                "nothing was left behind.",
            ).replace("%1", m.group("name")),
        ),
        (
            re.compile(
                r"(?P<path>.+) could not be written \((?P<detail>.*)\); nothing was left "
                r"behind\.",
                re.DOTALL,
            ),
            lambda m: fill(
                QCoreApplication.translate(
                    "labels", "%1 could not be written (%2); nothing was left behind."
                ),
                m.group("path"),
                m.group("detail"),
            ),
        ),
        (
            re.compile(r"No temporary file could be made in (?P<folder>.+)\.", re.DOTALL),
            lambda m: QCoreApplication.translate(
                "labels", "No temporary file could be made in %1."
            ).replace("%1", m.group("folder")),
        ),
    ]


def _full_disk_patterns() -> list[Pattern]:
    def intact(match: re.Match[str]) -> str | None:
        action = action_words(match.group("action"))
        if action is None:
            return None
        return (
            QCoreApplication.translate(
                "labels",
                "The disk is full, so mentorpad could not %1: it needs a little free room "
                "beside the vault for its working files. The vault itself is intact (all %2 "
                "pages verified) and was not changed. Free some space and try again.",
            )
            .replace("%1", action)
            .replace("%2", match.group("pages"))
        )

    def unchanged(match: re.Match[str]) -> str | None:
        action = action_words(match.group("action"))
        if action is None:
            return None
        return QCoreApplication.translate(
            "labels",
            "The disk is full, so mentorpad could not %1. Free some space and try again; "
            "the vault was not changed.",
        ).replace("%1", action)

    return [
        (
            re.compile(
                r"The disk is full, so mentorpad could not (?P<action>.+?): it needs a little "
                r"free room beside the vault for its working files\. The vault itself is "
                r"intact \(all (?P<pages>\d+) pages verified\) and was not changed\. Free "
                r"some space and try again\."
            ),
            intact,
        ),
        (
            re.compile(
                r"The disk is full, so mentorpad could not (?P<action>.+?)\. Free some space "
                r"and try again; the vault was not changed\."
            ),
            unchanged,
        ),
        (
            re.compile(
                r"The disk is full, so the passphrase was not changed: changing it rewrites "
                r"the whole vault and needs about (?P<mb>\d+) MB free beside it\. Nothing was "
                r"changed; your passphrase is still the old one\. Free some space and try "
                r"again\."
            ),
            lambda m: QCoreApplication.translate(
                "labels",
                "The disk is full, so the passphrase was not changed: changing it rewrites "
                "the whole vault and needs about %1 MB free beside it. Nothing was changed; "
                "your passphrase is still the old one. Free some space and try again.",
            ).replace("%1", m.group("mb")),
        ),
    ]


def _read_only_patterns() -> list[Pattern]:
    return [
        (
            re.compile(
                r"(?P<path>.+) is on a read-only disk or in a folder mentorpad may not write "
                r"to, so it can only be read\. Copy it to a folder you can write to and use "
                r"the copy; nothing was changed\.",
                re.DOTALL,
            ),
            lambda m: QCoreApplication.translate(
                "labels",
                "%1 is on a read-only disk or in a folder mentorpad may not write to, so it "
                "can only be read. Copy it to a folder you can write to and use the copy; "
                "nothing was changed.",
            ).replace("%1", m.group("path")),
        ),
        (
            re.compile(
                r"(?P<path>.+) has changes in its -wal file that were never folded in "
                r"\(mentorpad was stopped while it had the vault open\), and it is on a "
                r"read-only disk or in a folder mentorpad may not write to, so they cannot "
                r"be read there\. Copy the vault and its -wal file to a folder you can write "
                r"to and open the copy; nothing was changed\.",
                re.DOTALL,
            ),
            lambda m: QCoreApplication.translate(
                "labels",
                "%1 has changes in its -wal file that were never folded in (mentorpad was "
                "stopped while it had the vault open), and it is on a read-only disk or in a "
                "folder mentorpad may not write to, so they cannot be read there. Copy the "
                "vault and its -wal file to a folder you can write to and open the copy; "
                "nothing was changed.",
            ).replace("%1", m.group("path")),
        ),
    ]


def _restore_patterns() -> list[Pattern]:
    """A -wal or -shm that appeared at the vault's name while a restore was under way."""

    def build(match: re.Match[str]) -> str:
        text = QCoreApplication.translate(
            "labels",
            "%1 is still there (something wrote it during the restore), so the backup was "
            "not put in place.",
        ).replace("%1", match.group("side"))
        if match.group("kept"):
            text += " " + QCoreApplication.translate(
                "labels", "The previous vault is kept at %1."
            ).replace("%1", match.group("kept"))
        return (
            text
            + " "
            + QCoreApplication.translate(
                "labels", "Close every program that uses the vault, then restore again."
            )
        )

    return [
        (
            re.compile(
                r"(?P<side>.+?) is still there \(something wrote it during the restore\), so "
                r"the backup was not put in place\.(?: The previous vault is kept at "
                r"(?P<kept>.+?)\.)? Close every program that uses the vault, then restore "
                r"again\.",
                re.DOTALL,
            ),
            build,
        )
    ]
