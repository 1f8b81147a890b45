"""The tree of the Playbook area: the stages (and "For the mentor") as parents, their pages
as children, filtered as the mentor types.

Search results keep their stage grouping, and sections with nothing left disappear. A
hand-written QAbstractItemModel (not QStandardItemModel) keeps PySide6 item wrappers out of
the picture. The page keys, the search functions and the pages themselves live in their own
modules (keys, search, pages); they are re-exported here for the callers that import them
from this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from mentorpad.guides.playbook import MentorGuide, PlaybookEntry, SessionTemplate
from mentorpad.ui.areas.playbook.entry_page import FAILURE_GUIDES
from mentorpad.ui.areas.playbook.keys import (
    MENTOR_SECTION,
    STAGE_ORDER,
    entry_key,
    guide_key,
    section_key,
    split_key,
    template_key,
)
from mentorpad.ui.areas.playbook.pages import PlaybookPages
from mentorpad.ui.areas.playbook.search import haystack, matches, query_terms
from mentorpad.ui.labels import stage_label
from mentorpad.ui.text import fill

__all__ = [
    "FAILURE_GUIDES",
    "KEY_ROLE",
    "MENTOR_SECTION",
    "STAGE_ORDER",
    "PlaybookPages",
    "PlaybookTreeModel",
    "entry_key",
    "guide_key",
    "haystack",
    "matches",
    "query_terms",
    "section_key",
    "split_key",
    "template_key",
]

# The item's key, "entry:<id>", "guide:<id>", "template:<kind>" or "section:<id>".
KEY_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1

_Index = QModelIndex | QPersistentModelIndex
_ROOT: Final = QModelIndex()  # the invisible root, as a default argument


@dataclass(frozen=True)
class _Item:
    key: str
    title: str
    tooltip: str
    text: str  # haystack


@dataclass(frozen=True)
class _Section:
    key: str
    label: str
    items: tuple[_Item, ...]


class PlaybookTreeModel(QAbstractItemModel):
    """Two levels: sections (three stages, then "For the mentor") and their items.

    A child's internal id is its section's visible row plus one; sections have id 0. The
    model is rebuilt (reset) when the content or the query changes, never edited in place.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: tuple[_Section, ...] = ()
        self._visible: list[tuple[_Section, tuple[_Item, ...]]] = []
        self._terms: tuple[str, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ---------------------------------------------------------------------------

    def stage_label(self, stage: str) -> str:
        if stage == MENTOR_SECTION:
            return self.tr("For the mentor")
        return stage_label(stage)

    def set_content(
        self,
        entries: Sequence[PlaybookEntry],
        guides: Sequence[MentorGuide],
        templates: Sequence[SessionTemplate],
    ) -> None:
        """Fill the tree; entries go under their stage, guides and templates under mentor."""
        sections = [
            _Section(
                section_key(stage),
                self.stage_label(stage),
                tuple(self._entry_item(entry) for entry in entries if entry.stage == stage),
            )
            for stage in STAGE_ORDER
        ]
        mentor_items = [self._guide_item(guide) for guide in guides]
        mentor_items += [self._template_item(template) for template in templates]
        sections.append(
            _Section(
                section_key(MENTOR_SECTION), self.stage_label(MENTOR_SECTION), tuple(mentor_items)
            )
        )
        self.beginResetModel()
        self._sections = tuple(sections)
        self._refilter()
        self.endResetModel()

    def _entry_item(self, entry: PlaybookEntry) -> _Item:
        """Found by its number, words, catalog label, signals and questions."""
        return _Item(
            key=entry_key(entry.id),
            title=entry.title,
            tooltip=fill(
                self.tr("%1\nNo. %2 in the catalog: “%3”"),
                entry.title,
                str(entry.number),
                entry.catalog_label,
            ),
            text=haystack(
                str(entry.number),
                entry.title,
                entry.summary,
                entry.catalog_label,
                *(signal.text for signal in entry.signals),
                *(question.text for question in entry.questions),
            ),
        )

    @staticmethod
    def _guide_item(guide: MentorGuide) -> _Item:
        return _Item(
            key=guide_key(guide.id),
            title=guide.title,
            tooltip=f"{guide.title}\n{guide.summary}",
            text=haystack(
                guide.title,
                guide.summary,
                *(f"{section.heading} {section.body}" for section in guide.sections),
            ),
        )

    @staticmethod
    def _template_item(template: SessionTemplate) -> _Item:
        return _Item(
            key=template_key(template.kind),
            title=template.title,
            tooltip=f"{template.title}\n{template.purpose}",
            text=haystack(
                template.title,
                template.purpose,
                *(f"{phase.name} {' '.join(phase.prompts)}" for phase in template.phases),
            ),
        )

    def set_query(self, query: str) -> None:
        terms = query_terms(query)
        if terms == self._terms:
            return
        self.beginResetModel()
        self._terms = terms
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        self._visible = []
        for section in self._sections:
            items = tuple(item for item in section.items if matches(self._terms, item.text))
            if items or not self._terms:
                self._visible.append((section, items))

    @property
    def is_filtered(self) -> bool:
        return bool(self._terms)

    def match_count(self) -> int:
        """Items (not sections) currently shown."""
        return sum(len(items) for _, items in self._visible)

    def item_keys(self) -> list[str]:
        """Every item shown, in order (sections left out)."""
        return [item.key for _, items in self._visible for item in items]

    def index_for_key(self, key: str) -> QModelIndex:
        """The index showing `key`, or an invalid index if it is filtered out."""
        for row, (section, items) in enumerate(self._visible):
            if section.key == key:
                return self.index(row, 0)
            for child_row, item in enumerate(items):
                if item.key == key:
                    return self.index(child_row, 0, self.index(row, 0))
        return QModelIndex()

    def key(self, index: _Index) -> str:
        value = self.data(index, KEY_ROLE)
        return value if isinstance(value, str) else ""

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._visible)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._visible[parent.row()][1])

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != 0:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            section, items = self._visible[index.row()]
            return self._section_data(section, len(items), role)
        section, items = self._visible[int(index.internalId()) - 1]
        item = items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip
        if role == KEY_ROLE:
            return item.key
        return None

    def _section_data(self, section: _Section, shown: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if self._terms:
                return fill(
                    self.tr("%1 · %2 of %3"), section.label, str(shown), str(len(section.items))
                )
            return fill(self.tr("%1 · %2"), section.label, str(shown))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(self.tr("%1, %2 items"), section.label, str(shown))
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == KEY_ROLE:
            return section.key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            section == 0
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.tr("Playbook")
        return None
