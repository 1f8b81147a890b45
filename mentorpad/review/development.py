"""One mentee's development: the timeline and everything the development view and report
show."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mentorpad.models import review_queries as q
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
from mentorpad.review.trends import (
    CommitmentStats,
    GoalSeries,
    ThemeMatrix,
    commitment_stats,
    rating_series,
    themes_by_month,
)

TIMELINE_KINDS = ("term_start", "stage", "session", "midpoint", "closing", "today")
_TIMELINE_ORDER = {kind: index for index, kind in enumerate(TIMELINE_KINDS)}


@dataclass(frozen=True)
class TimelineEvent:
    day: dt.date
    kind: str  # one of TIMELINE_KINDS
    session_id: int | None = None
    session_kind: str = ""
    planned: bool = False  # a session after today
    themes: tuple[str, ...] = ()
    commitments: int = 0
    ratings: tuple[tuple[int, int], ...] = ()  # (goal position, rating)
    stage: str = ""


def timeline(
    sessions: Sequence[Session],
    stage_history: Iterable[StageChange],
    agreement: Agreement | None,
    commitments: Iterable[Commitment],
    ratings: Iterable[GoalRating],
    goals: Sequence[Goal],
    today: dt.date,
) -> list[TimelineEvent]:
    """Sessions with their themes, commitment counts and ratings, plus stage changes, the
    agreement's start, mid-point and closing, and a "today" marker; oldest first."""
    per_session = Counter(c.session_id for c in commitments if c.session_id is not None)
    position = {g.id: g.position for g in goals}
    rated: dict[int, list[tuple[int, int]]] = {}
    for r in ratings:
        if r.goal_id in position:
            rated.setdefault(r.session_id, []).append((position[r.goal_id], r.rating))
    events: list[tuple[dt.date, int, dt.datetime, int, TimelineEvent]] = []

    def add(event: TimelineEvent, at: dt.datetime | None = None, tie: int = 0) -> None:
        moment = at or dt.datetime.combine(event.day, dt.time())
        events.append((event.day, _TIMELINE_ORDER[event.kind], moment, tie, event))

    for s in sessions:
        day = s.starts_at.date()
        add(
            TimelineEvent(
                day,
                "session",
                session_id=s.id,
                session_kind=s.kind,
                planned=day > today,
                themes=s.themes,
                commitments=per_session.get(s.id, 0),
                ratings=tuple(sorted(rated.get(s.id, ()))),
            ),
            s.starts_at,
            s.id,
        )
    for change in stage_history:
        add(TimelineEvent(change.changed_on, "stage", stage=change.stage))
    if agreement is not None:
        for kind, marker in (
            ("term_start", agreement.term_start),
            ("midpoint", agreement.midpoint),
            ("closing", agreement.closing),
        ):
            if marker is not None:
                add(TimelineEvent(marker, kind))
    add(TimelineEvent(today, "today"))
    events.sort(key=lambda e: e[:4])
    return [e[-1] for e in events]


@dataclass(frozen=True)
class Development:
    mentee: Mentee
    agreement: Agreement | None
    goals: tuple[Goal, ...]
    sessions: tuple[Session, ...]  # oldest first
    stage_history: tuple[StageChange, ...]
    commitments: tuple[Commitment, ...]
    timeline: tuple[TimelineEvent, ...]
    themes: ThemeMatrix
    ratings: tuple[GoalSeries, ...]
    commitment_stats: CommitmentStats
    today: dt.date

    @property
    def sessions_held(self) -> int:
        return sum(s.starts_at.date() <= self.today for s in self.sessions)


def development(
    mentee: Mentee,
    agreement: Agreement | None,
    sessions: Iterable[Session],
    ratings: Iterable[GoalRating],
    commitments: Iterable[Commitment],
    stage_history: Iterable[StageChange],
    today: dt.date,
) -> Development:
    ordered = tuple(sorted(sessions, key=lambda s: (s.starts_at, s.id)))
    goals = agreement.goals if agreement is not None else ()
    rating_list = list(ratings)
    commitment_list = tuple(commitments)
    history = tuple(stage_history)
    days = {s.id: s.starts_at.date() for s in ordered}
    return Development(
        mentee=mentee,
        agreement=agreement,
        goals=tuple(goals),
        sessions=ordered,
        stage_history=history,
        commitments=commitment_list,
        timeline=tuple(
            timeline(ordered, history, agreement, commitment_list, rating_list, goals, today)
        ),
        themes=themes_by_month(ordered, today),
        ratings=rating_series(goals, rating_list, days),
        commitment_stats=commitment_stats(commitment_list, today),
        today=today,
    )


def load_development(store: Store, mentee_id: int, today: dt.date) -> Development | None:
    """Everything the development view and report show, in seven small queries (sessions
    with their themes and ratings each in one)."""
    mentee = store.mentee(mentee_id)
    if mentee is None:
        return None
    sessions = [
        Session(
            id=r.session_id,
            mentee_id=mentee_id,
            starts_at=r.starts_at,
            duration_min=r.duration_min,
            kind=r.kind,
            talk_share=r.talk_share,
            advised_first=r.advised_first,
            themes=r.themes,
        )
        for r in q.mentee_sessions(store, mentee_id)
    ]
    ratings = [
        GoalRating(r.session_id, r.goal_id, r.rating) for r in q.mentee_ratings(store, mentee_id)
    ]
    return development(
        mentee,
        store.agreement(mentee_id),
        sessions,
        ratings,
        store.commitments(mentee_id=mentee_id),
        store.stage_history(mentee_id),
        today,
    )
