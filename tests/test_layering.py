"""The Qt-free layers stay Qt-free: importing them loads no PySide6."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "mentorpad.models",
        "mentorpad.models.store",
        "mentorpad.guides",
        "mentorpad.render",
        "mentorpad.cli",
        "mentorpad.demo",
        "mentorpad.config",
    ],
)
def test_no_qt_below_the_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
