"""The Playbook area: the 29 struggles by stage, the mentor guides and the session templates.

The content is static (shipped with the app, not vault content) and loaded on first use, so
start-up stays fast. From an entry the mentor can put a question on a mentee's next agenda or
tag the entry as a theme of the open session; both are requests through the navigator,
because the Mentees area alone writes session content. The only vault data shown here is the
mentee chooser and the confirmation naming a mentee, and clear_content() forgets both.

PlaybookArea is the controller: its widgets come from PlaybookView (view.py), the pages from
PlaybookPages (pages.py), and the way to a mentee's agenda is AgendaPlanner (agenda.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from mentorpad.clock import SYSTEM_CLOCK, Clock
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
from mentorpad.models import Vault
from mentorpad.models.store import Store
from mentorpad.ui.areas.playbook.agenda import (
    DEFAULT_CADENCE_DAYS,
    AgendaPlanner,
    proposed_session_start,
)
from mentorpad.ui.areas.playbook.keys import entry_key, split_key
from mentorpad.ui.areas.playbook.pages import PlaybookPages
from mentorpad.ui.areas.playbook.view import MAX_COLUMNS, PageView, PlaybookView
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.text import fill

__all__ = [
    "DEFAULT_CADENCE_DAYS",
    "MAX_COLUMNS",
    "PageView",
    "PlaybookArea",
    "proposed_session_start",
]


class PlaybookArea(PlaybookView):
    """Browse, search and read the playbook; send questions and themes to the Mentees area."""

    page_opened = Signal(str)  # key of the page now shown ("" for the introduction)
    title = "Playbook"  # replaced by the translated title on construction

    def __init__(
        self,
        navigator: Navigator,
        *,
        locale: str | None = None,
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playbook")
        self.title = self.tr("Playbook")
        self._navigator = navigator
        self._locale = locale
        self._pages: PlaybookPages | None = None
        self._load_error = ""
        self._current_key = ""
        self._history: list[str] = []
        self._clock = clock
        self._agenda = AgendaPlanner(self, navigator, clock)
        self._rerender = QTimer(self)
        self._rerender.setObjectName("_rerender")
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(0)
        self._connect_signals()
        self._agenda.refresh_mentees()
        self._update_actions()

    def _connect_signals(self) -> None:
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.model.modelReset.connect(self._on_model_model_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.activated.connect(self._on_tree_activated)
        self.clear_search_button.clicked.connect(self._on_clear_search_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.page.anchorClicked.connect(self._on_page_anchor_clicked)
        self.tag_button.clicked.connect(self._on_tag_button_clicked)
        self.find_shortcut.activated.connect(self._on_find_shortcut_activated)
        self._rerender.timeout.connect(self._on_rerender_timeout)
        self._navigator.current_session_changed.connect(self._on_navigator_current_session_changed)
        self._navigator.playbook_entry_requested.connect(
            self._on_navigator_playbook_entry_requested
        )
        self._navigator.data_changed.connect(self._on_navigator_data_changed)

    # -- Area ------------------------------------------------------------------------------

    def on_vault_opened(self, vault: Vault) -> None:
        # The playbook itself loads when shown or warmed.
        self._agenda.open(Store(vault, self._clock))
        self._agenda.refresh_mentees()

    def warm(self) -> None:
        self.ensure_loaded()

    def presenting_targets(self) -> list[QWidget]:
        """The playbook itself is fine to share; only the mentee chooser names someone."""
        return [self.mentee_chooser]

    def clear_content(self) -> None:
        """Only the chooser and messages came from the vault; the playbook text stays."""
        self._agenda.close()
        self.clear_message()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if self._agenda.is_open:
            self._agenda.refresh_mentees()

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
                fill(self.tr("The playbook could not be read: %1"), self._load_error)
            )
            return
        self._pages = PlaybookPages(entries, guides, templates, references, self, locale=locale)
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
            self._agenda.withdraw_offer()
            self.clear_message()
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

    # -- the agenda ------------------------------------------------------------------------

    def choose_mentee(self, mentee_id: int) -> bool:
        """Select a mentee in the chooser (as the mentor would); False if not listed."""
        return self._agenda.choose_mentee(mentee_id)

    def add_question_to_agenda(self, question: Question) -> None:
        """Put a question on the chosen mentee's next session, or offer to plan one."""
        self._agenda.add_question(question)

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
            self.empty_title.setText(fill(self.tr("Nothing matches “%1”"), query))
            self.list_stack.setCurrentWidget(self.empty_state)
        else:
            self.list_stack.setCurrentWidget(self.tree)
        self.result_count.setVisible(self.model.is_filtered and count > 0)
        if not self.model.is_filtered:
            self.result_count.clear()
        elif count == 1:
            self.result_count.setText(self.tr("1 match"))
        else:
            self.result_count.setText(fill(self.tr("%1 matches"), str(count)))
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
        self.show_message(self.tr("That link does not lead anywhere in mentorpad."))

    def _on_tag_button_clicked(self) -> None:
        entry = self.current_entry()
        session_id = self._navigator.current_session_id
        if entry is None or session_id is None:
            return
        self._navigator.theme_tag_requested.emit(session_id, entry.id)
        self.show_message(fill(self.tr("Tagged “%1” as a theme of the open session."), entry.title))

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
        if self._agenda.is_open and self.isVisible():
            self._agenda.refresh_mentees()
