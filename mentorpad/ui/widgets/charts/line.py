"""Line charts over dates: values on a fixed range (ratings 1-5), with optional markers (the
mid-point, the closing) and a legend when there are several series."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from mentorpad.ui.text import fill
from mentorpad.ui.widgets.charts.axes import GAP, date_text, date_ticks, number_text
from mentorpad.ui.widgets.charts.base import Chart, Hit, Series
from mentorpad.ui.widgets.charts.colors import ChartColors


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
        return number_text(value) + self._y_suffix

    def _describe(self) -> str:
        parts = []
        locale = QLocale()
        for s in self._series:
            if not s.points:
                continue
            first, last = s.points[0], s.points[-1]
            parts.append(
                fill(
                    self.tr("%1: %2 points from %3 to %4, latest %5"),
                    s.label,
                    str(len(s.points)),
                    date_text(first[0], locale),
                    date_text(last[0], locale),
                    self._value(last[1]),
                )
            )
        return "; ".join(parts)

    def _paint_body(self, p: QPainter, body: QRectF, colors: ChartColors, hits: list[Hit]) -> None:
        fm = QFontMetricsF(p.font(), p.device())
        locale = QLocale()
        plot = self._plot_area(p, body, colors, fm)
        if plot.width() < 20 or plot.height() < 20:
            return
        start, end = self._date_range()
        span = (end - start).days

        def to_x(day: dt.date) -> float:
            return plot.left() + plot.width() * (day - start).days / span

        def to_y(value: float) -> float:
            share = (value - self._y_min) / (self._y_max - self._y_min)
            return plot.bottom() - plot.height() * share

        self._y_axis(p, plot, self._y_ticks(), to_y, self._value, colors)
        self._axis_titles(p, body, plot, self._x_title, self._y_title, colors)
        ticks = date_ticks(start, end, plot.width(), fm, locale, monthly=self._monthly)
        self._draw_date_ticks(p, plot, ticks, to_x, colors, fm)
        self._draw_markers(p, plot, to_x, colors, fm)
        for index, s in enumerate(self._series):
            if s.points:
                color = colors.series[index % len(colors.series)]
                screen = [QPointF(to_x(day), to_y(value)) for day, value in s.points]
                self._draw_series(p, plot, s, screen, color, colors, hits)

    def _plot_area(
        self, p: QPainter, body: QRectF, colors: ChartColors, fm: QFontMetricsF
    ) -> QRectF:
        """The plot inside `body`, after the legend (drawn here) and room for the axis labels
        and titles."""
        area = QRectF(body)
        if len(self._series) > 1:
            used = self._legend(p, area, [s.label for s in self._series], colors)
            area.setTop(area.top() + used)
        y_labels = [self._value(v) for v in self._y_ticks()]
        left = max(fm.horizontalAdvance(t) for t in y_labels) + 8
        if self._y_title:
            left += fm.height() + 4
        bottom = fm.height() + 6 + (fm.height() + 2 if self._x_title else 0)
        return area.adjusted(left, fm.height() / 2 + 2, -fm.horizontalAdvance("00") / 2, -bottom)

    def _date_range(self) -> tuple[dt.date, dt.date]:
        """First and last day of the points and markers; a single day is padded so it sits in
        the middle."""
        days = [d for s in self._series for d, _ in s.points] + [d for d, _ in self._markers]
        start, end = min(days), max(days)
        if start == end:
            pad = dt.timedelta(days=45 if self._monthly else 15)
            start, end = start - pad, end + pad
        return start, end

    def _draw_date_ticks(
        self,
        p: QPainter,
        plot: QRectF,
        ticks: Sequence[tuple[dt.date, str]],
        to_x: Callable[[dt.date], float],
        colors: ChartColors,
        fm: QFontMetricsF,
    ) -> None:
        p.setPen(colors.muted)
        last_right = -1e9
        for day, text in ticks:
            x = to_x(day)
            width = fm.horizontalAdvance(text)
            box = QRectF(x - width / 2, plot.bottom() + 4, width, fm.height())
            box.moveLeft(max(box.left(), plot.left() - 4))
            box.moveRight(min(box.right(), plot.right() + fm.horizontalAdvance("00") / 2))
            if box.left() < last_right + GAP / 2:
                continue
            p.setPen(QPen(colors.axis, 1))
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            p.setPen(colors.muted)
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            last_right = box.right()

    def _draw_series(
        self,
        p: QPainter,
        plot: QRectF,
        s: Series,
        screen: list[QPointF],
        color: QColor,
        colors: ChartColors,
        hits: list[Hit],
    ) -> None:
        """One series: the line, a dot per point when they are far enough apart, and a tool
        tip per point unless the series is dense."""
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
        locale = QLocale()
        for point, (day, value) in zip(screen, s.points, strict=True):
            if radius:
                p.drawEllipse(point, radius, radius)
            if with_tips:
                hits.append(
                    (
                        QRectF(point.x() - 6, point.y() - 6, 12, 12),
                        f"{s.label}\n{date_text(day, locale)}: {self._value(value)}",
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


class RatingChart(LineChart):
    """Goal ratings 1-5 over session dates."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, y_min=1, y_max=5, y_step=1, parent=parent, y_title="", x_title="")
        self._y_title = self.tr("Rating (1-5)")
        self._x_title = self.tr("Session date")
        self.set_empty_text(self.tr("Not rated yet."))
