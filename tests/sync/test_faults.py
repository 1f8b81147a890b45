"""Every fault a synced folder meets: each has a clear outcome, nothing is lost, and the
next sync completes (docs/sync.md, "Faults")."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorpad.models import Vault
from mentorpad.models.crypto import derive_key, sync_key
from mentorpad.models.schema import SCHEMA_VERSION
from mentorpad.sync import (
    DeviceClash,
    PassphraseChangedElsewhere,
    SyncFolderProblem,
    base_path,
    sync_vault,
)
from mentorpad.sync import journal as jr
from tests.conftest import PASSPHRASE, ROOT
from tests.sync.conftest import Device, sync_all

MakeDevices = Callable[..., list[Device]]


def _journals(device: Device) -> list[Path]:
    with Vault.open(device.path, key=device.key) as vault:
        me = vault.conn.execute("SELECT value FROM sync_state WHERE key = 'device'").fetchone()[0]
    return sorted((device.folder / me).glob("*.mpchg"))


def _add_note(device: Device, text: str) -> tuple[int, int]:
    with device.store() as store:
        mid = store.add_mentee(f"Mentee for {text}")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", text)
    return mid, sid


# -- kill -9 -------------------------------------------------------------------------------

_KILLED_SYNC = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import apsw
    from mentorpad.models.crypto import VaultKey
    from mentorpad.sync import engine, sync_vault

    vault, secret, folder, point = sys.argv[1:5]

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    if point == "after-publish":
        real = engine.files.publish_bytes
        def publish(*a, **k):
            real(*a, **k)
            die()
        engine.files.publish_bytes = publish
    elif point == "after-apply":
        real_apply = engine._Sync._apply
        def apply(self, journal):
            real_apply(self, journal)
            die()
        engine._Sync._apply = apply
    elif point == "before-commit":
        real_set = engine.State.set
        def set_state(self, key, value):
            if key == "last_sync":  # the last write before the commit
                die()
            real_set(self, key, value)
        engine.State.set = set_state
    """
)
_SYNC_TAIL = """
key = VaultKey(bytes.fromhex(secret[:64]), bytes.fromhex(secret[64:]))
sync_vault(Path(vault), key, Path(folder), device_name="killed")
"""
_JOIN_TAIL = """
from mentorpad.sync import join_folder
join_folder(Path(folder), Path(vault), secret, device_name="killed")
"""


@pytest.mark.parametrize("point", ["after-publish", "after-apply", "before-commit"])
def test_kill_9_during_a_sync_loses_nothing(make_devices: MakeDevices, point: str) -> None:
    home, work = make_devices(2)
    _home_mid, _home_sid = _add_note(home, "written at home")
    home.sync()
    _add_note(work, "written at work")
    key_hex = (work.key.key + work.key.salt).hex()
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _KILLED_SYNC + _SYNC_TAIL,
            str(work.path),
            key_hex,
            str(work.folder),
            point,
        ],
        cwd=ROOT,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL
    with Vault.open(work.path, key=work.key) as vault:  # opens, intact, no half-applied sync
        assert vault.check_integrity().ok
    sync_all([work, home])
    assert home.dump() == work.dump()
    assert {"written at home", "written at work"} <= home.texts()
    with work.store() as store:
        assert [h.source for h in store.search("home")] == ["notes"]


@pytest.mark.parametrize("point", ["after-publish", "after-apply", "before-commit"])
def test_kill_9_during_a_join_is_finished_by_the_next_sync(tmp_path: Path, point: str) -> None:
    from mentorpad.models.store import Store
    from tests.conftest import run_cli

    folder, home, work = tmp_path / "sync", tmp_path / "home.vault", tmp_path / "work.vault"
    folder.mkdir()
    with Vault.create(home, PASSPHRASE) as vault:
        Store(vault).add_mentee("Made before the join")
        key = vault.key
    sync_vault(home, key, folder)
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _KILLED_SYNC + _JOIN_TAIL,
            str(work),
            PASSPHRASE,
            str(folder),
            point,
        ],
        cwd=ROOT,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL and work.exists()
    again = run_cli(  # the join refuses the half-made vault, and says nothing is replaced
        "join", str(folder), "--vault", str(work), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert again.returncode == 9
    done = run_cli(
        "sync", str(folder), "--vault", str(work), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert done.returncode == 0, done.stderr
    sync_vault(home, key, folder)
    with Vault.open(work, PASSPHRASE) as vault:
        assert Store(vault).find_mentee("Made before the join") is not None
        assert vault.setting("sync_dir") == str(folder)
    report = sync_vault(work, key, folder)
    assert len(report.devices) == 2 and report.problems == []


# -- the sync tool's faults ----------------------------------------------------------------


def test_a_journal_still_being_copied_waits(make_devices: MakeDevices, tmp_path: Path) -> None:
    home, work = make_devices(2)
    _add_note(home, "first journal")
    home.sync()
    _add_note(home, "second journal")
    home.sync()
    _first, second = _journals(home)[-2:]
    stash = tmp_path / "stash"
    stash.mkdir()
    shutil.move(second, stash / second.name)
    second.write_bytes((stash / second.name).read_bytes()[:200])  # half-copied
    report = work.sync()
    assert [p.kind for p in report.problems] == ["incomplete"]
    assert report.needs_attention == []  # a file still copying is not worth an interruption
    assert "first journal" in work.texts() and "second journal" not in work.texts()
    second.unlink()
    shutil.move(stash / second.name, second)  # the sync tool finished
    again = work.sync()
    assert again.problems == [] and "second journal" in work.texts()
    sync_all([home, work])
    assert home.dump() == work.dump()


def test_a_gap_in_a_devices_journals_holds_back_the_later_ones(
    make_devices: MakeDevices, tmp_path: Path
) -> None:
    home, work = make_devices(2)
    for text in ("one", "two", "three"):
        _add_note(home, text)
        home.sync()
    journals = _journals(home)
    missing = journals[-2]
    held = tmp_path / missing.name
    shutil.move(missing, held)  # not synced to this computer yet
    work.sync()
    assert "one" in work.texts() and "three" not in work.texts()
    shutil.move(held, missing)
    work.sync()
    assert {"two", "three"} <= work.texts()


def test_a_conflicted_copy_made_by_a_sync_tool(
    make_devices: MakeDevices, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, work = make_devices(2)
    _add_note(home, "the original")
    home.sync()
    original = _journals(home)[-1]
    same = original.with_name(f"{original.stem} (conflicted copy 2026-03-09).mpchg")
    shutil.copyfile(original, same)
    report = work.sync()
    assert report.problems == []  # an identical copy is just the same journal
    assert "the original" in work.texts()
    # A copy that differs: written by another copy of home's vault (the Dropbox case).
    clone = home.path.with_name("clone.vault")
    shutil.copyfile(home.path, clone)
    shutil.copyfile(base_path(home.path), base_path(clone))
    stray = home.folder.parent / "stray"
    stray.mkdir()
    twin = Device("twin", clone, home.key, stray, home.clock)
    _add_note(twin, "only in the conflicted copy")
    # The clone passes for home itself (same computer and path as far as it can tell), as a
    # vault restored by hand over a synced one would.
    from mentorpad.sync import state as sync_state

    home_place = sync_state.home_of(home.path)
    monkeypatch.setattr(sync_state, "home_of", lambda _path: home_place)
    with Vault.open(clone, key=home.key) as vault:  # the twin continues home's numbering
        seq = int(
            vault.conn.execute("SELECT value FROM sync_state WHERE key = 'next_seq'").fetchone()[0]
        )
    sync_vault(clone, home.key, stray)
    (produced,) = stray.glob("*/*.mpchg")
    shutil.copyfile(produced, original.with_name(f"{seq:08d}.sync-conflict-20260309.mpchg"))
    monkeypatch.undo()
    report = work.sync()
    assert [p.kind for p in report.problems] == ["sync-tool-copy"]
    assert "only in the conflicted copy" in work.texts()


def test_a_journal_from_a_newer_mentorpad_waits(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    (first,) = _journals(home)
    header = jr.read_header(first.read_bytes())[0]
    stranger = "c0ffee00c0ffee00"  # a third device that runs a newer mentorpad
    newer = jr.Header(
        **{**header.__dict__, "device": stranger, "seq": 1, "schema": SCHEMA_VERSION + 1}
    )
    (home.folder / stranger).mkdir()
    (home.folder / stranger / jr.file_name(1)).write_bytes(
        jr.encode(newer, {"device_name": "new laptop"}, b"", sync_key(home.key))
    )
    _add_note(home, "home goes on")
    home.sync()
    report = work.sync()
    assert [p.kind for p in report.problems] == ["newer"]
    assert "update mentorpad" in report.problems[0].message
    assert "home goes on" in work.texts()  # the others' journals are not held back
    assert [p.kind for p in work.sync().problems] == ["newer"]  # it waits, and says so
    with Vault.open(work.path, key=work.key) as vault:
        assert vault.check_integrity().ok


def test_a_tampered_journal_is_refused_and_the_rest_applies(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    _add_note(home, "tampered one")
    home.sync()
    _add_note(home, "honest one")
    home.sync()
    bad = _journals(home)[-2]
    data = bytearray(bad.read_bytes())
    data[-5] ^= 0x01
    bad.write_bytes(bytes(data))
    report = work.sync()
    assert [p.kind for p in report.problems] == ["tampered"]
    assert "authenticity" in report.problems[0].message and "device A" in report.problems[0].message
    assert "tampered one" not in work.texts() and "honest one" in work.texts()
    assert work.sync().problems == []  # refused once, not reported on every sync


def test_a_journal_preallocated_by_a_copy_is_applied_once_complete(
    make_devices: MakeDevices, tmp_path: Path
) -> None:
    """A copy that sets the file's size first and fills it in later looks whole and fails
    its tag: refused for now, and applied when the copy has completed."""
    home, work = make_devices(2)
    _add_note(home, "copied in place")
    home.sync()
    _add_note(home, "the next one")
    home.sync()
    journal = _journals(home)[-2]
    whole = journal.read_bytes()
    journal.write_bytes(whole[: len(whole) // 2] + bytes(len(whole) - len(whole) // 2))
    report = work.sync()
    assert [p.kind for p in report.problems] == ["tampered"]
    assert work.sync().problems == []  # the same bytes: not reported again
    journal.write_bytes(whole)  # the copy completed
    assert work.sync().problems == []
    assert {"copied in place", "the next one"} <= work.texts()
    sync_all([home, work])
    assert home.dump() == work.dump()


def test_a_clock_that_jumps_back(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    mid, sid = _add_note(home, "before the jump")
    sync_all([home, work])
    with work.store() as store:
        store.save_note(mid, sid, "notes", "work, on time")
    work.sync()
    home.sync()  # home has seen work's edit
    home.clock.set_wall(home.clock.now() - dt.timedelta(days=2))  # then its clock goes wrong
    with home.store() as store:
        store.save_note(mid, sid, "notes", "home, after seeing work's edit")
    home.sync()  # stamped after everything home has seen, whatever its clock says
    work.sync()
    with work.store() as store:
        assert store.note(mid, sid, "notes") == "home, after seeing work's edit"
    assert home.dump() == work.dump()


# -- passphrase, folder and identity ------------------------------------------------------


def test_a_passphrase_changed_on_another_device(tmp_path: Path) -> None:
    folder = tmp_path / "sync"
    folder.mkdir()
    home, work = tmp_path / "home.vault", tmp_path / "work.vault"
    with Vault.create(home, PASSPHRASE) as vault:
        key = vault.key
    shutil.copyfile(home, work)  # same salt and passphrase; work joins below
    work.unlink()
    sync_vault(home, key, folder)
    from mentorpad.sync import join_folder

    join_folder(folder, work, PASSPHRASE)
    new = "a brand new passphrase for both"
    with Vault.open(home, PASSPHRASE) as vault:
        vault.change_passphrase(new)
        new_key = vault.key
        from mentorpad.models.store import Store

        Store(vault).add_mentee("Added after the change")
    sync_vault(home, new_key, folder)
    with Vault.open(work, PASSPHRASE) as vault:
        Store(vault).add_mentee("Added on work with the old passphrase")
    with pytest.raises(PassphraseChangedElsewhere) as changed:
        sync_vault(work, key, folder)
    assert "changed on" in changed.value.user_message
    assert changed.value.exit_code == 15
    home_report = sync_vault(home, new_key, folder)  # home still reads work's old-key journal
    assert [p.kind for p in home_report.problems] == ["old-key"]
    with Vault.open(work, PASSPHRASE) as vault:
        vault.change_passphrase(new)
    assert derive_key(new, key.salt).key == new_key.key
    sync_vault(work, new_key, folder)
    with Vault.open(work, new) as vault:
        names = {m.display_name for m in Store(vault).mentees()}
    assert {"Added after the change", "Added on work with the old passphrase"} <= names


def test_a_folder_that_vanished(make_devices: MakeDevices) -> None:
    home, _work = make_devices(2)
    moved = home.folder.with_name("unplugged")
    home.folder.rename(moved)
    before = home.path.read_bytes()
    with pytest.raises(SyncFolderProblem) as gone:
        home.sync()
    assert "not there" in gone.value.user_message and gone.value.exit_code == 14
    assert home.path.read_bytes() == before


def test_another_vaults_folder_is_refused(make_devices: MakeDevices, tmp_path: Path) -> None:
    make_devices(2)  # fills tmp_path / "sync" with a vault's journals
    other = tmp_path / "other.vault"
    with Vault.create(other, PASSPHRASE) as vault:
        key = vault.key
    listing = sorted(p.name for p in (tmp_path / "sync").rglob("*"))
    with pytest.raises(SyncFolderProblem, match="another vault"):
        sync_vault(other, key, tmp_path / "sync")
    assert sorted(p.name for p in (tmp_path / "sync").rglob("*")) == listing


def test_a_vault_copied_instead_of_joined_becomes_a_device_of_its_own(
    make_devices: MakeDevices,
) -> None:
    home, work = make_devices(2)
    copy = home.path.with_name("copied.vault")
    shutil.copyfile(home.path, copy)
    shutil.copyfile(base_path(home.path), base_path(copy))
    twin = Device("twin", copy, home.key, home.folder, home.clock)
    _add_note(home, "home goes on")
    _add_note(twin, "the copy goes on")
    home.sync()
    twin.sync()  # a copy lives at another path: it publishes under an identity of its own
    sync_all([home, work, twin])
    assert home.dump() == work.dump() == twin.dump()
    assert {"home goes on", "the copy goes on"} <= work.texts()


def test_another_vault_in_this_devices_folder_is_a_clash(make_devices: MakeDevices) -> None:
    home, _work = make_devices(2)
    (own,) = _journals(home)
    stranger = jr.read_header(own.read_bytes())[0]
    forged = jr.Header(**{**stranger.__dict__, "seq": 7})
    own.with_name(jr.file_name(7)).write_bytes(jr.encode(forged, {}, b"", sync_key(home.key)))
    with pytest.raises(DeviceClash) as clash:
        home.sync()
    assert clash.value.exit_code == 16 and "join" in clash.value.user_message.lower()


def test_a_lost_base_starts_over_and_catches_up(make_devices: MakeDevices) -> None:
    home, work = make_devices(2)
    mid, sid = _add_note(home, "shared text")
    sync_all([home, work])
    with work.store() as store:
        store.save_note(mid, sid, "notes", "work's later edit")
    work.sync()
    base_path(home.path).unlink()  # deleted by a clean-up tool
    report = home.sync()
    assert [p.kind for p in report.problems] == ["base-lost"]
    assert "were not sent" in report.problems[0].message
    sync_all([home, work])
    assert home.dump() == work.dump()
    with home.store() as store:
        assert store.note(mid, sid, "notes") == "work's later edit"


def test_a_restored_backup_catches_up_and_resurrects_nothing(
    make_devices: MakeDevices, tmp_path: Path
) -> None:
    from mentorpad.models.backups import restore_backup

    home, work = make_devices(2)
    mid, sid = _add_note(home, "in the backup")
    home.sync()
    with Vault.open(home.path, key=home.key) as vault:
        backup = vault.backup_to(tmp_path / "old.vault")
    with home.store() as store:
        store.save_note(mid, sid, "notes", "edited after the backup")
        later = store.add_mentee("Added after the backup")
        store.delete_mentee(mid)
    sync_all([home, work])
    restore_backup(backup, home.path, key=home.key)
    report = home.sync()
    assert [p.kind for p in report.problems] == ["restored"] and report.needs_attention == []
    sync_all([home, work])
    assert home.dump() == work.dump()
    with work.store() as store:
        assert store.mentee(mid) is None  # the deletion made after the backup stands
        assert store.mentee(later) is not None


def test_journal_headers_say_nothing_about_content(make_devices: MakeDevices) -> None:
    home, _work = make_devices(2)
    _add_note(home, "private words")
    home.sync()
    header, _prefix, _offset = jr.read_header(_journals(home)[-1].read_bytes())
    assert set(json.loads(header.to_bytes())) == {
        "vault", "device", "seq", "hlc", "key", "salt", "schema", "length", "format", "kdf_iter"
    }  # fmt: skip
    assert not os.environ.get("MENTORPAD_NEVER")  # (the header holds no name or text)
