"""Benchmark: a full sync from a sandbox in another process into a fresh cache.

Run: ``.venv/bin/python -m tests.benchmarks.bench_sync_full [--customers N] [--limited]``.

Starts ``counterfoil sandbox --seed large`` (N customers, each with a subscription) in a
child process, so the server does not share this process's GIL, then runs
:class:`~services.sync.FullSync` into a new cache file and prints objects/s, requests,
429s, and the CPU each process used.

- default: no rate limit anywhere, 200,000 customers (target ≥ 10,000 objects/s into the
  cache);
- ``--limited``: the sandbox enforces Stripe's test-mode limits (25 requests/s in total,
  25 per endpoint) and the sync uses its normal :class:`~services.sync.RateLimiter`;
  50,000 customers; the figure is objects/s ÷ (25 × 100), the most a sync can list at
  that limit (target ≥ 0.90).

CPU per object is printed too (the sync's split into its writer thread and the rest,
mostly the fetch threads): on a shared machine the wall-clock rate depends on what else
runs, while the CPU the sync and the sandbox spend per object does much less. One request
is sent before the clock starts: the sandbox loads its endpoint specs on its first
request, a cold start of the test server that no sync against Stripe pays.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import stripe

from services.cache import Cache, Store
from services.sync import FullSync, RateLimiter, SyncProgress
from tests.benchmarks._common import cpu_s, emit, load_now, sandbox_process

BOUND = 25 * 100
"""Objects per second a sync can list at Stripe's test-mode limit: 25 pages of 100."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=None)
    ap.add_argument("--limited", action="store_true", help="Stripe's test-mode rate limits")
    args = ap.parse_args(argv)
    customers = args.customers or (50_000 if args.limited else 200_000)
    t = time.perf_counter()
    with sandbox_process(customers, rate_limit=25.0 if args.limited else None) as srv:
        print(f"sandbox ({customers:,} customers) ready in {time.perf_counter() - t:.1f} s")
        client = stripe.StripeClient(srv.api_key, base_addresses={"api": srv.url})
        # The sandbox loads its endpoint specs on its first request (~1 s of CPU): a cold
        # start of the test server, not part of any sync, so it is not timed.
        t = time.perf_counter()
        client.raw_request("get", "/v1/account")
        print(f"sandbox warm-up (first request) {time.perf_counter() - t:.2f} s, not timed")
        with tempfile.TemporaryDirectory() as tmp, Cache.open(Path(tmp) / "b.sqlite3") as cache:
            limiter = RateLimiter(live=False) if args.limited else RateLimiter.unlimited()
            last = [time.perf_counter()]
            gap = [0.0]

            def progress(p: SyncProgress) -> None:
                now = time.perf_counter()
                gap[0] = max(gap[0], now - last[0])
                last[0] = now

            sync = FullSync(client, cache, limiter=limiter, progress=progress)
            load_before = load_now()
            server_cpu, own_cpu = cpu_s(srv.pid), cpu_s(os.getpid())
            t = time.perf_counter()
            result = sync.run()
            dt = time.perf_counter() - t
            server_cpu = cpu_s(srv.pid) - server_cpu
            own_cpu = cpu_s(os.getpid()) - own_cpu
            store = Store(cache.connect())
            rate = result.total / dt
            print(
                f"full sync: {result.total:,} objects in {dt:.1f} s = {rate:,.0f}/s; "
                f"{result.requests:,} requests ({result.requests / dt:.1f}/s), "
                f"{result.rate_limited} x 429, {sync.ranges_started} ranges, "
                f"{sync.workers} threads"
            )
            print(f"  totals: {result.totals}")
            print(
                f"  cached customers {store.count('customer'):,}, subscriptions "
                f"{store.count('subscription'):,}; longest gap between progress reports "
                f"{gap[0] * 1000:.0f} ms"
            )
            per_obj = 1e6 / max(1, result.total)
            writer_cpu = sync.writer_cpu_s
            print(
                f"  CPU: sync process {own_cpu:.1f} s ({own_cpu * per_obj:.0f} µs/object; "
                f"writer thread {writer_cpu * per_obj:.0f}, fetching and the rest "
                f"{(own_cpu - writer_cpu) * per_obj:.0f}), "
                f"sandbox process {server_cpu:.1f} s ({server_cpu * per_obj:.0f} µs/object); "
                f"load average {load_before} before, {load_now()} after"
            )
    cpu_note = (
        f"{result.total:,} objects in {dt:.1f} s; CPU per object: sync "
        f"{own_cpu * per_obj:.0f} µs, sandbox {server_cpu * per_obj:.0f} µs; "
        f"load {load_before}"
    )
    if args.limited:
        ratio = rate / BOUND
        emit(
            "sync.limited",
            what="full sync against the rate limit",
            how=(
                f"sandbox at Stripe's test-mode limits (25 req/s in total), {customers:,} "
                "customers + their subscriptions; objects/s ÷ (25 × 100)"
            ),
            target="≥ 0.90 of the bound",
            display=(
                f"{ratio:.3f} of the bound ({rate:,.0f} objects/s, "
                f"{result.requests / dt:.1f} req/s, {result.rate_limited} × 429)"
            ),
            value=round(ratio, 4),
            unit="ratio",
            meets=ratio >= 0.90,
            note=cpu_note,
        )
    else:
        emit(
            "sync.unlimited",
            what="full sync, no rate limit",
            how=f"sandbox unlimited (own process), {customers:,} customers + subscriptions",
            target="≥ 10,000 objects/s into the cache",
            display=f"{rate:,.0f} objects/s",
            value=round(rate),
            unit="objects/s",
            meets=rate >= 10_000,
            note=cpu_note,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
