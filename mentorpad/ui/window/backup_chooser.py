"""File > Restore from Backup…: this vault's own backups, newest first, to choose from.

Only the vault's own are listed (its id in the name and its salt in the first bytes:
mentorpad.models.backups), so the demo's or a second vault's backups in the same folder never
show up mixed with them. Any other file can still be chosen with *Other File…*.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorpad.models.backups import Backup, backups_of
from mentorpad.ui.screen_fit import FittedDialog
from mentorpad.ui.widgets.file_dialogs import ask_open_file
from mentorpad.ui.widgets.item_models import format_datetime


class BackupChooser(FittedDialog):
    """`chosen` is the backup to restore once the dialog is accepted."""

    def __init__(
        self, parent: QWidget | None, folder: Path, salt: bytes | None, name_filter: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backup_chooser")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setMinimumWidth(460)
        self.chosen: Path | None = None
        self._folder, self._filter = folder, name_filter
        self.backups: list[Backup] = backups_of(folder, salt) if salt is not None else []
        self.intro = QLabel()
        self.intro.setObjectName("intro")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is not markup
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backups")
        self.list.setAccessibleName(self.tr("Backups of this vault"))
        for backup in self.backups:
            item = QListWidgetItem(self._describe(backup))
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        self._buttons(self._intro_text())
        self.list.currentRowChanged.connect(self._on_row)
        self.list.itemActivated.connect(lambda _item: self._choose_listed())
        if self.backups:
            self.list.setCurrentRow(0)
        self._on_row(self.list.currentRow())

    def _intro_text(self) -> str:
        if self.backups:
            return self.tr("Backups of this vault in %1, newest first:").replace(
                "%1", str(self._folder)
            )
        return self.tr(
            "There are no backups of this vault in %1. Choose a backup file with Other File…."
        ).replace("%1", str(self._folder))

    def _buttons(self, intro: str) -> None:
        self.intro.setText(intro)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(self.tr("Other File…"))
        self.other_button.setObjectName("other_file")
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._choose_listed)
        self.other_button.clicked.connect(self._choose_other)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.list.setVisible(bool(self.backups))

    def _describe(self, backup: Backup) -> str:
        kib = max(1, round(backup.size / 1024))
        return (
            self.tr("%1 (%2 KB)")
            .replace("%1", format_datetime(backup.made))
            .replace("%2", str(kib))
        )

    def _on_row(self, row: int) -> None:
        self.restore_button.setEnabled(0 <= row < len(self.backups))

    def _choose_listed(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.backups):
            self.chosen = self.backups[row].path
            self.accept()

    def _choose_other(self) -> None:
        picked = ask_open_file(
            self, self.tr("Choose a backup to restore"), str(self._folder), self._filter
        )
        if picked:
            self.chosen = Path(picked)
            self.accept()
