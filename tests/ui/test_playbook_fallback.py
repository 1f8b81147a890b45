"""An entry not yet translated is shown in English and says so wherever a mentor reads it:
the in-session playbook card and the prep brief's suggested questions, as its own page does.

The playbook is read from a real data folder: a copy of the shipped one with the Dutch
delegation entry removed; the interface runs in Dutch with the committed catalogue (the
`dutch` fixture, tests/ui/conftest.py)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentorpad.guides import playbook
from mentorpad.guides.playbook import load_playbook
from mentorpad.models import Vault
from mentorpad.models.store import Store
from mentorpad.prep import build_prep_brief
from mentorpad.ui.areas.mentees.session_editor.in_session import InSessionView
from mentorpad.ui.areas.mentees.session_editor.prepare import PreparePanel

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "mentorpad" / "guides" / "data"
DELEGATION = "struggling.delegation"
TRANSLATED = "capable.resilience"
NOTICE_NL = "Dit onderdeel is nog niet vertaald: je leest het in het Engels."
MARK_NL = "in het Engels: nog niet vertaald"


@pytest.fixture
def data_without_dutch_delegation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The shipped data, minus one Dutch entry, read through the real loaders."""
    folder = tmp_path / "data"
    shutil.copytree(SHIPPED, folder)
    (folder / "playbook" / f"{DELEGATION}.nl.toml").unlink()
    loading = playbook.loading

    def clear() -> None:
        for cached in (loading._playbook, loading._templates, loading._guides, loading._shared):
            cached.cache_clear()
        loading._references.cache_clear()

    monkeypatch.setattr(loading, "_data_dir", lambda *parts: folder.joinpath(*parts))
    clear()
    yield folder
    clear()


@pytest.mark.usefixtures("data_without_dutch_delegation", "dutch")
def test_the_in_session_card_of_an_untranslated_entry_says_it_is_in_english(
    qtbot: QtBot,
) -> None:
    entries = {e.id: e for e in load_playbook("nl")}
    assert entries[DELEGATION].locale == "en" and entries[TRANSLATED].locale == "nl"
    view = InSessionView()
    qtbot.addWidget(view)
    view.set_entries(list(entries.values()), "nl")
    view.set_themes((TRANSLATED, DELEGATION))
    view.render_at_hand()
    text = view.at_hand.toPlainText().replace("\xa0", " ")
    english_title = entries[DELEGATION].title
    assert text.count(NOTICE_NL) == 1  # the English card only
    assert text.index(english_title) < text.index(NOTICE_NL)
    assert text.index(entries[TRANSLATED].title) < text.index(english_title)


@pytest.mark.usefixtures("data_without_dutch_delegation", "dutch")
def test_suggested_questions_from_an_untranslated_entry_say_they_are_in_english(
    qtbot: QtBot, vault: Vault
) -> None:
    store = Store(vault)
    mentee = store.add_mentee("Inès V.")
    earlier = store.add_session(mentee, dt.datetime(2030, 1, 2, 9, 0))
    store.set_themes(earlier, (DELEGATION, TRANSLATED))
    store.add_session(mentee, dt.datetime(2030, 1, 16, 9, 0))
    brief = build_prep_brief(
        store, mentee, dt.date(2030, 1, 15), before=dt.datetime(2030, 1, 16, 9, 0), locale="nl"
    )
    by_entry = {s.entry_id for s in brief.suggestions}
    assert {DELEGATION, TRANSLATED} <= by_entry  # and related entries

    panel = PreparePanel()
    qtbot.addWidget(panel)
    panel.show_brief(brief, {})
    rows = panel.suggestions.toPlainText().replace("\xa0", " ").split("Op de agenda zetten")
    english = {e.id: e for e in load_playbook("en")}[DELEGATION].title
    marked = [row for row in rows if MARK_NL in row]
    assert marked and all(english in row for row in marked)
    assert len(marked) == sum(s.entry_id == DELEGATION for s in brief.suggestions)


@pytest.mark.usefixtures("dutch")
def test_route_names_read_from_english_beside_a_translated_card_say_so(
    qtbot: QtBot, data_without_dutch_delegation: Path
) -> None:
    """The referral routes come from their own file: without routes.nl.toml they are read
    in English, and a Dutch card marks those lines rather than the whole card."""
    (data_without_dutch_delegation / "routes.nl.toml").unlink()
    entries = {e.id: e for e in load_playbook("nl")}
    card = entries[TRANSLATED]
    assert card.locale == "nl" and card.referrals
    assert all(route.locale == "en" for r in card.referrals for route in r.routes)
    view = InSessionView()
    qtbot.addWidget(view)
    view.set_entries(list(entries.values()), "nl")
    view.set_themes((TRANSLATED,))
    view.render_at_hand()
    text = view.at_hand.toPlainText().replace("\xa0", " ")
    assert NOTICE_NL not in text
    for referral in card.referrals:
        line = next(line for line in text.splitlines() if referral.trigger in line)
        assert MARK_NL in line, line


@pytest.mark.usefixtures("dutch")
def test_a_fully_translated_card_carries_no_mark(qtbot: QtBot) -> None:
    entries = load_playbook("nl")
    view = InSessionView()
    qtbot.addWidget(view)
    view.set_entries(entries, "nl")
    view.set_themes((TRANSLATED, DELEGATION))
    view.render_at_hand()
    text = view.at_hand.toPlainText().replace("\xa0", " ")
    assert NOTICE_NL not in text and MARK_NL not in text
    assert all(e.locale == "nl" for e in entries)
