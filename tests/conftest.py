"""Shared fixtures: real SQLCipher files in tmp_path with raw keys, isolated HOME/XDG dirs,
and the real window built by the composition root."""

from __future__ import annotations

import functools
import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no screen here, and Qt caches its settings paths per process,
# so the process-wide home is a throwaway folder too.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="mentorpad-tests-home-"))
# A laptop's screen (the offscreen default is 800x600, smaller than the window's minimum).
_SCREEN = _SESSION_HOME / "screen.json"
_SCREEN.write_text(
    '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
for _var, _sub in (
    ("HOME", "home"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_RUNTIME_DIR", "runtime"),
):
    (_SESSION_HOME / _sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    os.environ[_var] = str(_SESSION_HOME / _sub)

from tests.private_bus import start_private_buses  # noqa: E402

# A private session bus, as on a Linux desktop (before Qt connects to one; tests/private_bus).
PRIVATE_BUS = start_private_buses() if sys.platform.startswith("linux") else None

from mentorpad.models import Vault, VaultKey, derive_key  # noqa: E402
from mentorpad.models.crypto import KEY_BYTES, SALT_BYTES  # noqa: E402
from tests.waits import patient_waits  # noqa: E402

patient_waits()  # waits on a state or a signal give a busy machine time (tests/waits.py)

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Path]:
    """Each test gets its own HOME and XDG folders (platformdirs reads them per call)."""
    base = tmp_path_factory.mktemp("env")
    dirs = {}
    for var, sub in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("XDG_STATE_HOME", "xdg-state"),
    ):
        path = base / sub
        path.mkdir()
        monkeypatch.setenv(var, str(path))
        dirs[var] = path
    return dirs


@pytest.fixture
def raw_key() -> VaultKey:
    """A random raw key: skips the KDF, so vault tests stay fast."""
    return VaultKey(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))


@functools.cache
def passphrase_key() -> VaultKey:
    """PASSPHRASE's key, derived once per process: a test that later types or passes the
    passphrase (a join, an unlock) makes its vault with this instead of running the KDF
    again. Its vaults share one salt: use it only where each test has its own files."""
    return derive_key(PASSPHRASE, secrets.token_bytes(SALT_BYTES))


@pytest.fixture
def vault(tmp_path: Path, raw_key: VaultKey) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "test.vault", key=raw_key)
    yield v
    v.close()


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The real CLI as a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "mentorpad", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        start_new_session=True,  # no controlling terminal: getpass cannot block
    )


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Windows a test closed are deleted before the next test starts. pytest-qt closes them
    with deleteLater(), which only an event loop runs; without this they piled up (a
    thousand widgets per window), and every app-wide change of style or palette, and every
    event filter, slowed down with each test of a worker."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is not None:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
