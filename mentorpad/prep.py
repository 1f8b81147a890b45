"""The prep brief: everything a mentor wants on one screen before a session (Qt-free, so the
GUI, the CLI and tests share it)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from mentorpad.guides import MenteeContext, load_playbook, suggest_questions
from mentorpad.guides.playbook import normalize_locale
from mentorpad.guides.suggest import Suggestion
from mentorpad.models.entities import Agreement, Commitment, Goal, GoalRating, Mentee, Session
from mentorpad.models.store import Store

RECENT_SESSIONS = 3
REVIEW_HORIZON_DAYS = 21


@dataclass(frozen=True)
class GoalStatus:
    goal: Goal
    latest: GoalRating | None
    previous: GoalRating | None

    @property
    def trend(self) -> int:
        """+1 improving, -1 slipping, 0 flat or unknown."""
        if self.latest is None or self.previous is None:
            return 0
        return (self.latest.rating > self.previous.rating) - (
            self.latest.rating < self.previous.rating
        )


@dataclass(frozen=True)
class PrepBrief:
    mentee: Mentee
    today: dt.date
    agreement: Agreement | None
    last_session: Session | None
    last_notes: str
    last_summary: str
    next_session: Session | None
    open_commitments: tuple[Commitment, ...]
    goals: tuple[GoalStatus, ...]
    recent_themes: tuple[tuple[str, int], ...]  # entry id, sessions it came up in
    days_since_last: int | None
    cadence_days: int | None
    upcoming_reviews: tuple[tuple[str, dt.date], ...]  # ("mid-point" | "closing", date)
    suggestions: tuple[Suggestion, ...]
    locale: str = "en"  # the language asked for; a suggestion in another one is marked

    @property
    def overdue(self) -> tuple[Commitment, ...]:
        return tuple(c for c in self.open_commitments if c.is_overdue(self.today))

    @property
    def cadence_status(self) -> str:
        """'due', 'overdue' or 'ok': days since last session against the agreed cadence."""
        if self.days_since_last is None or self.cadence_days is None:
            return "ok"
        if self.days_since_last > self.cadence_days * 1.5:
            return "overdue"
        if self.days_since_last >= self.cadence_days:
            return "due"
        return "ok"


def build_prep_brief(
    store: Store,
    mentee_id: int,
    today: dt.date,
    *,
    before: dt.datetime | None = None,
    locale: str | None = None,
    suggestion_limit: int = 5,
) -> PrepBrief:
    """`before`: the session being prepared; the brief looks at what came before it."""
    mentee = store.mentee(mentee_id)
    if mentee is None:
        raise KeyError(mentee_id)
    moment = before or dt.datetime.combine(today, dt.time(23, 59))
    sessions = [s for s in store.sessions(mentee_id) if s.starts_at < moment]
    last = sessions[0] if sessions else None
    upcoming = store.next_session_after(mentee_id, moment)  # after `today` is still to come
    agreement = store.agreement(mentee_id)
    goal_rows = _goal_statuses(agreement, store.ratings(mentee_id=mentee_id), sessions)
    recent = sessions[:RECENT_SESSIONS]
    context = MenteeContext(
        stage=mentee.stage,
        recent_themes=tuple(t for s in recent for t in s.themes),
        goals=tuple(g.goal.text for g in goal_rows),
        asked=store.asked_questions(mentee_id),
    )
    suggestions = suggest_questions(load_playbook(locale), context, limit=suggestion_limit)
    return PrepBrief(
        mentee=mentee,
        today=today,
        agreement=agreement,
        last_session=last,
        last_notes=store.note(mentee_id, last.id, "notes") if last else "",
        last_summary=store.note(mentee_id, last.id, "summary") if last else "",
        next_session=upcoming,
        open_commitments=tuple(store.commitments(mentee_id=mentee_id, open_only=True)),
        goals=tuple(goal_rows),
        recent_themes=tuple(Counter(t for s in recent for t in s.themes).most_common()),
        days_since_last=(today - last.starts_at.date()).days if last else None,
        cadence_days=agreement.cadence_weeks * 7 if agreement else None,
        upcoming_reviews=_upcoming_reviews(agreement, today),
        suggestions=tuple(suggestions),
        locale=normalize_locale(locale),
    )


def _goal_statuses(
    agreement: Agreement | None, ratings: Sequence[GoalRating], sessions: Sequence[Session]
) -> list[GoalStatus]:
    """Each goal's latest and previous rating, from the sessions before the one prepared."""
    order = {s.id: s.starts_at for s in sessions}
    rows = []
    for goal in agreement.goals if agreement else ():
        history = sorted(
            (r for r in ratings if r.goal_id == goal.id and r.session_id in order),
            key=lambda r: order[r.session_id],
        )
        rows.append(
            GoalStatus(
                goal, history[-1] if history else None, history[-2] if len(history) > 1 else None
            )
        )
    return rows


def _upcoming_reviews(
    agreement: Agreement | None, today: dt.date
) -> tuple[tuple[str, dt.date], ...]:
    """The mid-point and closing sessions due within REVIEW_HORIZON_DAYS."""
    reviews: list[tuple[str, dt.date]] = []
    if agreement:
        for label, when in (("mid-point", agreement.midpoint), ("closing", agreement.closing)):
            if when and today <= when <= today + dt.timedelta(days=REVIEW_HORIZON_DAYS):
                reviews.append((label, when))
    return tuple(reviews)
