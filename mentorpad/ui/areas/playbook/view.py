"""The Playbook area's widgets: the search and the tree on the left, the page on the right
with its back button, the agenda actions and the offer to plan a session.

Views only: PlaybookView lays the widgets out and shows messages; PlaybookArea (area.py),
its subclass, is the controller that wires them. The texts keep the translation context
"PlaybookArea", where they were written before the view had a module of its own.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.playbook.models import PlaybookTreeModel
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.render_view import DOCUMENT_CSS, NoteView

__all__ = ["MAX_COLUMNS", "PageView", "PlaybookView"]

# The measure of the entry page: about this many characters per line, at most.
MAX_COLUMNS: Final = 80

translate = QCoreApplication.translate


class PageView(NoteView):
    """NoteView with a readable measure: lines never run much past MAX_COLUMNS characters,
    and the column is centred when the view is wider than that."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().setUndoRedoEnabled(False)

    def show_html(self, text: str, css: str) -> None:
        self.document().setDefaultStyleSheet(DOCUMENT_CSS + css)
        self.setHtml(text)
        self._apply_measure()

    def measure(self) -> float:
        """The widest line allowed, in pixels."""
        return QFontMetricsF(self.document().defaultFont()).averageCharWidth() * MAX_COLUMNS

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_measure()

    def _apply_measure(self) -> None:
        # From the widget's width, not the viewport's: a scroll bar appearing must not
        # change the margins, or the layout could flip back and forth.
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.width() - 2 * self.frameWidth() - scrollbar
        side = max(18.0, (available - self.measure()) / 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if frame.leftMargin() == side and frame.topMargin() == 18:
            return
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(18)
        frame.setBottomMargin(32)
        root.setFrameFormat(frame)


class PlaybookView(Area):
    """The widgets, as public attributes named like their object names; no behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PlaybookTreeModel(self)
        self.model.setObjectName("model")
        self._build()

    def _build(self) -> None:
        self._build_search()
        self._build_tree()
        self._build_empty_state()
        self._build_sidebar()
        bar = self._build_reader_bar()
        self._build_offer_bar()
        self._build_reader(bar)
        self._build_splitter()
        self._build_keyboard()

    def _build_search(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search.setPlaceholderText(
            fill(translate("PlaybookArea", "Search the playbook (%1)"), find)
        )
        self.search.setAccessibleName(translate("PlaybookArea", "Search the playbook"))
        self.search.setAccessibleDescription(
            translate(
                "PlaybookArea", "Searches titles, summaries, catalog labels, signals and questions"
            )
        )
        self.result_count = QLabel()
        self.result_count.setObjectName("result_count")
        self.result_count.setProperty("role", "hint")
        self.result_count.setVisible(False)

    def _build_tree(self) -> None:
        self.tree = QTreeView()
        self.tree.setObjectName("tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(translate("PlaybookArea", "Playbook entries by stage"))
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")

    def _build_empty_state(self) -> None:
        """What the list shows when a search finds nothing."""
        self.empty_state = QWidget()
        self.empty_state.setObjectName("empty_state")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(8, 24, 8, 8)
        empty_layout.setSpacing(10)
        self.empty_title = QLabel()
        self.empty_title.setObjectName("empty_title")
        self.empty_title.setProperty("role", "subheading")
        self.empty_title.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_title.setWordWrap(True)
        self.empty_text = QLabel(
            translate(
                "PlaybookArea",
                "Search looks at titles, summaries, catalog labels, signals and questions. "
                "Try fewer words, or another word for the same thing.",
            )
        )
        self.empty_text.setObjectName("empty_text")
        self.empty_text.setProperty("role", "empty")
        self.empty_text.setWordWrap(True)
        self.clear_search_button = QPushButton(translate("PlaybookArea", "Clear search"))
        self.clear_search_button.setObjectName("clear_search_button")
        self.clear_search_button.setAccessibleName(translate("PlaybookArea", "Clear search"))
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.clear_search_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

    def _build_sidebar(self) -> None:
        self.list_stack = QStackedWidget()
        self.list_stack.setObjectName("list_stack")
        self.list_stack.addWidget(self.tree)
        self.list_stack.addWidget(self.empty_state)

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        self.sidebar = sidebar
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(16, 16, 8, 16)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.search)
        side_layout.addWidget(self.result_count)
        side_layout.addWidget(self.list_stack, 1)

    def _build_reader_bar(self) -> QHBoxLayout:
        """Back on the left; the agenda's mentee and the theme tag on the right."""
        self.back_button = QToolButton()
        self.back_button.setObjectName("back_button")
        self.back_button.setText(translate("PlaybookArea", "Back"))
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setAccessibleName(translate("PlaybookArea", "Back to the previous page"))
        self.back_button.setAutoRaise(True)

        self.mentee_label = QLabel(translate("PlaybookArea", "Agenda of"))
        self.mentee_label.setObjectName("mentee_label")
        self.mentee_chooser = QComboBox()
        self.mentee_chooser.setObjectName("mentee_chooser")
        self.mentee_chooser.setAccessibleName(
            translate("PlaybookArea", "Mentee whose next agenda gets questions")
        )
        self.mentee_chooser.setMinimumContentsLength(14)
        self.mentee_chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mentee_label.setBuddy(self.mentee_chooser)
        self.tag_button = QPushButton(
            translate("PlaybookArea", "Tag this theme on the current session")
        )
        self.tag_button.setObjectName("tag_button")
        self.tag_button.setAccessibleName(
            translate("PlaybookArea", "Tag this theme on the current session")
        )

        self.entry_actions = QWidget()
        self.entry_actions.setObjectName("entry_actions")
        actions_layout = QHBoxLayout(self.entry_actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.setSpacing(8)
        actions_layout.addWidget(self.mentee_label)
        actions_layout.addWidget(self.mentee_chooser)
        actions_layout.addSpacing(12)
        actions_layout.addWidget(self.tag_button)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        bar.addWidget(self.entry_actions)
        return bar

    def _build_offer_bar(self) -> None:
        """The offer to plan a session, for a mentee who has none planned."""
        self.offer_bar = QFrame()
        self.offer_bar.setObjectName("offer_bar")
        self.offer_bar.setFrameShape(QFrame.Shape.StyledPanel)
        offer_layout = QHBoxLayout(self.offer_bar)
        offer_layout.setContentsMargins(12, 8, 12, 8)
        offer_layout.setSpacing(8)
        self.offer_label = QLabel()
        self.offer_label.setObjectName("offer_label")
        self.offer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.offer_label.setWordWrap(True)
        self.plan_button = QPushButton(translate("PlaybookArea", "Plan the session and add"))
        self.plan_button.setObjectName("plan_button")
        self.plan_button.setAccessibleName(
            translate("PlaybookArea", "Plan the session and add the question")
        )
        self.plan_button.setDefault(True)
        self.cancel_plan_button = QPushButton(translate("PlaybookArea", "Not now"))
        self.cancel_plan_button.setObjectName("cancel_plan_button")
        self.cancel_plan_button.setAccessibleName(
            translate("PlaybookArea", "Do not plan a session")
        )
        offer_layout.addWidget(self.offer_label, 1)
        offer_layout.addWidget(self.plan_button)
        offer_layout.addWidget(self.cancel_plan_button)
        self.offer_bar.setVisible(False)

    def _build_reader(self, bar: QHBoxLayout) -> None:
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("PlaybookArea", "Playbook message"))
        self.message.setVisible(False)

        self.page = PageView()
        self.page.setObjectName("page")
        self.page.setAccessibleName(translate("PlaybookArea", "Playbook page"))

        reader = QWidget()
        reader.setObjectName("reader")
        self.reader = reader
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(8, 12, 16, 16)
        reader_layout.setSpacing(8)
        reader_layout.addLayout(bar)
        reader_layout.addWidget(self.offer_bar)
        reader_layout.addWidget(self.message)
        reader_layout.addWidget(self.page, 1)

    def _build_splitter(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.reader)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 740])
        self.sidebar.setMinimumWidth(240)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_keyboard(self) -> None:
        """Find focuses the search; Tab goes search, list, chooser, tag, page."""
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setObjectName("find_shortcut")
        self.setTabOrder(self.search, self.tree)
        self.setTabOrder(self.tree, self.mentee_chooser)
        self.setTabOrder(self.mentee_chooser, self.tag_button)
        self.setTabOrder(self.tag_button, self.page)

    # -- messages --------------------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = False) -> None:
        """One line above the page: what just happened, or what went wrong."""
        self.message.setProperty("role", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(True)

    def clear_message(self) -> None:
        self.message.clear()
        self.message.setVisible(False)
