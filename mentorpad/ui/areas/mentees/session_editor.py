"""One session: prepare (brief and agenda), take notes, write the shared summary, follow up
(themes, commitments, ratings, reflection), and the focused in-session mode."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
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
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides.playbook import PlaybookEntry, SessionTemplate
from mentorpad.guides.suggest import Suggestion
from mentorpad.models.entities import SESSION_KINDS, Commitment, Goal, SessionRecord
from mentorpad.prep import PrepBrief
from mentorpad.ui.labels import (
    grow_phase_label,
    owner_label,
    review_label,
    session_kind_label,
    suggestion_reason,
)
from mentorpad.ui.widgets.editors import MarkdownEditor
from mentorpad.ui.widgets.flow import flow_container
from mentorpad.ui.widgets.item_models import Column, RecordTableModel, format_date
from mentorpad.ui.widgets.render_view import NoteView

QUICK_COMMITMENT = QKeySequence("Ctrl+Shift+C")
QUICK_INSIGHT = QKeySequence("Ctrl+Shift+I")
QUICK_THEME = QKeySequence("Ctrl+Shift+T")
TOGGLE_IN_SESSION = QKeySequence("Ctrl+Shift+S")


def prep_brief_markdown(brief: PrepBrief, titles: dict[str, str]) -> str:
    """The brief as Markdown: rendered by NoteView, so mentee text stays inert."""
    translate = QCoreApplication.translate
    lines: list[str] = []
    if brief.last_session is None:
        lines += [
            "### " + translate("SessionEditor", "First meeting"),
            "",
            translate(
                "SessionEditor",
                "No earlier session. Use the first-session template: connect, roles, goals, "
                "the agreement, a first action.",
            ),
            "",
        ]
    else:
        days = brief.days_since_last or 0
        weeks = (brief.cadence_days or 0) // 7
        rhythm = (
            translate("SessionEditor", "**1 day** since the last session")
            if days == 1
            else translate("SessionEditor", "**%1 days** since the last session").replace(
                "%1", str(days)
            )
        )
        if weeks == 1:
            rhythm += translate("SessionEditor", " · agreed: every week")
        elif weeks:
            rhythm += translate("SessionEditor", " · agreed: every %1 weeks").replace(
                "%1", str(weeks)
            )
        status = {
            "overdue": translate("SessionEditor", " · **overdue**"),
            "due": translate("SessionEditor", " · **due now**"),
        }.get(brief.cadence_status, "")
        lines += ["### " + translate("SessionEditor", "Since last time"), "", rhythm + status, ""]
    for label, when in brief.upcoming_reviews:
        lines += [
            translate("SessionEditor", "**Coming up: %1 on %2.**")
            .replace("%1", review_label(label))
            .replace("%2", format_date(when)),
            "",
        ]
    if brief.open_commitments:
        lines += ["### " + translate("SessionEditor", "Open commitments"), ""]
        for c in brief.open_commitments:
            due = (
                translate("SessionEditor", " (due %1)").replace("%1", format_date(c.due_date))
                if c.due_date
                else ""
            )
            flag = translate("SessionEditor", " **OVERDUE**") if c.is_overdue(brief.today) else ""
            lines.append(f"- {_md_escape(c.text)}: {owner_label(c.owner)}{due}{flag}")
        lines.append("")
    if brief.goals:
        lines += ["### " + translate("SessionEditor", "Goals"), ""]
        for g in brief.goals:
            latest = (
                translate("SessionEditor", "%1/5").replace("%1", str(g.latest.rating))
                if g.latest
                else translate("SessionEditor", "not rated yet")
            )
            arrow = {1: " ↑", -1: " ↓", 0: ""}[g.trend]
            comment = f": {_md_escape(g.latest.comment)}" if g.latest and g.latest.comment else ""
            lines.append(f"- {_md_escape(g.goal.text)}: **{latest}{arrow}**{comment}")
        lines.append("")
    if brief.recent_themes:
        themes = ", ".join(f"{titles.get(t, t)} ({n})" for t, n in brief.recent_themes)
        lines += ["### " + translate("SessionEditor", "Recent themes"), "", themes, ""]
    if brief.last_summary:
        lines += [
            "### " + translate("SessionEditor", "Last shared summary"),
            "",
            brief.last_summary,
            "",
        ]
    if brief.last_notes:
        lines += [
            "### " + translate("SessionEditor", "Last session's notes"),
            "",
            brief.last_notes,
            "",
        ]
    return "\n".join(lines)


def _empty_layout(layout: QLayout) -> None:
    """Remove and delete every widget a layout holds (rows rebuilt for another session)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item else None
        if widget is not None:
            widget.deleteLater()


def _layout(widget: QWidget) -> QLayout:
    layout = widget.layout()
    assert layout is not None
    return layout


def _md_escape(text: str) -> str:
    return text.replace("\n", " ")


def entry_at_hand_markdown(entry: PlaybookEntry) -> str:
    """A compact playbook card for the in-session side panel."""
    lines = [f"### {entry.title}", "", entry.summary, ""]
    for phase in "GROW":
        questions = [q for q in entry.questions if q.phase == phase]
        if questions:
            lines += [f"**{grow_phase_label(phase)}**", ""]
            lines += [f"- {q.text}" for q in questions]
            lines.append("")
    if entry.escalate_when:
        lines += [
            "**" + QCoreApplication.translate("SessionEditor", "Refer on when") + "**",
            "",
            *(f"- {e.situation} ({e.refer_to})" for e in entry.escalate_when),
            "",
        ]
    return "\n".join(lines)


class CommitmentDialog(QDialog):
    """Quick capture of a commitment: text, owner, due date."""

    def __init__(self, parent: QWidget | None = None) -> None:
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
        due = dt.date.today() + dt.timedelta(days=14)
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
        _empty_layout(self._row)
        if not themes:
            empty = QLabel(self.tr("No themes tagged yet."))
            empty.setProperty("role", "hint")
            self._row.addWidget(empty)
        for theme in themes:
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
            self._row.addWidget(pair)

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

    changed = Signal(int, object, str)  # goal id, rating or None, comment

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        label = QLabel(goal.text)
        label.setWordWrap(True)
        self.rating = QComboBox()
        self.rating.setObjectName(f"rating_{goal.position}")
        self.rating.addItem(self.tr("Not rated"), None)
        for value in range(1, 6):
            self.rating.addItem(self.tr("%1 / 5").replace("%1", str(value)), value)
        self.rating.setAccessibleName(self.tr("Progress on: %1").replace("%1", goal.text))
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


class PhaseTimer(QWidget):
    """The session clock against the template's phases: where should we be by now?"""

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self._time = clock
        self.setObjectName("phase_timer")
        self.clock = QLabel("0:00")
        self.clock.setObjectName("clock")
        self.clock.setProperty("role", "heading")
        self.phase = QLabel()
        self.phase.setObjectName("phase")
        self.phase.setWordWrap(True)
        self.phases = QLabel()
        self.phases.setObjectName("phases")
        self.phases.setWordWrap(True)
        self.phases.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = QPushButton(self.tr("Start timer"))
        self.start_button.setObjectName("start_timer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The button under the clock: the in-session column is narrow on a laptop, and
        # "Démarrer le minuteur" needs its full width.
        layout.addWidget(self.clock)
        layout.addWidget(self.start_button)
        layout.addWidget(self.phase)
        layout.addWidget(self.phases)
        self.prompts = QLabel()
        self.prompts.setObjectName("prompts")
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.prompts)
        self.show_prompts = False
        self._template: SessionTemplate | None = None
        self._planned = 60
        self._started: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self.start_button.clicked.connect(self._on_start_button_clicked)

    def set_template(self, template: SessionTemplate | None, planned_minutes: int) -> None:
        self._template = template
        self._planned = max(planned_minutes, 1)
        self.refresh()

    def _on_start_button_clicked(self) -> None:
        if self._started is None:
            self._started = self._time.monotonic()
            self._timer.start()
            self.start_button.setText(self.tr("Stop timer"))
        else:
            self.stop()
        self.refresh()

    def stop(self) -> None:
        self._started = None
        self._timer.stop()
        self.start_button.setText(self.tr("Start timer"))

    def elapsed_minutes(self) -> float:
        return 0.0 if self._started is None else (self._time.monotonic() - self._started) / 60

    def refresh(self) -> None:
        elapsed = self.elapsed_minutes()
        self.clock.setText(f"{int(elapsed)}:{int(elapsed * 60) % 60:02d}")
        template = self._template
        if template is None:
            self.phase.setText("")
            self.phases.setText("")
            return
        scale = self._planned / max(template.duration_minutes, 1)
        current = None
        rows = []
        for p in template.phases:
            start, end = p.start * scale, p.end * scale
            active = start <= elapsed < end and self._started is not None
            if active:
                current = (p, end - elapsed)
            name = html.escape(p.name)
            span = html.escape(
                self.tr("%1–%2 min").replace("%1", str(round(start))).replace("%2", str(round(end)))
            )
            rows.append(f"<b>▶ {name}</b> ({span})" if active else f"{name} ({span})")
        self.phases.setText("<br>".join(rows))
        shown = (
            current[0] if current is not None else (template.phases[0] if template.phases else None)
        )
        if self.show_prompts and shown is not None:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in shown.prompts)
            heading = self.tr("Prompts: %1").replace("%1", shown.name)
            self.prompts.setText(f"<b>{html.escape(heading)}</b><ul>{items}</ul>")
        else:
            self.prompts.clear()
        if current is not None:
            phase, left = current
            self.phase.setText(
                self.tr("Now: %1, %2 min left. %3")
                .replace("%1", phase.name)
                .replace("%2", str(max(0, round(left))))
                .replace("%3", phase.purpose)
            )
        elif self._started is not None and elapsed >= self._planned:
            self.phase.setText(self.tr("Planned time is up: agree the next step and close."))
        else:
            self.phase.setText(self.tr("Start the timer when the session begins."))


class SessionEditor(QWidget):
    """Everything about one session. Text goes through the area's autosaver; small fields
    save at once through callbacks the area provides."""

    note_edited = Signal(str)  # kind
    fields_changed = Signal(dict)  # session fields to save
    theme_added = Signal(str)
    theme_removed = Signal(str)
    theme_opened = Signal(str)
    commitment_added = Signal(str, str, object)  # text, owner, due date
    commitment_edited = Signal(int, dict)  # commitment id, fields
    rating_changed = Signal(int, object, str)
    question_added = Signal(str, str)  # question global id, text
    delete_requested = Signal()
    in_session_toggled = Signal(bool)
    export_summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setObjectName("session_editor")
        self.record: SessionRecord | None = None
        self._templates: dict[str, SessionTemplate] = {}
        self._entries: dict[str, PlaybookEntry] = {}
        self._loading = False
        self._checklist_on = False
        self._brief_suggestions: tuple[Suggestion, ...] = ()
        self._at_hand_themes: tuple[str, ...] | None = None
        self.title = QLabel()
        self.title.setObjectName("session_title")
        self.title.setProperty("role", "subheading")
        self.starts_at = QDateTimeEdit()
        self.starts_at.setObjectName("starts_at")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setAccessibleName(self.tr("Date and time"))
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(10, 240)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Planned duration"))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for key in SESSION_KINDS:
            self.kind.addItem(session_kind_label(key), key)
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.in_session_button = QPushButton(self.tr("Start the session"))
        self.in_session_button.setObjectName("in_session_button")
        self.in_session_button.setCheckable(True)
        self.in_session_button.setToolTip(
            TOGGLE_IN_SESSION.toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("delete_session")
        self.starts_at.setDisplayFormat("d MMM yyyy  HH:mm")
        self.starts_at.setMinimumWidth(170)

        self.agenda = MarkdownEditor("agenda", self.tr("Agenda: what you want to cover"))
        self.notes = MarkdownEditor("notes", self.tr("Private notes: they never leave this vault"))
        self.summary = MarkdownEditor(
            "summary", self.tr("Shared summary: only what you may later send the mentee")
        )
        self.reflection = MarkdownEditor(
            "reflection", self.tr("What would I do differently next time?")
        )
        self.reflection.set_preview_visible(False)

        # Prepare tab: brief + suggestions + agenda.
        self.brief = NoteView()
        self.brief.setObjectName("brief")
        self.brief.setAccessibleName(self.tr("Prep brief"))
        # Suggestions are one rich-text view with "Add to agenda" links: it wraps and scrolls
        # like a page, however narrow the column (rows of labels and buttons did not).
        self.suggestions = NoteView()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName(self.tr("Suggested questions"))
        self.suggestions.anchorClicked.connect(self._on_suggestions_anchor_clicked)
        self._suggested: list[tuple[str, str]] = []  # question id, text
        self._added: set[str] = set()
        self.agenda.set_preview_visible(False)
        suggestions_scroll = QWidget()
        suggestions_layout = QVBoxLayout(suggestions_scroll)
        suggestions_layout.setContentsMargins(0, 0, 0, 0)
        suggestions_label = QLabel(self.tr("Suggested questions"))
        suggestions_label.setProperty("role", "subheading")
        suggestions_layout.addWidget(suggestions_label)
        suggestions_layout.addWidget(self.suggestions, 1)
        suggestions_scroll.setMinimumHeight(200)
        prepare = QSplitter(Qt.Orientation.Horizontal)
        prepare.addWidget(self.brief)
        self.agenda_holder = QSplitter(Qt.Orientation.Vertical)
        self.agenda_holder.addWidget(suggestions_scroll)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 4, 0, 0)
        agenda_label = QLabel(self.tr("Agenda"))
        agenda_label.setProperty("role", "subheading")
        agenda_layout.addWidget(agenda_label)
        agenda_layout.addWidget(self.agenda, 1)
        self.agenda_holder.addWidget(agenda_box)
        self.agenda_holder.setStretchFactor(0, 1)
        self.agenda_holder.setStretchFactor(1, 1)
        prepare.addWidget(self.agenda_holder)
        prepare.setStretchFactor(0, 1)
        prepare.setStretchFactor(1, 1)

        self.notes_holder = QWidget()
        notes_layout = QVBoxLayout(self.notes_holder)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        private = QLabel(self.tr("Private. Raw HTML is shown as typed; nothing is loaded."))
        private.setProperty("role", "hint")
        notes_layout.addWidget(private)
        notes_layout.addWidget(self.notes)

        summary_tab = QWidget()
        summary_layout = QVBoxLayout(summary_tab)
        summary_bar = QHBoxLayout()
        summary_hint = QLabel(
            self.tr(
                "The only part of a session meant to leave mentorpad. Private notes, your "
                "reflection and other mentees never go with it."
            )
        )
        summary_hint.setWordWrap(True)
        summary_hint.setProperty("role", "hint")
        self.export_summary = QPushButton(self.tr("Preview and export…"))
        self.export_summary.setObjectName("export_summary")
        summary_bar.addWidget(summary_hint, 1)
        summary_bar.addWidget(self.export_summary)
        summary_layout.addLayout(summary_bar)
        summary_layout.addWidget(self.summary)

        self.follow_up = self._build_follow_up()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("session_tabs")
        self.tabs.addTab(prepare, self.tr("Prepare"))
        self.tabs.addTab(self.notes_holder, self.tr("Notes"))
        self.tabs.addTab(summary_tab, self.tr("Shared summary"))
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))

        self.in_session = self._build_in_session()
        self.modes = QStackedWidget()
        self.modes.addWidget(self.tabs)
        self.modes.addWidget(self.in_session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Two rows (what the session is; what to do with it), so each keeps its full text
        # beside the mentee list at 1280 px, in the longer Dutch and French labels too.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.in_session_button)
        heading.addWidget(self.delete_button)
        controls = QHBoxLayout()
        controls.addWidget(self.starts_at)
        controls.addWidget(self.duration)
        controls.addWidget(self.kind)
        controls.addStretch(1)
        layout.addLayout(heading)
        layout.addLayout(controls)
        layout.addWidget(self.modes, 1)
        self._connect_signals()

    def _build_follow_up(self) -> QWidget:
        page = QWidget()
        grid = QVBoxLayout(page)
        themes_box = QGroupBox(self.tr("Themes touched"))
        self.themes = ThemeChips()
        self.themes.setObjectName("themes")
        QVBoxLayout(themes_box).addWidget(self.themes)
        commitments_box = QGroupBox(self.tr("Commitments"))
        self.commitment_model: RecordTableModel[Commitment] = RecordTableModel(
            [
                Column(self.tr("Done"), lambda c: c.done_on is not None, checkable=True),
                Column(self.tr("Commitment"), lambda c: c.text, editable=True),
                Column(
                    self.tr("Who"),
                    lambda c: owner_label(c.owner),
                ),
                Column(self.tr("Due"), lambda c: format_date(c.due_date)),
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
        self.add_commitment = QPushButton(self.tr("Add commitment…"))
        self.add_commitment.setObjectName("add_commitment")
        self.add_commitment.setToolTip(
            QUICK_COMMITMENT.toString(QKeySequence.SequenceFormat.NativeText)
        )
        c_layout = QVBoxLayout(commitments_box)
        c_layout.addWidget(self.commitment_table)
        c_layout.addWidget(self.add_commitment, 0, Qt.AlignmentFlag.AlignLeft)
        self.ratings_box = QGroupBox(self.tr("Progress on goals"))
        self.ratings_box.setObjectName("ratings_box")
        self.ratings_layout = QVBoxLayout(self.ratings_box)
        self.rating_rows: list[RatingRow] = []
        reflection_box = QGroupBox(self.tr("My reflection (private)"))
        self.talk_share = QSlider(Qt.Orientation.Horizontal)
        self.talk_share.setObjectName("talk_share")
        self.talk_share.setRange(0, 100)
        self.talk_share.setSingleStep(5)
        self.talk_share.setPageStep(10)
        self.talk_share.setAccessibleName(self.tr("How much of the time did I talk?"))
        self.talk_share_label = QLabel()
        self.talk_share_label.setObjectName("talk_share_label")
        self.talk_share_known = QCheckBox(self.tr("I noted my talk time"))
        self.talk_share_known.setObjectName("talk_share_known")
        self.advised_first = QComboBox()
        self.advised_first.setObjectName("advised_first")
        self.advised_first.addItem(self.tr("Not noted"), None)
        self.advised_first.addItem(self.tr("No: I asked before advising"), False)
        self.advised_first.addItem(self.tr("Yes: I advised before asking"), True)
        form = QFormLayout(reflection_box)
        row = QHBoxLayout()
        row.addWidget(self.talk_share_known)
        row.addWidget(self.talk_share, 1)
        row.addWidget(self.talk_share_label)
        form.addRow(self.tr("I talked roughly"), row)
        form.addRow(self.tr("Did I advise before asking?"), self.advised_first)
        form.addRow(self.reflection)
        grid.addWidget(themes_box)
        grid.addWidget(commitments_box)
        grid.addWidget(self.ratings_box)
        grid.addWidget(reflection_box)
        grid.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _build_in_session(self) -> QWidget:
        page = QWidget()
        page.setObjectName("in_session_view")
        self.agenda_view = NoteView()
        self.agenda_view.setObjectName("agenda_view")
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.timer = PhaseTimer(clock=self._clock)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        agenda_label = QLabel(self.tr("Agenda"))
        agenda_label.setProperty("role", "subheading")
        left_layout.addWidget(agenda_label)
        left_layout.addWidget(self.agenda_view, 2)
        left_layout.addWidget(self.timer, 1)
        self.in_session_notes = QWidget()
        QVBoxLayout(self.in_session_notes).setContentsMargins(0, 0, 0, 0)
        capture = QLabel(
            self.tr("Quick capture: %1 commitment · %2 insight · %3 theme")
            .replace("%1", QUICK_COMMITMENT.toString(QKeySequence.SequenceFormat.NativeText))
            .replace("%2", QUICK_INSIGHT.toString(QKeySequence.SequenceFormat.NativeText))
            .replace("%3", QUICK_THEME.toString(QKeySequence.SequenceFormat.NativeText))
        )
        capture.setProperty("role", "hint")
        capture.setWordWrap(True)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(capture)
        center_layout.addWidget(self.in_session_notes, 1)
        self.at_hand = NoteView()
        self.at_hand.setObjectName("at_hand")
        self.at_hand.setAccessibleName(self.tr("Playbook entry for the tagged theme"))
        self.in_session_themes = ThemeChips()
        self.in_session_themes.setObjectName("in_session_themes")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        at_hand_label = QLabel(self.tr("At hand from the playbook"))
        at_hand_label.setProperty("role", "subheading")
        self.checklist = QLabel()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.hide()
        right_layout.addWidget(self.checklist)
        right_layout.addWidget(self.in_session_themes)
        right_layout.addWidget(at_hand_label)
        right_layout.addWidget(self.at_hand, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        left.setMinimumWidth(220)
        center.setMinimumWidth(360)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return page

    def _connect_signals(self) -> None:
        for editor in (self.agenda, self.notes, self.summary, self.reflection):
            editor.text_edited.connect(lambda e=editor: self._on_text_edited(e.objectName()))
        self.starts_at.editingFinished.connect(self._on_header_changed)
        self.duration.editingFinished.connect(self._on_header_changed)
        self.kind.activated.connect(self._on_header_changed)
        self.talk_share.valueChanged.connect(self._on_talk_share_value_changed)
        self.talk_share.sliderReleased.connect(self._on_reflection_changed)
        self.talk_share_known.toggled.connect(self._on_reflection_changed)
        self.advised_first.activated.connect(self._on_reflection_changed)
        for chips in (self.themes, self.in_session_themes):
            chips.add_requested.connect(self.theme_added)
            chips.remove_requested.connect(self.theme_removed)
            chips.open_requested.connect(self.theme_opened)
        self.add_commitment.clicked.connect(self.capture_commitment)
        self.delete_button.clicked.connect(self.delete_requested)
        self.in_session_button.toggled.connect(self.set_in_session)
        self.export_summary.clicked.connect(self.export_summary_requested)
        for sequence, handler in (
            (QUICK_COMMITMENT, self.capture_commitment),
            (QUICK_INSIGHT, self.capture_insight),
            (QUICK_THEME, self.capture_theme),
            (TOGGLE_IN_SESSION, self.in_session_button.toggle),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(handler)

    # -- loading ---------------------------------------------------------------------------

    def set_options(self, *, grow_prompts: bool, confidentiality_checklist: bool) -> None:
        """Vault settings the mindset results recommend: prompts per phase, and the
        agreement checklist in the first session."""
        self.timer.show_prompts = grow_prompts
        self._checklist_on = confidentiality_checklist
        self._refresh_checklist()
        self.timer.refresh()

    def _refresh_checklist(self) -> None:
        record = self.record
        template = self._templates.get("first")
        show = bool(
            self._checklist_on
            and record is not None
            and record.session.kind == "first"
            and template is not None
            and template.agreement_checklist
        )
        if show and template is not None:
            items = "".join(
                f"<li>{html.escape(item)}</li>" for item in template.agreement_checklist
            )
            heading = self.tr("Agreement checklist")
            self.checklist.setText(f"<b>{html.escape(heading)}</b><ul>{items}</ul>")
        else:
            self.checklist.clear()
        self.checklist.setVisible(show)

    def set_catalog(
        self, entries: list[PlaybookEntry], templates: dict[str, SessionTemplate]
    ) -> None:
        self._entries = {e.id: e for e in entries}
        self._templates = templates
        self.themes.set_catalog(entries)
        self.in_session_themes.set_catalog(entries)

    def load(self, record: SessionRecord, goals: list[Goal], mentee_name: str) -> None:
        self._loading = True
        try:
            self.record = record
            s = record.session
            self.title.setText(session_kind_label(s.kind))
            when = s.starts_at
            self.starts_at.setDateTime(
                QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
            )
            self.duration.setValue(s.duration_min)
            self.kind.setCurrentIndex(SESSION_KINDS.index(s.kind))
            for kind, editor in (
                ("agenda", self.agenda),
                ("notes", self.notes),
                ("summary", self.summary),
                ("reflection", self.reflection),
            ):
                editor.set_text(record.notes.get(kind, ""))
            self.commitment_model.set_rows(record.commitments)
            self.commitment_table.resizeColumnToContents(0)
            self._set_themes(s.themes)
            self.talk_share_known.setChecked(s.talk_share is not None)
            self.talk_share.setValue(s.talk_share if s.talk_share is not None else 40)
            self._on_talk_share_value_changed(self.talk_share.value())
            self.advised_first.setCurrentIndex(
                0 if s.advised_first is None else (2 if s.advised_first else 1)
            )
            self._load_ratings(record, goals)
            self.timer.set_template(self._templates.get(s.kind), s.duration_min)
            self.agenda_view.set_markdown(record.notes.get("agenda", ""))
            self._refresh_checklist()
        finally:
            self._loading = False

    def _load_ratings(self, record: SessionRecord, goals: list[Goal]) -> None:
        by_goal = {r.goal_id: r for r in record.ratings}
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
        _empty_layout(self.ratings_layout)
        if not goals:
            hint = QLabel(self.tr("No goals yet: set them in the agreement."))
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

    def _set_themes(self, themes: tuple[str, ...]) -> None:
        self.themes.set_themes(themes)
        self.in_session_themes.set_themes(themes)
        self._at_hand_themes = themes
        if self.modes.currentIndex() == 1:
            self._render_at_hand()

    def _render_at_hand(self) -> None:
        """The playbook cards beside the notes; rendered only when the in-session view shows."""
        themes = self._at_hand_themes
        if themes is None:
            return
        self._at_hand_themes = None
        cards = [entry_at_hand_markdown(self._entries[t]) for t in themes if t in self._entries]
        self.at_hand.set_markdown(
            "\n\n---\n\n".join(cards)
            if cards
            else self.tr("Tag a theme (%1) and its playbook questions appear here.").replace(
                "%1", QUICK_THEME.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

    def set_themes(self, themes: tuple[str, ...]) -> None:
        self._set_themes(themes)

    def set_commitments(self, commitments: list[Commitment]) -> None:
        self.commitment_model.set_rows(commitments)

    def show_brief(
        self, brief: PrepBrief | None, on_add: Callable[[str, str], None] | None = None
    ) -> None:
        titles = {k: v.title for k, v in self._entries.items()}
        self.brief.set_markdown(prep_brief_markdown(brief, titles) if brief else "")
        self._suggested = (
            [(x.question_id, x.text) for x in brief.suggestions] if brief is not None else []
        )
        self._added = set()
        self._brief_suggestions = brief.suggestions if brief is not None else ()
        self._render_suggestions()

    def _render_suggestions(self) -> None:
        if not self._brief_suggestions:
            hint = self.tr(
                "Tag themes or set the mentee's stage and goals to get suggestions from the "
                "playbook."
            )
            self.suggestions.setHtml(f"<p><i>{html.escape(hint)}</i></p>")
            return
        rows = []
        for index, suggestion in enumerate(self._brief_suggestions):
            if suggestion.question_id in self._added:
                added = self.tr("Added to the agenda")
                action = f"<b>✓ {html.escape(added)}</b>"
            else:
                add = self.tr("Add to agenda")
                action = f'<a href="add:{index}">{html.escape(add)}</a>'
            rows.append(
                f"<p><b>{html.escape(grow_phase_label(suggestion.phase))}</b> · "
                f"{html.escape(suggestion.text)}<br><small>"
                f"{html.escape(suggestion.entry_title)}: "
                f"{html.escape(suggestion_reason(suggestion.reason))}</small><br>{action}</p>"
            )
        self.suggestions.setHtml("".join(rows))

    def add_suggestion(self, index: int) -> None:
        """Put suggestion `index` on the agenda (the link's action, also for the keyboard)."""
        if not 0 <= index < len(self._brief_suggestions):
            return
        suggestion = self._brief_suggestions[index]
        if suggestion.question_id in self._added:
            return
        self._added.add(suggestion.question_id)
        self._render_suggestions()
        self.question_added.emit(suggestion.question_id, suggestion.text)

    def _on_suggestions_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "add" and url.path().isdigit():
            self.add_suggestion(int(url.path()))

    # -- edits -------------------------------------------------------------------------------

    def _on_text_edited(self, kind: str) -> None:
        if not self._loading:
            self.note_edited.emit(kind)
            if kind == "agenda":
                self.agenda_view.set_markdown(self.agenda.text())

    def editor_for(self, kind: str) -> MarkdownEditor:
        return {
            "agenda": self.agenda,
            "notes": self.notes,
            "summary": self.summary,
            "reflection": self.reflection,
        }[kind]

    def _on_header_changed(self) -> None:
        if self._loading or self.record is None:
            return
        value = self.starts_at.dateTime().toPython()
        assert isinstance(value, dt.datetime)
        fields = {
            "starts_at": value.replace(second=0, microsecond=0),
            "duration_min": self.duration.value(),
            "kind": self.kind.currentData(),
        }
        self.title.setText(session_kind_label(str(self.kind.currentData())))
        self.timer.set_template(
            self._templates.get(str(self.kind.currentData())), self.duration.value()
        )
        self.fields_changed.emit(fields)

    def _on_talk_share_value_changed(self, value: int) -> None:
        self.talk_share_label.setText(f"{value}%")
        self.talk_share.setEnabled(self.talk_share_known.isChecked())

    def _on_reflection_changed(self) -> None:
        self.talk_share.setEnabled(self.talk_share_known.isChecked())
        if self._loading or self.record is None:
            return
        self.fields_changed.emit(
            {
                "talk_share": self.talk_share.value()
                if self.talk_share_known.isChecked()
                else None,
                "advised_first": self.advised_first.currentData(),
            }
        )

    def _on_commitment_model_edit(self, commitment: Commitment, column: int, value: object) -> None:
        if column == 0:
            self.commitment_edited.emit(
                commitment.id, {"done_on": dt.date.today() if value else None}
            )
        elif column == 1 and str(value).strip():
            self.commitment_edited.emit(commitment.id, {"text": str(value).strip()})

    def capture_commitment(self) -> None:
        if self.record is None:
            return
        dialog = CommitmentDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text, owner, due = dialog.values()
            if text:
                self.commitment_added.emit(text, owner, due)

    def capture_insight(self) -> None:
        if self.record is None:
            return
        editor = self.notes.editor
        cursor = editor.textCursor()
        prefix = "" if cursor.atBlockStart() else "\n"
        cursor.insertText(prefix + "**" + self.tr("Insight:") + "** ")
        editor.setTextCursor(cursor)
        editor.setFocus()

    def capture_theme(self) -> None:
        if self.record is None:
            return
        picker = (self.in_session_themes if self.modes.currentIndex() == 1 else self.themes).picker
        if self.modes.currentIndex() == 0:
            self.tabs.setCurrentWidget(self.follow_up)
        picker.setFocus()
        picker.showPopup()

    def set_in_session(self, on: bool) -> None:
        """Focused mode: the notes editor moves next to the agenda, timer and playbook."""
        if self.in_session_button.isChecked() != on:
            self.in_session_button.setChecked(on)
            return
        if on:
            self._render_at_hand()
            _layout(self.in_session_notes).addWidget(self.notes)
            self.agenda_view.set_markdown(self.agenda.text())
            self.modes.setCurrentIndex(1)
            self.in_session_button.setText(self.tr("End the session"))
            self.notes.set_preview_visible(False)
            self.notes.editor.setFocus()
        else:
            _layout(self.notes_holder).addWidget(self.notes)
            self.modes.setCurrentIndex(0)
            self.in_session_button.setText(self.tr("Start the session"))
            self.notes.set_preview_visible(True)
            self.timer.stop()
            self.tabs.setCurrentWidget(self.follow_up)
        self.in_session_toggled.emit(on)

    def clear_content(self) -> None:
        self._loading = True
        try:
            if self.in_session_button.isChecked():
                self.set_in_session(False)
            self.record = None
            for editor in (self.agenda, self.notes, self.summary, self.reflection):
                editor.clear_content()
            self.brief.clear_content()
            self.agenda_view.clear_content()
            self.at_hand.clear_content()
            self.commitment_model.clear()
            self.themes.clear_content()
            self.in_session_themes.clear_content()
            self.title.clear()
            self._load_ratings(SessionRecord(session=None), [])  # type: ignore[arg-type]
            self.show_brief(None)
            self.timer.stop()
        finally:
            self._loading = False
