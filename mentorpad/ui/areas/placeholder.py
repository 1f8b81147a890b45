"""An area whose feature has not been built: it shows nothing, never fake content."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from mentorpad.ui.areas.base import Area


class PlaceholderArea(Area):
    def __init__(self, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.title = title
        QVBoxLayout(self)
