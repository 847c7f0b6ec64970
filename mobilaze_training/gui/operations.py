"""Slow work off the GUI thread: one helper with progress, cancel, success and failure."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from mobilaze_training.errors import MobilazeError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    pass


class Progress:
    """Handed to the work function: report progress, and see whether it was cancelled."""

    def __init__(self, signals: _Signals, cancel: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.cancel = cancel
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(Progress(self.signals, self.cancel))
        except BaseException as exc:  # reported to the GUI thread, never lost
            if isinstance(exc, MobilazeError):
                log.info("background operation refused: %s", exc)  # a user's input, not a bug
            elif not isinstance(exc, Cancelled):
                log.exception("background operation failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class Operation(QObject):
    """A running background job; keep a reference until `finished`."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self.succeeded)
        self._signals.failed.connect(self.failed)
        self._signals.finished.connect(self.finished)

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, fn: Callable[[Progress], Any]) -> Operation:
        QThreadPool.globalInstance().start(_Job(fn, self._signals, self._cancel))
        return self


_running: set[Operation] = set()


def run(
    fn: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    parent: QObject | None = None,
) -> Operation:
    """Run `fn(progress)` on a worker thread; callbacks run on the GUI thread."""
    op = Operation(parent)
    if on_success:
        op.succeeded.connect(on_success)
    if on_failure:
        op.failed.connect(on_failure)
    if on_progress:
        op.progress.connect(on_progress)
    _running.add(op)
    op.finished.connect(lambda: _running.discard(op))
    return op.start(fn)
