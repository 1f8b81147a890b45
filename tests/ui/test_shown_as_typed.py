"""A mentee's name, goal or note that looks like markup is shown exactly as typed everywhere
in the real window (lists, headers, Home, messages, the report preview), loads nothing, and
no window title ever names a mentee."""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.ui.labels.names import NAME_CHARS
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs

MARK = "Kestrel"


def _name(image: Path) -> str:
    return f'<img src="{image}"><b>{MARK}</b> &lt;b&gt;'


def _open(make_window: WindowFactory, tmp_path: Path, key: VaultKey) -> tuple[MainWindow, str]:
    # The canary sits at a short path: names are shown up to NAME_CHARS characters, and the
    # whole name must be on screen for the test to see that it is shown as typed.
    folder = Path(tempfile.mkdtemp(prefix="mp"))
    atexit.register(shutil.rmtree, folder, True)
    image = folder / "c.png"
    QImage(40, 40, QImage.Format.Format_RGB32).save(str(image))
    name = _name(image)
    assert len(name) <= NAME_CHARS, name
    path = tmp_path / "t.vault"
    window = make_window(path, clock=ManualClock(dt.datetime(2026, 1, 20, 10)))
    with Vault.create(path, key=key) as vault:
        store = Store(vault)
        mid = store.add_mentee(name, role=name, organisation=name)
        sid = store.add_session(mid, dt.datetime(2026, 1, 5, 9), agenda=name)
        store.save_note(mid, sid, "summary", name)
        store.add_commitment(mid, name, session_id=sid)
        store.save_agreement(
            Agreement(mid, term_start=dt.date(2026, 1, 5), contact=name),
            [(name, name), (name, "")],
        )
        store.set_themes(sid, ["capable.presenting"])
    window.session.open_with(Vault.open(path, key=key))
    return window, name


def _rich_labels() -> list[str]:
    """Every label of every window that holds the marked text unescaped and may render it as
    rich text (a label escaping it for rich text holds &lt;img, not <img)."""
    found = []
    for top in QApplication.topLevelWidgets():
        for label in top.findChildren(QLabel):
            text = label.text()
            if MARK not in text or label.textFormat() == Qt.TextFormat.PlainText:
                continue
            if "<img" in text or "&lt;b&gt;" in text:
                found.append(f"{label.objectName() or type(label).__name__}: {text[:60]}")
    return found


def _titles_naming() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if MARK in w.windowTitle()]


def test_names_are_plain_in_every_area_and_tab(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, name = _open(make_window, tmp_path, raw_key)
    store = Store(window.session.vault)  # type: ignore[arg-type]
    mid = store.mentees()[0].id
    seen: list[str] = []
    for area_name in ("home", "mentees", "playbook", "mindset", "search"):
        window.show_area_named(area_name)
        QApplication.processEvents()
        seen += _rich_labels() + _titles_naming()
    mentees = window.area("mentees")
    mentees.open_mentee(mid)  # type: ignore[attr-defined]
    for index in range(mentees.tabs.count()):  # type: ignore[attr-defined]
        mentees.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        QApplication.processEvents()
        seen += _rich_labels() + _titles_naming()
    mentees.open_session(Store(window.session.vault).sessions()[0].id)  # type: ignore[arg-type,attr-defined]
    editor = mentees.session_editor  # type: ignore[attr-defined]
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        seen += _rich_labels()
    editor.in_session_button.click()  # the in-session view: agenda, checklist, at hand
    QApplication.processEvents()
    seen += _rich_labels()
    editor.in_session_button.click()
    window.show_area_named("search")
    search = window.area("search")
    search.query.setText(MARK)  # type: ignore[attr-defined]
    search.run_search()  # type: ignore[attr-defined]
    QApplication.processEvents()
    seen += _rich_labels()
    assert seen == []
    header = mentees.header  # type: ignore[attr-defined]
    assert header.name_label.text() == name  # and as typed, not escaped twice
    assert mentees.mentee_model.data(mentees.mentee_model.index(0, 0)) == name  # type: ignore[attr-defined]


def test_messages_and_the_file_dialog_show_the_name_as_typed_and_title_no_one(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, name = _open(make_window, tmp_path, raw_key)
    mentees = window.area("mentees")
    mentees.open_mentee(Store(window.session.vault).mentees()[0].id)  # type: ignore[arg-type,attr-defined]
    seen: dict[str, Any] = {}

    def look(key: str, then: str) -> Any:
        def fill(dialog: QWidget) -> None:
            named = [label for label in dialog.findChildren(QLabel) if MARK in label.text()]
            seen[key] = (_rich_labels(), _titles_naming(), [label.text() for label in named])
            if then == "cancel":
                dialog.reject()  # type: ignore[attr-defined]
            else:
                button = dialog.findChild(QPushButton, then)
                assert button is not None
                button.click()

        return fill

    answer_dialogs(look("delete", "cancel"))
    mentees.header.delete_button.click()  # type: ignore[attr-defined]
    development = mentees.development  # type: ignore[attr-defined]
    mentees.tabs.setCurrentWidget(development)  # type: ignore[attr-defined]
    answer_dialogs(look("warning", "markdown_button"), look("file", "cancel"))
    development.export_button.click()
    assert set(seen) == {"delete", "warning", "file"}
    for key, (rich, titles, _texts) in seen.items():
        assert rich == [] and titles == [], key
    assert any(name in text for text in seen["delete"][2])  # as typed, in plain text
    assert any(name in text for text in seen["warning"][2])


def test_the_summary_preview_shows_the_note_as_typed_and_loads_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window, name = _open(make_window, tmp_path, raw_key)
    store = Store(window.session.vault)  # type: ignore[arg-type]
    mentees = window.area("mentees")
    mentees.open_session(store.sessions()[0].id)  # type: ignore[attr-defined]
    seen: dict[str, Any] = {}

    def look(dialog: QWidget) -> None:
        view = dialog.rendered_view  # type: ignore[attr-defined]
        seen["shown"] = view.toPlainText()
        seen["requested"] = list(view.document().requested)
        seen["titles"] = _titles_naming()
        QTimer.singleShot(0, dialog.reject)  # type: ignore[attr-defined]

    answer_dialogs(look)
    mentees.session_editor.export_summary_requested.emit()  # type: ignore[attr-defined]
    assert name in seen["shown"], "the note was not shown as typed"
    assert seen["requested"] == [] and seen["titles"] == []
    assert not any(
        isinstance(w, QFileDialog) for w in QApplication.topLevelWidgets() if w.isVisible()
    )
