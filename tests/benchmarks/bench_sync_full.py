"""Benchmark: a full sync from a sandbox in another process into a fresh cache.

Run: ``.venv/bin/python -m tests.benchmarks.bench_sync_full [CUSTOMERS] [--limited]``.
Starts ``counterfoil sandbox --seed large`` in a child process (so the server does not
share this process's GIL), then runs :class:`FullSync` with no client-side rate limit
(or Stripe's test-mode limits with ``--limited``, against a sandbox enforcing them) and
prints objects/s, requests, 429s, and the longest gap between progress reports (a
stand-in for how long a UI thread could be starved).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import stripe

from services.cache import Cache, Store
from services.sync import FullSync, RateLimiter, SyncProgress


def _start_sandbox(customers: int, limited: bool) -> tuple[subprocess.Popen[str], str, str]:
    cmd = [
        sys.executable,
        "-m",
        "desktop.cli",
        "sandbox",
        "--seed",
        "large",
        "--port",
        "0",
        "--customers",
        str(customers),
    ]
    if not limited:
        cmd.append("--no-rate-limit")
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = key = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        if m := re.search(r"sandbox at (http://\S+)", line):
            url = m.group(1)
        if m := re.search(r"API key: (\S+)", line):
            key = m.group(1)
        if url and key:
            break
    return proc, url, key


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ticker(stop: threading.Event, gaps: list[float]) -> None:
    """Measures how late a 5 ms timer fires while the sync runs (GIL pressure)."""
    worst = 0.0
    while not stop.is_set():
        t = time.perf_counter()
        time.sleep(0.005)
        worst = max(worst, time.perf_counter() - t - 0.005)
    gaps.append(worst)


def main(customers: int = 100_000, limited: bool = False) -> None:
    t = time.perf_counter()
    proc, url, key = _start_sandbox(customers, limited)
    print(f"sandbox ({customers:,} customers) ready in {time.perf_counter() - t:.1f} s at {url}")
    try:
        client = stripe.StripeClient(key, base_addresses={"api": url})
        with tempfile.TemporaryDirectory() as tmp, Cache.open(Path(tmp) / "b.sqlite3") as cache:
            limiter = RateLimiter(live=False) if limited else RateLimiter.unlimited()
            last = [time.perf_counter()]
            gap = [0.0]

            def progress(p: SyncProgress) -> None:
                now = time.perf_counter()
                gap[0] = max(gap[0], now - last[0])
                last[0] = now

            stop = threading.Event()
            lateness: list[float] = []
            tick = threading.Thread(target=_ticker, args=(stop, lateness))
            tick.start()
            sync = FullSync(client, cache, limiter=limiter, progress=progress)
            server_cpu, own_cpu = _cpu_s(proc.pid), _cpu_s(os.getpid())
            t = time.perf_counter()
            result = sync.run()
            dt = time.perf_counter() - t
            server_cpu = _cpu_s(proc.pid) - server_cpu
            own_cpu = _cpu_s(os.getpid()) - own_cpu
            stop.set()
            tick.join()
            store = Store(cache.connect())
            print(
                f"full sync: {result.total:,} objects in {dt:.1f} s = {result.total / dt:,.0f}/s; "
                f"{result.requests:,} requests ({result.requests / dt:.1f}/s), "
                f"{result.rate_limited} x 429, {sync.ranges_started} ranges, "
                f"{sync.workers} threads"
            )
            print(f"  totals: {result.totals}")
            print(
                f"  cached customers {store.count('customer'):,}, subscriptions "
                f"{store.count('subscription'):,}; longest gap between progress reports "
                f"{gap[0] * 1000:.0f} ms; worst 5 ms timer lateness {lateness[0] * 1000:.1f} ms"
            )
            print(f"  CPU: sync process {own_cpu:.1f} s, sandbox process {server_cpu:.1f} s")
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 100_000, limited="--limited" in sys.argv)
