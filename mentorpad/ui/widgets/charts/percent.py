"""Percentages over months (talk share, advising before asking)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mentorpad.ui.widgets.charts.line import LineChart


class PercentChart(LineChart):
    """Percentages over months (talk share, advising before asking)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, y_min=0, y_max=100, y_step=25, y_suffix="%", parent=parent)
        self._y_title = self.tr("Percent")
        self._x_title = self.tr("Month")
        self._monthly = True
