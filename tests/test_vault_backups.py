"""Backups per vault: the demo and a second vault in the same folder never delete, list or
count the real vault's backups; kept copies of a restore never replace one another."""

from __future__ import annotations

import datetime as dt
import secrets
from pathlib import Path

from mentorpad.clock import ManualClock
from mentorpad.demo import build_demo_vault
from mentorpad.models import Vault, VaultKey
from mentorpad.models.backups import (
    backups_of,
    list_backups,
    restore_backup,
    write_rotating_backup,
)
from mentorpad.models.crypto import KEY_BYTES, SALT_BYTES
from mentorpad.models.paths import default_backup_dir
from mentorpad.models.store import Store
from mentorpad.models.vault import backup_file_name, backup_id
from tests.conftest import PASSPHRASE, run_cli

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)


def _key() -> VaultKey:
    return VaultKey(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))


def _snapshot(paths: list[Path]) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in paths}


def test_ten_demo_and_second_vault_backups_leave_the_real_ones(tmp_path: Path) -> None:
    """The issue's case: every vault rotated in one folder, keeping 10 across all of them."""
    folder = default_backup_dir()  # where every vault writes without a setting of its own
    real_key, other_key = _key(), _key()
    with Vault.create(tmp_path / "real.vault", key=real_key) as real:
        Store(real).add_mentee("Real Mentee")
        for minute in range(3):
            write_rotating_backup(real, folder, now=T0 + dt.timedelta(minutes=minute))
    real_backups = list_backups(folder, real_key.salt)
    assert len(real_backups) == 3
    before = _snapshot(real_backups)

    demo = build_demo_vault(tmp_path / "demo.vault", passphrase=PASSPHRASE)
    try:
        for lock in range(10):  # ten demo locks, each after a change
            Store(demo).add_mentee(f"Demo {lock}")
            # The first three at the very times of the real vault's (two windows locked by
            # the same system sleep): each vault's name is its own, nothing collides.
            write_rotating_backup(demo, folder, now=T0 + dt.timedelta(minutes=lock))
        demo_salt = demo.key.salt
    finally:
        demo.close()
    with Vault.create(tmp_path / "second.vault", key=other_key) as second:
        for lock in range(12):
            when = T0 + dt.timedelta(hours=2, minutes=lock)
            write_rotating_backup(second, folder, keep=10, now=when)

    assert _snapshot(list_backups(folder, real_key.salt)) == before
    assert len(list_backups(folder, demo_salt)) == 10
    assert len(list_backups(folder, other_key.salt)) == 10
    assert all(name.startswith(f"mentorpad-backup-{backup_id(real_key.salt)}-") for name in before)


def test_the_listing_shows_only_the_vaults_own(tmp_path: Path, raw_key: VaultKey) -> None:
    folder = tmp_path / "backups"
    other = _key()
    with Vault.create(tmp_path / "a.vault", key=raw_key) as a:
        mine = [write_rotating_backup(a, folder, now=T0 + dt.timedelta(minutes=m)) for m in (0, 5)]
        # A backup from before names carried the vault's id still belongs to this vault.
        legacy = a.backup_to(folder / backup_file_name(T0 - dt.timedelta(days=1)))
    with Vault.create(tmp_path / "b.vault", key=other) as b:
        theirs = write_rotating_backup(b, folder, now=T0 + dt.timedelta(minutes=9))
        # Another vault's file renamed to carry this vault's id is still not this vault's.
        disguised = b.backup_to(
            folder / backup_file_name(T0 + dt.timedelta(minutes=1), salt=raw_key.salt)
        )
    listed = backups_of(folder, raw_key.salt)
    assert [b.path for b in listed] == [mine[1], mine[0], legacy]  # newest first
    assert listed[0].made == T0 + dt.timedelta(minutes=5)
    assert listed[0].size == mine[1].stat().st_size
    assert theirs not in list_backups(folder, raw_key.salt)
    assert disguised not in list_backups(folder, raw_key.salt)
    assert [b.path for b in backups_of(folder, other.salt)] == [theirs]  # the id must match too


def test_rotation_keeps_another_vaults_backups_with_the_same_id_in_the_name(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    """Rotation verifies each file's salt, not only its name: a stranger named like ours stays."""
    folder = tmp_path / "backups"
    other = _key()
    with Vault.create(tmp_path / "b.vault", key=other) as b:
        stranger = b.backup_to(
            folder / backup_file_name(T0 - dt.timedelta(days=3), salt=raw_key.salt)
        )
    data = stranger.read_bytes()
    with Vault.create(tmp_path / "a.vault", key=raw_key) as a:
        for minute in range(4):
            write_rotating_backup(a, folder, keep=2, now=T0 + dt.timedelta(minutes=minute))
    assert stranger.read_bytes() == data
    assert len(list_backups(folder, raw_key.salt)) == 2


def test_two_restores_in_the_same_second_keep_both_originals(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "v.vault"
    with Vault.create(path, key=raw_key) as vault:
        Store(vault).add_mentee("First State")
        backup = vault.backup_to(tmp_path / "b.vault")
        Store(vault).add_mentee("Second State")
    original = path.read_bytes()
    clock = ManualClock(T0)  # both restores see the very same second
    first = restore_backup(backup, path, key=raw_key, clock=clock)
    restored = path.read_bytes()
    with Vault.open(path, key=raw_key) as vault:
        Store(vault).add_mentee("After The First Restore")
    changed = path.read_bytes()
    second = restore_backup(backup, path, key=raw_key, clock=clock)
    assert first is not None and second is not None and first != second
    assert first.read_bytes() == original
    assert second.read_bytes() == changed != restored
    with Vault.open(second, key=raw_key) as kept:
        assert Store(kept).find_mentee("After The First Restore") is not None
    third = restore_backup(backup, path, key=raw_key, clock=clock)
    assert third is not None and len({first, second, third}) == 3
    assert first.read_bytes() == original  # never replaced by a later one


def test_cli_restore_lists_only_this_vaults_backups(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    init = run_cli("init", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert init.returncode == 0, init.stderr
    folder = tmp_path / "backups"
    folder.mkdir()
    made = run_cli(
        "backup", str(folder), "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert made.returncode == 0, made.stderr
    with Vault.create(tmp_path / "other.vault", key=_key()) as other:
        theirs = write_rotating_backup(other, folder, now=T0)
    (mine,) = [p for p in folder.iterdir() if p != theirs]

    listing = run_cli("restore", "--list", "--from", str(folder), "--vault", str(path))
    assert listing.returncode == 0, listing.stderr
    assert mine.name in listing.stdout and theirs.name not in listing.stdout

    chosen = run_cli(
        "restore",
        "--from",
        str(folder),
        "--vault",
        str(path),
        "--passphrase-stdin",
        stdin=f"1\n{PASSPHRASE}\n",  # the number from the list, then the backup's passphrase
    )
    assert chosen.returncode == 0, chosen.stderr
    assert theirs.name not in chosen.stderr and mine.name in chosen.stderr
    assert "Restored" in chosen.stdout and len(list(tmp_path.glob("v.before-restore-*"))) == 1

    empty = run_cli("restore", "--list", "--from", str(tmp_path / "none"), "--vault", str(path))
    assert empty.returncode == 0 and "no backups of this vault" in empty.stdout
