"""The real CLI, as a subprocess: init, check, backup, passwd, exit codes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.conftest import PASSPHRASE, run_cli

NEW = "a completely different passphrase"


def _init(path: Path) -> None:
    result = run_cli("init", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert "Created an encrypted vault" in result.stdout


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("mentorpad ")


def test_help_documents_exit_codes() -> None:
    result = run_cli("--help")
    assert "exit codes:" in result.stdout and "wrong passphrase" in result.stdout


def test_init_check_backup_passwd(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    _init(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    check = run_cli("check", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert check.returncode == 0, check.stderr
    assert "intact" in check.stdout

    dest = tmp_path / "backups"
    dest.mkdir()
    backup = run_cli(
        "backup", str(dest), "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert backup.returncode == 0, backup.stderr
    (written,) = dest.glob("mentorpad-backup-*.vault")  # a folder gets a new, dated file
    assert str(written) in backup.stdout

    passwd = run_cli(
        "passwd", "--vault", str(path), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{NEW}\n"
    )
    assert passwd.returncode == 0, passwd.stderr
    old = run_cli("check", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert old.returncode == 4
    new = run_cli("check", "--vault", str(path), "--passphrase-stdin", stdin=NEW + "\n")
    assert new.returncode == 0


def test_check_wrong_passphrase_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    _init(path)
    wrong = run_cli("check", "--vault", str(path), "--passphrase-stdin", stdin="nope nope nope\n")
    assert wrong.returncode == 4
    assert "Wrong passphrase" in wrong.stderr
    assert "hmac" not in wrong.stderr.lower()
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF
    path.write_bytes(bytes(data))
    damaged = run_cli("check", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert damaged.returncode == 6
    assert "damaged" in damaged.stderr


def test_missing_vault_and_no_terminal(tmp_path: Path) -> None:
    missing = run_cli(
        "check", "--vault", str(tmp_path / "none.vault"), "--passphrase-stdin", stdin="x\n"
    )
    assert missing.returncode == 3
    assert not (tmp_path / "none.vault").exists()
    _init(tmp_path / "v.vault")
    no_tty = run_cli("check", "--vault", str(tmp_path / "v.vault"))
    assert no_tty.returncode == 2
    assert "--passphrase-stdin" in no_tty.stderr


def test_init_refuses_weak_and_existing(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    weak = run_cli("init", "--vault", str(path), "--passphrase-stdin", stdin="abc\n")
    assert weak.returncode == 2
    assert not path.exists()
    _init(path)
    again = run_cli("init", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.returncode == 9


def test_passphrase_never_accepted_from_argv() -> None:
    result = run_cli("check", "--passphrase", "x")
    assert result.returncode == 2


def test_cli_imports_no_qt(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    _init(path)
    code = (
        "import sys, runpy; sys.argv=['mentorpad','check','--vault',sys.argv[1],"
        "'--passphrase-stdin'];\n"
        "from mentorpad.cli import main\n"
        "rc = main(sys.argv[1:])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
        "sys.exit(rc)"
    )
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr


def test_restore_keeps_the_current_vault(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    _init(path)
    backups = tmp_path / "b"
    backups.mkdir()
    assert (
        run_cli(
            "backup",
            str(backups),
            "--vault",
            str(path),
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        ).returncode
        == 0
    )
    (backup,) = backups.glob("mentorpad-backup-*.vault")
    data = bytearray(path.read_bytes())
    data[300] ^= 0xFF
    path.write_bytes(bytes(data))
    wrong = run_cli(
        "restore",
        str(backup),
        "--vault",
        str(path),
        "--passphrase-stdin",
        stdin="not it at all\n",
    )
    assert wrong.returncode == 4
    assert path.read_bytes() == bytes(data)
    result = run_cli(
        "restore",
        str(backup),
        "--vault",
        str(path),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    check = run_cli("check", "--vault", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert check.returncode == 0


def test_sigterm_closes_the_app_cleanly(tmp_path: Path) -> None:
    """Logout or `kill`: the app closes as if the window was closed, and the throwaway demo
    vault is removed with it."""
    import signal
    import subprocess
    import sys
    import time

    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mentorpad", "--demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # The handler is installed before the demo vault is built: once the vault exists, a
    # SIGTERM at any moment of the start must close cleanly (no sleep for "long enough").
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(
        (p / "demo.vault").exists() for p in temp.iterdir()
    ):
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert list(temp.iterdir()) == []
