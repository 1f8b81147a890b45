"""One word per idea in every language (docs/glossary.md), checked where the words live:
the interface catalogues, session templates, mentor guides, the self-assessment and the
playbook entries."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "mentorpad" / "guides" / "data"
TRANSLATIONS = ROOT / "resources" / "translations"


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def texts(language: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every translated string in `language`."""
    tree = ET.parse(TRANSLATIONS / f"mentorpad_{language}.ts")
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        source = message.findtext("source") or ""
        for form in forms:
            yield f"ui {source[:40]!r}", form
    for path in sorted(DATA.rglob(f"*.{language}.toml")):
        for text in _strings(tomllib.loads(path.read_text(encoding="utf-8"))):
            yield str(path.relative_to(DATA)), text


FORBIDDEN = {
    "nl": [
        # the agreement is "overeenkomst", a commitment "actiepunt": never "afspraak"
        (re.compile(r"\bafspra(ak|ken)\b|afsprakendocument", re.I), "afspraak/afspraken"),
        (re.compile(r"\b(u|uw)\b"), "formal u/uw (we say je/jij/jouw)"),
    ],
    "fr": [
        (re.compile(r"\bsessions?\b", re.I), "session (we say séance)"),
        (re.compile(r"\bmentees?\b", re.I), "mentee (we say mentoré)"),
        (re.compile(r"\b(tu|toi|tes)\b"), "tu/toi/tes (we say vous/votre)"),  # not "ton": tone
    ],
}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_word_the_glossary_rules_out(language: str) -> None:
    found = [
        f"{where}: {label}: {text[:80]!r}"
        for where, text in texts(language)
        for pattern, label in FORBIDDEN[language]
        if pattern.search(text)
    ]
    assert found == []


def test_the_dutch_self_assessment_says_sessie_for_a_session() -> None:
    """A session is a "sessie" (docs/glossary.md); "gesprek" stays for other conversations,
    such as one with the mentee's manager."""
    found = []
    for path in sorted((DATA / "mindset").glob("*.nl.toml")):
        for text in _strings(tomllib.loads(path.read_text(encoding="utf-8"))):
            for match in re.finditer(r"\bgesprek(?:ken)?\b(?! met)", text, re.I):
                found.append(f"{path.name}: {text[max(0, match.start() - 30) : match.end() + 10]}")
            if re.search(r"\bmentorschap\b", text, re.I):
                found.append(f"{path.name}: mentorschap (we say mentoring): {text[:60]}")
    assert found == []


def _glossary_rows() -> dict[str, tuple[str, str]]:
    """English -> (Dutch, French) from the glossary's tables."""
    rows = {}
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0] and not set(cells[0]) <= {"-"}:
            rows[cells[0].lower()] = (cells[1], cells[2])
    return rows


@pytest.mark.parametrize(
    ("source", "english"),
    [
        ("New in the role", "new in the role"),
        ("Struggling", "struggling"),
        ("Capable of more", "capable of more"),
        ("First session", "first session"),
        ("Regular session", "regular session"),
        ("Mid-point review", "mid-point review"),
        ("Closing session", "closing session"),
        ("Commitments", "commitment"),
        ("Mentoring agreement", "(mentoring) agreement"),
        ("Mostly push", "mostly push"),
        ("Mostly pull", "mostly pull"),
        ("Your stance", "stance"),
    ],
)
def test_interface_uses_the_glossary_words(source: str, english: str) -> None:
    dutch, french = _glossary_rows()[english]
    for language, expected in (("nl", dutch), ("fr", french)):
        tree = ET.parse(TRANSLATIONS / f"mentorpad_{language}.ts")
        found = {
            (m.findtext("translation") or "").lower()
            for m in tree.iter("message")
            if m.findtext("source") == source
        }
        wanted = re.sub(r"[()]", "", expected).lower()
        assert found and all(wanted in text or text in wanted for text in found), (
            language,
            source,
            found,
            expected,
        )


PLAYBOOK = DATA / "playbook"

# Names of the push/pull stance that docs/glossary.md rules out: the stance is "push" and
# "pull" in every language, "vooral pull" / "plutôt pull", never a home-made verb.
STANCE_WORDS = {
    "nl": re.compile(r"\b(trek|trekt|trekken|duw|duwt|duwen)\b|\bvooral (vragen|zeggen)\b", re.I),
    "fr": re.compile(
        r"\b(tire|tirer|tirez|pousse|pousser|poussez)\b"
        r"|\bquestionnez surtout\b|\bsurtout (tirer|pousser|questionner)\b",
        re.I,
    ),
}


def stance_texts(language: str) -> Iterator[tuple[str, str]]:
    """(where, text) wherever the push/pull stance is named: each playbook entry's stance
    note, the mentor guide sections on Downey's spectrum, and the interface's push/pull labels."""
    for path in sorted(PLAYBOOK.glob(f"*.{language}.toml")):
        note = tomllib.loads(path.read_text(encoding="utf-8"))["mentor_stance"]["note"]
        yield path.name, note
    for path in sorted((DATA / "mentor_guides").glob(f"*.{language}.toml")):
        for section in tomllib.loads(path.read_text(encoding="utf-8")).get("sections", []):
            if "Downey" in section["body"]:
                yield path.name, f"{section['heading']}\n{section['body']}"
    tree = ET.parse(TRANSLATIONS / f"mentorpad_{language}.ts")
    for message in tree.iter("message"):
        if re.search(r"\b(push|pull)\b", message.findtext("source") or "", re.I):
            yield f"ui {message.findtext('source')!r}", message.findtext("translation") or ""


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_stance_is_push_and_pull_in_every_language(language: str) -> None:
    texts_found = list(stance_texts(language))
    assert len(texts_found) > 29  # every entry, the guide, the interface
    found = [
        f"{where}: {match.group(0)!r} in {text[:60]!r}"
        for where, text in texts_found
        for match in STANCE_WORDS[language].finditer(text)
    ]
    assert found == []


@pytest.mark.parametrize(
    ("english", "row"),
    [("Mostly pull", "mostly pull"), ("Mostly push", "mostly push"), ("Balanced", "balanced")],
)
def test_stance_notes_open_with_the_glossary_label(english: str, row: str) -> None:
    """A note that opens with the stance in English opens with the glossary's label in
    Dutch and French, as the entry page's stance line does."""
    dutch, french = _glossary_rows()[row]
    checked = 0
    for path in sorted(PLAYBOOK.glob("*.toml")):
        if path.name.count(".") != 2:
            continue  # a translation
        if not tomllib.loads(path.read_text(encoding="utf-8"))["mentor_stance"]["note"].startswith(
            english
        ):
            continue
        for language, label in (("nl", dutch), ("fr", french)):
            other = path.with_name(f"{path.stem}.{language}.toml")
            note = tomllib.loads(other.read_text(encoding="utf-8"))["mentor_stance"]["note"]
            assert note.lower().startswith(label.lower()), (other.name, note[:40], label)
            checked += 1
    assert checked > 0 or english == "Mostly push"
