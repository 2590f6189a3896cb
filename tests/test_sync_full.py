"""Full sync against the sandbox over real HTTP: parallel ranges, outages, cancel, resume, 429s.

Also home of :func:`populate`, which other sync tests import: it fills a sandbox through
the real SDK, spreading ``created`` over time with the sandbox clock so lists can be split.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import stripe

from services.cache import Cache, Store
from services.sandbox.ratelimit import RateLimits
from services.sandbox.server import SandboxServer
from services.sync import FullSync, RateLimiter, SyncCancelled, SyncOffline, SyncProgress
from services.sync.full import LAST_COMPLETE_KEY, RUN_KEY
from tests.conftest import make_client

UNLIMITED = RateLimiter.unlimited


@dataclass
class World:
    """What :func:`populate` created, by account ('' = platform)."""

    customers: dict[str, list[str]] = field(default_factory=dict)
    subscriptions: dict[str, list[str]] = field(default_factory=dict)
    accounts: list[str] = field(default_factory=list)


def _parallel(fn: Any, args: list[Any]) -> list[Any]:
    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(fn, args))


def populate(
    srv: SandboxServer,
    client: stripe.StripeClient,
    *,
    customers: int = 0,
    subscriptions: int = 0,
    connected: int = 0,
    connected_customers: int = 0,
    spread_hours: int = 1,
) -> World:
    """Create objects through the API, ``created`` spread over ``customers * spread_hours``."""
    world = World()

    def customers_for(account: str, n: int) -> list[str]:
        opts: dict[str, Any] = {"stripe_account": account} if account else {}
        ids: list[str] = []
        batch = 20
        for start in range(0, n, batch):
            # The sandbox's clock makes each batch older than the next.
            srv.state.clock_offset = -((n - start) // batch + 1) * 3600 * spread_hours
            chunk = list(range(start, min(n, start + batch)))
            made = _parallel(
                lambda i: (
                    client.v1.customers.create(
                        {
                            "name": f"Customer {account or 'p'} {i}",
                            "email": f"c{i}@example.com",
                            "metadata": {"n": str(i)},
                        },
                        opts,
                    ).id
                ),
                chunk,
            )
            ids.extend(made)
        srv.state.clock_offset = 0
        return ids

    world.customers[""] = customers_for("", customers)
    if subscriptions:
        product = client.v1.products.create({"name": "Gold"})
        price = client.v1.prices.create(
            {
                "product": product.id,
                "currency": "eur",
                "unit_amount": 1500,
                "recurring": {"interval": "month"},
            }
        )
        world.subscriptions[""] = _parallel(
            lambda cid: (
                client.v1.subscriptions.create(
                    {
                        "customer": cid,
                        "items": [{"price": price.id}],
                        "collection_method": "send_invoice",
                        "days_until_due": 30,
                    }
                ).id
            ),
            world.customers[""][:subscriptions],
        )
    for _ in range(connected):
        acct = client.v1.accounts.create({"type": "standard", "country": "FR"}).id
        world.accounts.append(acct)
        world.customers[acct] = customers_for(acct, connected_customers)
    return world


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "cache.sqlite3") as c:
        yield c


def cached_ids(cache: Cache, table: str, account: str = "") -> list[str]:
    rows = cache.connect().execute(
        f"SELECT id FROM {table} WHERE account = ? AND deleted = 0", (account,)
    )
    return [r[0] for r in rows]


def sandbox_ids(
    client: stripe.StripeClient, path: str, account: str = "", **params: Any
) -> set[str]:
    opts: dict[str, Any] = {"stripe_account": account} if account else {}
    ids: set[str] = set()
    after = None
    while True:
        page_params: dict[str, Any] = {"limit": 100, **params}
        if after:
            page_params["starting_after"] = after
        data = client.raw_request("get", path, **opts, **page_params).data
        ids.update(o["id"] for o in data["data"])
        if not data["has_more"]:
            return ids
        after = data["data"][-1]["id"]


def assert_mirrors(cache: Cache, client: stripe.StripeClient, world: World) -> None:
    """The cache holds exactly what the sandbox lists, once each."""
    for account in ["", *world.accounts]:
        for table, path, params in (
            ("customers", "/v1/customers", {}),
            ("products", "/v1/products", {}),
            ("prices", "/v1/prices", {}),
            ("subscriptions", "/v1/subscriptions", {"status": "all"}),
            ("invoices", "/v1/invoices", {}),
            ("portal_configurations", "/v1/billing_portal/configurations", {}),
        ):
            got = cached_ids(cache, table, account)
            assert len(got) == len(set(got)), f"duplicates in {table}"
            assert set(got) == sandbox_ids(client, path, account, **params), (table, account)
    assert set(cached_ids(cache, "accounts")) == set(world.accounts)


# -- tests ---------------------------------------------------------------------------------
def test_full_sync_mirrors_platform_and_connected_accounts(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(
        sandbox, stripe_client, customers=130, subscriptions=12, connected=2, connected_customers=15
    )
    stripe_client.v1.billing_portal.configurations.create(
        {"features": {"invoice_history": {"enabled": True}}}
    )
    reports: list[SyncProgress] = []
    result = FullSync(
        stripe_client, cache, limiter=UNLIMITED(), workers=4, progress=reports.append
    ).run()

    assert_mirrors(cache, stripe_client, world)
    assert result.totals["customer"] == 130 + 2 * 15
    assert result.totals["subscription"] == 12
    assert not result.resumed
    # Raw JSON is Stripe's object as listed.
    cid = world.customers[""][0]
    cached = Store(cache.connect()).get("customer", cid)
    assert cached == stripe_client.raw_request("get", f"/v1/customers/{cid}").data
    items = cache.connect().execute("SELECT count(*) FROM subscription_items").fetchone()[0]
    assert items == 12
    versions = (
        cache.connect().execute("SELECT count(*) FROM portal_configuration_versions").fetchone()[0]
    )
    assert versions == 1
    # Progress arrives per page, totals only grow, and the run ends at 100 %.
    pages = [r for r in reports if r.resource]
    assert len(pages) == result.pages
    assert [r.total for r in pages] == sorted(r.total for r in pages)
    assert pages[-1].fraction == 1.0
    assert {r.account for r in pages} == {"", *world.accounts}
    # The run is recorded; the event cursors are set for every account.
    store = Store(cache.connect())
    assert store.checkpoint(RUN_KEY) is None
    assert store.checkpoint(LAST_COMPLETE_KEY)["totals"]["customer"] == 160
    for account in ["", *world.accounts]:
        assert store.cursor(account)[1] is not None


@pytest.mark.parametrize("workers", [1, 3, 8])
def test_parallel_ranges_fetch_each_object_once(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache, workers: int
) -> None:
    world = populate(sandbox, stripe_client, customers=460, spread_hours=5)
    sync = FullSync(stripe_client, cache, limiter=UNLIMITED(), workers=workers)
    result = sync.run()
    assert result.totals["customer"] == 460  # written once each: no page read twice
    assert set(cached_ids(cache, "customers")) == set(world.customers[""])
    jobs = 7
    if workers == 1:
        assert sync.ranges_started == jobs  # nobody idle, nothing to split
    if workers == 8:
        # Idle threads took slices of the customer list.
        assert sync.ranges_started > jobs


def test_outage_mid_sync_stops_cleanly_and_resumes(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=400, spread_hours=2)
    sandbox.faults.latency_ms = 40  # pages still due when the plug is pulled

    def pull_the_plug(p: SyncProgress) -> None:
        if p.resource == "customer" and p.count:
            sandbox.faults.unreachable = True

    first = FullSync(
        stripe_client,
        cache,
        limiter=UNLIMITED(),
        workers=3,
        progress=pull_the_plug,
        offline_grace_s=0.5,
    )
    with pytest.raises(SyncOffline):
        first.run()
    partial = cached_ids(cache, "customers")
    assert 0 < len(partial) < 400
    assert len(partial) == len(set(partial))
    store = Store(cache.connect())
    assert store.checkpoint(RUN_KEY) is not None
    assert store.checkpoint(LAST_COMPLETE_KEY) is None

    sandbox.faults.unreachable = False
    sandbox.faults.latency_ms = 0
    second = FullSync(stripe_client, cache, limiter=UNLIMITED(), workers=3).run()
    assert second.resumed
    assert_mirrors(cache, stripe_client, world)
    # Resumed, not restarted: the second run did not fetch everything again.
    assert second.totals.get("customer", 0) < 400
    assert first.api.stats.connection_errors > 0


def test_short_outage_is_ridden_out_within_one_run(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=400, spread_hours=2)
    sandbox.faults.latency_ms = 30  # so the outage lands while pages are still due
    fired = threading.Event()

    def blip(p: SyncProgress) -> None:
        if p.resource == "customer" and not fired.is_set():
            fired.set()
            sandbox.faults.unreachable = True
            threading.Timer(1.0, setattr, (sandbox.faults, "unreachable", False)).start()

    sync = FullSync(
        stripe_client, cache, limiter=UNLIMITED(), workers=2, progress=blip, offline_grace_s=30
    )
    result = sync.run()
    assert fired.is_set() and sync.api.stats.connection_errors > 0
    assert result.totals["customer"] == 400
    assert_mirrors(cache, stripe_client, world)


def test_cancel_keeps_what_was_fetched_and_resumes(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=500, spread_hours=2)
    sandbox.faults.latency_ms = 60  # pages still due when the cancel comes
    cancel = threading.Event()

    def stop_after_first(p: SyncProgress) -> None:
        if p.resource == "customer" and p.count:
            cancel.set()

    with pytest.raises(SyncCancelled):
        FullSync(
            stripe_client,
            cache,
            limiter=UNLIMITED(),
            workers=2,
            progress=stop_after_first,
            cancel=cancel,
        ).run()
    kept = len(cached_ids(cache, "customers"))
    assert 100 <= kept < 500
    sandbox.faults.latency_ms = 0
    result = FullSync(stripe_client, cache, limiter=UNLIMITED(), workers=2).run()
    assert result.resumed
    assert_mirrors(cache, stripe_client, world)


def test_rate_limited_server_is_waited_out(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=120, spread_hours=3)
    sandbox.set_rate_limits(RateLimits(global_rps=8.0, per_endpoint_rps=8.0))
    # No client-side limit: the server answers 429 and the sync backs off and keeps going.
    sync = FullSync(stripe_client, cache, limiter=UNLIMITED(), workers=6)
    result = sync.run()
    sandbox.set_rate_limits(None)
    assert result.rate_limited > 0
    assert sum(sync.api.stats.reasons.values()) == result.rate_limited
    assert_mirrors(cache, stripe_client, world)


def test_client_limiter_avoids_429s_at_stripe_test_mode_limits(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    populate(sandbox, stripe_client, customers=150, spread_hours=3)
    sandbox.set_rate_limits(RateLimits.stripe_defaults())
    result = FullSync(stripe_client, cache, limiter=RateLimiter(live=False), workers=8).run()
    sandbox.set_rate_limits(None)
    assert result.rate_limited == 0
    assert result.totals["customer"] == 150


def test_server_errors_and_dropped_connections_are_retried(
    sandbox: SandboxServer, cache: Cache
) -> None:
    client = make_client(sandbox)
    world = populate(sandbox, client, customers=150, spread_hours=3)
    sandbox.faults.error_rate = 0.25
    sandbox.faults.drop_rate = 0.1
    sync = FullSync(client, cache, limiter=UNLIMITED(), workers=4, offline_grace_s=30)
    result = sync.run()
    sandbox.faults.error_rate = sandbox.faults.drop_rate = 0.0
    assert sync.api.stats.server_errors + sync.api.stats.connection_errors > 0
    assert result.totals["customer"] == 150
    assert_mirrors(cache, client, world)


def test_second_full_sync_removes_what_stripe_deleted(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=30)
    FullSync(stripe_client, cache, limiter=UNLIMITED()).run()
    gone = world.customers[""][3]
    stripe_client.v1.customers.delete(gone)
    renamed = world.customers[""][4]
    stripe_client.v1.customers.update(renamed, {"name": "Renamed"})
    FullSync(stripe_client, cache, limiter=UNLIMITED()).run()
    assert gone not in cached_ids(cache, "customers")
    assert Store(cache.connect()).get("customer", renamed)["name"] == "Renamed"  # type: ignore[index]
    assert len(cached_ids(cache, "customers")) == 29


def test_bad_key_fails_fast_without_touching_the_cache(
    sandbox: SandboxServer, cache: Cache
) -> None:
    client = make_client(sandbox, key="sk_test_not_a_real_key")
    with pytest.raises(stripe.AuthenticationError):
        FullSync(client, cache, limiter=UNLIMITED()).run()
    assert cached_ids(cache, "customers") == []


def test_checkpoints_are_never_ahead_of_their_pages(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    """At every commit, each range's cursor names an object that is already cached."""
    populate(sandbox, stripe_client, customers=250, spread_hours=2)
    problems: list[str] = []
    reader = Cache.open(cache.path)

    def check(p: SyncProgress) -> None:
        conn = reader.open_connection()
        try:
            for key, value in conn.execute(
                "SELECT key, value FROM sync_checkpoints WHERE key LIKE 'full:range:%'"
            ):
                after = json.loads(value).get("after")
                if (
                    after
                    and conn.execute(
                        "SELECT 1 FROM customers WHERE id = ? UNION SELECT 1 FROM products "
                        "WHERE id = ? UNION SELECT 1 FROM prices WHERE id = ?",
                        (after, after, after),
                    ).fetchone()
                    is None
                    and after.startswith(("cus_", "prod_", "price_"))
                ):
                    problems.append(f"{key} -> {after}")
        finally:
            conn.close()

    FullSync(stripe_client, cache, limiter=UNLIMITED(), workers=4, progress=check).run()
    reader.close()
    assert problems == []
