"""Edit > Settings: show the dialog with the current values and apply what was chosen: theme and
language to the plaintext config (which holds only those, the window geometry and the last
vault path), everything else to the vault.

Texts keep the translation context "MainWindow", where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from mentorpad.config import AppConfig
from mentorpad.models import Vault, VaultError
from mentorpad.models.backups import DEFAULT_KEEP
from mentorpad.ui.document_language import set_document_language
from mentorpad.ui.labels import error_message, error_title
from mentorpad.ui.lockdown import run_dialog
from mentorpad.ui.session import DEFAULT_IDLE_MINUTES
from mentorpad.ui.settings_dialog import SettingsDialog
from mentorpad.ui.widgets.plain import warn
from mentorpad.ui.window.vault_settings import backup_dir, int_setting

if TYPE_CHECKING:
    from mentorpad.ui.window.main_window import MainWindow

translate = QCoreApplication.translate

# The vault's on/off options and their value until the mentor changes them.
OPTION_DEFAULTS = {
    "cadence_reminders": "1",
    "grow_prompts": "1",
    "confidentiality_checklist": "1",
    "minimise_on_lock": "0",
}


class SettingsFlow(QObject):
    """Owned by the window (a child QObject, so its connections end with the window)."""

    def __init__(
        self,
        window: MainWindow,
        *,
        config: AppConfig,
        persist_config: Callable[[], None],
        apply_theme: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._config = config
        self._persist_config = persist_config
        self._apply_theme = apply_theme
        set_document_language(config.document_language)

    def edit(self) -> None:
        vault = self._window.session.vault
        dialog = SettingsDialog(
            theme=self._config.theme,
            language=self._config.language,
            document_language=self._config.document_language,
            idle_minutes=int_setting(
                vault.setting("idle_lock_minutes") if vault else None, DEFAULT_IDLE_MINUTES
            ),
            options={
                key: (vault.setting(key, default) if vault else default) == "1"
                for key, default in OPTION_DEFAULTS.items()
            },
            backup_keep=int_setting(vault.setting("backup_keep") if vault else None, DEFAULT_KEEP),
            backup_dir=backup_dir(vault),
            vault_unlocked=vault is not None,
            parent=self._window,
        )
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self._apply_app_settings(dialog)
        vault = self._window.session.vault
        if vault is not None:
            self._apply_vault_settings(dialog, vault)

    def _apply_app_settings(self, dialog: SettingsDialog) -> None:
        """Theme and languages: the plaintext config, for the next start as well; the
        documents' language applies at once (it is read at each export)."""
        self._config.theme = dialog.chosen_theme
        language_changed = dialog.chosen_language != self._config.language
        self._config.language = dialog.chosen_language
        self._config.document_language = dialog.chosen_document_language
        set_document_language(self._config.document_language)
        self._persist_config()
        if language_changed:
            self._window.statusBar().showMessage(
                translate(
                    "MainWindow", "The new language is used the next time you start mentorpad."
                ),
                8000,
            )
        self._apply_theme(self._config.theme)

    def _apply_vault_settings(self, dialog: SettingsDialog, vault: Vault) -> None:
        """Everything else lives in the vault; the idle lock and the areas follow at once."""
        try:
            vault.set_setting("idle_lock_minutes", str(dialog.idle_minutes.value()))
            vault.set_setting("backup_dir", dialog.backup_dir.text().strip())
            vault.set_setting("backup_keep", str(dialog.backup_keep.value()))
            for key, box in dialog.options.items():
                vault.set_setting(key, "1" if box.isChecked() else "0")
        except VaultError as exc:
            warn(self._window, error_title(exc), error_message(exc))
            return
        self._window.idle.set_timeout_ms(dialog.idle_minutes.value() * 60_000)
        for area in self._window.areas:
            apply_options = getattr(area, "apply_options", None)
            if callable(apply_options):
                apply_options(vault)
