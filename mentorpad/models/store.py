"""Repositories: every query the app runs, in one Qt-free place, on an injected vault.

Methods are small and explicit. Writes go through `vault.transaction()`, which turns disk-full
and damage into typed errors.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from mentorpad.models.entities import (
    NOTE_KINDS,
    OWNERS,
    SESSION_KINDS,
    STAGES,
    STATUSES,
    Agreement,
    Commitment,
    Goal,
    GoalRating,
    Mentee,
    SearchHit,
    Session,
    SessionRecord,
    StageChange,
)
from mentorpad.models.vault import Vault, translate_errors

MATCH_START = "\x02"
MATCH_END = "\x03"
_TOKEN = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX_CHARS = 3


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """User text to a safe FTS5 query: every word quoted, the last one as a prefix once it
    has MIN_PREFIX_CHARS characters (a one- or two-letter prefix matches nearly every note
    and took 30-150 ms at 10k sessions, for no useful result; such a word matches whole).

    FTS5 syntax (quotes, NEAR, column filters, stray operators) can never reach the parser,
    so a query never raises.
    """
    words = _TOKEN.findall(text)
    if not words:
        return None
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last and len(words[-1]) >= MIN_PREFIX_CHARS:
        parts[-1] += "*"
    return " ".join(parts)


class Store:
    """All reads and writes of mentees, agreements, sessions, notes and commitments."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def _conn(self) -> Any:
        return self.vault.conn

    # -- mentees ---------------------------------------------------------------------------

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
        now = _now()
        with self.vault.transaction("add the mentee") as conn:
            cur = conn.execute(
                "INSERT INTO mentee(display_name, role, organisation, stage, start_date, "
                "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
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
            mentee_id = int(cur.lastrowid)
            if stage:
                conn.execute(
                    "INSERT INTO stage_change(mentee_id, stage, changed_on) VALUES (?, ?, ?)",
                    (mentee_id, stage, _iso(start_date or dt.date.today())),
                )
            conn.execute(
                "INSERT INTO note(mentee_id, session_id, kind, body, updated_at) "
                "VALUES (?, NULL, 'background', ?, ?)",
                (mentee_id, background, now),
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
                    (*values.values(), _now(), mentee_id),
                )
            new_stage = fields.get("stage")
            if "stage" in fields and new_stage and new_stage != current.stage:
                conn.execute(
                    "INSERT INTO stage_change(mentee_id, stage, changed_on) VALUES (?, ?, ?)",
                    (mentee_id, new_stage, _iso(changed_on or dt.date.today())),
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

    # -- notes (bodies apart from rows) ------------------------------------------------------

    def background(self, mentee_id: int) -> str:
        return self.note(mentee_id, None, "background")

    def note(self, mentee_id: int, session_id: int | None, kind: str) -> str:
        row = self._conn.execute(
            "SELECT body FROM note WHERE mentee_id = ? AND ifnull(session_id, 0) = ? AND kind = ?",
            (mentee_id, session_id or 0, kind),
        ).fetchone()
        return str(row[0]) if row else ""

    def save_note(self, mentee_id: int, session_id: int | None, kind: str, body: str) -> None:
        """Upsert one body. The FTS triggers keep the index in step in the same transaction."""
        self.save_notes([(mentee_id, session_id, kind, body)])

    def save_notes(self, items: Iterable[tuple[int, int | None, str, str]]) -> None:
        """Several bodies in one transaction (autosave flushes everything dirty at once)."""
        with self.vault.transaction("save your notes") as conn:
            for mentee_id, session_id, kind, body in items:
                _check(kind in (*NOTE_KINDS, "background"), "unknown note kind")
                conn.execute(
                    "INSERT INTO note(mentee_id, session_id, kind, body, updated_at) "
                    "VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(mentee_id, ifnull(session_id, 0), kind) "
                    "DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at "
                    "WHERE body IS NOT excluded.body",
                    (mentee_id, session_id, kind, body, _now()),
                )

    # -- agreement -------------------------------------------------------------------------

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
        a = agreement
        with self.vault.transaction("save the agreement") as conn:
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
                    _now(),
                ),
            )
            existing = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM goal WHERE mentee_id = ? ORDER BY position", (a.mentee_id,)
                ).fetchall()
            ]
            for position, (text, indicator) in enumerate(goals, start=1):
                if not text.strip():
                    raise ValueError("a goal cannot be empty")
                if position <= len(existing):
                    conn.execute(
                        "UPDATE goal SET text = ?, success_indicator = ?, position = ? "
                        "WHERE id = ?",
                        (text.strip(), indicator.strip(), position, existing[position - 1]),
                    )
                else:
                    conn.execute(
                        "INSERT INTO goal(mentee_id, position, text, success_indicator) "
                        "VALUES (?, ?, ?, ?)",
                        (a.mentee_id, position, text.strip(), indicator.strip()),
                    )
            for goal_id in existing[len(goals) :]:
                conn.execute("DELETE FROM goal WHERE id = ?", (goal_id,))

    def goals(self, mentee_id: int) -> list[Goal]:
        rows = self._conn.execute(
            "SELECT id, position, text, success_indicator FROM goal WHERE mentee_id = ? "
            "ORDER BY position",
            (mentee_id,),
        ).fetchall()
        return [Goal(*r) for r in rows]

    # -- sessions ----------------------------------------------------------------------------

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
        now = _now()
        with self.vault.transaction("add the session") as conn:
            cur = conn.execute(
                "INSERT INTO session(mentee_id, starts_at, duration_min, kind, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (mentee_id, starts_at.isoformat(timespec="minutes"), duration_min, kind, now, now),
            )
            session_id = int(cur.lastrowid)
            if agenda:
                conn.execute(
                    "INSERT INTO note(mentee_id, session_id, kind, body, updated_at) "
                    "VALUES (?, ?, 'agenda', ?, ?)",
                    (mentee_id, session_id, agenda, now),
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
                (*values.values(), _now(), session_id),
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

    def session_record(self, session_id: int) -> SessionRecord | None:
        session = self.session(session_id)
        if session is None:
            return None
        notes = {
            kind: body
            for kind, body in self._conn.execute(
                "SELECT kind, body FROM note WHERE session_id = ?", (session_id,)
            )
        }
        return SessionRecord(
            session=session,
            notes=notes,
            commitments=tuple(self.commitments(session_id=session_id)),
            ratings=tuple(self.ratings(session_id=session_id)),
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

    # -- commitments ---------------------------------------------------------------------------

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
            cur = conn.execute(
                "INSERT INTO commitment(mentee_id, session_id, text, owner, due_date, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (mentee_id, session_id, text.strip(), owner, _iso(due_date), _now()),
            )
            return int(cur.lastrowid)

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
        self.update_commitment(commitment_id, done_on=(on or dt.date.today()) if done else None)

    def delete_commitment(self, commitment_id: int) -> None:
        with self.vault.transaction("delete the commitment") as conn:
            conn.execute("DELETE FROM commitment WHERE id = ?", (commitment_id,))

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
                "INSERT INTO asked_question(mentee_id, session_id, question_id, added_at) "
                "VALUES (?, ?, ?, ?)",
                (mentee_id, session_id, question_id, _now()),
            )

    def asked_questions(self, mentee_id: int) -> frozenset[str]:
        return frozenset(
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT question_id FROM asked_question WHERE mentee_id = ?",
                (mentee_id,),
            )
        )

    # -- mindset attempts ------------------------------------------------------------------

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
        now = when.isoformat(timespec="seconds") if when else _now()
        with self.vault.transaction("save your answers") as conn:
            if attempt_id is None:
                cur = conn.execute(
                    "INSERT INTO mindset_attempt(variant, respondent, mentee_id, started_at, "
                    "completed_at, answers) VALUES (?, ?, ?, ?, ?, ?)",
                    (variant, respondent, mentee_id, now, now if completed else None, payload),
                )
                return int(cur.lastrowid)
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

    # -- search --------------------------------------------------------------------------------

    def search(
        self, text: str, *, mentee_id: int | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Full text over notes, agendas, summaries, reflections, background and commitments,
        newest first. Never raises on odd input."""
        query = fts_query(text)
        if query is None:
            return []
        filter_sql = "AND n.mentee_id = ?" if mentee_id is not None else ""
        params: list[Any] = [query]
        if mentee_id is not None:
            params.append(mentee_id)
        # Rank every hit by date from compact pages only (note_hit covers the note columns;
        # note rows hold whole bodies), then read rows and make snippets for the top ones:
        # the CROSS JOINs keep SQLite from joining the big tables before the LIMIT.
        with translate_errors("search"):
            note_rows = self._conn.execute(
                "WITH hits AS ("
                "  SELECT n.id AS id, coalesce(s.starts_at, n.updated_at) AS at"
                "  FROM note_fts JOIN note n INDEXED BY note_hit ON n.id = note_fts.rowid"
                "  LEFT JOIN session s ON s.id = n.session_id"
                f"  WHERE note_fts MATCH ? {filter_sql} ORDER BY at DESC LIMIT ?)"
                " SELECT n.kind, n.mentee_id, m.display_name, n.session_id, hits.at,"
                f"  snippet(note_fts, 0, '{MATCH_START}', '{MATCH_END}', '…', 14), n.id"
                " FROM note_fts CROSS JOIN hits ON hits.id = note_fts.rowid"
                " CROSS JOIN note n ON n.id = hits.id JOIN mentee m ON m.id = n.mentee_id"
                " WHERE note_fts MATCH ? ORDER BY hits.at DESC",
                (*params, limit, query),
            ).fetchall()
            filter_c = "AND c.mentee_id = ?" if mentee_id is not None else ""
            commitment_rows = self._conn.execute(
                "WITH hits AS ("
                "  SELECT c.id AS id, coalesce(s.starts_at, c.created_at) AS at"
                "  FROM commitment_fts JOIN commitment c ON c.id = commitment_fts.rowid"
                "  LEFT JOIN session s ON s.id = c.session_id"
                f"  WHERE commitment_fts MATCH ? {filter_c} ORDER BY at DESC LIMIT ?)"
                " SELECT 'commitment', c.mentee_id, m.display_name, c.session_id, hits.at,"
                f"  snippet(commitment_fts, 0, '{MATCH_START}', '{MATCH_END}', '…', 14), c.id"
                " FROM commitment_fts CROSS JOIN hits ON hits.id = commitment_fts.rowid"
                " CROSS JOIN commitment c ON c.id = hits.id JOIN mentee m ON m.id = c.mentee_id"
                " WHERE commitment_fts MATCH ? ORDER BY hits.at DESC",
                (*params, limit, query),
            ).fetchall()
        hits = [
            SearchHit(
                source=r[0],
                mentee_id=r[1],
                mentee_name=r[2],
                session_id=r[3],
                when=r[4],
                snippet=r[5],
                row_id=r[6],
            )
            for r in (*note_rows, *commitment_rows)
        ]
        hits.sort(key=lambda h: h.when, reverse=True)
        return hits[:limit]


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)
