"""The portfolio: active mentees by their most urgent item, and every item by urgency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from mentorpad.models.store import Store
from mentorpad.models.vault import Vault
from mentorpad.review.attention import AttentionItem, attention_items
from mentorpad.review.common import DEFAULT_REVIEW_WINDOW_DAYS
from mentorpad.review.facts import (
    MenteeFacts,
    days_without_session,
    is_quiet,
    load_facts,
    next_session_due,
)


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


def load_portfolio(
    source: Store | Vault,
    today: dt.date,
    *,
    review_window_days: int = DEFAULT_REVIEW_WINDOW_DAYS,
) -> Portfolio:
    return portfolio(load_facts(source, today), today, review_window_days=review_window_days)
