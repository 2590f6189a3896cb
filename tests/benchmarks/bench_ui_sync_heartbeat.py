"""Benchmark: does the window stay live while a 200,000-customer full sync runs?

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_ui_sync_heartbeat
[--customers N]``.

The real app, not a stand-in: ``desktop.app.build_context`` (temporary settings, profiles
and data, no keyring), the real :class:`~desktop.main_window.MainWindow` shown on the
offscreen platform, an in-memory profile for a ``large`` sandbox running unlimited in a
child process, and ``AppContext.start_sync(full=True)`` -- the sync runs through the app's
``TaskRunner`` (its QThreadPool) and its progress reaches the status bar through queued
signals, as when a person presses F5. The session's rate limiter is switched to unlimited
so the sync goes as fast as it can, the worst case for the GIL.

Meanwhile a 5 ms ``QTimer`` (precise) beats on the main thread. Lateness of a beat = the
time since the previous beat minus 5 ms. Printed: beats, p50/p99/max lateness, and the
sync's own objects/s through the app. Targets: p99 < 16 ms, max < 50 ms.

Before the sync starts, the same heartbeat runs for ``--baseline`` seconds with the window
idle: on a busy machine the baseline shows how late beats are without any sync, which is
the machine's share of the figure, not the app's. ``--switch-interval S`` sets Python's
``sys.setswitchinterval`` first (diagnosis: how much of the lateness is waiting for the
GIL); by default the interpreter's own 5 ms is left alone, as the app does.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring.backends.fail
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import build_context
from desktop.main_window import MainWindow
from desktop.settings import Settings
from services.credentials import SecretStore
from services.sync import RateLimiter
from tests.benchmarks._common import emit, load_now, median, pct, sandbox_process

BEAT_MS = 5


class GcPauses:
    """Durations of the cyclic garbage collector's runs (they hold the GIL throughout)."""

    def __init__(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self._t = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._t = time.perf_counter()
        else:
            self.pauses.append((info["generation"], (time.perf_counter() - self._t) * 1000))

    def summary(self) -> str:
        if not self.pauses:
            return "no collections"
        worst = max(ms for _, ms in self.pauses)
        full = [ms for gen, ms in self.pauses if gen == 2]
        return (
            f"{len(self.pauses):,} collections, {sum(ms for _, ms in self.pauses):.0f} ms in all, "
            f"longest {worst:.1f} ms; {len(full)} full (gen 2)"
            + (f", longest {max(full):.1f} ms" if full else "")
        )


def _lateness(beats: list[float]) -> list[float]:
    """How late each beat came (ms), from the times the beats fired."""
    return [max(0.0, (b - a) * 1000 - BEAT_MS) for a, b in itertools.pairwise(beats)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=200_000)
    ap.add_argument("--timeout", type=float, default=1800.0)
    ap.add_argument("--baseline", type=float, default=5.0, help="idle heartbeat seconds first")
    ap.add_argument("--switch-interval", type=float, default=None)
    args = ap.parse_args(argv)
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    app = QApplication.instance() or QApplication([])
    with (
        sandbox_process(args.customers, rate_limit=None) as srv,
        tempfile.TemporaryDirectory() as tmp,
    ):
        root = Path(tmp)
        ctx = build_context(
            settings=Settings.at_path(str(root / "settings.ini")),
            config_dir=root / "config",
            data_dir=root / "data",
            secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
        )
        window = MainWindow(ctx)
        window.resize(1440, 900)
        window.show()
        profile = ctx.accounts.add_ephemeral_account(
            srv.api_key, api_base=srv.url, display_name="Benchmark"
        )
        ctx.profiles_changed.emit()
        opened: list[Any] = []
        ctx.profile_changed.connect(opened.append)
        ctx.switch_profile(profile.id, sync=False)
        loop_deadline = time.monotonic() + 60
        while not opened and time.monotonic() < loop_deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        assert ctx.session is not None and ctx.session.usable, "the profile did not open"
        ctx.session.limiter = RateLimiter.unlimited()

        beats: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(BEAT_MS)
        timer.timeout.connect(lambda: beats.append(time.perf_counter()))
        outcome: list[Any] = []
        ctx.sync_finished.connect(outcome.append)
        ctx.sync_failed.connect(outcome.append)
        progress_events = [0]
        ctx.sync_progress.connect(lambda _p: progress_events.__setitem__(0, progress_events[0] + 1))

        timer.start()
        beats.append(time.perf_counter())
        loop = QEventLoop()
        QTimer.singleShot(int(args.baseline * 1000), loop.quit)
        loop.exec()  # a real event loop, as app.exec() runs it
        baseline = _lateness(beats)
        beats[:] = [time.perf_counter()]
        gc_pauses = GcPauses()
        gc.callbacks.append(gc_pauses)
        started = time.perf_counter()
        ctx.sync_finished.connect(loop.quit)
        ctx.sync_failed.connect(loop.quit)
        QTimer.singleShot(int(args.timeout * 1000), loop.quit)
        assert ctx.start_sync(full=True), "the sync did not start"
        loop.exec()
        elapsed = time.perf_counter() - started
        timer.stop()
        gc.callbacks.remove(gc_pauses)
        if not outcome:
            raise RuntimeError("the sync did not finish in time")
        result = outcome[0]
        counts = dict(getattr(result, "counts", {}) or {})
        total = sum(counts.values())
        window.close()
        ctx.shutdown()

    late = _lateness(beats)
    p50, p99, worst = median(late), pct(late, 0.99), max(late)
    b50, b99, bmax = median(baseline), pct(baseline, 0.99), max(baseline, default=0.0)
    print(
        f"sync through the app: {total:,} objects in {elapsed:.1f} s = {total / elapsed:,.0f}/s "
        f"({progress_events[0]:,} progress signals); outcome {type(result).__name__}"
    )
    print(
        f"heartbeat: {len(late):,} beats of {BEAT_MS} ms; lateness p50 {p50:.2f} ms, "
        f"p99 {p99:.2f} ms, max {worst:.1f} ms; beats over 16 ms late: "
        f"{sum(1 for x in late if x > 16):,}; load {load_now()}"
    )
    worst_beats = sorted(range(len(late)), key=late.__getitem__)[-3:][::-1]
    when = ", ".join(
        f"{late[i]:.0f} ms at {beats[i + 1] - started:.1f} s" for i in worst_beats if late
    )
    print(f"latest beats (since the sync started; it took {elapsed:.1f} s): {when}")
    print(f"garbage collector during the sync: {gc_pauses.summary()}")
    print(
        f"baseline (window idle, no sync, {args.baseline:.0f} s): p50 {b50:.2f} ms, "
        f"p99 {b99:.2f} ms, max {bmax:.1f} ms"
    )
    emit(
        "ui.heartbeat",
        what="UI stays live during sync",
        how=(
            f"a 5 ms QTimer heartbeat on the main thread of the real window during the "
            f"{args.customers:,}-customer full sync (unlimited) through the app's TaskRunner; "
            "lateness of each beat"
        ),
        target="p99 < 16 ms, max < 50 ms",
        display=f"p99 {p99:.1f} ms, max {worst:.0f} ms (p50 {p50:.2f} ms, {len(late):,} beats)",
        value=round(p99, 2),
        unit="ms",
        meets=p99 < 16 and worst < 50,
        note=(
            f"sync through the app: {total:,} objects in {elapsed:.1f} s; the same heartbeat "
            f"with the window idle and no sync: p99 {b99:.1f} ms, max {bmax:.0f} ms"
        ),
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
