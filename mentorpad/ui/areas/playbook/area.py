"""The Playbook area: the 29 struggles by stage, the mentor guides and the session templates.

The content is static (shipped with the app, not vault content) and loaded on first use, so
start-up stays fast. From an entry the mentor can put a question on a mentee's next agenda or
tag the entry as a theme of the open session; both are requests through the navigator,
because the Mentees area alone writes session content. The only vault data shown here is the
mentee chooser and the confirmation naming a mentee, and clear_content() forgets both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
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

from mentorpad.guides.playbook import (
    PlaybookDataError,
    PlaybookEntry,
    Question,
    load_mentor_guides,
    load_playbook,
    load_references,
    load_session_templates,
    normalize_locale,
)
from mentorpad.models import Vault, VaultError
from mentorpad.models.store import Store
from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.playbook.models import (
    PlaybookPages,
    PlaybookTreeModel,
    entry_key,
    split_key,
)
from mentorpad.ui.labels import error_message
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.widgets.render_view import DOCUMENT_CSS, NoteView

__all__ = [
    "DEFAULT_CADENCE_DAYS",
    "MAX_COLUMNS",
    "PageView",
    "PlaybookArea",
    "proposed_session_start",
]

DEFAULT_CADENCE_DAYS: Final = 14
SESSION_HOUR: Final = 9
# The measure of the entry page: about this many characters per line, at most.
MAX_COLUMNS: Final = 80


def proposed_session_start(
    now: dt.datetime, cadence_weeks: int | None, last: dt.datetime | None
) -> dt.datetime:
    """A sensible slot for a new regular session: one cadence after the last session if that
    is still ahead, else one cadence from today; on a weekday, at 09:00."""
    step = (
        dt.timedelta(weeks=cadence_weeks)
        if cadence_weeks and cadence_weeks > 0
        else dt.timedelta(days=DEFAULT_CADENCE_DAYS)
    )
    today = now.date()
    day = today + step
    if last is not None and today < last.date() + step < day:
        day = last.date() + step
    while day.weekday() >= 5:  # Saturday, Sunday
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(SESSION_HOUR, 0))


# --------------------------------------------------------------------------------------
# Widgets
# --------------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class _PendingPlan:
    """A question waiting for the mentor to accept planning a session for it."""

    mentee_id: int
    mentee_name: str
    question: Question
    starts_at: dt.datetime


class PlaybookArea(Area):
    """Browse, search and read the playbook; send questions and themes to the Mentees area."""

    page_opened = Signal(str)  # key of the page now shown ("" for the introduction)
    title = "Playbook"  # replaced by the translated title on construction

    def __init__(
        self,
        navigator: Navigator,
        *,
        locale: str | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playbook")
        self.title = self.tr("Playbook")
        self._navigator = navigator
        self._locale = locale
        self._clock = clock
        self._store: Store | None = None
        self._pages: PlaybookPages | None = None
        self._load_error = ""
        self._current_key = ""
        self._history: list[str] = []
        self._chosen_mentee_id: int | None = None
        self._pending: _PendingPlan | None = None
        self._rerender = QTimer(self)
        self._rerender.setObjectName("_rerender")
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(0)
        self.model = PlaybookTreeModel(self)
        self.model.setObjectName("model")
        self._build()
        self._connect_signals()
        self._refresh_mentees()
        self._update_actions()

    # -- construction ----------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search.setPlaceholderText(self.tr("Search the playbook (%1)").replace("%1", find))
        self.search.setAccessibleName(self.tr("Search the playbook"))
        self.search.setAccessibleDescription(
            self.tr("Searches titles, summaries, catalog labels, signals and questions")
        )
        self.result_count = QLabel()
        self.result_count.setObjectName("result_count")
        self.result_count.setProperty("role", "hint")
        self.result_count.setVisible(False)

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
        self.tree.setAccessibleName(self.tr("Playbook entries by stage"))
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")

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
            self.tr(
                "Search looks at titles, summaries, catalog labels, signals and questions. "
                "Try fewer words, or another word for the same thing."
            )
        )
        self.empty_text.setObjectName("empty_text")
        self.empty_text.setProperty("role", "empty")
        self.empty_text.setWordWrap(True)
        self.clear_search_button = QPushButton(self.tr("Clear search"))
        self.clear_search_button.setObjectName("clear_search_button")
        self.clear_search_button.setAccessibleName(self.tr("Clear search"))
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.clear_search_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

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

        self.back_button = QToolButton()
        self.back_button.setObjectName("back_button")
        self.back_button.setText(self.tr("Back"))
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setAccessibleName(self.tr("Back to the previous page"))
        self.back_button.setAutoRaise(True)

        self.mentee_label = QLabel(self.tr("Agenda of"))
        self.mentee_label.setObjectName("mentee_label")
        self.mentee_chooser = QComboBox()
        self.mentee_chooser.setObjectName("mentee_chooser")
        self.mentee_chooser.setAccessibleName(self.tr("Mentee whose next agenda gets questions"))
        self.mentee_chooser.setMinimumContentsLength(14)
        self.mentee_chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mentee_label.setBuddy(self.mentee_chooser)
        self.tag_button = QPushButton(self.tr("Tag this theme on the current session"))
        self.tag_button.setObjectName("tag_button")
        self.tag_button.setAccessibleName(self.tr("Tag this theme on the current session"))

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
        self.plan_button = QPushButton(self.tr("Plan the session and add"))
        self.plan_button.setObjectName("plan_button")
        self.plan_button.setAccessibleName(self.tr("Plan the session and add the question"))
        self.plan_button.setDefault(True)
        self.cancel_plan_button = QPushButton(self.tr("Not now"))
        self.cancel_plan_button.setObjectName("cancel_plan_button")
        self.cancel_plan_button.setAccessibleName(self.tr("Do not plan a session"))
        offer_layout.addWidget(self.offer_label, 1)
        offer_layout.addWidget(self.plan_button)
        offer_layout.addWidget(self.cancel_plan_button)
        self.offer_bar.setVisible(False)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Playbook message"))
        self.message.setVisible(False)

        self.page = PageView()
        self.page.setObjectName("page")
        self.page.setAccessibleName(self.tr("Playbook page"))

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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(sidebar)
        self.splitter.addWidget(reader)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 740])
        sidebar.setMinimumWidth(240)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setObjectName("find_shortcut")
        self.search.installEventFilter(self)
        self.setTabOrder(self.search, self.tree)
        self.setTabOrder(self.tree, self.mentee_chooser)
        self.setTabOrder(self.mentee_chooser, self.tag_button)
        self.setTabOrder(self.tag_button, self.page)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.clear_search_button.clicked.connect(self._on_clear_search_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.page.anchorClicked.connect(self._on_page_anchor_clicked)
        self.mentee_chooser.currentIndexChanged.connect(
            self._on_mentee_chooser_current_index_changed
        )
        self.tag_button.clicked.connect(self._on_tag_button_clicked)
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.cancel_plan_button.clicked.connect(self._on_cancel_plan_button_clicked)
        self.find_shortcut.activated.connect(self._on_find_shortcut_activated)
        self._rerender.timeout.connect(self._on_rerender_timeout)
        self._navigator.current_session_changed.connect(self._on_navigator_current_session_changed)
        self._navigator.playbook_entry_requested.connect(
            self._on_navigator_playbook_entry_requested
        )
        self._navigator.data_changed.connect(self._on_navigator_data_changed)

    # -- Area ------------------------------------------------------------------------------

    def on_vault_opened(self, vault: Vault) -> None:
        self._store = Store(vault)
        self.ensure_loaded()
        self._refresh_mentees()

    def presenting_targets(self) -> list[QWidget]:
        """The playbook itself is fine to share; only the mentee chooser names someone."""
        return [self.mentee_chooser]

    def clear_content(self) -> None:
        """Only the chooser and messages came from the vault; the playbook text stays."""
        self._store = None
        self._pending = None
        self.mentee_chooser.blockSignals(True)
        self.mentee_chooser.clear()
        self.mentee_chooser.blockSignals(False)
        self.offer_label.clear()
        self.offer_bar.setVisible(False)
        self._clear_message()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if self._store is not None:
            self._refresh_mentees()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and (
            self._pages is not None
        ):
            self._rerender.start()  # colours come from the palette: redraw once, later

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.match_count():
                self._focus_list()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- loading ---------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._pages is not None or bool(self._load_error)

    def ensure_loaded(self) -> None:
        """Read the shipped playbook once, on first use (it takes a noticeable moment)."""
        if self.is_loaded:
            return
        locale = normalize_locale(self._locale or QLocale().name())
        try:
            entries = load_playbook(locale)
            guides = load_mentor_guides(locale)
            templates = list(load_session_templates(locale).values())
            references = load_references()
        except PlaybookDataError as error:
            self._load_error = str(error)
            self.page.setPlainText(
                self.tr("The playbook could not be read: %1").replace("%1", self._load_error)
            )
            return
        self._pages = PlaybookPages(entries, guides, templates, references, self)
        self.model.set_content(entries, guides, templates)
        self._render()

    # -- opening pages -----------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._current_key

    def current_entry(self) -> PlaybookEntry | None:
        kind, ident = split_key(self._current_key)
        if kind != "entry" or self._pages is None:
            return None
        return self._pages.entries.get(ident)

    def open_key(self, key: str, *, remember: bool = True) -> bool:
        """Show the page for `key` and select it in the list; False if there is none."""
        self.ensure_loaded()
        if self._pages is None or (key and self._pages.page(key) is None):
            return False
        if key != self._current_key:
            if remember and self._current_key:
                self._history.append(self._current_key)
                del self._history[:-50]
            self._current_key = key
            self._pending = None
            self.offer_bar.setVisible(False)
            self._clear_message()
            self._render(keep_scroll=False)
            self.page_opened.emit(key)
        self._sync_tree()
        self._update_actions()
        return True

    def open_entry(self, entry_id: str) -> bool:
        return self.open_key(entry_key(entry_id))

    def _render(self, *, keep_scroll: bool = True) -> None:
        if self._pages is None:
            return
        text = (self._pages.page(self._current_key) if self._current_key else None) or (
            self._pages.intro()
        )
        position = self.page.verticalScrollBar().value()
        css = PlaybookPages.css(
            self.page.palette(), self.page.document().defaultFont().pointSizeF()
        )
        self.page.show_html(text, css)
        self.page.verticalScrollBar().setValue(position if keep_scroll else 0)

    def _sync_tree(self) -> None:
        index = self.model.index_for_key(self._current_key) if self._current_key else None
        selection = self.tree.selectionModel()
        if index is not None and index.isValid():
            if self.tree.currentIndex() != index:
                self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            selection.clearSelection()

    def _focus_list(self) -> None:
        if not self.tree.currentIndex().isValid():
            keys = self.model.item_keys()
            if keys:
                self.tree.setCurrentIndex(self.model.index_for_key(keys[0]))
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- mentees and actions ---------------------------------------------------------------

    def _refresh_mentees(self) -> None:
        chooser = self.mentee_chooser
        mentees = []
        if self._store is not None:
            try:
                mentees = [m for m in self._store.mentees() if m.status == "active"]
            except VaultError:
                mentees = []
        ids = [m.id for m in mentees]
        chooser.blockSignals(True)
        chooser.clear()
        for mentee in mentees:
            chooser.addItem(mentee.display_name, mentee.id)
        chosen = self._chosen_mentee_id
        if chosen not in ids:
            current = self._navigator.current_mentee_id
            chosen = current if current in ids else (ids[0] if len(ids) == 1 else None)
        chooser.setCurrentIndex(ids.index(chosen) if chosen is not None else -1)
        chooser.setPlaceholderText(
            self.tr("Choose a mentee") if mentees else self.tr("No active mentees")
        )
        chooser.setEnabled(bool(mentees))
        chooser.blockSignals(False)

    def _chosen_mentee(self) -> tuple[int, str] | None:
        data = self.mentee_chooser.currentData()
        if isinstance(data, int):
            return data, self.mentee_chooser.currentText()
        return None

    def choose_mentee(self, mentee_id: int) -> bool:
        """Select a mentee in the chooser (as the mentor would); False if not listed."""
        index = self.mentee_chooser.findData(mentee_id)
        if index < 0:
            return False
        self.mentee_chooser.setCurrentIndex(index)
        return True

    def _update_actions(self) -> None:
        is_entry = self.current_entry() is not None
        self.entry_actions.setVisible(is_entry)
        has_session = self._navigator.current_session_id is not None
        self.tag_button.setEnabled(is_entry and has_session)
        self.tag_button.setToolTip(
            self.tr("Mark this struggle as a theme of the session open in Mentees")
            if has_session
            else self.tr("Open a session in Mentees to tag this theme on it")
        )
        self.back_button.setEnabled(bool(self._history))

    def add_question_to_agenda(self, question: Question) -> None:
        """Put a question on the chosen mentee's next session, or offer to plan one."""
        if self._store is None:
            self._show_message(self.tr("Unlock your vault to add questions to an agenda."))
            return
        chosen = self._chosen_mentee()
        if chosen is None:
            self._show_message(
                self.tr("Choose a mentee above first.")
                if self.mentee_chooser.count()
                else self.tr("Add a mentee in Mentees first; then you can plan questions.")
            )
            self.mentee_chooser.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        mentee_id, name = chosen
        now = self._clock()
        try:
            session = self._store.next_session_after(mentee_id, now)
            if session is not None:
                self._append(mentee_id, name, session.id, session.starts_at, question)
                return
            agreement = self._store.agreement(mentee_id)
            last = self._store.last_session_before(mentee_id, now)
        except VaultError as error:
            self._show_message(error_message(error), error=True)
            return
        starts_at = proposed_session_start(
            now,
            agreement.cadence_weeks if agreement is not None else None,
            last.starts_at if last is not None else None,
        )
        self._pending = _PendingPlan(mentee_id, name, question, starts_at)
        self._clear_message()
        self.offer_label.setText(
            self.tr(
                "%1 has no session planned. Plan a regular session on %2 at %3 and add the "
                "question to it?"
            )
            .replace("%1", name)
            .replace("%2", self._date_text(starts_at, long=True))
            .replace("%3", self._time_text(starts_at))
        )
        self.offer_bar.setVisible(True)
        self.plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _append(
        self,
        mentee_id: int,
        name: str,
        session_id: int,
        starts_at: dt.datetime,
        question: Question,
        *,
        planned: bool = False,
    ) -> None:
        self._navigator.agenda_append_requested.emit(
            mentee_id, session_id, question.text, question.global_id
        )
        text = (
            self.tr("Planned a session with %1 on %2 and added the question to its agenda.")
            if planned
            else self.tr("Added to %1’s session on %2.")
        )
        self._show_message(
            text.replace("%1", name).replace("%2", self._date_text(starts_at, long=False))
        )

    def _date_text(self, when: dt.datetime, *, long: bool) -> str:
        date = QDate(when.year, when.month, when.day)
        pattern = "dddd d MMMM" if long else "d MMMM"
        if when.year != self._clock().year:
            pattern += " yyyy"
        return QLocale().toString(date, pattern)

    @staticmethod
    def _time_text(when: dt.datetime) -> str:
        return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("role", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(True)

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.setVisible(False)

    # -- slots -----------------------------------------------------------------------------

    def _on_search_text_changed(self, text: str) -> None:
        self.model.set_query(text)

    def _on_search_return_pressed(self) -> None:
        keys = self.model.item_keys()
        if self.model.is_filtered and keys:
            self.open_key(keys[0])
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_model_model_reset(self) -> None:
        self.tree.expandAll()
        count = self.model.match_count()
        query = self.search.text().strip()
        if self.model.is_filtered and count == 0:
            self.empty_title.setText(self.tr("Nothing matches “%1”").replace("%1", query))
            self.list_stack.setCurrentWidget(self.empty_state)
        else:
            self.list_stack.setCurrentWidget(self.tree)
        self.result_count.setVisible(self.model.is_filtered and count > 0)
        if not self.model.is_filtered:
            self.result_count.clear()
        elif count == 1:
            self.result_count.setText(self.tr("1 match"))
        else:
            self.result_count.setText(self.tr("%1 matches").replace("%1", str(count)))
        self._sync_tree()

    def _on_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        key = self.model.key(current)
        if key and key != self._current_key:
            self.open_key(key)

    def _on_tree_activated(self, index: QModelIndex) -> None:
        key = self.model.key(index)
        if key:
            self.open_key(key)
            self.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear_search_button_clicked(self) -> None:
        self.search.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_back_button_clicked(self) -> None:
        if self._history:
            self.open_key(self._history.pop(), remember=False)

    def _on_page_anchor_clicked(self, url: QUrl) -> None:
        """Our links only: the view never navigates, so it can never go blank."""
        scheme = url.scheme()
        if not scheme and url.hasFragment():
            self.page.scrollToAnchor(url.fragment())
            return
        target = f"{scheme}:{url.path()}"
        if scheme == "agenda":
            entry = self.current_entry()
            question_id = url.path()
            for question in entry.questions if entry is not None else ():
                if question.id == question_id:
                    self.add_question_to_agenda(question)
                    return
            return
        if split_key(target)[0] and self.open_key(target):
            return
        self._show_message(self.tr("That link does not lead anywhere in mentorpad."))

    def _on_mentee_chooser_current_index_changed(self, index: int) -> None:
        data = self.mentee_chooser.itemData(index) if index >= 0 else None
        self._chosen_mentee_id = data if isinstance(data, int) else None
        self._pending = None
        self.offer_bar.setVisible(False)

    def _on_tag_button_clicked(self) -> None:
        entry = self.current_entry()
        session_id = self._navigator.current_session_id
        if entry is None or session_id is None:
            return
        self._navigator.theme_tag_requested.emit(session_id, entry.id)
        self._show_message(
            self.tr("Tagged “%1” as a theme of the open session.").replace("%1", entry.title)
        )

    def _on_plan_button_clicked(self) -> None:
        pending, self._pending = self._pending, None
        self.offer_bar.setVisible(False)
        if pending is None or self._store is None:
            return
        try:
            session_id = self._store.add_session(
                pending.mentee_id, pending.starts_at, kind="regular"
            )
        except VaultError as error:
            self._show_message(error_message(error), error=True)
            return
        self._navigator.data_changed.emit()
        self._append(
            pending.mentee_id,
            pending.mentee_name,
            session_id,
            pending.starts_at,
            pending.question,
            planned=True,
        )

    def _on_cancel_plan_button_clicked(self) -> None:
        self._pending = None
        self.offer_label.clear()
        self.offer_bar.setVisible(False)

    def _on_find_shortcut_activated(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_rerender_timeout(self) -> None:
        self._render()

    def _on_navigator_current_session_changed(self, session_id: object) -> None:
        self._update_actions()

    def _on_navigator_playbook_entry_requested(self, entry_id: str) -> None:
        self.ensure_loaded()
        if self._pages is None or entry_id not in self._pages.entries:
            return
        self._navigator.area_requested.emit("playbook")
        key = entry_key(entry_id)
        if not self.model.index_for_key(key).isValid():
            self.search.clear()  # the entry was filtered out: show it in its place
        self.open_key(key)

    def _on_navigator_data_changed(self) -> None:
        if self._store is not None and self.isVisible():
            self._refresh_mentees()
