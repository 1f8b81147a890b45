"""What a lock does before anything else: close every dialog, message box, file dialog, menu,
popup and tooltip of the app, and refuse what they were about to do.

After KeePassXC, which force-closes the modal widgets of a database before locking it: a
dialog left on screen would go on showing a mentee's name or notes over the unlock page, and
its buttons would still act (an export warning clicked through after the lock wrote the full
report). Closing is not enough on its own, since the code after a dialog's exec() carries on
once the lock returns: every lock therefore starts a new *generation*, and dialogs run
through run_dialog() / ask() report "refused" when a lock came before or during them. A flow
of several dialogs (warn, choose a file, write) takes the generation at its start and checks
locked_since() before each step and before it writes or deletes anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWhatsThis,
    QWidget,
)

REFUSED = int(QDialog.DialogCode.Rejected.value)
_ATTEMPTS = 64  # a widget that will not close must not hang the lock

_generation = 0


def generation() -> int:
    """The number of locks so far in this process; a flow remembers it at its start."""
    return _generation


def locked_since(start: int) -> bool:
    """True once a lock has happened after `start` (a value of generation())."""
    return _generation != start


def run_dialog(dialog: QDialog, since: int | None = None) -> int:
    """dialog.exec(), refused (Rejected, without showing it) if a lock came since `since`,
    and Rejected whatever was clicked if a lock came while it was open."""
    start = _generation if since is None else since
    if locked_since(start):
        return REFUSED
    code = int(dialog.exec())
    return REFUSED if locked_since(start) else code


def ask(box: QMessageBox, since: int | None = None) -> QAbstractButton | None:
    """A message box's clicked button, or None if it was cancelled or a lock refused it."""
    start = _generation if since is None else since
    if locked_since(start):
        return None
    box.exec()
    return None if locked_since(start) else box.clickedButton()


# -- on lock ------------------------------------------------------------------------------------


def close_everything(window: QWidget) -> list[QWidget]:
    """Start a new generation, then close every popup, tooltip and dialog that belongs to the
    app (not to another main window), innermost modal first. Returns what was closed."""
    global _generation
    _generation += 1
    QToolTip.hideText()
    QWhatsThis.hideText()
    closed: list[QWidget] = []
    for find in (QApplication.activePopupWidget, QApplication.activeModalWidget):
        for _ in range(_ATTEMPTS):
            widget = find()
            if widget is None or widget in closed or not _belongs(widget, window):
                break
            _dismiss(widget)
            closed.append(widget)
    for widget in QApplication.topLevelWidgets():
        if widget is window or widget in closed or not widget.isVisible():
            continue
        if isinstance(widget, QMainWindow) or not _belongs(widget, window):
            continue
        _dismiss(widget)
        closed.append(widget)
    return closed


def _belongs(widget: QWidget, window: QWidget) -> bool:
    """Ours: parented (through any chain) to `window`, or to no main window at all."""
    top = widget
    while (parent := top.parentWidget()) is not None:
        top = parent
    return top is window or not isinstance(top, QMainWindow)


def _dismiss(widget: QWidget) -> None:
    """Close it as Cancel would, and drop what its fields hold (they may name a mentee)."""
    if isinstance(widget, QDialog):
        # done() ends exec() even for a message box without an Escape button, which ignores
        # close(); nothing was clicked, so clickedButton() stays None.
        widget.done(REFUSED)
        for field in widget.findChildren(QLineEdit):
            field.clear()
        for text in widget.findChildren(QTextEdit) + widget.findChildren(QPlainTextEdit):
            text.clear()
    widget.hide()


def forget_selections(roots: list[QWidget] | None = None) -> None:
    """Deselect text in every editor, and clear the X11 PRIMARY selection and the macOS find
    buffer if they still hold something we put there (selecting text in Qt fills them)."""
    for root in roots if roots is not None else QApplication.topLevelWidgets():
        for line in root.findChildren(QLineEdit):
            line.deselect()
        for editor in root.findChildren(QTextEdit) + root.findChildren(QPlainTextEdit):
            cursor = editor.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                editor.setTextCursor(cursor)
    clipboard = QGuiApplication.clipboard()
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer() and clipboard.ownsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


class Lockdown(QObject):
    """Wired by the window to the session: closes and refuses first, forgets after, and
    minimises the locked window if the mentor asked for it (KeePassXC's "minimise when
    locking": the unlock prompt leaves the screen too)."""

    def __init__(
        self, window: QWidget, *, minimise_on_lock: Callable[[], bool] = lambda: False
    ) -> None:
        super().__init__(window)
        self._window = window
        self._minimise_on_lock = minimise_on_lock
        self._minimise = False
        self.closed: list[str] = []  # object names or class names, for the status and tests

    def on_lock_starting(self) -> None:
        self._minimise = self._minimise_on_lock()  # read while the vault is still open
        closed = close_everything(self._window)
        self.closed = [w.objectName() or type(w).__name__ for w in closed]
        forget_selections()

    def on_vault_locked(self) -> None:
        forget_selections()
        if self._minimise:
            # After the lock's own work: a window closing (quit, SIGTERM) is no longer
            # visible by then, and showMinimized() would bring it back.
            QTimer.singleShot(0, self, self._minimise_now)

    def _minimise_now(self) -> None:
        if self._window.isVisible():
            self._window.showMinimized()
