"""The shipped translations as a whole: orphaned files, and every translated entry,
template and guide checked against the rules and against its English file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from mentorpad.guides.playbook import loading
from mentorpad.guides.playbook.loading import (
    SHARED_FILES,
    load_mentor_guides,
    load_playbook,
    load_references,
    load_session_templates,
    load_shared,
)
from mentorpad.guides.playbook.model import (
    CATALOG,
    ENTRY_IDS,
    LOCALES,
    MentorGuide,
    PlaybookEntry,
    Reference,
    SessionTemplate,
)
from mentorpad.guides.playbook.records import validate_shared
from mentorpad.guides.playbook.translations import translation_problems
from mentorpad.guides.playbook.validation import (
    _entry_problems,
    validate_mentor_guides,
    validate_templates,
)


def validate_translations(locales: Sequence[str] = ("nl", "fr")) -> list[str]:
    """Check every shipped translation against its English file, and orphaned files."""
    problems = _orphan_problems()
    english_entries = {e.id: e for e in load_playbook()}
    english_templates = load_session_templates()
    english_guides = {g.id: g for g in load_mentor_guides()}
    references = load_references()
    for locale in locales:
        problems += _shared_translation_problems(locale, references)
        problems += _entry_translation_problems(locale, english_entries, references)
        problems += _template_translation_problems(locale, english_templates, references)
        problems += _guide_translation_problems(locale, english_guides, references)
    return problems


def _shared_translation_problems(locale: str, references: Mapping[str, Reference]) -> list[str]:
    """Frameworks, exercises and routes: translated, complete and shaped like the English."""
    english = load_shared("en")
    translated = load_shared(locale)
    problems = [f"[{locale}] {p}" for p in validate_shared(translated, references)]
    for stem, *_ in SHARED_FILES:
        if not loading._data_dir(f"{stem}.{locale}.toml").is_file():
            problems.append(f"data/{stem}.{locale}.toml: missing")
            continue
        originals = getattr(english, stem)
        records = getattr(translated, stem)
        if list(records) != list(originals):
            problems.append(f"[{locale}] data/{stem}.{locale}.toml: ids differ from the English")
            continue
        for key, record in records.items():
            problems += [
                f"[{locale}] {stem} {key}: {p}"
                for p in translation_problems(originals[key], record, language=True)
            ]
    return problems


def _orphan_problems() -> list[str]:
    """Translation files without an English file beside them, or in a locale not shipped."""
    problems: list[str] = []
    for folder in ("playbook", "templates", "mentor_guides"):
        # Through the module, so a test that points the loaders elsewhere points this too.
        directory = loading._data_dir(folder)
        if not directory.is_dir():
            continue
        names = {item.name for item in directory.iterdir()}
        for name in sorted(names):
            match = loading._TRANSLATION_NAME.match(name)
            if match and f"{match.group('base')}.toml" not in names:
                problems.append(f"data/{folder}/{name}: no English file beside it")
            elif match and match.group("locale") not in LOCALES:
                problems.append(f"data/{folder}/{name}: locale is not shipped")
    return problems


def _entry_translation_problems(
    locale: str, originals: Mapping[str, PlaybookEntry], references: Mapping[str, Reference]
) -> list[str]:
    problems: list[str] = []
    expected = {eid: (n, label) for n, eid, label in CATALOG}
    for entry in load_playbook(locale):
        if entry.locale != locale:
            continue
        problems += [
            f"[{locale}] {p}"
            for p in _entry_problems(
                entry, expected, set(ENTRY_IDS), references, load_shared(locale)
            )
        ]
        if entry.id in originals:
            problems += [
                f"[{locale}] {p}"
                for p in translation_problems(originals[entry.id], entry, entry.id, language=True)
            ]
    return problems


def _template_translation_problems(
    locale: str, english: Mapping[str, SessionTemplate], references: Mapping[str, Reference]
) -> list[str]:
    templates = load_session_templates(locale)
    problems = [f"[{locale}] {p}" for p in validate_templates(templates, references)]
    for kind, template in templates.items():
        if template.locale == locale and kind in english:
            problems += [
                f"[{locale}] template {kind}: {p}"
                for p in translation_problems(english[kind], template, language=True)
            ]
    return problems


def _guide_translation_problems(
    locale: str, originals: Mapping[str, MentorGuide], references: Mapping[str, Reference]
) -> list[str]:
    guides = load_mentor_guides(locale)
    problems = [f"[{locale}] {p}" for p in validate_mentor_guides(guides, references)]
    for guide in guides:
        if guide.locale == locale and guide.id in originals:
            problems += [
                f"[{locale}] guide {guide.id}: {p}"
                for p in translation_problems(originals[guide.id], guide, language=True)
            ]
    return problems
