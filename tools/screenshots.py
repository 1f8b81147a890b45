"""Render every main screen and dialog from the demo vault to PNG (make screenshots).

Runs offscreen on a screen of a chosen size; the window is driven through the same calls a
user's clicks make (tools/screens.py). English by default, whatever the machine's language.

    tools/screenshots.py OUT [LANG] [--screen desktop|1280x720|1366x768|1920x1080@150]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.screens import LAPTOP_SCREENS, use_screen  # noqa: E402


def main(out: Path, language: str, screen: str, dialogs_too: bool) -> int:
    use_screen(screen)  # before Qt is imported
    from mentorpad.config import AppConfig
    from mentorpad.ui.app import build_window, make_application
    from mentorpad.ui.theme import apply_theme
    from tools.screens import (
        dialogs,
        maximise,
        open_demo_window,
        settle,
        unlock_demo,
        visit_screens,
    )

    out.mkdir(parents=True, exist_ok=True)
    app = make_application(language=language)

    def shoot(widget: object, name: str) -> None:
        settle(app)
        path = out / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    with tempfile.TemporaryDirectory(prefix="mentorpad-shots-") as tmp:
        folder = Path(tmp)
        welcome = build_window(
            vault_path=folder / "new.vault", config=AppConfig(), config_path=folder / "c1.json",
            app=app,
        )  # fmt: skip
        maximise(welcome)
        welcome.show()
        shoot(welcome, "01-welcome")
        welcome.close()

        window = open_demo_window(folder, app)
        shoot(window, "02-unlock")
        unlock_demo(window, app)
        for name in visit_screens(window, app):
            shoot(window, name)
        if dialogs_too:
            for name, make in dialogs(window):
                dialog = make()
                dialog.show()  # type: ignore[attr-defined]
                shoot(dialog, name)
                dialog.close()  # type: ignore[attr-defined]
        apply_theme(app, "dark", window)  # the style sheet lives on the window
        for name in visit_screens(window, app, subset=True):
            shoot(window, f"{name}-dark")
        apply_theme(app, "light", window)
        window.session.lock()  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screenshots")
    parser.add_argument("language", nargs="?", default="en")
    parser.add_argument("--screen", choices=sorted(LAPTOP_SCREENS), default="desktop")
    parser.add_argument("--no-dialogs", action="store_true")
    args = parser.parse_args()
    sys.exit(main(args.out, args.language, args.screen, not args.no_dialogs))
