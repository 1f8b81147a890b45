"""Repositories on a real vault: mentees, stage history, agreement, sessions, search."""

from __future__ import annotations

import datetime as dt

import pytest

from mentorpad.models import Vault
from mentorpad.models.entities import Agreement
from mentorpad.models.store import MATCH_END, MATCH_START, Store, fts_query


def test_mentee_lifecycle_and_stage_history(vault: Vault) -> None:
    store = Store(vault)
    mid = store.add_mentee("Falcon", role="Lead", stage="new", start_date=dt.date(2026, 1, 5))
    store.update_mentee(mid, stage="struggling", changed_on=dt.date(2026, 3, 1))
    store.update_mentee(mid, status="paused", archived=True)
    history = store.stage_history(mid)
    assert [(h.stage, h.changed_on) for h in history] == [
        ("new", dt.date(2026, 1, 5)),
        ("struggling", dt.date(2026, 3, 1)),
    ]
    assert store.mentees() == []
    (m,) = store.mentees(include_archived=True)
    assert m.status == "paused" and m.archived
    with pytest.raises(ValueError):
        store.add_mentee("   ")


def test_agreement_keeps_goal_ids_when_reworded(vault: Vault) -> None:
    store = Store(vault)
    mid = store.add_mentee("Falcon")
    store.save_agreement(Agreement(mentee_id=mid, cadence_weeks=3), [("Delegate", "2 tasks")])
    (goal,) = store.goals(mid)
    sid = store.add_session(mid, dt.datetime(2026, 2, 1, 9))
    store.set_rating(sid, goal.id, 3)
    store.save_agreement(
        Agreement(mentee_id=mid, cadence_weeks=4), [("Delegate more", "3 tasks"), ("Speak up", "")]
    )
    goals = store.goals(mid)
    assert goals[0].id == goal.id and goals[0].text == "Delegate more"
    assert store.ratings(session_id=sid)[0].rating == 3
    assert store.agreement(mid).cadence_weeks == 4  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        store.save_agreement(Agreement(mentee_id=mid), [])


def test_session_record_and_notes_apart_from_rows(vault: Vault) -> None:
    store = Store(vault)
    mid = store.add_mentee("Falcon")
    sid = store.add_session(mid, dt.datetime(2026, 2, 1, 9), agenda="- opener")
    store.save_notes([(mid, sid, "notes", "private words"), (mid, sid, "summary", "shared")])
    store.set_themes(sid, ["new.feedback", "struggling.delegation"])
    cid = store.add_commitment(mid, "Write to boss", session_id=sid, due_date=dt.date(2026, 2, 8))
    store.set_commitment_done(cid, True, on=dt.date(2026, 2, 7))
    record = store.session_record(sid)
    assert record is not None
    assert record.notes == {"agenda": "- opener", "notes": "private words", "summary": "shared"}
    assert record.session.themes == ("new.feedback", "struggling.delegation")
    assert record.commitments[0].done_on == dt.date(2026, 2, 7)
    columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(session)")]
    assert "body" not in columns and "notes" not in columns


def test_search_finds_ranks_newest_first_and_forgets(vault: Vault) -> None:
    store = Store(vault)
    a = store.add_mentee("Alpha")
    b = store.add_mentee("Beta", background="loves délégation")
    old = store.add_session(a, dt.datetime(2025, 1, 1, 9))
    new = store.add_session(a, dt.datetime(2026, 1, 1, 9))
    store.save_note(a, old, "notes", "we talked about delegation early")
    store.save_note(a, new, "notes", "delegation again, now better")
    store.add_commitment(b, "Delegate the weekly report", session_id=None)
    hits = store.search("delegation")
    sources = [(h.mentee_name, h.source) for h in hits]
    assert ("Beta", "background") in sources  # accents ignored
    session_hits = [h for h in hits if h.session_id is not None]
    assert [h.session_id for h in session_hits] == [new, old]
    assert MATCH_START in session_hits[0].snippet and MATCH_END in session_hits[0].snippet
    assert [h.source for h in store.search("deleg")].count("commitment") == 1  # prefix
    assert all(h.mentee_id == a for h in store.search("delegation", mentee_id=a))
    store.save_note(a, new, "notes", "nothing left here")
    assert new not in [h.session_id for h in store.search("delegation")]
    store.delete_mentee(b)
    assert all(h.mentee_name == "Alpha" for h in store.search("délégation"))
    assert not store.search("weekly")


def test_delete_mentee_removes_everything(vault: Vault) -> None:
    store = Store(vault)
    mid = store.add_mentee("Gone Canary", background="canary background")
    sid = store.add_session(mid, dt.datetime(2026, 1, 1, 9), agenda="canary agenda")
    store.add_commitment(mid, "canary commitment", session_id=sid)
    store.save_agreement(Agreement(mentee_id=mid), [("canary goal", "")])
    store.delete_mentee(mid)
    conn = vault.conn
    for table in (
        "mentee",
        "session",
        "note",
        "commitment",
        "goal",
        "agreement",
        "stage_change",
        "session_theme",
        "goal_rating",
    ):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    for fts in ("note_fts", "commitment_fts"):
        assert (
            conn.execute(f"SELECT count(*) FROM {fts}_idx WHERE term LIKE 'canar%'").fetchone()[0]
            == 0
        )


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND OR NOT",
        "a NEAR b",
        "col:x",
        "*",
        "((",
        "^x",
        "-x",
        "🙂",
        "",
        "   ",
        "x\x00y",
        "'; DROP TABLE note; --",
    ],
)
def test_search_never_raises_on_syntax(vault: Vault, query: str) -> None:
    store = Store(vault)
    mid = store.add_mentee("Alpha", background="some text x y")
    assert isinstance(store.search(query), list)
    assert store.mentee(mid) is not None


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('a "b" OR cat') == '"a" "b" "OR" "cat"*'
    assert fts_query("team de") == '"team" "de"'  # short last words match whole
    assert fts_query("!!!") is None


def test_mindset_attempts_list_in_the_order_they_were_made(vault: Vault) -> None:
    """Ids are random: attempts made within the same second must still keep their order."""
    store = Store(vault)
    made = [
        store.save_mindset_attempt(None, variant, {}, completed=True)
        for variant in ("baseline", "current") * 10
    ]
    assert [a["id"] for a in store.mindset_attempts()] == made
