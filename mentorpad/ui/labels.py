"""The words the Qt-free layers keep in English (stages, statuses, kinds of session, error
messages, passphrase advice), translated for the screen.

Models, guides and use cases stay Qt-free and English, so the CLI and the reports share them;
the UI asks here instead of passing a variable to tr(), which pyside6-lupdate cannot extract.
Every text is a literal in a QCoreApplication.translate("labels", ...) call for that reason.
Numbers and dates follow the language through QLocale (ui.models.format_decimal, format_date).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mentorpad.models.crypto import MIN_PASSPHRASE_CHARS, Strength
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
    VaultTruncated,
    WeakPassphrase,
    WrongPassphrase,
)
from mentorpad.models.vault import IntegrityReport

# -- vocabulary --------------------------------------------------------------------------------


def stage_label(stage: str | None) -> str:
    """A mentee's stage as the playbook names it; unknown values are shown as they are."""
    labels = {
        "new": QCoreApplication.translate("labels", "New in the role"),
        "struggling": QCoreApplication.translate("labels", "Struggling"),
        "capable": QCoreApplication.translate("labels", "Capable of more"),
    }
    return labels.get(stage or "", stage or "")


def status_label(status: str) -> str:
    labels = {
        "active": QCoreApplication.translate("labels", "Active"),
        "paused": QCoreApplication.translate("labels", "Paused"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }
    return labels.get(status, status)


def session_kind_label(kind: str) -> str:
    labels = {
        "first": QCoreApplication.translate("labels", "First session"),
        "regular": QCoreApplication.translate("labels", "Regular session"),
        "midpoint": QCoreApplication.translate("labels", "Mid-point review"),
        "closing": QCoreApplication.translate("labels", "Closing session"),
    }
    return labels.get(kind, kind)


def note_source_label(source: str) -> str:
    """Where a search hit was found."""
    labels = {
        "background": QCoreApplication.translate("labels", "Background"),
        "agenda": QCoreApplication.translate("labels", "Agenda"),
        "notes": QCoreApplication.translate("labels", "Notes"),
        "summary": QCoreApplication.translate("labels", "Shared summary"),
        "reflection": QCoreApplication.translate("labels", "Reflection"),
        "commitment": QCoreApplication.translate("labels", "Commitment"),
    }
    return labels.get(source, source)


def owner_label(owner: str) -> str:
    """Who a commitment belongs to."""
    labels = {
        "mentee": QCoreApplication.translate("labels", "Mentee"),
        "mentor": QCoreApplication.translate("labels", "Mentor"),
    }
    return labels.get(owner, owner)


def grow_phase_label(phase: str) -> str:
    """The four GROW phases (Whitmore); the letters are the same in every language."""
    labels = {
        "G": QCoreApplication.translate("labels", "Goal", "GROW phase"),
        "R": QCoreApplication.translate("labels", "Reality", "GROW phase"),
        "O": QCoreApplication.translate("labels", "Options", "GROW phase"),
        "W": QCoreApplication.translate("labels", "Will", "GROW phase"),
    }
    return labels.get(phase, phase)


def review_label(review: str) -> str:
    """The agreement's review dates, as the prep brief names them ("mid-point", "closing")."""
    labels = {
        "mid-point": QCoreApplication.translate("labels", "mid-point review"),
        "closing": QCoreApplication.translate("labels", "closing session"),
    }
    return labels.get(review, review)


def horizon_label(horizon: str) -> str:
    """When a sign of progress can be expected (the playbook's three horizons)."""
    labels = {
        "2-4 weeks": QCoreApplication.translate("labels", "Within 2–4 weeks"),
        "2-3 months": QCoreApplication.translate("labels", "Within 2–3 months"),
        "3-6 months": QCoreApplication.translate("labels", "Within 3–6 months"),
    }
    return labels.get(horizon, horizon.replace("-", "–"))


def suggestion_reason(reason: str) -> str:
    """Why the prep brief suggests a question: "; "-joined phrases from guides.suggest."""
    goal = re.compile(r"fits the goal '(?P<goal>.*?)'(?=; |$)")
    phrases: dict[str, Callable[[], str]] = {
        "recurring theme": lambda: QCoreApplication.translate("labels", "recurring theme"),
        "recent theme": lambda: QCoreApplication.translate("labels", "recent theme"),
        "theme from an earlier session": lambda: QCoreApplication.translate(
            "labels", "theme from an earlier session"
        ),
        "related to a recent theme": lambda: QCoreApplication.translate(
            "labels", "related to a recent theme"
        ),
        "common for this stage": lambda: QCoreApplication.translate(
            "labels", "common for this stage"
        ),
        "asked before, worth revisiting": lambda: QCoreApplication.translate(
            "labels", "asked before, worth revisiting"
        ),
    }
    parts: list[str] = []
    position = 0
    while position < len(reason):
        match = goal.match(reason, position)
        if match:
            parts.append(
                QCoreApplication.translate("labels", "fits the goal “%1”").replace(
                    "%1", match.group("goal")
                )
            )
            position = match.end()
        else:
            end = reason.find("; ", position)
            end = len(reason) if end < 0 else end
            phrase = reason[position:end]
            parts.append(phrases[phrase]() if phrase in phrases else phrase)
            position = end
        if reason.startswith("; ", position):
            position += 2
    return QCoreApplication.translate("labels", "; ", "list separator").join(parts)


# -- passphrases -------------------------------------------------------------------------------


def strength_label(strength: Strength) -> str:
    labels = (
        QCoreApplication.translate("labels", "Very weak"),
        QCoreApplication.translate("labels", "Weak"),
        QCoreApplication.translate("labels", "Fair"),
        QCoreApplication.translate("labels", "Strong"),
        QCoreApplication.translate("labels", "Very strong"),
    )
    return labels[max(0, min(strength.score, len(labels) - 1))]


def strength_reason(reason: str) -> str:
    """The advice under the strength bar (crypto.passphrase_strength's reasons)."""
    reasons = {
        "Enter a passphrase.": QCoreApplication.translate("labels", "Enter a passphrase."),
        "A passphrase of only spaces is too easy to guess.": QCoreApplication.translate(
            "labels", "A passphrase of only spaces is too easy to guess."
        ),
        "This is one of the most common passwords.": QCoreApplication.translate(
            "labels", "This is one of the most common passwords."
        ),
        "Too many repeated characters.": QCoreApplication.translate(
            "labels", "Too many repeated characters."
        ),
        f"Use at least {MIN_PASSPHRASE_CHARS} characters: a short sentence works well.": (
            QCoreApplication.translate(
                "labels", "Use at least %1 characters: a short sentence works well."
            ).replace("%1", str(MIN_PASSPHRASE_CHARS))
        ),
        "Too easy to guess: add a few more words.": QCoreApplication.translate(
            "labels", "Too easy to guess: add a few more words."
        ),
        "Acceptable. A few more words would make it stronger.": QCoreApplication.translate(
            "labels", "Acceptable. A few more words would make it stronger."
        ),
        "Strong.": QCoreApplication.translate("labels", "Strong."),
        "Very strong.": QCoreApplication.translate("labels", "Very strong."),
    }
    return reasons.get(reason, reason)


# -- vault errors ------------------------------------------------------------------------------


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
        RekeyFailed: QCoreApplication.translate("labels", "The passphrase was not changed"),
        BackupFailed: QCoreApplication.translate("labels", "The backup failed"),
    }
    for kind in type(error).__mro__:
        if kind in titles:
            return titles[kind]
    return error.title


def error_text(error: VaultError) -> str:
    """Title and explanation in one line, as the unlock and welcome screens show them."""
    return (
        QCoreApplication.translate("labels", "%1. %2")
        .replace("%1", error_title(error))
        .replace("%2", error_message(error))
    )


def error_message(error: VaultError) -> str:
    """The explanation of a vault error; English if it is one this module does not know."""
    if isinstance(error, TargetExists):
        return (
            QCoreApplication.translate(
                "labels",
                "%1 already exists (it is %2). mentorpad never overwrites or writes through "
                "anything that is already there: choose another name.",
            )
            .replace("%1", str(error.path))
            .replace("%2", kind_words(error.kind))
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
    }
    template = texts.get(error.reason)
    if template is None:
        return error.user_message
    return template.replace("%1", path)


def _action(action: str) -> str | None:
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
        "write the backup": QCoreApplication.translate("labels", "write the backup", "action"),
    }
    return actions.get(action)


def _fixed_messages() -> dict[str, str]:
    """Messages without variable parts, keyed by their English text in mentorpad.models."""
    return {
        "The vault is locked.": QCoreApplication.translate("labels", "The vault is locked."),
        "That backup is the vault itself; choose a backup file.": QCoreApplication.translate(
            "labels", "That backup is the vault itself; choose a backup file."
        ),
        "This vault is already open in another mentorpad window. Switch to that window, or "
        "close it and try again.": QCoreApplication.translate(
            "labels",
            "This vault is already open in another mentorpad window. Switch to that window, "
            "or close it and try again.",
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
        "This is an encrypted database, but not one made by mentorpad, so it was left "
        "untouched.": QCoreApplication.translate(
            "labels",
            "This is an encrypted database, but not one made by mentorpad, so it was left "
            "untouched.",
        ),
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


def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]]]:
    """Messages with a path, a number or an action in them."""

    def with_action(template: str) -> Callable[[re.Match[str]], str | None]:
        def build(match: re.Match[str]) -> str | None:
            action = _action(match.group("action"))
            if action is None:
                return None
            text = template.replace("%1", action)
            return text.replace("%2", match.group("detail")) if "%2" in text else text

        return build

    return [
        (
            re.compile(
                r"The disk is full, so mentorpad could not (?P<action>.+?)\. Your text is still "
                r"on screen: free some space and it will be saved\."
            ),
            with_action(
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
            with_action(
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
            with_action(
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
            with_action(
                QCoreApplication.translate(
                    "labels",
                    "mentorpad could not %1 because the vault file is damaged. Restore a "
                    "backup (File > Restore from Backup…).",
                )
            ),
        ),
        (
            re.compile(r"There is no vault at (?P<path>.+)\.", re.DOTALL),
            lambda m: QCoreApplication.translate("labels", "There is no vault at %1.").replace(
                "%1", m.group("path")
            ),
        ),
        (
            re.compile(r"(?P<path>.+) is a folder, not a vault file\.", re.DOTALL),
            lambda m: QCoreApplication.translate(
                "labels", "%1 is a folder, not a vault file."
            ).replace("%1", m.group("path")),
        ),
        (
            re.compile(
                r"(?P<path>.+) already exists: mentorpad never overwrites a file\.", re.DOTALL
            ),
            lambda m: QCoreApplication.translate(
                "labels", "%1 already exists: mentorpad never overwrites a file."
            ).replace("%1", m.group("path")),
        ),
        (
            re.compile(
                r"The passphrase is right, but (?P<count>\d+) page\(s\) of the vault are "
                r"damaged, so it cannot be opened\. Restore a backup; this file has not been "
                r"changed\."
            ),
            lambda m: QCoreApplication.translate(
                "labels",
                "The passphrase is right, but %1 page(s) of the vault are damaged, so it "
                "cannot be opened. Restore a backup; this file has not been changed.",
            ).replace("%1", m.group("count")),
        ),
        (
            re.compile(
                r"This vault was written by a newer mentorpad \(data format (?P<found>\d+); this "
                r"version knows up to (?P<known>\d+)\)\. Update mentorpad to open it: nothing in "
                r"the file was changed\."
            ),
            lambda m: (
                QCoreApplication.translate(
                    "labels",
                    "This vault was written by a newer mentorpad (data format %1; this version "
                    "knows up to %2). Update mentorpad to open it: nothing in the file was "
                    "changed.",
                )
                .replace("%1", m.group("found"))
                .replace("%2", m.group("known"))
            ),
        ),
        (
            re.compile(r"The backup could not be written: (?P<detail>.*)", re.DOTALL),
            lambda m: QCoreApplication.translate(
                "labels", "The backup could not be written: %1"
            ).replace("%1", m.group("detail")),
        ),
        (
            re.compile(r"The backup did not verify after writing: (?P<detail>.*)", re.DOTALL),
            lambda m: QCoreApplication.translate(
                "labels", "The backup did not verify after writing: %1"
            ).replace("%1", m.group("detail")),
        ),
        (
            re.compile(r"This backup is damaged too: (?P<verdict>.*)", re.DOTALL),
            lambda m: QCoreApplication.translate(
                "labels", "This backup is damaged too: %1"
            ).replace("%1", _verdict_text(m.group("verdict"))),
        ),
        (
            re.compile(r"The vault is damaged: .*", re.DOTALL),
            lambda m: _verdict_text(m.group(0)),
        ),
    ]


def vault_message(text: str) -> str:
    """Translate one of mentorpad.models' messages (errors, passphrase advice, verdicts)."""
    fixed = _fixed_messages()
    if text in fixed:
        return fixed[text]
    reason = strength_reason(text)
    if reason != text:
        return reason
    for pattern, build in _patterns():
        match = pattern.fullmatch(text)
        if match:
            translated = build(match)
            if translated is not None:
                return translated
    return text


def _problem(problem: str) -> str:
    """One finding of the integrity check; technical details stay as SQLCipher wrote them."""
    fixed = {
        "the file ends part-way through a page": QCoreApplication.translate(
            "labels", "the file ends part-way through a page"
        ),
        "some records point to records that no longer exist": QCoreApplication.translate(
            "labels", "some records point to records that no longer exist"
        ),
    }
    if problem in fixed:
        return fixed[problem]
    for prefix, template in (
        (
            "the authenticity check stopped: ",
            QCoreApplication.translate("labels", "the authenticity check stopped: %1"),
        ),
        ("structure check: ", QCoreApplication.translate("labels", "structure check: %1")),
    ):
        if problem.startswith(prefix):
            return template.replace("%1", problem[len(prefix) :])
    return vault_message(problem)


def _verdict_text(verdict: str) -> str:
    prefix = "The vault is damaged: "
    if not verdict.startswith(prefix):
        return verdict
    problems = verdict[len(prefix) :].split("; ")
    return QCoreApplication.translate("labels", "The vault is damaged: %1").replace(
        "%1",
        QCoreApplication.translate("labels", "; ", "list separator").join(
            _problem(problem) for problem in problems
        ),
    )


def integrity_verdict(report: IntegrityReport) -> str:
    """IntegrityReport.verdict() in the user's language."""
    if report.ok:
        return QCoreApplication.translate(
            "labels", "The vault is intact: all %1 pages verified."
        ).replace("%1", str(report.pages))
    return QCoreApplication.translate("labels", "The vault is damaged: %1").replace(
        "%1",
        QCoreApplication.translate("labels", "; ", "list separator").join(
            _problem(problem) for problem in report.problems
        ),
    )
