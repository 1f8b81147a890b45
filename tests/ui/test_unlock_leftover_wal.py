"""The unlock page with a wrong passphrase on a vault whose writer was killed: the -wal that
holds its last change is not folded in (every file stays byte for byte, mtime for mtime),
and the right passphrase then finds that change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentorpad.models import Vault
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE, ROOT
from tests.test_hostile_media import _KILLED_WHILE_OPEN, state
from tests.ui.conftest import WindowFactory


def test_wrong_passphrase_at_the_unlock_page_leaves_the_wal(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    path = folder / "v.vault"
    Vault.create(path, PASSPHRASE).close()
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_WHILE_OPEN, str(path), PASSPHRASE],
        cwd=ROOT,
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert child.returncode == 0, child.stderr
    before = state(folder)
    assert "v.vault-wal" in before
    window = make_window(path)
    window.unlock_page.passphrase.setText("not the passphrase at all")
    with qtbot.waitSignal(window.session.unlock_failed, timeout=20_000):
        window.unlock_page.unlock_button.click()
    assert state(folder) == before
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=20_000):
        window.unlock_page.unlock_button.click()
    assert Store(window.session.vault).find_mentee("Only In The Wal") is not None  # type: ignore[arg-type]
