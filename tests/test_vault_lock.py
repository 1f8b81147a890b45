"""One lock per vault file, whatever name it is reached by, honoured by every command.

A real second process holds the vault open (as the app does) while the real CLI runs.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from mentorpad.models import Vault, VaultInUse
from mentorpad.models.lockfile import ProcessLock, _same_file
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE, ROOT, run_cli

_HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from mentorpad.models import Vault
    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    vault.close()
    """
)


@pytest.fixture(scope="module")
def made_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A vault with a passphrase (made once: the KDF is slow) and a backup of it."""
    folder = tmp_path_factory.mktemp("made")
    path = folder / "v.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        Store(vault).add_mentee("Ana Matrix")
        backup = vault.backup_to(folder / "b.vault")
    return path, backup


@pytest.fixture
def vault_file(made_vault: tuple[Path, Path], tmp_path: Path) -> Path:
    real = tmp_path / "real"
    real.mkdir()
    path = real / "v.vault"
    path.write_bytes(made_vault[0].read_bytes())
    path.chmod(0o600)
    return path


@contextmanager
def held_open(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the vault open, until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n", (
            holder.stderr.read() if holder.stderr else ""
        )
        yield holder
    finally:
        if holder.poll() is None:
            holder.communicate("\n", timeout=60)


def _cli(command: str, vault: Path, *extra: str, stdin: str = PASSPHRASE + "\n") -> tuple[int, str]:
    result = run_cli(command, *extra, "--vault", str(vault), "--passphrase-stdin", stdin=stdin)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stderr


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in the folder with its bytes and mtime (nothing swapped, nothing added)."""
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))  # the holder's own
    }


def test_every_command_refuses_a_vault_open_in_another_process(
    vault_file: Path, made_vault: tuple[Path, Path], tmp_path: Path
) -> None:
    backup = made_vault[1]
    (tmp_path / "backups").mkdir()
    with held_open(vault_file):
        before = _state(vault_file.parent)
        commands = {
            "restore": _cli("restore", vault_file, str(backup)),
            "check": _cli("check", vault_file),
            "backup": _cli("backup", vault_file, str(tmp_path / "backups")),
            "passwd": _cli("passwd", vault_file, stdin=f"{PASSPHRASE}\nan other long phrase 42\n"),
            "report": _cli(
                "report", vault_file, "--mentee-id", "1", "--out", str(tmp_path / "r.md")
            ),
            "sync": _cli("sync", vault_file, str(tmp_path / "sync")),
        }
        for name, (code, stderr) in commands.items():
            assert code == 8, (name, stderr)
            assert "open in another mentorpad window or command" in stderr, name
        assert _state(vault_file.parent) == before  # no swap, no kept copy, no new file
        assert list((tmp_path / "backups").iterdir()) == []
        assert not (tmp_path / "r.md").exists()
    code, stderr = _cli("restore", vault_file, str(backup))  # closed there: now it may
    assert code == 0, stderr
    assert len(list(vault_file.parent.glob("v.before-restore-*.vault"))) == 1


def test_a_symlinked_folder_reaches_the_same_lock(
    vault_file: Path, made_vault: tuple[Path, Path], tmp_path: Path
) -> None:
    """The issue's bypass: the app opened the vault by one name, restore used another."""
    linked_folder = tmp_path / "linked"
    linked_folder.symlink_to(vault_file.parent, target_is_directory=True)
    through_link = linked_folder / vault_file.name
    with held_open(through_link):
        before = _state(vault_file.parent)
        code, stderr = _cli("restore", vault_file, str(made_vault[1]))
        assert code == 8, stderr
        assert _state(vault_file.parent) == before
    with held_open(vault_file):
        code, stderr = _cli("restore", through_link, str(made_vault[1]))
        assert code == 8, stderr
        code, stderr = _cli("check", through_link)
        assert code == 8, stderr
    assert not any(p.name.endswith(".lock") for p in linked_folder.iterdir() if p.is_symlink())


def test_a_linked_vault_file_is_refused_and_a_hard_link_shares_the_lock(
    vault_file: Path, tmp_path: Path
) -> None:
    link = tmp_path / "link.vault"
    link.symlink_to(vault_file)
    hard = vault_file.parent / "second-name.vault"
    os.link(vault_file, hard)
    with held_open(vault_file):
        code, stderr = _cli("check", link)
        assert code == 5 and "symbolic link" in stderr  # a linked file is never opened at all
        code, stderr = _cli("check", hard)  # a second name of the same file: the same lock
        assert code == 8, stderr
        with pytest.raises(VaultInUse):  # and in the same process, by another name
            Vault.open(hard, PASSPHRASE)


def test_a_killed_holder_frees_the_vault(vault_file: Path) -> None:
    """The OS drops the locks of a process that dies (kill -9): no stale lock to clear."""
    with held_open(vault_file) as holder:
        assert _cli("check", vault_file)[0] == 8
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=60)
    code, stderr = _cli("check", vault_file)
    assert code == 0, stderr


def test_a_refused_restore_to_a_free_name_leaves_nothing_behind(
    made_vault: tuple[Path, Path], tmp_path: Path
) -> None:
    """A wrong passphrase for a restore to a new name: no vault and no lock file left."""
    target = tmp_path / "new.vault"
    code, stderr = _cli("restore", target, str(made_vault[1]), stdin="not the passphrase\n")
    assert code == 4, stderr
    assert list(tmp_path.iterdir()) == []
    code, stderr = _cli("restore", target, str(made_vault[1]))
    assert code == 0, stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.vault", "new.vault.lock"]


def test_a_lock_on_a_free_name_still_excludes_and_leaves_no_file(tmp_path: Path) -> None:
    """Removing the lock file when no vault came of it must not let a second holder in: a
    process that opened the old file before it went finds, once locked, a dead name."""
    target = tmp_path / "free.vault"
    first = ProcessLock(target)
    first.acquire()
    with pytest.raises(VaultInUse):
        ProcessLock(target).acquire()
    late = ProcessLock(target)
    handle = late._open_beside()  # opened while the first still holds it
    assert handle is not None
    first.release()
    assert list(tmp_path.iterdir()) == []
    late._lock(handle)  # the lock of the removed file: worth nothing
    assert not _same_file(handle, late.path)
    late.release()
    with ProcessLock(target):
        assert (tmp_path / "free.vault.lock").exists()
        with pytest.raises(VaultInUse):
            ProcessLock(target).acquire()
    assert list(tmp_path.iterdir()) == []
