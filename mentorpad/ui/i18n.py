"""The user's language: which one, and installing it (our catalogue, Qt's own, the locale).

AppConfig.language "" follows the system; "en", "nl" or "fr" choose one; a system language
we do not ship falls back to English. Our catalogues are resources/translations/*.qm, built
from the committed .ts files by `make` (pyside6-lrelease); Qt's own qtbase_<lang>.qm
translates the standard buttons and dialogs. QLocale.setDefault makes dates and numbers follow
the same language, and the areas load their content (playbook, templates, mindset instrument)
in it: app_language() is the one answer everyone uses, English until a language is installed
(tests and tools stay English whatever the machine speaks).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mentorpad.config import LANGUAGES
from mentorpad.resources import resource_path

log = logging.getLogger(__name__)

CATALOGUE_PREFIX = "mentorpad_"
LANGUAGE_PROPERTY = "mentorpad_language"  # on the QCoreApplication: what install_language chose
CATALOGUE_FOLDER_PROPERTY = "mentorpad_catalogues"  # where it found them (documents read there)
# How each language names itself in the settings: never translated.
LANGUAGE_NAMES = {"en": "English", "nl": "Nederlands", "fr": "Français"}


def translations_dir() -> Path:
    return resource_path("translations")


def catalogue_folder() -> Path:
    """The folder install_language read the catalogues from, else the shipped one."""
    app = QCoreApplication.instance()
    folder = app.property(CATALOGUE_FOLDER_PROPERTY) if app is not None else None
    return Path(folder) if isinstance(folder, str) and folder else translations_dir()


def _language_of(name: str) -> str:
    """The language part of a locale name: nl-BE, fr_BE.UTF-8 and NL give nl, fr, nl."""
    return name.replace("-", "_").split("_", 1)[0].split(".", 1)[0].lower()


def choose_language(configured: str, system: QLocale | None = None) -> str:
    """The configured language if we ship it, else the first of the system's preferred UI
    languages that we ship, else English."""
    if configured in LANGUAGES:
        return configured
    system = system if system is not None else QLocale.system()
    for name in [*system.uiLanguages(), system.name()]:
        language = _language_of(name)
        if language in LANGUAGES:
            return language
    return "en"


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers in `language`: the system's own locale when it speaks that language
    (it keeps the country and the user's formats), else the language's default."""
    system = system if system is not None else QLocale.system()
    if _language_of(system.name()) == language:
        return system
    return QLocale(language)


def app_language() -> str:
    """The language install_language gave the running application; English if none."""
    app = QCoreApplication.instance()
    language = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return language if isinstance(language, str) and language in LANGUAGES else "en"


@dataclass
class InstalledLanguage:
    """What install_language changed, so that uninstall() can put it back (tests)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_language: object = None

    def uninstall(self, app: QCoreApplication) -> None:
        for translator in self.translators:
            app.removeTranslator(translator)
            translator.deleteLater()
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        app.setProperty(LANGUAGE_PROPERTY, self.previous_language)


def install_language(
    app: QCoreApplication,
    language: str,
    *,
    folder: Path | None = None,
    system: QLocale | None = None,
) -> InstalledLanguage:
    """Load our catalogue and Qt's for `language` and make its locale the default.

    If our catalogue is missing (not built yet), the app stays English throughout rather
    than mixing an English interface with content and dates in another language.
    """
    folder = folder or translations_dir()
    installed = InstalledLanguage(
        "en", previous_locale=QLocale(), previous_language=app.property(LANGUAGE_PROPERTY)
    )
    if language in LANGUAGES and language != "en":
        ours = QTranslator(app)
        if ours.load(CATALOGUE_PREFIX + language, str(folder)):
            app.installTranslator(ours)
            installed.translators.append(ours)
            installed.language = language
            qt = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{language}", qt_folder):
                app.installTranslator(qt)
                installed.translators.append(qt)
        else:
            log.warning("no %s%s.qm in %s: using English", CATALOGUE_PREFIX, language, folder)
    QLocale.setDefault(locale_for(installed.language, system))
    app.setProperty(LANGUAGE_PROPERTY, installed.language)
    app.setProperty(CATALOGUE_FOLDER_PROPERTY, str(folder))
    return installed
