"""Conflict copies (mentorpad/sync/resolve.py): listing them with what they belong to, and
the mentor's decision on each."""

from __future__ import annotations

import json
from typing import Any

from mentorpad.models.entities import ConflictCopy
from mentorpad.models.schema import FREE_TEXT
from mentorpad.models.store.base import Repository

# Where each table's text lives and what it belongs to: (pk column, mentee column, session
# column, kind) for the tables whose text a conflict copy can hold.
_SHAPES: dict[str, tuple[str, str | None, str | None, str | None]] = {
    "note": ("id", "mentee_id", "session_id", None),
    "commitment": ("id", "mentee_id", "session_id", "commitment"),
    "goal": ("id", "mentee_id", None, "goal"),
    "agreement": ("mentee_id", "mentee_id", None, "agreement"),
}
RESOLUTIONS = ("keep-current", "use-copy", "keep-both")


class ConflictRepository(Repository):
    def conflict_copies(self) -> list[ConflictCopy]:
        rows = self._conn.execute(
            "SELECT id, tbl, row_key, field, text FROM conflict_copy ORDER BY tbl, row_key, id"
        ).fetchall()
        return [self._copy(*row) for row in rows]

    def _copy(self, copy_id: int, table: str, key: str, field: str, text: str) -> ConflictCopy:
        shape = _SHAPES.get(table)
        current: str | None = None
        mentee_id = session_id = None
        kind = table
        if shape is not None:
            pk, mentee_col, session_col, fixed_kind = shape
            columns = [field, mentee_col or "NULL", session_col or "NULL"]
            if table == "note":
                columns.append("kind")
            row = self._conn.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE {pk} = ?", (_pk(key),)
            ).fetchone()
            if row is not None:
                current, mentee_id, session_id = row[0], row[1], row[2]
                kind = row[3] if table == "note" else (fixed_kind or table)
            else:
                kind = fixed_kind or table
        return ConflictCopy(
            int(copy_id), table, field, text, current, mentee_id, session_id, str(kind)
        )

    def resolve_conflict(self, copy_id: int, resolution: str) -> None:
        """keep-current: forget the copy; use-copy: the copy's text replaces the current
        one; keep-both: the copy's text is added after the current one."""
        if resolution not in RESOLUTIONS:
            raise ValueError("unknown resolution")
        with self.vault.transaction("resolve the conflict") as conn:
            row = conn.execute(
                "SELECT tbl, row_key, field, text FROM conflict_copy WHERE id = ?", (copy_id,)
            ).fetchone()
            if row is None:
                return
            table, key, field, text = row
            shape = _SHAPES.get(table)
            if resolution != "keep-current" and shape is not None:
                _write_text(conn, table, shape[0], key, field, text, resolution, self._now())
            conn.execute("DELETE FROM conflict_copy WHERE id = ?", (copy_id,))


def _pk(key: str) -> Any:
    values = json.loads(key)
    return values[0] if isinstance(values, list) and values else values


def _write_text(
    conn: Any, table: str, pk: str, key: str, field: str, text: str, resolution: str, now: str
) -> None:
    if field not in FREE_TEXT.get(table, ()):
        raise ValueError("not a text field")
    current = conn.execute(f"SELECT {field} FROM {table} WHERE {pk} = ?", (_pk(key),)).fetchone()
    if current is None:
        return  # the row is gone: the mentor copies the text by hand
    value = text if resolution == "use-copy" else f"{current[0]}\n\n{text}"
    stamp = ", updated_at = ?" if table in ("note", "agreement") else ""
    params = [value, *([now] if stamp else []), _pk(key)]
    conn.execute(f"UPDATE {table} SET {field} = ?{stamp} WHERE {pk} = ?", params)
