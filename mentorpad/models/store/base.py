"""What every repository shares: the injected vault, its connection, and the conversions
between entities and the ISO strings the vault stores."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models.vault import Vault


class Repository:
    """One aggregate's SQL on an injected vault; writes go through `vault.transaction()`.
    Times it stamps (created, updated) come from the injected clock."""

    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self.clock = clock

    def _now(self) -> str:
        return self.clock.now().isoformat(timespec="seconds")

    @property
    def _conn(self) -> Any:
        return self.vault.conn


#: Ids from before sync are small (1, 2, 3…); new ones are drawn above this, so they can
#: never collide with an old id, nor (2**62 of them) with another device's new ones.
_ID_FLOOR = 1 << 32


def new_id() -> int:
    """A random row id: two devices adding rows while apart never pick the same one."""
    return _ID_FLOOR + secrets.randbits(62)


def note_id(mentee_id: int, session_id: int | None, kind: str) -> int:
    """A note is one per (mentee, session, kind): its id follows from those, so the same
    note created on two devices is the same row (docs/sync.md)."""
    digest = hashlib.blake2b(f"note:{mentee_id}:{session_id or 0}:{kind}".encode(), digest_size=8)
    return _ID_FLOOR + (int.from_bytes(digest.digest(), "big") >> 2)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)
