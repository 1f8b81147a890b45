"""The areas in navigation order; each is built with the shared navigator."""

from __future__ import annotations

from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.placeholder import PlaceholderArea
from mentorpad.ui.navigation import Navigator


def default_areas(navigator: Navigator) -> list[Area]:
    return [
        PlaceholderArea("home", "Home"),
        PlaceholderArea("mentees", "Mentees"),
        PlaceholderArea("playbook", "Playbook"),
        PlaceholderArea("mindset", "Mindset"),
        PlaceholderArea("search", "Search"),
    ]
