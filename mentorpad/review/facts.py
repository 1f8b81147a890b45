"""What the portfolio knows about each mentee, as plain data, and the rules of a quiet
relationship and of when the next session is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from mentorpad.models import review_queries as q
from mentorpad.models.entities import Agreement, Commitment, Mentee, Session
from mentorpad.models.store import Store
from mentorpad.models.vault import Vault
from mentorpad.review.common import DEFAULT_CADENCE_WEEKS, QUIET_FACTOR, WEEK_DAYS


@dataclass(frozen=True)
class MenteeFacts:
    """What the portfolio needs about one mentee, as plain data (built by load_portfolio
    from three aggregate queries, or by mentee_facts() from entities)."""

    mentee_id: int
    name: str
    stage: str | None = None
    status: str = "active"
    archived: bool = False
    start_date: dt.date | None = None
    has_agreement: bool = False
    cadence_weeks: int = DEFAULT_CADENCE_WEEKS  # the agreement's current cadence
    term_start: dt.date | None = None
    midpoint: dt.date | None = None
    closing: dt.date | None = None
    last_session: dt.date | None = None  # last held (on or before today)
    next_planned: dt.date | None = None  # first after today
    sessions_held: int = 0
    overdue_commitments: int = 0
    overdue_mentor_commitments: int = 0
    oldest_overdue_due: dt.date | None = None
    oldest_overdue_text: str = ""

    @property
    def is_active(self) -> bool:
        return self.status == "active" and not self.archived

    @property
    def anchor(self) -> dt.date | None:
        """Where a relationship without sessions is measured from."""
        return self.term_start or self.start_date


def mentee_facts(
    mentee: Mentee,
    agreement: Agreement | None,
    sessions: Iterable[Session],
    commitments: Iterable[Commitment],
    today: dt.date,
) -> MenteeFacts:
    """The same facts load_portfolio reads with SQL, from entities (tests, small callers)."""
    held = [s.starts_at.date() for s in sessions]
    past = [d for d in held if d <= today]
    future = [d for d in held if d > today]
    overdue = sorted(
        (c for c in commitments if c.is_overdue(today)),
        key=lambda c: (c.due_date or today, c.id),
    )
    return MenteeFacts(
        mentee_id=mentee.id,
        name=mentee.display_name,
        stage=mentee.stage,
        status=mentee.status,
        archived=mentee.archived,
        start_date=mentee.start_date,
        has_agreement=agreement is not None,
        cadence_weeks=agreement.cadence_weeks if agreement else DEFAULT_CADENCE_WEEKS,
        term_start=agreement.term_start if agreement else None,
        midpoint=agreement.midpoint if agreement else None,
        closing=agreement.closing if agreement else None,
        last_session=max(past, default=None),
        next_planned=min(future, default=None),
        sessions_held=len(past),
        overdue_commitments=len(overdue),
        overdue_mentor_commitments=sum(c.owner == "mentor" for c in overdue),
        oldest_overdue_due=overdue[0].due_date if overdue else None,
        oldest_overdue_text=overdue[0].text if overdue else "",
    )


def quiet_threshold_days(cadence_weeks: int) -> float:
    return QUIET_FACTOR * WEEK_DAYS * cadence_weeks


def days_without_session(
    last_session: dt.date | None, anchor: dt.date | None, today: dt.date
) -> int | None:
    """Days since the last held session, or since the start when there was none."""
    since = last_session or anchor
    return None if since is None else (today - since).days


def is_quiet(
    last_session: dt.date | None,
    anchor: dt.date | None,
    cadence_weeks: int,
    today: dt.date,
) -> bool:
    """Quiet: more than 1.5 x the cadence without a session (exactly 1.5 x is not yet)."""
    days = days_without_session(last_session, anchor, today)
    return days is not None and days > quiet_threshold_days(cadence_weeks)


@dataclass(frozen=True)
class QuietRelationship:
    mentee_id: int
    name: str
    since: dt.date  # last session, or the start when there was none
    days: int
    cadence_weeks: int
    had_sessions: bool


def quiet_relationships(facts: Iterable[MenteeFacts], today: dt.date) -> list[QuietRelationship]:
    """Active mentees gone quiet, longest silence first."""
    found = []
    for f in facts:
        if not f.is_active or not is_quiet(f.last_session, f.anchor, f.cadence_weeks, today):
            continue
        since = f.last_session or f.anchor
        assert since is not None
        found.append(
            QuietRelationship(
                f.mentee_id,
                f.name,
                since,
                (today - since).days,
                f.cadence_weeks,
                f.last_session is not None,
            )
        )
    found.sort(key=lambda r: (-r.days, r.name.casefold(), r.mentee_id))
    return found


def next_session_due(f: MenteeFacts) -> tuple[dt.date | None, bool]:
    """(date, planned): the next planned session if there is one, else the last session plus
    the cadence, else the start of the relationship. None when nothing gives a date."""
    if f.next_planned is not None:
        return f.next_planned, True
    if f.last_session is not None:
        return f.last_session + dt.timedelta(weeks=f.cadence_weeks), False
    return f.anchor, False


def load_facts(source: Store | Vault, today: dt.date) -> list[MenteeFacts]:
    """Three queries for every mentee not archived."""
    bounds = q.session_bounds(source, today)
    overdue = q.overdue_commitments(source, today)
    facts = []
    for m in q.mentee_rows(source):
        b = bounds.get(m.mentee_id)
        o = overdue.get(m.mentee_id)
        facts.append(
            MenteeFacts(
                mentee_id=m.mentee_id,
                name=m.name,
                stage=m.stage,
                status=m.status,
                start_date=m.start_date,
                has_agreement=m.has_agreement,
                cadence_weeks=m.cadence_weeks,
                term_start=m.term_start,
                midpoint=m.midpoint,
                closing=m.closing,
                last_session=b.last_held if b else None,
                next_planned=b.next_planned if b else None,
                sessions_held=b.held if b else 0,
                overdue_commitments=o.overdue if o else 0,
                overdue_mentor_commitments=o.mentor_count if o else 0,
                oldest_overdue_due=o.oldest_due if o else None,
                oldest_overdue_text=o.oldest_text if o else "",
            )
        )
    return facts
