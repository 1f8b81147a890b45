"""Evidence beside the self-rating: what the session reflections say about two dimensions.

D1 (listening) sits next to the mentor's share of the talking; D6 (fostering independence)
next to how often they advised before asking. The numbers come from the review's mentor
view (mentorpad.review.mentor, one aggregate query per month); this module only phrases
them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mentorpad.models.store import Store
from mentorpad.review import MentorView, load_mentor_view, month_start
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.charts import month_label

WINDOW_MONTHS = 12
TALK_SHARE_AIM = 33  # percent: the D1 micro-practice aims for the mentee to talk two thirds


@dataclass(frozen=True)
class Evidence:
    """What the session reflections show for one dimension."""

    dimension_id: str
    title: str
    summary: str
    series_label: str
    points: tuple[tuple[dt.date, float], ...]


def _month_label(month: str) -> str:
    return month_label(month)


def evidence_from(view: MentorView) -> tuple[Evidence, ...]:
    """Phrase the mentor view as evidence for D1 and D6 (nothing where nothing was noted)."""
    found: list[Evidence] = []
    talk = [(m.month, m.talk_share_avg) for m in view.months if m.talk_share_avg is not None]
    average = view.talk_share_avg
    if talk and average is not None:
        latest_month, latest = talk[-1]
        found.append(
            Evidence(
                "D1",
                QCoreApplication.translate(
                    "MindsetArea", "From your session reflections: your share of the talking"
                ),
                fill(
                    QCoreApplication.translate(
                        "MindsetArea",
                        "%1% on average over %2 sessions in the last 12 months; %3% in %4. "
                        "Aim for about %5% or less, so your mentee does most of the thinking "
                        "aloud.",
                    ),
                    f"{average:.0f}",
                    str(sum(m.talk_share_count for m in view.months)),
                    f"{latest:.0f}",
                    _month_label(latest_month),
                    str(TALK_SHARE_AIM),
                ),
                QCoreApplication.translate("MindsetArea", "My share of the talking"),
                tuple((month_start(month), float(value)) for month, value in talk),
            )
        )
    advised = [
        (m.month, m.advised_first_pct) for m in view.months if m.advised_first_pct is not None
    ]
    share = view.advised_first_pct
    if advised and share is not None:
        latest_month, latest = advised[-1]
        found.append(
            Evidence(
                "D6",
                QCoreApplication.translate(
                    "MindsetArea", "From your session reflections: advice before asking"
                ),
                fill(
                    QCoreApplication.translate(
                        "MindsetArea",
                        "You gave advice before asking questions in %1% of %2 sessions in the last "
                        "12 months; %3% in %4. Lower is better: ask first, advise later.",
                    ),
                    f"{share:.0f}",
                    str(sum(m.advised_first_count for m in view.months)),
                    f"{latest:.0f}",
                    _month_label(latest_month),
                ),
                QCoreApplication.translate("MindsetArea", "Sessions where I advised before asking"),
                tuple((month_start(month), float(value)) for month, value in advised),
            )
        )
    return tuple(found)


def mentor_evidence(store: Store, today: dt.date) -> tuple[Evidence, ...]:
    """Load the year of reflections up to `today` (the caller's clock) and phrase them;
    raises VaultError if it cannot."""
    view = load_mentor_view(store, today, window_months=WINDOW_MONTHS)
    return evidence_from(view)
