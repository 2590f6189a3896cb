"""The background task runner: real worker threads, results on the GUI thread, cancel, staleness."""

from __future__ import annotations

import threading

import pytest
import stripe
from PySide6.QtCore import QThread

from desktop.tasks import SyncTaskRunner, TaskCancelled, TaskControl, TaskRunner
from services.errors import UserFacingError


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner(max_threads=4)
    yield runner
    runner.shutdown(2000)


class Recorder:
    """Collects callbacks and remembers which thread each ran on."""

    def __init__(self) -> None:
        self.successes: list[object] = []
        self.failures: list[UserFacingError] = []
        self.progress: list[object] = []
        self.cancelled = 0
        self.threads: set[object] = set()

    def success(self, value: object) -> None:
        self.threads.add(QThread.currentThread())
        self.successes.append(value)

    def failure(self, error: UserFacingError) -> None:
        self.threads.add(QThread.currentThread())
        self.failures.append(error)

    def on_progress(self, value: object) -> None:
        self.threads.add(QThread.currentThread())
        self.progress.append(value)

    def on_cancelled(self) -> None:
        self.cancelled += 1


def test_success_is_delivered_on_the_gui_thread(qtbot, runner, qapp):
    rec = Recorder()
    worker_threads = []

    def work(control: TaskControl) -> int:
        worker_threads.append(threading.current_thread())
        return 42

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.submit(work, on_success=rec.success, on_failure=rec.failure)
    assert rec.successes == [42]
    assert rec.failures == []
    assert worker_threads[0] is not threading.main_thread()
    assert rec.threads == {qapp.thread()}
    assert runner.pending == 0


def test_failure_becomes_a_user_facing_error_with_request_id(qtbot, runner):
    rec = Recorder()

    def work(control: TaskControl) -> None:
        raise stripe.InvalidRequestError(
            "No such customer: 'cus_nope'",
            param="id",
            code="resource_missing",
            http_status=404,
            headers={"request-id": "req_abc123"},
        )

    failed = []
    runner.task_failed.connect(failed.append)
    runner.submit(work, on_success=rec.success, on_failure=rec.failure)
    assert runner.wait_idle(5)
    assert rec.successes == []
    [error] = rec.failures
    assert isinstance(error, UserFacingError)
    assert "No such customer" in error.message
    assert error.request_id == "req_abc123"
    assert "req_abc123" in error.display()
    assert failed == [error]


def test_progress_arrives_in_order_before_the_result(qtbot, runner, qapp):
    rec = Recorder()
    order: list[str] = []

    def work(control: TaskControl) -> str:
        for page in range(5):
            control.progress({"customers": (page + 1) * 100})
        return "done"

    runner.submit(
        work,
        on_success=lambda v: (order.append("success"), rec.success(v)),
        on_failure=rec.failure,
        on_progress=lambda p: (order.append("progress"), rec.on_progress(p)),
    )
    assert runner.wait_idle(5)
    assert rec.progress == [{"customers": n} for n in (100, 200, 300, 400, 500)]
    assert order == ["progress"] * 5 + ["success"]
    assert rec.threads == {qapp.thread()}


def test_cancel_stops_the_worker_and_drops_its_result(qtbot, runner):
    rec = Recorder()
    started = threading.Event()
    pages_done = []

    def work(control: TaskControl) -> str:
        started.set()
        for page in range(1000):
            control.check()
            pages_done.append(page)
            control.event.wait(0.01)
        return "finished anyway"

    runner.submit(
        work,
        on_success=rec.success,
        on_failure=rec.failure,
        on_cancelled=rec.on_cancelled,
        key="sync",
    )
    assert started.wait(5)
    assert runner.is_running("sync")
    assert runner.cancel("sync") is True
    assert runner.wait_idle(5)
    assert rec.successes == [] and rec.failures == []
    assert rec.cancelled == 1
    assert len(pages_done) < 1000
    assert not runner.is_running("sync")
    assert runner.cancel("sync") is False


def test_a_task_that_ignores_cancel_still_has_its_result_dropped(qtbot, runner):
    rec = Recorder()
    release = threading.Event()

    def work(control: TaskControl) -> str:
        release.wait(5)
        return "late"

    handle = runner.submit(
        work, on_success=rec.success, on_failure=rec.failure, on_cancelled=rec.on_cancelled
    )
    handle.cancel()
    release.set()
    assert runner.wait_idle(5)
    assert rec.successes == []
    assert rec.cancelled == 1


def test_newer_task_with_same_key_supersedes_older(qtbot, runner):
    """The slow first search finishes last; only the newest generation is delivered."""
    rec = Recorder()
    release_first = threading.Event()
    first_started = threading.Event()
    first_saw_cancel = []

    def first(control: TaskControl) -> str:
        first_started.set()
        release_first.wait(5)
        first_saw_cancel.append(control.cancelled)
        return "stale"

    def second(control: TaskControl) -> str:
        return "fresh"

    older = runner.submit(
        first,
        on_success=rec.success,
        on_failure=rec.failure,
        on_cancelled=rec.on_cancelled,
        key="search",
    )
    assert first_started.wait(5)
    newer = runner.submit(
        second,
        on_success=rec.success,
        on_failure=rec.failure,
        on_cancelled=rec.on_cancelled,
        key="search",
    )
    assert newer.id > older.id
    qtbot.waitUntil(lambda: rec.successes == ["fresh"], timeout=5000)
    release_first.set()
    assert runner.wait_idle(5)
    assert rec.successes == ["fresh"]
    assert first_saw_cancel == [True]
    assert rec.cancelled == 0  # superseded tasks are dropped silently


def test_stale_failure_and_progress_are_dropped_too(qtbot, runner):
    rec = Recorder()
    release = threading.Event()

    def first(control: TaskControl) -> None:
        release.wait(5)
        control.progress("stale progress")
        raise RuntimeError("stale failure")

    runner.submit(
        first, on_success=rec.success, on_failure=rec.failure, on_progress=rec.on_progress, key="k"
    )
    runner.submit(
        lambda c: "fresh",
        on_success=rec.success,
        on_failure=rec.failure,
        on_progress=rec.on_progress,
        key="k",
    )
    release.set()
    assert runner.wait_idle(5)
    assert rec.successes == ["fresh"]
    assert rec.failures == [] and rec.progress == []


def test_unkeyed_tasks_run_concurrently(qtbot, runner):
    barrier = threading.Barrier(3, timeout=5)
    rec = Recorder()
    for n in range(3):
        runner.submit(
            lambda c, n=n: (barrier.wait(), n)[1], on_success=rec.success, on_failure=rec.failure
        )
    assert runner.wait_idle(10)
    assert sorted(rec.successes) == [0, 1, 2]


def test_unexpected_exception_is_described_not_raised(qtbot, runner):
    rec = Recorder()

    def work(control: TaskControl) -> None:
        raise ValueError("boom")

    runner.submit(work, on_success=rec.success, on_failure=rec.failure)
    assert runner.wait_idle(5)
    [error] = rec.failures
    assert "boom" in error.message


def test_shutdown_refuses_new_work(qtbot):
    runner = TaskRunner()
    runner.shutdown()
    rec = Recorder()
    handle = runner.submit(lambda c: 1, on_success=rec.success, on_failure=rec.failure)
    assert handle.cancelled
    assert runner.pending == 0
    assert rec.successes == []


def test_sync_runner_runs_inside_submit(qtbot):
    runner = SyncTaskRunner()
    rec = Recorder()
    busy = []
    runner.busy_changed.connect(busy.append)

    def work(control: TaskControl) -> str:
        control.progress(1)
        return "now"

    runner.submit(work, on_success=rec.success, on_failure=rec.failure, on_progress=rec.on_progress)
    assert rec.progress == [1]
    assert rec.successes == ["now"]
    assert busy == [True, False]
    assert runner.pending == 0


def test_sync_runner_reports_cancel_raised_by_the_task(qtbot):
    runner = SyncTaskRunner()
    rec = Recorder()

    def work(control: TaskControl) -> None:
        raise TaskCancelled

    runner.submit(
        work, on_success=rec.success, on_failure=rec.failure, on_cancelled=rec.on_cancelled
    )
    assert rec.cancelled == 1
    assert rec.successes == [] and rec.failures == []


def test_thousands_of_tasks_with_progress_do_not_disturb_the_interpreter(qtbot, runner):
    """Guards against PySide6's cross-thread refcount bugs (see desktop/tasks.py)."""
    import sys

    before = sys.getrefcount(None)
    rec = Recorder()

    def work(control: TaskControl) -> None:
        control.progress(True)
        return None

    for _ in range(3000):
        runner.submit(
            work, on_success=rec.success, on_failure=rec.failure, on_progress=rec.on_progress
        )
    assert runner.wait_idle(30)
    assert len(rec.successes) == 3000
    assert len(rec.progress) == 3000
    assert sys.getrefcount(None) > before - 1500  # a per-task over-release would be >= 3000


def test_many_signal_emissions_do_not_exhaust_the_singletons(qapp):
    """PySide6 6.12 on CPython < 3.12 drops a reference to True per emission; importing
    ``desktop`` guards against it (desktop/pyside_compat.py). Without the guard this aborts."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from desktop import pyside_compat

    class Emitter(QObject):
        fired = Signal(object)

    emitter = Emitter()
    seen = []
    emitter.fired.connect(seen.append)
    for _ in range(20_000):
        emitter.fired.emit(None)
    assert len(seen) == 20_000
    if pyside_compat.needed():
        assert sys.getrefcount(True) > 1 << 39
