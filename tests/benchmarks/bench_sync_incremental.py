"""Benchmark: applying 1,000 events with an incremental sync.

Run: ``.venv/bin/python -m tests.benchmarks.bench_sync_incremental [EVENTS]``. Fills an
in-process sandbox, runs a full sync, makes EVENTS changes through the API, then times
one :class:`IncrementalSync` at Stripe's test-mode rate limits (the target is < 2 s for
1,000 events).
"""

from __future__ import annotations

import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import stripe

from services.cache import Cache
from services.sandbox.server import SandboxServer
from services.sync import FullSync, IncrementalSync, RateLimiter
from tests.benchmarks._common import emit, load_now


def main(events: int = 1000) -> None:
    srv = SandboxServer(seed="empty").start()
    try:
        client = stripe.StripeClient(srv.api_key, base_addresses={"api": srv.url})
        with ThreadPoolExecutor(8) as pool:
            ids = list(
                pool.map(lambda i: client.v1.customers.create({"name": f"C{i}"}).id, range(200))
            )
        with tempfile.TemporaryDirectory() as tmp, Cache.open(Path(tmp) / "b.sqlite3") as cache:
            FullSync(client, cache, limiter=RateLimiter.unlimited()).run()
            with ThreadPoolExecutor(8) as pool:
                list(
                    pool.map(
                        lambda i: client.v1.customers.update(ids[i % len(ids)], {"name": f"N{i}"}),
                        range(events),
                    )
                )
            t = time.perf_counter()
            result = IncrementalSync(client, cache, limiter=RateLimiter(live=False)).run()
            dt = time.perf_counter() - t
            print(
                f"incremental: {result.events:,} events in {dt:.2f} s "
                f"({result.events / dt:,.0f}/s, {result.requests} requests; load {load_now()})"
            )
            emit(
                "sync.incremental",
                what="incremental sync",
                how=(
                    f"{events:,} changes (customer updates) as events, one IncrementalSync "
                    "at Stripe's test-mode limits"
                ),
                target="< 2 s",
                display=f"{dt:.2f} s ({result.events:,} events, {result.requests} requests)",
                value=round(dt, 3),
                unit="s",
                meets=dt < 2.0,
            )
    finally:
        srv.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
