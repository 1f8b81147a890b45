"""Add or edit a mentee's profile."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models.entities import STAGES, STATUSES, Mentee
from mentorpad.ui.labels import stage_label, status_label
from mentorpad.ui.screen_fit import FittedDialog


class MenteeDialog(FittedDialog):
    """The profile form; values() gives the fields as Store.add_mentee and update_mentee
    take them."""

    def __init__(
        self,
        mentee: Mentee | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # today: a new mentee's start date
        self.setObjectName("mentee_dialog")
        self.setWindowTitle(self.tr("Edit mentee") if mentee else self.tr("Add a mentee"))
        self.setMinimumWidth(460)
        self._build_texts(mentee)
        self._build_choices(mentee)
        hint = QLabel(
            self.tr(
                "mentorpad never needs a real name: a first name and initial or a code name "
                "keeps the mentee unidentifiable even on a shared screen."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Organisation or unit"), self.organisation)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Start date"), self.start_date)
        form.addRow(self.tr("Status"), self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.display_name.textChanged.connect(self._on_display_name_text_changed)
        self._on_display_name_text_changed()

    def _build_texts(self, mentee: Mentee | None) -> None:
        self.display_name = QLineEdit(mentee.display_name if mentee else "")
        self.display_name.setObjectName("display_name")
        self.display_name.setPlaceholderText(self.tr("A code name is fine"))
        self.display_name.setAccessibleName(self.tr("Name or code name"))
        self.role = QLineEdit(mentee.role if mentee else "")
        self.role.setObjectName("role")
        self.role.setPlaceholderText(self.tr("e.g. Team lead, customer operations"))
        self.organisation = QLineEdit(mentee.organisation if mentee else "")
        self.organisation.setObjectName("organisation")

    def _build_choices(self, mentee: Mentee | None) -> None:
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        self.stage.addItem(self.tr("Not set yet"), None)
        for key in STAGES:
            self.stage.addItem(stage_label(key), key)
        if mentee and mentee.stage:
            self.stage.setCurrentIndex(STAGES.index(mentee.stage) + 1)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for key in STATUSES:
            self.status.addItem(status_label(key), key)
        if mentee:
            self.status.setCurrentIndex(STATUSES.index(mentee.status))
        self.start_date = QDateEdit()
        self.start_date.setObjectName("start_date")
        self.start_date.setCalendarPopup(True)
        start = mentee.start_date if mentee and mentee.start_date else self._clock.now().date()
        self.start_date.setDate(QDate(start.year, start.month, start.day))

    def _on_display_name_text_changed(self) -> None:
        ok = bool(self.display_name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def values(self) -> dict[str, object]:
        qd = self.start_date.date()
        return {
            "display_name": self.display_name.text().strip(),
            "role": self.role.text().strip(),
            "organisation": self.organisation.text().strip(),
            "stage": self.stage.currentData(),
            "status": self.status.currentData(),
            "start_date": dt.date(qd.year(), qd.month(), qd.day()),
        }
