"""The offer after an unlock of what the lock kept because it could not be saved.

The save manager holds those snapshots in memory only (ui/savemanager.py); this bar says what
they are and where they belong, and lets the mentor put them back into the vault or let them
go. Its text names mentees, so it is plain text and emptied on lock like every other widget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from mentorpad.ui.text import fill


class KeptEditsBanner(QFrame):
    """Hidden until `offer`; Put back / Discard report through the two signals."""

    restore_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kept_edits")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setObjectName("kept_edits_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "warn")
        self.restore_button = QPushButton(self.tr("Put back"))
        self.restore_button.setObjectName("kept_edits_restore")
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("kept_edits_discard")
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_requested)
        self.discard_button.clicked.connect(self.discard_requested)
        self.hide()

    def offer(self, places: list[str], problem: str = "") -> None:
        """Show what is kept (`places`, one line each) and, after a failed try, why."""
        text = fill(
            self.tr(
                "Before the vault locked, %n change(s) could not be saved. They were kept in "
                "memory only, never written to disk. Put them back where they belong?\n%1",
                "",
                len(places),
            ),
            "\n".join(f"• {place}" for place in places),
        )
        self.message.setText(f"{text}\n{problem}" if problem else text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_content(self) -> None:
        self.message.clear()
        self.setAccessibleDescription("")
        self.hide()
