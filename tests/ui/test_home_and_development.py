"""Home (the portfolio) and the development view on real vaults, driven with qtbot; the
charts at 0, 1 and 200 points in both themes; the item models under qtmodeltester."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from mentorpad import review
from mentorpad.models import Vault, VaultKey
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.ui import theme
from mentorpad.ui.areas.home.area import HomeArea
from mentorpad.ui.areas.mentees.development import DevelopmentView, development_chart_images
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.widgets.charts import (
    BarChart,
    Chart,
    HeatMapChart,
    LineChart,
    PercentChart,
    RatingChart,
    Series,
    month_label,
)

TODAY = dt.date(2025, 6, 15)
DEMO_CONTENT = Path(__file__).resolve().parents[2] / "mentorpad" / "demo_content.toml"


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def at(offset: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day(offset), dt.time(hour))


def _agreement(mentee_id: int, cadence: int, midpoint: dt.date | None = None) -> Agreement:
    return Agreement(
        mentee_id=mentee_id, cadence_weeks=cadence, term_start=day(-300), midpoint=midpoint
    )


def fill_portfolio(store: Store) -> dict[str, int]:
    """One mentee per situation Home must point out."""
    ids: dict[str, int] = {}
    alba = ids["alba"] = store.add_mentee("Alba Quietname", start_date=day(-300))
    store.save_agreement(_agreement(alba, 4), [("Goal", "")])
    store.add_session(alba, at(-45))  # 45 days > 1.5 x 4 weeks: quiet
    bruno = ids["bruno"] = store.add_mentee("Bruno Overdue", start_date=day(-300), stage="new")
    store.save_agreement(_agreement(bruno, 2), [("Goal", "")])
    store.add_session(bruno, at(-21))  # due 7 days ago, not yet quiet (21 days)
    store.add_commitment(bruno, "Send the draft plan", due_date=day(-14))
    chloe = ids["chloe"] = store.add_mentee("Chloé Midpoint", start_date=day(-300))
    store.save_agreement(_agreement(chloe, 4, midpoint=day(5)), [("Goal", "")])
    store.add_session(chloe, at(-14))
    ids["dries"] = store.add_mentee("Dries Newcomer", start_date=TODAY)
    eva = ids["eva"] = store.add_mentee("Eva Paused", status="paused", start_date=day(-300))
    store.add_session(eva, at(-200))
    farid = ids["farid"] = store.add_mentee("Farid Ontrack", start_date=day(-300))
    store.save_agreement(_agreement(farid, 4), [("Goal", "")])
    store.add_session(farid, at(-26))
    store.add_session(farid, at(3))  # planned
    for mentee, offset, talk, advised in ((alba, -45, 40, True), (farid, -26, 20, False)):
        sid = store.sessions(mentee)[-1].id
        assert store.sessions(mentee)[-1].starts_at.date() == day(offset)
        store.update_session(sid, talk_share=talk, advised_first=advised)
        store.set_themes(sid, ["new.feedback"])
    return ids


@pytest.fixture
def navigator(qtbot: QtBot) -> Iterator[Navigator]:
    nav = Navigator()
    yield nav
    nav.deleteLater()


@pytest.fixture
def home(qtbot: QtBot, navigator: Navigator) -> HomeArea:
    area = HomeArea(navigator, today=lambda: TODAY)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    qtbot.waitExposed(area)
    return area


def _double_click(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """A real double-click: press and release, then press again as a double-click (QTest's
    mouseDClick alone omits the first click, so the view never saw the row pressed)."""
    model = view.model()
    index = model.index(row, column)
    view.scrollTo(index)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def _rows(model: QAbstractItemModel, column: int = 0) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


# -- Home ---------------------------------------------------------------------------------------


def test_home_lists_what_needs_attention_most_urgent_first(
    home: HomeArea, vault: Vault, qtmodeltester: object
) -> None:
    fill_portfolio(Store(vault))
    home.on_vault_opened(vault)
    assert home.stack.currentWidget() is home.tabs
    items = [(i.mentee_name, i.kind) for i in home.portfolio.items]
    assert items == [
        ("Alba Quietname", "quiet"),
        ("Bruno Overdue", "commitments_overdue"),
        ("Bruno Overdue", "session_overdue"),
        ("Dries Newcomer", "first_session"),
        ("Chloé Midpoint", "midpoint_review"),
        ("Dries Newcomer", "no_agreement"),
    ]
    texts = _rows(home.attention_model)
    assert texts[0].startswith("Alba Quietname: no session for 6 weeks (you meet every 4 weeks)")
    assert "“Send the draft plan” was due on 1 Jun 2025" in texts[1]
    assert "a session was due on 8 Jun 2025 (7 days ago)" in texts[2]
    assert texts[3] == "Dries Newcomer: plan the first session."
    assert texts[4] == "Chloé Midpoint: mid-point review on 20 Jun 2025 (in 5 days)."
    assert "no agreement yet" in texts[5]
    assert home.attention_summary.text() == "5 things need your attention this week."

    names = _rows(home.portfolio_model)
    assert names == [
        "Alba Quietname",
        "Bruno Overdue",
        "Dries Newcomer",
        "Chloé Midpoint",
        "Farid Ontrack",
    ]  # the paused mentee is not listed
    farid = names.index("Farid Ontrack")
    model = home.portfolio_model
    assert model.index(farid, 3).data() == "18 Jun 2025 (planned)"
    assert model.index(farid, 5).data() == "On track"
    bruno = names.index("Bruno Overdue")
    assert model.index(bruno, 1).data() == "New in the role"
    assert model.index(bruno, 2).data() == "25 May 2025"
    assert model.index(bruno, 3).data() == "8 Jun 2025 (due)"
    assert model.index(bruno, 4).data() == "1"
    assert model.index(bruno, 5).data() == "Commitments overdue"
    assert model.index(names.index("Dries Newcomer"), 2).data() == "None yet"

    # the mentor's own view is read when its tab is shown, not at unlock
    assert not home.sessions_chart.has_data() and _rows(home.theme_model) == []
    home.tabs.setCurrentWidget(home.practice_scroll)
    assert home.sessions_chart.has_data() and home.practice_chart.has_data()
    assert _rows(home.theme_model) == ["Giving and taking constructive feedback"]
    # the paused mentee's session counts too: it is the mentor's own practice
    assert "5 sessions held in the last 12 months" in home.practice_summary.text()
    assert "30% of the talking" in home.practice_summary.text()
    for checked in (home.attention_model, home.portfolio_model, home.theme_model):
        qtmodeltester.check(checked)  # type: ignore[attr-defined]


def test_double_click_and_enter_open_the_mentee(
    qtbot: QtBot, home: HomeArea, vault: Vault, navigator: Navigator
) -> None:
    ids = fill_portfolio(Store(vault))
    home.on_vault_opened(vault)
    seen: list[tuple[str, object]] = []
    navigator.area_requested.connect(lambda name: seen.append(("area", name)))
    navigator.mentee_requested.connect(lambda mid: seen.append(("mentee", mid)))
    view = home.portfolio_view
    with qtbot.waitSignal(navigator.mentee_requested, timeout=2000):
        _double_click(qtbot, view, home.portfolio_model.row_of(ids["chloe"]))
    assert seen == [("area", "mentees"), ("mentee", ids["chloe"])]

    seen.clear()
    row = home.portfolio_model.row_of(ids["farid"])
    view.setCurrentIndex(home.portfolio_model.index(row, 0))
    view.setFocus()
    with qtbot.waitSignal(navigator.mentee_requested, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen == [("area", "mentees"), ("mentee", ids["farid"])]

    seen.clear()
    with qtbot.waitSignal(navigator.mentee_requested, timeout=2000):
        _double_click(qtbot, home.attention_view, 0)
    assert seen == [("area", "mentees"), ("mentee", ids["alba"])]


def test_new_vault_explains_the_first_steps(
    qtbot: QtBot, home: HomeArea, vault: Vault, navigator: Navigator
) -> None:
    home.on_vault_opened(vault)
    assert home.stack.currentWidget() is home.empty_page
    text = home.shown_text()
    assert "Add a mentee" in text and "agreement" in text and "first session" in text
    with qtbot.waitSignal(navigator.area_requested) as blocker:
        home.go_to_mentees_button.click()
    assert blocker.args == ["mentees"]

    store = Store(vault)
    store.add_mentee("Greta Firstone", start_date=TODAY)
    navigator.data_changed.emit()  # a save elsewhere: Home reloads shortly after
    qtbot.waitUntil(lambda: home.portfolio_model.rowCount() == 1, timeout=3000)
    assert home.stack.currentWidget() is home.tabs
    assert _rows(home.attention_model) == [
        "Greta Firstone: plan the first session.",
        "Greta Firstone: no agreement yet; agree goals, cadence and confidentiality.",
    ]


def test_data_changed_while_hidden_reloads_when_shown(
    qtbot: QtBot, home: HomeArea, vault: Vault, navigator: Navigator
) -> None:
    home.on_vault_opened(vault)
    home.hide()
    Store(vault).add_mentee("Hidden Change", start_date=TODAY)
    navigator.data_changed.emit()
    assert home.reload_timer.isActive()
    qtbot.waitUntil(lambda: not home.reload_timer.isActive(), timeout=10_000)  # it has fired
    assert home.portfolio_model.rowCount() == 0  # not reloaded while nobody looks
    home.show()
    qtbot.waitUntil(lambda: home.portfolio_model.rowCount() == 1, timeout=3000)


def test_clear_content_forgets_everything_shown(
    qtbot: QtBot, home: HomeArea, vault: Vault, navigator: Navigator
) -> None:
    pristine = HomeArea(navigator)
    qtbot.addWidget(pristine)
    fill_portfolio(Store(vault))
    home.on_vault_opened(vault)
    home.tabs.setCurrentWidget(home.practice_scroll)
    before = home.shown_text()
    assert "5 things" in before and "sessions held" in before
    assert home.attention_model.rowCount() and home.portfolio_model.rowCount()
    home.clear_content()
    home.tabs.setCurrentIndex(0)
    after = home.shown_text()
    for name in ("Alba", "Bruno", "Chloé", "Dries", "Farid", "Send the draft plan", "held"):
        assert name not in after
    assert after == pristine.shown_text()  # only the fixed labels and explanations remain
    for model in (home.attention_model, home.portfolio_model, home.theme_model):
        assert model.rowCount() == 0
    for chart in (home.sessions_chart, home.practice_chart):
        assert not chart.has_data() and chart.accessibleDescription() == ""
    assert home.attention_summary.text() == "" and home.practice_summary.text() == ""
    assert home.portfolio == review.Portfolio()
    home.reload()  # no vault any more: nothing happens
    assert home.portfolio_model.rowCount() == 0


def test_demo_vault_home(qtbot: QtBot, home: HomeArea, tmp_path: Path, raw_key: VaultKey) -> None:
    if not DEMO_CONTENT.exists():
        pytest.skip("mentorpad/demo_content.toml is not written yet")
    from mentorpad.demo import fill_demo_vault

    vault = Vault.create(tmp_path / "demo.vault", key=raw_key)
    try:
        store = Store(vault)
        fill_demo_vault(store, TODAY)
        home.on_vault_opened(vault)
        expected = review.portfolio(
            [
                review.mentee_facts(
                    m,
                    store.agreement(m.id),
                    store.sessions(m.id),
                    store.commitments(mentee_id=m.id),
                    TODAY,
                )
                for m in store.mentees()
            ],
            TODAY,
        )
        assert home.portfolio == expected
        content = tomllib.loads(DEMO_CONTENT.read_text("utf-8"))
        active = sorted(
            m["display_name"] for m in content["mentee"] if m.get("status", "active") == "active"
        )
        assert sorted(_rows(home.portfolio_model)) == active
        texts = _rows(home.attention_model)
        assert len(texts) == len(expected.items)
        for text, item in zip(texts, expected.items, strict=True):
            assert text.startswith(item.mentee_name + ":")
        if expected.items:
            assert home.attention_summary.text()
        home.tabs.setCurrentWidget(home.practice_scroll)
        assert home.sessions_chart.has_data()
        home.clear_content()
        for m in content["mentee"]:
            assert m["display_name"] not in home.shown_text()
    finally:
        vault.close()


# -- development view ---------------------------------------------------------------------------


def fill_development(store: Store) -> tuple[int, list[int]]:
    mentee = store.add_mentee("Ana Development", stage="new", start_date=day(-120))
    store.update_mentee(mentee, stage="struggling", changed_on=day(-40))
    store.save_agreement(
        Agreement(
            mentee_id=mentee,
            cadence_weeks=3,
            term_start=day(-120),
            midpoint=day(-10),
            closing=day(60),
        ),
        [("Delegate the weekly planning", "The team plans"), ("Speak up in meetings", "")],
    )
    goals = [g.id for g in store.goals(mentee)]
    sessions = []
    for n, offset in enumerate((-120, -90, -60, -30, -9, 6)):
        sid = store.add_session(mentee, at(offset), kind="first" if n == 0 else "regular")
        sessions.append(sid)
        store.set_themes(sid, ["new.feedback", "struggling.delegation"][: 1 + n % 2])
        if offset < 0:
            store.set_rating(sid, goals[0], 1 + n)
            store.set_rating(sid, goals[1], 3)
            cid = store.add_commitment(
                mentee, f"Step {n}", session_id=sid, due_date=day(offset + 14)
            )
            if n % 2:
                store.set_commitment_done(cid, True, on=day(offset + 10))
    return mentee, sessions


def test_development_view_timeline_and_charts(
    qtbot: QtBot, navigator: Navigator, vault: Vault, qtmodeltester: object
) -> None:
    store = Store(vault)
    mentee, _ = fill_development(store)
    view = DevelopmentView(navigator)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    view.show_mentee(store, mentee, TODAY)
    model = view.timeline_model
    whats = _rows(model, 1)
    assert whats == [
        "Agreement starts",
        "Stage: New in the role",
        "First session",
        "Regular session",
        "Regular session",
        "Stage: Struggling",
        "Regular session",
        "Mid-point review date",
        "Regular session",
        "Today",
        "Regular session (planned)",
        "Closing date",
    ]
    assert model.index(3, 2).data() == (
        "Giving and taking constructive feedback, Holding on to work instead of handing it over"
    )
    first = whats.index("First session")
    assert model.index(first, 4).data() == "G1: 1  G2: 3"
    assert model.index(first, 3).data() == "1"
    assert "Every 3 weeks" in view.summary.text() and "5 sessions held" in view.summary.text()
    assert "commitments: 2 of 4 due kept" in view.summary.text()
    assert view.heatmap.has_data() and view.commitments_chart.has_data()
    assert view.rating_chart_1.has_data() and view.rating_chart_2.has_data()
    assert not view.rating_chart_3.isVisible()
    assert "Delegate the weekly planning" in view.rating_chart_1.title()
    assert view.export_button.isEnabled()
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    images = view.chart_images(400, 200, scale=1)
    goals = [g.id for g in store.goals(mentee)]
    assert set(images) == {"themes", f"goal-{goals[0]}", f"goal-{goals[1]}", "commitments"}
    assert all(not image.isNull() for image in images.values())
    dev = review.load_development(store, mentee, TODAY)
    assert dev is not None
    assert set(development_chart_images(dev, 400, 200, 1)) == set(images)


def test_activating_a_session_row_requests_that_session(
    qtbot: QtBot, navigator: Navigator, vault: Vault
) -> None:
    store = Store(vault)
    mentee, sessions = fill_development(store)
    view = DevelopmentView(navigator)
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show()
    qtbot.waitExposed(view)
    view.show_mentee(store, mentee, TODAY)
    model, table = view.timeline_model, view.timeline_view
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.UserRole) == sessions[1]
    )
    with qtbot.waitSignal(navigator.session_requested, timeout=2000) as blocker:
        _double_click(qtbot, table, row, 1)
    assert blocker.args == [sessions[1]]

    milestone = _rows(model, 1).index("Mid-point review date")
    table.setCurrentIndex(model.index(milestone, 0))
    table.setFocus()
    with qtbot.assertNotEmitted(navigator.session_requested):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    planned = _rows(model, 1).index("Regular session (planned)")
    table.setCurrentIndex(model.index(planned, 0))
    with qtbot.waitSignal(navigator.session_requested, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [sessions[-1]]


def test_development_view_clear_and_unknown_mentee(
    qtbot: QtBot, navigator: Navigator, vault: Vault
) -> None:
    store = Store(vault)
    mentee, _ = fill_development(store)
    view = DevelopmentView(navigator)
    qtbot.addWidget(view)
    view.show_mentee(store, mentee, TODAY)
    assert view.timeline_model.rowCount() > 0
    view.clear_content()
    assert view.timeline_model.rowCount() == 0 and view.summary.text() == ""
    for chart in (view.heatmap, view.commitments_chart, view.rating_chart_1):
        assert not chart.has_data() and chart.accessibleDescription() == ""
    assert "Delegate" not in view.rating_chart_1.title()
    assert not view.export_button.isEnabled()
    view.show_mentee(store, 9999, TODAY)
    assert view.timeline_model.rowCount() == 0

    empty = store.add_mentee("No Sessions")
    view.show_mentee(store, empty, TODAY)
    assert _rows(view.timeline_model, 1) == ["Today"]
    assert not view.heatmap.has_data() and "No agreement yet" in view.summary.text()


# -- charts ---------------------------------------------------------------------------------------


def _line_series(points: int) -> list[Series]:
    return [
        Series("Goal", tuple((day(-3 * i), float(1 + i % 5)) for i in range(points))),
        Series("Other", tuple((day(-7 * i), float(1 + (i * 3) % 5)) for i in range(points))),
    ]


def _fill_chart(chart: Chart, points: int) -> None:
    months = [review.add_months("2025-06", -i) for i in reversed(range(points))]
    if isinstance(chart, LineChart):
        series = _line_series(points)
        chart.set_series(series if points else [], markers=[(day(10), "Mid-point")])
    elif isinstance(chart, BarChart):
        labels = [month_label(m) for m in months]
        chart.set_data(
            labels, [("Due", [float(i % 7) for i in range(points)]), ("Kept", [1.0] * points)]
        )
    elif isinstance(chart, HeatMapChart):
        rows = [f"Theme {r} with a rather long title" for r in range(29 if points else 0)]
        chart.set_data(
            rows,
            [month_label(m) for m in months],
            [[(r + c) % 4 for c in range(points)] for r in range(len(rows))],
        )


CHARTS = [
    lambda: RatingChart("Ratings"),
    lambda: PercentChart("Talk share"),
    lambda: BarChart("Sessions per month", y_title="Sessions", x_title="Month"),
    lambda: HeatMapChart("Themes by month", x_title="Month"),
]


@pytest.mark.parametrize("points", [0, 1, 200])
@pytest.mark.parametrize("make", CHARTS, ids=["rating", "percent", "bar", "heatmap"])
@pytest.mark.parametrize("colors", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_charts_draw_with_0_1_and_200_points(
    qtbot: QtBot, make: object, points: int, colors: dict[str, str]
) -> None:
    assert callable(make)
    chart = make()
    assert isinstance(chart, Chart)
    qtbot.addWidget(chart)
    chart.setPalette(theme._palette(colors))
    _fill_chart(chart, points)
    assert chart.has_data() is (points > 0)
    assert chart.accessibleName()
    assert bool(chart.accessibleDescription()) is (points > 0)
    chart.resize(520, 300)
    chart.show()
    qtbot.waitExposed(chart)
    grabbed = chart.grab()
    assert not grabbed.isNull()
    image = chart.render_to_image(520, 300, scale=2)
    assert (image.width(), image.height()) == (1040, 600)
    background = image.pixelColor(4, 4).name()
    assert background == colors["base"]  # drawn on the palette's base colour
    assert _has_ink(image, colors["base"])  # a title, the empty text or the data
    tiny = chart.render_to_image(1, 1)
    assert not tiny.isNull()
    chart.clear()
    assert not chart.has_data() and chart.accessibleDescription() == ""


def _has_ink(image: QImage, base: str) -> bool:
    step = 7
    return any(
        image.pixelColor(x, y).name() != base
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_chart_tooltips_follow_the_data(qtbot: QtBot) -> None:
    chart = BarChart("Sessions per month")
    qtbot.addWidget(chart)
    chart.set_data(["Jan 2025", "Feb 2025"], [("Sessions", [2.0, 5.0])])
    chart.resize(400, 240)
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # paints through paintEvent, which records the tool tip areas
    texts = [text for _, text in chart._hits]
    assert texts == ["Jan 2025\nSessions: 2", "Feb 2025\nSessions: 5"]
    chart.clear()
    assert chart._hits == []


def test_report_chart_images_open_no_window(qtbot: QtBot, vault: Vault) -> None:
    """Building chart images for a report (the CLI's PDF path) shows nothing on screen."""
    from PySide6.QtWidgets import QApplication

    store = Store(vault)
    mentee, _ = fill_development(store)
    dev = review.load_development(store, mentee, TODAY)
    assert dev is not None
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    images = development_chart_images(dev, 300, 200, 1)
    assert images and all(isinstance(image, QImage) for image in images.values())
    after = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert after <= before
