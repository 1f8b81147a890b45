"""The SQL behind the review screens (portfolio, development, the mentor's own view).

A few aggregate queries instead of one query per mentee or per session, so Home and the
development view stay well under 100 ms at 10,000 sessions. Qt-free; the use-case module
`mentorpad.review` turns these rows into its plain records.

Dates in the vault are ISO strings ("YYYY-MM-DDTHH:MM" for sessions), so comparing against
an ISO date and cutting with substr() is exact. "Held" means on or before `today`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from mentorpad.models.store import Store
from mentorpad.models.vault import Vault, translate_errors

Source = Store | Vault
_SEP = "\x1f"  # joins theme ids inside one session row; never part of an entry id


def _conn(source: Source) -> Any:
    vault = source.vault if isinstance(source, Store) else source
    return vault.conn


def _after(today: dt.date) -> str:
    """Sessions starting before this string are held (today's included)."""
    return (today + dt.timedelta(days=1)).isoformat()


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


class MenteeRow(NamedTuple):
    mentee_id: int
    name: str
    stage: str | None
    status: str
    start_date: dt.date | None
    has_agreement: bool
    cadence_weeks: int
    term_start: dt.date | None
    midpoint: dt.date | None
    closing: dt.date | None


class SessionBounds(NamedTuple):
    mentee_id: int
    last_held: dt.date | None
    next_planned: dt.date | None
    held: int


class OverdueRow(NamedTuple):
    mentee_id: int
    overdue: int
    mentor_count: int
    oldest_due: dt.date
    oldest_text: str


class MonthRow(NamedTuple):
    month: str
    sessions: int
    talk_share_sum: int
    talk_share_count: int
    advised_first_yes: int
    advised_first_count: int


class ThemeTotalRow(NamedTuple):
    entry_id: str
    sessions: int
    mentees: int


class SessionRow(NamedTuple):
    session_id: int
    starts_at: dt.datetime
    kind: str
    duration_min: int
    talk_share: int | None
    advised_first: bool | None
    themes: tuple[str, ...]


class RatingRow(NamedTuple):
    session_id: int
    goal_id: int
    rating: int
    day: dt.date


def mentee_rows(source: Source) -> list[MenteeRow]:
    """Every mentee not archived, with the agreement's dates and current cadence."""
    with translate_errors("read the mentees"):
        rows = (
            _conn(source)
            .execute(
                "SELECT m.id, m.display_name, m.stage, m.status, m.start_date, "
                "a.mentee_id IS NOT NULL, coalesce(a.cadence_weeks, 4), a.term_start, a.midpoint, "
                "a.closing FROM mentee m LEFT JOIN agreement a ON a.mentee_id = m.id "
                "WHERE m.archived = 0 ORDER BY m.display_name COLLATE NOCASE, m.id"
            )
            .fetchall()
        )
    return [
        MenteeRow(
            mentee_id=r[0],
            name=r[1],
            stage=r[2],
            status=r[3],
            start_date=_date(r[4]),
            has_agreement=bool(r[5]),
            cadence_weeks=int(r[6]),
            term_start=_date(r[7]),
            midpoint=_date(r[8]),
            closing=_date(r[9]),
        )
        for r in rows
    ]


def session_bounds(source: Source, today: dt.date) -> dict[int, SessionBounds]:
    """Per mentee: last held session, next planned one, sessions held. One scan of the
    (mentee_id, starts_at) index."""
    cut = _after(today)
    with translate_errors("read the sessions"):
        rows = (
            _conn(source)
            .execute(
                "SELECT mentee_id, max(CASE WHEN starts_at < ?1 THEN starts_at END), "
                "min(CASE WHEN starts_at >= ?1 THEN starts_at END), sum(starts_at < ?1) "
                "FROM session GROUP BY mentee_id",
                (cut,),
            )
            .fetchall()
        )
    return {r[0]: SessionBounds(r[0], _date(r[1]), _date(r[2]), int(r[3] or 0)) for r in rows}


def overdue_commitments(source: Source, today: dt.date) -> dict[int, OverdueRow]:
    """Per mentee: open commitments whose due date has passed, and the oldest one's text
    (SQLite returns the bare column from the row that holds the min)."""
    with translate_errors("read the commitments"):
        rows = (
            _conn(source)
            .execute(
                "SELECT mentee_id, count(*), sum(owner = 'mentor'), min(due_date), text "
                "FROM commitment WHERE done_on IS NULL AND due_date < ? GROUP BY mentee_id",
                (today.isoformat(),),
            )
            .fetchall()
        )
    return {
        r[0]: OverdueRow(r[0], int(r[1]), int(r[2] or 0), dt.date.fromisoformat(r[3]), r[4])
        for r in rows
    }


def month_rows(source: Source, today: dt.date, since: dt.date | None = None) -> list[MonthRow]:
    """Held sessions per calendar month with talk-share and advised-first sums."""
    params: list[Any] = [_after(today)]
    since_sql = ""
    if since is not None:
        since_sql = "AND starts_at >= ?"
        params.append(since.isoformat())
    with translate_errors("read the sessions"):
        rows = (
            _conn(source)
            .execute(
                "SELECT substr(starts_at, 1, 7) AS month, count(*), coalesce(sum(talk_share), 0), "
                "count(talk_share), coalesce(sum(advised_first), 0), count(advised_first) "
                f"FROM session WHERE starts_at < ? {since_sql} GROUP BY month ORDER BY month",
                params,
            )
            .fetchall()
        )
    return [MonthRow(*r) for r in rows]


def theme_totals(source: Source, today: dt.date) -> list[ThemeTotalRow]:
    """Across all mentees: how many held sessions touched each theme, and for how many
    mentees."""
    with translate_errors("read the themes"):
        rows = (
            _conn(source)
            .execute(
                "SELECT t.entry_id, count(*), count(DISTINCT s.mentee_id) FROM session_theme t "
                "JOIN session s ON s.id = t.session_id WHERE s.starts_at < ? "
                "GROUP BY t.entry_id",
                (_after(today),),
            )
            .fetchall()
        )
    return [ThemeTotalRow(*r) for r in rows]


def mentee_sessions(source: Source, mentee_id: int) -> list[SessionRow]:
    """One mentee's sessions, oldest first, with their themes in the same query."""
    with translate_errors("read the sessions"):
        rows = (
            _conn(source)
            .execute(
                "SELECT s.id, s.starts_at, s.kind, s.duration_min, s.talk_share, s.advised_first, "
                f"(SELECT group_concat(t.entry_id, '{_SEP}') FROM session_theme t "
                "WHERE t.session_id = s.id) FROM session s WHERE s.mentee_id = ? "
                "ORDER BY s.starts_at, s.id",
                (mentee_id,),
            )
            .fetchall()
        )
    return [
        SessionRow(
            session_id=r[0],
            starts_at=dt.datetime.fromisoformat(r[1]),
            kind=r[2],
            duration_min=r[3],
            talk_share=r[4],
            advised_first=None if r[5] is None else bool(r[5]),
            themes=tuple(sorted(r[6].split(_SEP))) if r[6] else (),
        )
        for r in rows
    ]


def mentee_ratings(source: Source, mentee_id: int) -> list[RatingRow]:
    """One mentee's goal ratings with their session's date, oldest first."""
    with translate_errors("read the ratings"):
        rows = (
            _conn(source)
            .execute(
                "SELECT r.session_id, r.goal_id, r.rating, substr(s.starts_at, 1, 10) "
                "FROM goal_rating r JOIN session s ON s.id = r.session_id "
                "WHERE s.mentee_id = ? ORDER BY s.starts_at, s.id, r.goal_id",
                (mentee_id,),
            )
            .fetchall()
        )
    return [RatingRow(r[0], r[1], r[2], dt.date.fromisoformat(r[3])) for r in rows]
