"""One mentee's development over time: a timeline of sessions with stage changes and the
agreement's dates, themes by month, a rating chart per goal, commitments kept vs due.

The data comes from mentorpad.review (Qt-free, a few queries); this module only shows it.
The lead embeds DevelopmentView as a tab of the mentee page.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorpad.models.store import Store
from mentorpad.reports import development_report_from, theme_titles
from mentorpad.review import Development, TimelineEvent, load_development
from mentorpad.ui.labels import session_kind_label, short_name, stage_label
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.report_words import report_words
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.charts import BarChart, HeatMapChart, RatingChart, Series, month_label

_Index = QModelIndex | QPersistentModelIndex
MAX_GOALS = 3


def _date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _titles() -> dict[str, str]:
    return theme_titles(QLocale().name())


class TimelineModel(QAbstractTableModel):
    """Sessions and milestones, oldest first. UserRole gives the session id (or None)."""

    COLUMNS = ("date", "event", "themes", "commitments", "ratings")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[TimelineEvent] = []
        self._titles: dict[str, str] = {}

    def set_events(self, events: list[TimelineEvent], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self._titles = dict(titles)
        self.endResetModel()

    def clear(self) -> None:
        self.set_events([], {})

    def event_at(self, row: int) -> TimelineEvent | None:
        return self._events[row] if 0 <= row < len(self._events) else None

    def row_of_kind(self, kind: str) -> int:
        return next((i for i, e in enumerate(self._events) if e.kind == kind), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Date"),
            self.tr("What"),
            self.tr("Themes"),
            self.tr("Commitments"),
            self.tr("Ratings"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = self.COLUMNS[index.column()] if 0 <= index.column() < len(self.COLUMNS) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "themes" and event.themes:
            return "\n".join(self._titles.get(t, t) for t in event.themes)
        if role == Qt.ItemDataRole.UserRole:
            return event.session_id
        if role == Qt.ItemDataRole.FontRole and event.kind != "session":
            font = QFont()
            font.setItalic(event.kind != "today")
            font.setBold(event.kind == "today")
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (event.kind != "session" or event.planned):
            app = QApplication.instance()
            if isinstance(app, QApplication):
                return app.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "commitments":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, event: TimelineEvent, column: str) -> str:
        if column == "date":
            return _date_text(event.day)
        if column == "event":
            return self._event_text(event)
        if event.kind != "session":
            return ""
        if column == "themes":
            return ", ".join(self._titles.get(t, t) for t in event.themes)
        if column == "commitments":
            return str(event.commitments) if event.commitments else ""
        if column == "ratings":
            return "  ".join(
                fill(self.tr("G%1: %2"), str(pos), str(rating)) for pos, rating in event.ratings
            )
        return ""

    def _event_text(self, event: TimelineEvent) -> str:
        if event.kind == "session":
            text = session_kind_label(event.session_kind)
            return fill(self.tr("%1 (planned)"), text) if event.planned else text
        if event.kind == "stage":
            return fill(self.tr("Stage: %1"), stage_label(event.stage))
        return {
            "term_start": self.tr("Agreement starts"),
            "midpoint": self.tr("Mid-point review date"),
            "closing": self.tr("Closing date"),
            "today": self.tr("Today"),
        }.get(event.kind, event.kind)


class DevelopmentCharts(QObject):
    """The development charts, filled from a Development; shared by the view and by
    development_chart_images (reports, CLI)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heatmap = HeatMapChart(
            self.tr("Themes by month"),
            x_title=self.tr("Month"),
            parent=parent,
        )
        self.heatmap.setObjectName("heatmap")
        self.heatmap.set_empty_text(self.tr("No themes yet: tag sessions with playbook themes."))
        self.rating_charts: list[RatingChart] = []
        for position in range(1, MAX_GOALS + 1):
            chart = RatingChart(fill(self.tr("Goal %1"), str(position)), parent)
            chart.setObjectName(f"rating_chart_{position}")
            self.rating_charts.append(chart)
        self.commitments_chart = BarChart(
            self.tr("Commitments kept vs due"),
            y_title=self.tr("Commitments"),
            x_title=self.tr("Month due"),
            parent=parent,
        )
        self.commitments_chart.setObjectName("commitments_chart")
        self.commitments_chart.set_empty_text(self.tr("No commitment has fallen due yet."))
        self._goal_ids: list[int] = []

    def all(self) -> list[HeatMapChart | RatingChart | BarChart]:
        return [self.heatmap, *self.rating_charts, self.commitments_chart]

    def fill(self, dev: Development, titles: dict[str, str]) -> None:
        matrix = dev.themes
        self.heatmap.set_data(
            [titles.get(t, t) for t in matrix.themes],
            [month_label(m) for m in matrix.months],
            matrix.rows(),
        )
        markers: list[tuple[dt.date, str]] = []
        if dev.agreement is not None:
            if dev.agreement.midpoint:
                markers.append((dev.agreement.midpoint, self.tr("Mid-point")))
            if dev.agreement.closing:
                markers.append((dev.agreement.closing, self.tr("Closing")))
        self._goal_ids = []
        for index, chart in enumerate(self.rating_charts):
            if index < len(dev.ratings):
                series = dev.ratings[index]
                self._goal_ids.append(series.goal_id)
                title = fill(self.tr("Goal %1: %2"), str(series.position), series.text)
                chart.set_title(title)
                chart.setAccessibleName(fill(self.tr("Ratings for goal %1"), str(series.position)))
                chart.set_series(
                    [
                        Series(
                            fill(self.tr("Goal %1"), str(series.position)),
                            tuple((p.day, float(p.rating)) for p in series.points),
                        )
                    ],
                    markers if series.points else (),
                )
                chart.setVisible(True)
            else:
                chart.clear()
                chart.set_title(fill(self.tr("Goal %1"), str(index + 1)))
                chart.setVisible(False)
        months = dev.commitment_stats.by_month
        self.commitments_chart.set_data(
            [month_label(m.month) for m in months],
            [
                (self.tr("Due"), [float(m.due) for m in months]),
                (self.tr("Kept"), [float(m.kept) for m in months]),
            ],
        )

    def clear(self) -> None:
        self._goal_ids = []
        for index, chart in enumerate(self.rating_charts):
            chart.clear()
            chart.set_title(fill(self.tr("Goal %1"), str(index + 1)))
            chart.setAccessibleName(chart.title())
        self.heatmap.clear()
        self.commitments_chart.clear()

    def images(self, width: int = 620, height: int = 260, scale: float = 2.0) -> dict[str, QImage]:
        """Keys as in reports.development_report_md(chart_markers=True)."""
        images: dict[str, QImage] = {}
        if self.heatmap.has_data():
            heat_height = max(height, min(self.heatmap.sizeHint().height(), 720))
            images["themes"] = self.heatmap.render_to_image(width, heat_height, scale)
        for goal_id, chart in zip(self._goal_ids, self.rating_charts, strict=False):
            if chart.has_data():
                images[f"goal-{goal_id}"] = chart.render_to_image(width, height, scale)
        if self.commitments_chart.has_data():
            images["commitments"] = self.commitments_chart.render_to_image(width, height, scale)
        return images


def development_chart_images(
    dev: Development, width: int = 620, height: int = 260, scale: float = 2.0
) -> dict[str, QImage]:
    """The report's charts without a view (the CLI's PDF path). Needs a QApplication."""
    holder = QWidget()
    try:
        charts = DevelopmentCharts(holder)
        charts.fill(dev, _titles())
        return charts.images(width, height, scale)
    finally:
        holder.deleteLater()


class DevelopmentView(QWidget):
    """Timeline, themes heat map, goal ratings and commitments for one mentee."""

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("development_view")
        self._navigator = navigator
        self._store: Store | None = None
        self._mentee_id: int | None = None
        self._today: dt.date | None = None
        self._development: Development | None = None
        top = self._build_top()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self._build_timeline())
        self.splitter.addWidget(self._build_charts())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.clear_content()
        self._connect_signals()

    def _build_top(self) -> QHBoxLayout:
        """The one-line summary, and the export of the whole report."""
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setProperty("role", "hint")
        self.export_button = QPushButton(self.tr("Export Report…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setToolTip(
            self.tr("Save this development report as a PDF or Markdown file (not encrypted)")
        )
        self.export_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        return top

    def _build_timeline(self) -> QTableView:
        self.timeline_model = TimelineModel(self)
        self.timeline_model.setObjectName("timeline_model")
        self.timeline_view = QTableView()
        self.timeline_view.setObjectName("timeline_view")
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setWordWrap(False)
        self.timeline_view.verticalHeader().setVisible(False)
        header = self.timeline_view.horizontalHeader()
        header.setResizeContentsPrecision(60)  # thousands of sessions: measure a sample only
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return self.timeline_view

    def _build_charts(self) -> QScrollArea:
        """The heat map across the top, the goal charts and commitments in a grid below."""
        self.charts = DevelopmentCharts(self)
        self.heatmap = self.charts.heatmap
        self.rating_chart_1, self.rating_chart_2, self.rating_chart_3 = self.charts.rating_charts
        self.commitments_chart = self.charts.commitments_chart
        charts_box = QWidget()
        charts_box.setObjectName("charts_box")
        grid = QGridLayout(charts_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.heatmap, 0, 0, 1, 2)
        grid.addWidget(self.rating_chart_1, 1, 0)
        grid.addWidget(self.rating_chart_2, 1, 1)
        grid.addWidget(self.rating_chart_3, 2, 0)
        grid.addWidget(self.commitments_chart, 2, 1)
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setObjectName("charts_scroll")
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setWidget(charts_box)
        return self.charts_scroll

    def _connect_signals(self) -> None:
        self.timeline_view.activated.connect(self._on_timeline_view_activated)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    # -- public -----------------------------------------------------------------------------

    def show_mentee(self, store: Store, mentee_id: int, today: dt.date) -> None:
        dev = load_development(store, mentee_id, today)
        if dev is None:
            self.clear_content()
            return
        self._store, self._mentee_id, self._today = store, mentee_id, today
        self.show_development(dev)

    def show_development(self, dev: Development) -> None:
        self._development = dev
        titles = _titles()
        self.timeline_model.set_events(list(dev.timeline), titles)
        self.charts.fill(dev, titles)
        self.summary.setText(self._summary_text(dev))
        self.export_button.setEnabled(self._store is not None)
        today_row = self.timeline_model.row_of_kind("today")
        if today_row >= 0:
            self.timeline_view.scrollTo(
                self.timeline_model.index(today_row, 0),
                QAbstractItemView.ScrollHint.PositionAtCenter,
            )

    def development(self) -> Development | None:
        return self._development

    def chart_images(
        self, width: int = 620, height: int = 260, scale: float = 2.0
    ) -> dict[str, QImage]:
        return self.charts.images(width, height, scale)

    def clear_content(self) -> None:
        """Forget everything shown (lock, or the mentee went away)."""
        self._store = None
        self._mentee_id = None
        self._development = None
        self.timeline_model.clear()
        self.charts.clear()
        self.summary.clear()
        self.export_button.setEnabled(False)

    # -- slots ------------------------------------------------------------------------------

    def _on_timeline_view_activated(self, index: QModelIndex) -> None:
        event = self.timeline_model.event_at(index.row())
        if event is not None and event.session_id is not None:
            self._navigator.session_requested.emit(event.session_id)

    def _on_export_button_clicked(self) -> None:
        if self._store is None or self._mentee_id is None or self._today is None:
            return
        from mentorpad.ui.widgets.exports import export_markdown_or_pdf

        dev = load_development(self._store, self._mentee_id, self._today)
        if dev is None:
            return
        self.show_development(dev)
        name = short_name(dev.mentee.display_name)
        export_markdown_or_pdf(
            self,
            title=fill(self.tr("Development report: %1"), name),
            suggested_name=fill(self.tr("Development report - %1"), name),
            markdown_text=development_report_from(dev, chart_markers=True, words=report_words()),
            images=self.chart_images(),
        )

    # -- helpers ----------------------------------------------------------------------------

    def _summary_text(self, dev: Development) -> str:
        parts: list[str] = []
        a = dev.agreement
        if a is None:
            parts.append(self.tr("No agreement yet."))
        else:
            every = (
                self.tr("Every week")
                if a.cadence_weeks == 1
                else fill(self.tr("Every %1 weeks"), str(a.cadence_weeks))
            )
            parts.append(every)
            if a.term_start and a.closing:
                parts.append(
                    fill(self.tr("term %1 to %2"), _date_text(a.term_start), _date_text(a.closing))
                )
            if a.midpoint:
                parts.append(fill(self.tr("mid-point %1"), _date_text(a.midpoint)))
        held = dev.sessions_held
        parts.append(
            self.tr("1 session held") if held == 1 else fill(self.tr("%1 sessions held"), str(held))
        )
        stats = dev.commitment_stats
        if stats.due:
            text = fill(
                self.tr("commitments: %1 of %2 due kept (%3 on time)"),
                str(stats.kept),
                str(stats.due),
                str(stats.kept_on_time),
            )
            if stats.overdue:
                text += fill(self.tr(", %1 overdue"), str(stats.overdue))
            parts.append(text)
        elif stats.total:
            parts.append(self.tr("no commitment due yet"))
        return " · ".join(parts)
