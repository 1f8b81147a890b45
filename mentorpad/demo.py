"""The demo vault: clearly fictional mentees, agreements and sessions for `--demo` and for
the screenshots. Dates are relative to today, so the demo never ages."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from mentorpad.clock import SYSTEM_CLOCK
from mentorpad.models import Vault
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store

DEMO_PASSPHRASE = "demo vault for a curious mentor"


def load_demo_content() -> dict[str, Any]:
    text = resources.files("mentorpad").joinpath("demo_content.toml").read_text("utf-8")
    return tomllib.loads(text)


Ago = Callable[[int], dt.date]


def fill_demo_vault(store: Store, today: dt.date | None = None) -> None:
    """Insert the demo content through the same repository calls the app uses."""
    today = today or SYSTEM_CLOCK.now().date()  # the app hands down its clock's day

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    for m in load_demo_content()["mentee"]:
        mentee_id = _add_demo_mentee(store, m, ago)
        goal_ids = _add_demo_agreement(store, mentee_id, m.get("agreement"), ago)
        for s in m.get("session", []):
            _add_demo_session(store, mentee_id, s, goal_ids, ago, today)


def _add_demo_mentee(store: Store, m: dict[str, Any], ago: Ago) -> int:
    """The mentee with the first stage of its history, then the later stage changes."""
    history = m.get("stage_history", [])
    first_stage = history[0]["stage"] if history else m.get("stage")
    mentee_id = store.add_mentee(
        m["display_name"],
        role=m.get("role", ""),
        organisation=m.get("organisation", ""),
        stage=first_stage,
        start_date=ago(m.get("start_days_ago", 0)),
        status=m.get("status", "active"),
        background=m.get("background", "").strip(),
    )
    for change in history[1:]:
        store.update_mentee(mentee_id, stage=change["stage"], changed_on=ago(change["days_ago"]))
    return mentee_id


def _add_demo_agreement(
    store: Store, mentee_id: int, a: dict[str, Any] | None, ago: Ago
) -> list[int]:
    """The agreement, if the mentee has one; returns its goal ids in order."""
    if not a:
        return []
    store.save_agreement(
        Agreement(
            mentee_id=mentee_id,
            cadence_weeks=a.get("cadence_weeks", 4),
            term_start=ago(a.get("term_start_days_ago", 0)),
            midpoint=ago(-a["midpoint_days_from_now"]) if "midpoint_days_from_now" in a else None,
            closing=ago(-a["closing_days_from_now"]) if "closing_days_from_now" in a else None,
            confidentiality=a.get("confidentiality", ""),
            exceptions=a.get("exceptions", ""),
            reporting=a.get("reporting", ""),
            conflict_of_interest=a.get("conflict_of_interest", ""),
            feedback=a.get("feedback", ""),
            exit_clause=a.get("exit_clause", ""),
            contact=a.get("contact", ""),
            agreed_on=ago(a.get("term_start_days_ago", 0)),
        ),
        [(g["text"], g.get("success_indicator", "")) for g in a.get("goals", [])],
    )
    return [g.id for g in store.goals(mentee_id)]


def _add_demo_session(
    store: Store,
    mentee_id: int,
    s: dict[str, Any],
    goal_ids: list[int],
    ago: Ago,
    today: dt.date,
) -> None:
    """One session with its notes, themes, reflection fields, ratings and commitments."""
    hour, minute = (int(x) for x in s.get("time", "09:00").split(":"))
    day = ago(s["days_ago"])
    starts = dt.datetime.combine(day, dt.time(hour, minute))
    session_id = store.add_session(
        mentee_id,
        starts,
        kind=s.get("kind", "regular"),
        duration_min=s.get("duration_min", 60),
        agenda=s.get("agenda", "").strip(),
    )
    bodies = [
        (mentee_id, session_id, kind, s[kind].strip())
        for kind in ("notes", "summary", "reflection")
        if s.get(kind)
    ]
    if bodies:
        store.save_notes(bodies)
    if s.get("themes"):
        store.set_themes(session_id, s["themes"])
    fields: dict[str, Any] = {}
    if "talk_share" in s:
        fields["talk_share"] = s["talk_share"]
    if "advised_first" in s:
        fields["advised_first"] = s["advised_first"]
    if fields:
        store.update_session(session_id, **fields)
    for r in s.get("ratings", []):
        position = r["goal"] - 1
        if 0 <= position < len(goal_ids):
            store.set_rating(session_id, goal_ids[position], r["rating"], r.get("comment", ""))
    _add_demo_commitments(store, mentee_id, session_id, s.get("commitments", []), day, today)


def _add_demo_commitments(
    store: Store,
    mentee_id: int,
    session_id: int,
    commitments: list[dict[str, Any]],
    day: dt.date,
    today: dt.date,
) -> None:
    for c in commitments:
        due = day + dt.timedelta(days=c.get("due_in_days", 14))
        cid = store.add_commitment(
            mentee_id,
            c["text"],
            session_id=session_id,
            owner=c.get("owner", "mentee"),
            due_date=due,
        )
        if c.get("done"):
            store.set_commitment_done(cid, True, on=min(due, today))


# Target dimension means for the demo mentor: a baseline before the first mentee, then two
# retakes showing the learning the session reflections tell (less talking, fewer fixes).
_MINDSET_STORY = (
    (
        "baseline",
        230,
        {"D1": 2.5, "D2": 3.5, "D3": 4.5, "D4": 2.25, "D5": 3.25, "D6": 2.0, "D7": 3.0, "D8": 3.75},
    ),
    (
        "current",
        120,
        {
            "D1": 3.0,
            "D2": 3.25,
            "D3": 4.5,
            "D4": 3.25,
            "D5": 3.75,
            "D6": 2.75,
            "D7": 3.25,
            "D8": 4.0,
        },
    ),
    (
        "current",
        10,
        {
            "D1": 3.75,
            "D2": 3.75,
            "D3": 4.75,
            "D4": 4.0,
            "D5": 4.0,
            "D6": 3.5,
            "D7": 3.5,
            "D8": 4.25,
        },
    ),
)
_MIRROR = {
    "D1": 3.25,
    "D2": 4.0,
    "D3": 4.75,
    "D4": 3.75,
    "D5": 4.25,
    "D6": 2.25,
    "D7": 3.5,
    "D8": 4.5,
}


def _answers_for(targets: dict[str, float]) -> dict[str, int | None]:
    """Item answers (1-5, reverse-keyed items inverted) whose dimension means hit the targets."""
    from mentorpad.guides import load_mindset_instrument

    answers: dict[str, int | None] = {}
    for dim in load_mindset_instrument().dimensions:
        total = round(targets[dim.id] * len(dim.items))
        base, extra = divmod(total, len(dim.items))
        for index, item in enumerate(dim.items):
            value = min(5, base + (1 if index < extra else 0))
            answers[item.id] = 6 - value if item.reverse else value
    return answers


def fill_demo_mindset(store: Store, today: dt.date) -> None:
    for variant, days_ago, targets in _MINDSET_STORY:
        when = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(20, 0))
        store.save_mindset_attempt(None, variant, _answers_for(targets), completed=True, when=when)
    mentee = next((m for m in store.mentees() if m.status == "active"), None)
    if mentee is not None:
        when = dt.datetime.combine(today - dt.timedelta(days=8), dt.time(18, 0))
        store.save_mindset_attempt(
            None,
            "mirror",
            _answers_for(_MIRROR),
            completed=True,
            respondent="mentee",
            mentee_id=mentee.id,
            when=when,
        )


def build_demo_vault(
    path: Path, today: dt.date | None = None, passphrase: str = DEMO_PASSPHRASE
) -> Vault:
    """Create and fill a demo vault at `path` (which must not exist); returns it open."""
    vault = Vault.create(path, passphrase)
    today = today or SYSTEM_CLOCK.now().date()  # the app hands down its clock's day
    fill_demo_vault(Store(vault), today)
    fill_demo_mindset(Store(vault), today)
    return vault
