"""First run, create, lock, unlock, wrong passphrase, idle lock: on the real window."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE
from tests.ui.conftest import WindowFactory


def _create(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.welcome_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    assert page.create_button.isEnabled()
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=10_000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def _unlock(qtbot: QtBot, window, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    page = window.unlock_page
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    with qtbot.waitSignal(window.session.vault_unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


def test_first_run_explains_and_refuses_weak_passphrases(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    page = window.welcome_page
    text = page.explanation.text()
    assert "encrypted" in text and "offline" in text and "nobody can recover" in text
    qtbot.keyClicks(page.passphrase, "secret")
    assert not page.create_button.isEnabled()
    assert "common" in page.strength_label.text() or "10 characters" in page.strength_label.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE + "x")
    assert not page.create_button.isEnabled()
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    assert "do not match" in page.message.text()
    assert not (tmp_path / "vault" / "mentorpad.vault").exists()


def test_create_lock_unlock_and_wrong_passphrase(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    _create(qtbot, window)
    vault_path = tmp_path / "vault" / "mentorpad.vault"
    assert vault_path.exists()
    assert window.pages.currentWidget() is window.workspace
    assert window.welcome_page.passphrase.text() == ""
    window.show_area(2)

    with qtbot.waitSignal(window.session.vault_locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.unlock_page
    assert "locked" in window.windowTitle()
    before = (vault_path.read_bytes(), vault_path.stat().st_mtime_ns)

    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, "definitely not it")
    with qtbot.waitSignal(window.session.unlock_failed, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.message.isVisible()
    assert "Wrong passphrase" in page.message.text()
    assert (vault_path.read_bytes(), vault_path.stat().st_mtime_ns) == before

    _unlock(qtbot, window)
    assert window.pages.currentWidget() is window.workspace
    assert window.area_stack.currentIndex() == 2  # back where the mentor was
    assert page.passphrase.text() == ""


def test_unlock_does_not_freeze_the_window(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    """The KDF runs on the pool: the event loop keeps turning while it works."""
    path = tmp_path / "v.vault"
    Vault.create(path, PASSPHRASE).close()
    window = make_window(path)
    ticks: list[float] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.session.busy_changed) as busy:
        qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    assert busy.args == [True]
    assert window.unlock_page.busy.isVisible()
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)
    timer.stop()
    assert len(ticks) >= 1  # the event loop turned while the KDF ran


def test_idle_lock_saves_nothing_lost_and_clears(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    """The watcher's own timer locks once the clock says the timeout has passed."""
    clock = ManualClock()
    window = make_window(clock=clock)
    _create(qtbot, window)
    window.idle.set_timeout_ms(60_000)
    window.idle.start()
    window.idle.check_now()
    assert window.session.is_unlocked
    clock.advance(61)
    with qtbot.waitSignal(window.session.vault_locked, timeout=10_000):
        pass  # the next tick of the watcher's timer sees 61 s without input
    assert window.pages.currentWidget() is window.unlock_page
    assert window.session.vault is None


def test_input_postpones_idle_lock(qtbot: QtBot, make_window: WindowFactory) -> None:
    clock = ManualClock()
    window = make_window(clock=clock)
    _create(qtbot, window)
    window.idle.set_timeout_ms(600_000)
    window.idle.start()
    for _ in range(12):  # two hours of steady typing, a keystroke every 10 minutes
        clock.advance(590)
        qtbot.keyClick(window.area_stack, Qt.Key.Key_Shift)
        window.idle.check_now()
        assert window.session.is_unlocked
    clock.advance(599)
    window.idle.check_now()
    assert window.session.is_unlocked
    with qtbot.waitSignal(window.session.vault_locked, timeout=10_000):
        clock.advance(2)
        window.idle.check_now()


def test_idle_lock_counts_time_asleep(qtbot: QtBot, make_window: WindowFactory) -> None:
    """After a suspend the monotonic clock may not have moved; the wall clock has."""
    clock = ManualClock()
    window = make_window(clock=clock)
    _create(qtbot, window)
    window.idle.set_timeout_ms(60_000)
    window.idle.start()
    clock.sleep_machine(3600)
    with qtbot.waitSignal(window.session.vault_locked, timeout=10_000):
        window.idle.check_now()


def test_idle_lock_survives_a_clock_set_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    """A wall clock set back an hour neither locks at once nor keeps the vault open for ever:
    the monotonic clock still counts."""
    clock = ManualClock()
    window = make_window(clock=clock)
    _create(qtbot, window)
    window.idle.set_timeout_ms(60_000)
    window.idle.start()
    clock.set_wall(clock.now() - dt.timedelta(hours=1))
    window.idle.check_now()
    assert window.session.is_unlocked
    with qtbot.waitSignal(window.session.vault_locked, timeout=10_000):
        clock.advance(61)
        window.idle.check_now()


def test_open_existing_vault_shows_unlock(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "v.vault"
    with Vault.create(path, PASSPHRASE) as v:
        Store(v).add_mentee("Someone")
    window = make_window(path)
    assert window.pages.currentWidget() is window.unlock_page
    assert str(path) in window.unlock_page.location.text()
    _unlock(qtbot, window)
    assert window.session.vault is not None


def test_demo_opens(qtbot: QtBot, make_window: WindowFactory) -> None:
    from mentorpad.ui.app import prepare_demo

    folder, path, passphrase = prepare_demo()
    try:
        window = make_window(path, demo_passphrase=passphrase)
        assert passphrase in window.unlock_page.hint.text()  # the demo shows its passphrase
        _unlock(qtbot, window, passphrase)
        mentees = window.area("mentees")
        assert mentees.mentee_model.rowCount() >= 4  # type: ignore[attr-defined]
        window.lock()
    finally:
        folder.cleanup()
    assert not path.exists()


def test_about_dialog_shows_where_the_data_lives(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel, QTextEdit

    from mentorpad.ui.about import AboutDialog
    from tests.ui.helpers import answer_next_dialog

    window = make_window(tmp_path / "about.vault")
    seen: list[str] = []

    def inspect(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, AboutDialog)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        texts += [w.toPlainText() for w in dialog.findChildren(QTextEdit)]
        seen.append("\n".join(texts))
        dialog.reject()

    answer_next_dialog(inspect)
    window.action_about.trigger()
    assert len(seen) == 1
    assert "about.vault" in seen[0] and "LGPL" in seen[0]
    assert not window.windowIcon().isNull()
