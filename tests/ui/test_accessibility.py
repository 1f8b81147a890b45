"""Accessibility: contrast in both themes, names on controls, a keyboard path, 200% scale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentorpad.ui.theme import DARK, LIGHT
from tests.conftest import ROOT
from tests.ui.conftest import WindowFactory

PAIRS = [
    ("text", "window"),
    ("text", "base"),
    ("text", "nav"),
    ("text", "alt"),
    ("muted", "window"),
    ("muted", "base"),
    ("muted", "nav"),
    ("accent_text", "accent"),
    ("accent", "base"),
    ("accent", "window"),
    ("error", "base"),
    ("error", "window"),
    ("warn", "base"),
    ("ok", "base"),
]


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize(("fg", "bg"), PAIRS)
def test_text_contrast_meets_wcag_aa(palette: dict[str, str], fg: str, bg: str) -> None:
    assert contrast(palette[fg], palette[bg]) >= 4.5


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget, QHeaderView):
            continue  # a header is announced as part of its table
        named = bool(widget.accessibleName())
        if isinstance(widget, QAbstractButton):
            named = named or bool(widget.text().replace("&", "").strip())
        elif isinstance(
            widget,
            QLineEdit
            | QPlainTextEdit
            | QTextEdit
            | QComboBox
            | QAbstractSpinBox
            | QAbstractItemView,
        ):
            named = named or bool(getattr(widget, "placeholderText", lambda: "")())
        else:
            continue
        if (
            isinstance(widget, QAbstractSpinBox | QLineEdit)
            and widget.parent()
            and isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        ):
            continue  # the line edit inside a combo or spin box is named through its owner
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_on_the_main_screens_has_a_name(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from mentorpad.ui.app import prepare_demo

    folder, path, passphrase = prepare_demo()
    try:
        window = make_window(path, demo_passphrase=passphrase)
        assert _unnamed(window.unlock_page) == []
        from mentorpad.models import Vault

        window.session.open_with(Vault.open(path, passphrase))
        problems = {}
        for index, area in enumerate(window.areas):
            window.show_area(index)
            missing = _unnamed(area)
            if missing:
                problems[area.objectName()] = missing
        window.lock()
    finally:
        folder.cleanup()
    assert problems == {}


def test_tab_moves_through_the_unlock_screen(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from mentorpad.models import Vault
    from tests.conftest import PASSPHRASE

    Vault.create(tmp_path / "t.vault", PASSPHRASE).close()
    window = make_window(tmp_path / "t.vault")
    page = window.unlock_page
    order = [page.passphrase]
    widget: QWidget = page.passphrase
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy()):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[1] is page.unlock_button


def test_screens_render_at_200_percent(tmp_path: Path) -> None:
    """The screenshot tool at QT_SCALE_FACTOR=2: every screen renders at twice the size."""
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "tools/screenshots.py", str(tmp_path), "--screen", "3200x2000"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    from PySide6.QtGui import QImage

    image = QImage(str(tmp_path / "06-prepare.png"))
    assert image.width() >= 2 * 1200
