"""Hybrid logical clocks: an order of events all devices agree on, that never runs backwards
even when a laptop's clock does.

A stamp is wall-clock milliseconds, a counter for events in the same millisecond (or while
the wall clock lags behind a stamp already seen), and the device id as the tie-break. Its
text form sorts like the stamp itself, so it can be compared and stored as a string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FORM = re.compile(r"^(?P<ms>\d{15})-(?P<count>\d{6})-(?P<device>[0-9a-f]{16})$")


@dataclass(frozen=True, order=True)
class Stamp:
    ms: int
    count: int
    device: str

    def __str__(self) -> str:
        return f"{self.ms:015d}-{self.count:06d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _FORM.match(text)
        if match is None:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(match["ms"]), int(match["count"]), match["device"])


ZERO = Stamp(0, 0, "0" * 16)


def tick(last: Stamp, wall_ms: int, device: str) -> Stamp:
    """The stamp of a new local event: after `last` whatever the wall clock says."""
    if wall_ms > last.ms:
        return Stamp(wall_ms, 0, device)
    return Stamp(last.ms, last.count + 1, device)


def receive(last: Stamp, seen: Stamp) -> Stamp:
    """What this device has seen after reading another device's stamp."""
    return max(last, seen)
