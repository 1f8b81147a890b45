"""The encrypted vault: create, open, verify, change passphrase, back up, close.

Opening never creates or replaces a file, and every failure becomes a typed error from
`mentorpad.models.errors` with a message written for the mentor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models import files, paths
from mentorpad.models.crypto import (
    PAGE_SIZE,
    SALT_BYTES,
    VaultKey,
    derive_key,
    passphrase_strength,
    sync_key,
    sync_key_id,
    verify_file,
    verify_pages,
)
from mentorpad.models.errors import (
    BackupFailed,
    NotAVault,
    RekeyFailed,
    StorageFull,
    VaultCorrupted,
    VaultError,
    VaultFromNewerVersion,
    VaultNotFound,
    VaultTruncated,
    WeakPassphrase,
    WrongPassphrase,
)
from mentorpad.models.lockfile import ProcessLock
from mentorpad.models.schema import (
    APPLICATION_ID,
    DEVICE_SETTINGS,
    MIGRATIONS,
    SCHEMA_VERSION,
)


class Connection(Protocol):
    """The part of a sqlcipher3 connection we use (the driver ships no type information)."""

    total_changes: int

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, parameters: Any, /) -> Any: ...
    def set_key(self, key: bytes, /) -> None: ...
    def reset_key(self, key: bytes, /) -> None: ...
    def backup(self, target: Connection, /) -> None: ...
    def close(self) -> None: ...


def _raw_connect(database: str, *, uri: bool = False) -> Connection:
    conn: Connection = sqlcipher.connect(
        database, uri=uri, isolation_level=None, check_same_thread=False
    )
    return conn


_SQLITE_HEADER = b"SQLite format 3\x00"
_DIAGNOSE_PAGES = 64
CACHE_KIB = 32 * 1024


def _silence_sqlcipher_log() -> None:
    """SQLCipher prints 'hmac check failed' to stderr on a wrong key; the setting is global."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_silence_sqlcipher_log()


@contextlib.contextmanager
def translate_errors(action: str) -> Iterator[None]:
    """Turn the user's environment (disk full, read-only, damage) into typed errors.

    Anything else is our bug and propagates unchanged, like qutebrowser's sql error split.
    """
    try:
        yield
    except sqlcipher.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        name = getattr(exc, "sqlite_errorname", "") or ""
        if code == 13 or name.startswith("SQLITE_FULL"):
            raise StorageFull(
                f"The disk is full, so mentorpad could not {action}. Your text is still on "
                "screen: free some space and it will be saved."
            ) from exc
        if name.startswith("SQLITE_READONLY") or name.startswith("SQLITE_IOERR"):
            raise VaultError(
                f"mentorpad could not {action}: the vault file could not be written "
                f"({exc}). Your text is still on screen."
            ) from exc
        if name.startswith("SQLITE_CORRUPT") or name.startswith("SQLITE_NOTADB"):
            raise VaultCorrupted(
                f"mentorpad could not {action} because the vault file is damaged. "
                "Restore a backup (File > Restore from backup)."
            ) from exc
        raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise StorageFull(
                f"The disk is full, so mentorpad could not {action}. Free some space and try again."
            ) from exc
        raise


def preflight(path: Path) -> bytes:
    """Cheap checks before the slow key derivation; returns the file's salt.

    Never creates anything: a missing path is an error, not an invitation. Never follows a
    symbolic link and never opens a FIFO or a device (reading one would block or never end).
    """
    kind = files.existing_kind(path)
    if kind is None:
        raise VaultNotFound(f"There is no vault at {path}.")
    if kind == "folder":
        raise NotAVault(f"{path} is a folder, not a vault file.")
    if kind != "file":
        raise NotAVault(
            f"{path} is {files.KIND_WORDS[kind]}, not a vault file. mentorpad opens and "
            "writes vaults only directly, never through a link or a special file: open the "
            "vault file itself."
        )
    check_sidecars(path)
    size = path.stat().st_size
    if size == 0:
        raise NotAVault(
            "This file is empty (0 bytes): it is not a mentorpad vault. If it should be your "
            "vault, it was emptied by something outside mentorpad: restore a backup."
        )
    with path.open("rb") as handle:
        head = handle.read(SALT_BYTES)
    if head == _SQLITE_HEADER:
        raise NotAVault(
            "This is an ordinary, unencrypted SQLite database, not a mentorpad vault. "
            "mentorpad never stores notes unencrypted."
        )
    if size < PAGE_SIZE:
        raise NotAVault(
            "This file is too small to be a mentorpad vault. If it should be your vault, it "
            "was cut short: restore a backup."
        )
    return head


def check_sidecars(path: Path) -> None:
    """SQLite writes `-wal`/`-shm`/`-journal` beside the vault and we lock `.lock`: anything
    but a regular file under those names (a planted link) is refused, never written through."""
    for suffix in (*paths.SIDECARS, ".lock"):
        side = Path(str(path) + suffix)
        kind = files.existing_kind(side)
        if kind not in (None, "file"):
            raise NotAVault(
                f"{side} is {files.KIND_WORDS[kind]}. mentorpad writes that file itself beside "
                "the vault and never through a link or a special file: remove it, then try "
                "again."
            )


@dataclass(frozen=True)
class IntegrityReport:
    """The verdict of a full check, in words a mentor can act on."""

    ok: bool
    problems: tuple[str, ...]
    pages: int

    def verdict(self) -> str:
        if self.ok:
            return f"The vault is intact: all {self.pages} pages verified."
        return "The vault is damaged: " + "; ".join(self.problems)


def _connect(path: Path, key: VaultKey) -> Connection:
    """One connection, keyed through the driver's key API with a hex raw key (never SQL text).

    mode=rw never creates a file (a new vault or backup is an empty temp file of ours first);
    nofollow=1 refuses to open the database through a symbolic link.
    """
    uri = "file:" + quote(os.path.abspath(path)) + "?mode=rw&nofollow=1"
    conn = _raw_connect(uri, uri=True)
    conn.set_key(key.sqlcipher_key())
    return conn


def _configure(conn: Connection) -> None:
    """Performance notes: WAL + NORMAL, 32 MiB cache, memory security off, FKs on."""
    conn.execute("PRAGMA cipher_memory_security = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 2000")


def _diagnose_unreadable(path: Path, key: VaultKey) -> VaultError:
    """SQLCipher says only 'not a database': page HMACs tell us which failure it really is."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(_DIAGNOSE_PAGES * PAGE_SIZE)
    report = verify_pages(head, key)
    if size % PAGE_SIZE:
        if report.any_good:
            return VaultTruncated(
                "The vault file is incomplete: it ends part-way through a page, as after an "
                "interrupted copy. Restore a backup; this file has not been changed."
            )
        return NotAVault(
            "This file is not a mentorpad vault (its size does not fit the format). If it "
            "should be your vault, restore a backup."
        )
    if report.any_good and 1 in report.bad:
        return VaultCorrupted(
            "The passphrase is right, but the start of the vault file is damaged (page 1 "
            "fails its check), so it cannot be opened. Restore a backup; this file has not "
            "been changed."
        )
    if report.bad and report.any_good:
        return VaultCorrupted(
            f"The passphrase is right, but {len(report.bad)} page(s) of the vault are damaged, "
            "so it cannot be opened. Restore a backup; this file has not been changed."
        )
    if report.any_good:
        return VaultTruncated(
            "The vault file is incomplete: its pages are intact but some are missing from "
            "its end, as after an interrupted copy. Restore a backup; this file has not been "
            "changed."
        )
    return WrongPassphrase(
        "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
        "then try again. (If you are sure it is right, the file's header may be damaged: a "
        "backup will open.)"
    )


def _application_checks(conn: Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise NotAVault(
            "This is an encrypted database, but not one made by mentorpad, so it was left "
            "untouched."
        )
    if version > SCHEMA_VERSION:
        raise VaultFromNewerVersion(
            f"This vault was written by a newer mentorpad (data format {version}; this "
            f"version knows up to {SCHEMA_VERSION}). Update mentorpad to open it: nothing "
            "in the file was changed."
        )
    wal = Path(str(path) + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        expected = int(conn.execute("PRAGMA page_count").fetchone()[0]) * PAGE_SIZE
        if expected > path.stat().st_size:
            raise VaultTruncated(
                "The vault file is incomplete: pages are missing from its end, as after an "
                "interrupted copy. Restore a backup; this file has not been changed."
            )
    return version


def _migrate(conn: Connection, current: int) -> None:
    """Apply every numbered migration after `current` in one transaction."""
    if current >= SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in sorted(MIGRATIONS):
            if number > current:
                for statement in _split_sql(MIGRATIONS[number]):
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.strip().startswith("--")):
            continue
        buffer += line
        if sqlcipher.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("incomplete statement at the end of a migration")
    return statements


class Vault:
    """An open, unlocked vault. Only this layer and the repositories speak SQL."""

    def __init__(self, path: Path, key: VaultKey, conn: Connection, lock: ProcessLock) -> None:
        self.path = path
        self._key = key
        self._conn: Connection | None = conn
        self._lock = lock

    # -- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str | None = None,
        *,
        key: VaultKey | None = None,
        check_strength: bool = True,
    ) -> Vault:
        """Create a new vault; refuses anything already at `path` (even a dangling link).

        The vault is built in a temp file of ours beside `path`, then published with the
        no-replace primitive, so a crash never leaves a half-made vault under its name.
        """
        path = Path(path)
        if key is None:
            if passphrase is None:
                raise ValueError("a passphrase or a key is required")
            strength = passphrase_strength(passphrase)
            if check_strength and not strength.acceptable:
                raise WeakPassphrase(strength.reason)
        _refuse_vault_name(path)
        if key is None:
            assert passphrase is not None
            key = derive_key(passphrase, secrets.token_bytes(SALT_BYTES))
        paths.make_private_dir(path.parent)
        built_key = key

        def build(tmp: Path) -> None:
            conn = _connect(tmp, built_key)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
                _configure(conn)
                _migrate(conn, 0)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                conn.close()

        with translate_errors("create the vault"):
            files.publish_built(path, build, what="vault", expected_size=NEW_VAULT_BYTES)
        return cls.open(path, key=key)

    @classmethod
    def open(
        cls, path: Path, passphrase: str | None = None, *, key: VaultKey | None = None
    ) -> Vault:
        """Open an existing vault. Wrong passphrase or damage leave the file byte-for-byte as is."""
        path = Path(path)
        salt = preflight(path)
        if key is None:
            if passphrase is None:
                raise ValueError("a passphrase or a key is required")
            key = derive_key(passphrase, salt)
        elif key.salt != salt:
            raise WrongPassphrase("That key belongs to a different vault file.")
        lock = ProcessLock(path)
        lock.acquire()
        conn: Connection | None = None
        try:
            conn = _connect(path, key)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher.DatabaseError as exc:
                raise _diagnose_unreadable(path, key) from exc
            version = _application_checks(conn, path)
            with translate_errors("open the vault"):
                _configure(conn)
                _migrate(conn, version)
            paths.secure_vault_files(path)
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        return cls(path, key, conn, lock)

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def key(self) -> VaultKey:
        """For opening a second connection (a worker) without running the KDF again."""
        return self._key

    def close(self) -> None:
        """Checkpoint and close; the WAL is folded into the main file and removed."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlcipher.DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        self._lock.release()

    @contextlib.contextmanager
    def suspended(self) -> Iterator[Path]:
        """Close the connection but keep the process lock, for work that must open the file
        with another SQLite library (sync): two copies of SQLite must never have one file
        open at once (mentorpad/sync/connection.py). Reopens with the same key after."""
        conn, self._conn = self._conn, None
        if conn is None:
            raise VaultError("The vault is locked.")
        with contextlib.suppress(sqlcipher.DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        try:
            yield self.path
        finally:
            reopened = _connect(self.path, self._key)
            _configure(reopened)
            self._conn = reopened

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open_reader(self) -> Connection:
        """A second connection for a worker thread: raw key, no KDF."""
        conn = _connect(self.path, self._key)
        _configure(conn)
        return conn

    # -- transactions --------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, action: str = "save your changes") -> Iterator[Connection]:
        conn = self.conn
        with translate_errors(action):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def setting(self, key: str, default: str | None = None) -> str | None:
        """A vault setting; those that describe this computer (DEVICE_SETTINGS) are kept
        apart, so they never travel to another device."""
        table = "device_setting" if key in DEVICE_SETTINGS else "setting"
        row = self.conn.execute(f"SELECT value FROM {table} WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        table = "device_setting" if key in DEVICE_SETTINGS else "setting"
        with self.transaction("save a setting") as conn:
            conn.execute(
                f"INSERT INTO {table}(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- verification ----------------------------------------------------------------------

    def check_integrity(self, conn: Connection | None = None) -> IntegrityReport:
        """Every page's HMAC, checked by us on the file and by SQLCipher through the WAL,
        plus SQLite's own structure and link checks."""
        conn = conn or self.conn
        problems: list[str] = []
        bad: set[int] = set()
        file_report = verify_file(self.path, self._key)
        bad.update(file_report.bad)
        try:
            for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
                number = re.search(r"page (\d+)", str(line))
                if number:
                    bad.add(int(number.group(1)))
                else:
                    problems.append(str(line))
        except sqlcipher.DatabaseError as exc:
            problems.append(f"the authenticity check stopped: {exc}")
        if bad:
            listed = ", ".join(str(n) for n in sorted(bad)[:5])
            more = "…" if len(bad) > 5 else ""
            problems.insert(0, f"{len(bad)} page(s) fail their authenticity check ({listed}{more})")
        if file_report.trailing_bytes:
            problems.append("the file ends part-way through a page")
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                problems.append(f"structure check: {rows[0][0]}")
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append("some records point to records that no longer exist")
        except sqlcipher.DatabaseError as exc:
            problems.append(f"structure check: {exc}")
        return IntegrityReport(ok=not problems, problems=tuple(problems), pages=file_report.pages)

    # -- passphrase change -----------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, check_strength: bool = True) -> None:
        """Rekey under an exclusive lock, then prove it: new opens, old does not.

        `PRAGMA rekey` can report success and keep the old key when another connection
        holds a read transaction, so we take exclusive access first (leaving WAL needs it)
        and verify on fresh connections afterwards.
        """
        strength = passphrase_strength(new_passphrase)
        if check_strength and not strength.acceptable:
            raise WeakPassphrase(strength.reason)
        new_key = derive_key(new_passphrase, self._key.salt)
        self._rekey(new_key)

    def _rekey(self, new_key: VaultKey) -> None:
        conn = self.conn
        old_key = self._key
        # Journals that other devices wrote with the old passphrase must stay readable here.
        with self.transaction("change the passphrase"):
            conn.execute(
                "INSERT OR IGNORE INTO sync_key(key_id, key) VALUES (?, ?)",
                (sync_key_id(old_key), sync_key(old_key)),
            )
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher.OperationalError as exc:
            raise RekeyFailed(
                "Another connection to the vault is busy, so the passphrase was not changed. "
                "Close other mentorpad windows and try again."
            ) from exc
        if busy or str(mode).lower() != "delete":
            with contextlib.suppress(sqlcipher.DatabaseError):
                conn.execute("PRAGMA journal_mode = WAL")
            raise RekeyFailed(
                "Another connection to the vault is busy, so the passphrase was not changed. "
                "Close other mentorpad windows and try again."
            )
        try:
            with translate_errors("change the passphrase"):
                conn.execute("BEGIN EXCLUSIVE")
                conn.execute("COMMIT")
                conn.reset_key(new_key.sqlcipher_key())  # sqlite3_rekey
        except BaseException:
            with contextlib.suppress(sqlcipher.DatabaseError):
                conn.execute("PRAGMA journal_mode = WAL")
            raise
        problem = self._verify_rekey(old_key, new_key)
        if problem:
            raise RekeyFailed(problem)
        self._key = new_key
        conn.execute("PRAGMA journal_mode = WAL")

    def _verify_rekey(self, old_key: VaultKey, new_key: VaultKey) -> str | None:
        """Fresh connections: the new key must read the file and the old key must not."""
        try:
            check = _connect(self.path, new_key)
            try:
                check.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                check.close()
        except sqlcipher.DatabaseError:
            return (
                "The passphrase change could not be verified: the new passphrase does not open "
                "the vault. Your old passphrase still works."
            )
        try:
            stale = _connect(self.path, old_key)
            try:
                stale.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return "The old passphrase still opens the vault: the change did not take."
            finally:
                stale.close()
        except sqlcipher.DatabaseError:
            return None

    # -- backups -------------------------------------------------------------------------------

    def backup_to(self, dest: Path) -> Path:
        """Encrypted copy, published with the no-replace primitive: a temp file beside the
        destination, written through the backup API, verified, fsynced, then linked into
        place. `dest` is the new file's name: anything there (a folder too) is refused."""
        dest = Path(dest)
        files.refuse_existing(dest, "backup")
        paths.make_private_dir(dest.parent)
        source = self.conn
        key = self._key

        def build(tmp: Path) -> None:
            target = _connect(tmp, key)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()

        try:
            with translate_errors("write the backup"):
                files.publish_built(
                    dest,
                    build,
                    verify=lambda tmp: _verify_backup(tmp, key),
                    what="backup",
                    expected_size=self.path.stat().st_size,
                )
        except VaultError:
            raise
        except Exception as exc:
            raise BackupFailed(f"The backup could not be written: {exc}") from exc
        return dest


#: An empty vault with today's schema takes about this much: a create that fails where this
#: does not fit failed for lack of room.
NEW_VAULT_BYTES = 40 * PAGE_SIZE
BACKUP_PREFIX = "mentorpad-backup-"
BACKUP_SUFFIX = ".vault"


def backup_file_name(now: dt.datetime | None = None) -> str:
    """mentorpad-backup-<local time to the microsecond>.vault: sorts by age."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"


def _refuse_vault_name(path: Path) -> None:
    """A new vault's name and its sidecars' names must all be free (nothing to write through)."""
    files.refuse_existing(path, "vault")
    for suffix in paths.SIDECARS:
        files.refuse_existing(Path(str(path) + suffix), "vault")


def _verify_backup(path: Path, key: VaultKey) -> None:
    conn = _connect(path, key)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise BackupFailed("The backup did not verify: it is not readable as a vault.")
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
        if bad or quick != [("ok",)]:
            raise BackupFailed("The backup did not verify after writing; it was discarded.")
    except sqlcipher.DatabaseError as exc:
        raise BackupFailed(f"The backup did not verify after writing: {exc}") from exc
    finally:
        conn.close()
