"""The language of the documents that leave the vault: reports, the agreement, the shared
summary and the blank mirror form.

They follow the interface unless AppConfig.document_language chooses another: a Flemish
mentor may work in Dutch and hand a French-speaking mentee the agreement in French. The
choice is kept on the application (set from the config when the window is built and when
the settings change), so every export asks one place. Another language's phrases come from
its own catalogue, loaded on the side and never installed: the interface keeps speaking
its own language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mentorpad.config import LANGUAGES
from mentorpad.ui.i18n import CATALOGUE_PREFIX, app_language, catalogue_folder, locale_for

log = logging.getLogger(__name__)

DOCUMENT_LANGUAGE_PROPERTY = "mentorpad_document_language"  # "" follows the interface

Translate = Callable[[str, str], str]  # (context, source) -> text, as QCoreApplication's

_catalogues: dict[tuple[str, str], QTranslator] = {}


def set_document_language(language: str) -> None:
    """Choose the documents' language ("" follows the interface); unknown values follow."""
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(DOCUMENT_LANGUAGE_PROPERTY, language if language in LANGUAGES else "")


def document_language() -> str:
    """The language exported documents are written in."""
    app = QCoreApplication.instance()
    chosen = app.property(DOCUMENT_LANGUAGE_PROPERTY) if app is not None else None
    return chosen if isinstance(chosen, str) and chosen in LANGUAGES else app_language()


def _same(_context: str, source: str) -> str:
    return source


def translator_for(language: str, folder: Path | None = None) -> Translate:
    """(context, source) -> the text in `language`. The interface's own language asks Qt's
    installed translators; English is the source itself; another language reads its
    catalogue (English where a phrase is missing, or where the catalogue is not built)."""
    if language == app_language():
        return QCoreApplication.translate
    if language not in LANGUAGES or language == "en":
        return _same
    folder = folder or catalogue_folder()
    key = (language, str(folder))
    catalogue = _catalogues.get(key)
    if catalogue is None:
        catalogue = QTranslator(QCoreApplication.instance())
        if not catalogue.load(CATALOGUE_PREFIX + language, str(folder)):
            log.warning(
                "no %s%s.qm in %s: documents in English", CATALOGUE_PREFIX, language, folder
            )
            return _same
        _catalogues[key] = catalogue
    loaded = catalogue

    def translate(context: str, source: str) -> str:
        return loaded.translate(context, source) or source

    return translate


def document_locale(language: str) -> QLocale:
    """Dates in the documents' language: the interface's locale when they are the same."""
    return QLocale() if language == app_language() else locale_for(language)
