"""Passphrase change killed at random moments: exactly one passphrase opens, with all data."""

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

from mentorpad.models import Vault, WrongPassphrase
from mentorpad.models.errors import VaultError
from mentorpad.models.store import Store
from tests.conftest import ROOT

A = "first passphrase for the crash test"
B = "second passphrase for the crash test"


def _build(path: Path) -> None:
    rng = random.Random(7)
    words = ["mentor", "delegate", "feedback", "team", "budget", "trust", "plan", "change"]
    with Vault.create(path, A) as v:
        store = Store(v)
        for i in range(30):
            mid = store.add_mentee(f"Mentee {i}")
            for j in range(10):
                sid = store.add_session(mid, dt.datetime(2025, 1 + j, 1 + i % 27, 9))
                store.save_note(mid, sid, "notes", " ".join(rng.choice(words) for _ in range(400)))


def _opens(path: Path, passphrase: str) -> bool:
    try:
        with Vault.open(path, passphrase) as v:
            store = Store(v)
            assert len(store.mentees()) == 30
            assert len(store.sessions()) == 300
            assert v.check_integrity().ok
        return True
    except (WrongPassphrase, VaultError):
        return False


def _one_run(path: Path, current: str, target: str, delay: float) -> str:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.harness.rekeyer", str(path), current, target],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=dict(os.environ),
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    old_ok, new_ok = _opens(path, current), _opens(path, target)
    assert old_ok != new_ok, f"old opens: {old_ok}, new opens: {new_ok}"
    return target if new_ok else current


def _runs(tmp_path: Path, count: int, seed: int) -> None:
    path = tmp_path / "rekey.vault"
    _build(path)
    rng = random.Random(seed)
    current = A
    for _ in range(count):
        target = B if current == A else A
        current = _one_run(path, current, target, rng.uniform(0.0, 0.6))


def test_rekey_killed_at_random_moments(tmp_path: Path) -> None:
    _runs(tmp_path, 4, seed=1)


@pytest.mark.slow
def test_rekey_killed_at_random_moments_many_times(tmp_path: Path) -> None:
    _runs(tmp_path, 50, seed=2)
