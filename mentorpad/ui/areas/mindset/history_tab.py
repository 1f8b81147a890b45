"""The History tab's controller: every attempt, the trend per dimension, and the comparison
of two attempts the mentor chose (or, until they choose, the last two).

Opening an attempt is left to the area, which knows the other tabs. The texts keep the
translation context "MindsetArea", where they were written before this module existed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from mentorpad.guides.mindset import compare
from mentorpad.ui.areas.mindset.attempts import AttemptBook
from mentorpad.ui.areas.mindset.common import format_score
from mentorpad.ui.areas.mindset.history import HistoryView
from mentorpad.ui.areas.mindset.models import delta_records
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.item_models import format_signed

__all__ = ["HistoryTab"]

translate = QCoreApplication.translate


class HistoryTab(QObject):
    """Fills `view` from `book`; remembers the comparison once the mentor has chosen one."""

    def __init__(self, view: HistoryView, book: AttemptBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._book = book
        self._comparison: tuple[int | None, int | None] = (None, None)
        self._comparison_chosen = False
        view.comparison_changed.connect(self._on_view_comparison_changed)

    def forget_choice(self) -> None:
        """A new attempt was completed: compare the latest two again."""
        self._comparison_chosen = False

    def refresh(self) -> None:
        history = self._view
        attempts = self._book.attempts
        selected = history.selected_attempt_id()
        history.attempts.set_rows(list(reversed(attempts)))
        history.select_attempt(selected)
        completed = [a for a in attempts if a.completed]
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
        history = self._view
        own = self._book.completed_self()
        results = [(record, self._book.result(record)) for record in own]
        instrument = self._book.instrument("current")
        if not own:
            history.trend_note.setText(
                translate(
                    "MindsetArea",
                    "Complete the assessment to start a trend; retake it at the mid-point "
                    "and the close.",
                )
            )
        else:
            history.trend_note.setText(
                fill(
                    translate("MindsetArea", "Your completed self-assessments, oldest first (%1)."),
                    str(len(own)),
                )
            )
        for cell, dim in zip(history.trend_cells, instrument.dimensions, strict=True):
            points = [
                (record.when.date(), float(score))
                for record, result in results
                if (score := result.score(dim.id).score) is not None and record.when is not None
            ]
            summary = self._trend_summary([value for _, value in points])
            cell.set_trend(f"{dim.id} {dim.name}", points, summary)

    @staticmethod
    def _trend_summary(values: list[float]) -> str:
        """From the first score to the last, in words."""
        if not values:
            return translate("MindsetArea", "No score yet")
        if len(values) == 1:
            return fill(translate("MindsetArea", "%1 so far"), format_score(values[0]))
        if round(values[-1] - values[0], 2) == 0:
            return fill(
                translate("MindsetArea", "%1 both first and last time"), format_score(values[0])
            )
        return fill(
            translate("MindsetArea", "%1 to %2 (%3)"),
            format_score(values[0]),
            format_score(values[-1]),
            format_signed(values[-1] - values[0], 2),
        )

    def _on_view_comparison_changed(self, first: object, second: object) -> None:
        history = self._view
        first_id = first if isinstance(first, int) else None
        second_id = second if isinstance(second, int) else None
        self._comparison = (first_id, second_id)
        self._comparison_chosen = True
        a, b = self._book.attempt(first_id), self._book.attempt(second_id)
        if a is None or b is None or a.id == b.id:
            history.deltas.clear()
            history.compare_note.setText(
                translate(
                    "MindsetArea", "Choose two different completed attempts to see what changed."
                )
            )
            return
        instrument = self._book.instrument("current")
        result_a, result_b = self._book.result(a), self._book.result(b)
        deltas = compare(result_a, result_b)
        history.deltas.set_rows(delta_records(instrument, result_a, deltas, result_b))
        history.compare_note.setText(
            fill(
                translate(
                    "MindsetArea",
                    "Change from the first (%1) to the second (%2): a plus means the second "
                    "is higher. Not comparable: a dimension was not scored in one of them.",
                ),
                a.describe(),
                b.describe(),
            )
        )
