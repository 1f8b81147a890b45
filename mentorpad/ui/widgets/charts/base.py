"""The frame every chart shares: title, empty state, palette colours, hover tool tips, image
export, and the legend and axes the families draw with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
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

from mentorpad.ui.widgets.charts.colors import ChartColors, chart_colors

Hit = tuple[QRectF, str]  # where, and the tool tip shown there
PAD = 10.0


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
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
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


@dataclass(frozen=True)
class Series:
    label: str
    points: tuple[tuple[dt.date, float], ...]
