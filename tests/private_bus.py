"""A private D-Bus session bus for the test process, like the one every Linux desktop has.

Started before anything imports Qt (QtDBus connects to the session bus once per process and
keeps the answer), so every window built in the tests connects its system-lock watcher to a
real bus, and a test can deliver the desktop's signals on it without touching the user's own
bus. Without dbus-daemon the tests that need it skip, unless MENTORPAD_REQUIRE_DBUS=1 (CI)
demands it: then they fail and say what is missing.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess

REQUIRE_VAR = "MENTORPAD_REQUIRE_DBUS"
MISSING = (
    "dbus-daemon is not installed, so the system-lock tests cannot run on a real bus "
    "(install the 'dbus' package)"
)


def _start_daemon(daemon: str) -> str | None:
    """A new bus with the session configuration; its address, or None if it did not start."""
    try:
        result = subprocess.run(
            [daemon, "--session", "--print-address=1", "--print-pid=1", "--fork"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    lines = result.stdout.split()
    if len(lines) < 2:
        return None
    address, pid = lines[0], int(lines[1])
    atexit.register(_stop, pid)
    return address


def _stop(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGTERM)


def start_private_buses() -> str | None:
    """Point this process's session and system buses at private daemons; None if none ran."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = "unix:path=/nonexistent/mentorpad-tests"
        return None
    session = _start_daemon(daemon)
    system = _start_daemon(daemon)  # login1's signals are delivered here in the tests
    if session is None or system is None:
        return None
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = session
    os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = system
    return session


def bus_required() -> bool:
    return os.environ.get(REQUIRE_VAR, "") not in ("", "0")
