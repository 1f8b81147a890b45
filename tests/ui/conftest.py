"""GUI fixtures: the real window from the composition root, on tmp paths."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from mentorpad.config import AppConfig
from mentorpad.ui.app import build_window, make_application
from mentorpad.ui.window import MainWindow
from tests.ui.helpers import cancel_pending

WindowFactory = Callable[..., MainWindow]
ROOT = Path(__file__).resolve().parents[2]

# A test still inside a modal dialog this long is stuck (nobody will answer it): close the
# dialog and fail the test, instead of hanging the worker until CI's 90 minutes run out.
STUCK_MS = 240_000


def _close_stuck(stuck: list[str]) -> None:
    while (modal := QApplication.activeModalWidget()) is not None:
        stuck.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
        if isinstance(modal, QDialog):
            modal.reject()
        modal.close()
        QApplication.processEvents()
        if QApplication.activeModalWidget() is modal:
            break


@pytest.fixture(autouse=True)
def no_dialog_waits_forever(qapp: QApplication) -> Iterator[None]:
    """Cancel the test's pending dialog answers when it ends, and unstick a forgotten modal."""
    stuck: list[str] = []
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: _close_stuck(stuck))
    guard.start(STUCK_MS)
    yield
    guard.stop()
    cancel_pending()
    if stuck:
        pytest.fail(f"a modal dialog nobody answered was left open: {stuck}")


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
        if window._complete:  # a sync or join still in its worker ends first
            window.sync.finish_for_quit()
        if window.session.is_unlocked:
            window.session.lock()
        window.idle.stop()
        window.session._background.wait(5000)


@pytest.fixture(scope="session")
def dutch_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed Dutch catalogue compiled, as `make` does, once per session."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert found
    qm = tmp_path_factory.mktemp("qm")
    subprocess.run(
        [
            found,
            "-silent",
            str(ROOT / "resources" / "translations" / "mentorpad_nl.ts"),
            "-qm",
            str(qm / "mentorpad_nl.qm"),
        ],
        check=True,
        timeout=120,
    )
    return qm


@pytest.fixture
def dutch(qapp: QApplication, dutch_catalogue: Path) -> Iterator[None]:
    """The Dutch interface, from the committed catalogue; English again afterwards."""
    from mentorpad.ui.i18n import install_language

    installed = install_language(qapp, "nl", folder=dutch_catalogue)
    assert installed.language == "nl"
    try:
        yield
    finally:
        installed.uninstall(qapp)
