"""Home: the portfolio, the first screen after unlock. One glance tells the mentor what needs
attention this week (overdue commitments, sessions due, quiet relationships, reviews coming
up), then the active mentees, then the mentor's own practice over the last twelve months.

The numbers come from mentorpad.review in a handful of aggregate queries; a save elsewhere
(navigator.data_changed) schedules one reload, done when Home is visible. HomeArea is the
controller; the widgets come from HomeView (view.py), the item models from attention.py and
models.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from mentorpad.clock import SYSTEM_CLOCK
from mentorpad.models import Vault
from mentorpad.reports import theme_titles
from mentorpad.review import (
    MentorView,
    Portfolio,
    load_mentor_view,
    load_portfolio,
    month_start,
)
from mentorpad.ui.areas.home.attention import AttentionModel
from mentorpad.ui.areas.home.models import PortfolioModel, ThemeCountModel
from mentorpad.ui.areas.home.view import HomeView
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.charts import Series, month_label

__all__ = [
    "PRACTICE_MONTHS",
    "RELOAD_DELAY_MS",
    "AttentionModel",
    "HomeArea",
    "PortfolioModel",
    "ThemeCountModel",
]

RELOAD_DELAY_MS = 150
PRACTICE_MONTHS = 12


class HomeArea(HomeView):
    """The portfolio and the mentor's own view. `today` is injectable for tests."""

    def __init__(
        self,
        navigator: Navigator,
        today: Callable[[], dt.date] = lambda: SYSTEM_CLOCK.now().date(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.title = self.tr("Home")
        self._navigator = navigator
        self._today = today
        self._vault: Vault | None = None
        self._dirty = False
        self._practice_stale = True
        self.portfolio: Portfolio = Portfolio()
        self.mentor_view: MentorView = MentorView()

        self.reload_timer = QTimer(self)
        self.reload_timer.setObjectName("reload_timer")
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self._connect_signals()
        self.clear_content()

    def _connect_signals(self) -> None:
        self._navigator.data_changed.connect(self._on_navigator_data_changed)
        self.reload_timer.timeout.connect(self._on_reload_timer_timeout)
        self.portfolio_view.activated.connect(self._on_portfolio_view_activated)
        self.attention_view.activated.connect(self._on_attention_view_activated)
        self.go_to_mentees_button.clicked.connect(self._on_go_to_mentees_button_clicked)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

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
        self._show_portfolio(self.portfolio, today)
        self._practice_stale = True
        if self.tabs.currentWidget() is self.practice_scroll:
            self._load_practice()

    def _load_practice(self) -> None:
        """The mentor's own view, read when its tab is shown: it needs the playbook's
        titles, which must not delay the first screen after unlock."""
        vault = self._vault
        if vault is None or not vault.is_open or not self._practice_stale:
            return
        self._practice_stale = False
        self.mentor_view = load_mentor_view(vault, self._today(), window_months=PRACTICE_MONTHS)
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
            text = fill(self.tr("%1 things need your attention this week."), str(urgent))
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
            else fill(self.tr("%1 sessions held in the last 12 months."), str(view.sessions_total))
        ]
        if view.talk_share_avg is not None:
            parts.append(
                fill(
                    self.tr("On average you did %1% of the talking."), f"{view.talk_share_avg:.0f}"
                )
            )
        if view.advised_first_pct is not None:
            parts.append(
                fill(
                    self.tr("You advised before asking in %1% of the sessions you reflected on."),
                    f"{view.advised_first_pct:.0f}",
                )
            )
        self.practice_summary.setText(" ".join(parts))

    # -- slots ------------------------------------------------------------------------------

    def _on_tabs_current_changed(self, _index: int) -> None:
        self._load_practice()

    def _on_navigator_data_changed(self) -> None:
        if self._vault is not None:
            self.reload_timer.start()

    def _on_reload_timer_timeout(self) -> None:
        if self._vault is not None and self._vault.is_suspended:
            self.reload_timer.start()  # a sync has the file: reload once it is back
        elif self.isVisible():
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
