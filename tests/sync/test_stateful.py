"""Random interleavings of edits and syncs on two and three devices (hypothesis stateful
testing). Properties: after everyone syncs, all vaults hold the same data; every text ever
saved is present somewhere the mentor can see (the row itself or a conflict copy), unless
the mentor replaced or deleted it on a device that had it in front of them."""

from __future__ import annotations

import atexit
import datetime as dt
import os
import secrets
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.sync import journal as jr
from mentorpad.sync import sync_vault
from tests.sync.conftest import Device

TEXT = st.text(alphabet="abcdefghij ", min_size=1, max_size=12).map(str.strip).filter(bool)


class TwoOrThreeDevices(RuleBasedStateMachine):
    device_count = 2

    def __init__(self) -> None:
        super().__init__()
        self.tmp = _work_dir(self.device_count)
        template = _TEMPLATES.get(self.tmp)
        if template is None:
            self.devices, self.mentee = _set_up(self.tmp, self.device_count)
            template = _Template(self.tmp.with_name(self.tmp.name + "-template"), self)
            _TEMPLATES[self.tmp] = template
        else:
            self.devices, self.mentee = template.copy_into(self.tmp)
        self.saved: set[str] = set()  # every text any device ever saved
        self.dropped: set[str] = set()  # texts a device replaced or deleted with them in view
        self.counter = 0
        self.written: dict[Path, bytes] = {}  # every journal seen, as it was first seen

    def teardown(self) -> None:
        try:
            self._everyone_agrees_after_everyone_synced()
        finally:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _unique(self, text: str) -> str:
        self.counter += 1
        return f"{text} #{self.counter}"

    def _sessions(self, device: Device) -> list[int]:
        with device.store() as store:
            return [s.id for s in store.sessions(self.mentee)] if store.mentee(self.mentee) else []

    @rule(index=st.integers(0, 2), day=st.integers(1, 28))
    def add_session(self, index: int, day: int) -> None:
        device = self.devices[index % len(self.devices)]
        with device.store() as store:
            if store.mentee(self.mentee) is not None:
                store.add_session(self.mentee, dt.datetime(2026, 4, day, 9))

    @rule(index=st.integers(0, 2), pick=st.integers(0, 10), text=TEXT)
    def write_note(self, index: int, pick: int, text: str) -> None:
        device = self.devices[index % len(self.devices)]
        sessions = self._sessions(device)
        if not sessions:
            return
        sid = sessions[pick % len(sessions)]
        text = self._unique(text)
        with device.store() as store:
            before = store.note(self.mentee, sid, "notes")
            store.save_note(self.mentee, sid, "notes", text)
        if before:
            self.dropped.add(before)
        self.saved.add(text)

    @rule(
        first=st.integers(0, 2),
        second=st.integers(0, 2),
        pick=st.integers(0, 10),
        texts=st.tuples(TEXT, TEXT),
        first_syncs_first=st.booleans(),
    )
    def edit_on_two_devices_then_sync(
        self,
        first: int,
        second: int,
        pick: int,
        texts: tuple[str, str],
        first_syncs_first: bool,
    ) -> None:
        """The conflict this whole design is about: one note, two devices, no sync between."""
        a = self.devices[first % len(self.devices)]
        b = self.devices[second % len(self.devices)]
        if a is b:
            return
        self.write_note(first, pick, texts[0])
        self.write_note(second, pick, texts[1])
        for device in (a, b) if first_syncs_first else (b, a):
            device.sync()

    @rule(index=st.integers(0, 2), text=TEXT)
    def add_commitment(self, index: int, text: str) -> None:
        device = self.devices[index % len(self.devices)]
        text = self._unique(text)
        with device.store() as store:
            if store.mentee(self.mentee) is None:
                return
            store.add_commitment(self.mentee, text)
        self.saved.add(text)

    @rule(index=st.integers(0, 2), pick=st.integers(0, 10))
    def delete_session(self, index: int, pick: int) -> None:
        device = self.devices[index % len(self.devices)]
        sessions = self._sessions(device)
        if not sessions:
            return
        sid = sessions[pick % len(sessions)]
        with device.store() as store:
            record = store.session_record(sid)
            in_view = set(record.notes.values()) if record else set()
            store.delete_session(sid)
        self.dropped |= in_view

    @rule(index=st.integers(0, 2), seconds=st.integers(0, 120))
    def sync(self, index: int, seconds: int) -> None:
        device = self.devices[index % len(self.devices)]
        device.clock.advance(seconds)
        device.sync()

    @rule(index=st.integers(0, 2), hours=st.integers(1, 48))
    def clock_goes_back(self, index: int, hours: int) -> None:
        device = self.devices[index % len(self.devices)]
        device.clock.set_wall(device.clock.now() - dt.timedelta(hours=hours))

    @invariant()
    def every_vault_stays_intact(self) -> None:
        with Vault.open(self.devices[0].path, key=self.devices[0].key) as vault:
            assert vault.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"

    @invariant()
    def journals_are_written_once_by_their_device(self) -> None:
        """One writer per file: a journal is in its own device's folder and, once there,
        never changes (a file-sync tool never has to merge one)."""
        for path in sorted(self.devices[0].folder.glob("*/*.mpchg")):
            data = path.read_bytes()
            if path not in self.written:
                assert jr.read_header(data)[0].device == path.parent.name
            assert self.written.setdefault(path, data) == data, path

    def _everyone_agrees_after_everyone_synced(self) -> None:
        """The final check of every run (teardown): everyone syncs twice, then compares."""
        for _ in range(2):
            for device in self.devices:
                device.sync()
        dumps = [device.dump() for device in self.devices]
        assert all(dump == dumps[0] for dump in dumps[1:])
        visible = self.devices[0].texts()
        lost = self.saved - visible - self.dropped
        assert lost == set(), f"texts lost: {sorted(lost)}"


def _work_dir(count: int) -> Path:
    """One folder per run of this process: a vault's sync identity is bound to its path (and
    to the machine marker in the test's data folder), so every run of one test works on the
    same path, and a copied vault is the same device, not one found elsewhere."""
    key = (count, os.environ.get("XDG_DATA_HOME", ""))
    if key not in _WORK:
        # In memory where the system has it: these runs are fsync-bound, not CPU-bound.
        shm = Path("/dev/shm")
        base = tempfile.mkdtemp(prefix="mentorpad-sync-state-", dir=shm if shm.is_dir() else None)
        atexit.register(shutil.rmtree, base, ignore_errors=True)
        _WORK[key] = Path(base) / "run"
    return _WORK[key]


_WORK: dict[tuple[int, str], Path] = {}


def _set_up(tmp: Path, count: int) -> tuple[list[Device], int]:
    """`count` devices that created, joined and synced one vault with a shared mentee and two
    sessions everyone has (edits meet from the first step)."""
    shutil.rmtree(tmp, ignore_errors=True)  # what a first run that failed in its set-up left
    tmp.mkdir()
    folder = tmp / "sync"
    folder.mkdir()
    key = VaultKey(secrets.token_bytes(32), secrets.token_bytes(16))
    devices: list[Device] = []
    for index in range(count):
        path = tmp / f"{index}.vault"
        clock = ManualClock(_START + dt.timedelta(seconds=index))
        Vault.create(path, key=key).close()
        devices.append(Device(f"device {index}", path, key, folder, clock))
    devices[0].sync()
    for device in devices[1:]:
        sync_vault(
            device.path, key, folder, device_name=device.name, joining=True, clock=device.clock
        )
    with devices[0].store() as store:
        mentee = store.add_mentee("Shared mentee")
        for day in (5, 12):
            store.add_session(mentee, dt.datetime(2026, 3, day, 9))
    for device in devices:
        device.sync()
    devices[0].sync()
    return devices, mentee


_START = dt.datetime(2026, 3, 2, 9, 0)


class _Template:
    """The set-up of the first run, kept as files: every later run starts from a byte-for-byte
    copy of it (on the same path, with its clocks where they were) instead of creating,
    joining and syncing the vaults again."""

    def __init__(self, where: Path, first: TwoOrThreeDevices) -> None:
        shutil.copytree(first.tmp, where)
        self.where = where
        self.mentee = first.mentee
        self.key = first.devices[0].key
        self.ahead = [device.clock.monotonic() for device in first.devices]

    def copy_into(self, tmp: Path) -> tuple[list[Device], int]:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(self.where, tmp)
        devices = []
        for index, ahead in enumerate(self.ahead):
            clock = ManualClock(_START + dt.timedelta(seconds=index))
            clock.advance(ahead - ManualClock().monotonic())  # each clock where it was
            path = tmp / f"{index}.vault"
            devices.append(Device(f"device {index}", path, self.key, tmp / "sync", clock))
        return devices, self.mentee


_TEMPLATES: dict[Path, _Template] = {}


class ThreeDevices(TwoOrThreeDevices):
    device_count = 3


def _settings(examples: int, *, derandomize: bool) -> settings:
    return settings(
        max_examples=examples,
        stateful_step_count=15,
        deadline=None,
        derandomize=derandomize,  # the default suite replays the same runs every time
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


TestTwoDevices = TwoOrThreeDevices.TestCase
TestTwoDevices.settings = _settings(40, derandomize=True)
TestThreeDevices = ThreeDevices.TestCase
TestThreeDevices.settings = _settings(40, derandomize=True)


class TestManyMoreInterleavings(ThreeDevices.TestCase):  # type: ignore[misc,valid-type]
    """make test-slow: new random runs each time."""

    settings = _settings(300, derandomize=False)
    pytestmark = pytest.mark.slow
