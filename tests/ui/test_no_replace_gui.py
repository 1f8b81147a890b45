"""Nothing is ever overwritten, from the GUI: exports (reports, the agreement, the mirror
form share one save path), Back Up Now, File > New Vault and the settings file, against
every kind of existing destination, an unwritable folder and a full disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.clock import ManualClock
from mentorpad.config import AppConfig
from mentorpad.models import Vault, VaultKey
from mentorpad.models.errors import TargetExists
from mentorpad.models.store import Store
from mentorpad.models.vault import backup_file_name
from mentorpad.ui.widgets.exports import (
    ExportWarningBox,
    export_markdown_or_pdf,
    write_pdf,
    write_private_text,
)
from mentorpad.ui.window import MainWindow
from tests.no_replace import (
    KINDS,
    PRECIOUS,
    files_limited_to,
    make_kind,
    snapshot,
    temps_in,
    unwritable,
)
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import answer_dialogs, choose_file, press_default, reject

TEXT = "# Development report\n\nSome words that must not land on top of anything.\n"


def _pick(fmt: str) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportWarningBox)
        (dialog.pdf_button if fmt == "pdf" else dialog.markdown_button).click()

    return fill


def _remember_text(seen: list[str]) -> Callable[[QWidget], None]:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        press_default(dialog)

    return fill


def _export(qtbot: QtBot, fmt: str, *fills: Callable[[QWidget], None]) -> Path | None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answered = answer_dialogs(_pick(fmt), *fills)
    result = export_markdown_or_pdf(parent, title="Report", suggested_name="r", markdown_text=TEXT)
    assert len(answered) == 1 + len(fills)  # every expected dialog came, none was left open
    return result


# Qt's save dialog cannot return a folder or a device (it opens the folder, or the one the
# device is in, instead): those two are written to directly below.
@pytest.mark.parametrize("kind", [k for k in KINDS if k not in ("folder", "device")])
@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_export_asks_for_another_name_and_touches_nothing(
    qtbot: QtBot, tmp_path: Path, kind: str, fmt: str
) -> None:
    dest = make_kind(tmp_path / f"report.{fmt}", kind)
    before = snapshot(dest)
    seen: list[str] = []
    result = _export(qtbot, fmt, choose_file(dest), _remember_text(seen), reject)
    assert result is None
    assert "already exists" in seen[0] and "choose another name" in seen[0]
    assert snapshot(dest) == before and temps_in(tmp_path) == []


def test_export_second_name_is_written(qtbot: QtBot, tmp_path: Path) -> None:
    taken = make_kind(tmp_path / "report.md", "file")
    free = tmp_path / "report-2.md"
    result = _export(qtbot, "md", choose_file(taken), press_default, choose_file(free))
    assert result == free and free.read_text().startswith("# Development report")
    assert taken.read_bytes() == PRECIOUS and temps_in(tmp_path) == []


@pytest.mark.parametrize("kind", ["folder", "device"])
def test_export_onto_a_folder_or_device_is_refused(qtbot: QtBot, tmp_path: Path, kind: str) -> None:
    dest = make_kind(tmp_path / "report.pdf", kind)
    before = snapshot(dest)
    with pytest.raises(TargetExists):
        write_pdf(dest, TEXT)
    with pytest.raises(TargetExists):
        write_private_text(dest, TEXT)
    assert snapshot(dest) == before and temps_in(tmp_path) == []


def test_export_to_an_unwritable_folder_explains(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    seen: list[str] = []
    with unwritable(folder):
        result = _export(qtbot, "md", choose_file(folder / "r.md"), _remember_text(seen))
    assert result is None
    assert "may not write in" in seen[0]
    assert list(folder.iterdir()) == []


def test_export_on_a_full_disk_explains(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []
    with files_limited_to(2_000):
        result = _export(qtbot, "pdf", choose_file(tmp_path / "r.pdf"), _remember_text(seen))
    assert result is None
    assert "disk is full" in seen[0]
    assert [p.name for p in tmp_path.iterdir()] == []


# -- Back Up Now, New Vault, settings --------------------------------------------------------


def _open(
    make_window: WindowFactory, tmp_path: Path, key: VaultKey, **kwargs: object
) -> MainWindow:
    path = tmp_path / "x.vault"
    window = make_window(path, **kwargs)
    window.session.open_with(Vault.create(path, key=key))
    Store(window.session.vault).add_mentee("Backed Up")  # type: ignore[arg-type]
    return window


@pytest.mark.parametrize("kind", ["file", "link", "dangling", "fifo", "device"])
def test_back_up_now_into_something_that_is_not_a_folder(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey, kind: str
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    folder = make_kind(tmp_path / "backups", kind)
    window.session.vault.set_setting("backup_dir", str(folder))  # type: ignore[union-attr]
    before = snapshot(folder)
    seen: list[str] = []
    answer_dialogs(_remember_text(seen))
    window.action_backup.trigger()
    assert seen and "not a folder" in seen[0]
    assert snapshot(folder) == before and temps_in(tmp_path) == []


def test_back_up_now_where_the_dated_name_is_taken(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    when = dt.datetime(2026, 2, 3, 4, 5, 6, 7)
    window = _open(make_window, tmp_path, raw_key, clock=ManualClock(when))
    folder = tmp_path / "backups"
    folder.mkdir()
    window.session.vault.set_setting("backup_dir", str(folder))  # type: ignore[union-attr]
    name = backup_file_name(when, salt=raw_key.salt)  # this vault's dated name
    taken = make_kind(folder / name, "dangling")
    before = snapshot(taken)
    seen: list[str] = []
    answer_dialogs(_remember_text(seen))
    window.action_backup.trigger()
    assert seen and "already exists" in seen[0]
    assert snapshot(taken) == before and temps_in(folder) == []


def test_back_up_now_unwritable_and_full(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    window = _open(make_window, tmp_path, raw_key)
    folder = tmp_path / "backups"
    folder.mkdir()
    window.session.vault.set_setting("backup_dir", str(folder))  # type: ignore[union-attr]
    seen: list[str] = []
    with unwritable(folder):
        answer_dialogs(_remember_text(seen))
        window.action_backup.trigger()
    with files_limited_to(40_000):
        answer_dialogs(_remember_text(seen))
        window.action_backup.trigger()
    assert "may not write in" in seen[0] and "disk is full" in seen[1]
    assert list(folder.iterdir()) == []


def test_new_vault_asks_again_for_a_taken_name(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "first.vault")
    taken = make_kind(tmp_path / "second.vault", "dangling")
    before = snapshot(taken)
    seen: list[str] = []
    answer_dialogs(choose_file(taken), _remember_text(seen), reject)
    window.action_new_vault.trigger()
    assert "already exists" in seen[0]
    assert window.session.path == tmp_path / "first.vault"
    assert snapshot(taken) == before


@pytest.mark.parametrize("kind", ["link", "dangling", "fifo", "folder"])
def test_settings_are_never_written_through_a_link(qtbot: QtBot, tmp_path: Path, kind: str) -> None:
    dest = make_kind(tmp_path / "config.json", kind)
    before = snapshot(dest)
    with pytest.raises(TargetExists):
        AppConfig(theme="dark").save(dest)
    assert snapshot(dest) == before and temps_in(tmp_path) == []


def test_settings_update_their_own_file(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    AppConfig(theme="dark").save(path)
    AppConfig(theme="light").save(path)
    assert AppConfig.load(path).theme == "light"
    assert temps_in(tmp_path) == []


def test_window_keeps_running_when_settings_cannot_be_saved(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(tmp_path / "v.vault")
    config = tmp_path / "config" / "config.json"
    config.parent.mkdir(exist_ok=True)
    make_kind(config, "dangling")
    window._persist_config()
    assert "Could not save window settings" in window.statusBar().currentMessage()
    assert config.is_symlink() and not config.exists()
