"""Benchmark: writing pages of customers and subscriptions into the cache, and searching it.

Run: ``.venv/bin/python -m tests.benchmarks.bench_cache_upsert [N_CUSTOMERS]``.
Prints objects/s for page upserts (100 per page, one transaction each, FTS triggers on)
and p50/p95 search-as-you-type latency over the result.
"""

from __future__ import annotations

import random
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

from services.cache import Cache, Store, search_customers
from tests.benchmarks._common import emit
from tests.test_cache_objects import customer, subscription

_FIRST = ["Ada", "Jörg", "Li", "Marie", "José", "Amara", "Kenji", "Olga", "Zoë", "Pedro"]
_LAST = ["Lovelace", "Müller", "Wang", "Curie", "García", "Okafor", "Sato", "Ivanova", "Nguyen"]


def _customers(n: int, rng: random.Random) -> list[dict[str, object]]:
    out = []
    for i in range(n):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        tag = "".join(rng.choices(string.ascii_lowercase, k=5))
        out.append(
            customer(
                id=f"cus_{i:010d}{tag}",
                name=f"{first} {last} {tag}",
                email=f"{first.lower()}.{tag}{i}@example.com",
                created=1_600_000_000 + i,
                metadata={"crm": f"HUB-{i}"},
            )
        )
    return out


def main(n: int = 100_000) -> None:
    rng = random.Random(7)
    objs = _customers(n, rng)
    subs = [subscription(str(o["id"]), items=2) for o in objs[: n // 5]]
    with tempfile.TemporaryDirectory() as tmp, Cache.open(Path(tmp) / "b.sqlite3") as cache:
        store = Store(cache.connect())
        t = time.perf_counter()
        for i in range(0, n, 100):
            store.upsert("customer", objs[i : i + 100], source_ts=1, checkpoint=("k", i))
        dt = time.perf_counter() - t
        print(f"customers: {n} in {dt:.2f}s = {n / dt:,.0f}/s")
        customers_rate = n / dt
        t = time.perf_counter()
        for i in range(0, len(subs), 100):
            store.upsert("subscription", subs[i : i + 100], source_ts=1)
        dt = time.perf_counter() - t
        print(f"subscriptions (2 items): {len(subs)} in {dt:.2f}s = {len(subs) / dt:,.0f}/s")
        subs_rate = len(subs) / dt
        t = time.perf_counter()
        for i in range(0, n, 100):
            store.upsert("customer", objs[i : i + 100], source_ts=2)
        dt = time.perf_counter() - t
        print(f"customers re-sync (updates): {n / dt:,.0f}/s")

        queries = []
        for o in rng.sample(objs, 200):
            name = str(o["name"])
            for k in range(1, min(len(name), 8) + 1):
                queries.append(name[:k])
        queries += [str(o["email"]) for o in rng.sample(objs, 50)]
        queries += [str(o["id"]) for o in rng.sample(objs, 50)]
        conn = cache.connect()
        times = []
        for q in queries:
            t = time.perf_counter()
            search_customers(conn, q)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[int(len(times) * 0.95)]
        print(
            f"search: {len(times)} queries, p50 {statistics.median(times):.2f} ms, "
            f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms"
        )
    emit(
        "cache.upsert",
        what="cache page upserts (Python path)",
        how=(
            f"`Store.upsert` of generated pages of 100, one transaction each, FTS on: {n:,} "
            f"customers, {len(subs):,} subscriptions with 2 items (bench_cache_upsert)"
        ),
        target="(supplementary)",
        display=f"customers {customers_rate:,.0f}/s, subscriptions {subs_rate:,.0f}/s",
        value=round(customers_rate),
        unit="customers/s",
    )
    emit(
        "cache.search",
        what="cache search (services.cache.search)",
        how=f"`search_customers` over {n:,} generated customers, {len(times)} queries",
        target="(supplementary)",
        display=f"p50 {statistics.median(times):.2f} ms, p95 {p95:.2f} ms",
        value=round(p95, 2),
        unit="ms",
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
