"""About mentorpad: version, where the data lives, and the licences of what we ship.

The LGPL v3 asks that users be told Qt is used and that they may replace it; the dialog says
so in plain words. Paths are shown as plain text (a folder name is never rich text).
"""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorpad import APP_DISPLAY_NAME, __version__
from mentorpad.config import default_config_path
from mentorpad.models.paths import default_backup_dir
from mentorpad.ui.icons import app_icon
from mentorpad.ui.screen_fit import FittedDialog
from mentorpad.ui.text import fill

ICON_SIZE = 64


def _library_versions() -> tuple[str, str]:
    """Markdown's and platformdirs' own version strings (the bundle carries no package
    metadata). Imported here, not at start: the About box is rarely opened."""
    import markdown
    import platformdirs

    return str(markdown.__version__), platformdirs.__version__


class AboutDialog(FittedDialog):
    def __init__(
        self,
        vault_path: Path,
        parent: QWidget | None = None,
        *,
        backup_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(fill(self.tr("About %1"), APP_DISPLAY_NAME))
        self.setMinimumSize(560, 560)
        self.vault_path = vault_path
        self.config_dir = default_config_path().parent
        self.backup_dir = backup_dir or default_backup_dir()

        top = self._build_heading()
        paths = self._build_data_section()
        self._build_licences_section()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("buttons")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.data_heading)
        layout.addLayout(paths)
        layout.addWidget(self.data_note)
        layout.addSpacing(8)
        layout.addWidget(self.licences_heading)
        layout.addWidget(self.licences_view, 1)
        layout.addWidget(self.buttons)

    def _build_heading(self) -> QHBoxLayout:
        """Icon, name, version and what mentorpad is."""
        self.icon_label = QLabel()
        self.icon_label.setObjectName("icon_label")
        self.icon_label.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        self.icon_label.setFixedSize(ICON_SIZE, ICON_SIZE)
        self.icon_label.setAccessibleName(self.tr("mentorpad icon"))

        self.name_label = QLabel(APP_DISPLAY_NAME)
        self.name_label.setObjectName("name_label")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = self._plain_label(
            fill(self.tr("Version %1"), __version__), "version_label"
        )
        self.version_label.setAccessibleName(self.tr("Version"))
        self.description_label = self._plain_label(
            self.tr(
                "A private, offline companion for mentors: encrypted session notes and a playbook."
            ),
            "description_label",
        )
        self.description_label.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.name_label)
        heading.addWidget(self.version_label)
        heading.addWidget(self.description_label)
        top = QHBoxLayout()
        top.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(heading, 1)
        return top

    def _build_data_section(self) -> QFormLayout:
        """Where the vault, the settings and the backups are, and what each holds."""
        self.data_heading = self._heading_label(self.tr("Where your data lives"), "data_heading")
        self.vault_path_label = self._path_label(
            self.vault_path, "vault_path_label", self.tr("Vault")
        )
        self.config_dir_label = self._path_label(
            self.config_dir, "config_dir_label", self.tr("Settings folder")
        )
        self.backup_dir_label = self._path_label(
            self.backup_dir, "backup_dir_label", self.tr("Backups folder")
        )
        paths = QFormLayout()
        paths.addRow(self.tr("Vault (encrypted)"), self.vault_path_label)
        paths.addRow(self.tr("Settings folder"), self.config_dir_label)
        paths.addRow(self.tr("Backups folder"), self.backup_dir_label)
        self.data_note = self._plain_label(
            self.tr(
                "Your notes are only in the vault, encrypted. The settings folder holds the "
                "window size, theme, language and the last vault's location; nothing about "
                "your mentees."
            ),
            "data_note",
        )
        self.data_note.setWordWrap(True)
        return paths

    def _build_licences_section(self) -> None:
        self.licences_heading = self._heading_label(self.tr("Licences"), "licences_heading")
        self.licences_view = QTextBrowser()
        self.licences_view.setObjectName("licences_view")
        self.licences_view.setOpenLinks(False)
        self.licences_view.setOpenExternalLinks(False)
        self.licences_view.setReadOnly(True)
        self.licences_view.setAccessibleName(
            self.tr("Licences of mentorpad and the software it uses")
        )
        self.licences_view.setHtml(self._licences_html())

    def _heading_label(self, text: str, name: str) -> QLabel:
        label = self._plain_label(text, name)
        bold = label.font()
        bold.setBold(True)
        label.setFont(bold)
        return label

    def _plain_label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _path_label(self, path: Path, name: str, accessible: str) -> QLabel:
        label = self._plain_label(str(path), name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        return label

    def licences(self) -> list[tuple[str, str]]:
        """(component, licence text) in the order shown; tests and the view share it."""
        markdown_version, platformdirs_version = _library_versions()
        return [
            (
                f"{APP_DISPLAY_NAME} {__version__}",
                self.tr("mentorpad is free software under the MIT licence."),
            ),
            self._qt_licence(),
            (
                "SQLCipher",
                self.tr(
                    "© Zetetic LLC, under a BSD-style licence. SQLCipher is built on SQLite, "
                    "which is in the public domain, and uses OpenSSL's cryptography (Apache "
                    "License 2.0)."
                ),
            ),
            (
                "sqlcipher3",
                self.tr(
                    "The Python binding for SQLCipher, by Charles Leifer, based on pysqlite by "
                    "Gerhard Häring; under the zlib licence."
                ),
            ),
            (
                f"Python-Markdown {markdown_version}",
                self.tr("© The Python Markdown Project, under the BSD licence."),
            ),
            (
                f"platformdirs {platformdirs_version}",
                self.tr("© the platformdirs contributors, under the MIT licence."),
            ),
            (
                f"Python {platform.python_version()}",
                self.tr(
                    "© Python Software Foundation, under the PSF License Agreement. Python's "
                    "hashlib uses OpenSSL (Apache License 2.0)."
                ),
            ),
            (
                self.tr("System libraries"),
                self.tr(
                    "The Linux bundle also carries unmodified system libraries (GLib, D-Bus, "
                    "FreeType, Fontconfig, libxcb, xkbcommon and others), each under its own "
                    "free licence."
                ),
            ),
        ]

    def _qt_licence(self) -> tuple[str, str]:
        """The LGPL v3 notice: that Qt is used, unmodified, and that users may replace it."""
        return (
            f"Qt {qVersion()} / PySide6 {pyside_version}",
            self.tr(
                "Qt and Qt for Python (PySide6, Shiboken6) are © The Qt Company Ltd and "
                "contributors, used under the GNU Lesser General Public License version 3 "
                "(LGPL v3). mentorpad uses Qt's libraries unmodified, as separate shared "
                "libraries, and you may replace them with your own build of a compatible "
                "version (in the installed app they are the files in the PySide6 folder). "
                "The licence text: https://www.gnu.org/licenses/lgpl-3.0.html; Qt's source "
                "code: https://download.qt.io/. Qt includes third-party parts such as ICU "
                "(Unicode licence), listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html."
            ),
        )

    def _licences_html(self) -> str:
        parts = [
            f"<p><b>{html.escape(name)}</b><br>{html.escape(text)}</p>"
            for name, text in self.licences()
        ]
        return "\n".join(parts)
