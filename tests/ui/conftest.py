"""GUI fixtures: the real window from the composition root, on tmp paths."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentorpad.config import AppConfig
from mentorpad.ui.app import build_window, make_application
from mentorpad.ui.window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[WindowFactory]:
    made: list[MainWindow] = []

    def factory(vault_path: Path | None = None, **kwargs: object) -> MainWindow:
        app = make_application()
        window = build_window(
            vault_path=vault_path or tmp_path / "vault" / "mentorpad.vault",
            config=AppConfig(),
            config_path=tmp_path / "config" / "config.json",
            app=app,
            **kwargs,  # type: ignore[arg-type]
        )
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield factory
    for window in made:
        if window.session.is_unlocked:
            window.session.lock()
        window.idle.stop()
        window.session._background.wait(5000)
