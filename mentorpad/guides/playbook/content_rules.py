"""How an entry talks to the mentee, as far as a machine can check it: questions that stay
open and do not lead (no diagnosis, remedy or menu of answers inside the question), a
framing question first, the two Will-phase questions (obstacle, commitment), and summaries
without the stock formulas. Applied to English and, with their own word lists, to the Dutch
and French translations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from mentorpad.guides.playbook.checks import _count_problem, _enum_problem
from mentorpad.guides.playbook.model import (
    GROW_PHASES,
    QUESTION_COUNT,
    QUESTION_ROLES,
    PlaybookEntry,
)

#: Phrases that put the mentor's answer inside the question, per locale: (label, pattern).
#: A question that embeds a remedy ("what could you say that keeps it with them"), an
#: outcome ("whether you planned to or not"), a target ("how could you keep the standard
#: high"), examples or a menu of options ("such as", "a) ... b)", "or would you") or the
#: preferred alternative ("rather than", "instead of") is a suggestion dressed as a
#: question. Matching is case-insensitive.
RECOMMENDATION_MARKERS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "en": (
        ("what could you say that", r"\bwhat (?:could|can|might|would) you say (?:that|to)\b"),
        ("whether you planned to or not", r"\b(?:planned|meant|wanted) (?:to |it )?or not\b"),
        ("how could you keep", r"\bhow (?:could|can|might|would) you keep\b"),
        ("such as", r"\bsuch as\b"),
        ("for example", r"\bfor (?:example|instance)\b|\be\.g\."),
        ("or would you", r"\bor (?:would|could|should|will|can|might|do|did) you\b"),
        ("or is it", r"\bor (?:is|was|are|were) (?:it|that|they)\b"),
        ("rather than", r"\brather than\b"),
        ("instead of", r"\binstead of\b"),
        ("while still", r"\bwhile still\b"),
        ("a), b) menu", r"(?:^|[\s(:;,])[a-d]\)"),
        ("menu of options (: x, y or z)", r":[^?:]*,[^?:]*\bor\b[^?:]*\?\s*$"),
        ("have you considered/tried", r"\bhave you (?:considered|tried|thought of)\b"),
        ("what if you", r"\bwhat if you\b"),
        ("how about", r"\bhow about\b"),
        ("why not", r"\bwhy not\b"),
        ("don't you think", r"\b(?:don't|do not) you think\b"),
        ("wouldn't it", r"\b(?:wouldn't|would it not|isn't it|shouldn't you)\b"),
    ),
    "nl": (
        (
            "wat zou je kunnen zeggen dat",
            r"\bwat (?:zou|kun|kan) je (?:kunnen )?zeggen (?:dat|om)\b",
        ),
        ("gepland of niet", r"\bof niet\b"),
        ("hoe kun je ... houden", r"\bhoe (?:zou|kun|kan) je\b[^?]*\b(?:houden|behouden)\b"),
        ("zoals", r"\bzoals\b"),
        ("bijvoorbeeld", r"\bbijvoorbeeld\b|\bbv\.|\bbijv\.|\bonder andere\b"),
        ("of zou je", r"\bof (?:zou|wil|kun|kan|moet|ga|ben|heb|doe) je\b"),
        ("of is het", r"\bof (?:is|was|zijn) (?:het|dat|ze)\b"),
        ("eerder dan / liever dan", r"\b(?:eerder|liever) dan\b"),
        ("in plaats van", r"\bin plaats (?:van|daarvan)\b"),
        ("en toch nog", r"\ben (?:toch )?nog steeds\b|\bterwijl je toch\b"),
        ("a), b) menu", r"(?:^|[\s(:;,])[a-d]\)"),
        ("keuzemenu (: x, y of z)", r":[^?:]*,[^?:]*\bof\b[^?:]*\?\s*$"),
        ("heb je al overwogen", r"\bheb je (?:al )?(?:overwogen|geprobeerd|eraan gedacht)\b"),
        ("wat als je", r"\bwat als je\b"),
        ("waarom niet", r"\bwaarom niet\b"),
        ("denk je niet", r"\b(?:denk je niet|is het niet|zou het niet)\b"),
    ),
    "fr": (
        (
            "que pourriez-vous dire qui",
            r"\b(?:que|ce que vous) (?:pourriez|pouvez|pourrez)(?:-vous)? dire (?:qui|pour)\b",
        ),
        ("prévu ou non", r"\bou non\b|\bou pas\b"),
        (
            "comment pourriez-vous garder",
            r"\bcomment (?:pourriez|pouvez|pourrez)-vous "
            r"(?:garder|maintenir|préserver|conserver)\b",
        ),
        ("tel que", r"\btel(?:le)?s? que\b"),
        ("par exemple", r"\bpar exemple\b|\bp\. ?ex\.|\bnotamment\b"),
        ("ou préféreriez-vous", r"\bou (?:bien|est-ce|\w+-vous)\b"),
        ("plutôt que", r"\bplutôt que\b"),
        ("au lieu de", r"\bau lieu de\b"),
        ("tout en", r"\btout en\b"),
        ("a), b) menu", r"(?:^|[\s(:;,])[a-d]\)"),
        ("menu de choix (: x, y ou z)", r":[^?:]*,[^?:]*\bou\b[^?:]*\?\s*$"),
        ("avez-vous pensé à", r"\bavez-vous (?:pensé|essayé|envisagé)\b"),
        ("et si vous", r"\bet si vous\b"),
        ("pourquoi ne pas", r"\bpourquoi ne pas\b"),
        ("ne pensez-vous pas", r"\bne (?:pensez-vous|serait-il|croyez-vous) pas\b|n'est-ce pas"),
    ),
}
_MARKERS: Final = {
    locale: tuple((label, re.compile(pattern, re.IGNORECASE)) for label, pattern in markers)
    for locale, markers in RECOMMENDATION_MARKERS.items()
}

#: "Why" asks for a justification and puts people on the defensive: ask what and how.
_WHY: Final = {
    "en": re.compile(r"\bwhy\b", re.IGNORECASE),
    "nl": re.compile(r"\bwaarom\b", re.IGNORECASE),
    "fr": re.compile(r"\bpourquoi\b", re.IGNORECASE),
}

# Openings that make a question closed (answerable with yes or no). English: an auxiliary
# first; Dutch: a finite verb before its subject; French: est-ce que or an inversion.
_CLOSED_EN: Final = frozenset(
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
_CLOSED: Final = {
    "nl": re.compile(
        r"^(?:heb|hebt|heeft|ben|bent|kun|kan|kunt|wil|wilt|zou|zal|moet|mag|is|zijn|was|"
        r"weet|vind|denk|ga|doe|doet|zie|voel)\s+(?:je|jij|het|er|ze|hij|zij|we|jullie)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"^(?:est-ce qu|y a-t-il\b|(?!qu)\w+-(?:vous|il|elle|on|ils|elles)\b)", re.IGNORECASE
    ),
}

#: Stock summary formulas that turned every entry into the same sentence: "…, not X" and
#: "The work is…".
SUMMARY_FORMULAS: Final[Mapping[str, tuple[tuple[str, str], ...]]] = {
    "en": ((", not X", r",\s+not\s+\w"), ("The work is", r"\bthe work is\b")),
    "nl": ((", niet X", r",\s+niet\s+\w"), ("Het werk is", r"\bhet werk (?:is|bestaat)\b")),
    "fr": (
        (", pas X", r",\s+(?:pas|et non|non)\s+\w"),
        ("Le travail consiste", r"\ble travail (?:est|consiste)\b"),
    ),
}
_FORMULAS: Final = {
    locale: tuple((label, re.compile(pattern, re.IGNORECASE)) for label, pattern in formulas)
    for locale, formulas in SUMMARY_FORMULAS.items()
}


def recommendation_markers(text: str, locale: str = "en") -> list[str]:
    """The labels of every recommendation marker in `text` (empty when the text is clean)."""
    return [label for label, pattern in _MARKERS.get(locale, ()) if pattern.search(text)]


def is_closed_question(text: str, locale: str = "en") -> bool:
    """Whether a question opens in a way that invites yes or no instead of an answer."""
    text = text.strip().strip("\"'«» ")
    if locale == "en":
        first = text.split(maxsplit=1)[0].lower() if text else ""
        return first in _CLOSED_EN
    pattern = _CLOSED.get(locale)
    return bool(pattern and pattern.search(text))


def content_problems(entry: PlaybookEntry) -> list[str]:
    """The rules for the questions and the summary of one entry, as readable sentences."""
    return _question_problems(entry) + _summary_problems(entry)


def _question_problems(entry: PlaybookEntry) -> list[str]:
    where = entry.id or "<no id>"
    low, high = QUESTION_COUNT
    problems = _count_problem(where, "questions", len(entry.questions), low, high)
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
    problems += _role_problems(entry, where)
    for index, question in enumerate(entry.questions):
        problems += _wording_problems(question.text, f"{where}.questions[{index}]", entry.locale)
        problems += _enum_problem(f"{where}.questions[{index}].phase", question.phase, GROW_PHASES)
    return problems


def _role_problems(entry: PlaybookEntry, where: str) -> list[str]:
    """A framing question first; an obstacle and a commitment question in the Will phase."""
    problems: list[str] = []
    for index, question in enumerate(entry.questions):
        if question.role is None:
            continue
        here = f"{where}.questions[{index}]"
        problems += _enum_problem(f"{here}.role", question.role, QUESTION_ROLES)
        phases = QUESTION_ROLES.get(question.role)
        if phases is not None and question.phase not in phases:
            wanted = " or ".join(sorted(phases))
            article = "an" if question.role[0] in "aeiou" else "a"
            problems.append(f"{here}: {article} {question.role} question belongs to phase {wanted}")
    roles = [question.role for question in entry.questions]
    if entry.questions and roles[0] != "framing":
        problems.append(
            f'{where}: the first question must be a framing question (role = "framing") '
            "that lets the mentee name the issue before any struggle is put to them"
        )
    for role in ("obstacle", "commitment"):
        if role not in roles:
            problems.append(f"{where}: no Will-phase {role} question (role = {role!r})")
    return problems


def _wording_problems(text: str, here: str, locale: str) -> list[str]:
    text = text.strip()
    problems: list[str] = []
    if text and not text.endswith("?"):
        problems.append(f"{here}: text is not phrased as a question")
    if is_closed_question(text, locale):
        opening = " ".join(text.split()[:2])
        problems.append(f"{here}: reads as a closed question ({opening!r}); ask what/how")
    why = _WHY.get(locale)
    if why and why.search(text):
        problems.append(f"{here}: asks why; ask what or how instead")
    problems += [
        f"{here}: contains the recommendation marker {label!r}; "
        "keep the diagnosis and the remedy out of the question"
        for label in recommendation_markers(text, locale)
    ]
    return problems


def _summary_problems(entry: PlaybookEntry) -> list[str]:
    return [
        f"{entry.id}: summary uses the stock formula {label!r}; say it in its own words"
        for label, pattern in _FORMULAS.get(entry.locale, ())
        if pattern.search(entry.summary)
    ]
