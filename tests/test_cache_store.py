"""Rows, upserts, events, tombstones, portal versions and checkpoints in the cache."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services.cache import Cache, Store
from services.cache.flatten import RESOURCES, row
from tests.test_cache_objects import (
    T0,
    account,
    customer,
    event,
    invoice,
    payment_method,
    portal_configuration,
    price,
    product,
    subscription,
)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "c.sqlite3") as c:
        yield c


@pytest.fixture
def store(cache: Cache) -> Store:
    return Store(cache.connect(), cache.path)


def _one(store: Store, sql: str, *params: Any) -> Any:
    return store.conn.execute(sql, params).fetchone()


# -- flattening ----------------------------------------------------------------------
def test_every_flattened_column_exists_in_its_table(cache: Cache) -> None:
    conn = cache.connect()
    for spec in RESOURCES.values():
        cols = {r[1] for r in conn.execute(f"PRAGMA table_info({spec.table})")}
        assert set(spec.all_columns) <= cols, spec.table


def test_customer_row() -> None:
    c = customer(
        name="Zoë",
        phone="+33 1 23",
        description="VIP",
        metadata={"crm": "A-17", "tier": "gold", "empty": ""},
        invoice_settings={"default_payment_method": {"id": "pm_1", "object": "x"}},
    )
    r = row("customer", c, "acct_1", 99)
    assert r["account"] == "acct_1" and r["source_ts"] == 99 and r["deleted"] == 0
    assert r["metadata_text"] == "A-17 gold"
    assert r["default_payment_method"] == "pm_1"
    assert json.loads(r["raw"]) == c
    assert r["livemode"] == 0 and r["delinquent"] == 0


def test_subscription_row_flattens_pause_and_connect_fields() -> None:
    s = subscription(
        "cus_9",
        items=2,
        pause_collection={"behavior": "keep_as_draft", "resumes_at": T0 + 500},
        transfer_data={"amount_percent": 80.0, "destination": "acct_dest"},
        application_fee_percent=12.5,
        on_behalf_of="acct_dest",
        latest_invoice={"id": "in_7", "object": "invoice"},
        collection_method="send_invoice",
    )
    r = row("subscription", s)
    assert (r["pause_behavior"], r["pause_resumes_at"]) == ("keep_as_draft", T0 + 500)
    assert r["charge_type"] == "destination"
    assert r["transfer_destination"] == "acct_dest" and r["transfer_amount_percent"] == 80.0
    assert r["application_fee_percent"] == 12.5 and r["on_behalf_of"] == "acct_dest"
    assert r["latest_invoice"] == "in_7" and r["customer"] == "cus_9"
    assert r["collection_method"] == "send_invoice" and r["items_count"] == 2
    assert r["current_period_end"] == min(i["current_period_end"] for i in s["items"]["data"])
    assert row("subscription", subscription())["charge_type"] == "platform"
    assert row("subscription", subscription(), "acct_c")["charge_type"] == "direct"
    assert row("subscription", subscription())["pause_behavior"] is None


def test_other_rows() -> None:
    assert row("invoice", invoice("cus_1", "sub_1"))["subscription"] == "sub_1"
    assert row("invoice", invoice("cus_1", None, subscription="sub_old"))["subscription"] == (
        "sub_old"
    )
    pm = row("payment_method", payment_method("cus_2"))
    assert (pm["card_brand"], pm["card_last4"], pm["customer"]) == ("visa", "4242", "cus_2")
    pr = row("price", price("prod_1", lookup_key="gold"))
    assert (pr["product"], pr["recurring_interval"], pr["lookup_key"]) == (
        "prod_1",
        "month",
        "gold",
    )
    assert row("product", product(name="Gold"))["name"] == "Gold"
    acc = row("account", account())
    assert acc["business_name"] == "Café Lumière" and acc["charges_enabled"] == 1
    cfg = row("billing_portal.configuration", portal_configuration(is_default=False))
    assert cfg["is_default"] == 0


# -- upserts ---------------------------------------------------------------------------
def test_upsert_inserts_then_updates_in_place(store: Store) -> None:
    c = customer()
    assert store.upsert("customer", [c], source_ts=10).written == 1
    store.upsert("customer", [{**c, "name": "Renamed"}], source_ts=11)
    assert store.count("customer") == 1
    assert store.get("customer", c["id"])["name"] == "Renamed"  # type: ignore[index]


def test_older_data_never_overwrites_newer(store: Store) -> None:
    c = customer(name="New")
    store.upsert("customer", [c], source_ts=200)
    result = store.upsert("customer", [{**c, "name": "Old"}], source_ts=100)
    assert (result.written, result.stale) == (0, 1)
    assert store.get("customer", c["id"])["name"] == "New"  # type: ignore[index]


def test_same_id_on_two_accounts_are_two_rows(store: Store) -> None:
    p = product(id="gold")
    store.upsert("product", [p], source_ts=1)
    store.upsert("product", [{**p, "name": "Other"}], account="acct_1", source_ts=1)
    assert store.count("product") == 2
    assert store.get("product", "gold")["name"] == p["name"]  # type: ignore[index]
    assert store.get("product", "gold", account="acct_1")["name"] == "Other"  # type: ignore[index]


def test_subscription_items_follow_their_subscription(store: Store) -> None:
    s = subscription(items=3)
    store.upsert("subscription", [s], source_ts=1)
    assert _one(store, "SELECT count(*) FROM subscription_items")[0] == 3
    fewer = {**s, "items": {**s["items"], "data": s["items"]["data"][:1]}}
    store.upsert("subscription", [fewer], source_ts=2)
    items = store.conn.execute("SELECT id, price, product FROM subscription_items").fetchall()
    first = s["items"]["data"][0]
    assert items == [(first["id"], first["price"]["id"], first["price"]["product"])]
    # A stale version does not bring the removed items back.
    store.upsert("subscription", [s], source_ts=1)
    assert _one(store, "SELECT count(*) FROM subscription_items")[0] == 1


def test_paused_subscriptions_are_found_by_the_partial_index(store: Store) -> None:
    paused = subscription(pause_collection={"behavior": "void", "resumes_at": None})
    store.upsert("subscription", [subscription(), paused, subscription()], source_ts=1)
    sql = "SELECT id FROM subscriptions WHERE pause_behavior IS NOT NULL ORDER BY created DESC"
    plan = " ".join(str(r) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "subscriptions_paused" in plan
    assert [r[0] for r in store.conn.execute(sql)] == [paused["id"]]


def test_checkpoint_is_written_with_its_page_or_not_at_all(store: Store) -> None:
    good = customer()
    store.upsert("customer", [good], source_ts=1, checkpoint=("k", {"after": good["id"]}))
    assert store.checkpoint("k") == {"after": good["id"]}
    broken = customer()
    del broken["id"]
    with pytest.raises(KeyError):
        store.upsert(
            "customer", [customer(), broken], source_ts=1, checkpoint=("k", {"after": "cus_never"})
        )
    assert store.checkpoint("k") == {"after": good["id"]}
    assert store.count("customer") == 1


def test_checkpoints_by_prefix(store: Store) -> None:
    store.set_checkpoint("full:a:1", {"n": 1})
    store.set_checkpoint("full:a:2", {"n": 2})
    store.set_checkpoint("full:b:1", {"n": 3})
    assert store.checkpoints("full:a:") == {"full:a:1": {"n": 1}, "full:a:2": {"n": 2}}
    store.clear_checkpoints("full:a:")
    assert list(store.checkpoints("full:")) == ["full:b:1"]
    store.set_checkpoint("full:b:1", None)
    assert store.checkpoint("full:b:1") is None


def test_sweep_removes_what_a_complete_listing_did_not_return(store: Store) -> None:
    gone, kept, stale_but_listed = subscription(), subscription(), subscription()
    store.upsert("subscription", [gone, kept, stale_but_listed], source_ts=100, sync_gen=1)
    # An event newer than the listing already updated this one; the listing still saw it.
    store.upsert("subscription", [stale_but_listed], source_ts=300)
    # Created after the run started: only an event brought it in, keep it.
    newer = subscription(created=T0 + 10_000)
    store.apply_event(event(newer, "customer.subscription.created", T0 + 10_000))
    store.upsert("subscription", [kept, stale_but_listed], source_ts=200, sync_gen=2)
    assert store.sweep("subscription", account="", sync_gen=2, created_before=T0 + 5000) == 1
    assert set(store.ids("subscription")) == {kept["id"], stale_but_listed["id"], newer["id"]}
    assert (
        _one(store, "SELECT count(*) FROM subscription_items WHERE subscription = ?", gone["id"])[0]
        == 0
    )
    # Same second, back to back: a second run still sweeps by generation.
    store.upsert("subscription", [kept], source_ts=200, sync_gen=3)
    assert store.sweep("subscription", account="", sync_gen=3, created_before=T0 + 5000) == 1
    assert set(store.ids("subscription")) == {kept["id"], newer["id"]}


def test_delete(store: Store) -> None:
    s = subscription()
    store.upsert("subscription", [s], source_ts=1)
    assert store.delete("subscription", [s["id"]]) == 1
    assert _one(store, "SELECT count(*) FROM subscription_items")[0] == 0


# -- portal configuration versions -----------------------------------------------------------
def test_every_portal_configuration_version_is_kept(store: Store) -> None:
    cfg = portal_configuration()
    store.upsert("billing_portal.configuration", [cfg], source_ts=1)
    store.upsert("billing_portal.configuration", [cfg], source_ts=2)  # same version again
    v2 = {
        **cfg,
        "updated": cfg["updated"] + 60,
        "business_profile": {**cfg["business_profile"], "headline": "New"},
    }
    store.record_portal_configuration(v2)
    rows = store.conn.execute(
        "SELECT updated, origin FROM portal_configuration_versions "
        "WHERE config_id = ? ORDER BY updated",
        (cfg["id"],),
    ).fetchall()
    assert rows == [(cfg["updated"], "sync"), (cfg["updated"] + 60, "saved")]
    assert (
        store.get("billing_portal.configuration", cfg["id"])["business_profile"][  # type: ignore[index]
            "headline"
        ]
        == "New"
    )


# -- events ----------------------------------------------------------------------------
def test_event_newer_than_row_applies_older_does_not(store: Store) -> None:
    c = customer(name="Listed")
    store.upsert("customer", [c], source_ts=T0 + 100)
    old = event({**c, "name": "Before"}, "customer.updated", T0 + 50)
    new = event({**c, "name": "After"}, "customer.updated", T0 + 150)
    assert store.apply_event(old) is False
    assert store.get("customer", c["id"])["name"] == "Listed"  # type: ignore[index]
    assert store.apply_event(new) is True
    assert store.get("customer", c["id"])["name"] == "After"  # type: ignore[index]
    # A page fetched before the event was applied does not undo it.
    store.upsert("customer", [{**c, "name": "Listed"}], source_ts=T0 + 120)
    assert store.get("customer", c["id"])["name"] == "After"  # type: ignore[index]


def test_the_same_event_applies_once(store: Store) -> None:
    c = customer()
    ev = event(c, "customer.created", T0)
    assert store.apply_event(ev) is True
    assert store.apply_event(ev) is False
    assert _one(store, "SELECT count(*) FROM events")[0] == 1


def test_deleted_customer_is_a_tombstone_an_old_event_cannot_revive(store: Store) -> None:
    c = customer()
    store.upsert("customer", [c], source_ts=T0)
    store.apply_event(event(c, "customer.deleted", T0 + 10))
    assert store.get("customer", c["id"]) is None
    assert store.count("customer") == 0
    store.apply_event(event(c, "customer.updated", T0 + 5))
    assert store.get("customer", c["id"]) is None


def test_events_of_a_connected_account_land_on_that_account(store: Store) -> None:
    s = subscription()
    store.apply_events([event(s, "customer.subscription.created", T0)], account="acct_9")
    assert store.ids("subscription", account="acct_9") == [s["id"]]
    assert store.ids("subscription") == []
    row_ = _one(store, "SELECT charge_type FROM subscriptions WHERE id = ?", s["id"])
    assert row_[0] == "direct"


def test_account_events_update_the_platform_view(store: Store) -> None:
    a = account()
    store.upsert("account", [a], source_ts=T0)
    store.apply_events(
        [event({**a, "charges_enabled": False}, "account.updated", T0 + 1, account=a["id"])],
        account=a["id"],
    )
    assert _one(store, "SELECT charges_enabled, account FROM accounts")[0:2] == (0, "")
    app = {"id": "ca_1", "object": "application", "name": "Counterfoil"}
    store.apply_events([event(app, "account.application.deauthorized", T0 + 2, account=a["id"])])
    assert _one(store, "SELECT deleted FROM accounts WHERE id = ?", a["id"])[0] == 1


def test_apply_events_moves_the_cursor_and_prunes_old_events(store: Store) -> None:
    evs = [event(customer(), "customer.created", T0 + i) for i in range(3)]
    assert store.apply_events(evs, cursor=evs[-1], now=T0 + 10) == 3
    assert store.cursor() == (evs[-1]["id"], T0 + 2)
    assert store.cursor("acct_none") == (None, None)
    store.apply_events([], now=T0 + 40 * 86400)
    assert _one(store, "SELECT count(*) FROM events")[0] == 0


def test_unknown_and_idless_objects_are_ignored(store: Store) -> None:
    upcoming = {"object": "invoice", "customer": "cus_1"}  # invoice.upcoming has no id
    assert store.apply_event(event(upcoming, "invoice.upcoming", T0)) is False
    plan = {"id": "plan_1", "object": "plan"}
    assert store.apply_event(event(plan, "plan.created", T0)) is False


def test_corruption_during_a_write_is_reported_as_cache_corrupt(tmp_path: Path) -> None:
    from services.cache import CacheCorrupt

    conn = sqlite3.connect(":memory:")
    store = Store(conn, tmp_path / "x")

    def boom() -> None:
        with store.transaction():
            raise sqlite3.DatabaseError("database disk image is malformed")

    with pytest.raises(CacheCorrupt):
        boom()
