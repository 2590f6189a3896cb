"""Benchmark: exporting 100,000 paused subscriptions to CSV (target: under 2 s, flat memory).

Run: ``.venv/bin/python -m tests.benchmarks.bench_paused_export [N_PAUSED] [--keep DIR]``.

Generates a cache (real SQLite file, written through the cache's own ``Store``) with
``N_PAUSED`` subscriptions whose collection is paused (default 100,000: every behaviour,
with and without ``resumes_at``, one to three items, on the platform and two connected
accounts), as many customers, a latest invoice each, a pause event for half of them,
plus unpaused and ``status=paused`` subscriptions that must not be exported. Then:

1. times :func:`services.paused.export.export_csv` (best of three runs);
2. measures the export's peak Python memory growth with ``tracemalloc`` at N and at N/10:
   streamed output keeps the two about equal (a list of rows would grow tenfold);
3. prints the peak RSS growth of the process during an export, for the OS's view.

``generate`` is also used by the tests to build caches of any size.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from services.cache import Cache, Store
from services.paused.csvfile import AccountLabel
from services.paused.export import export_csv
from services.paused.model import Filters

NOW = 1_795_000_000
DAY = 86_400
ACCOUNTS = ("", "acct_1BenchConnectedA", "acct_1BenchConnectedB")
BEHAVIORS = ("keep_as_draft", "mark_uncollectible", "void")
CURRENCIES = (("usd", 2900), ("eur", 19900), ("jpy", 1200), ("gbp", 2400), ("kwd", 1500))
FIRST = ["Ada", "Jörg", "Li", "Marie", "José", "Amara", "Kenji", "Ольга", "Zoë", "佐藤"]
LAST = ["Lovelace", "Müller", "Wang", "Curie", "García", "Okafor", "Sato", "Иванова", "花子"]
HOSTILE = ['=HYPERLINK("http://x","y")', "+1 555", "-3", "@SUM(A1)", 'O\'Hara, "Bo"\nLtd']


def price(pid: str, product: str, currency: str, amount: int, interval: str) -> dict[str, Any]:
    """A recurring price object as Stripe embeds it in a subscription item."""
    return {
        "id": pid,
        "object": "price",
        "active": True,
        "billing_scheme": "per_unit",
        "currency": currency,
        "product": product,
        "nickname": None,
        "recurring": {"interval": interval, "interval_count": 1, "usage_type": "licensed"},
        "type": "recurring",
        "unit_amount": amount,
        "unit_amount_decimal": str(amount),
    }


def generate(
    cache: Cache,
    n_paused: int,
    *,
    n_unpaused: int | None = None,
    n_status: int | None = None,
    seed: int = 7,
) -> None:
    """Fill ``cache`` with ``n_paused`` collection-paused subscriptions (and noise)."""
    rng = random.Random(seed)
    n_unpaused = n_paused // 5 if n_unpaused is None else n_unpaused
    n_status = n_paused // 20 if n_status is None else n_status
    store = Store(cache.connect(), cache.path)
    products: dict[str, list[dict[str, Any]]] = {}
    for a, acct in enumerate(ACCOUNTS):
        prods = [
            {"id": f"prod_B{a}{k:04d}", "object": "product", "name": name, "active": True}
            for k, name in enumerate(["Pro", "Team seats", "Support", "=Evil()+1", "Storage"])
        ]
        store.upsert("product", prods, account=acct, source_ts=NOW)
        products[acct] = prods
        if acct:
            store.upsert(
                "account",
                [{"id": acct, "object": "account", "business_profile": {"name": f"Bench {a}"}}],
                source_ts=NOW,
            )
    total = n_paused + n_unpaused + n_status
    chunk = 500
    for start in range(0, total, chunk):
        by_account: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for i in range(start, min(total, start + chunk)):
            acct = ACCOUNTS[0] if i % 10 < 8 else ACCOUNTS[1 + i % 2]
            bucket = by_account.setdefault(acct, {"c": [], "s": [], "i": [], "e": []})
            cid, sid = f"cus_B{i:09d}", f"sub_B{i:09d}"
            name = (
                HOSTILE[i % len(HOSTILE)]
                if i % 97 == 0
                else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            )
            bucket["c"].append(
                {
                    "id": cid,
                    "object": "customer",
                    "name": name,
                    "email": f"c{i}@example.com",
                    "created": NOW - 400 * DAY + i,
                }
            )
            currency, unit = CURRENCIES[i % len(CURRENCIES)]
            interval = "year" if i % 7 == 0 else "month"
            items = []
            for k in range(1 + i % 3):
                prod = products[acct][(i + k) % 5]["id"]
                items.append(
                    {
                        "id": f"si_B{i:09d}{k}",
                        "object": "subscription_item",
                        "created": NOW - 300 * DAY + i,
                        "quantity": 1 + (i + k) % 4,
                        "subscription": sid,
                        "price": price(f"price_B{prod}{currency}", prod, currency, unit, interval),
                    }
                )
            sub: dict[str, Any] = {
                "id": sid,
                "object": "subscription",
                "customer": cid,
                "created": NOW - 300 * DAY + i,
                "currency": currency,
                "collection_method": "charge_automatically" if i % 4 else "send_invoice",
                "status": "active",
                "latest_invoice": f"in_B{i:09d}",
                "application": "ca_Bench" if acct and i % 3 else None,
                "items": {"object": "list", "data": items, "has_more": False},
                "pause_collection": None,
            }
            if i < n_paused:
                resumes = NOW + (3 + i % 120) * DAY if i % 5 < 2 else None
                pause = {"behavior": BEHAVIORS[i % 3], "resumes_at": resumes}
                sub["pause_collection"] = pause
                if i % 2 == 0:
                    bucket["e"].append(
                        {
                            "id": f"evt_B{i:09d}",
                            "object": "event",
                            "type": "customer.subscription.updated",
                            "created": NOW - (1 + i % 29) * DAY,
                            "data": {
                                # The whole subscription, as Stripe sends it.
                                "object": sub,
                                "previous_attributes": {"pause_collection": None},
                            },
                        }
                    )
            elif i >= n_paused + n_unpaused:
                sub["status"] = "paused"
            bucket["s"].append(sub)
            bucket["i"].append(
                {
                    "id": f"in_B{i:09d}",
                    "object": "invoice",
                    "customer": cid,
                    "subscription": sid,
                    "status": ("draft", "uncollectible", "void", "paid")[i % 4],
                    "created": NOW - DAY,
                    "currency": currency,
                }
            )
        for acct, b in by_account.items():
            with store.transaction():
                store.upsert("customer", b["c"], account=acct, source_ts=NOW)
                store.upsert("subscription", b["s"], account=acct, source_ts=NOW)
                store.upsert("invoice", b["i"], account=acct, source_ts=NOW)
                if b["e"]:
                    store.apply_events(b["e"], account=acct, now=NOW)
    store.set_checkpoint("full:last_complete", {"finished_at": NOW})


def _rss_kib() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _peak_growth(cache: Cache, out: Path, filters: Filters | None = None) -> int:
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    export_csv(cache, out, filters=filters, now=NOW, platform=AccountLabel("acct_1Bench"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak - base


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the cache in this folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"bench-paused-{args.n}.sqlite3"
        fresh = not path.exists()
        with Cache.open(path) as cache:
            if fresh:
                t = time.perf_counter()
                generate(cache, args.n)
                print(
                    f"generated {args.n:,} paused subscriptions in {time.perf_counter() - t:.1f} s"
                )
            out = Path(tmp) / "paused.csv"
            times, cpu, results = [], [], []
            for _ in range(3):
                t, c = time.perf_counter(), time.process_time()
                result = export_csv(cache, out, now=NOW, platform=AccountLabel("acct_1Bench"))
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
                results.append(result)
            best = min(range(3), key=lambda i: times[i])
            size = out.stat().st_size
            print(
                f"export: {result.rows:,} rows, {size / 1e6:.1f} MB in {times[best]:.2f} s wall "
                f"(best of 3; runs {', '.join(f'{x:.2f}' for x in times)}) = "
                f"{result.rows / times[best]:,.0f} rows/s"
            )
            reads = min(r.read_cpu_s for r in results)
            writes = min(r.write_cpu_s for r in results)
            print(
                f"CPU: {min(cpu):.2f} s in all (best of 3; one thread, so on an idle core the "
                f"wall time is about this): reading (SQLite, row objects) {reads:.2f} s, "
                f"formatting and writing {writes:.2f} s"
            )
            load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
            print(f"machine: {os.cpu_count()} CPUs, load average {load:.1f} during the run")
            rss_before = _rss_kib()
            export_csv(cache, out, now=NOW, platform=AccountLabel("acct_1Bench"))
            rss_growth = _rss_kib() - rss_before
            small = _peak_growth(cache, out, Filters(account=ACCOUNTS[1]))
            full = _peak_growth(cache, out)
            n_small = int(result.rows * 0.1)
            print(
                f"peak Python memory growth (tracemalloc): {full / 1e6:.2f} MB for "
                f"{result.rows:,} rows vs {small / 1e6:.2f} MB for ~{n_small:,} rows"
            )
            print(f"peak RSS growth during an export: {rss_growth / 1024:.1f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
