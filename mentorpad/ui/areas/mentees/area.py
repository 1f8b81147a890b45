"""Mentees: profiles, the agreement, sessions and their notes. This area owns every write to
session content, so requests from other areas (add a question, tag a theme) come here."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides import load_playbook, load_session_templates
from mentorpad.models import Vault, VaultError
from mentorpad.models.entities import Mentee, Session
from mentorpad.models.store import Store
from mentorpad.prep import build_prep_brief
from mentorpad.ui.areas.base import Area, empty_state
from mentorpad.ui.areas.mentees.agreement import AgreementEditor, AgreementWizard
from mentorpad.ui.areas.mentees.mentee_dialog import MenteeDialog
from mentorpad.ui.areas.mentees.session_editor import SessionEditor
from mentorpad.ui.autosave import Autosaver
from mentorpad.ui.labels import (
    error_message,
    error_title,
    session_kind_label,
    stage_label,
    status_label,
)
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.widgets.editors import MarkdownEditor
from mentorpad.ui.widgets.item_models import RecordListModel, format_date, format_datetime

TAB_OVERVIEW, TAB_AGREEMENT, TAB_SESSIONS = 0, 1, 2


def _mentee_line(m: Mentee) -> str:
    if m.status == "active":
        return m.display_name
    return (
        QCoreApplication.translate("MenteesArea", "%1  (%2)", "mentee name, status")
        .replace("%1", m.display_name)
        .replace("%2", status_label(m.status).lower())
    )


def _session_line(s: Session) -> str:
    """Two short lines (when, then what kind), so the list stays narrow at 1280 px."""
    return f"{format_datetime(s.starts_at)}\n{session_kind_label(s.kind)}"


class MenteesArea(Area):
    def __init__(
        self, navigator: Navigator, *, locale: str = "en", clock: Clock = SYSTEM_CLOCK
    ) -> None:
        super().__init__()
        self.setObjectName("mentees")
        self.title = self.tr("Mentees")
        self.navigator = navigator
        self._locale = locale  # of the playbook and the session templates
        self.store: Store | None = None
        self.mentee: Mentee | None = None
        self._remembered: tuple[int | None, int | None, int] = (None, None, TAB_OVERVIEW)
        self.clock = clock
        self.autosaver = Autosaver(self._write_notes, self, clock=clock)

        self.mentee_model: RecordListModel[Mentee] = RecordListModel(_mentee_line, lambda m: m.id)
        self.mentee_list = QListView()
        self.mentee_list.setObjectName("mentee_list")
        self.mentee_list.setModel(self.mentee_model)
        self.mentee_list.setAccessibleName(self.tr("Mentees"))
        self.mentee_list.setMinimumWidth(180)
        self.add_button = QPushButton(self.tr("Add mentee…"))
        self.add_button.setObjectName("add_mentee")
        self.add_button.setShortcut(QKeySequence.StandardKey.New)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("show_archived")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.add_button)
        left_layout.addWidget(self.mentee_list, 1)
        left_layout.addWidget(self.show_archived)

        self.empty = empty_state(
            self.tr("Your mentees"),
            self.tr(
                "Add the people you mentor with “Add mentee…”. A first name and "
                "initial or a code name is enough. Then set up the agreement and plan "
                "the first session."
            ),
        )
        self.page = self._build_page()
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._connect_signals()

    def _build_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("mentee_page")
        self.name_label = QLabel()
        self.name_label.setObjectName("name_label")
        self.name_label.setProperty("role", "heading")
        self.meta_label = QLabel()
        self.meta_label.setObjectName("meta_label")
        self.meta_label.setProperty("role", "hint")
        self.meta_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_mentee")
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archive_mentee")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("delete_mentee")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.meta_label)
        header.addLayout(titles, 1)
        for b in (self.edit_button, self.archive_button, self.delete_button):
            header.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

        overview = QWidget()
        o_layout = QVBoxLayout(overview)
        self.background = MarkdownEditor(
            "background",
            self.tr("Background: context, what the programme asked for, first impressions"),
        )
        self.stage_history = QLabel()
        self.stage_history.setObjectName("stage_history")
        self.stage_history.setProperty("role", "hint")
        self.stage_history.setWordWrap(True)
        o_layout.addWidget(self.stage_history)
        o_layout.addWidget(self.background, 1)

        self.agreement_editor = AgreementEditor()

        sessions = QWidget()
        s_layout = QHBoxLayout(sessions)
        s_layout.setContentsMargins(0, 0, 0, 0)
        self.session_model: RecordListModel[Session] = RecordListModel(
            _session_line, lambda s: s.id
        )
        self.session_list = QListView()
        self.session_list.setObjectName("session_list")
        self.session_list.setModel(self.session_model)
        self.session_list.setAccessibleName(self.tr("Sessions, newest first"))
        self.session_list.setMinimumWidth(230)
        self.plan_button = QPushButton(self.tr("Plan a session…"))
        self.plan_button.setObjectName("plan_session")
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.plan_button)
        list_layout.addWidget(self.session_list, 1)
        self.session_editor = SessionEditor(clock=self.clock)
        self.session_empty = empty_state(
            self.tr("No session selected"),
            self.tr(
                "Plan the next session: mentorpad prepares a brief from the last one, "
                "open commitments and the playbook."
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
        s_layout.addWidget(self.sessions_splitter)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mentee_tabs")
        self.tabs.addTab(overview, self.tr("Overview"))
        self.tabs.addTab(self.agreement_editor, self.tr("Agreement"))
        self.tabs.addTab(sessions, self.tr("Sessions"))
        self.development = self._make_development_view()
        if self.development is not None:
            self.tabs.addTab(self.development, self.tr("Development"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        return page

    def _make_development_view(self) -> QWidget | None:
        try:
            from mentorpad.ui.areas.mentees.development import DevelopmentView
        except ImportError:
            return None
        view = DevelopmentView(self.navigator)
        view.setObjectName("development")
        return view

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.show_archived.toggled.connect(lambda _: self._reload_mentees())
        self.mentee_list.selectionModel().currentChanged.connect(self._on_mentee_current_changed)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.background.text_edited.connect(self._on_background_text_edited)
        self.agreement_editor.save_requested.connect(self._on_agreement_save_requested)
        self.agreement_editor.guided_requested.connect(self.run_guided_agreement)
        self.agreement_editor.export_requested.connect(self._on_agreement_export_requested)
        self.session_list.selectionModel().currentChanged.connect(self._on_session_current_changed)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
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
        ed.in_session_toggled.connect(self._on_session_in_session_toggled)
        ed.export_summary_requested.connect(self._on_session_export_summary_requested)
        nav = self.navigator
        nav.mentee_requested.connect(self.open_mentee)
        nav.session_requested.connect(self.open_session)
        nav.hit_requested.connect(self._on_navigator_hit_requested)
        nav.agenda_append_requested.connect(self._on_navigator_agenda_append_requested)
        nav.theme_tag_requested.connect(self._on_navigator_theme_tag_requested)
        self.autosaver.save_failed.connect(self._on_autosaver_save_failed)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.mentee_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_button_clicked)

    # -- lifecycle -------------------------------------------------------------------------

    def on_vault_opened(self, vault: Vault) -> None:
        self.store = Store(vault)
        self.session_editor.set_catalog(
            load_playbook(self._locale), load_session_templates(self._locale)
        )
        self.apply_options(vault)
        mentee_id, session_id, tab = self._remembered
        self._reload_mentees()
        if mentee_id is not None and self.store.mentee(mentee_id) is not None:
            self.open_mentee(mentee_id, show_area=False)
            self.tabs.setCurrentIndex(tab)
            if session_id is not None:
                self._select_session(session_id)

    def apply_options(self, vault: Vault) -> None:
        """Settings stored in the vault that change how sessions are run."""
        self.session_editor.set_options(
            grow_prompts=vault.setting("grow_prompts", "1") == "1",
            confidentiality_checklist=vault.setting("confidentiality_checklist", "1") == "1",
        )

    def flush(self) -> None:
        self.autosaver.flush()
        form_ok = self.agreement_editor.form.problem() is None
        if self.agreement_editor.dirty and self.mentee is not None and form_ok:
            self._save_agreement()

    def clear_content(self) -> None:
        current = self.session_editor.record
        self._remembered = (
            self.mentee.id if self.mentee else None,
            current.session.id if current else None,
            self.tabs.currentIndex(),
        )
        self.autosaver.forget()
        self.store = None
        self.mentee = None
        self.mentee_model.clear()
        self.session_model.clear()
        self.session_editor.clear_content()
        self.background.clear_content()
        self.agreement_editor.clear_content()
        for label in (self.name_label, self.meta_label, self.stage_history):
            label.clear()
        if self.development is not None:
            self.development.clear_content()  # type: ignore[attr-defined]
        self.right.setCurrentWidget(self.empty)
        self.navigator.current_session_changed.emit(None)

    def _write_notes(self, items: list[tuple[int, int | None, str, str]]) -> None:
        if self.store is None:
            raise VaultError(self.tr("The vault is locked."))
        self.store.save_notes(items)

    # -- mentees -----------------------------------------------------------------------------

    def _reload_mentees(self) -> None:
        if self.store is None:
            return
        keep = self.mentee.id if self.mentee else None
        self.mentee_model.set_rows(
            self.store.mentees(include_archived=self.show_archived.isChecked())
        )
        if keep is not None:
            self._select_mentee_row(keep)

    def _select_mentee_row(self, mentee_id: int) -> None:
        row = self.mentee_model.row_of(mentee_id)
        if row >= 0:
            self.mentee_list.selectionModel().setCurrentIndex(
                self.mentee_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def open_mentee(self, mentee_id: int, show_area: bool = True) -> None:
        if self.store is None:
            return
        mentee = self.store.mentee(mentee_id)
        if mentee is None:
            return
        if mentee.archived and not self.show_archived.isChecked():
            self.show_archived.setChecked(True)
        if show_area:
            self.navigator.area_requested.emit("mentees")
        if self.mentee is None or self.mentee.id != mentee_id:
            self._select_mentee_row(mentee_id)
        if self.mentee is None or self.mentee.id != mentee_id:
            self._show_mentee(mentee)

    def _on_mentee_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mentee = self.mentee_model.record(current.row()) if current.isValid() else None
        if mentee is not None and (self.mentee is None or mentee.id != self.mentee.id):
            self._show_mentee(mentee)

    def _show_mentee(self, mentee: Mentee) -> None:
        assert self.store is not None
        self._flush_quietly()
        self.mentee = mentee
        self.navigator.current_mentee_id = mentee.id
        self._fill_header(mentee)
        self.background.set_text(self.store.background(mentee.id))
        self.agreement_editor.load(self.store.agreement(mentee.id))
        self._reload_sessions()
        self._show_session(None)
        if self.development is not None:
            self.development.show_mentee(  # type: ignore[attr-defined]
                self.store, mentee.id, dt.date.today()
            )
        self.right.setCurrentWidget(self.page)

    def _fill_header(self, mentee: Mentee) -> None:
        assert self.store is not None
        self.name_label.setText(mentee.display_name)
        parts = [p for p in (mentee.role, mentee.organisation) if p]
        if mentee.stage:
            parts.append(stage_label(mentee.stage))
        parts.append(status_label(mentee.status))
        if mentee.start_date:
            parts.append(self.tr("since %1").replace("%1", format_date(mentee.start_date)))
        self.meta_label.setText("  ·  ".join(parts))
        self.archive_button.setText(self.tr("Unarchive") if mentee.archived else self.tr("Archive"))
        history = self.store.stage_history(mentee.id)
        if history:
            self.stage_history.setText(
                self.tr("Stage history: %1").replace(
                    "%1",
                    "  →  ".join(
                        self.tr("%1 (%2)", "stage (date)")
                        .replace("%1", stage_label(h.stage))
                        .replace("%2", format_date(h.changed_on))
                        for h in history
                    ),
                )
            )
        else:
            self.stage_history.setText(self.tr("Stage not set yet (Edit… to set it)."))

    def _on_add_button_clicked(self) -> None:
        if self.store is None:
            return
        dialog = MenteeDialog(parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            mentee_id = self.store.add_mentee(
                str(values["display_name"]),
                role=str(values["role"]),
                organisation=str(values["organisation"]),
                stage=values["stage"] if isinstance(values["stage"], str) else None,
                start_date=values["start_date"]
                if isinstance(values["start_date"], dt.date)
                else None,
                status=str(values["status"]),
            )
        except VaultError as exc:
            QMessageBox.warning(self, error_title(exc), error_message(exc))
            return
        self._reload_mentees()
        self.open_mentee(mentee_id, show_area=False)
        self.navigator.data_changed.emit()

    def _on_edit_button_clicked(self) -> None:
        if self.store is None or self.mentee is None:
            return
        dialog = MenteeDialog(self.mentee, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.store.update_mentee(self.mentee.id, **dialog.values())  # type: ignore[arg-type]
        except VaultError as exc:
            QMessageBox.warning(self, error_title(exc), error_message(exc))
            return
        self._refresh_current_mentee()

    def _refresh_current_mentee(self) -> None:
        assert self.store is not None and self.mentee is not None
        fresh = self.store.mentee(self.mentee.id)
        if fresh is None:
            return
        self.mentee = fresh
        self._fill_header(fresh)
        self._reload_mentees()
        self.navigator.data_changed.emit()

    def _on_archive_button_clicked(self) -> None:
        if self.store is None or self.mentee is None:
            return
        self.store.update_mentee(self.mentee.id, archived=not self.mentee.archived)
        self._refresh_current_mentee()

    def _on_delete_button_clicked(self) -> None:
        if self.store is None or self.mentee is None:
            return
        mentee = self.mentee
        count = len(self.store.sessions(mentee.id))
        box = QMessageBox(self)
        box.setObjectName("confirm_delete")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete mentee"))
        box.setText(
            self.tr("Delete %1 and everything about them?").replace("%1", mentee.display_name)
        )
        box.setInformativeText(
            self.tr(
                "This removes the profile, the agreement, %n session(s), every note, commitment "
                "and rating, and their search index entries. It cannot be undone. Backups made "
                "earlier still contain them.",
                "",
                count,
            )
        )
        delete = box.addButton(
            self.tr("Delete permanently"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        self.autosaver.forget()
        self.store.delete_mentee(mentee.id)
        self.mentee = None
        self.session_editor.clear_content()
        self.background.clear_content()
        self.right.setCurrentWidget(self.empty)
        self._reload_mentees()
        self.navigator.current_session_changed.emit(None)
        self.navigator.data_changed.emit()

    def _on_background_text_edited(self) -> None:
        if self.mentee is not None:
            self.autosaver.mark_dirty((self.mentee.id, None, "background"), self.background.text)

    # -- agreement --------------------------------------------------------------------------

    def _save_agreement(self) -> bool:
        assert self.store is not None and self.mentee is not None
        form = self.agreement_editor.form
        problem = form.problem()
        if problem:
            self.agreement_editor.status.setText(problem)
            return False
        self.store.save_agreement(form.agreement(self.mentee.id), form.goals())
        self.agreement_editor.load(self.store.agreement(self.mentee.id))
        self.navigator.data_changed.emit()
        return True

    def _on_agreement_save_requested(self) -> None:
        if self.store is None or self.mentee is None:
            return
        try:
            self._save_agreement()
        except VaultError as exc:
            QMessageBox.warning(self, error_title(exc), error_message(exc))

    def run_guided_agreement(self) -> None:
        if self.store is None or self.mentee is None:
            return
        template = load_session_templates(self._locale).get("first")
        wizard = AgreementWizard(
            self.store.agreement(self.mentee.id),
            template.agreement_checklist if template else (),
            self,
        )
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return
        self.store.save_agreement(wizard.form.agreement(self.mentee.id), wizard.form.goals())
        self.agreement_editor.load(self.store.agreement(self.mentee.id))
        self.tabs.setCurrentIndex(TAB_AGREEMENT)
        self.navigator.data_changed.emit()

    def _on_agreement_export_requested(self) -> None:
        if self.store is None or self.mentee is None:
            return
        from mentorpad.reports import agreement_md
        from mentorpad.ui.widgets.exports import export_markdown_or_pdf

        export_markdown_or_pdf(
            self,
            title=self.tr("Mentoring agreement"),
            suggested_name="mentoring-agreement",
            markdown_text=agreement_md(self.store, self.mentee.id),
        )

    # -- sessions ----------------------------------------------------------------------------

    def _reload_sessions(self) -> None:
        assert self.store is not None and self.mentee is not None
        self.session_model.set_rows(self.store.sessions(self.mentee.id))

    def _select_session(self, session_id: int) -> None:
        row = self.session_model.row_of(session_id)
        if row >= 0:
            self.session_list.selectionModel().setCurrentIndex(
                self.session_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            shown = self.session_editor.record
            if shown is None or shown.session.id != session_id:  # the selection did not load it
                self._show_session(session_id)

    def open_session(self, session_id: int) -> None:
        if self.store is None:
            return
        session = self.store.session(session_id)
        if session is None:
            return
        self.open_mentee(session.mentee_id)
        self.tabs.setCurrentIndex(TAB_SESSIONS)
        self._select_session(session_id)

    def _on_session_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session = self.session_model.record(current.row()) if current.isValid() else None
        shown = self.session_editor.record
        if session is not None and (shown is None or shown.session.id != session.id):
            self._show_session(session.id)

    def _show_session(self, session_id: int | None) -> None:
        assert self.store is not None
        self._flush_quietly()
        record = self.store.session_record(session_id) if session_id is not None else None
        if record is None or self.mentee is None:
            self.session_editor.clear_content()
            self.session_stack.setCurrentWidget(self.session_empty)
            self.navigator.current_session_changed.emit(None)
            return
        self.session_editor.load(record, self.store.goals(self.mentee.id), self.mentee.display_name)
        self._refresh_brief()
        self.session_stack.setCurrentWidget(self.session_editor)
        self.navigator.current_session_changed.emit(session_id)

    def _refresh_brief(self) -> None:
        record = self.session_editor.record
        if self.store is None or self.mentee is None or record is None:
            return
        brief = build_prep_brief(
            self.store,
            self.mentee.id,
            dt.date.today(),
            before=record.session.starts_at,
            locale=self._locale,
        )
        self.session_editor.show_brief(brief)

    def _on_plan_button_clicked(self) -> None:
        if self.store is None or self.mentee is None:
            return
        agreement = self.store.agreement(self.mentee.id)
        sessions = self.store.sessions(self.mentee.id)
        cadence = dt.timedelta(weeks=agreement.cadence_weeks if agreement else 2)
        base = (
            max(dt.datetime.now(), sessions[0].starts_at + cadence)
            if sessions
            else dt.datetime.now() + dt.timedelta(days=7)
        )
        when = base.replace(hour=9, minute=0, second=0, microsecond=0)
        kind = "first" if not sessions else "regular"
        session_id = self.store.add_session(self.mentee.id, when, kind=kind)
        self._reload_sessions()
        self.tabs.setCurrentIndex(TAB_SESSIONS)
        self._select_session(session_id)
        self.session_editor.tabs.setCurrentIndex(0)
        self.navigator.data_changed.emit()

    def _current_key(self, kind: str) -> tuple[int, int, str] | None:
        record = self.session_editor.record
        if record is None or self.mentee is None:
            return None
        return (self.mentee.id, record.session.id, kind)

    def _on_session_note_edited(self, kind: str) -> None:
        key = self._current_key(kind)
        if key is not None:
            self.autosaver.mark_dirty(key, self.session_editor.editor_for(kind).text)

    def _with_store(self, action: str, fn: object) -> bool:
        """Run a small write; explain failures instead of raising into Qt."""
        try:
            assert callable(fn)
            fn()
        except VaultError as exc:
            QMessageBox.warning(self, error_title(exc), error_message(exc))
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
                self._reload_sessions()
                self._select_row_only(record.session.id)
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
        if self.store is None or record is None or self.mentee is None:
            return
        store, mentee_id = self.store, self.mentee.id
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
        if record is None or self.mentee is None:
            return
        self._append_to_agenda(self.mentee.id, record.session.id, text, question_id)

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
            QMessageBox.warning(self, error_title(exc), error_message(exc))
            return
        if self.mentee is not None and self.mentee.id == mentee_id:
            self._reload_sessions()

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
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr(
                "Delete this session with its notes, commitments and ratings? This "
                "cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.autosaver.forget()
        self.store.delete_session(record.session.id)
        self._show_session(None)
        self._reload_sessions()
        self.navigator.data_changed.emit()

    def _on_session_in_session_toggled(self, on: bool) -> None:
        for splitter in (self.splitter, self.sessions_splitter):
            first = splitter.widget(0)
            if first is not None:
                first.setVisible(not on)
        self.tabs.tabBar().setVisible(not on)

    def _on_session_export_summary_requested(self) -> None:
        record = self.session_editor.record
        if self.store is None or record is None:
            return
        self._flush_quietly()
        from mentorpad.reports import shared_summary_md
        from mentorpad.ui.widgets.exports import export_markdown_or_pdf, preview_dialog

        text = shared_summary_md(self.store, record.session.id)
        if preview_dialog(self, self.tr("What will leave mentorpad"), text):
            export_markdown_or_pdf(
                self,
                title=self.tr("Session summary"),
                suggested_name="session-summary",
                markdown_text=text,
            )

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == TAB_SESSIONS and self.session_editor.record is not None:
            self._refresh_brief()

    def _on_navigator_hit_requested(
        self, mentee_id: int, session_id: object, source: str, needle: str
    ) -> None:
        if isinstance(session_id, int) and source != "background":
            self.open_session(session_id)
            tab = {"agenda": 0, "notes": 1, "summary": 2}.get(source, 3)
            self.session_editor.tabs.setCurrentIndex(tab)
            if source in ("agenda", "notes", "summary", "reflection"):
                self.session_editor.editor_for(source).editor.select_first(needle)
        else:
            self.open_mentee(mentee_id)
            self.tabs.setCurrentIndex(TAB_OVERVIEW)
            self.background.editor.select_first(needle)

    # -- saving ------------------------------------------------------------------------------

    def _flush_quietly(self) -> None:
        # A failure is reported by save_failed; the text stays in memory for the next try.
        with contextlib.suppress(VaultError):
            self.autosaver.flush()

    def _on_autosaver_save_failed(self, error: object) -> None:
        if isinstance(error, VaultError):
            self.window().statusBar().showMessage(error_message(error), 15000)  # type: ignore[attr-defined]

    def _on_autosaver_saved(self, _count: int) -> None:
        self.navigator.data_changed.emit()
