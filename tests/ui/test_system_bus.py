"""The system-lock watcher on a real D-Bus bus (tests/private_bus.py): the window connects to
the desktop's signals without error, and a screensaver or sleep signal sent on the bus locks
the vault. Also `--self-test`, which builds the whole window, run on a bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from mentorpad.ui.window import MainWindow
from tests.conftest import PRIVATE_BUS, ROOT
from tests.private_bus import MISSING, REQUIRE_VAR, bus_required
from tests.ui.conftest import WindowFactory

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="D-Bus is the Linux desktop's bus"
)


@pytest.fixture
def bus_address() -> str:
    """The private session bus; without dbus-daemon skip, or fail when CI requires it."""
    if PRIVATE_BUS is None:
        if bus_required():
            pytest.fail(f"{MISSING}; {REQUIRE_VAR} is set, so this must not be skipped")
        pytest.skip(MISSING)
    return PRIVATE_BUS


def _peer(address: str, name: str, service: str) -> Iterator[QDBusConnection]:
    """A second program on the bus (its own connection) owning `service`."""
    peer = QDBusConnection.connectToBus(address, name)
    assert peer.isConnected(), peer.lastError().message()
    assert peer.registerService(service), peer.lastError().message()
    yield peer
    peer.unregisterService(service)
    QDBusConnection.disconnectFromBus(name)


@pytest.fixture
def screensaver(bus_address: str) -> Iterator[QDBusConnection]:
    yield from _peer(bus_address, "test-screensaver", "org.freedesktop.ScreenSaver")


@pytest.fixture
def login1(bus_address: str) -> Iterator[QDBusConnection]:
    address = os.environ["DBUS_SYSTEM_BUS_ADDRESS"]  # the private system bus beside it
    yield from _peer(address, "test-login1", "org.freedesktop.login1")


def _unlocked_window(make_window: WindowFactory, tmp_path: Path, key: VaultKey) -> MainWindow:
    path = tmp_path / "bus.vault"
    window = make_window(path)
    window.session.open_with(Vault.create(path, key=key))
    assert window.session.is_unlocked
    return window


def _emit(peer: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert peer.send(message), peer.lastError().message()


def test_screensaver_active_on_the_bus_locks_the_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    raw_key: VaultKey,
    screensaver: QDBusConnection,
) -> None:
    window = _unlocked_window(make_window, tmp_path, raw_key)
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in window.lock_watcher.connected
    path, interface = "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"
    _emit(screensaver, path, interface, "ActiveChanged", False)  # the screensaver ends: no lock
    with qtbot.waitSignal(window.session.vault_locked, timeout=10_000):
        _emit(screensaver, path, interface, "ActiveChanged", True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
    assert not window.session.is_unlocked


def test_prepare_for_sleep_on_the_system_bus_locks_the_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    raw_key: VaultKey,
    login1: QDBusConnection,
) -> None:
    window = _unlocked_window(make_window, tmp_path, raw_key)
    assert "org.freedesktop.login1.Manager.PrepareForSleep" in window.lock_watcher.connected
    path, interface = "/org/freedesktop/login1", "org.freedesktop.login1.Manager"
    with qtbot.waitSignal(window.session.vault_locked, timeout=10_000):
        _emit(login1, path, interface, "PrepareForSleep", True)
    assert window.pages.currentWidget() is window.unlock_page


def test_self_test_builds_the_window_on_a_bus(bus_address: str, tmp_path: Path) -> None:
    """The installed app's own check, as CI runs it on the bundle, but with a desktop bus."""
    result = subprocess.run(
        [sys.executable, "-m", "mentorpad", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address},
    )
    assert result.returncode == 0, result.stderr
    assert "window" in result.stdout and "Traceback" not in result.stderr


def test_the_bus_daemon_is_found_where_ci_looks() -> None:
    """Says plainly what a machine without dbus-daemon misses (and CI must not)."""
    if shutil.which("dbus-daemon") is None and bus_required():
        pytest.fail(MISSING)
    assert shutil.which("dbus-daemon") is None or PRIVATE_BUS is not None
