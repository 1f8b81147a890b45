"""The vault file: creation, typed errors from real damaged files, rekey, backup."""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models import (
    NotAVault,
    RekeyFailed,
    Vault,
    VaultCorrupted,
    VaultExists,
    VaultFromNewerVersion,
    VaultInUse,
    VaultKey,
    VaultNotFound,
    VaultTruncated,
    WeakPassphrase,
    WrongPassphrase,
    derive_key,
)
from mentorpad.models.crypto import PAGE_SIZE
from mentorpad.models.schema import SCHEMA_VERSION
from mentorpad.models.store import Store
from tests.conftest import PASSPHRASE


def _sidecars(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path]


def _filled(path: Path, key: VaultKey, mentees: int = 40) -> None:
    """A vault of several pages, so there is a middle and a last page to damage."""
    with Vault.create(path, key=key) as v:
        store = Store(v)
        for i in range(mentees):
            mid = store.add_mentee(f"Mentee {i}", background="word " * 300)
            store.add_session(mid, __import__("datetime").datetime(2026, 1, 1 + i % 27, 9))


def test_create_then_reopen_keeps_data(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    with Vault.create(path, key=raw_key) as v:
        Store(v).add_mentee("Code name Falcon")
    with Vault.open(path, key=raw_key) as v:
        assert [m.display_name for m in Store(v).mentees()] == ["Code name Falcon"]
        assert v.schema_version == SCHEMA_VERSION


def test_passphrase_vault_opens_with_stock_sqlcipher_defaults(tmp_path: Path) -> None:
    """Our own PBKDF2 equals SQLCipher 4's: any stock tool opens the vault with the passphrase."""
    path = tmp_path / "v.vault"
    Vault.create(path, PASSPHRASE).close()
    conn = sqlcipher.connect(str(path))
    conn.set_key(PASSPHRASE)
    assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
    assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA512"
    assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] == "4096"
    conn.execute("SELECT count(*) FROM mentee").fetchone()
    conn.close()


def test_connection_settings(vault: Vault) -> None:
    c = vault.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 1
    assert c.execute("PRAGMA cache_size").fetchone()[0] == -32768
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_no_plaintext_header(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    with Vault.create(path, key=raw_key) as v:
        Store(v).add_mentee("Plaintext Canary", background="canary text canary")
    data = path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert data[:16] == raw_key.salt
    assert b"Canary" not in data and b"canary" not in data


def test_weak_passphrase_refused_and_nothing_created(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    with pytest.raises(WeakPassphrase):
        Vault.create(path, "secret")
    assert not path.exists()


def test_create_never_overwrites(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    path.write_bytes(b"precious")
    with pytest.raises(VaultExists):
        Vault.create(path, key=raw_key)
    assert path.read_bytes() == b"precious"


def test_opening_a_missing_path_creates_nothing(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "missing.vault"
    with pytest.raises(VaultNotFound):
        Vault.open(path, key=raw_key)
    assert list(tmp_path.iterdir()) == []


def test_zero_byte_file_is_not_a_vault(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "empty.vault"
    path.touch()
    with pytest.raises(NotAVault, match="empty"):
        Vault.open(path, key=raw_key)
    assert path.stat().st_size == 0


def test_plain_sqlite_is_not_a_vault(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotAVault, match="unencrypted"):
        Vault.open(path, key=raw_key)
    assert path.read_bytes() == before


def test_random_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(secrets.token_bytes(3 * PAGE_SIZE + 123))
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE)


def test_foreign_sqlcipher_database_is_not_a_vault(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "other.db"
    conn = sqlcipher.connect(str(path))
    conn.set_key(raw_key.sqlcipher_key())
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault, match="not one made by mentorpad"):
        Vault.open(path, key=raw_key)


def test_wrong_passphrase_changes_nothing_and_says_nothing(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v.vault"
    Vault.create(path, PASSPHRASE).close()
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    listing = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(WrongPassphrase) as err:
        Vault.open(path, "not the right passphrase")
    assert "Caps Lock" in err.value.user_message
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
    out, errtext = capfd.readouterr()
    assert out == "" and errtext == ""
    Vault.open(path, PASSPHRASE).close()  # retry works


def test_passphrases_with_quotes_nul_and_emoji(tmp_path: Path) -> None:
    for i, passphrase in enumerate(
        [
            'it\'s "quoted"; DROP TABLE x; --',
            "nul\x00inside pass",
            "🔐 emoji passphrase ✨",
            "x" * 1000 + "y",
        ]
    ):
        path = tmp_path / f"v{i}.vault"
        Vault.create(path, passphrase, check_strength=False).close()
        Vault.open(path, passphrase).close()
        with pytest.raises(WrongPassphrase):
            Vault.open(path, passphrase[:-1])


def test_unicode_passphrase_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    Vault.create(path, "caf\u00e9 au lait tous les matins").close()
    Vault.open(path, "cafe\u0301 au lait tous les matins").close()  # decomposed é


def test_flipped_byte_in_first_page_is_damage_not_wrong_passphrase(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "v.vault"
    _filled(path, raw_key)
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted, match="page 1"):
        Vault.open(path, key=raw_key)
    assert path.read_bytes() == bytes(data)


@pytest.mark.parametrize("where", ["middle", "last"])
def test_damaged_later_page_is_reported_by_the_check(
    tmp_path: Path, raw_key: VaultKey, where: str
) -> None:
    path = tmp_path / "v.vault"
    _filled(path, raw_key)
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE_SIZE
    page = pages // 2 if where == "middle" else pages - 1
    data[page * PAGE_SIZE + 200] ^= 0x01
    path.write_bytes(bytes(data))
    with Vault.open(path, key=raw_key) as v:
        report = v.check_integrity()
    assert not report.ok
    assert str(page + 1) in report.verdict()


def test_damaged_salt_reads_as_wrong_passphrase(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    _filled(path, raw_key, mentees=3)
    data = bytearray(path.read_bytes())
    data[3] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(path, key=VaultKey(raw_key.key, bytes(data[:16])))


def test_truncated_mid_page(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    _filled(path, raw_key)
    size = path.stat().st_size
    os.truncate(path, size - PAGE_SIZE - 1000)
    with pytest.raises(VaultTruncated):
        Vault.open(path, key=raw_key)


def test_truncated_at_page_boundary(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    _filled(path, raw_key)
    os.truncate(path, path.stat().st_size - 3 * PAGE_SIZE)
    with pytest.raises(VaultTruncated):
        Vault.open(path, key=raw_key)


def test_vault_from_newer_version(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    Vault.create(path, key=raw_key).close()
    conn = sqlcipher.connect(str(path))
    conn.set_key(raw_key.sqlcipher_key())
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(VaultFromNewerVersion, match="newer mentorpad"):
        Vault.open(path, key=raw_key)
    assert path.read_bytes() == before


def test_one_process_per_vault(tmp_path: Path, raw_key: VaultKey) -> None:
    import subprocess
    import sys

    path = tmp_path / "v.vault"
    Vault.create(path, key=raw_key).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from mentorpad.models import Vault, VaultKey;"
            f"v = Vault.open(sys.argv[1], key=VaultKey(bytes.fromhex('{raw_key.key.hex()}'),"
            f" bytes.fromhex('{raw_key.salt.hex()}')));"
            " print('open', flush=True); sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            Vault.open(path, key=raw_key)
    finally:
        holder.communicate("")
    Vault.open(path, key=raw_key).close()


def test_files_private(tmp_path: Path, raw_key: VaultKey) -> None:
    folder = tmp_path / "new" / "folder"
    path = folder / "v.vault"
    with Vault.create(path, key=raw_key) as v:
        Store(v).add_mentee("x")
        for p in [path, *_sidecars(path)]:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700
    os.chmod(path, 0o644)
    Vault.open(path, key=raw_key).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_existing_parent_folder_is_left_alone(tmp_path: Path, raw_key: VaultKey) -> None:
    os.chmod(tmp_path, 0o755)
    Vault.create(tmp_path / "v.vault", key=raw_key).close()
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


def test_change_passphrase_verified(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    with Vault.create(path, PASSPHRASE) as v:
        Store(v).add_mentee("Keeps data")
        v.change_passphrase("a brand new passphrase here")
        assert Store(v).find_mentee("Keeps data") is not None  # connection still usable
    assert not Path(str(path) + "-wal").exists()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    with Vault.open(path, "a brand new passphrase here") as v:
        assert Store(v).find_mentee("Keeps data") is not None


def test_old_passphrase_cannot_open_main_file_copied_mid_session(tmp_path: Path) -> None:
    """After the change the main file alone (as a sync tool would copy it) needs the new one."""
    path = tmp_path / "v.vault"
    copy = tmp_path / "copy.vault"
    with Vault.create(path, PASSPHRASE) as v:
        Store(v).add_mentee("x")
        v.change_passphrase("a brand new passphrase here")
        copy.write_bytes(path.read_bytes())
    with pytest.raises(WrongPassphrase):
        Vault.open(copy, PASSPHRASE)
    Vault.open(copy, "a brand new passphrase here").close()


def test_rekey_with_a_reader_holding_a_transaction_fails_loudly(tmp_path: Path) -> None:
    path = tmp_path / "v.vault"
    with Vault.create(path, PASSPHRASE) as v:
        Store(v).add_mentee("Still here")
        reader = v.open_reader()
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM mentee").fetchone()
        with pytest.raises(RekeyFailed):
            v.change_passphrase("a brand new passphrase here")
        reader.execute("COMMIT")
        reader.close()
        assert Store(v).find_mentee("Still here") is not None
    with Vault.open(path, PASSPHRASE) as v:  # exactly the old one still opens
        assert Store(v).find_mentee("Still here") is not None
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "a brand new passphrase here")


def test_backup_round_trip(tmp_path: Path, raw_key: VaultKey) -> None:
    path = tmp_path / "v.vault"
    backups = tmp_path / "backups"
    with Vault.create(path, key=raw_key) as v:
        Store(v).add_mentee("Backed Up Canary")
        dest = v.backup_to(backups / "b.vault")
    assert sorted(p.name for p in backups.iterdir()) == ["b.vault"]  # no temp left behind
    assert b"Canary" not in dest.read_bytes()
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    with Vault.open(dest, key=raw_key) as b:
        assert Store(b).find_mentee("Backed Up Canary") is not None
        assert b.check_integrity().ok


def test_derive_key_runs_off_the_gil(tmp_path: Path) -> None:
    """The KDF must not block other threads (the GUI thread keeps painting)."""
    ticks = 0
    stop = threading.Event()

    def ticker() -> None:
        nonlocal ticks
        while not stop.is_set():
            ticks += 1

    t = threading.Thread(target=ticker)
    t.start()
    derive_key(PASSPHRASE, b"\x00" * 16)
    stop.set()
    t.join()
    assert ticks > 1000
