"""Benchmark: peak memory with the window open on a 1,000,000-customer cache, scrolled to the end.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.benchmarks.bench_ui_memory
[--view panel|windowed] [--customers N] [--cache PATH] [--max-seconds S] [--screens K]
[--search TEXT]``.

The cache: :func:`tests.benchmarks._common.customer_cache` (N customers from the ``large``
seed generator, written through the cache's bulk path, kept between runs).

``--view panel`` (default): the real app -- ``build_context`` with temporary settings and
profiles, the real :class:`~desktop.main_window.MainWindow` (1440×900, offscreen), an
in-memory profile whose cache file *is* the big cache (a symlink at the profile's cache
path; no sync runs), the Customers panel shown with its empty search (newest first). The
list is scrolled to the end once (the view asks the model for more, which maps the whole
list on a worker: then the list has every customer), then walked from the top to the
bottom ``--screens`` screenfuls at a time (default 8: fewer rows than a block, so every
block of the list is read); at each step the benchmark waits until no visible row is a
placeholder (its block read on a worker) and repaints -- until the last row is on screen or
``--max-seconds`` have passed (then the figure says how far it got). ``--search TEXT``
types a search instead and scrolls its ranked results to the bottom again and again (each
time the model fetches the next block), the growing list whose blocks the model forgets.

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
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from tests.benchmarks._common import customer_cache, emit, load_now, peak_rss_mb, rss_mb


def run_panel(
    path: Path, max_seconds: float, screens: int = 8, search: str = ""
) -> tuple[int, int, bool, float]:
    """(rows reached, rows in the list, reached the end, seconds) for the Customers panel."""
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
        if search:
            shown: list[int] = []
            customers: Any = panel
            customers.results_shown.connect(shown.append)
            customers.search.setText(search)
            _pump(app, lambda: bool(shown), 60)
            ctx.runner.wait_idle(30)

        def step() -> None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            ctx.runner.deliver()

        started = time.monotonic()
        deadline = started + max_seconds
        # Scroll to the end: the view asks for more. A search grows block by block (until
        # the end or the deadline); the empty search gets mapped, and then has every row.
        while time.monotonic() < deadline and not getattr(model, "mapped", False):
            view.scrollToBottom()
            step()
            if not model.canFetchMore() and not model.loading:
                ctx.runner.wait_idle(10)
                if not model.canFetchMore():
                    break
        total = model.rowCount()
        reached_row = total - 1 if not search and not model.canFetchMore() else -1
        if getattr(model, "mapped", False):
            reached_row = _walk(view, model, step, screens, deadline)
        elif search:
            reached_row = total - 1
        elapsed = time.monotonic() - started
        rows = reached_row + 1
        reached = rows >= total and not model.canFetchMore()
        print(
            f"blocks read again {getattr(model, 'reads', '?')}, kept "
            f"{len(getattr(model, 'kept_blocks', []))}; connections opened by the panel's "
            f"pool {getattr(getattr(panel, 'pool', None), 'opened', '?')}"
        )
        window.close()
        ctx.shutdown()
    srv.stop()
    return rows, total, reached, elapsed


def _walk(view: Any, model: Any, step: Callable[[], None], screens: int, deadline: float) -> int:
    """Walk the mapped list from the top to the bottom, ``screens`` screenfuls a step, each
    step shown with real rows (not placeholders) before the next; the last row reached."""
    bar = view.verticalScrollBar()
    view.scrollToTop()
    stride = max(1, bar.pageStep() * screens)
    last = -1
    while True:
        step()  # the scroll's own events
        top = view.indexAt(view.viewport().rect().topLeft()).row()
        bottom = view.indexAt(view.viewport().rect().bottomLeft()).row()
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        visible = range(max(top, 0), bottom + 1)
        # model.hit asks for a missing block, as painting the row would.
        while any(model.hit(r) is None for r in visible) and time.monotonic() < deadline:
            step()
        if any(model.hit(r) is None for r in visible):
            break  # the deadline passed
        view.viewport().repaint()
        last = bottom
        if bar.value() >= bar.maximum() or time.monotonic() >= deadline:
            break
        bar.setValue(min(bar.maximum(), bar.value() + stride))
    return last


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
    ap.add_argument("--screens", type=int, default=8, help="screenfuls per step (panel)")
    ap.add_argument("--search", default="", help="scroll this search's results (panel)")
    args = ap.parse_args(argv)
    path = customer_cache(args.customers, args.cache)
    app = QApplication.instance() or QApplication([])
    before = rss_mb()
    if args.view == "panel":
        rows, total, reached, elapsed = run_panel(path, args.max_seconds, args.screens, args.search)
    else:
        rows, total, reached, elapsed = run_windowed(path, args.max_seconds)
    peak = peak_rss_mb()
    how_far = "to the end" if reached else f"for {elapsed:.0f} s (time cap)"
    print(
        f"{args.view}: scrolled {how_far}: {rows:,} of {total:,} rows in {elapsed:.1f} s; "
        f"RSS before the window {before:.0f} MB, peak {peak:.0f} MB; load {load_now()}"
    )
    if args.view == "panel":
        what = "memory"
        if args.search:
            walked = (
                f"search {args.search!r}, its ranked results scrolled to the bottom again and "
                "again (a block fetched each time)"
            )
        else:
            walked = (
                f"empty search, every customer: mapped, then walked top to bottom "
                f"{args.screens} screenfuls a step, each step's rows read before the next"
            )
        how = (
            f"the real window on a {total:,}-customer cache, Customers panel (a lazy list of "
            f"blocks, a few kept); {walked}; reached {rows:,} rows {how_far}"
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
