"""The playbook's fixed vocabulary and its entities: frozen dataclasses, one per part of an
entry, template or guide (docs/playbook-format.md). Kept apart so the loader, the validator
and the UI all agree on one set of names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

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
    (29, "capable.empathy", "need to overly develop empathy"),
)
ENTRY_IDS: Final[tuple[str, ...]] = tuple(row[1] for row in CATALOG)
STAGES: Final[tuple[str, ...]] = ("new", "struggling", "capable")
STAGE_COUNTS: Final[Mapping[str, int]] = {"new": 9, "struggling": 11, "capable": 9}
SEEN_BY: Final[frozenset[str]] = frozenset({"self", "team", "boss", "mentor"})
PUSH_PULL: Final[tuple[str, ...]] = ("push", "mostly-push", "balanced", "mostly-pull", "pull")
#: Kram (1985) names two functions of mentoring; role modelling is one of the psychosocial ones.
KRAM_FUNCTIONS: Final[frozenset[str]] = frozenset({"career", "psychosocial"})
#: The sub-functions Kram (1985) lists under each function: role -> function.
KRAM_ROLES: Final[Mapping[str, str]] = {
    "sponsorship": "career",
    "exposure": "career",
    "coaching": "career",
    "protection": "career",
    "challenging_assignments": "career",
    "role_modelling": "psychosocial",
    "acceptance": "psychosocial",
    "counselling": "psychosocial",
    "friendship": "psychosocial",
}
FAILURE_REASONS: Final[frozenset[str]] = frozenset(
    {"no_goals", "no_process", "miscasting", "no_time", "self_focus", "confidentiality"}
)
GROW_PHASES: Final[tuple[str, ...]] = ("G", "R", "O", "W")
#: What a question does beyond its GROW phase: `framing` lets the mentee name the issue in
#: their own words before any struggle is put to them (the first question, phase G or R);
#: `obstacle` and `commitment` are the two Will-phase questions every entry needs.
QUESTION_ROLES: Final[Mapping[str, frozenset[str]]] = {
    "framing": frozenset({"G", "R"}),
    "obstacle": frozenset({"W"}),
    "commitment": frozenset({"W"}),
}
QUESTION_COUNT: Final = (4, 8)
HORIZONS: Final[tuple[str, ...]] = ("2-4 weeks", "2-3 months", "3-6 months")
EVIDENCE_LEVELS: Final[frozenset[str]] = frozenset({"research", "practitioner_model", "heuristic"})
REFERENCE_TYPES: Final[frozenset[str]] = frozenset(
    {"book", "journal_article", "hbr_article", "report", "web", "letter", "legislation"}
)
#: Where a referral route exists: Belgian law, Dutch law, or inside any organisation.
ROUTE_COUNTRIES: Final[tuple[str, ...]] = ("BE", "NL", "org")
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
    """Where the mentor stands on Downey's push-pull spectrum and which Kram functions,
    optionally narrowed to the sub-functions (roles) that matter most here."""

    push_pull: str
    kram_functions: tuple[str, ...]
    note: str
    kram_roles: tuple[str, ...] = ()


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
    role: str | None = None

    @property
    def global_id(self) -> str:
        """Stable across releases and locales, so agendas can remember what was asked."""
        return f"{self.entry_id}#{self.id}"


@dataclass(frozen=True)
class Exercise:
    """A between-session exercise; its id is unique across the playbook.

    A shared exercise (data/exercises.toml) is written once and used by several entries:
    `shared` is true and `framing` holds the entry's own line on how to use it there.
    """

    id: str
    title: str
    purpose: str
    steps: tuple[str, ...]
    duration: str
    debrief: tuple[str, ...]
    framing: str = ""
    shared: bool = False


@dataclass(frozen=True)
class ProgressSign:
    """Something observable that shows change, with the horizon to expect it in."""

    text: str
    horizon: str


@dataclass(frozen=True)
class Route:
    """Somewhere a mentee can be referred to (data/routes.toml): a legal route in Belgium
    or the Netherlands, or a function inside the organisation. `counterpart` names the
    route in the other country that does the same job, so neither country is left out."""

    id: str
    country: str
    name: str
    short: str
    purpose: str
    how: str
    refs: tuple[str, ...] = ()
    counterpart: str = ""
    locale: str = "en"  # routes.<locale>.toml falls back to English on its own


@dataclass(frozen=True)
class Referral:
    """When the mentor should refer on (mentors are not therapists), and where to."""

    trigger: str
    routes: tuple[Route, ...]
    note: str = ""


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
    """A named model (data/frameworks.toml) with its one evidence level and trademark
    credit. `year` is when the idea first appeared, `note` says where a cited edition is
    later; inside an entry, `use` is that entry's own line on how the model helps there."""

    id: str
    name: str
    originator: str
    year: int | None
    evidence: str
    gist: str
    refs: tuple[str, ...]
    trademark: str = ""
    note: str = ""
    use: str = ""


@dataclass(frozen=True)
class SharedRecords:
    """The records entries point to by id, in one locale: frameworks, exercises, routes."""

    frameworks: Mapping[str, Framework]
    exercises: Mapping[str, Exercise]
    routes: Mapping[str, Route]
    locale: str = "en"


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
    referrals: tuple[Referral, ...]
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


def _word_count(text: str) -> int:
    return len(text.split())
