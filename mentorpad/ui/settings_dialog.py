"""Settings: idle lock and backup folder live in the vault; theme and language in the
plaintext config (the language applies at the next start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorpad.config import LANGUAGES, THEMES
from mentorpad.ui.i18n import LANGUAGE_NAMES
from mentorpad.ui.screen_fit import FittedDialog
from mentorpad.ui.widgets.file_dialogs import ask_folder

IDLE_MIN, IDLE_MAX = 1, 240


class SettingsDialog(FittedDialog):
    def __init__(
        self,
        *,
        theme: str,
        language: str = "",
        document_language: str = "",
        idle_minutes: int,
        backup_dir: Path,
        backup_keep: int = 10,
        options: dict[str, bool] | None = None,
        vault_unlocked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self._add_appearance_rows(form, theme, language)
        self._add_document_language_row(form, document_language)
        self._add_lock_and_backup_rows(form, idle_minutes, backup_dir, backup_keep)
        self._add_option_rows(form, options or {})
        note = self._vault_note(vault_unlocked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _add_appearance_rows(self, form: QFormLayout, theme: str, language: str) -> None:
        """Theme and language: the plaintext config's part."""
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        labels = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for key in THEMES:
            self.theme.addItem(labels[key], key)
        self.theme.setCurrentIndex(THEMES.index(theme) if theme in THEMES else 0)
        form.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        for key in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[key], key)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.setAccessibleName(self.tr("Language"))
        language_note = QLabel(self.tr("Takes effect the next time you start mentorpad."))
        language_note.setObjectName("language_note")
        language_note.setProperty("role", "hint")
        language_note.setWordWrap(True)
        language_box = QVBoxLayout()
        language_box.setContentsMargins(0, 0, 0, 0)
        language_box.addWidget(self.language)
        language_box.addWidget(language_note)
        form.addRow(self.tr("Language"), language_box)

    def _add_document_language_row(self, form: QFormLayout, document_language: str) -> None:
        """Exports may go to a mentee who reads another language than the interface."""
        self.document_language = QComboBox()
        self.document_language.setObjectName("document_language")
        self.document_language.addItem(self.tr("Same as the interface"), "")
        for key in LANGUAGES:
            self.document_language.addItem(LANGUAGE_NAMES[key], key)
        self.document_language.setCurrentIndex(
            max(0, self.document_language.findData(document_language))
        )
        self.document_language.setAccessibleName(self.tr("Language of exported documents"))
        note = QLabel(
            self.tr(
                "Reports, the mentoring agreement, session summaries and the blank mirror "
                "form. Takes effect at once."
            )
        )
        note.setObjectName("document_language_note")
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.document_language)
        box.addWidget(note)
        form.addRow(self.tr("Documents in"), box)

    def _add_lock_and_backup_rows(
        self, form: QFormLayout, idle_minutes: int, backup_dir: Path, backup_keep: int
    ) -> None:
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(IDLE_MIN, IDLE_MAX)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(idle_minutes)
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without input"))
        form.addRow(self.tr("Lock after no input for"), self.idle_minutes)
        self.backup_dir = QLineEdit(str(backup_dir))
        self.backup_dir.setObjectName("backup_dir")
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self._browse = QPushButton(self.tr("Choose…"))
        self._browse.setObjectName("browse_backup")
        self._browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.backup_dir, 1)
        row.addWidget(self._browse)
        form.addRow(self.tr("Backup folder"), row)
        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("backup_keep")
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setValue(backup_keep)
        self.backup_keep.setSuffix(self.tr(" backups"))
        self.backup_keep.setAccessibleName(self.tr("Number of automatic backups to keep"))
        form.addRow(self.tr("Keep the last"), self.backup_keep)

    def _add_option_rows(self, form: QFormLayout, options: dict[str, bool]) -> None:
        """The vault's on/off options; each is on unless the vault says otherwise, except
        minimising on lock, which the mentor turns on."""
        self.options: dict[str, QCheckBox] = {}
        for key, label, tip in (
            (
                "cadence_reminders",
                self.tr("Remind me when a session is due by the agreed rhythm"),
                self.tr("Shown on Home and when you unlock."),
            ),
            (
                "grow_prompts",
                self.tr("Show the template's prompts for each phase in a session"),
                self.tr("The GROW questions appear under the session timer."),
            ),
            (
                "confidentiality_checklist",
                self.tr("Show the agreement checklist in a first session"),
                self.tr("Confidentiality, exceptions, reporting, exit: nothing forgotten."),
            ),
            (
                "minimise_on_lock",
                self.tr("Minimise the window when the vault locks"),
                self.tr(
                    "The unlock prompt leaves the screen too; the window waits in the taskbar."
                ),
            ),
        ):
            box = QCheckBox(label)
            box.setObjectName(key)
            box.setChecked(options.get(key, key != "minimise_on_lock"))
            box.setToolTip(tip)
            self.options[key] = box
            form.addRow("", box)

    def _vault_note(self, vault_unlocked: bool) -> QLabel:
        """Where the settings are kept; while locked, the vault's rows are disabled and the
        note says why."""
        note = QLabel(
            self.tr(
                "Backups are encrypted with your passphrase, so a synced or shared folder is "
                "fine. A backup is made when you lock or close, if anything changed. These "
                "settings are stored inside the vault."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        if not vault_unlocked:
            for widget in (
                self.idle_minutes,
                self.backup_dir,
                self._browse,
                self.backup_keep,
                *self.options.values(),
            ):
                widget.setEnabled(False)
            note.setText(self.tr("Unlock the vault to change its lock time and backup folder."))
        return note

    def _on_browse_clicked(self) -> None:
        chosen = ask_folder(self, self.tr("Backup folder"), self.backup_dir.text())
        if chosen:
            self.backup_dir.setText(chosen)

    @property
    def chosen_theme(self) -> str:
        return str(self.theme.currentData())

    @property
    def chosen_language(self) -> str:
        """Empty to follow the system, else one of config.LANGUAGES."""
        return str(self.language.currentData() or "")

    @property
    def chosen_document_language(self) -> str:
        """Empty to follow the interface, else one of config.LANGUAGES."""
        return str(self.document_language.currentData() or "")
