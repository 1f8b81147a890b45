"""The save manager in the real window, with writes that really fail (RLIMIT_FSIZE: the
disk is "full" for this process): every retry writes the text under the key it was typed
for, whatever the window shows by then, and what a lock finds unsaved is kept in memory only
and offered back after the unlock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultError, VaultKey
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.ui.window import MainWindow
from tests.no_replace import files_limited_to
from tests.ui.conftest import WindowFactory
from tests.ui.test_mindset_area import click_answer

BIG_A = "session A's long paragraph that does not fit on the disk " * 5000


@contextmanager
def disk_full(vault_path: Path, limit: int | None = None) -> Iterator[None]:
    """Files of this process may grow only a little past the vault's current size (or not
    past `limit` bytes). Everything typed inside fails to save, whenever a timer fires."""
    files = [vault_path, vault_path.with_name(vault_path.name + "-wal")]
    if limit is None:
        limit = max(p.stat().st_size for p in files if p.exists()) + 8192
    with files_limited_to(limit):
        yield


def _window(
    make_window: WindowFactory, tmp_path: Path, key: VaultKey, **options: object
) -> tuple[MainWindow, Store, dict[str, int]]:
    path = tmp_path / "x.vault"
    with Vault.create(path, key=key) as vault:
        store = Store(vault)
        mid = store.add_mentee("Mentee One", background="one's background")
        other = store.add_mentee("Mentee Two", background="two's background")
        sid_a = store.add_session(mid, dt.datetime(2026, 1, 1, 9))
        sid_b = store.add_session(mid, dt.datetime(2026, 1, 8, 9))
        store.save_note(mid, sid_a, "notes", "A before")
        store.save_note(mid, sid_b, "notes", "B before")
        store.save_agreement(Agreement(mentee_id=mid, cadence_weeks=2), [("Grow", "")])
    window = make_window(path, **options)
    window.session.open_with(Vault.open(path, key=key))
    window.session.vault.set_setting("backup_dir", str(tmp_path / "backups"))  # type: ignore[union-attr]
    ids = {"mentee": mid, "other": other, "a": sid_a, "b": sid_b}
    return window, Store(window.session.vault), ids  # type: ignore[arg-type]


def test_disk_full_then_switching_session_writes_each_text_under_its_own_key(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, store, ids = _window(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(ids["a"])  # type: ignore[attr-defined]
    editor = area.session_editor  # type: ignore[attr-defined]
    with disk_full(tmp_path / "x.vault"):
        editor.notes.editor.insertPlainText(BIG_A)
        with pytest.raises(VaultError):
            area.flush()
        area.open_session(ids["b"])  # type: ignore[attr-defined]  # its save fails again
        assert editor.record.session.id == ids["b"] and editor.notes.text() == "B before"
    editor.notes.editor.insertPlainText("B's own line. ")
    area.flush()  # space is back: the retry writes A's snapshot, and B's edit under B
    assert store.note(ids["mentee"], ids["a"], "notes") == BIG_A + "A before"
    assert store.note(ids["mentee"], ids["b"], "notes") == "B's own line. B before"
    assert not area.autosaver.pending  # type: ignore[attr-defined]


def test_disk_full_then_switching_mentee_keeps_each_background(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, store, ids = _window(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_mentee(ids["mentee"])  # type: ignore[attr-defined]
    with disk_full(tmp_path / "x.vault"):
        area.background.editor.insertPlainText(BIG_A)  # type: ignore[attr-defined]
        area.open_mentee(ids["other"])  # type: ignore[attr-defined]  # the save on the way fails
        assert area.background.text() == "two's background"  # type: ignore[attr-defined]
    assert area.autosaver.pending  # type: ignore[attr-defined]
    area.flush()  # space is back
    assert store.background(ids["mentee"]) == BIG_A + "one's background"
    assert store.background(ids["other"]) == "two's background"


def test_an_agreement_edit_is_saved_for_its_mentee_when_switching(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, store, ids = _window(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_mentee(ids["mentee"])  # type: ignore[attr-defined]
    form = area.agreement_editor.form  # type: ignore[attr-defined]
    form.goal_texts[0].clear()
    with disk_full(tmp_path / "x.vault", limit=4096):
        qtbot.keyClicks(form.goal_texts[0], "Delegate more")
        area.open_mentee(ids["other"])  # type: ignore[attr-defined]
    assert form.goal_texts[0].text() == ""  # Mentee Two has no agreement on screen
    area.flush()
    assert [g.text for g in store.goals(ids["mentee"])] == ["Delegate more"]
    assert store.agreement(ids["other"]) is None


def _lock(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.session.vault_locked):
        window.lock()


def _on_disk(tmp_path: Path, needle: str) -> list[Path]:
    """Every file under the test's folders (vault, backups, config, home) that holds it."""
    found = []
    for path in tmp_path.parent.rglob("*"):
        if path.is_file() and needle.encode() in path.read_bytes():
            found.append(path)
    return found


def test_a_failed_save_is_kept_over_a_lock_and_offered_back(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, _store, ids = _window(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_session(ids["a"])  # type: ignore[attr-defined]
    with disk_full(tmp_path / "x.vault"):
        area.session_editor.notes.editor.insertPlainText(BIG_A)  # type: ignore[attr-defined]
        _lock(qtbot, window)  # the save on lock fails: the edit is held, in memory only
    assert BIG_A[:40] not in area.shown_text()
    assert not area.kept.banner.isVisible()  # type: ignore[attr-defined]
    assert _on_disk(tmp_path, BIG_A[:40]) == []
    window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    banner = area.kept.banner  # type: ignore[attr-defined]
    qtbot.waitUntil(banner.isVisible)
    text = banner.message.text()
    assert "1 change(s) could not be saved" in text and "Notes of the session of" in text
    assert "Mentee One" in text
    assert area.session_editor.notes.text() == "A before"  # type: ignore[attr-defined]
    area.open_session(ids["b"])  # type: ignore[attr-defined]  # the mentor is elsewhere now
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    store = Store(window.session.vault)  # type: ignore[arg-type]
    assert store.note(ids["mentee"], ids["a"], "notes") == BIG_A + "A before"
    assert store.note(ids["mentee"], ids["b"], "notes") == "B before"
    editor = area.session_editor  # type: ignore[attr-defined]
    assert editor.record.session.id == ids["a"]  # shown where it landed
    assert editor.notes.text() == BIG_A + "A before"


def test_a_kept_edit_can_be_let_go_and_is_forgotten(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, _store, ids = _window(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    area.open_mentee(ids["other"])  # type: ignore[attr-defined]
    with disk_full(tmp_path / "x.vault"):
        area.background.editor.insertPlainText(BIG_A)  # type: ignore[attr-defined]
        _lock(qtbot, window)
    window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    banner = area.kept.banner  # type: ignore[attr-defined]
    qtbot.waitUntil(banner.isVisible)
    assert "Background of Mentee Two" in banner.message.text()
    qtbot.mouseClick(banner.discard_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible() and area.autosaver.held() == []  # type: ignore[attr-defined]
    store = Store(window.session.vault)  # type: ignore[arg-type]
    assert store.background(ids["other"]) == "two's background"
    _lock(qtbot, window)
    window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    assert not banner.isVisible()


def test_put_back_on_a_still_full_disk_keeps_offering(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    clock = ManualClock()
    window, _store, ids = _window(make_window, tmp_path, raw_key, clock=clock)
    window.idle.set_timeout_ms(60_000)
    window.idle.start()
    area = window.area("mentees")
    area.open_session(ids["a"])  # type: ignore[attr-defined]
    with disk_full(tmp_path / "x.vault"):
        area.session_editor.notes.editor.insertPlainText(BIG_A)  # type: ignore[attr-defined]
        window.idle.check_now()
        clock.advance(61)  # the mentor walked away: the idle lock
        with qtbot.waitSignal(window.session.vault_locked, timeout=10_000):
            window.idle.check_now()
        window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
        banner = area.kept.banner  # type: ignore[attr-defined]
        qtbot.waitUntil(banner.isVisible)
        qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
        assert banner.isVisible() and "could not save your notes" in banner.message.text()
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    store = Store(window.session.vault)  # type: ignore[arg-type]
    assert store.note(ids["mentee"], ids["a"], "notes") == BIG_A + "A before"


def test_mindset_answers_a_lock_kept_are_offered_back(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, _store, _ids = _window(make_window, tmp_path, raw_key)
    area = window.area("mindset")
    window.show_area_named("mindset")
    qtbot.mouseClick(area.take_view.start_view.start_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    questionnaire = area.take_view.questionnaire  # type: ignore[attr-defined]
    with disk_full(tmp_path / "x.vault", limit=4096):
        click_answer(qtbot, questionnaire, [4, 2, 5, 3])
        _lock(qtbot, window)
    assert questionnaire.answers() == {}
    window.session.open_with(Vault.open(tmp_path / "x.vault", key=raw_key))
    banner = area.kept_banner  # type: ignore[attr-defined]
    qtbot.waitUntil(banner.isVisible)
    assert "Your answers to the assessment" in banner.message.text()
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    attempts = Store(window.session.vault).mindset_attempts()  # type: ignore[arg-type]
    assert len(attempts) == 1 and sorted(attempts[0]["answers"].values()) == [2, 3, 4, 5]
    assert sorted(v for v in questionnaire.answers().values() if v is not None) == [2, 3, 4, 5]


def test_coming_back_to_an_unsaved_session_shows_it_as_typed(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    """Typing on after a failed save starts from what was typed, not from the vault's copy
    (which would make the next snapshot drop the unsaved text)."""
    window, store, ids = _window(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    editor = area.session_editor  # type: ignore[attr-defined]
    with disk_full(tmp_path / "x.vault"):
        area.open_session(ids["a"])  # type: ignore[attr-defined]
        editor.notes.editor.insertPlainText(BIG_A)
        area.open_session(ids["b"])  # type: ignore[attr-defined]  # the save fails
        area.open_session(ids["a"])  # type: ignore[attr-defined]  # and again
        assert editor.notes.text() == BIG_A + "A before"
        # A long note loads in steps, read-only until it is all there: type once it is.
        qtbot.waitUntil(lambda: not editor.notes.editor.loading)
        editor.notes.editor.moveCursor(editor.notes.editor.textCursor().MoveOperation.End)
        editor.notes.editor.insertPlainText(" And more.")
    area.flush()
    assert store.note(ids["mentee"], ids["a"], "notes") == BIG_A + "A before And more."
    assert store.note(ids["mentee"], ids["b"], "notes") == "B before"
