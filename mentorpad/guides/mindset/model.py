"""The self-assessment's fixed vocabulary, its cut-offs and its records: the instrument as
loaded, a scored result, a suggestion, a blind spot."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Final, Literal

VARIANTS: Final = ("current", "baseline", "mirror")
"""current: the last three months; baseline: intentions before the first mentee;
mirror: the mentee rates their mentor (same item ids, so results can be compared)."""

BANDS: Final = ("priority", "developing", "solid", "strength")
DIMENSION_IDS: Final = tuple(f"D{n}" for n in range(1, 9))
ITEMS_PER_DIMENSION: Final = 4
MIN_ANSWERED: Final = 3
"""A mean over fewer than three of four items says too little to show."""

SCALE_MIN: Final = 1
SCALE_MAX: Final = 5

# Heuristic cut-offs from the content brief (section 4); not research norms.
DEVELOPING_FROM: Final = Decimal("2.5")
SOLID_FROM: Final = Decimal("3.5")
STRENGTH_FROM: Final = Decimal("4.25")
ALL_HIGH_FROM: Final = Decimal("4.5")
"""Every dimension this high: self-ratings inflate, so suggest asking the mentee's view."""
PROGRAMME_LEAD_DIMENSIONS: Final = ("D2", "D3")
"""Low time commitment or confidentiality puts a mentee at risk: talk to the programme lead."""
BLIND_SPOT_THRESHOLD: Final = 1.0

FAILURE_REASONS: Final = frozenset(
    {"no_goals", "no_process", "miscasting", "no_time", "self_focus", "confidentiality"}
)
APP_SETTINGS: Final = MappingProxyType(
    {"cadence_reminders": "D2", "grow_prompts": "D4", "confidentiality_checklist": "D3"}
)
"""Each app setting helps with exactly one dimension, so a suggestion may only offer its own."""

Direction = Literal["self_higher", "self_lower"]


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Basis:
    """A framework a dimension draws on, credited to its owner (ideas only, no items)."""

    name: str
    credit: str
    refs: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """One statement, worded for the variant the instrument was loaded for."""

    id: str
    dimension_id: str
    text: str
    reverse: bool


@dataclass(frozen=True)
class Dimension:
    """One of the eight dimensions, tied to the failure reason it answers."""

    id: str
    name: str
    description: str
    failure_reason: str
    failure_note: str
    basis: tuple[Basis, ...]
    refs: tuple[str, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Band:
    """How to present a band, with what it means (and so, implicitly, what it does not)."""

    id: str
    label: str
    range: str
    meaning: str


@dataclass(frozen=True)
class Instrument:
    """The questionnaire in one variant and locale, ready to show and to score."""

    variant: str
    locale: str
    title: str
    about: str
    credit: str
    refs: tuple[str, ...]
    intro: str
    prompt: str
    scale_labels: tuple[str, ...]
    not_applicable_label: str
    dimensions: tuple[Dimension, ...]
    bands: tuple[Band, ...]
    bands_note: str
    unscored_note: str

    @property
    def items(self) -> tuple[Item, ...]:
        """All items in display order (dimension by dimension)."""
        return tuple(item for dim in self.dimensions for item in dim.items)

    def dimension(self, dimension_id: str) -> Dimension:
        """Look a dimension up by id; ValueError for an unknown id."""
        for dim in self.dimensions:
            if dim.id == dimension_id:
                return dim
        raise ValueError(f"unknown dimension id: {dimension_id!r}")


@dataclass(frozen=True)
class Suggestion:
    """What to do about one dimension in one band: read, practise, switch on."""

    dimension_id: str
    band: str
    text: str
    micro_practice: str
    playbook_entry: str
    app_setting: str | None


@dataclass(frozen=True)
class DimensionScore:
    """One dimension's mean (None when too few items were answered, with the reason)."""

    dimension_id: str
    score: float | None
    band: str | None
    answered: int
    not_applicable: int
    missing: int
    reason: str | None

    @property
    def scored(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class MindsetResult:
    """A profile across the eight dimensions plus the advice flags the brief asks for."""

    variant: str
    scores: tuple[DimensionScore, ...]
    strengths: tuple[str, ...]
    priorities: tuple[str, ...]
    ask_mentee_view: bool
    talk_to_programme_lead: bool
    programme_lead_dimensions: tuple[str, ...]

    def score(self, dimension_id: str) -> DimensionScore:
        """The score of one dimension; ValueError for an unknown id."""
        for dim_score in self.scores:
            if dim_score.dimension_id == dimension_id:
                return dim_score
        raise ValueError(f"unknown dimension id: {dimension_id!r}")


@dataclass(frozen=True)
class BlindSpot:
    """A dimension where the mentor's and the mentee's view differ by the threshold or more.

    ``gap`` is self minus mentee: positive when the mentor rates themselves higher
    (``direction == "self_higher"``) than the mentee does.
    """

    dimension_id: str
    self_score: float
    mentee_score: float
    gap: float
    direction: Direction
