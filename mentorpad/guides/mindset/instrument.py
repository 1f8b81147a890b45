"""The questionnaire: its data file validated into an Instrument for one variant."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from mentorpad.guides.mindset.model import (
    BANDS,
    DIMENSION_IDS,
    FAILURE_REASONS,
    ITEMS_PER_DIMENSION,
    SCALE_MAX,
    SCALE_MIN,
    VARIANTS,
    Band,
    Basis,
    Dimension,
    Instrument,
    Item,
)
from mentorpad.guides.mindset.reading import _load_file, _table, _tables, _text, _texts


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
