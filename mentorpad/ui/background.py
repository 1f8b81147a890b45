"""The one module that owns background work (after Anki's QueryOp).

A job is a plain function run on the global thread pool; its result or exception comes back
through a signal on the GUI thread. Jobs never touch widgets.

A `Worker` is a job on a thread of its own, for the long exclusive work of a sync or a join
(seconds on a large vault): it never waits in the pool's queue behind a cache warm-up, the
pool's wait() (before a sync suspends the vault) does not wait for the sync itself, and it
can be waited for alone, as quitting does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # reported on the GUI thread, never swallowed
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Background(QObject):
    """Runs jobs and keeps their relays alive until they report."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        def done(result: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            on_success(result)

        def fail(exc: object) -> None:
            self._relays.discard(relay)
            relay.deleteLater()
            assert isinstance(exc, BaseException)
            on_failure(exc)

        relay.succeeded.connect(done)
        relay.failed.connect(fail)
        self._pool.start(_Job(fn, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)


class Worker(QThread):
    """Runs `fn` once on its own thread; `done` (on the GUI thread) says it ended, and
    `outcome()` gives its result or its exception, also after wait() without the event loop."""

    done = Signal()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._result: Any = None
        self._error: BaseException | None = None
        self._delivered = False

    def run(self) -> None:
        try:
            self._result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._error = exc
        self.done.emit()

    def outcome(self) -> tuple[Any, BaseException | None]:
        return self._result, self._error

    def claim(self) -> bool:
        """True the first time: whoever delivers the outcome (the queued `done`, or a caller
        that waited for the thread) does it once."""
        first, self._delivered = not self._delivered, True
        return first
