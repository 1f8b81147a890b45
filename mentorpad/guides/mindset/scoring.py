"""Scoring a filled-in questionnaire, and comparing results over time and against the
mentee's view. Pure functions on the records of mentorpad.guides.mindset.model.

Scores are rounded to two decimals before they are banded or compared (see
:func:`band_for`): the mentor sees two decimals, and the band must match the number shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Final

from mentorpad.guides.mindset.model import (
    ALL_HIGH_FROM,
    BLIND_SPOT_THRESHOLD,
    DEVELOPING_FROM,
    MIN_ANSWERED,
    PROGRAMME_LEAD_DIMENSIONS,
    SCALE_MAX,
    SCALE_MIN,
    SOLID_FROM,
    STRENGTH_FROM,
    BlindSpot,
    Dimension,
    DimensionScore,
    Direction,
    Instrument,
    MindsetResult,
)

_TWO_PLACES: Final = Decimal("0.01")


def _two_decimals(value: float | Decimal | Fraction) -> Decimal:
    """Round half up to two decimals: what the mentor sees is what gets banded.

    Floats go through ``str`` so 2.675 rounds like the 2.675 a person reads, and float
    noise (3.4999999999 from some calculation) cannot push a score across a band edge.
    """
    if isinstance(value, Fraction):
        exact = Decimal(value.numerator) / Decimal(value.denominator)
    elif isinstance(value, Decimal):
        exact = value
    else:
        exact = Decimal(str(value))
    return exact.quantize(_TWO_PLACES, rounding=ROUND_HALF_UP)


def band_for(score: float) -> str:
    """The heuristic band of a dimension score (1..5), after rounding to two decimals.

    Below 2.5 priority; 2.5 <= s < 3.5 developing; 3.5 <= s < 4.25 solid; 4.25 and up
    strength. Rounding first means a mean shown as "3.50" is always solid, never developing.
    """
    if isinstance(score, bool) or not isinstance(score, int | float):
        raise TypeError(f"score must be a number, got {type(score).__name__}")
    rounded = _two_decimals(score)
    if not Decimal(SCALE_MIN) <= rounded <= Decimal(SCALE_MAX):
        raise ValueError(f"score {score} is outside {SCALE_MIN}..{SCALE_MAX}")
    if rounded < DEVELOPING_FROM:
        return "priority"
    if rounded < SOLID_FROM:
        return "developing"
    if rounded < STRENGTH_FROM:
        return "solid"
    return "strength"


def _check_answer(item_id: str, value: object) -> None:
    if value is None:
        return
    # bool is an int subclass; True is not a rating.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"answer to {item_id} must be an int {SCALE_MIN}..{SCALE_MAX} or None")
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise ValueError(f"answer to {item_id} is {value}, outside {SCALE_MIN}..{SCALE_MAX}")


def _score_dimension(dim: Dimension, answers: Mapping[str, int | None]) -> DimensionScore:
    values: list[int] = []
    not_applicable = missing = 0
    for item in dim.items:
        if item.id not in answers:
            missing += 1
            continue
        value = answers[item.id]
        if value is None:
            not_applicable += 1
            continue
        values.append(SCALE_MIN + SCALE_MAX - value if item.reverse else value)
    if len(values) < MIN_ANSWERED:
        reason = (
            f"{len(values)} of {len(dim.items)} items answered "
            f"({not_applicable} not yet applicable, {missing} skipped); "
            f"at least {MIN_ANSWERED} are needed to score this dimension"
        )
        return DimensionScore(dim.id, None, None, len(values), not_applicable, missing, reason)
    mean = _two_decimals(Fraction(sum(values), len(values)))
    score = float(mean)
    return DimensionScore(
        dim.id, score, band_for(score), len(values), not_applicable, missing, None
    )


def score_answers(instrument: Instrument, answers: Mapping[str, int | None]) -> MindsetResult:
    """Score one filled-in questionnaire: a profile, never a single grade.

    ``answers`` maps item ids to 1..5, or None for "not yet applicable"; items left out
    count as skipped. Reverse-keyed items are turned around (6 - x) before averaging.
    Raises ValueError for unknown item ids and for values other than 1..5 or None.
    """
    known = {item.id for item in instrument.items}
    unknown = sorted(str(key) for key in answers if key not in known)
    if unknown:
        raise ValueError(f"unknown item ids: {', '.join(unknown)}")
    for item_id, value in answers.items():
        _check_answer(item_id, value)

    scores = tuple(_score_dimension(dim, answers) for dim in instrument.dimensions)
    scored = {s.dimension_id: Decimal(str(s.score)) for s in scores if s.score is not None}
    bands = {s.dimension_id: s.band for s in scores}
    strengths = tuple(sorted(d for d in scored if bands[d] == "strength"))
    priorities = tuple(sorted(d for d in scored if bands[d] == "priority"))
    # Only a self-rating can prompt "ask your mentee"; a mirror result already is their view.
    ask_mentee_view = (
        instrument.variant != "mirror"
        and len(scored) == len(scores)
        and all(value >= ALL_HIGH_FROM for value in scored.values())
    )
    lead_dims = tuple(
        sorted(
            d
            for d, value in scored.items()
            if d in PROGRAMME_LEAD_DIMENSIONS and value < DEVELOPING_FROM
        )
    )
    return MindsetResult(
        variant=instrument.variant,
        scores=scores,
        strengths=strengths,
        priorities=priorities,
        ask_mentee_view=ask_mentee_view,
        talk_to_programme_lead=bool(lead_dims),
        programme_lead_dimensions=lead_dims,
    )


def _paired_scores(
    a: MindsetResult, b: MindsetResult
) -> Iterable[tuple[str, float | None, float | None]]:
    a_ids = [s.dimension_id for s in a.scores]
    b_ids = [s.dimension_id for s in b.scores]
    if a_ids != b_ids:
        raise ValueError("results cover different dimensions and cannot be compared")
    for sa, sb in zip(a.scores, b.scores, strict=True):
        yield sa.dimension_id, sa.score, sb.score


def compare(a: MindsetResult, b: MindsetResult) -> dict[str, float | None]:
    """Per-dimension change from ``a`` (earlier take) to ``b`` (later take): b - a.

    None where either side is unscored: a change against a missing score would be invented.
    Deltas are rounded to two decimals, like the scores they come from.
    """
    deltas: dict[str, float | None] = {}
    for dim_id, sa, sb in _paired_scores(a, b):
        if sa is None or sb is None:
            deltas[dim_id] = None
        else:
            deltas[dim_id] = float(_two_decimals(Decimal(str(sb)) - Decimal(str(sa))))
    return deltas


def blind_spots(
    self_result: MindsetResult,
    mirror_result: MindsetResult,
    threshold: float = BLIND_SPOT_THRESHOLD,
) -> tuple[BlindSpot, ...]:
    """Dimensions where the mentor's self-view and the mentee's view differ by >= threshold.

    Gaps are computed in Decimal on the two-decimal scores: in floats 4.33 - 3.33 is
    0.9999999999999996 and a real one-point gap would be missed.
    """
    if mirror_result.variant != "mirror":
        raise ValueError("mirror_result must come from the mentee mirror form")
    if self_result.variant == "mirror":
        raise ValueError("self_result must be the mentor's own assessment")
    limit = Decimal(str(threshold))
    if limit <= 0:
        raise ValueError("threshold must be positive")
    spots: list[BlindSpot] = []
    for dim_id, own, mentee in _paired_scores(self_result, mirror_result):
        if own is None or mentee is None:
            continue
        gap = _two_decimals(Decimal(str(own)) - Decimal(str(mentee)))
        if abs(gap) >= limit:
            direction: Direction = "self_higher" if gap > 0 else "self_lower"
            spots.append(BlindSpot(dim_id, own, mentee, float(gap), direction))
    return tuple(spots)
