"""Parsed TOML to playbook entities: lenient about missing values (the validator reports
them all at once), strict about unknown keys and wrong types (typos that would vanish)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any, Final

from mentorpad.guides.playbook.model import (
    Cause,
    Exercise,
    Framework,
    GuideSection,
    MentorGuide,
    MentorStance,
    Pitfall,
    PlaybookDataError,
    PlaybookEntry,
    ProgressSign,
    Question,
    Reference,
    Referral,
    Related,
    Route,
    SessionTemplate,
    SharedRecords,
    Signal,
    TemplatePhase,
)


class _Table:
    """A TOML table with typed accessors that name the file and key in every error."""

    def __init__(self, data: object, where: str, allowed: Iterable[str]) -> None:
        if not isinstance(data, Mapping):
            raise PlaybookDataError(f"{where}: expected a table, got {type(data).__name__}")
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise PlaybookDataError(f"{where}: unknown key(s) {', '.join(unknown)}")
        self._data: Mapping[str, object] = data
        self.where = where

    def _get(self, key: str, kind: type | tuple[type, ...], default: object) -> Any:
        value = self._data.get(key, default)
        if value is not default and (
            not isinstance(value, kind) or (isinstance(value, bool) and kind is int)
        ):
            raise PlaybookDataError(f"{self.where}.{key}: wrong type {type(value).__name__}")
        return value

    def text(self, key: str) -> str:
        return str(self._get(key, str, "")).strip()

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, str, None)
        return (value.strip() or None) if isinstance(value, str) else None

    def integer(self, key: str) -> int | None:
        value = self._get(key, int, None)
        return value if isinstance(value, int) else None

    def has(self, key: str) -> bool:
        return key in self._data

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool, False))

    def texts(self, key: str) -> tuple[str, ...]:
        items = self._get(key, list, [])
        for index, item in enumerate(items):
            if not isinstance(item, str):
                raise PlaybookDataError(f"{self.where}.{key}[{index}]: expected text")
        return tuple(item.strip() for item in items)

    def table(self, key: str, allowed: Iterable[str]) -> _Table:
        return _Table(self._get(key, dict, {}), f"{self.where}.{key}", allowed)

    def tables(self, key: str, allowed: Iterable[str]) -> list[_Table]:
        items = self._get(key, list, [])
        return [
            _Table(item, f"{self.where}.{key}[{index}]", allowed)
            for index, item in enumerate(items)
        ]


_ENTRY_KEYS: Final = (
    "id",
    "stage",
    "number",
    "catalog_label",
    "title",
    "summary",
    "mindset_dims",
    "references",
    "signals",
    "causes",
    "mentor_stance",
    "mentor_pitfalls",
    "questions",
    "exercises",
    "progress_signs",
    "referrals",
    "related",
    "frameworks",
)


def entry_from_dict(
    data: Mapping[str, Any],
    *,
    locale: str = "en",
    where: str = "",
    shared: SharedRecords | None = None,
) -> PlaybookEntry:
    """Build an entry from parsed TOML; public so tests and tools can construct entries.

    Frameworks, shared exercises and referral routes are named by id and resolved against
    `shared` (by default the shipped records in `locale`); an unknown id is an error that
    names the file, like an unknown key, since a typo there would silently drop content.
    """
    if shared is None:
        from mentorpad.guides.playbook.loading import load_shared  # loading imports us

        shared = load_shared(locale)
    root = _Table(data, where or str(data.get("id", "<entry>")), _ENTRY_KEYS)
    entry_id = root.text("id")
    # Both tables are checked for unknown keys before any field is read, as they always were.
    stance = root.table("mentor_stance", ("push_pull", "kram_functions", "kram_roles", "note"))
    related = root.table("related", ("co_occurs", "often_underlies", "next_step"))
    return PlaybookEntry(
        id=entry_id,
        stage=root.text("stage"),
        number=root.integer("number") or 0,
        catalog_label=root.text("catalog_label"),
        title=root.text("title"),
        summary=root.text("summary"),
        mindset_dims=root.texts("mindset_dims"),
        references=root.texts("references"),
        signals=_signals(root),
        causes=_causes(root),
        mentor_stance=_stance(stance),
        mentor_pitfalls=_pitfalls(root),
        questions=_questions(root, entry_id),
        exercises=_exercises(root, shared),
        progress_signs=_progress_signs(root),
        referrals=_referrals(root, shared),
        related=_related(related),
        frameworks=_frameworks(root, shared),
        locale=locale,
    )


def _signals(root: _Table) -> tuple[Signal, ...]:
    return tuple(
        Signal(text=t.text("text"), seen_by=t.texts("seen_by"))
        for t in root.tables("signals", ("text", "seen_by"))
    )


def _causes(root: _Table) -> tuple[Cause, ...]:
    return tuple(
        Cause(text=t.text("text"), refs=t.texts("refs"))
        for t in root.tables("causes", ("text", "refs"))
    )


def _stance(stance: _Table) -> MentorStance:
    return MentorStance(
        push_pull=stance.text("push_pull"),
        kram_functions=stance.texts("kram_functions"),
        note=stance.text("note"),
        kram_roles=stance.texts("kram_roles"),
    )


def _pitfalls(root: _Table) -> tuple[Pitfall, ...]:
    return tuple(
        Pitfall(text=t.text("text"), failure_reason=t.optional_text("failure_reason"))
        for t in root.tables("mentor_pitfalls", ("text", "failure_reason"))
    )


def _questions(root: _Table, entry_id: str) -> tuple[Question, ...]:
    return tuple(
        Question(
            entry_id=entry_id,
            id=t.text("id"),
            phase=t.text("phase"),
            text=t.text("text"),
            purpose=t.text("purpose"),
            role=t.optional_text("role"),
        )
        for t in root.tables("questions", ("id", "phase", "role", "text", "purpose"))
    )


EXERCISE_KEYS: Final = ("id", "title", "purpose", "steps", "duration", "debrief")


def exercise_from_table(table: _Table) -> Exercise:
    return Exercise(
        id=table.text("id"),
        title=table.text("title"),
        purpose=table.text("purpose"),
        steps=table.texts("steps"),
        duration=table.text("duration"),
        debrief=table.texts("debrief"),
    )


def _exercises(root: _Table, shared: SharedRecords) -> tuple[Exercise, ...]:
    """An entry's own exercises, and shared ones (`shared = "<id>"` with a `framing`)."""
    exercises: list[Exercise] = []
    for table in root.tables("exercises", (*EXERCISE_KEYS, "shared", "framing")):
        shared_id = table.optional_text("shared")
        if shared_id is None:
            exercises.append(exercise_from_table(table))
            continue
        own = [key for key in EXERCISE_KEYS if table.has(key)]
        if own:
            raise PlaybookDataError(
                f"{table.where}: a shared exercise takes only a framing, not {', '.join(own)}"
            )
        record = shared.exercises.get(shared_id)
        if record is None:
            raise PlaybookDataError(f"{table.where}.shared: unknown exercise {shared_id!r}")
        exercises.append(replace(record, framing=table.text("framing"), shared=True))
    return tuple(exercises)


def _progress_signs(root: _Table) -> tuple[ProgressSign, ...]:
    return tuple(
        ProgressSign(text=t.text("text"), horizon=t.text("horizon"))
        for t in root.tables("progress_signs", ("text", "horizon"))
    )


def _referrals(root: _Table, shared: SharedRecords) -> tuple[Referral, ...]:
    referrals: list[Referral] = []
    for table in root.tables("referrals", ("trigger", "routes", "note")):
        routes: list[Route] = []
        for route_id in table.texts("routes"):
            route = shared.routes.get(route_id)
            if route is None:
                raise PlaybookDataError(f"{table.where}.routes: unknown route {route_id!r}")
            routes.append(route)
        referrals.append(
            Referral(trigger=table.text("trigger"), routes=tuple(routes), note=table.text("note"))
        )
    return tuple(referrals)


def _related(related: _Table) -> Related:
    return Related(
        co_occurs=related.texts("co_occurs"),
        often_underlies=related.texts("often_underlies"),
        next_step=related.texts("next_step"),
    )


def _frameworks(root: _Table, shared: SharedRecords) -> tuple[Framework, ...]:
    """The shared framework records an entry names, each with the entry's `use` line.

    An entry cannot restate a framework's name, year or evidence level: those live once,
    in data/frameworks.toml, so one framework never carries two evidence levels.
    """
    frameworks: list[Framework] = []
    for table in root.tables("frameworks", ("id", "use")):
        framework_id = table.text("id")
        record = shared.frameworks.get(framework_id)
        if record is None:
            raise PlaybookDataError(f"{table.where}.id: unknown framework {framework_id!r}")
        frameworks.append(replace(record, use=table.text("use")))
    return tuple(frameworks)


def framework_from_table(table: _Table) -> Framework:
    return Framework(
        id=table.text("id"),
        name=table.text("name"),
        originator=table.text("originator"),
        year=table.integer("year"),
        evidence=table.text("evidence"),
        gist=table.text("gist"),
        refs=table.texts("refs"),
        trademark=table.text("trademark"),
        note=table.text("note"),
    )


FRAMEWORK_KEYS: Final = (
    "id",
    "name",
    "originator",
    "year",
    "evidence",
    "gist",
    "refs",
    "trademark",
    "note",
)
ROUTE_KEYS: Final = ("id", "country", "name", "short", "purpose", "how", "refs", "counterpart")


def route_from_table(table: _Table) -> Route:
    return Route(
        id=table.text("id"),
        country=table.text("country"),
        name=table.text("name"),
        short=table.text("short"),
        purpose=table.text("purpose"),
        how=table.text("how"),
        refs=table.texts("refs"),
        counterpart=table.text("counterpart"),
    )


def _reference_from_table(table: _Table) -> Reference:
    return Reference(
        id=table.text("id"),
        citation=table.text("citation"),
        type=table.text("type"),
        primary=table.flag("primary"),
        evidence=table.text("evidence"),
        verified=table.flag("verified"),
        note=table.text("note"),
    )


def template_from_dict(
    data: Mapping[str, Any], *, locale: str = "en", where: str = ""
) -> SessionTemplate:
    """Build a session template from parsed TOML."""
    root = _Table(
        data,
        where or str(data.get("kind", "<template>")),
        [
            "kind",
            "title",
            "purpose",
            "kram_phase",
            "zachary_phase",
            "duration_minutes",
            "phases",
            "agreement_checklist",
            "refs",
        ],
    )
    return SessionTemplate(
        kind=root.text("kind"),
        title=root.text("title"),
        purpose=root.text("purpose"),
        kram_phase=root.text("kram_phase"),
        zachary_phase=root.text("zachary_phase"),
        duration_minutes=root.integer("duration_minutes") or 0,
        phases=tuple(
            TemplatePhase(
                id=t.text("id"),
                name=t.text("name"),
                start=_minutes(t, "start"),
                end=_minutes(t, "end"),
                purpose=t.text("purpose"),
                prompts=t.texts("prompts"),
                grow=t.optional_text("grow"),
            )
            for t in root.tables(
                "phases", ("id", "name", "start", "end", "purpose", "prompts", "grow")
            )
        ),
        agreement_checklist=root.texts("agreement_checklist"),
        refs=root.texts("refs"),
        locale=locale,
    )


def _minutes(table: _Table, key: str) -> int:
    value = table.integer(key)
    return -1 if value is None else value


def guide_from_dict(data: Mapping[str, Any], *, locale: str = "en", where: str = "") -> MentorGuide:
    """Build a mentor guide from parsed TOML."""
    root = _Table(
        data,
        where or str(data.get("id", "<guide>")),
        ("id", "title", "summary", "order", "sections", "refs", "evidence"),
    )
    return MentorGuide(
        id=root.text("id"),
        title=root.text("title"),
        summary=root.text("summary"),
        order=root.integer("order") or 0,
        sections=tuple(
            GuideSection(heading=t.text("heading"), body=t.text("body"))
            for t in root.tables("sections", ("heading", "body"))
        ),
        refs=root.texts("refs"),
        evidence=root.text("evidence"),
        locale=locale,
    )
