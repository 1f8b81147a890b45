"""Mindset self-assessment attempts, answers stored as JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from mentorpad.models.store.base import Repository, new_id


class MindsetRepository(Repository):
    """The mentor's (and mentees' mirror) attempts at the mindset questionnaire."""

    def save_mindset_attempt(
        self,
        attempt_id: int | None,
        variant: str,
        answers: dict[str, int | None],
        *,
        completed: bool,
        respondent: str = "self",
        mentee_id: int | None = None,
        when: dt.datetime | None = None,
    ) -> int:
        """`when` backdates a new attempt (imports and the demo); normally it is now."""
        payload = json.dumps(answers, sort_keys=True)
        # Microseconds: two attempts within one second still list in the order they were
        # made (ids are random, so they cannot break the tie).
        now = (when or self.clock.now()).isoformat(timespec="microseconds")
        with self.vault.transaction("save your answers") as conn:
            if attempt_id is None:
                new = new_id()
                conn.execute(
                    "INSERT INTO mindset_attempt(id, variant, respondent, mentee_id, started_at, "
                    "completed_at, answers) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (new, variant, respondent, mentee_id, now, now if completed else None, payload),
                )
                return new
            conn.execute(
                "UPDATE mindset_attempt SET answers = ?, "
                "completed_at = CASE WHEN ? THEN ? ELSE completed_at END WHERE id = ?",
                (payload, int(completed), now, attempt_id),
            )
            return attempt_id

    def mindset_attempts(self) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT id, variant, respondent, mentee_id, started_at, completed_at, answers "
            "FROM mindset_attempt ORDER BY started_at, id"
        ).fetchall()
        return [
            {
                "id": r[0],
                "variant": r[1],
                "respondent": r[2],
                "mentee_id": r[3],
                "started_at": r[4],
                "completed_at": r[5],
                "answers": json.loads(r[6]),
            }
            for r in rows
        ]
