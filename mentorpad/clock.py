"""Time as a dependency: behaviour that depends on time (idle lock, autosave delays, the
in-session timer, backup names) reads a Clock handed down by the composition root, so
tests drive it instead of waiting for real seconds to pass."""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds that never jump (may stop while the machine sleeps)."""

    def wall(self) -> float:
        """Seconds since the epoch: counts sleep, may jump when the clock is set."""

    def now(self) -> dt.datetime:
        """Local time, for names and dates shown to the mentor."""


class SystemClock:
    """The real clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def now(self) -> dt.datetime:
        return dt.datetime.now()


class ManualClock:
    """A clock that moves only when told to: tests, screenshots and the bench."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2026, 1, 5, 9, 0, 0)
        self._mono = 1000.0

    def monotonic(self) -> float:
        return self._mono

    def wall(self) -> float:
        return self._now.timestamp()

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        """Time passes while the machine is awake: both clocks move."""
        self._mono += seconds
        self._now += dt.timedelta(seconds=seconds)

    def sleep_machine(self, seconds: float) -> None:
        """The laptop was suspended: the wall clock moved, the monotonic one did not."""
        self._now += dt.timedelta(seconds=seconds)

    def set_wall(self, when: dt.datetime) -> None:
        """Someone set the system clock (it may go back)."""
        self._now = when


SYSTEM_CLOCK = SystemClock()
