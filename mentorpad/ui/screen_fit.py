"""Windows and dialogs that fit the screen they open on.

Mentors carry 1280x720 and 1366x768 laptops, or 1920x1080 at 150 % (1280x720 logical):
the main window's default and restored sizes are clamped to the available geometry, and
every dialog of ours (FittedDialog, FittedWizard) does the same when it is shown, so none
can open taller than the screen with its buttons out of reach. Qt's own message boxes and
input dialogs size themselves to their few lines. (An application-wide event filter did
this before; it cost a Python call on every event of every keystroke.)
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget, QWizard

#: Room the window manager's title bar and borders take, when Qt cannot tell us yet.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget) -> QRect:
    screen: QScreen | None = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def _frame_extra(widget: QWidget) -> QSize:
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if extra.width() <= 0 and extra.height() <= 0:
        return FRAME_ALLOWANCE
    return extra


def fit_size(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, shrunk (never below the widget's minimum) to what the screen can show."""
    room = available_geometry(widget).size() - _frame_extra(widget)
    return QSize(
        max(widget.minimumWidth(), min(wanted.width(), room.width())),
        max(widget.minimumHeight(), min(wanted.height(), room.height())),
    )


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a too-large top-level widget and move it fully onto its screen."""
    size = fit_size(widget, widget.size())
    if size != widget.size():
        widget.resize(size)
    area = available_geometry(widget)
    frame = widget.frameGeometry()
    x = min(max(frame.x(), area.x()), max(area.x(), area.right() - frame.width() + 1))
    y = min(max(frame.y(), area.y()), max(area.y(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


class FittedDialog(QDialog):
    """A dialog that fits its screen each time it is shown."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)


class FittedWizard(QWizard):
    """A wizard that fits its screen each time it is shown."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_to_screen(self)
