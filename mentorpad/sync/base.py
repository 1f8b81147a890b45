"""The per-device base: the synced tables as they were after this device's last sync, in an
encrypted file beside the vault (`<vault>.syncbase`, never in the sync folder). What the
vault holds beyond it is what this device changed since (docs/sync.md)."""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

import apsw

from mentorpad.models import files, paths
from mentorpad.models.crypto import VaultKey
from mentorpad.models.schema import SYNCED_TABLES
from mentorpad.sync.connection import attach, create_database
from mentorpad.sync.state import State

SUFFIX = ".syncbase"


def base_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + SUFFIX)


def _key(raw: str) -> VaultKey:
    data = bytes.fromhex(raw)
    return VaultKey(data[:32], data[32:])


def open_base(con: apsw.Connection, state: State, vault_path: Path) -> bool:
    """Attach the base as schema `base`, making a new (empty) one where there is none.
    Returns True if it is new. Its key is random and kept in the vault, so a passphrase
    change leaves it readable."""
    path = base_path(vault_path)
    raw = state.get("base_key")
    if raw and files.existing_kind(path) == "file":
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
    """The base := the vault (a fresh start: nothing in it counts as an unsent change)."""
    for table in SYNCED_TABLES:
        con.execute(f"DELETE FROM base.{table}")
        con.execute(f"INSERT INTO base.{table} SELECT * FROM main.{table}")


def diff(con: apsw.Connection) -> bytes:
    """What the vault holds beyond the base, as a changeset (SQLite's session extension)."""
    session = apsw.Session(con, "main")
    try:
        for table in SYNCED_TABLES:
            session.attach(table)
            session.diff("base", table)
        return session.changeset()
    finally:
        session.close()


def copy_rows(
    con: apsw.Connection, pks: dict[str, list[str]], keys: Iterable[tuple[str, str]]
) -> None:
    """Make the base's rows equal the vault's for these (table, row key) pairs."""
    for table, key in keys:
        where = " AND ".join(f"{column} IS ?" for column in pks[table])
        values = json.loads(key)
        con.execute(f"DELETE FROM base.{table} WHERE {where}", values)
        con.execute(f"INSERT INTO base.{table} SELECT * FROM main.{table} WHERE {where}", values)
