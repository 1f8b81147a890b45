"""From the playbook to a mentee's agenda: the mentee chooser, the question sent to their
next session, and the offer to plan a session when none is planned.

The questions go as requests through the navigator, because the Mentees area alone writes
session content; the one write here is the planned session itself. The texts keep the
translation context "PlaybookArea", where they were written before this module existed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QTime

from mentorpad.clock import Clock
from mentorpad.guides.playbook import Question
from mentorpad.models import VaultError
from mentorpad.models.store import Store
from mentorpad.ui.areas.playbook.view import PlaybookView
from mentorpad.ui.labels import error_message, short_name
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.text import fill

__all__ = ["DEFAULT_CADENCE_DAYS", "AgendaPlanner", "proposed_session_start"]

DEFAULT_CADENCE_DAYS: Final = 14
SESSION_HOUR: Final = 9

translate = QCoreApplication.translate


def proposed_session_start(
    now: dt.datetime, cadence_weeks: int | None, last: dt.datetime | None
) -> dt.datetime:
    """A sensible slot for a new regular session: one cadence after the last session if that
    is still ahead, else one cadence from today; on a weekday, at 09:00."""
    step = (
        dt.timedelta(weeks=cadence_weeks)
        if cadence_weeks and cadence_weeks > 0
        else dt.timedelta(days=DEFAULT_CADENCE_DAYS)
    )
    today = now.date()
    day = today + step
    if last is not None and today < last.date() + step < day:
        day = last.date() + step
    while day.weekday() >= 5:  # Saturday, Sunday
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(SESSION_HOUR, 0))


@dataclass(frozen=True)
class _PendingPlan:
    """A question waiting for the mentor to accept planning a session for it."""

    mentee_id: int
    mentee_name: str
    question: Question
    starts_at: dt.datetime


class AgendaPlanner(QObject):
    """Controls the chooser and the offer bar of `view`; has a store only while unlocked."""

    def __init__(
        self,
        view: PlaybookView,
        navigator: Navigator,
        clock: Clock,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._navigator = navigator
        self._clock = clock
        self._store: Store | None = None
        self._chosen_mentee_id: int | None = None
        self._pending: _PendingPlan | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self._view
        view.mentee_chooser.currentIndexChanged.connect(
            self._on_mentee_chooser_current_index_changed
        )
        view.plan_button.clicked.connect(self._on_plan_button_clicked)
        view.cancel_plan_button.clicked.connect(self._on_cancel_plan_button_clicked)

    # -- the vault -------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def open(self, store: Store) -> None:
        self._store = store

    def close(self) -> None:
        """Forget the store and everything that named a mentee (the chooser, the offer)."""
        view = self._view
        self._store = None
        self._pending = None
        view.mentee_chooser.blockSignals(True)
        view.mentee_chooser.clear()
        view.mentee_chooser.blockSignals(False)
        view.offer_label.clear()
        view.offer_bar.setVisible(False)

    # -- the mentee ------------------------------------------------------------------------

    def refresh_mentees(self) -> None:
        """List the active mentees; keep the one chosen, else the one open in Mentees."""
        chooser = self._view.mentee_chooser
        mentees = []
        if self._store is not None:
            try:
                mentees = [m for m in self._store.mentees() if m.status == "active"]
            except VaultError:
                mentees = []
        ids = [m.id for m in mentees]
        chooser.blockSignals(True)
        chooser.clear()
        for mentee in mentees:
            chooser.addItem(short_name(mentee.display_name), mentee.id)
        chosen = self._chosen_mentee_id
        if chosen not in ids:
            current = self._navigator.current_mentee_id
            chosen = current if current in ids else (ids[0] if len(ids) == 1 else None)
        chooser.setCurrentIndex(ids.index(chosen) if chosen is not None else -1)
        chooser.setPlaceholderText(
            translate("PlaybookArea", "Choose a mentee")
            if mentees
            else translate("PlaybookArea", "No active mentees")
        )
        chooser.setEnabled(bool(mentees))
        chooser.blockSignals(False)

    def choose_mentee(self, mentee_id: int) -> bool:
        """Select a mentee in the chooser (as the mentor would); False if not listed."""
        chooser = self._view.mentee_chooser
        index = chooser.findData(mentee_id)
        if index < 0:
            return False
        chooser.setCurrentIndex(index)
        return True

    def _chosen_mentee(self) -> tuple[int, str] | None:
        data = self._view.mentee_chooser.currentData()
        if isinstance(data, int):
            return data, self._view.mentee_chooser.currentText()
        return None

    # -- the question ----------------------------------------------------------------------

    def add_question(self, question: Question) -> None:
        """Put a question on the chosen mentee's next session, or offer to plan one."""
        view = self._view
        if self._store is None:
            view.show_message(
                translate("PlaybookArea", "Unlock your vault to add questions to an agenda.")
            )
            return
        chosen = self._chosen_mentee()
        if chosen is None:
            view.show_message(
                translate("PlaybookArea", "Choose a mentee above first.")
                if view.mentee_chooser.count()
                else translate(
                    "PlaybookArea", "Add a mentee in Mentees first; then you can plan questions."
                )
            )
            view.mentee_chooser.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        mentee_id, name = chosen
        now = self._clock.now()
        try:
            session = self._store.next_session_after(mentee_id, now)
            if session is not None:
                self._append(mentee_id, name, session.id, session.starts_at, question)
                return
            agreement = self._store.agreement(mentee_id)
            last = self._store.last_session_before(mentee_id, now)
        except VaultError as error:
            view.show_message(error_message(error), error=True)
            return
        starts_at = proposed_session_start(
            now,
            agreement.cadence_weeks if agreement is not None else None,
            last.starts_at if last is not None else None,
        )
        self._offer_plan(_PendingPlan(mentee_id, name, question, starts_at))

    def _offer_plan(self, pending: _PendingPlan) -> None:
        view = self._view
        self._pending = pending
        view.clear_message()
        view.offer_label.setText(
            fill(
                translate(
                    "PlaybookArea",
                    "%1 has no session planned. Plan a regular session on %2 at %3 and add the "
                    "question to it?",
                ),
                pending.mentee_name,
                self._date_text(pending.starts_at, long=True),
                self._time_text(pending.starts_at),
            )
        )
        view.offer_bar.setVisible(True)
        view.plan_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def withdraw_offer(self) -> None:
        """The page changed: the offer was about a question no longer shown."""
        self._pending = None
        self._view.offer_bar.setVisible(False)

    def _append(
        self,
        mentee_id: int,
        name: str,
        session_id: int,
        starts_at: dt.datetime,
        question: Question,
        *,
        planned: bool = False,
    ) -> None:
        self._navigator.agenda_append_requested.emit(
            mentee_id, session_id, question.text, question.global_id
        )
        text = (
            translate(
                "PlaybookArea",
                "Planned a session with %1 on %2 and added the question to its agenda.",
            )
            if planned
            else translate("PlaybookArea", "Added to %1’s session on %2.")
        )
        self._view.show_message(fill(text, name, self._date_text(starts_at, long=False)))

    def _date_text(self, when: dt.datetime, *, long: bool) -> str:
        date = QDate(when.year, when.month, when.day)
        pattern = "dddd d MMMM" if long else "d MMMM"
        if when.year != self._clock.now().year:
            pattern += " yyyy"
        return QLocale().toString(date, pattern)

    @staticmethod
    def _time_text(when: dt.datetime) -> str:
        return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)

    # -- slots -----------------------------------------------------------------------------

    def _on_mentee_chooser_current_index_changed(self, index: int) -> None:
        data = self._view.mentee_chooser.itemData(index) if index >= 0 else None
        self._chosen_mentee_id = data if isinstance(data, int) else None
        self.withdraw_offer()

    def _on_plan_button_clicked(self) -> None:
        pending, self._pending = self._pending, None
        self._view.offer_bar.setVisible(False)
        if pending is None or self._store is None:
            return
        try:
            session_id = self._store.add_session(
                pending.mentee_id, pending.starts_at, kind="regular"
            )
        except VaultError as error:
            self._view.show_message(error_message(error), error=True)
            return
        self._navigator.data_changed.emit()
        self._append(
            pending.mentee_id,
            short_name(pending.mentee_name),
            session_id,
            pending.starts_at,
            pending.question,
            planned=True,
        )

    def _on_cancel_plan_button_clicked(self) -> None:
        self._pending = None
        self._view.offer_label.clear()
        self._view.offer_bar.setVisible(False)
