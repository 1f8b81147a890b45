"""The areas in navigation order; each is built with the shared navigator.

Specs, not widgets: an area's module is imported and its widgets built only when the window
needs it (after the unlock prompt has painted), so starting the app stays cheap. Titles use
each area's own translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.ui.areas.base import Area, AreaSpec
from mentorpad.ui.navigation import Navigator


def default_areas(
    navigator: Navigator, locale: str = "en", clock: Clock = SYSTEM_CLOCK
) -> list[AreaSpec]:
    """`locale`: the language of the shipped content (playbook, templates, mindset)."""

    def home() -> Area:
        from mentorpad.ui.areas.home.area import HomeArea

        return HomeArea(navigator, today=lambda: clock.now().date())

    def mentees() -> Area:
        from mentorpad.ui.areas.mentees.area import MenteesArea

        return MenteesArea(navigator, locale=locale, clock=clock)

    def playbook() -> Area:
        from mentorpad.ui.areas.playbook.area import PlaybookArea

        return PlaybookArea(navigator, locale=locale, clock=clock)

    def mindset() -> Area:
        from mentorpad.ui.areas.mindset.area import MindsetArea

        return MindsetArea(navigator, locale=locale, clock=clock)

    def search() -> Area:
        from mentorpad.ui.areas.search.area import SearchArea

        return SearchArea(navigator, clock=clock)

    return [
        # Literal contexts: pyside6-lupdate extracts these, the areas' own self.tr() agree.
        AreaSpec("home", QCoreApplication.translate("HomeArea", "Home"), home),
        AreaSpec("mentees", QCoreApplication.translate("MenteesArea", "Mentees"), mentees),
        AreaSpec("playbook", QCoreApplication.translate("PlaybookArea", "Playbook"), playbook),
        AreaSpec("mindset", QCoreApplication.translate("MindsetArea", "Mindset"), mindset),
        AreaSpec("search", QCoreApplication.translate("SearchArea", "Search"), search),
    ]
