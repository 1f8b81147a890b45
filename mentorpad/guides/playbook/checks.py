"""Small checks every validator shares: counts, enums, reference ids and the text of a
whole dataclass tree (empty or placeholder text). Each returns readable sentences."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

from mentorpad.guides.playbook.model import Reference

_PLACEHOLDER: Final = re.compile(r"\b(?:todo|tbd|fixme|lorem)\b|xxx|\.\.\.|\u2026", re.IGNORECASE)
# Fields that may legitimately be empty; everything else must carry text.
_OPTIONAL_TEXT: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("Framework", "trademark"),
        ("Framework", "note"),
        ("Framework", "use"),
        ("Exercise", "framing"),  # own exercises have none; shared ones are checked apart
        ("Reference", "note"),
        ("Referral", "note"),
        ("Route", "counterpart"),
    }
)


def _count_problem(where: str, what: str, count: int, low: int, high: int | None) -> list[str]:
    if count < low or (high is not None and count > high):
        wanted = f"{low}-{high}" if high is not None else f"at least {low}"
        return [f"{where}: {count} {what}, expected {wanted}"]
    return []


def _iter_texts(obj: object, path: str) -> Iterator[tuple[str, str, str, str]]:
    """Yield (path, class name, field name, text) for every string inside a dataclass."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return
    for field in dataclasses.fields(obj):
        if field.name == "locale":
            continue
        value = getattr(obj, field.name)
        here = f"{path}.{field.name}" if path else field.name
        owner = type(obj).__name__
        if isinstance(value, str):
            yield here, owner, field.name, value
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, str):
                    yield f"{here}[{index}]", owner, field.name, item
                else:
                    yield from _iter_texts(item, f"{here}[{index}]")
        else:
            yield from _iter_texts(value, here)


def _text_problems(obj: object, where: str) -> list[str]:
    """Empty required text and placeholder text anywhere inside `obj`."""
    problems: list[str] = []
    for path, owner, name, text in _iter_texts(obj, ""):
        if not text.strip():
            if (owner, name) not in _OPTIONAL_TEXT:
                problems.append(f"{where}: {path} is empty")
            continue
        match = _PLACEHOLDER.search(text)
        if match:
            problems.append(f"{where}: {path} contains placeholder text {match.group(0)!r}")
    return problems


def _refs_problems(
    refs: Sequence[str], references: Mapping[str, Reference], where: str, minimum: int = 1
) -> list[str]:
    problems = _count_problem(where, "reference id(s)", len(refs), minimum, None)
    problems += [f"{where}: unknown reference {ref!r}" for ref in refs if ref not in references]
    return problems


def _enum_problem(where: str, value: object, allowed: Iterable[str]) -> list[str]:
    if value not in set(allowed):
        return [f"{where}: {value!r} is not one of {', '.join(sorted(allowed))}"]
    return []
