"""Across areas, in the real window: the playbook feeds a session the Mentees area owns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentorpad.guides import load_playbook
from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from tests.ui.conftest import WindowFactory


def test_question_from_the_playbook_lands_on_the_agenda(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "i.vault"
    window = make_window(path)
    window.session.open_with(Vault.create(path, key=raw_key))
    store = Store(window.session.vault)  # type: ignore[arg-type]
    mid = store.add_mentee("Integration Ibis", stage="struggling")
    planned = store.add_session(mid, dt.datetime.now() + dt.timedelta(days=5), agenda="- opener")
    window.session.vault_unlocked.emit()

    # The session is open (with the agenda on screen) while the playbook adds to it.
    mentees = window.area("mentees")
    mentees.open_session(planned)  # type: ignore[attr-defined]
    playbook = window.area("playbook")
    window.show_area_named("playbook")
    entry = next(e for e in load_playbook() if e.id == "struggling.delegation")
    assert playbook.open_entry(entry.id)  # type: ignore[attr-defined]
    chooser = playbook.mentee_chooser  # type: ignore[attr-defined]
    chooser.setCurrentIndex(chooser.findData(mid))
    question = entry.questions[0]
    playbook.add_question_to_agenda(question)  # type: ignore[attr-defined]

    editor = mentees.session_editor  # type: ignore[attr-defined]
    assert question.text in editor.agenda.text()
    assert editor.agenda.text().startswith("- opener")
    mentees.flush()
    assert question.text in store.note(mid, planned, "agenda")
    assert question.global_id in store.asked_questions(mid)

    # Tagging the theme from the playbook updates the open session too.
    playbook.tag_button.click()  # type: ignore[attr-defined]
    assert "struggling.delegation" in editor.themes.themes
    assert store.session(planned).themes == ("struggling.delegation",)  # type: ignore[union-attr]

    # And the tag opens its entry again from the session.
    editor.theme_opened.emit("struggling.delegation")
    assert window.area_stack.currentWidget() is playbook
