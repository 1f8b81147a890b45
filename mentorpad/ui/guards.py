"""Exposure guards: the clipboard, and locking when the system locks or sleeps.

After KeePassXC: text copied from the vault is marked secret for clipboard managers and
history, and cleared on lock and quit if it is still ours.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

# Hints clipboard managers honour: KDE Klipper, macOS pasteboard managers, Windows history.
_SECRET_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "org.nspasteboard.ConcealedType": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\x00\x00\x00\x00",
}


def secret_mime(text: str) -> QMimeData:
    """Plain text plus the 'do not keep' hints; what every copy out of the vault carries."""
    mime = QMimeData()
    mime.setText(text)
    for fmt, value in _SECRET_HINTS.items():
        mime.setData(fmt, QByteArray(value))
    return mime


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Marks our copies secret and clears them on lock and quit, if still ours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: bytes | None = None
        self._rewriting = False
        self._clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    def _on_clipboard_data_changed(self) -> None:
        if self._rewriting:
            return
        mime = self._clipboard.mimeData()
        if mime is None or not mime.hasText():
            return
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if not (self._clipboard.ownsClipboard() or active):
            return  # another program copied something while we were in the background
        text = mime.text()
        if not text:
            return
        self._ours = _digest(text)
        if not all(mime.hasFormat(fmt) for fmt in _SECRET_HINTS):
            self._rewriting = True  # e.g. a QLineEdit copy: add the hints after the fact
            try:
                self._clipboard.setMimeData(secret_mime(text))
            finally:
                self._rewriting = False

    def is_ours(self) -> bool:
        mime = self._clipboard.mimeData()
        return bool(
            self._ours is not None
            and mime is not None
            and mime.hasText()
            and _digest(mime.text()) == self._ours
        )

    def clear_if_ours(self) -> bool:
        """On lock and quit: forget vault text we put there; leave others' content alone."""
        cleared = self.is_ours()
        if cleared:
            self._rewriting = True
            try:
                self._clipboard.clear()
            finally:
                self._rewriting = False
        self._ours = None
        return cleared


class SystemLockWatcher(QObject):
    """Listens on D-Bus for screen lock and suspend (Linux desktops) and reports them.

    Tests inject the bus signals by calling the slots. Elsewhere it does nothing: the idle
    lock with its wall-clock check still applies after a sleep.
    """

    system_locked = Signal()  # screen locked or about to sleep: lock the vault now
    system_resumed = Signal()  # woke up: re-check idle time against the wall clock

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_bus()

    def _connect_bus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with Essentials on Linux
            return
        session = QDBusConnection.sessionBus()
        system = QDBusConnection.systemBus()
        wanted = [
            (
                session,
                "org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                "_on_screensaver_active_changed",
            ),
            (
                session,
                "org.gnome.ScreenSaver",
                "/org/gnome/ScreenSaver",
                "org.gnome.ScreenSaver",
                "ActiveChanged",
                "_on_screensaver_active_changed",
            ),
            (
                system,
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                "_on_prepare_for_sleep",
            ),
            (
                system,
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                "_on_session_lock",
            ),
        ]
        for bus, service, path, interface, name, slot in wanted:
            if not bus.isConnected():
                continue
            signature = "b" if slot != "_on_session_lock" else ""
            # SLOT() spelling ("1" + normalized signature). PySide6 6.11 documents the slot as
            # bytes but rejects bytes with ValueError; it takes the str.
            method = f"1{slot}({'bool' if signature else ''})"
            if bus.connect(service, path, interface, name, signature, self, method):  # type: ignore[call-overload]
                self.connected.append(f"{interface}.{name}")

    @Slot(bool)
    def _on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.system_locked.emit()

    @Slot(bool)
    def _on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.system_locked.emit()
        else:
            self.system_resumed.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        self.system_locked.emit()
