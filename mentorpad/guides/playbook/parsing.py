"""Parsed TOML to playbook entities: lenient about missing values (the validator reports
them all at once), strict about unknown keys and wrong types (typos that would vanish)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from mentorpad.guides.playbook.model import (
    Cause,
    Escalation,
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
    Related,
    SessionTemplate,
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
    "escalate_when",
    "related",
    "frameworks",
)


def entry_from_dict(
    data: Mapping[str, Any], *, locale: str = "en", where: str = ""
) -> PlaybookEntry:
    """Build an entry from parsed TOML; public so tests and tools can construct entries."""
    root = _Table(data, where or str(data.get("id", "<entry>")), _ENTRY_KEYS)
    entry_id = root.text("id")
    # Both tables are checked for unknown keys before any field is read, as they always were.
    stance = root.table("mentor_stance", ("push_pull", "kram_functions", "note"))
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
        exercises=_exercises(root),
        progress_signs=_progress_signs(root),
        escalate_when=_escalations(root),
        related=_related(related),
        frameworks=_frameworks(root),
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
        )
        for t in root.tables("questions", ("id", "phase", "text", "purpose"))
    )


def _exercises(root: _Table) -> tuple[Exercise, ...]:
    return tuple(
        Exercise(
            id=t.text("id"),
            title=t.text("title"),
            purpose=t.text("purpose"),
            steps=t.texts("steps"),
            duration=t.text("duration"),
            debrief=t.texts("debrief"),
        )
        for t in root.tables(
            "exercises", ("id", "title", "purpose", "steps", "duration", "debrief")
        )
    )


def _progress_signs(root: _Table) -> tuple[ProgressSign, ...]:
    return tuple(
        ProgressSign(text=t.text("text"), horizon=t.text("horizon"))
        for t in root.tables("progress_signs", ("text", "horizon"))
    )


def _escalations(root: _Table) -> tuple[Escalation, ...]:
    return tuple(
        Escalation(situation=t.text("situation"), refer_to=t.text("refer_to"))
        for t in root.tables("escalate_when", ("situation", "refer_to"))
    )


def _related(related: _Table) -> Related:
    return Related(
        co_occurs=related.texts("co_occurs"),
        often_underlies=related.texts("often_underlies"),
        next_step=related.texts("next_step"),
    )


def _frameworks(root: _Table) -> tuple[Framework, ...]:
    return tuple(
        Framework(
            name=t.text("name"),
            originator=t.text("originator"),
            year=t.integer("year"),
            evidence=t.text("evidence"),
            gist=t.text("gist"),
            refs=t.texts("refs"),
            trademark=t.text("trademark"),
        )
        for t in root.tables(
            "frameworks",
            ("name", "originator", "year", "evidence", "gist", "trademark", "refs"),
        )
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
