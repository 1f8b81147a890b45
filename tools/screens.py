"""Every main screen and dialog of the app, driven the way a user's clicks drive them.

Shared by `make screenshots` (which saves each one as PNG) and the screen-fit check
(tests/harness/fit_check.py, which inspects each one for clipped text and scrollbars), so
the two always look at the same screens.
"""

from __future__ import annotations

import atexit
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

#: The screens mentors carry: (name, width, height, device pixel ratio).
LAPTOP_SCREENS = {
    "1280x720": (1280, 720, 1.0),
    "1366x768": (1366, 768, 1.0),
    "1920x1080@150": (1920, 1080, 1.5),
    "desktop": (1600, 1000, 1.0),
    "3200x2000": (3200, 2000, 1.0),  # with QT_SCALE_FACTOR=2: a 4K-class screen at 200 %
}


def use_screen(name: str) -> None:
    """Before Qt is imported: an offscreen screen of that size and scale."""
    width, height, dpr = LAPTOP_SCREENS[name]
    config = {
        "screens": [
            {
                "name": name,
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": dpr,
            }
        ]
    }
    handle, path = tempfile.mkstemp(prefix="mentorpad-screen-", suffix=".json")
    with os.fdopen(handle, "w") as out:
        json.dump(config, out)
    atexit.register(os.unlink, path)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


def settle(app: object, rounds: int = 5) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(rounds):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()


def maximise(window: object) -> None:
    """The size a mentor gives the window on a laptop: all the available room."""
    from PySide6.QtWidgets import QWidget

    from mentorpad.ui.screen_fit import fit_size

    assert isinstance(window, QWidget)
    from PySide6.QtCore import QSize

    window.resize(fit_size(window, QSize(10_000, 10_000)))


def visit_screens(window: object, app: object, *, subset: bool = False) -> Iterator[str]:
    """Drive the unlocked window through every main screen; yields each screen's name
    once it is showing (the caller grabs or inspects `window`)."""
    from mentorpad.ui.window import MainWindow

    assert isinstance(window, MainWindow)
    window.show_area_named("home")
    home = window.area("home")
    home.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    yield "03-home"
    if not subset:
        home.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        yield "03-home-practice"
        home.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    mentees = window.area("mentees")
    window.show_area_named("mentees")
    model = mentees.mentee_model  # type: ignore[attr-defined]
    first = model.record(0)
    if first is not None:
        mentees.open_mentee(first.id)  # type: ignore[attr-defined]
    mentees.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    yield "04-mentee-overview"
    if not subset:
        mentees.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        yield "05-agreement"
    mentees.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    sessions = mentees.session_model.records()  # type: ignore[attr-defined]
    if sessions:
        mentees.open_session(sessions[0].id)  # type: ignore[attr-defined]
        editor = mentees.session_editor  # type: ignore[attr-defined]
        editor.tabs.setCurrentIndex(0)
        yield "06-prepare"
        if len(sessions) > 1:
            mentees.open_session(sessions[1].id)  # type: ignore[attr-defined]
        if not subset:
            editor.tabs.setCurrentIndex(1)
            yield "07-notes"
            editor.tabs.setCurrentIndex(2)
            yield "07b-goals"
            editor.tabs.setCurrentIndex(3)
            yield "08-follow-up"
        editor.set_in_session(True)
        yield "09-in-session"
        editor.set_in_session(False)
    if mentees.development is not None and not subset:  # type: ignore[attr-defined]
        mentees.tabs.setCurrentWidget(mentees.development)  # type: ignore[attr-defined]
        yield "10-development"
    window.show_area_named("playbook")
    yield "11-playbook"
    window.show_area_named("mindset")
    mindset = window.area("mindset")
    tabs = getattr(mindset, "tabs", None)
    if tabs is not None and tabs.count() > 1:
        tabs.setCurrentIndex(1)  # results: the latest attempt's profile
    yield "12-mindset"
    if tabs is not None and not subset:
        for index in range(2, tabs.count()):
            tabs.setCurrentIndex(index)
            yield f"12{chr(ord('a') + index - 1)}-mindset-tab{index}"
        tabs.setCurrentIndex(0)
        yield "12z-mindset-take"
    search = window.area("search")
    window.show_area_named("search")
    search.query.setText("feedback")  # type: ignore[attr-defined]
    search.run_search()  # type: ignore[attr-defined]
    yield "13-search"
    search.query.clear()  # type: ignore[attr-defined]


def dialogs(window: object) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, factory) for every dialog a mentor can open from the unlocked window."""
    from mentorpad.models.paths import default_backup_dir
    from mentorpad.ui.about import AboutDialog
    from mentorpad.ui.areas.mentees.agreement import AgreementWizard
    from mentorpad.ui.areas.mentees.mentee_dialog import MenteeDialog
    from mentorpad.ui.areas.mentees.session_editor import CommitmentDialog
    from mentorpad.ui.settings_dialog import SettingsDialog
    from mentorpad.ui.shortcuts import ShortcutsDialog
    from mentorpad.ui.widgets.exports import ExportWarningBox, PreviewDialog
    from mentorpad.ui.window import MainWindow
    from mentorpad.ui.window.passphrase_dialog import ChangePassphraseDialog

    assert isinstance(window, MainWindow)
    text = "# Session summary\n\n" + "What we agreed and what comes next. " * 80
    yield (
        "14-settings",
        lambda: SettingsDialog(
            theme="system",
            idle_minutes=10,
            backup_dir=default_backup_dir(),
            vault_unlocked=True,
            parent=window,
        ),
    )
    yield "15-about", lambda: AboutDialog(window.session.path, window)
    yield "16-shortcuts", lambda: ShortcutsDialog(window)
    yield "17-agreement-wizard", lambda: AgreementWizard(None, parent=window)
    yield "18-mentee", lambda: MenteeDialog(None, window)
    yield "19-commitment", lambda: CommitmentDialog(window)
    yield "20-passphrase", lambda: ChangePassphraseDialog(window)
    yield (
        "21-export-warning",
        lambda: ExportWarningBox(window, title="Session summary", markdown_text=text),
    )
    yield "22-preview", lambda: PreviewDialog(window, "Session summary", text)


def open_demo_window(folder: Path, app: object, *, config_name: str = "c.json") -> object:
    """The demo vault, unlocked in a window built by the composition root."""
    from PySide6.QtWidgets import QApplication

    from mentorpad.config import AppConfig
    from mentorpad.demo import DEMO_PASSPHRASE, build_demo_vault
    from mentorpad.ui.app import build_window

    assert isinstance(app, QApplication)
    vault_path = folder / "demo.vault"
    if not vault_path.exists():
        build_demo_vault(vault_path).close()
    window = build_window(
        vault_path=vault_path,
        config=AppConfig(),
        config_path=folder / config_name,
        app=app,
        demo_passphrase=DEMO_PASSPHRASE,
    )
    maximise(window)
    window.show()
    window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
    return window


def unlock_demo(window: object, app: object) -> None:
    from mentorpad.demo import DEMO_PASSPHRASE
    from mentorpad.ui.window import MainWindow

    assert isinstance(window, MainWindow)
    window.session.unlock(DEMO_PASSPHRASE)
    for _ in range(1000):  # the KDF runs on the pool; its result arrives as an event
        if window.session.is_unlocked:
            break
        settle(app)
        time.sleep(0.01)
    window.session._background.wait(5000)
    settle(app)
