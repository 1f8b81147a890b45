"""SessionEditor: one session, its header (when, how long, what kind) and its parts, which
live in their own modules: prepare, notes, in_session and follow_up. This class wires them:
it loads a record into every part and turns their edits into its signals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides.playbook import PlaybookEntry, SessionTemplate
from mentorpad.models.entities import SESSION_KINDS, Commitment, Goal, SessionRecord
from mentorpad.prep import PrepBrief
from mentorpad.ui.areas.mentees.session_editor.follow_up import (
    CommitmentDialog,
    FollowUpPanel,
    RatingRow,
)
from mentorpad.ui.areas.mentees.session_editor.in_session import InSessionView
from mentorpad.ui.areas.mentees.session_editor.keys import (
    QUICK_COMMITMENT,
    QUICK_INSIGHT,
    QUICK_THEME,
    TOGGLE_IN_SESSION,
    native,
)
from mentorpad.ui.areas.mentees.session_editor.notes import NotesTab, SummaryTab
from mentorpad.ui.areas.mentees.session_editor.prepare import PreparePanel
from mentorpad.ui.labels import session_kind_label
from mentorpad.ui.lockdown import run_dialog
from mentorpad.ui.widgets.editors import MarkdownEditor

TEXT_KINDS = ("agenda", "notes", "summary", "reflection")


class SessionEditor(QWidget):
    """Everything about one session. Text goes through the area's autosaver; small fields
    save at once through callbacks the area provides."""

    note_edited = Signal(str)  # kind
    fields_changed = Signal(dict)  # session fields to save
    theme_added = Signal(str)
    theme_removed = Signal(str)
    theme_opened = Signal(str)
    commitment_added = Signal(str, str, object)  # text, owner, due date
    commitment_edited = Signal(object, dict)  # commitment id, fields
    rating_changed = Signal(object, object, str)
    question_added = Signal(str, str)  # question global id, text
    delete_requested = Signal()
    in_session_toggled = Signal(bool)
    export_summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.setObjectName("session_editor")
        self.record: SessionRecord | None = None
        self._templates: dict[str, SessionTemplate] = {}
        self._entries: dict[str, PlaybookEntry] = {}
        self._loading = False
        self._checklist_on = False
        self._clock = clock
        self._held_since: float | None = None  # monotonic time "Start the session" was pressed
        heading, controls = self._build_header()
        self._build_parts(clock)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("session_tabs")
        self.tabs.addTab(self.prepare, self.tr("Prepare"))
        self.tabs.addTab(self.notes_tab, self.tr("Notes"))
        self.tabs.addTab(self.summary_tab, self.tr("Shared summary"))
        self.tabs.addTab(self.follow_up, self.tr("Follow-up"))
        self.modes = QStackedWidget()
        self.modes.addWidget(self.tabs)
        self.modes.addWidget(self.in_session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(controls)
        layout.addWidget(self.modes, 1)
        self._connect_signals()

    def _build_header(self) -> tuple[QLayout, QLayout]:
        """Two rows (what the session is; what to do with it), so each keeps its full text
        beside the mentee list at 1280 px, in the longer Dutch and French labels too."""
        self.title = QLabel()
        self.title.setObjectName("session_title")
        self.title.setProperty("role", "subheading")
        self.starts_at = QDateTimeEdit()
        self.starts_at.setObjectName("starts_at")
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setAccessibleName(self.tr("Date and time"))
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(1, 480)  # a session held for 5 minutes records 5
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
        self.in_session_button.setToolTip(native(TOGGLE_IN_SESSION))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("delete_session")
        self.starts_at.setDisplayFormat("d MMM yyyy  HH:mm")
        self.starts_at.setMinimumWidth(170)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.in_session_button)
        heading.addWidget(self.delete_button)
        controls = QHBoxLayout()
        controls.addWidget(self.starts_at)
        controls.addWidget(self.duration)
        controls.addWidget(self.kind)
        controls.addStretch(1)
        return heading, controls

    def _build_parts(self, clock: Clock) -> None:
        """The four tabs and the in-session view, and the widgets callers reach through us."""
        self.prepare = PreparePanel()
        self.notes_tab = NotesTab()
        self.summary_tab = SummaryTab()
        self.follow_up = FollowUpPanel(clock=clock)
        self.in_session = InSessionView(clock=clock)
        self.agenda = self.prepare.agenda
        self.brief = self.prepare.brief
        self.suggestions = self.prepare.suggestions
        self.notes = self.notes_tab.notes
        self.summary = self.summary_tab.summary
        self.reflection = self.follow_up.reflection
        self.themes = self.follow_up.themes
        self.commitment_model = self.follow_up.commitment_model
        self.commitment_table = self.follow_up.commitment_table
        self.timer = self.in_session.timer
        self.agenda_view = self.in_session.agenda_view
        self.at_hand = self.in_session.at_hand
        self.in_session_themes = self.in_session.themes
        self._editors: dict[str, MarkdownEditor] = {
            "agenda": self.agenda,
            "notes": self.notes,
            "summary": self.summary,
            "reflection": self.reflection,
        }

    @property
    def rating_rows(self) -> list[RatingRow]:
        """One row per goal of the mentee; rebuilt when the goals change."""
        return self.follow_up.rating_rows

    def _connect_signals(self) -> None:
        for kind, editor in self._editors.items():
            editor.text_edited.connect(lambda k=kind: self._on_text_edited(k))
        self.starts_at.editingFinished.connect(self._on_header_changed)
        self.duration.editingFinished.connect(self._on_header_changed)
        self.kind.activated.connect(self._on_header_changed)
        self.prepare.question_added.connect(self.question_added)
        self.follow_up.reflection_edited.connect(self._on_follow_up_reflection_edited)
        self.follow_up.commitment_edited.connect(self.commitment_edited)
        self.follow_up.rating_changed.connect(self.rating_changed)
        for chips in (self.themes, self.in_session_themes):
            chips.add_requested.connect(self.theme_added)
            chips.remove_requested.connect(self.theme_removed)
            chips.open_requested.connect(self.theme_opened)
        self.follow_up.add_commitment.clicked.connect(self.capture_commitment)
        self.delete_button.clicked.connect(self.delete_requested)
        self.in_session_button.toggled.connect(self.set_in_session)
        self.summary_tab.export_summary.clicked.connect(self.export_summary_requested)
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
        )
        self.in_session.set_checklist(
            template.agreement_checklist if show and template is not None else ()
        )

    def set_catalog(
        self,
        entries: list[PlaybookEntry],
        templates: dict[str, SessionTemplate],
        locale: str = "en",
    ) -> None:
        """The playbook and templates as loaded for `locale` (entries in English are marked)."""
        self._entries = {e.id: e for e in entries}
        self._templates = templates
        self.themes.set_catalog(entries)
        self.in_session.set_entries(entries, locale)

    def load(self, record: SessionRecord, goals: list[Goal]) -> None:
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
            for kind, editor in self._editors.items():
                editor.set_text(record.notes.get(kind, ""))
            self.follow_up.load(s, record.commitments)
            self._set_themes(s.themes)
            self.follow_up.load_ratings(record.ratings, goals)
            self.timer.set_template(self._templates.get(s.kind), s.duration_min)
            self.in_session.show_agenda(record.notes.get("agenda", ""))
            self._refresh_checklist()
        finally:
            self._loading = False

    def _set_themes(self, themes: tuple[str, ...]) -> None:
        self.themes.set_themes(themes)
        self.in_session.set_themes(themes)
        if self.modes.currentIndex() == 1:
            self.in_session.render_at_hand()

    def set_themes(self, themes: tuple[str, ...]) -> None:
        self._set_themes(themes)

    def set_commitments(self, commitments: list[Commitment]) -> None:
        self.follow_up.set_commitments(commitments)

    def show_brief(self, brief: PrepBrief | None) -> None:
        titles = {k: v.title for k, v in self._entries.items()}
        self.prepare.show_brief(brief, titles)

    def add_suggestion(self, index: int) -> None:
        """Put suggestion `index` on the agenda (the link's action, also for the keyboard)."""
        self.prepare.add_suggestion(index)

    # -- edits -------------------------------------------------------------------------------

    def _on_text_edited(self, kind: str) -> None:
        if not self._loading:
            self.note_edited.emit(kind)
            if kind == "agenda":
                self.in_session.show_agenda(self.agenda.text())

    def editor_for(self, kind: str) -> MarkdownEditor:
        return self._editors[kind]

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

    def _on_follow_up_reflection_edited(self) -> None:
        if self._loading or self.record is None:
            return
        self.fields_changed.emit(self.follow_up.reflection_fields())

    def capture_commitment(self) -> None:
        if self.record is None:
            return
        dialog = CommitmentDialog(self, clock=self._clock)
        if run_dialog(dialog) == QDialog.DialogCode.Accepted:
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
            self._record_start()
            self.in_session.render_at_hand()
            self.in_session.take_notes(self.notes)
            self.in_session.show_agenda(self.agenda.text())
            self.modes.setCurrentIndex(1)
            self.in_session_button.setText(self.tr("End the session"))
            self.notes.set_preview_visible(False)
            self.notes.editor.setFocus()
        else:
            self._record_duration()
            self.notes_tab.take_back_notes()
            self.modes.setCurrentIndex(0)
            self.in_session_button.setText(self.tr("Start the session"))
            self.notes.set_preview_visible(True)
            self.timer.stop()
            self.tabs.setCurrentWidget(self.follow_up)
        self.in_session_toggled.emit(on)

    def _record_start(self) -> None:
        """The session is held now: its date becomes the moment it actually started, so the
        next brief's "days since the last session" and Home's "Last session" count from it."""
        if self._loading or self.record is None:
            return
        self._held_since = self._clock.monotonic()
        now = self._clock.now().replace(second=0, microsecond=0)
        self.starts_at.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.fields_changed.emit({"starts_at": now})

    def held_minutes(self) -> int | None:
        """Whole minutes since "Start the session" (at least 1), or None if not held."""
        if self._held_since is None:
            return None
        return max(1, round((self._clock.monotonic() - self._held_since) / 60))

    def _record_duration(self) -> None:
        minutes = self.held_minutes()
        self._held_since = None
        if minutes is None or self._loading or self.record is None:
            return
        self.duration.setValue(minutes)
        self.fields_changed.emit({"duration_min": minutes})

    def clear_content(self) -> None:
        self._loading = True
        try:
            if self.in_session_button.isChecked():
                self.set_in_session(False)
            self.record = None
            self.prepare.clear_content()
            self.notes_tab.clear_content()
            self.summary_tab.clear_content()
            self.follow_up.clear_content()
            self.in_session.clear_content()
            self.title.clear()
        finally:
            self._loading = False
