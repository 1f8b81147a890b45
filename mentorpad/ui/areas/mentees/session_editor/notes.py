"""The Notes and Shared summary tabs: the private notes, and the one text meant to leave.

Their texts keep the translation context "SessionEditor" (the class they were written in).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorpad.ui.widgets.editors import MarkdownEditor

translate = QCoreApplication.translate


class NotesTab(QWidget):
    """Holds the private notes editor; the in-session view borrows it while a session runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = MarkdownEditor(
            "notes", translate("SessionEditor", "Private notes: they never leave this vault")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        private = QLabel(
            translate("SessionEditor", "Private. Raw HTML is shown as typed; nothing is loaded.")
        )
        private.setProperty("role", "hint")
        private.setObjectName("private_hint")
        layout.addWidget(private)
        layout.addWidget(self.notes, 1)  # the editor takes the height, never the hint

    def clear_content(self) -> None:
        self.notes.clear_content()

    def take_back_notes(self) -> None:
        """Put the notes editor back here after the in-session view had it."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.notes, 1)


class SummaryTab(QWidget):
    """The shared summary, with the way out: preview and export."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = MarkdownEditor(
            "summary",
            translate("SessionEditor", "Shared summary: only what you may later send the mentee"),
        )
        hint = QLabel(
            translate(
                "SessionEditor",
                "The only part of a session meant to leave mentorpad. Private notes, your "
                "reflection and other mentees never go with it.",
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.export_summary = QPushButton(translate("SessionEditor", "Preview and export…"))
        self.export_summary.setObjectName("export_summary")
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.export_summary)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary, 1)

    def clear_content(self) -> None:
        self.summary.clear_content()
