"""A sync and a join run on a worker thread while the window stays responsive (issue 14).

The real engine runs, wrapped in a gate that records the thread it runs on and holds it until
the test releases it (a threading.Event, never a sleep): while it is held, the test sees the
window busy, the event loop turning, the vault refusing every use, and what a lock or a quit
does meanwhile."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey, VaultSuspended
from mentorpad.models.store import Store
from mentorpad.sync import join_folder, sync_vault
from mentorpad.ui.widgets.busy import BusyDialog
from mentorpad.ui.window import MainWindow
from tests.conftest import PASSPHRASE, passphrase_key
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs, choose_dir, press_default, type_text


class Gate:
    """The real engine function, held at its start until `release` is set."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.entered = threading.Event()
        self.release = threading.Event()
        self.thread: int | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.thread = threading.get_ident()
        self.entered.set()
        if not self.release.wait(120):  # a test that forgot to release fails, not hangs
            raise AssertionError("the gate was never released")
        return self.real(*args, **kwargs)


def _window(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, key: VaultKey
) -> tuple[MainWindow, Path, dict[str, int]]:
    folder, path = tmp_path / "sync", tmp_path / "home.vault"
    folder.mkdir()
    with Vault.create(path, key=key) as vault:
        store = Store(vault)
        mid = store.add_mentee("Kestrel")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", "before")
        vault.set_setting("sync_dir", str(folder))
    window = make_window(path, clock=ManualClock(dt.datetime(2026, 3, 2, 9)))
    window.session.open_with(Vault.open(path, key=key))
    window.sync.controller.stop()  # the sync on unlock (open_with starts it), done first
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    return window, folder, {"mentee": mid, "session": sid}


def _gated(window: MainWindow) -> Gate:
    gate = Gate(sync_vault)
    window.sync.controller.engine = gate
    return gate


def _held(qtbot: QtBot, gate: Gate) -> None:
    """Until the worker is inside the engine (the event loop turns meanwhile)."""
    qtbot.waitUntil(gate.entered.is_set, timeout=30_000)


def test_a_sync_runs_in_a_worker_while_the_window_repaints_and_takes_no_edits(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, folder, ids = _window(qtbot, make_window, tmp_path, raw_key)
    area = window.area("mentees")
    window.show_area_named("mentees")
    area.open_session(ids["session"])  # type: ignore[attr-defined]
    editor = area.session_editor.notes.editor  # type: ignore[attr-defined]
    editor.setFocus()
    assert window.focusWidget() is editor
    editor.insertPlainText("typed just before the sync, ")  # not saved yet: the sync flushes
    gate = _gated(window)
    window.action_sync_now.trigger()
    _held(qtbot, gate)
    assert gate.thread != threading.get_ident()  # not the GUI thread
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: bool(turned))  # the event loop runs (paints) while it syncs
    assert window.sync.status.text() == "Syncing…"
    assert window.sync_busy.bar.isVisible()
    assert not window.area_stack.isEnabled() and not editor.isEnabled()
    assert window.focusWidget() is not editor
    assert not window.action_backup.isEnabled() and not window.action_sync_now.isEnabled()
    assert window.action_lock.isEnabled() and window.lock_button.isEnabled()
    with pytest.raises(VaultSuspended):  # nothing on the GUI thread reaches the file
        window.session.vault.conn  # type: ignore[union-attr]  # noqa: B018
    assert not window.sync.controller.sync_now()  # a second sync meanwhile is skipped
    gate.release.set()
    with qtbot.waitSignal(window.sync.controller.synced, timeout=30_000):
        pass
    assert window.area_stack.isEnabled() and editor.isEnabled()
    assert window.focusWidget() is editor  # the focus is back where it was
    assert window.action_backup.isEnabled() and not window.sync_busy.bar.isVisible()
    assert window.sync.status.text() == "Synced just now · 1 device(s)"
    assert list(folder.glob("*/00000001.mpchg"))
    store = Store(window.session.vault)  # type: ignore[arg-type]
    note = "typed just before the sync, before"
    assert store.note(ids["mentee"], ids["session"], "notes") == note


def test_a_save_that_comes_during_a_sync_waits_quietly_and_follows_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, _folder, ids = _window(qtbot, make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(ids["session"])  # type: ignore[attr-defined]
    autosaver = area.autosaver  # type: ignore[attr-defined]
    failures: list[object] = []
    autosaver.save_failed.connect(failures.append)
    gate = _gated(window)
    window.sync.sync_now()
    _held(qtbot, gate)
    # No keystroke reaches the disabled editor; an edit made in code still must not be lost.
    area.session_editor.notes.editor.insertPlainText("during, ")  # type: ignore[attr-defined]
    with qtbot.waitSignal(autosaver._timer.timeout, timeout=10_000):
        pass  # the debounced save tried while the vault was shut...
    assert failures == [] and autosaver.pending  # ...and waits, without an error shown
    gate.release.set()
    with qtbot.waitSignal(autosaver.saved, timeout=30_000):
        pass
    assert failures == [] and not window.sync.running
    store = Store(window.session.vault)  # type: ignore[arg-type]
    assert store.note(ids["mentee"], ids["session"], "notes") == "during, before"


def test_a_lock_during_a_sync_hides_at_once_and_locks_when_it_ends(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, folder, _ids = _window(qtbot, make_window, tmp_path, raw_key)
    area = window.area("mentees")
    gate = _gated(window)
    window.sync.sync_now()
    _held(qtbot, gate)
    window.action_lock.trigger()  # Ctrl+L
    assert window.pages.currentWidget() is window.unlock_page  # hidden now...
    assert "locked" in window.windowTitle()
    assert not window.unlock_page.unlock_button.isEnabled()  # ...no unlock until it ends
    assert window.session.lock_pending and window.session.vault is not None
    gate.release.set()
    with qtbot.waitSignal(window.session.vault_locked, timeout=30_000):
        pass
    assert window.session.vault is None and not window.sync.running
    assert "Kestrel" not in area.shown_text()
    assert window.unlock_page.unlock_button.isEnabled()
    assert len(list(folder.glob("*/*.mpchg"))) == 1  # the lock's sync had nothing to add
    with Vault.open(tmp_path / "home.vault", key=raw_key) as vault:  # closed and released
        assert vault.check_integrity().ok


def test_quitting_during_a_sync_waits_for_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, folder, _ids = _window(qtbot, make_window, tmp_path, raw_key)
    gate = _gated(window)
    window.sync.sync_now()
    _held(qtbot, gate)
    hidden: list[QWidget] = []

    def on_hidden() -> None:  # the close hid the content first; only now may the sync go on
        hidden.append(window.pages.currentWidget())
        gate.release.set()

    window.session.lock_deferred.connect(on_hidden)
    window.close()  # blocks until the worker is done, then locks
    assert hidden == [window.unlock_page]
    assert window.session.vault is None and not window.sync.running
    assert list(folder.glob("*/00000001.mpchg"))
    with Vault.open(tmp_path / "home.vault", key=raw_key) as vault:
        assert vault.check_integrity().ok


def _while_busy(gate: Gate, seen: list[str]) -> Callable[[QWidget], None]:
    """The join's modal line is up while the worker is held; then let it go on."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, BusyDialog)
        seen.append(dialog.label.text())
        dialog.reject()  # Escape does not hide it: the join goes on regardless
        assert dialog.isVisible()
        gate.release.set()

    return fill


def _joinable(tmp_path: Path) -> Path:
    folder, home = tmp_path / "Dropbox", tmp_path / "home.vault"
    folder.mkdir()
    with Vault.create(home, key=passphrase_key()) as vault:
        Store(vault).add_mentee("Kestrel")
        key = vault.key
    sync_vault(home, key, folder, device_name="Home desktop")
    return folder


def _joining(make_window: WindowFactory, tmp_path: Path) -> tuple[Path, Path, MainWindow, Gate]:
    """A synced folder, a laptop with no vault yet, and its window with the join gated."""
    folder = _joinable(tmp_path)
    work = tmp_path / "laptop" / "mentorpad.vault"
    work.parent.mkdir()
    window = make_window(work, clock=ManualClock(dt.datetime(2026, 3, 2, 9)))
    gate = Gate(join_folder)
    window.sync.join_engine = gate
    return folder, work, window, gate


def test_a_join_runs_in_a_worker_behind_a_clear_line_then_opens_the_vault(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder, work, window, gate = _joining(make_window, tmp_path)
    seen: list[str] = []
    answer_dialogs(choose_dir(folder), type_text(PASSPHRASE), _while_busy(gate, seen))
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=60_000):
        window.welcome_page.join.click()
    assert seen and seen[0].startswith("Joining the synced vault")
    assert gate.thread != threading.get_ident()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)  # the unlock's sync
    vault = window.session.vault
    assert vault is not None and vault.path == work
    assert Store(vault).find_mentee("Kestrel") is not None
    assert window.findChild(BusyDialog) is None or not window.findChild(BusyDialog).isVisible()


def test_a_join_that_fails_in_the_worker_is_explained_and_leaves_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    folder, work, window, gate = _joining(make_window, tmp_path)
    seen: list[str] = []
    told: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())
        press_default(dialog)

    answer_dialogs(
        choose_dir(folder), type_text("not the passphrase at all"), _while_busy(gate, seen), read
    )
    window.action_join.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert "passphrase" in told[0]
    assert not window.sync.running and not window.session.is_unlocked
    assert not work.exists() and list(work.parent.iterdir()) == []
