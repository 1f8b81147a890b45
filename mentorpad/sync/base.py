"""The per-device base: the synced tables as they were after this device's last sync, in an
encrypted file beside the vault (`<vault>.syncbase`, never in the sync folder). What the
vault holds beyond it is what this device changed since (docs/sync.md)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from pathlib import Path

import apsw

from mentorpad.models import files, paths
from mentorpad.models.crypto import VaultKey
from mentorpad.models.schema import SYNC_KEYS, SYNCED_TABLES
from mentorpad.sync.connection import attach, create_database
from mentorpad.sync.errors import SyncBaseOccupied
from mentorpad.sync.state import State

SUFFIX = ".syncbase"


def base_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + SUFFIX)


def _key(raw: str) -> VaultKey:
    data = bytes.fromhex(raw)
    return VaultKey(data[:32], data[32:])


def check_base_name(vault_path: Path) -> str | None:
    """Before a sync writes anything: the base's name holds our file or nothing. Anything
    else there (a link, a folder, a FIFO) is left alone and the sync refused (exit 9)."""
    path = base_path(vault_path)
    kind = files.existing_kind(path)
    if kind not in (None, "file"):
        raise SyncBaseOccupied(
            f"{path} is {files.KIND_WORDS[kind]}, not this vault's record of its last sync; "
            "it was left alone and nothing was synced. Remove it, then sync again.",
            path=path,
            kind=kind,
        )
    return kind


def open_base(con: apsw.Connection, state: State, vault_path: Path) -> bool:
    """Attach the base as schema `base`, making a new (empty) one where there is none.
    Returns True if it is new. Its key is random and kept in the vault, so a passphrase
    change leaves it readable."""
    path = base_path(vault_path)
    raw = state.get("base_key")
    kind = check_base_name(vault_path)
    if raw and kind == "file":
        try:
            attach(con, path, _key(raw), "base")
            con.execute("SELECT count(*) FROM base.sqlite_master").fetchall()
            return False
        except apsw.Error:
            con.execute("DETACH DATABASE base")
            os.unlink(path)  # ours, and unreadable: start over
    raw = secrets.token_bytes(48).hex()
    with con:
        state.set("base_key", raw)
    schema = [
        sql
        for (sql,) in con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ("
            + ",".join("?" * len(SYNCED_TABLES))
            + ")",
            SYNCED_TABLES,
        )
    ]

    def build(tmp: Path) -> None:
        db = create_database(tmp, _key(raw))
        try:
            with db:
                for statement in schema:
                    db.execute(statement)
        finally:
            db.close()

    paths.make_private_dir(path.parent)
    files.publish_built(path, build, what="sync base")
    attach(con, path, _key(raw), "base")
    return True


def fill_from_vault(con: apsw.Connection) -> None:
    """The base := the vault (a first sync, or a fresh start)."""
    for table in SYNCED_TABLES:
        con.execute(f"DELETE FROM base.{table}")
        con.execute(f"INSERT INTO base.{table} SELECT * FROM main.{table}")
    con.execute("DELETE FROM main.sync_dirty")


def _dirty(table: str) -> str:
    """The rows of `table` noted in sync_dirty, as a predicate that uses the primary key."""
    key = SYNC_KEYS[table]
    parts = ", ".join(f"json_extract(row_key, '$[{i}]')" for i in range(len(key)))
    columns = key[0] if len(key) == 1 else "(" + ", ".join(key) + ")"
    return f"{columns} IN (SELECT {parts} FROM main.sync_dirty WHERE tbl = '{table}')"


def _dirty_tables(con: apsw.Connection) -> list[str]:
    found = {str(t) for (t,) in con.execute("SELECT DISTINCT tbl FROM main.sync_dirty")}
    return [t for t in SYNCED_TABLES if t in found]


def diff(con: apsw.Connection, *, everything: bool = False) -> bytes:
    """What the vault holds beyond the base, as a changeset (SQLite's session extension).

    Only the rows the triggers noted as written since the last sync are compared: they are
    copied, from the vault and from the base, into two in-memory schemas of the same shape,
    and the session extension diffs those; `everything` compares the whole vault instead
    (a first sync)."""
    if everything:
        return _session_diff(con, "main", "base", SYNCED_TABLES)
    tables = _dirty_tables(con)
    if not tables:
        return b""
    for table in tables:
        for schema in ("now", "was"):
            con.execute(f"DROP TABLE IF EXISTS {schema}.{table}")
    for table in tables:
        row = con.execute(
            "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        assert row is not None
        for schema, source in (("now", "main"), ("was", "base")):
            con.execute(_in_schema(str(row[0]), table, schema))
            con.execute(
                f"INSERT INTO {schema}.{table} SELECT * FROM {source}.{table} WHERE {_dirty(table)}"
            )
    return _session_diff(con, "now", "was", tables)


def attach_staging(con: apsw.Connection) -> None:
    """Two in-memory schemas for the rows a sync compares (attached outside the sync's
    transaction: SQLite cannot attach or detach inside one)."""
    con.execute("ATTACH DATABASE ':memory:' AS now")
    con.execute("ATTACH DATABASE ':memory:' AS was")


def _in_schema(create_sql: str, table: str, schema: str) -> str:
    """CREATE TABLE <table> … as CREATE TABLE <schema>.<table> …"""
    head, _sep, rest = create_sql.partition("(")
    return f"CREATE TABLE {schema}.{table} (" + rest if table in head else create_sql


def _session_diff(con: apsw.Connection, schema: str, other: str, tables: Iterable[str]) -> bytes:
    session = apsw.Session(con, schema)
    try:
        for table in tables:
            session.attach(table)
            session.diff(other, table)
        return session.changeset()
    finally:
        session.close()


def refresh(con: apsw.Connection) -> None:
    """After a sync: the base's rows equal the vault's for every row written since (the
    local changes sent, the other devices' applied), and nothing is noted any more."""
    for table in _dirty_tables(con):
        con.execute(f"DELETE FROM base.{table} WHERE {_dirty(table)}")
        con.execute(f"INSERT INTO base.{table} SELECT * FROM main.{table} WHERE {_dirty(table)}")
    con.execute("DELETE FROM main.sync_dirty")
