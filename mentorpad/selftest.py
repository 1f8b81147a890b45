"""`mentorpad --self-test`: prove an installation (the bundle in CI) works end to end."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from mentorpad.models import Vault
from mentorpad.models.store import Store
from mentorpad.render import render_markdown

_SENTINEL = "selftest-zebra-harmonica"
_PASSPHRASE = "self test passphrase of some length"


def run_self_test() -> int:
    """Create a vault in a temp folder, write, read, search, render, lock, unlock; exit 0."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="mentorpad-selftest-") as folder:
            _check_vault(Path(folder) / "selftest.vault", steps)
            _check_guides(steps)
            _check_gui(steps)
            _check_window(Path(folder), steps)
            _check_translations(steps)
    except Exception as exc:  # report, do not crash: this runs in CI logs
        print(f"self-test FAILED after {steps}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print("self-test passed: " + ", ".join(steps))
    return 0


# The later steps import what they test only when they run: the Qt platform is chosen
# first, and a failed import is reported as a failed step.


def _check_vault(path: Path, steps: list[str]) -> None:
    """Write, read, search and render in a new vault; lock it, unlock it and verify it."""
    with Vault.create(path, _PASSPHRASE) as vault:
        store = Store(vault)
        mentee = store.add_mentee("Self Test", background=f"**{_SENTINEL}**")
        steps.append("write")
        assert _SENTINEL in store.background(mentee)
        steps.append("read")
        assert store.search(_SENTINEL[:8])
        steps.append("search")
        html = render_markdown(store.background(mentee))
        assert "<strong>" in html and _SENTINEL in html
        steps.append("render")
    steps.append("lock")
    with Vault.open(path, _PASSPHRASE) as vault:
        assert Store(vault).find_mentee("Self Test") is not None
        assert vault.check_integrity().ok
    steps.append("unlock")


def _check_guides(steps: list[str]) -> None:
    """The shipped data files load: playbook, templates, guides, mindset, demo content."""
    from mentorpad.guides import (
        load_mentor_guides,
        load_mindset_instrument,
        load_playbook,
        load_session_templates,
    )

    assert len(load_playbook()) == 29
    assert len(load_session_templates()) == 4 and len(load_mentor_guides()) == 5
    assert len(load_mindset_instrument().dimensions) == 8
    from mentorpad.demo import load_demo_content

    assert load_demo_content()["mentee"]
    steps.append("guides")


def _check_gui(steps: list[str]) -> None:
    """Qt starts, the icon loads and a note view renders Markdown."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from mentorpad.ui.icons import app_icon

    assert not app_icon().isNull()
    from mentorpad.ui.widgets.render_view import NoteView

    view = NoteView()
    view.set_markdown(f"# {_SENTINEL}")
    assert _SENTINEL in view.toPlainText()
    app.processEvents()
    steps.append("gui")


def _check_window(folder: Path, steps: list[str]) -> None:
    """The whole window as the app builds it (workspace, menus, the clipboard and system-lock
    guards with their D-Bus connections on Linux): unlock the vault in it, then lock."""
    from PySide6.QtWidgets import QApplication

    from mentorpad.config import AppConfig
    from mentorpad.ui.app import build_window, make_application

    app = make_application()
    window = build_window(
        vault_path=folder / "selftest.vault",
        config=AppConfig(),
        config_path=folder / "config.json",
        app=app,
        deferred=False,
    )
    try:
        window.show()
        window.session.open_with(Vault.open(folder / "selftest.vault", _PASSPHRASE))
        assert window.pages.currentWidget() is window.workspace
        window.session.lock()
        assert window.pages.currentWidget() is window.unlock_page
    finally:
        window.idle.stop()
        window.session._background.wait(5000)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    steps.append("window")


def _check_translations(steps: list[str]) -> None:
    """Every compiled catalogue loads and translates, with Qt's own beside it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from mentorpad.ui.i18n import CATALOGUE_PREFIX, translations_dir

    catalogues = sorted(translations_dir().glob(f"{CATALOGUE_PREFIX}*.qm"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in catalogues:
        language = catalogue.stem.removeprefix(CATALOGUE_PREFIX)
        ours, qt = QTranslator(), QTranslator()
        assert ours.load(str(catalogue)), catalogue.name
        assert ours.translate("UnlockPage", "Unlock") not in ("", "Unlock"), language
        assert qt.load(f"qtbase_{language}", qt_folder), f"qtbase_{language}.qm"
    if catalogues:
        steps.append("translations")
