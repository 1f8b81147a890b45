"""Every main screen and dialog fits the screens mentors carry, in every language and theme.

Each screen size needs its own process (Qt fixes the screen at start), so the check runs
tests/harness/fit_check.py as a subprocess: no window or dialog leaves the available
geometry, no list shows a horizontal scrollbar, no label, button, field or list row has its
text cut. 1366x768 holds everything 1280x720 does, so it runs in English only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

CASES = [
    ("1280x720", "en,nl,fr", "light,dark"),
    ("1920x1080@150", "en,nl,fr", "light"),
    ("1366x768", "en", "light"),
]


@pytest.mark.parametrize(("screen", "languages", "themes"), CASES)
def test_every_screen_fits(screen: str, languages: str, themes: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.harness.fit_check", screen, languages, themes],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    problems = json.loads(result.stdout)
    assert problems == [], "\n".join(problems)
