"""The reports' phrases in the interface's language (mentorpad/reports/words.py).

The reports are Qt-free, so their phrases are listed here once more for lupdate, in the
context "reports"; tests/test_reports.py checks that every phrase a report asks for is in
this catalogue, so the two cannot drift apart.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate

from mentorpad.reports.words import Words
from mentorpad.ui.document_language import document_language, document_locale, translator_for


def report_words(language: str | None = None) -> Words:
    """Words for documents written from the GUI: the documents' language (the interface's
    unless the settings choose another) for the phrases, the dates and the playbook titles."""
    language = language or document_language()
    locale = document_locale(language)
    translate = translator_for(language)

    def date(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def month(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), "MMMM yyyy")

    return Words(
        text=lambda phrase: translate("reports", phrase),
        date=date,
        month=month,
        locale=language,
    )


def catalogue() -> list[str]:
    """Every phrase of the reports, as lupdate must see them (literal translate() calls)."""
    return [
        QCoreApplication.translate("reports", "Development report: %1"),
        QCoreApplication.translate(
            "reports",
            "Prepared on %1 for the mentor's own records. This file is not encrypted: keep it "
            "private and delete it when it has served its purpose.",
        ),
        QCoreApplication.translate("reports", "Mentee"),
        QCoreApplication.translate("reports", "Capable of more"),
        QCoreApplication.translate("reports", "Active"),
        QCoreApplication.translate("reports", "Role"),
        QCoreApplication.translate("reports", "%1:"),
        QCoreApplication.translate("reports", "Organisation"),
        QCoreApplication.translate("reports", "Stage"),
        QCoreApplication.translate("reports", "Status"),
        QCoreApplication.translate("reports", "Started"),
        QCoreApplication.translate("reports", "; "),
        QCoreApplication.translate("reports", "Struggling"),
        QCoreApplication.translate("reports", "%1 from %2"),
        QCoreApplication.translate("reports", "Stage history"),
        QCoreApplication.translate("reports", "Agreement"),
        QCoreApplication.translate("reports", "every %1 weeks"),
        QCoreApplication.translate("reports", "Cadence"),
        QCoreApplication.translate("reports", "%1 to %2"),
        QCoreApplication.translate("reports", "Term"),
        QCoreApplication.translate("reports", "Mid-point review"),
        QCoreApplication.translate("reports", "Agreed on"),
        QCoreApplication.translate("reports", "Goals over time"),
        QCoreApplication.translate("reports", "Goal %1: %2"),
        QCoreApplication.translate("reports", "Success looks like: %1"),
        QCoreApplication.translate(
            "reports", "Rated %1 times: from %2 to %3 (1 = far from the goal, 5 = reached)."
        ),
        QCoreApplication.translate("reports", "Date"),
        QCoreApplication.translate("reports", "Rating"),
        QCoreApplication.translate("reports", "Themes"),
        QCoreApplication.translate("reports", "Theme"),
        QCoreApplication.translate("reports", "Sessions"),
        QCoreApplication.translate("reports", "First"),
        QCoreApplication.translate("reports", "Latest"),
        QCoreApplication.translate("reports", "%1 held, %2 planned."),
        QCoreApplication.translate("reports", "First session"),
        QCoreApplication.translate("reports", "Regular session"),
        QCoreApplication.translate("reports", "%1 (planned)"),
        QCoreApplication.translate("reports", "Kind"),
        QCoreApplication.translate("reports", "Commitments"),
        QCoreApplication.translate("reports", "%1 of %2 due kept (%3 on time)"),
        QCoreApplication.translate("reports", ", %1 overdue"),
        QCoreApplication.translate("reports", "done %1"),
        QCoreApplication.translate("reports", "mentor"),
        QCoreApplication.translate("reports", "mentee"),
        QCoreApplication.translate("reports", "overdue"),
        QCoreApplication.translate("reports", "Due"),
        QCoreApplication.translate("reports", "Whose"),
        QCoreApplication.translate("reports", "Commitment"),
        QCoreApplication.translate("reports", "State"),
        QCoreApplication.translate("reports", "Mentoring agreement"),
        QCoreApplication.translate("reports", "Mentor"),
        QCoreApplication.translate("reports", "Goals"),
        QCoreApplication.translate("reports", "How we work"),
        QCoreApplication.translate("reports", "%1."),
        QCoreApplication.translate("reports", "We meet"),
        QCoreApplication.translate("reports", "from %1 to %2."),
        QCoreApplication.translate("reports", "Closing session"),
        QCoreApplication.translate("reports", "Contact between sessions"),
        QCoreApplication.translate("reports", "Confidentiality"),
        QCoreApplication.translate("reports", "The default"),
        QCoreApplication.translate("reports", "Named exceptions"),
        QCoreApplication.translate("reports", "What may be reported, and by whom"),
        QCoreApplication.translate("reports", "Conflict of interest"),
        QCoreApplication.translate("reports", "Feedback"),
        QCoreApplication.translate("reports", "Ending the mentoring (no-fault exit)"),
        QCoreApplication.translate("reports", "Signature"),
        QCoreApplication.translate("reports", "Signatures"),
        QCoreApplication.translate("reports", "Session summary: %1"),
        QCoreApplication.translate("reports", "Summary"),
        QCoreApplication.translate("reports", "No summary written for this session."),
        QCoreApplication.translate("reports", "Open commitments"),
        QCoreApplication.translate("reports", "No agreement recorded yet."),
        QCoreApplication.translate("reports", "No goals agreed yet."),
        QCoreApplication.translate("reports", "No themes tagged yet."),
        QCoreApplication.translate("reports", "No sessions yet."),
        QCoreApplication.translate("reports", "No commitments yet."),
        QCoreApplication.translate("reports", "Still to be agreed:"),
        QCoreApplication.translate("reports", "New in the role"),
        QCoreApplication.translate("reports", "open"),
        QCoreApplication.translate("reports", "1 commitment, none due yet."),
        QCoreApplication.translate("reports", "Closed"),
        QCoreApplication.translate("reports", "every week"),
        QCoreApplication.translate("reports", "Not rated yet."),
        QCoreApplication.translate("reports", "%1 commitments, none due yet."),
        QCoreApplication.translate("reports", "None of %1 due kept yet"),
        QCoreApplication.translate("reports", "Paused"),
        QCoreApplication.translate("reports", "not set"),
        QCoreApplication.translate("reports", "no date"),
    ]
