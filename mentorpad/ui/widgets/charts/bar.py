"""Bar charts: counts per category (months), grouped bars when there are several series."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from mentorpad.ui.text import fill
from mentorpad.ui.widgets.charts.axes import category_labels, nice_step, number_text
from mentorpad.ui.widgets.charts.base import Chart, Hit
from mentorpad.ui.widgets.charts.colors import ChartColors


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
                fill(
                    self.tr("%1: %2 in total over %3 periods, highest %4 in %5"),
                    label,
                    number_text(sum(values)),
                    str(len(values)),
                    number_text(values[peak]),
                    self._categories[peak],
                )
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
        left = max(fm.horizontalAdvance(number_text(t)) for t in ticks) + 8
        if self._y_title:
            left += fm.height() + 4
        bottom = fm.height() + 6 + (fm.height() + 2 if self._x_title else 0)
        plot = area.adjusted(left, fm.height() / 2 + 2, -4, -bottom)
        if plot.width() < 20 or plot.height() < 20:
            return

        def to_y(value: float) -> float:
            return plot.bottom() - plot.height() * value / y_max

        self._y_axis(p, plot, ticks, to_y, number_text, colors)
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
                        f"{self._categories[index]}\n{label}: {number_text(value)}",
                    )
                )
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(colors.muted)
        category_labels(
            p, self._categories, plot.left(), slot, plot.bottom() + 4, (body.left(), body.right())
        )
