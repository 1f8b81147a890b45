"""The real CLI, waiting for a passphrase on a terminal, is hardened like the app: no core
dumps and not dumpable (so no other process of the user can attach to it or read its memory).

Read from outside, as an attacker would: /proc/<pid>/status (asleep, waiting), its limits
for the core size, and /proc/<pid>/mem, which the kernel lets another process of the same user
open only on a dumpable process. Root may read anything (CAP_SYS_PTRACE), so both the CLI
and the reader are started without that capability; a plain Python process waiting the same
way is the control.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import pty
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE, ROOT, run_cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")

PR_CAPBSET_DROP = 24
CAP_SYS_PTRACE = 19


def _without_ptrace_capability() -> None:
    """preexec_fn: the exec'd program lacks CAP_SYS_PTRACE even as root (a normal user has
    no capabilities to drop)."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_CAPBSET_DROP, CAP_SYS_PTRACE, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "PR_CAPBSET_DROP")


class Terminal:
    """The pseudo-terminal a child runs on: what it printed, and typing to it."""

    def __init__(self, master: int, pid: int) -> None:
        self.master, self.pid, self.seen = master, pid, b""

    def wait_for(self, text: bytes) -> None:
        """Until the child has printed `text` (a prompt: it now waits for input)."""
        while text not in self.seen:
            readable, _, _ = select.select([self.master], [], [], 120)
            assert readable, f"no {text!r}; output so far: {self.seen!r}"
            try:
                chunk = os.read(self.master, 4096)
            except OSError:  # the child is gone and the terminal closed
                chunk = b""
            assert chunk, f"no {text!r}; output: {self.seen!r}"
            self.seen += chunk

    def type(self, line: str) -> None:
        os.write(self.master, line.encode() + b"\n")


@contextlib.contextmanager
def on_a_terminal(argv: list[str]) -> Iterator[Terminal]:
    """Run argv on a new pseudo-terminal, as a mentor types commands."""
    master, slave = pty.openpty()
    child = subprocess.Popen(
        argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        start_new_session=True,
        preexec_fn=_without_ptrace_capability,
    )
    os.close(slave)
    try:
        yield Terminal(master, child.pid)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
        os.close(master)


def memory_readable_by_another_process(pid: int) -> bool:
    reader = subprocess.run(
        [sys.executable, "-c", f"open('/proc/{pid}/mem', 'rb').close()"],
        capture_output=True,
        text=True,
        preexec_fn=_without_ptrace_capability,
        timeout=60,
    )
    if reader.returncode:
        assert "PermissionError" in reader.stderr, reader.stderr
    return reader.returncode == 0


def _asleep(pid: int) -> str:
    """/proc/<pid>/status once the process sleeps in its read (the prompt is printed just
    before the read starts)."""
    for _ in range(10_000):
        status = Path(f"/proc/{pid}/status").read_text()
        if "\nState:\tS" in status:
            return status
        select.select([], [], [], 0.01)
    raise AssertionError(f"never waiting for input: {status}")


def core_limit(pid: int) -> tuple[str, str]:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.split()[4:6]
            return soft, hard
    raise AssertionError("no core size in /proc/<pid>/limits")


def test_cli_waiting_for_input_is_hardened(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    Vault.create(path, key=raw_key).close()
    control = [sys.executable, "-c", "import getpass; getpass.getpass('Waiting: ')"]
    with on_a_terminal(control) as terminal:
        terminal.wait_for(b"Waiting: ")
        assert memory_readable_by_another_process(terminal.pid)  # the reader tells them apart
    cli = [sys.executable, "-m", "mentorpad", "passwd", "--vault", str(path)]
    with on_a_terminal(cli) as terminal:
        terminal.wait_for(b"Passphrase: ")
        status = _asleep(terminal.pid)
        assert "\nTracerPid:\t0\n" in status
        assert core_limit(terminal.pid) == ("0", "0")
        assert not memory_readable_by_another_process(terminal.pid)


@pytest.fixture(scope="module")
def named_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("named") / "v.vault"
    with Vault.create(path, PASSPHRASE) as vault:
        store = Store(vault)
        store.add_mentee("Alice Archer")
        store.add_mentee("Secret Person")
    return path


def _id_of(vault: Path, name: str) -> int:
    with Vault.open(vault, PASSPHRASE) as opened:
        mentee = Store(opened).find_mentee(name)
    assert mentee is not None
    return mentee.id


def test_report_asks_for_the_mentee_after_the_unlock(named_vault: Path, tmp_path: Path) -> None:
    """Without a choice in argv: the mentees are listed on the terminal and one is picked by
    its number; the name is never in the command line that `ps` shows."""
    out = tmp_path / "r.md"
    argv = [sys.executable, "-m", "mentorpad", "report", "--vault", str(named_vault)]
    with on_a_terminal([*argv, "--out", str(out)]) as terminal:
        terminal.wait_for(b"Passphrase: ")
        terminal.type(PASSPHRASE)
        terminal.wait_for(b"Number of the mentee to report on: ")
        assert b"Secret Person" in terminal.seen and b"Alice Archer" in terminal.seen
        cmdline = Path(f"/proc/{terminal.pid}/cmdline").read_bytes()
        assert b"Secret" not in cmdline and b"Alice" not in cmdline
        listed = terminal.seen.decode().splitlines()
        number = next(line.split()[0] for line in listed if "Secret Person" in line)
        terminal.type(number)
        terminal.wait_for(b"Report written")
    assert "Secret Person" in out.read_text()


def test_report_by_id_and_the_name_in_argv_refused(named_vault: Path, tmp_path: Path) -> None:
    by_id = run_cli(
        "report",
        "--vault",
        str(named_vault),
        "--passphrase-stdin",
        "--mentee-id",
        str(_id_of(named_vault, "Secret Person")),
        "--out",
        str(tmp_path / "by-id.md"),
        stdin=PASSPHRASE + "\n",
    )
    assert by_id.returncode == 0, by_id.stderr
    assert "Secret Person" in (tmp_path / "by-id.md").read_text()
    unknown = run_cli(
        "report",
        "--vault",
        str(named_vault),
        "--passphrase-stdin",
        "--mentee-id",
        "99",
        "--out",
        str(tmp_path / "none.md"),
        stdin=PASSPHRASE + "\n",
    )
    assert unknown.returncode == 2 and "no mentee with id 99" in unknown.stderr
    in_argv = run_cli(
        "report",
        "--vault",
        str(named_vault),
        "--mentee",
        "Secret Person",
        "--out",
        str(tmp_path / "x.md"),
    )
    assert in_argv.returncode == 2 and "can be read by every user" in in_argv.stderr
    assert "Secret Person" not in in_argv.stderr  # not echoed back either
    assert not (tmp_path / "x.md").exists() and not (tmp_path / "none.md").exists()
