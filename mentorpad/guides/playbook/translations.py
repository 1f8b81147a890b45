"""Whether a translation has its English original's structure: ids, codes, numbers and
list lengths equal, only human-readable fields changed (and none left empty)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final

# Human-readable fields: a translation changes these and nothing else.
_TRANSLATABLE: Final[frozenset[str]] = frozenset(
    [
        "catalog_label",
        "title",
        "summary",
        "text",
        "purpose",
        "note",
        "steps",
        "duration",
        "debrief",
        "situation",
        "refer_to",
        "name",
        "gist",
        "trademark",
        "heading",
        "body",
        "prompts",
        "agreement_checklist",
    ]
)


def translation_problems(english: object, translated: object, where: str = "") -> list[str]:
    """Structural differences between an English object and its translation.

    Works on entries, templates, guides or sequences of them: ids, codes, numbers and list
    lengths must match; only the fields in _TRANSLATABLE may differ, and must not be empty.
    """
    return _compare(english, translated, where, "")


def _label(obj: object) -> str:
    for attribute in ("id", "kind"):
        value = getattr(obj, attribute, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _compare(english: object, translated: object, path: str, field_name: str) -> list[str]:
    if isinstance(english, Sequence) and not isinstance(english, str):
        if not isinstance(translated, Sequence) or isinstance(translated, str):
            return [f"{path}: is not a list in the translation"]
        if len(english) != len(translated):
            return [f"{path}: {len(translated)} items, English has {len(english)}"]
        problems: list[str] = []
        for index, (a, b) in enumerate(zip(english, translated, strict=True)):
            label = _label(a) or str(index)
            here = f"{path}[{label}]" if path else label
            problems += _compare(a, b, here, field_name)
        return problems
    if dataclasses.is_dataclass(english) and not isinstance(english, type):
        if type(english) is not type(translated):
            return [f"{path}: has a different shape in the translation"]
        problems = []
        for field in dataclasses.fields(english):
            if field.name == "locale":
                continue
            here = f"{path}.{field.name}" if path else field.name
            problems += _compare(
                getattr(english, field.name), getattr(translated, field.name), here, field.name
            )
        return problems
    if field_name in _TRANSLATABLE and isinstance(english, str):
        if english and isinstance(translated, str) and not translated.strip():
            return [f"{path}: untranslated (empty)"]
        return []
    if english != translated:
        return [f"{path}: is {translated!r} in the translation, {english!r} in English"]
    return []
