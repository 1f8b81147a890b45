"""The encrypted vault: create, open, verify, change passphrase, back up, close.

Opening never creates or replaces a file, and every failure becomes a typed error from
`mentorpad.models.errors` with a message written for the mentor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.clock import SYSTEM_CLOCK
from mentorpad.models import files, paths
from mentorpad.models.crypto import (
    PAGE_SIZE,
    SALT_BYTES,
    VaultKey,
    derive_key,
    passphrase_strength,
    sync_key,
    sync_key_id,
)
from mentorpad.models.errors import (
    BackupFailed,
    VaultError,
    VaultSuspended,
    WeakPassphrase,
    WrongPassphrase,
)
from mentorpad.models.lockfile import ProcessLock
from mentorpad.models.schema import APPLICATION_ID, DEVICE_SETTINGS
from mentorpad.models.vault.connection import Connection, _configure, _connect, _migrate
from mentorpad.models.vault.diagnosis import preflight, translate_errors
from mentorpad.models.vault.integrity import IntegrityReport, file_integrity, verify_backup
from mentorpad.models.vault.opening import connect_read_only, open_connection
from mentorpad.models.vault.rekey import refuse_without_room, rekey_verified
from mentorpad.models.vault.sync_journal import roll_back_sync_journal


class Vault:
    """An open, unlocked vault. Only this layer and the repositories speak SQL."""

    def __init__(self, path: Path, key: VaultKey, conn: Connection, lock: ProcessLock) -> None:
        self.path = path
        self._key = key
        self._conn: Connection | None = conn
        self._lock = lock
        self._owns_lock = True
        self._read_only = False
        self._suspended = False
        self._changes_before = 0  # changes counted on connections closed by a suspension

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
        cls,
        path: Path,
        passphrase: str | None = None,
        *,
        key: VaultKey | None = None,
        read_only: bool = False,
        lock: ProcessLock | None = None,
    ) -> Vault:
        """Open an existing vault. Wrong passphrase or damage leave the file byte-for-byte as is.

        `read_only`: never write the file (a check, a vault on read-only media): no migration,
        no checkpoint. `lock`: the vault's ProcessLock already held by the caller (a command
        takes it before asking for the passphrase); it stays the caller's to release.
        """
        path = Path(path)
        salt = preflight(path)
        if key is None:
            if passphrase is None:
                raise ValueError("a passphrase or a key is required")
            key = derive_key(passphrase, salt)
        elif key.salt != salt:
            raise WrongPassphrase("That key belongs to a different vault file.")
        owns_lock = lock is None
        if lock is None:
            lock = ProcessLock(path, read_only=read_only)
            lock.acquire()
        elif not lock.held:
            raise ValueError("the lock handed to Vault.open must be held")
        try:
            conn, read_only = open_connection(path, key, read_only=read_only)
        except BaseException:
            if owns_lock:
                lock.release()
            raise
        vault = cls(path, key, conn, lock)
        vault._read_only = read_only
        vault._owns_lock = owns_lock
        return vault

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            self._refuse_closed()
        return self._conn

    def _refuse_closed(self) -> NoReturn:
        if self._suspended:
            raise VaultSuspended("The vault is being synced; try again in a moment.")
        raise VaultError("The vault is locked.")

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def is_suspended(self) -> bool:
        return self._suspended

    @property
    def total_changes(self) -> int:
        """Rows changed since the vault was opened, over every connection a suspension
        replaced, plus one per suspension in which the other library wrote (a backup on
        lock compares this; a connection's own count restarts when it is reopened)."""
        return self._changes_before + (self._conn.total_changes if self._conn else 0)

    @property
    def read_only(self) -> bool:
        """Opened without the right to write (a check, or read-only media)."""
        return self._read_only

    @property
    def key(self) -> VaultKey:
        """For opening a second connection (a worker) without running the KDF again."""
        return self._key

    def close(self) -> None:
        """Checkpoint and close; the WAL is folded into the main file and removed."""
        conn, self._conn = self._conn, None
        self._suspended = False
        if conn is not None:
            if not self._read_only:
                with contextlib.suppress(sqlcipher.DatabaseError):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        if self._owns_lock:
            self._lock.release()

    def suspend(self) -> Path:
        """Close the connection but keep the process lock, for work that must open the file
        with another SQLite library (sync): two copies of SQLite must never have one file
        open at once (mentorpad/sync/connection.py). Until resume(), every use of the vault
        raises VaultSuspended. The GUI suspends on its thread and resumes there once the
        worker that synced is done."""
        conn = self._conn
        if conn is None:
            self._refuse_closed()
        self._conn = None
        self._changes_before += conn.total_changes
        self._suspended = True
        with contextlib.suppress(sqlcipher.DatabaseError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        return self.path

    def resume(self, *, changed: bool = True) -> None:
        """Reopen with the same key after suspend(); `changed`: the other library may have
        written (counted in total_changes)."""
        if not self._suspended:
            return
        roll_back_sync_journal(self.path, self._key)  # a sync that could not undo itself
        reopened = _connect(self.path, self._key)
        try:
            _configure(reopened)
        except BaseException:
            reopened.close()
            raise
        self._suspended = False
        self._changes_before += int(changed)
        self._conn = reopened

    @contextlib.contextmanager
    def suspended(self) -> Iterator[Path]:
        """suspend() for the length of the block, resume() after (the CLI's sync)."""
        path = self.suspend()
        try:
            yield path
        finally:
            self.resume()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open_reader(self) -> Connection:
        """A second connection for a worker thread: raw key, no KDF. Refused while the
        vault is locked or suspended (a sync has the file open with another SQLite)."""
        if self._conn is None:
            self._refuse_closed()
        if self._read_only:
            reader = connect_read_only(self.path, self._key)
            _configure(reader, read_only=True)
            return reader
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
        return file_integrity(conn or self.conn, self.path, self._key)

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
        refuse_without_room(self.path)  # before anything is written, the sync key too
        # Journals that other devices wrote with the old passphrase must stay readable here.
        with self.transaction("change the passphrase"):
            conn.execute(
                "INSERT OR IGNORE INTO sync_key(key_id, key) VALUES (?, ?)",
                (sync_key_id(self._key), sync_key(self._key)),
            )
        rekey_verified(conn, self.path, self._key, new_key)
        self._key = new_key
        conn.execute("PRAGMA journal_mode = WAL")

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
                    verify=lambda tmp: verify_backup(tmp, key),
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


def backup_id(salt: bytes) -> str:
    """A vault's backup id: from its salt, which every copy and every passphrase of that vault
    keeps (and no other vault has), so backups can be told apart without the passphrase."""
    return hashlib.sha256(b"mentorpad backup id\0" + salt).hexdigest()[:16]


def backup_file_name(now: dt.datetime | None = None, *, salt: bytes | None = None) -> str:
    """mentorpad-backup-<vault's backup id>-<local time to the microsecond>.vault; without a
    salt, the older name without the id."""
    stamp = (now or SYSTEM_CLOCK.now()).strftime("%Y%m%d-%H%M%S-%f")  # the app passes its own
    owner = f"{backup_id(salt)}-" if salt is not None else ""
    return f"{BACKUP_PREFIX}{owner}{stamp}{BACKUP_SUFFIX}"


def _refuse_vault_name(path: Path) -> None:
    """A new vault's name and its sidecars' names must all be free (nothing to write through)."""
    files.refuse_existing(path, "vault")
    for suffix in paths.SIDECARS:
        files.refuse_existing(Path(str(path) + suffix), "vault")
