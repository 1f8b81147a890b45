"""Home's widgets: the welcome for a new vault, "This Week" (what needs attention and the
active mentees) and "Your Practice" (the mentor's last twelve months).

Views only: HomeView builds the pages and their item models; HomeArea (area.py), its
subclass, is the controller that loads and shows the numbers. The texts keep the
translation context "HomeArea", where they were written before the view had a module of its
own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from mentorpad.ui.areas.base import Area, empty_state
from mentorpad.ui.areas.home.attention import AttentionModel
from mentorpad.ui.areas.home.models import PortfolioModel, ThemeCountModel
from mentorpad.ui.widgets.charts import BarChart, PercentChart

__all__ = ["HomeView"]

translate = QCoreApplication.translate


class HomeView(Area):
    """The widgets and models, as public attributes named like their object names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(translate("HomeArea", "Home"))
        self.heading.setObjectName("heading")
        self.heading.setProperty("role", "heading")
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")

        self._build_empty_page()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._build_portfolio_page(), translate("HomeArea", "This Week"))
        self.tabs.addTab(self._build_practice_page(), translate("HomeArea", "Your Practice"))

        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def _build_empty_page(self) -> None:
        """A new vault: three steps to start, and the way to Mentees."""
        self.empty_page = QWidget()
        self.empty_page.setObjectName("empty_page")
        empty_layout = QVBoxLayout(self.empty_page)
        self.empty_state = empty_state(
            translate("HomeArea", "Welcome. Three steps to start"),
            translate(
                "HomeArea",
                "1. Add a mentee under Mentees (a code name is fine).\n"
                "2. Set the agreement: one to three goals, how often you meet, and the "
                "confidentiality rules.\n"
                "3. Plan the first session.\n\n"
                "From then on this page shows, at a glance, what needs your attention each "
                "week: commitments overdue, sessions due, relationships gone quiet and reviews "
                "coming up.",
            ),
        )
        self.empty_state.setObjectName("empty_state")
        self.go_to_mentees_button = QPushButton(translate("HomeArea", "Add a Mentee…"))
        self.go_to_mentees_button.setObjectName("go_to_mentees_button")
        empty_layout.addWidget(self.empty_state, 1)
        empty_layout.addWidget(self.go_to_mentees_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

    def _build_portfolio_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("portfolio_page")
        top = self._build_attention()
        bottom = self._build_mentees()
        self.portfolio_splitter = QSplitter(Qt.Orientation.Vertical)
        self.portfolio_splitter.setObjectName("portfolio_splitter")
        self.portfolio_splitter.addWidget(top)
        self.portfolio_splitter.addWidget(bottom)
        layout = QVBoxLayout(page)
        layout.addWidget(self.portfolio_splitter)
        return page

    def _build_attention(self) -> QWidget:
        """What needs attention this week, most urgent first."""
        self.attention_heading = QLabel(translate("HomeArea", "This week"))
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
        self.attention_view.setAccessibleName(
            translate("HomeArea", "What needs your attention this week")
        )
        self.attention_view.setModel(self.attention_model)
        self.attention_view.setWordWrap(True)
        self.attention_view.setSpacing(2)
        self.attention_view.setIconSize(QSize(10, 10))
        self.attention_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attention_view.setAlternatingRowColors(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.attention_heading)
        top_layout.addWidget(self.attention_summary)
        top_layout.addWidget(self.attention_view, 1)
        return top

    def _build_mentees(self) -> QWidget:
        """The active mentees, one row each; a double-click opens them."""
        self.mentees_heading = QLabel(translate("HomeArea", "Active mentees"))
        self.mentees_heading.setObjectName("mentees_heading")
        self.mentees_heading.setProperty("role", "subheading")
        self.portfolio_model = PortfolioModel(self)
        self.portfolio_model.setObjectName("portfolio_model")
        self.portfolio_view = QTableView()
        self.portfolio_view.setObjectName("portfolio_view")
        self.portfolio_view.setAccessibleName(translate("HomeArea", "Active mentees"))
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
            translate("HomeArea", "Double-click a mentee, or press Enter, to open them.")
        )
        self.portfolio_hint.setObjectName("portfolio_hint")
        self.portfolio_hint.setProperty("role", "hint")

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.mentees_heading)
        bottom_layout.addWidget(self.portfolio_view, 1)
        bottom_layout.addWidget(self.portfolio_hint)
        return bottom

    def _build_practice_page(self) -> QWidget:
        self._build_practice_charts()
        self._build_themes()
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

    def _build_practice_charts(self) -> None:
        """Sessions per month, and the two habits the reflections record."""
        self.practice_summary = QLabel()
        self.practice_summary.setObjectName("practice_summary")
        self.practice_summary.setWordWrap(True)
        self.practice_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.sessions_chart = BarChart(
            translate("HomeArea", "Sessions per month"),
            y_title=translate("HomeArea", "Sessions"),
            x_title=translate("HomeArea", "Month"),
        )
        self.sessions_chart.setObjectName("sessions_chart")
        self.sessions_chart.set_empty_text(
            translate("HomeArea", "No sessions held in the last 12 months.")
        )
        self.practice_chart = PercentChart(
            translate("HomeArea", "Talk share and advising before asking")
        )
        self.practice_chart.setObjectName("practice_chart")
        self.practice_chart.set_empty_text(
            translate(
                "HomeArea",
                "Nothing recorded yet. After a session, note in your reflection how much of "
                "the talking you did and whether you advised before asking.",
            )
        )

    def _build_themes(self) -> None:
        """The playbook themes of the sessions, across all mentees."""
        self.themes_heading = QLabel(translate("HomeArea", "Themes across your mentees"))
        self.themes_heading.setObjectName("themes_heading")
        self.themes_heading.setProperty("role", "subheading")
        self.theme_model = ThemeCountModel(self)
        self.theme_model.setObjectName("theme_model")
        self.themes_view = QTableView()
        self.themes_view.setObjectName("themes_view")
        self.themes_view.setAccessibleName(translate("HomeArea", "Themes across your mentees"))
        self.themes_view.setModel(self.theme_model)
        self.themes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.themes_view.verticalHeader().setVisible(False)
        self.themes_view.setMinimumHeight(180)
        theme_header = self.themes_view.horizontalHeader()
        theme_header.setResizeContentsPrecision(20)
        theme_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        theme_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
