"""The struggle playbook, references, session templates and mentor guides.

Everything here is read from TOML files shipped inside the package (found through
importlib.resources, so it works from source and from a PyInstaller bundle), turned into
frozen dataclasses and cached. The validators return plain sentences instead of raising,
so a test or an editor can show every problem in one go. Qt-free by design.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Final, TypeVar

__all__ = [
    "CATALOG",
    "ENTRY_IDS",
    "GROW_PHASES",
    "LOCALES",
    "MENTOR_GUIDE_IDS",
    "STAGES",
    "TEMPLATE_KINDS",
    "Cause",
    "Escalation",
    "Exercise",
    "Framework",
    "GuideSection",
    "MentorGuide",
    "MentorStance",
    "Pitfall",
    "PlaybookDataError",
    "PlaybookEntry",
    "ProgressSign",
    "Question",
    "Reference",
    "Related",
    "SessionTemplate",
    "Signal",
    "TemplatePhase",
    "entry_from_dict",
    "guide_from_dict",
    "load_mentor_guides",
    "load_playbook",
    "load_references",
    "load_session_templates",
    "normalize_locale",
    "template_from_dict",
    "translation_problems",
    "validate_mentor_guides",
    "validate_playbook",
    "validate_references",
    "validate_templates",
    "validate_translations",
]

# --------------------------------------------------------------------------------------
# Fixed vocabulary (docs/playbook-format.md). Kept here so the validator and the UI agree.
# --------------------------------------------------------------------------------------

#: (number, id, catalog label): the 29 struggles of the seed article, never renumbered.
CATALOG: Final[tuple[tuple[int, str, str], ...]] = (
    (1, "new.self-confidence", "lack self-confidence"),
    (2, "new.colleague-to-boss", "don't know how to go from being a colleague to being a boss"),
    (3, "new.command-and-control", "need to loosen up on the command & control leadership style"),
    (4, "new.expert-status", "must let go of the (technical) expert status"),
    (5, "new.feedback", "cannot give or accept constructive feedback"),
    (6, "new.pressure-to-perform", "feel pressure to perform as manager"),
    (7, "new.relationships", "have difficulty building relationships"),
    (8, "new.liked-or-bad-boss", "want to be liked by everyone or want to be the 'bad boss'"),
    (9, "new.playing-hero", "play the hero"),
    (10, "struggling.operations", "stay too involved in operations"),
    (11, "struggling.prioritizing", "have trouble prioritizing"),
    (12, "struggling.delegation", "cannot delegate"),
    (13, "struggling.conflict", "fear conflict situations"),
    (14, "struggling.team-disconnect", "disconnect from the team"),
    (15, "struggling.strategic-thinking", "deal with flawed strategic thinking"),
    (16, "struggling.higher-management", "do not relate to higher management"),
    (17, "struggling.communication", "lack clear communication skills"),
    (18, "struggling.self-awareness", "remain not self-aware"),
    (19, "struggling.difficult-conversations", "avoid difficult conversations"),
    (20, "struggling.political-antennas", "miss political antennas"),
    (21, "capable.successor", "need mental preparation as successor"),
    (22, "capable.big-change", "need to be able to lead big changes ahead"),
    (23, "capable.resilience", "need to learn to be emotionally resilient and in control"),
    (
        24,
        "capable.fast-decisions",
        "need to learn to make big decisions fast without all the information",
    ),
    (25, "capable.presenting", "must become persuasive presenters"),
    (26, "capable.personal-brand", "need to learn how to cultivate their own personal brand"),
    (27, "capable.lead-by-example", "need to learn how to lead by example"),
    (28, "capable.trust-not-fear", "manage by trust, not by fear"),
    (29, "capable.empathy", "need to develop empathy"),
)
ENTRY_IDS: Final[tuple[str, ...]] = tuple(row[1] for row in CATALOG)
STAGES: Final[tuple[str, ...]] = ("new", "struggling", "capable")
STAGE_COUNTS: Final[Mapping[str, int]] = {"new": 9, "struggling": 11, "capable": 9}
SEEN_BY: Final[frozenset[str]] = frozenset({"self", "team", "boss", "mentor"})
PUSH_PULL: Final[tuple[str, ...]] = ("push", "mostly-push", "balanced", "mostly-pull", "pull")
KRAM_FUNCTIONS: Final[frozenset[str]] = frozenset({"career", "psychosocial", "role_model"})
FAILURE_REASONS: Final[frozenset[str]] = frozenset(
    {"no_goals", "no_process", "miscasting", "no_time", "self_focus", "confidentiality"}
)
GROW_PHASES: Final[tuple[str, ...]] = ("G", "R", "O", "W")
HORIZONS: Final[tuple[str, ...]] = ("2-4 weeks", "2-3 months", "3-6 months")
EVIDENCE_LEVELS: Final[frozenset[str]] = frozenset({"research", "practitioner_model", "heuristic"})
REFERENCE_TYPES: Final[frozenset[str]] = frozenset(
    {"book", "journal_article", "hbr_article", "report", "web", "letter"}
)
MINDSET_DIMS: Final[frozenset[str]] = frozenset(f"D{i}" for i in range(1, 9))
TEMPLATE_KINDS: Final[tuple[str, ...]] = ("first", "regular", "midpoint", "closing")
KRAM_PHASES: Final[frozenset[str]] = frozenset(
    {"initiation", "cultivation", "separation", "redefinition"}
)
ZACHARY_PHASES: Final[frozenset[str]] = frozenset(
    {"preparing", "negotiating", "enabling_growth", "closure"}
)
SESSION_MINUTES: Final = 60
MENTOR_GUIDE_IDS: Final[tuple[str, ...]] = (
    "clear-goals",
    "process-and-method",
    "mentoring-mindset",
    "getting-support",
    "confidentiality",
)
#: Locales with shipped translations; anything else falls back to English.
LOCALES: Final[tuple[str, ...]] = ("en", "nl", "fr")

# Limits from the format doc. Translations run longer than English, so their length
# limits get some slack instead of forcing clipped, unnatural sentences.
TITLE_MAX_CHARS: Final = 60
SUMMARY_MAX_WORDS: Final = 40
STANCE_NOTE_MAX_WORDS: Final = 60
GUIDE_WORDS: Final = (250, 450)
TRANSLATION_SLACK: Final = 1.3


class PlaybookDataError(ValueError):
    """A shipped data file cannot be read as the format doc describes (names the file)."""


# --------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """One bibliography item; `verified` stays false until the details were checked."""

    id: str
    citation: str
    type: str
    primary: bool
    evidence: str
    verified: bool
    note: str = ""


@dataclass(frozen=True)
class Signal:
    """An observable behaviour and who tends to notice it first."""

    text: str
    seen_by: tuple[str, ...]


@dataclass(frozen=True)
class Cause:
    """One reason the struggle happens, always backed by references."""

    text: str
    refs: tuple[str, ...]


@dataclass(frozen=True)
class MentorStance:
    """Where the mentor stands on Downey's push-pull spectrum and which Kram functions."""

    push_pull: str
    kram_functions: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Pitfall:
    """A trap for the mentor, optionally tied to one of the five programme failure reasons."""

    text: str
    failure_reason: str | None = None


@dataclass(frozen=True)
class Question:
    """An open coaching question; `global_id` identifies it across the whole playbook."""

    entry_id: str
    id: str
    phase: str
    text: str
    purpose: str

    @property
    def global_id(self) -> str:
        """Stable across releases and locales, so agendas can remember what was asked."""
        return f"{self.entry_id}#{self.id}"


@dataclass(frozen=True)
class Exercise:
    """A between-session exercise; its id is unique across the playbook."""

    id: str
    title: str
    purpose: str
    steps: tuple[str, ...]
    duration: str
    debrief: tuple[str, ...]


@dataclass(frozen=True)
class ProgressSign:
    """Something observable that shows change, with the horizon to expect it in."""

    text: str
    horizon: str


@dataclass(frozen=True)
class Escalation:
    """When the mentor should refer on (mentors are not therapists) and to whom."""

    situation: str
    refer_to: str


@dataclass(frozen=True)
class Related:
    """Links to other entries, used for navigation and for suggesting next themes."""

    co_occurs: tuple[str, ...] = ()
    often_underlies: tuple[str, ...] = ()
    next_step: tuple[str, ...] = ()

    @property
    def all_ids(self) -> tuple[str, ...]:
        """Every linked id once, in field order."""
        return tuple(dict.fromkeys((*self.co_occurs, *self.often_underlies, *self.next_step)))


@dataclass(frozen=True)
class Framework:
    """A named model behind an entry, with its evidence level and trademark credit."""

    name: str
    originator: str
    year: int | None
    evidence: str
    gist: str
    refs: tuple[str, ...]
    trademark: str = ""


@dataclass(frozen=True)
class PlaybookEntry:
    """One of the 29 struggles; `locale` says which language the text is in."""

    id: str
    stage: str
    number: int
    catalog_label: str
    title: str
    summary: str
    mindset_dims: tuple[str, ...]
    references: tuple[str, ...]
    signals: tuple[Signal, ...]
    causes: tuple[Cause, ...]
    mentor_stance: MentorStance
    mentor_pitfalls: tuple[Pitfall, ...]
    questions: tuple[Question, ...]
    exercises: tuple[Exercise, ...]
    progress_signs: tuple[ProgressSign, ...]
    escalate_when: tuple[Escalation, ...]
    related: Related
    frameworks: tuple[Framework, ...]
    locale: str = "en"


@dataclass(frozen=True)
class TemplatePhase:
    """A time slice of a session template, in minutes from the start."""

    id: str
    name: str
    start: int
    end: int
    purpose: str
    prompts: tuple[str, ...]
    grow: str | None = None


@dataclass(frozen=True)
class SessionTemplate:
    """A 60-minute session plan tied to Kram's and Zachary's relationship phases."""

    kind: str
    title: str
    purpose: str
    kram_phase: str
    zachary_phase: str
    duration_minutes: int
    phases: tuple[TemplatePhase, ...]
    agreement_checklist: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()
    locale: str = "en"


@dataclass(frozen=True)
class GuideSection:
    """A heading and its Markdown body."""

    heading: str
    body: str


@dataclass(frozen=True)
class MentorGuide:
    """A short guide for the mentor, answering one reason why mentoring programmes fail."""

    id: str
    title: str
    summary: str
    order: int
    sections: tuple[GuideSection, ...]
    refs: tuple[str, ...]
    evidence: str
    locale: str = "en"

    @property
    def word_count(self) -> int:
        """Words in the section bodies, the part the 250-450 word budget applies to."""
        return sum(_word_count(section.body) for section in self.sections)


# --------------------------------------------------------------------------------------
# Parsing: lenient about missing values (the validator reports them all at once),
# strict about unknown keys and wrong types (those are typos that would vanish silently).
# --------------------------------------------------------------------------------------


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
        signals=tuple(
            Signal(text=t.text("text"), seen_by=t.texts("seen_by"))
            for t in root.tables("signals", ("text", "seen_by"))
        ),
        causes=tuple(
            Cause(text=t.text("text"), refs=t.texts("refs"))
            for t in root.tables("causes", ("text", "refs"))
        ),
        mentor_stance=MentorStance(
            push_pull=stance.text("push_pull"),
            kram_functions=stance.texts("kram_functions"),
            note=stance.text("note"),
        ),
        mentor_pitfalls=tuple(
            Pitfall(text=t.text("text"), failure_reason=t.optional_text("failure_reason"))
            for t in root.tables("mentor_pitfalls", ("text", "failure_reason"))
        ),
        questions=tuple(
            Question(
                entry_id=entry_id,
                id=t.text("id"),
                phase=t.text("phase"),
                text=t.text("text"),
                purpose=t.text("purpose"),
            )
            for t in root.tables("questions", ("id", "phase", "text", "purpose"))
        ),
        exercises=tuple(
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
        ),
        progress_signs=tuple(
            ProgressSign(text=t.text("text"), horizon=t.text("horizon"))
            for t in root.tables("progress_signs", ("text", "horizon"))
        ),
        escalate_when=tuple(
            Escalation(situation=t.text("situation"), refer_to=t.text("refer_to"))
            for t in root.tables("escalate_when", ("situation", "refer_to"))
        ),
        related=Related(
            co_occurs=related.texts("co_occurs"),
            often_underlies=related.texts("often_underlies"),
            next_step=related.texts("next_step"),
        ),
        frameworks=tuple(
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
        ),
        locale=locale,
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


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------

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


@functools.cache
def _playbook(locale: str) -> tuple[PlaybookEntry, ...]:
    items = _load_folder(
        "playbook",
        locale,
        lambda data, used, where: entry_from_dict(data, locale=used, where=where),
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


# --------------------------------------------------------------------------------------
# Validation helpers
# --------------------------------------------------------------------------------------

_PLACEHOLDER: Final = re.compile(r"\b(?:todo|tbd|fixme|lorem)\b|xxx|\.\.\.|\u2026", re.IGNORECASE)
# Fields that may legitimately be empty; everything else must carry text.
_OPTIONAL_TEXT: Final[frozenset[tuple[str, str]]] = frozenset(
    {("Framework", "trademark"), ("Reference", "note")}
)
# First words that make an English question closed (answerable with yes or no).
_CLOSED_STARTS: Final = frozenset(
    [
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "am",
        "have",
        "has",
        "had",
        "will",
        "shall",
        "should",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "haven't",
        "hasn't",
        "won't",
    ]
)


def _word_count(text: str) -> int:
    return len(text.split())


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


def _normalize_label(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    return " ".join(text.replace("\u201d", '"').lower().split())


# --------------------------------------------------------------------------------------
# Validators
# --------------------------------------------------------------------------------------


def validate_references(references: Mapping[str, Reference]) -> list[str]:
    """Problems in the bibliography itself (enum values, empty citations)."""
    problems: list[str] = []
    for key, reference in references.items():
        where = f"reference {key}"
        if reference.id != key:
            problems.append(f"{where}: keyed under a different id {reference.id!r}")
        problems += _text_problems(reference, where)
        problems += _enum_problem(f"{where}.type", reference.type, REFERENCE_TYPES)
        problems += _enum_problem(f"{where}.evidence", reference.evidence, EVIDENCE_LEVELS)
    return problems


def validate_playbook(
    entries: Sequence[PlaybookEntry],
    references: Mapping[str, Reference],
    *,
    english: Sequence[PlaybookEntry] | None = None,
) -> list[str]:
    """Every rule of docs/playbook-format.md, as readable sentences (empty when valid).

    Pass `english` when `entries` is a translation to also check that the structure
    (ids, list lengths, codes) matches the English original.
    """
    problems: list[str] = []
    seen: dict[str, int] = {}
    for entry in entries:
        seen[entry.id] = seen.get(entry.id, 0) + 1
    expected = {entry_id: (number, label) for number, entry_id, label in CATALOG}
    for entry_id, count in seen.items():
        if count > 1:
            problems.append(f"{entry_id}: appears {count} times")
        if entry_id not in expected:
            problems.append(f"{entry_id or '<no id>'}: not one of the 29 catalog ids")
    problems += [f"{entry_id}: missing" for entry_id in ENTRY_IDS if entry_id not in seen]
    for stage, wanted in STAGE_COUNTS.items():
        count = sum(1 for entry in entries if entry.stage == stage)
        if count != wanted:
            problems.append(f"stage {stage}: {count} entries, expected {wanted}")

    known_ids = set(ENTRY_IDS) | set(seen)
    exercise_owner: dict[str, str] = {}
    for entry in entries:
        problems += _entry_problems(entry, expected, known_ids, references)
        for exercise in entry.exercises:
            owner = exercise_owner.setdefault(exercise.id, entry.id)
            if owner != entry.id or sum(e.id == exercise.id for e in entry.exercises) > 1:
                problems.append(
                    f"{entry.id}: exercise id {exercise.id!r} is not unique in the playbook"
                )
    problems = list(dict.fromkeys(problems))
    problems += validate_references(references)
    if english is not None:
        problems += translation_problems(english, entries)
    return problems


def _entry_problems(
    entry: PlaybookEntry,
    expected: Mapping[str, tuple[int, str]],
    known_ids: set[str],
    references: Mapping[str, Reference],
) -> list[str]:
    where = entry.id or "<no id>"
    english = entry.locale == "en"
    slack = 1.0 if english else TRANSLATION_SLACK
    problems = _text_problems(entry, where)

    if entry.id in expected:
        number, label = expected[entry.id]
        if entry.number != number:
            problems.append(f"{where}: number is {entry.number}, expected {number}")
        if english and _normalize_label(entry.catalog_label) != _normalize_label(label):
            problems.append(f"{where}: catalog_label differs from the catalog ({label!r})")
        if entry.stage != entry.id.split(".", 1)[0]:
            problems.append(f"{where}: stage {entry.stage!r} does not match the id")
    problems += _enum_problem(f"{where}.stage", entry.stage, STAGES)

    if len(entry.title) > TITLE_MAX_CHARS * slack:
        problems.append(f"{where}: title has {len(entry.title)} characters (max 60)")
    words = _word_count(entry.summary)
    if words > SUMMARY_MAX_WORDS * slack:
        problems.append(f"{where}: summary has {words} words (max 40)")

    problems += _count_problem(
        f"{where}.mindset_dims", "dimension(s)", len(entry.mindset_dims), 1, 8
    )
    for dim in entry.mindset_dims:
        problems += _enum_problem(f"{where}.mindset_dims", dim, MINDSET_DIMS)

    problems += _refs_problems(entry.references, references, f"{where}.references")
    if not any(references[r].primary for r in entry.references if r in references):
        problems.append(f"{where}: no primary source among its references")

    problems += _count_problem(where, "signals", len(entry.signals), 3, 6)
    for index, signal in enumerate(entry.signals):
        here = f"{where}.signals[{index}].seen_by"
        problems += _count_problem(here, "observer(s)", len(signal.seen_by), 1, None)
        for who in signal.seen_by:
            problems += _enum_problem(here, who, SEEN_BY)

    problems += _count_problem(where, "causes", len(entry.causes), 2, 4)
    for index, cause in enumerate(entry.causes):
        problems += _refs_problems(cause.refs, references, f"{where}.causes[{index}].refs")

    stance = entry.mentor_stance
    problems += _enum_problem(f"{where}.mentor_stance.push_pull", stance.push_pull, PUSH_PULL)
    here = f"{where}.mentor_stance.kram_functions"
    problems += _count_problem(here, "function(s)", len(stance.kram_functions), 1, 3)
    for function in stance.kram_functions:
        problems += _enum_problem(here, function, KRAM_FUNCTIONS)
    words = _word_count(stance.note)
    if words > STANCE_NOTE_MAX_WORDS * slack:
        problems.append(f"{where}: mentor_stance.note has {words} words (max 60)")

    problems += _count_problem(where, "mentor_pitfalls", len(entry.mentor_pitfalls), 2, 4)
    for index, pitfall in enumerate(entry.mentor_pitfalls):
        if pitfall.failure_reason is not None:
            problems += _enum_problem(
                f"{where}.mentor_pitfalls[{index}].failure_reason",
                pitfall.failure_reason,
                FAILURE_REASONS,
            )

    problems += _question_problems(entry, where, english)
    problems += _exercise_problems(entry, where)

    problems += _count_problem(where, "progress_signs", len(entry.progress_signs), 3, 5)
    for index, sign in enumerate(entry.progress_signs):
        problems += _enum_problem(
            f"{where}.progress_signs[{index}].horizon", sign.horizon, HORIZONS
        )

    problems += _count_problem(where, "escalate_when item(s)", len(entry.escalate_when), 1, None)

    related = entry.related.all_ids
    problems += _count_problem(f"{where}.related", "id(s)", len(related), 1, None)
    for other in related:
        if other == entry.id:
            problems.append(f"{where}.related: links to itself")
        elif other not in known_ids:
            problems.append(f"{where}.related: unknown entry {other!r}")

    problems += _count_problem(where, "frameworks", len(entry.frameworks), 1, None)
    for index, framework in enumerate(entry.frameworks):
        here = f"{where}.frameworks[{index}]"
        problems += _enum_problem(f"{here}.evidence", framework.evidence, EVIDENCE_LEVELS)
        if framework.year is None or not 1900 <= framework.year <= 2100:
            problems.append(f"{here}: year {framework.year!r} is missing or implausible")
        problems += _refs_problems(framework.refs, references, f"{here}.refs")
    return problems


def _question_problems(entry: PlaybookEntry, where: str, english: bool) -> list[str]:
    problems = _count_problem(where, "questions", len(entry.questions), 4, 6)
    ids = [question.id for question in entry.questions]
    problems += [
        f"{where}: question id {qid!r} is used more than once"
        for qid in dict.fromkeys(ids)
        if ids.count(qid) > 1
    ]
    phases = {question.phase for question in entry.questions}
    problems += [
        f"{where}: no question for GROW phase {phase}"
        for phase in GROW_PHASES
        if phase not in phases
    ]
    for index, question in enumerate(entry.questions):
        here = f"{where}.questions[{index}]"
        problems += _enum_problem(f"{here}.phase", question.phase, GROW_PHASES)
        text = question.text.strip()
        if text and not text.endswith("?"):
            problems.append(f"{here}: text is not phrased as a question")
        first = text.split(maxsplit=1)[0].lower().strip("\"'") if text else ""
        if english and first in _CLOSED_STARTS:
            problems.append(f"{here}: reads as a closed question ({first!r}); ask what/how")
    return problems


def _exercise_problems(entry: PlaybookEntry, where: str) -> list[str]:
    problems = _count_problem(where, "exercises", len(entry.exercises), 1, 2)
    for index, exercise in enumerate(entry.exercises):
        here = f"{where}.exercises[{index}]"
        problems += _count_problem(here, "steps", len(exercise.steps), 3, 7)
        problems += _count_problem(here, "debrief prompts", len(exercise.debrief), 2, 3)
    return problems


def validate_templates(
    templates: Mapping[str, SessionTemplate],
    references: Mapping[str, Reference] | None = None,
) -> list[str]:
    """Templates cover the four kinds; phases run contiguously from 0 to 60 minutes."""
    problems = [f"template {kind}: missing" for kind in TEMPLATE_KINDS if kind not in templates]
    for key, template in templates.items():
        where = f"template {key}"
        problems += _text_problems(template, where)
        if template.kind != key:
            problems.append(f"{where}: kind is {template.kind!r}")
        problems += _enum_problem(f"{where}.kind", template.kind, TEMPLATE_KINDS)
        problems += _enum_problem(f"{where}.kram_phase", template.kram_phase, KRAM_PHASES)
        problems += _enum_problem(f"{where}.zachary_phase", template.zachary_phase, ZACHARY_PHASES)
        if template.duration_minutes != SESSION_MINUTES:
            problems.append(f"{where}: lasts {template.duration_minutes} minutes, expected 60")
        if template.kind == "first" and not template.agreement_checklist:
            problems.append(f"{where}: the first session needs an agreement checklist")
        if references is not None:
            problems += [
                f"{where}: unknown reference {ref!r}"
                for ref in template.refs
                if ref not in references
            ]
        problems += _phase_problems(template, where)
    return problems


def _phase_problems(template: SessionTemplate, where: str) -> list[str]:
    problems = _count_problem(where, "phases", len(template.phases), 1, None)
    ids = [phase.id for phase in template.phases]
    problems += [
        f"{where}: phase id {pid!r} is used more than once"
        for pid in dict.fromkeys(ids)
        if ids.count(pid) > 1
    ]
    cursor = 0
    for index, phase in enumerate(template.phases):
        here = f"{where}.phases[{index}]"
        if phase.start != cursor:
            problems.append(f"{here}: starts at minute {phase.start}, expected {cursor}")
        if phase.end <= phase.start:
            problems.append(f"{here}: ends at minute {phase.end}, not after its start")
        cursor = phase.end
        problems += _count_problem(here, "prompts", len(phase.prompts), 1, None)
        if phase.grow is not None:
            problems += _enum_problem(f"{here}.grow", phase.grow, GROW_PHASES)
    if template.phases and cursor != template.duration_minutes:
        problems.append(
            f"{where}: phases end at minute {cursor}, expected {template.duration_minutes}"
        )
    return problems


def validate_mentor_guides(
    guides: Sequence[MentorGuide], references: Mapping[str, Reference]
) -> list[str]:
    """The five guides exist once each, stay within 250-450 words and cite known sources."""
    problems: list[str] = []
    ids = [guide.id for guide in guides]
    problems += [f"guide {gid}: missing" for gid in MENTOR_GUIDE_IDS if gid not in ids]
    problems += [f"guide {gid}: appears more than once" for gid in set(ids) if ids.count(gid) > 1]
    problems += [f"guide {gid}: unknown guide id" for gid in ids if gid not in MENTOR_GUIDE_IDS]
    orders = [guide.order for guide in guides]
    if len(set(orders)) != len(orders):
        problems.append("guides: order values are not unique")
    for guide in guides:
        where = f"guide {guide.id}"
        problems += _text_problems(guide, where)
        problems += _count_problem(where, "sections", len(guide.sections), 1, None)
        problems += _refs_problems(guide.refs, references, f"{where}.refs")
        problems += _enum_problem(f"{where}.evidence", guide.evidence, EVIDENCE_LEVELS)
        low, high = GUIDE_WORDS
        if guide.locale != "en":
            low, high = int(low * 0.8), int(high * TRANSLATION_SLACK)
        words = guide.word_count
        if not low <= words <= high:
            problems.append(f"{where}: {words} words in its sections, expected {low}-{high}")
    return problems


# --------------------------------------------------------------------------------------
# Translations
# --------------------------------------------------------------------------------------

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


def validate_translations(locales: Sequence[str] = ("nl", "fr")) -> list[str]:
    """Check every shipped translation against its English file, and orphaned files."""
    problems: list[str] = []
    for folder in ("playbook", "templates", "mentor_guides"):
        directory = _data_dir(folder)
        if not directory.is_dir():
            continue
        names = {item.name for item in directory.iterdir()}
        for name in sorted(names):
            match = _TRANSLATION_NAME.match(name)
            if match and f"{match.group('base')}.toml" not in names:
                problems.append(f"data/{folder}/{name}: no English file beside it")
            elif match and match.group("locale") not in LOCALES:
                problems.append(f"data/{folder}/{name}: locale is not shipped")
    english_entries = load_playbook()
    english_templates = load_session_templates()
    english_guides = load_mentor_guides()
    references = load_references()
    for locale in locales:
        entries = load_playbook(locale)
        translated = [e for e in entries if e.locale == locale]
        originals = {e.id: e for e in english_entries}
        for entry in translated:
            problems += [
                f"[{locale}] {p}"
                for p in _entry_problems(
                    entry,
                    {eid: (n, label) for n, eid, label in CATALOG},
                    set(ENTRY_IDS),
                    references,
                )
            ]
            if entry.id in originals:
                problems += [
                    f"[{locale}] {p}"
                    for p in translation_problems(originals[entry.id], entry, entry.id)
                ]
        templates = load_session_templates(locale)
        problems += [f"[{locale}] {p}" for p in validate_templates(templates, references)]
        for kind, template in templates.items():
            if template.locale == locale and kind in english_templates:
                problems += [
                    f"[{locale}] template {kind}: {p}"
                    for p in translation_problems(english_templates[kind], template)
                ]
        guides = load_mentor_guides(locale)
        problems += [f"[{locale}] {p}" for p in validate_mentor_guides(guides, references)]
        originals_g = {g.id: g for g in english_guides}
        for guide in guides:
            if guide.locale == locale and guide.id in originals_g:
                problems += [
                    f"[{locale}] guide {guide.id}: {p}"
                    for p in translation_problems(originals_g[guide.id], guide)
                ]
    return problems
