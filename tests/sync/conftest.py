"""Devices for sync tests: real vaults in tmp_path, one shared folder, a clock each."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.crypto import KEY_BYTES, SALT_BYTES
from mentorpad.models.schema import SYNCED_TABLES
from mentorpad.models.store import Store
from mentorpad.sync import SyncReport, sync_vault
from mentorpad.sync.engine import _Sync  # noqa: F401  (keeps the module importable in tests)

#: Tables whose content every device must agree on after everyone synced.
COMPARED = tuple(t for t in SYNCED_TABLES)


@dataclass
class Device:
    name: str
    path: Path
    key: VaultKey
    folder: Path
    clock: ManualClock
    reports: list[SyncReport] = field(default_factory=list)

    @contextmanager
    def store(self) -> Iterator[Store]:
        with Vault.open(self.path, key=self.key) as vault:
            yield Store(vault, self.clock)

    def sync(self) -> SyncReport:
        self.clock.advance(1)
        report = sync_vault(
            self.path, self.key, self.folder, device_name=self.name, clock=self.clock
        )
        self.reports.append(report)
        return report

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every synced row, sorted: equal dumps mean equal data."""
        with Vault.open(self.path, key=self.key) as vault:
            return {
                table: sorted(
                    (tuple(row) for row in vault.conn.execute(f"SELECT * FROM {table}")),
                    key=repr,
                )
                for table in COMPARED
            }

    def texts(self) -> set[str]:
        """Every text the mentor can see on this device: in notes, commitments, goals, and
        the conflict copies."""
        with Vault.open(self.path, key=self.key) as vault:
            conn = vault.conn
            found = {r[0] for r in conn.execute("SELECT body FROM note")}
            found |= {r[0] for r in conn.execute("SELECT text FROM commitment")}
            found |= {r[0] for r in conn.execute("SELECT text FROM goal")}
            found |= {r[0] for r in conn.execute("SELECT text FROM conflict_copy")}
            return found


@pytest.fixture
def shared_key() -> VaultKey:
    return VaultKey(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))


@pytest.fixture
def make_devices(tmp_path: Path, shared_key: VaultKey) -> Callable[..., list[Device]]:
    """`n` devices: the first creates the vault and syncs; the others join it (with a raw
    key: the passphrase path of join is tested through the CLI)."""

    def make(count: int = 2, *, start: dt.datetime | None = None) -> list[Device]:
        folder = tmp_path / "sync"
        folder.mkdir(exist_ok=True)
        start = start or dt.datetime(2026, 3, 2, 9, 0)
        devices = []
        for index in range(count):
            name = "ABCDEFGH"[index]
            path = tmp_path / f"{name.lower()}.vault"
            clock = ManualClock(start + dt.timedelta(seconds=index))
            device = Device(f"device {name}", path, shared_key, folder, clock)
            Vault.create(path, key=shared_key).close()
            devices.append(device)
        # The first device publishes its (empty) vault; the others join it.
        devices[0].sync()
        for device in devices[1:]:
            device.reports.append(
                sync_vault(
                    device.path,
                    device.key,
                    folder,
                    device_name=device.name,
                    clock=device.clock,
                    joining=True,
                )
            )
        return devices

    return make


def sync_all(devices: list[Device], rounds: int = 2) -> None:
    """Everyone syncs, twice: after the second round everyone has seen everything."""
    for _ in range(rounds):
        for device in devices:
            device.sync()
