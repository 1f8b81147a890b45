"""The lines of "This week": what needs the mentor's attention about one mentee."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentorpad.review.common import DEFAULT_REVIEW_WINDOW_DAYS, WEEK_DAYS, _plural, human_date
from mentorpad.review.facts import MenteeFacts, is_quiet, next_session_due

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
    items = [
        *_commitment_items(f, today),
        *_session_items(f, today),
        *_review_items(f, today, review_window_days),
        *_agreement_items(f, today),
    ]
    items.sort(key=AttentionItem.sort_key)
    return items


def _item(
    f: MenteeFacts,
    today: dt.date,
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
) -> AttentionItem:
    """An item about `f`; its tier follows from `when` (a missing agreement has no date)."""
    return AttentionItem(
        kind=kind,
        mentee_id=f.mentee_id,
        mentee_name=f.name,
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


def _commitment_items(f: MenteeFacts, today: dt.date) -> list[AttentionItem]:
    if not f.overdue_commitments or f.oldest_overdue_due is None:
        return []
    name, n, oldest = f.name, f.overdue_commitments, f.oldest_overdue_due
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
    item = _item(
        f,
        today,
        "commitments_overdue",
        oldest,
        text,
        days=(today - oldest).days,
        count=n,
        mentor_count=f.overdue_mentor_commitments,
        detail=f.oldest_overdue_text,
    )
    return [item]


def _session_items(f: MenteeFacts, today: dt.date) -> list[AttentionItem]:
    """At most one item about the next session, and none once one is planned."""
    due, planned = next_session_due(f)
    if planned:
        return []
    name = f.name
    if is_quiet(f.last_session, f.anchor, f.cadence_weeks, today):
        return [_quiet_item(f, today, due)]
    if f.last_session is None:
        return [_first_session_item(f, today, due)]
    if due is not None and due < today:
        days = (today - due).days
        sentence = (
            f"{name}: a session was due on {human_date(due)} ({_ago(days)}); none is planned."
        )
        return [_item(f, today, "session_overdue", due, sentence, days=days)]
    if due is not None and (due - today).days < WEEK_DAYS:
        days = (due - today).days
        when_text = "today" if days == 0 else f"on {human_date(due)}"
        sentence = f"{name}: a session is due {when_text}; none is planned yet."
        return [_item(f, today, "session_due", due, sentence, days=days)]
    return []


def _quiet_item(f: MenteeFacts, today: dt.date, due: dt.date | None) -> AttentionItem:
    name = f.name
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
        text = f"{name}: no session yet, {weeks} weeks after the start on {human_date(since)}."
    return _item(
        f,
        today,
        "quiet",
        due,
        text,
        days=days,
        since=since,
        had_sessions=f.last_session is not None,
    )


def _first_session_item(f: MenteeFacts, today: dt.date, due: dt.date | None) -> AttentionItem:
    name = f.name
    when = due or today
    text = f"{name}: plan the first session."
    if due is not None and due != today:
        verb = "starts" if due > today else "started"
        text = f"{name}: plan the first session; the mentoring {verb} on {human_date(due)}."
    return _item(
        f, today, "first_session", when, text, days=abs((when - today).days), had_sessions=False
    )


def _review_items(f: MenteeFacts, today: dt.date, review_window_days: int) -> list[AttentionItem]:
    items: list[AttentionItem] = []
    for kind, day, label in (
        ("midpoint_review", f.midpoint, "mid-point review"),
        ("closing_review", f.closing, "closing session"),
    ):
        if day is not None and 0 <= (day - today).days <= review_window_days:
            days = (day - today).days
            sentence = f"{f.name}: {label} on {human_date(day)} ({_in_days(days)})."
            items.append(_item(f, today, kind, day, sentence, days=days))
    return items


def _agreement_items(f: MenteeFacts, today: dt.date) -> list[AttentionItem]:
    if f.has_agreement:
        return []
    sentence = f"{f.name}: no agreement yet; agree goals, cadence and confidentiality."
    return [_item(f, today, "no_agreement", None, sentence)]
