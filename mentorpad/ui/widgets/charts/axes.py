"""Axis helpers: tick steps and date ticks that never overlap, thinned category labels, and
the number and date texts every chart shows in the user's language."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from mentorpad.ui.widgets.item_models import DATE_FORMAT, format_decimal

GAP = 10.0  # minimum space between two axis labels


def month_label(month: str, locale: QLocale | None = None) -> str:
    """'2025-03' -> 'Mar 2025' in the user's language."""
    date = QDate(int(month[:4]), int(month[5:7]), 1)
    return (locale or QLocale()).toString(date, "MMM yyyy")


def nice_step(span: float, max_ticks: int) -> float:
    """A 1-2-5 step that divides `span` into at most `max_ticks` parts."""
    if span <= 0:
        return 1.0
    raw = span / max(max_ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return float(10 * power)


def thin_step(count: int, slot: float, label_width: float) -> int:
    """Show every n-th label so labels of this width never touch."""
    if count <= 1 or slot <= 0:
        return 1
    return max(1, math.ceil((label_width + GAP) / slot))


_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def date_ticks(
    start: dt.date,
    end: dt.date,
    width: float,
    fm: QFontMetricsF,
    locale: QLocale,
    *,
    monthly: bool = False,
) -> list[tuple[dt.date, str]]:
    """Tick dates and labels for [start, end] that fit in `width` without overlap: days or
    weeks for short spans (unless the data is `monthly`), months, quarters or years for
    longer ones."""

    def label(day: dt.date, fmt: str) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), fmt)

    span_days = max((end - start).days, 1)
    candidates: list[list[tuple[dt.date, str]]] = []
    if span_days <= 120 and not monthly:
        for step in _DAY_STEPS:
            ticks = []
            day = start
            while day <= end:
                ticks.append((day, label(day, "d MMM")))
                day += dt.timedelta(days=step)
            candidates.append(ticks)
    for months in _MONTH_STEPS:
        fmt = "yyyy" if months >= 12 else "MMM yyyy"
        ticks = []
        day = _add_months(dt.date(start.year, start.month, 1), 0)
        if day < start:
            day = _add_months(day, 1)
        while day <= end:
            index = day.year * 12 + day.month - 1
            if index % months == 0:
                ticks.append((day, label(day, fmt)))
            day = _add_months(day, 1)
        if ticks:
            candidates.append(ticks)
    for ticks in candidates:
        widest = max(fm.horizontalAdvance(text) for _, text in ticks)
        if len(ticks) * (widest + GAP) <= width:
            return ticks
    return candidates[-1][:1] if candidates else []


def category_labels(
    p: QPainter,
    labels: Sequence[str],
    left: float,
    slot: float,
    top: float,
    bounds: tuple[float, float],
) -> None:
    """Labels under evenly spaced slots: every n-th, the most recent always shown, clamped
    inside `bounds`, and skipped rather than drawn over a neighbour."""
    fm = QFontMetricsF(p.font(), p.device())
    count = len(labels)
    if not count:
        return
    widest = max(fm.horizontalAdvance(text) for text in labels)
    every = thin_step(count, slot, widest)
    next_left = bounds[1] + GAP
    for index in range(count - 1, -1, -every):
        text = labels[index]
        width = fm.horizontalAdvance(text)
        center = left + slot * (index + 0.5)
        box = QRectF(center - width / 2, top, width, fm.height())
        if box.right() > bounds[1]:
            box.moveRight(bounds[1])
        if box.left() < bounds[0]:
            box.moveLeft(bounds[0])
        if box.right() > next_left - GAP / 2:
            continue
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        next_left = box.left()


def date_text(day: dt.date, locale: QLocale) -> str:
    return str(locale.toString(QDate(day.year, day.month, day.day), DATE_FORMAT))


def number_text(value: float) -> str:
    """Whole numbers as they are, others with one decimal, in the user's language."""
    return format_decimal(value, 0 if float(value).is_integer() else 1)
