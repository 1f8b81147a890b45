"""The mindset data files (``data/mindset/*.toml``): locale fallback file by file, the
check that a translation keeps the English structure, and typed accessors for raw tables."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any, Final

_PACKAGE: Final = "mentorpad.guides"
_ENGLISH: Final = "en"
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z0-9]{2,8}))?(?:[.@].*)?$")
# Strings under these keys are identifiers, not prose: translations must keep them as is.
_STRUCTURAL_KEYS: Final = frozenset(
    {"id", "dimension", "band", "failure_reason", "refs", "playbook_entry", "app_setting"}
)


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
