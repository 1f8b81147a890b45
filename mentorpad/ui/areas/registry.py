"""The areas in navigation order; each is built with the shared navigator."""

from __future__ import annotations

from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.home import HomeArea
from mentorpad.ui.areas.mentees import MenteesArea
from mentorpad.ui.areas.mindset import MindsetArea
from mentorpad.ui.areas.playbook import PlaybookArea
from mentorpad.ui.areas.search import SearchArea
from mentorpad.ui.navigation import Navigator


def default_areas(navigator: Navigator) -> list[Area]:
    return [
        HomeArea(navigator),
        MenteesArea(navigator),
        PlaybookArea(navigator),
        MindsetArea(navigator),
        SearchArea(navigator),
    ]
