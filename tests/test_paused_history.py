"""Looking up when collection was paused from Stripe's events: what is stored, what is not,
and that the lookup never gets in the way of incremental sync."""

from __future__ import annotations

import time

from services.cache import Cache, Store
from services.paused import history, query
from services.sync.ratelimit import RateLimiter
from services.sync.service import sync_once


def make_subscriptions(client, n: int) -> list[str]:
    product = client.v1.products.create({"name": "Pro"})
    price = client.v1.prices.create(
        {
            "product": product.id,
            "currency": "usd",
            "unit_amount": 2900,
            "recurring": {"interval": "month"},
        }
    )
    out = []
    for i in range(n):
        customer = client.v1.customers.create({"name": f"C{i}"})
        sub = client.v1.subscriptions.create(
            {"customer": customer.id, "items": [{"price": price.id}]}
        )
        out.append(sub.id)
    return out


def pause(client, sid: str, behavior: str = "void") -> None:
    client.v1.subscriptions.update(sid, {"pause_collection": {"behavior": behavior}})


def rows(cache: Cache) -> dict:
    conn = cache.open_connection()
    try:
        return {r.subscription_id: r for r in query.iter_rows(conn, now=int(time.time()))}
    finally:
        conn.close()


def test_lookup_fills_paused_since_without_blocking_incremental_sync(
    sandbox, stripe_client, tmp_path
):
    a, b, c = make_subscriptions(stripe_client, 3)
    pause(stripe_client, a)
    pause(stripe_client, c, "keep_as_draft")
    stripe_client.v1.subscriptions.update(c, {"pause_collection": ""})  # resumed again
    limiter = RateLimiter.unlimited()
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        sync_once(stripe_client, cache, full=True, limiter=limiter)
        assert rows(cache)[a].paused_since is None  # a full sync lists objects, not history
        assert history.last_lookup(cache) is None

        time.sleep(1.1)  # a later second than the sync's cursor
        pause(stripe_client, b, "keep_as_draft")  # newer than the cursor: sync's to apply

        result = history.fetch_pause_history(stripe_client, cache, limiter=limiter)
        assert result.stored == 3  # a's pause, c's pause and c's resume; not b's
        assert result.skipped == {}
        found = rows(cache)
        assert found[a].paused_since is not None
        assert abs(found[a].paused_since - time.time()) < 60
        assert b not in found  # the lookup applies nothing to the cached objects
        assert history.last_lookup(cache) == result.finished_at

        sync_once(stripe_client, cache, limiter=limiter)  # incremental
        found = rows(cache)
        assert found[b].behavior == "keep_as_draft"  # b's event was not swallowed
        assert found[b].paused_since is not None
        assert c not in found

        again = history.fetch_pause_history(stripe_client, cache, limiter=limiter)
        assert again.stored == 0  # nothing new, nothing duplicated


def test_lookup_skips_accounts_that_were_never_synced(sandbox, stripe_client, tmp_path):
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        result = history.fetch_pause_history(stripe_client, cache, limiter=RateLimiter.unlimited())
        assert result.skipped == {"": "not synced yet"}
        assert result.stored == 0 and result.requests == 0


def test_only_pause_related_events_count():
    base = {"id": "evt_1", "created": 1, "data": {"object": {"id": "sub_1"}}}
    assert history.is_pause_event({**base, "type": "customer.subscription.paused"})
    assert history.is_pause_event({**base, "type": "customer.subscription.resumed"})
    assert history.is_pause_event(
        {
            **base,
            "type": "customer.subscription.updated",
            "data": {"object": {}, "previous_attributes": {"pause_collection": None}},
        }
    )
    assert not history.is_pause_event(
        {
            **base,
            "type": "customer.subscription.updated",
            "data": {"object": {}, "previous_attributes": {"metadata": {}}},
        }
    )
    assert not history.is_pause_event({**base, "type": "invoice.paid"})


def test_stored_events_are_not_applied(tmp_path):
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        store = Store(cache.connect(), cache.path)
        live = {
            "id": "sub_1",
            "object": "subscription",
            "status": "active",
            "customer": "c",
            "pause_collection": {"behavior": "void", "resumes_at": None},
            "items": {"data": []},
        }
        store.upsert("subscription", [live], source_ts=100)
        old = {
            "id": "evt_old",
            "object": "event",
            "type": "customer.subscription.updated",
            "created": 200,
            "data": {
                "object": {**live, "pause_collection": None},
                "previous_attributes": {"pause_collection": {"behavior": "void"}},
            },
        }
        assert history.store_events(store, [old], "") == 1
        assert history.store_events(store, [old], "") == 0
        assert store.get("subscription", "sub_1")["pause_collection"] == {
            "behavior": "void",
            "resumes_at": None,
        }
