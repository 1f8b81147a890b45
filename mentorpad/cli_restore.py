"""`mentorpad restore`: put a verified backup in place of the vault, under the vault's lock.

Without a backup file it lists this vault's own backups (told apart by the vault's id in
their names and its salt in their first bytes; another vault's or the demo's never show)
and asks which one; `--list` only prints them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Protocol, TextIO

from mentorpad.models import preflight
from mentorpad.models.backups import Backup, backups_of, check_restore_target, restore_backup
from mentorpad.models.lockfile import ProcessLock
from mentorpad.models.paths import default_backup_dir


class Asker(Protocol):
    def ask(self, prompt: str) -> str: ...

    def ask_line(self, prompt: str) -> str: ...


class RestoreUsage(Exception):
    """Wrong invocation of `restore`; the CLI exits 2."""


def configure_parser(restore: argparse.ArgumentParser) -> None:
    restore.add_argument(
        "backup",
        type=Path,
        nargs="?",
        help="the backup file (asks for its passphrase); without it, this vault's backups "
        "are listed and you choose one by its number",
    )
    restore.add_argument(
        "--from",
        dest="folder",
        type=Path,
        default=None,
        metavar="FOLDER",
        help=f"where to look for this vault's backups (default: {default_backup_dir()})",
    )
    restore.add_argument(
        "--list", action="store_true", help="only list this vault's backups, newest first"
    )


def run_restore(
    args: argparse.Namespace, vault_path: Path, asker: Asker, stdout: TextIO, stderr: TextIO
) -> int:
    folder: Path = args.folder or default_backup_dir()
    if args.list:
        return _print_list(_own_backups(vault_path, folder), folder, stdout)
    backup: Path | None = args.backup
    if backup is not None:
        preflight(backup)
        check_restore_target(backup, vault_path)  # a link or special file: refused, no lock
    # The vault's lock before anything is asked: a vault open in the app or another command
    # is refused at once (exit 8), and nothing can open it while the file is swapped.
    with ProcessLock(vault_path) as lock:
        if backup is None:
            backup = _choose(_own_backups(vault_path, folder), folder, asker, stderr)
            preflight(backup)
            check_restore_target(backup, vault_path)
        passphrase = asker.ask("Passphrase of the backup: ")
        kept = restore_backup(backup, vault_path, passphrase=passphrase, lock=lock)
    print(f"Restored {backup} to {vault_path} (verified).", file=stdout)
    if kept is not None:
        print(f"The previous vault is kept at {kept}.", file=stdout)
    return 0


def _own_backups(vault_path: Path, folder: Path) -> list[Backup]:
    """The vault's salt (its first bytes, no passphrase needed) tells its backups apart."""
    try:
        salt = preflight(vault_path)
    except Exception as exc:
        raise RestoreUsage(
            f"cannot tell which backups belong to {vault_path} ({exc}); name the backup file "
            "to restore"
        ) from exc
    return backups_of(folder, salt)


def _print_list(backups: list[Backup], folder: Path, out: TextIO) -> int:
    if not backups:
        print(f"There are no backups of this vault in {folder}.", file=out)
        return 0
    print(f"Backups of this vault in {folder}, newest first:", file=out)
    width = len(str(len(backups)))
    for number, backup in enumerate(backups, start=1):
        made = backup.made.strftime("%Y-%m-%d %H:%M:%S")
        size = f"{backup.size / 1024:.0f} KiB"
        print(f"  {number:>{width}}  {made}  {size:>9}  {backup.path.name}", file=out)
    return 0


def _choose(backups: list[Backup], folder: Path, asker: Asker, stderr: TextIO) -> Path:
    if not backups:
        raise RestoreUsage(
            f"there are no backups of this vault in {folder}; name the backup file, or the "
            "folder with --from"
        )
    _print_list(backups, folder, stderr)
    answer = asker.ask_line("Number of the backup to restore: ").strip()
    if not answer.isdigit() or not 1 <= int(answer) <= len(backups):
        raise RestoreUsage(f"{answer!r} is not one of the numbers listed (1 to {len(backups)})")
    return backups[int(answer) - 1].path
