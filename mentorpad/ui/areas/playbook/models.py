"""What the Playbook area shows, apart from its widgets: the tree and the pages.

The tree puts the stages (and "For the mentor") as parents. Search lives here too, as plain
functions, so the model can filter itself: results keep their stage grouping, and sections
with nothing left disappear. A hand-written QAbstractItemModel (not QStandardItemModel) keeps
PySide6 item wrappers out of the picture. PlaybookPages writes each page as HTML for the safe
NoteView: text escaped, links only to our own schemes, nothing to load.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette

from mentorpad.guides.playbook import (
    GROW_PHASES,
    HORIZONS,
    MentorGuide,
    PlaybookEntry,
    Reference,
    SessionTemplate,
)
from mentorpad.render import render_markdown
from mentorpad.ui.labels import grow_phase_label, horizon_label, stage_label

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
STAGE_ORDER: Final = ("new", "struggling", "capable")
MENTOR_SECTION: Final = "mentor"

_Index = QModelIndex | QPersistentModelIndex
_ROOT: Final = QModelIndex()  # the invisible root, as a default argument
_WORD: Final = re.compile(r"\w+", re.UNICODE)
# Longest first: "delegate" and "delegation" both come down to "delegat".
_SUFFIXES: Final = ("ations", "ation", "ings", "ions", "ing", "ion", "ies", "es", "ed", "e", "s")
_MIN_STEM: Final = 4


# --------------------------------------------------------------------------------------
# Keys and search (pure functions)
# --------------------------------------------------------------------------------------


def entry_key(entry_id: str) -> str:
    return f"entry:{entry_id}"


def guide_key(guide_id: str) -> str:
    return f"guide:{guide_id}"


def template_key(kind: str) -> str:
    return f"template:{kind}"


def section_key(section: str) -> str:
    return f"section:{section}"


def split_key(key: str) -> tuple[str, str]:
    """("entry", "new.feedback") from "entry:new.feedback"; ("", "") for anything else."""
    kind, sep, ident = key.partition(":")
    if not sep or kind not in ("entry", "guide", "template", "section") or not ident:
        return "", ""
    return kind, ident


def _plain(text: str) -> str:
    """Lower-case, accent-free words separated by single spaces (Inès finds 'ines')."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(folded))


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def query_terms(query: str) -> tuple[str, ...]:
    """The words a query searches for, each cut to its stem; empty means "show everything"."""
    return tuple(dict.fromkeys(_stem(word) for word in _plain(query).split()))


def haystack(*texts: str) -> str:
    """Searchable text: every word preceded by a space, so a term matches word starts."""
    return " " + _plain(" ".join(texts))


def matches(terms: Sequence[str], text: str) -> bool:
    """Every term starts some word of the text (as you type, 'deleg' already matches)."""
    return all(f" {term}" in text for term in terms)


# --------------------------------------------------------------------------------------
# The tree
# --------------------------------------------------------------------------------------


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
        sections: list[_Section] = []
        for stage in STAGE_ORDER:
            items = tuple(
                _Item(
                    key=entry_key(entry.id),
                    title=entry.title,
                    tooltip=self.tr("%1\nNo. %2 in the catalog: “%3”")
                    .replace("%1", entry.title)
                    .replace("%2", str(entry.number))
                    .replace("%3", entry.catalog_label),
                    text=haystack(
                        str(entry.number),
                        entry.title,
                        entry.summary,
                        entry.catalog_label,
                        *(signal.text for signal in entry.signals),
                        *(question.text for question in entry.questions),
                    ),
                )
                for entry in entries
                if entry.stage == stage
            )
            sections.append(_Section(section_key(stage), self.stage_label(stage), items))
        mentor_items = [
            _Item(
                key=guide_key(guide.id),
                title=guide.title,
                tooltip=f"{guide.title}\n{guide.summary}",
                text=haystack(
                    guide.title,
                    guide.summary,
                    *(f"{section.heading} {section.body}" for section in guide.sections),
                ),
            )
            for guide in guides
        ]
        mentor_items += [
            _Item(
                key=template_key(template.kind),
                title=template.title,
                tooltip=f"{template.title}\n{template.purpose}",
                text=haystack(
                    template.title,
                    template.purpose,
                    *(f"{phase.name} {' '.join(phase.prompts)}" for phase in template.phases),
                ),
            )
            for template in templates
        ]
        sections.append(
            _Section(
                section_key(MENTOR_SECTION), self.stage_label(MENTOR_SECTION), tuple(mentor_items)
            )
        )
        self.beginResetModel()
        self._sections = tuple(sections)
        self._refilter()
        self.endResetModel()

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
                return (
                    self.tr("%1 · %2 of %3")
                    .replace("%1", section.label)
                    .replace("%2", str(shown))
                    .replace("%3", str(len(section.items)))
                )
            return self.tr("%1 · %2").replace("%1", section.label).replace("%2", str(shown))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1, %2 items").replace("%1", section.label).replace("%2", str(shown))
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


# --------------------------------------------------------------------------------------
# Pages
# --------------------------------------------------------------------------------------

# Pitfalls name a reason mentoring programmes fail; each has a guide that answers it.
FAILURE_GUIDES: Final = {
    "no_goals": "clear-goals",
    "no_process": "process-and-method",
    "miscasting": "mentoring-mindset",
    "self_focus": "mentoring-mindset",
    "no_time": "getting-support",
    "confidentiality": "confidentiality",
}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


class PlaybookPages(QObject):
    """Builds each page as HTML for NoteView: every text escaped, links only to our own
    schemes (entry:, guide:, template:, section:, agenda:, #anchor), no image, no resource."""

    def __init__(
        self,
        entries: Sequence[PlaybookEntry],
        guides: Sequence[MentorGuide],
        templates: Sequence[SessionTemplate],
        references: dict[str, Reference],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.entries = {entry.id: entry for entry in entries}
        self.guides = {guide.id: guide for guide in guides}
        self.templates = {template.kind: template for template in templates}
        self.references = references

    # -- vocabulary --------------------------------------------------------------------------

    def stage_label(self, stage: str) -> str:
        if stage == MENTOR_SECTION:
            return self.tr("For the mentor")
        return stage_label(stage)

    def stage_description(self, stage: str) -> str:
        return {
            "new": self.tr(
                "Managers in their first months: finding their footing, their authority and "
                "their own way of leading."
            ),
            "struggling": self.tr(
                "Managers who have settled in but keep running into the same problems, often "
                "habits from their time as an expert or a peer."
            ),
            "capable": self.tr(
                "Managers who do well and are ready for more: bigger roles, larger changes and "
                "wider influence."
            ),
            MENTOR_SECTION: self.tr(
                "Short guides for you as a mentor, and a plan for each of the four kinds of "
                "session."
            ),
        }.get(stage, "")

    def phase_label(self, phase: str) -> str:
        return grow_phase_label(phase)

    def phase_hint(self, phase: str) -> str:
        return {
            "G": self.tr("what they want to achieve"),
            "R": self.tr("where things stand now"),
            "O": self.tr("what they could do"),
            "W": self.tr("what they will do, and when"),
        }.get(phase, "")

    def seen_by_label(self, who: str) -> str:
        return {
            "self": self.tr("the manager"),
            "team": self.tr("the team"),
            "boss": self.tr("their boss"),
            "mentor": self.tr("you, the mentor"),
        }.get(who, who)

    def push_pull_label(self, value: str) -> str:
        return {
            "push": self.tr("Push: directive"),
            "mostly-push": self.tr("Mostly push"),
            "balanced": self.tr("Balanced between push and pull"),
            "mostly-pull": self.tr("Mostly pull"),
            "pull": self.tr("Pull: non-directive"),
        }.get(value, value)

    def kram_label(self, value: str) -> str:
        return {
            "career": self.tr("career support"),
            "psychosocial": self.tr("psychosocial support"),
            "role_model": self.tr("role modelling"),
        }.get(value, value)

    def failure_label(self, value: str) -> str:
        return {
            "no_goals": self.tr("no clear goals"),
            "no_process": self.tr("no process or method"),
            "miscasting": self.tr("the mentor in the wrong role"),
            "no_time": self.tr("no time for mentoring"),
            "self_focus": self.tr("the mentor's own story taking over"),
            "confidentiality": self.tr("broken confidentiality"),
        }.get(value, value)

    def evidence_label(self, value: str) -> str:
        return {
            "research": self.tr("research evidence"),
            "practitioner_model": self.tr("practitioner model"),
            "heuristic": self.tr("rule of thumb"),
        }.get(value, value)

    def horizon_label(self, horizon: str) -> str:
        return horizon_label(horizon)

    def relationship_phase_label(self, value: str) -> str:
        return {
            "initiation": self.tr("initiation"),
            "cultivation": self.tr("cultivation"),
            "separation": self.tr("separation"),
            "redefinition": self.tr("redefinition"),
            "preparing": self.tr("preparing"),
            "negotiating": self.tr("negotiating"),
            "enabling_growth": self.tr("enabling growth"),
            "closure": self.tr("closure"),
        }.get(value, value.replace("_", " "))

    # -- style -----------------------------------------------------------------------------

    @staticmethod
    def css(palette: QPalette, base_points: float) -> str:
        """Typography on top of NoteView's sheet, coloured from the palette (light or dark)."""
        role = QPalette.ColorRole
        muted = palette.color(role.PlaceholderText).name()
        link = palette.color(role.Link).name()
        chip = palette.color(role.AlternateBase).name()
        base = base_points if base_points > 0 else 10.0

        def pt(factor: float) -> str:
            return f"{base * factor:.1f}pt"

        return f"""
h1 {{ font-size: {pt(1.9)}; font-weight: 600; margin: 2px 0 10px 0; }}
h2 {{ font-size: {pt(1.4)}; font-weight: 600; margin: 30px 0 10px 0; }}
h3 {{ font-size: {pt(1.12)}; font-weight: 600; margin: 18px 0 6px 0; }}
p {{ margin: 0 0 10px 0; line-height: 145%; }}
li {{ margin: 0 0 8px 0; line-height: 145%; }}
a {{ color: {link}; }}
.kicker {{ color: {muted}; font-size: {pt(0.95)}; margin-bottom: 6px; }}
.summary {{ font-size: {pt(1.2)}; line-height: 150%; margin-bottom: 14px; }}
.meta {{ color: {muted}; }}
.toc {{ color: {muted}; font-size: {pt(0.95)}; margin: 6px 0 4px 0; }}
.question {{ font-size: {pt(1.05)}; margin: 10px 0 2px 0; }}
.purpose {{ color: {muted}; margin: 0 0 10px 0; }}
.chip {{ background-color: {chip}; }}
.credit {{ color: {muted}; font-size: {pt(0.9)}; font-style: italic; }}
.label {{ font-weight: 600; }}
"""

    # -- shared pieces -------------------------------------------------------------------------

    def _kicker(self, *parts: str) -> str:
        return f'<p class="kicker">{" · ".join(_e(part) for part in parts if part)}</p>'

    def _h2(self, anchor: str, text: str) -> str:
        return f'<h2><a name="{anchor}"></a>{_e(text)}</h2>'

    def _references(self, ids: Iterable[str]) -> tuple[str, dict[str, int]]:
        """The numbered reference list and each id's number, for [n] citations."""
        numbers: dict[str, int] = {}
        for ref_id in ids:
            numbers.setdefault(ref_id, len(numbers) + 1)
        if not numbers:
            return "", numbers
        items = []
        for ref_id in numbers:
            reference = self.references.get(ref_id)
            citation = _e(reference.citation if reference else ref_id)
            if reference is not None and not reference.verified:
                citation += ' <span class="meta">{}</span>'.format(
                    _e(self.tr("(details still to be checked)"))
                )
            items.append(f'<li><a name="ref-{_e(ref_id)}"></a>{citation}</li>')
        body = self._h2("references", self.tr("References")) + f"<ol>{''.join(items)}</ol>"
        return body, numbers

    @staticmethod
    def _cite(refs: Iterable[str], numbers: dict[str, int]) -> str:
        marks = [
            f'<a href="#ref-{_e(ref_id)}">[{numbers[ref_id]}]</a>'
            for ref_id in refs
            if ref_id in numbers
        ]
        return (" " + " ".join(marks)) if marks else ""

    def _entry_link(self, entry_id: str) -> str:
        entry = self.entries.get(entry_id)
        if entry is None:
            return ""
        return (
            f'<li><a href="{_e(entry_key(entry.id))}">{_e(entry.title)}</a> '
            f'<span class="meta">· {_e(self.stage_label(entry.stage))}</span></li>'
        )

    # -- pages -------------------------------------------------------------------------------

    def page(self, key: str) -> str | None:
        """The page for a key, or None when the key names nothing we have."""
        kind, ident = split_key(key)
        if kind == "entry" and ident in self.entries:
            return self.entry(self.entries[ident])
        if kind == "guide" and ident in self.guides:
            return self.guide(self.guides[ident])
        if kind == "template" and ident in self.templates:
            return self.template(self.templates[ident])
        if kind == "section" and ident in (*STAGE_ORDER, MENTOR_SECTION):
            return self.section(ident)
        return None

    def intro(self) -> str:
        # Texts are translated outside f-strings: pyside6-lupdate does not look inside them.
        heading = self.tr("The playbook")
        parts = [
            f"<h1>{_e(heading)}</h1>",
            '<p class="summary">{}</p>'.format(
                _e(
                    self.tr(
                        "%1 struggles that managers meet, in three stages. Each entry tells you "
                        "what to look for, why it happens, how to stand as a mentor, which "
                        "questions to ask, and what progress looks like."
                    ).replace("%1", str(len(self.entries)))
                )
            ),
            '<p class="meta">{}</p>'.format(
                _e(
                    self.tr(
                        "Choose an entry on the left, or search with %1. Arrow keys move "
                        "through the list; Enter opens."
                    ).replace(
                        "%1",
                        QKeySequence(QKeySequence.StandardKey.Find).toString(
                            QKeySequence.SequenceFormat.NativeText
                        ),
                    )
                )
            ),
            "<ul>",
        ]
        for stage in (*STAGE_ORDER, MENTOR_SECTION):
            parts.append(
                f'<li><a href="{_e(section_key(stage))}">{_e(self.stage_label(stage))}</a>'
                f'<br/><span class="meta">{_e(self.stage_description(stage))}</span></li>'
            )
        parts.append("</ul>")
        return "".join(parts)

    def section(self, stage: str) -> str:
        parts = [
            self._kicker(self.tr("Playbook")),
            f"<h1>{_e(self.stage_label(stage))}</h1>",
            f'<p class="summary">{_e(self.stage_description(stage))}</p>',
        ]
        if stage == MENTOR_SECTION:
            parts.append(self._h2("guides", self.tr("Guides for the mentor")))
            parts.extend(
                f'<p><a href="{_e(guide_key(g.id))}">{_e(g.title)}</a><br/>'
                f'<span class="meta">{_e(g.summary)}</span></p>'
                for g in self.guides.values()
            )
            parts.append(self._h2("templates", self.tr("Session templates")))
            parts.extend(
                f'<p><a href="{_e(template_key(t.kind))}">{_e(t.title)}</a><br/>'
                f'<span class="meta">{_e(t.purpose)}</span></p>'
                for t in self.templates.values()
            )
            return "".join(parts)
        for entry in self.entries.values():
            if entry.stage != stage:
                continue
            parts.append(
                f'<p><a href="{_e(entry_key(entry.id))}">{_e(entry.title)}</a><br/>'
                f'<span class="meta">{_e(entry.summary)}</span></p>'
            )
        return "".join(parts)

    def entry(self, entry: PlaybookEntry) -> str:
        cited = [
            *entry.references,
            *(ref for cause in entry.causes for ref in cause.refs),
            *(ref for framework in entry.frameworks for ref in framework.refs),
        ]
        references, numbers = self._references(cited)
        sections = [
            ("signals", self.tr("Signals")),
            ("causes", self.tr("Why it happens")),
            ("stance", self.tr("Your stance")),
            ("pitfalls", self.tr("Pitfalls")),
            ("questions", self.tr("Questions")),
            ("exercises", self.tr("Exercises")),
            ("progress", self.tr("Progress")),
            ("refer", self.tr("Referring on")),
            ("frameworks", self.tr("Frameworks")),
            ("related", self.tr("Related")),
            ("references", self.tr("References")),
        ]
        parts = [
            '<a name="top"></a>',
            self._kicker(
                self.stage_label(entry.stage),
                self.tr("No. %1").replace("%1", str(entry.number)),
                self.tr("“%1”").replace("%1", entry.catalog_label),
            ),
            f"<h1>{_e(entry.title)}</h1>",
            f'<p class="summary">{_e(entry.summary)}</p>',
            '<p class="toc">{} {}</p>'.format(
                _e(self.tr("On this page:")),
                " · ".join(f'<a href="#{anchor}">{_e(label)}</a>' for anchor, label in sections),
            ),
        ]
        # Signals, with who tends to notice them first.
        parts.append(self._h2("signals", self.tr("Signals to notice")))
        parts.append("<ul>")
        for signal in entry.signals:
            who = ", ".join(self.seen_by_label(w) for w in signal.seen_by)
            seen_by = self.tr("Seen by: %1").replace("%1", who)
            parts.append(f'<li>{_e(signal.text)}<br/><span class="meta">{_e(seen_by)}</span></li>')
        parts.append("</ul>")
        # Causes.
        parts.append(self._h2("causes", self.tr("Why it happens")))
        parts.append("<ul>")
        parts.extend(
            f"<li>{_e(cause.text)}{self._cite(cause.refs, numbers)}</li>" for cause in entry.causes
        )
        parts.append("</ul>")
        # The mentor's stance.
        stance = entry.mentor_stance
        parts.append(self._h2("stance", self.tr("Your stance as mentor")))
        push_pull = _e(self.push_pull_label(stance.push_pull))
        scale = _e(self._scale(stance.push_pull))
        parts.append(
            f'<p><span class="label">{push_pull}</span> <span class="meta">{scale}</span></p>'
        )
        if stance.kram_functions:
            functions = ", ".join(self.kram_label(f) for f in stance.kram_functions)
            parts.append(
                '<p class="meta">{}</p>'.format(
                    _e(self.tr("What you offer most here: %1").replace("%1", functions))
                )
            )
        parts.append(f"<p>{_e(stance.note)}</p>")
        # Pitfalls for the mentor.
        parts.append(self._h2("pitfalls", self.tr("Pitfalls for you")))
        parts.append("<ul>")
        for pitfall in entry.mentor_pitfalls:
            item = _e(pitfall.text)
            if pitfall.failure_reason:
                reason = self.tr("Why programmes fail: %1").replace(
                    "%1", self.failure_label(pitfall.failure_reason)
                )
                item += f'<br/><span class="meta">{_e(reason)}</span>'
                guide = self.guides.get(FAILURE_GUIDES.get(pitfall.failure_reason, ""))
                if guide is not None:
                    item += (
                        f' <span class="meta">·</span> '
                        f'<a href="{_e(guide_key(guide.id))}">{_e(guide.title)}</a>'
                    )
            parts.append(f"<li>{item}</li>")
        parts.append("</ul>")
        # Questions by GROW phase.
        parts.append(self._h2("questions", self.tr("Questions to ask")))
        parts.append(
            '<p class="meta">{}</p>'.format(
                _e(
                    self.tr(
                        "Open questions in the order of a GROW conversation. “Add to next "
                        "session's agenda” puts one on the agenda of the mentee chosen above."
                    )
                )
            )
        )
        add_tip = self.tr("Add this question to the next session")
        add_text = self.tr("Add to next session’s agenda")
        for phase in GROW_PHASES:
            questions = [q for q in entry.questions if q.phase == phase]
            if not questions:
                continue
            parts.append(
                f"<h3>{_e(self.phase_label(phase))} "
                f'<span class="meta">· {_e(self.phase_hint(phase))}</span></h3>'
            )
            for question in questions:
                parts.append(f'<p class="question">{_e(question.text)}</p>')
                parts.append(
                    f'<p class="purpose">{_e(question.purpose)}<br/>'
                    f'<a href="agenda:{_e(question.id)}" '
                    f'title="{_e(add_tip)}">{_e(add_text)}</a></p>'
                )
        # Exercises.
        parts.append(self._h2("exercises", self.tr("Exercises between sessions")))
        steps, debrief = self.tr("Steps"), self.tr("Debrief in the next session")
        for exercise in entry.exercises:
            parts.append(f"<h3>{_e(exercise.title)}</h3>")
            parts.append(f"<p>{_e(exercise.purpose)}</p>")
            parts.append(
                '<p class="meta">{}</p>'.format(
                    _e(self.tr("Duration: %1").replace("%1", exercise.duration))
                )
            )
            parts.append(f'<p class="label">{_e(steps)}</p><ol>')
            parts.extend(f"<li>{_e(step)}</li>" for step in exercise.steps)
            parts.append("</ol>")
            parts.append(f'<p class="label">{_e(debrief)}</p><ul>')
            parts.extend(f"<li>{_e(prompt)}</li>" for prompt in exercise.debrief)
            parts.append("</ul>")
        # Progress signs by horizon.
        parts.append(self._h2("progress", self.tr("Signs of progress")))
        horizons = [*HORIZONS, *(s.horizon for s in entry.progress_signs)]
        for horizon in dict.fromkeys(horizons):
            signs = [s for s in entry.progress_signs if s.horizon == horizon]
            if not signs:
                continue
            parts.append(f"<h3>{_e(self.horizon_label(horizon))}</h3><ul>")
            parts.extend(f"<li>{_e(sign.text)}</li>" for sign in signs)
            parts.append("</ul>")
        # Referring on.
        parts.append(self._h2("refer", self.tr("When to refer on")))
        parts.append(
            '<p class="meta">{}</p>'.format(
                _e(
                    self.tr(
                        "You are a mentor, not a therapist or an investigator. In these "
                        "situations, help the mentee find the right person."
                    )
                )
            )
        )
        parts.append("<ul>")
        refer_to = self.tr("Refer to:")
        for escalation in entry.escalate_when:
            parts.append(
                f"<li>{_e(escalation.situation)}<br/>"
                f'<span class="label">{_e(refer_to)}</span> '
                f"{_e(escalation.refer_to)}</li>"
            )
        parts.append("</ul>")
        # Frameworks.
        parts.append(self._h2("frameworks", self.tr("Frameworks behind it")))
        for framework in entry.frameworks:
            origin = framework.originator
            if framework.year:
                origin = f"{origin}, {framework.year}"
            evidence = self.tr("Evidence: %1").replace(
                "%1", self.evidence_label(framework.evidence)
            )
            parts.append(f"<h3>{_e(framework.name)}</h3>")
            parts.append(f'<p class="meta">{_e(origin)} · {_e(evidence)}</p>')
            parts.append(f"<p>{_e(framework.gist)}{self._cite(framework.refs, numbers)}</p>")
            if framework.trademark:
                parts.append(f'<p class="credit">{_e(framework.trademark)}</p>')
        # Related entries, one click away.
        parts.append(self._h2("related", self.tr("Related entries")))
        for label, ids in (
            (self.tr("Often seen together"), entry.related.co_occurs),
            (self.tr("Often lies underneath"), entry.related.often_underlies),
            (self.tr("A natural next step"), entry.related.next_step),
        ):
            links = [self._entry_link(entry_id) for entry_id in ids]
            links = [link for link in links if link]
            if links:
                parts.append(f'<p class="label">{_e(label)}</p><ul>{"".join(links)}</ul>')
        parts.append(references)
        return "".join(parts)

    def _scale(self, value: str) -> str:
        """Push ○ ○ ○ ● ○ Pull: where the stance sits, readable as text too."""
        steps = ("push", "mostly-push", "balanced", "mostly-pull", "pull")
        dots = " ".join("●" if step == value else "○" for step in steps)
        return self.tr("push %1 pull").replace("%1", dots)

    def guide(self, guide: MentorGuide) -> str:
        references, numbers = self._references(guide.refs)
        position = list(self.guides).index(guide.id) + 1
        parts = [
            self._kicker(
                self.stage_label(MENTOR_SECTION),
                self.tr("Guide %1 of %2")
                .replace("%1", str(position))
                .replace("%2", str(len(self.guides))),
            ),
            f"<h1>{_e(guide.title)}</h1>",
            f'<p class="summary">{_e(guide.summary)}</p>',
            '<p class="meta">{}{}</p>'.format(
                _e(self.tr("Evidence: %1").replace("%1", self.evidence_label(guide.evidence))),
                self._cite(guide.refs, numbers),
            ),
        ]
        for index, section in enumerate(guide.sections):
            parts.append(self._h2(f"section-{index}", section.heading))
            # Shipped Markdown, rendered by the same safe renderer as notes.
            parts.append(render_markdown(section.body))
        parts.append(references)
        return "".join(parts)

    def template(self, template: SessionTemplate) -> str:
        references, numbers = self._references(template.refs)
        meta = (
            self.tr("%1 minutes · relationship phase: %2 (Kram), %3 (Zachary)")
            .replace("%1", str(template.duration_minutes))
            .replace("%2", self.relationship_phase_label(template.kram_phase))
            .replace("%3", self.relationship_phase_label(template.zachary_phase))
        )
        parts = [
            self._kicker(self.stage_label(MENTOR_SECTION), self.tr("Session template")),
            f"<h1>{_e(template.title)}</h1>",
            f'<p class="summary">{_e(template.purpose)}</p>',
            f'<p class="meta">{_e(meta)}{self._cite(template.refs, numbers)}</p>',
        ]
        for phase in template.phases:
            heading = (
                self.tr("%1–%2 min · %3")
                .replace("%1", str(phase.start))
                .replace("%2", str(phase.end))
                .replace("%3", phase.name)
            )
            parts.append(self._h2(f"phase-{_e(phase.id)}", heading))
            if phase.grow:
                parts.append(
                    '<p class="meta">{}</p>'.format(
                        _e(self.tr("GROW: %1").replace("%1", self.phase_label(phase.grow)))
                    )
                )
            parts.append(f"<p>{_e(phase.purpose)}</p><ul>")
            parts.extend(f"<li>{_e(prompt)}</li>" for prompt in phase.prompts)
            parts.append("</ul>")
        if template.agreement_checklist:
            parts.append(self._h2("agreement", self.tr("Agreement checklist")))
            parts.append("<ul>")
            parts.extend(f"<li>{_e(item)}</li>" for item in template.agreement_checklist)
            parts.append("</ul>")
        parts.append(references)
        return "".join(parts)
