"""The mindset profile: one horizontal bar per dimension on the 1..5 scale, coloured by band,
with the band edges (2.5, 3.5, 4.25) marked and labelled. Bars read at a glance where a radar
does not.

Built on mentorpad.ui.widgets.charts.Chart (title, empty state, palette colours, tool tips, image
export); only the body is drawn here. Trends and the reflection evidence use that module's
LineChart and PercentChart directly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentorpad.guides.mindset import BANDS, SCALE_MAX, SCALE_MIN
from mentorpad.ui.areas.mindset.common import band_colors, format_score
from mentorpad.ui.widgets.charts import Chart, ChartColors
from mentorpad.ui.widgets.item_models import format_decimal

BAND_EDGES: tuple[float, ...] = (2.5, 3.5, 4.25)
"""Where developing, solid and strength start (the heuristic cut-offs of the instrument)."""

_ROW = 30.0


@dataclass(frozen=True)
class ProfileBar:
    dimension_id: str
    label: str
    score: float | None
    band: str | None


@dataclass(frozen=True)
class _Geometry:
    """Where things go in one paint: the label column, the scale from left to right, the
    rows from top to bottom, and the value column."""

    fm: QFontMetricsF
    body: QRectF
    label_w: float
    value_w: float
    left: float
    right: float
    top: float
    bottom: float

    def to_x(self, value: float) -> float:
        return self.left + (value - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * (self.right - self.left)


class ProfileChart(Chart):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._bars: tuple[ProfileBar, ...] = ()
        self._band_labels: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.set_empty_text(self.tr("Nothing scored yet."))

    # -- data -----------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[ProfileBar], band_labels: Mapping[str, str]) -> None:
        self._bars = tuple(bars)
        self._band_labels = dict(band_labels)
        self.setAccessibleDescription(self._describe())
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[ProfileBar, ...]:
        return self._bars

    def has_data(self) -> bool:
        return any(bar.score is not None for bar in self._bars)

    def _clear_data(self) -> None:
        self._bars = ()
        self._band_labels = {}

    def _describe(self) -> str:
        parts = []
        for bar in self._bars:
            text = f"{bar.label}: {format_score(bar.score)}"
            if bar.band:
                text += f", {self._band_labels.get(bar.band, bar.band)}"
            parts.append(text)
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        rows = max(len(self._bars), 1)
        return QSize(640, int(5 * line + 2 * 10 + 14 + rows * _ROW + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    # -- painting -------------------------------------------------------------------------

    def _paint_body(
        self, p: QPainter, body: QRectF, colors: ChartColors, hits: list[tuple[QRectF, str]]
    ) -> None:
        fm = QFontMetricsF(p.font(), p.device())
        names = [self._band_labels.get(band, band) for band in BANDS]
        label_w = min(
            max((fm.horizontalAdvance(bar.label) for bar in self._bars), default=0.0) + 10,
            body.width() * 0.4,
        )
        value_w = fm.horizontalAdvance("0.00  ") + max(fm.horizontalAdvance(n) for n in names)
        left = body.left() + label_w + 8
        right = body.right() - value_w - 8
        if right - left < 60:
            return
        top = body.top() + fm.height() * 2 + 6
        geometry = _Geometry(
            fm, body, label_w, value_w, left, right, top, top + len(self._bars) * _ROW
        )
        self._paint_band_names(p, geometry, names, hits)
        self._paint_cut_offs(p, geometry, colors)
        for row, bar in enumerate(self._bars):
            self._paint_bar(p, geometry, colors, top + row * _ROW, bar, hits)
        p.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_edges_and_scale(p, geometry, colors)
        if self.hasFocus():
            p.setPen(QPen(colors.accent, 1))
            p.drawRect(body.adjusted(-4, -4, 4, 4))

    def _paint_band_names(
        self, p: QPainter, g: _Geometry, names: list[str], hits: list[tuple[QRectF, str]]
    ) -> None:
        """Band names over their zones, each in its band's colour."""
        bands = band_colors(self.palette())
        starts = (float(SCALE_MIN), *BAND_EDGES)
        ends = (*BAND_EDGES, float(SCALE_MAX))
        for band, name, start, end in zip(BANDS, names, starts, ends, strict=True):
            zone = QRectF(g.to_x(start), g.body.top(), g.to_x(end) - g.to_x(start), g.fm.height())
            p.setPen(bands[band])
            p.drawText(
                zone,
                int(Qt.AlignmentFlag.AlignCenter),
                g.fm.elidedText(name, Qt.TextElideMode.ElideRight, zone.width() - 2),
            )
            hits.append((zone, name))

    @staticmethod
    def _paint_cut_offs(p: QPainter, g: _Geometry, colors: ChartColors) -> None:
        """The cut-offs, written over their edges (the lines are drawn over the bars later)."""
        for edge in BAND_EDGES:
            p.setPen(colors.muted)
            p.drawText(
                QRectF(g.to_x(edge) - 30, g.body.top() + g.fm.height() + 2, 60, g.fm.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                format_decimal(edge, 2 if edge * 10 % 1 else 1),
            )

    def _paint_bar(
        self,
        p: QPainter,
        g: _Geometry,
        colors: ChartColors,
        y: float,
        bar: ProfileBar,
        hits: list[tuple[QRectF, str]],
    ) -> None:
        """One row: the label, the track, the bar in its band's colour, the score."""
        centre = y + _ROW / 2
        p.setPen(colors.text)
        p.drawText(
            QRectF(g.body.left(), y, g.label_w, _ROW),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            g.fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, g.label_w),
        )
        track = QRectF(g.left, centre - 8, g.right - g.left, 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colors.grid)
        p.drawRoundedRect(track, 4, 4)
        value_box = QRectF(g.right + 8, y, g.value_w, _ROW)
        row_box = QRectF(g.body.left(), y, g.body.width(), _ROW)
        if bar.score is None or bar.band is None:
            p.setPen(colors.muted)
            p.drawText(
                value_box,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                format_score(None),
            )
            hits.append((row_box, self._tip(bar)))
            return
        end = max(g.to_x(bar.score), g.left + 4)
        p.setBrush(band_colors(self.palette()).get(bar.band, colors.accent))
        p.drawRoundedRect(QRectF(g.left, centre - 8, end - g.left, 16), 4, 4)
        p.setPen(colors.text)
        p.drawText(
            value_box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"{format_score(bar.score)}  {self._band_labels.get(bar.band, bar.band)}",
        )
        hits.append((row_box, self._tip(bar)))

    @staticmethod
    def _paint_edges_and_scale(p: QPainter, g: _Geometry, colors: ChartColors) -> None:
        """Dashed band edges through every row (each bar shows its band), the scale below."""
        for edge in BAND_EDGES:
            x = g.to_x(edge)
            p.setPen(QPen(colors.axis, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, g.top - 4), QPointF(x, g.bottom + 2))
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            x = g.to_x(value)
            p.setPen(QPen(colors.axis, 1))
            p.drawLine(QPointF(x, g.bottom + 2), QPointF(x, g.bottom + 6))
            p.setPen(colors.muted)
            p.drawText(
                QRectF(x - 20, g.bottom + 6, 40, g.fm.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(value),
            )

    def _tip(self, bar: ProfileBar) -> str:
        if bar.score is None or bar.band is None:
            return f"{bar.label}\n{format_score(None)}"
        band = self._band_labels.get(bar.band, bar.band)
        return f"{bar.label}\n{format_score(bar.score)} ({band})"
