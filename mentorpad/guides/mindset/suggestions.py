"""Development suggestions: what to read, practise or switch on per dimension and band."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from mentorpad.guides.mindset.model import APP_SETTINGS, BANDS, DIMENSION_IDS, Suggestion
from mentorpad.guides.mindset.reading import _load_file, _tables, _text

_PLAYBOOK_ID = re.compile(r"^(new|struggling|capable)\.[a-z]+(?:-[a-z]+)*$")


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
