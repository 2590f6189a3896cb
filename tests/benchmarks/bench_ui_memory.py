"""Benchmark: peak memory with the window open on a 1,000,000-customer cache, scrolled to the end.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_ui_memory
[--view panel|windowed] [--customers N] [--cache PATH] [--max-seconds S]``.

The cache: :func:`tests.benchmarks._common.customer_cache` (N customers from the ``large``
seed generator, written through the cache's bulk path, kept between runs).

``--view panel`` (default): the real app -- ``build_context`` with temporary settings and
profiles, the real :class:`~desktop.main_window.MainWindow` (1440×900, offscreen), an
in-memory profile whose cache file *is* the big cache (a symlink at the profile's cache
path; no sync runs), the Customers panel shown with its empty search (newest first). The
benchmark then scrolls the results list to the bottom again and again: each time the list
asks the model for more (``fetchMore``), a page is read on a worker and appended -- until
the model has no more rows or ``--max-seconds`` have passed (then the figure says how far
it got). The panel's model keeps every row it has fetched, so this is the worst case for
it.

``--view windowed``: a plain ``QTableView`` on the benchmark's windowed model
(:class:`~tests.benchmarks.bench_ui_big_table.WindowedCustomersModel`, blocks of rows in a
small LRU), scrolled top to bottom with a repaint at each step; a step is ten screenfuls
(a million rows a screenful at a time would be 30,000 repaints; the model's memory is
bounded by its LRU either way, which is what this view shows).

Printed: RSS before the window opened, peak RSS (``VmHWM``) at the end, rows reached.
Target: peak RSS < 400 MB. Run each view in its own process (``run_all`` does), so one
view's peak does not hide the other's.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from tests.benchmarks._common import customer_cache, emit, load_now, peak_rss_mb, rss_mb


def run_panel(path: Path, max_seconds: float) -> tuple[int, int, bool, float]:
    """(rows shown, rows in the cache, reached the end, seconds) for the Customers panel."""
    import keyring.backends.fail

    from desktop.app import build_context
    from desktop.main_window import MainWindow
    from desktop.settings import Settings
    from services.credentials import SecretStore
    from services.sandbox.server import SandboxServer

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    srv = SandboxServer(seed="empty").start()  # only to verify the key; never synced from
    with tempfile.TemporaryDirectory() as tmp:
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
        link = ctx.accounts.cache_path(profile.id)
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(path, link)
        ctx.profiles_changed.emit()
        opened: list[Any] = []
        ctx.profile_changed.connect(opened.append)
        ctx.switch_profile(profile.id, sync=False)
        _pump(app, lambda: bool(opened), 60)
        window.show_panel("customers")
        panel = window.panel_widget("customers")
        view = getattr(panel, "list", None)
        model = getattr(panel, "model", None)
        if view is None or model is None:
            raise RuntimeError("the Customers panel has no results list to scroll")
        _pump(app, lambda: model.rowCount() > 0, 60)
        ctx.runner.wait_idle(30)
        total = int(
            ctx.session.cache.connect().execute("SELECT count(*) FROM customers").fetchone()[0]
            if ctx.session and ctx.session.cache
            else 0
        )
        started = time.monotonic()
        while time.monotonic() - started < max_seconds:
            view.scrollToBottom()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            ctx.runner.deliver()
            if not model.canFetchMore() and not getattr(model, "loading", False):
                ctx.runner.wait_idle(10)
                if not model.canFetchMore():
                    break
        elapsed = time.monotonic() - started
        view.viewport().repaint()
        rows = model.rowCount()
        reached = not model.canFetchMore()
        window.close()
        ctx.shutdown()
    srv.stop()
    return rows, total, reached, elapsed


def run_windowed(path: Path, max_seconds: float) -> tuple[int, int, bool, float]:
    import sqlite3

    from tests.benchmarks.bench_ui_big_table import WindowedCustomersModel, make_view

    conn = sqlite3.connect(path)
    view = make_view()
    model = WindowedCustomersModel(conn)
    view.setModel(model)
    bar = view.verticalScrollBar()
    started = time.monotonic()
    step = max(1, bar.pageStep() * 10)
    value = 0
    while value < bar.maximum() and time.monotonic() - started < max_seconds:
        value = min(bar.maximum(), value + step)
        bar.setValue(value)
        view.viewport().repaint()
    elapsed = time.monotonic() - started
    last = view.rowAt(view.viewport().height() - 1)
    reached = bar.value() >= bar.maximum()
    rows = (last + 1) if last >= 0 else model.rows
    view.close()
    conn.close()
    return rows, model.rows, reached, elapsed


def _pump(app: QApplication, done: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--view", choices=["panel", "windowed"], default="panel")
    ap.add_argument("--customers", type=int, default=1_000_000)
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--max-seconds", type=float, default=600.0)
    args = ap.parse_args(argv)
    path = customer_cache(args.customers, args.cache)
    app = QApplication.instance() or QApplication([])
    before = rss_mb()
    runner = run_panel if args.view == "panel" else run_windowed
    rows, total, reached, elapsed = runner(path, args.max_seconds)
    peak = peak_rss_mb()
    how_far = "to the end" if reached else f"for {elapsed:.0f} s (time cap)"
    print(
        f"{args.view}: scrolled {how_far}: {rows:,} of {total:,} rows in {elapsed:.1f} s; "
        f"RSS before the window {before:.0f} MB, peak {peak:.0f} MB; load {load_now()}"
    )
    if args.view == "panel":
        what = "memory"
        how = (
            f"the real window on a {total:,}-customer cache, Customers panel (its fetch-more "
            f"results list) scrolled top to bottom; reached {rows:,} rows {how_far}"
        )
    else:
        what = "memory (windowed table)"
        how = (
            f"a table view on the benchmark's windowed model over {total:,} cached customers, "
            "scrolled top to bottom (ten screenfuls a step)"
        )
    extrapolated = ""
    if not reached and rows:
        per_row_kb = max(0.0, peak - before) * 1024 / rows
        extrapolated = (
            f"; growth {per_row_kb:.2f} KB/row, ~{before + per_row_kb * total / 1024:,.0f} MB "
            "at the end"
        )
    emit(
        f"ui.memory.{args.view}",
        what=what,
        how=how,
        target="peak RSS < 400 MB",
        display=f"peak RSS {peak:.0f} MB (before the window {before:.0f} MB){extrapolated}",
        value=round(peak, 1),
        unit="MB",
        meets=(peak < 400) if reached else (False if peak >= 400 else None),
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
