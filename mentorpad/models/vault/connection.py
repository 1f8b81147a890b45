"""Connections to a vault file: keyed through the driver, configured, migrated to today's
schema. The driver ships no types, so a Protocol says what we use of it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models.crypto import VaultKey
from mentorpad.models.schema import MIGRATIONS, SCHEMA_VERSION


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


CACHE_KIB = 32 * 1024


def _silence_sqlcipher_log() -> None:
    """SQLCipher prints 'hmac check failed' to stderr on a wrong key; the setting is global."""
    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_silence_sqlcipher_log()


def _connect(
    path: Path, key: VaultKey, *, read_only: bool = False, immutable: bool = False
) -> Connection:
    """One connection, keyed through the driver's key API with a hex raw key (never SQL text).

    mode=rw never creates a file (a new vault or backup is an empty temp file of ours first);
    nofollow=1 refuses to open the database through a symbolic link. `read_only` never
    writes the file; `immutable` (read-only, no -wal to read) creates nothing beside it either.
    """
    mode = "ro" if read_only else "rw"
    extra = "&immutable=1" if read_only and immutable else ""
    uri = "file:" + quote(os.path.abspath(path)) + f"?mode={mode}&nofollow=1{extra}"
    conn = _raw_connect(uri, uri=True)
    conn.set_key(key.sqlcipher_key())
    return conn


def _configure(conn: Connection, *, read_only: bool = False) -> None:
    """Performance notes: WAL + NORMAL, 32 MiB cache, memory security off, FKs on. A
    read-only connection leaves the journal mode as the file has it."""
    conn.execute("PRAGMA cipher_memory_security = OFF")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    if read_only:
        conn.execute("PRAGMA busy_timeout = 2000")
        return
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 2000")


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
