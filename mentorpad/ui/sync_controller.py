"""Sync in the app: on unlock, on lock, and every few minutes while the mentor is not typing.

A sync needs the vault file to itself (two SQLite libraries must never share it), so it
runs on the GUI thread with the vault suspended: every editor is flushed first, background
readers are waited for, and nothing else can touch the vault meanwhile. On a 10,000-session
vault one sync takes a few tenths of a second (docs/benchmark.md); it only runs unattended
when the mentor has been idle for a while, so it never interrupts typing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import VaultError
from mentorpad.ui.labels import error_title
from mentorpad.ui.session import IdleWatcher, VaultSession
from mentorpad.ui.text import fill

SYNC_EVERY_S = 5 * 60
IDLE_BEFORE_SYNC_S = 20
CHECK_EVERY_MS = 30_000
SYNC_DIR = "sync_dir"  # a device setting: never travels, never in the plaintext config


class SyncController(QObject):
    """Owns when to sync and what the mentor is told; mentorpad.sync does the work."""

    synced = Signal(object)  # SyncReport
    sync_failed = Signal(object)  # VaultError
    status_changed = Signal(str)  # the quiet line for the status bar

    def __init__(
        self,
        session: VaultSession,
        idle: IdleWatcher,
        flush: Callable[[], None],
        parent: QObject | None = None,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._idle = idle
        self._flush = flush
        self._clock = clock
        self.last_sync: dt.datetime | None = None
        self.devices = 0
        self.last_error: VaultError | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("sync_timer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    # -- the folder -------------------------------------------------------------------------

    def folder(self) -> Path | None:
        vault = self._session.vault
        value = vault.setting(SYNC_DIR) if vault is not None else None
        return Path(value) if value else None

    def set_folder(self, folder: Path | None) -> None:
        vault = self._session.vault
        if vault is None:
            return
        vault.set_setting(SYNC_DIR, str(folder) if folder else "")
        self.last_sync = None
        self.last_error = None
        self.status_changed.emit(self.status())

    # -- when -------------------------------------------------------------------------------

    def start(self) -> None:
        """After unlock: sync now, then keep an eye on the clock."""
        self.last_sync = None
        self.timer.start()
        if self.folder() is not None:
            self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    def _on_timer_timeout(self) -> None:
        if self.folder() is None or not self._session.is_unlocked:
            return
        due = self.last_sync is None or (
            (self._clock.now() - self.last_sync).total_seconds() >= SYNC_EVERY_S
        )
        if due and self._idle.idle_seconds() >= IDLE_BEFORE_SYNC_S:
            self.sync_now()
        else:
            self.status_changed.emit(self.status())

    # -- the sync ---------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Sync with the chosen folder; True if it completed. Failures are reported, never
        raised: the vault is always open again afterwards."""
        from mentorpad.sync import PassphraseChangedElsewhere, sync_vault

        vault = self._session.vault
        folder = self.folder()
        if vault is None or folder is None:
            return False
        try:
            self._flush()
        except VaultError as exc:
            self._fail(exc)
            return False
        self._session.wait_for_background()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with vault.suspended():
                report = sync_vault(vault.path, vault.key, folder, clock=self._clock)
        except PassphraseChangedElsewhere as exc:
            partial = getattr(exc, "report", None)  # everything else was synced
            self._fail(exc)
            if partial is not None:
                self._done(partial, emit=False)
            return False
        except VaultError as exc:
            self._fail(exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.last_error = None
        self._done(report)
        return True

    def _done(self, report: object, *, emit: bool = True) -> None:
        from mentorpad.sync import SyncReport

        assert isinstance(report, SyncReport)
        self.last_sync = self._clock.now()
        self.devices = len(report.devices)
        if emit:
            self.synced.emit(report)
        self.status_changed.emit(self.status())

    def _fail(self, exc: VaultError) -> None:
        self.last_error = exc
        self.sync_failed.emit(exc)
        self.status_changed.emit(self.status())

    # -- what the mentor sees ---------------------------------------------------------------

    def status(self) -> str:
        """'Synced 2 min ago · 2 devices', 'Not synced: the folder is not there', or ''."""
        if self.folder() is None:
            return ""
        if self.last_error is not None:
            return fill(self.tr("Not synced: %1"), error_title(self.last_error))
        if self.last_sync is None:
            return self.tr("Not synced yet")
        minutes = int((self._clock.now() - self.last_sync).total_seconds() // 60)
        when = (
            self.tr("Synced just now")
            if minutes < 1
            else self.tr("Synced %n min ago", "", minutes)
            if minutes < 60
            else self.tr("Synced %n hour(s) ago", "", minutes // 60)
        )
        return when + " · " + self.tr("%n device(s)", "", max(self.devices, 1))
