"""Background work for the GUI: a QThreadPool task runner with callbacks on the GUI thread.

Every Stripe call and every bulk cache write goes through :class:`TaskRunner`:

    runner.submit(fetch, on_success=show, on_failure=report, on_progress=tick, key="search")

``fetch`` runs on a worker thread and receives a :class:`TaskControl`; it reports progress with
``control.progress(payload)`` and checks ``control.cancelled`` (or calls ``control.check()``)
between units of work. ``on_success(result)``, ``on_failure(error)`` and ``on_progress(payload)``
always run on the GUI thread. ``on_failure`` receives a :class:`services.errors.UserFacingError`
made by ``services.errors.describe``, so a panel can show Stripe's message and request id as-is.

Tasks submitted with the same ``key`` supersede each other (git-cola's generation numbers): the
older task is asked to cancel and whatever it reports later is dropped, so a slow reply can
never overwrite a newer one. ``cancel(key)`` cancels cooperatively; a cancelled task's result is
dropped and ``on_cancelled`` (if given) runs instead.

How it works (git-cola's ``qtutils`` / Anki's ``QueryOp``): each task is a :class:`TaskJob`
(a ``QRunnable``) started on the runner's own ``QThreadPool``. The job never creates or owns a
QObject; it reports by emitting the runner's private ``_posted`` signal. The runner lives on the
GUI thread and receives ``_posted`` over a queued connection, so every callback runs there, in
the order the worker reported. Cancellation is a ``threading.Event`` the task polls.

Unit tests inject :class:`ImmediatePool` (Picard's ``FakeThreadPool`` idea) through
:class:`SyncTaskRunner`, which runs each task to completion inside ``submit`` and delivers its
outcomes before ``submit`` returns.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)

from services.errors import UserFacingError, describe

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[UserFacingError], None]
ProgressCallback = Callable[[Any], None]
CancelledCallback = Callable[[], None]
Kind = Literal["progress", "success", "failure", "cancelled"]
Post = Callable[[int, str, Any], None]
"""How a job reports: ``post(task_id, kind, payload)``; callable from any thread."""

DEFAULT_MAX_THREADS = 6
"""Tasks are network-bound Stripe calls and cache writes; a few at a time is plenty."""
WAIT_SLICE_S = 0.01
"""How long :meth:`TaskRunner.wait_idle` blocks on the pool between rounds of events."""


class TaskCancelled(Exception):
    """Raised inside a task (by :meth:`TaskControl.check`) to stop early after a cancel."""


class TaskControl:
    """What a running task gets: a progress reporter and the cancellation flag.

    Safe to use from the worker thread; ``progress`` only posts the payload and never blocks.
    """

    def __init__(self, task_id: int, post: Post, event: threading.Event):
        self.task_id = task_id
        self.event = event
        self._post = post

    @property
    def cancelled(self) -> bool:
        """True once the task was cancelled or superseded by a newer task with the same key."""
        return self.event.is_set()

    def check(self) -> None:
        """Raise :class:`TaskCancelled` if the task was cancelled; call between units of work."""
        if self.event.is_set():
            raise TaskCancelled

    def progress(self, payload: Any) -> None:
        """Report progress; ``on_progress(payload)`` runs on the GUI thread unless cancelled."""
        if not self.event.is_set():
            self._post(self.task_id, "progress", payload)


@dataclass(eq=False)
class TaskHandle:
    """A submitted task: its generation number, key and cancellation flag."""

    id: int
    key: str | None
    name: str
    on_success: SuccessCallback
    on_failure: FailureCallback
    on_progress: ProgressCallback | None = None
    on_cancelled: CancelledCallback | None = None
    event: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        """True once cancel was requested (directly or by a newer task with the same key)."""
        return self.event.is_set()

    def cancel(self) -> None:
        """Ask the task to stop; its result, if any, will be dropped."""
        self.event.set()


def _execute(task: TaskHandle, fn: Callable[[TaskControl], Any], post: Post) -> None:
    """Run one task on the current (worker) thread and post its outcome."""
    if task.event.is_set():
        post(task.id, "cancelled", None)
        return
    control = TaskControl(task.id, post, task.event)
    try:
        result = fn(control)
    except TaskCancelled:
        post(task.id, "cancelled", None)
    except BaseException as exc:
        if task.event.is_set():
            # A cancelled task often fails on the way out (closed connection); that is noise.
            post(task.id, "cancelled", None)
            return
        log.info("task %s failed", task.name, exc_info=True)
        try:
            error = describe(exc)
        except Exception:  # describe must never take the runner down with it
            log.exception("describing a task failure failed")
            error = UserFacingError(str(exc) or type(exc).__name__)
        post(task.id, "failure", error)
    else:
        post(task.id, "cancelled" if task.event.is_set() else "success", result)


class TaskJob(QRunnable):  # type: ignore[misc, unused-ignore]  # PySide6 6.11: untyped
    """One task as a ``QRunnable``: runs ``fn(control)`` and posts the outcome.

    It holds plain Python objects only (the task, the function, the ``post`` callable); the
    QObject that carries outcomes to the GUI thread belongs to the runner.
    """

    def __init__(self, task: TaskHandle, fn: Callable[[TaskControl], Any], post: Post) -> None:
        super().__init__()
        self.task = task
        self.fn = fn
        self.post = post
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            _execute(self.task, self.fn, self.post)
        except BaseException:  # e.g. the runner was destroyed mid-task; never kill the worker
            log.warning("task %s could not report its outcome", self.task.name, exc_info=True)
        finally:
            # Drop references now: the pool may keep the finished runnable a little longer.
            self.fn = _finished
            self.post = _discard


def _finished(control: TaskControl) -> None:
    """Stand-in for a job's function after it ran."""


def _discard(task_id: int, kind: str, payload: Any) -> None:
    """Stand-in for a job's ``post`` after it ran."""


class Pool(Protocol):
    """Where jobs run: :class:`ThreadPool` (a ``QThreadPool``) or :class:`ImmediatePool`."""

    def start(self, job: TaskJob) -> None: ...

    def wait_for_done(self, timeout: float) -> bool: ...

    def shutdown(self, timeout: float) -> bool: ...


class ThreadPool:
    """A dedicated ``QThreadPool`` (not the global one) with at most ``max_threads`` workers."""

    def __init__(self, max_threads: int = DEFAULT_MAX_THREADS, parent: QObject | None = None):
        self.qpool = QThreadPool(parent)
        self.qpool.setObjectName("counterfoil-tasks")
        self.qpool.setMaxThreadCount(max(1, max_threads))

    @property
    def max_threads(self) -> int:
        return int(self.qpool.maxThreadCount())

    def start(self, job: TaskJob) -> None:
        self.qpool.start(job)

    def wait_for_done(self, timeout: float) -> bool:
        """Block (without holding the GIL) until no job is queued or running, up to ``timeout``."""
        return bool(self.qpool.waitForDone(max(0, int(timeout * 1000))))

    def shutdown(self, timeout: float) -> bool:
        """Drop jobs that have not started, then wait up to ``timeout`` for the running ones."""
        self.qpool.clear()
        return self.wait_for_done(timeout)


class ImmediatePool:
    """Runs each job at once on the calling thread (for unit tests)."""

    def start(self, job: TaskJob) -> None:
        job.run()

    def wait_for_done(self, timeout: float) -> bool:
        return True

    def shutdown(self, timeout: float) -> bool:
        return True


class TaskRunner(QObject):  # type: ignore[misc, unused-ignore]
    """Runs functions on worker threads and delivers their outcomes on the GUI thread.

    Signals:
        busy_changed(bool) -- True when the first task starts, False when the last one ends.
        task_failed(object error) -- every failure, after its own ``on_failure`` ran; the shell
            uses it to notice that Stripe is unreachable (the offline indicator).
    """

    busy_changed = Signal(bool)
    task_failed = Signal(object)
    # Emitted by workers (task id, kind, payload); received on the GUI thread, queued.
    _posted = Signal(int, str, object)

    def __init__(
        self,
        pool: Pool | None = None,
        *,
        max_threads: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool: Pool = (
            pool
            if pool is not None
            else ThreadPool(max_threads or DEFAULT_MAX_THREADS, parent=self)
        )
        self._immediate = isinstance(self._pool, ImmediatePool)
        self._inline: list[tuple[int, str, Any]] = []
        self._posted.connect(self._on_posted, Qt.ConnectionType.QueuedConnection)
        self._ids = itertools.count(1)
        self._tasks: dict[int, TaskHandle] = {}
        self._current: dict[str, int] = {}
        self._closed = False

    # -- submitting ---------------------------------------------------------------------------

    def submit(
        self,
        fn: Callable[[TaskControl], Any],
        *,
        on_success: SuccessCallback,
        on_failure: FailureCallback,
        on_progress: ProgressCallback | None = None,
        on_cancelled: CancelledCallback | None = None,
        key: str | None = None,
        name: str | None = None,
    ) -> TaskHandle:
        """Run ``fn(control)`` in the background; see the module docstring for the callbacks.

        A task with the same ``key`` as a running one supersedes it: the older one is cancelled
        and its result dropped.
        """
        task = TaskHandle(
            id=next(self._ids),
            key=key,
            name=name or str(getattr(fn, "__qualname__", repr(fn))),
            on_success=on_success,
            on_failure=on_failure,
            on_progress=on_progress,
            on_cancelled=on_cancelled,
        )
        if self._closed:
            task.cancel()
            return task
        if key is not None:
            older = self._current.get(key)
            if older is not None and older in self._tasks:
                self._tasks[older].cancel()
            self._current[key] = task.id
        was_idle = not self._tasks
        self._tasks[task.id] = task
        if was_idle:
            self.busy_changed.emit(True)
        if self._immediate:
            self._pool.start(TaskJob(task, fn, self._collect))
            self._deliver_inline()
        else:
            self._pool.start(TaskJob(task, fn, self._posted.emit))
        return task

    def cancel(self, key: str) -> bool:
        """Cancel the current task with ``key``; True if there was one running."""
        task_id = self._current.get(key)
        task = self._tasks.get(task_id) if task_id is not None else None
        if task is None:
            return False
        task.cancel()
        return True

    def cancel_all(self) -> None:
        """Cancel every running task (used when switching profile and on quit)."""
        for task in self._tasks.values():
            task.cancel()

    def is_running(self, key: str) -> bool:
        """True while the current task with ``key`` has not delivered its outcome."""
        task_id = self._current.get(key)
        return task_id is not None and task_id in self._tasks

    @property
    def pending(self) -> int:
        """How many tasks have not delivered their outcome yet."""
        return len(self._tasks)

    @property
    def max_threads(self) -> int:
        """How many tasks may run at once (1 for the synchronous test runner)."""
        return self._pool.max_threads if isinstance(self._pool, ThreadPool) else 1

    @property
    def thread_pool(self) -> QThreadPool | None:
        """The runner's own ``QThreadPool`` (None for the synchronous test runner)."""
        return self._pool.qpool if isinstance(self._pool, ThreadPool) else None

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every task delivered its outcome (for tests and screenshots).

        Callbacks may submit follow-up tasks; those are waited for too.
        """
        deadline = time.monotonic() + timeout
        while True:
            self.deliver()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            if not self._tasks:
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self._pool.wait_for_done(min(WAIT_SLICE_S, remaining))

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel everything, refuse new work and wait (up to ``timeout`` s) for the workers.

        After shutdown no callback runs: outcomes still in flight are dropped. A worker stuck
        in a network call past ``timeout`` is left to finish on its own (it is told to cancel,
        and ``QThreadPool`` waits for it when the runner is destroyed).
        """
        self._closed = True
        self.cancel_all()
        if not self._pool.shutdown(timeout):
            names = sorted({task.name for task in self._tasks.values()})
            log.warning("background tasks still running at shutdown: %s", ", ".join(names))
        self._tasks.clear()
        self._current.clear()

    # -- delivery (GUI thread) ----------------------------------------------------------------

    def deliver(self) -> None:
        """Run the callbacks for every outcome that has reached the GUI thread so far."""
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall.value)

    def _collect(self, task_id: int, kind: str, payload: Any) -> None:
        """``post`` for :class:`ImmediatePool`: keep outcomes until the job has returned."""
        self._inline.append((task_id, kind, payload))

    def _deliver_inline(self) -> None:
        outcomes, self._inline = self._inline, []
        for task_id, kind, payload in outcomes:
            self._on_posted(task_id, kind, payload)

    @Slot(int, str, object)  # type: ignore[untyped-decorator, unused-ignore]
    def _on_posted(self, task_id: int, kind: str, payload: Any) -> None:
        if self._closed:
            return
        try:
            self._dispatch(task_id, kind, payload)
        except Exception:
            log.exception("a task callback raised")

    def _dispatch(self, task_id: int, kind: str, payload: Any) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            return
        superseded = task.key is not None and self._current.get(task.key) != task.id
        if kind == "progress":
            if not superseded and not task.cancelled and task.on_progress is not None:
                task.on_progress(payload)
            return
        self._finish(task)
        if superseded:
            return  # stale: a newer generation owns this key
        if task.cancelled or kind == "cancelled":
            if task.on_cancelled is not None:
                task.on_cancelled()
        elif kind == "success":
            task.on_success(payload)
        else:
            task.on_failure(payload)
            self.task_failed.emit(payload)

    def _finish(self, task: TaskHandle) -> None:
        self._tasks.pop(task.id, None)
        if task.key is not None and self._current.get(task.key) == task.id:
            del self._current[task.key]
        if not self._tasks:
            self.busy_changed.emit(False)


class SyncTaskRunner(TaskRunner):
    """A :class:`TaskRunner` that runs each task inside ``submit`` (for unit tests)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ImmediatePool(), parent=parent)
