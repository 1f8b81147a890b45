"""Sessions with their themes, the goal ratings given in them, and the questions asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from mentorpad.models.entities import SESSION_KINDS, GoalRating, Session
from mentorpad.models.store.base import Repository, _check, new_id, note_id


class SessionRepository(Repository):
    """Session rows (never note bodies), their themes and ratings, and asked questions."""

    def _themes_for(self, session_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        if not session_ids:
            return {}
        found: dict[int, list[str]] = {}
        for chunk_start in range(0, len(session_ids), 500):
            chunk = session_ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for sid, entry in self._conn.execute(
                f"SELECT session_id, entry_id FROM session_theme WHERE session_id IN ({marks}) "
                "ORDER BY entry_id",
                tuple(chunk),
            ):
                found.setdefault(sid, []).append(entry)
        return {k: tuple(v) for k, v in found.items()}

    def _session(self, row: Sequence[Any], themes: tuple[str, ...]) -> Session:
        return Session(
            id=row[0],
            mentee_id=row[1],
            starts_at=dt.datetime.fromisoformat(row[2]),
            duration_min=row[3],
            kind=row[4],
            talk_share=row[5],
            advised_first=None if row[6] is None else bool(row[6]),
            themes=themes,
        )

    _SESSION_COLS = "id, mentee_id, starts_at, duration_min, kind, talk_share, advised_first"

    def sessions(self, mentee_id: int | None = None) -> list[Session]:
        """Newest first. Rows only: note bodies stay on their own pages."""
        if mentee_id is None:
            rows = self._conn.execute(
                f"SELECT {self._SESSION_COLS} FROM session ORDER BY starts_at DESC"
            ).fetchall()
        else:
            rows = self._conn.execute(
                f"SELECT {self._SESSION_COLS} FROM session WHERE mentee_id = ? "
                "ORDER BY starts_at DESC",
                (mentee_id,),
            ).fetchall()
        themes = self._themes_for([r[0] for r in rows])
        return [self._session(r, themes.get(r[0], ())) for r in rows]

    def session(self, session_id: int) -> Session | None:
        row = self._conn.execute(
            f"SELECT {self._SESSION_COLS} FROM session WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            return None
        return self._session(row, self._themes_for([session_id]).get(session_id, ()))

    def add_session(
        self,
        mentee_id: int,
        starts_at: dt.datetime,
        *,
        kind: str = "regular",
        duration_min: int = 60,
        agenda: str = "",
    ) -> int:
        _check(kind in SESSION_KINDS, "unknown session kind")
        now = self._now()
        with self.vault.transaction("add the session") as conn:
            session_id = new_id()
            conn.execute(
                "INSERT INTO session(id, mentee_id, starts_at, duration_min, kind, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    mentee_id,
                    starts_at.isoformat(timespec="minutes"),
                    duration_min,
                    kind,
                    now,
                    now,
                ),
            )
            if agenda:
                conn.execute(
                    "INSERT INTO note(id, mentee_id, session_id, kind, body, updated_at) "
                    "VALUES (?, ?, ?, 'agenda', ?, ?)",
                    (note_id(mentee_id, session_id, "agenda"), mentee_id, session_id, agenda, now),
                )
        return session_id

    def update_session(self, session_id: int, **fields: Any) -> None:
        allowed = {"starts_at", "duration_min", "kind", "talk_share", "advised_first"}
        _check(set(fields) <= allowed, "unknown session field")
        if "kind" in fields:
            _check(fields["kind"] in SESSION_KINDS, "unknown session kind")
        values = dict(fields)
        if isinstance(values.get("starts_at"), dt.datetime):
            values["starts_at"] = values["starts_at"].isoformat(timespec="minutes")
        if values.get("advised_first") is not None:
            values["advised_first"] = int(bool(values["advised_first"]))
        if not values:
            return
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self.vault.transaction("save the session") as conn:
            conn.execute(
                f"UPDATE session SET {assignments}, updated_at = ? WHERE id = ?",
                (*values.values(), self._now(), session_id),
            )

    def delete_session(self, session_id: int) -> None:
        with self.vault.transaction("delete the session") as conn:
            conn.execute("DELETE FROM note WHERE session_id = ?", (session_id,))
            conn.execute("DELETE FROM session WHERE id = ?", (session_id,))

    def set_themes(self, session_id: int, entry_ids: Iterable[str]) -> None:
        with self.vault.transaction("save the themes") as conn:
            conn.execute("DELETE FROM session_theme WHERE session_id = ?", (session_id,))
            conn.executemany(
                "INSERT OR IGNORE INTO session_theme(session_id, entry_id) VALUES (?, ?)",
                [(session_id, e) for e in entry_ids],
            )

    def add_theme(self, session_id: int, entry_id: str) -> None:
        with self.vault.transaction("tag the theme") as conn:
            conn.execute(
                "INSERT OR IGNORE INTO session_theme(session_id, entry_id) VALUES (?, ?)",
                (session_id, entry_id),
            )

    def last_session_before(self, mentee_id: int, when: dt.datetime) -> Session | None:
        return self._neighbour(mentee_id, when, "starts_at < ? ORDER BY starts_at DESC")

    def next_session_after(self, mentee_id: int, when: dt.datetime) -> Session | None:
        return self._neighbour(mentee_id, when, "starts_at >= ? ORDER BY starts_at")

    def _neighbour(self, mentee_id: int, when: dt.datetime, condition: str) -> Session | None:
        """The mentee's session just before or from `when` (condition is one of ours)."""
        row = self._conn.execute(
            f"SELECT {self._SESSION_COLS} FROM session WHERE mentee_id = ? AND {condition} LIMIT 1",
            (mentee_id, when.isoformat(timespec="minutes")),
        ).fetchone()
        if row is None:
            return None
        return self._session(row, self._themes_for([row[0]]).get(row[0], ()))

    # -- ratings -----------------------------------------------------------------------------

    def ratings(
        self, *, session_id: int | None = None, mentee_id: int | None = None
    ) -> list[GoalRating]:
        if session_id is not None:
            rows = self._conn.execute(
                "SELECT session_id, goal_id, rating, comment FROM goal_rating WHERE session_id = ?",
                (session_id,),
            ).fetchall()
        else:
            rows = self._conn.execute(
                "SELECT r.session_id, r.goal_id, r.rating, r.comment FROM goal_rating r "
                "JOIN session s ON s.id = r.session_id WHERE s.mentee_id = ? "
                "ORDER BY s.starts_at",
                (mentee_id,),
            ).fetchall()
        return [GoalRating(*r) for r in rows]

    def set_rating(
        self, session_id: int, goal_id: int, rating: int | None, comment: str = ""
    ) -> None:
        with self.vault.transaction("save the rating") as conn:
            if rating is None:
                conn.execute(
                    "DELETE FROM goal_rating WHERE session_id = ? AND goal_id = ?",
                    (session_id, goal_id),
                )
                return
            if not 1 <= rating <= 5:
                raise ValueError("ratings run from 1 to 5")
            conn.execute(
                "INSERT INTO goal_rating(session_id, goal_id, rating, comment) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(session_id, goal_id) DO UPDATE SET "
                "rating = excluded.rating, comment = excluded.comment",
                (session_id, goal_id, rating, comment),
            )

    # -- questions asked (so suggestions don't repeat) ----------------------------------------

    def record_question(self, mentee_id: int, question_id: str, session_id: int | None) -> None:
        with self.vault.transaction("remember the question") as conn:
            conn.execute(
                "INSERT INTO asked_question(id, mentee_id, session_id, question_id, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (new_id(), mentee_id, session_id, question_id, self._now()),
            )

    def asked_questions(self, mentee_id: int) -> frozenset[str]:
        return frozenset(
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT question_id FROM asked_question WHERE mentee_id = ?",
                (mentee_id,),
            )
        )
