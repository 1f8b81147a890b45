"""Full-text search over everything written about mentees, as you type, newest first."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import Vault, VaultError
from mentorpad.models.entities import SearchHit
from mentorpad.models.store import MATCH_END, MATCH_START, MAX_QUERY_WORDS, Store, query_words
from mentorpad.render import soften_long_runs
from mentorpad.ui.areas.base import Area, empty_state
from mentorpad.ui.labels import error_message, note_source_label, short_name
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.widgets.item_models import RecordListModel

SEARCH_DELAY_MS = 120
DOC_MARGIN = 4
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
# Qt's QLineEdit keeps 32,767 characters by default and silently cuts a longer paste, which
# could leave half a word at the end; a 100 KB query (about 25 ms to show) is taken whole,
# and the search then looks for its first words (Store.search).
QUERY_MAX_CHARS = 200_000
# A snippet is 14 tokens, but a token can be a 200,000-character pasted blob: such a run is
# cut to its ends (the delegate lays every row out on each paint).
SNIPPET_RUN_CHARS = 80
_SNIPPET_RUN = re.compile(rf"[^\s{MATCH_START}{MATCH_END}]{{{SNIPPET_RUN_CHARS + 1},}}")


def _cut_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return run[: SNIPPET_RUN_CHARS // 2] + "…" + run[-SNIPPET_RUN_CHARS // 4 :]


def hit_html(hit: SearchHit, when: str) -> str:
    """Escape everything, then turn the match markers into bold: note text stays inert."""
    snippet = _SNIPPET_RUN.sub(_cut_run, hit.snippet.replace("\n", " "))
    snippet = html.escape(snippet)
    snippet = snippet.replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")
    source = note_source_label(hit.source)
    return soften_long_runs(
        f'<div style="white-space:pre"><b>{html.escape(short_name(hit.mentee_name))}</b> · '
        f"{html.escape(source)} · "
        f"{html.escape(when)}</div><div>{snippet}</div>"
    )


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's rich text; the document is built per paint and never loads resources."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(DOC_MARGIN)
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(Qt.ItemDataRole.UserRole + 1) or ""))
        doc.setTextWidth(self._text_width(option))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                context.palette.ColorRole.Text, option.palette.highlightedText().color()
            )
        else:
            context.palette.setColor(context.palette.ColorRole.Text, option.palette.text().color())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        """Measured from font metrics, not a laid-out document: the list asks for every
        row's size on each keystroke, and a rich-text layout per row is what made typing
        stall. The bold metrics make it an upper bound of what paint() draws."""
        width = self._text_width(option)
        font = QFont(option.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        snippet = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        plain = _SNIPPET_RUN.sub(_cut_run, snippet.replace("\n", " "))
        plain = plain.replace(MATCH_START, "").replace(MATCH_END, "")
        wrapped = metrics.boundingRect(QRect(0, 0, width, 1 << 20), WRAP, plain).height()
        lines = 1 + max(1, -(-wrapped // max(1, metrics.lineSpacing())))  # the header, then it
        return QSize(width, lines * metrics.lineSpacing() + 2 * DOC_MARGIN + 10)

    @staticmethod
    def _text_width(option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        view = option.widget
        if isinstance(view, QAbstractItemView):
            width = view.viewport().width()  # sizeHint may come before the row has a rect
        return max(width - 12, 100)


class SearchArea(Area):
    def __init__(self, navigator: Navigator, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__()
        self.setObjectName("search")
        self.title = self.tr("Search")
        self.navigator = navigator
        self._clock = clock
        self.store: Store | None = None
        self._last_query = ""
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Search notes, agendas, summaries, commitments…"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.query.setMaxLength(QUERY_MAX_CHARS)
        self.mentee_filter = QComboBox()
        self.mentee_filter.setObjectName("mentee_filter")
        self.mentee_filter.setAccessibleName(self.tr("Only this mentee"))
        self.mentee_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mentee_filter.setMinimumContentsLength(16)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.count.setProperty("role", "hint")
        self.model: RecordListModel[SearchHit] = RecordListModel(
            lambda h: h.snippet, lambda h: h.row_id, secondary=self._hit_html
        )
        self.results = QListView()
        self.results.setObjectName("results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAccessibleName(self.tr("Results, newest first"))
        self.empty = empty_state(
            self.tr("Search everything you wrote"),
            self.tr(
                "Type a word or two: results appear as you type, newest first. Accents "
                "are ignored, and a last word of three letters or more matches as a prefix."
            ),
        )
        self.no_results = empty_state(
            self.tr("No matches"),
            self.tr("Nothing matches those words. Try fewer or shorter words, or another mentee."),
        )
        self.stack = QStackedWidget()
        for w in (self.empty, self.results, self.no_results):
            self.stack.addWidget(w)
        bar = QHBoxLayout()
        bar.addWidget(self.query, 3)
        bar.addWidget(self.mentee_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(bar)
        layout.addWidget(self.count)
        layout.addWidget(self.stack, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.mentee_filter.activated.connect(lambda _: self.run_search())
        self._timer.timeout.connect(self.run_search)
        self.results.activated.connect(self._on_results_activated)
        self.results.doubleClicked.connect(self._on_results_activated)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_query)

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def _hit_html(self, hit: SearchHit) -> str:
        from mentorpad.ui.widgets.item_models import format_date

        when = hit.when[:10]
        try:
            import datetime as dt

            when = format_date(dt.date.fromisoformat(hit.when[:10]))
        except ValueError:
            pass
        return hit_html(hit, when)

    def on_vault_opened(self, vault: Vault) -> None:
        self.store = Store(vault, self._clock)
        self.mentee_filter.clear()
        self.mentee_filter.addItem(self.tr("All mentees"), None)
        for m in self.store.mentees(include_archived=True):
            self.mentee_filter.addItem(short_name(m.display_name), m.id)
        if self.query.text():
            self.run_search()

    def clear_content(self) -> None:
        self._timer.stop()
        self.store = None
        self.model.clear()
        self.query.clear()
        self.query.setModified(False)
        self.mentee_filter.clear()
        self.count.clear()
        self.stack.setCurrentWidget(self.empty)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        if self.store is None:
            return
        if not text.strip():
            self.model.clear()
            self.count.clear()
            self.stack.setCurrentWidget(self.empty)
            return
        mentee = self.mentee_filter.currentData()
        try:
            hits = self.store.search(text, mentee_id=mentee if isinstance(mentee, int) else None)
        except VaultError as exc:
            self.count.setText(error_message(exc))
            return
        self._last_query = text
        self.model.set_rows(hits)
        found = (
            # self.tr with a count: pyside6-lupdate marks it as a plural (numerus) message.
            self.tr("%n result(s), newest first", "", len(hits)) if hits else ""
        )
        if len(query_words(text, MAX_QUERY_WORDS + 1)) > MAX_QUERY_WORDS:
            capped = self.tr(
                "Only the first %n different word(s) are searched.", "", MAX_QUERY_WORDS
            )
            found = f"{found} · {capped}" if found else capped
        self.count.setText(found)
        shown = self.results if hits else self.no_results
        if self.stack.currentWidget() is not shown:
            self.stack.setCurrentWidget(shown)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _on_query_return_pressed(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self._open(0)

    def _on_results_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open(index.row())

    def _open(self, row: int) -> None:
        hit = self.model.record(row)
        if hit is None:
            return
        words = [w for w in self._last_query.split() if w]
        needle = words[0] if words else ""
        self.navigator.hit_requested.emit(hit.mentee_id, hit.session_id, hit.source, needle)
