"""Composition root: builds the application, the window and its parts, and runs it.

Imports are kept to what the unlock prompt needs; markdown and the areas' heavier modules load
after unlock (see performance notes).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from mentorpad import APP_DISPLAY_NAME, APP_NAME, __version__
from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.config import AppConfig, default_config_path
from mentorpad.models.paths import default_vault_path
from mentorpad.ui.areas.base import Area, AreaSpec
from mentorpad.ui.background import Background
from mentorpad.ui.i18n import app_language, choose_language, install_language
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.session import DEFAULT_IDLE_MINUTES, IdleWatcher, VaultSession
from mentorpad.ui.theme import apply_theme
from mentorpad.ui.window import MainWindow


def build_areas(navigator: Navigator, locale: str, clock: Clock) -> list[AreaSpec]:
    from mentorpad.ui.areas.registry import default_areas

    return default_areas(navigator, locale, clock)


def build_window(
    *,
    vault_path: Path,
    config: AppConfig,
    config_path: Path | None,
    app: QApplication,
    demo_passphrase: str | None = None,
    areas: Sequence[Area | AreaSpec] | None = None,
    locale: str | None = None,
    clock: Clock = SYSTEM_CLOCK,
    deferred: bool = False,
) -> MainWindow:
    """Everything the window needs, built in one place; tests call this with tmp paths.

    `locale` is the language of the areas' shipped content (playbook, templates, mindset);
    by default the one make_application installed (English if it installed none).
    `clock` is the one time source of everything that behaves by time (tests drive it).
    `deferred` builds the window's second stage after the unlock prompt's first paint (the
    app); without it the window is complete on return (tests, tools).
    """
    background = Background(app)
    navigator = Navigator(app)
    session = VaultSession(vault_path, background, app)
    idle = IdleWatcher(DEFAULT_IDLE_MINUTES * 60_000, app, clock=clock)
    app.installEventFilter(idle)
    from mentorpad.ui.icons import app_icon

    app.setWindowIcon(app_icon())  # every window and dialog
    window = MainWindow(
        config=config,
        save_config=lambda c: c.save(config_path),
        session=session,
        idle=idle,
        areas=areas
        if areas is not None
        else build_areas(navigator, locale or app_language(), clock),
        navigator=navigator,
        apply_theme=lambda theme: _discard(apply_theme(app, theme, window)),
        demo_passphrase=demo_passphrase,
        clock=clock,
        deferred=deferred,
    )
    apply_theme(app, config.theme, window)
    languages = sorted({locale or app_language(), QLocale().name()})
    window.add_idle_work(
        lambda: background.run(lambda: _warm_content(languages), _discard, _discard)
    )
    window.add_idle_work(lambda: _clean_after_a_crash(vault_path, config_path))
    return window


def _clean_after_a_crash(vault_path: Path, config_path: Path | None) -> None:
    """Temporaries of ours that a killed earlier run left (models.files); the backup folder
    is cleaned before each backup, export folders before each export into them."""
    from mentorpad.models.files import clean_stale_temps

    folders = [vault_path.parent]
    if config_path is not None:
        folders.append(config_path.parent)
    clean_stale_temps(folders)


def _warm_content(languages: Sequence[str]) -> None:
    """Parse the playbook (~120 ms of TOML, cached per process) on the background pool while
    the passphrase is typed: Home's theme titles and the Playbook area read it. Qt-free,
    so it runs off the GUI thread; an error is left for the area that reads it to show."""
    from mentorpad.guides import (
        load_mentor_guides,
        load_playbook,
        load_references,
        load_session_templates,
    )

    load_references()
    for language in languages:
        load_playbook(language)
        load_session_templates(language)
        load_mentor_guides(language)


def _discard(_value: object) -> None:
    """Adapts a function with a result to a callback that wants none."""


def make_application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
    """The QApplication, once. `language` is AppConfig.language ("" follows the system):
    its translations and locale are installed before any widget exists. None installs
    nothing (tests and tools: English, unless they install a language themselves)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(APP_NAME)
    app = QApplication(argv or [sys.argv[0]])
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setDesktopFileName("io.github.mentorpad.Mentorpad")  # Wayland matches the .desktop
    if language is not None:
        install_language(app, choose_language(language))
    return app


class _Termination:
    """SIGTERM (logout, shutdown, `kill`) closes like the window's close button: the edit in
    progress is saved, a backup written and the vault locked, instead of dying mid-way.

    Installed first thing, so a SIGTERM during start-up is remembered and honoured as soon
    as the window exists. Python runs signal handlers only when it gets control, so a slow
    timer gives it some once the event loop runs.
    """

    def __init__(self) -> None:
        self.requested = False
        self._close: Callable[[], None] | None = None
        if hasattr(signal, "SIGTERM"):
            signal.signal(signal.SIGTERM, self._on_signal)

    def _on_signal(self, *_: object) -> None:
        self.requested = True
        if self._close is not None:
            self._close()

    def attach(self, app: QApplication, window: MainWindow) -> None:
        def close() -> None:
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(0, app.quit)

        self._close = close
        ticker = QTimer(app)
        ticker.setInterval(500)
        ticker.timeout.connect(lambda: None)
        ticker.start()
        if self.requested:
            close()


def prepare_demo(
    clock: Clock = SYSTEM_CLOCK,
) -> tuple[tempfile.TemporaryDirectory[str], Path, str]:
    """A throwaway demo vault in a temporary folder, removed when the app quits; its dates
    are relative to the day of the clock the window gets too."""
    from mentorpad.demo import DEMO_PASSPHRASE, build_demo_vault

    folder = tempfile.TemporaryDirectory(prefix="mentorpad-demo-")
    vault_path = Path(folder.name) / "demo.vault"
    build_demo_vault(vault_path, clock.now().date()).close()
    return folder, vault_path, DEMO_PASSPHRASE


def run_gui(args: argparse.Namespace) -> int:
    from mentorpad.hardening import harden_process

    harden_process()
    termination = _Termination()
    if args.self_test:
        from mentorpad.selftest import run_self_test

        return run_self_test()
    config_path = default_config_path()
    config = AppConfig.load(config_path)
    app = make_application(language=config.language)
    clock = SYSTEM_CLOCK  # the app's one time source, handed to all that behaves by time
    demo_passphrase: str | None = None
    demo_dir: tempfile.TemporaryDirectory[str] | None = None
    if args.demo:
        demo_dir, vault_path, demo_passphrase = prepare_demo(clock)
        config = AppConfig(
            theme=config.theme,
            language=config.language,
            document_language=config.document_language,
        )
        config_path_for_window: Path | None = Path(demo_dir.name) / "config.json"
    else:
        vault_path = args.vault or (
            Path(config.last_vault) if config.last_vault else default_vault_path()
        )
        config_path_for_window = config_path
    window = build_window(
        vault_path=vault_path,
        config=config,
        config_path=config_path_for_window,
        app=app,
        demo_passphrase=demo_passphrase,
        clock=clock,
        deferred=True,
    )
    if os.environ.get("MENTORPAD_BENCH_MARK"):  # timing marks for tools/bench.py only
        from mentorpad.ui.bench_marks import install

        install(app, window)
    window.show()
    if demo_passphrase:
        QTimer.singleShot(0, lambda: window.unlock_page.passphrase.setText(demo_passphrase))
    termination.attach(app, window)
    code = app.exec()
    if demo_dir is not None:
        demo_dir.cleanup()
    return int(code)
