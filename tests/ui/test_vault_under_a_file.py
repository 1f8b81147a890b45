"""`--vault somefile/x.vault`, where somefile is a regular file: every command and the app
say so clearly, with the README's exit code, and create nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.ui.conftest import WindowFactory

NO_VAULT, CANNOT_WRITE = 3, 10  # README: exit codes


@pytest.fixture
def under_a_file(tmp_path: Path) -> Path:
    somefile = tmp_path / "somefile"
    somefile.write_text("not a folder\n")
    return somefile / "x.vault"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["init"], CANNOT_WRITE),
        (["check"], NO_VAULT),
        (["backup", "{tmp}/copy.vault"], NO_VAULT),
        (["passwd"], NO_VAULT),
        (["sync", "{tmp}/sync"], NO_VAULT),
        (["report", "--mentee", "A", "--format", "md", "--out", "{tmp}/r.md"], NO_VAULT),
        (["restore", "{tmp}/backup.vault"], CANNOT_WRITE),
    ],
)
def test_every_command_explains_a_vault_path_under_a_file(
    under_a_file: Path, tmp_path: Path, args: list[str], code: int
) -> None:
    with Vault.create(tmp_path / "backup.vault", PASSPHRASE):
        pass
    (tmp_path / "sync").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    stdin = "\n".join([PASSPHRASE] * 3) + "\n"
    result = run_cli(*argv, "--vault", str(under_a_file), "--passphrase-stdin", stdin=stdin)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert str(under_a_file.parent) in result.stderr or "No vault" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert under_a_file.parent.read_text() == "not a folder\n"


def test_the_app_explains_a_vault_path_under_a_file(
    qtbot: QtBot, make_window: WindowFactory, under_a_file: Path
) -> None:
    window = make_window(under_a_file)
    page = window.welcome_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    with qtbot.waitSignal(window.session.unlock_failed, timeout=10_000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "is not a folder" in page.message.text()
    assert str(under_a_file.parent) in page.message.text()
    assert not window.session.is_unlocked
    assert under_a_file.parent.read_text() == "not a folder\n"
