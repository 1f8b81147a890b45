"""The open mentee's profile: the header above the tabs (name, role, status and what can be
done to the profile) and the Overview tab (stage history and background notes).

These are views: they show a mentee; MenteesArea reacts to their buttons and saves. Their
texts keep the translation context "MenteesArea" (the class they were written in).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorpad.models.entities import Mentee, StageChange
from mentorpad.ui.labels import short_name, stage_label, status_label
from mentorpad.ui.labels.names import NAME_CHARS
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.editors import MarkdownEditor
from mentorpad.ui.widgets.item_models import format_date

translate = QCoreApplication.translate


class ProfileHeader(QWidget):
    """The mentee's name and one line about them, beside Edit, Archive and Delete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.name_label.setObjectName("name_label")
        self.name_label.setProperty("role", "heading")
        self.meta_label = QLabel()
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setObjectName("meta_label")
        self.meta_label.setProperty("role", "hint")
        self.meta_label.setWordWrap(True)
        self.edit_button = QPushButton(translate("MenteesArea", "Edit…"))
        self.edit_button.setObjectName("edit_mentee")
        self.archive_button = QPushButton(translate("MenteesArea", "Archive"))
        self.archive_button.setObjectName("archive_mentee")
        self.delete_button = QPushButton(translate("MenteesArea", "Delete…"))
        self.delete_button.setObjectName("delete_mentee")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.meta_label)
        layout.addLayout(titles, 1)
        for b in (self.edit_button, self.archive_button, self.delete_button):
            layout.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

    def show_mentee(self, mentee: Mentee) -> None:
        self.name_label.setText(short_name(mentee.display_name))
        long_name = len(mentee.display_name) > NAME_CHARS
        self.name_label.setToolTip(mentee.display_name if long_name else "")
        parts = [p for p in (mentee.role, mentee.organisation) if p]
        if mentee.stage:
            parts.append(stage_label(mentee.stage))
        parts.append(status_label(mentee.status))
        if mentee.start_date:
            parts.append(fill(translate("MenteesArea", "since %1"), format_date(mentee.start_date)))
        self.meta_label.setText("  ·  ".join(parts))
        self.archive_button.setText(
            translate("MenteesArea", "Unarchive")
            if mentee.archived
            else translate("MenteesArea", "Archive")
        )

    def clear_content(self) -> None:
        self.name_label.clear()
        self.meta_label.clear()


class OverviewTab(QWidget):
    """How the mentee's stage moved, and the mentor's background notes on them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.background = MarkdownEditor(
            "background",
            translate(
                "MenteesArea",
                "Background: context, what the programme asked for, first impressions",
            ),
        )
        self.stage_history = QLabel()
        self.stage_history.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_history.setObjectName("stage_history")
        self.stage_history.setProperty("role", "hint")
        self.stage_history.setWordWrap(True)
        layout.addWidget(self.stage_history)
        layout.addWidget(self.background, 1)

    def show_stage_history(self, history: Sequence[StageChange]) -> None:
        if not history:
            self.stage_history.setText(
                translate("MenteesArea", "Stage not set yet (Edit… to set it).")
            )
            return
        steps = "  →  ".join(
            fill(
                translate("MenteesArea", "%1 (%2)", "stage (date)"),
                stage_label(h.stage),
                format_date(h.changed_on),
            )
            for h in history
        )
        history_text = translate("MenteesArea", "Stage history: %1")
        self.stage_history.setText(fill(history_text, steps))

    def clear_content(self) -> None:
        self.background.clear_content()
        self.stage_history.clear()
