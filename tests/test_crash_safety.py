"""Every save that was reported survives SIGKILL at a random moment."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from tests.conftest import ROOT
from tests.harness.typist import TEXT


def _prepare(tmp_path: Path, key: VaultKey) -> tuple[Path, int]:
    path = tmp_path / "crash.vault"
    with Vault.create(path, key=key) as v:
        store = Store(v)
        mid = store.add_mentee("Typist")
        sid = store.add_session(mid, dt.datetime(2026, 1, 1, 9))
    return path, sid


def _run_and_kill(path: Path, key: VaultKey, session_id: int, after: float) -> int:
    """Returns the longest saved length the process reported before it was killed."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.harness.typist",
            str(path),
            key.key.hex(),
            key.salt.hex(),
            str(session_id),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=30)
    saved = [int(line.split()[1]) for line in out.splitlines() if line.startswith("saved ")]
    return max(saved, default=0)


def _check(path: Path, key: VaultKey, session_id: int, reported: int) -> None:
    with Vault.open(path, key=key) as v:
        store = Store(v)
        session = store.session(session_id)
        assert session is not None
        body = store.note(session.mentee_id, session_id, "notes")
        assert v.check_integrity().ok
    assert TEXT.startswith(body), "the note holds exactly what was typed"
    assert len(body) >= reported, f"lost a reported save: {len(body)} < {reported}"


@pytest.mark.parametrize("run", range(3))
def test_reported_saves_survive_sigkill(tmp_path: Path, raw_key: VaultKey, run: int) -> None:
    path, sid = _prepare(tmp_path, raw_key)
    random.seed(run)
    reported = _run_and_kill(path, raw_key, sid, random.uniform(2.0, 4.0))
    assert reported > 0, "the typist reported no save at all"
    _check(path, raw_key, sid, reported)


@pytest.mark.slow
def test_reported_saves_survive_sigkill_many_times(tmp_path: Path, raw_key: VaultKey) -> None:
    path, sid = _prepare(tmp_path, raw_key)
    rng = random.Random(1234)
    for _ in range(50):
        reported = _run_and_kill(path, raw_key, sid, rng.uniform(0.5, 3.5))
        _check(path, raw_key, sid, reported)
        with Vault.open(path, key=raw_key) as v:
            store = Store(v)
            store.save_note(store.session(sid).mentee_id, sid, "notes", "")  # type: ignore[union-attr]
