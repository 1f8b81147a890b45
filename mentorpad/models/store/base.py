"""What every repository shares: the injected vault, its connection, and the conversions
between entities and the ISO strings the vault stores."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mentorpad.models.vault import Vault


class Repository:
    """One aggregate's SQL on an injected vault; writes go through `vault.transaction()`."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _conn(self) -> Any:
        return self.vault.conn


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)
