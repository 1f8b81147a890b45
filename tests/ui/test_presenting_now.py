"""Presenting mode blurs what is on screen at once, the item views' lists included: their
opaque viewports used to keep the names sharp until the mentor navigated away and back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui.window import MainWindow
from tests.ui.conftest import WindowFactory


def _on_screen(window: MainWindow, widget: QWidget) -> QImage:
    """What the window's backing store holds for `widget` now: what was last painted, not
    a fresh render (which would apply the effect whether or not the screen shows it)."""
    QApplication.processEvents()
    image = window.screen().grabWindow(window.winId()).toImage()
    top = widget.mapTo(window, QPoint(0, 0))
    return image.copy(top.x(), top.y(), widget.width(), widget.height())


def _settled(widgets: list[QWidget]) -> None:
    """Process events until a pass changes no geometry (the status bar's first message
    relays the window out once): a state, not a duration."""
    for _ in range(20):
        before = [widget.geometry() for widget in widgets]
        QApplication.processEvents()
        if [widget.geometry() for widget in widgets] == before:
            return


def test_presenting_blurs_the_sessions_tab_already_on_screen(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "p.vault"
    window = make_window(path)
    with Vault.create(path, key=raw_key) as vault:
        store = Store(vault)
        mid = store.add_mentee("Sentinel Kestrel")
        store.add_session(mid, dt.datetime(2026, 1, 5, 9), agenda="what we will cover")
    window.session.open_with(Vault.open(path, key=raw_key))
    window.show_area_named("mentees")
    area = window.area("mentees")
    area.open_mentee(mid)  # type: ignore[attr-defined]
    area.tabs.setCurrentWidget(area.sessions_tab)  # type: ignore[attr-defined]
    lists = [area.mentee_list, area.sessions_tab.session_list]  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: all(view.isVisible() for view in lists))
    viewports = [view.viewport() for view in lists]
    _settled(viewports)

    def sharp(widget: QWidget) -> QImage:
        """The widget rendered on its own: no ancestor's effect applies."""
        return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    assert [_on_screen(window, v) for v in viewports] == [sharp(v) for v in viewports]
    window.action_presenting.trigger()
    _settled(viewports)
    for viewport in viewports:
        assert _on_screen(window, viewport) != sharp(viewport), "a list stayed sharp"
    window.action_presenting.trigger()
    _settled(viewports)
    assert [_on_screen(window, v) for v in viewports] == [sharp(v) for v in viewports]
