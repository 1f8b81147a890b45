"""Item models for lists and tables of vault records (QAbstract*Model: fast at 10k rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


DATE_FORMAT = "d MMM yyyy"  # month names come from the user's locale: 5 Dec / 5 déc. / 5 dec.


def format_date(value: dt.date | None) -> str:
    """Dates in the user's locale, unambiguous across countries."""
    if value is None:
        return ""
    return str(QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT))


def format_decimal(value: float, decimals: int) -> str:
    """A number in the user's language: 3.25 in English, 3,25 in Dutch and French (no
    thousands separator: these are counts and scores, never large)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return str(locale.toString(float(value), "f", decimals))


def format_signed(value: float, decimals: int) -> str:
    """A change with its sign, in the user's language: +0.25, -1.00, 0.00."""
    text = format_decimal(value, decimals)
    return f"+{text}" if round(value, decimals) > 0 else text


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    moment = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return str(QLocale().toString(moment, f"{DATE_FORMAT}  {time_format}"))


class RecordListModel(QAbstractListModel, Generic[T]):
    """A list of frozen records with a display function; ids in UserRole."""

    def __init__(
        self,
        display: Callable[[T], str],
        key: Callable[[T], int],
        secondary: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__()
        self._rows: list[T] = []
        self._display = display
        self._key = key
        self._secondary = secondary

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row)
        if role == Qt.ItemDataRole.UserRole:
            return self._key(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row)
        if role == Qt.ItemDataRole.UserRole + 1 and self._secondary is not None:
            return self._secondary(row)
        return None

    def record(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: int) -> int:
        for i, row in enumerate(self._rows):
            if self._key(row) == key:
                return i
        return -1

    def records(self) -> list[T]:
        return list(self._rows)


class Column(Generic[T]):
    def __init__(
        self,
        title: str,
        value: Callable[[T], Any],
        *,
        editable: bool = False,
        checkable: bool = False,
        align: Qt.AlignmentFlag | None = None,
    ) -> None:
        self.title = title
        self.value = value
        self.editable = editable
        self.checkable = checkable
        self.align = align


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A table of frozen records; edits are handed to a callback that writes the vault."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], int],
        on_edit: Callable[[T, int, Any], None] | None = None,
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[T] = []
        self._key = key
        self._on_edit = on_edit

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return self._key(row)
        if column.checkable:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return base
        column = self._columns[index.column()]
        if column.checkable and self._on_edit is not None:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        if column.editable and self._on_edit is not None:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if self._on_edit is None or not index.isValid():
            return False
        column = self._columns[index.column()]
        if column.checkable and role == Qt.ItemDataRole.CheckStateRole:
            checked = (
                Qt.CheckState(value) == Qt.CheckState.Checked
                if isinstance(value, int)
                else value == Qt.CheckState.Checked
            )
            self._on_edit(self._rows[index.row()], index.column(), checked)
            return True
        if column.editable and role == Qt.ItemDataRole.EditRole:
            self._on_edit(self._rows[index.row()], index.column(), value)
            return True
        return False

    def record(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def replace(self, row: int, record: T) -> None:
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def records(self) -> list[T]:
        return list(self._rows)
