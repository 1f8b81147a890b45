"""Commitments: what the mentee or the mentor will do by when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from mentorpad.models.entities import OWNERS, Commitment
from mentorpad.models.store.base import Repository, _check, _date, _iso, new_id


class CommitmentRepository(Repository):
    """Commitments, optionally tied to the session they were made in."""

    def _commitment(self, r: Sequence[Any]) -> Commitment:
        return Commitment(
            id=r[0],
            mentee_id=r[1],
            session_id=r[2],
            text=r[3],
            owner=r[4],
            due_date=_date(r[5]),
            done_on=_date(r[6]),
        )

    def commitments(
        self,
        *,
        mentee_id: int | None = None,
        session_id: int | None = None,
        open_only: bool = False,
    ) -> list[Commitment]:
        clauses, params = [], []
        if mentee_id is not None:
            clauses.append("mentee_id = ?")
            params.append(mentee_id)
        if session_id is not None:
            clauses.append("session_id = ?")
            params.append(session_id)
        if open_only:
            clauses.append("done_on IS NULL")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._conn.execute(
            "SELECT id, mentee_id, session_id, text, owner, due_date, done_on FROM commitment "
            f"{where} ORDER BY due_date IS NULL, due_date, id",
            params,
        ).fetchall()
        return [self._commitment(r) for r in rows]

    def add_commitment(
        self,
        mentee_id: int,
        text: str,
        *,
        session_id: int | None = None,
        owner: str = "mentee",
        due_date: dt.date | None = None,
    ) -> int:
        _check(owner in OWNERS, "owner is mentee or mentor")
        if not text.strip():
            raise ValueError("a commitment needs a text")
        with self.vault.transaction("add the commitment") as conn:
            commitment_id = new_id()
            conn.execute(
                "INSERT INTO commitment(id, mentee_id, session_id, text, owner, due_date, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    commitment_id,
                    mentee_id,
                    session_id,
                    text.strip(),
                    owner,
                    _iso(due_date),
                    self._now(),
                ),
            )
            return commitment_id

    def update_commitment(self, commitment_id: int, **fields: Any) -> None:
        allowed = {"text", "owner", "due_date", "done_on"}
        _check(set(fields) <= allowed, "unknown commitment field")
        if "owner" in fields:
            _check(fields["owner"] in OWNERS, "owner is mentee or mentor")
        values = {k: (_iso(v) if isinstance(v, dt.date) else v) for k, v in fields.items()}
        if not values:
            return
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self.vault.transaction("save the commitment") as conn:
            conn.execute(
                f"UPDATE commitment SET {assignments} WHERE id = ?",
                (*values.values(), commitment_id),
            )

    def set_commitment_done(
        self, commitment_id: int, done: bool, on: dt.date | None = None
    ) -> None:
        self.update_commitment(
            commitment_id, done_on=(on or self.clock.now().date()) if done else None
        )

    def delete_commitment(self, commitment_id: int) -> None:
        with self.vault.transaction("delete the commitment") as conn:
            conn.execute("DELETE FROM commitment WHERE id = ?", (commitment_id,))
