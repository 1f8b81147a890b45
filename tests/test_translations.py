"""Translations: the committed catalogues are complete and match the code, and the app runs in
Dutch and French (its own catalogue, Qt's, dates, numbers and the shipped content).

The .ts files are checked as text (xml.etree) so a broken translation fails with its context
and source in the message. The GUI tests compile the committed .ts into a temporary folder
with pyside6-lrelease, so they test what is committed, not a stale build.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr")
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?=\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translation: ET.Element | None

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def label(self) -> str:
        return f"[{self.context}] {self.source!r}"

    def forms(self) -> list[str]:
        """The translated text, one entry per plural form."""
        if self.translation is None:
            return []
        if self.numerus:
            return [form.text or "" for form in self.translation.iter("numerusform")]
        return [self.translation.text or ""]


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    translation=message.find("translation"),
                )
            )
    return messages


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the environment running the tests."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"{name} not found (it comes with PySide6)"
    return found


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"mentorpad_{language}.ts"


# -- the catalogues ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    problems = []
    for message in read_ts(ts_path(language)):
        element = message.translation
        kind = element.get("type") if element is not None else "missing"
        forms = message.forms()
        if kind is not None:
            problems.append(f"{message.label}: {kind}")
        elif not forms or not all(form.strip() for form in forms):
            problems.append(f"{message.label}: empty translation")
        elif message.numerus and len(forms) < 2:
            problems.append(f"{message.label}: one plural form only")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_tags_and_accelerators(language: str) -> None:
    problems = []
    for message in read_ts(ts_path(language)):
        wanted = set(PLACEHOLDER.findall(message.source))
        tags = sorted(HTML_TAG.findall(message.source))
        accelerators = len(ACCELERATOR.findall(message.source))
        for form in message.forms():
            if set(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{message.label}: placeholders {wanted} became {form!r}")
            if sorted(HTML_TAG.findall(form)) != tags:
                problems.append(f"{message.label}: HTML tags {tags} became {form!r}")
            if form.count("**") != message.source.count("**"):
                problems.append(f"{message.label}: Markdown bold markers changed in {form!r}")
            if len(ACCELERATOR.findall(form)) != accelerators:
                problems.append(f"{message.label}: keyboard accelerator lost or added: {form!r}")
    assert not problems, "\n".join(problems)


def test_both_languages_translate_the_same_messages() -> None:
    keys = {language: {m.key for m in read_ts(ts_path(language))} for language in LANGUAGES}
    assert keys["nl"] == keys["fr"]


def test_catalogues_match_the_code(tmp_path: Path) -> None:
    """A new UI string fails here until `make translations` has added it and it is translated;
    a removed one fails until `make translations` has dropped it."""
    sources = sorted(str(path) for path in (ROOT / "mentorpad").rglob("*.py"))
    extracted = tmp_path / "extracted.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(extracted)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = {m.key for m in read_ts(extracted)}
    for language in LANGUAGES:
        committed = {m.key for m in read_ts(ts_path(language))}
        new = sorted(in_code - committed)
        gone = sorted(committed - in_code)
        assert not new, (
            f"mentorpad_{language}.ts lacks strings the code shows (run `make translations`, "
            "then translate them):\n" + "\n".join(map(repr, new))
        )
        assert not gone, (
            f"mentorpad_{language}.ts has strings the code no longer has (run "
            "`make translations`):\n" + "\n".join(map(repr, gone))
        )


def _translation_calls() -> Iterator[tuple[str, int, str, ast.Call]]:
    for path in sorted((ROOT / "mentorpad").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                receiver = func.value if isinstance(func, ast.Attribute) else None
                painter = isinstance(receiver, ast.Name) and receiver.id in ("p", "painter")
                if name == "tr" or (name == "translate" and not painter):
                    yield str(path.relative_to(ROOT)), node.lineno, name, node


# The places a phrase is translated from a variable: the Qt-free reports' phrases, which
# the same module lists as literals for lupdate (tests/test_reports.py keeps the lists equal),
# and the documents' language, which looks up the literal phrases its callers pass.
DYNAMIC_BY_DESIGN = ("mentorpad/ui/report_words.py", "mentorpad/ui/document_language.py")


def test_translated_texts_are_literals_lupdate_can_see() -> None:
    """tr(variable) and tr() inside an f-string both reach the screen untranslated: lupdate
    extracts neither. Every text must be a literal that the catalogues contain."""
    catalogue = {m.source for m in read_ts(ts_path("nl"))}
    problems = []
    for where, line, name, call in _translation_calls():
        index = 1 if name == "translate" else 0  # translate(context, text), tr(text)
        text = call.args[index] if len(call.args) > index else None
        if str(where).endswith(DYNAMIC_BY_DESIGN) and not isinstance(text, ast.Constant):
            continue
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            problems.append(f"{where}:{line}: text is not a literal: {ast.unparse(call)[:80]}")
        elif text.value not in catalogue:
            problems.append(f"{where}:{line}: {text.value!r} is not in the catalogue")
    assert not problems, "\n".join(problems)


# -- choosing and installing a language --------------------------------------------------------


def test_choose_language() -> None:
    from PySide6.QtCore import QLocale

    from mentorpad.ui.i18n import choose_language

    belgian = QLocale("nl_BE")
    assert choose_language("fr", belgian) == "fr"  # the setting wins
    assert choose_language("", belgian) == "nl"  # "" follows the system
    assert choose_language("", QLocale("fr_CA")) == "fr"
    assert choose_language("", QLocale("de_DE")) == "en"  # not shipped: English
    assert choose_language("xx", QLocale("en_GB")) == "en"


def test_config_keeps_only_known_languages(tmp_path: Path) -> None:
    from mentorpad.config import AppConfig

    path = tmp_path / "config.json"
    for stored, loaded in (("nl", "nl"), ("fr", "fr"), ("", ""), ("klingon", "")):
        path.write_text(json.dumps({"language": stored}), encoding="utf-8")
        assert AppConfig.load(path).language == loaded
        path.write_text(json.dumps({"document_language": stored}), encoding="utf-8")
        assert AppConfig.load(path).document_language == loaded


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogues compiled, as `make` does for the app."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(ts_path(language)),
                "-qm",
                str(folder / f"mentorpad_{language}.qm"),
            ],
            check=True,
            timeout=120,
        )
    return folder


@pytest.fixture
def ui_language(request: pytest.FixtureRequest, compiled: Path, qapp: object) -> Iterator[str]:
    """Install a language as make_application does; put everything back afterwards."""
    from PySide6.QtWidgets import QApplication

    from mentorpad.ui.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = install_language(app, request.param, folder=compiled)
    assert installed.language == request.param
    try:
        yield request.param
    finally:
        installed.uninstall(app)


EXPECTED = {
    "nl": {
        "unlock": "Ontgrendelen",
        "nav": ["Start", "Mentees", "Playbook", "Mentorhouding", "Zoeken"],
        "file_menu": "&Bestand",
        "cancel": "Annuleren",
        "month": "mrt",
        "decimal": "3,25",
        "results": ("1 resultaat, nieuwste eerst", "3 resultaten, nieuwste eerst"),
        "mindset_title": "Zelfevaluatie mentorhouding",
        "template": "Eerste sessie",
    },
    "fr": {
        "unlock": "Déverrouiller",
        "nav": ["Accueil", "Mentorés", "Playbook", "Posture", "Recherche"],
        "file_menu": "&Fichier",
        "cancel": "Annuler",
        "month": "mars",
        "decimal": "3,25",
        "results": (
            "1 résultat, du plus récent au plus ancien",
            "3 résultats, du plus récent au plus ancien",
        ),
        "mindset_title": "Auto-évaluation de la posture de mentor",
        "template": "Première séance",
    },
}


@pytest.mark.gui
@pytest.mark.parametrize("ui_language", LANGUAGES, indirect=True)
def test_window_speaks_the_language(ui_language: str, qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from mentorpad.config import AppConfig
    from mentorpad.ui.app import build_window
    from mentorpad.ui.areas.mindset.area import MindsetArea
    from mentorpad.ui.areas.playbook.area import PlaybookArea
    from mentorpad.ui.areas.search.area import SearchArea
    from mentorpad.ui.i18n import app_language
    from mentorpad.ui.settings_dialog import SettingsDialog
    from mentorpad.ui.widgets.item_models import format_date, format_decimal

    expected = EXPECTED[ui_language]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app_language() == ui_language
    window = build_window(
        vault_path=tmp_path / "vault" / "mentorpad.vault",
        config=AppConfig(),
        config_path=tmp_path / "config.json",
        app=app,
    )
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.welcome_page.create_button.text() != "Create my vault"
        assert window.unlock_page.unlock_button.text() == expected["unlock"]
        assert [button.text() for button in window.nav_buttons] == expected["nav"]
        assert window.menuBar().actions()[0].text() == expected["file_menu"]
        # Dates and numbers follow the language.
        assert expected["month"] in format_date(dt.date(2025, 3, 5))
        assert format_decimal(3.25, 2) == expected["decimal"]
        # Plurals (numerus forms) from our catalogue.
        search = window.area("search")
        assert isinstance(search, SearchArea)
        one, three = expected["results"]
        assert search.tr("%n result(s), newest first", "", 1) == one
        assert search.tr("%n result(s), newest first", "", 3) == three
        # The shipped content comes in the same language.
        mindset = window.area("mindset")
        assert isinstance(mindset, MindsetArea)
        assert mindset.take_view.start_view.heading.text() == expected["mindset_title"]
        playbook = window.area("playbook")
        assert isinstance(playbook, PlaybookArea)
        assert playbook.open_key("template:first")
        assert expected["template"] in playbook.page.toPlainText()
        # Qt's own standard buttons.
        dialog = SettingsDialog(
            theme="system", idle_minutes=5, backup_dir=tmp_path, vault_unlocked=False
        )
        qtbot.addWidget(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel.text().replace("&", "") == expected["cancel"]
    finally:
        window.idle.stop()
        window.session._background.wait(5000)


@pytest.mark.gui
def test_language_setting_is_saved_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from mentorpad.config import AppConfig
    from mentorpad.ui.app import build_window
    from mentorpad.ui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    config_path = tmp_path / "config.json"
    window = build_window(
        vault_path=tmp_path / "vault" / "mentorpad.vault",
        config=AppConfig(language="nl"),
        config_path=config_path,
        app=app,
    )
    qtbot.addWidget(window)
    seen: list[str] = []

    def choose_french(dialog: SettingsDialog) -> int:
        seen.append(dialog.chosen_language)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", choose_french)
    try:
        window.action_settings.trigger()
        assert seen == ["nl"]  # the dialog showed the saved choice
        saved = json.loads(config_path.read_text(encoding="utf-8"))
        assert saved["language"] == "fr"
        assert "next time" in window.statusBar().currentMessage()
    finally:
        window.idle.stop()
        window.session._background.wait(5000)


def test_settings_dialog_offers_system_and_the_shipped_languages(
    qapp: object, tmp_path: Path
) -> None:
    from mentorpad.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        theme="system", language="", idle_minutes=5, backup_dir=tmp_path, vault_unlocked=False
    )
    try:
        choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
        names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        assert choices == ["", "en", "nl", "fr"]
        assert names[1:] == ["English", "Nederlands", "Français"]  # endonyms, never translated
        assert dialog.chosen_language == ""
    finally:
        dialog.deleteLater()


# -- the shipped content in Dutch and French ---------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_guides_load_in_the_language(language: str) -> None:
    from mentorpad.guides.mindset import load_mindset_instrument
    from mentorpad.guides.playbook import (
        ENTRY_IDS,
        TEMPLATE_KINDS,
        load_mentor_guides,
        load_playbook,
        load_session_templates,
    )

    english_templates = load_session_templates("en")
    templates = load_session_templates(language)
    assert set(templates) == set(TEMPLATE_KINDS)
    for kind, template in templates.items():
        assert template.locale == language
        assert template.title != english_templates[kind].title
    guides = load_mentor_guides(language)
    assert guides and all(guide.locale == language for guide in guides)
    for variant in ("current", "baseline", "mirror"):
        instrument = load_mindset_instrument(variant, language)
        assert instrument.locale == language
        assert instrument.title != load_mindset_instrument(variant, "en").title
    # Playbook entries fall back to English where no translation is shipped, one by one.
    entries = load_playbook(language)
    assert [entry.id for entry in entries] == list(ENTRY_IDS)
    english = {entry.id: entry for entry in load_playbook("en")}
    for entry in entries:
        assert entry.locale in (language, "en")
        if entry.locale == "en":
            assert entry.title == english[entry.id].title


REPORT_WORDS = {
    "nl": ("Ontwikkelingsrapport: Ana", "Mentoringovereenkomst", "Samenvatting van de sessie"),
    "fr": ("Rapport de développement\u00a0: Ana", "Accord de mentorat", "Résumé de la séance"),
}


@pytest.mark.parametrize("ui_language", LANGUAGES, indirect=True)
def test_exported_documents_speak_the_language(
    ui_language: str, qtbot: QtBot, tmp_path: Path, raw_key: object
) -> None:
    """Reports, the agreement and the shared summary as the GUI writes them."""
    import datetime as dt

    from mentorpad.models import Vault
    from mentorpad.models.store import Store
    from mentorpad.reports import agreement_md, development_report_md, shared_summary_md
    from mentorpad.ui.report_words import report_words

    with Vault.create(tmp_path / "r.vault", key=raw_key) as vault:  # type: ignore[arg-type]
        store = Store(vault)
        mid = store.add_mentee("Ana", stage="struggling")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        words = report_words()
        report = development_report_md(store, mid, dt.date(2026, 3, 30), words=words)
        agreement = agreement_md(store, mid, words=words)
        summary = shared_summary_md(store, sid, words=words)
    title, agreement_title, summary_title = REPORT_WORDS[ui_language]
    assert report.startswith(f"# {title}")
    assert agreement.startswith(f"# {agreement_title}") and summary.startswith(f"# {summary_title}")
    month = {"nl": "maart", "fr": "mars"}[ui_language]
    assert f"9 {month} 2026" in summary  # dates in the language too
    for text in (report, agreement, summary):
        assert "Development report" not in text and "Still to be agreed" not in text


OTHER_LANGUAGE = {"nl": "fr", "fr": "nl"}
MIRROR_FORM_HEADING = {
    "nl": "# Hoe je mentor begeleidt",
    "fr": "# Comment votre mentor vous accompagne",
    "en": "# How your mentor mentors",
}


@pytest.mark.parametrize("ui_language", LANGUAGES, indirect=True)
def test_documents_can_speak_another_language_than_the_interface(
    ui_language: str, qtbot: QtBot, tmp_path: Path, raw_key: object
) -> None:
    """A Flemish mentor's French-speaking mentee gets the agreement, the summary, the report
    (playbook titles and dates too) and the blank mirror form in French, and back in English;
    the interface keeps its own language throughout."""
    import datetime as dt

    from PySide6.QtCore import QCoreApplication

    from mentorpad.guides import load_playbook
    from mentorpad.models import Vault
    from mentorpad.models.store import Store
    from mentorpad.reports import agreement_md, development_report_md, shared_summary_md
    from mentorpad.ui.areas.mindset.form import blank_mirror_form_in
    from mentorpad.ui.document_language import document_language, set_document_language
    from mentorpad.ui.report_words import report_words

    other = OTHER_LANGUAGE[ui_language]
    interface_title = QCoreApplication.translate("reports", "Mentoring agreement")
    set_document_language(other)
    try:
        assert document_language() == other
        with Vault.create(tmp_path / "r.vault", key=raw_key) as vault:  # type: ignore[arg-type]
            store = Store(vault)
            mid = store.add_mentee("Ana", stage="struggling")
            sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
            store.set_themes(sid, ["struggling.delegation"])
            words = report_words()
            report = development_report_md(store, mid, dt.date(2026, 3, 30), words=words)
            agreement = agreement_md(store, mid, words=words)
            summary = shared_summary_md(store, sid, words=words)
            set_document_language("en")
            english = agreement_md(store, mid, words=report_words())
        title, agreement_title, summary_title = REPORT_WORDS[other]
        assert report.startswith(f"# {title}")
        assert agreement.startswith(f"# {agreement_title}")
        assert summary.startswith(f"# {summary_title}")
        month = {"nl": "maart", "fr": "mars"}[other]
        assert f"9 {month} 2026" in summary
        delegation = {e.id: e.title for e in load_playbook(other)}["struggling.delegation"]
        assert delegation in report
        assert english.startswith("# Mentoring agreement")
        assert blank_mirror_form_in(other).startswith(MIRROR_FORM_HEADING[other])
        assert blank_mirror_form_in("en").startswith(MIRROR_FORM_HEADING["en"])
        # The interface did not change language on the way.
        assert QCoreApplication.translate("reports", "Mentoring agreement") == interface_title
        assert interface_title == REPORT_WORDS[ui_language][1]
    finally:
        set_document_language("")
    assert document_language() == ui_language  # "" follows the interface again


@pytest.mark.gui
def test_document_language_setting_applies_at_once_and_is_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from mentorpad.config import AppConfig
    from mentorpad.ui.app import build_window
    from mentorpad.ui.document_language import document_language, set_document_language
    from mentorpad.ui.settings_dialog import SettingsDialog

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    config_path = tmp_path / "config.json"
    window = build_window(
        vault_path=tmp_path / "vault" / "mentorpad.vault",
        config=AppConfig(document_language="nl"),
        config_path=config_path,
        app=app,
    )
    qtbot.addWidget(window)
    seen: list[str] = []

    def choose_french(dialog: SettingsDialog) -> int:
        seen.append(dialog.chosen_document_language)
        names = [
            dialog.document_language.itemData(i) for i in range(dialog.document_language.count())
        ]
        assert names == ["", "en", "nl", "fr"]
        dialog.document_language.setCurrentIndex(dialog.document_language.findData("fr"))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(SettingsDialog, "exec", choose_french)
    try:
        assert document_language() == "nl"  # from the config, as the window was built
        window.action_settings.trigger()
        assert seen == ["nl"]
        assert document_language() == "fr"  # no restart needed
        saved = json.loads(config_path.read_text(encoding="utf-8"))
        assert saved["document_language"] == "fr" and saved["language"] == ""
    finally:
        set_document_language("")
        window.idle.stop()
        window.session._background.wait(5000)
