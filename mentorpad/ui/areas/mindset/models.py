"""Records and item models behind the mindset history, comparison and mentee lists.

The records are plain frozen data built by the area from the store; the models are the
shared QAbstract*Model based record models (fast, and checked with qtmodeltester).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from mentorpad.guides.mindset import Instrument, MindsetResult, score_answers
from mentorpad.models.entities import Mentee
from mentorpad.ui.areas.mindset.common import (
    format_delta,
    format_score,
    format_when,
    parse_timestamp,
    variant_label,
)
from mentorpad.ui.labels.names import short_name
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.item_models import Column, RecordListModel, RecordTableModel


@dataclass(frozen=True)
class AttemptRecord:
    """One stored attempt, with the mentee's name resolved for display."""

    id: int
    variant: str
    respondent: str
    mentee_id: int | None
    mentee_name: str
    started_at: dt.datetime | None
    completed_at: dt.datetime | None
    answers: Mapping[str, int | None]
    total: int

    @classmethod
    def from_row(
        cls, row: Mapping[str, Any], mentee_names: Mapping[int, str], total: int
    ) -> AttemptRecord:
        raw = row.get("answers")
        answers: dict[str, int | None] = {}
        if isinstance(raw, dict):
            for key, value in raw.items():
                if isinstance(key, str) and (value is None or type(value) is int):
                    answers[key] = value
        mentee_id = row.get("mentee_id")
        mentee_id = mentee_id if isinstance(mentee_id, int) else None
        return cls(
            id=int(row["id"]),
            variant=str(row["variant"]),
            respondent=str(row.get("respondent") or "self"),
            mentee_id=mentee_id,
            mentee_name=mentee_names.get(mentee_id, "") if mentee_id is not None else "",
            started_at=parse_timestamp(row.get("started_at")),
            completed_at=parse_timestamp(row.get("completed_at")),
            answers=MappingProxyType(answers),
            total=total,
        )

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    @property
    def is_self(self) -> bool:
        return self.respondent == "self"

    @property
    def when(self) -> dt.datetime | None:
        return self.completed_at or self.started_at

    def answered(self) -> int:
        return len(self.answers)

    def result(self, instrument: Instrument) -> MindsetResult:
        """Scored against ``instrument``; ids the instrument no longer has are left out."""
        known = {item.id for item in instrument.items}
        return score_answers(
            instrument, {key: value for key, value in self.answers.items() if key in known}
        )

    def who(self) -> str:
        if self.is_self:
            return QCoreApplication.translate("MindsetArea", "You")
        return self.mentee_name or QCoreApplication.translate("MindsetArea", "A mentee")

    def status(self) -> str:
        if self.completed:
            return QCoreApplication.translate("MindsetArea", "Completed")
        return fill(
            QCoreApplication.translate("MindsetArea", "Unfinished: %1 of %2 answered"),
            str(self.answered()),
            str(self.total),
        )

    def describe(self) -> str:
        """One line naming the attempt, for lists and combo boxes."""
        parts = [format_when(self.when), variant_label(self.variant)]
        if not self.is_self:
            parts.append(self.who())
        return " · ".join(part for part in parts if part)


@dataclass(frozen=True)
class DeltaRecord:
    """One dimension in a comparison of two attempts."""

    position: int
    dimension: str
    first: float | None
    second: float | None
    delta: float | None

    def change(self) -> str:
        text = format_delta(self.delta)
        if self.delta is None or self.delta == 0:
            return text
        word = (
            QCoreApplication.translate("MindsetArea", "higher")
            if self.delta > 0
            else QCoreApplication.translate("MindsetArea", "lower")
        )
        return f"{text} ({word})"


def attempts_model() -> RecordTableModel[AttemptRecord]:
    return RecordTableModel(
        [
            Column(
                QCoreApplication.translate("MindsetArea", "Date"), lambda r: format_when(r.when)
            ),
            Column(
                QCoreApplication.translate("MindsetArea", "Version"),
                lambda r: variant_label(r.variant),
            ),
            Column(QCoreApplication.translate("MindsetArea", "Who"), lambda r: r.who()),
            Column(QCoreApplication.translate("MindsetArea", "Status"), lambda r: r.status()),
        ],
        key=lambda r: r.id,
    )


def attempt_choices_model() -> RecordListModel[AttemptRecord]:
    return RecordListModel(lambda r: r.describe(), key=lambda r: r.id)


def deltas_model() -> RecordTableModel[DeltaRecord]:
    right = Qt.AlignmentFlag.AlignRight
    return RecordTableModel(
        [
            Column(QCoreApplication.translate("MindsetArea", "Dimension"), lambda r: r.dimension),
            Column(
                QCoreApplication.translate("MindsetArea", "First"),
                lambda r: format_score(r.first),
                align=right,
            ),
            Column(
                QCoreApplication.translate("MindsetArea", "Second"),
                lambda r: format_score(r.second),
                align=right,
            ),
            Column(
                QCoreApplication.translate("MindsetArea", "Change"),
                lambda r: r.change(),
                align=right,
            ),
        ],
        key=lambda r: r.position,
    )


def mentees_model() -> RecordListModel[Mentee]:
    return RecordListModel(lambda m: short_name(m.display_name), key=lambda m: m.id)


def delta_records(
    instrument: Instrument,
    first: MindsetResult,
    deltas: Mapping[str, float | None],
    second: MindsetResult,
) -> Sequence[DeltaRecord]:
    return [
        DeltaRecord(
            position,
            f"{dim.id} {dim.name}",
            first.score(dim.id).score,
            second.score(dim.id).score,
            deltas.get(dim.id),
        )
        for position, dim in enumerate(instrument.dimensions)
    ]
