"""Every date the UI proposes or records comes from the injected clock, not the machine's:
a ManualClock set years away from today shows in each default and each recorded day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.guides.mindset import load_mindset_instrument
from mentorpad.guides.playbook import load_playbook
from mentorpad.models import Vault, VaultKey
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.ui.areas.mentees.agreement import AgreementWizard
from mentorpad.ui.areas.mentees.area import MenteesArea
from mentorpad.ui.areas.mentees.mentee_dialog import MenteeDialog
from mentorpad.ui.areas.mentees.session_editor import CommitmentDialog
from mentorpad.ui.areas.mindset.area import MindsetArea
from mentorpad.ui.areas.playbook.area import PlaybookArea
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_next_dialog

NOW = dt.datetime(2031, 2, 27, 10, 0)  # a Thursday, years from the machine's today
TODAY = NOW.date()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.fixture
def opened(
    make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> Iterator[tuple[MainWindow, int]]:
    """The window on a vault with one mentee (no agreement, no sessions), on the clock."""
    path = tmp_path / "clock.vault"
    window = make_window(path, clock=ManualClock(NOW))
    with Vault.create(path, key=raw_key) as vault:
        mentee = Store(vault).add_mentee("Robin", start_date=dt.date(2030, 9, 1))
    window.session.open_with(Vault.open(path, key=raw_key))
    yield window, mentee


def _mentees(window: MainWindow, mentee_id: int | None = None) -> MenteesArea:
    window.show_area_named("mentees")
    area = window.area("mentees")
    assert isinstance(area, MenteesArea)
    if mentee_id is not None:
        area.open_mentee(mentee_id)
    return area


def test_a_new_agreement_runs_from_the_clocks_today(
    qtbot: QtBot, opened: tuple[MainWindow, int]
) -> None:
    window, mentee = opened
    area = _mentees(window, mentee)
    area.tabs.setCurrentWidget(area.agreement_editor)
    form = area.agreement_editor.form
    assert form.term_start.date() == _qdate(TODAY)
    assert form.closing.date() == _qdate(dt.date(2031, 8, 27))  # six months on
    assert form.midpoint.date() == _qdate(dt.date(2031, 5, 28))  # half way
    qtbot.keyClicks(form.goal_texts[0], "Plan the quarter with the team")
    qtbot.mouseClick(area.agreement_editor.save_button, Qt.MouseButton.LeftButton)
    assert area.store is not None
    saved = area.store.agreement(mentee)
    assert saved is not None
    assert (saved.term_start, saved.agreed_on) == (TODAY, TODAY)


def test_the_guided_setup_starts_the_term_on_the_clocks_today(
    qtbot: QtBot, opened: tuple[MainWindow, int]
) -> None:
    window, mentee = opened
    area = _mentees(window, mentee)
    seen: list[QDate] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AgreementWizard)
        seen.append(dialog.form.term_start.date())
        dialog.reject()

    answer_next_dialog(look)
    area.agreement_editor.run_guided()
    assert seen == [_qdate(TODAY)]


def test_a_new_mentee_starts_on_the_clocks_today(
    qtbot: QtBot, opened: tuple[MainWindow, int]
) -> None:
    window, _ = opened
    area = _mentees(window)
    proposed: list[QDate] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MenteeDialog)
        proposed.append(dialog.start_date.date())
        dialog.display_name.setText("Falcon")
        dialog.accept()

    answer_next_dialog(fill)
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.mentee is not None and area.mentee.display_name == "Falcon")
    assert proposed == [_qdate(TODAY)]
    assert area.mentee is not None and area.mentee.start_date == TODAY


def test_a_commitment_is_due_and_done_by_the_clock(
    qtbot: QtBot, opened: tuple[MainWindow, int]
) -> None:
    window, mentee = opened
    area = _mentees(window, mentee)
    area.tabs.setCurrentWidget(area.sessions_tab)
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    editor = area.session_editor
    assert editor.record is not None
    proposed: list[QDate] = []

    def commit(dialog: QWidget) -> None:
        assert isinstance(dialog, CommitmentDialog)
        proposed.append(dialog.due.date())
        dialog.text.setText("Hand the Monday plan to Sam")
        dialog.accept()

    answer_next_dialog(commit)
    editor.capture_commitment()
    qtbot.waitUntil(lambda: editor.commitment_model.rowCount() == 1)
    assert proposed == [_qdate(TODAY + dt.timedelta(days=14))]

    model = editor.commitment_model
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert area.store is not None
    (done,) = area.store.commitments(mentee_id=mentee)
    assert done.due_date == TODAY + dt.timedelta(days=14)
    assert done.done_on == TODAY


def test_the_playbook_plans_a_session_from_the_clocks_today(
    qtbot: QtBot, opened: tuple[MainWindow, int]
) -> None:
    """The composition root hands the playbook the window's clock (it had its own)."""
    window, mentee = opened
    assert window.session.vault is not None
    Store(window.session.vault).save_agreement(
        Agreement(mentee_id=mentee, cadence_weeks=2), [("Delegate more", "")]
    )
    window.show_area_named("playbook")
    area = window.area("playbook")
    assert isinstance(area, PlaybookArea)
    assert area.choose_mentee(mentee)
    entry = next(e for e in load_playbook("en") if e.id == "struggling.delegation")
    area.open_entry(entry.id)
    area.page.anchorClicked.emit(QUrl(f"agenda:{entry.questions[0].id}"))
    assert area.offer_bar.isVisibleTo(area)
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    (planned,) = Store(window.session.vault).sessions(mentee)
    assert planned.starts_at == dt.datetime(2031, 3, 13, 9, 0)  # two weeks on, at 09:00


def test_mindset_evidence_counts_the_sessions_held_by_the_clocks_today(
    qtbot: QtBot, vault: Vault
) -> None:
    """Sessions a few weeks before the clock's today are held, so they are evidence (by the
    machine's today they would all still be to come)."""
    store = Store(vault)
    mentee = store.add_mentee("Robin")
    for days, share in ((40, 70), (10, 40)):
        when = dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(10))
        session = store.add_session(mentee, when)
        store.update_session(session, talk_share=share, advised_first=False)
    answers: dict[str, int | None] = {
        item.id: 3 for dim in load_mindset_instrument("current").dimensions for item in dim.items
    }
    store.save_mindset_attempt(None, "current", answers, completed=True, when=NOW)
    area = MindsetArea(Navigator(), clock=ManualClock(NOW))
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    area.on_vault_opened(vault)
    try:
        listening = area.results_view.dimension_cards[0]
        assert listening.evidence_box.isVisibleTo(area.results_view)
        assert "55%" in listening.evidence_label.text()  # (70 + 40) / 2
    finally:
        area.clear_content()
