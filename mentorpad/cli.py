"""The command line: scripting and recovery without the GUI (and without importing Qt).

Passphrases come from the terminal or, with --passphrase-stdin, from standard input; never
from argv, where other users could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from mentorpad import __version__
from mentorpad.cli_report import ReportUsage, choose_mentee, report_format, write_report
from mentorpad.cli_report import configure_parser as configure_report_parser
from mentorpad.cli_report import load as load_report
from mentorpad.cli_restore import RestoreUsage, run_restore
from mentorpad.cli_restore import configure_parser as configure_restore_parser
from mentorpad.hardening import harden_process
from mentorpad.models import Vault, VaultError, files, passphrase_strength, preflight
from mentorpad.models.files import clean_stale_temps
from mentorpad.models.lockfile import ProcessLock
from mentorpad.models.paths import default_vault_path
from mentorpad.models.vault import backup_file_name
from mentorpad.models.vault.opening import ROOM_TO_OPEN, writable

if TYPE_CHECKING:
    from mentorpad.models.crypto import VaultKey
    from mentorpad.sync import SyncReport

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

EXIT_CODES = """\
exit codes:
  0   success
  1   unexpected error (a bug: please report it, without your data)
  2   usage error, or a passphrase too weak or not confirmed
  3   no vault at that path
  4   wrong passphrase
  5   not a mentorpad vault (empty, unencrypted, or another program's file)
  6   the vault is damaged or incomplete (restore a backup)
  7   the vault was written by a newer mentorpad
  8   the vault is open in another mentorpad window or command
  9   something already exists at the target name (nothing is ever overwritten)
  10  a file could not be written (no permission, read-only disk or folder, missing folder)
  11  the disk is full (the vault itself was not changed)
  12  the passphrase change did not take (the old passphrase still works)
  13  the backup could not be written or verified
  14  the sync folder is missing, or holds another vault's sync data
  15  the passphrase was changed on another device (run passwd with the new one)
  16  this vault was copied to another computer instead of joined
"""

COMMANDS = ("init", "check", "backup", "passwd", "restore", "report", "sync", "join")


class UsageError(Exception):
    """Wrong invocation; exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorpad",
        description="mentorpad: private, encrypted notes for mentors. Without a command, "
        "the desktop app starts.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mentorpad {__version__}")
    parser.add_argument(
        "--vault", type=Path, default=None, help=f"vault file (default: {default_vault_path()})"
    )
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway demo vault with fictional mentees"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="check that this installation works, then exit"
    )
    _add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    return parser


def _add_commands(sub: Subparsers) -> None:
    _add_command(sub, "init", "create a new, empty vault")
    _add_command(sub, "check", "verify every page of the vault and say whether it is intact")
    backup = _add_command(sub, "backup", "write a verified, encrypted copy of the vault")
    backup.add_argument("dest", type=Path, help="backup file or folder")
    _add_command(
        sub, "passwd", "change the vault's passphrase (verified before it reports success)"
    )
    _add_sync_commands(sub)
    restore = _add_command(
        sub,
        "restore",
        "put a backup in place of the vault after verifying it; the current vault is kept "
        "beside it as <name>.before-restore-<time>.vault, never overwritten",
    )
    configure_restore_parser(restore)
    _add_report_command(sub)


def _add_sync_commands(sub: Subparsers) -> None:
    sync = _add_command(
        sub,
        "sync",
        "exchange changes with a sync folder (Dropbox, OneDrive, Syncthing, a USB stick): "
        "publish this device's changes, encrypted, and apply the other devices'",
    )
    sync.add_argument("folder", type=Path, help="the sync folder")
    join = _add_command(
        sub,
        "join",
        "create a new vault on this device from a sync folder, with the same passphrase",
    )
    join.add_argument("folder", type=Path, help="the sync folder another device syncs with")


def _add_command(sub: Subparsers, name: str, help_text: str) -> argparse.ArgumentParser:
    """A command with the options every command takes: --vault and --passphrase-stdin."""
    cmd = sub.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="vault file")
    cmd.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from standard input (passwd: current, then new, one "
        "per line) instead of asking on the terminal",
    )
    return cmd


def _add_report_command(sub: Subparsers) -> None:
    report = _add_command(
        sub,
        "report",
        "write one mentee's development report to a new file (the file is NOT encrypted); "
        "the mentee is chosen by id, by name on standard input, or from a list after the "
        "unlock, never by a name in the command line, which other users can read",
    )
    configure_report_parser(report)


class Prompter:
    """Reads passphrases from stdin lines or the terminal; one place, so no path forgets."""

    def __init__(self, from_stdin: bool, stdin: TextIO, stderr: TextIO) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin
        self._stderr = stderr

    @property
    def stdin(self) -> TextIO:
        return self._stdin

    def ask_line(self, prompt: str) -> str:
        """A visible answer (not a passphrase): the next stdin line with --passphrase-stdin,
        else typed on the terminal."""
        if self._from_stdin:
            line = self._stdin.readline()
            if not line:
                raise UsageError("expected an answer on standard input, found none")
            return line.removesuffix("\n").removesuffix("\r")
        if self._stdin.isatty():
            print(prompt, end="", file=self._stderr, flush=True)
            return self._stdin.readline().removesuffix("\n")
        try:
            with open("/dev/tty", "r+", encoding="utf-8") as tty:
                tty.write(prompt)
                tty.flush()
                return tty.readline().removesuffix("\n")
        except OSError:
            raise UsageError(
                "no terminal to ask on: choose the mentee with --mentee-id or --mentee-stdin"
            ) from None

    def ask(self, prompt: str) -> str:
        if self._from_stdin:
            line = self._stdin.readline()
            if not line:
                raise UsageError("expected a passphrase on standard input, found none")
            return line.removesuffix("\n").removesuffix("\r")
        if not sys.stdin.isatty() and not _has_tty():
            raise UsageError("no terminal to ask for the passphrase: use --passphrase-stdin")
        return getpass.getpass(prompt, stream=self._stderr)

    def ask_new(self) -> str:
        first = self.ask("New passphrase: ")
        strength = passphrase_strength(first)
        if not strength.acceptable:
            raise UsageError(f"passphrase refused: {strength.reason}")
        if not self._from_stdin and self.ask("Repeat the new passphrase: ") != first:
            raise UsageError("the two passphrases differ; nothing was changed")
        return first


def _has_tty() -> bool:
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return False


def run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    vault_path: Path = args.vault or default_vault_path()
    clean_stale_temps([vault_path.parent])  # what a killed earlier run may have left
    prompter = Prompter(args.passphrase_stdin, stdin, stderr)
    if args.command == "init":
        passphrase = prompter.ask_new()
        Vault.create(vault_path, passphrase).close()
        print(f"Created an encrypted vault at {vault_path}.", file=stdout)
        print("Keep your passphrase safe: it cannot be recovered.", file=stdout)
        return 0
    if args.command == "join":
        return _run_join(args, vault_path, prompter, stdout, stderr)
    if args.command == "restore":
        return run_restore(args, vault_path, prompter, stdout, stderr)
    fmt = report_format(args) if args.command == "report" else ""  # refused before any prompt
    preflight(vault_path)  # a missing or foreign file is reported before any prompt
    if args.command == "backup":
        # A folder (or a link to one) gets a new dated backup inside it; a file name must be
        # free. Checked before the passphrase is asked, so a refusal costs nothing.
        backup_dest = (
            args.dest / backup_file_name(salt=preflight(vault_path))
            if args.dest.is_dir()
            else args.dest
        )
        files.refuse_existing(backup_dest, "backup")
    reads_only = args.command in ("check", "backup", "report")
    # The vault's lock before the passphrase: in use elsewhere is said at once, and nothing
    # (another window, restore) can swap or change the file while this command works on it.
    with ProcessLock(vault_path, read_only=reads_only) as lock:
        passphrase = prompter.ask("Passphrase: ")
        if args.command == "report":
            return _run_report(args, vault_path, fmt, passphrase, lock, prompter, stdout, stderr)
        with Vault.open(vault_path, passphrase, lock=lock, read_only=reads_only) as vault:
            if args.command == "check":
                return _run_check(vault, stdout, stderr)
            if args.command == "backup":
                dest = vault.backup_to(backup_dest)
                print(f"Backup written and verified: {dest}", file=stdout)
                return 0
            if args.command == "sync":
                with vault.suspended():  # the sync opens the file with its own driver
                    return _run_sync(args, vault_path, vault.key, stdout, stderr)
            if args.command == "passwd":
                new = prompter.ask_new()
                vault.change_passphrase(new)
                print(
                    "Passphrase changed and verified: only the new one opens the vault.",
                    file=stdout,
                )
                return 0
    raise UsageError(f"unknown command {args.command!r}")


def _run_check(vault: Vault, stdout: TextIO, stderr: TextIO) -> int:
    """Read-only: a check never changes the file, so it works on read-only media and on a
    full disk too (and says so when the disk is the problem)."""
    report = vault.check_integrity()
    print(report.verdict(), file=stdout)
    if files.out_of_room(vault.path.parent, ROOM_TO_OPEN):
        print(
            "mentorpad: note: the disk is (nearly) full: free some space before you use the "
            "vault, mentorpad needs room beside it to save.",
            file=stderr,
        )
    return 0 if report.ok else 6


def _run_report(
    args: argparse.Namespace,
    vault_path: Path,
    fmt: str,
    passphrase: str,
    lock: ProcessLock,
    prompter: Prompter,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """`mentorpad report`: the target was checked before the passphrase; never overwrites,
    warns that the file is plaintext, writes it 0600 and atomically."""
    from mentorpad.models.schema import SCHEMA_VERSION
    from mentorpad.models.store import Store

    vault = Vault.open(vault_path, passphrase, lock=lock, read_only=True)
    try:
        if vault.schema_version < SCHEMA_VERSION and writable(vault_path):
            key = vault.key  # an older vault is brought up to date first, as the app does
            vault.close()
            vault = Vault.open(vault_path, key=key, lock=lock)
        store = Store(vault)
        mentee = choose_mentee(args, store, prompter, prompter.stdin, stderr)
        dev = load_report(store, mentee)
    finally:
        vault.close()
    write_report(dev, mentee, fmt, args.out, stdout, stderr)
    return 0


def _run_sync(
    args: argparse.Namespace, vault_path: Path, key: VaultKey, stdout: TextIO, stderr: TextIO
) -> int:
    from mentorpad.sync import sync_vault

    report = sync_vault(vault_path, key, args.folder)
    _print_sync(report, stdout, stderr)
    return 0


def _run_join(
    args: argparse.Namespace, vault_path: Path, prompter: Prompter, stdout: TextIO, stderr: TextIO
) -> int:
    from mentorpad.models import files
    from mentorpad.sync import join_folder, newest_header

    files.refuse_existing(vault_path, "vault")  # before the passphrase: refuse at once
    newest_header(args.folder)
    passphrase = prompter.ask("Passphrase of the vault on your other device: ")
    report = join_folder(args.folder, vault_path, passphrase)
    print(f"Joined: a new vault at {vault_path}.", file=stdout)
    _print_sync(report, stdout, stderr)
    return 0


def _print_sync(report: SyncReport, stdout: TextIO, stderr: TextIO) -> None:
    sent = (
        f"sent {report.changes_sent} change(s) as journal {report.published}"
        if report.published is not None
        else "nothing new to send"
    )
    print(
        f"Synced: {sent}; applied {report.applied} journal(s) from other devices; "
        f"{len(report.devices)} device(s).",
        file=stdout,
    )
    if report.conflicts:
        print(
            f"{report.conflicts} text(s) were edited on two devices: both versions are kept; "
            "resolve them in the app.",
            file=stdout,
        )
    for problem in report.problems:
        print(f"mentorpad: note: {problem.message}", file=stderr)


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything is read: a core dump or an attached debugger would expose the
    # passphrase and the decrypted notes (the GUI does the same at its start).
    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.error("a command is required (the app itself starts with plain `mentorpad`)")
    try:
        return run(args, sys.stdin, sys.stdout, sys.stderr)
    except (UsageError, ReportUsage, RestoreUsage) as exc:
        print(f"mentorpad: {exc}", file=sys.stderr)
        return 2
    except VaultError as exc:
        print(f"mentorpad: {exc.title}. {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
