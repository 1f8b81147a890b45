"""Nothing is ever overwritten: every CLI command that writes a file, against every kind of
existing destination, through the real CLI as a subprocess.

Each case checks the exit code and message, that the destination is byte for byte (and
link for link) as it was, and that no temporary file was left behind.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from mentorpad.models import Vault
from mentorpad.models.backups import restore_backup, write_rotating_backup
from mentorpad.models.crypto import VaultKey
from mentorpad.models.errors import CannotWrite, StorageFull, TargetExists
from mentorpad.models.files import clean_stale_temps, publish_bytes, temp_name
from mentorpad.models.store import Store
from mentorpad.models.vault import backup_id
from tests.conftest import PASSPHRASE, ROOT
from tests.no_replace import (
    KINDS,
    PRECIOUS,
    file_size_limit,
    make_kind,
    snapshot,
    temps_in,
    unwritable,
)


def cli(*args: str, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mentorpad", *args, "--passphrase-stdin"],
        input=PASSPHRASE + "\nAna Matrix\n",  # report --mentee-stdin: the name follows
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        start_new_session=True,
        preexec_fn=preexec,
    )


@pytest.fixture(scope="module")
def source_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with a mentee and enough text that its backup and reports are sizeable."""
    path = tmp_path_factory.mktemp("source") / "source.vault"
    vault = Vault.create(path, PASSPHRASE)
    try:
        store = Store(vault)
        mid = store.add_mentee("Ana Matrix")
        for day in range(1, 9):
            sid = store.add_session(mid, dt.datetime(2026, 3, day, 9))
            store.save_note(mid, sid, "notes", f"session {day} " + "words of the notes " * 3000)
            store.save_note(mid, sid, "summary", f"summary {day} " + "shared words " * 400)
            for n in range(20):  # commitments are in the report: it outgrows the size limit
                store.add_commitment(mid, f"commitment {day}.{n} " + "step " * 60, session_id=sid)
    finally:
        vault.close()
    return path


@pytest.fixture
def vault_copy(source_vault: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    folder.mkdir()
    copy = folder / "v.vault"
    copy.write_bytes(source_vault.read_bytes())
    copy.chmod(0o600)
    return copy


def _writers(vault: Path) -> dict[str, Callable[[Path], tuple[str, ...]]]:
    """command name -> argv that writes to a given destination."""
    return {
        "backup": lambda dest: ("backup", str(dest), "--vault", str(vault)),
        "init": lambda dest: ("init", "--vault", str(dest)),
        "report-md": lambda dest: (
            "report", "--vault", str(vault), "--mentee-stdin", "--format", "md",
            "--out", str(dest),
        ),
        "report-pdf": lambda dest: (
            "report", "--vault", str(vault), "--mentee-stdin", "--format", "pdf",
            "--out", str(dest),
        ),
    }  # fmt: skip


COMMANDS = ("backup", "init", "report-md", "report-pdf")
# A folder as the destination of `backup` means "put a new dated backup in it": the folder
# case for backup is a folder at the name the backup would take (see the test below).
CASES = [
    (command, kind)
    for command in COMMANDS
    for kind in KINDS
    if (command, kind) != ("backup", "folder")
]


@pytest.mark.parametrize(("command", "kind"), CASES)
def test_cli_never_writes_over_or_through_anything(
    command: str, kind: str, vault_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dest = make_kind(out / "target.file", kind)
    before = snapshot(dest)
    vault_before = vault_copy.read_bytes()
    result = cli(*_writers(vault_copy)[command](dest))
    assert result.returncode == 9, result.stderr
    assert "already exists" in result.stderr and "never overwrites" in result.stderr
    assert snapshot(dest) == before
    assert temps_in(out) == [] and temps_in(vault_copy.parent) == []
    assert vault_copy.read_bytes() == vault_before


def test_backup_to_a_folder_whose_dated_name_is_taken(vault_copy: Path, tmp_path: Path) -> None:
    """The dated name a backup picks can itself be taken (here by a folder): refused too."""
    with Vault.open(vault_copy, PASSPHRASE) as vault:
        folder = tmp_path / "backups"
        folder.mkdir()
        when = dt.datetime(2026, 5, 1, 12, 0, 0, 123456)
        for kind in KINDS[:-1]:
            name = f"mentorpad-backup-{backup_id(vault.key.salt)}-20260501-120000-123456.vault"
            taken = folder / name
            make_kind(taken, kind)
            before = snapshot(taken)
            with pytest.raises(TargetExists):
                write_rotating_backup(vault, folder, now=when)
            assert snapshot(taken) == before and temps_in(folder) == []
            _remove(taken)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            child.unlink()
        path.rmdir()
    else:
        path.unlink()
    for extra in path.parent.glob(path.name + ".*"):
        extra.unlink()


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_unwritable_folder(command: str, vault_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "locked"
    out.mkdir()
    with unwritable(out):
        result = cli(*_writers(vault_copy)[command](out / "new.file"))
        listing = os.listdir(out)
    assert result.returncode == 10, result.stderr
    assert "may not write in" in result.stderr
    assert listing == []


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_full_disk(command: str, vault_copy: Path, tmp_path: Path) -> None:
    """RLIMIT_FSIZE below the size of what is written: exit 11, nothing left, vault intact."""
    out = tmp_path / "out"
    out.mkdir()
    vault_before = vault_copy.read_bytes()
    result = cli(
        *_writers(vault_copy)[command](out / "new.file"), preexec=partial(file_size_limit, 40_000)
    )
    assert result.returncode == 11, result.stderr
    assert "disk is full" in result.stderr
    assert os.listdir(out) == []
    assert vault_copy.read_bytes() == vault_before


@pytest.mark.parametrize("kind", ["link", "dangling", "fifo", "folder", "device"])
def test_check_and_restore_refuse_a_vault_path_that_is_not_a_file(
    kind: str, vault_copy: Path, tmp_path: Path
) -> None:
    """--vault never opens, creates or writes through a link or a special file (a FIFO
    would block a naive open for ever)."""
    place = tmp_path / "place"
    place.mkdir()
    dest = make_kind(place / "other.vault", kind)
    if kind == "link":  # a link to a real vault: still refused, the vault is untouched
        dest.unlink()
        dest.symlink_to(vault_copy)
    before = snapshot(dest)
    vault_before = vault_copy.read_bytes()
    check = cli("check", "--vault", str(dest))
    assert check.returncode in (3, 5), check.stderr
    restore = cli("restore", str(vault_copy), "--vault", str(dest))
    assert restore.returncode in (5, 9), restore.stderr
    assert snapshot(dest) == before and temps_in(place) == []
    assert vault_copy.read_bytes() == vault_before
    assert sorted(os.listdir(vault_copy.parent)) == ["v.vault"]  # no lock, no -wal beside it


def test_planted_sidecar_link_is_refused(vault_copy: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(PRECIOUS)
    wal = Path(str(vault_copy) + "-wal")
    wal.symlink_to(victim)
    result = cli("check", "--vault", str(vault_copy))
    assert result.returncode == 5 and "never through a link" in result.stderr
    assert victim.read_bytes() == PRECIOUS and os.readlink(wal) == str(victim)


def test_restore_keeps_the_old_vault_under_a_free_name(vault_copy: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.vault"
    backup.write_bytes(vault_copy.read_bytes())
    old = vault_copy.read_bytes()
    first = restore_backup(backup, vault_copy, passphrase=PASSPHRASE)
    restored = vault_copy.read_bytes()
    second = restore_backup(backup, vault_copy, passphrase=PASSPHRASE)
    assert first and second and first != second  # same second: -2, never over the first
    assert first.read_bytes() == old and second.read_bytes() == restored
    assert temps_in(vault_copy.parent) == []


def test_restore_reads_the_backup_only(vault_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    backup = folder / "b.vault"
    backup.write_bytes(vault_copy.read_bytes())
    restore_backup(backup, tmp_path / "restored.vault", passphrase=PASSPHRASE)
    assert os.listdir(folder) == ["b.vault"]  # no lock, -wal or -shm beside the backup


def test_rotation_deletes_only_its_own_backups(tmp_path: Path, raw_key: VaultKey) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    strangers = {
        "mentorpad-backup-00000000-000000-000000.vault": PRECIOUS * 200,  # our name, not ours
        "mentorpad-backup-00000000-000000-000001.vault": b"\0" * 4096,  # whole page, wrong salt
        "notes.txt": PRECIOUS,
    }
    for name, data in strangers.items():
        (folder / name).write_bytes(data)
    (folder / "mentorpad-backup-00000000-000000-000002.vault").symlink_to(folder / "notes.txt")
    with Vault.create(tmp_path / "v.vault", key=raw_key) as vault:
        for second in range(4):
            write_rotating_backup(vault, folder, keep=2, now=dt.datetime(2026, 1, 1, 0, 0, second))
    own = f"mentorpad-backup-{backup_id(raw_key.salt)}"
    ours = sorted(p.name for p in folder.glob(f"{own}-*"))
    assert ours == [f"{own}-20260101-000002-000000.vault", f"{own}-20260101-000003-000000.vault"]
    for name, data in strangers.items():
        assert (folder / name).read_bytes() == data
    assert (folder / "mentorpad-backup-00000000-000000-000002.vault").is_symlink()


# -- kill -9 ------------------------------------------------------------------------------

_KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from mentorpad.models import files

    dest = Path(sys.argv[1])
    mode = sys.argv[2]
    real_fsync = os.fsync

    def die(fd):
        os.kill(os.getpid(), signal.SIGKILL)

    os.fsync = die  # killed after the data is written, before it has a name
    if mode == "named":
        files.publish_built(dest, lambda tmp: tmp.write_bytes(b"half a backup"))
    else:
        files.publish_bytes(dest, b"plaintext of a report " * 1000)
    """
)


@pytest.mark.parametrize("mode", ["named", "anonymous"])
def test_kill_9_mid_write_leaves_nothing_after_the_next_start(mode: str, vault_copy: Path) -> None:
    folder = vault_copy.parent
    dest = folder / "export.md"
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_WRITER, str(dest), mode], cwd=ROOT, timeout=60
    )
    assert child.returncode == -signal.SIGKILL
    assert not dest.exists()
    left = temps_in(folder)
    if mode == "anonymous" and sys.platform.startswith("linux"):
        assert left == []  # O_TMPFILE: the plaintext never had a name
    else:
        assert len(left) == 1
    # The next start (any command on this vault) cleans what a dead process left.
    assert cli("check", "--vault", str(vault_copy)).returncode == 0
    assert temps_in(folder) == []


def test_stale_temps_of_live_processes_and_strangers_are_kept(tmp_path: Path) -> None:
    mine = temp_name(tmp_path)
    mine.write_bytes(b"in flight")
    dead = tmp_path / ".mentorpad-999999999-0123456789abcdef.tmp"
    dead.write_bytes(b"stale")
    lookalike = tmp_path / ".mentorpad-999999999-notours.tmp"
    lookalike.write_bytes(PRECIOUS)
    assert clean_stale_temps([tmp_path]) == [dead]
    assert mine.exists() and lookalike.read_bytes() == PRECIOUS


def test_publish_refuses_before_writing_and_reports_the_kind(tmp_path: Path) -> None:
    for kind in KINDS:
        dest = make_kind(tmp_path / f"taken-{kind}", kind)
        with pytest.raises(TargetExists) as refused:
            publish_bytes(dest, b"new")
        assert refused.value.kind == {"dangling": "dangling-link"}.get(kind, kind)
    with pytest.raises(CannotWrite):
        publish_bytes(tmp_path / "no-such-folder" / "x.md", b"new")
    with pytest.raises(StorageFull):
        _with_file_limit(lambda: publish_bytes(tmp_path / "big.md", b"x" * 100_000))
    assert temps_in(tmp_path) == [] and not (tmp_path / "big.md").exists()


def _with_file_limit(action: Callable[[], object]) -> None:
    import resource

    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, hard))
    try:
        action()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)


def test_new_files_are_private(tmp_path: Path) -> None:
    path = publish_bytes(tmp_path / "r.md", b"x")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_name_too_long_to_look_up_is_explained_never_a_traceback(tmp_path: Path) -> None:
    # Longer than PATH_MAX although every folder name is short: lstat fails (ENAMETOOLONG).
    too_long = tmp_path.joinpath(*["d"] * 2100)
    for write in (
        lambda: publish_bytes(too_long / "r.md", b"new"),
        lambda: Vault.create(too_long / "v.vault", key=VaultKey(b"k" * 32, b"s" * 16)),
    ):
        with pytest.raises(CannotWrite) as refused:
            write()
        assert refused.value.reason == "name-too-long"
    made = cli("init", "--vault", str(too_long / "v.vault"))
    assert made.returncode == 10, made.stderr
    assert "too long for this disk" in made.stderr and "Traceback" not in made.stderr
    assert os.listdir(tmp_path) == []
