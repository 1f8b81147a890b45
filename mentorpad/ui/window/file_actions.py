"""The File menu's vault operations: open or create another vault, back up now, restore from a
backup, change the passphrase.

They ask through the window's dialogs and report in its status bar. Their texts keep the
translation context "MainWindow", where they were written first, so the catalogues still match.
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from mentorpad.models import VaultError, derive_key, preflight
from mentorpad.models.backups import DEFAULT_KEEP, restore_backup, write_rotating_backup
from mentorpad.ui.labels import error_message, error_title
from mentorpad.ui.lockdown import run_dialog
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.file_dialogs import ask_new_file, ask_open_file
from mentorpad.ui.widgets.plain import inform, warn
from mentorpad.ui.window.backup_chooser import BackupChooser
from mentorpad.ui.window.passphrase_dialog import ChangePassphraseDialog
from mentorpad.ui.window.vault_settings import backup_dir, int_setting

if TYPE_CHECKING:
    from mentorpad.ui.window.main_window import MainWindow

translate = QCoreApplication.translate


class FileActions(QObject):
    """Owned by the window (a child QObject, so its connections end with the window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    # -- another vault ---------------------------------------------------------------------

    def open_other(self) -> None:
        window = self._window
        chosen = ask_open_file(
            window,
            translate("MainWindow", "Open a vault"),
            str(window.session.path.parent),
            vault_filter(),
        )
        if chosen:
            self._switch_to(Path(chosen))

    def new_vault(self) -> None:
        window = self._window
        chosen = ask_new_file(
            window,
            translate("MainWindow", "Create a new vault"),
            str(window.session.path.parent),
            vault_filter(),
            "vault",
        )
        if chosen:
            self._switch_to(Path(chosen))

    def _switch_to(self, path: Path) -> None:
        session = self._window.session
        if session.is_unlocked:
            session.lock()
        session.set_path(path)
        self._window.show_start_page()

    # -- backups -----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        window = self._window
        vault = window.session.vault
        if vault is None:
            return
        try:
            for area in window.areas:
                area.flush()
            keep = int_setting(vault.setting("backup_keep"), DEFAULT_KEEP)
            dest = write_rotating_backup(vault, backup_dir(vault), keep, now=window.clock.now())
        except VaultError as exc:
            warn(window, error_title(exc), error_message(exc))
            return
        window.statusBar().showMessage(
            fill(translate("MainWindow", "Backup written and verified: %1"), str(dest)),
            8000,
        )

    def restore(self) -> None:
        """Replace the vault file by a verified backup (the replaced file is kept aside); the
        vault is locked first and is then unlocked with the backup's passphrase."""
        window = self._window
        chooser = BackupChooser(
            window, backup_dir(window.session.vault), self._vault_salt(), vault_filter()
        )
        try:
            if run_dialog(chooser) != QDialog.DialogCode.Accepted or chooser.chosen is None:
                return
            chosen = chooser.chosen
        finally:
            chooser.deleteLater()
        passphrase, ok = QInputDialog.getText(
            window,
            translate("MainWindow", "Restore from backup"),
            translate("MainWindow", "Passphrase of that backup (the one in use when it was made):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if window.session.is_unlocked:
            window.session.lock()
        try:
            kept = restore_backup(
                Path(chosen), window.session.path, passphrase=passphrase, clock=window.clock
            )
        except VaultError as exc:
            warn(window, error_title(exc), error_message(exc))
            return
        text = translate(
            "MainWindow", "The backup was verified and restored. Unlock it with its passphrase."
        )
        if kept is not None:
            text += "\n\n" + fill(
                translate("MainWindow", "The vault it replaced is kept at %1"), str(kept)
            )
        inform(window, translate("MainWindow", "Backup restored"), text)
        window.show_start_page()

    def _vault_salt(self) -> bytes | None:
        """Tells this vault's backups apart; read from the file's first bytes while it is
        locked (None: no readable vault there, so no backup can be said to be its own)."""
        session = self._window.session
        if session.vault is not None:
            return session.vault.key.salt
        try:
            return preflight(session.path)
        except VaultError:
            return None

    # -- passphrase --------------------------------------------------------------------------

    def change_passphrase(self) -> None:
        window = self._window
        vault = window.session.vault
        if vault is None:
            return
        dialog = ChangePassphraseDialog(window)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted or window.session.vault is not vault:
            return
        current = derive_key(dialog.current.text(), vault.key.salt)
        if not hmac.compare_digest(current.key, vault.key.key):
            warn(
                window,
                translate("MainWindow", "Wrong passphrase"),
                translate("MainWindow", "The current passphrase is not right; nothing changed."),
            )
            return
        try:
            for area in window.areas:
                area.flush()
            vault.change_passphrase(dialog.new.text())
        except VaultError as exc:
            warn(window, error_title(exc), error_message(exc))
            return
        inform(
            window,
            translate("MainWindow", "Passphrase changed"),
            translate(
                "MainWindow",
                "Your new passphrase is set and verified. The old one no longer opens "
                "this vault (older backups still open with it).",
            ),
        )


def vault_filter() -> str:
    return translate("MainWindow", "mentorpad vaults (*.vault);;All files (*)")
