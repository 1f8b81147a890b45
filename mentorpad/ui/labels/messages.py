"""Any message of mentorpad.models in the user's language, and the integrity check's verdicts.

They live together because each contains the other: a backup's error quotes its verdict, and a
verdict's finding may be any message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mentorpad.ui.labels.known_messages import fixed_messages
from mentorpad.ui.labels.passphrases import strength_reason
from mentorpad.ui.labels.patterns import message_patterns
from mentorpad.ui.text import fill

if TYPE_CHECKING:
    from mentorpad.models.vault import IntegrityReport


def vault_message(text: str) -> str:
    """Translate one of mentorpad.models' messages (errors, passphrase advice, verdicts)."""
    fixed = fixed_messages()
    if text in fixed:
        return fixed[text]
    reason = strength_reason(text)
    if reason != text:
        return reason
    for pattern, build in message_patterns(_verdict_text):
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
            return fill(template, problem[len(prefix) :])
    return vault_message(problem)


def _verdict_text(verdict: str) -> str:
    prefix = "The vault is damaged: "
    if not verdict.startswith(prefix):
        return verdict
    problems = verdict[len(prefix) :].split("; ")
    return fill(
        QCoreApplication.translate("labels", "The vault is damaged: %1"),
        QCoreApplication.translate("labels", "; ", "list separator").join(
            _problem(problem) for problem in problems
        ),
    )


def integrity_verdict(report: IntegrityReport) -> str:
    """IntegrityReport.verdict() in the user's language."""
    if report.ok:
        return fill(
            QCoreApplication.translate("labels", "The vault is intact: all %1 pages verified."),
            str(report.pages),
        )
    return fill(
        QCoreApplication.translate("labels", "The vault is damaged: %1"),
        QCoreApplication.translate("labels", "; ", "list separator").join(
            _problem(problem) for problem in report.problems
        ),
    )
