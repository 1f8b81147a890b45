"""Vaults made before sync (the checked-in fixtures of every schema version) upgrade and
then sync: their integer ids stay as they are, rows made afterwards on two devices never
collide, and this computer's settings stay on it (docs/sync.md, "Keys that never collide")."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from mentorpad.clock import ManualClock
from mentorpad.models import Vault
from mentorpad.models.store.base import _ID_FLOOR
from tests.sync.conftest import Device, sync_all
from tools.make_fixture_vault import FIXTURE_KEY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _two_devices(fixture: Path, tmp_path: Path) -> tuple[Device, Device]:
    folder = tmp_path / "sync"
    folder.mkdir()
    home_path, work_path = tmp_path / "home.vault", tmp_path / "work.vault"
    shutil.copyfile(fixture, home_path)
    start = dt.datetime(2026, 3, 2, 9)
    home = Device("home", home_path, FIXTURE_KEY, folder, ManualClock(start))
    work = Device("work", work_path, FIXTURE_KEY, folder, ManualClock(start))
    with home.store() as store:  # the upgrade runs here, then the mentor sets a backup folder
        store.vault.set_setting("backup_dir", "/home/mentor/backups")
    home.sync()
    Vault.create(work_path, key=FIXTURE_KEY).close()
    from mentorpad.sync import sync_vault

    sync_vault(work_path, FIXTURE_KEY, folder, device_name="work", joining=True, clock=work.clock)
    return home, work


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("vault-v*.vault")), ids=lambda p: p.stem)
def test_a_vault_from_before_sync_syncs_without_collisions(fixture: Path, tmp_path: Path) -> None:
    home, work = _two_devices(fixture, tmp_path)
    with work.store() as store:
        falcon = store.find_mentee("Fixture Falcon")
        assert falcon is not None
        if int(fixture.stem.split("-v")[1]) < 3:  # made before random ids: 1, 2, 3…, kept
            assert falcon.id < _ID_FLOOR
        (session,) = store.sessions(falcon.id)
        assert store.note(falcon.id, session.id, "notes") == "fixture notes about delegation"
        assert store.vault.setting("backup_dir") is None  # a device setting stays home
    old_ids = {table: rows for table, rows in home.dump().items() if rows}
    # Apart, both devices add the same kinds of rows: each gets ids of its own.
    made = {}
    for device in (home, work):
        with device.store() as store:
            mid = store.add_mentee(f"New on {device.name}")
            sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
            store.save_note(mid, sid, "notes", f"notes typed on {device.name}")
            store.add_commitment(falcon.id, f"commitment from {device.name}", session_id=sid)
            store.save_note(falcon.id, session.id, "summary", f"summary on {device.name}")
            made[device.name] = (mid, sid)
    with work.store() as store:  # and the old note, with its integer id, is edited at work
        store.save_note(falcon.id, session.id, "notes", "fixture notes, edited at work")
    sync_all([home, work])
    assert home.dump() == work.dump()
    assert made["home"] != made["work"] and all(i >= _ID_FLOOR for p in made.values() for i in p)
    with home.store() as store:
        names = {m.display_name for m in store.mentees()}
        assert {"Fixture Falcon", "New on home", "New on work"} <= names
        assert len(store.commitments(mentee_id=falcon.id)) == 3
        assert store.note(falcon.id, session.id, "notes") == "fixture notes, edited at work"
        assert [h.source for h in store.search("edited")] == ["notes"]
        assert store.vault.setting("backup_dir") == "/home/mentor/backups"
    assert {"summary on home", "summary on work"} <= home.texts()  # one note, both texts
    dumped = home.dump()
    for table, rows in old_ids.items():  # every row from before sync is still there
        if table not in ("note", "setting"):
            assert set(rows) <= set(dumped[table]), table
