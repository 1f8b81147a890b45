"""Nothing readable on disk and no network after a real GUI session."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE
from tests.ui.conftest import WindowFactory

SENTINEL_NAME = "Quokka Sentinelname"
SENTINEL_NOTE = "zanzibar-sentinel-note-text"


def _scan(roots: list[Path], needles: list[str]) -> list[str]:
    found = []
    patterns = [n.encode(enc) for n in needles for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    for root in roots:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder) / name
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                found += [f"{path}: {p!r}" for p in patterns if p in data]
    return found


def test_nothing_readable_on_disk_after_a_gui_session(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    isolated_dirs: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    vault_path = isolated_dirs["XDG_DATA_HOME"] / "mentorpad" / "mentorpad.vault"
    window = make_window(vault_path)
    page = window.welcome_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=10_000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    vault = window.session.vault
    assert vault is not None
    store = Store(vault)
    mid = store.add_mentee(SENTINEL_NAME, background=SENTINEL_NOTE)
    store.add_session(mid, dt.datetime(2026, 1, 1, 9), agenda=SENTINEL_NOTE)
    window.session.vault_unlocked.emit()
    area = window.area("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]
    qtbot.keyClicks(area.background.editor, " more " + SENTINEL_NOTE)  # type: ignore[attr-defined]
    # While open: the WAL and shared-memory sidecars hold only ciphertext too.
    area.flush()
    assert _scan([vault_path.parent], [SENTINEL_NAME, SENTINEL_NOTE]) == []
    window.action_backup.trigger()
    window.lock()
    window.close()
    roots = [*isolated_dirs.values(), temp, Path(os.environ["HOME"])]
    assert _scan(roots, [SENTINEL_NAME, SENTINEL_NOTE, "Sentinelname"]) == []
    assert list((isolated_dirs["XDG_DATA_HOME"] / "mentorpad" / "backups").iterdir())
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert SENTINEL_NOTE in Store(v).background(mid)


def test_config_holds_nothing_about_mentees(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "v.vault"
    window = make_window(path)
    window.session.open_with(Vault.create(path, key=raw_key))
    Store(window.session.vault).add_mentee(SENTINEL_NAME)  # type: ignore[arg-type]
    window.close()
    config = (tmp_path / "config" / "config.json").read_text()
    import json

    assert set(json.loads(config)) <= {
        "theme",
        "language",
        "document_language",
        "last_vault",
        "window_geometry",
    }
    assert SENTINEL_NAME not in config


def test_offline_no_sockets_no_network_modules(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created: list[tuple[object, ...]] = []

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            created.append(args)
            raise AssertionError("mentorpad opened a socket")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: created.append(a))
    window = make_window(tmp_path / "v.vault")
    page = window.welcome_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=10_000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    Store(window.session.vault).add_mentee("Net Test", background="[x](http://example.invalid)")  # type: ignore[arg-type]
    window.session.vault_unlocked.emit()
    for index in range(len(window.areas)):
        window.show_area(index)
        qtbot.wait(10)
    window.lock()
    assert created == []
    loaded = [m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "PySide6.QtWebEngine"))]
    assert loaded == []
