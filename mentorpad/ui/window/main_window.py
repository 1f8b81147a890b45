"""The main window: the locked screens, the workspace with its areas, menus and shortcuts.

It is handed everything it needs by the composition root (app.py); it owns no globals. The
menu bar is built in menus, the File menu's vault operations live in file_actions, the
settings dialog's flow in settings_flow and the reactions around locking in session_reactions;
the window keeps the pages, the areas and the navigation between them, and wires the rest.

It is built in two stages so that the unlock prompt paints first (docs/benchmark.md): the
first builds only the page the prompt needs and wires the session to it; the second (the
workspace, the menus, the guards, the File and Sync commands) follows right after that first
paint, or at once when `deferred` is false (tests, tools), or when anything needs it sooner.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorpad import APP_DISPLAY_NAME
from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models.errors import VaultError
from mentorpad.ui.areas.base import Area, AreaSpec
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.screen_fit import fit_size, fit_to_screen
from mentorpad.ui.session import DEFAULT_IDLE_MINUTES, IdleWatcher, VaultSession
from mentorpad.ui.text import fill
from mentorpad.ui.unlock import UnlockPage, WelcomePage
from mentorpad.ui.window.area_window import AreaWindow, slot_name

if TYPE_CHECKING:
    from mentorpad.config import AppConfig
    from mentorpad.ui.guards import ClipboardGuard, SystemLockWatcher
    from mentorpad.ui.lockdown import Lockdown
    from mentorpad.ui.window.file_actions import FileActions
    from mentorpad.ui.window.session_reactions import SessionReactions
    from mentorpad.ui.window.settings_flow import SettingsFlow
    from mentorpad.ui.window.sync_actions import SyncActions


INPUT_FIRST_MS = 30  # after the prompt's first paint, before the second stage starts


# A first screen that gets no paint event this long after unlock (hidden, minimised or
# covered) does not hold the other areas back any longer.
UNPAINTED_RESUME_MS = 1000


class MainWindow(AreaWindow):
    def __init__(
        self,
        *,
        config: AppConfig,
        save_config: Callable[[AppConfig], None],
        session: VaultSession,
        idle: IdleWatcher,
        areas: Sequence[Area | AreaSpec],
        apply_theme: Callable[[str], None],
        navigator: Navigator | None = None,
        clipboard_guard: ClipboardGuard | None = None,
        lock_watcher: SystemLockWatcher | None = None,
        demo_passphrase: str | None = None,
        clock: Clock = SYSTEM_CLOCK,
        deferred: bool = False,
    ) -> None:
        super().__init__(areas)
        self.setObjectName("main_window")
        self.clock = clock
        self._config = config
        self._save_config = save_config
        self.session = session
        self.idle = idle
        self.navigator = navigator or Navigator(self)
        self._guards = (clipboard_guard, lock_watcher)
        self.cadence_reminder = ""
        self._apply_theme = apply_theme
        self._demo_passphrase = demo_passphrase
        self._welcome_page: WelcomePage | None = None
        self._unlock_page: UnlockPage | None = None
        self._complete = False
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setMinimumSize(900, 600)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.session.vault_unlocked.connect(self._on_session_vault_unlocked)
        self.session.unlock_failed.connect(self._on_session_unlock_failed)
        self.session.busy_changed.connect(self._on_session_busy_changed)
        self._restore_geometry()
        self.show_start_page()
        self.pages.installEventFilter(self)  # the rest is built once the start page has painted
        if not deferred:
            self.complete()

    def complete(self) -> None:
        """The second stage: the workspace, the menus, the guards and the commands. Runs
        once; whatever needs one of them calls this first."""
        if self._complete:
            return
        self._complete = True
        from mentorpad.ui.guards import ClipboardGuard, SystemLockWatcher
        from mentorpad.ui.lockdown import Lockdown
        from mentorpad.ui.window.file_actions import FileActions
        from mentorpad.ui.window.session_reactions import SessionReactions
        from mentorpad.ui.window.settings_flow import SettingsFlow
        from mentorpad.ui.window.sync_actions import SyncActions
        from mentorpad.ui.window.sync_busy import SyncBusy

        clipboard_guard, lock_watcher = self._guards
        self.clipboard_guard = clipboard_guard or ClipboardGuard(self)
        self.lock_watcher = lock_watcher or SystemLockWatcher(self)
        self._file_actions: FileActions = FileActions(self)
        self._reactions: SessionReactions = SessionReactions(self)
        self.lockdown: Lockdown = Lockdown(self, minimise_on_lock=self._minimise_on_lock)
        self._settings: SettingsFlow = SettingsFlow(
            self,
            config=self._config,
            persist_config=self._persist_config,
            apply_theme=self._apply_theme,
        )
        self.workspace = self._build_workspace()
        self.pages.addWidget(self.workspace)
        self._build_menus([slot.title for slot in self._slots], self.show_area)
        self.sync: SyncActions = SyncActions(self)
        self.sync_busy = SyncBusy(self)
        self._connect_signals()
        self._update_actions()
        if self.session.is_unlocked:
            self.pages.setCurrentWidget(self.workspace)

    @property
    def welcome_page(self) -> WelcomePage:
        """The first-run page, built when first shown."""
        if self._welcome_page is None:
            page = self._welcome_page = WelcomePage()
            page.create_requested.connect(self._on_welcome_page_create_requested)
            page.open_other_requested.connect(lambda: self._files().open_other())
            page.join_requested.connect(lambda: self._sync().join())
            self.pages.addWidget(page)
        return self._welcome_page

    @property
    def unlock_page(self) -> UnlockPage:
        """The unlock prompt, built when first shown."""
        if self._unlock_page is None:
            page = self._unlock_page = UnlockPage()
            page.unlock_requested.connect(self.session.unlock)
            page.open_other_requested.connect(lambda: self._files().open_other())
            page.create_new_requested.connect(lambda: self._files().new_vault())
            page.restore_requested.connect(lambda: self._files().restore())
            self.pages.addWidget(page)
        return self._unlock_page

    def unlock_page_if_built(self) -> UnlockPage | None:
        return self._unlock_page

    def _minimise_on_lock(self) -> bool:
        vault = self.session.vault
        return vault is not None and vault.setting("minimise_on_lock", "0") == "1"

    def _files(self) -> FileActions:
        self.complete()
        return self._file_actions

    def _sync(self) -> SyncActions:
        self.complete()
        return self.sync

    # -- construction --------------------------------------------------------------------

    def _build_workspace(self) -> QWidget:
        workspace = QWidget()
        workspace.setObjectName("workspace")
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        nav = QWidget()
        nav.setObjectName("nav")
        nav.setFixedWidth(190)
        column = QVBoxLayout(nav)
        column.setContentsMargins(10, 16, 10, 12)
        column.setSpacing(4)
        brand = QLabel(APP_DISPLAY_NAME)
        brand.setObjectName("brand")
        column.addWidget(brand)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: list[QToolButton] = []
        self.area_stack = QStackedWidget()
        self.area_stack.setObjectName("area_stack")
        for index, area in enumerate(self._slots):
            button = self._nav_button(index, area)
            self.nav_group.addButton(button, index)
            self.nav_buttons.append(button)
            column.addWidget(button)
            self.area_stack.addWidget(area if isinstance(area, Area) else QWidget())
        column.addStretch(1)
        self.lock_button = QToolButton()
        self.lock_button.setObjectName("lock_button")
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setProperty("role", "nav")
        self.lock_button.setMinimumWidth(160)
        column.addWidget(self.lock_button)
        row.addWidget(nav)
        row.addWidget(self.area_stack, 1)
        if self.nav_buttons:
            self.nav_buttons[0].setChecked(True)
        return workspace

    def _nav_button(self, index: int, area: Area | AreaSpec) -> QToolButton:
        """The side bar's button for an area, with its Ctrl+<number> shortcut."""
        button = QToolButton()
        button.setObjectName(f"nav_{slot_name(area) or index}")
        button.setText(area.title)
        button.setCheckable(True)
        button.setProperty("role", "nav")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(
            button.sizePolicy().horizontalPolicy().Expanding,
            button.sizePolicy().verticalPolicy(),
        )
        button.setMinimumWidth(160)
        shortcut = QKeySequence(f"Ctrl+{index + 1}")
        button.setShortcut(shortcut)
        button.setAccessibleName(area.title)
        button.setAccessibleDescription(
            fill(
                self.tr("Show %1 (%2)"),
                area.title,
                shortcut.toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        return button

    def _connect_signals(self) -> None:
        files, reactions = self._file_actions, self._reactions
        self.session.lock_starting.connect(self.lockdown.on_lock_starting)
        self.session.vault_locking.connect(reactions.on_vault_locking)
        self.session.vault_locking.connect(self.sync.on_vault_locking)  # after the saving
        self.session.vault_locked.connect(reactions.on_vault_locked)
        self.session.vault_locked.connect(self.lockdown.on_vault_locked)
        self.session.integrity_checked.connect(reactions.on_integrity_checked)
        self.idle.idle_timed_out.connect(reactions.on_idle_timed_out)
        self.nav_group.idClicked.connect(self.show_area)
        self.navigator.area_requested.connect(self.show_area_named)
        nav = self.navigator  # connected before any area's slot, so it runs first
        for request in (
            nav.mentee_requested,
            nav.session_requested,
            nav.playbook_entry_requested,
            nav.hit_requested,
            nav.agenda_append_requested,
            nav.theme_tag_requested,
        ):
            request.connect(self._load_all)
        self.lock_button.clicked.connect(self.lock)
        self.action_lock.triggered.connect(self.lock)
        self.action_quit.triggered.connect(self.close)
        self.action_open_other.triggered.connect(files.open_other)
        self.action_new_vault.triggered.connect(files.new_vault)
        self.action_backup.triggered.connect(files.back_up_now)
        self.action_passwd.triggered.connect(files.change_passphrase)
        self.action_settings.triggered.connect(self._settings.edit)
        self.action_about.triggered.connect(self._on_action_about_triggered)
        self.action_restore.triggered.connect(files.restore)
        self.action_presenting.toggled.connect(self.set_presenting)
        self.action_shortcuts.triggered.connect(self._on_action_shortcuts_triggered)
        self.lock_watcher.system_locked.connect(reactions.on_system_locked)
        self.lock_watcher.system_resumed.connect(self.idle.check_now)

    # -- pages ------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        """Commands that need an open vault are enabled only while it is open."""
        if not self._complete:
            return
        unlocked = self.session.is_unlocked
        for action in (self.action_lock, self.action_backup, self.action_passwd):
            action.setEnabled(unlocked)
        self.action_sync_folder.setEnabled(unlocked)
        self.action_sync_now.setEnabled(unlocked and self.sync.controller.folder() is not None)

    def show_start_page(self) -> None:
        unlocked = self.session.is_unlocked
        self._update_actions()
        if unlocked:
            self.complete()
            self.pages.setCurrentWidget(self.workspace)
        elif self.session.vault_exists():
            self.unlock_page.set_location(self.session.path)
            if self._demo_passphrase:
                self.unlock_page.hint.setText(
                    fill(self.tr("Demo vault. Its passphrase is: %1"), self._demo_passphrase)
                )
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        else:
            self.welcome_page.set_location(self.session.path)
            self.pages.setCurrentWidget(self.welcome_page)
            self.welcome_page.passphrase.setFocus()
        self.setWindowTitle(APP_DISPLAY_NAME if unlocked else self.tr("mentorpad (locked)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pages and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Input already queued (a password manager's autotype, keys typed while the
            # window appeared) goes first: the unlock then runs while the rest is built.
            QTimer.singleShot(INPUT_FIRST_MS, self, self._after_first_paint)
        elif self._complete and watched is self.area_stack and event.type() == QEvent.Type.Paint:
            self._resume_area_chain()
        return super().eventFilter(watched, event)

    def _resume_area_chain(self) -> None:
        """The first screen after unlock has painted, or could not (a window that is hidden,
        minimised or covered gets no paint event): the other areas load now."""
        self.area_stack.removeEventFilter(self)
        if self._area_chain_paused and self.session.is_unlocked:
            self._area_chain_paused = False
            QTimer.singleShot(0, self, self._build_next_area)

    def _after_first_paint(self) -> None:
        """The second stage, then the areas one per event-loop turn."""
        self.complete()
        self._build_next_area()

    def lock(self) -> None:
        self.session.lock()

    def set_presenting(self, on: bool) -> None:
        if self.action_presenting.isChecked() != on:
            self.action_presenting.setChecked(on)
            return
        for area in self.areas:
            area.set_presenting(on)
        self.statusBar().showMessage(
            self.tr("Presenting mode: names and notes are blurred")
            if on
            else self.tr("Presenting mode off"),
            4000,
        )

    # -- session events ---------------------------------------------------------------------

    def _on_welcome_page_create_requested(self, passphrase: str) -> None:
        self.session.create(passphrase)

    def _start_pages(self) -> list[WelcomePage | UnlockPage]:
        return [page for page in (self._welcome_page, self._unlock_page) if page is not None]

    def _on_session_busy_changed(self, busy: bool) -> None:
        for page in self._start_pages():
            page.set_busy(busy)

    def _on_session_unlock_failed(self, error: object) -> None:
        assert isinstance(error, VaultError)
        if self._area_chain_paused and not self.session.is_unlocked:
            self._area_chain_paused = False  # paused for the check that just failed
            QTimer.singleShot(0, self, self._build_next_area)
        if self._welcome_page is not None and self.pages.currentWidget() is self._welcome_page:
            from mentorpad.ui.labels import error_text

            self._welcome_page.show_error(error_text(error))
        else:
            self.unlock_page.show_failure(error)

    def _on_session_vault_unlocked(self) -> None:
        from mentorpad.ui.window.vault_settings import int_setting

        vault = self.session.vault
        assert vault is not None
        self.complete()
        for page in self._start_pages():
            page.reset()
        self._config.last_vault = str(self.session.path)
        self._idle_work.insert(0, self._persist_config)  # after the first screen has painted
        minutes = int_setting(vault.setting("idle_lock_minutes"), DEFAULT_IDLE_MINUTES)
        self.idle.set_timeout_ms(minutes * 60_000)
        self._reactions.mark_backed_up(vault)
        current = self._ensure_area(self._current_area, load=False)  # the rest load when built
        self._area_chain_paused = True  # the rest once this one has painted
        self.area_stack.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_RESUME_MS, self, self._resume_area_chain)
        # Only the first screen shows the vault now; the areas built while the passphrase
        # was typed load one per turn once it has painted, or at once when asked for.
        self._unloaded = [area for area in self.built_areas() if area is not current]
        current.on_vault_opened(vault)
        current.set_presenting(self.action_presenting.isChecked())
        self.show_start_page()
        self._show_area(self._current_area, only=True)
        self.idle.start()
        self.statusBar().showMessage(self.tr("Unlocked"), 3000)
        if vault.setting("cadence_reminders", "1") == "1":
            self._idle_work.insert(0, self._remind_cadence)

    def _remind_cadence(self) -> None:
        """The cadence reminder (a setting): sessions due this week by the agreed rhythm.
        Here, not in session_reactions: lupdate extracts plural forms from tr() only."""
        vault = self.session.vault
        if vault is None:
            return
        from mentorpad.review import load_portfolio

        today = self.clock.now().date()
        due = [
            row
            for row in load_portfolio(vault, today).rows
            if row.next_due is not None
            and not row.next_is_planned
            and row.next_due <= today + dt.timedelta(days=7)
        ]
        if due:
            self.cadence_reminder = self.tr(
                "%n session(s) due by the agreed rhythm this week: see Home.", "", len(due)
            )
            self.statusBar().showMessage(self.cadence_reminder, 15000)

    # -- help --------------------------------------------------------------------

    def _on_action_about_triggered(self) -> None:
        from mentorpad.ui.about import AboutDialog
        from mentorpad.ui.window.vault_settings import backup_dir

        AboutDialog(self.session.path, self, backup_dir=backup_dir(self.session.vault)).exec()

    def _on_action_shortcuts_triggered(self) -> None:
        from mentorpad.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    # -- window state ------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self._config.window_geometry:
            try:
                raw = base64.b64decode(self._config.window_geometry)
            except ValueError:
                return
            self.restoreGeometry(QByteArray(raw))  # from another, perhaps larger, screen
        else:
            self.resize(fit_size(self, QSize(1180, 780)))
        fit_to_screen(self)

    def _persist_config(self) -> None:
        self._config.window_geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        try:
            self._save_config(self._config)
        except (OSError, VaultError):  # a link or folder at config.json is left alone
            self.statusBar().showMessage(self.tr("Could not save window settings."), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the edit in progress and close the vault; refuse to quit if saving fails.
        A sync or join still running is waited for, with the content hidden first."""
        if self._complete and self.sync.running:
            self.session.lock()  # during a sync: hidden now, locked when it ends
            self.repaint()
            self.sync.finish_for_quit()
        if self.session.is_unlocked:
            try:
                for area in self.built_areas():
                    area.flush()
            except VaultError as exc:
                from mentorpad.ui.labels import error_message, error_title

                answer = QMessageBox.warning(
                    self,
                    error_title(exc),
                    error_message(exc) + "\n\n" + self.tr("Quit anyway and lose the unsaved edit?"),
                    QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                if answer != QMessageBox.StandardButton.Discard:
                    event.ignore()
                    return
            self.session.lock()
        if self._complete:
            self.clipboard_guard.clear_if_ours()
        self._persist_config()
        event.accept()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        if self.isActiveWindow():
            QTimer.singleShot(0, self.idle.check_now)
