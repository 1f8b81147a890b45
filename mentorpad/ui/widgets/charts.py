"""Small charts drawn with QPainter: a heat map, line charts over dates, bar charts.

QtCharts lives in PySide6-Addons, which we do not ship. These draw the same way on screen and
into a QImage (render_to_image) for reports, take every colour from the widget's palette (so
light and dark themes both read well), thin axis labels so they never overlap, and show an
explanation instead of empty axes when there is nothing to draw.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from mentorpad.ui.widgets.item_models import DATE_FORMAT, format_decimal

Hit = tuple[QRectF, str]  # where, and the tool tip shown there
_PAD = 10.0
_GAP = 10.0  # minimum space between two axis labels


@dataclass(frozen=True)
class ChartColors:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    axis: QColor
    accent: QColor
    series: tuple[QColor, ...]


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    t = max(0.0, min(1.0, t))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def _luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def series_colors(accent: QColor, background: QColor, count: int) -> tuple[QColor, ...]:
    """Distinct hues at the accent's lightness, nudged so they contrast with the background:
    darker on light themes, lighter on dark ones."""
    hue = accent.hslHueF()
    if hue < 0:
        hue = 0.5
    saturation = max(accent.hslSaturationF(), 0.45)
    lightness = accent.lightnessF()
    if _luminance(background) < 0.5:
        lightness = min(max(lightness, 0.58), 0.75)
    else:
        lightness = min(max(lightness, 0.28), 0.45)
    offsets = (0.0, 0.45, 0.12, 0.75, 0.3, 0.6)
    return tuple(
        QColor.fromHslF((hue + offsets[i % len(offsets)]) % 1.0, saturation, lightness)
        for i in range(max(count, 1))
    )


def chart_colors(palette: QPalette, series: int = 1) -> ChartColors:
    role = QPalette.ColorRole
    background = palette.color(role.Base)
    text = palette.color(role.Text)
    muted = _blend(text, background, 0.35)
    accent = palette.color(role.Highlight)
    return ChartColors(
        background=background,
        text=text,
        muted=muted,
        grid=_blend(background, text, 0.12),
        axis=_blend(background, text, 0.45),
        accent=accent,
        series=series_colors(accent, background, series),
    )


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
    return max(1, math.ceil((label_width + _GAP) / slot))


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
        if len(ticks) * (widest + _GAP) <= width:
            return ticks
    return candidates[-1][:1] if candidates else []


def _category_labels(
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
    next_left = bounds[1] + _GAP
    for index in range(count - 1, -1, -every):
        text = labels[index]
        width = fm.horizontalAdvance(text)
        center = left + slot * (index + 0.5)
        box = QRectF(center - width / 2, top, width, fm.height())
        if box.right() > bounds[1]:
            box.moveRight(bounds[1])
        if box.left() < bounds[0]:
            box.moveLeft(bounds[0])
        if box.right() > next_left - _GAP / 2:
            continue
        p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        next_left = box.left()


class Chart(QWidget):
    """Common frame: title, empty state, palette colours, hover tool tips, image export."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._empty_text = self.tr("No data yet.")
        self._hits: list[Hit] = []
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(220, 160)
        self.setMouseTracking(False)

    # -- public ---------------------------------------------------------------------------

    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self.setAccessibleName(title)
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def empty_text(self) -> str:
        return self._empty_text

    def has_data(self) -> bool:
        raise NotImplementedError

    def clear(self) -> None:
        """Forget the data (and the description that summarised it)."""
        self._hits = []
        self.setAccessibleDescription("")
        self._clear_data()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 160)

    def render_to_image(self, width: int, height: int, scale: float = 1.0) -> QImage:
        """The chart as an image of width x height logical pixels (times `scale` physical
        pixels), for reports."""
        width, height = max(int(width), 1), max(int(height), 1)
        scale = max(scale, 0.1)
        image = QImage(
            max(1, round(width * scale)),
            max(1, round(height * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint(painter, QRectF(0, 0, width, height), record=False)
        finally:
            painter.end()
        return image

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self._paint(painter, QRectF(self.rect()), record=True)
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = QPointF(event.pos())
            for rect, text in reversed(self._hits):
                if rect.contains(position):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    def _series_count(self) -> int:
        return 1

    def _paint(self, p: QPainter, rect: QRectF, *, record: bool) -> None:
        colors = chart_colors(self.palette(), self._series_count())
        hits: list[Hit] = []
        p.fillRect(rect, colors.background)
        inner = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        title_font = QFont(p.font())
        title_font.setBold(True)
        p.save()
        p.setFont(title_font)
        p.setPen(colors.text)
        title_fm = QFontMetricsF(title_font, p.device())
        title = title_fm.elidedText(self._title, Qt.TextElideMode.ElideRight, inner.width())
        p.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), title_fm.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            title,
        )
        p.restore()
        body = inner.adjusted(0, title_fm.height() + 6, 0, 0)
        if body.height() < 20 or body.width() < 40:
            return
        if not self.has_data():
            p.setPen(colors.muted)
            p.drawText(
                body,
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self._empty_text,
            )
        else:
            self._paint_body(p, body, colors, hits)
        if record:
            self._hits = hits

    def _paint_body(
        self,
        p: QPainter,
        body: QRectF,
        colors: ChartColors,
        hits: list[Hit],
    ) -> None:
        raise NotImplementedError

    def _clear_data(self) -> None:
        raise NotImplementedError

    # -- shared drawing -------------------------------------------------------------------

    def _legend(
        self, p: QPainter, area: QRectF, labels: Sequence[str], colors: ChartColors
    ) -> float:
        """Swatch + label per series, wrapping; returns the height used."""
        fm = QFontMetricsF(p.font(), p.device())
        x, y = area.left(), area.top()
        line = fm.height()
        for index, label in enumerate(labels):
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, area.width() - 24)
            needed = 18 + fm.horizontalAdvance(text) + 14
            if x > area.left() and x + needed > area.right():
                x = area.left()
                y += line + 2
            color = colors.series[index % len(colors.series)]
            p.setPen(QPen(color, 3))
            p.drawLine(QPointF(x, y + line / 2), QPointF(x + 14, y + line / 2))
            p.setPen(colors.text)
            p.drawText(
                QRectF(x + 18, y, needed, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += needed
        return y + line - area.top() + 4

    def _y_axis(
        self,
        p: QPainter,
        plot: QRectF,
        ticks: Sequence[float],
        to_y: object,
        fmt: object,
        colors: ChartColors,
    ) -> None:
        fm = QFontMetricsF(p.font(), p.device())
        assert callable(to_y) and callable(fmt)
        for value in ticks:
            y = to_y(value)
            p.setPen(QPen(colors.grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(colors.muted)
            p.drawText(
                QRectF(plot.left() - 60, y - fm.height() / 2, 54, fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(fmt(value)),
            )
        p.setPen(QPen(colors.axis, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())

    def _axis_titles(
        self, p: QPainter, body: QRectF, plot: QRectF, x_title: str, y_title: str, c: ChartColors
    ) -> None:
        fm = QFontMetricsF(p.font(), p.device())
        p.setPen(c.muted)
        if x_title:
            p.drawText(
                QRectF(plot.left(), body.bottom() - fm.height(), plot.width(), fm.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                fm.elidedText(x_title, Qt.TextElideMode.ElideRight, plot.width()),
            )
        if y_title:
            p.save()
            p.translate(body.left(), plot.center().y())
            p.rotate(-90)
            p.drawText(
                QRectF(-plot.height() / 2, 0, plot.height(), fm.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                fm.elidedText(y_title, Qt.TextElideMode.ElideRight, plot.height()),
            )
            p.restore()


# -- line chart over dates --------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[tuple[dt.date, float], ...]


class LineChart(Chart):
    """Values over dates on a fixed value range (ratings 1-5, percentages 0-100), with
    optional vertical markers (mid-point, closing) and a legend for several series."""

    def __init__(
        self,
        title: str,
        *,
        y_min: float,
        y_max: float,
        y_step: float,
        y_suffix: str = "",
        y_title: str = "",
        x_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._y_min, self._y_max, self._y_step = y_min, y_max, y_step
        self._y_suffix = y_suffix
        self._y_title = y_title
        self._x_title = x_title
        self._series: tuple[Series, ...] = ()
        self._markers: tuple[tuple[dt.date, str], ...] = ()
        self._monthly = False  # one value per month: month ticks even for short spans

    def set_series(
        self,
        series: Sequence[Series],
        markers: Sequence[tuple[dt.date, str]] = (),
    ) -> None:
        self._series = tuple(
            Series(s.label, tuple(sorted(s.points, key=lambda point: point[0]))) for s in series
        )
        self._markers = tuple(markers)
        self.setAccessibleDescription(self._describe())
        self.update()

    def series(self) -> tuple[Series, ...]:
        return self._series

    def has_data(self) -> bool:
        return any(s.points for s in self._series)

    def _clear_data(self) -> None:
        self._series = ()
        self._markers = ()

    def _series_count(self) -> int:
        return max(len(self._series), 1)

    def _value(self, value: float) -> str:
        return _number(value) + self._y_suffix

    def _describe(self) -> str:
        parts = []
        locale = QLocale()
        for s in self._series:
            if not s.points:
                continue
            first, last = s.points[0], s.points[-1]
            parts.append(
                self.tr("%1: %2 points from %3 to %4, latest %5")
                .replace("%1", s.label)
                .replace("%2", str(len(s.points)))
                .replace("%3", _date_text(first[0], locale))
                .replace("%4", _date_text(last[0], locale))
                .replace("%5", self._value(last[1]))
            )
        return "; ".join(parts)

    def _paint_body(self, p: QPainter, body: QRectF, colors: ChartColors, hits: list[Hit]) -> None:
        fm = QFontMetricsF(p.font(), p.device())
        locale = QLocale()
        area = QRectF(body)
        if len(self._series) > 1:
            used = self._legend(p, area, [s.label for s in self._series], colors)
            area.setTop(area.top() + used)
        y_labels = [self._value(v) for v in self._y_ticks()]
        left = max(fm.horizontalAdvance(t) for t in y_labels) + 8
        if self._y_title:
            left += fm.height() + 4
        bottom = fm.height() + 6 + (fm.height() + 2 if self._x_title else 0)
        plot = area.adjusted(left, fm.height() / 2 + 2, -fm.horizontalAdvance("00") / 2, -bottom)
        if plot.width() < 20 or plot.height() < 20:
            return
        days = [d for s in self._series for d, _ in s.points] + [d for d, _ in self._markers]
        start, end = min(days), max(days)
        if start == end:
            pad = dt.timedelta(days=45 if self._monthly else 15)
            start, end = start - pad, end + pad
        span = (end - start).days

        def to_x(day: dt.date) -> float:
            return plot.left() + plot.width() * (day - start).days / span

        def to_y(value: float) -> float:
            share = (value - self._y_min) / (self._y_max - self._y_min)
            return plot.bottom() - plot.height() * share

        self._y_axis(p, plot, self._y_ticks(), to_y, self._value, colors)
        self._axis_titles(p, body, plot, self._x_title, self._y_title, colors)
        p.setPen(colors.muted)
        last_right = -1e9
        for day, text in date_ticks(start, end, plot.width(), fm, locale, monthly=self._monthly):
            x = to_x(day)
            width = fm.horizontalAdvance(text)
            box = QRectF(x - width / 2, plot.bottom() + 4, width, fm.height())
            box.moveLeft(max(box.left(), plot.left() - 4))
            box.moveRight(min(box.right(), plot.right() + fm.horizontalAdvance("00") / 2))
            if box.left() < last_right + _GAP / 2:
                continue
            p.setPen(QPen(colors.axis, 1))
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            p.setPen(colors.muted)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            last_right = box.right()
        self._draw_markers(p, plot, to_x, colors, fm)
        for index, s in enumerate(self._series):
            if not s.points:
                continue
            color = colors.series[index % len(colors.series)]
            screen = [QPointF(to_x(day), to_y(value)) for day, value in s.points]
            if len(screen) > 1:
                p.setPen(
                    QPen(
                        color,
                        2,
                        Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin,
                    )
                )
                p.setBrush(Qt.BrushStyle.NoBrush)
                _polyline(p, screen)
            spacing = plot.width() / len(screen)
            radius = 3.5 if spacing >= 8 or len(screen) == 1 else 0.0
            p.setPen(QPen(colors.background, 1.5))
            p.setBrush(color)
            with_tips = len(screen) <= plot.width() / 2  # dense series: no per-point tips
            for point, (day, value) in zip(screen, s.points, strict=True):
                if radius:
                    p.drawEllipse(point, radius, radius)
                if with_tips:
                    hits.append(
                        (
                            QRectF(point.x() - 6, point.y() - 6, 12, 12),
                            f"{s.label}\n{_date_text(day, locale)}: {self._value(value)}",
                        )
                    )
            p.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_markers(
        self,
        p: QPainter,
        plot: QRectF,
        to_x: object,
        colors: ChartColors,
        fm: QFontMetricsF,
    ) -> None:
        assert callable(to_x)
        last_right = -1e9
        for day, label in sorted(self._markers):
            x = to_x(day)
            p.setPen(QPen(colors.axis, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            width = fm.horizontalAdvance(label)
            box = QRectF(x + 3, plot.top() - fm.height() / 2 - 2, width, fm.height())
            if box.right() > plot.right():
                box.moveRight(x - 3)
            if box.left() > last_right + 4:
                p.fillRect(box.adjusted(-2, 0, 2, 0), colors.background)
                p.setPen(colors.muted)
                p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
                last_right = box.right()

    def _y_ticks(self) -> list[float]:
        ticks = []
        value = self._y_min
        while value <= self._y_max + 1e-9:
            ticks.append(value)
            value += self._y_step
        return ticks


def _polyline(p: QPainter, points: list[QPointF]) -> None:
    """Joined segments drawn as separate lines with round caps (they look like round joins):
    stroking one long self-overlapping path is an order of magnitude slower. Dense series
    (several points per pixel column) become one min-max stroke per column plus connectors,
    which looks the same."""
    buckets: list[list[Any]] = []  # [column, first, low, high, last]
    for point in points:
        column = int(point.x())
        if buckets and buckets[-1][0] == column:
            bucket = buckets[-1]
            bucket[2] = min(bucket[2], point.y())
            bucket[3] = max(bucket[3], point.y())
            bucket[4] = point
        else:
            buckets.append([column, point, point.y(), point.y(), point])
    lines: list[QLineF] = []
    previous: QPointF | None = None
    for _, first, low, high, last in buckets:
        if previous is not None:
            lines.append(QLineF(previous, first))
        if first is not last:
            lines.append(QLineF(first.x(), low, first.x(), high))
        previous = last
    if lines:
        p.drawLines(lines)


def _date_text(day: dt.date, locale: QLocale) -> str:
    return str(locale.toString(QDate(day.year, day.month, day.day), DATE_FORMAT))


class RatingChart(LineChart):
    """Goal ratings 1-5 over session dates."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, y_min=1, y_max=5, y_step=1, parent=parent, y_title="", x_title="")
        self._y_title = self.tr("Rating (1-5)")
        self._x_title = self.tr("Session date")
        self.set_empty_text(self.tr("Not rated yet."))


class PercentChart(LineChart):
    """Percentages over months (talk share, advising before asking)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, y_min=0, y_max=100, y_step=25, y_suffix="%", parent=parent)
        self._y_title = self.tr("Percent")
        self._x_title = self.tr("Month")
        self._monthly = True


# -- bar chart ----------------------------------------------------------------------------------


class BarChart(Chart):
    """Counts per category (months), grouped bars when there are several series."""

    def __init__(
        self,
        title: str,
        *,
        y_title: str = "",
        x_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._y_title = y_title
        self._x_title = x_title
        self._categories: tuple[str, ...] = ()
        self._series: tuple[tuple[str, tuple[float, ...]], ...] = ()

    def set_data(
        self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        self._categories = tuple(categories)
        self._series = tuple(
            (label, tuple(values[: len(self._categories)])) for label, values in series
        )
        self.setAccessibleDescription(self._describe())
        self.update()

    def categories(self) -> tuple[str, ...]:
        return self._categories

    def has_data(self) -> bool:
        return bool(self._categories) and any(any(v for v in vals) for _, vals in self._series)

    def _clear_data(self) -> None:
        self._categories = ()
        self._series = ()

    def _series_count(self) -> int:
        return max(len(self._series), 1)

    def _describe(self) -> str:
        parts = []
        for label, values in self._series:
            if not values:
                continue
            peak = max(range(len(values)), key=lambda i: values[i])
            parts.append(
                self.tr("%1: %2 in total over %3 periods, highest %4 in %5")
                .replace("%1", label)
                .replace("%2", _number(sum(values)))
                .replace("%3", str(len(values)))
                .replace("%4", _number(values[peak]))
                .replace("%5", self._categories[peak])
            )
        return "; ".join(parts)

    def _paint_body(self, p: QPainter, body: QRectF, colors: ChartColors, hits: list[Hit]) -> None:
        fm = QFontMetricsF(p.font(), p.device())
        area = QRectF(body)
        if len(self._series) > 1:
            area.setTop(area.top() + self._legend(p, area, [s[0] for s in self._series], colors))
        top_value = max((v for _, vals in self._series for v in vals), default=0.0)
        step = max(1.0, nice_step(top_value, 4))
        y_max = max(step, math.ceil(top_value / step) * step)
        ticks = [i * step for i in range(round(y_max / step) + 1)]
        left = max(fm.horizontalAdvance(_number(t)) for t in ticks) + 8
        if self._y_title:
            left += fm.height() + 4
        bottom = fm.height() + 6 + (fm.height() + 2 if self._x_title else 0)
        plot = area.adjusted(left, fm.height() / 2 + 2, -4, -bottom)
        if plot.width() < 20 or plot.height() < 20:
            return

        def to_y(value: float) -> float:
            return plot.bottom() - plot.height() * value / y_max

        self._y_axis(p, plot, ticks, to_y, _number, colors)
        self._axis_titles(p, body, plot, self._x_title, self._y_title, colors)
        count = len(self._categories)
        slot = plot.width() / count
        group = min(slot * 0.72, 56.0 * len(self._series))
        bar = group / max(len(self._series), 1)
        for s_index, (label, values) in enumerate(self._series):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colors.series[s_index % len(colors.series)])
            for index, value in enumerate(values):
                x = plot.left() + slot * index + (slot - group) / 2 + bar * s_index
                rect = QRectF(x, to_y(value), max(bar - (1 if bar > 3 else 0), 0.5), 0)
                rect.setBottom(plot.bottom())
                if value:
                    p.drawRect(rect)
                hit = QRectF(plot.left() + slot * index, plot.top(), slot, plot.height())
                hits.append(
                    (
                        hit,
                        f"{self._categories[index]}\n{label}: {_number(value)}",
                    )
                )
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(colors.muted)
        _category_labels(
            p, self._categories, plot.left(), slot, plot.bottom() + 4, (body.left(), body.right())
        )


def _number(value: float) -> str:
    """Whole numbers as they are, others with one decimal, in the user's language."""
    return format_decimal(value, 0 if float(value).is_integer() else 1)


# -- heat map -----------------------------------------------------------------------------------


class HeatMapChart(Chart):
    """Rows (themes) x columns (months); darker cells mean more sessions."""

    _CELL_MAX = 22.0
    _CELL_MIN = 10.0

    def __init__(self, title: str, *, x_title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._x_title = x_title
        self._rows: tuple[str, ...] = ()
        self._columns: tuple[str, ...] = ()
        self._values: tuple[tuple[int, ...], ...] = ()

    def set_data(
        self, rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[int]]
    ) -> None:
        self._rows = tuple(rows)
        self._columns = tuple(columns)
        self._values = tuple(
            tuple(int(v) for v in row[: len(self._columns)])
            + (0,) * max(0, len(self._columns) - len(row))
            for row in values[: len(self._rows)]
        )
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def has_data(self) -> bool:
        return any(any(row) for row in self._values)

    def _clear_data(self) -> None:
        self._rows = ()
        self._columns = ()
        self._values = ()

    def sizeHint(self) -> QSize:
        return QSize(560, self._height_for(self._CELL_MAX))

    def minimumSizeHint(self) -> QSize:
        """Tall enough that every theme keeps a readable row, however many there are."""
        return QSize(220, max(160, self._height_for(max(self._CELL_MIN, self._line() + 2))))

    def _line(self) -> float:
        return float(self.fontMetrics().height())

    def _height_for(self, cell: float) -> int:
        rows = max(len(self._rows), 3)
        return int(self._line() * 5 + 4 * _PAD + rows * cell)

    def _describe(self) -> str:
        if not self.has_data():
            return ""
        totals = [sum(row) for row in self._values]
        top = max(range(len(totals)), key=lambda i: totals[i])
        return (
            self.tr("%1 themes over %2 months; most frequent: %3 (%4 sessions)")
            .replace("%1", str(len(self._rows)))
            .replace("%2", str(len(self._columns)))
            .replace("%3", self._rows[top])
            .replace("%4", str(totals[top]))
        )

    def _paint_body(self, p: QPainter, body: QRectF, colors: ChartColors, hits: list[Hit]) -> None:
        fm = QFontMetricsF(p.font(), p.device())
        peak = max(max(row) for row in self._values if row)
        legend_h = fm.height() + 6
        label_w = min(max(fm.horizontalAdvance(r) for r in self._rows) + 8, body.width() * 0.4)
        bottom = fm.height() + 6 + legend_h + (fm.height() + 2 if self._x_title else 0)
        grid = body.adjusted(label_w, 0, 0, -bottom)
        if grid.width() < 20 or grid.height() < 10:
            return
        rows, columns = len(self._rows), max(len(self._columns), 1)
        cell_h = min(self._CELL_MAX, grid.height() / rows)
        cell_w = grid.width() / columns
        grid.setHeight(cell_h * rows)
        gap = 1.0 if cell_w > 4 and cell_h > 4 else 0.0
        empty = _blend(colors.background, colors.text, 0.06)
        p.setPen(colors.text)
        for r, label in enumerate(self._rows):
            y = grid.top() + r * cell_h
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(
                QRectF(body.left(), y, label_w - 8, cell_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        show_counts = cell_w >= fm.horizontalAdvance(str(peak)) + 4 and cell_h >= fm.height()
        for r, row in enumerate(self._values):
            for c, value in enumerate(row):
                rect = QRectF(
                    grid.left() + c * cell_w, grid.top() + r * cell_h, cell_w - gap, cell_h - gap
                )
                fill = empty if not value else self._shade(colors, value / peak)
                p.fillRect(rect, fill)
                if value and show_counts:
                    p.setPen(colors.background if _contrasts(fill, colors) else colors.text)
                    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(value))
                hits.append(
                    (
                        rect,
                        f"{self._rows[r]}\n{self._columns[c]}: {value}",
                    )
                )
        p.setPen(colors.muted)
        _category_labels(
            p, self._columns, grid.left(), cell_w, grid.bottom() + 4, (body.left(), body.right())
        )
        y = grid.bottom() + fm.height() + 8
        if self._x_title:
            p.setPen(colors.muted)
            p.drawText(
                QRectF(grid.left(), y, grid.width(), fm.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                self._x_title,
            )
            y += fm.height() + 2
        self._scale_legend(p, QRectF(body.left(), y, body.width(), fm.height()), peak, colors)

    def _shade(self, colors: ChartColors, share: float) -> QColor:
        return _blend(colors.background, colors.series[0], 0.22 + 0.78 * share)

    def _scale_legend(self, p: QPainter, line: QRectF, peak: int, colors: ChartColors) -> None:
        """'Sessions in a month: 1 [five shades] peak', right-aligned."""
        fm = QFontMetricsF(p.font(), p.device())
        caption, low, high = self.tr("Sessions in a month:"), "1", str(peak) if peak > 1 else ""
        swatch = fm.height() * 0.8
        steps = 5 if peak > 1 else 1
        width = (
            fm.horizontalAdvance(caption)
            + fm.horizontalAdvance(low)
            + fm.horizontalAdvance(high)
            + steps * (swatch + 2)
            + 24
        )
        x = max(line.left(), line.right() - width)
        p.setPen(colors.muted)
        for text, shades in ((caption, 0), (low, steps), (high, 0)):
            if not text:
                continue
            advance = fm.horizontalAdvance(text)
            p.drawText(
                QRectF(x, line.top(), advance + 1, line.height()),
                int(Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += advance + 6
            for i in range(shades):
                share = (i + 1) / steps
                p.fillRect(
                    QRectF(x, line.center().y() - swatch / 2, swatch, swatch),
                    self._shade(colors, share),
                )
                x += swatch + 2
            if shades:
                x += 4


def _contrasts(fill: QColor, colors: ChartColors) -> bool:
    """True when the background colour reads better on `fill` than the text colour does."""
    return abs(_luminance(fill) - _luminance(colors.background)) > abs(
        _luminance(fill) - _luminance(colors.text)
    )
