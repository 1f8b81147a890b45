"""Check on a real X server that a lock clears the PRIMARY selection holding note text.

The test suite runs on the offscreen platform, which has no PRIMARY selection; this runs the
real window under X11 and asks another X client (xclip) what it can read, before and after
the lock. Exit status 0 when the lock cleared it.

    Xvfb :57 & DISPLAY=:57 QT_QPA_PLATFORM=xcb python tools/x11_selection_check.py
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from pathlib import Path

NOTE = "PANGOLIN background only the mentor may read"


def _xclip_primary() -> str:
    from PySide6.QtCore import QEventLoop, QProcess, QTimer

    process = QProcess()
    process.start("xclip", ["-o", "-selection", "primary"])
    loop = QEventLoop()
    process.finished.connect(loop.quit)  # we must keep serving the selection meanwhile
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    return bytes(process.readAllStandardOutput().data()).decode()


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from mentorpad.config import AppConfig
    from mentorpad.models import Vault, VaultKey
    from mentorpad.models.crypto import KEY_BYTES, SALT_BYTES
    from mentorpad.models.store import Store
    from mentorpad.ui.app import build_window, make_application

    folder = Path(tempfile.mkdtemp(prefix="mentorpad-x11-"))
    app = make_application()
    if not app.clipboard().supportsSelection():
        print(f"{app.platformName()}: no PRIMARY selection here; run under X11")
        return 2
    key = VaultKey(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))
    path = folder / "x.vault"
    window = build_window(
        vault_path=path, config=AppConfig(), config_path=folder / "c.json", app=app
    )
    window.show()
    with Vault.create(path, key=key) as vault:
        mentee = Store(vault).add_mentee("Robin", background=NOTE)
    window.session.open_with(Vault.open(path, key=key))
    window.show_area_named("mentees")
    window.area("mentees").open_mentee(mentee)  # type: ignore[attr-defined]
    QTest.qWaitForWindowExposed(window)
    editor = next(
        e
        for e in window.findChildren(QTextEdit) + window.findChildren(QPlainTextEdit)
        if NOTE in e.toPlainText() and e.isVisible()
    )
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    before = _xclip_primary()
    window.session.lock()
    after = _xclip_primary()
    print(f"PRIMARY before the lock: {before!r}\nPRIMARY after the lock:  {after!r}")
    return 0 if before == NOTE and NOTE not in after else 1


if __name__ == "__main__":
    sys.exit(main())
