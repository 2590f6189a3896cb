"""The query behind the view and the export, on a real cache file with hand-made objects:
the two kinds of pause kept apart, behaviours, filters, sorting, amounts and *paused since*."""

from __future__ import annotations

import time
from typing import Any

import pytest

from services.cache import Cache, Store
from services.paused import query
from services.paused.model import Filters
from services.paused.summary import summarise

NOW = 1_795_000_000
DAY = 86_400


def price(
    pid: str,
    amount: int | None,
    currency: str = "usd",
    interval: str = "month",
    count: int = 1,
    usage: str = "licensed",
    decimal: str | None = None,
    nickname: str | None = None,
) -> dict[str, Any]:
    return {
        "id": pid,
        "object": "price",
        "currency": currency,
        "product": f"prod_{pid}",
        "nickname": nickname,
        "unit_amount": amount,
        "unit_amount_decimal": decimal
        if decimal is not None
        else (None if amount is None else str(amount)),
        "recurring": {"interval": interval, "interval_count": count, "usage_type": usage},
        "type": "recurring",
    }


def sub(
    sid: str,
    *,
    status: str = "active",
    pause: dict | None = None,
    currency: str = "usd",
    items: list[tuple[dict, int | None]] | None = None,
    customer: str = "cus_1",
    created: int = NOW - 100 * DAY,
    application: str | None = None,
    invoice: str | None = None,
) -> dict[str, Any]:
    items = items if items is not None else [(price("p1", 1000, currency), 1)]
    return {
        "id": sid,
        "object": "subscription",
        "customer": customer,
        "status": status,
        "currency": currency,
        "created": created,
        "collection_method": "charge_automatically",
        "pause_collection": pause,
        "latest_invoice": invoice,
        "application": application,
        "items": {
            "object": "list",
            "data": [
                {
                    "id": f"si_{sid}_{k}",
                    "object": "subscription_item",
                    "subscription": sid,
                    "created": created + k,
                    "price": p,
                    "quantity": q,
                }
                for k, (p, q) in enumerate(items)
            ],
        },
    }


def customer(cid: str, name: str | None, email: str | None = None) -> dict[str, Any]:
    return {
        "id": cid,
        "object": "customer",
        "name": name,
        "email": email,
        "created": NOW - 400 * DAY,
    }


def updated(eid: str, sid: str, at: int, before: Any, after: Any) -> dict[str, Any]:
    return {
        "id": eid,
        "object": "event",
        "type": "customer.subscription.updated",
        "created": at,
        "data": {
            "object": {"id": sid, "object": "subscription", "pause_collection": after},
            "previous_attributes": {"pause_collection": before},
        },
    }


VOID = {"behavior": "void", "resumes_at": None}
DRAFT = {"behavior": "keep_as_draft", "resumes_at": NOW + 10 * DAY}
UNCOLLECTIBLE = {"behavior": "mark_uncollectible", "resumes_at": NOW + 60 * DAY}


@pytest.fixture
def cache(tmp_path):
    with Cache.open(tmp_path / "c.sqlite3") as c:
        yield c


def fill(cache: Cache, objects: dict[str, list[dict]], account: str = "") -> None:
    store = Store(cache.connect(), cache.path)
    for resource, objs in objects.items():
        if resource == "event":
            store.apply_events(objs, account=account, now=NOW)
        else:
            store.upsert(resource, objs, account=account, source_ts=NOW)


def ids(rows) -> set[str]:
    return {r.subscription_id for r in rows}


def test_the_two_kinds_never_mix(cache):
    fill(
        cache,
        {
            "customer": [customer("cus_1", "Ada")],
            "subscription": [
                sub("sub_collection", pause=VOID),
                sub("sub_status", status="paused"),
                sub("sub_both", status="paused", pause=DRAFT),
                sub("sub_plain"),
                sub("sub_past_due", status="past_due", pause=UNCOLLECTIBLE),
            ],
        },
    )
    conn = cache.connect()
    collection = list(query.iter_rows(conn, "collection", now=NOW))
    status = list(query.iter_rows(conn, "status", now=NOW))
    assert ids(collection) == {"sub_collection", "sub_past_due"}
    assert ids(status) == {"sub_status", "sub_both"}
    assert all(r.kind == "status" and r.behavior is None and r.resumes_at is None for r in status)
    assert query.count(conn, "collection") == 2 and query.count(conn, "status") == 2


def test_behaviours_are_kept_apart_and_filter(cache):
    fill(
        cache,
        {
            "subscription": [
                sub("sub_v", pause=VOID),
                sub("sub_d", pause=DRAFT),
                sub("sub_u", pause=UNCOLLECTIBLE),
            ]
        },
    )
    conn = cache.connect()
    by_behavior = {r.subscription_id: r.behavior for r in query.iter_rows(conn, now=NOW)}
    assert by_behavior == {
        "sub_v": "void",
        "sub_d": "keep_as_draft",
        "sub_u": "mark_uncollectible",
    }
    only = Filters(behaviors=frozenset({"keep_as_draft", "void"}))
    assert ids(query.iter_rows(conn, "collection", only, now=NOW)) == {"sub_v", "sub_d"}
    assert query.filter_options(conn, "collection").behaviors == {
        "void": 1,
        "keep_as_draft": 1,
        "mark_uncollectible": 1,
    }


def test_filters_by_account_currency_resume_date_and_text(cache):
    fill(
        cache,
        {
            "customer": [
                customer("cus_1", "Ada Lovelace", "ada@example.com"),
                customer("cus_2", "100% Owl_ltd", "owl@example.com"),
            ],
            "subscription": [
                sub("sub_soon", pause=DRAFT),  # resumes in 10 days
                sub("sub_later", pause=UNCOLLECTIBLE, currency="eur", customer="cus_2"),
                sub("sub_never", pause=VOID),
            ],
        },
    )
    fill(
        cache,
        {
            "account": [
                {"id": "acct_1C", "object": "account", "business_profile": {"name": "Conn"}}
            ],
        },
    )
    fill(
        cache,
        {
            "subscription": [
                sub("sub_conn", pause=VOID, currency="jpy", items=[(price("pj", 1200, "jpy"), 2)])
            ]
        },
        account="acct_1C",
    )
    conn = cache.connect()

    def matching(**kw: Any) -> set[str]:
        return ids(query.iter_rows(conn, "collection", Filters(**kw), now=NOW))

    assert matching(account="") == {"sub_soon", "sub_later", "sub_never"}
    assert matching(account="acct_1C") == {"sub_conn"}
    assert matching(currency="EUR") == {"sub_later"}
    assert matching(resumes="indefinite") == {"sub_never", "sub_conn"}
    assert matching(resumes="within", within_days=30) == {"sub_soon"}
    assert matching(resumes="within", within_days=90) == {"sub_soon", "sub_later"}
    assert matching(search="lovelace") == {"sub_soon", "sub_never"}
    assert matching(search="100%") == {"sub_later"}
    assert matching(search="%") == {"sub_later"}  # a literal %, not a wildcard
    assert matching(search="O_l") == set()  # _ is literal too (a wildcard would match "Owl")
    assert matching(search="l_l") == {"sub_later"}
    assert matching(search="sub_conn") == {"sub_conn"}
    options = query.filter_options(conn, "collection")
    assert [(o.id, o.name, o.count) for o in options.accounts] == [
        ("", None, 3),
        ("acct_1C", "Conn", 1),
    ]
    assert options.currencies == ("eur", "jpy", "usd")
    for kw in ({}, {"account": ""}, {"currency": "usd"}, {"search": "ada"}):
        assert query.count_matching(conn, "collection", Filters(**kw), now=NOW) == len(
            matching(**kw)
        )
    conn_row = next(r for r in query.iter_rows(conn, now=NOW) if r.account)
    assert conn_row.account_name == "Conn"
    assert conn_row.amount_minor == 2400 and conn_row.currency == "jpy"


def test_paused_since_comes_from_the_events(cache):
    fill(
        cache,
        {
            "subscription": [
                sub("sub_once", pause=VOID),
                sub("sub_again", pause=DRAFT),
                sub("sub_changed", pause=UNCOLLECTIBLE),
                sub("sub_unknown", pause=VOID),
                sub("sub_resumed_only", pause=VOID),
            ]
        },
    )
    fill(
        cache,
        {
            "event": [
                updated("evt_1", "sub_once", NOW - 5 * DAY, None, VOID),
                updated("evt_2", "sub_again", NOW - 20 * DAY, None, VOID),
                updated("evt_3", "sub_again", NOW - 15 * DAY, VOID, None),
                updated("evt_4", "sub_again", NOW - 3 * DAY, None, DRAFT),
                updated("evt_5", "sub_changed", NOW - 9 * DAY, None, VOID),
                updated(
                    "evt_6", "sub_changed", NOW - 2 * DAY, VOID, UNCOLLECTIBLE
                ),  # a change, not a start
                updated("evt_7", "sub_resumed_only", NOW - 8 * DAY, VOID, None),
                {  # an update about something else, while paused: not a start
                    "id": "evt_8",
                    "object": "event",
                    "type": "customer.subscription.updated",
                    "created": NOW - DAY,
                    "data": {
                        "object": {
                            "id": "sub_unknown",
                            "object": "subscription",
                            "pause_collection": VOID,
                        },
                        "previous_attributes": {"metadata": {"note": "pause_collection"}},
                    },
                },
            ]
        },
    )
    conn = cache.connect()
    since = {r.subscription_id: r.paused_since for r in query.iter_rows(conn, now=NOW)}
    assert since == {
        "sub_once": NOW - 5 * DAY,
        "sub_again": NOW - 3 * DAY,
        "sub_changed": NOW - 9 * DAY,
        "sub_unknown": None,
        "sub_resumed_only": None,  # its current pause began after the events we have
    }
    rows = {r.subscription_id: r for r in query.iter_rows(conn, now=NOW)}
    assert rows["sub_once"].days_paused(NOW) == 5
    assert rows["sub_unknown"].days_paused(NOW) is None
    summary = summarise(rows.values())
    assert summary.count == 5 and summary.since_known == 3


def test_status_paused_since_comes_from_paused_and_resumed_events(cache):
    fill(cache, {"subscription": [sub("sub_s", status="paused"), sub("sub_t", status="paused")]})
    event = lambda eid, kind, sid, at: {  # noqa: E731
        "id": eid,
        "object": "event",
        "type": kind,
        "created": at,
        "data": {"object": {"id": sid, "object": "subscription"}},
    }
    fill(
        cache,
        {
            "event": [
                event("evt_a", "customer.subscription.paused", "sub_s", NOW - 30 * DAY),
                event("evt_b", "customer.subscription.resumed", "sub_s", NOW - 20 * DAY),
                event("evt_c", "customer.subscription.paused", "sub_s", NOW - 4 * DAY),
                event("evt_d", "customer.subscription.paused", "sub_t", NOW - 7 * DAY),
                event("evt_e", "customer.subscription.resumed", "sub_t", NOW - 6 * DAY),
            ]
        },
    )
    since = {
        r.subscription_id: r.paused_since
        for r in query.iter_rows(cache.connect(), "status", now=NOW)
    }
    assert since == {"sub_s": NOW - 4 * DAY, "sub_t": None}


def test_amounts_items_and_intervals(cache):
    fill(
        cache,
        {
            "product": [{"id": "prod_seat", "object": "product", "name": "Seats"}],
            "subscription": [
                sub("sub_simple", pause=VOID, items=[(price("p_a", 2900), 3)]),
                sub("sub_yearly", pause=VOID, items=[(price("p_y", 12000, interval="year"), 1)]),
                sub("sub_quarter", pause=VOID, items=[(price("p_q", 3000, count=3), 1)]),
                sub(
                    "sub_mixed",
                    pause=VOID,
                    items=[(price("p_m1", 1000), 1), (price("p_m2", 12000, interval="year"), 1)],
                ),
                sub(
                    "sub_metered",
                    pause=VOID,
                    items=[(price("p_b", 900), 1), (price("p_api", 5, usage="metered"), None)],
                ),
                sub("sub_fraction", pause=VOID, items=[(price("p_f", None, decimal="12.5"), 3)]),
                sub("sub_yen", pause=VOID, currency="jpy", items=[(price("p_j", 1200, "jpy"), 2)]),
                sub(
                    "sub_named",
                    pause=VOID,
                    items=[
                        (dict(price("seat", 500), product="prod_seat"), 4),
                        (price("p_nick", 100, nickname="Add-on"), 1),
                    ],
                ),
                sub("sub_empty", pause=VOID, items=[]),
            ],
        },
    )
    rows = {r.subscription_id: r for r in query.iter_rows(cache.connect(), now=NOW)}
    r = rows["sub_simple"]
    assert (r.amount_minor, r.interval, r.interval_count, r.monthly_minor, r.amount_complete) == (
        8700,
        "month",
        1,
        8700,
        True,
    )
    assert rows["sub_yearly"].monthly_minor == 1000 and rows["sub_yearly"].interval == "year"
    assert rows["sub_quarter"].monthly_minor == 1000 and rows["sub_quarter"].interval_count == 3
    mixed = rows["sub_mixed"]
    assert (mixed.amount_minor, mixed.interval, mixed.monthly_minor) == (None, "mixed", 2000)
    metered = rows["sub_metered"]
    assert metered.amount_minor is None or metered.amount_complete is False
    assert metered.amount_complete is False and metered.monthly_minor == 900
    assert "(metered)" in metered.items
    fraction = rows["sub_fraction"]
    assert fraction.amount_minor == 38 and fraction.amount_complete  # 37.5 → 38 (half up)
    assert rows["sub_yen"].amount_minor == 2400
    assert rows["sub_named"].items == "Seats × 4; Add-on"
    assert rows["sub_named"].item_count == 2 and rows["sub_named"].amount_minor == 2100
    empty = rows["sub_empty"]
    assert (empty.amount_minor, empty.items, empty.item_count) == (None, "", 0)


def test_sorting_and_windows_agree_with_the_stream(cache):
    fill(
        cache,
        {
            "customer": [
                customer(f"cus_{i}", name) for i, name in enumerate(["bo", "Al", "cy", "Di"])
            ],
            "subscription": [
                sub(
                    f"sub_{i}",
                    pause=VOID,
                    customer=f"cus_{i}",
                    created=NOW - i * DAY,
                    items=[(price(f"p{i}", amount), 1)],
                )
                for i, amount in enumerate([500, 9000, 100, 2500])
            ],
        },
    )
    conn = cache.connect()
    streamed = list(query.iter_rows(conn, now=NOW))
    # The export's order: newest subscription first.
    assert [r.subscription_id for r in streamed] == ["sub_0", "sub_1", "sub_2", "sub_3"]
    by_rid = {r.rid: r for r in streamed}

    def order(sort, descending=False):
        got = query.row_ids(conn, "collection", None, now=NOW, sort=sort, descending=descending)
        return [by_rid[rid].subscription_id for rid in got]

    assert order("customer") == ["sub_1", "sub_0", "sub_2", "sub_3"]  # Al, bo, cy, Di
    assert order("amount", True) == ["sub_1", "sub_3", "sub_0", "sub_2"]
    assert order("created") == ["sub_3", "sub_2", "sub_1", "sub_0"]
    window = query.fetch_rows(conn, "collection", list(by_rid)[1:3])
    for rid, row in window.items():
        assert row._replace(application=None) == by_rid[rid]


def test_pausable_lists_only_what_can_be_paused(cache):
    fill(
        cache,
        {
            "customer": [customer("cus_1", "Ada")],
            "subscription": [
                sub("sub_active"),
                sub("sub_paused_coll", pause=VOID),
                sub("sub_status", status="paused"),
                sub("sub_canceled", status="canceled"),
                sub("sub_trial", status="trialing"),
            ],
        },
    )
    found = {c.subscription_id for c in query.pausable(cache.connect())}
    assert found == {"sub_active", "sub_trial"}
    assert {c.subscription_id for c in query.pausable(cache.connect(), "zzz")} == set()


def test_a_snapshot_holds_while_another_connection_writes(cache):
    fill(cache, {"subscription": [sub(f"sub_{i}", pause=VOID) for i in range(5)]})
    reader = cache.open_connection()
    try:
        with query.snapshot(reader):
            before = query.count(reader, "collection")
            fill(cache, {"subscription": [sub("sub_new", pause=VOID)]})  # another connection
            assert query.count(reader, "collection") == before == 5
            assert len(list(query.iter_rows(reader, now=NOW))) == 5
        assert query.count(reader, "collection") == 6
    finally:
        reader.close()


def test_has_synced_needs_a_completed_full_sync(cache):
    conn = cache.connect()
    assert not query.has_synced(conn)
    Store(conn, cache.path).set_checkpoint("full:last_complete", {"finished_at": int(time.time())})
    assert query.has_synced(conn)


@pytest.mark.parametrize("kind", ["collection", "status"])
def test_paused_since_looks_events_up_by_subscription(cache, kind):
    """Each subscription's events are found through the index on ``object_id``: walking
    an index on ``account`` instead (another panel added one) reads every event of the
    account once per subscription, which took an export of 100,000 from 2 s to minutes."""
    conn = cache.connect()
    sql, params = query.build_query(kind, None, now=NOW)
    plan = " | ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "SEARCH e USING INDEX events_object (object_id=?)" in plan, plan
    assert "SCAN e" not in plan and "events_account" not in plan
