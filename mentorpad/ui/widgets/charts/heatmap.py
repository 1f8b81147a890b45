"""Heat maps: rows (themes) x columns (months), darker cells for more sessions, with a scale
legend."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from mentorpad.ui.text import fill
from mentorpad.ui.widgets.charts.axes import category_labels
from mentorpad.ui.widgets.charts.base import PAD, Chart, Hit
from mentorpad.ui.widgets.charts.colors import ChartColors, blend, luminance


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
        return int(self._line() * 5 + 4 * PAD + rows * cell)

    def _describe(self) -> str:
        if not self.has_data():
            return ""
        totals = [sum(row) for row in self._values]
        top = max(range(len(totals)), key=lambda i: totals[i])
        return fill(
            self.tr("%1 themes over %2 months; most frequent: %3 (%4 sessions)"),
            str(len(self._rows)),
            str(len(self._columns)),
            self._rows[top],
            str(totals[top]),
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
        empty = blend(colors.background, colors.text, 0.06)
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
        category_labels(
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
        return blend(colors.background, colors.series[0], 0.22 + 0.78 * share)

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
    return abs(luminance(fill) - luminance(colors.background)) > abs(
        luminance(fill) - luminance(colors.text)
    )
