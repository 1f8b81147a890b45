"""Home's "This week" list: what needs the mentor's attention, one sentence per item.

mentorpad.review decides what needs attention and how urgent it is (AttentionItem, with an
English `sentence`); this model phrases each item in the user's language, one method per
kind of item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from mentorpad.review import AttentionItem
from mentorpad.ui.areas.home.models import date_text, theme_colors
from mentorpad.ui.labels.names import short_name
from mentorpad.ui.text import fill

__all__ = ["AttentionModel"]

_Index = QModelIndex | QPersistentModelIndex


class AttentionModel(QAbstractListModel):
    """ "This week": one line per attention item, most urgent first, phrased in the user's
    language. UserRole gives the mentee id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._texts: list[str] = []

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [self.describe(i) for i in self._items]
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def item(self, row: int) -> AttentionItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def texts(self) -> list[str]:
        return list(self._texts)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return item.mentee_id
        if role == Qt.ItemDataRole.DecorationRole:
            colors = theme_colors()
            key = ("error", "warn", "accent", "muted")[min(item.tier, 3)]
            return QColor(colors[key])
        return None

    # -- the sentences ---------------------------------------------------------------------

    def describe(self, item: AttentionItem) -> str:
        """The item as a sentence; the same facts as AttentionItem.sentence, translated."""
        describers: dict[str, Callable[[AttentionItem], str]] = {
            "commitments_overdue": self._describe_commitments_overdue,
            "quiet": self._describe_quiet,
            "first_session": self._describe_first_session,
            "session_overdue": self._describe_session_overdue,
            "session_due": self._describe_session_due,
            "midpoint_review": self._describe_review,
            "closing_review": self._describe_review,
            "no_agreement": self._describe_no_agreement,
        }
        describer = describers.get(item.kind)
        return describer(item) if describer is not None else item.sentence

    def _describe_commitments_overdue(self, item: AttentionItem) -> str:
        name = short_name(item.mentee_name)
        when = date_text(item.when) if item.when else ""
        if item.count == 1:
            text = fill(self.tr("%1: “%2” was due on %3."), name, item.detail, when)
            if item.mentor_count:
                text += " " + self.tr("It is yours.")
            return text
        text = fill(
            self.tr("%1: %2 commitments are overdue, the oldest since %3 (“%4”)."),
            name,
            str(item.count),
            when,
            item.detail,
        )
        if item.mentor_count:
            text += " " + self.tr("%n of them are yours.", "", item.mentor_count)
        return text

    def _describe_quiet(self, item: AttentionItem) -> str:
        name = short_name(item.mentee_name)
        weeks = str(item.days // 7)
        if not item.had_sessions and item.since is not None:
            return fill(
                self.tr("%1: no session yet, %2 weeks after the start on %3."),
                name,
                weeks,
                date_text(item.since),
            )
        every = (
            self.tr("every week")
            if item.cadence_weeks == 1
            else fill(self.tr("every %1 weeks"), str(item.cadence_weeks))
        )
        return fill(
            self.tr("%1: no session for %2 weeks (you meet %3); the relationship has gone quiet."),
            name,
            weeks,
            every,
        )

    def _describe_first_session(self, item: AttentionItem) -> str:
        return fill(self.tr("%1: plan the first session."), short_name(item.mentee_name))

    def _describe_session_overdue(self, item: AttentionItem) -> str:
        when = date_text(item.when) if item.when else ""
        return fill(
            self.tr("%1: a session was due on %2 (%3 days ago); none is planned."),
            short_name(item.mentee_name),
            when,
            str(item.days),
        )

    def _describe_session_due(self, item: AttentionItem) -> str:
        name = short_name(item.mentee_name)
        if item.days == 0:
            return fill(self.tr("%1: a session is due today; none is planned yet."), name)
        when = date_text(item.when) if item.when else ""
        return fill(self.tr("%1: a session is due on %2; none is planned yet."), name, when)

    def _describe_review(self, item: AttentionItem) -> str:
        """The mid-point review or the closing session, and how soon."""
        when = date_text(item.when) if item.when else ""
        if item.days == 0:
            relative = self.tr("today")
        elif item.days == 1:
            relative = self.tr("tomorrow")
        else:
            relative = fill(self.tr("in %1 days"), str(item.days))
        template = (
            self.tr("%1: mid-point review on %2 (%3).")
            if item.kind == "midpoint_review"
            else self.tr("%1: closing session on %2 (%3).")
        )
        return fill(template, short_name(item.mentee_name), when, relative)

    def _describe_no_agreement(self, item: AttentionItem) -> str:
        return fill(
            self.tr("%1: no agreement yet; agree goals, cadence and confidentiality."),
            short_name(item.mentee_name),
        )
