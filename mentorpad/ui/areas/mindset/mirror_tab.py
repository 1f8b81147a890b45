"""The "Mentee's view" tab's controller: the blank form, entering a mentee's answers, and
the blind spots between their view and the mentor's own.

A mentee's answers are a draft like the mentor's own (Drafts.mirror), saved the same way.
The texts keep the translation context "MindsetArea", where they were written before this
module existed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from mentorpad.guides.mindset import blind_spots
from mentorpad.ui.areas.mindset.attempts import AttemptBook
from mentorpad.ui.areas.mindset.common import format_score, format_when, variant_label
from mentorpad.ui.areas.mindset.drafts import Draft, Drafts
from mentorpad.ui.areas.mindset.form import export_blank_mirror_form
from mentorpad.ui.areas.mindset.mirror import MirrorView
from mentorpad.ui.areas.mindset.models import AttemptRecord
from mentorpad.ui.text import fill

__all__ = ["MirrorTab"]

translate = QCoreApplication.translate


class MirrorTab(QObject):
    """Fills `view` from `book` and enters answers into `drafts.mirror`."""

    completed = Signal()  # a mentee's answers were saved as complete: the lists changed

    def __init__(
        self,
        view: MirrorView,
        book: AttemptBook,
        drafts: Drafts,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._book = book
        self._drafts = drafts
        self._dialog_parent = dialog_parent
        self._mentee_id: int | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        overview = self._view.overview
        overview.export_requested.connect(self._on_overview_export_requested)
        overview.entry_requested.connect(self.enter)
        overview.mentee_chosen.connect(self._on_overview_mentee_chosen)
        self._view.entry_closed.connect(self._on_view_entry_closed)
        questionnaire = self._view.questionnaire
        questionnaire.answer_chosen.connect(self._on_questionnaire_answer_chosen)
        questionnaire.dimension_shown.connect(self._on_questionnaire_dimension_shown)
        questionnaire.finish_requested.connect(self._on_questionnaire_finish_requested)

    # -- the overview --------------------------------------------------------------------

    def refresh(self) -> None:
        overview = self._view.overview
        active = [m for m in self._book.mentees if not m.archived]
        overview.mentee_combo.blockSignals(True)
        overview.mentees.set_rows(active)
        overview.choose_mentee(self._mentee_id)
        overview.mentee_combo.blockSignals(False)
        overview.set_mentees_available(bool(active))
        self._mentee_id = overview.chosen_mentee_id()
        self._refresh_blind_spots()

    def _refresh_blind_spots(self) -> None:
        overview = self._view.overview
        mentee_id = self._mentee_id
        if mentee_id is None:
            overview.status_label.clear()
            overview.show_blind_spots(None)
            return
        mirrors = [
            a
            for a in self._book.attempts
            if a.variant == "mirror" and a.mentee_id == mentee_id and not a.is_self
        ]
        done = [a for a in mirrors if a.completed]
        unfinished = [a for a in mirrors if not a.completed]
        name = self._book.mentee_name(mentee_id)
        overview.status_label.setText(self._status(name, unfinished, done))
        if not done:
            overview.show_blind_spots(None)
            return
        own = self._book.completed_self()
        current = [a for a in own if a.variant == "current"]
        mine = (current or own)[-1:] if own else []
        if not mine:
            overview.show_blind_spots(
                [
                    translate(
                        "MindsetArea",
                        "Complete your own assessment (my last three months) to compare it "
                        "with your mentee's view.",
                    )
                ]
            )
            return
        overview.show_blind_spots(self._blind_spot_lines(mine[0], done[-1], name))

    @staticmethod
    def _status(name: str, unfinished: list[AttemptRecord], done: list[AttemptRecord]) -> str:
        """Where the mentee's answers stand: partly entered, entered, or none yet."""
        if unfinished:
            return fill(
                translate(
                    "MindsetArea",
                    "Answers from %1 are partly entered (%2 of %3): choose Enter their "
                    "answers to continue.",
                ),
                name,
                str(unfinished[-1].answered()),
                str(unfinished[-1].total),
            )
        if done:
            return fill(
                translate("MindsetArea", "%1's answers were entered on %2."),
                name,
                format_when(done[-1].completed_at),
            )
        return fill(translate("MindsetArea", "No answers from %1 yet."), name)

    def _blind_spot_lines(self, mine: AttemptRecord, theirs: AttemptRecord, name: str) -> list[str]:
        """Which two attempts are compared, then one line per blind spot."""
        instrument = self._book.instrument("current")
        spots = blind_spots(self._book.result(mine), self._book.result(theirs))
        lines = [
            fill(
                translate(
                    "MindsetArea", "Your self-assessment of %1 (%2) beside %3's answers of %4:"
                ),
                format_when(mine.when),
                variant_label(mine.variant),
                name,
                format_when(theirs.when),
            )
        ]
        for spot in spots:
            dim = instrument.dimension(spot.dimension_id)
            if spot.direction == "self_higher":
                text = translate(
                    "MindsetArea",
                    "%1: you rate yourself higher than your mentee does (you %2, your mentee "
                    "%3). Ask what they see that you may not.",
                )
            else:
                text = translate(
                    "MindsetArea",
                    "%1: you rate yourself lower than your mentee does (you %2, your mentee "
                    "%3). They may see a strength you underrate.",
                )
            lines.append(
                fill(
                    text,
                    f"{dim.id} {dim.name}",
                    format_score(spot.self_score),
                    format_score(spot.mentee_score),
                )
            )
        return lines

    # -- entering answers ----------------------------------------------------------------

    def enter(self, mentee_id: int) -> None:
        """Enter a mentee's answers: carry on with their unfinished attempt, or start one."""
        self._drafts.save_before_switching()
        self._mentee_id = mentee_id
        self._view.overview.choose_mentee(mentee_id)
        unfinished = [
            a
            for a in self._book.attempts
            if a.variant == "mirror" and a.mentee_id == mentee_id and not a.completed
        ]
        if unfinished:
            record = unfinished[-1]
            draft = Draft(record.id, "mirror", "mentee", mentee_id, answers=dict(record.answers))
        else:
            draft = Draft(None, "mirror", "mentee", mentee_id)
        self._begin(draft)

    def restore(self) -> None:
        """After unlock: reload the answers of the attempt that was open, by id."""
        mirror = self._drafts.mirror
        if mirror is None:
            return
        record = self._book.attempt(mirror.attempt_id)
        if mirror.attempt_id is not None and (record is None or record.completed):
            self._drafts.mirror = None
            self._view.show_overview()
        else:
            if record is not None:
                mirror.answers = dict(record.answers)
            self._begin(mirror, focus=False)

    def _begin(self, draft: Draft, *, focus: bool = True) -> None:
        self._drafts.mirror = draft
        questionnaire = self._view.questionnaire
        questionnaire.set_instrument(self._book.instrument("mirror"))
        questionnaire.set_answers(draft.answers)
        self._view.show_entry(
            fill(
                translate("MindsetArea", "Answers from %1"), self._book.mentee_name(draft.mentee_id)
            )
        )
        questionnaire.show_dimension(draft.dimension, focus=focus)

    # -- slots ---------------------------------------------------------------------------

    def _on_overview_mentee_chosen(self, mentee_id: object) -> None:
        self._mentee_id = mentee_id if isinstance(mentee_id, int) else None
        self._refresh_blind_spots()

    def _on_questionnaire_answer_chosen(self, item_id: str, value: object) -> None:
        draft = self._drafts.mirror
        if draft is None or not (value is None or isinstance(value, int)):
            return
        self._drafts.answer(draft, item_id, value)

    def _on_questionnaire_dimension_shown(self, index: int) -> None:
        if self._drafts.mirror is not None:
            self._drafts.mirror.dimension = index

    def _on_view_entry_closed(self) -> None:
        self._drafts.save_before_switching()
        self._drafts.mirror = None
        self._view.questionnaire.clear_content()
        self._view.show_overview()
        self._refresh_blind_spots()

    def _on_questionnaire_finish_requested(self) -> None:
        draft = self._drafts.mirror
        if draft is None:
            return
        if not draft.answers:
            self._on_view_entry_closed()
            return
        if self._drafts.complete(draft) is None:
            return
        self._drafts.mirror = None
        self._view.questionnaire.clear_content()
        self._view.show_overview()
        self.completed.emit()

    def _on_overview_export_requested(self) -> None:
        path = export_blank_mirror_form(self._dialog_parent)
        status = self._view.overview.export_status
        status.setText(
            ""
            if path is None
            else fill(translate("MindsetArea", "Blank form saved: %1"), str(path))
        )
        status.setVisible(path is not None)
