"""Playbook, references, templates and mentor guides: loaders, validators, shipped data.

Validator tests build their own entries, so they say something about the validator even
while the shipped content is still being written; the shipped-data tests then hold the
content to the same rules.
"""

from __future__ import annotations

import copy
import dataclasses
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorpad.guides import playbook
from mentorpad.guides.playbook import (
    CATALOG,
    ENTRY_IDS,
    GROW_PHASES,
    RECOMMENDATION_MARKERS,
    TEMPLATE_KINDS,
    Exercise,
    Framework,
    PlaybookDataError,
    PlaybookEntry,
    Reference,
    Route,
    SharedRecords,
    entry_from_dict,
    load_mentor_guides,
    load_playbook,
    load_references,
    load_session_templates,
    normalize_locale,
    template_from_dict,
    translation_problems,
    validate_mentor_guides,
    validate_playbook,
    validate_references,
    validate_shared,
    validate_templates,
    validate_translations,
)
from mentorpad.guides.playbook.content_rules import recommendation_markers

ROOT = Path(__file__).resolve().parents[2]


def documented_reference_ids() -> list[str]:
    """The reference ids docs/playbook-format.md promises references.toml holds."""
    doc = (ROOT / "docs" / "playbook-format.md").read_text(encoding="utf-8")
    section = doc.split("## Reference ids", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"`([a-z0-9-]+)`", section)


REFERENCES: dict[str, Reference] = {
    "primary-source": Reference(
        id="primary-source",
        citation="Author, A. (2000). A primary source. Publisher.",
        type="book",
        primary=True,
        evidence="research",
        verified=True,
    ),
    "secondary-source": Reference(
        id="secondary-source",
        citation="Author, B. (2010). A secondary source. Journal, 1(1), 1-2.",
        type="journal_article",
        primary=False,
        evidence="practitioner_model",
        verified=False,
    ),
}


def _route(route_id: str, country: str, counterpart: str = "") -> Route:
    return Route(
        id=route_id,
        country=country,
        name=f"The {route_id} route",
        short=route_id,
        purpose="What it is for.",
        how="How to reach it.",
        refs=(),
        counterpart=counterpart,
    )


#: Shared records for constructed entries, so the validator tests need no shipped data.
SHARED = SharedRecords(
    frameworks={
        "a-model": Framework(
            id="a-model",
            name="A model",
            originator="Someone",
            year=1999,
            evidence="practitioner_model",
            gist="What it says.",
            refs=("primary-source",),
        ),
        "other-model": Framework(
            id="other-model",
            name="Another model",
            originator="Someone else",
            year=2001,
            evidence="heuristic",
            gist="What it says.",
            refs=("secondary-source",),
        ),
    },
    exercises={
        "shared-log": Exercise(
            id="shared-log",
            title="A shared log",
            purpose="Notice a habit.",
            steps=("Step one.", "Step two.", "Step three."),
            duration="1 week",
            debrief=("What did you see?", "What surprised you?"),
        )
    },
    routes={
        "be-doctor": _route("be-doctor", "BE", "nl-doctor"),
        "nl-doctor": _route("nl-doctor", "NL", "be-doctor"),
        "be-only": _route("be-only", "BE"),
        "org-hr": _route("org-hr", "org"),
    },
)


def entry_dict(number: int) -> dict[str, Any]:
    """A complete, valid entry for catalog position `number`, as parsed TOML would be."""
    _, entry_id, label = CATALOG[number - 1]
    next_id = ENTRY_IDS[number % len(ENTRY_IDS)]
    return {
        "id": entry_id,
        "stage": entry_id.split(".")[0],
        "number": number,
        "catalog_label": label,
        "title": f"Working on theme number {number}",
        "summary": "A short summary of the pattern and what the mentor can do about it.",
        "mindset_dims": ["D1", "D6"],
        "references": ["primary-source", "secondary-source"],
        "signals": [
            {"text": "Signal one is observable.", "seen_by": ["team"]},
            {"text": "Signal two is observable.", "seen_by": ["boss", "self"]},
            {"text": "Signal three is observable.", "seen_by": ["mentor"]},
        ],
        "causes": [
            {"text": "One cause.", "refs": ["primary-source"]},
            {"text": "Another cause.", "refs": ["secondary-source"]},
        ],
        "mentor_stance": {
            "push_pull": "mostly-pull",
            "kram_functions": ["psychosocial"],
            "note": "Ask before telling.",
        },
        "mentor_pitfalls": [
            {"text": "Talking about yourself.", "failure_reason": "self_focus"},
            {"text": "Fixing it for them."},
        ],
        "questions": [
            {
                "id": "q1",
                "phase": "G",
                "role": "framing",
                "text": "What would you like to use this time for?",
                "purpose": "Frame.",
            },
            {"id": "q2", "phase": "R", "text": "What is happening?", "purpose": "Reality."},
            {"id": "q3", "phase": "O", "text": "What could you do?", "purpose": "Options."},
            {
                "id": "q4",
                "phase": "W",
                "role": "obstacle",
                "text": "What might get in the way?",
                "purpose": "Obstacle.",
            },
            {
                "id": "q5",
                "phase": "W",
                "role": "commitment",
                "text": "How committed are you, from 1 to 10?",
                "purpose": "Commitment.",
            },
        ],
        "exercises": [
            {
                "id": f"exercise-{number}",
                "title": "An exercise",
                "purpose": "Practise.",
                "steps": ["Step one.", "Step two.", "Step three."],
                "duration": "2 weeks",
                "debrief": ["What happened?", "What did you learn?"],
            }
        ],
        "progress_signs": [
            {"text": "First sign.", "horizon": "2-4 weeks"},
            {"text": "Second sign.", "horizon": "2-3 months"},
            {"text": "Third sign.", "horizon": "3-6 months"},
        ],
        "referrals": [
            {"trigger": "Signs of burnout.", "routes": ["be-doctor", "nl-doctor"]},
            {"trigger": "A personnel procedure.", "routes": ["org-hr"]},
        ],
        "related": {"co_occurs": [next_id], "often_underlies": [], "next_step": []},
        "frameworks": [{"id": "a-model", "use": "How it helps here."}],
    }


def build(dicts: list[dict[str, Any]], locale: str = "en") -> list[PlaybookEntry]:
    return [entry_from_dict(d, locale=locale, shared=SHARED) for d in dicts]


def validate(entries: list[PlaybookEntry], **kwargs: Any) -> list[str]:
    return validate_playbook(entries, REFERENCES, shared=SHARED, **kwargs)


@pytest.fixture
def dicts() -> list[dict[str, Any]]:
    return [entry_dict(number) for number in range(1, 30)]


def problems_after(
    dicts: list[dict[str, Any]], mutate: Callable[[dict[str, Any]], None], index: int = 4
) -> list[str]:
    mutate(dicts[index])
    return validate(build(dicts))


# --------------------------------------------------------------------------------------
# The validator on constructed entries
# --------------------------------------------------------------------------------------


def test_constructed_playbook_is_valid(dicts: list[dict[str, Any]]) -> None:
    assert validate(build(dicts)) == []


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """A mutator that sets a dotted/indexed path, e.g. 'questions.0.phase'."""

    def mutate(entry: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = entry
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _extend(key: str, count: int) -> Callable[[dict[str, Any]], None]:
    def mutate(entry: dict[str, Any]) -> None:
        items = entry[key]
        while len(items) < count:
            extra = copy.deepcopy(items[-1])
            if "id" in extra:
                extra["id"] = f"{extra['id']}-{len(items)}"
            items.append(extra)

    return mutate


def _drop_phase(phase: str) -> Callable[[dict[str, Any]], None]:
    def mutate(entry: dict[str, Any]) -> None:
        for question in entry["questions"]:
            if question["phase"] == phase:
                question["phase"] = "G"

    return mutate


def _del(path: str) -> Callable[[dict[str, Any]], None]:
    """A mutator that removes a key at a dotted/indexed path, e.g. 'questions.0.role'."""

    def mutate(entry: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = entry
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return mutate


BREAKAGES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing GROW phase", _drop_phase("O"), "no question for GROW phase O"),
    ("unknown phase", _set("questions.1.phase", "X"), "'X' is not one of"),
    ("placeholder TODO", _set("summary", "TODO: write this"), "placeholder text 'TODO'"),
    ("placeholder TBD", _set("signals.1.text", "TBD"), "placeholder"),
    ("placeholder ellipsis", _set("causes.0.text", "It happens because..."), "placeholder"),
    ("placeholder lorem", _set("mentor_stance.note", "Lorem ipsum dolor."), "placeholder"),
    ("placeholder xxx", _set("exercises.0.steps.1", "Call xxx."), "placeholder"),
    ("empty text", _set("referrals.0.trigger", ""), "trigger is empty"),
    ("unknown cause ref", _set("causes.0.refs", ["nope-1999"]), "unknown reference 'nope-1999'"),
    ("cause without ref", _set("causes.1.refs", []), "0 reference id(s)"),
    ("no primary source", _set("references", ["secondary-source"]), "no primary source"),
    ("unknown entry reference", _set("references", ["primary-source", "x"]), "unknown reference"),
    (
        "cited reference not listed",
        _set("references", ["primary-source"]),
        "cites 'secondary-source' but does not list it in references",
    ),
    ("title too long", _set("title", "a" * 61), "title has 61 characters"),
    ("summary too long", _set("summary", "word " * 41), "summary has 41 words"),
    ("summary formula not X", _set("summary", "It is trust, not control."), "stock formula"),
    ("summary formula the work", _set("summary", "The work is to listen."), "stock formula"),
    ("stance note too long", _set("mentor_stance.note", "word " * 61), "note has 61 words"),
    ("too few signals", _set("signals", []), "0 signals, expected 3-6"),
    ("too many signals", _extend("signals", 7), "7 signals, expected 3-6"),
    ("unknown observer", _set("signals.0.seen_by", ["neighbour"]), "'neighbour' is not one of"),
    ("no observer", _set("signals.0.seen_by", []), "0 observer(s)"),
    ("too few causes", _set("causes", [{"text": "Only.", "refs": ["primary-source"]}]), "1 causes"),
    ("too many causes", _extend("causes", 5), "5 causes, expected 2-4"),
    ("too few pitfalls", _set("mentor_pitfalls", [{"text": "One."}]), "1 mentor_pitfalls"),
    ("too many pitfalls", _extend("mentor_pitfalls", 5), "5 mentor_pitfalls"),
    ("bad failure reason", _set("mentor_pitfalls.0.failure_reason", "lazy"), "'lazy' is not one"),
    ("bad push_pull", _set("mentor_stance.push_pull", "shove"), "'shove' is not one of"),
    ("bad kram function", _set("mentor_stance.kram_functions", ["coach"]), "'coach' is not one"),
    (
        "role model as a third function",
        _set("mentor_stance.kram_functions", ["psychosocial", "role_model"]),
        "role modelling is a psychosocial one",
    ),
    (
        "role without its function",
        _set("mentor_stance.kram_roles", ["sponsorship"]),
        "part of the career function",
    ),
    ("too few questions", _set("questions", []), "0 questions, expected 4-8"),
    ("too many questions", _extend("questions", 9), "9 questions, expected 4-8"),
    ("duplicate question id", _set("questions.1.id", "q1"), "question id 'q1' is used more"),
    ("closed question", _set("questions.1.text", "Do you want this?"), "closed question"),
    ("not a question", _set("questions.1.text", "Tell me more."), "not phrased as a question"),
    ("why question", _set("questions.1.text", "Why did you do that?"), "asks why"),
    ("no framing question", _del("questions.0.role"), "must be a framing question"),
    ("framing question late", _set("questions.0.phase", "O"), "framing question belongs to"),
    ("no obstacle question", _del("questions.3.role"), "no Will-phase obstacle question"),
    ("no commitment question", _del("questions.4.role"), "no Will-phase commitment question"),
    ("obstacle outside Will", _set("questions.3.phase", "R"), "belongs to phase W"),
    ("unknown role", _set("questions.1.role", "closing"), "'closing' is not one of"),
    (
        "leading: remedy inside",
        _set("questions.2.text", "What could you say that keeps it with them?"),
        "recommendation marker 'what could you say that'",
    ),
    (
        "leading: menu of options",
        _set("questions.2.text", "Which level fits: wait, recommend or act?"),
        "recommendation marker 'menu of options",
    ),
    (
        "leading: preferred alternative",
        _set("questions.2.text", "How could you coach rather than tell?"),
        "recommendation marker 'rather than'",
    ),
    ("no exercise", _set("exercises", []), "0 exercises, expected 1-2"),
    ("too many exercises", _extend("exercises", 3), "3 exercises, expected 1-2"),
    ("too few steps", _set("exercises.0.steps", ["One.", "Two."]), "2 steps, expected 3-7"),
    ("too many steps", _set("exercises.0.steps", ["Step."] * 8), "8 steps, expected 3-7"),
    ("too few debrief", _set("exercises.0.debrief", ["One?"]), "1 debrief prompts"),
    ("too many debrief", _set("exercises.0.debrief", ["Q?"] * 4), "4 debrief prompts"),
    (
        "shared exercise without framing",
        _set("exercises", [{"shared": "shared-log"}]),
        "a shared exercise needs the entry's framing line",
    ),
    (
        "own exercise takes a shared id",
        _set("exercises.0.id", "shared-log"),
        "is taken by a shared exercise",
    ),
    ("too few progress signs", _set("progress_signs", []), "0 progress_signs"),
    ("too many progress signs", _extend("progress_signs", 6), "6 progress_signs"),
    ("bad horizon", _set("progress_signs.0.horizon", "next year"), "'next year' is not one"),
    ("no referral", _set("referrals", []), "0 referrals"),
    ("referral without route", _set("referrals.1.routes", []), "0 route(s)"),
    (
        "Belgian route without its Dutch counterpart",
        _set("referrals.0.routes", ["be-doctor"]),
        "lists 'be-doctor' without its counterpart 'nl-doctor'",
    ),
    ("no Dutch route", _set("referrals.0.routes", ["be-only"]), "no referral names a Dutch route"),
    (
        "second language as a referral",
        _set("referrals.1.trigger", "Presents in a second language."),
        "not a reason to refer on",
    ),
    ("no related id", _set("related.co_occurs", []), "0 id(s), expected at least 1"),
    ("related to itself", _set("related.next_step", ["new.feedback"]), "links to itself"),
    ("unknown related id", _set("related.next_step", ["new.nothing"]), "unknown entry"),
    ("no framework", _set("frameworks", []), "0 frameworks"),
    (
        "framework twice",
        _set("frameworks", [{"id": "a-model"}, {"id": "a-model"}]),
        "'a-model' is listed more than once",
    ),
    ("bad mindset dim", _set("mindset_dims", ["D9"]), "'D9' is not one of"),
    ("no mindset dim", _set("mindset_dims", []), "0 dimension(s)"),
    ("wrong number", _set("number", 12), "number is 12, expected 5"),
    ("wrong stage", _set("stage", "capable"), "does not match the id"),
    ("unknown stage", _set("stage", "expert"), "'expert' is not one of"),
    ("catalog label changed", _set("catalog_label", "gives feedback"), "catalog_label differs"),
]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [pytest.param(m, e, id=name) for name, m, e in BREAKAGES],
)
def test_validator_catches_broken_entry(
    dicts: list[dict[str, Any]], mutate: Callable[[dict[str, Any]], None], expected: str
) -> None:
    problems = problems_after(dicts, mutate)
    assert any(expected in problem for problem in problems), problems


def test_the_recommendation_markers_catch_the_leading_questions_of_the_review() -> None:
    """The review's examples of questions that carry the diagnosis or the remedy."""
    leading = [
        "When someone brings you a problem, what could you say that keeps it with them?",
        "Which level of initiative fits: wait to be told, recommend, or act and report?",
        "What happens to the team when you step in, whether you planned to or not?",
        "How could you keep the standard high and make it safer to speak up?",
    ]
    assert all(recommendation_markers(text) for text in leading)
    clean = "What would you like the team to handle without you in three months?"
    assert recommendation_markers(clean) == []
    assert set(RECOMMENDATION_MARKERS) == {"en", "nl", "fr"}
    assert recommendation_markers("Hoe zou je het anders doen, bijvoorbeeld morgen?", "nl")
    assert recommendation_markers("Que feriez-vous, par exemple, demain ?", "fr")


def test_the_parser_resolves_shared_records_and_names_unknown_ids() -> None:
    data = entry_dict(9)
    data["exercises"] = [{"shared": "shared-log", "framing": "Log the rescues too."}]
    entry = entry_from_dict(data, shared=SHARED)
    exercise = entry.exercises[0]
    assert (exercise.id, exercise.shared, exercise.framing) == (
        "shared-log",
        True,
        "Log the rescues too.",
    )
    assert exercise.steps == SHARED.exercises["shared-log"].steps
    assert entry.frameworks[0].evidence == "practitioner_model"
    assert entry.frameworks[0].use == "How it helps here."
    assert [route.country for route in entry.referrals[0].routes] == ["BE", "NL"]
    assert (
        validate(
            [
                *build([entry_dict(n) for n in range(1, 9)]),
                entry,
                *build([entry_dict(n) for n in range(10, 30)]),
            ]
        )
        == []
    )
    for key, value, message in (
        ("exercises", [{"shared": "no-such-log", "framing": "F."}], "unknown exercise"),
        ("exercises", [{"shared": "shared-log", "steps": ["x"]}], "takes only a framing"),
        ("frameworks", [{"id": "no-such-model"}], "unknown framework"),
        ("frameworks", [{"id": "a-model", "evidence": "research"}], "unknown key"),
        ("referrals", [{"trigger": "T.", "routes": ["no-such-route"]}], "unknown route"),
    ):
        broken = entry_dict(9)
        broken[key] = value
        with pytest.raises(PlaybookDataError, match=message):
            entry_from_dict(broken, shared=SHARED)


def test_one_framework_keeps_one_evidence_level_across_entries(
    dicts: list[dict[str, Any]],
) -> None:
    entries = build(dicts)
    framework = entries[3].frameworks[0]
    entries[3] = dataclasses.replace(
        entries[3], frameworks=(dataclasses.replace(framework, evidence="research"),)
    )
    problems = validate(entries)
    assert any("framework a-model: evidence differs between entries" in p for p in problems)
    assert any("an entry cannot set its own evidence level" in p for p in problems)


def test_the_shared_records_are_checked() -> None:
    model = SHARED.frameworks["other-model"]
    frameworks = {
        "other-model": dataclasses.replace(model, evidence="research"),
        "no-year": dataclasses.replace(model, id="no-year", year=None),
        "bad-level": dataclasses.replace(model, id="bad-level", evidence="anecdote"),
    }
    routes = dict(SHARED.routes)
    routes["be-only"] = dataclasses.replace(routes["be-only"], counterpart="org-hr")
    broken = dataclasses.replace(SHARED, frameworks=frameworks, routes=routes)
    problems = validate_shared(broken, REFERENCES)
    assert any("stronger than any of its sources" in p for p in problems), problems
    assert any("year None is missing" in p for p in problems), problems
    assert any("'anecdote' is not one of" in p for p in problems), problems
    assert any("counterpart 'org-hr' must be in the other country" in p for p in problems)
    assert validate_shared(SHARED, REFERENCES) == []


def test_validator_tolerates_curly_apostrophes_in_the_catalog_label(
    dicts: list[dict[str, Any]],
) -> None:
    dicts[1]["catalog_label"] = dicts[1]["catalog_label"].replace("'", "\u2019")
    assert validate(build(dicts)) == []


def test_validator_catches_duplicate_and_missing_entries(dicts: list[dict[str, Any]]) -> None:
    dicts[5] = copy.deepcopy(dicts[4])
    dicts[5]["exercises"][0]["id"] = "another-exercise"
    problems = validate(build(dicts))
    assert "new.feedback: appears 2 times" in problems
    assert "new.pressure-to-perform: missing" in problems


def test_validator_catches_unknown_entry_id_and_stage_counts(
    dicts: list[dict[str, Any]],
) -> None:
    dicts[0]["id"] = "new.something-else"
    problems = validate(build(dicts))
    assert "new.something-else: not one of the 29 catalog ids" in problems
    assert "new.self-confidence: missing" in problems

    del dicts[-1]
    problems = validate(build(dicts))
    assert "stage capable: 8 entries, expected 9" in problems


def test_validator_catches_exercise_ids_shared_between_entries(
    dicts: list[dict[str, Any]],
) -> None:
    dicts[7]["exercises"][0]["id"] = dicts[3]["exercises"][0]["id"]
    problems = validate(build(dicts))
    assert any("exercise id 'exercise-4' is not unique" in p for p in problems), problems


def test_validator_checks_the_reference_records() -> None:
    broken = dataclasses.replace(REFERENCES["primary-source"], type="podcast", evidence="vibes")
    problems = validate_references({"primary-source": broken})
    assert any("'podcast' is not one of" in p for p in problems)
    assert any("'vibes' is not one of" in p for p in problems)
    no_citation = dataclasses.replace(REFERENCES["primary-source"], citation="")
    assert any("citation is empty" in p for p in validate_references({"x": no_citation}))


def test_translated_entries_get_length_slack_but_not_structure_changes(
    dicts: list[dict[str, Any]],
) -> None:
    english = build(dicts)
    translated_dicts = copy.deepcopy(dicts)
    for entry in translated_dicts:
        entry["title"] = f"Werken aan thema nummer {entry['number']}".ljust(70, "!")
        entry["catalog_label"] = "vertaald label"
        entry["questions"][0]["text"] = "Wat wil je bereiken?"
    translated = build(translated_dicts, "nl")
    assert validate(translated, english=english) == []

    translated_dicts[2]["questions"][0]["phase"] = "W"
    translated_dicts[3]["signals"].pop()
    translated_dicts[4]["causes"][0]["refs"] = ["secondary-source"]
    translated_dicts[5]["exercises"][0]["steps"][0] = ""
    translated = build(translated_dicts, "nl")
    problems = validate(translated, english=english)
    assert any("questions[q1].phase" in p for p in problems), problems
    assert any("signals: 2 items, English has 3" in p for p in problems), problems
    assert any("causes[0].refs" in p for p in problems), problems
    assert any("steps[0]: untranslated (empty)" in p for p in problems), problems


def test_translation_problems_flags_changed_ids() -> None:
    english = entry_from_dict(entry_dict(5), shared=SHARED)
    other = entry_dict(5)
    other["questions"][2]["id"] = "q9"
    problems = translation_problems(english, entry_from_dict(other, locale="fr", shared=SHARED))
    assert problems == ["questions[q3].id: is 'q9' in the translation, 'q3' in English"]
    problems = translation_problems(
        english, entry_from_dict(other, locale="fr", shared=SHARED), "new.feedback"
    )
    assert problems[0].startswith("new.feedback.questions[q3].id")


# --------------------------------------------------------------------------------------
# Parsing and the entities
# --------------------------------------------------------------------------------------


def test_question_global_id() -> None:
    entry = entry_from_dict(entry_dict(12), shared=SHARED)
    assert [q.global_id for q in entry.questions][:2] == [
        "struggling.delegation#q1",
        "struggling.delegation#q2",
    ]


def test_parser_rejects_unknown_keys_and_wrong_types() -> None:
    data = entry_dict(1)
    data["refrences"] = ["typo"]
    with pytest.raises(PlaybookDataError, match="unknown key"):
        entry_from_dict(data, shared=SHARED)
    data = entry_dict(1)
    data["number"] = "one"
    with pytest.raises(PlaybookDataError, match="number: wrong type"):
        entry_from_dict(data, shared=SHARED)
    data = entry_dict(1)
    data["signals"][0]["seen_by"] = "team"
    with pytest.raises(PlaybookDataError, match="seen_by"):
        entry_from_dict(data, shared=SHARED)


def test_entities_are_immutable() -> None:
    entry = entry_from_dict(entry_dict(3), shared=SHARED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.title = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.questions[0].text = "changed"  # type: ignore[misc]
    assert isinstance(entry.questions, tuple)
    assert isinstance(entry.exercises[0].steps, tuple)
    assert isinstance(entry.signals[0].seen_by, tuple)


@pytest.mark.parametrize(
    ("given", "expected"),
    [(None, "en"), ("", "en"), ("nl_BE", "nl"), ("fr-BE", "fr"), ("NL", "nl"), ("de", "en")],
)
def test_normalize_locale(given: str | None, expected: str) -> None:
    assert normalize_locale(given) == expected


# --------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------


def template_dict() -> dict[str, Any]:
    return {
        "kind": "regular",
        "title": "Regular",
        "purpose": "Work.",
        "kram_phase": "cultivation",
        "zachary_phase": "enabling_growth",
        "duration_minutes": 60,
        "phases": [
            {"id": "a", "name": "A", "start": 0, "end": 20, "purpose": "P.", "prompts": ["Q?"]},
            {
                "id": "b",
                "name": "B",
                "start": 20,
                "end": 60,
                "purpose": "P.",
                "prompts": ["Q?"],
                "grow": "G",
            },
        ],
    }


def test_validate_templates_catches_gaps_overlaps_and_missing_prompts() -> None:
    good = template_from_dict(template_dict())
    assert validate_templates({"regular": good}) == [
        f"template {kind}: missing" for kind in TEMPLATE_KINDS if kind != "regular"
    ]

    gap = template_dict()
    gap["phases"][1]["start"] = 25
    problems = validate_templates({"regular": template_from_dict(gap)})
    assert any("starts at minute 25, expected 20" in p for p in problems)

    short = template_dict()
    short["phases"][1]["end"] = 55
    problems = validate_templates({"regular": template_from_dict(short)})
    assert any("phases end at minute 55, expected 60" in p for p in problems)

    empty = template_dict()
    empty["phases"][0]["prompts"] = []
    empty["phases"][1]["purpose"] = ""
    empty["phases"][1]["grow"] = "Z"
    problems = validate_templates({"regular": template_from_dict(empty)})
    assert any("0 prompts" in p for p in problems)
    assert any("phases[1].purpose is empty" in p for p in problems)
    assert any("'Z' is not one of" in p for p in problems)

    first = template_dict()
    first["kind"] = "first"
    first["kram_phase"] = "courtship"
    problems = validate_templates({"first": template_from_dict(first)})
    assert any("needs an agreement checklist" in p for p in problems)
    assert any("'courtship' is not one of" in p for p in problems)


# --------------------------------------------------------------------------------------
# Loading from the package, caching and per-file locale fallback
# --------------------------------------------------------------------------------------


@pytest.fixture
def fake_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the loaders at a temporary data folder, with caches cleared around the test."""

    loading = playbook.loading  # the module that reads the files and holds the caches

    def clear() -> None:
        for cached in (loading._playbook, loading._templates, loading._guides, loading._shared):
            cached.cache_clear()
        loading._references.cache_clear()

    monkeypatch.setattr(loading, "_data_dir", lambda *parts: tmp_path.joinpath(*parts))
    clear()
    yield tmp_path
    clear()


def test_locale_falls_back_to_english_file_by_file(fake_data: Path) -> None:
    folder = fake_data / "templates"
    folder.mkdir()

    def write(name: str, kind: str, title: str) -> None:
        lines = [
            f'kind = "{kind}"',
            f'title = "{title}"',
            'purpose = "P."',
            'kram_phase = "cultivation"',
            'zachary_phase = "enabling_growth"',
            "duration_minutes = 60",
            "[[phases]]",
            'id = "all"',
            'name = "All"',
            "start = 0",
            "end = 60",
            'purpose = "P."',
            'prompts = ["Q?"]',
        ]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")

    write("regular.toml", "regular", "Regular")
    write("regular.nl.toml", "regular", "Gewoon")
    write("midpoint.toml", "midpoint", "Midpoint")

    dutch = load_session_templates("nl_BE")
    assert (dutch["regular"].title, dutch["regular"].locale) == ("Gewoon", "nl")
    assert (dutch["midpoint"].title, dutch["midpoint"].locale) == ("Midpoint", "en")
    french = load_session_templates("fr")
    assert french["regular"].title == "Regular"
    assert list(load_session_templates()) == ["regular", "midpoint"]  # catalog order


def test_loader_reports_the_file_of_a_broken_toml(fake_data: Path) -> None:
    (fake_data / "mentor_guides").mkdir()
    (fake_data / "mentor_guides" / "broken.toml").write_text('id = "x', encoding="utf-8")
    with pytest.raises(PlaybookDataError, match=re.escape("mentor_guides/broken.toml")):
        load_mentor_guides()


def test_loader_rejects_an_entry_whose_id_differs_from_its_file(fake_data: Path) -> None:
    (fake_data / "playbook").mkdir()
    (fake_data / "playbook" / "new.feedback.toml").write_text(
        'id = "new.other"\n', encoding="utf-8"
    )
    with pytest.raises(PlaybookDataError, match=re.escape("id is 'new.other'")):
        load_playbook()


def test_duplicate_reference_ids_are_an_error(fake_data: Path) -> None:
    record = '[[reference]]\nid = "a"\ncitation = "C."\ntype = "book"\nevidence = "research"\n'
    (fake_data / "references.toml").write_text(record * 2, encoding="utf-8")
    with pytest.raises(PlaybookDataError, match="duplicate id 'a'"):
        load_references()


def test_loads_are_cached_and_callers_cannot_change_the_cache() -> None:
    first = load_playbook()
    count = len(first)
    first.clear()
    assert len(load_playbook()) == count
    assert load_playbook()[:1] == load_playbook()[:1]
    templates = load_session_templates()
    templates.clear()
    assert set(load_session_templates()) == set(TEMPLATE_KINDS)
    references = load_references()
    references.clear()
    assert load_references()


def test_loading_does_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import mentorpad.guides.playbook as p, mentorpad.guides.suggest\n"
        "p.load_playbook('nl'); p.load_references(); p.load_session_templates('fr')\n"
        "p.load_mentor_guides()\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------------------
# The shipped data
# --------------------------------------------------------------------------------------


def test_shipped_references_hold_every_documented_id_and_are_valid() -> None:
    references = load_references()
    documented = documented_reference_ids()
    # 66 from the brief (scandura-ragins-1993 dropped: its record could not be checked), plus
    # the four sources and seven legal bases added with the shared records (issue 20)
    assert len(documented) == 77
    assert sorted(set(documented) - set(references)) == []
    assert validate_references(references) == []


def test_every_shipped_reference_was_checked() -> None:
    """A citation we could not confirm is corrected to what was confirmed, or dropped."""
    unchecked = [ref.id for ref in load_references().values() if not ref.verified]
    assert unchecked == []


def test_shipped_playbook_is_valid() -> None:
    """Fails until all 29 entries have landed; then it guards every rule of the format."""
    entries = load_playbook()
    assert [entry.id for entry in entries] == list(ENTRY_IDS)
    assert validate_playbook(entries, load_references()) == []


def test_shipped_entries_vary_their_shape_and_share_their_exercises() -> None:
    """Not one mould for 29 struggles: question counts and orders differ, and the common
    exercises (time audit, hand-back log, ...) are written once and referenced."""
    entries = load_playbook()
    assert len({len(entry.questions) for entry in entries}) >= 3
    assert len({len(entry.causes) for entry in entries}) >= 2
    orders = {"".join(q.phase for q in entry.questions) for entry in entries}
    assert len(orders) >= 8
    assert any(entry.questions[0].phase == "R" for entry in entries)
    uses: dict[str, int] = {}
    for entry in entries:
        for exercise in entry.exercises:
            if exercise.shared:
                uses[exercise.id] = uses.get(exercise.id, 0) + 1
    assert uses and all(count >= 2 for count in uses.values()), uses
    routes = {route.id for entry in entries for r in entry.referrals for route in r.routes}
    assert {"be-vertrouwenspersoon", "be-preventieadviseur-psy", "be-arbeidsarts"} <= routes
    assert {"nl-bedrijfsarts", "nl-vertrouwenspersoon"} <= routes


@pytest.mark.parametrize("locale", [None, "nl", "fr"])
def test_shipped_templates_are_valid_and_add_up_to_an_hour(locale: str | None) -> None:
    templates = load_session_templates(locale)
    assert list(templates) == list(TEMPLATE_KINDS)
    assert validate_templates(templates, load_references()) == []
    for template in templates.values():
        assert template.locale == (locale or "en")
        assert template.phases[0].start == 0
        assert template.phases[-1].end == 60
        assert sum(phase.end - phase.start for phase in template.phases) == 60
        for phase in template.phases:
            assert 3 <= len(phase.prompts) <= 5, (template.kind, phase.id)
    assert len(templates["first"].agreement_checklist) >= 9
    assert {p.grow for p in templates["regular"].phases} >= set(GROW_PHASES)


@pytest.mark.parametrize("locale", [None, "nl", "fr"])
def test_shipped_mentor_guides_are_valid(locale: str | None) -> None:
    guides = load_mentor_guides(locale)
    assert [guide.order for guide in guides] == [1, 2, 3, 4, 5]
    assert validate_mentor_guides(guides, load_references()) == []
    assert all(guide.locale == (locale or "en") for guide in guides)
    if locale is None:
        assert all(250 <= guide.word_count <= 450 for guide in guides)


def test_shipped_translations_match_the_english_structure() -> None:
    assert validate_translations() == []


def test_every_entry_is_translated_in_both_languages() -> None:
    for locale in ("nl", "fr"):
        assert [e.id for e in load_playbook(locale) if e.locale != locale] == []


def test_english_left_in_a_translation_is_found() -> None:
    """By comparing field text with the English, and by a small stop-word check."""
    english = entry_from_dict(entry_dict(5), shared=SHARED)
    other = entry_dict(5)
    other["questions"][0]["text"] = english.questions[0].text  # not translated at all
    other["signals"][0]["text"] = "Hij stelt het uit: what would you do with the rest of it?"
    other["summary"] = "GROW"  # a proper name alone may stay
    other["signals"][1]["text"] = "112 / 1813"  # and so may numbers
    english = dataclasses.replace(
        english,
        signals=(
            english.signals[0],
            dataclasses.replace(english.signals[1], text="112 / 1813"),
            *english.signals[2:],
        ),
    )
    problems = translation_problems(
        english, entry_from_dict(other, locale="nl", shared=SHARED), language=True
    )
    assert any("questions[q1].text: left in English" in p for p in problems), problems
    assert any("signals[0].text: reads as English" in p for p in problems), problems
    assert not any(".summary" in p for p in problems), problems
    assert not any("signals[1]" in p for p in problems), problems


def test_shipped_playbook_translations_are_structurally_equal() -> None:
    english = {entry.id: entry for entry in load_playbook()}
    for locale in ("nl", "fr"):
        for entry in load_playbook(locale):
            if entry.locale == locale:
                assert translation_problems(english[entry.id], entry) == []
