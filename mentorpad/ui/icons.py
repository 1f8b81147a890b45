"""The application icon, from resources/icons (source checkout or PyInstaller bundle).

PNGs rendered from mentorpad.svg by tools/make_icons.py at every size a desktop asks for, so
small sizes stay crisp and no SVG plugin is needed at start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from mentorpad.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICON_SVG = "mentorpad.svg"


def icon_png_name(size: int) -> str:
    return f"mentorpad-{size}.png"


def icon_png_path(size: int) -> Path:
    return resource_path("icons", icon_png_name(size))


def icon_svg_path() -> Path:
    return resource_path("icons", ICON_SVG)


def app_icon() -> QIcon:
    """Every PNG size (loaded lazily by Qt); the SVG only if the PNGs are missing."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_png_path(size)
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull() and icon_svg_path().is_file():
        icon = QIcon(str(icon_svg_path()))
    return icon
