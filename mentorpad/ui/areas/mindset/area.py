"""The Mindset area: take the self-assessment, read the profile, follow it over time, and
compare it with a mentee's view.

This module is the controller of the area: it builds the tabs (mindset_take,
mindset_results, mindset_history, mindset_mirror), runs the taking and the results itself,
and routes between the tabs. The History and Mentee's view tabs have controllers of their
own (history_tab, mirror_tab); all of them read the attempts from one AttemptBook, and the
answers being given are kept and saved by Drafts, so an attempt can always be resumed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides.mindset import Suggestion, suggestion_for
from mentorpad.models import Vault, VaultError
from mentorpad.models.store import Store
from mentorpad.ui.areas.base import Area
from mentorpad.ui.areas.mindset.attempts import AttemptBook
from mentorpad.ui.areas.mindset.common import format_when, label, variant_label
from mentorpad.ui.areas.mindset.drafts import Draft, Drafts
from mentorpad.ui.areas.mindset.evidence import Evidence, mentor_evidence
from mentorpad.ui.areas.mindset.history import HistoryView
from mentorpad.ui.areas.mindset.history_tab import HistoryTab
from mentorpad.ui.areas.mindset.mirror import MirrorView
from mentorpad.ui.areas.mindset.mirror_tab import MirrorTab
from mentorpad.ui.areas.mindset.models import AttemptRecord
from mentorpad.ui.areas.mindset.results import ResultsView
from mentorpad.ui.areas.mindset.take import TakeView
from mentorpad.ui.labels import error_message
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.kept_edits import KeptEditsBanner

__all__ = ["HISTORY", "MIRROR", "RESULTS", "TAKE", "Draft", "MindsetArea"]

TAKE, RESULTS, HISTORY, MIRROR = range(4)


class MindsetArea(Area):
    """The mentoring-mindset self-assessment with results, history and the mentee mirror."""

    def __init__(
        self,
        navigator: Navigator,
        *,
        locale: str | None = None,
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mindset")
        self._clock = clock  # the attempts' times, and the year of reflections shown
        self.title = self.tr("Mindset")
        self._navigator = navigator
        self._locale = locale
        self._store: Store | None = None
        self._book = AttemptBook(locale)
        self._result_id: int | None = None
        self._build()
        self._drafts = Drafts(self, clock=clock)
        self._history = HistoryTab(self.history_view, self._book, self)
        self._mirror = MirrorTab(self.mirror_view, self._book, self._drafts, self, self)
        self.take_view.start_view.set_instrument(self._book.instrument("current"))
        self._connect_signals()

    def _build(self) -> None:
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
        self.kept_banner = KeptEditsBanner()  # answers a lock kept, offered after unlock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.kept_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.save_status)

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
        self.history_view.attempt_open_requested.connect(self._on_history_attempt_open_requested)
        self._mirror.completed.connect(self._on_mirror_completed)
        self._drafts.attempts_created.connect(self._on_drafts_attempts_created)
        self._drafts.status_changed.connect(self._on_drafts_status_changed)
        self.kept_banner.restore_requested.connect(self._on_kept_banner_restore_requested)
        self.kept_banner.discard_requested.connect(self._on_kept_banner_discard_requested)

    # -- Area ----------------------------------------------------------------------------

    def on_vault_opened(self, vault: Vault) -> None:
        self._store = Store(vault, self._clock)
        self._drafts.open(self._store)
        self._reload()
        self._restore_own_draft()
        self._mirror.restore()
        self._show_result(self._result_id)
        self._offer_kept()

    def flush(self) -> None:
        self._drafts.flush()

    def clear_content(self) -> None:
        """Forget answers, results, history and names; keep only ids to come back to."""
        self._drafts.close()
        self._store = None
        self._book.clear()
        self.take_view.questionnaire.clear_content()
        self.take_view.start_view.offer_resume(None)
        self.results_view.clear_content()
        self.history_view.clear_content()
        self.mirror_view.clear_content()
        self.save_status.clear()
        self.save_status.hide()
        self.kept_banner.clear_content()

    def _offer_kept(self, problem: str = "") -> None:
        """After unlock: the answers the lock kept because they could not be saved."""
        places = self._drafts.describe_held(self._store) if self._store is not None else []
        if places:
            self.kept_banner.offer(places, problem)
        else:
            self.kept_banner.clear_content()

    def _on_kept_banner_restore_requested(self) -> None:
        try:
            self._drafts.saves.restore_held()
        except VaultError as exc:
            self._offer_kept(error_message(exc))
            return
        self.kept_banner.clear_content()
        self._reload()
        self._restore_own_draft()
        self._mirror.restore()

    def _on_kept_banner_discard_requested(self) -> None:
        self._drafts.saves.discard_held()
        self.kept_banner.clear_content()

    # -- loading -------------------------------------------------------------------------

    def _reload(self) -> None:
        store = self._store
        if store is None:
            return
        self._book.reload(store)
        self._history.refresh()
        self._mirror.refresh()
        self._refresh_resume_offer()

    def _report_error(self, message: str) -> None:
        """One line under the tabs for what went wrong with the vault; empty hides it."""
        self.save_status.setText(message)
        self.save_status.setVisible(bool(message))

    def _on_drafts_attempts_created(self) -> None:
        self._reload()

    def _on_drafts_status_changed(self, message: str) -> None:
        self._report_error(message)

    # -- taking --------------------------------------------------------------------------

    def _unfinished_own(self) -> list[AttemptRecord]:
        """The mentor's unfinished attempts other than the one on screen, oldest first."""
        own = self._drafts.own
        return self._book.unfinished_self(own.attempt_id if own else None)

    def _refresh_resume_offer(self) -> None:
        unfinished = self._unfinished_own()
        if not unfinished:
            self.take_view.start_view.offer_resume(None)
            return
        latest = unfinished[-1]
        self.take_view.start_view.offer_resume(
            fill(
                self.tr(
                    "You started an assessment (%1) on %2 and answered %3 of %4 questions. "
                    "Your answers are saved: carry on where you left off."
                ),
                variant_label(latest.variant),
                format_when(latest.started_at),
                str(latest.answered()),
                str(latest.total),
            )
        )

    def _begin(self, draft: Draft, *, focus: bool = True) -> None:
        """Show the questionnaire for a self draft, at the page it was left on."""
        self._drafts.own = draft
        questionnaire = self.take_view.questionnaire
        questionnaire.set_instrument(self._book.instrument(draft.variant))
        questionnaire.set_answers(draft.answers)
        self.take_view.show_questionnaire()
        questionnaire.show_dimension(draft.dimension, focus=focus)
        self._refresh_resume_offer()

    def _resume(self, record: AttemptRecord) -> None:
        self._drafts.save_before_switching()
        instrument = self._book.instrument(record.variant)
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

    def _restore_own_draft(self) -> None:
        """After unlock: reload the answers of the attempt that was open, by id."""
        draft = self._drafts.own
        if draft is None:
            return
        record = self._book.attempt(draft.attempt_id)
        if draft.attempt_id is not None and (record is None or record.completed):
            self._drafts.own = None
            self.take_view.show_start()
        else:
            if record is not None:
                draft.answers = dict(record.answers)
            self._begin(draft, focus=False)

    def _on_start_view_start_requested(self, variant: str) -> None:
        self._drafts.save_before_switching()
        self._begin(Draft(None, variant))

    def _on_start_view_resume_requested(self) -> None:
        unfinished = self._unfinished_own()
        if unfinished:
            self._resume(unfinished[-1])

    def _on_take_answer_chosen(self, item_id: str, value: object) -> None:
        draft = self._drafts.own
        if draft is None or not (value is None or isinstance(value, int)):
            return
        self._drafts.answer(draft, item_id, value)

    def _on_take_dimension_shown(self, index: int) -> None:
        if self._drafts.own is not None:
            self._drafts.own.dimension = index

    def _on_take_finish_requested(self) -> None:
        draft = self._drafts.own
        if draft is None:
            return
        if not draft.answers:
            self._drafts.own = None
            self.take_view.show_start()
            return
        attempt_id = self._drafts.complete(draft)
        if attempt_id is None:
            return
        self._drafts.own = None
        self.take_view.questionnaire.clear_content()
        self.take_view.show_start()
        self._history.forget_choice()
        self._reload()
        self._show_result(attempt_id)
        self.tabs.setCurrentIndex(RESULTS)

    # -- results -------------------------------------------------------------------------

    def _show_result(self, attempt_id: int | None) -> None:
        """Show one completed attempt, or the latest completed self-assessment."""
        record = self._book.attempt(attempt_id)
        if record is None or not record.completed:
            completed = self._book.completed_self()
            record = completed[-1] if completed else None
        if record is None:
            self._result_id = None
            self.results_view.show_empty()
            return
        self._result_id = record.id
        result = self._book.result(record)
        suggestions: dict[str, Suggestion] = {}
        for score in result.scores:
            # The suggestions speak to the mentor about their own answers.
            if score.band is not None and record.is_self:
                suggestions[score.dimension_id] = suggestion_for(
                    score.dimension_id, score.band, self._locale
                )
        self.results_view.show_result(
            attempt_id=record.id,
            heading=self._result_heading(record),
            subheading=self._result_subheading(record),
            instrument=self._book.instrument(record.variant),
            result=result,
            suggestions=suggestions,
            playbook_titles=self._book.playbook_titles(),
            evidence=self._evidence() if record.is_self else (),
            own=record.is_self,
        )

    def _result_heading(self, record: AttemptRecord) -> str:
        if record.is_self:
            return fill(self.tr("Your profile: %1"), variant_label(record.variant))
        return fill(self.tr("%1's view of your mentoring"), record.who())

    def _result_subheading(self, record: AttemptRecord) -> str:
        return fill(
            self.tr(
                "Completed on %1 with %2 of %3 questions answered. A profile across eight "
                "dimensions, not a grade."
            ),
            format_when(record.completed_at),
            str(record.answered()),
            str(record.total),
        )

    def _evidence(self) -> Sequence[Evidence]:
        store = self._store
        if store is None:
            return ()
        try:
            return mentor_evidence(store, self._clock.now().date())
        except VaultError as exc:
            self._report_error(
                fill(self.tr("Your session reflections could not be read: %1"), error_message(exc))
            )
            return ()

    def _on_results_playbook_entry_requested(self, entry_id: str) -> None:
        self._navigator.area_requested.emit("playbook")
        self._navigator.playbook_entry_requested.emit(entry_id)

    def _on_results_mirror_requested(self) -> None:
        self.tabs.setCurrentIndex(MIRROR)

    def _on_results_retake_requested(self) -> None:
        self.tabs.setCurrentIndex(TAKE)
        if self._drafts.own is None:
            self.take_view.show_start()
            self.take_view.start_view.variant_current.setChecked(True)
            self.take_view.start_view.start_button.setFocus()

    # -- between the tabs ----------------------------------------------------------------

    def _on_history_attempt_open_requested(self, attempt_id: int) -> None:
        record = self._book.attempt(attempt_id)
        if record is None:
            return
        if record.completed:
            self._show_result(record.id)
            self.tabs.setCurrentIndex(RESULTS)
        elif record.is_self:
            self._resume(record)
        elif record.mentee_id is not None:
            self.tabs.setCurrentIndex(MIRROR)
            self._mirror.enter(record.mentee_id)

    def _on_mirror_completed(self) -> None:
        self._reload()
