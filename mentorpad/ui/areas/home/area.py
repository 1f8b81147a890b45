"""Home: the portfolio, the first screen after unlock. One glance tells the mentor what needs
attention this week (overdue commitments, sessions due, quiet relationships, reviews coming
up), then the active mentees, then the mentor's own practice over the last twelve months.

The numbers come from mentorpad.review in a handful of aggregate queries; a save elsewhere
(navigator.data_changed) schedules one reload, done when Home is visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorpad.models import Vault
from mentorpad.reports import theme_titles
from mentorpad.review import (
    AttentionItem,
    MentorView,
    Portfolio,
    PortfolioRow,
    ThemeCount,
    load_mentor_view,
    load_portfolio,
    month_start,
)
from mentorpad.ui import theme
from mentorpad.ui.areas.base import Area, empty_state
from mentorpad.ui.labels import stage_label
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.widgets.charts import BarChart, PercentChart, Series, month_label

_Index = QModelIndex | QPersistentModelIndex
RELOAD_DELAY_MS = 150
PRACTICE_MONTHS = 12


def _date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _colors() -> dict[str, str]:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        window = app.palette().color(QPalette.ColorRole.Window)
        if window.lightnessF() < 0.5:
            return theme.DARK
    return theme.LIGHT


class AttentionModel(QAbstractListModel):
    """ "This week": one line per attention item, most urgent first, phrased in the user's
    language. UserRole gives the mentee id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[AttentionItem] = []
        self._texts: list[str] = []

    def set_items(self, items: list[AttentionItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [self.describe(i) for i in self._items]
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def item(self, row: int) -> AttentionItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def texts(self) -> list[str]:
        return list(self._texts)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return item.mentee_id
        if role == Qt.ItemDataRole.DecorationRole:
            colors = _colors()
            key = ("error", "warn", "accent", "muted")[min(item.tier, 3)]
            return QColor(colors[key])
        return None

    def describe(self, item: AttentionItem) -> str:
        """The item as a sentence; the same facts as AttentionItem.sentence, translated."""
        name = item.mentee_name
        when = _date_text(item.when) if item.when else ""
        if item.kind == "commitments_overdue":
            if item.count == 1:
                text = (
                    self.tr("%1: “%2” was due on %3.")
                    .replace("%1", name)
                    .replace("%3", when)
                    .replace("%2", item.detail)
                )
                if item.mentor_count:
                    text += " " + self.tr("It is yours.")
            else:
                text = (
                    self.tr("%1: %2 commitments are overdue, the oldest since %3 (“%4”).")
                    .replace("%1", name)
                    .replace("%2", str(item.count))
                    .replace("%3", when)
                    .replace("%4", item.detail)
                )
                if item.mentor_count:
                    text += " " + self.tr("%n of them are yours.", "", item.mentor_count)
            return text
        if item.kind == "quiet":
            weeks = str(item.days // 7)
            if not item.had_sessions and item.since is not None:
                return (
                    self.tr("%1: no session yet, %2 weeks after the start on %3.")
                    .replace("%1", name)
                    .replace("%2", weeks)
                    .replace("%3", _date_text(item.since))
                )
            every = (
                self.tr("every week")
                if item.cadence_weeks == 1
                else self.tr("every %1 weeks").replace("%1", str(item.cadence_weeks))
            )
            return (
                self.tr(
                    "%1: no session for %2 weeks (you meet %3); the relationship has gone quiet."
                )
                .replace("%1", name)
                .replace("%2", weeks)
                .replace("%3", every)
            )
        if item.kind == "first_session":
            return self.tr("%1: plan the first session.").replace("%1", name)
        if item.kind == "session_overdue":
            return (
                self.tr("%1: a session was due on %2 (%3 days ago); none is planned.")
                .replace("%1", name)
                .replace("%2", when)
                .replace("%3", str(item.days))
            )
        if item.kind == "session_due":
            if item.days == 0:
                return self.tr("%1: a session is due today; none is planned yet.").replace(
                    "%1", name
                )
            return (
                self.tr("%1: a session is due on %2; none is planned yet.")
                .replace("%1", name)
                .replace("%2", when)
            )
        if item.kind in ("midpoint_review", "closing_review"):
            if item.days == 0:
                relative = self.tr("today")
            elif item.days == 1:
                relative = self.tr("tomorrow")
            else:
                relative = self.tr("in %1 days").replace("%1", str(item.days))
            template = (
                self.tr("%1: mid-point review on %2 (%3).")
                if item.kind == "midpoint_review"
                else self.tr("%1: closing session on %2 (%3).")
            )
            return template.replace("%1", name).replace("%2", when).replace("%3", relative)
        if item.kind == "no_agreement":
            return self.tr(
                "%1: no agreement yet; agree goals, cadence and confidentiality."
            ).replace("%1", name)
        return item.sentence


class PortfolioModel(QAbstractTableModel):
    """Active mentees, most urgent first. UserRole gives the mentee id."""

    COLUMNS = ("mentee", "stage", "last", "next", "overdue", "status")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PortfolioRow] = []
        self._today = dt.date.min

    def set_rows(self, rows: list[PortfolioRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], dt.date.min)

    def mentee_id(self, row: int) -> int | None:
        return self._rows[row].mentee_id if 0 <= row < len(self._rows) else None

    def row_of(self, mentee_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.mentee_id == mentee_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
            self.tr("Mentee"),
            self.tr("Stage"),
            self.tr("Last session"),
            self.tr("Next session"),
            self.tr("Overdue commitments"),
            self.tr("Status"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.mentee_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "overdue":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            colors = _colors()
            if column == "status" and row.items and row.items[0].tier == 0:
                return QColor(colors["error"])
            if column == "overdue" and row.overdue_commitments:
                return QColor(colors["error"])
            if (
                column == "next"
                and row.next_due is not None
                and not row.next_is_planned
                and row.next_due < self._today
            ):
                return QColor(colors["error"])
        return None

    def _display(self, row: PortfolioRow, column: str) -> str:
        if column == "mentee":
            return row.name
        if column == "stage":
            return stage_label(row.stage) if row.stage else ""
        if column == "last":
            return _date_text(row.last_session) if row.last_session else self.tr("None yet")
        if column == "next":
            if row.next_due is None:
                return self.tr("To plan")
            template = self.tr("%1 (planned)") if row.next_is_planned else self.tr("%1 (due)")
            return template.replace("%1", _date_text(row.next_due))
        if column == "overdue":
            return str(row.overdue_commitments)
        if column == "status":
            return self.status_text(row.status)
        return ""

    def status_text(self, status: str) -> str:
        return {
            "commitments_overdue": self.tr("Commitments overdue"),
            "quiet": self.tr("Quiet"),
            "session_overdue": self.tr("Session overdue"),
            "first_session": self.tr("First session to plan"),
            "session_due": self.tr("Session due this week"),
            "midpoint_review": self.tr("Mid-point review soon"),
            "closing_review": self.tr("Closing soon"),
            "no_agreement": self.tr("No agreement yet"),
            "on_track": self.tr("On track"),
        }.get(status, status)


class ThemeCountModel(QAbstractTableModel):
    """Themes across all mentees: sessions and mentees per playbook entry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ThemeCount] = []
        self._titles: dict[str, str] = {}

    def set_rows(self, rows: list[ThemeCount], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._titles = dict(titles)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], {})

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Theme"), self.tr("Sessions"), self.tr("Mentees"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._titles.get(row.entry_id, row.entry_id)
            if index.column() == 1:
                return str(row.sessions)
            if index.column() == 2:
                return str(row.mentees)
        if role == Qt.ItemDataRole.UserRole:
            return row.entry_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HomeArea(Area):
    """The portfolio and the mentor's own view. `today` is injectable for tests."""

    def __init__(
        self,
        navigator: Navigator,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.title = self.tr("Home")
        self._navigator = navigator
        self._today = today
        self._vault: Vault | None = None
        self._dirty = False
        self.portfolio: Portfolio = Portfolio()
        self.mentor_view: MentorView = MentorView()

        self.reload_timer = QTimer(self)
        self.reload_timer.setObjectName("reload_timer")
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)

        self.heading = QLabel(self.tr("Home"))
        self.heading.setObjectName("heading")
        self.heading.setProperty("role", "heading")
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")

        self.empty_page = QWidget()
        self.empty_page.setObjectName("empty_page")
        empty_layout = QVBoxLayout(self.empty_page)
        self.empty_state = empty_state(
            self.tr("Welcome. Three steps to start"),
            self.tr(
                "1. Add a mentee under Mentees (a code name is fine).\n"
                "2. Set the agreement: one to three goals, how often you meet, and the "
                "confidentiality rules.\n"
                "3. Plan the first session.\n\n"
                "From then on this page shows, at a glance, what needs your attention each "
                "week: commitments overdue, sessions due, relationships gone quiet and reviews "
                "coming up."
            ),
        )
        self.empty_state.setObjectName("empty_state")
        self.go_to_mentees_button = QPushButton(self.tr("Add a Mentee…"))
        self.go_to_mentees_button.setObjectName("go_to_mentees_button")
        empty_layout.addWidget(self.empty_state, 1)
        empty_layout.addWidget(self.go_to_mentees_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._build_portfolio_page(), self.tr("This Week"))
        self.tabs.addTab(self._build_practice_page(), self.tr("Your Practice"))

        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        self._connect_signals()
        self.clear_content()

    # -- construction -----------------------------------------------------------------------

    def _build_portfolio_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("portfolio_page")
        self.attention_heading = QLabel(self.tr("This week"))
        self.attention_heading.setObjectName("attention_heading")
        self.attention_heading.setProperty("role", "subheading")
        self.attention_summary = QLabel()
        self.attention_summary.setObjectName("attention_summary")
        self.attention_summary.setProperty("role", "hint")
        self.attention_summary.setWordWrap(True)
        self.attention_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.attention_model = AttentionModel(self)
        self.attention_model.setObjectName("attention_model")
        self.attention_view = QListView()
        self.attention_view.setObjectName("attention_view")
        self.attention_view.setAccessibleName(self.tr("What needs your attention this week"))
        self.attention_view.setModel(self.attention_model)
        self.attention_view.setWordWrap(True)
        self.attention_view.setSpacing(2)
        self.attention_view.setIconSize(QSize(10, 10))
        self.attention_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attention_view.setAlternatingRowColors(True)

        self.mentees_heading = QLabel(self.tr("Active mentees"))
        self.mentees_heading.setObjectName("mentees_heading")
        self.mentees_heading.setProperty("role", "subheading")
        self.portfolio_model = PortfolioModel(self)
        self.portfolio_model.setObjectName("portfolio_model")
        self.portfolio_view = QTableView()
        self.portfolio_view.setObjectName("portfolio_view")
        self.portfolio_view.setAccessibleName(self.tr("Active mentees"))
        self.portfolio_view.setModel(self.portfolio_model)
        self.portfolio_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.portfolio_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.portfolio_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.portfolio_view.setAlternatingRowColors(True)
        self.portfolio_view.setWordWrap(False)
        self.portfolio_view.verticalHeader().setVisible(False)
        header = self.portfolio_view.horizontalHeader()
        header.setResizeContentsPrecision(20)  # size columns from a sample of rows
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.portfolio_hint = QLabel(
            self.tr("Double-click a mentee, or press Enter, to open them.")
        )
        self.portfolio_hint.setObjectName("portfolio_hint")
        self.portfolio_hint.setProperty("role", "hint")

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.attention_heading)
        top_layout.addWidget(self.attention_summary)
        top_layout.addWidget(self.attention_view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.mentees_heading)
        bottom_layout.addWidget(self.portfolio_view, 1)
        bottom_layout.addWidget(self.portfolio_hint)
        self.portfolio_splitter = QSplitter(Qt.Orientation.Vertical)
        self.portfolio_splitter.setObjectName("portfolio_splitter")
        self.portfolio_splitter.addWidget(top)
        self.portfolio_splitter.addWidget(bottom)
        layout = QVBoxLayout(page)
        layout.addWidget(self.portfolio_splitter)
        return page

    def _build_practice_page(self) -> QWidget:
        self.practice_summary = QLabel()
        self.practice_summary.setObjectName("practice_summary")
        self.practice_summary.setWordWrap(True)
        self.practice_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.sessions_chart = BarChart(
            self.tr("Sessions per month"), y_title=self.tr("Sessions"), x_title=self.tr("Month")
        )
        self.sessions_chart.setObjectName("sessions_chart")
        self.sessions_chart.set_empty_text(self.tr("No sessions held in the last 12 months."))
        self.practice_chart = PercentChart(self.tr("Talk share and advising before asking"))
        self.practice_chart.setObjectName("practice_chart")
        self.practice_chart.set_empty_text(
            self.tr(
                "Nothing recorded yet. After a session, note in your reflection how much of "
                "the talking you did and whether you advised before asking."
            )
        )
        self.themes_heading = QLabel(self.tr("Themes across your mentees"))
        self.themes_heading.setObjectName("themes_heading")
        self.themes_heading.setProperty("role", "subheading")
        self.theme_model = ThemeCountModel(self)
        self.theme_model.setObjectName("theme_model")
        self.themes_view = QTableView()
        self.themes_view.setObjectName("themes_view")
        self.themes_view.setAccessibleName(self.tr("Themes across your mentees"))
        self.themes_view.setModel(self.theme_model)
        self.themes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.themes_view.verticalHeader().setVisible(False)
        self.themes_view.setMinimumHeight(180)
        theme_header = self.themes_view.horizontalHeader()
        theme_header.setResizeContentsPrecision(20)
        theme_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        theme_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        box = QWidget()
        box.setObjectName("practice_box")
        grid = QGridLayout(box)
        grid.addWidget(self.practice_summary, 0, 0, 1, 2)
        grid.addWidget(self.sessions_chart, 1, 0)
        grid.addWidget(self.practice_chart, 1, 1)
        grid.addWidget(self.themes_heading, 2, 0, 1, 2)
        grid.addWidget(self.themes_view, 3, 0, 1, 2)
        grid.setRowStretch(3, 1)
        self.practice_scroll = QScrollArea()
        self.practice_scroll.setObjectName("practice_scroll")
        self.practice_scroll.setWidgetResizable(True)
        self.practice_scroll.setWidget(box)
        return self.practice_scroll

    def _connect_signals(self) -> None:
        self._navigator.data_changed.connect(self._on_navigator_data_changed)
        self.reload_timer.timeout.connect(self._on_reload_timer_timeout)
        self.portfolio_view.activated.connect(self._on_portfolio_view_activated)
        self.attention_view.activated.connect(self._on_attention_view_activated)
        self.go_to_mentees_button.clicked.connect(self._on_go_to_mentees_button_clicked)

    # -- Area -------------------------------------------------------------------------------

    def on_vault_opened(self, vault: Vault) -> None:
        self._vault = vault
        self.reload()

    def clear_content(self) -> None:
        self.reload_timer.stop()
        self._vault = None
        self._dirty = False
        self.portfolio = Portfolio()
        self.mentor_view = MentorView()
        self.attention_model.clear()
        self.portfolio_model.clear()
        self.theme_model.clear()
        self.attention_summary.clear()
        self.practice_summary.clear()
        self.sessions_chart.clear()
        self.practice_chart.clear()
        self.stack.setCurrentWidget(self.tabs)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the portfolio and the mentor's view (a few aggregate queries) and show them."""
        self._dirty = False
        vault = self._vault
        if vault is None or not vault.is_open:
            return
        today = self._today()
        self.portfolio = load_portfolio(vault, today)
        self.mentor_view = load_mentor_view(vault, today, window_months=PRACTICE_MONTHS)
        self._show_portfolio(self.portfolio, today)
        self._show_mentor_view(self.mentor_view)

    def _show_portfolio(self, portfolio: Portfolio, today: dt.date) -> None:
        if portfolio.is_new_vault:
            self.stack.setCurrentWidget(self.empty_page)
        else:
            self.stack.setCurrentWidget(self.tabs)
        self.attention_model.set_items(list(portfolio.items))
        self.portfolio_model.set_rows(list(portfolio.rows), today)
        urgent = sum(1 for i in portfolio.items if i.tier <= 1)
        if not portfolio.rows:
            text = self.tr("No active mentees. Paused and closed mentees are not listed here.")
        elif not portfolio.items:
            text = self.tr("Nothing needs your attention this week.")
        elif urgent == 0:
            text = self.tr("Nothing is due this week; coming up:")
        elif urgent == 1:
            text = self.tr("1 thing needs your attention this week.")
        else:
            text = self.tr("%1 things need your attention this week.").replace("%1", str(urgent))
        self.attention_summary.setText(text)

    def _show_mentor_view(self, view: MentorView) -> None:
        months = view.months
        self.sessions_chart.set_data(
            [month_label(m.month) for m in months],
            [(self.tr("Sessions"), [float(m.sessions) for m in months])],
        )
        talk = tuple(
            (month_start(m.month), avg) for m in months if (avg := m.talk_share_avg) is not None
        )
        advised = tuple(
            (month_start(m.month), pct) for m in months if (pct := m.advised_first_pct) is not None
        )
        series = []
        if talk:
            series.append(Series(self.tr("Your share of the talking"), talk))
        if advised:
            series.append(Series(self.tr("Sessions where you advised before asking"), advised))
        self.practice_chart.set_series(series)
        self.theme_model.set_rows(list(view.themes), theme_titles(QLocale().name()))
        parts = [
            self.tr("1 session held in the last 12 months.")
            if view.sessions_total == 1
            else self.tr("%1 sessions held in the last 12 months.").replace(
                "%1", str(view.sessions_total)
            )
        ]
        if view.talk_share_avg is not None:
            parts.append(
                self.tr("On average you did %1% of the talking.").replace(
                    "%1", f"{view.talk_share_avg:.0f}"
                )
            )
        if view.advised_first_pct is not None:
            parts.append(
                self.tr(
                    "You advised before asking in %1% of the sessions you reflected on."
                ).replace("%1", f"{view.advised_first_pct:.0f}")
            )
        self.practice_summary.setText(" ".join(parts))

    # -- slots ------------------------------------------------------------------------------

    def _on_navigator_data_changed(self) -> None:
        if self._vault is not None:
            self.reload_timer.start()

    def _on_reload_timer_timeout(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def _on_portfolio_view_activated(self, index: QModelIndex) -> None:
        mentee_id = self.portfolio_model.mentee_id(index.row())
        if mentee_id is not None:
            self._open_mentee(mentee_id)

    def _on_attention_view_activated(self, index: QModelIndex) -> None:
        item = self.attention_model.item(index.row())
        if item is not None:
            self._open_mentee(item.mentee_id)

    def _on_go_to_mentees_button_clicked(self) -> None:
        self._navigator.area_requested.emit("mentees")

    def _open_mentee(self, mentee_id: int) -> None:
        self._navigator.area_requested.emit("mentees")
        self._navigator.mentee_requested.emit(mentee_id)
