"""The vault's lifecycle in the GUI: create, unlock, lock, and the idle timer that locks.

Key derivation runs on the background pool so the window stays responsive; the connection is
then opened on the GUI thread with the derived raw key, which takes a millisecond.

While a sync has the vault file (ui/sync_controller.py), the session is *suspended*: the
connection is closed (Vault.suspend), the window is busy, and the integrity check waits for
the end. A lock that comes meanwhile is deferred: `lock_deferred` lets the window hide
everything at once, and the lock itself runs as soon as the sync has let go of the file.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models.errors import VaultError
from mentorpad.ui.background import Background

if TYPE_CHECKING:
    from mentorpad.models import IntegrityReport, Vault

DEFAULT_IDLE_MINUTES = 10
INTEGRITY_CHECK_DELAY_MS = 250
INTEGRITY_CACHE_KIB = 2048


class VaultSession(QObject):
    """Owns the open Vault; views learn about it only through these signals."""

    vault_unlocked = Signal()
    lock_starting = Signal()  # dialogs close and their actions are refused (ui/lockdown.py)
    vault_locking = Signal()  # views save the edit in progress, synchronously
    vault_locked = Signal()
    unlock_failed = Signal(object)  # VaultError
    busy_changed = Signal(bool)
    integrity_checked = Signal(object)  # IntegrityReport
    suspension_changed = Signal(bool)  # a sync has the vault file: nothing may use it
    lock_deferred = Signal()  # a lock came during a sync: hide everything now, lock after

    def __init__(self, path: Path, background: Background, parent: QObject | None = None):
        super().__init__(parent)
        self._path = path
        self._background = background
        self._vault: Vault | None = None
        self._busy = False
        self._lock_pending = False
        self._after_resume: list[Callable[[], None]] = []

    @property
    def path(self) -> Path:
        return self._path

    def set_path(self, path: Path) -> None:
        if self._vault is not None:
            raise RuntimeError("lock the current vault before switching")
        self._path = path

    @property
    def vault(self) -> Vault | None:
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def busy(self) -> bool:
        return self._busy

    def vault_exists(self) -> bool:
        return self._path.exists()

    # -- unlock / create -----------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        from mentorpad.models import Vault, preflight  # SQLCipher loads here, not at start

        if self.suspended:  # a deferred lock shows the prompt while the sync ends
            return
        try:
            salt = preflight(self._path)
        except VaultError as exc:
            self.unlock_failed.emit(exc)
            return
        self._derive_then(passphrase, salt, lambda key: Vault.open(self._path, key=key))

    def create(self, passphrase: str) -> None:
        from mentorpad.models import Vault
        from mentorpad.models.crypto import SALT_BYTES

        salt = secrets.token_bytes(SALT_BYTES)
        self._derive_then(passphrase, salt, lambda key: Vault.create(self._path, key=key))

    def open_with(self, vault: Vault) -> None:
        """Adopt an already open vault (demo mode, tests)."""
        self._vault = vault
        self.vault_unlocked.emit()
        self._start_integrity_check()

    def _derive_then(self, passphrase: str, salt: bytes, opener: Callable[..., Vault]) -> None:
        if self._busy:
            return
        self._set_busy(True)

        def derived(key: object) -> None:
            self._set_busy(False)
            try:
                vault = opener(key)
            except VaultError as exc:
                self.unlock_failed.emit(exc)
                return
            self.open_with(vault)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, VaultError):
                self.unlock_failed.emit(exc)
            else:
                raise exc

        from mentorpad.models import derive_key

        self._background.run(lambda: derive_key(passphrase, salt), derived, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _start_integrity_check(self) -> None:
        """Full page check on a second connection, so unlock itself stays instant. It starts
        once the first screen after unlock has had time to paint (it competes for the CPU
        and the GIL), and reads through a small page cache: every page is read once, and a
        full-size cache left ~32 MiB of freed memory in the process."""
        vault = self._vault
        if vault is None:
            return
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, self, lambda: self._run_integrity_check(vault))

    def _run_integrity_check(self, vault: Vault) -> None:
        if self._vault is not vault:  # locked (or switched) before the check began
            return
        if vault.is_suspended:  # a sync has the file: the check follows it
            self._after_resume.append(lambda: self._run_integrity_check(vault))
            return

        def check() -> IntegrityReport:
            reader = vault.open_reader()
            try:
                reader.execute(f"PRAGMA cache_size = -{INTEGRITY_CACHE_KIB}")
                return vault.check_integrity(reader)
            finally:
                reader.close()

        def done(report: object) -> None:
            self.integrity_checked.emit(report)

        def failed(exc: BaseException) -> None:
            from mentorpad.models import IntegrityReport

            if isinstance(exc, VaultError):
                self.integrity_checked.emit(
                    IntegrityReport(ok=False, problems=(exc.user_message,), pages=0)
                )

        self._background.run(check, done, failed)

    @property
    def background_busy(self) -> bool:
        """A job (the integrity check, a cache being warmed) is running on the pool."""
        return self._background.busy

    def wait_for_background(self, msecs: int = 5000) -> bool:
        """Until no worker (an integrity check) holds a reader on the vault."""
        return self._background.wait(msecs)

    # -- suspended for a sync -----------------------------------------------------------

    @property
    def suspended(self) -> bool:
        return self._vault is not None and self._vault.is_suspended

    @property
    def lock_pending(self) -> bool:
        """A lock came while suspended; it runs once the sync is done (see lock())."""
        return self._lock_pending

    def suspend(self) -> Vault:
        """Wait until no worker holds a reader, then close the connection so that a sync
        can open the file with its own SQLite (mentorpad/sync/connection.py)."""
        vault = self._vault
        if vault is None:
            raise VaultError("The vault is locked.")
        self._background.wait()
        vault.suspend()
        self.suspension_changed.emit(True)
        return vault

    def resume(self, *, changed: bool) -> None:
        """Reopen after the sync (`changed`: it wrote to the vault). The caller then runs
        the lock if one is pending. If the file cannot be reopened, the vault is closed
        (the process lock released) as after a lock, and the VaultError is raised."""
        vault = self._vault
        if vault is None or not vault.is_suspended:
            return
        try:
            vault.resume(changed=changed)
        except VaultError:
            self._vault, self._lock_pending = None, False
            vault.close()
            self.suspension_changed.emit(False)
            self.vault_locked.emit()
            raise
        self.suspension_changed.emit(False)
        waiting, self._after_resume = self._after_resume, []
        for work in waiting:
            work()

    # -- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the dialogs, save the edit in progress, close the connection, then let views
        forget content. While a sync has the file: hide now (lock_deferred), lock after."""
        if self._vault is None:
            return
        if self._vault.is_suspended:
            if not self._lock_pending:
                self._lock_pending = True
                self.lock_deferred.emit()
            return
        self._lock_pending = False
        self.lock_starting.emit()
        if self._vault is None:  # a dialog's closing ended in a lock of its own
            return
        self.vault_locking.emit()
        self._background.wait(3000)  # an integrity check may still hold a reader
        vault, self._vault = self._vault, None
        vault.close()
        self.vault_locked.emit()


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits idle_timed_out after a stretch with no input anywhere in the app.

    Measures with both the monotonic and the wall clock: a laptop that slept through the
    timeout locks on wake, because the wall clock counts the sleep.
    """

    idle_timed_out = Signal()

    def __init__(
        self, timeout_ms: int, parent: QObject | None = None, *, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self._timeout_s = timeout_ms / 1000
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._last_mono = clock.monotonic()
        self._last_wall = clock.wall()
        self._apply_interval(timeout_ms)

    def _apply_interval(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(50, min(5000, timeout_ms // 4)))

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_s = timeout_ms / 1000
        self._apply_interval(timeout_ms)

    @property
    def timeout_ms(self) -> int:
        return int(self._timeout_s * 1000)

    def start(self) -> None:
        self.touch()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def touch(self) -> None:
        self._last_mono = self.clock.monotonic()
        self._last_wall = self.clock.wall()

    def idle_seconds(self) -> float:
        mono = self.clock.monotonic() - self._last_mono
        wall = self.clock.wall() - self._last_wall
        return max(mono, wall) if wall >= 0 else mono

    def check_now(self) -> None:
        """Also called on resume and when the app regains focus."""
        if self._timer.isActive() and self.idle_seconds() >= self._timeout_s:
            self._timer.stop()
            self.idle_timed_out.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.touch()
        return False

    def _on_timer_timeout(self) -> None:
        self.check_now()
