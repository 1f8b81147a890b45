"""Mentees: profiles, the agreement, sessions and their notes.

MenteesArea builds the page from its parts (profile header and Overview tab in profile.py,
the agreement in agreement.py, the Sessions tab in sessions_tab.py, the development view)
and is the controller for the mentee as a whole: the list, the profile, the agreement, and
the way back to the same place after a lock. Session content is the Sessions tab's.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
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
from mentorpad.models import Vault, VaultError
from mentorpad.models.entities import Mentee
from mentorpad.models.store import Store
from mentorpad.ui.areas.base import Area, empty_state
from mentorpad.ui.areas.mentees.agreement_tab import AgreementTab
from mentorpad.ui.areas.mentees.kept import KeptEdits
from mentorpad.ui.areas.mentees.mentee_dialog import MenteeDialog
from mentorpad.ui.areas.mentees.profile import OverviewTab, ProfileHeader
from mentorpad.ui.areas.mentees.sessions_tab import SessionsTab, flush_quietly
from mentorpad.ui.labels import error_message, error_title, short_name, status_label
from mentorpad.ui.lockdown import ask, run_dialog
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.savemanager import SaveManager
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.item_models import RecordListModel
from mentorpad.ui.widgets.kept_edits import KeptEditsBanner
from mentorpad.ui.widgets.plain import warn

TAB_OVERVIEW, TAB_AGREEMENT, TAB_SESSIONS = 0, 1, 2

NoteKey = tuple[int, int | None, str]  # mentee id, session id (None: background), kind


def _mentee_line(m: Mentee) -> str:
    if m.status == "active":
        return short_name(m.display_name)
    return fill(
        QCoreApplication.translate("MenteesArea", "%1  (%2)", "mentee name, status"),
        short_name(m.display_name),
        status_label(m.status).lower(),
    )


class MenteesArea(Area):
    """The mentee list beside the open mentee's page; what happens to the mentee as a whole
    (add, edit, archive, delete, open from elsewhere) is handled here."""

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
        self._development_stale = False  # the development view shows an older mentee
        self.autosaver = SaveManager(self, clock=clock)  # notes, backgrounds, agreements
        self.autosaver.add_savable("notes", self._write_notes)
        left = self._build_mentee_list()
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
        self.kept = KeptEdits(self, KeptEditsBanner())  # what a lock kept, after unlock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.kept.banner)
        layout.addWidget(splitter)
        self._connect_signals()

    def _build_mentee_list(self) -> QWidget:
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
        return left

    def _build_page(self) -> QWidget:
        """The open mentee: the profile header above the Overview, Agreement, Sessions and
        Development tabs."""
        page = QWidget()
        page.setObjectName("mentee_page")
        self.header = ProfileHeader()
        self.overview = OverviewTab()
        self.agreement_editor = AgreementTab(
            self.navigator, self.autosaver, locale=self._locale, clock=self.clock
        )
        self.sessions_tab = SessionsTab(
            self.navigator, self.autosaver, locale=self._locale, clock=self.clock
        )
        self._expose_parts()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mentee_tabs")
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.agreement_editor, self.tr("Agreement"))
        self.tabs.addTab(self.sessions_tab, self.tr("Sessions"))
        self.development = self._make_development_view()
        if self.development is not None:
            self.tabs.addTab(self.development, self.tr("Development"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        return page

    def _expose_parts(self) -> None:
        """The parts' widgets that tests, tools and the handlers here reach on the area."""
        self.edit_button = self.header.edit_button
        self.archive_button = self.header.archive_button
        self.delete_button = self.header.delete_button
        self.background = self.overview.background
        self.session_editor = self.sessions_tab.session_editor
        self.session_model = self.sessions_tab.session_model
        self.session_list = self.sessions_tab.session_list
        self.plan_button = self.sessions_tab.plan_button

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
        self.agreement_editor.guided_saved.connect(self._on_agreement_editor_guided_saved)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.sessions_tab.session_planned.connect(self._on_sessions_tab_session_planned)
        self.session_editor.in_session_toggled.connect(self._on_session_in_session_toggled)
        nav = self.navigator
        nav.mentee_requested.connect(self.open_mentee)
        nav.session_requested.connect(self.open_session)
        nav.hit_requested.connect(self._on_navigator_hit_requested)
        self.autosaver.save_failed.connect(self._on_autosaver_save_failed)
        self.autosaver.saved.connect(self._on_autosaver_saved)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.mentee_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_button_clicked)

    # -- lifecycle -------------------------------------------------------------------------

    def on_vault_opened(self, vault: Vault) -> None:
        self.store = Store(vault, self.clock)
        self.sessions_tab.on_vault_opened(self.store)
        self.apply_options(vault)
        mentee_id, session_id, tab = self._remembered
        self._reload_mentees()
        if mentee_id is not None and self.store.mentee(mentee_id) is not None:
            self.open_mentee(mentee_id, show_area=False)
            self.tabs.setCurrentIndex(tab)
            if session_id is not None:
                self.sessions_tab.select_session(session_id)
        self.kept.offer()

    def apply_options(self, vault: Vault) -> None:
        """Settings stored in the vault that change how sessions are run."""
        self.session_editor.set_options(
            grow_prompts=vault.setting("grow_prompts", "1") == "1",
            confidentiality_checklist=vault.setting("confidentiality_checklist", "1") == "1",
        )

    def flush(self) -> None:
        self.autosaver.flush()
        self.sessions_tab.save_time_held()

    def clear_content(self) -> None:
        self._remembered = (
            self.mentee.id if self.mentee else None,
            self.sessions_tab.current_session_id(),
            self.tabs.currentIndex(),
        )
        self.autosaver.hold()  # what a failed save left is offered back after unlock
        self.kept.banner.clear_content()
        self.store = None
        self.mentee = None
        self.mentee_model.clear()
        self.sessions_tab.clear_content()
        self.overview.clear_content()
        self.agreement_editor.clear_content()
        self.header.clear_content()
        if self.development is not None:
            self.development.clear_content()  # type: ignore[attr-defined]
        self._development_stale = False
        self.right.setCurrentWidget(self.empty)
        self.navigator.current_session_changed.emit(None)

    def _write_notes(self, items: list[tuple[NoteKey, str]]) -> None:
        if self.store is None:
            raise VaultError(self.tr("The vault is locked."))
        self.store.save_notes([(m, s, kind, text) for (m, s, kind), text in items])

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
        flush_quietly(self.autosaver)
        self.mentee = mentee
        self.navigator.current_mentee_id = mentee.id
        self._fill_header(mentee)
        unsaved = self.autosaver.unsaved("notes", (mentee.id, None, "background"))
        self.background.set_text(
            unsaved if isinstance(unsaved, str) else self.store.background(mentee.id)
        )
        self.agreement_editor.show_mentee(self.store, mentee.id)
        self.sessions_tab.show_mentee(mentee.id)
        self._development_stale = True
        self._refresh_development()
        self.right.setCurrentWidget(self.page)

    def _refresh_development(self) -> None:
        """The development view reads 200 sessions' timeline and charts: only when its tab
        is the one on screen, so that opening a mentee stays instant."""
        view = self.development
        if view is None or not self._development_stale or self.tabs.currentWidget() is not view:
            return
        if self.store is None or self.mentee is None:
            return
        self._development_stale = False
        view.show_mentee(  # type: ignore[attr-defined]
            self.store, self.mentee.id, self.clock.now().date()
        )

    def _fill_header(self, mentee: Mentee) -> None:
        assert self.store is not None
        self.header.show_mentee(mentee)
        self.overview.show_stage_history(self.store.stage_history(mentee.id))

    def _on_add_button_clicked(self) -> None:
        if self.store is None:
            return
        dialog = MenteeDialog(parent=self, clock=self.clock)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted or self.store is None:
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
            warn(self, error_title(exc), error_message(exc))
            return
        self._reload_mentees()
        self.open_mentee(mentee_id, show_area=False)
        self.navigator.data_changed.emit()

    def _on_edit_button_clicked(self) -> None:
        if self.store is None or self.mentee is None:
            return
        dialog = MenteeDialog(self.mentee, parent=self, clock=self.clock)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted or self.mentee is None:
            return
        if self.store is None:
            return
        try:
            self.store.update_mentee(self.mentee.id, **dialog.values())  # type: ignore[arg-type]
        except VaultError as exc:
            warn(self, error_title(exc), error_message(exc))
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
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete mentee"))
        box.setText(
            fill(self.tr("Delete %1 and everything about them?"), short_name(mentee.display_name))
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
        clicked = ask(box)
        box.deleteLater()
        if clicked is not delete or self.store is None:  # cancelled, or refused by a lock
            return
        self.autosaver.forget("notes", lambda key: key[0] == mentee.id)
        self.autosaver.forget("agreement", lambda key: key == mentee.id)
        self.store.delete_mentee(mentee.id)
        self.mentee = None
        self.sessions_tab.close_mentee()
        self.agreement_editor.close_mentee()
        self.background.clear_content()
        self.right.setCurrentWidget(self.empty)
        self._reload_mentees()
        self.navigator.current_session_changed.emit(None)
        self.navigator.data_changed.emit()

    def _on_background_text_edited(self) -> None:
        if self.mentee is not None:
            key = (self.mentee.id, None, "background")
            self.autosaver.mark_edited("notes", key, self.background)

    # -- agreement --------------------------------------------------------------------------

    def run_guided_agreement(self) -> None:
        self.agreement_editor.run_guided()

    def _on_agreement_editor_guided_saved(self) -> None:
        self.tabs.setCurrentIndex(TAB_AGREEMENT)

    # -- sessions ----------------------------------------------------------------------------

    def open_session(self, session_id: int) -> None:
        if self.store is None:
            return
        session = self.store.session(session_id)
        if session is None:
            return
        self.open_mentee(session.mentee_id)
        self.tabs.setCurrentIndex(TAB_SESSIONS)
        self.sessions_tab.select_session(session_id)

    def _on_sessions_tab_session_planned(self, _session_id: int) -> None:
        self.tabs.setCurrentIndex(TAB_SESSIONS)

    def _on_session_in_session_toggled(self, on: bool) -> None:
        for splitter in (self.splitter, self.sessions_tab.sessions_splitter):
            first = splitter.widget(0)
            if first is not None:
                first.setVisible(not on)
        self.tabs.tabBar().setVisible(not on)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == TAB_SESSIONS:
            self.sessions_tab.refresh_brief()
        self._refresh_development()

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

    def show_saved_place(self, savable: str, key: object) -> None:
        """Show where a change kept over a lock was put back, reloaded from the vault."""
        mentee_id = key if isinstance(key, int) else key[0]  # type: ignore[index]
        mentee = self.store.mentee(mentee_id) if self.store is not None else None
        if mentee is None:
            return
        self.open_mentee(mentee_id)
        self._show_mentee(mentee)  # reloads the background and the agreement
        if savable == "agreement":
            self.tabs.setCurrentIndex(TAB_AGREEMENT)
        elif isinstance(key, tuple) and key[1] is not None:
            self.tabs.setCurrentIndex(TAB_SESSIONS)
            self.sessions_tab.select_session(key[1])
            self.sessions_tab.show_session(key[1])
            tab = {"agenda": 0, "notes": 1, "summary": 2}.get(key[2], 3)
            self.session_editor.tabs.setCurrentIndex(tab)
        else:
            self.tabs.setCurrentIndex(TAB_OVERVIEW)

    def _on_autosaver_save_failed(self, error: object) -> None:
        if isinstance(error, VaultError):
            self.window().statusBar().showMessage(error_message(error), 15000)  # type: ignore[attr-defined]

    def _on_autosaver_saved(self, _count: int) -> None:
        self.navigator.data_changed.emit()
