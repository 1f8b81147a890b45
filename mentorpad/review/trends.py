"""One mentee over time: themes by month, goal ratings, commitments kept against due."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from mentorpad.models.entities import Commitment, Goal, GoalRating, Session
from mentorpad.review.common import _plural, month_key, month_range

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
