"""The areas in navigation order."""

from __future__ import annotations

from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.placeholder import PlaceholderArea


def default_areas() -> list[Area]:
    return [
        PlaceholderArea("home", "Home"),
        PlaceholderArea("mentees", "Mentees"),
        PlaceholderArea("playbook", "Playbook"),
        PlaceholderArea("mindset", "Mindset"),
        PlaceholderArea("search", "Search"),
    ]
