"""The Sessions tab of a mentee: the sessions, newest first, and the one open in the editor.

This tab owns every write to session content, so requests from other areas (add a question,
tag a theme) come here. Its texts keep the translation context "MenteesArea" (the class they
were written in), so the committed catalogues still match.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides import load_playbook, load_session_templates
from mentorpad.models import VaultError
from mentorpad.models.entities import Session
from mentorpad.models.store import Store
from mentorpad.prep import build_prep_brief
from mentorpad.ui.areas.base import empty_state
from mentorpad.ui.areas.mentees.session_editor import SessionEditor
from mentorpad.ui.areas.mentees.session_editor.editor import TEXT_KINDS
from mentorpad.ui.labels import error_message, error_title, session_kind_label
from mentorpad.ui.lockdown import ask
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.savemanager import SaveManager
from mentorpad.ui.widgets.item_models import RecordListModel, format_datetime
from mentorpad.ui.widgets.plain import warn

translate = QCoreApplication.translate


def flush_quietly(autosaver: SaveManager) -> None:
    """Save pending text before showing something else. A failure is reported by
    save_failed; the text stays in memory for the next try."""
    with contextlib.suppress(VaultError):
        autosaver.flush()


def _session_line(s: Session) -> str:
    """Two short lines (when, then what kind), so the list stays narrow at 1280 px."""
    return f"{format_datetime(s.starts_at)}\n{session_kind_label(s.kind)}"


class SessionsTab(QWidget):
    """The session list beside the session editor; the area hands it the store and the
    mentee, and it saves what the editor reports."""

    session_planned = Signal(object)  # a new session was added: the area shows this tab

    def __init__(
        self,
        navigator: Navigator,
        autosaver: SaveManager,
        *,
        locale: str = "en",
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.autosaver = autosaver
        self._locale = locale  # of the playbook and the session templates
        self.store: Store | None = None
        self.mentee_id: int | None = None
        self._brief_stale = False  # the Prepare tab shows another session's brief
        list_box = self._build_list()
        self._clock = clock  # "today" of the brief, and the start of a planned session
        self.session_editor = SessionEditor(clock=clock)
        self.session_empty = empty_state(
            translate("MenteesArea", "No session selected"),
            translate(
                "MenteesArea",
                "Plan the next session: mentorpad prepares a brief from the last one, "
                "open commitments and the playbook.",
            ),
        )
        self.session_stack = QStackedWidget()
        self.session_stack.addWidget(self.session_empty)
        self.session_stack.addWidget(self.session_editor)
        self.sessions_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.sessions_splitter.addWidget(list_box)
        self.sessions_splitter.addWidget(self.session_stack)
        self.sessions_splitter.setStretchFactor(1, 1)
        self.sessions_splitter.setSizes([230, 800])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sessions_splitter)
        self._connect_signals()

    def _build_list(self) -> QWidget:
        self.session_model: RecordListModel[Session] = RecordListModel(
            _session_line, lambda s: s.id
        )
        self.session_list = QListView()
        self.session_list.setObjectName("session_list")
        self.session_list.setModel(self.session_model)
        self.session_list.setAccessibleName(translate("MenteesArea", "Sessions, newest first"))
        self.session_list.setMinimumWidth(230)
        self.plan_button = QPushButton(translate("MenteesArea", "Plan a session…"))
        self.plan_button.setObjectName("plan_session")
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.plan_button)
        list_layout.addWidget(self.session_list, 1)
        return list_box

    def _connect_signals(self) -> None:
        self.session_list.selectionModel().currentChanged.connect(self._on_session_current_changed)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.session_editor.tabs.currentChanged.connect(self._on_editor_tab_changed)
        ed = self.session_editor
        ed.note_edited.connect(self._on_session_note_edited)
        ed.fields_changed.connect(self._on_session_fields_changed)
        ed.theme_added.connect(self._on_session_theme_added)
        ed.theme_removed.connect(self._on_session_theme_removed)
        ed.theme_opened.connect(self._on_session_theme_opened)
        ed.commitment_added.connect(self._on_session_commitment_added)
        ed.commitment_edited.connect(self._on_session_commitment_edited)
        ed.rating_changed.connect(self._on_session_rating_changed)
        ed.question_added.connect(self._on_session_question_added)
        ed.delete_requested.connect(self._on_session_delete_requested)
        ed.export_summary_requested.connect(self._on_session_export_summary_requested)
        self.navigator.agenda_append_requested.connect(self._on_navigator_agenda_append_requested)
        self.navigator.theme_tag_requested.connect(self._on_navigator_theme_tag_requested)

    # -- what the area tells us ------------------------------------------------------------

    def on_vault_opened(self, store: Store) -> None:
        self.store = store
        self.session_editor.set_catalog(
            load_playbook(self._locale), load_session_templates(self._locale), self._locale
        )

    def show_mentee(self, mentee_id: int) -> None:
        """The sessions of another mentee, none of them open yet."""
        self.mentee_id = mentee_id
        self.reload_sessions()
        self.show_session(None)

    def close_mentee(self) -> None:
        """The mentee went away (deleted): nothing of theirs stays on screen."""
        self.mentee_id = None
        self.session_model.clear()
        self.session_editor.clear_content()

    def clear_content(self) -> None:
        """Lock: forget the store and everything shown."""
        self.store = None
        self.close_mentee()

    def save_time_held(self) -> None:
        """On lock or quit in the middle of a session: its duration so far is recorded (the
        lock ends the session view). Raises a VaultError like flush()."""
        minutes = self.session_editor.held_minutes()
        record = self.session_editor.record
        if minutes is not None and self.store is not None and record is not None:
            self.store.update_session(record.session.id, duration_min=minutes)

    def current_session_id(self) -> int | None:
        record = self.session_editor.record
        return record.session.id if record else None

    # -- the list ----------------------------------------------------------------------------

    def reload_sessions(self) -> None:
        assert self.store is not None and self.mentee_id is not None
        self.session_model.set_rows(self.store.sessions(self.mentee_id))

    def select_session(self, session_id: int) -> None:
        row = self.session_model.row_of(session_id)
        if row >= 0:
            self.session_list.selectionModel().setCurrentIndex(
                self.session_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            shown = self.session_editor.record
            if shown is None or shown.session.id != session_id:  # the selection did not load it
                self.show_session(session_id)

    def _on_session_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.session_model.record(current.row()) if current.isValid() else None
        shown = self.session_editor.record
        if session is not None and (shown is None or shown.session.id != session.id):
            self.show_session(session.id)

    def show_session(self, session_id: int | None) -> None:
        assert self.store is not None
        flush_quietly(self.autosaver)
        record = self.store.session_record(session_id) if session_id is not None else None
        if record is None or self.mentee_id is None:
            self.session_editor.clear_content()
            self.session_stack.setCurrentWidget(self.session_empty)
            self.navigator.current_session_changed.emit(None)
            return
        self.session_editor.load(record, self.store.goals(self.mentee_id))
        self._show_unsaved(record.session.id)
        self.refresh_brief()
        self.session_stack.setCurrentWidget(self.session_editor)
        self.navigator.current_session_changed.emit(session_id)

    def _show_unsaved(self, session_id: int) -> None:
        """A text whose save failed is shown as typed, not as the vault still has it, so
        typing on goes on from there."""
        for kind in TEXT_KINDS:
            unsaved = self.autosaver.unsaved("notes", (self.mentee_id, session_id, kind))
            if isinstance(unsaved, str):
                self.session_editor.editor_for(kind).set_text(unsaved)

    def refresh_brief(self) -> None:
        """The brief reads the sessions before this one and the playbook's suggestions: only
        when the Prepare tab is on screen (or the next time it is)."""
        record = self.session_editor.record
        if self.store is None or self.mentee_id is None or record is None:
            return
        editor = self.session_editor
        if editor.tabs.currentWidget() is not editor.prepare:
            self._brief_stale = True
            return
        self._brief_stale = False
        brief = build_prep_brief(
            self.store,
            self.mentee_id,
            self._clock.now().date(),
            before=record.session.starts_at,
            locale=self._locale,
        )
        self.session_editor.show_brief(brief)

    def _on_editor_tab_changed(self, _index: int) -> None:
        if self._brief_stale:
            self.refresh_brief()

    def _on_plan_button_clicked(self) -> None:
        if self.store is None or self.mentee_id is None:
            return
        agreement = self.store.agreement(self.mentee_id)
        sessions = self.store.sessions(self.mentee_id)
        cadence = dt.timedelta(weeks=agreement.cadence_weeks if agreement else 2)
        now = self._clock.now()
        base = max(now, sessions[0].starts_at + cadence) if sessions else now + dt.timedelta(days=7)
        when = base.replace(hour=9, minute=0, second=0, microsecond=0)
        kind = "first" if not sessions else "regular"
        session_id = self.store.add_session(self.mentee_id, when, kind=kind)
        self.reload_sessions()
        self.session_planned.emit(session_id)
        self.select_session(session_id)
        self.session_editor.tabs.setCurrentIndex(0)
        self.navigator.data_changed.emit()

    def _select_row_only(self, session_id: int) -> None:
        row = self.session_model.row_of(session_id)
        if row >= 0:
            selection = self.session_list.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                self.session_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            selection.blockSignals(False)

    # -- saving what the editor reports ---------------------------------------------------------

    def _on_session_note_edited(self, kind: str) -> None:
        record = self.session_editor.record
        if record is not None and self.mentee_id is not None:
            key = (self.mentee_id, record.session.id, kind)
            self.autosaver.mark_edited("notes", key, self.session_editor.editor_for(kind))

    def _with_store(self, action: str, fn: Callable[[], object]) -> bool:
        """Run a small write; explain failures instead of raising into Qt."""
        try:
            fn()
        except VaultError as exc:
            warn(self, error_title(exc), error_message(exc))
            return False
        return True

    def _on_session_fields_changed(self, fields: dict[str, object]) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        store = self.store
        if self._with_store("save", lambda: store.update_session(record.session.id, **fields)):
            fresh = store.session_record(record.session.id)
            if fresh is not None:
                self.session_editor.record = fresh
            if "starts_at" in fields or "kind" in fields:
                self.reload_sessions()
                self._select_row_only(record.session.id)
            self.navigator.data_changed.emit()

    def _update_themes(self, session_id: int) -> None:
        assert self.store is not None
        session = self.store.session(session_id)
        record = self.session_editor.record
        if session is not None and record is not None and record.session.id == session_id:
            self.session_editor.record = self.store.session_record(session_id)
            self.session_editor.set_themes(session.themes)
        self.navigator.data_changed.emit()

    def _on_session_theme_added(self, entry_id: str) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        store = self.store
        if self._with_store("tag", lambda: store.add_theme(record.session.id, entry_id)):
            self._update_themes(record.session.id)

    def _on_session_theme_removed(self, entry_id: str) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        store = self.store
        remaining = [t for t in self.session_editor.themes.themes if t != entry_id]
        if self._with_store("untag", lambda: store.set_themes(record.session.id, remaining)):
            self._update_themes(record.session.id)

    def _on_session_theme_opened(self, entry_id: str) -> None:
        self.navigator.area_requested.emit("playbook")
        self.navigator.playbook_entry_requested.emit(entry_id)

    def _on_session_commitment_added(self, text: str, owner: str, due: object) -> None:
        record = self.session_editor.record
        if self.store is None or record is None or self.mentee_id is None:
            return
        store, mentee_id = self.store, self.mentee_id
        assert isinstance(due, dt.date)
        if self._with_store(
            "add",
            lambda: store.add_commitment(
                mentee_id, text, session_id=record.session.id, owner=owner, due_date=due
            ),
        ):
            self.session_editor.set_commitments(store.commitments(session_id=record.session.id))
            self.navigator.data_changed.emit()

    def _on_session_commitment_edited(self, commitment_id: int, fields: dict[str, object]) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        store = self.store
        if self._with_store("save", lambda: store.update_commitment(commitment_id, **fields)):
            self.session_editor.set_commitments(store.commitments(session_id=record.session.id))
            self.navigator.data_changed.emit()

    def _on_session_rating_changed(self, goal_id: int, rating: object, comment: str) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        store = self.store
        value = rating if isinstance(rating, int) else None
        self._with_store(
            "rate", lambda: store.set_rating(record.session.id, goal_id, value, comment)
        )
        self.navigator.data_changed.emit()

    def _on_session_question_added(self, question_id: str, text: str) -> None:
        record = self.session_editor.record
        if record is None or self.mentee_id is None:
            return
        self._append_to_agenda(self.mentee_id, record.session.id, text, question_id)

    def _append_to_agenda(
        self, mentee_id: int, session_id: int, text: str, question_id: str
    ) -> None:
        """The one place an agenda line is added, whether or not the session is open."""
        if self.store is None:
            return
        line = f"- {text}"
        record = self.session_editor.record
        if record is not None and record.session.id == session_id:
            self.session_editor.agenda.append_line(line)
        else:
            current = self.store.note(mentee_id, session_id, "agenda")
            joined = current + ("" if not current or current.endswith("\n") else "\n")
            self.store.save_note(mentee_id, session_id, "agenda", joined + line + "\n")
        if question_id:
            self.store.record_question(mentee_id, question_id, session_id)

    def _on_navigator_agenda_append_requested(
        self, mentee_id: int, session_id: int, text: str, question_id: str
    ) -> None:
        try:
            self._append_to_agenda(mentee_id, session_id, text, question_id)
        except VaultError as exc:
            warn(self, error_title(exc), error_message(exc))
            return
        if self.mentee_id is not None and self.mentee_id == mentee_id:
            self.reload_sessions()

    def _on_navigator_theme_tag_requested(self, session_id: int, entry_id: str) -> None:
        if self.store is None:
            return
        store = self.store
        if self._with_store("tag", lambda: store.add_theme(session_id, entry_id)):
            self._update_themes(session_id)

    def _on_session_delete_requested(self) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MenteesArea", "Delete session"),
            translate(
                "MenteesArea",
                "Delete this session with its notes, commitments and ratings? This "
                "cannot be undone.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm_delete_session")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        clicked = ask(box)
        box.deleteLater()
        if clicked is not yes or self.store is None:  # cancelled, or refused by a lock
            return
        gone = record.session.id
        self.autosaver.forget("notes", lambda key: key[1] == gone)
        self.store.delete_session(gone)
        self.show_session(None)
        self.reload_sessions()
        self.navigator.data_changed.emit()

    def _on_session_export_summary_requested(self) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        flush_quietly(self.autosaver)
        from mentorpad.reports import shared_summary_md
        from mentorpad.ui.report_words import report_words
        from mentorpad.ui.widgets.exports import preview_dialog

        text = shared_summary_md(self.store, record.session.id, words=report_words())
        # The preview's own "Save as File…" warns, asks where and writes (once).
        preview_dialog(
            self,
            translate("MenteesArea", "Session summary"),
            text,
            suggested_name="session-summary",
        )
