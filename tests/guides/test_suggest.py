"""Question suggestions for the prep brief: ranking on constructed histories."""

from __future__ import annotations

from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorpad.guides.playbook import PlaybookEntry, entry_from_dict, load_playbook
from mentorpad.guides.suggest import MenteeContext, Suggestion, suggest_questions

PHASES = ("G", "R", "O", "W", "R", "O")


def make_entry(
    entry_id: str,
    number: int,
    title: str,
    *,
    summary: str = "",
    label: str = "",
    questions: int = 6,
    related: tuple[str, ...] = (),
) -> PlaybookEntry:
    """A minimal entry: the suggester only reads ids, wording, stage, questions, related."""
    data: dict[str, Any] = {
        "id": entry_id,
        "stage": entry_id.split(".")[0],
        "number": number,
        "title": title,
        "summary": summary,
        "catalog_label": label,
        "questions": [
            {
                "id": f"q{i + 1}",
                "phase": PHASES[i],
                "text": f"{title}: question {i + 1}?",
                "purpose": "Test.",
            }
            for i in range(questions)
        ],
        "related": {"co_occurs": list(related)},
    }
    return entry_from_dict(data)


ENTRIES: list[PlaybookEntry] = [
    make_entry(
        "new.self-confidence",
        1,
        "Building the confidence to decide and lead",
        label="lack self-confidence",
    ),
    make_entry(
        "new.feedback",
        5,
        "Giving and taking feedback",
        summary="Feedback conversations with the team feel risky.",
        label="cannot give or accept constructive feedback",
    ),
    make_entry(
        "new.playing-hero",
        9,
        "Stepping back from rescuing the team",
        label="play the hero",
        related=("struggling.delegation",),
    ),
    make_entry(
        "struggling.operations",
        10,
        "Climbing out of day-to-day operations",
        label="stay too involved in operations",
    ),
    make_entry(
        "struggling.delegation",
        12,
        "Handing over real work and authority",
        summary="The manager keeps tasks because delegating feels slower and riskier.",
        label="cannot delegate",
    ),
    make_entry(
        "struggling.conflict",
        13,
        "Facing conflict instead of smoothing it over",
        label="fear conflict situations",
    ),
    make_entry(
        "capable.presenting",
        25,
        "Presenting to persuade senior audiences",
        label="must become persuasive presenters",
    ),
    make_entry(
        "capable.empathy",
        29,
        "Understanding what others feel and need",
        label="need to overly develop empathy",
    ),
]


def entry_counts(suggestions: list[Suggestion]) -> Counter[str]:
    return Counter(s.entry_id for s in suggestions)


def test_most_recent_theme_comes_first() -> None:
    context = MenteeContext(recent_themes=("struggling.conflict", "new.feedback"))
    suggestions = suggest_questions(ENTRIES, context, limit=5)
    assert suggestions[0].entry_id == "struggling.conflict"
    assert suggestions[0].reason.startswith("recent theme")
    assert [s.entry_id for s in suggestions[:2]] == ["struggling.conflict"] * 2
    assert "new.feedback" in [s.entry_id for s in suggestions]
    assert suggestions[0].question_id == "struggling.conflict#q1"


def test_older_themes_weigh_less_and_recurring_themes_add_up() -> None:
    older_first = MenteeContext(recent_themes=("new.feedback", "struggling.operations"))
    assert suggest_questions(ENTRIES, older_first)[0].entry_id == "new.feedback"

    recurring = MenteeContext(recent_themes=("struggling.operations", "new.feedback") * 2)
    top = suggest_questions(ENTRIES, recurring)[0]
    assert top.entry_id == "struggling.operations"
    assert top.reason.startswith("recurring theme")

    # One recent mention outweighs two older ones; three older ones add up to more.
    two_older = ("new.feedback", "struggling.operations", "struggling.operations")
    assert suggest_questions(ENTRIES, MenteeContext(recent_themes=two_older))[0].entry_id == (
        "new.feedback"
    )
    three_older = (*two_older, "struggling.operations")
    assert suggest_questions(ENTRIES, MenteeContext(recent_themes=three_older))[0].entry_id == (
        "struggling.operations"
    )


def test_already_asked_questions_are_not_repeated_in_consecutive_sessions() -> None:
    context = MenteeContext(recent_themes=("struggling.delegation",), stage="struggling")
    asked: set[str] = set()
    seen_in_sessions: list[set[str]] = []
    for _session in range(3):
        suggestions = suggest_questions(
            ENTRIES, MenteeContext(context.stage, context.recent_themes, (), frozenset(asked))
        )
        ids = {s.question_id for s in suggestions}
        assert len(suggestions) == 5
        assert not ids & asked
        seen_in_sessions.append(ids)
        asked |= ids
    assert all(not a & b for i, a in enumerate(seen_in_sessions) for b in seen_in_sessions[i + 1 :])


def test_asked_questions_return_demoted_only_when_nothing_else_is_left() -> None:
    only = [make_entry("new.feedback", 5, "Giving and taking feedback", questions=4)]
    all_asked = frozenset(q.global_id for q in only[0].questions)
    context = MenteeContext(recent_themes=("new.feedback",), asked=all_asked)
    suggestions = suggest_questions(only, context)
    assert len(suggestions) == 2  # the per-entry cap still applies
    assert all("asked before" in s.reason for s in suggestions)
    fresh = suggest_questions(only, MenteeContext(recent_themes=("new.feedback",)))
    assert suggestions[0].score < fresh[0].score / 10

    partly = MenteeContext(recent_themes=("new.feedback",), asked=all_asked - {"new.feedback#q3"})
    first = suggest_questions(only, partly)[0]
    assert first.question_id == "new.feedback#q3"
    assert "asked before" not in first.reason


def test_goal_overlap_finds_the_matching_entry() -> None:
    # "team" appears in several entries, "delegate" in one: the rarer word decides.
    context = MenteeContext(goals=("Delegate more to my team",))
    suggestions = suggest_questions(ENTRIES, context)
    assert suggestions[0].entry_id == "struggling.delegation"
    assert suggestions[0].reason == "fits the goal 'Delegate more to my team'"
    assert "new.feedback" in {s.entry_id for s in suggestions}


def test_goal_matching_ignores_inflection_and_stop_words() -> None:
    context = MenteeContext(goals=("become better at presentations",))
    assert suggest_questions(ENTRIES, context)[0].entry_id == "capable.presenting"
    assert suggest_questions(ENTRIES, MenteeContext(goals=("the and of to",))) == []


def test_recent_theme_outweighs_a_goal_match() -> None:
    context = MenteeContext(recent_themes=("new.feedback",), goals=("delegate more",))
    suggestions = suggest_questions(ENTRIES, context)
    assert suggestions[0].entry_id == "new.feedback"
    assert "struggling.delegation" in {s.entry_id for s in suggestions}


def test_stage_is_the_fallback_without_history() -> None:
    suggestions = suggest_questions(ENTRIES, MenteeContext(stage="capable"))
    assert suggestions
    assert {s.entry_id for s in suggestions} <= {"capable.presenting", "capable.empathy"}
    assert all(s.reason == "common for this stage" for s in suggestions)


def test_no_context_means_no_suggestions() -> None:
    assert suggest_questions(ENTRIES, MenteeContext()) == []
    assert suggest_questions(ENTRIES, MenteeContext(stage="new"), limit=0) == []


def test_related_entries_of_a_theme_are_offered() -> None:
    context = MenteeContext(recent_themes=("new.playing-hero",))
    suggestions = suggest_questions(ENTRIES, context)
    related = [s for s in suggestions if s.entry_id == "struggling.delegation"]
    assert related
    assert related[0].reason == "related to a recent theme"


def test_variety_caps_entries_and_spreads_grow_phases() -> None:
    context = MenteeContext(stage="struggling")
    suggestions = suggest_questions(ENTRIES, context, limit=8)
    assert max(entry_counts(suggestions).values()) <= 2
    assert {s.phase for s in suggestions[:4]} == {"G", "R", "O", "W"}

    single_theme = MenteeContext(recent_themes=("struggling.conflict",) * 3, stage="struggling")
    suggestions = suggest_questions(ENTRIES, single_theme, limit=5)
    assert entry_counts(suggestions)["struggling.conflict"] == 2
    assert len({s.phase for s in suggestions}) >= 3


def test_scores_are_non_increasing() -> None:
    context = MenteeContext(
        stage="new", recent_themes=("new.feedback", "struggling.conflict"), goals=("empathy",)
    )
    scores = [s.score for s in suggest_questions(ENTRIES, context, limit=10)]
    assert scores == sorted(scores, reverse=True)


def test_ranking_is_deterministic_and_independent_of_input_order() -> None:
    context = MenteeContext(
        stage="struggling",
        recent_themes=("new.feedback", "struggling.operations", "new.feedback"),
        goals=("handle conflict calmly", "delegate"),
        asked=frozenset({"new.feedback#q1", "struggling.operations#q2"}),
    )
    expected = suggest_questions(ENTRIES, context, limit=7)
    assert suggest_questions(ENTRIES, context, limit=7) == expected
    assert suggest_questions(list(reversed(ENTRIES)), context, limit=7) == expected


ENTRY_IDS = [entry.id for entry in ENTRIES]


@settings(max_examples=150, deadline=None)
@given(
    stage=st.sampled_from([None, "new", "struggling", "capable"]),
    themes=st.lists(st.sampled_from([*ENTRY_IDS, "unknown.entry"]), max_size=6),
    goals=st.lists(st.text(max_size=40), max_size=3),
    asked=st.sets(
        st.builds(lambda e, q: f"{e}#q{q}", st.sampled_from(ENTRY_IDS), st.integers(1, 6)),
        max_size=20,
    ),
    limit=st.integers(0, 12),
)
def test_suggestion_invariants(
    stage: str | None,
    themes: list[str],
    goals: list[str],
    asked: set[str],
    limit: int,
) -> None:
    context = MenteeContext(stage, tuple(themes), tuple(goals), frozenset(asked))
    suggestions = suggest_questions(ENTRIES, context, limit=limit)
    assert len(suggestions) <= limit
    ids = [s.question_id for s in suggestions]
    assert len(ids) == len(set(ids))
    assert all(count <= 2 for count in entry_counts(suggestions).values())
    flags = ["asked before" in s.reason for s in suggestions]
    assert flags == sorted(flags)  # never an asked question before a fresh one
    assert all(s.score > 0 and s.reason for s in suggestions)
    assert suggest_questions(ENTRIES, context, limit=limit) == suggestions


def test_works_on_the_shipped_playbook() -> None:
    entries = load_playbook()
    if not entries:
        return
    context = MenteeContext(
        stage=entries[0].stage, recent_themes=(entries[-1].id,), goals=("delegate more",)
    )
    suggestions = suggest_questions(entries, context)
    assert len(suggestions) == 5
    assert suggestions[0].entry_id == entries[-1].id
