"""The Follow-up tab: themes touched, commitments, progress on goals, and the mentor's private
reflection; with the small widgets it is made of (also used by the in-session view).

FollowUpPanel's texts keep the translation context "SessionEditor" (the class they were
written in); the helper widgets keep their own class names, so their contexts are unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides.playbook import PlaybookEntry
from mentorpad.models.entities import Commitment, Goal, GoalRating, Session
from mentorpad.ui.areas.mentees.session_editor.keys import QUICK_COMMITMENT, native
from mentorpad.ui.labels import owner_label
from mentorpad.ui.screen_fit import FittedDialog
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.editors import MarkdownEditor
from mentorpad.ui.widgets.flow import flow_container
from mentorpad.ui.widgets.item_models import Column, RecordTableModel, format_date

translate = QCoreApplication.translate


def empty_layout(layout: QLayout) -> None:
    """Remove and delete every widget a layout holds (rows rebuilt for another session)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item else None
        if widget is not None:
            widget.deleteLater()


class CommitmentDialog(FittedDialog):
    """Quick capture of a commitment: text, owner, due date."""

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.setObjectName("commitment_dialog")
        self.setWindowTitle(self.tr("New commitment"))
        self.text = QLineEdit()
        self.text.setObjectName("text")
        self.text.setPlaceholderText(self.tr("What will be done"))
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.addItem(self.tr("Mentee"), "mentee")
        self.owner.addItem(self.tr("Me (mentor)"), "mentor")
        due = clock.now().date() + dt.timedelta(days=14)
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Commitment"), self.text)
        form.addRow(self.tr("Who"), self.owner)
        form.addRow(self.tr("Due"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> tuple[str, str, dt.date]:
        d = self.due.date()
        return (
            self.text.text().strip(),
            str(self.owner.currentData()),
            dt.date(d.year(), d.month(), d.day()),
        )


class ThemeChips(QWidget):
    """Tagged themes as buttons (click opens the playbook entry, × removes) plus a picker."""

    open_requested = Signal(str)
    add_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: dict[str, str] = {}
        self._chips, self._row = flow_container()
        self.picker = QComboBox()
        self.picker.setObjectName("theme_picker")
        self.picker.setAccessibleName(self.tr("Add a theme from the playbook"))
        self.picker.setMinimumContentsLength(28)
        self.picker.activated.connect(self._on_picker_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._chips)
        layout.addWidget(self.picker, 0, Qt.AlignmentFlag.AlignLeft)
        self._themes: tuple[str, ...] = ()

    def set_catalog(self, entries: list[PlaybookEntry]) -> None:
        self._titles = {e.id: e.title for e in entries}
        self.picker.clear()
        self.picker.addItem(self.tr("Add a theme…"), None)
        for e in entries:
            self.picker.addItem(f"{e.number}. {e.title}", e.id)

    def set_themes(self, themes: tuple[str, ...]) -> None:
        self._themes = themes
        empty_layout(self._row)
        if not themes:
            empty = QLabel(self.tr("No themes tagged yet."))
            empty.setProperty("role", "hint")
            self._row.addWidget(empty)
        for theme in themes:
            self._row.addWidget(self._chip(theme))

    def _chip(self, theme: str) -> QWidget:
        """One theme: its title (opens the entry) and a × that removes it."""
        chip = QToolButton()
        chip.setObjectName(f"theme_{theme}")
        chip.setText(self._titles.get(theme, theme))
        chip.setAccessibleName(self.tr("Open playbook entry"))
        chip.clicked.connect(lambda _=False, t=theme: self.open_requested.emit(t))
        remove = QToolButton()
        remove.setText("×")
        remove.setAccessibleName(self.tr("Remove theme"))
        remove.clicked.connect(lambda _=False, t=theme: self.remove_requested.emit(t))
        pair = QWidget()
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.setSpacing(0)
        pair_layout.addWidget(chip)
        pair_layout.addWidget(remove)
        return pair

    @property
    def themes(self) -> tuple[str, ...]:
        return self._themes

    def _on_picker_activated(self, index: int) -> None:
        entry_id = self.picker.itemData(index)
        self.picker.setCurrentIndex(0)
        if entry_id:
            self.add_requested.emit(str(entry_id))

    def clear_content(self) -> None:
        self.set_themes(())


class RatingRow(QWidget):
    """One goal: its text, a 1-5 rating, a comment."""

    changed = Signal(object, object, str)  # goal id (63-bit: object), rating or None, comment

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # the goal as typed
        label.setText(goal.text)
        label.setWordWrap(True)
        self.rating = QComboBox()
        self.rating.setObjectName(f"rating_{goal.position}")
        self.rating.addItem(self.tr("Not rated"), None)
        for value in range(1, 6):
            self.rating.addItem(fill(self.tr("%1 / 5"), str(value)), value)
        self.rating.setAccessibleName(fill(self.tr("Progress on: %1"), goal.text))
        self.comment = QLineEdit()
        self.comment.setObjectName(f"rating_comment_{goal.position}")
        self.comment.setPlaceholderText(self.tr("What shows this?"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 0, 0, 1, 2)
        layout.addWidget(self.rating, 1, 0)
        layout.addWidget(self.comment, 1, 1)
        layout.setColumnStretch(1, 1)
        self.rating.activated.connect(self._emit)
        self.comment.editingFinished.connect(self._emit)

    def set_value(self, rating: int | None, comment: str) -> None:
        self.rating.setCurrentIndex(rating or 0)
        self.comment.setText(comment)

    def _emit(self) -> None:
        self.changed.emit(self.goal.id, self.rating.currentData(), self.comment.text().strip())


class FollowUpPanel(QScrollArea):
    """The Follow-up tab, scrolling as one page. Edits leave as signals; the editor decides
    whether they are the mentor's (and saves) or its own loading."""

    commitment_edited = Signal(object, dict)  # commitment id, fields
    rating_changed = Signal(object, object, str)  # goal id, rating or None, comment
    reflection_edited = Signal()  # talk share or advising changed: see reflection_fields()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self._clock = clock  # today: the day a commitment is ticked off
        self.rating_rows: list[RatingRow] = []
        page = QWidget()
        grid = QVBoxLayout(page)
        grid.addWidget(self._build_themes_box())
        grid.addWidget(self._build_commitments_box())
        grid.addWidget(self._build_ratings_box())
        grid.addWidget(self._build_reflection_box())
        grid.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        self._connect_signals()

    def _build_themes_box(self) -> QWidget:
        box = QGroupBox(translate("SessionEditor", "Themes touched"))
        self.themes = ThemeChips()
        self.themes.setObjectName("themes")
        QVBoxLayout(box).addWidget(self.themes)
        return box

    def _build_commitments_box(self) -> QWidget:
        box = QGroupBox(translate("SessionEditor", "Commitments"))
        self.commitment_model: RecordTableModel[Commitment] = RecordTableModel(
            [
                Column(
                    translate("SessionEditor", "Done"),
                    lambda c: c.done_on is not None,
                    checkable=True,
                ),
                Column(translate("SessionEditor", "Commitment"), lambda c: c.text, editable=True),
                Column(translate("SessionEditor", "Who"), lambda c: owner_label(c.owner)),
                Column(translate("SessionEditor", "Due"), lambda c: format_date(c.due_date)),
            ],
            key=lambda c: c.id,
            on_edit=self._on_commitment_model_edit,
        )
        self.commitment_table = QTableView()
        self.commitment_table.setObjectName("commitment_table")
        self.commitment_table.setModel(self.commitment_model)
        self.commitment_table.verticalHeader().hide()
        self.commitment_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.commitment_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.commitment_table.setMinimumHeight(120)
        self.add_commitment = QPushButton(translate("SessionEditor", "Add commitment…"))
        self.add_commitment.setObjectName("add_commitment")
        self.add_commitment.setToolTip(native(QUICK_COMMITMENT))
        layout = QVBoxLayout(box)
        layout.addWidget(self.commitment_table)
        layout.addWidget(self.add_commitment, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _build_ratings_box(self) -> QWidget:
        self.ratings_box = QGroupBox(translate("SessionEditor", "Progress on goals"))
        self.ratings_box.setObjectName("ratings_box")
        self.ratings_layout = QVBoxLayout(self.ratings_box)
        return self.ratings_box

    def _build_reflection_box(self) -> QWidget:
        box = QGroupBox(translate("SessionEditor", "My reflection (private)"))
        self.talk_share = QSlider(Qt.Orientation.Horizontal)
        self.talk_share.setObjectName("talk_share")
        self.talk_share.setRange(0, 100)
        self.talk_share.setSingleStep(5)
        self.talk_share.setPageStep(10)
        self.talk_share.setAccessibleName(
            translate("SessionEditor", "How much of the time did I talk?")
        )
        self.talk_share_label = QLabel()
        self.talk_share_label.setObjectName("talk_share_label")
        self.talk_share_known = QCheckBox(translate("SessionEditor", "I noted my talk time"))
        self.talk_share_known.setObjectName("talk_share_known")
        self.advised_first = QComboBox()
        self.advised_first.setObjectName("advised_first")
        self.advised_first.addItem(translate("SessionEditor", "Not noted"), None)
        self.advised_first.addItem(translate("SessionEditor", "No: I asked before advising"), False)
        self.advised_first.addItem(translate("SessionEditor", "Yes: I advised before asking"), True)
        self.reflection = MarkdownEditor(
            "reflection", translate("SessionEditor", "What would I do differently next time?")
        )
        self.reflection.set_preview_visible(False)
        form = QFormLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.talk_share_known)
        row.addWidget(self.talk_share, 1)
        row.addWidget(self.talk_share_label)
        form.addRow(translate("SessionEditor", "I talked roughly"), row)
        form.addRow(translate("SessionEditor", "Did I advise before asking?"), self.advised_first)
        form.addRow(self.reflection)
        return box

    def _connect_signals(self) -> None:
        self.talk_share.valueChanged.connect(self._on_talk_share_value_changed)
        self.talk_share.sliderReleased.connect(self._on_reflection_changed)
        self.talk_share_known.toggled.connect(self._on_reflection_changed)
        self.advised_first.activated.connect(self._on_reflection_changed)

    # -- loading ---------------------------------------------------------------------------

    def load(self, session: Session, commitments: Sequence[Commitment]) -> None:
        """Commitments and the reflection's fields of one session (ratings: load_ratings)."""
        self.set_commitments(commitments)
        self.commitment_table.resizeColumnToContents(0)
        self.talk_share_known.setChecked(session.talk_share is not None)
        self.talk_share.setValue(session.talk_share if session.talk_share is not None else 40)
        self._on_talk_share_value_changed(self.talk_share.value())
        self.advised_first.setCurrentIndex(
            0 if session.advised_first is None else (2 if session.advised_first else 1)
        )

    def set_commitments(self, commitments: Sequence[Commitment]) -> None:
        self.commitment_model.set_rows(commitments)

    def load_ratings(self, ratings: Sequence[GoalRating], goals: list[Goal]) -> None:
        by_goal = {r.goal_id: r for r in ratings}
        if goals and [row.goal for row in self.rating_rows] == goals:
            # Same mentee, same goals: refill the rows instead of rebuilding them.
            for row in self.rating_rows:
                current = by_goal.get(row.goal.id)
                row.set_value(
                    current.rating if current else None, current.comment if current else ""
                )
            return
        for row in self.rating_rows:
            row.deleteLater()
        self.rating_rows = []
        empty_layout(self.ratings_layout)
        if not goals:
            hint = QLabel(translate("SessionEditor", "No goals yet: set them in the agreement."))
            hint.setProperty("role", "hint")
            self.ratings_layout.addWidget(hint)
            return
        for goal in goals:
            row = RatingRow(goal)
            current = by_goal.get(goal.id)
            row.set_value(current.rating if current else None, current.comment if current else "")
            row.changed.connect(self.rating_changed)
            self.ratings_layout.addWidget(row)
            self.rating_rows.append(row)

    def reflection_fields(self) -> dict[str, object]:
        """The reflection's session fields as the mentor has set them."""
        return {
            "talk_share": self.talk_share.value() if self.talk_share_known.isChecked() else None,
            "advised_first": self.advised_first.currentData(),
        }

    def clear_content(self) -> None:
        self.reflection.clear_content()
        self.commitment_model.clear()
        self.themes.clear_content()
        self.load_ratings([], [])

    # -- edits -----------------------------------------------------------------------------

    def _on_talk_share_value_changed(self, value: int) -> None:
        self.talk_share_label.setText(f"{value}%")
        self.talk_share.setEnabled(self.talk_share_known.isChecked())

    def _on_reflection_changed(self) -> None:
        self.talk_share.setEnabled(self.talk_share_known.isChecked())
        self.reflection_edited.emit()

    def _on_commitment_model_edit(self, commitment: Commitment, column: int, value: object) -> None:
        if column == 0:
            self.commitment_edited.emit(
                commitment.id, {"done_on": self._clock.now().date() if value else None}
            )
        elif column == 1 and str(value).strip():
            self.commitment_edited.emit(commitment.id, {"text": str(value).strip()})
