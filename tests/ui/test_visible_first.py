"""What is hidden is read when it is shown: opening a mentee does not build the development
view behind its tab, switching sessions on the Notes tab does not build the prep brief, and
the brief lists the first open commitments due, not all of them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui.areas.mentees.area import MenteesArea
from mentorpad.ui.areas.mentees.session_editor.prepare import BRIEF_COMMITMENTS
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory

TODAY = dt.date.today()


def _window(make_window: WindowFactory, tmp_path: Path, key: VaultKey) -> MainWindow:
    path = tmp_path / "visible.vault"
    vault = Vault.create(path, key=key)
    store = Store(vault)
    for name in ("Ada", "Bram"):
        mentee = store.add_mentee(name, stage="new", start_date=TODAY - dt.timedelta(days=90))
        for weeks in (8, 4, 1):
            when = dt.datetime.combine(TODAY - dt.timedelta(weeks=weeks), dt.time(10))
            session = store.add_session(mentee, when, kind="regular")
            store.save_note(mentee, session, "notes", f"{name} notes {weeks} weeks ago")
    window = make_window(path)
    window.session.open_with(vault)
    window.show_area_named("mentees")
    return window


def _area(window: MainWindow) -> MenteesArea:
    area = window.area("mentees")
    assert isinstance(area, MenteesArea)
    return area


def _mentee_id(area: MenteesArea, name: str) -> int:
    assert area.store is not None
    return next(m.id for m in area.store.mentees() if m.display_name == name)


def test_development_view_loads_when_its_tab_is_shown(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    area = _area(_window(make_window, tmp_path, raw_key))
    view = area.development
    assert view is not None
    area.tabs.setCurrentIndex(0)  # Overview
    area.open_mentee(_mentee_id(area, "Ada"))
    assert view.timeline_model.rowCount() == 0, "nothing read behind a hidden tab"  # type: ignore[attr-defined]

    area.tabs.setCurrentWidget(view)
    assert view.development().mentee.id == _mentee_id(area, "Ada")  # type: ignore[attr-defined]
    assert view.timeline_model.rowCount() > 0  # type: ignore[attr-defined]

    # Shown while another mentee is opened: it follows at once.
    area.open_mentee(_mentee_id(area, "Bram"))
    assert view.development().mentee.id == _mentee_id(area, "Bram")  # type: ignore[attr-defined]

    # Hidden again, a third switch is remembered for the next time it is shown.
    area.tabs.setCurrentIndex(0)
    area.open_mentee(_mentee_id(area, "Ada"))
    assert view.development().mentee.id == _mentee_id(area, "Bram")  # type: ignore[attr-defined]
    area.tabs.setCurrentWidget(view)
    assert view.development().mentee.id == _mentee_id(area, "Ada")  # type: ignore[attr-defined]


def test_prep_brief_follows_the_session_when_prepare_is_shown(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    area = _area(_window(make_window, tmp_path, raw_key))
    ada = _mentee_id(area, "Ada")
    area.open_mentee(ada)
    assert area.store is not None
    sessions = sorted(area.store.sessions(ada), key=lambda s: s.starts_at)
    editor = area.session_editor
    area.open_session(sessions[1].id)
    editor.tabs.setCurrentWidget(editor.prepare)
    assert "8 weeks ago" in editor.brief.toPlainText(), "the brief shows the session before"

    editor.tabs.setCurrentWidget(editor.notes_tab)
    area.open_session(sessions[2].id)
    assert editor.record is not None and editor.record.session.id == sessions[2].id
    assert "8 weeks ago" in editor.brief.toPlainText(), "not rebuilt behind a hidden tab"
    editor.tabs.setCurrentWidget(editor.prepare)
    assert "4 weeks ago" in editor.brief.toPlainText(), "refreshed when Prepare is shown"
    assert "8 weeks ago" not in editor.brief.toPlainText()


def test_brief_lists_the_first_commitments_due(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _window(make_window, tmp_path, raw_key)
    area = _area(window)
    ada = _mentee_id(area, "Ada")
    assert area.store is not None
    session = sorted(area.store.sessions(ada), key=lambda s: s.starts_at)[-1]
    extra = 7
    for n in range(BRIEF_COMMITMENTS + extra):
        due = TODAY + dt.timedelta(days=n)
        area.store.add_commitment(
            ada, f"Commitment number {n:02d}", session_id=session.id, due_date=due
        )
    area.open_mentee(ada)
    area.tabs.setCurrentIndex(2)  # Sessions
    plan_at = dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(10))
    upcoming = area.store.add_session(ada, plan_at, kind="regular")
    area.sessions_tab.reload_sessions()
    area.open_session(upcoming)
    editor = area.session_editor
    editor.tabs.setCurrentWidget(editor.prepare)
    text = editor.brief.toPlainText()
    first = [f"Commitment number {n:02d}" for n in range(BRIEF_COMMITMENTS)]
    assert all(line in text for line in first), text
    assert f"Commitment number {BRIEF_COMMITMENTS:02d}" not in text
    total = BRIEF_COMMITMENTS + extra
    assert f"{BRIEF_COMMITMENTS} of {total} shown here; every one is on the Follow-up tab" in text
