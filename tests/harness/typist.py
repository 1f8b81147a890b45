"""A real mentorpad GUI process that types into a session's notes and reports each autosave.

Used by crash tests: it prints `saved <n>` after every autosave that committed n characters
of the text it is typing; the test kills it with SIGKILL at a random moment and checks that
the vault holds at least every reported save.

argv: VAULT_PATH KEY_HEX SALT_HEX SESSION_ID
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from mentorpad.config import AppConfig
from mentorpad.models import Vault, VaultKey
from mentorpad.ui.app import build_window, make_application

TEXT = "".join(f"line {i:04d} of the note, typed steadily by the typist.\n" for i in range(400))


def main() -> int:
    path, key_hex, salt_hex, session_id = sys.argv[1:5]
    key = VaultKey(bytes.fromhex(key_hex), bytes.fromhex(salt_hex))
    app = make_application()
    window = build_window(vault_path=Path(path), config=AppConfig(), config_path=None, app=app)
    window.session.open_with(Vault.open(Path(path), key=key))
    area = window.area("mentees")
    area.open_session(int(session_id))  # type: ignore[attr-defined]
    editor = area.session_editor.notes.editor  # type: ignore[attr-defined]
    area.session_editor.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]

    def on_saved(_count: int) -> None:
        print(f"saved {len(editor.toPlainText())}", flush=True)

    area.autosaver.saved.connect(on_saved)  # type: ignore[attr-defined]
    position = 0

    def type_some() -> None:
        nonlocal position
        chunk = TEXT[position : position + 7]
        if not chunk:
            app.quit()
            return
        for line_no, part in enumerate(chunk.split("\n")):
            if line_no:
                QTest.keyClick(editor, Qt.Key.Key_Return)
            if part:
                QTest.keyClicks(editor, part)
        position += len(chunk)
        QTimer.singleShot(15, type_some)

    print("ready", flush=True)
    QTimer.singleShot(0, type_some)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
