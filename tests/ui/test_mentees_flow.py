"""The three moments end to end on the real window: prepare, take notes, follow up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui.areas.mentees.area import MenteesArea
from mentorpad.ui.areas.mentees.mentee_dialog import MenteeDialog
from mentorpad.ui.areas.mentees.session_editor import CommitmentDialog
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_next_dialog, click_button


def _open(make_window: WindowFactory, tmp_path: Path, key: VaultKey) -> MainWindow:
    path = tmp_path / "flow.vault"
    window = make_window(path)
    window.session.open_with(Vault.create(path, key=key))
    return window


def _mentees(window: MainWindow) -> MenteesArea:
    area = window.area("mentees")
    assert isinstance(area, MenteesArea)
    window.show_area_named("mentees")
    return area


def _add_mentee(qtbot: QtBot, area: MenteesArea, name: str) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MenteeDialog)
        dialog.display_name.setText(name)
        dialog.stage.setCurrentIndex(1)  # new in the role
        dialog.accept()

    answer_next_dialog(fill)
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.mentee is not None and area.mentee.display_name == name)


def test_prepare_take_notes_follow_up(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    area = _mentees(window)
    assert area.right.currentWidget() is area.empty
    _add_mentee(qtbot, area, "Falcon")
    store = area.store
    assert store is not None

    # The agreement: one goal, saved.
    area.tabs.setCurrentIndex(1)
    form = area.agreement_editor.form
    qtbot.keyClicks(form.goal_texts[0], "Delegate the weekly planning to the team")
    qtbot.keyClicks(form.goal_indicators[0], "Two tasks handed over")
    qtbot.mouseClick(area.agreement_editor.save_button, Qt.MouseButton.LeftButton)
    agreement = store.agreement(area.mentee.id)  # type: ignore[union-attr]
    assert agreement is not None and agreement.goals[0].text.startswith("Delegate")
    assert "nothing leaves" in agreement.confidentiality.lower() or agreement.confidentiality

    # Prepare: plan a session, add a suggested question to its agenda.
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    editor = area.session_editor
    assert editor.record is not None
    first_session = editor.record.session.id
    assert "Add to agenda" in editor.suggestions.toPlainText(), (
        "the brief suggests playbook questions for a new mentee with a goal"
    )
    editor.suggestions.anchorClicked.emit(QUrl("add:0"))  # the first suggestion's link
    assert "Added to the agenda" in editor.suggestions.toPlainText()
    assert editor.agenda.text().startswith("- ")
    asked = store.asked_questions(area.mentee.id)  # type: ignore[union-attr]
    assert len(asked) == 1

    # During: in-session notes, a commitment, a theme, a rating.
    qtbot.mouseClick(editor.in_session_button, Qt.MouseButton.LeftButton)
    assert editor.modes.currentIndex() == 1
    qtbot.keyClicks(editor.notes.editor, "She wants to hand over planning.")

    def commit(dialog: QWidget) -> None:
        assert isinstance(dialog, CommitmentDialog)
        dialog.text.setText("Hand the Monday plan to Sam")
        dialog.accept()

    answer_next_dialog(commit)
    editor.capture_commitment()
    qtbot.waitUntil(lambda: editor.commitment_model.rowCount() == 1)
    picker = editor.in_session_themes.picker
    index = picker.findData("struggling.delegation")
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    assert "struggling.delegation" in editor.themes.themes
    assert "handing it over" in editor.at_hand.toPlainText()
    qtbot.mouseClick(editor.in_session_button, Qt.MouseButton.LeftButton)
    assert editor.modes.currentIndex() == 0
    row = editor.rating_rows[0]
    row.rating.setCurrentIndex(3)
    row.rating.activated.emit(3)
    qtbot.waitUntil(lambda: not area.autosaver.pending, timeout=5000)

    record = store.session_record(first_session)
    assert record is not None
    assert record.notes["notes"] == "She wants to hand over planning."
    assert record.session.themes == ("struggling.delegation",)
    assert record.ratings[0].rating == 3
    assert record.commitments[0].text == "Hand the Monday plan to Sam"

    # Follow-up shows in the next session's brief.
    store.update_session(first_session, starts_at=dt.datetime.now() - dt.timedelta(days=3))
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    assert editor.record is not None and editor.record.session.id != first_session
    brief = editor.brief.toPlainText()
    assert "Hand the Monday plan to Sam" in brief
    assert "3/5" in brief
    assert "She wants to hand over planning." in brief


def test_lock_saves_the_edit_and_clears_everything(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    area = _mentees(window)
    _add_mentee(qtbot, area, "Sentinel Heron")
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    editor = area.session_editor
    editor.tabs.setCurrentIndex(1)
    qtbot.keyClicks(editor.notes.editor, "typed just before the lock ZEBRA")
    assert area.autosaver.pending
    session_id = editor.record.session.id  # type: ignore[union-attr]
    window.activateWindow()  # the offscreen platform does not restore it after a dialog
    qtbot.waitUntil(window.isActiveWindow)
    editor.notes.editor.setFocus()

    with qtbot.waitSignal(window.session.vault_locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    for each in window.areas:
        shown = each.shown_text()
        assert "ZEBRA" not in shown and "Sentinel Heron" not in shown, each.objectName()
    assert not editor.notes.editor.document().isUndoAvailable()
    assert "Heron" not in window.windowTitle()

    with Vault.open(tmp_path / "flow.vault", key=raw_key) as check:
        check_store = Store(check)
        owner = check_store.session(session_id)
        assert owner is not None and "ZEBRA" in check_store.note(
            owner.mentee_id, session_id, "notes"
        )

    window.session.open_with(Vault.open(tmp_path / "flow.vault", key=raw_key))
    assert area.mentee is not None and area.mentee.display_name == "Sentinel Heron"
    assert editor.record is not None and editor.record.session.id == session_id
    assert "ZEBRA" in editor.notes.text()


def test_delete_mentee_asks_and_removes_everything(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    area = _mentees(window)
    _add_mentee(qtbot, area, "Short Lived")
    qtbot.mouseClick(area.plan_button, Qt.MouseButton.LeftButton)
    answer_next_dialog(click_button("Cancel"))
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)
    assert area.store is not None and area.store.find_mentee("Short Lived") is not None
    answer_next_dialog(click_button("Delete permanently"))
    qtbot.mouseClick(area.delete_button, Qt.MouseButton.LeftButton)
    assert area.store.find_mentee("Short Lived") is None
    assert area.store.sessions() == []
    assert area.right.currentWidget() is area.empty


def test_search_opens_the_place(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    vault = window.session.vault
    assert vault is not None
    store = Store(vault)
    mid = store.add_mentee("Owl")
    sid = store.add_session(mid, dt.datetime(2026, 3, 1, 9))
    store.save_note(mid, sid, "notes", "first line\nthe budget conversation went well")
    window.session.vault_unlocked.emit()  # areas reload, as after an unlock
    search = window.area("search")
    window.show_area_named("search")
    qtbot.keyClicks(search.query, "budg")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)  # type: ignore[attr-defined]
    qtbot.keyClick(search.query, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    area = window.area("mentees")
    assert window.area_stack.currentWidget() is area
    editor = area.session_editor  # type: ignore[attr-defined]
    assert editor.record.session.id == sid
    assert editor.tabs.currentIndex() == 1
    assert editor.notes.editor.textCursor().selectedText().lower() == "budg"
