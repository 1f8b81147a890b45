"""Start/End the session records when it actually started and how long it lasted: the next
brief counts the days from it and Home shows it as the last session (the injected clock)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory

NOW = dt.datetime(2026, 1, 20, 10, 0)
PLANNED = dt.datetime(2026, 1, 27, 9, 0)  # a week ahead: held early, as in the report
NEXT = dt.datetime(2026, 2, 10, 9, 0)


def _open(
    make_window: WindowFactory, tmp_path: Path, key: VaultKey
) -> tuple[MainWindow, ManualClock, int, int, int]:
    path = tmp_path / "s.vault"
    clock = ManualClock(NOW)
    window = make_window(path, clock=clock)
    with Vault.create(path, key=key) as vault:
        store = Store(vault)
        mid = store.add_mentee("Robin")
        held = store.add_session(mid, PLANNED, duration_min=60)
        nxt = store.add_session(mid, NEXT)
    window.session.open_with(Vault.open(path, key=key))
    return window, clock, mid, held, nxt


def _store(window: MainWindow) -> Store:
    assert window.session.vault is not None
    return Store(window.session.vault)


def test_start_and_end_record_the_actual_start_and_duration(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, mid, held, nxt = _open(make_window, tmp_path, raw_key)
    window.show_area_named("mentees")
    area = window.area("mentees")
    area.open_session(held)  # type: ignore[attr-defined]
    editor = area.session_editor  # type: ignore[attr-defined]
    clock.advance(90)  # pressed at 10:01:30
    editor.in_session_button.click()
    session = _store(window).session(held)
    assert session is not None and session.starts_at == dt.datetime(2026, 1, 20, 10, 1)
    clock.advance(47 * 60)
    editor.in_session_button.click()  # End the session
    session = _store(window).session(held)
    assert session is not None and session.duration_min == 47
    assert editor.duration.value() == 47

    clock.advance(24 * 3600)  # the next day, preparing the next session
    area.open_session(nxt)  # type: ignore[attr-defined]
    editor.tabs.setCurrentWidget(editor.prepare)  # End left the Follow-up tab on screen
    shown = "\n".join(_texts(editor.prepare))
    assert "1 day since the last session" in shown.replace("*", "")

    window.show_area_named("home")
    home = window.area("home")
    home.reload()  # type: ignore[attr-defined]
    model = home.portfolio_model  # type: ignore[attr-defined]
    column = model.COLUMNS.index("last")
    assert model.data(model.index(0, column)) != model.tr("None yet")
    rows = home.portfolio.rows  # type: ignore[attr-defined]
    assert [r.last_session for r in rows if r.mentee_id == mid] == [dt.date(2026, 1, 20)]


def test_a_lock_in_the_middle_of_a_session_records_its_duration_so_far(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, _mid, held, _nxt = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(held)  # type: ignore[attr-defined]
    editor = area.session_editor  # type: ignore[attr-defined]
    editor.in_session_button.click()
    clock.advance(20 * 60)
    window.action_lock.trigger()
    assert not window.session.is_unlocked
    window.session.open_with(Vault.open(tmp_path / "s.vault", key=raw_key))
    session = _store(window).session(held)
    assert session is not None
    assert (session.starts_at, session.duration_min) == (NOW, 20)
    assert not editor.in_session_button.isChecked()


def test_ending_a_session_seconds_after_starting_records_a_minute_not_zero(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, clock, _mid, held, _nxt = _open(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(held)  # type: ignore[attr-defined]
    editor = area.session_editor  # type: ignore[attr-defined]
    editor.in_session_button.click()
    clock.advance(5)
    editor.in_session_button.click()
    session = _store(window).session(held)
    assert session is not None and session.duration_min == 1


def _texts(root: object) -> list[str]:
    from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

    assert isinstance(root, QWidget)
    return [w.text() for w in root.findChildren(QLabel)] + [
        w.toPlainText() for w in root.findChildren(QTextBrowser)
    ]
