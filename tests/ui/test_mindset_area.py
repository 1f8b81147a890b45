"""The Mindset area on real widgets and a real vault: take, resume, results, history,
comparison, the mentee mirror and the lock cycle."""

# pytest-qt's QtBot methods carry no annotations.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentorpad.guides.mindset import load_mindset_instrument
from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui.areas.mindset.area import HISTORY, MIRROR, RESULTS, TAKE, MindsetArea
from mentorpad.ui.areas.mindset.form import blank_mirror_form_markdown
from mentorpad.ui.areas.mindset.take import QuestionnaireView
from mentorpad.ui.navigation import Navigator
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_next_dialog

pytestmark = pytest.mark.gui

AreaFactory = Callable[[Vault], MindsetArea]

INSTRUMENT = load_mindset_instrument("current")
SENTINEL = "Zebedee Quillfeather"
_KEYS = {
    0: Qt.Key.Key_0,
    1: Qt.Key.Key_1,
    2: Qt.Key.Key_2,
    3: Qt.Key.Key_3,
    4: Qt.Key.Key_4,
    5: Qt.Key.Key_5,
}


def answers_for(levels: dict[str, int], default: int = 4) -> dict[str, int | None]:
    """Answers that score each dimension exactly at its level (reverse items turned)."""
    answers: dict[str, int | None] = {}
    for dim in INSTRUMENT.dimensions:
        level = levels.get(dim.id, default)
        for item in dim.items:
            answers[item.id] = 6 - level if item.reverse else level
    return answers


def page_values(answers: dict[str, int | None], index: int) -> list[int | None]:
    return [answers[item.id] for item in INSTRUMENT.dimensions[index].items]


@pytest.fixture
def navigator() -> Navigator:
    return Navigator()


@pytest.fixture
def make_area(qtbot: QtBot, navigator: Navigator) -> Iterator[AreaFactory]:
    made: list[MindsetArea] = []

    def factory(vault: Vault) -> MindsetArea:
        area = MindsetArea(navigator)
        qtbot.addWidget(area)
        area.resize(1100, 800)
        area.show()
        qtbot.waitExposed(area)
        area.activateWindow()
        qtbot.waitUntil(area.isActiveWindow)
        area.on_vault_opened(vault)
        made.append(area)
        return area

    yield factory
    for area in made:
        area.clear_content()


def key_answer(qtbot: QtBot, questionnaire: QuestionnaireView, values: list[int | None]) -> None:
    """Answer the page with the keyboard: focus moves on by itself after each answer."""
    questionnaire.item_rows[0].setFocus()
    for value in values:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, _KEYS[0 if value is None else value])


def click_answer(qtbot: QtBot, questionnaire: QuestionnaireView, values: list[int | None]) -> None:
    for row, value in zip(questionnaire.item_rows, values, strict=True):
        button = row.not_applicable_button if value is None else row.scale_buttons[value]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def take_all(
    qtbot: QtBot, area: MindsetArea, answers: dict[str, int | None], variant: str = "current"
) -> None:
    """Start and complete an attempt, page by page, mixing keys and clicks."""
    start = area.take_view.start_view
    area.tabs.setCurrentIndex(TAKE)
    (start.variant_baseline if variant == "baseline" else start.variant_current).setChecked(True)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    questionnaire = area.take_view.questionnaire
    for index in range(len(INSTRUMENT.dimensions)):
        assert questionnaire.current_index == index
        values = page_values(answers, index)
        if index % 2:
            click_answer(qtbot, questionnaire, values)
            qtbot.mouseClick(
                questionnaire.next_button
                if questionnaire.next_button.isVisible()
                else questionnaire.finish_button,
                Qt.MouseButton.LeftButton,
            )
        else:
            key_answer(qtbot, questionnaire, values)
            if questionnaire.next_button.isVisible():
                qtbot.keyClick(questionnaire.item_rows[0], Qt.Key.Key_PageDown)
            else:
                qtbot.mouseClick(questionnaire.finish_button, Qt.MouseButton.LeftButton)


# -- taking ------------------------------------------------------------------------------------


def test_take_with_keyboard_and_clicks(qtbot: QtBot, vault: Vault, make_area: AreaFactory) -> None:
    area = make_area(vault)
    assert area.objectName() == "mindset"
    assert area.title == "Mindset"
    start = area.take_view.start_view
    assert not start.resume_box.isVisibleTo(area)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    questionnaire = area.take_view.questionnaire
    assert area.take_view.answering
    assert questionnaire.dimension_title.text().endswith(INSTRUMENT.dimensions[0].name)
    assert questionnaire.item_rows[0].hasFocus()

    # 1-5 and 0/N on the focused statement; focus moves on after each answer.
    qtbot.keyClick(questionnaire.item_rows[0], Qt.Key.Key_4)
    assert questionnaire.item_rows[1].hasFocus()
    qtbot.keyClick(questionnaire.item_rows[1], Qt.Key.Key_N)
    assert questionnaire.item_rows[2].hasFocus()
    qtbot.keyClick(questionnaire.item_rows[2], Qt.Key.Key_Up)  # arrows move between items
    assert questionnaire.item_rows[1].hasFocus()
    qtbot.keyClick(questionnaire.item_rows[1], Qt.Key.Key_2)  # changes the N/A to 2
    qtbot.keyClick(questionnaire.item_rows[2], Qt.Key.Key_0)
    qtbot.keyClick(questionnaire.item_rows[3], Qt.Key.Key_5)
    items = INSTRUMENT.dimensions[0].items
    assert questionnaire.answers() == {
        items[0].id: 4,
        items[1].id: 2,
        items[2].id: None,
        items[3].id: 5,
    }
    assert questionnaire.item_rows[1].scale_buttons[2].isChecked()
    assert questionnaire.item_rows[2].not_applicable_button.isChecked()
    assert questionnaire.progress.value() == 4
    assert "4 of 32" in questionnaire.progress.format()

    # Page Down goes to the next dimension, Page Up back.
    qtbot.keyClick(questionnaire.item_rows[0], Qt.Key.Key_PageDown)
    assert questionnaire.current_index == 1
    assert "2 of 8" in questionnaire.progress_label.text()
    qtbot.keyClick(questionnaire.item_rows[0], Qt.Key.Key_PageUp)
    assert questionnaire.current_index == 0
    assert questionnaire.item_rows[0].scale_buttons[4].isChecked()
    qtbot.mouseClick(questionnaire.next_button, Qt.MouseButton.LeftButton)

    # Clicks answer too.
    click_answer(qtbot, questionnaire, [3, 3, 3, 3])
    assert questionnaire.item_rows[3].hasFocus()
    assert questionnaire.progress.value() == 8

    # Saved to the vault (debounced) as an unfinished attempt.
    store = Store(vault)
    qtbot.waitUntil(
        lambda: (
            len(store.mindset_attempts()) == 1 and len(store.mindset_attempts()[0]["answers"]) == 8
        ),
        timeout=3000,
    )
    attempt = store.mindset_attempts()[0]
    assert attempt["completed_at"] is None
    assert attempt["variant"] == "current"
    assert attempt["respondent"] == "self"


def test_leave_and_resume(qtbot: QtBot, vault: Vault, make_area: AreaFactory) -> None:
    area = make_area(vault)
    start = area.take_view.start_view
    start.variant_baseline.setChecked(True)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    questionnaire = area.take_view.questionnaire
    wanted = answers_for({})
    key_answer(qtbot, questionnaire, page_values(wanted, 0))
    qtbot.keyClick(questionnaire.item_rows[0], Qt.Key.Key_PageDown)
    key_answer(qtbot, questionnaire, page_values(wanted, 1)[:2])
    area.flush()  # leaving: flush saves at once, without waiting for the timer
    saved = Store(vault).mindset_attempts()
    assert len(saved) == 1 and len(saved[0]["answers"]) == 6
    assert saved[0]["variant"] == "baseline"

    later = make_area(vault)
    offer = later.take_view.start_view
    assert offer.resume_box.isVisibleTo(later)
    assert "6 of 32" in offer.resume_label.text()
    assert "Before my first mentee" in offer.resume_label.text()
    qtbot.mouseClick(offer.resume_button, Qt.MouseButton.LeftButton)
    resumed = later.take_view.questionnaire
    assert later.take_view.answering
    assert resumed.current_index == 1  # the first dimension with an open statement
    assert len(resumed.answers()) == 6
    assert resumed.item_rows[0].scale_buttons[4].isChecked()
    assert not resumed.item_rows[2].answered
    assert resumed.intro_label.text() == load_mindset_instrument("baseline").intro
    assert not offer.resume_box.isVisibleTo(later)  # it is the one being answered now


# -- results -----------------------------------------------------------------------------------


def test_result_shows_bands_strengths_priorities_and_red_rule(
    qtbot: QtBot, vault: Vault, make_area: AreaFactory, navigator: Navigator
) -> None:
    area = make_area(vault)
    answers = answers_for({"D1": 5, "D2": 1, "D7": 2}, default=4)
    take_all(qtbot, area, answers)
    assert area.tabs.currentIndex() == RESULTS
    view = area.results_view
    assert view.scroll_area.isVisibleTo(area)
    names = {dim.id: dim.name for dim in INSTRUMENT.dimensions}

    assert view.programme_lead_banner.isVisibleTo(area)
    assert names["D2"] in view.programme_lead_label.text()
    assert "programme lead" in view.programme_lead_title.text()
    assert not view.ask_mentee_banner.isVisibleTo(area)
    assert names["D1"] in view.strengths_label.text()
    assert names["D2"] in view.priorities_label.text()
    assert names["D7"] in view.priorities_label.text()

    bars = {bar.dimension_id: bar for bar in view.profile_chart.bars()}
    assert bars["D1"].score == 5.0 and bars["D1"].band == "strength"
    assert bars["D2"].score == 1.0 and bars["D2"].band == "priority"
    assert bars["D3"].band == "solid"
    assert "Priority" in view.profile_chart.accessibleDescription()
    assert "heuristic" in view.bands_note.text()
    assert "below 2.5" in view.bands_legend.text()
    image = view.profile_chart.render_to_image(640, view.profile_chart.sizeHint().height())
    assert not image.isNull()

    card = view.dimension_cards[1]
    assert "Priority" in card.score_label.text()
    assert card.suggestion_label.text()
    assert card.practice_label.text().startswith("Try this")
    assert "Cadence reminders" in card.setting_label.text()  # the named app setting
    assert card.playbook_button.text().startswith("Read in the playbook")
    heard: list[tuple[str, str]] = []
    navigator.area_requested.connect(lambda name: heard.append(("area", name)))
    navigator.playbook_entry_requested.connect(lambda entry: heard.append(("entry", entry)))
    qtbot.mouseClick(card.playbook_button, Qt.MouseButton.LeftButton)
    assert card.entry_id
    assert heard == [("area", "playbook"), ("entry", card.entry_id)]


def test_all_high_asks_for_the_mentees_view(
    qtbot: QtBot, vault: Vault, make_area: AreaFactory
) -> None:
    Store(vault).save_mindset_attempt(None, "current", answers_for({}, 5), completed=True)
    area = make_area(vault)
    view = area.results_view
    assert view.ask_mentee_banner.isVisibleTo(view)
    assert not view.programme_lead_banner.isVisibleTo(view)
    qtbot.mouseClick(view.ask_mentee_button, Qt.MouseButton.LeftButton)
    assert area.tabs.currentIndex() == MIRROR


def test_reflections_appear_beside_listening_and_independence(
    qtbot: QtBot, vault: Vault, make_area: AreaFactory
) -> None:
    store = Store(vault)
    mentee = store.add_mentee("Robin")
    today = dt.date.today()
    for days, share, advised in ((40, 70, True), (10, 40, False)):
        when = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(10))
        session = store.add_session(mentee, when)
        store.update_session(session, talk_share=share, advised_first=advised)
    store.save_mindset_attempt(None, "current", answers_for({}), completed=True)
    area = make_area(vault)
    view = area.results_view
    listening, independence = view.dimension_cards[0], view.dimension_cards[5]
    assert listening.evidence_box.isVisibleTo(view)
    assert "55%" in listening.evidence_label.text()  # (70 + 40) / 2
    assert listening.evidence_chart.has_data()
    assert independence.evidence_box.isVisibleTo(view)
    assert "50%" in independence.evidence_label.text()
    assert not view.dimension_cards[1].evidence_box.isVisibleTo(view)


# -- history and comparison ------------------------------------------------------------------


def test_retake_history_and_compare(
    qtbot: QtBot, vault: Vault, make_area: AreaFactory, qtmodeltester: ModelTester
) -> None:
    area = make_area(vault)
    take_all(qtbot, area, answers_for({"D4": 2}, default=3), variant="baseline")
    qtbot.mouseClick(area.results_view.retake_button, Qt.MouseButton.LeftButton)
    assert area.tabs.currentIndex() == TAKE
    take_all(qtbot, area, answers_for({"D4": 4}, default=3))
    attempts = Store(vault).mindset_attempts()
    assert len(attempts) == 2
    assert all(a["completed_at"] for a in attempts)

    area.tabs.setCurrentIndex(HISTORY)
    history = area.history_view
    model = history.attempts
    assert model.rowCount() == 2
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows[0][1] == "My last three months" and rows[1][1] == "Before my first mentee"
    assert all(row[3] == "Completed" and row[2] == "You" for row in rows)

    first, second = history.comparison()
    assert (first, second) == (attempts[0]["id"], attempts[1]["id"])
    deltas = history.deltas
    assert deltas.rowCount() == 8
    d4 = [deltas.data(deltas.index(3, c)) for c in range(4)]
    assert d4[0].startswith("D4")
    assert d4[1:] == ["2.00", "4.00", "+2.00 (higher)"]
    assert deltas.data(deltas.index(0, 3)) == "no change"

    # Any two: swap them round.
    history.compare_first.setCurrentIndex(0)
    history.compare_second.setCurrentIndex(1)
    assert deltas.data(deltas.index(3, 3)) == "-2.00 (lower)"

    cell = history.trend_cells[3]
    assert [p[1] for p in cell.chart.series()[0].points] == [2.0, 4.0]
    assert "+2.00" in cell.summary_label.text()

    # Open the older one from the list: its results show.
    history.attempts_view.selectRow(1)
    qtbot.mouseClick(history.open_button, Qt.MouseButton.LeftButton)
    assert area.tabs.currentIndex() == RESULTS
    assert area.results_view.attempt_id == attempts[0]["id"]
    assert "Before my first mentee" in area.results_view.heading.text()

    for item_model in (
        history.attempts,
        history.choices,
        history.deltas,
        area.mirror_view.overview.mentees,
    ):
        qtmodeltester.check(item_model)


# -- the mentee mirror ---------------------------------------------------------------------------


def test_mirror_form_exports_a_pdf_with_items_only(
    qtbot: QtBot,
    vault: Vault,
    make_area: AreaFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Store(vault).add_mentee(SENTINEL)
    target = tmp_path / "form.pdf"
    asked: list[str] = []

    def fake_ask_save_file(*args: object, **_: object) -> str:
        asked.append(str(args[2]))
        return str(target)

    monkeypatch.setattr("mentorpad.ui.widgets.exports.ask_new_file", fake_ask_save_file)
    area = make_area(vault)
    area.tabs.setCurrentIndex(MIRROR)

    def accept_warning(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "NOT encrypted" in dialog.informativeText()
        dialog.pdf_button.click()  # type: ignore[attr-defined]

    answer_next_dialog(accept_warning)
    qtbot.mouseClick(area.mirror_view.overview.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=5000)
    assert target.read_bytes().startswith(b"%PDF")
    assert SENTINEL.split()[0] not in asked[0]
    assert str(target) in area.mirror_view.overview.export_status.text()

    mirror = load_mindset_instrument("mirror")
    form = blank_mirror_form_markdown(mirror)
    for item in mirror.items:
        assert item.text.replace("'", "")[:30] in form.replace("\\", "").replace("'", "")
    for label in mirror.scale_labels:
        assert label in form
    assert SENTINEL not in form and "Zebedee" not in form


def test_mirror_answers_show_blind_spots(
    qtbot: QtBot, vault: Vault, make_area: AreaFactory
) -> None:
    store = Store(vault)
    store.add_mentee("Ash")
    mentee_id = store.add_mentee(SENTINEL)
    store.save_mindset_attempt(None, "current", answers_for({"D1": 5, "D5": 2}), completed=True)
    area = make_area(vault)
    area.tabs.setCurrentIndex(MIRROR)
    overview = area.mirror_view.overview
    assert overview.mentees.rowCount() == 2
    overview.mentee_combo.setCurrentIndex(overview.mentees.row_of(mentee_id))
    assert "No answers" in overview.status_label.text()
    qtbot.mouseClick(overview.enter_button, Qt.MouseButton.LeftButton)
    assert area.mirror_view.entering
    assert SENTINEL in area.mirror_view.entry_heading.text()
    questionnaire = area.mirror_view.questionnaire
    mirror_answers = answers_for({"D1": 3, "D5": 4}, default=4)
    for index in range(8):
        key_answer(qtbot, questionnaire, page_values(mirror_answers, index))
        if index < 7:
            qtbot.keyClick(questionnaire.item_rows[0], Qt.Key.Key_PageDown)
    assert questionnaire.finish_button.text() == "Save their answers"
    qtbot.mouseClick(questionnaire.finish_button, Qt.MouseButton.LeftButton)
    assert not area.mirror_view.entering

    saved = [a for a in store.mindset_attempts() if a["variant"] == "mirror"]
    assert len(saved) == 1
    assert saved[0]["respondent"] == "mentee" and saved[0]["mentee_id"] == mentee_id
    assert saved[0]["completed_at"]

    assert overview.blind_spots_box.isVisibleTo(area)
    text = overview.blind_spots_label.text()
    names = {dim.id: dim.name for dim in INSTRUMENT.dimensions}
    assert f"D1 {names['D1']}: you rate yourself higher than your mentee" in text
    assert "you 5.00, your mentee 3.00" in text
    assert f"D5 {names['D5']}: you rate yourself lower than your mentee" in text
    assert "D2" not in text  # 4.00 both: no gap


# -- the lock cycle --------------------------------------------------------------------------


def test_clear_content_forgets_and_reopen_returns(
    qtbot: QtBot, vault: Vault, make_area: AreaFactory
) -> None:
    store = Store(vault)
    mentee_id = store.add_mentee(SENTINEL)
    store.save_mindset_attempt(None, "current", answers_for({}), completed=True)
    store.save_mindset_attempt(
        None,
        "mirror",
        answers_for({}, 3),
        completed=True,
        respondent="mentee",
        mentee_id=mentee_id,
    )
    area = make_area(vault)
    area.tabs.setCurrentIndex(TAKE)
    qtbot.mouseClick(area.take_view.start_view.start_button, Qt.MouseButton.LeftButton)
    questionnaire = area.take_view.questionnaire
    key_answer(qtbot, questionnaire, [5, 4, 3, 2])
    qtbot.keyClick(questionnaire.item_rows[0], Qt.Key.Key_PageDown)
    key_answer(qtbot, questionnaire, [1])
    assert SENTINEL in area.shown_text()  # history and the mirror list name the mentee

    area.flush()
    area.clear_content()
    shown = area.shown_text()
    assert SENTINEL not in shown
    assert "Zebedee" not in shown
    assert questionnaire.answers() == {}
    assert not any(row.answered for row in questionnaire.item_rows)
    assert area.history_view.attempts.rowCount() == 0
    assert area.mirror_view.overview.mentees.rowCount() == 0
    assert not area.results_view.profile_chart.has_data()
    assert all(not card.score_label.text() for card in area.results_view.dimension_cards)

    area.on_vault_opened(vault)
    assert area.tabs.currentIndex() == TAKE
    assert area.take_view.answering
    assert questionnaire.current_index == 1
    assert len(questionnaire.answers()) == 5
    assert questionnaire.item_rows[0].scale_buttons[1].isChecked()
    assert area.history_view.attempts.rowCount() == 3
    assert area.results_view.profile_chart.has_data()


def test_lock_cycle_in_the_window_saves_forgets_and_returns(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "lock.vault"
    with Vault.create(path, key=raw_key) as setup:
        Store(setup).add_mentee(SENTINEL)
    area = MindsetArea(Navigator())
    window = make_window(path, areas=[area])
    window.session.open_with(Vault.open(path, key=raw_key))
    window.show_area_named("mindset")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    area.tabs.setCurrentIndex(TAKE)
    qtbot.mouseClick(area.take_view.start_view.start_button, Qt.MouseButton.LeftButton)
    questionnaire = area.take_view.questionnaire
    key_answer(qtbot, questionnaire, [2, 3])  # locked before the debounce timer fires
    area.tabs.setCurrentIndex(MIRROR)
    assert area.mirror_view.overview.mentee_combo.currentText() == SENTINEL

    with qtbot.waitSignal(window.session.vault_locked):
        window.session.lock()
    assert SENTINEL not in area.shown_text()
    assert area.mirror_view.overview.mentee_combo.currentText() == ""
    with Vault.open(path, key=raw_key) as check:
        saved = Store(check).mindset_attempts()
    assert len(saved) == 1 and len(saved[0]["answers"]) == 2  # flushed on lock

    window.session.open_with(Vault.open(path, key=raw_key))
    assert area.tabs.currentIndex() == MIRROR
    assert area.mirror_view.overview.mentee_combo.currentText() == SENTINEL
    assert area.take_view.answering
    assert len(questionnaire.answers()) == 2
