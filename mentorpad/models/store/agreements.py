"""The mentoring agreement and its 1-3 goals."""

from __future__ import annotations

from collections.abc import Sequence

from mentorpad.models.entities import Agreement, Goal
from mentorpad.models.store.base import Repository, _date, _iso, new_id
from mentorpad.models.vault import Connection


class AgreementRepository(Repository):
    """One agreement per mentee; its goals keep their ids (and ratings) across rewordings."""

    _AGREEMENT_TEXT = (
        "confidentiality",
        "exceptions",
        "reporting",
        "conflict_of_interest",
        "feedback",
        "exit_clause",
        "contact",
    )

    def agreement(self, mentee_id: int) -> Agreement | None:
        row = self._conn.execute(
            "SELECT cadence_weeks, term_start, midpoint, closing, confidentiality, exceptions, "
            "reporting, conflict_of_interest, feedback, exit_clause, contact, agreed_on "
            "FROM agreement WHERE mentee_id = ?",
            (mentee_id,),
        ).fetchone()
        if row is None:
            return None
        return Agreement(
            mentee_id=mentee_id,
            cadence_weeks=row[0],
            term_start=_date(row[1]),
            midpoint=_date(row[2]),
            closing=_date(row[3]),
            confidentiality=row[4],
            exceptions=row[5],
            reporting=row[6],
            conflict_of_interest=row[7],
            feedback=row[8],
            exit_clause=row[9],
            contact=row[10],
            agreed_on=_date(row[11]),
            goals=tuple(self.goals(mentee_id)),
        )

    def save_agreement(self, agreement: Agreement, goals: Sequence[tuple[str, str]]) -> None:
        """Replace the agreement and its 1-3 goals; goals keep their ids (and ratings) when
        only their wording changes."""
        if not 1 <= len(goals) <= 3:
            raise ValueError("an agreement has 1 to 3 goals")
        if not 1 <= agreement.cadence_weeks <= 26:
            raise ValueError("cadence is every 1 to 26 weeks")
        with self.vault.transaction("save the agreement") as conn:
            _upsert_agreement(conn, agreement, self._now())
            _replace_goals(conn, agreement.mentee_id, goals)

    def goals(self, mentee_id: int) -> list[Goal]:
        rows = self._conn.execute(
            "SELECT id, position, text, success_indicator FROM goal WHERE mentee_id = ? "
            "ORDER BY position",
            (mentee_id,),
        ).fetchall()
        return [Goal(*r) for r in rows]


def _upsert_agreement(conn: Connection, a: Agreement, now: str) -> None:
    conn.execute(
        "INSERT INTO agreement(mentee_id, cadence_weeks, term_start, midpoint, closing, "
        "confidentiality, exceptions, reporting, conflict_of_interest, feedback, "
        "exit_clause, contact, agreed_on, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(mentee_id) DO UPDATE SET cadence_weeks = excluded.cadence_weeks, "
        "term_start = excluded.term_start, midpoint = excluded.midpoint, "
        "closing = excluded.closing, confidentiality = excluded.confidentiality, "
        "exceptions = excluded.exceptions, reporting = excluded.reporting, "
        "conflict_of_interest = excluded.conflict_of_interest, "
        "feedback = excluded.feedback, exit_clause = excluded.exit_clause, "
        "contact = excluded.contact, agreed_on = excluded.agreed_on, "
        "updated_at = excluded.updated_at",
        (
            a.mentee_id,
            a.cadence_weeks,
            _iso(a.term_start),
            _iso(a.midpoint),
            _iso(a.closing),
            a.confidentiality,
            a.exceptions,
            a.reporting,
            a.conflict_of_interest,
            a.feedback,
            a.exit_clause,
            a.contact,
            _iso(a.agreed_on),
            now,
        ),
    )


def _replace_goals(conn: Connection, mentee_id: int, goals: Sequence[tuple[str, str]]) -> None:
    """Reword the existing goals in place, add new ones, delete those beyond the new count.

    An empty goal raises inside the caller's transaction, so nothing of the save is kept.
    """
    existing = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM goal WHERE mentee_id = ? ORDER BY position", (mentee_id,)
        ).fetchall()
    ]
    for position, (text, indicator) in enumerate(goals, start=1):
        if not text.strip():
            raise ValueError("a goal cannot be empty")
        if position <= len(existing):
            conn.execute(
                "UPDATE goal SET text = ?, success_indicator = ?, position = ? WHERE id = ?",
                (text.strip(), indicator.strip(), position, existing[position - 1]),
            )
        else:
            conn.execute(
                "INSERT INTO goal(id, mentee_id, position, text, success_indicator) "
                "VALUES (?, ?, ?, ?, ?)",
                (new_id(), mentee_id, position, text.strip(), indicator.strip()),
            )
    for goal_id in existing[len(goals) :]:
        conn.execute("DELETE FROM goal WHERE id = ?", (goal_id,))
