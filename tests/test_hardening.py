"""Core dumps off and the process not dumpable (checked in a child, not the test runner)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_harden_process_in_a_child() -> None:
    code = (
        "import resource, sys\n"
        "from mentorpad.hardening import harden_process\n"
        "result = harden_process()\n"
        "assert result == {'core_dumps_off': True, 'not_dumpable': True}, result\n"
        "assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0\n"
        "status = open('/proc/self/status').read()\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
