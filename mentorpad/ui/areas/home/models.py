"""The tables of Home: the active mentees (the portfolio) and the themes across them, with
the date and colour helpers the attention list shares.

Plain QAbstractTableModels over the rows mentorpad.review computes; UserRole gives the id
a double-click opens. They are replaced (reset) on every reload, never edited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from mentorpad.review import PortfolioRow, ThemeCount
from mentorpad.ui import theme
from mentorpad.ui.labels import short_name, stage_label
from mentorpad.ui.text import fill

__all__ = ["PortfolioModel", "ThemeCountModel", "date_text", "theme_colors"]

_Index = QModelIndex | QPersistentModelIndex


def date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def theme_colors() -> dict[str, str]:
    """The colours of the theme in use, light or dark, read from the application palette."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        window = app.palette().color(QPalette.ColorRole.Window)
        if window.lightnessF() < 0.5:
            return theme.DARK
    return theme.LIGHT


class PortfolioModel(QAbstractTableModel):
    """Active mentees, most urgent first. UserRole gives the mentee id."""

    COLUMNS = ("mentee", "stage", "last", "next", "overdue", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PortfolioRow] = []
        self._today = dt.date.min

    def set_rows(self, rows: list[PortfolioRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], dt.date.min)

    def mentee_id(self, row: int) -> int | None:
        return self._rows[row].mentee_id if 0 <= row < len(self._rows) else None

    def row_of(self, mentee_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.mentee_id == mentee_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Mentee"),
            self.tr("Stage"),
            self.tr("Last session"),
            self.tr("Next session"),
            self.tr("Overdue commitments"),
            self.tr("Status"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.mentee_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "overdue":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colors = theme_colors()
            if column == "status" and row.items and row.items[0].tier == 0:
                return QColor(colors["error"])
            if column == "overdue" and row.overdue_commitments:
                return QColor(colors["error"])
            if (
                column == "next"
                and row.next_due is not None
                and not row.next_is_planned
                and row.next_due < self._today
            ):
                return QColor(colors["error"])
        return None

    def _display(self, row: PortfolioRow, column: str) -> str:
        if column == "mentee":
            return short_name(row.name)
        if column == "stage":
            return stage_label(row.stage) if row.stage else ""
        if column == "last":
            return date_text(row.last_session) if row.last_session else self.tr("None yet")
        if column == "next":
            if row.next_due is None:
                return self.tr("To plan")
            template = self.tr("%1 (planned)") if row.next_is_planned else self.tr("%1 (due)")
            return fill(template, date_text(row.next_due))
        if column == "overdue":
            return str(row.overdue_commitments)
        if column == "status":
            return self.status_text(row.status)
        return ""

    def status_text(self, status: str) -> str:
        return {
            "commitments_overdue": self.tr("Commitments overdue"),
            "quiet": self.tr("Quiet"),
            "session_overdue": self.tr("Session overdue"),
            "first_session": self.tr("First session to plan"),
            "session_due": self.tr("Session due this week"),
            "midpoint_review": self.tr("Mid-point review soon"),
            "closing_review": self.tr("Closing soon"),
            "no_agreement": self.tr("No agreement yet"),
            "on_track": self.tr("On track"),
        }.get(status, status)


class ThemeCountModel(QAbstractTableModel):
    """Themes across all mentees: sessions and mentees per playbook entry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ThemeCount] = []
        self._titles: dict[str, str] = {}

    def set_rows(self, rows: list[ThemeCount], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._titles = dict(titles)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], {})

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Theme"), self.tr("Sessions"), self.tr("Mentees"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._titles.get(row.entry_id, row.entry_id)
            if index.column() == 1:
                return str(row.sessions)
            if index.column() == 2:
                return str(row.mentees)
        if role == Qt.ItemDataRole.UserRole:
            return row.entry_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
