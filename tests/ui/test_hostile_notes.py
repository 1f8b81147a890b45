"""A note's text is untrusted input to the renderer: shown as typed, nothing loaded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorpad.render import render_markdown
from mentorpad.ui.widgets.editors import MarkdownEditor, PlainTextEditor
from mentorpad.ui.widgets.render_view import NoteView

HOSTILE = [
    "<style>p { display: none }</style>visible text",
    "<b>not bold</b> & &copy; stays",
    "<script>alert('x')</script>",
    "<img src='http://example.invalid/x.png'> ![remote](http://example.invalid/y.png)",
    '![local](file:///etc/passwd) ![rel](../secret.png) <img src="/etc/hosts">',
    '<link rel="stylesheet" href="file:///tmp/evil.css"><div style="color:red">styled</div>',
    "مرحبا بالعالم — שלום עולם — 🙂👩🏽‍💻 mixed direction",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_shown_as_typed_and_nothing_loaded(qtbot: QtBot, text: str, tmp_path: Path) -> None:
    canary = tmp_path / "canary.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(canary))
    view = NoteView()
    qtbot.addWidget(view)
    view.set_markdown(text + f"\n\n![c]({canary.as_uri()}) <img src='{canary}'>")
    shown = view.toPlainText()
    for fragment in (
        "<style>",
        "<script>",
        "<b>",
        "&copy;",
        "<img",
        "<link",
        "visible text",
        "styled",
        "🙂",
        "שלום",
    ):
        if fragment in text:
            assert fragment in shown, f"{fragment!r} was not shown as typed"
    assert view.document().requested == []  # type: ignore[attr-defined]
    assert not view.document().resource(2, QUrl(canary.as_uri()))  # nothing cached
    assert "<img" not in render_markdown(text)


def test_link_click_does_not_navigate(qtbot: QtBot) -> None:
    view = NoteView()
    qtbot.addWidget(view)
    view.set_markdown("see [this](http://example.invalid) and [that](file:///etc/passwd)")
    before = view.toPlainText()
    view.anchorClicked.emit(QUrl("http://example.invalid"))
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    view.setSource(QUrl("file:///etc/passwd"))
    assert view.toPlainText() == before or "root:" not in view.toPlainText()
    assert not view.openLinks() and not view.openExternalLinks()


def test_paste_brings_plain_text_only(qtbot: QtBot) -> None:
    editor = PlainTextEditor()
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setHtml("<b>bold</b><img src='http://example.invalid/a.png'>")
    mime.setText("bold")
    mime.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    editor.insertFromMimeData(mime)
    assert editor.toPlainText() == "bold"
    image_only = QMimeData()
    image_only.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    assert not editor.canInsertFromMimeData(image_only)
    clipboard = QApplication.clipboard()
    clipboard.setMimeData(mime)  # the clipboard owns it now
    editor.clear()
    editor.paste()
    assert editor.toPlainText() == "bold"
    clipboard.clear()  # deleted now, not in Qt's shutdown after Python's (segfault at exit)


def test_huge_note_round_trips_and_renders(qtbot: QtBot) -> None:
    text = ("word " * 200 + "\n\n") * 1000  # ~1 MB
    editor = MarkdownEditor("notes", "notes")
    qtbot.addWidget(editor)
    editor.set_text(text)
    assert editor.text() == text
    editor.show()  # a preview out of sight renders when it comes into sight
    assert "word" in editor.preview.toPlainText()[:100]


def test_empty_note_renders_empty(qtbot: QtBot) -> None:
    view = NoteView()
    qtbot.addWidget(view)
    view.set_markdown("")
    assert view.toPlainText() == ""
