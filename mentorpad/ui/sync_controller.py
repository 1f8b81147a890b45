"""Sync in the app: on unlock, on lock, and every few minutes while the mentor is not typing.

What runs where. A sync needs the vault file to itself (two SQLite libraries must never have
it open at once: mentorpad/sync/connection.py). On the GUI thread every editor is flushed,
the pool's readers are waited for and the vault is suspended (its sqlcipher3 connection
closed, VaultSession.suspend); the engine (pure Python; APSW releases the GIL) then runs on a
Worker thread, and the window stays responsive but busy (ui/window/sync_busy.py: "Syncing…",
the areas read-only, the commands that use the vault off). Nothing on the GUI thread can
reach the vault meanwhile: the Vault raises VaultSuspended, which the save manager takes as
"later", not as a failure. When the worker is done, the GUI thread reopens the vault, then
records and reports the outcome through the same signals as ever.

A Worker (a QThread of its own, ui/background.py) rather than a QRunnable on the global
pool: the sync must not queue behind a cache warm-up on a two-core laptop, waiting for the
pool's readers before suspending must not wait for the sync itself, and quitting waits for
exactly this thread.

One sync at a time: one that comes while another runs is skipped. A lock meanwhile hides the
window at once and runs when the worker is done (VaultSession.lock); quitting waits for the
worker (wait()). The sync on lock stays on the GUI thread, inside the lock, behind a wait
cursor: it follows the flush and the backup, the vault closes right after it, and it only
sends what changed since the last sync (a few hundredths of a second, docs/benchmark.md); it
is skipped when nothing changed since a sync that just ran.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import VaultError
from mentorpad.ui.background import Worker
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
        self.engine: Callable[..., Any] | None = None  # None: mentorpad.sync.sync_vault
        self.last_sync: dt.datetime | None = None
        self.devices = 0
        self.last_error: VaultError | None = None
        self._worker: Worker | None = None
        self._folder_now: Path | None = None  # the running sync's folder (the vault is shut)
        self._clean_at: int | None = None  # the vault's total_changes just after a sync
        self.timer = QTimer(self)
        self.timer.setObjectName("sync_timer")
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    # -- the folder -------------------------------------------------------------------------

    def folder(self) -> Path | None:
        if self._session.suspended:
            return self._folder_now
        vault = self._session.vault
        value = vault.setting(SYNC_DIR) if vault is not None else None
        return Path(value) if value else None

    def set_folder(self, folder: Path | None) -> None:
        vault = self._session.vault
        if vault is None or self.running:
            return
        vault.set_setting(SYNC_DIR, str(folder) if folder else "")
        self.last_sync = None
        self.last_error = None
        self.status_changed.emit(self.status())

    # -- when -------------------------------------------------------------------------------

    def start(self) -> None:
        """After unlock: sync now, then keep an eye on the clock."""
        self.last_sync = None
        self._clean_at = None
        self.timer.start()
        if self.folder() is not None:
            self.sync_now()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        """A sync is running in the worker."""
        return self._worker is not None

    def _on_timer_timeout(self) -> None:
        if self.running or not self._session.is_unlocked or self.folder() is None:
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
        """Start a sync with the chosen folder in the worker; False if none started (no
        folder, one already running, or an edit that could not be saved, which is reported).
        The outcome comes through synced / sync_failed; the vault is always open again."""
        job = self._prepare()
        if job is None:
            return False
        worker = Worker(job, self)
        worker.setObjectName("sync_worker")
        worker.done.connect(lambda: self._deliver(worker))
        self._worker = worker
        self.status_changed.emit(self.status())
        worker.start()
        return True

    def sync_on_lock(self) -> None:
        """Inside the lock, on the GUI thread: send what changed since the last sync."""
        vault = self._session.vault
        if self.running or vault is None or vault.total_changes == self._clean_at:
            return
        job = self._prepare()
        if job is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result, error = job(), None
        except BaseException as exc:  # reported by _finish, as from the worker
            result, error = None, exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._finish(result, error)

    def wait(self) -> None:
        """Until the running sync is done and its outcome delivered (quitting, a join)."""
        worker = self._worker
        if worker is not None:
            worker.wait()
            self._deliver(worker)

    def _prepare(self) -> Callable[[], Any] | None:
        """Flush, then suspend the vault; the job that syncs it, or None."""
        from mentorpad.sync import sync_vault

        vault = self._session.vault
        folder = self.folder()
        if vault is None or folder is None or self.running or self._session.suspended:
            return None
        try:
            self._flush()
        except VaultError as exc:
            self._fail(exc)
            return None
        engine = self.engine or sync_vault
        path, key, clock = vault.path, vault.key, self._clock
        self._folder_now = folder
        self._session.suspend()
        return lambda: engine(path, key, folder, clock=clock)

    def _deliver(self, worker: Worker) -> None:
        if not worker.claim():  # delivered already, by wait()
            return
        worker.wait()  # `done` is its last act: the thread is ending
        self._worker = None
        worker.deleteLater()
        self._finish(*worker.outcome())

    def _finish(self, result: object, error: BaseException | None) -> None:
        """On the GUI thread: reopen the vault, run a lock that came meanwhile, report."""
        from mentorpad.sync import PassphraseChangedElsewhere, SyncReport

        report = result if isinstance(result, SyncReport) else getattr(error, "report", None)
        changed = isinstance(report, SyncReport) and bool(report.applied or report.conflicts)
        self._folder_now = None
        try:
            self._session.resume(changed=changed)
        except VaultError as exc:
            self._fail(exc)
            return
        vault = self._session.vault
        self._clean_at = vault.total_changes if vault is not None and error is None else None
        if self._session.lock_pending:
            self._session.lock()
        if error is None:
            self.last_error = None
            self._done(report)
        elif isinstance(error, PassphraseChangedElsewhere):
            self._fail(error)
            if report is not None:  # everything else was synced
                self._done(report, emit=False)
        elif isinstance(error, VaultError):
            self._fail(error)
        else:
            raise error

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
        """'Syncing…', 'Synced 2 min ago · 2 devices', 'Not synced: the folder is not
        there', or ''."""
        if self.running:
            return self.tr("Syncing…")
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
