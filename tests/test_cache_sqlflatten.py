"""The SQL bulk path writes exactly the rows the Python path writes, for every bulk resource."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from services.cache import Cache, Store
from services.cache.store import BULK_RESOURCES
from tests.test_cache_objects import (
    T0,
    account,
    customer,
    event,
    invoice,
    price,
    product,
    subscription,
)


def _variants() -> dict[str, list[dict[str, Any]]]:
    sub_items = subscription("cus_1", items=3)
    no_sub_field = subscription("cus_2")
    for item in no_sub_field["items"]["data"]:
        del item["subscription"]
    return {
        "customer": [
            customer(),
            customer(name=None, email=None, metadata={"a": "x", "b": "", "c": "y"}),
            customer(
                metadata=None,
                invoice_settings={"default_payment_method": {"id": "pm_9", "object": "pm"}},
                delinquent=True,
                livemode=True,
                description='Ünïcode ✓ "quoted"',
            ),
            customer(deleted=True),
            {"id": "cus_sparse", "object": "customer", "created": T0},
        ],
        "subscription": [
            sub_items,
            no_sub_field,
            subscription(
                {"id": "cus_3", "object": "customer"},
                pause_collection={"behavior": "void", "resumes_at": T0 + 9},
                transfer_data={"amount_percent": 12.5, "destination": {"id": "acct_d"}},
                application_fee_percent=3.25,
                latest_invoice={"id": "in_5", "object": "invoice"},
                schedule="sub_sched_1",
                cancel_at_period_end=True,
            ),
            subscription("cus_4", items=0, current_period_end=T0 + 77),
        ],
        "product": [product(), product(default_price={"id": "price_1"}, active=False)],
        "price": [
            price("prod_1"),
            price({"id": "prod_2", "object": "product"}, recurring=None, type="one_time"),
        ],
        "invoice": [
            invoice("cus_1", "sub_1"),
            invoice("cus_1", None, subscription="sub_old"),
            invoice({"id": "cus_2"}, None, subscription={"id": "sub_x"}),
            invoice("cus_1", None),
        ],
        "account": [
            account(),
            account(
                type=None,
                controller={"type": "application"},
                business_profile=None,
                settings={"dashboard": {"display_name": "Shown"}},
            ),
            account(business_profile={"name": ""}, settings={"dashboard": {"display_name": "D"}}),
        ],
    }


def _rows(cache: Cache, table: str) -> list[dict[str, Any]]:
    cur = cache.connect().execute(f"SELECT * FROM {table} ORDER BY id")
    names = [c[0] for c in cur.description]
    out = []
    for values in cur.fetchall():
        r = dict(zip(names, values, strict=True))
        r.pop("rid")
        r["raw"] = json.loads(r["raw"])
        out.append(r)
    return out


@pytest.mark.parametrize("account_id", ["", "acct_conn"])
def test_sql_and_python_paths_write_identical_rows(tmp_path: Path, account_id: str) -> None:
    variants = _variants()
    assert set(variants) == set(BULK_RESOURCES)
    with Cache.open(tmp_path / "py.sqlite3") as py, Cache.open(tmp_path / "sql.sqlite3") as sq:
        for resource, objects in variants.items():
            body = json.dumps({"object": "list", "data": objects, "has_more": False})
            Store(py.connect()).upsert(
                resource, objects, account=account_id, source_ts=50, sync_gen=7
            )
            result = Store(sq.connect()).write_body(
                resource, body, account=account_id, source_ts=50, sync_gen=7
            )
            assert result.written == len(objects)
        for table in (
            "customers",
            "subscriptions",
            "subscription_items",
            "products",
            "prices",
            "invoices",
            "accounts",
        ):
            assert _rows(sq, table) == _rows(py, table), table
        # The search index was kept by the triggers on the SQL path too.
        hits = (
            sq.connect()
            .execute("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '\"unicode\"'")
            .fetchone()
        )
        assert hits == (1,)


def test_sql_path_keeps_the_freshness_rule_and_marks_stale_rows(tmp_path: Path) -> None:
    c_new, c_old = customer(name="Newer"), customer(name="Kept")
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        store = Store(cache.connect())
        store.apply_event(event(c_new, "customer.updated", 500))
        body = json.dumps({"data": [{**c_new, "name": "Listed"}, c_old]})
        result = store.write_body("customer", body, source_ts=400, sync_gen=3)
        assert (result.written, result.stale) == (1, 1)
        assert store.get("customer", c_new["id"])["name"] == "Newer"  # type: ignore[index]
        gens = dict(cache.connect().execute("SELECT id, sync_gen FROM customers").fetchall())
        assert gens == {c_new["id"]: 3, c_old["id"]: 3}


def test_sql_path_skips_objects_below_the_range(tmp_path: Path) -> None:
    low, high = customer(created=T0 + 1), customer(created=T0 + 100)
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        store = Store(cache.connect())
        body = json.dumps({"data": [high, low]})
        assert store.write_body("customer", body, source_ts=1, created_from=T0 + 50).written == 1
        assert store.ids("customer") == [high["id"]]


def test_stale_subscription_keeps_its_newer_items(tmp_path: Path) -> None:
    sub = subscription(items=2)
    fewer = {**sub, "items": {**sub["items"], "data": sub["items"]["data"][:1]}}
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        store = Store(cache.connect())
        store.upsert("subscription", [fewer], source_ts=200)
        store.write_body("subscription", json.dumps({"data": [sub]}), source_ts=100)
        n = cache.connect().execute("SELECT count(*) FROM subscription_items").fetchone()[0]
        assert n == 1
