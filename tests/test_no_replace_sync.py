"""The no-replace matrix for the newer commands: `sync` (its journals in the sync folder, the
record of the last sync beside the vault), `join` (a new vault), `restore` into an unwritable
folder or onto a full disk, and `--vault` naming a link or a special file on every command.

Each case checks the exit code and message, that what was there is byte for byte as it was,
that the vault is intact and that no temporary file was left behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from mentorpad.models import Vault
from mentorpad.sync.base import base_path
from mentorpad.sync.connection import open_vault
from mentorpad.sync.engine import _Sync, roll_back_here
from mentorpad.sync.state import load_identity
from tests.conftest import PASSPHRASE, ROOT
from tests.no_replace import (
    KINDS,
    file_size_limit,
    files_limited_to,
    make_kind,
    snapshot,
    temps_in,
    unwritable,
)
from tests.test_no_replace import cli, source_vault, vault_copy  # noqa: F401  (fixtures)


@pytest.fixture(scope="module")
def sync_folder(source_vault: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: F811
    """A sync folder holding the source vault's first journal, for `join`."""
    home = tmp_path_factory.mktemp("home")
    synced = home / "home.vault"
    synced.write_bytes(source_vault.read_bytes())
    folder = tmp_path_factory.mktemp("sync")
    done = cli("sync", str(folder), "--vault", str(synced))
    assert done.returncode == 0, done.stderr
    return folder


def _intact(vault: Path) -> bool:
    return cli("check", "--vault", str(vault)).returncode == 0


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# -- sync -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["link", "dangling", "fifo", "folder", "device"])
def test_sync_never_writes_over_or_through_its_record(
    kind: str,
    vault_copy: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The record of the last sync (`<vault>.syncbase`) is made with the primitive: whatever
    else is at its name is left alone, and the message says what to do (not "another name",
    which the mentor cannot choose)."""
    record = base_path(vault_copy)
    if kind == "device":
        record.symlink_to(os.devnull)  # a device node cannot be made without privileges
    else:
        make_kind(record, kind)
    before = snapshot(record)
    vault_before = vault_copy.read_bytes()
    folder = tmp_path / "sync"
    folder.mkdir()
    result = cli("sync", str(folder), "--vault", str(vault_copy))
    assert result.returncode == 9, result.stderr
    assert "not this vault's record of its last sync" in result.stderr
    assert "Remove it, then sync again" in result.stderr
    assert snapshot(record).content == before.content
    assert vault_copy.read_bytes() == vault_before
    assert os.listdir(folder) == [] and temps_in(vault_copy.parent) == []


def test_sync_into_an_unwritable_folder(vault_copy: Path, tmp_path: Path) -> None:  # noqa: F811
    """Refused with exit 10 and nothing in the folder. The vault keeps only what a sync
    commits before it starts (this device's identity, its record of the last sync)."""
    folder = tmp_path / "sync"
    folder.mkdir()
    with unwritable(folder):
        result = cli("sync", str(folder), "--vault", str(vault_copy))
        listing = os.listdir(folder)
    assert result.returncode == 10, result.stderr
    assert "may not write in" in result.stderr
    assert listing == [] and temps_in(vault_copy.parent) == [] and _intact(vault_copy)


def test_sync_on_a_full_disk_changes_nothing(vault_copy: Path, tmp_path: Path) -> None:  # noqa: F811
    """Exit 11 with the disk-full message, not a traceback (exit 1), and the vault intact:
    a sync rewrites the vault's pages under a rollback journal, so it needs room first."""
    folder = tmp_path / "sync"
    folder.mkdir()
    vault_before = vault_copy.read_bytes()
    limit = os.path.getsize(vault_copy) - 17_000  # inside the vault's last pages
    result = cli(
        "sync", str(folder), "--vault", str(vault_copy), preexec=partial(file_size_limit, limit)
    )
    assert result.returncode == 11, result.stderr
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert _listing(folder) == [] and temps_in(vault_copy.parent) == []
    assert vault_copy.read_bytes() == vault_before and _intact(vault_copy)


def test_a_commit_that_failed_half_way_is_rolled_back_by_the_sync(tmp_path: Path) -> None:
    """A disk that fills up during the commit leaves the vault half written with a hot
    journal; only APSW's SQLite rolls its journal back (the vault's driver drops it and
    keeps the half-written pages). roll_back_here does so at once."""
    folder = tmp_path / "sync"
    folder.mkdir()
    fresh = tmp_path / "new.vault"
    with Vault.create(fresh, PASSPHRASE) as vault:  # its last pages hold what a sync writes
        key = vault.key
    limit = os.path.getsize(fresh) - 17_000
    con = open_vault(fresh, key)
    try:
        # Past the room check: the disk fills up during the sync.
        with files_limited_to(limit), pytest.raises(Exception, match="disk I/O error"):
            state = load_identity(con, fresh, "")
            _Sync(con, state, fresh, key, folder, _clock(), False).run()
    finally:
        con.close()
    assert Path(str(fresh) + "-journal").exists()  # half written, journal hot
    roll_back_here(fresh, key)
    assert not Path(str(fresh) + "-journal").exists()
    assert _intact(fresh)


def _clock():  # type: ignore[no-untyped-def]
    from mentorpad.clock import ManualClock

    return ManualClock()


# -- join -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_join_never_writes_over_or_through_anything(
    kind: str, sync_folder: Path, tmp_path: Path
) -> None:
    place = tmp_path / "new"
    place.mkdir()
    dest = make_kind(place / "joined.vault", kind)
    before = snapshot(dest)
    journals = _listing(sync_folder)
    result = cli("join", str(sync_folder), "--vault", str(dest))
    assert result.returncode == 9, result.stderr
    assert "already exists" in result.stderr and "never overwrites" in result.stderr
    assert snapshot(dest) == before and temps_in(place) == []
    assert _listing(sync_folder) == journals


def test_join_into_an_unwritable_folder(sync_folder: Path, tmp_path: Path) -> None:
    place = tmp_path / "locked"
    place.mkdir()
    journals = _listing(sync_folder)
    with unwritable(place):
        result = cli("join", str(sync_folder), "--vault", str(place / "joined.vault"))
        listing = os.listdir(place)
    assert result.returncode == 10, result.stderr
    assert "may not write in" in result.stderr
    assert listing == [] and _listing(sync_folder) == journals


def test_join_on_a_full_disk_leaves_nothing(sync_folder: Path, tmp_path: Path) -> None:
    place = tmp_path / "full"
    place.mkdir()
    journals = _listing(sync_folder)
    result = cli(
        "join",
        str(sync_folder),
        "--vault",
        str(place / "joined.vault"),
        preexec=partial(file_size_limit, 40_000),
    )
    assert result.returncode == 11, result.stderr
    assert "disk is full" in result.stderr
    assert os.listdir(place) == [] and _listing(sync_folder) == journals


# -- restore: unwritable folder, full disk --------------------------------------------------


@pytest.mark.parametrize("existing", [True, False])
def test_restore_into_an_unwritable_folder(
    existing: bool,
    vault_copy: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    backup = tmp_path / "backup.vault"
    backup.write_bytes(vault_copy.read_bytes())
    target = vault_copy if existing else vault_copy.with_name("restored.vault")
    vault_before = vault_copy.read_bytes()
    with unwritable(vault_copy.parent):
        result = cli("restore", str(backup), "--vault", str(target))
        listing = sorted(os.listdir(vault_copy.parent))
    assert result.returncode == 10, result.stderr
    assert "read-only disk or in a folder mentorpad may not write to" in result.stderr
    assert listing == ["v.vault"] and vault_copy.read_bytes() == vault_before


@pytest.mark.parametrize("existing", [True, False])
def test_restore_on_a_full_disk(
    existing: bool,
    vault_copy: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    backup = tmp_path / "backup.vault"
    backup.write_bytes(vault_copy.read_bytes())
    target = vault_copy if existing else vault_copy.with_name("restored.vault")
    vault_before = vault_copy.read_bytes()
    result = cli(
        "restore", str(backup), "--vault", str(target), preexec=partial(file_size_limit, 40_000)
    )
    assert result.returncode == 11, result.stderr
    assert "disk is full" in result.stderr
    assert vault_copy.read_bytes() == vault_before and temps_in(vault_copy.parent) == []
    assert not target.exists() or target == vault_copy
    assert [p for p in os.listdir(vault_copy.parent) if "before-restore" in p] == []


# -- --vault naming a link or a special file, on every command --------------------------------


def _argv(command: str, tmp_path: Path) -> tuple[str, ...]:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return {
        "backup": ("backup", str(out / "b.vault")),
        "passwd": ("passwd",),
        "report": ("report", "--mentee-id", "1", "--out", str(out / "r.md")),
        "sync": ("sync", str(out)),
        "check": ("check",),
    }[command]


@pytest.mark.parametrize("command", ["backup", "passwd", "report", "sync", "check"])
@pytest.mark.parametrize("kind", ["link", "dangling", "fifo", "folder", "device"])
def test_vault_option_never_opens_through_a_link_or_a_special_file(
    command: str,
    kind: str,
    vault_copy: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    place = tmp_path / "place"
    place.mkdir()
    dest = make_kind(place / "other.vault", kind)
    if kind == "link":  # a link to a real vault: refused too, the vault is untouched
        dest.unlink()
        dest.symlink_to(vault_copy)
    before = snapshot(dest)
    vault_before = vault_copy.read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorpad",
            *_argv(command, tmp_path),
            "--vault",
            str(dest),
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\nnew passphrase, long enough 12345\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        start_new_session=True,
    )
    assert result.returncode in (3, 5), result.stderr
    assert snapshot(dest) == before and temps_in(place) == []
    assert vault_copy.read_bytes() == vault_before
    assert sorted(os.listdir(vault_copy.parent)) == ["v.vault"]
    assert os.listdir(tmp_path / "out") == []
