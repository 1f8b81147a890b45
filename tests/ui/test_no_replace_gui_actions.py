"""Nothing is ever overwritten, from the real window's export actions: the development
report, the agreement, the session summary (through its preview) and the blank mentee
mirror form, each clicked as the mentor would, in Markdown and PDF, against every kind of
taken name the save dialog can return, an unwritable folder and a full disk. Also a path
too long to look up (asked again, never a traceback), and the messages in Dutch.

The shared save path itself (export_markdown_or_pdf) is in tests/ui/test_no_replace_gui.py;
here each action is shown to reach it, and to leave nothing behind.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.models import Vault, VaultKey
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.ui.widgets.exports import ExportWarningBox, PreviewDialog
from mentorpad.ui.window import MainWindow
from tests.no_replace import files_limited_to, make_kind, snapshot, temps_in, unwritable
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs, choose_file, reject, remember

Fill = Callable[[QWidget], None]
#: What Qt's save dialog can hand back that is already taken (it opens a folder, or the
#: folder a device is in, instead of returning it: see tests/ui/test_no_replace_gui.py).
TAKEN = ("file", "link", "dangling", "fifo")
FORMATS = ("md", "pdf")
FULL_AFTER = 32  # bytes per file: less than the smallest export (a one-line summary)


def pick(fmt: str) -> Fill:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportWarningBox)
        (dialog.pdf_button if fmt == "pdf" else dialog.markdown_button).click()

    return fill


def _save_in_preview(dialog: QWidget) -> None:
    """Press the preview's Save as File… after this answer returns: the save runs in the
    preview's own event loop, and the next answers must be able to poll meanwhile."""
    assert isinstance(dialog, PreviewDialog)
    QTimer.singleShot(0, dialog.save_button.click)


@dataclass(frozen=True)
class Action:
    """One export the mentor can start: how to start it, what comes before the format is
    asked (the summary's preview) and what is still open once the save did not happen."""

    start: Callable[[MainWindow], None]
    before: tuple[Fill, ...] = ()
    after_failure: tuple[Fill, ...] = ()
    title: bytes = b""  # the first words of the Markdown file


def _mentees(window: MainWindow) -> object:
    area = window.area("mentees")
    area.open_mentee(Store(window.session.vault).mentees()[0].id)  # type: ignore[arg-type,attr-defined]
    return area


def _development(window: MainWindow) -> None:
    area = _mentees(window)
    area.tabs.setCurrentWidget(area.development)  # type: ignore[attr-defined]
    area.development.export_button.click()  # type: ignore[attr-defined]


def _agreement(window: MainWindow) -> None:
    area = _mentees(window)
    area.tabs.setCurrentWidget(area.agreement_editor)  # type: ignore[attr-defined]
    area.agreement_editor.export_button.click()  # type: ignore[attr-defined]


def _summary(window: MainWindow) -> None:
    area = _mentees(window)
    area.open_session(Store(window.session.vault).sessions()[0].id)  # type: ignore[arg-type,attr-defined]
    area.session_editor.summary_tab.export_summary.click()  # type: ignore[attr-defined]


def _mirror(window: MainWindow) -> None:
    from mentorpad.ui.areas.mindset.area import MIRROR

    window.show_area_named("mindset")
    area = window.area("mindset")
    area.tabs.setCurrentIndex(MIRROR)  # type: ignore[attr-defined]
    area.mirror_view.overview.export_button.click()  # type: ignore[attr-defined]


ACTIONS = {
    "development report": Action(_development, title=b"# Development report"),
    "agreement": Action(_agreement, title=b"# Mentoring agreement"),
    "session summary": Action(_summary, (_save_in_preview,), (reject,), title=b"# Session summary"),
    "mirror form": Action(_mirror, title=b"# How your mentor mentors"),
}


def _window(make_window: WindowFactory, tmp_path: Path, key: VaultKey) -> MainWindow:
    path = tmp_path / "v.vault"
    with Vault.create(path, key=key) as vault:
        store = Store(vault)
        mid = store.add_mentee("Ana Export")
        sid = store.add_session(mid, dt.datetime(2026, 3, 2, 9))
        store.save_note(mid, sid, "summary", "We agreed on one small step.")
        store.save_agreement(Agreement(mid, term_start=dt.date(2026, 3, 2)), [("Delegate", "")])
    window = make_window(path, clock=ManualClock(dt.datetime(2026, 3, 20, 10)))
    window.session.open_with(Vault.open(path, key=key))
    return window


def _run(window: MainWindow, action: Action, *fills: Fill) -> None:
    answered = answer_dialogs(*action.before, *fills)
    action.start(window)
    assert len(answered) == len(action.before) + len(fills)  # no dialog missing, none left


def _taken_names_are_left_alone(window: MainWindow, action: Action, folder: Path) -> None:
    """Every kind of taken name in turn, in one save dialog that opens again after each; then
    a free name, which is written."""
    for fmt in FORMATS:
        taken = []
        for kind in TAKEN:  # one folder each: a snapshot includes the folder's listing
            (folder / fmt / kind).mkdir(parents=True)
            taken.append(make_kind(folder / fmt / kind / f"export.{fmt}", kind))
        before = [snapshot(path) for path in taken]
        free = folder / fmt / "free" / f"export.{fmt}"
        free.parent.mkdir()
        seen: list[str] = []
        asks = [answer for path in taken for answer in (choose_file(path), remember(seen))]
        _run(window, action, pick(fmt), *asks, choose_file(free))
        assert len(seen) == len(TAKEN)
        for path, text in zip(taken, seen, strict=True):
            assert str(path) in text and "already exists" in text and "another name" in text
        assert [snapshot(path) for path in taken] == before
        assert free.read_bytes().startswith(b"%PDF" if fmt == "pdf" else action.title)
        assert temps_in(free.parent) == [] and all(temps_in(p.parent) == [] for p in taken)


def _nothing_is_left_where_it_cannot_be_written(
    window: MainWindow, action: Action, folder: Path
) -> None:
    locked, full = folder / "locked", folder / "full"
    locked.mkdir()
    full.mkdir()
    seen: list[str] = []
    with unwritable(locked):
        for fmt in FORMATS:
            answers = (pick(fmt), choose_file(locked / f"export.{fmt}"), remember(seen))
            _run(window, action, *answers, *action.after_failure)
    with files_limited_to(FULL_AFTER):
        for fmt in FORMATS:
            answers = (pick(fmt), choose_file(full / f"export.{fmt}"), remember(seen))
            _run(window, action, *answers, *action.after_failure)
    assert len(seen) == 2 * len(FORMATS)
    for text in seen[:2]:
        assert f"may not write in {locked}" in text and "nothing was written" in text
    for text, fmt in zip(seen[2:], FORMATS, strict=True):
        assert f"disk is full, so export.{fmt} could not be written" in text
    assert list(locked.iterdir()) == [] and list(full.iterdir()) == []


@pytest.mark.parametrize("name", ACTIONS)
def test_every_export_action_replaces_nothing_and_leaves_nothing(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey, name: str
) -> None:
    """One window per action: every taken name, then an unwritable folder and a full disk,
    each in Markdown and PDF; the vault is still open and whole after it all."""
    action = ACTIONS[name]
    window = _window(make_window, tmp_path, raw_key)
    _taken_names_are_left_alone(window, action, tmp_path / "taken")
    _nothing_is_left_where_it_cannot_be_written(window, action, tmp_path)
    assert window.session.is_unlocked and window.session.vault.check_integrity().ok  # type: ignore[union-attr]


# -- a name that cannot even be looked at, and the same messages in Dutch ------------------------


def _too_long(tmp_path: Path) -> Path:
    """Longer than any path the OS takes (PATH_MAX 4096), yet each folder name is short:
    Qt's dialog returns it, and looking it up fails with ENAMETOOLONG."""
    return tmp_path.joinpath(*["d"] * 2100, "export.md")


def test_a_path_too_long_for_the_disk_is_explained_and_asked_again(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _window(make_window, tmp_path, raw_key)
    free = tmp_path / "out" / "export.md"
    free.parent.mkdir()
    seen: list[str] = []
    _run(
        window,
        ACTIONS["agreement"],
        pick("md"),
        choose_file(_too_long(tmp_path)),
        remember(seen),
        choose_file(free),
    )
    assert "export.md" in seen[0] and "too long for this disk" in seen[0]
    assert free.read_bytes().startswith(b"# Mentoring agreement") and temps_in(free.parent) == []


@pytest.mark.usefixtures("dutch")
def test_a_full_disk_and_a_path_too_long_are_explained_in_dutch(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _window(make_window, tmp_path, raw_key)
    seen: list[str] = []
    with files_limited_to(FULL_AFTER):
        _run(
            window,
            ACTIONS["agreement"],
            pick("pdf"),
            choose_file(tmp_path / "a.pdf"),
            remember(seen),
        )
    _run(
        window,
        ACTIONS["agreement"],
        pick("md"),
        choose_file(_too_long(tmp_path)),
        remember(seen),
        reject,
    )
    assert seen[0].startswith("De schijf is vol: a.pdf kon niet geschreven worden.")
    assert seen[1].startswith("De naam export.md of de mappen ervoor zijn te lang")
    assert not (tmp_path / "a.pdf").exists() and temps_in(tmp_path) == []


@pytest.mark.usefixtures("dutch")
def test_every_message_of_the_file_layer_is_in_dutch(tmp_path: Path) -> None:
    """What models.files (and the lock beside a vault) say about the disk reaches the mentor
    translated: a new, Dutch sentence each, with the file's name in it."""
    from mentorpad.models.errors import CannotWrite
    from mentorpad.models.files import os_error
    from mentorpad.models.lockfile import read_only_message
    from mentorpad.ui.labels import error_message

    dest = tmp_path / "verslag.pdf"
    errors = [
        os_error(OSError(code, os.strerror(code)), dest)
        for code in (errno.ENOSPC, errno.EACCES, errno.EEXIST, errno.EIO)
    ]
    errors += [
        os_error(OSError(errno.ENAMETOOLONG, "File name too long"), dest),
        CannotWrite(
            f"No temporary file could be made in {tmp_path}.", path=tmp_path, reason="other"
        ),
        CannotWrite(read_only_message(dest), path=dest, reason="read-only"),
    ]
    shown = [error_message(error) for error in errors]
    for error, text in zip(errors, shown, strict=True):
        assert text != error.user_message
        assert "verslag.pdf" in text or str(tmp_path) in text
    assert len(set(shown)) == len(shown)
