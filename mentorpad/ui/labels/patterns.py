"""The messages of mentorpad.models that have a path, a number or an action in them: a
regular expression for the English text and a builder for the translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mentorpad.ui.labels.known_messages import action_words
from mentorpad.ui.text import fill

Pattern = tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]


def message_patterns(verdict_text: Callable[[str], str]) -> list[Pattern]:
    """Messages with a path, a number or an action in them, in the order they are tried.
    `verdict_text` translates an integrity verdict that is part of a message."""
    return [
        *_action_patterns(),
        *_path_patterns(),
        *_vault_patterns(),
        *_backup_patterns(verdict_text),
    ]


def _with_action(template: str) -> Callable[[re.Match[str]], str | None]:
    """A builder for a message naming what mentorpad was doing; None for an action this
    module does not know (the message then stays in English)."""

    def build(match: re.Match[str]) -> str | None:
        action = action_words(match.group("action"))
        if action is None:
            return None
        if "%2" in template:
            return fill(template, action, match.group("detail"))
        return fill(template, action)

    return build


def _action_patterns() -> list[Pattern]:
    """The disk was full or the file could not be written while doing something."""
    return [
        (
            re.compile(
                r"The disk is full, so mentorpad could not (?P<action>.+?)\. Your text is still "
                r"on screen: free some space and it will be saved\."
            ),
            _with_action(
                QCoreApplication.translate(
                    "labels",
                    "The disk is full, so mentorpad could not %1. Your text is still on "
                    "screen: free some space and it will be saved.",
                )
            ),
        ),
        (
            re.compile(
                r"The disk is full, so mentorpad could not (?P<action>.+?)\. Free some space "
                r"and try again\."
            ),
            _with_action(
                QCoreApplication.translate(
                    "labels",
                    "The disk is full, so mentorpad could not %1. Free some space and try again.",
                )
            ),
        ),
        (
            re.compile(
                r"mentorpad could not (?P<action>.+?): the vault file could not be written "
                r"\((?P<detail>.*)\)\. Your text is still on screen\.",
                re.DOTALL,
            ),
            _with_action(
                QCoreApplication.translate(
                    "labels",
                    "mentorpad could not %1: the vault file could not be written (%2). Your "
                    "text is still on screen.",
                )
            ),
        ),
        (
            re.compile(
                r"mentorpad could not (?P<action>.+?) because the vault file is damaged\. "
                r"Restore a backup \(File > Restore from backup\)\."
            ),
            _with_action(
                QCoreApplication.translate(
                    "labels",
                    "mentorpad could not %1 because the vault file is damaged. Restore a "
                    "backup (File > Restore from Backup…).",
                )
            ),
        ),
    ]


def _path_patterns() -> list[Pattern]:
    """Nothing, a folder or an existing file at a path."""
    return [
        (
            re.compile(r"There is no vault at (?P<path>.+)\.", re.DOTALL),
            lambda m: fill(
                QCoreApplication.translate("labels", "There is no vault at %1."), m.group("path")
            ),
        ),
        (
            re.compile(r"(?P<path>.+) is a folder, not a vault file\.", re.DOTALL),
            lambda m: fill(
                QCoreApplication.translate("labels", "%1 is a folder, not a vault file."),
                m.group("path"),
            ),
        ),
        (
            re.compile(
                r"(?P<path>.+) already exists: mentorpad never overwrites a file\.", re.DOTALL
            ),
            lambda m: fill(
                QCoreApplication.translate(
                    "labels", "%1 already exists: mentorpad never overwrites a file."
                ),
                m.group("path"),
            ),
        ),
    ]


def _vault_patterns() -> list[Pattern]:
    """Damaged pages, or a vault from a newer mentorpad."""
    return [
        (
            re.compile(
                r"The passphrase is right, but (?P<count>\d+) page\(s\) of the vault are "
                r"damaged, so it cannot be opened\. Restore a backup; this file has not been "
                r"changed\."
            ),
            lambda m: fill(
                QCoreApplication.translate(
                    "labels",
                    "The passphrase is right, but %1 page(s) of the vault are damaged, so it "
                    "cannot be opened. Restore a backup; this file has not been changed.",
                ),
                m.group("count"),
            ),
        ),
        (
            re.compile(
                r"This vault was written by a newer mentorpad \(data format (?P<found>\d+); this "
                r"version knows up to (?P<known>\d+)\)\. Update mentorpad to open it: nothing in "
                r"the file was changed\."
            ),
            lambda m: fill(
                QCoreApplication.translate(
                    "labels",
                    "This vault was written by a newer mentorpad (data format %1; this version "
                    "knows up to %2). Update mentorpad to open it: nothing in the file was "
                    "changed.",
                ),
                m.group("found"),
                m.group("known"),
            ),
        ),
    ]


def _backup_patterns(verdict_text: Callable[[str], str]) -> list[Pattern]:
    """Backups that failed, and damage found by the integrity check."""
    return [
        (
            re.compile(r"The backup could not be written: (?P<detail>.*)", re.DOTALL),
            lambda m: fill(
                QCoreApplication.translate("labels", "The backup could not be written: %1"),
                m.group("detail"),
            ),
        ),
        (
            re.compile(r"The backup did not verify after writing: (?P<detail>.*)", re.DOTALL),
            lambda m: fill(
                QCoreApplication.translate("labels", "The backup did not verify after writing: %1"),
                m.group("detail"),
            ),
        ),
        (
            re.compile(r"This backup is damaged too: (?P<verdict>.*)", re.DOTALL),
            lambda m: fill(
                QCoreApplication.translate("labels", "This backup is damaged too: %1"),
                verdict_text(m.group("verdict")),
            ),
        ),
        (
            re.compile(r"The vault is damaged: .*", re.DOTALL),
            lambda m: verdict_text(m.group(0)),
        ),
    ]
