"""The passphrase strength bar's words and advice (models.crypto.passphrase_strength)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorpad.models.crypto import MIN_PASSPHRASE_CHARS, Strength
from mentorpad.ui.text import fill


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
            fill(
                QCoreApplication.translate(
                    "labels", "Use at least %1 characters: a short sentence works well."
                ),
                str(MIN_PASSPHRASE_CHARS),
            )
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
