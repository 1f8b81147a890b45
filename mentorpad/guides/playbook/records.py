"""Checks for the shared records (frameworks, exercises, referral routes) and for how an
entry uses them: every id known, one evidence level per framework, every cited reference
in the entry's own list, a framing line on each shared exercise, and referral routes for
both Belgium and the Netherlands."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

from mentorpad.guides.playbook.checks import (
    _count_problem,
    _enum_problem,
    _refs_problems,
    _text_problems,
)
from mentorpad.guides.playbook.model import (
    EVIDENCE_LEVELS,
    ROUTE_COUNTRIES,
    Exercise,
    PlaybookEntry,
    Reference,
    SharedRecords,
)

# Working in a second language is context for the mentoring, never a reason to refer on.
_SECOND_LANGUAGE: Final = re.compile(
    r"second language|tweede taal|andere taal dan (?:je|hun) moedertaal|"
    r"(?:seconde|deuxième) langue|langue seconde",
    re.IGNORECASE,
)
# Evidence levels from strongest to weakest: a framework cannot claim more than its sources.
_STRENGTH: Final = {"research": 2, "practitioner_model": 1, "heuristic": 0}


def validate_shared(shared: SharedRecords, references: Mapping[str, Reference]) -> list[str]:
    """Problems in data/frameworks.toml, data/exercises.toml and data/routes.toml."""
    problems: list[str] = []
    for key, framework in shared.frameworks.items():
        where = f"framework {key}"
        problems += _text_problems(framework, where)
        problems += _enum_problem(f"{where}.evidence", framework.evidence, EVIDENCE_LEVELS)
        if framework.year is None or not 1900 <= framework.year <= 2100:
            problems.append(f"{where}: year {framework.year!r} is missing or implausible")
        problems += _refs_problems(framework.refs, references, f"{where}.refs")
        problems += _evidence_against_sources(framework.evidence, framework.refs, references, where)
        if framework.use:
            problems.append(f"{where}: 'use' belongs in the entry that uses the framework")
    for key, exercise in shared.exercises.items():
        problems += _exercise_shape(exercise, f"exercise {key}")
    problems += _route_problems(shared, references)
    return problems


def _evidence_against_sources(
    evidence: str, refs: Sequence[str], references: Mapping[str, Reference], where: str
) -> list[str]:
    """A framework rated `research` needs a research source among its references."""
    levels = [references[ref].evidence for ref in refs if ref in references]
    if not levels or evidence not in _STRENGTH:
        return []
    strongest = max(_STRENGTH.get(level, 0) for level in levels)
    if _STRENGTH[evidence] > strongest:
        return [f"{where}: evidence {evidence!r} is stronger than any of its sources"]
    return []


def _exercise_shape(exercise: Exercise, where: str) -> list[str]:
    problems = _text_problems(exercise, where)
    problems += _count_problem(where, "steps", len(exercise.steps), 3, 7)
    problems += _count_problem(where, "debrief prompts", len(exercise.debrief), 2, 3)
    return problems


def _route_problems(shared: SharedRecords, references: Mapping[str, Reference]) -> list[str]:
    problems: list[str] = []
    for key, route in shared.routes.items():
        where = f"route {key}"
        problems += _text_problems(route, where)
        problems += _enum_problem(f"{where}.country", route.country, ROUTE_COUNTRIES)
        problems += _refs_problems(route.refs, references, f"{where}.refs", minimum=0)
        if not route.counterpart:
            continue
        other = shared.routes.get(route.counterpart)
        if other is None:
            problems.append(f"{where}: unknown counterpart {route.counterpart!r}")
        elif other.counterpart != route.id or other.country == route.country:
            problems.append(
                f"{where}: counterpart {other.id!r} must be in the other country and "
                "name this route back"
            )
    return problems


def entry_record_problems(
    entry: PlaybookEntry, shared: SharedRecords, references: Mapping[str, Reference]
) -> list[str]:
    """How one entry uses frameworks, exercises, routes and references."""
    where = entry.id or "<no id>"
    return (
        _framework_use_problems(entry, where, shared)
        + _exercise_use_problems(entry, where, shared)
        + _referral_problems(entry, where, shared)
        + _cited_problems(entry, where, references)
    )


def _framework_use_problems(entry: PlaybookEntry, where: str, shared: SharedRecords) -> list[str]:
    problems = _count_problem(where, "frameworks", len(entry.frameworks), 1, None)
    ids = [framework.id for framework in entry.frameworks]
    problems += [
        f"{where}: framework {fid!r} is listed more than once"
        for fid in dict.fromkeys(ids)
        if ids.count(fid) > 1
    ]
    for index, framework in enumerate(entry.frameworks):
        here = f"{where}.frameworks[{index}]"
        record = shared.frameworks.get(framework.id)
        if record is None:
            problems.append(f"{here}: unknown framework {framework.id!r}")
        elif framework.evidence != record.evidence:
            problems.append(
                f"{here}: evidence {framework.evidence!r} differs from the framework record "
                f"({record.evidence!r}); an entry cannot set its own evidence level"
            )
    return problems


def _exercise_use_problems(entry: PlaybookEntry, where: str, shared: SharedRecords) -> list[str]:
    problems = _count_problem(where, "exercises", len(entry.exercises), 1, 2)
    for index, exercise in enumerate(entry.exercises):
        here = f"{where}.exercises[{index}]"
        if not exercise.shared:
            problems += _exercise_shape(exercise, here)
            if exercise.id in shared.exercises:
                problems.append(f"{here}: id {exercise.id!r} is taken by a shared exercise")
            continue
        if exercise.id not in shared.exercises:
            problems.append(f"{here}: unknown shared exercise {exercise.id!r}")
        if not exercise.framing.strip():
            problems.append(f"{here}: a shared exercise needs the entry's framing line")
    return problems


def _referral_problems(entry: PlaybookEntry, where: str, shared: SharedRecords) -> list[str]:
    """Each trigger has routes; Belgian routes come with their Dutch counterparts."""
    problems = _count_problem(where, "referrals", len(entry.referrals), 1, None)
    countries: set[str] = set()
    for index, referral in enumerate(entry.referrals):
        here = f"{where}.referrals[{index}]"
        problems += _count_problem(here, "route(s)", len(referral.routes), 1, None)
        ids = {route.id for route in referral.routes}
        for route in referral.routes:
            countries.add(route.country)
            if route.id not in shared.routes:
                problems.append(f"{here}: unknown route {route.id!r}")
            elif route.counterpart and route.counterpart not in ids:
                problems.append(
                    f"{here}: lists {route.id!r} without its counterpart {route.counterpart!r}"
                )
        if _SECOND_LANGUAGE.search(referral.trigger):
            problems.append(
                f"{here}: working in a second language is context for the mentoring, "
                "not a reason to refer on"
            )
    for country, name in (("BE", "Belgian"), ("NL", "Dutch")):
        if entry.referrals and country not in countries:
            problems.append(f"{where}: no referral names a {name} route")
    return problems


def _cited_problems(
    entry: PlaybookEntry, where: str, references: Mapping[str, Reference]
) -> list[str]:
    """Every reference a cause or framework cites is in the entry's own list."""
    listed = set(entry.references)
    cited = [ref for cause in entry.causes for ref in cause.refs]
    cited += [ref for framework in entry.frameworks for ref in framework.refs]
    missing = [ref for ref in dict.fromkeys(cited) if ref not in listed and ref in references]
    return [f"{where}: cites {ref!r} but does not list it in references" for ref in missing]


def evidence_consistency_problems(entries: Sequence[PlaybookEntry]) -> list[str]:
    """One framework, one evidence level, across the whole playbook."""
    levels: dict[str, dict[str, list[str]]] = {}
    for entry in entries:
        for framework in entry.frameworks:
            levels.setdefault(framework.id, {}).setdefault(framework.evidence, []).append(entry.id)
    return [
        f"framework {fid}: evidence differs between entries ("
        + "; ".join(f"{level}: {', '.join(ids)}" for level, ids in sorted(by_level.items()))
        + ")"
        for fid, by_level in levels.items()
        if len(by_level) > 1
    ]
