"""The mindset charts, drawn with QPainter in the palette's colours (light and dark alike).

ProfileChart: one horizontal bar per dimension on the 1..5 scale, coloured by band, with the
band edges (2.5, 3.5, 4.25) marked and labelled. Bars read at a glance where a radar does not.
Sparkline: a small trend line for one series (a dimension over attempts, talk share by month).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentorpad.guides.mindset import BANDS, SCALE_MAX, SCALE_MIN
from mentorpad.ui.areas.mindset_common import band_colors, format_score

BAND_EDGES: tuple[tuple[float, str], ...] = (
    (2.5, "developing"),
    (3.5, "solid"),
    (4.25, "strength"),
)
"""Where each band starts (the heuristic cut-offs of mentorpad.guides.mindset)."""


@dataclass(frozen=True)
class ProfileBar:
    dimension_id: str
    label: str
    score: float | None
    band: str | None


class ProfileChart(QWidget):
    ROW = 30
    TOP = 40
    BOTTOM = 26
    GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[ProfileBar] = []
        self._band_labels: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumWidth(420)

    def set_bars(self, bars: Sequence[ProfileBar], band_labels: Mapping[str, str]) -> None:
        self._bars = list(bars)
        self._band_labels = dict(band_labels)
        parts = [
            f"{bar.label}: {format_score(bar.score)}"
            + (f", {self._band_labels.get(bar.band, bar.band)}" if bar.band else "")
            for bar in self._bars
        ]
        self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[ProfileBar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(640, self.TOP + rows * self.ROW + self.BOTTOM)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    def _x(self, value: float, left: float, right: float) -> float:
        return left + (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * (right - left)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        track = palette.color(QPalette.ColorRole.AlternateBase)
        colors = band_colors(palette)
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_width = min(
            max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0) + 12,
            int(width * 0.42),
        )
        value_width = metrics.horizontalAdvance("0.00  Developing") + 8
        left = float(label_width + self.GAP)
        right = float(max(left + 60, width - value_width - 4))
        top = float(self.TOP)
        bottom = top + max(len(self._bars), 1) * self.ROW

        # Band zones: a label above each zone, in the band's colour.
        starts = [float(SCALE_MIN), *(edge for edge, _ in BAND_EDGES)]
        ends = [*(edge for edge, _ in BAND_EDGES), float(SCALE_MAX)]
        for band, start, end in zip(BANDS, starts, ends, strict=True):
            x0, x1 = self._x(start, left, right), self._x(end, left, right)
            painter.setPen(colors[band])
            name = self._band_labels.get(band, band)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(x1 - x0) - 2)
            painter.drawText(
                QRectF(x0, 2, x1 - x0, 18), Qt.AlignmentFlag.AlignCenter, elided
            )
        # Band edges: dashed lines through every row, their value on top.
        edge_pen = QPen(grid, 1, Qt.PenStyle.DashLine)
        for edge, _ in BAND_EDGES:
            x = self._x(edge, left, right)
            painter.setPen(edge_pen)
            painter.drawLine(QPointF(x, top - 16), QPointF(x, bottom))
            painter.setPen(muted)
            painter.drawText(
                QRectF(x - 30, top - 20, 60, 16),
                Qt.AlignmentFlag.AlignCenter,
                f"{edge:g}",
            )
        # Bars.
        for row, bar in enumerate(self._bars):
            y = top + row * self.ROW
            centre = y + self.ROW / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y, label_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, label_width),
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRectF(left, centre - 8, right - left, 16), 4, 4)
            if bar.score is None or bar.band is None:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(left + 8, y, right - left, self.ROW),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    format_score(None),
                )
                continue
            end = self._x(bar.score, left, right)
            painter.setBrush(colors.get(bar.band, grid))
            painter.drawRoundedRect(QRectF(left, centre - 8, max(end - left, 4), 16), 4, 4)
            painter.setPen(text)
            painter.drawText(
                QRectF(right + 8, y, value_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{format_score(bar.score)}  {self._band_labels.get(bar.band, bar.band)}",
            )
        # Scale along the bottom.
        painter.setPen(muted)
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            x = self._x(value, left, right)
            painter.drawLine(QPointF(x, bottom), QPointF(x, bottom + 4))
            painter.drawText(
                QRectF(x - 20, bottom + 4, 40, self.BOTTOM - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(value),
            )
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()


class Sparkline(QWidget):
    """A small line over a fixed range; the last point is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: tuple[float, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._range = (0.0, 1.0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_values(
        self,
        values: Sequence[float],
        value_range: tuple[float, float],
        labels: Sequence[str] = (),
    ) -> None:
        self._values = tuple(values)
        self._labels = tuple(labels)
        low, high = value_range
        self._range = (low, high if high > low else low + 1)
        self.update()

    def values(self) -> tuple[float, ...]:
        return self._values

    def sizeHint(self) -> QSize:
        return QSize(160, 44)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 36)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = QRectF(self.rect()).adjusted(5, 5, -5, -5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        if not self._values:
            painter.end()
            return
        low, high = self._range
        count = len(self._values)

        def point(index: int, value: float) -> QPointF:
            x = area.left() + (area.width() * index / (count - 1) if count > 1 else area.width())
            share = (min(max(value, low), high) - low) / (high - low)
            return QPointF(x, area.bottom() - share * area.height())

        points = [point(i, v) for i, v in enumerate(self._values)]
        line = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(line, 2))
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(line)
        for p in points[:-1]:
            painter.drawEllipse(p, 2.0, 2.0)
        painter.drawEllipse(points[-1], 3.5, 3.5)
        painter.end()
