"""The rules of docs/playbook-format.md as checks that return readable sentences (empty
when valid) instead of raising, so a test or an editor can show every problem at once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mentorpad.guides.playbook.checks import (
    _count_problem,
    _enum_problem,
    _refs_problems,
    _text_problems,
)
from mentorpad.guides.playbook.content_rules import content_problems
from mentorpad.guides.playbook.loading import load_shared
from mentorpad.guides.playbook.model import (
    CATALOG,
    ENTRY_IDS,
    EVIDENCE_LEVELS,
    FAILURE_REASONS,
    GROW_PHASES,
    GUIDE_WORDS,
    HORIZONS,
    KRAM_FUNCTIONS,
    KRAM_PHASES,
    KRAM_ROLES,
    MENTOR_GUIDE_IDS,
    MINDSET_DIMS,
    PUSH_PULL,
    REFERENCE_TYPES,
    SEEN_BY,
    SESSION_MINUTES,
    STAGE_COUNTS,
    STAGES,
    STANCE_NOTE_MAX_WORDS,
    SUMMARY_MAX_WORDS,
    TEMPLATE_KINDS,
    TITLE_MAX_CHARS,
    TRANSLATION_SLACK,
    ZACHARY_PHASES,
    MentorGuide,
    PlaybookEntry,
    Reference,
    SessionTemplate,
    SharedRecords,
    _word_count,
)
from mentorpad.guides.playbook.records import (
    entry_record_problems,
    evidence_consistency_problems,
    validate_shared,
)
from mentorpad.guides.playbook.translations import translation_problems


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
        if reference.type == "legislation":
            # A law is the basis of a referral route, not evidence for a model.
            problems += _enum_problem(f"{where}.evidence", reference.evidence, ("legal",))
        else:
            problems += _enum_problem(f"{where}.evidence", reference.evidence, EVIDENCE_LEVELS)
    return problems


def validate_playbook(
    entries: Sequence[PlaybookEntry],
    references: Mapping[str, Reference],
    *,
    english: Sequence[PlaybookEntry] | None = None,
    shared: SharedRecords | None = None,
) -> list[str]:
    """Every rule of docs/playbook-format.md, as readable sentences (empty when valid).

    Pass `english` when `entries` is a translation to also check that the structure
    (ids, list lengths, codes) matches the English original. `shared` holds the
    frameworks, exercises and routes the entries point to (default: the shipped records
    in the entries' language).
    """
    if shared is None:
        shared = load_shared(entries[0].locale if entries else "en")
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
        problems += _entry_problems(entry, expected, known_ids, references, shared)
        for exercise in (e for e in entry.exercises if not e.shared):
            owner = exercise_owner.setdefault(exercise.id, entry.id)
            if owner != entry.id or sum(e.id == exercise.id for e in entry.exercises) > 1:
                problems.append(
                    f"{entry.id}: exercise id {exercise.id!r} is not unique in the playbook"
                )
    problems += evidence_consistency_problems(entries)
    problems = list(dict.fromkeys(problems))
    problems += validate_references(references)
    problems += validate_shared(shared, references)
    if english is not None:
        problems += translation_problems(english, entries)
    return problems


def _entry_problems(
    entry: PlaybookEntry,
    expected: Mapping[str, tuple[int, str]],
    known_ids: set[str],
    references: Mapping[str, Reference],
    shared: SharedRecords,
) -> list[str]:
    """One entry against every rule, section by section in the order of the format doc."""
    where = entry.id or "<no id>"
    english = entry.locale == "en"
    slack = 1.0 if english else TRANSLATION_SLACK
    problems = _text_problems(entry, where)
    problems += _identity_problems(entry, where, expected, english)
    problems += _length_problems(entry, where, slack)
    problems += _source_problems(entry, where, references)
    problems += _signal_problems(entry, where)
    problems += _cause_problems(entry, where, references)
    problems += _stance_problems(entry, where, slack)
    problems += _pitfall_problems(entry, where)
    problems += content_problems(entry)
    problems += _progress_problems(entry, where)
    problems += _related_problems(entry, where, known_ids)
    problems += entry_record_problems(entry, shared, references)
    return problems


def _identity_problems(
    entry: PlaybookEntry, where: str, expected: Mapping[str, tuple[int, str]], english: bool
) -> list[str]:
    """Number, catalog label and stage agree with the fixed catalog."""
    problems: list[str] = []
    if entry.id in expected:
        number, label = expected[entry.id]
        if entry.number != number:
            problems.append(f"{where}: number is {entry.number}, expected {number}")
        if english and _normalize_label(entry.catalog_label) != _normalize_label(label):
            problems.append(f"{where}: catalog_label differs from the catalog ({label!r})")
        if entry.stage != entry.id.split(".", 1)[0]:
            problems.append(f"{where}: stage {entry.stage!r} does not match the id")
    problems += _enum_problem(f"{where}.stage", entry.stage, STAGES)
    return problems


def _length_problems(entry: PlaybookEntry, where: str, slack: float) -> list[str]:
    problems: list[str] = []
    if len(entry.title) > TITLE_MAX_CHARS * slack:
        problems.append(f"{where}: title has {len(entry.title)} characters (max 60)")
    words = _word_count(entry.summary)
    if words > SUMMARY_MAX_WORDS * slack:
        problems.append(f"{where}: summary has {words} words (max 40)")
    return problems


def _source_problems(
    entry: PlaybookEntry, where: str, references: Mapping[str, Reference]
) -> list[str]:
    """The mindset dimensions it touches and its references, one of them a primary source."""
    problems = _count_problem(
        f"{where}.mindset_dims", "dimension(s)", len(entry.mindset_dims), 1, 8
    )
    for dim in entry.mindset_dims:
        problems += _enum_problem(f"{where}.mindset_dims", dim, MINDSET_DIMS)
    problems += _refs_problems(entry.references, references, f"{where}.references")
    if not any(references[r].primary for r in entry.references if r in references):
        problems.append(f"{where}: no primary source among its references")
    return problems


def _signal_problems(entry: PlaybookEntry, where: str) -> list[str]:
    problems = _count_problem(where, "signals", len(entry.signals), 3, 6)
    for index, signal in enumerate(entry.signals):
        here = f"{where}.signals[{index}].seen_by"
        problems += _count_problem(here, "observer(s)", len(signal.seen_by), 1, None)
        for who in signal.seen_by:
            problems += _enum_problem(here, who, SEEN_BY)
    return problems


def _cause_problems(
    entry: PlaybookEntry, where: str, references: Mapping[str, Reference]
) -> list[str]:
    problems = _count_problem(where, "causes", len(entry.causes), 2, 4)
    for index, cause in enumerate(entry.causes):
        problems += _refs_problems(cause.refs, references, f"{where}.causes[{index}].refs")
    return problems


def _stance_problems(entry: PlaybookEntry, where: str, slack: float) -> list[str]:
    stance = entry.mentor_stance
    problems = _enum_problem(f"{where}.mentor_stance.push_pull", stance.push_pull, PUSH_PULL)
    here = f"{where}.mentor_stance.kram_functions"
    problems += _count_problem(here, "function(s)", len(stance.kram_functions), 1, 2)
    for function in stance.kram_functions:
        if function == "role_model":
            problems.append(
                f"{here}: Kram names two functions; role modelling is a psychosocial one "
                '(kram_functions = ["psychosocial"], kram_roles = ["role_modelling"])'
            )
            continue
        problems += _enum_problem(here, function, KRAM_FUNCTIONS)
    for role in stance.kram_roles:
        problems += _enum_problem(f"{where}.mentor_stance.kram_roles", role, KRAM_ROLES)
        if role in KRAM_ROLES and KRAM_ROLES[role] not in stance.kram_functions:
            problems.append(
                f"{where}.mentor_stance.kram_roles: {role!r} is part of the "
                f"{KRAM_ROLES[role]} function, which is not listed"
            )
    words = _word_count(stance.note)
    if words > STANCE_NOTE_MAX_WORDS * slack:
        problems.append(f"{where}: mentor_stance.note has {words} words (max 60)")
    return problems


def _pitfall_problems(entry: PlaybookEntry, where: str) -> list[str]:
    problems = _count_problem(where, "mentor_pitfalls", len(entry.mentor_pitfalls), 2, 4)
    for index, pitfall in enumerate(entry.mentor_pitfalls):
        if pitfall.failure_reason is not None:
            problems += _enum_problem(
                f"{where}.mentor_pitfalls[{index}].failure_reason",
                pitfall.failure_reason,
                FAILURE_REASONS,
            )
    return problems


def _progress_problems(entry: PlaybookEntry, where: str) -> list[str]:
    """Progress signs with their horizons."""
    problems = _count_problem(where, "progress_signs", len(entry.progress_signs), 3, 5)
    for index, sign in enumerate(entry.progress_signs):
        problems += _enum_problem(
            f"{where}.progress_signs[{index}].horizon", sign.horizon, HORIZONS
        )
    return problems


def _related_problems(entry: PlaybookEntry, where: str, known_ids: set[str]) -> list[str]:
    related = entry.related.all_ids
    problems = _count_problem(f"{where}.related", "id(s)", len(related), 1, None)
    for other in related:
        if other == entry.id:
            problems.append(f"{where}.related: links to itself")
        elif other not in known_ids:
            problems.append(f"{where}.related: unknown entry {other!r}")
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
