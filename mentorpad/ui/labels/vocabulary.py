"""The words of the playbook and the agreement (stages, statuses, kinds of session, GROW
phases, horizons) and the prep brief's reasons for a question, in the user's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def stage_label(stage: str | None) -> str:
    """A mentee's stage as the playbook names it; unknown values are shown as they are."""
    labels = {
        "new": QCoreApplication.translate("labels", "New in the role"),
        "struggling": QCoreApplication.translate("labels", "Struggling"),
        "capable": QCoreApplication.translate("labels", "Capable of more"),
    }
    return labels.get(stage or "", stage or "")


def status_label(status: str) -> str:
    labels = {
        "active": QCoreApplication.translate("labels", "Active"),
        "paused": QCoreApplication.translate("labels", "Paused"),
        "closed": QCoreApplication.translate("labels", "Closed"),
    }
    return labels.get(status, status)


def session_kind_label(kind: str) -> str:
    labels = {
        "first": QCoreApplication.translate("labels", "First session"),
        "regular": QCoreApplication.translate("labels", "Regular session"),
        "midpoint": QCoreApplication.translate("labels", "Mid-point review"),
        "closing": QCoreApplication.translate("labels", "Closing session"),
    }
    return labels.get(kind, kind)


def note_source_label(source: str) -> str:
    """Where a search hit was found."""
    labels = {
        "background": QCoreApplication.translate("labels", "Background"),
        "agenda": QCoreApplication.translate("labels", "Agenda"),
        "notes": QCoreApplication.translate("labels", "Notes"),
        "summary": QCoreApplication.translate("labels", "Shared summary"),
        "reflection": QCoreApplication.translate("labels", "Reflection"),
        "commitment": QCoreApplication.translate("labels", "Commitment"),
    }
    return labels.get(source, source)


def owner_label(owner: str) -> str:
    """Who a commitment belongs to."""
    labels = {
        "mentee": QCoreApplication.translate("labels", "Mentee"),
        "mentor": QCoreApplication.translate("labels", "Mentor"),
    }
    return labels.get(owner, owner)


def grow_phase_label(phase: str) -> str:
    """The four GROW phases (Whitmore); the letters are the same in every language."""
    labels = {
        "G": QCoreApplication.translate("labels", "Goal", "GROW phase"),
        "R": QCoreApplication.translate("labels", "Reality", "GROW phase"),
        "O": QCoreApplication.translate("labels", "Options", "GROW phase"),
        "W": QCoreApplication.translate("labels", "Will", "GROW phase"),
    }
    return labels.get(phase, phase)


def review_label(review: str) -> str:
    """The agreement's review dates, as the prep brief names them ("mid-point", "closing")."""
    labels = {
        "mid-point": QCoreApplication.translate("labels", "mid-point review"),
        "closing": QCoreApplication.translate("labels", "closing session"),
    }
    return labels.get(review, review)


def horizon_label(horizon: str) -> str:
    """When a sign of progress can be expected (the playbook's three horizons)."""
    labels = {
        "2-4 weeks": QCoreApplication.translate("labels", "Within 2–4 weeks"),
        "2-3 months": QCoreApplication.translate("labels", "Within 2–3 months"),
        "3-6 months": QCoreApplication.translate("labels", "Within 3–6 months"),
    }
    return labels.get(horizon, horizon.replace("-", "–"))


def suggestion_reason(reason: str) -> str:
    """Why the prep brief suggests a question: "; "-joined phrases from guides.suggest."""
    goal = re.compile(r"fits the goal '(?P<goal>.*?)'(?=; |$)")
    phrases: dict[str, Callable[[], str]] = {
        "recurring theme": lambda: QCoreApplication.translate("labels", "recurring theme"),
        "recent theme": lambda: QCoreApplication.translate("labels", "recent theme"),
        "theme from an earlier session": lambda: QCoreApplication.translate(
            "labels", "theme from an earlier session"
        ),
        "related to a recent theme": lambda: QCoreApplication.translate(
            "labels", "related to a recent theme"
        ),
        "common for this stage": lambda: QCoreApplication.translate(
            "labels", "common for this stage"
        ),
        "asked before, worth revisiting": lambda: QCoreApplication.translate(
            "labels", "asked before, worth revisiting"
        ),
    }
    parts: list[str] = []
    position = 0
    while position < len(reason):
        match = goal.match(reason, position)
        if match:
            parts.append(
                QCoreApplication.translate("labels", "fits the goal “%1”").replace(
                    "%1", match.group("goal")
                )
            )
            position = match.end()
        else:
            end = reason.find("; ", position)
            end = len(reason) if end < 0 else end
            phrase = reason[position:end]
            parts.append(phrases[phrase]() if phrase in phrases else phrase)
            position = end
        if reason.startswith("; ", position):
            position += 2
    return QCoreApplication.translate("labels", "; ", "list separator").join(parts)
