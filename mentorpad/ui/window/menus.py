"""The menu bar: every command of the window as an `action_*` attribute whose object name equals
the attribute name (tests, shortcuts and accessibility find them by it).

MenuWindow is the QMainWindow that MainWindow builds on: the commands are made here and wired
there. Their texts keep the translation context "MainWindow", where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

translate = QCoreApplication.translate


class MenuWindow(QMainWindow):
    def _action(
        self,
        text: str,
        name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        """A menu command whose object name equals its attribute name."""
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self, area_titles: Sequence[str], show_area: Callable[[int], None]) -> None:
        """File, Edit, View (with a command per area, calling `show_area`), Help."""
        bar = self.menuBar()
        self._build_file_menu(bar.addMenu(translate("MainWindow", "&File")))
        self._build_edit_menu(bar.addMenu(translate("MainWindow", "&Edit")))
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self._build_view_menu(self.view_menu, area_titles, show_area)
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self._build_help_menu(self.help_menu)
        self.addActions(
            [
                self.action_lock,
                self.action_quit,
                self.action_settings,
                self.action_presenting,
                self.action_shortcuts,
            ]
        )

    def _build_file_menu(self, menu: QMenu) -> None:
        self.action_open_other = self._action(
            translate("MainWindow", "Open Another Vault…"),
            "action_open_other",
            QKeySequence.StandardKey.Open,
        )
        self.action_new_vault = self._action(
            translate("MainWindow", "New Vault…"), "action_new_vault"
        )
        self.action_backup = self._action(
            translate("MainWindow", "Back Up Now"), "action_backup", QKeySequence("Ctrl+Shift+B")
        )
        self.action_restore = self._action(
            translate("MainWindow", "Restore from Backup…"), "action_restore"
        )
        self.action_passwd = self._action(
            translate("MainWindow", "Change Passphrase…"), "action_passwd"
        )
        self.action_sync_folder = self._action(
            translate("MainWindow", "Sync Folder…"), "action_sync_folder"
        )
        self.action_sync_now = self._action(
            translate("MainWindow", "Sync Now"), "action_sync_now", QKeySequence("Ctrl+Shift+Y")
        )
        self.action_conflicts = self._action(
            translate("MainWindow", "Review Sync Conflicts…"), "action_conflicts"
        )
        self.action_join = self._action(
            translate("MainWindow", "Join a Synced Vault…"), "action_join"
        )
        self.action_lock = self._action(
            translate("MainWindow", "Lock"), "action_lock", QKeySequence("Ctrl+L")
        )
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_quit = self._action(
            translate("MainWindow", "Quit"), "action_quit", QKeySequence.StandardKey.Quit
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        for action in (self.action_new_vault, self.action_open_other, self.action_join):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.action_backup, self.action_restore, self.action_passwd):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.action_sync_folder, self.action_sync_now, self.action_conflicts):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_lock)
        menu.addSeparator()
        menu.addAction(self.action_quit)

    def _build_edit_menu(self, menu: QMenu) -> None:
        self.action_settings = self._action(translate("MainWindow", "Settings…"), "action_settings")
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.action_settings.setShortcut(
            preferences if not preferences.isEmpty() else QKeySequence("Ctrl+,")
        )
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.addAction(self.action_settings)

    def _build_view_menu(
        self, menu: QMenu, area_titles: Sequence[str], show_area: Callable[[int], None]
    ) -> None:
        self.action_presenting = self._action(
            translate("MainWindow", "Presenting Mode"),
            "action_presenting",
            QKeySequence("Ctrl+Shift+P"),
        )
        self.action_presenting.setCheckable(True)
        self.action_presenting.setStatusTip(
            translate("MainWindow", "Blur mentee names and notes while you share your screen")
        )
        menu.addAction(self.action_presenting)
        menu.addSeparator()
        for index, title in enumerate(area_titles):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # buttons own it
            action.triggered.connect(lambda _=False, i=index: show_area(i))
            menu.addAction(action)

    def _build_help_menu(self, menu: QMenu) -> None:
        self.action_about = self._action(translate("MainWindow", "About mentorpad"), "action_about")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_shortcuts = self._action(
            translate("MainWindow", "Keyboard Shortcuts"),
            "action_shortcuts",
            QKeySequence("Ctrl+/"),
        )
        menu.addAction(self.action_shortcuts)
        menu.addAction(self.action_about)
