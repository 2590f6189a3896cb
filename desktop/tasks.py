"""Background work for the GUI: a task runner with callbacks on the GUI thread.

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

Why not QThreadPool + queued signals: with PySide6 6.12 on CPython 3.11, every Python
``QRunnable.run`` executed by ``QThreadPool`` releases one reference to ``None`` too many, and
emitting signals from Python worker threads corrupts the reference counts of ``True``/``None``;
after a few thousand tasks the process aborts ("Fatal Python error: none_dealloc"). So workers
here are plain Python threads that never touch Qt: they put outcomes on a thread-safe queue,
and a QTimer on the GUI thread drains it while tasks are pending (every few milliseconds).

Unit tests inject :class:`ImmediatePool` (Picard's ``FakeThreadPool`` idea) through
:class:`SyncTaskRunner`, which runs each task to completion inside ``submit``.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from services.errors import UserFacingError, describe

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[UserFacingError], None]
ProgressCallback = Callable[[Any], None]
CancelledCallback = Callable[[], None]
Kind = Literal["progress", "success", "failure", "cancelled"]
Message = tuple[int, Kind, Any]

DEFAULT_MAX_THREADS = 6
POLL_MS = 8


class TaskCancelled(Exception):
    """Raised inside a task (by :meth:`TaskControl.check`) to stop early after a cancel."""


class TaskControl:
    """What a running task gets: a progress reporter and the cancellation flag.

    Safe to use from the worker thread; ``progress`` only queues the payload and never blocks.
    """

    def __init__(self, task_id: int, outbox: queue.SimpleQueue[Message], event: threading.Event):
        self.task_id = task_id
        self.event = event
        self._outbox = outbox

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
            self._outbox.put((self.task_id, "progress", payload))


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


def _execute(
    task: TaskHandle, fn: Callable[[TaskControl], Any], outbox: queue.SimpleQueue[Message]
) -> None:
    """Run one task on the current (worker) thread and queue its outcome."""
    if task.event.is_set():
        outbox.put((task.id, "cancelled", None))
        return
    control = TaskControl(task.id, outbox, task.event)
    try:
        result = fn(control)
    except TaskCancelled:
        outbox.put((task.id, "cancelled", None))
    except BaseException as exc:
        if task.event.is_set():
            # A cancelled task often fails on the way out (closed connection); that is noise.
            outbox.put((task.id, "cancelled", None))
            return
        log.info("task %s failed", task.name, exc_info=True)
        try:
            error = describe(exc)
        except Exception:  # describe must never take the runner down with it
            log.exception("describing a task failure failed")
            error = UserFacingError(str(exc) or type(exc).__name__)
        outbox.put((task.id, "failure", error))
    else:
        kind: Kind = "cancelled" if task.event.is_set() else "success"
        outbox.put((task.id, kind, result))


class Pool(Protocol):
    """Where jobs run: :class:`WorkerPool` (threads) or :class:`ImmediatePool` (inline)."""

    def start(self, job: Callable[[], None]) -> None: ...

    def wait_for_done(self, timeout: float) -> bool: ...

    def shutdown(self, timeout: float) -> bool: ...


class WorkerPool:
    """A small pool of daemon Python threads, created on demand up to ``max_threads``.

    Daemon threads mean a worker stuck in a slow network call can never keep the app from
    quitting; :meth:`shutdown` waits for them only up to a deadline.
    """

    def __init__(self, max_threads: int = DEFAULT_MAX_THREADS, name: str = "counterfoil-task"):
        self.max_threads = max(1, max_threads)
        self._name = name
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._idle = 0
        self._waiting_jobs = 0
        self._starting = 0
        self._active = 0
        self._done = threading.Condition(self._lock)

    def start(self, job: Callable[[], None]) -> None:
        """Queue ``job``; start another thread if none is idle and the cap allows."""
        with self._lock:
            self._active += 1
            self._waiting_jobs += 1
            # Every queued job needs a thread that is idle or about to be.
            if (
                self._waiting_jobs > self._idle + self._starting
                and len(self._threads) < self.max_threads
            ):
                self._starting += 1
                thread = threading.Thread(
                    target=self._work, name=f"{self._name}-{len(self._threads) + 1}", daemon=True
                )
                self._threads.append(thread)
                thread.start()
        self._jobs.put(job)

    def _work(self) -> None:
        with self._lock:
            self._starting -= 1
        while True:
            with self._lock:
                self._idle += 1
            job = self._jobs.get()
            with self._lock:
                self._idle -= 1
                if job is not None:
                    self._waiting_jobs -= 1
            if job is None:
                return
            try:
                job()
            except BaseException:  # _execute catches everything; this is belt and braces
                log.exception("worker job crashed")
            finally:
                with self._lock:
                    self._active -= 1
                    if self._active == 0:
                        self._done.notify_all()

    @property
    def active(self) -> int:
        """Jobs queued or running."""
        with self._lock:
            return self._active

    def wait_for_done(self, timeout: float) -> bool:
        """Block until no job is queued or running, up to ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._active:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._done.wait(remaining)
        return True

    def shutdown(self, timeout: float) -> bool:
        """Let queued jobs finish (up to ``timeout``), then stop the threads."""
        done = self.wait_for_done(timeout)
        with self._lock:
            threads = list(self._threads)
        for _ in threads:
            self._jobs.put(None)
        return done


class ImmediatePool:
    """Runs each job at once on the calling thread (for unit tests)."""

    def start(self, job: Callable[[], None]) -> None:
        job()

    def wait_for_done(self, timeout: float) -> bool:
        return True

    def shutdown(self, timeout: float) -> bool:
        return True


class TaskRunner(QObject):
    """Runs functions on worker threads and delivers their outcomes on the GUI thread.

    Signals:
        busy_changed(bool) -- True when the first task starts, False when the last one ends.
        task_failed(object error) -- every failure, after its own ``on_failure`` ran; the shell
            uses it to notice that Stripe is unreachable (the offline indicator).
    """

    busy_changed = Signal(bool)
    task_failed = Signal(object)

    def __init__(
        self,
        pool: Pool | None = None,
        *,
        max_threads: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool: Pool = (
            pool if pool is not None else WorkerPool(max_threads or DEFAULT_MAX_THREADS)
        )
        self._outbox: queue.SimpleQueue[Message] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.deliver)
        self._ids = itertools.count(1)
        self._tasks: dict[int, TaskHandle] = {}
        self._current: dict[str, int] = {}
        self._closed = False
        self._delivering = False

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
        outbox = self._outbox
        self._pool.start(lambda: _execute(task, fn, outbox))
        if isinstance(self._pool, ImmediatePool):
            self.deliver()
        elif not self._timer.isActive():
            self._timer.start()
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

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every task delivered its outcome (for tests and screenshots)."""
        deadline = time.monotonic() + timeout
        while True:
            self.deliver()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            if not self._tasks:
                return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.003)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel everything, refuse new work and wait (up to ``timeout``) for the workers."""
        self._closed = True
        self.cancel_all()
        self._pool.shutdown(timeout)
        self._timer.stop()

    # -- delivery (GUI thread) ----------------------------------------------------------------

    def deliver(self) -> None:
        """Run the callbacks for every outcome queued so far (the timer calls this)."""
        if self._delivering:
            return
        self._delivering = True
        try:
            while True:
                try:
                    task_id, kind, payload = self._outbox.get_nowait()
                except queue.Empty:
                    break
                try:
                    self._dispatch(task_id, kind, payload)
                except Exception:
                    log.exception("a task callback raised")
        finally:
            self._delivering = False
            if not self._tasks:
                self._timer.stop()

    def _dispatch(self, task_id: int, kind: Kind, payload: Any) -> None:
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
