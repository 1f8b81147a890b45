"""What happens when another device's change meets a local one: decided the same way on
every device, so all of them end with the same data, and no saved text is ever lost.

- The same row changed on two devices: the change published later (hybrid clock) wins,
  column by column where they touched different columns. Free text that loses (a note, a
  commitment, a goal, the agreement's clauses) is kept as a conflict copy the mentor
  resolves; a date or a rating simply takes the later value.
- A row deleted on one device and edited on the other: the deletion wins (it cannot be
  undone on the device that deleted), and the edited text is kept as a conflict copy.
- A row created under a parent another device deleted: it goes too (as the cascade would
  have taken it), its text kept as a conflict copy.
- A change that is already there (a journal applied twice, a republished change): nothing.

A conflict copy holds only what every device derives the same way: the row it came from
(table and key), the field and the losing text; its id is a digest of those, so two devices
that find the same conflict create the very same row. When another device replaced or
deleted a text it had in front of it, any copy of that text here goes too: it was dropped
on purpose, and the device that dropped it never made a copy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import apsw

from mentorpad.models.schema import FREE_TEXT

if TYPE_CHECKING:
    from mentorpad.sync.stamps import RowStamps

OMIT: int = apsw.SQLITE_CHANGESET_OMIT
REPLACE: int = apsw.SQLITE_CHANGESET_REPLACE
DATA: int = apsw.SQLITE_CHANGESET_DATA
NOTFOUND: int = apsw.SQLITE_CHANGESET_NOTFOUND
CONFLICT: int = apsw.SQLITE_CHANGESET_CONFLICT


def key_of(values: Sequence[Any]) -> str:
    """A row's key as text, exactly as SQLite's json_array() writes it (the sync_dirty
    triggers): compact, UTF-8."""
    return json.dumps(list(values), separators=(",", ":"), ensure_ascii=False)


def row_key(change: apsw.TableChange) -> str:
    values = change.old if change.op != "INSERT" else change.new
    assert values is not None
    return key_of([values[i] for i in sorted(change.pk_columns)])


def copy_id(tbl: str, key: str, column: str, text: str) -> int:
    """The same conflict found on two devices is the same row."""
    digest = hashlib.blake2b(f"{tbl}\0{key}\0{column}\0{text}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big") >> 1 or 1


@dataclass(frozen=True)
class Copy:
    """A text that lost, kept where the mentor can see it."""

    tbl: str
    key: str
    column: str
    text: str

    def row(self) -> tuple[Any, ...]:
        return (
            copy_id(self.tbl, self.key, self.column, self.text),
            self.tbl,
            self.key,
            self.column,
            self.text,
        )


@dataclass
class Resolver:
    """The conflict callback for one journal: decides, and notes what to do after apply
    (the engine's callback must not write to the database itself)."""

    columns: dict[str, list[str]]
    stamps: dict[tuple[str, str], RowStamps]  # (table, row key) -> its cells' last stamps
    incoming: str  # the journal's stamp
    local_device: str
    remote_device: str
    copies: list[Copy] = field(default_factory=list)
    updates: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    unapplied: set[tuple[str, str]] = field(default_factory=set)  # not written at all

    def __call__(self, reason: int, change: apsw.TableChange) -> int:
        return self._decide(reason, change, row_key(change))

    def _decide(self, reason: int, change: apsw.TableChange, key: str) -> int:
        if reason == DATA:
            return self._data(change, key)
        self.unapplied.add((change.name, key))
        if reason == NOTFOUND:  # gone here: keep their new words
            if change.op == "UPDATE":
                assert change.new is not None
                self._keep(change, key, dict(enumerate(change.new)), None)
            return OMIT
        if reason == CONFLICT:  # created on both (a natural or content-derived key)
            self.unapplied.discard((change.name, key))
            return self._merge(change, key, change.new, None)
        # CONSTRAINT (a check or a unique index) or FOREIGN_KEY: cannot apply; keep words.
        if change.new is not None:
            self._keep(change, key, dict(enumerate(change.new)), None)
        return OMIT

    def _data(self, change: apsw.TableChange, key: str) -> int:
        current = change.conflict
        assert current is not None and change.old is not None
        if change.op == "DELETE":  # edited here, deleted there: the deletion wins
            edited = {i: v for i, v in enumerate(current) if v != change.old[i]}
            self._keep(change, key, edited, None)
            return REPLACE
        return self._merge(change, key, change.new, change.old)

    def _merge(
        self,
        change: apsw.TableChange,
        key: str,
        new: Sequence[Any] | None,
        old: Sequence[Any] | None,
    ) -> int:
        """Column by column, the later write wins. Text that loses is kept as a copy:
        ours unless they had it in front of them (it is their old value), theirs always
        (it was never seen here)."""
        current = change.conflict
        assert current is not None and new is not None
        changed = [i for i, v in enumerate(new) if v is not apsw.no_change]
        differing = [i for i in changed if current[i] != new[i]]
        if not differing:
            return OMIT  # already here
        names = self.columns[change.name]
        cells = self.stamps.get((change.name, key))
        ours_lose = {i for i in differing if cells is None or self.incoming > cells.of(names[i])}
        if old is None:
            mine = {i: current[i] for i in ours_lose}
        else:
            mine = {i: current[i] for i in ours_lose if current[i] != old[i]}
        self._keep(change, key, mine, None)
        self._keep(change, key, {i: new[i] for i in differing if i not in ours_lose}, None)
        if len(ours_lose) == len(differing):
            return REPLACE
        if ours_lose:
            self.updates.append((change.name, key, {names[i]: new[i] for i in ours_lose}))
        return OMIT

    def _keep(
        self,
        change: apsw.TableChange,
        key: str,
        losers: dict[int, Any],
        winner: Sequence[Any] | None,
    ) -> None:
        """Copies of the losing free text that the winning row does not already hold."""
        for index, column, text in self._texts(change, losers):
            if winner is None or winner[index] != text:
                self.copies.append(Copy(change.name, key, column, text))

    def _texts(
        self, change: apsw.TableChange, values: dict[int, Any]
    ) -> list[tuple[int, str, str]]:
        return free_texts(self.columns[change.name], change.name, values)


def free_texts(
    names: Sequence[str], tbl: str, values: dict[int, Any]
) -> list[tuple[int, str, str]]:
    """(index, column, text) of the non-empty free texts among `values`."""
    found = []
    for index, text in values.items():
        if index >= len(names) or names[index] not in FREE_TEXT.get(tbl, ()):
            continue
        if text is apsw.no_change or not isinstance(text, str) or not text.strip():
            continue
        found.append((index, names[index], text))
    return found


def replaced_texts(changeset: bytes, columns: dict[str, list[str]]) -> list[Copy]:
    """The texts another device replaced or deleted with them in view (the old values of
    its updates and deletions): a copy of one of those here was dropped there on purpose,
    and goes here too, so every device keeps the same copies."""
    dropped = []
    for change in apsw.Changeset.iter(changeset):
        if change.op == "INSERT" or change.old is None:
            continue
        key = row_key(change)
        old = dict(enumerate(change.old))
        for _index, column, text in free_texts(columns[change.name], change.name, old):
            dropped.append(Copy(change.name, key, column, text))
    return dropped


def sweep_orphans(
    con: apsw.Connection,
    columns: dict[str, list[str]],
    pks: dict[str, list[str]],
    changeset: bytes,
) -> list[Copy]:
    """Foreign keys are off while a journal is applied (a deletion travels row by row);
    rows left pointing at a deleted parent were made on one device while the other deleted
    the parent. Do what the schema's ON DELETE says (the cascade the other device ran),
    keeping their words as conflict copies.

    Only where an orphan can be: children of the rows this journal deleted, and the rows it
    wrote (their parent may be gone here); both through the foreign keys' indexes."""
    deleted: dict[str, set[Any]] = {}
    written: dict[str, set[str]] = {}
    for change in apsw.Changeset.iter(changeset):
        if change.op == "DELETE" and change.old is not None and len(change.pk_columns) == 1:
            deleted.setdefault(change.name, set()).add(change.old[min(change.pk_columns)])
        elif change.op != "DELETE":
            written.setdefault(change.name, set()).add(row_key(change))
    copies: list[Copy] = []
    while deleted or written:
        gone: dict[str, set[Any]] = {}
        for table in columns:
            for fk in con.execute(f"PRAGMA main.foreign_key_list({table})").fetchall():
                parent, column, on_delete = str(fk[2]), str(fk[3]), str(fk[6])
                parent_column = str(fk[4] or "id")
                missing = f"{column} NOT IN (SELECT {parent_column} FROM main.{parent})"
                rows = _orphans(con, table, column, parent, missing, deleted, written, pks)
                if not rows:
                    continue
                if on_delete == "SET NULL":
                    for key in rows:
                        _by_key(con, f"UPDATE main.{table} SET {column} = NULL", table, key, pks)
                    continue
                names = columns[table]
                for key in rows:
                    row = _by_key(con, f"SELECT * FROM main.{table}", table, key, pks).fetchone()
                    if row is None:
                        continue
                    for index, name in enumerate(names):
                        text = row[index]
                        if (
                            name in FREE_TEXT.get(table, ())
                            and isinstance(text, str)
                            and text.strip()
                        ):
                            copies.append(Copy(table, key, name, text))
                    _by_key(con, f"DELETE FROM main.{table}", table, key, pks)
                    if len(pks[table]) == 1:
                        gone.setdefault(table, set()).add(json.loads(key)[0])
        deleted, written = gone, {}
    return copies


def _orphans(
    con: apsw.Connection,
    table: str,
    column: str,
    parent: str,
    missing: str,
    deleted: dict[str, set[Any]],
    written: dict[str, set[str]],
    pks: dict[str, list[str]],
) -> list[str]:
    """Keys of `table` rows whose `column` points at no `parent` row, among the candidates."""
    found: set[str] = set()
    pk = ", ".join(pks[table])
    gone = list(deleted.get(parent, ()))
    for start in range(0, len(gone), 500):
        chunk = gone[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT {pk} FROM main.{table} WHERE {column} IN ({marks}) AND {missing}"
        found |= {key_of(row) for row in con.execute(query, chunk)}
    for key in written.get(table, ()):
        row = _by_key(
            con,
            f"SELECT {pk} FROM main.{table}",
            table,
            key,
            pks,
            f"AND {column} IS NOT NULL AND {missing}",
        ).fetchone()
        if row is not None:
            found.add(key_of(row))
    return sorted(found)


def _by_key(
    con: apsw.Connection,
    head: str,
    table: str,
    key: str,
    pks: dict[str, list[str]],
    extra: str = "",
) -> Any:
    where = " AND ".join(f"{column} IS ?" for column in pks[table])
    return con.execute(f"{head} WHERE {where} {extra}", json.loads(key))
