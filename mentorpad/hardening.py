"""Process hardening (KeePassXC does the same): no core dumps, not ptrace-attachable.

A core dump or a debugger attached by another process of the same user would expose the
decrypted notes and the key held in memory.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> dict[str, bool]:
    """Best effort; returns what took effect (tests check it on Linux)."""
    result = {"core_dumps_off": False, "not_dumpable": False}
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        result["core_dumps_off"] = True
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            # The process already has libc loaded: no find_library (it runs ldconfig, ~9 ms).
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                result["not_dumpable"] = libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
        except OSError:
            pass
    return result
