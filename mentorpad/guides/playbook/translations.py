"""Whether a translation has its English original's structure: ids, codes, numbers and
list lengths equal, only human-readable fields changed (and none left empty)."""

from __future__ import annotations

import dataclasses
import re
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
        "trigger",
        "short",
        "how",
        "use",
        "framing",
        "name",
        "gist",
        "trademark",
        "heading",
        "body",
        "prompts",
        "agreement_checklist",
    ]
)


# Proper names that stay as they are in every language (models, marks).
_SAME_IN_EVERY_LANGUAGE: Final[frozenset[str]] = frozenset(
    [
        "GROW",
        "SBI",
        "Radical Candor",
        "Cynefin",
        "The Leadership Pipeline",
        "OSKAR",
        "STAR",
        "Situational Leadership",
    ]
)
# Words frequent in English prose and rare in Dutch or French prose: three or more of them,
# making a fifth of a text's words, mean a sentence was left in English.
_ENGLISH_STOP_WORDS: Final[frozenset[str]] = frozenset(
    [
        "the",
        "and",
        "to",
        "your",
        "you",
        "with",
        "are",
        "what",
        "how",
        "that",
        "this",
        "for",
        "it",
        "they",
        "their",
        "when",
        "not",
        "or",
        "who",
        "which",
        "would",
        "could",
        "should",
        "will",
    ]
)
_WORD: Final = re.compile(r"[A-Za-zÀ-ÿ']+")


def english_left(text: str) -> bool:
    """Whether a supposedly translated text still reads as English (a stop-word check)."""
    words = [w.lower() for w in _WORD.findall(text)]
    hits = sum(1 for w in words if w in _ENGLISH_STOP_WORDS)
    return hits >= 3 and hits >= len(words) / 5


def _english_left(english: str, translated: str, path: str) -> list[str]:
    same = english.strip() and translated.strip() == english.strip()
    # Phone numbers and other texts without words are the same in every language.
    wordless = not _WORD.search(re.sub(r"'", "", english))
    if (
        same
        and not wordless
        and translated.strip() not in _SAME_IN_EVERY_LANGUAGE
        and (len(english.split()) > 1)
    ):
        return [f"{path}: left in English ({english[:40]!r})"]
    if english_left(translated):
        return [f"{path}: reads as English ({translated[:40]!r})"]
    return []


def translation_problems(
    english: object, translated: object, where: str = "", *, language: bool = False
) -> list[str]:
    """Structural differences between an English object and its translation.

    Works on entries, templates, guides or sequences of them: ids, codes, numbers and list
    lengths must match; only the fields in _TRANSLATABLE may differ, and must not be empty.
    With `language`, those fields must also be translated: not the English text itself, and
    not reading as English (a stop-word check).
    """
    return _compare(english, translated, where, "", language)


def _label(obj: object) -> str:
    for attribute in ("id", "kind"):
        value = getattr(obj, attribute, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _compare(
    english: object, translated: object, path: str, field_name: str, language: bool
) -> list[str]:
    if isinstance(english, Sequence) and not isinstance(english, str):
        if not isinstance(translated, Sequence) or isinstance(translated, str):
            return [f"{path}: is not a list in the translation"]
        if len(english) != len(translated):
            return [f"{path}: {len(translated)} items, English has {len(english)}"]
        problems: list[str] = []
        for index, (a, b) in enumerate(zip(english, translated, strict=True)):
            label = _label(a) or str(index)
            here = f"{path}[{label}]" if path else label
            problems += _compare(a, b, here, field_name, language)
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
                getattr(english, field.name),
                getattr(translated, field.name),
                here,
                field.name,
                language,
            )
        return problems
    if field_name in _TRANSLATABLE and isinstance(english, str):
        if english and isinstance(translated, str) and not translated.strip():
            return [f"{path}: untranslated (empty)"]
        if language and isinstance(translated, str):
            return _english_left(english, translated, path)
        return []
    if english != translated:
        return [f"{path}: is {translated!r} in the translation, {english!r} in English"]
    return []
