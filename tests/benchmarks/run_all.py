"""Run every benchmark, each in its own process, and write the performance table in Markdown.

Run from the project root::

    .venv/bin/python -m tests.benchmarks.run_all [--quick] [--out FILE] [--only ID ...]
        [--cache-dir DIR] [--log-dir DIR]

Each benchmark runs as ``python -m tests.benchmarks.<name> ARGS`` in a child process (so
its memory figures are its own and one crash does not stop the rest), with the offscreen
Qt platform. Its output is echoed and kept in ``--log-dir``. Figures come from the
``RESULT {json}`` lines the benchmarks print (see :mod:`tests.benchmarks._common`); the
benchmarks that do not print them (``bench_sandbox``, ``bench_customers``,
``bench_paused_export``) are read from their text output. A benchmark whose file is
absent is skipped with a line saying so.

The table has the issue's rows in the issue's order -- what | measured how | target |
measured | machine -- then the peer comparison and supplementary figures; above it, the
machine (CPU, cores, RAM, Python, SQLite, OS). ``measured`` ends with ✅ or ❌ against the
target when the benchmark could judge it. The machine column gives the load average when
each benchmark started: the figures are wall-clock times on whatever machine ran them,
and a busy machine makes every one of them worse.

``--quick`` runs every benchmark at a small size (minutes, not an hour): for checking
the suite, not for the README. Generated caches (a million customers takes minutes to
build) are kept in ``--cache-dir`` (default ``~/.cache/counterfoil-bench``) and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.benchmarks._common import (
    ROOT,
    default_cache_dir,
    load_now,
    machine,
    machine_line,
    parse_results,
)

BENCH_DIR = Path(__file__).resolve().parent
Parser = Callable[[str, list[str]], list[dict[str, Any]]]


@dataclass
class Bench:
    """One benchmark run: module name, arguments (full and quick), how to read it."""

    name: str
    full: list[str] = field(default_factory=list)
    quick: list[str] = field(default_factory=list)
    parser: Parser | None = None
    timeout_s: float = 3600.0
    label: str = ""

    @property
    def title(self) -> str:
        return self.name + (f" ({self.label})" if self.label else "")


# -- parsers for benchmarks that print text only -------------------------------------------
_PCT = re.compile(
    r"n=\s*(?P<n>\d+)\s+p50\s+(?P<p50>[\d.]+) ms\s+p95\s+(?P<p95>[\d.]+) ms"
    r"\s+p99\s+(?P<p99>[\d.]+) ms\s+max\s+(?P<max>[\d.]+) ms"
)


def parse_customers(text: str, args: list[str]) -> list[dict[str, Any]]:
    out = []
    total = re.search(r"([\d,]+) customers cached; ([\d,]+) keystrokes", text)
    size = total.group(1) if total else "?"
    for line in text.splitlines():
        m = _PCT.search(line)
        if not m:
            continue
        p50, p95, p99 = float(m["p50"]), float(m["p95"]), float(m["p99"])
        if line.startswith("query"):
            out.append(
                {
                    "id": "lookup",
                    "how": (
                        f"p50 / p95 of `search_page` (first page) over {m['n']} keystrokes "
                        f"(names, e-mails, ids, phones, metadata, account filters), {size} "
                        "cached (bench_customers)"
                    ),
                    "display": f"p50 {p50:.1f} ms / p95 {p95:.1f} ms (p99 {p99:.1f})",
                    "value": p95,
                    "unit": "ms",
                    "meets": p95 < 20,
                }
            )
        elif line.startswith("keystroke"):
            out.append(
                {
                    "id": "keystroke",
                    "how": (
                        f"a key typed into the real Customers panel's search box to the "
                        f"repainted results list, {m['n']} keystrokes, {size} cached "
                        "(bench_customers)"
                    ),
                    "display": f"p95 {p95:.1f} ms (p50 {p50:.1f}, p99 {p99:.1f})",
                    "value": p95,
                    "unit": "ms",
                    "meets": p95 < 50,
                }
            )
    return out


def parse_paused(text: str, args: list[str]) -> list[dict[str, Any]]:
    export = re.search(r"export: ([\d,]+) rows, ([\d.]+) MB in ([\d.]+) s", text)
    traced = re.search(r"peak Python memory growth \(tracemalloc\): ([\d.]+) MB", text)
    rss = re.search(r"peak RSS growth during an export: ([\d.]+) MB", text)
    if not export:
        return []
    seconds = float(export.group(3))
    growth = float(traced.group(1)) if traced else None
    rss_growth = float(rss.group(1)) if rss else None
    memory = max(x for x in (growth, rss_growth, 0.0) if x is not None)
    display = f"{seconds:.2f} s"
    if growth is not None:
        display += f"; memory growth {growth:.1f} MB (tracemalloc)"
    if rss_growth is not None:
        display += f", RSS +{rss_growth:.1f} MB"
    return [
        {
            "id": "paused.csv",
            "how": (
                f"`export_csv` of {export.group(1)} paused subscriptions ({export.group(2)} MB), "
                "best of 3 (bench_paused_export)"
            ),
            "display": display,
            "value": seconds,
            "unit": "s",
            "meets": seconds < 2 and memory < 50,
        }
    ]


def parse_sandbox(text: str, args: list[str]) -> list[dict[str, Any]]:
    out = []
    lat = re.search(r"^\s+all\s+p50\s+([\d.]+) ms\s+p95\s+([\d.]+) ms\s+max\s+([\d.]+)", text, re.M)
    size = re.search(r"large seed, ([\d,]+) customers", text)
    n = size.group(1) if size else "?"
    if lat:
        p50, p95 = float(lat.group(1)), float(lat.group(2))
        out.append(
            {
                "id": "sandbox.page",
                "how": f"list page of 100 out of {n} (http.client keep-alive; bench_sandbox)",
                "display": f"p50 {p50:.1f} ms, p95 {p95:.1f} ms",
                "value": p50,
                "unit": "ms",
                "meets": p50 < 20,
            }
        )
    thr = re.search(r"throughput, (\d+) client processes.*?: (\d+) pages of 100/s", text)
    if thr:
        rps = float(thr.group(2))
        out.append(
            {
                "id": "sandbox.throughput",
                "how": (
                    f"list requests (pages of 100) per second on loopback, {thr.group(1)} "
                    "client processes (bench_sandbox)"
                ),
                "display": f"{rps:,.0f} req/s",
                "value": rps,
                "unit": "req/s",
                "meets": rps >= 500,
            }
        )
    return out


# -- the suite ------------------------------------------------------------------------------
def suite(cache_dir: Path) -> list[Bench]:
    customers_cache = str(cache_dir / "bench-customers-{n}.sqlite3")
    return [
        Bench(
            "bench_sandbox",
            full=["--customers", "1000000"],
            quick=["--customers", "100000", "--requests", "500", "--seconds", "3"],
            parser=parse_sandbox,
        ),
        Bench(
            "bench_customers",
            full=["--customers", "1000000", "--cache", customers_cache.format(n=1_000_000)],
            quick=[
                "--customers",
                "50000",
                "--typed",
                "20",
                "--cache",
                customers_cache.format(n=50_000),
            ],
            parser=parse_customers,
        ),
        Bench(
            "bench_sync_full",
            full=["--limited"],
            quick=["--limited", "--customers", "3000"],
            label="limited",
        ),
        Bench("bench_sync_full", full=[], quick=["--customers", "20000"], label="unlimited"),
        Bench("bench_sync_incremental", full=[], quick=["300"]),
        Bench("bench_ui_sync_heartbeat", full=[], quick=["--customers", "20000"]),
        Bench("bench_ui_big_table", full=[], quick=["--customers", "100000"]),
        Bench("bench_paused_export", full=[], quick=["20000"], parser=parse_paused),
        Bench("bench_ui_cold_start", full=[], quick=["--runs", "3"]),
        Bench(
            "bench_ui_memory",
            full=["--view", "panel", "--max-seconds", "600"],
            quick=["--view", "panel", "--customers", "100000", "--max-seconds", "60"],
            label="panel",
        ),
        Bench(
            "bench_ui_memory",
            full=["--view", "windowed"],
            quick=["--view", "windowed", "--customers", "100000"],
            label="windowed",
        ),
        Bench(
            "bench_peer_djstripe",
            full=[],
            # Quick runs reuse one peer virtualenv (and migrated database) between runs.
            quick=[
                "--customers",
                "200",
                "--lookup-customers",
                "100000",
                "--like-queries",
                "10",
                "--keep",
                str(cache_dir / "peer-djstripe"),
            ],
        ),
        Bench("bench_cache_upsert", full=[], quick=["20000"]),
    ]


# Rows of the issue's table, in its order: id, what, measured how, target.
ISSUE_ROWS: list[tuple[str, str, str, str]] = [
    (
        "lookup",
        "customer lookup, 1,000,000 cached",
        "p50 / p95 of the query for 200 realistic prefixes (names, emails, ids)",
        "p95 < 20 ms",
    ),
    (
        "keystroke",
        "keystroke to results on screen, 1,000,000 cached",
        "qtbot types into the search box, time until the results model has rows",
        "p95 < 50 ms",
    ),
    (
        "sync.limited",
        "full sync against the rate limit",
        "sandbox at Stripe's test-mode limits (25 req/s in total), 50,000 customers + their "
        "subscriptions; objects per second ÷ (25 × 100)",
        "≥ 0.90 of the bound",
    ),
    (
        "sync.unlimited",
        "full sync, no rate limit",
        "sandbox unlimited, 200,000 customers",
        "≥ 10,000 objects/s into the cache",
    ),
    ("sync.incremental", "incremental sync", "1,000 changes as events", "< 2 s"),
    (
        "ui.heartbeat",
        "UI stays live during sync",
        "a 5 ms QTimer heartbeat on the main thread during the 200,000-customer sync; "
        "lateness of each beat",
        "p99 < 16 ms, max < 50 ms",
    ),
    (
        "ui.big_table",
        "big table",
        "customers view over 1,000,000 rows: setting the model and first paint; jump to the "
        "end and repaint",
        "< 100 ms each",
    ),
    (
        "paused.csv",
        "paused-collection CSV",
        "100,000 paused subscriptions",
        "< 2 s, peak memory growth < 50 MB",
    ),
    (
        "ui.cold_start",
        "cold start",
        "`counterfoil --demo` with a warm cache, process start to first painted window",
        "< 1.5 s",
    ),
    (
        "ui.memory.panel",
        "memory",
        "window open on a 1,000,000-customer cache, scrolled top to bottom",
        "peak RSS < 400 MB",
    ),
    (
        "sandbox.page",
        "sandbox: list page",
        "list page of 100 out of 1,000,000",
        "< 20 ms",
    ),
    (
        "sandbox.throughput",
        "sandbox: list throughput",
        "list requests (pages of 100) per second on loopback",
        "≥ 500 req/s",
    ),
]
PEER_ROWS = ["peer.sync", "peer.lookup"]


# -- running --------------------------------------------------------------------------------
def run_bench(bench: Bench, args: list[str], log_dir: Path, env: dict[str, str]) -> dict[str, Any]:
    """Run one benchmark; returns {records, status, seconds, load, log}."""
    log_path = log_dir / f"{bench.name}{'-' + bench.label if bench.label else ''}.log"
    cmd = [sys.executable, "-m", f"tests.benchmarks.{bench.name}", *args]
    print(f"\n=== {bench.title}: {' '.join(cmd[1:])} (load {load_now()})", flush=True)
    load = load_now()
    started = time.monotonic()
    lines: list[str] = []
    status = "ok"
    with open(log_path, "w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        assert proc.stdout is not None
        deadline = started + bench.timeout_s
        try:
            for line in proc.stdout:
                log.write(line)
                if "propagateSizeHints" not in line:
                    print("   " + line.rstrip(), flush=True)
                lines.append(line)
                if time.monotonic() > deadline:
                    status = f"timed out after {bench.timeout_s:.0f} s"
                    proc.kill()
                    break
            code = proc.wait()
        except KeyboardInterrupt:
            proc.kill()
            raise
    if status == "ok" and code != 0:
        status = f"exit code {code}"
    text = "".join(lines)
    records = parse_results(text)
    if bench.parser is not None:
        records += bench.parser(text, args)
    return {
        "records": records,
        "status": status,
        "seconds": time.monotonic() - started,
        "load": load,
        "log": log_path,
        "tail": [ln.rstrip() for ln in lines[-8:]],
    }


def _measured(record: dict[str, Any]) -> str:
    mark = {True: " ✅", False: " ❌"}.get(record.get("meets"), "")
    return f"{record.get('display', '')}{mark}"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(
    info: dict[str, Any],
    results: dict[str, tuple[dict[str, Any], dict[str, Any]]],
    problems: list[str],
    *,
    quick: bool,
    command: str,
    started: dt.datetime,
    minutes: float,
) -> str:
    short_machine = f"{info['cores']}-core {info['cpu'].split(' @')[0]}"
    out = [
        "# Counterfoil performance"
        + (" (quick run: small sizes, not for the README)" if quick else ""),
        "",
        f"Measured {started:%Y-%m-%d %H:%M} UTC with `{command}` ({minutes:.0f} min).",
        "",
        f"Machine: {machine_line(info)}. Load average at the start: "
        f"{'/'.join(str(x) for x in info['load'])} (1/5/15 min).",
        "",
        "Figures are wall-clock on that machine: on a shared or busy machine every figure "
        "is worse than on an idle one (the load average when each benchmark started is in "
        "the last column). ✅/❌: against the target.",
        "",
        "| what | measured how | target | measured | machine |",
        "|---|---|---|---|---|",
    ]

    def row(what: str, how: str, target: str, measured: str, load: str) -> None:
        machine_cell = f"{short_machine}, load {load}" if load else short_machine
        out.append(
            f"| {_cell(what)} | {_cell(how)} | {_cell(target)} | {_cell(measured)} "
            f"| {_cell(machine_cell)} |"
        )

    for rid, what, how, target in ISSUE_ROWS:
        found = results.get(rid)
        if found:
            record, run = found
            row(what, record.get("how") or how, target, _measured(record), run["load"])
        else:
            row(what, how, target, "not measured (see below)", "")
    out += ["", "## Side by side with a peer (dj-stripe)", ""]
    out += ["| what | measured how | target | measured | machine |", "|---|---|---|---|---|"]
    for rid in PEER_ROWS:
        found = results.get(rid)
        if found:
            record, run = found
            row(
                record.get("what", rid),
                record.get("how", ""),
                record.get("target", ""),
                _measured(record),
                run["load"],
            )
        else:
            row(rid, "", "", "not measured (see below)", "")
    shown = {r[0] for r in ISSUE_ROWS} | set(PEER_ROWS)
    extra = [(rid, rec) for rid, rec in results.items() if rid not in shown]
    if extra:
        out += ["", "## Supplementary figures", ""]
        out += ["| what | measured how | target | measured | machine |", "|---|---|---|---|---|"]
        for _rid, (record, run) in extra:
            row(
                record.get("what", _rid),
                record.get("how", ""),
                record.get("target", ""),
                _measured(record),
                run["load"],
            )
    notes = [
        f"- {rec.get('what', rid)}: {rec['note']}"
        for rid, (rec, _run) in results.items()
        if rec.get("note")
    ]
    if notes:
        out += ["", "## Notes", "", *notes]
    if problems:
        out += ["", "## Not measured / problems", "", *[f"- {p}" for p in problems]]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: check the suite runs")
    ap.add_argument("--out", type=Path, default=None, help="write the Markdown table here")
    ap.add_argument("--cache-dir", type=Path, default=None, help="keep generated caches here")
    ap.add_argument("--log-dir", type=Path, default=None, help="keep each benchmark's output")
    ap.add_argument(
        "--only", nargs="*", default=None, help="run only these benchmarks (module names)"
    )
    args = ap.parse_args(argv)
    started_at = dt.datetime.now(dt.UTC)
    t0 = time.monotonic()
    cache_dir = args.cache_dir or default_cache_dir()
    cache_dir.mkdir(parents=True, exist_ok=True)
    log_dir = args.log_dir or (
        (args.out.parent if args.out else Path.cwd()) / f"bench-logs-{started_at:%Y%m%dT%H%M%S}"
    )
    log_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
        "COUNTERFOIL_BENCH_DIR": str(cache_dir),
    }
    info = machine()
    print(f"machine: {machine_line(info)}; load {load_now()}", flush=True)
    results: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    problems: list[str] = []
    for bench in suite(cache_dir):
        if args.only and bench.name not in args.only:
            continue
        if not (BENCH_DIR / f"{bench.name}.py").exists():
            line = f"{bench.title}: skipped, tests/benchmarks/{bench.name}.py is not there"
            print(f"\n=== {line}", flush=True)
            problems.append(line)
            continue
        run = run_bench(bench, bench.quick if args.quick else bench.full, log_dir, env)
        if run["status"] != "ok":
            problems.append(
                f"{bench.title}: {run['status']} after {run['seconds']:.0f} s "
                f"(log: {run['log']}); last lines: " + " / ".join(run["tail"][-3:])
            )
        if not run["records"] and run["status"] == "ok":
            problems.append(f"{bench.title}: printed no figures (log: {run['log']})")
        for record in run["records"]:
            results[record["id"]] = (record, run)
        print(f"=== {bench.title}: {run['status']} in {run['seconds']:.0f} s", flush=True)
    command = "python -m tests.benchmarks.run_all" + (" --quick" if args.quick else "")
    if args.only:
        command += " --only " + " ".join(args.only)
    text = render(
        info,
        results,
        problems,
        quick=args.quick,
        command=command,
        started=started_at,
        minutes=(time.monotonic() - t0) / 60,
    )
    print("\n" + text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}; logs in {log_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
