"""Mentees and their stage history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from mentorpad.models.entities import STAGES, STATUSES, Mentee, StageChange
from mentorpad.models.store.base import (
    Repository,
    _check,
    _date,
    _iso,
    new_id,
    note_id,
)


class MenteeRepository(Repository):
    """Profiles; a stage change is recorded in the stage history in the same transaction."""

    def _mentee(self, row: Sequence[Any]) -> Mentee:
        return Mentee(
            id=row[0],
            display_name=row[1],
            role=row[2],
            organisation=row[3],
            stage=row[4],
            start_date=_date(row[5]),
            status=row[6],
            archived=bool(row[7]),
        )

    _MENTEE_COLS = "id, display_name, role, organisation, stage, start_date, status, archived"

    def mentees(self, *, include_archived: bool = False) -> list[Mentee]:
        where = "" if include_archived else "WHERE archived = 0"
        rows = self._conn.execute(
            f"SELECT {self._MENTEE_COLS} FROM mentee {where} "
            "ORDER BY archived, status = 'closed', display_name COLLATE NOCASE"
        ).fetchall()
        return [self._mentee(r) for r in rows]

    def mentee(self, mentee_id: int) -> Mentee | None:
        row = self._conn.execute(
            f"SELECT {self._MENTEE_COLS} FROM mentee WHERE id = ?", (mentee_id,)
        ).fetchone()
        return self._mentee(row) if row else None

    def find_mentee(self, name: str) -> Mentee | None:
        row = self._conn.execute(
            f"SELECT {self._MENTEE_COLS} FROM mentee WHERE display_name = ? COLLATE NOCASE "
            "ORDER BY archived LIMIT 1",
            (name,),
        ).fetchone()
        return self._mentee(row) if row else None

    def add_mentee(
        self,
        display_name: str,
        *,
        role: str = "",
        organisation: str = "",
        stage: str | None = None,
        start_date: dt.date | None = None,
        status: str = "active",
        background: str = "",
    ) -> int:
        _check(stage is None or stage in STAGES, "unknown stage")
        _check(status in STATUSES, "unknown status")
        if not display_name.strip():
            raise ValueError("a mentee needs a name (a code name is fine)")
        now = self._now()
        with self.vault.transaction("add the mentee") as conn:
            mentee_id = new_id()
            conn.execute(
                "INSERT INTO mentee(id, display_name, role, organisation, stage, start_date, "
                "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    mentee_id,
                    display_name.strip(),
                    role,
                    organisation,
                    stage,
                    _iso(start_date),
                    status,
                    now,
                    now,
                ),
            )
            if stage:
                conn.execute(
                    "INSERT INTO stage_change(id, mentee_id, stage, changed_on) "
                    "VALUES (?, ?, ?, ?)",
                    (new_id(), mentee_id, stage, _iso(start_date or self.clock.now().date())),
                )
            conn.execute(
                "INSERT INTO note(id, mentee_id, session_id, kind, body, updated_at) "
                "VALUES (?, ?, NULL, 'background', ?, ?)",
                (note_id(mentee_id, None, "background"), mentee_id, background, now),
            )
        return mentee_id

    def update_mentee(
        self, mentee_id: int, *, changed_on: dt.date | None = None, **fields: Any
    ) -> None:
        """Update profile fields; a stage change is also recorded in the stage history."""
        allowed = {
            "display_name",
            "role",
            "organisation",
            "stage",
            "start_date",
            "status",
            "archived",
        }
        unknown = set(fields) - allowed
        _check(not unknown, f"unknown fields {unknown}")
        if "stage" in fields:
            _check(fields["stage"] is None or fields["stage"] in STAGES, "unknown stage")
        if "status" in fields:
            _check(fields["status"] in STATUSES, "unknown status")
        if "display_name" in fields and not str(fields["display_name"]).strip():
            raise ValueError("a mentee needs a name (a code name is fine)")
        current = self.mentee(mentee_id)
        if current is None:
            raise KeyError(mentee_id)
        values = {k: (_iso(v) if isinstance(v, dt.date) else v) for k, v in fields.items()}
        if "archived" in values:
            values["archived"] = int(bool(values["archived"]))
        with self.vault.transaction("save the mentee") as conn:
            if values:
                assignments = ", ".join(f"{k} = ?" for k in values)
                conn.execute(
                    f"UPDATE mentee SET {assignments}, updated_at = ? WHERE id = ?",
                    (*values.values(), self._now(), mentee_id),
                )
            new_stage = fields.get("stage")
            if "stage" in fields and new_stage and new_stage != current.stage:
                conn.execute(
                    "INSERT INTO stage_change(id, mentee_id, stage, changed_on) "
                    "VALUES (?, ?, ?, ?)",
                    (new_id(), mentee_id, new_stage, _iso(changed_on or self.clock.now().date())),
                )

    def stage_history(self, mentee_id: int) -> list[StageChange]:
        rows = self._conn.execute(
            "SELECT stage, changed_on FROM stage_change WHERE mentee_id = ? "
            "ORDER BY changed_on, id",
            (mentee_id,),
        ).fetchall()
        return [StageChange(r[0], dt.date.fromisoformat(r[1])) for r in rows]

    def delete_mentee(self, mentee_id: int) -> None:
        """Remove everything about the mentee, then merge the search index so no token of it
        survives in an old index segment (secure_delete zeroes the freed pages)."""
        with self.vault.transaction("delete the mentee") as conn:
            conn.execute("DELETE FROM commitment WHERE mentee_id = ?", (mentee_id,))
            conn.execute("DELETE FROM note WHERE mentee_id = ?", (mentee_id,))
            conn.execute("DELETE FROM mentee WHERE id = ?", (mentee_id,))
            conn.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")
            conn.execute("INSERT INTO commitment_fts(commitment_fts) VALUES ('optimize')")
