"""The keyboard cheat sheet: every shortcut, read from the actions themselves so it never
drifts from what the keys really do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorpad.ui.areas.mentees.session_editor import (
    QUICK_COMMITMENT,
    QUICK_INSIGHT,
    QUICK_THEME,
    TOGGLE_IN_SESSION,
)
from mentorpad.ui.screen_fit import FittedDialog
from mentorpad.ui.widgets.item_models import Column, RecordTableModel

Row = tuple[int, str, str, str]  # order, where, what, keys


def collect_shortcuts(window: QWidget) -> list[Row]:
    translate = QCoreApplication.translate
    native = QKeySequence.SequenceFormat.NativeText
    rows: list[Row] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(native)
        text = action.text().replace("&", "").rstrip("…")
        if keys and text and (text, keys) not in seen:
            seen.add((text, keys))
            rows.append((len(rows), translate("ShortcutsDialog", "Anywhere"), text, keys))
    session = translate("ShortcutsDialog", "In a session")
    for text, seq in (
        (translate("ShortcutsDialog", "Start or end the in-session view"), TOGGLE_IN_SESSION),
        (translate("ShortcutsDialog", "Capture a commitment"), QUICK_COMMITMENT),
        (translate("ShortcutsDialog", "Mark an insight in the notes"), QUICK_INSIGHT),
        (translate("ShortcutsDialog", "Tag a theme from the playbook"), QUICK_THEME),
    ):
        rows.append((len(rows), session, text, seq.toString(native)))
    find = QKeySequence(QKeySequence.StandardKey.Find).toString(native)
    rows.append(
        (
            len(rows),
            translate("ShortcutsDialog", "Playbook, Search"),
            translate("ShortcutsDialog", "Focus the search box"),
            find,
        )
    )
    rows.append(
        (
            len(rows),
            translate("ShortcutsDialog", "Mindset"),
            translate("ShortcutsDialog", "Answer the focused statement"),
            translate("ShortcutsDialog", "1 – 5, 0 or N"),
        )
    )
    return rows


class ShortcutsDialog(FittedDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(560, 480)
        self.model: RecordTableModel[Row] = RecordTableModel(
            [
                Column(self.tr("Where"), lambda r: r[1]),
                Column(self.tr("What"), lambda r: r[2]),
                Column(self.tr("Keys"), lambda r: r[3]),
            ],
            key=lambda r: r[0],
        )
        self.model.set_rows(collect_shortcuts(window))
        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
