"""Review over time: development themes, goal ratings, commitments, quiet relationships, the
portfolio ("what needs attention this week") and the mentor's own practice.

Qt-free, shared by the GUI, the reports and the CLI. The core is pure functions on plain data
(entities or small records); thin `load_*` functions fetch that data with a few aggregate
queries (mentorpad.models.review_queries). Every function that depends on the date takes
`today` explicitly: nothing here reads the clock.

"Held" means a session on or before `today`; a later one is planned.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

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
from mentorpad.models.vault import Vault

DEFAULT_CADENCE_WEEKS = 4
QUIET_FACTOR = 1.5  # quiet after 1.5 x the agreed cadence without a session
DEFAULT_REVIEW_WINDOW_DAYS = 14
WEEK_DAYS = 7

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# -- small helpers --------------------------------------------------------------------------


def human_date(day: dt.date) -> str:
    """'3 May 2025': unambiguous in every country, independent of the process locale."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def add_months(month: str, count: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_range(first: str, last: str) -> list[str]:
    """Every month from first to last inclusive, gaps filled ("2024-11" .. "2025-02")."""
    months: list[str] = []
    current = first
    while current <= last:
        months.append(current)
        current = add_months(current, 1)
    return months


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


# -- themes by month --------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeMatrix:
    """Counts of sessions per playbook entry and calendar month, for the heat map."""

    themes: tuple[str, ...] = ()  # entry ids, most frequent first
    months: tuple[str, ...] = ()  # "YYYY-MM", every month from the first to the last
    counts: Mapping[tuple[str, str], int] = field(default_factory=dict)

    def count(self, theme: str, month: str) -> int:
        return self.counts.get((theme, month), 0)

    def total(self, theme: str) -> int:
        return sum(n for (t, _), n in self.counts.items() if t == theme)

    @property
    def max_count(self) -> int:
        return max(self.counts.values(), default=0)

    @property
    def is_empty(self) -> bool:
        return not self.counts

    def rows(self) -> list[list[int]]:
        """themes x months, zero-filled."""
        return [[self.counts.get((t, m), 0) for m in self.months] for t in self.themes]


def theme_matrix(
    counts: Mapping[tuple[str, str], int] | Iterable[tuple[str, str, int]],
    *,
    through: str | None = None,
) -> ThemeMatrix:
    """Build the matrix from (entry id, month) -> count; `through` extends the months to
    that month (today's), so a quiet recent stretch shows as empty columns."""
    items = counts.items() if isinstance(counts, Mapping) else ((k, n) for *k, n in counts)
    merged: Counter[tuple[str, str]] = Counter()
    for (theme, month), n in items:
        if n:
            merged[(theme, month)] += n
    if not merged:
        return ThemeMatrix()
    totals: Counter[str] = Counter()
    for (theme, _), n in merged.items():
        totals[theme] += n
    months = [m for _, m in merged]
    last = max(max(months), through) if through else max(months)
    themes = sorted(totals, key=lambda t: (-totals[t], t))
    return ThemeMatrix(tuple(themes), tuple(month_range(min(months), last)), dict(merged))


def themes_by_month(sessions: Iterable[Session], today: dt.date) -> ThemeMatrix:
    """Themes of held sessions, counted per month, months running through today's."""
    counts: Counter[tuple[str, str]] = Counter()
    for s in sessions:
        day = s.starts_at.date()
        if day > today:
            continue
        for theme in s.themes:
            counts[(theme, month_key(day))] += 1
    return theme_matrix(counts, through=month_key(today))


# -- goal ratings over time -------------------------------------------------------------------


@dataclass(frozen=True)
class RatingPoint:
    day: dt.date
    rating: int
    session_id: int


@dataclass(frozen=True)
class GoalSeries:
    goal_id: int
    position: int
    text: str
    points: tuple[RatingPoint, ...] = ()

    @property
    def first(self) -> int | None:
        return self.points[0].rating if self.points else None

    @property
    def latest(self) -> int | None:
        return self.points[-1].rating if self.points else None


def rating_series(
    goals: Sequence[Goal],
    ratings: Iterable[GoalRating],
    session_days: Mapping[int, dt.date],
) -> tuple[GoalSeries, ...]:
    """One series per current goal, points by session date; ratings of sessions or goals
    that no longer exist are dropped."""
    by_goal: dict[int, list[RatingPoint]] = {g.id: [] for g in goals}
    for r in ratings:
        day = session_days.get(r.session_id)
        if day is not None and r.goal_id in by_goal:
            by_goal[r.goal_id].append(RatingPoint(day, r.rating, r.session_id))
    return tuple(
        GoalSeries(
            g.id,
            g.position,
            g.text,
            tuple(sorted(by_goal[g.id], key=lambda p: (p.day, p.session_id))),
        )
        for g in sorted(goals, key=lambda g: g.position)
    )


# -- commitments kept vs due ----------------------------------------------------------------


@dataclass(frozen=True)
class CommitmentMonth:
    month: str  # the month the commitments fell due
    due: int = 0
    kept: int = 0
    kept_on_time: int = 0


@dataclass(frozen=True)
class CommitmentStats:
    """`due`: the due date has passed. Of those, `kept` were done at all, `kept_on_time` by
    the due date, `overdue` are still open."""

    total: int = 0
    due: int = 0
    kept: int = 0
    kept_on_time: int = 0
    overdue: int = 0
    open_not_due: int = 0  # open, due later or without a due date
    done_not_due: int = 0  # done before the due date came, or without one
    by_month: tuple[CommitmentMonth, ...] = ()

    @property
    def kept_share(self) -> float | None:
        return self.kept / self.due if self.due else None

    def sentence(self) -> str:
        if not self.total:
            return "No commitments yet."
        if not self.due:
            return f"{_plural(self.total, 'commitment', 'commitments')}, none due yet."
        text = (
            f"{self.kept} of {self.due} due kept ({self.kept_on_time} on time)"
            if self.kept
            else f"None of {self.due} due kept yet"
        )
        if self.overdue:
            text += f", {self.overdue} overdue"
        return text + "."


def commitment_stats(commitments: Iterable[Commitment], today: dt.date) -> CommitmentStats:
    total = due = kept = on_time = overdue = open_not_due = done_not_due = 0
    months: dict[str, list[int]] = {}
    for c in commitments:
        total += 1
        if c.due_date is None or c.due_date >= today:
            if c.done_on is None:
                open_not_due += 1
            else:
                done_not_due += 1
            continue
        due += 1
        row = months.setdefault(month_key(c.due_date), [0, 0, 0])
        row[0] += 1
        if c.done_on is None:
            overdue += 1
            continue
        kept += 1
        row[1] += 1
        if c.done_on <= c.due_date:
            on_time += 1
            row[2] += 1
    by_month: tuple[CommitmentMonth, ...] = ()
    if months:
        by_month = tuple(
            CommitmentMonth(m, *months.get(m, (0, 0, 0)))
            for m in month_range(min(months), max(months))
        )
    return CommitmentStats(total, due, kept, on_time, overdue, open_not_due, done_not_due, by_month)


# -- quiet relationships and the portfolio ----------------------------------------------------


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


ATTENTION_KINDS = (
    "commitments_overdue",
    "quiet",
    "session_overdue",
    "first_session",
    "session_due",
    "midpoint_review",
    "closing_review",
    "no_agreement",
)
_KIND_ORDER = {kind: index for index, kind in enumerate(ATTENTION_KINDS)}


@dataclass(frozen=True)
class AttentionItem:
    """One line of "This week". The structured fields let the UI phrase it in the user's
    language; `sentence` is the English phrasing (CLI, reports, logs)."""

    kind: str
    mentee_id: int
    mentee_name: str
    when: dt.date | None  # the date it became (or becomes) due
    tier: int  # 0 overdue, 1 this week, 2 later, 3 no date
    days: int = 0  # days overdue, quiet, or until it falls due
    count: int = 0  # commitments_overdue: how many
    mentor_count: int = 0  # commitments_overdue: how many are the mentor's own
    cadence_weeks: int = 0
    since: dt.date | None = None  # quiet: last session or start
    had_sessions: bool = True
    detail: str = ""  # commitments_overdue: the oldest one's text
    sentence: str = ""

    def sort_key(self) -> tuple[int, dt.date, int, str, int]:
        return (
            self.tier,
            self.when or dt.date.max,
            _KIND_ORDER[self.kind],
            self.mentee_name.casefold(),
            self.mentee_id,
        )


def _tier(when: dt.date | None, today: dt.date) -> int:
    if when is None:
        return 3
    if when < today:
        return 0
    if (when - today).days < WEEK_DAYS:
        return 1
    return 2


def _in_days(days: int) -> str:
    if days == 0:
        return "today"
    return "tomorrow" if days == 1 else f"in {days} days"


def _ago(days: int) -> str:
    return "yesterday" if days == 1 else f"{days} days ago"


def attention_items(
    f: MenteeFacts, today: dt.date, *, review_window_days: int = DEFAULT_REVIEW_WINDOW_DAYS
) -> list[AttentionItem]:
    """What needs the mentor's attention about one active mentee, most urgent first."""
    items: list[AttentionItem] = []
    name = f.name

    def add(
        kind: str,
        when: dt.date | None,
        sentence: str,
        *,
        days: int = 0,
        count: int = 0,
        mentor_count: int = 0,
        since: dt.date | None = None,
        had_sessions: bool = True,
        detail: str = "",
    ) -> None:
        items.append(
            AttentionItem(
                kind=kind,
                mentee_id=f.mentee_id,
                mentee_name=name,
                when=when,
                tier=3 if kind == "no_agreement" else _tier(when, today),
                days=days,
                count=count,
                mentor_count=mentor_count,
                cadence_weeks=f.cadence_weeks,
                since=since,
                had_sessions=had_sessions,
                detail=detail,
                sentence=sentence,
            )
        )

    if f.overdue_commitments and f.oldest_overdue_due is not None:
        n, oldest = f.overdue_commitments, f.oldest_overdue_due
        if n == 1:
            text = f"{name}: “{f.oldest_overdue_text}” was due on {human_date(oldest)}."
        else:
            text = (
                f"{name}: {n} commitments are overdue, the oldest since {human_date(oldest)} "
                f"(“{f.oldest_overdue_text}”)."
            )
        if f.overdue_mentor_commitments:
            mine = f.overdue_mentor_commitments
            text += " " + ("It is yours." if n == 1 else f"{mine} of them are yours.")
        add(
            "commitments_overdue",
            oldest,
            text,
            days=(today - oldest).days,
            count=n,
            mentor_count=f.overdue_mentor_commitments,
            detail=f.oldest_overdue_text,
        )

    due, planned = next_session_due(f)
    quiet = is_quiet(f.last_session, f.anchor, f.cadence_weeks, today)
    if not planned:
        if quiet:
            since = f.last_session or f.anchor
            assert since is not None
            days = (today - since).days
            weeks = days // WEEK_DAYS
            every = _plural(f.cadence_weeks, "week", "weeks")
            if f.last_session is not None:
                text = (
                    f"{name}: no session for {weeks} weeks (you meet every {every}); "
                    "the relationship has gone quiet."
                )
            else:
                text = (
                    f"{name}: no session yet, {weeks} weeks after the start on {human_date(since)}."
                )
            add(
                "quiet",
                due,
                text,
                days=days,
                since=since,
                had_sessions=f.last_session is not None,
            )
        elif f.last_session is None:
            when = due or today
            text = f"{name}: plan the first session."
            if due is not None and due != today:
                verb = "starts" if due > today else "started"
                text = f"{name}: plan the first session; the mentoring {verb} on {human_date(due)}."
            add("first_session", when, text, days=abs((when - today).days), had_sessions=False)
        elif due is not None and due < today:
            days = (today - due).days
            add(
                "session_overdue",
                due,
                f"{name}: a session was due on {human_date(due)} ({_ago(days)}); none is planned.",
                days=days,
            )
        elif due is not None and (due - today).days < WEEK_DAYS:
            days = (due - today).days
            when_text = "today" if days == 0 else f"on {human_date(due)}"
            add(
                "session_due",
                due,
                f"{name}: a session is due {when_text}; none is planned yet.",
                days=days,
            )

    for kind, day, label in (
        ("midpoint_review", f.midpoint, "mid-point review"),
        ("closing_review", f.closing, "closing session"),
    ):
        if day is not None and 0 <= (day - today).days <= review_window_days:
            days = (day - today).days
            add(
                kind,
                day,
                f"{name}: {label} on {human_date(day)} ({_in_days(days)}).",
                days=days,
            )

    if not f.has_agreement:
        add(
            "no_agreement",
            None,
            f"{name}: no agreement yet; agree goals, cadence and confidentiality.",
        )
    items.sort(key=AttentionItem.sort_key)
    return items


@dataclass(frozen=True)
class PortfolioRow:
    mentee_id: int
    name: str
    stage: str | None
    last_session: dt.date | None
    next_due: dt.date | None
    next_is_planned: bool
    overdue_commitments: int
    quiet: bool
    days_since_last: int | None
    cadence_weeks: int
    upcoming_review: tuple[str, dt.date] | None  # ("midpoint" | "closing", date)
    items: tuple[AttentionItem, ...] = ()

    @property
    def status(self) -> str:
        """The most urgent attention kind, else "quiet" or "on_track"."""
        if self.items:
            return self.items[0].kind
        return "quiet" if self.quiet else "on_track"


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[PortfolioRow, ...] = ()  # active mentees, most urgent first
    items: tuple[AttentionItem, ...] = ()  # every attention item, most urgent first
    mentees_total: int = 0  # all mentees not archived, whatever their status

    @property
    def is_new_vault(self) -> bool:
        return self.mentees_total == 0


def portfolio_row(
    f: MenteeFacts, today: dt.date, *, review_window_days: int = DEFAULT_REVIEW_WINDOW_DAYS
) -> PortfolioRow:
    due, planned = next_session_due(f)
    review: tuple[str, dt.date] | None = None
    for kind, day in (("midpoint", f.midpoint), ("closing", f.closing)):
        if day is not None and 0 <= (day - today).days <= review_window_days:
            review = (kind, day)
            break
    return PortfolioRow(
        mentee_id=f.mentee_id,
        name=f.name,
        stage=f.stage,
        last_session=f.last_session,
        next_due=due,
        next_is_planned=planned,
        overdue_commitments=f.overdue_commitments,
        quiet=is_quiet(f.last_session, f.anchor, f.cadence_weeks, today),
        days_since_last=days_without_session(f.last_session, f.anchor, today),
        cadence_weeks=f.cadence_weeks,
        upcoming_review=review,
        items=tuple(attention_items(f, today, review_window_days=review_window_days)),
    )


def portfolio(
    facts: Iterable[MenteeFacts],
    today: dt.date,
    *,
    review_window_days: int = DEFAULT_REVIEW_WINDOW_DAYS,
) -> Portfolio:
    """One glance: active mentees ordered by their most urgent item (then by name), and all
    items ordered by urgency: overdue first (oldest first), then this week, then later."""
    all_facts = [f for f in facts if not f.archived]
    rows = [
        portfolio_row(f, today, review_window_days=review_window_days)
        for f in all_facts
        if f.is_active
    ]
    no_items = (9, dt.date.max, 99, "", 0)
    rows.sort(
        key=lambda r: (
            r.items[0].sort_key() if r.items else no_items,
            r.name.casefold(),
            r.mentee_id,
        )
    )
    items = sorted((i for r in rows for i in r.items), key=AttentionItem.sort_key)
    return Portfolio(tuple(rows), tuple(items), len(all_facts))


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


def load_portfolio(
    source: Store | Vault,
    today: dt.date,
    *,
    review_window_days: int = DEFAULT_REVIEW_WINDOW_DAYS,
) -> Portfolio:
    return portfolio(load_facts(source, today), today, review_window_days=review_window_days)


# -- the mentor's own view --------------------------------------------------------------------


@dataclass(frozen=True)
class MonthStats:
    month: str
    sessions: int = 0
    talk_share_sum: int = 0
    talk_share_count: int = 0
    advised_first_yes: int = 0
    advised_first_count: int = 0

    @property
    def talk_share_avg(self) -> float | None:
        """The mentor's average share of the talking, in percent."""
        return self.talk_share_sum / self.talk_share_count if self.talk_share_count else None

    @property
    def advised_first_pct(self) -> float | None:
        """Percent of sessions (with a reflection) where the mentor advised before asking."""
        if not self.advised_first_count:
            return None
        return 100 * self.advised_first_yes / self.advised_first_count


@dataclass(frozen=True)
class ThemeCount:
    entry_id: str
    sessions: int
    mentees: int


@dataclass(frozen=True)
class MentorView:
    months: tuple[MonthStats, ...] = ()  # continuous, oldest first, ending with today's
    themes: tuple[ThemeCount, ...] = ()  # across all mentees, most frequent first

    @property
    def sessions_total(self) -> int:
        return sum(m.sessions for m in self.months)

    @property
    def talk_share_avg(self) -> float | None:
        n = sum(m.talk_share_count for m in self.months)
        return sum(m.talk_share_sum for m in self.months) / n if n else None

    @property
    def advised_first_pct(self) -> float | None:
        n = sum(m.advised_first_count for m in self.months)
        return 100 * sum(m.advised_first_yes for m in self.months) / n if n else None

    @property
    def is_empty(self) -> bool:
        return not self.sessions_total and not self.themes


def month_stats(sessions: Iterable[Session], today: dt.date) -> list[MonthStats]:
    """Held sessions per month, from entities (the SQL in load_mentor_view does the same)."""
    acc: dict[str, list[int]] = {}
    for s in sessions:
        day = s.starts_at.date()
        if day > today:
            continue
        row = acc.setdefault(month_key(day), [0, 0, 0, 0, 0])
        row[0] += 1
        if s.talk_share is not None:
            row[1] += s.talk_share
            row[2] += 1
        if s.advised_first is not None:
            row[3] += int(s.advised_first)
            row[4] += 1
    return [MonthStats(m, *acc[m]) for m in sorted(acc)]


def theme_counts(sessions: Iterable[Session], today: dt.date) -> list[ThemeCount]:
    """Themes of held sessions across mentees: sessions and distinct mentees per entry."""
    sessions_by: Counter[str] = Counter()
    mentees_by: dict[str, set[int]] = {}
    for s in sessions:
        if s.starts_at.date() > today:
            continue
        for theme in s.themes:
            sessions_by[theme] += 1
            mentees_by.setdefault(theme, set()).add(s.mentee_id)
    return [ThemeCount(t, n, len(mentees_by[t])) for t, n in sessions_by.items()]


def mentor_view(
    months: Iterable[MonthStats],
    themes: Iterable[ThemeCount],
    today: dt.date,
    *,
    window_months: int | None = 12,
) -> MentorView:
    """The last `window_months` months through today's (None: from the first session),
    empty months included so trends are not compressed."""
    by_month = {m.month: m for m in months}
    last = month_key(today)
    if window_months is not None:
        first = add_months(last, -(window_months - 1))
    elif by_month:
        first = min(by_month)
    else:
        first = last
    filled = tuple(by_month.get(m, MonthStats(m)) for m in month_range(first, last))
    ordered = tuple(sorted(themes, key=lambda t: (-t.sessions, -t.mentees, t.entry_id)))
    return MentorView(filled, ordered)


def load_mentor_view(
    source: Store | Vault, today: dt.date, *, window_months: int | None = 12
) -> MentorView:
    since = None
    if window_months is not None:
        since = month_start(add_months(month_key(today), -(window_months - 1)))
    months = [MonthStats(*row) for row in q.month_rows(source, today, since)]
    themes = [ThemeCount(*row) for row in q.theme_totals(source, today)]
    return mentor_view(months, themes, today, window_months=window_months)


# -- one mentee's development -----------------------------------------------------------------

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
