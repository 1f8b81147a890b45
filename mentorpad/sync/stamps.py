"""The clock stamp of every synced cell: which write a column's value comes from.

A conflict is decided column by column: the write with the later stamp wins (last writer
wins per column). Guessing "who changed this column" from equal values is not enough: a
column this device wrote later can hold, by chance, the very value the other device had
before (a note's time, a rating, a date), and the two devices then disagreed for ever.

`sync_row` keeps, per row, the latest stamp and (JSON, in `cols`) the columns whose last
write is older than that; NULL when every column was last written together (the common
case: a row created once). A row with no entry was never synced: its columns count as
older than any stamp.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import apsw

from mentorpad.sync.resolve import row_key

Key = tuple[str, str]  # (table, row key)
_BULK = 2000  # above this many rows, read the whole table once instead of row by row


@dataclass
class RowStamps:
    stamp: str = ""
    cols: dict[str, str] = field(default_factory=dict)

    def of(self, column: str) -> str:
        return self.cols.get(column, self.stamp)

    def raised(self, columns: Iterable[str], stamp: str, names: Sequence[str]) -> RowStamps:
        """These stamps after a write of `columns` at `stamp` (each keeps the later one)."""
        every = {name: self.of(name) for name in names}
        for column in columns:
            if stamp > every[column]:
                every[column] = stamp
        top = max(every.values(), default="")
        return RowStamps(top, {c: s for c, s in every.items() if s != top})


def load(con: apsw.Connection, keys: Iterable[Key]) -> dict[Key, RowStamps]:
    """The stamps of these rows (those never synced are absent)."""
    wanted = set(keys)
    if len(wanted) > _BULK:
        rows = con.execute("SELECT tbl, row_key, stamp, cols FROM sync_row")
        found = {(str(t), str(k)): _parse(s, c) for t, k, s, c in rows}
        return {key: found[key] for key in wanted if key in found}
    result = {}
    for table, key in wanted:
        row = con.execute(
            "SELECT stamp, cols FROM sync_row WHERE tbl = ? AND row_key = ?", (table, key)
        ).fetchone()
        if row is not None:
            result[(table, key)] = _parse(row[0], row[1])
    return result


def _parse(stamp: object, cols: object) -> RowStamps:
    return RowStamps(str(stamp), json.loads(str(cols)) if cols else {})


def written(changeset: bytes, columns: dict[str, list[str]]) -> dict[Key, set[str]]:
    """The columns each change of a changeset writes: all of them for an insert or a
    deletion, the changed ones for an update."""
    result: dict[Key, set[str]] = {}
    if not changeset:
        return result
    for change in apsw.Changeset.iter(changeset):
        names = columns[change.name]
        if change.op == "UPDATE":
            assert change.new is not None
            cols = {names[i] for i, v in enumerate(change.new) if v is not apsw.no_change}
        else:
            cols = set(names)
        result.setdefault((change.name, row_key(change)), set()).update(cols)
    return result


def record(
    con: apsw.Connection,
    writes: dict[Key, set[str]],
    stamp: str,
    columns: dict[str, list[str]],
) -> None:
    """Note that these columns were written at `stamp` (a cell keeps its later stamp)."""
    if not writes:
        return
    current = load(con, writes)
    rows = []
    for (table, key), cols in writes.items():
        after = current.get((table, key), RowStamps()).raised(cols, stamp, columns[table])
        rows.append((table, key, after.stamp, json.dumps(after.cols, sort_keys=True)))
    con.executemany(
        "INSERT INTO sync_row(tbl, row_key, stamp, cols) VALUES (?, ?, ?, nullif(?, '{}')) "
        "ON CONFLICT(tbl, row_key) DO UPDATE SET stamp = excluded.stamp, cols = excluded.cols",
        rows,
    )
