"""The Mindset area: take the self-assessment, read the profile, follow it over time, and
compare it with a mentee's view.

This module is the controller: it builds the views (mindset_take, mindset_results,
mindset_history, mindset_mirror), wires their signals, scores with mentorpad.guides.mindset
and reads and writes attempts through the store. Answers are saved shortly after every
change (debounced) and at once on flush(), so an attempt can always be resumed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mentorpad.guides.mindset import (
    Instrument,
    MindsetResult,
    Suggestion,
    blind_spots,
    compare,
    load_mindset_instrument,
    suggestion_for,
)
from mentorpad.guides.playbook import load_playbook
from mentorpad.models import Vault, VaultError
from mentorpad.models.entities import Mentee
from mentorpad.models.store import Store
from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.mindset.common import format_score, format_when, label, variant_label
from mentorpad.ui.areas.mindset.evidence import Evidence, mentor_evidence
from mentorpad.ui.areas.mindset.form import export_blank_mirror_form
from mentorpad.ui.areas.mindset.history import HistoryView
from mentorpad.ui.areas.mindset.mirror import MirrorView
from mentorpad.ui.areas.mindset.models import AttemptRecord, delta_records
from mentorpad.ui.areas.mindset.results import ResultsView
from mentorpad.ui.areas.mindset.take import TakeView
from mentorpad.ui.labels import error_message
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.widgets.item_models import format_signed

SAVE_DELAY_MS = 500
"""Answers are saved this long after the last change; flush() saves at once."""

TAKE, RESULTS, HISTORY, MIRROR = range(4)


@dataclass
class Draft:
    """An attempt being answered: ids and answers; answers are dropped on lock."""

    attempt_id: int | None
    variant: str
    respondent: str = "self"
    mentee_id: int | None = None
    answers: dict[str, int | None] = field(default_factory=dict)
    dimension: int = 0
    dirty: bool = False


class MindsetArea(Area):
    """The mentoring-mindset self-assessment with results, history and the mentee mirror."""

    def __init__(
        self,
        navigator: Navigator,
        *,
        locale: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mindset")
        self.title = self.tr("Mindset")
        self._navigator = navigator
        self._locale = locale
        self._store: Store | None = None
        self._attempts: list[AttemptRecord] = []
        self._mentees: list[Mentee] = []
        self._self_draft: Draft | None = None
        self._mirror_draft: Draft | None = None
        self._result_id: int | None = None
        self._comparison: tuple[int | None, int | None] = (None, None)
        self._comparison_chosen = False
        self._mirror_mentee_id: int | None = None
        self._playbook_titles: dict[str, str] | None = None

        self.take_view = TakeView()
        self.take_view.setObjectName("take_view")
        self.results_view = ResultsView()
        self.results_view.setObjectName("results_view")
        self.history_view = HistoryView()
        self.history_view.setObjectName("history_view")
        self.mirror_view = MirrorView()
        self.mirror_view.setObjectName("mirror_view")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        for page in (self.take_view, self.results_view, self.history_view, self.mirror_view):
            page.setContentsMargins(0, 14, 0, 0)
        self.tabs.addTab(self.take_view, self.tr("Take it"))
        self.tabs.addTab(self.results_view, self.tr("Results"))
        self.tabs.addTab(self.history_view, self.tr("History"))
        self.tabs.addTab(self.mirror_view, self.tr("Mentee's view"))
        self.tabs.setAccessibleName(self.tr("Mindset"))
        self.save_status = label(name="save_status", role="error")
        self.save_status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.save_status)

        self._save_timer = QTimer(self)
        self._save_timer.setObjectName("save_timer")
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)

        instrument = self._instrument("current")
        self.take_view.start_view.set_instrument(instrument)
        self._connect_signals()

    def _connect_signals(self) -> None:
        start = self.take_view.start_view
        start.start_requested.connect(self._on_start_view_start_requested)
        start.resume_requested.connect(self._on_start_view_resume_requested)
        take = self.take_view.questionnaire
        take.answer_chosen.connect(self._on_take_answer_chosen)
        take.dimension_shown.connect(self._on_take_dimension_shown)
        take.finish_requested.connect(self._on_take_finish_requested)
        results = self.results_view
        results.playbook_entry_requested.connect(self._on_results_playbook_entry_requested)
        results.mirror_requested.connect(self._on_results_mirror_requested)
        results.retake_requested.connect(self._on_results_retake_requested)
        history = self.history_view
        history.attempt_open_requested.connect(self._on_history_attempt_open_requested)
        history.comparison_changed.connect(self._on_history_comparison_changed)
        overview = self.mirror_view.overview
        overview.export_requested.connect(self._on_mirror_export_requested)
        overview.entry_requested.connect(self._on_mirror_entry_requested)
        overview.mentee_chosen.connect(self._on_mirror_mentee_chosen)
        self.mirror_view.entry_closed.connect(self._on_mirror_entry_closed)
        mirror = self.mirror_view.questionnaire
        mirror.answer_chosen.connect(self._on_mirror_answer_chosen)
        mirror.dimension_shown.connect(self._on_mirror_dimension_shown)
        mirror.finish_requested.connect(self._on_mirror_finish_requested)
        self._save_timer.timeout.connect(self._on_save_timer_timeout)

    # -- Area ----------------------------------------------------------------------------

    def on_vault_opened(self, vault: Vault) -> None:
        self._store = Store(vault)
        self._reload()
        self._restore_drafts()
        self._show_result(self._result_id)

    def flush(self) -> None:
        self._save_timer.stop()
        self._save_drafts()

    def clear_content(self) -> None:
        """Forget answers, results, history and names; keep only ids to come back to."""
        self._save_timer.stop()
        self._store = None
        self._attempts = []
        self._mentees = []
        for draft in (self._self_draft, self._mirror_draft):
            if draft is not None:
                draft.answers.clear()
                draft.dirty = False
        self.take_view.questionnaire.clear_content()
        self.take_view.start_view.offer_resume(None)
        self.results_view.clear_content()
        self.history_view.clear_content()
        self.mirror_view.clear_content()
        self.save_status.clear()
        self.save_status.hide()

    # -- loading -------------------------------------------------------------------------

    def _instrument(self, variant: str) -> Instrument:
        return load_mindset_instrument(variant, self._locale)

    def _titles(self) -> dict[str, str]:
        if self._playbook_titles is None:
            self._playbook_titles = {entry.id: entry.title for entry in load_playbook(self._locale)}
        return self._playbook_titles

    def _reload(self) -> None:
        store = self._store
        if store is None:
            return
        self._mentees = store.mentees(include_archived=True)
        names = {mentee.id: mentee.display_name for mentee in self._mentees}
        total = len(self._instrument("current").items)
        self._attempts = [
            AttemptRecord.from_row(row, names, total) for row in store.mindset_attempts()
        ]
        self._refresh_history()
        self._refresh_mirror()
        self._refresh_resume_offer()

    def _attempt(self, attempt_id: int | None) -> AttemptRecord | None:
        return next((a for a in self._attempts if a.id == attempt_id), None)

    def _completed_self(self) -> list[AttemptRecord]:
        return [a for a in self._attempts if a.is_self and a.completed]

    def _result(self, record: AttemptRecord) -> MindsetResult:
        return record.result(self._instrument(record.variant))

    # -- saving --------------------------------------------------------------------------

    def _save_drafts(self) -> None:
        """Write every changed draft; raises VaultError (the answers stay in memory)."""
        store = self._store
        if store is None:
            return
        created = False
        for draft in (self._self_draft, self._mirror_draft):
            if draft is None or not draft.dirty:
                continue
            attempt_id = store.save_mindset_attempt(
                draft.attempt_id,
                draft.variant,
                dict(draft.answers),
                completed=False,
                respondent=draft.respondent,
                mentee_id=draft.mentee_id,
            )
            created = created or draft.attempt_id is None
            draft.attempt_id = attempt_id
            draft.dirty = False
        if created:
            self._reload()

    def _complete(self, draft: Draft) -> int | None:
        """Save a draft as completed; None (and a message) if the vault refused."""
        store = self._store
        if store is None:
            return None
        try:
            attempt_id = store.save_mindset_attempt(
                draft.attempt_id,
                draft.variant,
                dict(draft.answers),
                completed=True,
                respondent=draft.respondent,
                mentee_id=draft.mentee_id,
            )
        except VaultError as exc:
            self._report_save_error(exc)
            return None
        self._report_save_error(None)
        return attempt_id

    def _report_save_error(self, error: VaultError | None) -> None:
        if error is None:
            self._report_error("")
            return
        self._report_error(
            self.tr("Your answers could not be saved yet: %1").replace("%1", error_message(error))
        )

    def _report_error(self, message: str) -> None:
        """One line under the tabs for what went wrong with the vault; empty hides it."""
        self.save_status.setText(message)
        self.save_status.setVisible(bool(message))

    def _on_save_timer_timeout(self) -> None:
        try:
            self._save_drafts()
        except VaultError as exc:
            self._report_save_error(exc)
        else:
            self._report_save_error(None)

    # -- taking --------------------------------------------------------------------------

    def _refresh_resume_offer(self) -> None:
        current = self._self_draft.attempt_id if self._self_draft else None
        unfinished = [
            a for a in self._attempts if a.is_self and not a.completed and a.id != current
        ]
        if not unfinished:
            self.take_view.start_view.offer_resume(None)
            return
        latest = unfinished[-1]
        self.take_view.start_view.offer_resume(
            self.tr(
                "You started an assessment (%1) on %2 and answered %3 of %4 questions. "
                "Your answers are saved: carry on where you left off."
            )
            .replace("%1", variant_label(latest.variant))
            .replace("%2", format_when(latest.started_at))
            .replace("%3", str(latest.answered()))
            .replace("%4", str(latest.total))
        )

    def _begin(self, draft: Draft, *, focus: bool = True) -> None:
        """Show the questionnaire for a self draft, at the page it was left on."""
        self._self_draft = draft
        questionnaire = self.take_view.questionnaire
        questionnaire.set_instrument(self._instrument(draft.variant))
        questionnaire.set_answers(draft.answers)
        self.take_view.show_questionnaire()
        questionnaire.show_dimension(draft.dimension, focus=focus)
        self._refresh_resume_offer()

    def _resume(self, record: AttemptRecord) -> None:
        self._switch_draft_away()
        instrument = self._instrument(record.variant)
        first_open = next(
            (
                index
                for index, dim in enumerate(instrument.dimensions)
                if any(item.id not in record.answers for item in dim.items)
            ),
            len(instrument.dimensions) - 1,
        )
        self.tabs.setCurrentIndex(TAKE)
        self._begin(
            Draft(record.id, record.variant, answers=dict(record.answers), dimension=first_open)
        )

    def _switch_draft_away(self) -> None:
        """Save the draft being answered before another one takes its place."""
        self._save_timer.stop()
        try:
            self._save_drafts()
        except VaultError as exc:
            self._report_save_error(exc)

    def _restore_drafts(self) -> None:
        """After unlock: reload the answers of the attempts that were open, by id."""
        draft = self._self_draft
        if draft is not None:
            record = self._attempt(draft.attempt_id)
            if draft.attempt_id is not None and (record is None or record.completed):
                self._self_draft = None
                self.take_view.show_start()
            else:
                if record is not None:
                    draft.answers = dict(record.answers)
                self._begin(draft, focus=False)
        mirror = self._mirror_draft
        if mirror is not None:
            record = self._attempt(mirror.attempt_id)
            if mirror.attempt_id is not None and (record is None or record.completed):
                self._mirror_draft = None
                self.mirror_view.show_overview()
            else:
                if record is not None:
                    mirror.answers = dict(record.answers)
                self._begin_mirror(mirror, focus=False)

    def _on_start_view_start_requested(self, variant: str) -> None:
        self._switch_draft_away()
        self._begin(Draft(None, variant))

    def _on_start_view_resume_requested(self) -> None:
        current = self._self_draft.attempt_id if self._self_draft else None
        unfinished = [
            a for a in self._attempts if a.is_self and not a.completed and a.id != current
        ]
        if unfinished:
            self._resume(unfinished[-1])

    def _on_take_answer_chosen(self, item_id: str, value: object) -> None:
        draft = self._self_draft
        if draft is None or not (value is None or isinstance(value, int)):
            return
        draft.answers[item_id] = value
        draft.dirty = True
        self._save_timer.start()

    def _on_take_dimension_shown(self, index: int) -> None:
        if self._self_draft is not None:
            self._self_draft.dimension = index

    def _on_take_finish_requested(self) -> None:
        draft = self._self_draft
        if draft is None:
            return
        if not draft.answers:
            self._self_draft = None
            self.take_view.show_start()
            return
        self._save_timer.stop()
        attempt_id = self._complete(draft)
        if attempt_id is None:
            return
        self._self_draft = None
        self.take_view.questionnaire.clear_content()
        self.take_view.show_start()
        self._comparison_chosen = False
        self._reload()
        self._show_result(attempt_id)
        self.tabs.setCurrentIndex(RESULTS)

    # -- results -------------------------------------------------------------------------

    def _show_result(self, attempt_id: int | None) -> None:
        """Show one completed attempt, or the latest completed self-assessment."""
        record = self._attempt(attempt_id)
        if record is None or not record.completed:
            completed = self._completed_self()
            record = completed[-1] if completed else None
        if record is None:
            self._result_id = None
            self.results_view.show_empty()
            return
        self._result_id = record.id
        instrument = self._instrument(record.variant)
        result = self._result(record)
        suggestions: dict[str, Suggestion] = {}
        for score in result.scores:
            # The suggestions speak to the mentor about their own answers.
            if score.band is not None and record.is_self:
                suggestions[score.dimension_id] = suggestion_for(
                    score.dimension_id, score.band, self._locale
                )
        if record.is_self:
            heading = self.tr("Your profile: %1").replace("%1", variant_label(record.variant))
        else:
            heading = self.tr("%1's view of your mentoring").replace("%1", record.who())
        subheading = (
            self.tr(
                "Completed on %1 with %2 of %3 questions answered. A profile across eight "
                "dimensions, not a grade."
            )
            .replace("%1", format_when(record.completed_at))
            .replace("%2", str(record.answered()))
            .replace("%3", str(record.total))
        )
        self.results_view.show_result(
            attempt_id=record.id,
            heading=heading,
            subheading=subheading,
            instrument=instrument,
            result=result,
            suggestions=suggestions,
            playbook_titles=self._titles(),
            evidence=self._evidence() if record.is_self else (),
            own=record.is_self,
        )

    def _evidence(self) -> Sequence[Evidence]:
        store = self._store
        if store is None:
            return ()
        try:
            return mentor_evidence(store)
        except VaultError as exc:
            self._report_error(
                self.tr("Your session reflections could not be read: %1").replace(
                    "%1", error_message(exc)
                )
            )
            return ()

    def _on_results_playbook_entry_requested(self, entry_id: str) -> None:
        self._navigator.area_requested.emit("playbook")
        self._navigator.playbook_entry_requested.emit(entry_id)

    def _on_results_mirror_requested(self) -> None:
        self.tabs.setCurrentIndex(MIRROR)

    def _on_results_retake_requested(self) -> None:
        self.tabs.setCurrentIndex(TAKE)
        if self._self_draft is None:
            self.take_view.show_start()
            self.take_view.start_view.variant_current.setChecked(True)
            self.take_view.start_view.start_button.setFocus()

    # -- history -------------------------------------------------------------------------

    def _refresh_history(self) -> None:
        history = self.history_view
        selected = history.selected_attempt_id()
        history.attempts.set_rows(list(reversed(self._attempts)))
        history.select_attempt(selected)
        completed = [a for a in self._attempts if a.completed]
        first, second = self._comparison
        ids = {a.id for a in completed}
        if not self._comparison_chosen or first not in ids or second not in ids:
            own = [a for a in completed if a.is_self]
            pair = own[-2:] if len(own) >= 2 else completed[-2:]
            first = pair[0].id if len(pair) == 2 else None
            second = pair[1].id if len(pair) == 2 else None
        for combo in (history.compare_first, history.compare_second):
            combo.blockSignals(True)
        history.choices.set_rows(list(reversed(completed)))
        for combo in (history.compare_first, history.compare_second):
            combo.blockSignals(False)
        chosen = self._comparison_chosen
        history.set_comparison(first, second)
        self._comparison_chosen = chosen
        self._refresh_trends()

    def _refresh_trends(self) -> None:
        history = self.history_view
        own = self._completed_self()
        results = [(record, self._result(record)) for record in own]
        instrument = self._instrument("current")
        if not own:
            history.trend_note.setText(
                self.tr(
                    "Complete the assessment to start a trend; retake it at the mid-point "
                    "and the close."
                )
            )
        else:
            history.trend_note.setText(
                self.tr("Your completed self-assessments, oldest first (%1).").replace(
                    "%1", str(len(own))
                )
            )
        for cell, dim in zip(history.trend_cells, instrument.dimensions, strict=True):
            points = [
                (record.when.date(), float(score))
                for record, result in results
                if (score := result.score(dim.id).score) is not None and record.when is not None
            ]
            values = [value for _, value in points]
            if not values:
                summary = self.tr("No score yet")
            elif len(values) == 1:
                summary = self.tr("%1 so far").replace("%1", format_score(values[0]))
            elif round(values[-1] - values[0], 2) == 0:
                summary = self.tr("%1 both first and last time").replace(
                    "%1", format_score(values[0])
                )
            else:
                summary = (
                    self.tr("%1 to %2 (%3)")
                    .replace("%1", format_score(values[0]))
                    .replace("%2", format_score(values[-1]))
                    .replace("%3", format_signed(values[-1] - values[0], 2))
                )
            cell.set_trend(f"{dim.id} {dim.name}", points, summary)

    def _on_history_attempt_open_requested(self, attempt_id: int) -> None:
        record = self._attempt(attempt_id)
        if record is None:
            return
        if record.completed:
            self._show_result(record.id)
            self.tabs.setCurrentIndex(RESULTS)
        elif record.is_self:
            self._resume(record)
        elif record.mentee_id is not None:
            self.tabs.setCurrentIndex(MIRROR)
            self._on_mirror_entry_requested(record.mentee_id)

    def _on_history_comparison_changed(self, first: object, second: object) -> None:
        history = self.history_view
        first_id = first if isinstance(first, int) else None
        second_id = second if isinstance(second, int) else None
        self._comparison = (first_id, second_id)
        self._comparison_chosen = True
        a, b = self._attempt(first_id), self._attempt(second_id)
        if a is None or b is None or a.id == b.id:
            history.deltas.clear()
            history.compare_note.setText(
                self.tr("Choose two different completed attempts to see what changed.")
            )
            return
        instrument = self._instrument("current")
        result_a, result_b = self._result(a), self._result(b)
        deltas = compare(result_a, result_b)
        history.deltas.set_rows(delta_records(instrument, result_a, deltas, result_b))
        history.compare_note.setText(
            self.tr(
                "Change from the first (%1) to the second (%2): a plus means the second "
                "is higher. Not comparable: a dimension was not scored in one of them."
            )
            .replace("%1", a.describe())
            .replace("%2", b.describe())
        )

    # -- mentee mirror -------------------------------------------------------------------

    def _refresh_mirror(self) -> None:
        overview = self.mirror_view.overview
        active = [m for m in self._mentees if not m.archived]
        remembered = self._mirror_mentee_id
        overview.mentee_combo.blockSignals(True)
        overview.mentees.set_rows(active)
        overview.choose_mentee(remembered)
        overview.mentee_combo.blockSignals(False)
        overview.set_mentees_available(bool(active))
        self._mirror_mentee_id = overview.chosen_mentee_id()
        self._refresh_blind_spots()

    def _mentee_name(self, mentee_id: int | None) -> str:
        return next((m.display_name for m in self._mentees if m.id == mentee_id), "")

    def _refresh_blind_spots(self) -> None:
        overview = self.mirror_view.overview
        mentee_id = self._mirror_mentee_id
        if mentee_id is None:
            overview.status_label.clear()
            overview.show_blind_spots(None)
            return
        mirrors = [
            a
            for a in self._attempts
            if a.variant == "mirror" and a.mentee_id == mentee_id and not a.is_self
        ]
        done = [a for a in mirrors if a.completed]
        open_ = [a for a in mirrors if not a.completed]
        name = self._mentee_name(mentee_id)
        if open_:
            overview.status_label.setText(
                self.tr(
                    "Answers from %1 are partly entered (%2 of %3): choose Enter their "
                    "answers to continue."
                )
                .replace("%1", name)
                .replace("%2", str(open_[-1].answered()))
                .replace("%3", str(open_[-1].total))
            )
        elif done:
            overview.status_label.setText(
                self.tr("%1's answers were entered on %2.")
                .replace("%1", name)
                .replace("%2", format_when(done[-1].completed_at))
            )
        else:
            overview.status_label.setText(self.tr("No answers from %1 yet.").replace("%1", name))
        if not done:
            overview.show_blind_spots(None)
            return
        own = self._completed_self()
        current = [a for a in own if a.variant == "current"]
        mine = (current or own)[-1:] if own else []
        if not mine:
            overview.show_blind_spots(
                [
                    self.tr(
                        "Complete your own assessment (my last three months) to compare it "
                        "with your mentee's view."
                    )
                ]
            )
            return
        instrument = self._instrument("current")
        spots = blind_spots(self._result(mine[0]), self._result(done[-1]))
        lines = [
            self.tr("Your self-assessment of %1 (%2) beside %3's answers of %4:")
            .replace("%1", format_when(mine[0].when))
            .replace("%2", variant_label(mine[0].variant))
            .replace("%3", name)
            .replace("%4", format_when(done[-1].when))
        ]
        for spot in spots:
            dim = instrument.dimension(spot.dimension_id)
            if spot.direction == "self_higher":
                text = self.tr(
                    "%1: you rate yourself higher than your mentee does (you %2, your mentee "
                    "%3). Ask what they see that you may not."
                )
            else:
                text = self.tr(
                    "%1: you rate yourself lower than your mentee does (you %2, your mentee "
                    "%3). They may see a strength you underrate."
                )
            lines.append(
                text.replace("%1", f"{dim.id} {dim.name}")
                .replace("%2", format_score(spot.self_score))
                .replace("%3", format_score(spot.mentee_score))
            )
        overview.show_blind_spots(lines)

    def _begin_mirror(self, draft: Draft, *, focus: bool = True) -> None:
        self._mirror_draft = draft
        questionnaire = self.mirror_view.questionnaire
        questionnaire.set_instrument(self._instrument("mirror"))
        questionnaire.set_answers(draft.answers)
        self.mirror_view.show_entry(
            self.tr("Answers from %1").replace("%1", self._mentee_name(draft.mentee_id))
        )
        questionnaire.show_dimension(draft.dimension, focus=focus)

    def _on_mirror_entry_requested(self, mentee_id: int) -> None:
        self._switch_draft_away()
        self._mirror_mentee_id = mentee_id
        self.mirror_view.overview.choose_mentee(mentee_id)
        unfinished = [
            a
            for a in self._attempts
            if a.variant == "mirror" and a.mentee_id == mentee_id and not a.completed
        ]
        if unfinished:
            record = unfinished[-1]
            draft = Draft(record.id, "mirror", "mentee", mentee_id, answers=dict(record.answers))
        else:
            draft = Draft(None, "mirror", "mentee", mentee_id)
        self._begin_mirror(draft)

    def _on_mirror_mentee_chosen(self, mentee_id: object) -> None:
        self._mirror_mentee_id = mentee_id if isinstance(mentee_id, int) else None
        self._refresh_blind_spots()

    def _on_mirror_answer_chosen(self, item_id: str, value: object) -> None:
        draft = self._mirror_draft
        if draft is None or not (value is None or isinstance(value, int)):
            return
        draft.answers[item_id] = value
        draft.dirty = True
        self._save_timer.start()

    def _on_mirror_dimension_shown(self, index: int) -> None:
        if self._mirror_draft is not None:
            self._mirror_draft.dimension = index

    def _on_mirror_entry_closed(self) -> None:
        self._switch_draft_away()
        self._mirror_draft = None
        self.mirror_view.questionnaire.clear_content()
        self.mirror_view.show_overview()
        self._refresh_blind_spots()

    def _on_mirror_finish_requested(self) -> None:
        draft = self._mirror_draft
        if draft is None:
            return
        if not draft.answers:
            self._on_mirror_entry_closed()
            return
        self._save_timer.stop()
        if self._complete(draft) is None:
            return
        self._mirror_draft = None
        self.mirror_view.questionnaire.clear_content()
        self.mirror_view.show_overview()
        self._reload()

    def _on_mirror_export_requested(self) -> None:
        path = export_blank_mirror_form(self, self._instrument("mirror"))
        status = self.mirror_view.overview.export_status
        status.setText(
            "" if path is None else self.tr("Blank form saved: %1").replace("%1", str(path))
        )
        status.setVisible(path is not None)
