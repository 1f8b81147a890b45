"""The window while a sync has the vault file (the session is suspended, ui/session.py).

For those few seconds nothing may use the vault, so the window is in a short, clear busy
state: the status bar says "Syncing…" beside a moving bar, the areas and the side bar do not
take input (every edit was saved before the sync began, and no keystroke can start a new
one), and the commands that use the vault are off; Lock and Quit stay on. Afterwards
everything is as before, the focus back where it was.

A lock that comes meanwhile (Ctrl+L, idle, the system locking) hides the content at once:
dialogs close, the unlock prompt shows, busy, and the lock itself runs when the sync ends.

Texts keep the translation context "MainWindow", where the window's others are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QProgressBar, QWidget

from mentorpad.ui.lockdown import close_everything, forget_selections

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from mentorpad.ui.window.main_window import MainWindow

translate = QCoreApplication.translate

# Every command that reads or writes the vault, or replaces it with another one.
VAULT_ACTIONS = (
    "action_open_other",
    "action_new_vault",
    "action_join",
    "action_backup",
    "action_restore",
    "action_passwd",
    "action_sync_folder",
    "action_sync_now",
    "action_conflicts",
    "action_settings",
)


class SyncBusy(QObject):
    """Owned by the window; follows the session's suspension."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.bar = QProgressBar()
        self.bar.setObjectName("sync_busy")
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(80)
        self.bar.setMaximumHeight(12)
        self.bar.setAccessibleName(translate("MainWindow", "Syncing…"))
        self.bar.hide()
        window.statusBar().addPermanentWidget(self.bar)
        self._was_enabled: dict[str, bool] = {}
        self._focus: QWidget | None = None
        self._hidden = False  # a lock came: the unlock prompt shows, busy, until it runs
        window.session.suspension_changed.connect(self._on_session_suspension_changed)
        window.session.lock_deferred.connect(self._on_session_lock_deferred)

    @property
    def busy(self) -> bool:
        return not self._window.area_stack.isEnabled()

    def _inputs(self) -> list[QWidget]:
        window = self._window
        return [window.area_stack, *window.nav_buttons]

    def _actions(self) -> list[tuple[str, QAction]]:
        return [(name, getattr(self._window, name)) for name in VAULT_ACTIONS]

    def _on_session_suspension_changed(self, suspended: bool) -> None:
        if suspended:
            self._enter()
        else:
            self._leave()

    def _enter(self) -> None:
        window = self._window
        self._focus = window.focusWidget()  # this window's, active or not
        self._was_enabled = {name: action.isEnabled() for name, action in self._actions()}
        for _name, action in self._actions():
            action.setEnabled(False)
        for widget in self._inputs():
            widget.setEnabled(False)
        self.bar.show()

    def _leave(self) -> None:
        window = self._window
        for name, action in self._actions():
            action.setEnabled(self._was_enabled.get(name, action.isEnabled()))
        for widget in self._inputs():
            widget.setEnabled(True)
        self.bar.hide()
        page = window.unlock_page_if_built()
        if self._hidden and page is not None:  # the lock that waited runs next
            self._hidden = False
            page.set_busy(window.session.busy)
            return
        focus, self._focus = self._focus, None
        if focus is not None and focus.window() is window and focus.isEnabled():
            focus.setFocus()  # disabling moved it away (to nowhere, or the Lock button)

    def _on_session_lock_deferred(self) -> None:
        """Hide everything now; VaultSession.lock runs the real lock after the sync."""
        window = self._window
        close_everything(window)
        forget_selections()
        window.clipboard_guard.clear_if_ours()
        self._focus = None
        self._hidden = True
        page = window.unlock_page
        page.set_location(window.session.path)
        window.pages.setCurrentWidget(page)
        page.set_busy(True)
        window.setWindowTitle(translate("MainWindow", "mentorpad (locked)"))
        window.statusBar().showMessage(
            translate("MainWindow", "Locking as soon as the sync is done…")
        )
