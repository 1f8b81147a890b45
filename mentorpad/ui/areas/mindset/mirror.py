"""The mentee mirror: a blank form to hand over, entering a mentee's answers, blind spots.

Views only. The blank form carries the items and the scale, nothing from the vault; the
answers a mentee gives are typed in here, one dimension at a time like the self-assessment.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorpad.ui.areas.mindset.common import Card, label
from mentorpad.ui.areas.mindset.models import mentees_model
from mentorpad.ui.areas.mindset.take import QuestionnaireView


class MirrorOverview(QWidget):
    export_requested = Signal()
    entry_requested = Signal(object)  # mentee id
    mentee_chosen = Signal(object)  # mentee id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mentees = mentees_model()
        self._build_export()
        self._build_entry()
        self._build_blind_spots()
        self._lay_out()
        self.set_mentees_available(False)
        self._connect_signals()

    def _build_export(self) -> None:
        """Why ask the mentee, and the blank form to hand over."""
        self.heading = label(self.tr("Your mentee's view"), name="heading", role="heading")
        self.explanation = label(
            self.tr(
                "You see yourself from the inside; your mentee sees what you do. Where the two "
                "views differ by a point or more there may be a blind spot, something others "
                "see and you do not, or a strength you underrate. Hand your mentee the blank "
                "form, let them fill it in privately, then enter their answers here."
            ),
            name="explanation",
        )
        self.export_button = QPushButton(self.tr("Export the blank form (PDF)…"))
        self.export_button.setObjectName("export_button")
        self.export_note = label(
            self.tr(
                "The form lists the statements and the scale only: no names and nothing from "
                "your notes."
            ),
            name="export_note",
            role="hint",
        )
        self.export_status = label(name="export_status", role="hint")
        self.export_status.hide()

    def _build_entry(self) -> None:
        """Choosing the mentee whose answers to type in."""
        self.enter_heading = label(
            self.tr("Enter a mentee's answers"), name="enter_heading", role="subheading"
        )
        self.mentee_combo = QComboBox()
        self.mentee_combo.setObjectName("mentee_combo")
        self.mentee_combo.setAccessibleName(self.tr("Mentee"))
        self.mentee_combo.setModel(self.mentees)
        self.mentee_combo.setMinimumContentsLength(18)
        self.enter_button = QPushButton(self.tr("Enter their answers"))
        self.enter_button.setObjectName("enter_button")
        self.no_mentees_label = label(
            self.tr("Add a mentee first: the answers are kept with that mentee."),
            name="no_mentees_label",
            role="hint",
        )
        self.status_label = label(name="status_label", role="hint")

    def _build_blind_spots(self) -> None:
        """Where the two views differ; hidden until both exist."""
        self.blind_spots_box = Card()
        self.blind_spots_box.setObjectName("blind_spots_box")
        self.blind_spots_title = label(
            self.tr("Blind spots"), name="blind_spots_title", role="subheading"
        )
        self.blind_spots_label = label(name="blind_spots_label")
        self.blind_spots_note = label(
            self.tr(
                "A gap of 1.0 or more between your score and your mentee's marks a possible "
                "blind spot. It is a question to explore together, not a verdict on either "
                "of you."
            ),
            name="blind_spots_note",
            role="hint",
        )
        self.blind_spots_box.body.addWidget(self.blind_spots_title)
        self.blind_spots_box.body.addWidget(self.blind_spots_label)
        self.blind_spots_box.body.addWidget(self.blind_spots_note)
        self.blind_spots_box.hide()

    def _lay_out(self) -> None:
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        enter_row = QHBoxLayout()
        mentee_label = label(self.tr("Mentee"), name="mentee_label")
        mentee_label.setBuddy(self.mentee_combo)
        enter_row.addWidget(mentee_label)
        enter_row.addWidget(self.mentee_combo)
        enter_row.addWidget(self.enter_button)
        enter_row.addStretch(1)

        content = QWidget()
        content.setObjectName("content")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(export_row)
        layout.addWidget(self.export_note)
        layout.addWidget(self.export_status)
        layout.addSpacing(8)
        layout.addWidget(self.enter_heading)
        layout.addLayout(enter_row)
        layout.addWidget(self.no_mentees_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.blind_spots_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("scroll_area")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.export_requested)
        self.enter_button.clicked.connect(self._on_enter_button_clicked)
        self.mentee_combo.currentIndexChanged.connect(self._on_mentee_combo_changed)

    def chosen_mentee_id(self) -> int | None:
        value = self.mentee_combo.currentData(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, int) else None

    def choose_mentee(self, mentee_id: int | None) -> None:
        row = self.mentees.row_of(mentee_id) if mentee_id is not None else -1
        if row < 0 and self.mentees.rowCount() > 0:
            row = 0
        self.mentee_combo.setCurrentIndex(row)

    def set_mentees_available(self, available: bool) -> None:
        self.mentee_combo.setEnabled(available)
        self.enter_button.setEnabled(available)
        self.no_mentees_label.setVisible(not available)

    def show_blind_spots(self, lines: Sequence[str] | None) -> None:
        """None hides the box; an empty list says there are none."""
        if lines is None:
            self.blind_spots_label.clear()
            self.blind_spots_box.hide()
            return
        self.blind_spots_label.setText(
            "\n\n".join(lines)
            if lines
            else self.tr(
                "No blind spots: your view and your mentee's differ by less than 1.0 on "
                "every dimension."
            )
        )
        self.blind_spots_box.setAccessibleDescription(self.blind_spots_label.text())
        self.blind_spots_box.show()

    def clear_content(self) -> None:
        self.mentee_combo.blockSignals(True)
        self.mentees.clear()
        self.mentee_combo.blockSignals(False)
        self.status_label.clear()
        self.export_status.clear()
        self.export_status.hide()
        self.show_blind_spots(None)
        self.blind_spots_box.setAccessibleDescription("")
        self.set_mentees_available(False)

    def _on_enter_button_clicked(self) -> None:
        mentee_id = self.chosen_mentee_id()
        if mentee_id is not None:
            self.entry_requested.emit(mentee_id)

    def _on_mentee_combo_changed(self) -> None:
        self.mentee_chosen.emit(self.chosen_mentee_id())


class MirrorView(QStackedWidget):
    """The overview, or the questionnaire while a mentee's answers are being entered."""

    entry_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = MirrorOverview()
        self.overview.setObjectName("overview")
        self.entry = QWidget()
        self.entry.setObjectName("entry")
        self.entry_heading = label(name="entry_heading", role="subheading")
        self.entry_hint = label(
            self.tr("Copy the answers from the form your mentee filled in."),
            name="entry_hint",
            role="hint",
        )
        self.back_button = QPushButton(self.tr("Back (answers so far are kept)"))
        self.back_button.setObjectName("back_button")
        self.questionnaire = QuestionnaireView()
        self.questionnaire.setObjectName("questionnaire")
        self.questionnaire.finish_label = self.tr("Save their answers")
        self.questionnaire.show_intro = False  # it addresses the mentee, who is not here
        top = QHBoxLayout()
        top.addWidget(self.entry_heading, 1)
        top.addWidget(self.back_button)
        entry_layout = QVBoxLayout(self.entry)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        entry_layout.addLayout(top)
        entry_layout.addWidget(self.entry_hint)
        entry_layout.addWidget(self.questionnaire, 1)
        self.addWidget(self.overview)
        self.addWidget(self.entry)
        self.back_button.clicked.connect(self.entry_closed)

    @property
    def entering(self) -> bool:
        return self.currentWidget() is self.entry

    def show_overview(self) -> None:
        self.setCurrentWidget(self.overview)

    def show_entry(self, heading: str) -> None:
        self.entry_heading.setText(heading)
        self.setCurrentWidget(self.entry)

    def clear_content(self) -> None:
        self.overview.clear_content()
        self.entry_heading.clear()
        self.questionnaire.clear_content()
