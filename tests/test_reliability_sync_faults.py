"""A full sync through a hostile network ends with the same cache as one through a healthy one.

The sandbox fails 10 % of requests with a 500, drops 5 % of connections before answering,
and enforces Stripe's test-mode rate limits (25 requests/s global and per endpoint, 20/s
for search), answering 429 beyond them. The sync must ride all of that out and leave a
cache equal, row for row, to a sync of the same sandbox with every fault off: the same
(id, account) keys in every table, the same flattened columns and the same raw JSON (only
``rid``, ``source_ts`` and ``sync_gen`` may differ: row numbers, the Date header of the
page and the run's stamp). Both syncs read the same sandbox, so no field of the raw JSON
is volatile between them; the search index is compared too.

Two pacings are tried: the app's own (``RateLimiter(live=False)``, 90 % of Stripe's
limits) and an over-eager client (60 requests/s, as when another integration shares the
key), which makes the sandbox answer 429 again and again. The CI variant uses the demo
seed (~13,500 objects: platform plus connected accounts, every subscription status); the
``slow`` variant a 30,000-customer ``large`` seed with the same fault rates and a harsher
one (25 % 500s, 10 % drops).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services.cache import Cache
from services.sandbox.ratelimit import RateLimits
from services.sandbox.server import SandboxServer
from services.sync import FullSync, RateLimiter
from tests.conftest import make_client
from tests.test_reliability_support import (
    assert_mirrors_sandbox,
    assert_same_cache,
    cache_health,
    cache_snapshot,
    checkpoint_problems,
    slow,
)

STRIPE_TEST_LIMITS = RateLimits(global_rps=25, per_endpoint_rps=25, search_rps=20)


def healthy_sync(srv: SandboxServer, path: Path) -> dict[str, Any]:
    """Sync ``srv`` with every fault off and no client-side limit; the cache snapshot."""
    assert srv.faults.error_rate == srv.faults.drop_rate == 0
    with Cache.open(path) as cache:
        FullSync(make_client(srv), cache, limiter=RateLimiter.unlimited()).run()
    assert cache_health(path) == []
    assert_mirrors_sandbox(path, srv)
    return cache_snapshot(path)


def faulty_sync(
    srv: SandboxServer,
    path: Path,
    limiter: RateLimiter,
    *,
    error_rate: float = 0.10,
    drop_rate: float = 0.05,
) -> FullSync:
    """Sync ``srv`` while it fails, drops and rate-limits; the finished FullSync."""
    srv.app.rng.seed(20260901)
    srv.faults.error_rate = error_rate
    srv.faults.drop_rate = drop_rate
    srv.set_rate_limits(STRIPE_TEST_LIMITS)
    try:
        with Cache.open(path) as cache:
            sync = FullSync(make_client(srv), cache, limiter=limiter, offline_grace_s=60)
            sync.run()
    finally:
        srv.faults.error_rate = srv.faults.drop_rate = 0.0
        srv.set_rate_limits(None)
    return sync


@pytest.fixture(scope="module")
def healthy(
    demo_sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    return healthy_sync(demo_sandbox, tmp_path_factory.mktemp("healthy") / "cache.sqlite3")


def check_faulty_result(
    srv: SandboxServer, path: Path, sync: FullSync, want: dict[str, Any]
) -> None:
    stats = sync.api.stats
    # The faults really happened (otherwise this test proves nothing)...
    assert stats.server_errors > 0, stats
    assert stats.connection_errors > 0, stats
    # ...and yet the cache is the healthy one, row for row.
    assert cache_health(path) == []
    assert checkpoint_problems(path, srv) == []
    compared = assert_same_cache(cache_snapshot(path), want)
    assert compared > 10_000
    with Cache.open(path) as cache:
        conn = cache.connect()
        left = conn.execute("SELECT key FROM sync_checkpoints WHERE key LIKE 'full:r%'").fetchall()
        assert left == [], "a finished sync leaves no resume checkpoints behind"
        assert conn.execute(
            "SELECT 1 FROM sync_checkpoints WHERE key = 'full:last_complete'"
        ).fetchone()


def test_over_eager_client_through_500s_drops_and_429s(
    demo_sandbox: SandboxServer, healthy: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "cache.sqlite3"
    sync = faulty_sync(demo_sandbox, path, RateLimiter(global_rps=60, endpoint_rps=60, margin=1.0))
    assert sync.api.stats.rate_limited > 0, "the sandbox never answered 429"
    check_faulty_result(demo_sandbox, path, sync, healthy)


def test_app_pacing_through_500s_and_drops_under_stripe_limits(
    demo_sandbox: SandboxServer, healthy: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "cache.sqlite3"
    sync = faulty_sync(demo_sandbox, path, RateLimiter(live=False))
    check_faulty_result(demo_sandbox, path, sync, healthy)


@pytest.fixture(scope="module")
def large_sandbox() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="large", customers=30_000).start()
    try:
        yield srv
    finally:
        srv.stop()


@slow
@pytest.mark.parametrize(("error_rate", "drop_rate"), [(0.10, 0.05), (0.25, 0.10)])
def test_large_seed_through_faults(
    large_sandbox: SandboxServer, tmp_path: Path, error_rate: float, drop_rate: float
) -> None:
    want = healthy_sync(large_sandbox, tmp_path / "healthy.sqlite3")
    path = tmp_path / "faulty.sqlite3"
    sync = faulty_sync(
        large_sandbox,
        path,
        RateLimiter(global_rps=60, endpoint_rps=60, margin=1.0),
        error_rate=error_rate,
        drop_rate=drop_rate,
    )
    assert sync.api.stats.rate_limited > 0
    check_faulty_result(large_sandbox, path, sync, want)
