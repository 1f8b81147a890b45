"""`mentorpad sync` and `mentorpad join` as a user runs them, and what the folder reveals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mentorpad.models import Vault
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE, run_cli

MARKERS = ("Zephyrine Quill", "mentioned her burnout", "hand over the night rota")


def _vault_with_markers(path: Path) -> None:
    with Vault.create(path, PASSPHRASE) as vault:
        store = Store(vault)
        mid = store.add_mentee(MARKERS[0], role="Night shift lead")
        sid = store.add_session(mid, dt.datetime(2026, 3, 9, 9))
        store.save_note(mid, sid, "notes", f"She {MARKERS[1]} twice.")
        store.add_commitment(mid, MARKERS[2], session_id=sid)
        vault.set_setting("backup_dir", "/home/mentor/Private Backups")


def _listing(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_sync_then_join_through_the_cli(tmp_path: Path) -> None:
    home, work, folder = tmp_path / "home.vault", tmp_path / "work.vault", tmp_path / "sync"
    folder.mkdir()
    _vault_with_markers(home)
    first = run_cli(
        "sync", str(folder), "--vault", str(home), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert first.returncode == 0, first.stderr
    assert "Synced" in first.stdout and "1 device" in first.stdout
    published = _listing(folder)
    again = run_cli(
        "sync", str(folder), "--vault", str(home), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert again.returncode == 0 and "nothing new to send" in again.stdout
    assert _listing(folder) == published  # a second run changes nothing
    joined = run_cli(
        "join", str(folder), "--vault", str(work), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert joined.returncode == 0, joined.stderr
    assert "Joined" in joined.stdout and "2 device(s)" in joined.stdout
    with Vault.open(work, PASSPHRASE) as vault:
        assert Store(vault).find_mentee(MARKERS[0]) is not None
        assert vault.setting("backup_dir") is None  # this computer's settings stay home


def test_cli_refusals_change_nothing(tmp_path: Path) -> None:
    home, folder = tmp_path / "home.vault", tmp_path / "sync"
    folder.mkdir()
    _vault_with_markers(home)
    assert (
        run_cli(
            "sync", str(folder), "--vault", str(home), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    before_folder, before_vault = _listing(folder), home.read_bytes()
    wrong = run_cli(
        "sync",
        str(folder),
        "--vault",
        str(home),
        "--passphrase-stdin",
        stdin="not the passphrase\n",
    )
    assert wrong.returncode == 4
    assert _listing(folder) == before_folder and home.read_bytes() == before_vault
    gone = run_cli(
        "sync",
        str(tmp_path / "unplugged"),
        "--vault",
        str(home),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert gone.returncode == 14 and "not there" in gone.stderr
    taken = run_cli(
        "join", str(folder), "--vault", str(home), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert taken.returncode == 9 and home.read_bytes() == before_vault
    bad = run_cli(
        "join",
        str(folder),
        "--vault",
        str(tmp_path / "new.vault"),
        "--passphrase-stdin",
        stdin="not the passphrase\n",
    )
    assert bad.returncode == 4 and not (tmp_path / "new.vault").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = run_cli(
        "join",
        str(empty),
        "--vault",
        str(tmp_path / "new.vault"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert nothing.returncode == 14 and "no mentorpad sync data" in nothing.stderr
    assert _listing(folder) == before_folder


def test_help_lists_sync_and_its_exit_codes() -> None:
    result = run_cli("--help")
    assert "sync" in result.stdout and "join" in result.stdout
    for code in ("14", "15", "16"):
        assert f"  {code}  " in result.stdout


def test_nothing_readable_in_the_sync_folder(tmp_path: Path) -> None:
    """Only encrypted journals go to the folder: no name, note, commitment, path or setting,
    in UTF-8 or UTF-16, and the vault file itself never goes there."""
    home, work, folder = tmp_path / "home.vault", tmp_path / "work.vault", tmp_path / "sync"
    folder.mkdir()
    _vault_with_markers(home)
    run_cli(
        "sync", str(folder), "--vault", str(home), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    run_cli(
        "join", str(folder), "--vault", str(work), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    files = _listing(folder)
    assert files and all(name.endswith(".mpchg") for name in files)
    needles = [*MARKERS, "Night shift lead", "Private Backups", home.name]
    for name, data in files.items():
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in data, (name, needle, encoding)
        assert not data.startswith(b"SQLite format 3")
    vault_head = home.read_bytes()[:4096]
    assert all(vault_head not in data for data in files.values())


def test_a_passphrase_changed_on_the_other_device_through_the_cli(tmp_path: Path) -> None:
    home, work, folder = tmp_path / "home.vault", tmp_path / "work.vault", tmp_path / "sync"
    folder.mkdir()
    _vault_with_markers(home)
    new = "a new passphrase typed at home"

    def sync(vault: Path, passphrase: str) -> tuple[int, str]:
        result = run_cli(
            "sync",
            str(folder),
            "--vault",
            str(vault),
            "--passphrase-stdin",
            stdin=passphrase + "\n",
        )
        return result.returncode, result.stderr

    assert sync(home, PASSPHRASE)[0] == 0
    joined = run_cli(
        "join", str(folder), "--vault", str(work), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert joined.returncode == 0, joined.stderr
    changed = run_cli(
        "passwd", "--vault", str(home), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{new}\n"
    )
    assert changed.returncode == 0, changed.stderr
    assert sync(home, new)[0] == 0
    with Vault.open(work, PASSPHRASE) as vault:
        Store(vault).add_mentee("Added at work with the old passphrase")
    code, stderr = sync(work, PASSPHRASE)
    assert code == 15 and "passphrase was changed on" in stderr
    code, stderr = sync(home, new)  # home still reads work's journal, and says why it is old
    assert code == 0 and "previous passphrase" in stderr
    assert (
        run_cli(
            "passwd", "--vault", str(work), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{new}\n"
        ).returncode
        == 0
    )
    assert sync(work, new) == (0, "")
    with Vault.open(home, new) as vault:
        assert Store(vault).find_mentee("Added at work with the old passphrase") is not None


def test_a_sync_folder_holding_the_vault_is_refused(tmp_path: Path) -> None:
    """The vault file itself never goes into the sync folder: not beside the journals, not
    in a folder below it."""
    dropbox = tmp_path / "Dropbox"
    vault = dropbox / "notes" / "mentorpad.vault"
    vault.parent.mkdir(parents=True)
    _vault_with_markers(vault)
    before = vault.read_bytes()
    refused = run_cli(
        "sync", str(dropbox), "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert refused.returncode == 14 and "inside the sync folder" in refused.stderr
    assert vault.read_bytes() == before
    assert [p.name for p in dropbox.rglob("*") if p.is_dir()] == ["notes"]  # no journals
    folder = tmp_path / "sync"
    folder.mkdir()
    outside = tmp_path / "home.vault"
    _vault_with_markers(outside)
    assert (
        run_cli(
            "sync", str(folder), "--vault", str(outside), "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        ).returncode
        == 0
    )  # fmt: skip
    inside = folder / "joined.vault"
    joined = run_cli(
        "join", str(folder), "--vault", str(inside), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert joined.returncode == 14 and not inside.exists()
