"""Review over time: pure functions on constructed histories, the SQL loaders agreeing with
them on a real vault, and the 10,000-session budget."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from mentorpad import review
from mentorpad.models import Vault
from mentorpad.models.entities import (
    Agreement,
    Commitment,
    Goal,
    GoalRating,
    Mentee,
    Session,
    StageChange,
)
from mentorpad.models.store import Store
from mentorpad.review import (
    MenteeFacts,
    MonthStats,
    ThemeCount,
    attention_items,
    commitment_stats,
    is_quiet,
    mentee_facts,
    mentor_view,
    next_session_due,
    portfolio,
    quiet_relationships,
    rating_series,
    theme_matrix,
    themes_by_month,
    timeline,
)

TODAY = dt.date(2025, 6, 15)  # a Sunday


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def session(
    sid: int,
    offset: int,
    *,
    mentee_id: int = 1,
    themes: tuple[str, ...] = (),
    kind: str = "regular",
    talk: int | None = None,
    advised: bool | None = None,
) -> Session:
    return Session(
        id=sid,
        mentee_id=mentee_id,
        starts_at=dt.datetime.combine(day(offset), dt.time(9, 0)),
        kind=kind,
        talk_share=talk,
        advised_first=advised,
        themes=themes,
    )


def commitment(
    cid: int,
    due: int | None,
    done: int | None = None,
    *,
    owner: str = "mentee",
    text: str = "",
    session_id: int | None = None,
) -> Commitment:
    return Commitment(
        id=cid,
        mentee_id=1,
        session_id=session_id,
        text=text or f"commitment {cid}",
        owner=owner,
        due_date=None if due is None else day(due),
        done_on=None if done is None else day(done),
    )


# -- the Qt-free layer stays Qt-free ---------------------------------------------------------


@pytest.mark.parametrize(
    "module", ["mentorpad.review", "mentorpad.reports", "mentorpad.models.review_queries"]
)
def test_review_modules_import_no_qt(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# -- months and themes -----------------------------------------------------------------------


def test_month_helpers() -> None:
    assert review.month_range("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert review.add_months("2025-01", -1) == "2024-12"
    assert review.month_start("2025-03") == dt.date(2025, 3, 1)
    assert review.human_date(dt.date(2025, 5, 3)) == "3 May 2025"


def test_themes_by_month_counts_fills_gaps_and_ignores_planned() -> None:
    sessions = [
        session(1, -120, themes=("new.feedback", "struggling.delegation")),  # Feb 2025
        session(2, -100, themes=("new.feedback",)),  # Mar 2025
        session(3, -10, themes=("new.feedback",)),  # Jun 2025
        session(4, 5, themes=("struggling.conflict",)),  # planned: not counted
    ]
    matrix = themes_by_month(sessions, TODAY)
    assert matrix.months == ("2025-02", "2025-03", "2025-04", "2025-05", "2025-06")
    assert matrix.themes == ("new.feedback", "struggling.delegation")  # most frequent first
    assert matrix.count("new.feedback", "2025-02") == 1
    assert matrix.count("new.feedback", "2025-04") == 0
    assert matrix.total("new.feedback") == 3
    assert matrix.max_count == 1
    assert matrix.rows()[1] == [1, 0, 0, 0, 0]
    assert "struggling.conflict" not in matrix.themes


def test_themes_by_month_runs_through_today_and_empty() -> None:
    matrix = themes_by_month([session(1, -200, themes=("new.feedback",))], TODAY)
    assert matrix.months[0] == "2024-11" and matrix.months[-1] == "2025-06"
    assert themes_by_month([], TODAY).is_empty
    assert themes_by_month([session(1, -3)], TODAY).is_empty  # a session without themes
    assert theme_matrix([("a", "2025-01", 2), ("a", "2025-01", 1)]).count("a", "2025-01") == 3


# -- ratings -----------------------------------------------------------------------------------


def test_rating_series_per_goal_ordered_by_date() -> None:
    goals = [Goal(11, 2, "Second goal"), Goal(10, 1, "First goal")]
    days = {1: day(-30), 2: day(-10), 3: day(-20)}
    ratings = [
        GoalRating(2, 10, 4),
        GoalRating(1, 10, 2),
        GoalRating(3, 10, 3),
        GoalRating(1, 11, 5),
        GoalRating(1, 99, 1),  # a goal that no longer exists
        GoalRating(42, 10, 1),  # a session that no longer exists
    ]
    series = rating_series(goals, ratings, days)
    assert [s.goal_id for s in series] == [10, 11]
    assert [p.rating for p in series[0].points] == [2, 3, 4]
    assert series[0].first == 2 and series[0].latest == 4
    assert [p.day for p in series[1].points] == [day(-30)]
    assert rating_series([Goal(1, 1, "x")], [], {})[0].latest is None


# -- commitments -----------------------------------------------------------------------------


def test_commitment_stats_kept_vs_due() -> None:
    items = [
        commitment(1, -20, -25),  # done early: due, kept on time
        commitment(2, -20, -20),  # done on the day: on time
        commitment(3, -20, -5),  # done late: kept, not on time
        commitment(4, -3),  # open, due passed: overdue
        commitment(5, 0),  # due today: not due yet
        commitment(6, 10, -1),  # done before it fell due
        commitment(7, None),  # no due date, open
        commitment(8, None, -2),  # no due date, done
    ]
    stats = commitment_stats(items, TODAY)
    assert (stats.total, stats.due, stats.kept, stats.kept_on_time, stats.overdue) == (
        8,
        4,
        3,
        2,
        1,
    )
    assert stats.open_not_due == 2 and stats.done_not_due == 2
    assert stats.kept_share == 0.75
    assert [(m.month, m.due, m.kept, m.kept_on_time) for m in stats.by_month] == [
        ("2025-05", 3, 3, 2),
        ("2025-06", 1, 0, 0),
    ]
    assert stats.sentence() == "3 of 4 due kept (2 on time), 1 overdue."
    empty = commitment_stats([], TODAY)
    assert empty.kept_share is None and empty.by_month == () and empty.sentence()


# -- quiet relationships ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cadence", "days", "quiet"),
    [
        (4, 42, False),  # exactly 1.5 x 4 weeks: not yet
        (4, 43, True),
        (1, 10, False),  # 1.5 weeks = 10.5 days
        (1, 11, True),
        (2, 21, False),
        (2, 22, True),
    ],
)
def test_quiet_threshold_edges(cadence: int, days: int, quiet: bool) -> None:
    assert is_quiet(day(-days), None, cadence, TODAY) is quiet


def test_quiet_without_sessions_measures_from_term_start_then_start_date() -> None:
    assert is_quiet(None, day(-60), 4, TODAY)
    assert not is_quiet(None, day(-20), 4, TODAY)
    assert not is_quiet(None, None, 4, TODAY)  # nothing to measure from
    assert not is_quiet(None, day(30), 4, TODAY)  # starts in the future
    facts = MenteeFacts(1, "A", start_date=day(-200), term_start=day(-10))
    assert facts.anchor == day(-10)  # the agreement's term start wins
    assert quiet_relationships([facts], TODAY) == []
    assert quiet_relationships([MenteeFacts(1, "A", start_date=day(-200))], TODAY)[0].days == 200


def test_cadence_change_uses_the_current_cadence() -> None:
    """The agreement went from every 2 weeks to every 6: the silence is judged against 6."""
    mentee = Mentee(1, "Ana", start_date=day(-300))
    sessions = [session(1, -300), session(2, -286), session(3, -50)]
    agreement = Agreement(mentee_id=1, cadence_weeks=6, term_start=day(-300))
    facts = mentee_facts(mentee, agreement, sessions, [], TODAY)
    assert facts.cadence_weeks == 6 and facts.last_session == day(-50)
    assert not is_quiet(facts.last_session, facts.anchor, facts.cadence_weeks, TODAY)
    shorter = mentee_facts(mentee, Agreement(mentee_id=1, cadence_weeks=2), sessions, [], TODAY)
    assert is_quiet(shorter.last_session, shorter.anchor, shorter.cadence_weeks, TODAY)


def test_quiet_relationships_only_active_longest_first() -> None:
    facts = [
        MenteeFacts(1, "Short", last_session=day(-50)),
        MenteeFacts(2, "Long", last_session=day(-90)),
        MenteeFacts(3, "Paused", status="paused", last_session=day(-200)),
        MenteeFacts(4, "Archived", archived=True, last_session=day(-200)),
        MenteeFacts(5, "Fine", last_session=day(-7)),
    ]
    assert [q.name for q in quiet_relationships(facts, TODAY)] == ["Long", "Short"]


# -- facts, next due and attention items ---------------------------------------------------


def test_mentee_facts_no_sessions_one_session_and_planned() -> None:
    mentee = Mentee(1, "Ana", start_date=day(-10))
    none = mentee_facts(mentee, None, [], [], TODAY)
    assert (none.last_session, none.next_planned, none.sessions_held) == (None, None, 0)
    assert not none.has_agreement and none.cadence_weeks == review.DEFAULT_CADENCE_WEEKS
    assert next_session_due(none) == (day(-10), False)  # the first session is due at the start

    one = mentee_facts(mentee, Agreement(mentee_id=1, cadence_weeks=3), [session(1, -4)], [], TODAY)
    assert one.last_session == day(-4) and one.sessions_held == 1
    assert next_session_due(one) == (day(17), False)

    today_and_planned = mentee_facts(
        mentee, None, [session(1, 0), session(2, 9), session(3, 20)], [], TODAY
    )
    assert today_and_planned.last_session == TODAY  # today's session counts as held
    assert next_session_due(today_and_planned) == (day(9), True)


def test_overdue_commitments_in_facts_and_items() -> None:
    mentee = Mentee(1, "Ana")
    items = [
        commitment(1, -9, text="Send the draft plan"),
        commitment(2, -2, owner="mentor", text="Introduce Ana to Lee"),
        commitment(3, -30, -31),  # done
        commitment(4, 0),  # due today: not overdue
    ]
    facts = mentee_facts(mentee, Agreement(mentee_id=1), [session(1, -3)], items, TODAY)
    assert facts.overdue_commitments == 2 and facts.overdue_mentor_commitments == 1
    assert facts.oldest_overdue_due == day(-9)
    assert facts.oldest_overdue_text == "Send the draft plan"
    [item] = attention_items(facts, TODAY)
    assert item.kind == "commitments_overdue" and item.tier == 0
    assert (item.count, item.mentor_count, item.days) == (2, 1, 9)
    assert "2 commitments are overdue" in item.sentence and "1 of them are yours" in item.sentence


def kinds(facts: MenteeFacts, **kwargs: int) -> list[str]:
    return [i.kind for i in attention_items(facts, TODAY, **kwargs)]


def test_attention_sessions_due_overdue_quiet_and_planned() -> None:
    base = {"has_agreement": True, "cadence_weeks": 2, "sessions_held": 3}
    # last + 14 days = today - 7: overdue by a week, not yet quiet (21 days)
    overdue = MenteeFacts(1, "A", last_session=day(-21), **base)  # type: ignore[arg-type]
    assert kinds(overdue) == ["session_overdue"]
    item = attention_items(overdue, TODAY)[0]
    assert item.days == 7 and item.when == day(-7)
    assert kinds(MenteeFacts(1, "A", last_session=day(-22), **base)) == ["quiet"]  # type: ignore[arg-type]
    assert kinds(MenteeFacts(1, "A", last_session=day(-14), **base)) == ["session_due"]  # type: ignore[arg-type]
    due_soon = attention_items(MenteeFacts(1, "A", last_session=day(-10), **base), TODAY)  # type: ignore[arg-type]
    assert [(i.kind, i.days, i.tier) for i in due_soon] == [("session_due", 4, 1)]
    assert kinds(MenteeFacts(1, "A", last_session=day(-5), **base)) == []  # type: ignore[arg-type]
    planned = MenteeFacts(1, "A", last_session=day(-60), next_planned=day(3), **base)  # type: ignore[arg-type]
    assert kinds(planned) == []  # the mentor has acted: a session is planned


def test_attention_first_session_reviews_and_missing_agreement() -> None:
    new = MenteeFacts(1, "New", start_date=TODAY)
    assert kinds(new) == ["first_session", "no_agreement"]
    started = MenteeFacts(1, "New", has_agreement=True, term_start=day(-10))
    [item] = attention_items(started, TODAY)
    assert item.kind == "first_session" and item.tier == 0 and "started" in item.sentence
    quiet_start = MenteeFacts(1, "New", has_agreement=True, term_start=day(-60))
    [quiet] = attention_items(quiet_start, TODAY)
    assert quiet.kind == "quiet" and not quiet.had_sessions and quiet.since == day(-60)

    reviews = MenteeFacts(
        1,
        "R",
        has_agreement=True,
        last_session=day(-3),
        midpoint=day(0),
        closing=day(14),
    )
    assert kinds(reviews) == ["midpoint_review", "closing_review"]
    assert kinds(reviews, review_window_days=13) == ["midpoint_review"]
    past = MenteeFacts(1, "R", has_agreement=True, last_session=day(-3), midpoint=day(-1))
    assert kinds(past) == []


def test_portfolio_orders_by_urgency_and_lists_active_mentees_only() -> None:
    facts = [
        MenteeFacts(1, "Zoe", has_agreement=True, last_session=day(-3)),  # on track
        MenteeFacts(  # quiet since long ago: oldest due date first
            2, "Yann", has_agreement=True, cadence_weeks=4, last_session=day(-70), sessions_held=4
        ),
        MenteeFacts(  # commitment overdue since 5 days
            3,
            "Xavi",
            has_agreement=True,
            last_session=day(-3),
            overdue_commitments=1,
            oldest_overdue_due=day(-5),
            oldest_overdue_text="Call the customer",
        ),
        MenteeFacts(4, "Will", has_agreement=True, last_session=day(-3), midpoint=day(10)),
        MenteeFacts(5, "Vera", start_date=TODAY),  # first session + no agreement
        MenteeFacts(6, "Paused", status="paused", last_session=day(-300)),
        MenteeFacts(7, "Old", archived=True),
    ]
    result = portfolio(facts, TODAY)
    assert [(i.mentee_name, i.kind) for i in result.items] == [
        ("Yann", "quiet"),
        ("Xavi", "commitments_overdue"),
        ("Vera", "first_session"),
        ("Will", "midpoint_review"),
        ("Vera", "no_agreement"),
    ]
    assert [r.name for r in result.rows] == ["Yann", "Xavi", "Vera", "Will", "Zoe"]
    assert result.mentees_total == 6 and not result.is_new_vault
    rows = {r.name: r for r in result.rows}
    assert rows["Zoe"].status == "on_track" and rows["Yann"].status == "quiet"
    assert rows["Yann"].quiet and rows["Yann"].days_since_last == 70
    assert rows["Will"].upcoming_review == ("midpoint", day(10))
    assert rows["Xavi"].overdue_commitments == 1
    assert portfolio([], TODAY).is_new_vault


# -- the mentor's own view ----------------------------------------------------------------------


def test_mentor_view_months_talk_share_and_advising() -> None:
    sessions = [
        session(1, -40, talk=40, advised=True, themes=("new.feedback",)),
        session(2, -35, talk=20, advised=False, themes=("new.feedback",), mentee_id=2),
        session(3, -5, talk=None, advised=None, themes=("struggling.delegation",)),
        session(4, 3, talk=90, advised=True, themes=("new.feedback",)),  # planned: ignored
    ]
    months = review.month_stats(sessions, TODAY)
    assert [(m.month, m.sessions) for m in months] == [("2025-05", 2), ("2025-06", 1)]
    assert months[0].talk_share_avg == 30 and months[0].advised_first_pct == 50
    assert months[1].talk_share_avg is None and months[1].advised_first_pct is None
    view = mentor_view(months, review.theme_counts(sessions, TODAY), TODAY, window_months=3)
    assert [m.month for m in view.months] == ["2025-04", "2025-05", "2025-06"]
    assert view.sessions_total == 3 and view.talk_share_avg == 30
    assert view.themes[0] == ThemeCount("new.feedback", 2, 2)
    assert not view.is_empty
    everything = mentor_view(months, [], TODAY, window_months=None)
    assert everything.months[0].month == "2025-05"
    empty = mentor_view([], [], TODAY)
    assert empty.is_empty and len(empty.months) == 12
    assert empty.months[-1] == MonthStats("2025-06")


# -- timeline --------------------------------------------------------------------------------------


def test_timeline_orders_sessions_stages_milestones_and_today() -> None:
    goals = (Goal(10, 1, "Delegate"), Goal(11, 2, "Speak up"))
    agreement = Agreement(
        mentee_id=1, term_start=day(-60), midpoint=day(-1), closing=day(90), goals=goals
    )
    sessions = [
        session(2, -30, themes=("new.feedback",)),
        session(1, -60, kind="first"),
        session(3, 7),
    ]
    events = timeline(
        sessions,
        [StageChange("new", day(-60)), StageChange("struggling", day(-20))],
        agreement,
        [commitment(1, -5, session_id=2), commitment(2, 5, session_id=2)],
        [GoalRating(2, 11, 4), GoalRating(2, 10, 3)],
        goals,
        TODAY,
    )
    assert [(e.kind, e.day) for e in events] == [
        ("term_start", day(-60)),
        ("stage", day(-60)),
        ("session", day(-60)),
        ("session", day(-30)),
        ("stage", day(-20)),
        ("midpoint", day(-1)),
        ("today", TODAY),
        ("session", day(7)),
        ("closing", day(90)),
    ]
    second = events[3]
    assert second.session_id == 2 and second.commitments == 2
    assert second.ratings == ((1, 3), (2, 4)) and second.themes == ("new.feedback",)
    assert events[-2].planned and not second.planned


def test_development_from_entities_and_no_sessions() -> None:
    mentee = Mentee(1, "Ana", start_date=day(-5))
    dev = review.development(mentee, None, [], [], [], [], TODAY)
    assert dev.sessions == () and dev.themes.is_empty and dev.ratings == ()
    assert [e.kind for e in dev.timeline] == ["today"]
    assert dev.sessions_held == 0 and dev.commitment_stats.total == 0


# -- loaders on a real vault agree with the pure functions -------------------------------------


def _fill(store: Store) -> dict[str, int]:
    ids = {}
    ids["ana"] = store.add_mentee("Ana", start_date=day(-200), stage="new")
    store.update_mentee(ids["ana"], stage="struggling", changed_on=day(-50))
    store.save_agreement(
        Agreement(
            mentee_id=ids["ana"],
            cadence_weeks=3,
            term_start=day(-200),
            midpoint=day(5),
            closing=day(160),
        ),
        [("Delegate the weekly planning", "Team plans without her"), ("Speak up", "")],
    )
    goals = [g.id for g in store.goals(ids["ana"])]
    for offset, themes in ((-180, ["new.feedback"]), (-120, ["new.feedback", "x.y"]), (-40, [])):
        sid = store.add_session(ids["ana"], dt.datetime.combine(day(offset), dt.time(10)))
        store.set_themes(sid, themes)
        store.update_session(sid, talk_share=30 + offset % 7, advised_first=offset % 2 == 0)
        store.set_rating(sid, goals[0], 2 + (offset > -100))
        store.add_commitment(
            ids["ana"], f"Step {offset}", session_id=sid, due_date=day(offset + 14)
        )
    store.add_session(ids["ana"], dt.datetime.combine(day(12), dt.time(10)))
    ids["bo"] = store.add_mentee("Bo", start_date=day(-100))
    sid = store.add_session(ids["bo"], dt.datetime.combine(day(-20), dt.time(9)))
    store.set_themes(sid, ["new.feedback"])
    store.add_commitment(ids["bo"], "Mentor task", owner="mentor", due_date=day(-1))
    done = store.add_commitment(ids["bo"], "Done", due_date=day(-3))
    store.set_commitment_done(done, True, on=day(-4))
    ids["cy"] = store.add_mentee("Cy", status="paused", start_date=day(-400))
    ids["dee"] = store.add_mentee("Dee")
    store.update_mentee(ids["dee"], archived=True)
    return ids


def test_loaders_agree_with_pure_functions(vault: Vault) -> None:
    store = Store(vault)
    ids = _fill(store)
    loaded = review.load_portfolio(vault, TODAY)
    from_entities = portfolio(
        [
            mentee_facts(
                m,
                store.agreement(m.id),
                store.sessions(m.id),
                store.commitments(mentee_id=m.id),
                TODAY,
            )
            for m in store.mentees()
        ],
        TODAY,
    )
    assert loaded == from_entities
    assert loaded.mentees_total == 3  # the archived one is not counted
    assert [r.name for r in loaded.rows] == ["Ana", "Bo"]
    assert [(i.mentee_name, i.kind) for i in loaded.items] == [
        ("Ana", "commitments_overdue"),  # three open, the oldest due since December
        ("Bo", "commitments_overdue"),  # the mentor's own, due yesterday
        ("Ana", "midpoint_review"),
        ("Bo", "no_agreement"),
    ]
    # Ana is quiet (40 days > 1.5 x 3 weeks) but has a session planned: no quiet item
    ana = next(r for r in loaded.rows if r.name == "Ana")
    assert ana.quiet and ana.next_is_planned and ana.next_due == day(12)

    view = review.load_mentor_view(store, TODAY)
    everything = store.sessions()
    expected = mentor_view(
        review.month_stats(everything, TODAY), review.theme_counts(everything, TODAY), TODAY
    )
    assert view == expected
    assert view.themes[0] == ThemeCount("new.feedback", 3, 2)

    dev = review.load_development(store, ids["ana"], TODAY)
    assert dev is not None
    expected_dev = review.development(
        store.mentee(ids["ana"]),  # type: ignore[arg-type]
        store.agreement(ids["ana"]),
        store.sessions(ids["ana"]),
        store.ratings(mentee_id=ids["ana"]),
        store.commitments(mentee_id=ids["ana"]),
        store.stage_history(ids["ana"]),
        TODAY,
    )
    assert dev == expected_dev
    assert dev.sessions_held == 3 and len(dev.sessions) == 4
    assert [p.rating for p in dev.ratings[0].points] == [2, 2, 3]
    assert dev.themes.total("new.feedback") == 2
    assert review.load_development(store, 9999, TODAY) is None


# -- performance -------------------------------------------------------------------------------


def _bulk(vault: Vault, mentees: int, sessions: int, heavy_share: float = 0.2) -> list[int]:
    """10,000 sessions with themes, ratings and commitments, inserted in one transaction."""
    store = Store(vault)
    ids = []
    for i in range(mentees):
        mid = store.add_mentee(f"Mentee {i:02d}", start_date=day(-3000))
        store.save_agreement(
            Agreement(mentee_id=mid, cadence_weeks=2 + i % 3, term_start=day(-3000)),
            [("Goal one", ""), ("Goal two", "")],
        )
        ids.append(mid)
    goals = {m: [g.id for g in store.goals(m)] for m in ids}
    themes = ["new.feedback", "struggling.delegation", "struggling.conflict", "new.relationships"]
    now = "2025-01-01T00:00:00"
    heavy = int(sessions * heavy_share)
    with vault.transaction() as conn:
        for n in range(sessions):
            mid = ids[0] if n < heavy else ids[n % len(ids)]
            start = dt.datetime.combine(day(5 - (n * 7919) % 3000), dt.time(9 + n % 8))
            sid = conn.execute(
                "INSERT INTO session(mentee_id, starts_at, duration_min, kind, talk_share, "
                "advised_first, created_at, updated_at) VALUES (?, ?, 60, 'regular', ?, ?, ?, ?)",
                (mid, start.isoformat(timespec="minutes"), 20 + n % 50, n % 2, now, now),
            ).lastrowid
            conn.executemany(
                "INSERT INTO session_theme(session_id, entry_id) VALUES (?, ?)",
                [(sid, themes[n % 4]), (sid, themes[(n + 1) % 4])],
            )
            conn.executemany(
                "INSERT INTO goal_rating(session_id, goal_id, rating) VALUES (?, ?, ?)",
                [(sid, g, 1 + (n + k) % 5) for k, g in enumerate(goals[mid])],
            )
            conn.execute(
                "INSERT INTO commitment(mentee_id, session_id, text, owner, due_date, done_on, "
                "created_at) VALUES (?, ?, ?, 'mentee', ?, ?, ?)",
                (
                    mid,
                    sid,
                    f"Commitment {n}",
                    (start.date() + dt.timedelta(days=14)).isoformat(),
                    None if n % 3 == 0 else start.date().isoformat(),
                    now,
                ),
            )
    return ids


def test_review_loads_at_ten_thousand_sessions(tmp_path: Path, vault: Vault) -> None:
    """The loaders stay correct at the benchmark's size (speed itself is measured by
    `make bench`, never asserted here)."""
    ids = _bulk(vault, mentees=30, sessions=10_000)
    store = Store(vault)
    assert vault.conn.execute("SELECT count(*) FROM session").fetchone()[0] == 10_000
    assert len(review.load_portfolio(vault, TODAY).rows) == 30
    assert review.load_mentor_view(vault, TODAY).months
    assert review.load_development(store, ids[0], TODAY) is not None
