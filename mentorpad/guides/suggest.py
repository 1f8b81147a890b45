"""Question suggestions for a mentee's prep brief.

A pure, deterministic ranking: the same playbook and context always give the same list,
so a brief can be regenerated and tested. It only suggests; the mentor decides.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from mentorpad.guides.playbook import GROW_PHASES, PlaybookEntry, Question

__all__ = ["MenteeContext", "Suggestion", "suggest_questions"]

# Weights. Recent themes dominate because they are what the mentee actually brought;
# goals come next (what the mentee wants); the stage is only a prior for an empty history.
THEME_WEIGHT: Final = 3.0
THEME_DECAY: Final = 0.6  # each older session counts 60% of the one after it
RELATED_WEIGHT: Final = 0.8  # entries linked from a theme, times that theme's weight share
GOAL_WEIGHT: Final = 2.0
STAGE_WEIGHT: Final = 0.5
# Variety: each question already picked from the same entry or GROW phase shrinks the next
# candidate's score, so the brief covers a conversation rather than one corner of it.
PER_ENTRY_CAP: Final = 2
ENTRY_REPEAT_FACTOR: Final = 0.85
PHASE_REPEAT_FACTOR: Final = 0.8
ASKED_FACTOR: Final = 0.05  # already on an agenda: only used when nothing else is left

# Small, deliberately: only function words that carry no topic. English first, with the
# commonest Dutch and French ones since mentors may type goals in their own language.
# fmt: off
STOP_WORDS: Final[frozenset[str]] = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can",
    "cannot", "could", "do", "does", "for", "from", "get", "had", "has", "have", "how", "i",
    "in", "into", "is", "it", "its", "me", "more", "most", "much", "my", "need", "not",
    "of", "on", "or", "our", "so", "some", "than", "that", "the", "their", "them", "then",
    "there", "they", "this", "to", "too", "up", "us", "very", "want", "was", "we", "well",
    "were", "what", "when", "which", "who", "why", "will", "with", "would", "you", "your",
    "de", "het", "een", "en", "van", "op", "te", "met", "voor", "aan", "zijn",
    "ik", "je", "mijn", "meer", "niet", "om", "dat", "die",
    "le", "la", "les", "un", "une", "des", "et", "du", "au", "aux", "pour", "par",
    "sur", "avec", "est", "sont", "mon", "ma", "mes", "plus", "pas", "que", "qui",
    "ne", "se",
})
# fmt: on
_TOKEN: Final = re.compile(r"[a-z0-9]+")
_PREFIX: Final = 5  # "delegate", "delegating" and "delegation" share "deleg"


@dataclass(frozen=True)
class MenteeContext:
    """What the prep brief knows about the mentee; ids refer to playbook entries."""

    stage: str | None = None
    recent_themes: tuple[str, ...] = ()  # entry ids, most recent session first, may repeat
    goals: tuple[str, ...] = ()  # free text as the mentee phrased them
    asked: frozenset[str] = frozenset()  # Question.global_id already put on an agenda


@dataclass(frozen=True)
class Suggestion:
    """One suggested question with the reason shown to the mentor."""

    entry_id: str
    entry_title: str
    question_id: str  # global id "<entry id>#<qid>"
    phase: str
    text: str
    score: float
    reason: str
    locale: str = "en"  # the language of `text` and `entry_title`: English when untranslated


@dataclass(frozen=True)
class _Candidate:
    entry: PlaybookEntry
    question: Question
    position: int  # the question's place in its entry, for stable tie-breaking
    base: float
    reason: str


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> frozenset[str]:
    """Lower-case, accent-free content words with a plural -s dropped."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    words = set()
    for word in _TOKEN.findall(plain):
        if word in STOP_WORDS or len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def _entry_words(entry: PlaybookEntry) -> frozenset[str]:
    return _tokens(f"{entry.title} {entry.summary} {entry.catalog_label}")


@functools.lru_cache(maxsize=256)
def _prefixes(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w[:_PREFIX] for w in words if len(w) >= _PREFIX)


def _matches(word: str, words: frozenset[str]) -> bool:
    """Equal to one of the words, or sharing a long prefix with one: a cheap stand-in for
    stemming in three languages, done with set lookups because the brief runs it often."""
    return word in words or (len(word) >= _PREFIX and word[:_PREFIX] in _prefixes(words))


def _goal_overlap(
    goal: str, words: frozenset[str], document_frequency: dict[str, int], total: int
) -> float:
    """How well a goal matches an entry's words, 0..1.

    Goal words are weighted by rarity across the playbook, so 'team' (in many entries)
    counts less than 'delegate'. The square root lets one strong word in a long goal
    still count.
    """
    goal_words = _tokens(goal)
    if not goal_words or total == 0:
        return 0.0
    matched = weight_sum = 0.0
    for word in sorted(goal_words):
        weight = math.log(1 + total / (1 + document_frequency.get(word, 0)))
        weight_sum += weight
        if _matches(word, words):
            matched += weight
    return math.sqrt(matched / weight_sum) if weight_sum else 0.0


def _document_frequency(
    goals: Iterable[str], entry_words: Sequence[frozenset[str]]
) -> dict[str, int]:
    """For each goal word, in how many entries a matching word appears."""
    frequency: dict[str, int] = {}
    for goal in goals:
        for word in _tokens(goal):
            frequency[word] = sum(1 for words in entry_words if _matches(word, words))
    return frequency


def _theme_weights(themes: Sequence[str]) -> dict[str, float]:
    """Recency-decayed weight per entry; a theme that keeps coming back adds up."""
    weights: dict[str, float] = {}
    for position, entry_id in enumerate(themes):
        weights[entry_id] = weights.get(entry_id, 0.0) + THEME_WEIGHT * THEME_DECAY**position
    return weights


def _theme_reason(entry_id: str, themes: Sequence[str]) -> str:
    if themes.count(entry_id) > 1:
        return "recurring theme"
    if themes and themes[0] == entry_id:
        return "recent theme"
    return "theme from an earlier session"


def _score_entry(
    entry: PlaybookEntry,
    context: MenteeContext,
    themes: dict[str, float],
    related: dict[str, float],
    goal_match: tuple[float, str],
) -> tuple[float, list[str]]:
    """An entry's relevance and the reasons behind it, strongest first."""
    parts: list[tuple[float, str]] = []
    if entry.id in themes:
        parts.append((themes[entry.id], _theme_reason(entry.id, context.recent_themes)))
    elif entry.id in related:
        parts.append((related[entry.id], "related to a recent theme"))
    best_overlap, best_goal = goal_match
    if best_overlap > 0:
        parts.append((GOAL_WEIGHT * best_overlap, f"fits the goal '{best_goal.strip()}'"))
    if context.stage is not None and entry.stage == context.stage:
        parts.append((STAGE_WEIGHT, "common for this stage"))
    parts.sort(key=lambda part: -part[0])
    return sum(score for score, _ in parts), [reason for _, reason in parts]


def _related_weights(
    entries: Iterable[PlaybookEntry], themes: dict[str, float]
) -> dict[str, float]:
    """Entries linked from a theme inherit a share of its weight (a likely next topic)."""
    weights: dict[str, float] = {}
    for entry in entries:
        if entry.id not in themes:
            continue
        share = RELATED_WEIGHT * themes[entry.id] / THEME_WEIGHT
        for other in entry.related.all_ids:
            weights[other] = max(weights.get(other, 0.0), share)
    return weights


def _pick(
    pool: list[_Candidate],
    chosen: list[tuple[_Candidate, float]],
    limit: int,
    factor: float = 1.0,
) -> None:
    """Greedy selection with diminishing returns for repeated entries and GROW phases.

    Penalties only grow as picks accumulate, so the adjusted scores come out
    non-increasing and the list reads from most to least relevant.
    """
    remaining = list(pool)
    while remaining and len(chosen) < limit:
        per_entry: dict[str, int] = {}
        per_phase: dict[str, int] = {}
        for candidate, _ in chosen:
            per_entry[candidate.entry.id] = per_entry.get(candidate.entry.id, 0) + 1
            per_phase[candidate.question.phase] = per_phase.get(candidate.question.phase, 0) + 1
        best: tuple[float, _Candidate] | None = None
        for candidate in remaining:
            repeats = per_entry.get(candidate.entry.id, 0)
            if repeats >= PER_ENTRY_CAP:
                continue
            score = (
                candidate.base
                * factor
                * ENTRY_REPEAT_FACTOR**repeats
                * PHASE_REPEAT_FACTOR ** per_phase.get(candidate.question.phase, 0)
            )
            if best is None or score > best[0]:  # strict: earlier candidate wins ties
                best = (score, candidate)
        if best is None:
            return
        chosen.append((best[1], best[0]))
        remaining.remove(best[1])


def suggest_questions(
    entries: Sequence[PlaybookEntry], context: MenteeContext, limit: int = 5
) -> list[Suggestion]:
    """Rank playbook questions for the next session, best first.

    Recent themes weigh most (decaying with each older session), then overlap between
    the mentee's goals and an entry's wording, then the mentee's stage. Questions already
    on an agenda are left out, and only come back, heavily demoted, when nothing else
    relevant is left. At most two questions per entry, and GROW phases are spread, so the
    brief offers a rounded conversation. With no history, goals or stage it returns [],
    since any suggestion would be a guess.
    """
    if limit <= 0:
        return []
    fresh, asked = _candidates(entries, context)
    chosen: list[tuple[_Candidate, float]] = []
    _pick(sorted(fresh, key=_rank), chosen, limit)
    if len(chosen) < limit:
        _pick(sorted(asked, key=_rank), chosen, limit, factor=ASKED_FACTOR)
    return [_suggestion(candidate, score, context.asked) for candidate, score in chosen]


def _candidates(
    entries: Sequence[PlaybookEntry], context: MenteeContext
) -> tuple[list[_Candidate], list[_Candidate]]:
    """Every question of a relevant entry, split into (not asked yet, already asked)."""
    themes = _theme_weights(context.recent_themes)
    related = _related_weights(entries, themes)
    words = [_entry_words(entry) for entry in entries]
    frequency = _document_frequency(context.goals, words)
    fresh: list[_Candidate] = []
    asked: list[_Candidate] = []
    for index, entry in enumerate(entries):
        goal_match = max(
            ((_goal_overlap(g, words[index], frequency, len(entries)), g) for g in context.goals),
            key=lambda match: match[0],
            default=(0.0, ""),
        )
        base, reasons = _score_entry(entry, context, themes, related, goal_match)
        if base <= 0:
            continue
        for position, question in enumerate(entry.questions):
            candidate = _Candidate(entry, question, position, base, "; ".join(reasons))
            (asked if question.global_id in context.asked else fresh).append(candidate)
    return fresh, asked


_PHASE_RANK: Final = {phase: index for index, phase in enumerate(GROW_PHASES)}


def _rank(candidate: _Candidate) -> tuple[float, int, str, int, int]:
    """Best first; ties broken by catalog number, then GROW order, never input order."""
    return (
        -candidate.base,
        candidate.entry.number,
        candidate.entry.id,
        _PHASE_RANK.get(candidate.question.phase, len(_PHASE_RANK)),
        candidate.position,
    )


def _suggestion(candidate: _Candidate, score: float, asked_ids: frozenset[str]) -> Suggestion:
    return Suggestion(
        entry_id=candidate.entry.id,
        entry_title=candidate.entry.title,
        question_id=candidate.question.global_id,
        phase=candidate.question.phase,
        text=candidate.question.text,
        score=round(score, 6),
        reason=(
            f"{candidate.reason}; asked before, worth revisiting"
            if candidate.question.global_id in asked_ids
            else candidate.reason
        ),
        locale=candidate.entry.locale,
    )
