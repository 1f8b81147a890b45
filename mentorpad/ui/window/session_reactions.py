"""How the window reacts to the vault session around locking: save every area's edit and write
the backup-on-lock before the vault closes, clear the screens and the clipboard once it has,
lock when the system locks or the user is idle, and warn about a failed integrity check.

Texts keep the translation context "MainWindow", where they were written first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from mentorpad.models import IntegrityReport, Vault, VaultError
from mentorpad.models.backups import DEFAULT_KEEP, write_rotating_backup
from mentorpad.ui.labels import error_message, integrity_verdict
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.plain import warn
from mentorpad.ui.window.vault_settings import backup_dir, int_setting

if TYPE_CHECKING:
    from mentorpad.ui.window.main_window import MainWindow

translate = QCoreApplication.translate


class SessionReactions(QObject):
    """Owned by the window (a child QObject, so its connections end with the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._backup_mark: int | None = None  # the vault's change count at the last backup

    def mark_backed_up(self, vault: Vault) -> None:
        """Nothing to back up on lock until the vault changes from here (called on unlock)."""
        self._backup_mark = vault.total_changes

    # -- locking ----------------------------------------------------------------------------

    def on_vault_locking(self) -> None:
        problems: list[str] = []
        for area in self._window.built_areas():
            try:
                area.flush()
            except VaultError as exc:
                problems.append(error_message(exc))
        if problems:
            self._window.statusBar().showMessage(problems[0], 10000)
        self._auto_backup()

    def _auto_backup(self) -> None:
        """On lock and close: a rotated, verified backup if anything changed since the last."""
        vault = self._window.session.vault
        if vault is None or vault.total_changes == self._backup_mark:
            return
        keep = int_setting(vault.setting("backup_keep"), DEFAULT_KEEP)
        try:
            write_rotating_backup(vault, backup_dir(vault), keep, now=self._window.clock.now())
        except (VaultError, OSError) as exc:
            message = error_message(exc) if isinstance(exc, VaultError) else str(exc)
            self._window.statusBar().showMessage(
                fill(translate("MainWindow", "Automatic backup failed: %1"), message),
                15000,
            )
            return
        self._backup_mark = vault.total_changes

    def on_vault_locked(self) -> None:
        window = self._window
        window.idle.stop()
        window.clipboard_guard.clear_if_ours()
        window.forget_unloaded()
        for area in window.built_areas():
            area.clear_content()
        window.show_start_page()
        window.statusBar().clearMessage()
        window.statusBar().showMessage(translate("MainWindow", "Locked"), 3000)

    def on_system_locked(self) -> None:
        if self._window.session.is_unlocked:
            self._window.session.lock()

    def on_idle_timed_out(self) -> None:
        if self._window.session.is_unlocked:
            self._window.session.lock()

    # -- while open ---------------------------------------------------------------------------

    def on_integrity_checked(self, report: object) -> None:
        assert isinstance(report, IntegrityReport)
        if not report.ok:
            warn(
                self._window,
                translate("MainWindow", "The vault needs attention"),
                integrity_verdict(report)
                + "\n\n"
                + translate(
                    "MainWindow",
                    "Your notes are still open. Make a backup now (File > Back Up Now) and "
                    "keep older backups until this is resolved.",
                ),
            )
