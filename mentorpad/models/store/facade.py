"""The one object callers hold: every read and write of the vault's content, delegated to
the repository of its aggregate (where the SQL and the docstrings are)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models.entities import (
    Agreement,
    Commitment,
    ConflictCopy,
    Goal,
    GoalRating,
    Mentee,
    SearchHit,
    Session,
    SessionRecord,
    StageChange,
)
from mentorpad.models.store.agreements import AgreementRepository
from mentorpad.models.store.commitments import CommitmentRepository
from mentorpad.models.store.conflicts import ConflictRepository
from mentorpad.models.store.mentees import MenteeRepository
from mentorpad.models.store.mindset import MindsetRepository
from mentorpad.models.store.notes import NoteRepository
from mentorpad.models.store.sessions import SessionRepository
from mentorpad.models.vault import Vault


class Store:
    """All reads and writes of mentees, agreements, sessions, notes and commitments."""

    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK) -> None:
        self.vault = vault
        self._mentees = MenteeRepository(vault, clock)
        self._notes = NoteRepository(vault, clock)
        self._agreements = AgreementRepository(vault, clock)
        self._sessions = SessionRepository(vault, clock)
        self._commitments = CommitmentRepository(vault, clock)
        self._mindset = MindsetRepository(vault, clock)
        self._conflicts = ConflictRepository(vault, clock)

    # -- conflict copies (sync) ---------------------------------------------------------------

    def conflict_copies(self) -> list[ConflictCopy]:
        return self._conflicts.conflict_copies()

    def resolve_conflict(self, copy_id: int, resolution: str) -> None:
        self._conflicts.resolve_conflict(copy_id, resolution)

    # -- mentees ---------------------------------------------------------------------------

    def mentees(self, *, include_archived: bool = False) -> list[Mentee]:
        return self._mentees.mentees(include_archived=include_archived)

    def mentee(self, mentee_id: int) -> Mentee | None:
        return self._mentees.mentee(mentee_id)

    def find_mentee(self, name: str) -> Mentee | None:
        return self._mentees.find_mentee(name)

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
        return self._mentees.add_mentee(
            display_name,
            role=role,
            organisation=organisation,
            stage=stage,
            start_date=start_date,
            status=status,
            background=background,
        )

    def update_mentee(
        self, mentee_id: int, *, changed_on: dt.date | None = None, **fields: Any
    ) -> None:
        self._mentees.update_mentee(mentee_id, changed_on=changed_on, **fields)

    def stage_history(self, mentee_id: int) -> list[StageChange]:
        return self._mentees.stage_history(mentee_id)

    def delete_mentee(self, mentee_id: int) -> None:
        self._mentees.delete_mentee(mentee_id)

    # -- notes (bodies apart from rows) ------------------------------------------------------

    def background(self, mentee_id: int) -> str:
        return self._notes.background(mentee_id)

    def note(self, mentee_id: int, session_id: int | None, kind: str) -> str:
        return self._notes.note(mentee_id, session_id, kind)

    def save_note(self, mentee_id: int, session_id: int | None, kind: str, body: str) -> None:
        self._notes.save_note(mentee_id, session_id, kind, body)

    def save_notes(self, items: Iterable[tuple[int, int | None, str, str]]) -> None:
        self._notes.save_notes(items)

    # -- agreement -------------------------------------------------------------------------

    def agreement(self, mentee_id: int) -> Agreement | None:
        return self._agreements.agreement(mentee_id)

    def save_agreement(self, agreement: Agreement, goals: Sequence[tuple[str, str]]) -> None:
        self._agreements.save_agreement(agreement, goals)

    def goals(self, mentee_id: int) -> list[Goal]:
        return self._agreements.goals(mentee_id)

    # -- sessions ----------------------------------------------------------------------------

    def sessions(self, mentee_id: int | None = None) -> list[Session]:
        return self._sessions.sessions(mentee_id)

    def session(self, session_id: int) -> Session | None:
        return self._sessions.session(session_id)

    def add_session(
        self,
        mentee_id: int,
        starts_at: dt.datetime,
        *,
        kind: str = "regular",
        duration_min: int = 60,
        agenda: str = "",
    ) -> int:
        return self._sessions.add_session(
            mentee_id, starts_at, kind=kind, duration_min=duration_min, agenda=agenda
        )

    def update_session(self, session_id: int, **fields: Any) -> None:
        self._sessions.update_session(session_id, **fields)

    def delete_session(self, session_id: int) -> None:
        self._sessions.delete_session(session_id)

    def set_themes(self, session_id: int, entry_ids: Iterable[str]) -> None:
        self._sessions.set_themes(session_id, entry_ids)

    def add_theme(self, session_id: int, entry_id: str) -> None:
        self._sessions.add_theme(session_id, entry_id)

    def session_record(self, session_id: int) -> SessionRecord | None:
        """A session with its note bodies, commitments and ratings, for the editor."""
        session = self.session(session_id)
        if session is None:
            return None
        return SessionRecord(
            session=session,
            notes=self._notes.session_notes(session_id),
            commitments=tuple(self.commitments(session_id=session_id)),
            ratings=tuple(self.ratings(session_id=session_id)),
        )

    def last_session_before(self, mentee_id: int, when: dt.datetime) -> Session | None:
        return self._sessions.last_session_before(mentee_id, when)

    def next_session_after(self, mentee_id: int, when: dt.datetime) -> Session | None:
        return self._sessions.next_session_after(mentee_id, when)

    # -- commitments ---------------------------------------------------------------------------

    def commitments(
        self,
        *,
        mentee_id: int | None = None,
        session_id: int | None = None,
        open_only: bool = False,
    ) -> list[Commitment]:
        return self._commitments.commitments(
            mentee_id=mentee_id, session_id=session_id, open_only=open_only
        )

    def add_commitment(
        self,
        mentee_id: int,
        text: str,
        *,
        session_id: int | None = None,
        owner: str = "mentee",
        due_date: dt.date | None = None,
    ) -> int:
        return self._commitments.add_commitment(
            mentee_id, text, session_id=session_id, owner=owner, due_date=due_date
        )

    def update_commitment(self, commitment_id: int, **fields: Any) -> None:
        self._commitments.update_commitment(commitment_id, **fields)

    def set_commitment_done(
        self, commitment_id: int, done: bool, on: dt.date | None = None
    ) -> None:
        self._commitments.set_commitment_done(commitment_id, done, on)

    def delete_commitment(self, commitment_id: int) -> None:
        self._commitments.delete_commitment(commitment_id)

    # -- ratings -----------------------------------------------------------------------------

    def ratings(
        self, *, session_id: int | None = None, mentee_id: int | None = None
    ) -> list[GoalRating]:
        return self._sessions.ratings(session_id=session_id, mentee_id=mentee_id)

    def set_rating(
        self, session_id: int, goal_id: int, rating: int | None, comment: str = ""
    ) -> None:
        self._sessions.set_rating(session_id, goal_id, rating, comment)

    # -- questions asked (so suggestions don't repeat) ----------------------------------------

    def record_question(self, mentee_id: int, question_id: str, session_id: int | None) -> None:
        self._sessions.record_question(mentee_id, question_id, session_id)

    def asked_questions(self, mentee_id: int) -> frozenset[str]:
        return self._sessions.asked_questions(mentee_id)

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
        return self._mindset.save_mindset_attempt(
            attempt_id,
            variant,
            answers,
            completed=completed,
            respondent=respondent,
            mentee_id=mentee_id,
            when=when,
        )

    def mindset_attempts(self) -> list[dict[str, Any]]:
        return self._mindset.mindset_attempts()

    # -- search --------------------------------------------------------------------------------

    def search(
        self, text: str, *, mentee_id: int | None = None, limit: int = 50
    ) -> list[SearchHit]:
        return self._notes.search(text, mentee_id=mentee_id, limit=limit)
