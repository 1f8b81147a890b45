# mypy: disable-error-code="no-untyped-call"
# (pytest-qt's QtBot input helpers and ModelTester.check carry no annotations)
"""The Playbook area on real widgets: browse, search, read, follow links, and send questions
and themes to the Mentees area through the navigator (with a real vault behind the chooser)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.guides.playbook import (
    load_mentor_guides,
    load_playbook,
    load_session_templates,
)
from mentorpad.models import Vault, VaultKey
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.playbook.area import MAX_COLUMNS, PlaybookArea, proposed_session_start
from mentorpad.ui.areas.playbook.models import (
    KEY_ROLE,
    PlaybookTreeModel,
    haystack,
    matches,
    query_terms,
)
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.theme import DARK, apply_theme
from mentorpad.ui.widgets.render_view import NoteView

NOW = dt.datetime(2030, 1, 9, 10, 0)  # a Wednesday
DELEGATION = "struggling.delegation"


# -- fixtures and helpers ----------------------------------------------------------------


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def area(qtbot: QtBot, navigator: Navigator) -> PlaybookArea:
    widget = PlaybookArea(navigator, locale="en", clock=ManualClock(NOW))
    qtbot.addWidget(widget)
    _as_window(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def vault(tmp_path: Path, raw_key: VaultKey) -> Iterator[Vault]:
    opened = Vault.create(tmp_path / "t.vault", key=raw_key)
    yield opened
    opened.close()


def _as_window(widget: PlaybookArea) -> None:
    """Shown alone, the area is a top-level window: give it a size of its own, so its layout
    does not push size hints to the offscreen platform (which warns that it cannot)."""
    widget.setMinimumSize(900, 600)
    widget.resize(1180, 780)


def _children(model: PlaybookTreeModel) -> dict[str, list[str]]:
    """Section key -> item keys, as the tree shows them."""
    tree: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        tree[model.key(section)] = [
            model.key(model.index(child, 0, section)) for child in range(model.rowCount(section))
        ]
    return tree


def _anchor_position(view: NoteView, href: str) -> int:
    """Where the first link to `href` starts in the document."""
    document = view.document()
    cursor = QTextCursor(document)
    for position in range(document.characterCount() - 1):
        cursor.setPosition(position + 1)
        # At a block start the format is that of the next character, not of `position`.
        if not cursor.atBlockStart() and cursor.charFormat().anchorHref() == href:
            return position
    raise AssertionError(f"no link to {href!r} on the page")


def _click_link(qtbot: QtBot, view: NoteView, href: str) -> None:
    """Scroll the link into view and click it with the mouse, as a user would."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(_anchor_position(view, href))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    point = QPoint(rect.left() + 3, rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _activate(qtbot: QtBot, area: PlaybookArea) -> None:
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)


# -- the model ---------------------------------------------------------------------------


def test_tree_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PlaybookTreeModel()
    qtmodeltester.check(model)
    model.set_content(load_playbook("en"), load_mentor_guides("en"), [])
    qtmodeltester.check(model)
    model.set_content(
        load_playbook("en"),
        load_mentor_guides("en"),
        list(load_session_templates("en").values()),
    )
    qtmodeltester.check(model)
    for query in ("delegate", "feedback team", "zzqx-nothing", ""):
        model.set_query(query)
        qtmodeltester.check(model)


def test_search_terms_match_word_starts_and_stems() -> None:
    text = haystack("Delegating outcomes to the Équipe")
    assert matches(query_terms("delegate"), text)
    assert matches(query_terms("DELEG"), text)
    assert matches(query_terms("equipe outcome"), text)
    assert not matches(query_terms("legat"), text)  # word starts only
    assert not matches(query_terms("delegate budget"), text)  # every word must match
    assert query_terms("   ") == ()


# -- browsing and searching ----------------------------------------------------------------


def test_loads_lazily_on_first_show(qtbot: QtBot, navigator: Navigator) -> None:
    area = PlaybookArea(navigator, locale="en")
    qtbot.addWidget(area)
    _as_window(area)
    assert isinstance(area, Area)
    assert area.objectName() == "playbook"
    assert area.title == "Playbook"
    assert not area.is_loaded
    assert area.model.rowCount() == 0
    area.show()
    qtbot.waitExposed(area)
    assert area.is_loaded
    assert area.model.rowCount() == 4


def test_browse_shows_29_entries_under_three_stages(area: PlaybookArea) -> None:
    tree = _children(area.model)
    assert list(tree) == [
        "section:new",
        "section:struggling",
        "section:capable",
        "section:mentor",
    ]
    assert [len(tree[f"section:{stage}"]) for stage in ("new", "struggling", "capable")] == [
        9,
        11,
        9,
    ]
    entries = [
        key for stage in ("new", "struggling", "capable") for key in tree[f"section:{stage}"]
    ]
    assert len(set(entries)) == 29
    assert all(key.startswith("entry:") for key in entries)
    # The mentor's own shelf: five guides and four session templates.
    mentor = tree["section:mentor"]
    assert sum(key.startswith("guide:") for key in mentor) == 5
    assert sum(key.startswith("template:") for key in mentor) == 4
    # Sections are visible as such: expanded, bold, with their counts.
    first = area.model.index(0, 0)
    assert area.tree.isExpanded(first)
    assert area.model.data(first, Qt.ItemDataRole.FontRole).bold()
    assert area.model.data(first) == "New in the role · 9"


def test_search_narrows_keeps_grouping_and_shows_empty_state(
    qtbot: QtBot, area: PlaybookArea
) -> None:
    qtbot.keyClicks(area.search, "delegate")
    tree = _children(area.model)
    assert f"entry:{DELEGATION}" in tree["section:struggling"]
    assert area.model.match_count() < 29
    assert all(items for items in tree.values())  # empty sections disappear
    assert area.list_stack.currentWidget() is area.tree
    assert area.result_count.isVisible()

    # A query hitting several stages keeps them apart, in stage order.
    area.search.setText("feedback")
    sections = list(_children(area.model))
    assert len(sections) >= 2
    order = ["section:new", "section:struggling", "section:capable", "section:mentor"]
    assert sections == [key for key in order if key in sections]

    area.search.setText("zzqx wibble")
    assert area.model.match_count() == 0
    assert area.list_stack.currentWidget() is area.empty_state
    assert area.empty_state.isVisible()
    assert "zzqx wibble" in area.empty_title.text()

    qtbot.mouseClick(area.clear_search_button, Qt.MouseButton.LeftButton)
    assert area.search.text() == ""
    assert area.model.match_count() == 29 + 9
    assert area.list_stack.currentWidget() is area.tree


def test_search_looks_at_signals_and_questions(area: PlaybookArea) -> None:
    entry = next(e for e in load_playbook("en") if e.id == DELEGATION)
    # Words only found in one signal's text and one question's text still find the entry.
    area.search.setText(entry.signals[0].text)
    assert f"entry:{DELEGATION}" in area.model.item_keys()
    area.search.setText(entry.questions[-1].text)
    assert f"entry:{DELEGATION}" in area.model.item_keys()
    area.search.setText(entry.catalog_label)
    assert f"entry:{DELEGATION}" in area.model.item_keys()


# -- reading -------------------------------------------------------------------------------


def test_entry_page_reads_well(area: PlaybookArea) -> None:
    entry = next(e for e in load_playbook("en") if e.id == DELEGATION)
    assert area.open_entry(DELEGATION)
    text = area.page.toPlainText()
    assert entry.title in text
    assert entry.summary in text
    for heading in ("Goal", "Reality", "Options", "Will"):
        assert heading in text
    for question in entry.questions:
        assert question.text in text
    assert entry.signals[0].text in text
    assert "Seen by:" in text
    assert entry.causes[0].text in text
    assert entry.mentor_stance.note in text
    assert entry.mentor_pitfalls[0].text in text
    assert entry.exercises[0].steps[0] in text
    assert f"Duration: {entry.exercises[0].duration}" in text
    assert entry.exercises[0].debrief[0] in text
    assert entry.progress_signs[0].text in text
    assert entry.referrals[0].trigger in text
    routes = entry.referrals[0].routes
    assert all(route.name in text for route in routes)
    assert "In Belgium:" in text and "In the Netherlands:" in text
    assert entry.frameworks[0].name in text
    assert "Evidence: practitioner model" in text
    assert "Related entries" in text
    assert "Oncken" in text  # the reference list
    # The GROW phases come in order.
    positions = [text.index(h) for h in ("Goal ·", "Reality ·", "Options ·", "Will ·")]
    assert positions == sorted(positions)
    # The tree follows, and the page has a readable measure.
    assert area.model.key(area.tree.currentIndex()) == f"entry:{DELEGATION}"
    assert area.page.measure() < area.page.viewport().width()
    block = area.page.document().begin()
    longest = 0
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            longest = max(longest, layout.lineAt(number).textLength())
        block = block.next()
    assert 50 < longest <= MAX_COLUMNS + 10


def test_trademark_credits_are_shown(area: PlaybookArea) -> None:
    credited = [
        (entry, framework)
        for entry in load_playbook("en")
        for framework in entry.frameworks
        if framework.trademark
    ]
    if not credited:
        pytest.skip("no framework in the shipped playbook carries a trademark")
    entry, framework = credited[0]
    area.open_entry(entry.id)
    assert framework.trademark in area.page.toPlainText()


def test_guides_and_templates_are_readable_from_the_area(qtbot: QtBot, area: PlaybookArea) -> None:
    guide = load_mentor_guides("en")[0]
    index = area.model.index_for_key(f"guide:{guide.id}")
    area.tree.scrollTo(index)
    qtbot.mouseClick(
        area.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=area.tree.visualRect(index).center(),
    )
    text = area.page.toPlainText()
    assert guide.title in text
    assert all(section.heading in text for section in guide.sections)

    template = load_session_templates("en")["regular"]
    assert area.open_key("template:regular")
    text = area.page.toPlainText()
    assert template.title in text
    assert all(phase.name in text for phase in template.phases)
    assert template.phases[0].prompts[0] in text

    assert area.open_key("section:mentor")
    assert guide.title in area.page.toPlainText()


def test_pages_request_no_resource_at_all(area: PlaybookArea) -> None:
    keys = [area.model.key(area.model.index(row, 0)) for row in range(area.model.rowCount())]
    keys += area.model.item_keys()
    assert len(keys) == 4 + 29 + 9
    document = area.page.document()
    for key in keys:
        assert area.open_key(key), key
        html = document.toHtml()
        assert "<img" not in html, key
        assert "http://" not in html.lower().replace("http://www.w3.org", ""), key
    assert document.requested == []  # type: ignore[attr-defined]


# -- links ---------------------------------------------------------------------------------


def test_related_entry_link_opens_that_entry(qtbot: QtBot, area: PlaybookArea) -> None:
    entries = {e.id: e for e in load_playbook("en")}
    related = entries[DELEGATION].related.all_ids[0]
    area.open_entry(DELEGATION)
    with qtbot.waitSignal(area.page_opened) as opened:
        _click_link(qtbot, area.page, f"entry:{related}")
    assert opened.args == [f"entry:{related}"]
    assert area.current_key == f"entry:{related}"
    assert entries[related].title in area.page.toPlainText()
    assert area.model.key(area.tree.currentIndex()) == f"entry:{related}"
    # Back returns to where the mentor came from.
    assert area.back_button.isEnabled()
    qtbot.mouseClick(area.back_button, Qt.MouseButton.LeftButton)
    assert area.current_key == f"entry:{DELEGATION}"


def test_clicking_links_never_blanks_the_view(qtbot: QtBot, area: PlaybookArea) -> None:
    area.open_entry(DELEGATION)
    before = area.page.toPlainText()
    assert before
    _click_link(qtbot, area.page, "#questions")  # in-page anchor: scrolls only
    assert area.page.toPlainText() == before
    for url in ("https://example.org/x", "file:///etc/passwd", "notes.md", "entry:no.such"):
        area.page.anchorClicked.emit(QUrl(url))
        assert area.page.toPlainText() == before, url
        assert area.page.source().isEmpty(), url
    assert area.current_key == f"entry:{DELEGATION}"
    assert "does not lead anywhere" in area.message.text()


def test_playbook_entry_requested_shows_the_entry(
    qtbot: QtBot, area: PlaybookArea, navigator: Navigator
) -> None:
    area.search.setText("delegate")  # filters the requested entry out of the list
    empathy = next(e for e in load_playbook("en") if e.id == "capable.empathy")
    with qtbot.waitSignal(navigator.area_requested) as shown:
        navigator.playbook_entry_requested.emit("capable.empathy")
    assert shown.args == ["playbook"]
    assert area.current_key == "entry:capable.empathy"
    assert empathy.title in area.page.toPlainText()
    assert area.search.text() == ""
    assert area.model.key(area.tree.currentIndex()) == "entry:capable.empathy"
    with qtbot.assertNotEmitted(navigator.area_requested):
        navigator.playbook_entry_requested.emit("no.such-entry")
    assert area.current_key == "entry:capable.empathy"


# -- agenda and themes -----------------------------------------------------------------------


def test_add_question_to_the_chosen_mentees_next_session(
    qtbot: QtBot, area: PlaybookArea, navigator: Navigator, vault: Vault
) -> None:
    store = Store(vault)
    ines = store.add_mentee("Inès V.")
    other = store.add_mentee("Bram K.")
    store.add_mentee("Paused P.", status="paused")
    store.add_session(ines, NOW - dt.timedelta(days=7))
    nearest = store.add_session(ines, dt.datetime(2030, 1, 16, 14, 0))
    store.add_session(ines, dt.datetime(2030, 1, 30, 14, 0))
    store.add_session(other, dt.datetime(2030, 1, 10, 9, 0))
    area.on_vault_opened(vault)
    chooser = area.mentee_chooser
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["Bram K.", "Inès V."]
    assert chooser.currentIndex() == -1  # two mentees: the mentor chooses

    area.open_entry(DELEGATION)
    question = next(e for e in load_playbook("en") if e.id == DELEGATION).questions[1]
    with qtbot.assertNotEmitted(navigator.agenda_append_requested):
        _click_link(qtbot, area.page, f"agenda:{question.id}")
    assert "Choose a mentee" in area.message.text()

    assert area.choose_mentee(ines)
    with qtbot.waitSignal(navigator.agenda_append_requested) as added:
        _click_link(qtbot, area.page, f"agenda:{question.id}")
    assert added.args == [ines, nearest, question.text, f"{DELEGATION}#{question.id}"]
    assert "Inès V." in area.message.text()
    assert "16" in area.message.text()
    assert not area.offer_bar.isVisible()
    assert len(store.sessions(ines)) == 3  # nothing written here

    # The choice is remembered (in memory) across a lock and unlock.
    area.clear_content()
    area.on_vault_opened(vault)
    assert area.mentee_chooser.currentData() == ines


def test_without_a_planned_session_offers_to_plan_one(
    qtbot: QtBot, area: PlaybookArea, navigator: Navigator, vault: Vault
) -> None:
    store = Store(vault)
    sam = store.add_mentee("Sam R.")
    store.save_agreement(Agreement(mentee_id=sam, cadence_weeks=2), [("Delegate more", "")])
    store.add_session(sam, dt.datetime(2030, 1, 4, 9, 0))  # last Friday
    area.on_vault_opened(vault)
    assert area.mentee_chooser.currentData() == sam  # the only active mentee
    area.open_entry(DELEGATION)
    question = next(e for e in load_playbook("en") if e.id == DELEGATION).questions[0]

    with qtbot.assertNotEmitted(navigator.agenda_append_requested):
        _click_link(qtbot, area.page, f"agenda:{question.id}")
    assert area.offer_bar.isVisible()
    assert "Sam R." in area.offer_label.text()
    assert len(store.sessions(sam)) == 1  # nothing planned before the mentor agrees

    with qtbot.waitSignal(navigator.agenda_append_requested) as added:
        qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    planned = store.next_session_after(sam, NOW)
    assert planned is not None
    assert planned.starts_at == dt.datetime(2030, 1, 18, 9, 0)  # last session + cadence
    assert planned.kind == "regular"
    assert added.args == [sam, planned.id, question.text, question.global_id]
    assert not area.offer_bar.isVisible()
    assert "Sam R." in area.message.text()


def test_declining_the_offer_plans_nothing(
    qtbot: QtBot, area: PlaybookArea, navigator: Navigator, vault: Vault
) -> None:
    store = Store(vault)
    kim = store.add_mentee("Kim L.")
    area.on_vault_opened(vault)
    area.open_entry(DELEGATION)
    with qtbot.assertNotEmitted(navigator.agenda_append_requested):
        _click_link(qtbot, area.page, "agenda:q1")
        qtbot.mouseClick(area.cancel_plan_button, Qt.MouseButton.LeftButton)
    assert not area.offer_bar.isVisible()
    assert store.sessions(kim) == []


def test_proposed_session_start() -> None:
    # No agreement, no history: two weeks from today, at nine.
    assert proposed_session_start(NOW, None, None) == dt.datetime(2030, 1, 23, 9, 0)
    assert proposed_session_start(NOW, 3, None) == dt.datetime(2030, 1, 30, 9, 0)
    # A recent session sets the rhythm; a weekend date moves to Monday.
    assert proposed_session_start(NOW, 2, dt.datetime(2030, 1, 5, 9)) == dt.datetime(
        2030, 1, 21, 9, 0
    )
    # A session long ago does not drag the proposal into the past.
    assert proposed_session_start(NOW, 2, dt.datetime(2029, 6, 1, 9)) == dt.datetime(
        2030, 1, 23, 9, 0
    )


def test_theme_tag_needs_a_current_session(
    qtbot: QtBot, area: PlaybookArea, navigator: Navigator
) -> None:
    area.open_entry(DELEGATION)
    assert area.tag_button.isVisible()
    assert not area.tag_button.isEnabled()
    navigator.current_session_changed.emit(7)
    assert area.tag_button.isEnabled()
    with qtbot.waitSignal(navigator.theme_tag_requested) as tagged:
        qtbot.mouseClick(area.tag_button, Qt.MouseButton.LeftButton)
    assert tagged.args == [7, DELEGATION]
    assert "Tagged" in area.message.text()
    navigator.current_session_changed.emit(None)
    assert not area.tag_button.isEnabled()
    # Guides are not themes: no entry actions there.
    navigator.current_session_changed.emit(7)
    area.open_key("guide:clear-goals")
    assert not area.tag_button.isVisible()


def test_clear_content_forgets_mentee_names(
    qtbot: QtBot, area: PlaybookArea, navigator: Navigator, vault: Vault
) -> None:
    store = Store(vault)
    ines = store.add_mentee("Inès V.")
    store.add_session(ines, dt.datetime(2030, 1, 16, 14, 0))
    area.on_vault_opened(vault)
    area.open_entry(DELEGATION)
    with qtbot.waitSignal(navigator.agenda_append_requested):
        _click_link(qtbot, area.page, "agenda:q1")
    assert "Inès" in area.shown_text()
    area.clear_content()
    shown = area.shown_text()
    assert "Inès" not in shown
    assert area.mentee_chooser.count() == 0
    # The static playbook stays readable.
    assert "Holding on to work" in area.page.toPlainText()


# -- keyboard and looks ----------------------------------------------------------------------


def test_keyboard_find_arrows_and_enter(qtbot: QtBot, area: PlaybookArea) -> None:
    _activate(qtbot, area)
    area.tree.setFocus()
    qtbot.keyClick(area.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(area.search.hasFocus)

    qtbot.keyClicks(area.search, "deleg")
    qtbot.keyClick(area.search, Qt.Key.Key_Down)
    qtbot.waitUntil(area.tree.hasFocus)
    assert area.current_key == area.model.item_keys()[0]

    area.search.clear()
    first, second = area.model.item_keys()[:2]
    area.open_key(first)
    qtbot.keyClick(area.tree, Qt.Key.Key_Down)
    assert area.model.key(area.tree.currentIndex()) == second
    qtbot.keyClick(area.tree, Qt.Key.Key_Return)
    assert area.current_key == second
    qtbot.waitUntil(area.page.hasFocus)

    # Accessible names on every control.
    for widget in (
        area.search,
        area.tree,
        area.page,
        area.mentee_chooser,
        area.tag_button,
        area.clear_search_button,
        area.back_button,
        area.plan_button,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_follows_the_dark_theme(qtbot: QtBot, area: PlaybookArea) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet, style = app.palette(), app.styleSheet(), app.style().name()
    area.open_entry(DELEGATION)
    try:
        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: DARK["muted"] in area.page.document().defaultStyleSheet())
        assert area.current_key == f"entry:{DELEGATION}"
        assert "Holding on to work" in area.page.toPlainText()
    finally:
        app.setStyleSheet(sheet)
        app.setPalette(palette)
        app.setStyle(style)


def test_object_names_match_attributes(area: PlaybookArea) -> None:
    for name in (
        "search",
        "tree",
        "page",
        "empty_state",
        "mentee_chooser",
        "tag_button",
        "message",
        "offer_bar",
        "plan_button",
        "list_stack",
    ):
        assert getattr(area, name).objectName() == name
    assert area.model.data(QModelIndex(), KEY_ROLE) is None


@pytest.mark.parametrize("locale", ["nl", "fr"])
def test_entries_read_in_the_chosen_language(
    qtbot: QtBot, navigator: Navigator, locale: str
) -> None:
    from mentorpad.guides import load_playbook

    widget = PlaybookArea(navigator, locale=locale, clock=ManualClock(NOW))
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    assert widget.open_entry(DELEGATION)
    translated = next(e for e in load_playbook(locale) if e.id == DELEGATION)
    text = widget.page.toPlainText().replace("\xa0", " ")  # the view shows NBSPs as spaces
    question = translated.questions[0].text.replace("\xa0", " ")
    assert translated.title in text and question in text
    assert "shown in English" not in text


def test_an_untranslated_entry_is_shown_in_english_and_says_so(
    qtbot: QtBot, navigator: Navigator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorpad.guides import load_playbook
    from mentorpad.ui.areas.playbook import area as area_module

    english = {e.id: e for e in load_playbook("en")}
    mixed = [english[e.id] if e.id == DELEGATION else e for e in load_playbook("nl")]
    monkeypatch.setattr(area_module, "load_playbook", lambda _locale: mixed)
    widget = PlaybookArea(navigator, locale="nl", clock=ManualClock(NOW))
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    assert widget.open_entry(DELEGATION)
    text = widget.page.toPlainText()
    assert english[DELEGATION].title in text
    assert "not yet translated" in text and "shown in English" in text


def test_the_in_session_card_keeps_the_entry_order_and_names_routes_once(qapp: object) -> None:
    """Reality can come before Goal when the struggle calls for it; the card follows the
    entry, and a route named the same in both countries appears once per referral."""
    from mentorpad.ui.areas.mentees.session_editor.in_session import entry_at_hand_markdown
    from mentorpad.ui.labels.vocabulary import grow_phase_label

    entry = next(e for e in load_playbook("nl") if e.id == "capable.resilience")
    assert entry.questions[0].phase == "R"
    card = entry_at_hand_markdown(entry)
    positions = [card.index(q.text) for q in entry.questions]
    assert positions == sorted(positions)
    reality, goal = (f"**{grow_phase_label(phase)}**" for phase in "RG")
    assert card.index(reality) < card.index(goal)
    for referral in entry.referrals:
        line = next(line for line in card.splitlines() if line.startswith(f"- {referral.trigger}"))
        shorts = line.rsplit("(", 1)[1].rstrip(")").split("; ")
        assert len(shorts) == len(set(shorts)), line
