"""Packaging and desktop integration: the About dialog, the app icon, the desktop entry, the
AppStream metadata and the PyInstaller spec (checked as source; `make dist` builds it)."""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mentorpad import __version__
from mentorpad.config import default_config_path
from mentorpad.models.paths import default_backup_dir
from mentorpad.resources import resource_path
from mentorpad.ui.about import AboutDialog
from mentorpad.ui.icons import ICON_SIZES, app_icon, icon_png_path, icon_svg_path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.mentorpad.Mentorpad"
DESKTOP_FILE = resource_path("linux", f"{APP_ID}.desktop")
METAINFO_FILE = resource_path("linux", f"{APP_ID}.metainfo.xml")
SPEC_FILE = ROOT / "build.spec"


# -- About dialog ----------------------------------------------------------------------------


@pytest.mark.gui
def test_about_shows_version_data_locations_and_lgpl(qtbot: QtBot, tmp_path: Path) -> None:
    vault_path = tmp_path / "vaults" / "mentorpad.vault"
    dialog = AboutDialog(vault_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert __version__ in dialog.version_label.text()
    assert dialog.vault_path_label.text() == str(vault_path)
    assert dialog.config_dir_label.text() == str(default_config_path().parent)
    assert dialog.backup_dir_label.text() == str(default_backup_dir())
    licences = dialog.licences_view.toPlainText()
    assert "LGPL" in licences and "unmodified" in licences and "replace" in licences
    for component in ("SQLCipher", "sqlcipher3", "Python-Markdown", "platformdirs", "Python"):
        assert component in licences
    assert "zlib" in licences and "PSF" in licences and "MIT" in licences
    assert dialog.licences_view.isReadOnly()
    assert not dialog.icon_label.pixmap().isNull()


@pytest.mark.gui
def test_about_names_widgets_for_tests_and_screen_readers(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "v.vault", backup_dir=tmp_path / "my backups")
    qtbot.addWidget(dialog)
    assert dialog.backup_dir_label.text() == str(tmp_path / "my backups")
    for name in (
        "icon_label",
        "version_label",
        "vault_path_label",
        "config_dir_label",
        "backup_dir_label",
        "licences_view",
    ):
        widget = getattr(dialog, name)
        assert isinstance(widget, QWidget)
        assert widget.objectName() == name
        assert widget.accessibleName(), name


@pytest.mark.gui
def test_about_shows_a_hostile_path_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    vault_path = tmp_path / "<b>bold</b>&amp;" / "mentorpad.vault"
    dialog = AboutDialog(vault_path)
    qtbot.addWidget(dialog)
    label = dialog.vault_path_label
    assert isinstance(label, QLabel)
    assert label.text() == str(vault_path)
    assert label.textFormat().name == "PlainText"


# -- Icons -----------------------------------------------------------------------------------


def test_every_listed_png_exists_with_its_size() -> None:
    for size in ICON_SIZES:
        image = QImage(str(icon_png_path(size)))
        assert not image.isNull(), icon_png_path(size)
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    shipped = {p.name for p in resource_path("icons").glob("mentorpad-*.png")}
    assert shipped == {icon_png_path(size).name for size in ICON_SIZES}


def test_the_svg_source_is_there_and_uses_the_app_teal() -> None:
    text = icon_svg_path().read_text(encoding="utf-8")
    ET.fromstring(text)
    assert "#2f6f73" in text.lower()


def test_app_icon_carries_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = icon.availableSizes()
    for size in ICON_SIZES:
        assert QSize(size, size) in sizes
    assert icon.pixmap(16, 16).width() == 16


# -- Desktop entry and AppStream -------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry[key].strip(), key
    assert entry["Exec"] == "mentorpad"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;Education;"
    assert entry["Keywords"].endswith(";")
    assert entry["StartupWMClass"] == "mentorpad"
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_describes_the_app_the_desktop_file_launches() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID == DESKTOP_FILE.name.removesuffix(".desktop")
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP_FILE.name
    assert root.findtext("project_license") == "MIT"
    assert root.find("content_rating") is not None
    description_node = root.find("description")
    assert description_node is not None
    description = " ".join("".join(description_node.itertext()).split())
    assert "offline" in description and "encrypted" in description
    images = [image.text or "" for image in root.iter("image")]
    assert images
    for url in images:
        assert re.fullmatch(r"https://\S+/docs/screenshots/[\w-]+\.png", url), url


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream")
def test_metainfo_validates_offline() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- PyInstaller spec ------------------------------------------------------------------------


def _spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC_FILE.read_text(encoding="utf-8"), filename=str(SPEC_FILE))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(item) for item in value]
    raise AssertionError(f"{name} not found in build.spec")


def test_build_spec_excludes_the_qt_modules_we_do_not_use() -> None:
    excluded = set(_spec_list("EXCLUDED_QT_MODULES"))
    required = {
        "QtNetwork", "QtWebEngineCore", "QtWebEngineWidgets", "QtQuick", "QtQml", "QtPdf",
        "QtMultimedia", "Qt3DCore", "QtCharts", "QtDataVisualization", "QtDesigner", "QtHelp",
        "QtSql", "QtTest", "QtBluetooth", "QtPositioning", "QtSerialPort", "QtWebSockets",
        "QtOpenGL",
    }  # fmt: skip
    assert required <= excluded, required - excluded


def test_the_app_imports_none_of_the_excluded_qt_modules() -> None:
    """Using one of them in mentorpad/ would break only the bundle: update build.spec first."""
    excluded = _spec_list("EXCLUDED_QT_MODULES")
    pattern = re.compile(r"PySide6\.(\w+)|from PySide6 import ([\w, ()\n]+)")
    for path in (ROOT / "mentorpad").rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            names = {match.group(1)} if match.group(1) else set(re.findall(r"\w+", match.group(2)))
            assert not names & set(excluded), f"{path.relative_to(ROOT)} uses {names}"


def test_build_spec_ships_the_data_and_runs_from_the_package() -> None:
    text = SPEC_FILE.read_text(encoding="utf-8")
    compile(text, str(SPEC_FILE), "exec")
    for needed in ('"resources"', "demo_content.toml", '"guides" / "data"', "sqlcipher3"):
        assert needed in text, needed
    assert 'name="mentorpad"' in text
    assert "upx=False" in text
