"""Sandbox benchmarks: the ``large`` seed, list-page latency and sustained list throughput.

Run from the project root (prints figures; no pass/fail)::

    .venv/bin/python -m tests.benchmarks.bench_sandbox [--customers 1000000]
        [--requests 2000] [--threads 4] [--seconds 10]

* seed: time and memory (RSS growth) to build ``large`` with N customers;
* latency: p50/p95/max of ``GET /v1/customers?limit=100`` over many requests — first
  pages, deep ``starting_after`` cursors, ``ending_before``, ``created`` ranges — and of
  the same through the stripe SDK's ``raw_request``;
* throughput: pages of 100 per second with several clients on loopback. The clients are
  separate processes (spawned, each with its own keep-alive ``http.client`` connection),
  so they do not compete with the server for its interpreter lock. Also printed: the
  server's CPU time per request, which (unlike the rate) does not depend much on what
  else the machine is running, and the load average.

Targets: a page in < 20 ms (p50), ≥ 500 pages/s.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import random
import statistics
import time
from typing import Any
from urllib.parse import urlencode, urlsplit


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"p50 {p50:6.2f} ms   p95 {p95:6.2f} ms   max {ordered[-1]:6.2f} ms"


class Raw:
    """A keep-alive http.client connection to the sandbox."""

    def __init__(self, url: str, key: str) -> None:
        parts = urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
        self.headers = {"Authorization": f"Bearer {key}"}

    def get(self, path: str, params: dict[str, Any]) -> tuple[int, bytes]:
        self.conn.request("GET", f"{path}?{urlencode(params)}", headers=self.headers)
        resp = self.conn.getresponse()
        return resp.status, resp.read()


def _query_mix(
    ids: list[str], created: list[int], rng: random.Random, n: int
) -> list[tuple[str, dict[str, Any]]]:
    """(label, params) for ``n`` list requests over the seeded customers."""
    lo, hi = created[0], created[-1]
    out: list[tuple[str, dict[str, Any]]] = []
    for i in range(n):
        kind = ("first", "starting_after", "ending_before", "created", "created+cursor")[i % 5]
        params: dict[str, Any] = {"limit": 100}
        if kind == "starting_after":
            params["starting_after"] = ids[rng.randrange(100, len(ids))]
        elif kind == "ending_before":
            params["ending_before"] = ids[rng.randrange(0, len(ids) - 100)]
        elif kind.startswith("created"):
            start = rng.randint(lo, hi)
            params["created[gte]"] = start
            params["created[lt]"] = start + rng.randint(3600, 90 * 86400)
            if kind == "created+cursor":
                pos = rng.randrange(len(ids) // 2, len(ids))
                params["starting_after"] = ids[pos]
                params["created[gte]"] = created[max(0, pos - 5000)]
                params["created[lt]"] = created[pos] + 1
        out.append((kind, params))
    return out


def _throughput_worker(
    url: str, key: str, queries: list[dict[str, Any]], seconds: float, start_at: float, out: Any
) -> None:
    client = Raw(url, key)
    while time.time() < start_at:
        time.sleep(0.001)
    done = errors = 0
    deadline = start_at + seconds
    while time.time() < deadline:
        status, _ = client.get("/v1/customers", queries[done % len(queries)])
        done += 1
        errors += status != 200
    out.put((done, errors))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args(argv)

    import stripe

    from services.sandbox.server import SandboxServer

    print(f"== sandbox benchmark: large seed, {args.customers:,} customers ==")
    before = rss_mb()
    started = time.perf_counter()
    srv = SandboxServer(seed="large", customers=args.customers)
    seeded = time.perf_counter() - started
    after = rss_mb()
    counts = (
        srv.state.count("", "customer"),
        srv.state.count("", "subscription"),
        srv.state.count("", "event"),
    )
    print(
        f"seed: {seeded:.1f} s; RSS {before:.0f} MB -> {after:.0f} MB "
        f"(+{after - before:.0f} MB); customers {counts[0]:,}, subscriptions "
        f"{counts[1]:,}, pause events {counts[2]:,}"
    )
    srv.start()
    try:
        idx = srv.state._indexes[("", "customer")]  # read-only peek for realistic cursors
        ids, created = idx.ids, idx.created
        rng = random.Random(7)
        queries = _query_mix(ids, created, rng, args.requests)

        raw = Raw(srv.url, srv.api_key)
        for _, params in queries[:50]:  # warm up
            raw.get("/v1/customers", params)
        by_kind: dict[str, list[float]] = {}
        sizes = []
        for kind, params in queries:
            t = time.perf_counter()
            status, body = raw.get("/v1/customers", params)
            by_kind.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
            assert status == 200, body[:300]
            sizes.append(len(body))
        every = [x for xs in by_kind.values() for x in xs]
        print(
            f"\nlatency, GET /v1/customers limit=100 over http.client "
            f"({len(every)} requests, {statistics.mean(sizes) / 1024:.0f} KiB/page):"
        )
        print(f"  {'all':16s} {_percentiles(every)}")
        for kind, xs in by_kind.items():
            print(f"  {kind:16s} {_percentiles(xs)}")
        body_json = json.loads(body)
        assert len(body_json["data"]) <= 100

        client = stripe.StripeClient(
            srv.api_key, base_addresses={"api": srv.url}, max_network_retries=0
        )
        sdk: list[float] = []
        for _, params in queries[: min(500, len(queries))]:
            t = time.perf_counter()
            client.raw_request("get", "/v1/customers", **params)
            sdk.append((time.perf_counter() - t) * 1000)
        print(f"  {'sdk raw_request':16s} {_percentiles(sdk)}")

        ctx = multiprocessing.get_context("spawn")
        out = ctx.Queue()
        plain = [params for _, params in queries]
        start_at = time.time() + 2.0
        workers = [
            ctx.Process(
                target=_throughput_worker,
                args=(srv.url, srv.api_key, plain[i :: args.threads], args.seconds, start_at, out),
            )
            for i in range(args.threads)
        ]
        for w in workers:
            w.start()
        while time.time() < start_at:
            time.sleep(0.001)
        # The clients are other processes and this thread waits on the queue: the CPU
        # time of this process during the run is the server's.
        cpu_before = os.times()
        results = [out.get() for _ in workers]
        cpu_after = os.times()
        for w in workers:
            w.join()
        total = sum(r[0] for r in results)
        errors = sum(r[1] for r in results)
        server_cpu = (cpu_after.user - cpu_before.user) + (cpu_after.system - cpu_before.system)
        per_request = server_cpu / max(1, total) * 1000
        print(
            f"\nthroughput, {args.threads} client processes x keep-alive http.client, "
            f"{args.seconds:.0f} s: {total / args.seconds:.0f} pages of 100/s "
            f"({total:,} requests, {errors} errors)"
        )
        print(
            f"  server CPU {per_request:.2f} ms/request ({server_cpu / args.seconds:.0%} of a "
            f"core; one free core would serve ~{1000 / per_request:.0f}/s); load average "
            f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
        )
    finally:
        srv.stop()
    print(f"\nRSS at the end: {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
