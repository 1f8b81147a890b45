"""The mentoring agreement: one form, shown whole in the editor and step by step in the
guided first-session flow."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models.entities import Agreement
from mentorpad.ui.screen_fit import FittedWizard
from mentorpad.ui.text import fill

# The agreement's clauses, in the order the form shows them.
TEXT_FIELDS = (
    "confidentiality",
    "exceptions",
    "reporting",
    "conflict_of_interest",
    "feedback",
    "exit_clause",
    "contact",
)


def clause_label(key: str) -> str:
    """The label of an agreement clause in the form."""
    labels = {
        "confidentiality": QCoreApplication.translate(
            "AgreementForm", "Default: nothing leaves the room"
        ),
        "exceptions": QCoreApplication.translate("AgreementForm", "Named exceptions"),
        "reporting": QCoreApplication.translate(
            "AgreementForm", "What may be reported, and by whom"
        ),
        "conflict_of_interest": QCoreApplication.translate("AgreementForm", "Conflict of interest"),
        "feedback": QCoreApplication.translate("AgreementForm", "How we give each other feedback"),
        "exit_clause": QCoreApplication.translate("AgreementForm", "No-fault exit"),
        "contact": QCoreApplication.translate("AgreementForm", "Contact between sessions"),
    }
    return labels[key]


def default_clause(key: str) -> str:
    """The wording a new agreement starts from, in the mentor's language; they edit it."""
    texts = {
        "confidentiality": QCoreApplication.translate(
            "AgreementForm",
            "What we discuss stays between the two of us. I keep my notes encrypted on my own "
            "computer and share them with no one: not your manager, not HR, not the programme.",
        ),
        "exceptions": QCoreApplication.translate(
            "AgreementForm",
            "I would break confidentiality only if I learned of a risk of serious harm to you "
            "or someone else, or of unlawful or seriously unethical conduct. I would tell you "
            "first what I need to share, and with whom.",
        ),
        "reporting": QCoreApplication.translate(
            "AgreementForm",
            "The programme hears only that we meet and how often. Anything more we agree "
            "together first, and you decide what is said about your development.",
        ),
        "conflict_of_interest": QCoreApplication.translate(
            "AgreementForm",
            "Neither of us is in the other's reporting line. If that changes, or a decision "
            "about your role or pay comes my way, I step out of it and we talk about what it "
            "means for our sessions.",
        ),
        "feedback": QCoreApplication.translate(
            "AgreementForm",
            "We close each session with what helped and what did not, and at the mid-point we "
            "review the relationship itself. Either of us can raise something at any time.",
        ),
        "exit_clause": QCoreApplication.translate(
            "AgreementForm",
            "Either of us can end the mentoring at any time, without giving reasons and "
            "without consequences. We say so openly and, if you like, look for another mentor "
            "together.",
        ),
        "contact": QCoreApplication.translate(
            "AgreementForm",
            "Between sessions, short questions by message are welcome; I answer within two "
            "working days.",
        ),
    }
    return texts[key]


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _text_box(name: str, label: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setAccessibleName(label)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(64)
    box.setMaximumHeight(110)
    return box


class AgreementForm(QWidget):
    """All agreement fields, grouped into sections the wizard can show one at a time."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self._clock = clock  # today: the new term's start, and the day it is agreed
        self.sections = [self._build_goals(), self._build_rhythm(), *self._build_clauses()]
        layout = QVBoxLayout(self)
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)
        self._connect_signals()

    def _build_goals(self) -> QGroupBox:
        self.goal_texts: list[QLineEdit] = []
        self.goal_indicators: list[QLineEdit] = []
        goals = QGroupBox(self.tr("Goals (one to three)"))
        goals.setObjectName("goals_section")
        goal_form = QFormLayout(goals)
        for i in range(3):
            text = QLineEdit()
            text.setObjectName(f"goal_{i + 1}")
            text.setPlaceholderText(self.tr("What the mentee wants to achieve"))
            text.setAccessibleName(fill(self.tr("Goal %1"), str(i + 1)))
            indicator = QLineEdit()
            indicator.setObjectName(f"indicator_{i + 1}")
            indicator.setPlaceholderText(self.tr("How we will know: a visible sign of success"))
            indicator.setAccessibleName(fill(self.tr("Success indicator for goal %1"), str(i + 1)))
            goal_form.addRow(fill(self.tr("Goal %1"), str(i + 1)), text)
            goal_form.addRow(self.tr("Success indicator"), indicator)
            self.goal_texts.append(text)
            self.goal_indicators.append(indicator)
        return goals

    def _build_rhythm(self) -> QGroupBox:
        rhythm = QGroupBox(self.tr("Rhythm and term"))
        rhythm.setObjectName("rhythm_section")
        rhythm_form = QFormLayout(rhythm)
        self.cadence = QSpinBox()
        self.cadence.setObjectName("cadence")
        self.cadence.setRange(1, 26)
        self.cadence.setValue(4)
        self.cadence.setPrefix(self.tr("every "))
        self.cadence.setSuffix(self.tr(" weeks"))
        today = self._today()
        self.term_start = QDateEdit(_qdate(today))
        self.midpoint = QDateEdit(_qdate(today + dt.timedelta(days=91)))
        self.closing = QDateEdit(_qdate(today + dt.timedelta(days=182)))
        for name, edit in (
            ("term_start", self.term_start),
            ("midpoint", self.midpoint),
            ("closing", self.closing),
        ):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
        self.term_months = QSpinBox()
        self.term_months.setObjectName("term_months")
        self.term_months.setRange(2, 24)
        self.term_months.setValue(6)
        self.term_months.setSuffix(self.tr(" months"))
        term_row = QHBoxLayout()
        term_row.addWidget(self.term_start)
        term_row.addWidget(QLabel(self.tr("for")))
        term_row.addWidget(self.term_months)
        term_row.addStretch(1)
        rhythm_form.addRow(self.tr("Sessions"), self.cadence)
        rhythm_form.addRow(self.tr("Term starts"), term_row)
        rhythm_form.addRow(self.tr("Mid-point review"), self.midpoint)
        rhythm_form.addRow(self.tr("Closing session"), self.closing)
        return rhythm

    def _build_clauses(self) -> tuple[QGroupBox, QGroupBox]:
        """The written clauses in two sections: confidentiality, and working together."""
        self.texts: dict[str, QPlainTextEdit] = {}
        confidentiality = QGroupBox(self.tr("Confidentiality"))
        confidentiality.setObjectName("confidentiality_section")
        conf_form = QFormLayout(confidentiality)
        working = QGroupBox(self.tr("Working together"))
        working.setObjectName("working_section")
        work_form = QFormLayout(working)
        for key in TEXT_FIELDS:
            label = clause_label(key)
            box = _text_box(key, label)
            self.texts[key] = box
            form = (
                conf_form
                if key in ("confidentiality", "exceptions", "reporting", "conflict_of_interest")
                else work_form
            )
            label_widget = QLabel(label)
            label_widget.setWordWrap(True)
            form.addRow(label_widget, box)
        return confidentiality, working

    def _connect_signals(self) -> None:
        self.term_start.dateChanged.connect(self._on_term_changed)
        self.term_months.valueChanged.connect(self._on_term_changed)
        for widget in (*self.goal_texts, *self.goal_indicators):
            widget.textEdited.connect(self.changed)
        for box in self.texts.values():
            box.textChanged.connect(self.changed)
        for spin in (self.cadence, self.term_months):
            spin.valueChanged.connect(self.changed)
        for edit in (self.term_start, self.midpoint, self.closing):
            edit.dateChanged.connect(self.changed)

    def _on_term_changed(self) -> None:
        """Mid-point and closing follow the term unless the mentor sets them by hand."""
        start = _pydate(self.term_start.date())
        months = self.term_months.value()
        closing = _add_months(start, months)
        self.closing.setDate(_qdate(closing))
        self.midpoint.setDate(_qdate(start + (closing - start) / 2))

    def load(self, agreement: Agreement | None) -> None:
        self.blockSignals(True)
        try:
            goals = agreement.goals if agreement else ()
            for i in range(3):
                self.goal_texts[i].setText(goals[i].text if i < len(goals) else "")
                self.goal_indicators[i].setText(
                    goals[i].success_indicator if i < len(goals) else ""
                )
            if agreement is None:
                for key, box in self.texts.items():
                    box.setPlainText(default_clause(key))
                self.cadence.setValue(4)
                self.term_start.setDate(_qdate(self._today()))
                self._on_term_changed()
                return
            self.cadence.setValue(agreement.cadence_weeks)
            for key, box in self.texts.items():
                box.setPlainText(getattr(agreement, key))
            if agreement.term_start:
                self.term_start.blockSignals(True)
                self.term_start.setDate(_qdate(agreement.term_start))
                self.term_start.blockSignals(False)
            if agreement.midpoint:
                self.midpoint.setDate(_qdate(agreement.midpoint))
            if agreement.closing:
                self.closing.setDate(_qdate(agreement.closing))
                if agreement.term_start:
                    months = round((agreement.closing - agreement.term_start).days / 30.44)
                    self.term_months.blockSignals(True)
                    self.term_months.setValue(max(2, min(24, months)))
                    self.term_months.blockSignals(False)
        finally:
            self.blockSignals(False)

    def _today(self) -> dt.date:
        return self._clock.now().date()

    def goals(self) -> list[tuple[str, str]]:
        return [
            (t.text().strip(), i.text().strip())
            for t, i in zip(self.goal_texts, self.goal_indicators, strict=True)
            if t.text().strip()
        ]

    def agreement(self, mentee_id: int) -> Agreement:
        agreement = Agreement(
            mentee_id=mentee_id,
            cadence_weeks=self.cadence.value(),
            term_start=_pydate(self.term_start.date()),
            midpoint=_pydate(self.midpoint.date()),
            closing=_pydate(self.closing.date()),
            agreed_on=self._today(),
        )
        texts: dict[str, Any] = {k: box.toPlainText().strip() for k, box in self.texts.items()}
        return dataclasses.replace(agreement, **texts)

    def problem(self) -> str | None:
        if not self.goals():
            return self.tr("Add at least one goal: it is what the mentoring is for.")
        if _pydate(self.closing.date()) <= _pydate(self.term_start.date()):
            return self.tr("The closing date must come after the start of the term.")
        return None

    def clear_content(self) -> None:
        self.blockSignals(True)
        for widget in (*self.goal_texts, *self.goal_indicators):
            widget.clear()
        for box in self.texts.values():
            box.clear()
            box.document().clearUndoRedoStacks()
        self.blockSignals(False)


def _add_months(start: dt.date, months: int) -> dt.date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    day = min(
        start.day,
        [
            31,
            29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ][month - 1],
    )
    return dt.date(year, month, day)


class AgreementEditor(QWidget):
    """The agreement tab: the whole form, save, guided setup and export."""

    save_requested = Signal()
    guided_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_editor")
        self.form = AgreementForm(clock=clock)
        self.form.setObjectName("agreement_form")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.status = QLabel()
        self.status.setObjectName("agreement_status")
        self.status.setProperty("role", "hint")
        self.save_button = QPushButton(self.tr("Save agreement"))
        self.save_button.setObjectName("save_agreement")
        self.guided_button = QPushButton(self.tr("Guided setup…"))
        self.guided_button.setObjectName("guided_agreement")
        self.export_button = QPushButton(self.tr("Export for the mentee…"))
        self.export_button.setObjectName("export_agreement")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.guided_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self.save_button.clicked.connect(self.save_requested)
        self.guided_button.clicked.connect(self.guided_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.form.changed.connect(self._on_form_changed)
        self.dirty = False

    def _on_form_changed(self) -> None:
        self.dirty = True
        self.status.setText(self.tr("Unsaved changes"))

    def load(self, agreement: Agreement | None) -> None:
        self.form.load(agreement)
        self.dirty = False
        self.export_button.setEnabled(agreement is not None)
        if agreement is None:
            self.status.setText(
                self.tr(
                    "No agreement yet: the guided setup walks you through it in the first session."
                )
            )
        else:
            self.status.setText(self.tr("Agreement saved."))

    def clear_content(self) -> None:
        self.form.clear_content()
        self.status.clear()
        self.dirty = False


class AgreementWizard(FittedWizard):
    """The guided first-session flow: one section per page, with the session template's
    checklist as prompts."""

    def __init__(
        self,
        agreement: Agreement | None,
        checklist: tuple[str, ...] = (),
        parent: QWidget | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_wizard")
        self.setWindowTitle(self.tr("Mentoring agreement"))
        self.setMinimumSize(640, 560)
        self.form = AgreementForm(clock=clock)
        self.form.load(agreement)
        for (title, intro), section in zip(self._intros(), self.form.sections, strict=True):
            page = QWizardPage()
            page.setTitle(title)
            page.setSubTitle(intro)
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(section)
            self.addPage(page)
        if checklist:
            self.addPage(self._checklist_page(checklist))

    def _intros(self) -> list[tuple[str, str]]:
        """Each section's page title, and what to talk about on it."""
        return [
            (
                self.tr("Goals"),
                self.tr(
                    "Ask what the mentee wants from these months, in their words. Agree one to "
                    "three goals and, for each, what you would both see when it is reached."
                ),
            ),
            (
                self.tr("Rhythm and term"),
                self.tr(
                    "Agree how often you meet and for how long. Put the mid-point review and the "
                    "closing session in both calendars now."
                ),
            ),
            (
                self.tr("Confidentiality"),
                self.tr(
                    "Say plainly what stays between you, the few exceptions, and what, if "
                    "anything, the programme hears."
                ),
            ),
            (
                self.tr("Working together"),
                self.tr(
                    "Agree how you give each other feedback, how to reach each other between "
                    "sessions, and that either of you can end it without blame."
                ),
            ),
        ]

    def _checklist_page(self, checklist: tuple[str, ...]) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Before you finish"))
        page.setSubTitle(self.tr("Did you cover everything the first session is for?"))
        page_layout = QVBoxLayout(page)
        text = QLabel("\n".join(f"•  {item}" for item in checklist))
        text.setWordWrap(True)
        page_layout.addWidget(text)
        page_layout.addStretch(1)
        return page

    def validateCurrentPage(self) -> bool:
        if self.currentId() == 0 and not self.form.goals():
            self.currentPage().setSubTitle(
                self.tr("Add at least one goal: it is what the mentoring is for.")
            )
            return False
        return True
