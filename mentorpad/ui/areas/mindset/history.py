"""Every attempt, the trend per dimension, and a comparison of any two attempts. Views only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorpad.ui.areas.mindset.common import label
from mentorpad.ui.areas.mindset.models import (
    attempt_choices_model,
    attempts_model,
    deltas_model,
)
from mentorpad.ui.widgets.charts import LineChart, Series


class TrendCell(QWidget):
    """One dimension's scores across completed attempts: a small line chart and a summary."""

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"trend_cell_{position}")
        self.chart = LineChart("", y_min=1, y_max=5, y_step=1)
        self.chart.setObjectName("chart")
        self.chart.set_empty_text(self.tr("No score yet."))
        self.chart.setMinimumHeight(170)
        self.summary_label = label(name="summary_label", role="hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chart)
        layout.addWidget(self.summary_label)

    def set_trend(self, title: str, points: Sequence[tuple[dt.date, float]], summary: str) -> None:
        self.chart.set_title(title)
        self.chart.set_series([Series(title, tuple(points))] if points else [])
        self.summary_label.setText(summary)

    def clear_content(self) -> None:
        self.chart.clear()
        self.summary_label.clear()


class HistoryView(QWidget):
    attempt_open_requested = Signal(object)  # attempt id
    comparison_changed = Signal(object, object)  # first and second attempt id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempts = attempts_model()
        self.choices = attempt_choices_model()
        self.deltas = deltas_model()

        self._build_attempts()
        trend_grid = self._build_trends()
        self._build_comparison()
        self._lay_out(trend_grid)
        self._connect_signals()

    def _build_attempts(self) -> None:
        """Every attempt, and the button that opens one."""
        self.attempts_heading = label(
            self.tr("Every attempt"), name="attempts_heading", role="subheading"
        )
        self.attempts_view = QTableView()
        self.attempts_view.setObjectName("attempts_view")
        self.attempts_view.setAccessibleName(self.tr("Attempts"))
        self.attempts_view.setModel(self.attempts)
        self._table_style(self.attempts_view)
        self.attempts_view.setMinimumHeight(150)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("open_button")
        self.open_button.setEnabled(False)
        self.open_hint = label(
            self.tr("Open a completed attempt to see its results, or continue an unfinished one."),
            name="open_hint",
            role="hint",
        )

    def _build_trends(self) -> QGridLayout:
        """One small chart per dimension, two to a row."""
        self.trend_heading = label(
            self.tr("Trend per dimension"), name="trend_heading", role="subheading"
        )
        self.trend_note = label(name="trend_note", role="hint")
        self.trend_cells = [TrendCell(position) for position in range(8)]
        trend_grid = QGridLayout()
        trend_grid.setHorizontalSpacing(18)
        trend_grid.setVerticalSpacing(12)
        for position, cell in enumerate(self.trend_cells):
            trend_grid.addWidget(cell, position // 2, position % 2)
        return trend_grid

    def _build_comparison(self) -> None:
        """Two attempts, chosen side by side, and the change per dimension."""
        self.compare_heading = label(
            self.tr("Compare two attempts"), name="compare_heading", role="subheading"
        )
        self.compare_first = QComboBox()
        self.compare_first.setObjectName("compare_first")
        self.compare_first.setAccessibleName(self.tr("First attempt"))
        self.compare_first.setModel(self.choices)
        self.compare_second = QComboBox()
        self.compare_second.setObjectName("compare_second")
        self.compare_second.setAccessibleName(self.tr("Second attempt"))
        self.compare_second.setModel(self.choices)
        for combo in (self.compare_first, self.compare_second):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.deltas_view = QTableView()
        self.deltas_view.setObjectName("deltas_view")
        self.deltas_view.setAccessibleName(self.tr("Change per dimension"))
        self.deltas_view.setModel(self.deltas)
        self._table_style(self.deltas_view)
        self.deltas_view.setMinimumHeight(260)
        self.compare_note = label(name="compare_note", role="hint")

    def _lay_out(self, trend_grid: QGridLayout) -> None:
        compare_row = QHBoxLayout()
        first_label = label(self.tr("First"), name="first_label")
        first_label.setBuddy(self.compare_first)
        second_label = label(self.tr("Second"), name="second_label")
        second_label.setBuddy(self.compare_second)
        compare_row.addWidget(first_label)
        compare_row.addWidget(self.compare_first)
        compare_row.addSpacing(16)
        compare_row.addWidget(second_label)
        compare_row.addWidget(self.compare_second)
        compare_row.addStretch(1)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addWidget(self.open_hint, 1)

        self.content = QWidget()
        self.content.setObjectName("content")
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 12, 12)
        content.setSpacing(10)
        content.addWidget(self.attempts_heading)
        content.addWidget(self.attempts_view)
        content.addLayout(open_row)
        content.addSpacing(8)
        content.addWidget(self.trend_heading)
        content.addWidget(self.trend_note)
        content.addLayout(trend_grid)
        content.addSpacing(8)
        content.addWidget(self.compare_heading)
        content.addLayout(compare_row)
        content.addWidget(self.deltas_view)
        content.addWidget(self.compare_note)
        content.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    @staticmethod
    def _table_style(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)

    def _connect_signals(self) -> None:
        self.attempts_view.selectionModel().selectionChanged.connect(
            self._on_attempts_selection_changed
        )
        self.attempts_view.activated.connect(self._on_attempts_view_activated)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.compare_first.currentIndexChanged.connect(self._on_compare_changed)
        self.compare_second.currentIndexChanged.connect(self._on_compare_changed)

    # -- state ---------------------------------------------------------------------------

    def selected_attempt_id(self) -> int | None:
        rows = self.attempts_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.attempts.data(rows[0], Qt.ItemDataRole.UserRole)
        return value if isinstance(value, int) else None

    def select_attempt(self, attempt_id: int | None) -> None:
        for row, record in enumerate(self.attempts.records()):
            if record.id == attempt_id:
                self.attempts_view.selectRow(row)
                return
        self.attempts_view.clearSelection()

    def comparison(self) -> tuple[int | None, int | None]:
        return self._combo_id(self.compare_first), self._combo_id(self.compare_second)

    def set_comparison(self, first: int | None, second: int | None) -> None:
        """Choose two attempts without reporting it twice (one report at the end)."""
        for combo, attempt_id in ((self.compare_first, first), (self.compare_second, second)):
            combo.blockSignals(True)
            row = self.choices.row_of(attempt_id) if attempt_id is not None else -1
            combo.setCurrentIndex(row)
            combo.blockSignals(False)
        self._on_compare_changed()

    @staticmethod
    def _combo_id(combo: QComboBox) -> int | None:
        value = combo.currentData(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, int) else None

    def clear_content(self) -> None:
        for combo in (self.compare_first, self.compare_second):
            combo.blockSignals(True)
        self.attempts.clear()
        self.choices.clear()
        self.deltas.clear()
        for combo in (self.compare_first, self.compare_second):
            combo.blockSignals(False)
        for cell in self.trend_cells:
            cell.clear_content()
        self.trend_note.clear()
        self.compare_note.clear()
        self.open_button.setEnabled(False)

    # -- slots ---------------------------------------------------------------------------

    def _on_attempts_selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_attempt_id() is not None)

    def _on_attempts_view_activated(self) -> None:
        self._on_open_button_clicked()

    def _on_open_button_clicked(self) -> None:
        attempt_id = self.selected_attempt_id()
        if attempt_id is not None:
            self.attempt_open_requested.emit(attempt_id)

    def _on_compare_changed(self) -> None:
        first, second = self.comparison()
        self.comparison_changed.emit(first, second)
