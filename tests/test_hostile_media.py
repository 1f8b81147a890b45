"""Honest messages about the disk, never "damaged" for an intact vault: a nearly full disk,
read-only media, and a wrong passphrase on a vault with a leftover -wal (which must not be
folded in: the files stay byte for byte, mtime for mtime, as they were).

A full disk is RLIMIT_FSIZE in the child (what SQLite sees is the same short write as on a
full disk; a real small filesystem would need root to mount). Read-only media are a folder
and files nobody may write: chmod for a normal user; root ignores modes, so for root they
are made immutable (FS_IOC_SETFLAGS), which binds root too.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import struct
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from mentorpad.models import Vault, WrongPassphrase
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE, ROOT
from tests.no_replace import file_size_limit

WRONG = "not the passphrase at all"
_GETFLAGS, _SETFLAGS, _IMMUTABLE = 0x80086601, 0x40086602, 0x10

_KILLED_WHILE_OPEN = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from mentorpad.models import Vault
    from mentorpad.models.store import Store
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    Store(vault).add_mentee("Only In The Wal")
    os._exit(0)  # as if killed: no checkpoint, the change lives in the -wal only
    """
)


@pytest.fixture(scope="module")
def made_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("made") / "v.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        Store(vault).add_mentee("Ana Matrix")
    return path


@pytest.fixture
def vault_file(made_vault: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "medium"
    folder.mkdir()
    path = folder / "v.vault"
    shutil.copyfile(made_vault, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def with_wal(vault_file: Path) -> Path:
    """The vault of a writer that died: its last change is only in the -wal."""
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_WHILE_OPEN, str(vault_file), PASSPHRASE],
        cwd=ROOT,
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert child.returncode == 0, child.stderr
    assert Path(str(vault_file) + "-wal").stat().st_size > 0
    return vault_file


def cli(
    *args: str, stdin: str = PASSPHRASE + "\n", **kwargs: object
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "mentorpad", *args, "--passphrase-stdin"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        start_new_session=True,
        **kwargs,  # type: ignore[call-overload]
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result  # type: ignore[no-any-return]


def state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime: what "nothing was changed" means (but the empty lock
    file, which stays beside a vault once it was opened, by design)."""
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if not p.name.endswith(".lock")
    }


def _set_immutable(path: Path, on: bool) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        (flags,) = struct.unpack("l", fcntl.ioctl(fd, _GETFLAGS, struct.pack("l", 0)))
        flags = flags | _IMMUTABLE if on else flags & ~_IMMUTABLE
        fcntl.ioctl(fd, _SETFLAGS, struct.pack("l", flags))
    finally:
        os.close(fd)


@contextlib.contextmanager
def read_only_medium(folder: Path) -> Iterator[Path]:
    """The folder and every file in it cannot be written, by anyone (root included)."""
    items = [*sorted(p for p in folder.iterdir() if p.is_file()), folder]
    modes = {p: p.stat().st_mode & 0o777 for p in items}
    for item in items:
        if os.geteuid() == 0:
            _set_immutable(item, True)
        else:
            item.chmod(0o555 if item.is_dir() else 0o444)
    try:
        yield folder
    finally:
        for item in reversed(items):
            if os.geteuid() == 0:
                _set_immutable(item, False)
            else:
                item.chmod(modes[item])


# -- a nearly full disk ----------------------------------------------------------------------


def test_an_intact_vault_on_a_nearly_full_disk_is_not_reported_damaged(
    vault_file: Path, tmp_path: Path
) -> None:
    """The issue's case: exit 6 "restore a backup" for a vault that was fine."""
    full = partial(file_size_limit, 4096)  # not even SQLite's -shm index fits
    before = state(vault_file.parent)
    check = cli("check", "--vault", str(vault_file), preexec_fn=full)
    assert check.returncode == 0, check.stderr
    assert "intact" in check.stdout and "disk is (nearly) full" in check.stderr
    passwd = cli(
        "passwd",
        "--vault",
        str(vault_file),
        stdin=f"{PASSPHRASE}\nan other long passphrase 42\n",
        preexec_fn=full,
    )
    assert passwd.returncode == 11, passwd.stderr
    assert "The disk is full" in passwd.stderr and "intact" in passwd.stderr
    for result in (check, passwd):
        assert "damaged" not in result.stderr and "incomplete" not in result.stderr
        assert "Restore a backup" not in result.stderr
    assert state(vault_file.parent) == before
    assert cli("check", "--vault", str(vault_file)).returncode == 0


def test_a_passphrase_change_without_room_changes_nothing(vault_file: Path) -> None:
    """Room for the -shm but not for the rewrite: said as a full disk before anything is
    written, never as "busy"; the old passphrase still opens the vault."""
    before = vault_file.read_bytes()
    passwd = cli(
        "passwd",
        "--vault",
        str(vault_file),
        stdin=f"{PASSPHRASE}\nan other long passphrase 42\n",
        preexec_fn=partial(file_size_limit, 100_000),
    )
    assert passwd.returncode == 11, passwd.stderr
    assert "passphrase was not changed" in passwd.stderr and "busy" not in passwd.stderr
    assert vault_file.read_bytes() == before
    assert not Path(str(vault_file) + "-wal").exists() or (
        Path(str(vault_file) + "-wal").stat().st_size == 0
    )
    assert cli("check", "--vault", str(vault_file)).returncode == 0


# -- read-only media -------------------------------------------------------------------------


def test_check_and_restore_on_read_only_media(vault_file: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.vault"
    shutil.copyfile(vault_file, backup)
    with read_only_medium(vault_file.parent) as folder:
        before = state(folder)
        check = cli("check", "--vault", str(vault_file))
        assert check.returncode == 0, check.stderr  # reading needs no write at all
        assert "intact" in check.stdout
        restore = cli("restore", str(backup), "--vault", str(vault_file))
        assert restore.returncode == 10, restore.stderr
        assert "read-only" in restore.stderr and "nothing was changed" in restore.stderr
        passwd = cli(
            "passwd", "--vault", str(vault_file), stdin=f"{PASSPHRASE}\nan other long one 42\n"
        )
        assert passwd.returncode == 10, passwd.stderr
        assert "read-only" in passwd.stderr
        assert state(folder) == before
        assert not list(tmp_path.glob("*.before-restore-*"))


def test_check_on_read_only_media_with_a_leftover_wal(with_wal: Path) -> None:
    with read_only_medium(with_wal.parent) as folder:
        before = state(folder)
        check = cli("check", "--vault", str(with_wal))
        assert check.returncode in (0, 10), check.stderr
        if check.returncode == 10:  # the -wal cannot be read without its index: said so
            assert "-wal" in check.stderr and "read-only" in check.stderr
        assert "damaged" not in check.stderr
        assert state(folder) == before


def test_a_vault_on_read_only_media_opens_read_only(vault_file: Path) -> None:
    with (
        read_only_medium(vault_file.parent),
        Vault.open(vault_file, PASSPHRASE, read_only=True) as vault,
    ):
        assert vault.read_only
        assert Store(vault).find_mentee("Ana Matrix") is not None


# -- a wrong passphrase on a vault with a leftover -wal --------------------------------------


def test_a_wrong_passphrase_never_folds_in_a_leftover_wal(with_wal: Path, tmp_path: Path) -> None:
    folder = with_wal.parent
    before = state(folder)
    assert {"v.vault", "v.vault-wal"} <= set(before)
    (tmp_path / "out").mkdir()
    for args in (
        ("check",),
        ("backup", str(tmp_path / "out")),
        ("passwd",),
        ("report", "--mentee-id", "1", "--out", str(tmp_path / "out" / "r.md")),
    ):
        result = cli(*args, "--vault", str(with_wal), stdin=f"{WRONG}\n")
        assert result.returncode == 4, (args, result.stderr)
        assert state(folder) == before, args
    with pytest.raises(WrongPassphrase):
        Vault.open(with_wal, WRONG)
    assert state(folder) == before
    assert os.listdir(tmp_path / "out") == []
    # The right passphrase still finds the change that lived in the -wal only.
    with Vault.open(with_wal, PASSPHRASE) as vault:
        assert Store(vault).find_mentee("Only In The Wal") is not None
