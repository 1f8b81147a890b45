"""The mentoring-mindset self-assessment: instrument, scoring and development suggestions.

Qt-free and pure so that the GUI, the CLI and the tests share one implementation. The
content lives in ``data/mindset/*.toml`` (see the comments there); this module loads and
validates it, scores answers, and compares results over time and against the mentee's view.

Scores are rounded to two decimals before they are banded or compared (see
:func:`band_for`): the mentor sees two decimals, and the band must match the number shown.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Final, Literal

__all__ = [
    "BANDS",
    "BLIND_SPOT_THRESHOLD",
    "DIMENSION_IDS",
    "VARIANTS",
    "Band",
    "Basis",
    "BlindSpot",
    "Dimension",
    "DimensionScore",
    "Instrument",
    "Item",
    "MindsetResult",
    "Suggestion",
    "band_for",
    "blind_spots",
    "compare",
    "load_mindset_instrument",
    "load_suggestions",
    "score_answers",
    "suggestion_for",
]

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

_PACKAGE: Final = "mentorpad.guides"
_ENGLISH: Final = "en"
_TWO_PLACES: Final = Decimal("0.01")
_PLAYBOOK_ID = re.compile(r"^(new|struggling|capable)\.[a-z]+(?:-[a-z]+)*$")
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z0-9]{2,8}))?(?:[.@].*)?$")
# Strings under these keys are identifiers, not prose: translations must keep them as is.
_STRUCTURAL_KEYS: Final = frozenset(
    {"id", "dimension", "band", "failure_reason", "refs", "playbook_entry", "app_setting"}
)

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


# ------------------------------------------------------------------------------- scoring


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


# ------------------------------------------------------------------------------- loading


def _locale_candidates(locale: str | None) -> tuple[str, ...]:
    """Translation file suffixes to try, most specific first ("nl_BE" -> nl_BE, nl).

    Anything that does not look like a locale tag yields no candidates (English), which
    also keeps odd input out of file names.
    """
    if not locale:
        return ()
    match = _LOCALE.match(locale.strip())
    if match is None:
        return ()
    language = match.group(1).lower()
    if language == _ENGLISH:
        return ()
    region = match.group(2)
    return (f"{language}_{region.upper()}", language) if region else (language,)


def _read(name: str) -> dict[str, Any] | None:
    resource = resources.files(_PACKAGE) / "data" / "mindset" / name
    if not resource.is_file():
        return None
    return tomllib.loads(resource.read_text(encoding="utf-8"))


def _same_shape(english: object, translated: object, where: str, key: str = "") -> None:
    """Raise ValueError unless a translation has the English file's exact structure."""
    if isinstance(english, dict):
        if not isinstance(translated, dict) or set(english) != set(translated):
            raise ValueError(f"{where}: keys differ from the English file")
        for k, value in english.items():
            _same_shape(value, translated[k], f"{where}.{k}", k)
    elif isinstance(english, list):
        if not isinstance(translated, list) or len(english) != len(translated):
            raise ValueError(f"{where}: list length differs from the English file")
        for index, (en_value, tr_value) in enumerate(zip(english, translated, strict=True)):
            _same_shape(en_value, tr_value, f"{where}[{index}]", key)
    elif isinstance(english, str) and key not in _STRUCTURAL_KEYS:
        if not isinstance(translated, str) or not translated.strip():
            raise ValueError(f"{where}: translation missing or empty")
    elif english != translated or type(english) is not type(translated):
        raise ValueError(f"{where}: must be identical to the English file ({english!r})")


@lru_cache(maxsize=16)
def _load_file(stem: str, locale: str | None) -> tuple[dict[str, Any], str]:
    """English ``stem.toml``, or its most specific translation (falls back file by file)."""
    english = _read(f"{stem}.toml")
    if english is None:
        raise FileNotFoundError(f"mindset data file missing: {stem}.toml")
    for suffix in _locale_candidates(locale):
        translated = _read(f"{stem}.{suffix}.toml")
        if translated is not None:
            _same_shape(english, translated, f"{stem}.{suffix}.toml")
            return translated, suffix
    return english, _ENGLISH


def _table(data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ValueError(f"{where}: {key!r} must be a table")
    return value


def _tables(data: Mapping[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ValueError(f"{where}: {key!r} must be an array of tables")
    return value


def _text(data: Mapping[str, Any], key: str, where: str, *, empty_ok: bool = False) -> str:
    value = data.get(key)
    if not isinstance(value, str) or (not empty_ok and not value.strip()):
        raise ValueError(f"{where}: {key!r} must be a non-empty string")
    return value.strip()


def _texts(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _parse_item(raw: Mapping[str, Any], dim_id: str, number: int, variant: str) -> Item:
    item_id = f"{dim_id}.{number}"
    where = f"item {item_id}"
    if raw.get("id") != item_id:
        raise ValueError(f"{where}: expected id {item_id!r}, found {raw.get('id')!r}")
    reverse = raw.get("reverse")
    if not isinstance(reverse, bool):
        raise ValueError(f"{where}: 'reverse' must be true or false")
    for other in VARIANTS:  # every wording must exist, not just the one asked for
        _text(raw, other, where)
    return Item(item_id, dim_id, _text(raw, variant, where), reverse)


def _parse_dimension(raw: Mapping[str, Any], position: int, variant: str) -> Dimension:
    dim_id = DIMENSION_IDS[position]
    where = f"dimension {dim_id}"
    if raw.get("id") != dim_id:
        raise ValueError(f"{where}: expected id {dim_id!r}, found {raw.get('id')!r}")
    failure_reason = _text(raw, "failure_reason", where)
    if failure_reason not in FAILURE_REASONS:
        raise ValueError(f"{where}: unknown failure_reason {failure_reason!r}")
    raw_items = _tables(raw, "items", where)
    if len(raw_items) != ITEMS_PER_DIMENSION:
        raise ValueError(f"{where}: needs exactly {ITEMS_PER_DIMENSION} items")
    items = tuple(
        _parse_item(raw_item, dim_id, n, variant) for n, raw_item in enumerate(raw_items, 1)
    )
    if sum(item.reverse for item in items) != 1:
        raise ValueError(f"{where}: exactly one item must be reverse-keyed")
    basis = tuple(
        Basis(_text(b, "name", where), _text(b, "credit", where), _texts(b, "refs", where))
        for b in _tables(raw, "basis", where)
    )
    if not basis:
        raise ValueError(f"{where}: credit at least one framework under 'basis'")
    return Dimension(
        id=dim_id,
        name=_text(raw, "name", where),
        description=_text(raw, "description", where),
        failure_reason=failure_reason,
        failure_note=_text(raw, "failure_note", where),
        basis=basis,
        refs=_texts(raw, "refs", where),
        items=items,
    )


def _parse_bands(raw: Mapping[str, Any]) -> tuple[tuple[Band, ...], str, str]:
    where = "suggestions [bands]"
    bands_raw = _table(raw, "bands", "suggestions")
    bands = tuple(
        Band(
            band,
            _text(_table(bands_raw, band, where), "label", where),
            _text(_table(bands_raw, band, where), "range", where),
            _text(_table(bands_raw, band, where), "meaning", where),
        )
        for band in BANDS
    )
    return bands, _text(bands_raw, "about", where), _text(bands_raw, "unscored", where)


def _check_variant(variant: str) -> None:
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; expected one of {', '.join(VARIANTS)}")


@lru_cache(maxsize=32)
def load_mindset_instrument(variant: str = "current", locale: str | None = None) -> Instrument:
    """Load and validate the questionnaire for one variant (current, baseline or mirror).

    ``locale`` such as "nl" or "fr_BE" picks a translation file where one exists; each
    data file falls back to English on its own. Raises ValueError on malformed data.
    """
    _check_variant(variant)
    raw, used_locale = _load_file("instrument", locale)
    where = "instrument"
    raw_dims = _tables(raw, "dimensions", where)
    if len(raw_dims) != len(DIMENSION_IDS):
        raise ValueError(f"{where}: needs exactly {len(DIMENSION_IDS)} dimensions")
    dimensions = tuple(_parse_dimension(d, i, variant) for i, d in enumerate(raw_dims))
    variant_raw = _table(_table(raw, "variants", where), variant, where)
    scale = _texts(variant_raw, "scale", f"{where} variant {variant}")
    if len(scale) != SCALE_MAX - SCALE_MIN + 1:
        raise ValueError(f"{where} variant {variant}: needs {SCALE_MAX} scale labels")
    bands, bands_note, unscored_note = _parse_bands(_load_file("suggestions", locale)[0])
    return Instrument(
        variant=variant,
        locale=used_locale,
        title=_text(raw, "title", where),
        about=_text(raw, "about", where),
        credit=_text(raw, "credit", where),
        refs=_texts(raw, "refs", where),
        intro=_text(variant_raw, "intro", where),
        prompt=_text(variant_raw, "prompt", where),
        scale_labels=scale,
        not_applicable_label=_text(variant_raw, "not_applicable", where),
        dimensions=dimensions,
        bands=bands,
        bands_note=bands_note,
        unscored_note=unscored_note,
    )


def _parse_suggestion(raw: Mapping[str, Any]) -> Suggestion:
    dim_id = _text(raw, "dimension", "suggestion")
    band = _text(raw, "band", "suggestion")
    where = f"suggestion {dim_id}/{band}"
    if dim_id not in DIMENSION_IDS or band not in BANDS:
        raise ValueError(f"{where}: unknown dimension or band")
    entry = _text(raw, "playbook_entry", where)
    if not _PLAYBOOK_ID.match(entry):
        raise ValueError(f"{where}: {entry!r} is not a playbook entry id")
    setting = _text(raw, "app_setting", where, empty_ok=True)
    if setting and APP_SETTINGS.get(setting) != dim_id:
        raise ValueError(f"{where}: app setting {setting!r} does not belong to {dim_id}")
    return Suggestion(
        dimension_id=dim_id,
        band=band,
        text=_text(raw, "text", where),
        micro_practice=_text(raw, "micro_practice", where),
        playbook_entry=entry,
        app_setting=setting or None,
    )


@lru_cache(maxsize=16)
def load_suggestions(locale: str | None = None) -> Mapping[tuple[str, str], Suggestion]:
    """All 32 suggestions keyed by (dimension id, band); read-only, cached."""
    raw, _ = _load_file("suggestions", locale)
    table: dict[tuple[str, str], Suggestion] = {}
    for raw_suggestion in _tables(raw, "suggestions", "suggestions"):
        suggestion = _parse_suggestion(raw_suggestion)
        key = (suggestion.dimension_id, suggestion.band)
        if key in table:
            raise ValueError(f"suggestion {key[0]}/{key[1]} appears twice")
        table[key] = suggestion
    missing = [f"{d}/{b}" for d in DIMENSION_IDS for b in BANDS if (d, b) not in table]
    if missing:
        raise ValueError(f"suggestions missing for: {', '.join(missing)}")
    return MappingProxyType(table)


def suggestion_for(dimension_id: str, band: str, locale: str | None = None) -> Suggestion:
    """The development suggestion for one dimension in one band."""
    if dimension_id not in DIMENSION_IDS:
        raise ValueError(f"unknown dimension id: {dimension_id!r}")
    if band not in BANDS:
        raise ValueError(f"unknown band: {band!r}; expected one of {', '.join(BANDS)}")
    return load_suggestions(locale)[(dimension_id, band)]
