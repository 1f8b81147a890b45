"""Huge input on real widgets (issue 17): a pasted 200,000-character line, a 50,000-line
note, 1,500 levels of nested list, a 10 MB paste, a 100 KB query and a 10,000-character
name. Each is shown as typed (in steps where it is long), loses nothing and still autosaves.
How fast is for `make bench` (huge_input_stall); nothing here measures time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.render import PREVIEW_CHUNK, SOFT_BREAK, SOFT_BREAK_EVERY
from mentorpad.ui.areas.mentees.area import MenteesArea
from mentorpad.ui.areas.search.area import SearchArea
from mentorpad.ui.labels.names import NAME_CHARS
from mentorpad.ui.widgets.editors import (
    MAX_LINE_CHARS,
    MAX_NOTE_CHARS,
    MarkdownEditor,
    PlainTextEditor,
)
from mentorpad.ui.widgets.render_view import MORE_URL, NoteView
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory

BLOB = "".join(chr(ord("a") + (i * 7) % 26) for i in range(200_000))
LINES = "\n".join(f"- {i:05d} follow up with the team" for i in range(50_000))
NESTED = "\n".join("  " * i + f"- level {i}" for i in range(1_500))


def _mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def _show_everything(view: NoteView) -> str:
    """Click "Show more" until the whole note is laid out; the text shown, breaks removed."""
    clicks = 0
    if view.has_more:
        assert view.toPlainText().endswith("Show more")
    while view.has_more:
        view.anchorClicked.emit(QUrl(MORE_URL))
        clicks += 1
        assert clicks < 1_000
    return view.toPlainText().replace(SOFT_BREAK, "")


def _longest_unbroken(text: str) -> int:
    return max(len(run) for run in re.split(rf"[\s{SOFT_BREAK}]", text))


def test_a_200k_line_preview_shows_a_chunk_then_all_of_it(qtbot: QtBot) -> None:
    view = NoteView()
    qtbot.addWidget(view)
    view.set_markdown(BLOB)
    first = view.toPlainText()
    assert view.has_more and "Show more" in first
    assert first.replace(SOFT_BREAK, "").startswith(BLOB[:PREVIEW_CHUNK])
    assert _longest_unbroken(first) <= SOFT_BREAK_EVERY
    assert _show_everything(view) == BLOB  # every character, as typed, nothing added
    view.set_markdown("short")  # a new note starts over
    assert not view.has_more and view.toPlainText() == "short"


def test_copy_from_the_preview_carries_the_text_without_break_opportunities(
    qtbot: QtBot,
) -> None:
    view = NoteView()
    qtbot.addWidget(view)
    view.set_markdown(BLOB[:5_000])
    view.selectAll()
    copied = view.createMimeDataFromSelection().text()
    assert SOFT_BREAK not in copied and copied == BLOB[:5_000]


def test_50000_lines_and_1500_levels_of_list_are_all_there(qtbot: QtBot) -> None:
    view = NoteView()
    qtbot.addWidget(view)
    view.set_markdown(LINES)
    assert view.has_more
    shown = _show_everything(view)
    assert re.findall(r"\d{5} follow up with the team", shown) == [
        f"{i:05d} follow up with the team" for i in range(50_000)
    ]
    view.set_markdown(NESTED)
    levels = [int(n) for n in re.findall(r"level (\d+)", _show_everything(view))]
    assert levels == list(range(1_500))


def test_the_editor_takes_a_200k_line_paste_typing_and_undo(qtbot: QtBot) -> None:
    editor = MarkdownEditor("notes", "Notes")
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text("Before the paste: ")
    plain = editor.editor
    assert plain.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    plain.moveCursor(QTextCursor.MoveOperation.End)
    plain.insertFromMimeData(_mime(BLOB))
    assert plain.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    qtbot.keyClicks(plain, " typed after")
    full = "Before the paste: " + BLOB + " typed after"
    assert editor.text() == full
    document = plain.document()
    while editor.text() != "Before the paste: " and document.isUndoAvailable():
        plain.undo()  # Qt may merge the typing with the paste into one step
    assert editor.text() == "Before the paste: "
    while document.isRedoAvailable():
        plain.redo()
    assert editor.text() == full
    editor.refresh_preview()
    assert editor.preview.has_more
    editor.set_text("An ordinary note again.")  # wrapping at words comes back
    assert plain.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


def test_a_long_run_typed_or_loaded_switches_to_wrapping_anywhere(qtbot: QtBot) -> None:
    editor = PlainTextEditor()
    qtbot.addWidget(editor)
    editor.set_text("x" * 1_999)
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "yz")
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    editor.set_text(BLOB)
    assert editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert editor.toPlainText() == BLOB


def test_a_10_mb_paste_is_refused_with_a_message_and_loses_nothing(qtbot: QtBot) -> None:
    editor = PlainTextEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text("Notes typed before.")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.paste_refused) as refused:
        editor.insertFromMimeData(_mime("z" * (10 * 1024 * 1024)))
    assert refused.args == [10 * 1024 * 1024]
    assert editor.toPlainText() == "Notes typed before."
    box = editor.refusal
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Nothing was pasted" in box.text() and "unchanged" in box.text()
    box.accept()
    editor.document().undo()
    assert editor.toPlainText() == "Notes typed before."  # no half paste to undo
    # Up to the cap a paste is taken, even replacing a selection.
    editor.selectAll()
    editor.insertFromMimeData(_mime(("y" * 99 + "\n") * (MAX_NOTE_CHARS // 100)))
    assert len(editor.toPlainText()) == MAX_NOTE_CHARS


def test_a_paste_making_a_line_too_long_is_refused(qtbot: QtBot) -> None:
    editor = PlainTextEditor()
    qtbot.addWidget(editor)
    editor.set_text("abc\nsecond line")
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.moveCursor(QTextCursor.MoveOperation.EndOfLine)
    with qtbot.waitSignal(editor.paste_refused) as refused:  # joins "abc": one too many
        editor.insertFromMimeData(_mime("q" * (MAX_LINE_CHARS - 2)))
    assert refused.args == [MAX_LINE_CHARS + 1]
    assert editor.refusal is not None and "a line holds at most" in editor.refusal.text()
    assert editor.toPlainText() == "abc\nsecond line"
    editor.refusal.accept()
    editor.insertFromMimeData(_mime("q" * (MAX_LINE_CHARS - 3)))  # exactly the limit
    assert editor.toPlainText() == "abc" + "q" * (MAX_LINE_CHARS - 3) + "\nsecond line"
    editor.insertFromMimeData(_mime("\n" + "r" * MAX_LINE_CHARS + "\n"))  # lines of their own
    assert editor.toPlainText().count("r") == MAX_LINE_CHARS


def _window_with_session(
    make_window: WindowFactory, tmp_path: Path, key: VaultKey, name: str = "Huge Heron"
) -> tuple[MainWindow, Store, int, int]:
    path = tmp_path / "huge.vault"
    window = make_window(path)
    window.session.open_with(Vault.create(path, key=key))
    store = Store(window.session.vault)  # type: ignore[arg-type]
    mid = store.add_mentee(name)
    done = store.add_session(mid, dt.datetime.now() - dt.timedelta(days=7))
    store.save_note(mid, done, "notes", LINES)
    store.save_note(mid, done, "summary", BLOB)
    planned = store.add_session(mid, dt.datetime.now() + dt.timedelta(days=3), agenda=NESTED)
    window.session.vault_unlocked.emit()
    return window, store, mid, planned


def test_huge_notes_in_a_session_autosave_and_show_in_every_view(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, store, mid, planned = _window_with_session(make_window, tmp_path, raw_key)
    area = window.area("mentees")
    assert isinstance(area, MenteesArea)
    window.show_area_named("mentees")
    area.open_session(planned)
    editor = area.session_editor
    assert editor.agenda.text() == NESTED  # the editor holds the note exactly

    # The prep brief quotes the last session's 200k-character summary, breakable.
    brief = editor.brief.toPlainText()
    assert BLOB[:100] in brief.replace(SOFT_BREAK, "")
    assert _longest_unbroken(brief) <= SOFT_BREAK_EVERY

    # In the session: the agenda card shows every level; notes take a pasted blob and a
    # 50,000-line paste, and both autosave exactly.
    editor.in_session_button.click()
    assert re.findall(r"level (\d+)", _show_everything(editor.agenda_view)) == [
        str(i) for i in range(1_500)
    ]
    notes = editor.notes.editor
    notes.setFocus()
    notes.insertFromMimeData(_mime(BLOB))
    qtbot.keyClicks(notes, " ZED")
    qtbot.waitUntil(lambda: not area.autosaver.pending, timeout=10_000)
    assert store.note(mid, planned, "notes") == BLOB + " ZED"
    notes.moveCursor(QTextCursor.MoveOperation.End)
    notes.insertFromMimeData(_mime("\n" + LINES))
    qtbot.waitUntil(lambda: not area.autosaver.pending, timeout=10_000)
    assert store.note(mid, planned, "notes") == BLOB + " ZED\n" + LINES
    editor.in_session_button.click()

    # Reopening loads every character back into the editor.
    area.open_session(planned)
    assert editor.notes.text() == BLOB + " ZED\n" + LINES


def test_a_100_kb_query_searches_its_first_words_and_says_so(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, _store, _mid, _planned = _window_with_session(make_window, tmp_path, raw_key)
    search = window.area("search")
    assert isinstance(search, SearchArea)
    window.show_area_named("search")
    # Ten different words, all in the 50,000-line notes, then 100 KB of other words.
    first = "follow up with the team " + " ".join(f"{i:05d}" for i in range(5))
    query = (first + " " + "other words " * 9_000)[:100_000]
    search.query.setText(query)
    search.run_search()
    assert search.model.rowCount() >= 1
    assert "Only the first 10 different word" in search.count.text()
    assert search.query.text() == query  # taken whole, not cut at Qt's 32,767
    # A hit in the note holding the blob shows a short, breakable snippet.
    search.query.setText(BLOB[:20])
    search.run_search()
    shown = [search.model.index(r).data(Qt.ItemDataRole.UserRole + 1) for r in range(1)]
    assert shown and len(shown[0]) < 1_000


def test_a_10000_character_name_is_kept_whole_and_shown_short(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    name = "Ada " + "Lovelace" * 1_250 + " Byron"
    name = name[:10_000]
    window, store, mid, _planned = _window_with_session(make_window, tmp_path, raw_key, name)
    assert store.mentee(mid).display_name == name  # type: ignore[union-attr]
    area = window.area("mentees")
    assert isinstance(area, MenteesArea)
    window.show_area_named("mentees")
    area.open_mentee(mid)
    row = str(area.mentee_model.index(0).data())
    assert row.startswith("Ada Lovelace") and len(row) <= NAME_CHARS
    label = area.header.name_label
    assert len(label.text()) <= NAME_CHARS and label.toolTip() == name
    search = window.area("search")
    assert isinstance(search, SearchArea)
    items = [search.mentee_filter.itemText(i) for i in range(search.mentee_filter.count())]
    assert max(len(text) for text in items) <= NAME_CHARS
    home = window.area("home")
    window.show_area_named("home")
    home.reload()  # type: ignore[attr-defined]
    portfolio = home.portfolio_model  # type: ignore[attr-defined]
    assert len(str(portfolio.index(0, 0).data())) <= NAME_CHARS
    for each in ("home", "mentees", "search"):
        window.show_area_named(each)
        assert window.minimumSizeHint().width() < 2_000, each  # nothing as wide as the name


def test_a_50000_line_note_loads_in_steps_and_is_whole_at_once(qtbot: QtBot) -> None:
    editor = MarkdownEditor("notes", "Notes")
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text(LINES)
    plain = editor.editor
    assert plain.loading and plain.isReadOnly()  # the rest comes in the next turns
    assert editor.text() == LINES  # ...but the text is whole from the start: autosave-safe
    qtbot.waitUntil(lambda: not plain.loading, timeout=10_000)
    assert not plain.isReadOnly() and not plain.document().isUndoAvailable()
    assert plain.document().toPlainText() == LINES
    plain.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(plain, " done")
    assert editor.text() == LINES + " done"
    plain.undo()
    assert editor.text() == LINES
    # Jumping to a search hit near the end loads the rest first.
    editor.set_text(LINES)
    assert plain.select_first("49999 follow up")
    assert not plain.loading and plain.textCursor().selectedText() == "49999 follow up"
    editor.set_text(LINES)
    editor.append_line("- one more")
    assert editor.text() == LINES + "\n- one more\n"
