"""Reading the shipped TOML files: the package data folder, the per-file locale fallback
and the cached loaders every caller goes through."""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Any, Final, TypeVar

from mentorpad.guides.playbook.model import (
    LOCALES,
    TEMPLATE_KINDS,
    MentorGuide,
    PlaybookDataError,
    PlaybookEntry,
    Reference,
    Route,
    SessionTemplate,
    SharedRecords,
)
from mentorpad.guides.playbook.parsing import (
    EXERCISE_KEYS,
    FRAMEWORK_KEYS,
    ROUTE_KEYS,
    _reference_from_table,
    _Table,
    entry_from_dict,
    exercise_from_table,
    framework_from_table,
    guide_from_dict,
    route_from_table,
    template_from_dict,
)

#: The shared records beside the entries: file stem, table name, allowed keys, builder.
SHARED_FILES: Final = (
    ("frameworks", "framework", FRAMEWORK_KEYS, framework_from_table),
    ("exercises", "exercise", EXERCISE_KEYS, exercise_from_table),
    ("routes", "route", ROUTE_KEYS, route_from_table),
)

_TRANSLATION_NAME: Final = re.compile(r"^(?P<base>.+)\.(?P<locale>[a-z]{2})\.toml$")
_T = TypeVar("_T")


def normalize_locale(locale: str | None) -> str:
    """Map "nl_BE", "fr-BE", "NL" to a shipped locale; anything unknown means English."""
    if not locale:
        return "en"
    language = re.split(r"[_\-.@]", locale.strip().lower(), maxsplit=1)[0]
    return language if language in LOCALES else "en"


def _data_dir(*parts: str) -> Traversable:
    """The package data folder, wherever the package lives (source tree or bundle)."""
    folder = resources.files("mentorpad.guides").joinpath("data")
    for part in parts:
        folder = folder.joinpath(part)
    return folder


def _read_toml(file: Traversable, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise PlaybookDataError(f"{where}: {error}") from error


def _localized_files(folder: str, locale: str) -> Iterator[tuple[str, Traversable, str]]:
    """Yield (stem, file, locale used) per English file, preferring X.<locale>.toml."""
    directory = _data_dir(folder)
    if not directory.is_dir():
        return
    files = {item.name: item for item in directory.iterdir() if item.name.endswith(".toml")}
    for name in sorted(files):
        if _TRANSLATION_NAME.match(name):
            continue
        stem = name.removesuffix(".toml")
        translated = files.get(f"{stem}.{locale}.toml") if locale != "en" else None
        if translated is not None:
            yield stem, translated, locale
        else:
            yield stem, files[name], "en"


def _load_folder(
    folder: str, locale: str, build: Callable[[Mapping[str, Any], str, str], _T]
) -> list[tuple[str, _T]]:
    items: list[tuple[str, _T]] = []
    for stem, file, used in _localized_files(folder, locale):
        where = f"data/{folder}/{file.name}"
        items.append((stem, build(_read_toml(file, where), used, where)))
    return items


def _shared_records(stem: str, locale: str) -> tuple[str, dict[str, Any]]:
    """One shared file in `locale` when translated, else English: (where, parsed TOML)."""
    translated = _data_dir(f"{stem}.{locale}.toml") if locale != "en" else None
    if translated is not None and translated.is_file():
        return f"data/{stem}.{locale}.toml", _read_toml(translated, f"data/{stem}.{locale}.toml")
    file = _data_dir(f"{stem}.toml")
    where = f"data/{stem}.toml"
    return where, (_read_toml(file, where) if file.is_file() else {})


@functools.cache
def _shared(locale: str) -> SharedRecords:
    tables: dict[str, dict[str, Any]] = {}
    for stem, table_name, keys, build in SHARED_FILES:
        where, data = _shared_records(stem, locale)
        used = locale if where.endswith(f".{locale}.toml") else "en"
        root = _Table(data, where, (table_name,))
        records: dict[str, Any] = {}
        for table in root.tables(table_name, keys):
            record = build(table)
            if isinstance(record, Route):  # shown beside translated text: says its language
                record = dataclasses.replace(record, locale=used)
            if record.id in records:
                raise PlaybookDataError(f"{where}: duplicate id {record.id!r}")
            records[record.id] = record
        tables[stem] = records
    return SharedRecords(
        frameworks=MappingProxyType(tables["frameworks"]),
        exercises=MappingProxyType(tables["exercises"]),
        routes=MappingProxyType(tables["routes"]),
        locale=locale,
    )


def load_shared(locale: str | None = None) -> SharedRecords:
    """Frameworks, shared exercises and referral routes, keyed by id, in `locale` (each
    file falls back to English on its own). The mappings are read-only: they are cached."""
    return _shared(normalize_locale(locale))


@functools.cache
def _playbook(locale: str) -> tuple[PlaybookEntry, ...]:
    shared = _shared(locale)
    items = _load_folder(
        "playbook",
        locale,
        lambda data, used, where: entry_from_dict(
            data, locale=used, where=where, shared=_shared(used) if used != locale else shared
        ),
    )
    for stem, entry in items:
        if entry.id != stem:
            raise PlaybookDataError(f"data/playbook/{stem}.toml: id is {entry.id!r}")
    return tuple(sorted((entry for _, entry in items), key=lambda e: (e.number, e.id)))


def load_playbook(locale: str | None = None) -> list[PlaybookEntry]:
    """All entries ordered by catalog number, each file in `locale` when translated."""
    return list(_playbook(normalize_locale(locale)))


@functools.cache
def _references() -> tuple[Reference, ...]:
    where = "data/references.toml"
    file = _data_dir("references.toml")
    if not file.is_file():
        return ()
    root = _Table(_read_toml(file, where), where, ("reference",))
    return tuple(
        _reference_from_table(table)
        for table in root.tables(
            "reference", ("id", "citation", "type", "primary", "evidence", "verified", "note")
        )
    )


def load_references() -> dict[str, Reference]:
    """The shared bibliography keyed by id, in file order (citations are not translated).

    Raises PlaybookDataError on a duplicate id, since a dict would silently keep one.
    """
    references: dict[str, Reference] = {}
    for reference in _references():
        if reference.id in references:
            raise PlaybookDataError(f"data/references.toml: duplicate id {reference.id!r}")
        references[reference.id] = reference
    return references


@functools.cache
def _templates(locale: str) -> tuple[SessionTemplate, ...]:
    items = _load_folder(
        "templates",
        locale,
        lambda data, used, where: template_from_dict(data, locale=used, where=where),
    )
    order = {kind: index for index, kind in enumerate(TEMPLATE_KINDS)}
    return tuple(
        sorted((t for _, t in items), key=lambda t: (order.get(t.kind, len(order)), t.kind))
    )


def load_session_templates(locale: str | None = None) -> dict[str, SessionTemplate]:
    """Session templates keyed by kind (first, regular, midpoint, closing)."""
    return {template.kind: template for template in _templates(normalize_locale(locale))}


@functools.cache
def _guides(locale: str) -> tuple[MentorGuide, ...]:
    items = _load_folder(
        "mentor_guides",
        locale,
        lambda data, used, where: guide_from_dict(data, locale=used, where=where),
    )
    return tuple(sorted((g for _, g in items), key=lambda g: (g.order, g.id)))


def load_mentor_guides(locale: str | None = None) -> list[MentorGuide]:
    """The five mentor guides in reading order."""
    return list(_guides(normalize_locale(locale)))
