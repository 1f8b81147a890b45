"""Plain records the repositories return. Frozen: views never mutate what they display."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STAGES = ("new", "struggling", "capable")
STAGE_LABELS = {"new": "New in the role", "struggling": "Struggling", "capable": "Capable of more"}
STATUSES = ("active", "paused", "closed")
SESSION_KINDS = ("first", "regular", "midpoint", "closing")
SESSION_KIND_LABELS = {
    "first": "First session",
    "regular": "Regular session",
    "midpoint": "Mid-point review",
    "closing": "Closing session",
}
NOTE_KINDS = ("agenda", "notes", "summary", "reflection")
OWNERS = ("mentee", "mentor")


@dataclass(frozen=True)
class Mentee:
    id: int
    display_name: str
    role: str = ""
    organisation: str = ""
    stage: str | None = None
    start_date: dt.date | None = None
    status: str = "active"
    archived: bool = False


@dataclass(frozen=True)
class StageChange:
    stage: str
    changed_on: dt.date


@dataclass(frozen=True)
class Goal:
    id: int
    position: int
    text: str
    success_indicator: str = ""


@dataclass(frozen=True)
class Agreement:
    mentee_id: int
    cadence_weeks: int = 4
    term_start: dt.date | None = None
    midpoint: dt.date | None = None
    closing: dt.date | None = None
    confidentiality: str = ""
    exceptions: str = ""
    reporting: str = ""
    conflict_of_interest: str = ""
    feedback: str = ""
    exit_clause: str = ""
    contact: str = ""
    agreed_on: dt.date | None = None
    goals: tuple[Goal, ...] = ()


@dataclass(frozen=True)
class Session:
    id: int
    mentee_id: int
    starts_at: dt.datetime
    duration_min: int = 60
    kind: str = "regular"
    talk_share: int | None = None
    advised_first: bool | None = None
    themes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Commitment:
    id: int
    mentee_id: int
    session_id: int | None
    text: str
    owner: str = "mentee"
    due_date: dt.date | None = None
    done_on: dt.date | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class GoalRating:
    session_id: int
    goal_id: int
    rating: int
    comment: str = ""


@dataclass(frozen=True)
class SearchHit:
    """One search result; `snippet` marks matches with \\x02 ... \\x03 (escaped by the view)."""

    source: str  # background | agenda | notes | summary | reflection | commitment
    mentee_id: int
    mentee_name: str
    session_id: int | None
    when: str
    snippet: str
    row_id: int = 0


@dataclass(frozen=True)
class SessionRecord:
    """A session with everything the editor shows, loaded in one go."""

    session: Session
    notes: dict[str, str] = field(default_factory=dict)
    commitments: tuple[Commitment, ...] = ()
    ratings: tuple[GoalRating, ...] = ()


@dataclass(frozen=True)
class ConflictCopy:
    """A text that lost when the same thing was edited on two devices (sync), kept until the
    mentor decides. `current` is the text in the row today, or None if the row is gone."""

    id: int
    table: str
    field: str
    text: str
    current: str | None
    mentee_id: int | None
    session_id: int | None
    kind: str  # the note kind, "commitment", "goal" or "agreement"
