"""Incremental sync from the Events API against the sandbox, and the fallback to a full sync."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from services.cache import Cache, Store
from services.sandbox.server import SandboxServer
from services.sync import (
    FullSync,
    IncrementalSync,
    RateLimiter,
    SyncOffline,
    SyncProgress,
    poll_interval,
    sync_once,
)
from services.sync.incremental import EVENTS_KEPT_S
from services.sync.ondemand import sync_payment_methods
from services.sync.transport import Api
from tests.test_sync_full import assert_mirrors, cached_ids, populate

UNLIMITED = RateLimiter.unlimited


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "cache.sqlite3") as c:
        yield c


def _name(cache: Cache, cid: str, account: str = "") -> str | None:
    obj = Store(cache.connect()).get("customer", cid, account=account)
    return None if obj is None else obj["name"]


def test_poll_interval() -> None:
    assert poll_interval(True) == 60
    assert poll_interval(False) == 300


def test_first_sync_is_full_then_events_are_applied(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(
        sandbox, stripe_client, customers=20, subscriptions=3, connected=1, connected_customers=4
    )
    first = sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert first.kind == "full"
    acct = world.accounts[0]
    c0, c1, c2 = world.customers[""][:3]
    stripe_client.v1.customers.update(c0, {"name": "Ada Lovelace"})
    stripe_client.v1.customers.delete(c1)
    added = stripe_client.v1.customers.create({"name": "Brand New"}).id
    sub = world.subscriptions[""][0]
    stripe_client.v1.subscriptions.update(
        sub, {"pause_collection": {"behavior": "mark_uncollectible"}}
    )
    conn_cus = world.customers[acct][0]
    stripe_client.v1.customers.update(
        conn_cus, {"name": "Connected Renamed"}, {"stripe_account": acct}
    )

    second = sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert second.kind == "incremental"
    assert _name(cache, c0) == "Ada Lovelace"
    assert _name(cache, c1) is None  # deleted: tombstoned, hidden
    assert _name(cache, added) == "Brand New"
    assert _name(cache, c2) is not None
    assert _name(cache, conn_cus, acct) == "Connected Renamed"
    paused = (
        cache.connect()
        .execute("SELECT pause_behavior FROM subscriptions WHERE id = ?", (sub,))
        .fetchone()
    )
    assert paused == ("mark_uncollectible",)
    # And the cache still mirrors the sandbox exactly.
    world.customers[""].append(added)
    assert_mirrors(cache, stripe_client, world)

    # Nothing new: one cheap request per account, nothing written.
    third = sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert third.kind == "incremental" and third.total == 0
    assert third.requests == 2


def test_many_events_are_paged_forward_in_order(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=10)
    FullSync(stripe_client, cache, limiter=UNLIMITED()).run()
    cid = world.customers[""][0]
    for i in range(250):  # three pages of events, all about one customer
        stripe_client.v1.customers.update(cid, {"name": f"Name {i}"})
    reports: list[SyncProgress] = []
    t0 = time.monotonic()
    result = IncrementalSync(
        stripe_client, cache, limiter=UNLIMITED(), progress=reports.append
    ).run()
    elapsed = time.monotonic() - t0
    assert result.events == 250
    assert [r.count for r in reports] == [100, 100, 50]
    assert _name(cache, cid) == "Name 249"  # applied oldest first: the last update wins
    newest = stripe_client.raw_request("get", "/v1/events", limit=1).data["data"][0]
    assert Store(cache.connect()).cursor("")[0] == newest["id"]
    assert elapsed < 2.0


def test_an_event_older_than_the_cached_row_does_not_overwrite_it(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=3)
    cid = world.customers[""][0]
    FullSync(stripe_client, cache, limiter=UNLIMITED()).run()
    # An update whose event Stripe dates an hour back (the sandbox clock), then the
    # current state is listed by a full sync: the old event must not win when replayed.
    sandbox.state.clock_offset = -3600
    stripe_client.v1.customers.update(cid, {"name": "From the past"})
    sandbox.state.clock_offset = 0
    FullSync(stripe_client, cache, limiter=UNLIMITED(), restart=True).run()
    store = Store(cache.connect())
    store.conn.execute(
        "UPDATE customers SET raw = json_set(raw, '$.name', 'Listed'), name = 'Listed' "
        "WHERE id = ?",
        (cid,),
    )
    two_hours_ago = int(time.time()) - 7200
    store.conn.execute(
        "UPDATE event_cursors SET event_id = NULL, event_created = ?, polled_at = ?",
        (two_hours_ago, two_hours_ago),
    )
    result = IncrementalSync(stripe_client, cache, limiter=UNLIMITED()).run()
    assert result.events >= 1  # the old event was read again…
    assert _name(cache, cid) == "Listed"  # …and did not overwrite the newer row


def test_stale_cursor_falls_back_to_a_full_sync_and_says_so(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=12)
    sync_once(stripe_client, cache, limiter=UNLIMITED())
    long_ago = int(time.time()) - EVENTS_KEPT_S - 86400
    cache.connect().execute(
        "UPDATE event_cursors SET event_created = ?, polled_at = ?", (long_ago, long_ago)
    )
    gone = world.customers[""][0]
    stripe_client.v1.customers.delete(gone)
    result = sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert result.kind == "full"
    assert "30 days" in result.notices[0]
    assert gone not in cached_ids(cache, "customers")
    assert Store(cache.connect()).cursor("")[1] > long_ago  # type: ignore[operator]


def test_aged_out_cursor_event_restarts_from_the_last_poll(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    """A cursor whose event Stripe no longer lists still works if we polled recently."""
    world = populate(sandbox, stripe_client, customers=5)
    sync_once(stripe_client, cache, limiter=UNLIMITED())
    cache.connect().execute("UPDATE event_cursors SET event_id = 'evt_gone_from_stripe'")
    cid = world.customers[""][1]
    stripe_client.v1.customers.update(cid, {"name": "After the gap"})
    result = sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert result.kind == "incremental"
    assert _name(cache, cid) == "After the gap"


def test_new_connected_account_gets_a_full_sync_of_its_own(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    populate(sandbox, stripe_client, customers=2)
    sync_once(stripe_client, cache, limiter=UNLIMITED())
    acct = stripe_client.v1.accounts.create({"type": "standard", "country": "DE"}).id
    made = stripe_client.v1.customers.create(
        {"name": "On the new account"}, {"stripe_account": acct}
    ).id
    result = sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert result.kind == "incremental"
    assert cached_ids(cache, "customers", acct) == [made]
    assert Store(cache.connect()).cursor(acct)[1] is not None
    # From now on the account is polled like the others.
    stripe_client.v1.customers.update(made, {"name": "Renamed"}, {"stripe_account": acct})
    sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert _name(cache, made, acct) == "Renamed"


def test_interrupted_full_sync_is_resumed_before_polling(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    world = populate(sandbox, stripe_client, customers=400, spread_hours=2)
    sandbox.faults.latency_ms = 40  # pages still due when the plug is pulled

    def unplug(p: SyncProgress) -> None:
        if p.resource == "customer":
            sandbox.faults.unreachable = True

    with pytest.raises(SyncOffline):
        sync_once(
            stripe_client,
            cache,
            limiter=UNLIMITED(),
            progress=unplug,
            offline_grace_s=0.3,
            workers=2,
        )
    sandbox.faults.unreachable = False
    sandbox.faults.latency_ms = 0
    result = sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert result.kind == "full" and result.resumed
    assert_mirrors(cache, stripe_client, world)


def test_payment_methods_are_fetched_on_demand_and_kept_fresh_by_events(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    cus = stripe_client.v1.customers.create({"name": "Card holder"}).id
    visa = stripe_client.v1.payment_methods.attach("pm_card_visa", {"customer": cus}).id
    other = stripe_client.v1.payment_methods.attach("pm_card_mastercard", {"customer": cus}).id
    sync_once(stripe_client, cache, limiter=UNLIMITED())
    store = Store(cache.connect())
    assert store.ids("payment_method") == []  # the full sync does not list them
    api = Api(stripe_client, limiter=UNLIMITED())
    assert sync_payment_methods(api, store, cus) == 2
    rows = (
        cache.connect()
        .execute("SELECT id, customer, card_brand FROM payment_methods ORDER BY card_brand")
        .fetchall()
    )
    assert rows == [(other, cus, "mastercard"), (visa, cus, "visa")]
    # Detached elsewhere: the event clears the customer; a refresh drops it.
    stripe_client.v1.payment_methods.detach(other)
    sync_once(stripe_client, cache, limiter=UNLIMITED())
    assert store.get("payment_method", other)["customer"] is None  # type: ignore[index]
    assert sync_payment_methods(api, store, cus) == 1
    assert [
        r[0]
        for r in cache.connect().execute(
            "SELECT id FROM payment_methods WHERE customer = ?", (cus,)
        )
    ] == [visa]
