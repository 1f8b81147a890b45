"""Render every main screen from the demo vault to PNG (make screenshots).

Runs offscreen; the window is driven through the same calls a user's clicks make. English by
default, whatever the machine's language; `tools/screenshots.py OUT nl` (or fr) renders the
screens in Dutch (or French) from the compiled catalogues.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from mentorpad.config import AppConfig  # noqa: E402
from mentorpad.demo import DEMO_PASSPHRASE, build_demo_vault  # noqa: E402
from mentorpad.ui.app import build_window, make_application  # noqa: E402
from mentorpad.ui.theme import apply_theme  # noqa: E402
from mentorpad.ui.window import MainWindow  # noqa: E402

SIZE = (1280, 820)


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
        QCoreApplication.sendPostedEvents()


def shoot(widget: QWidget, out: Path, name: str, app: QApplication) -> None:
    settle(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def shoot_dialog(make: Callable[[], QDialog], out: Path, name: str, app: QApplication) -> None:
    dialog = make()
    dialog.show()
    shoot(dialog, out, name, app)
    dialog.close()


def main(out: Path, language: str = "en") -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(language=language)
    with tempfile.TemporaryDirectory(prefix="mentorpad-shots-") as tmp:
        folder = Path(tmp)
        welcome = build_window(
            vault_path=folder / "new.vault",
            config=AppConfig(),
            config_path=folder / "c1.json",
            app=app,
        )
        welcome.resize(*SIZE)
        welcome.show()
        shoot(welcome, out, "01-welcome", app)
        welcome.close()

        vault_path = folder / "demo.vault"
        build_demo_vault(vault_path).close()
        window = build_window(
            vault_path=vault_path,
            config=AppConfig(),
            config_path=folder / "c2.json",
            app=app,
            demo_passphrase=DEMO_PASSPHRASE,
        )
        window.resize(*SIZE)
        window.show()
        window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
        shoot(window, out, "02-unlock", app)
        window.session.unlock(DEMO_PASSPHRASE)
        deadline = 200
        while not window.session.is_unlocked and deadline:
            settle(app)
            QTimer.singleShot(20, lambda: None)
            app.processEvents()
            deadline -= 1
        window.session._background.wait(5000)
        settle(app)
        run_screens(window, out, app, "")
        apply_theme(app, "dark", window)  # the style sheet lives on the window
        run_screens(window, out, app, "-dark", subset=True)
        apply_theme(app, "light", window)  # the style sheet lives on the window
        window.session.lock()
        window.close()
    return 0


def run_screens(
    window: MainWindow, out: Path, app: QApplication, suffix: str, subset: bool = False
) -> None:
    window.show_area_named("home")
    shoot(window, out, f"03-home{suffix}", app)
    mentees = window.area("mentees")
    window.show_area_named("mentees")
    model = mentees.mentee_model  # type: ignore[attr-defined]
    first = model.record(0)
    if first is not None:
        mentees.open_mentee(first.id)  # type: ignore[attr-defined]
    mentees.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    shoot(window, out, f"04-mentee-overview{suffix}", app)
    if not subset:
        mentees.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        shoot(window, out, f"05-agreement{suffix}", app)
    mentees.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    sessions = mentees.session_model.records()  # type: ignore[attr-defined]
    if sessions:
        planned = sessions[0]
        mentees.open_session(planned.id)  # type: ignore[attr-defined]
        editor = mentees.session_editor  # type: ignore[attr-defined]
        editor.tabs.setCurrentIndex(0)
        shoot(window, out, f"06-prepare{suffix}", app)
        if len(sessions) > 1:
            mentees.open_session(sessions[1].id)  # type: ignore[attr-defined]
        if not subset:
            editor.tabs.setCurrentIndex(1)
            shoot(window, out, f"07-notes{suffix}", app)
            editor.tabs.setCurrentIndex(3)
            shoot(window, out, f"08-follow-up{suffix}", app)
        editor.set_in_session(True)
        shoot(window, out, f"09-in-session{suffix}", app)
        editor.set_in_session(False)
    if mentees.development is not None and not subset:  # type: ignore[attr-defined]
        mentees.tabs.setCurrentWidget(mentees.development)  # type: ignore[attr-defined]
        shoot(window, out, f"10-development{suffix}", app)
    window.show_area_named("playbook")
    shoot(window, out, f"11-playbook{suffix}", app)
    window.show_area_named("mindset")
    mindset = window.area("mindset")
    tabs = getattr(mindset, "tabs", None)
    if tabs is not None and tabs.count() > 1:
        tabs.setCurrentIndex(1)  # results: the latest attempt's profile
    shoot(window, out, f"12-mindset{suffix}", app)
    if tabs is not None and tabs.count() > 2 and not subset:
        tabs.setCurrentIndex(2)
        shoot(window, out, f"12b-mindset-history{suffix}", app)
        tabs.setCurrentIndex(0)
    search = window.area("search")
    window.show_area_named("search")
    search.query.setText("feedback")  # type: ignore[attr-defined]
    search.run_search()  # type: ignore[attr-defined]
    shoot(window, out, f"13-search{suffix}", app)
    search.query.clear()  # type: ignore[attr-defined]
    if not subset:
        from mentorpad.models.paths import default_backup_dir
        from mentorpad.ui.settings_dialog import SettingsDialog

        shoot_dialog(
            lambda: SettingsDialog(
                theme="system",
                idle_minutes=10,
                backup_dir=default_backup_dir(),
                vault_unlocked=True,
                parent=window,
            ),
            out,
            "14-settings",
            app,
        )


if __name__ == "__main__":
    sys.exit(
        main(
            Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots",
            sys.argv[2] if len(sys.argv) > 2 else "en",
        )
    )
