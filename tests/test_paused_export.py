"""The CSV export end to end: it agrees with an independent computation over the sandbox's
subscriptions (read through the SDK, not the cache), parses back with the csv module to
exactly the data, keeps hostile names harmless, stays consistent while the cache is being
written, streams in flat memory, and leaves nothing behind when it fails."""

from __future__ import annotations

import csv
import io
import os
import threading
import time
import tracemalloc
from decimal import Decimal
from pathlib import Path

import pytest

from services.cache import Cache, Store
from services.paused import money, query
from services.paused.csvfile import HEADER, AccountLabel, ExportError, cells, iso_utc, neutralise
from services.paused.export import ExportCancelled, export_csv
from services.paused.model import Filters
from tests.benchmarks.bench_paused_export import generate
from tests.conftest import make_client
from tests.test_paused_csv import _fills_up_after
from tests.test_paused_support import Expected, sdk_paused, synced_cache

PLATFORM = AccountLabel("acct_1CounterfoilPlatform", "Counterfoil Demo")


@pytest.fixture(scope="module")
def demo_cache(demo_sandbox, tmp_path_factory):
    client = make_client(demo_sandbox)
    cache = synced_cache(client, tmp_path_factory.mktemp("paused") / "demo.sqlite3")
    yield cache
    cache.close()


@pytest.fixture(scope="module")
def expected(demo_sandbox) -> dict[str, dict[tuple[str, str], Expected]]:
    client = make_client(demo_sandbox)
    return {kind: sdk_paused(client, kind) for kind in ("collection", "status")}


def read_csv(path: Path, *, bom: bool = False) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == bom
    text = data.decode("utf-8-sig")
    assert text.endswith("\r\n")
    return list(csv.DictReader(io.StringIO(text, newline=""), strict=True))


def check_row(row: dict[str, str], want: Expected, now: int) -> None:
    assert row["account_id"] == (want.account or PLATFORM.id)
    assert row["customer_id"] == want.customer_id
    assert row["customer_name"] == neutralise(want.customer_name or "")
    assert row["customer_email"] == neutralise(want.customer_email or "")
    assert row["status"] == want.status
    assert row["pause_behavior"] == (want.behavior or "")
    assert row["resumes_at"] == iso_utc(want.resumes_at)
    assert row["currency"] == want.currency
    if want.recurring_major is not None:
        assert Decimal(row["recurring_amount"]) == want.recurring_major
        assert len(row["recurring_amount"].partition(".")[2]) == money.exponent(want.currency)
        assert row["interval"] == want.interval
    assert int(row["item_count"]) == want.items
    assert row["collection_method"] == want.collection_method
    assert row["paused_since"] == iso_utc(want.paused_since)
    if want.paused_since is not None:
        assert int(row["days_paused"]) == (now - want.paused_since) // 86_400
    else:
        assert row["days_paused"] == ""


@pytest.mark.parametrize("kind", ["collection", "status"])
def test_export_agrees_with_an_independent_computation(demo_cache, expected, tmp_path, kind):
    now = int(time.time())
    out = tmp_path / f"{kind}.csv"
    result = export_csv(demo_cache, out, kind=kind, platform=PLATFORM, now=now)
    rows = read_csv(out)
    want = expected[kind]
    assert len(want) > 20, "the demo seed should pause plenty of subscriptions"
    assert result.rows == len(rows) == len(want)
    got = {
        (r["account_id"] if r["account_id"] != PLATFORM.id else "", r["subscription_id"]): r
        for r in rows
    }
    assert set(got) == set(want)
    for key, row in got.items():
        assert row["pause_kind"] == kind
        check_row(row, want[key], now)
    if kind == "collection":
        assert {r["pause_behavior"] for r in rows} == {
            "keep_as_draft",
            "mark_uncollectible",
            "void",
        }
        assert any(
            r["account_id"].startswith("acct_1") and r["account_id"] != PLATFORM.id for r in rows
        ), "connected accounts' pauses are exported too"
        assert sum(1 for r in rows if r["paused_since"]) > len(rows) // 4
    per_currency: dict[str, int] = {}
    for w in want.values():
        per_currency[w.currency] = per_currency.get(w.currency, 0) + 1
    assert result.per_currency == per_currency


def test_filtered_exports_match_the_filtered_computation(demo_cache, expected, tmp_path):
    want = expected["collection"]
    connected = sorted({a for a, _ in want if a})
    cases = [
        (Filters(behaviors=frozenset({"void"})), lambda w: w.behavior == "void"),
        (Filters(account=connected[0]), lambda w: w.account == connected[0]),
        (Filters(account=""), lambda w: w.account == ""),
        (Filters(currency="jpy"), lambda w: w.currency == "jpy"),
        (Filters(resumes="indefinite"), lambda w: w.resumes_at is None),
    ]
    for filters, keep in cases:
        out = tmp_path / "f.csv"
        export_csv(demo_cache, out, filters=filters, platform=PLATFORM)
        got = {r["subscription_id"] for r in read_csv(out)}
        assert got == {w.subscription_id for w in want.values() if keep(w)}, filters
        assert got, f"{filters} should match something in the demo"


def test_the_csv_parses_back_to_exactly_the_data(demo_cache, tmp_path):
    now = int(time.time())
    out = tmp_path / "paused.csv"
    export_csv(demo_cache, out, platform=PLATFORM, now=now, bom=True)
    text = out.read_bytes().decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert parsed[0] == list(HEADER)
    conn = demo_cache.open_connection()
    try:
        data = [
            [neutralise(c) for c in cells(r, now, PLATFORM)]
            for r in query.iter_rows(conn, "collection", now=now)
        ]
    finally:
        conn.close()
    assert parsed[1:] == data
    assert all(len(r) == len(HEADER) for r in parsed)


def test_hostile_names_from_stripe_stay_harmless(sandbox, stripe_client, tmp_path):
    hostile = [
        '=HYPERLINK("http://evil.example","Click me")',
        "+44 20 7946 0000",
        "-1+1",
        "@SUM(A1:A2)",
        "\tTabbed",
        "Smith, Jones & Co.",
        'The "Best" Shop',
        "Two\nLines",
        "Jörg Müller",
        "佐藤 花子",
        "Иван Петров",
        "مرحبا",
    ]
    product = stripe_client.v1.products.create({"name": '=Plan,"A"'})
    plan = stripe_client.v1.prices.create(
        {
            "product": product.id,
            "currency": "jpy",
            "unit_amount": 1200,
            "recurring": {"interval": "month"},
        }
    )
    for i, name in enumerate(hostile):
        cust = stripe_client.v1.customers.create({"name": name, "email": f"x{i}@example.com"})
        sub = stripe_client.v1.subscriptions.create(
            {"customer": cust.id, "items": [{"price": plan.id, "quantity": i + 1}]}
        )
        stripe_client.v1.subscriptions.update(sub.id, {"pause_collection": {"behavior": "void"}})
    cache = synced_cache(stripe_client, tmp_path / "h.sqlite3")
    try:
        out = tmp_path / "hostile.csv"
        result = export_csv(cache, out, platform=AccountLabel("acct_1", "=Platform"))
    finally:
        cache.close()
    assert result.rows == len(hostile)
    rows = read_csv(out)
    assert sorted(r["customer_name"] for r in rows) == sorted(neutralise(n) for n in hostile)
    for row in rows:
        assert row["account_name"] == "'=Platform"
        assert row["items"].startswith('\'=Plan,"A"')
        assert row["currency"] == "jpy"
        quantity = int(row["item_count"]) and int(row["recurring_amount"]) // 1200
        assert row["recurring_amount"] == str(1200 * quantity)  # yen: no decimals
    raw = out.read_bytes()
    assert b'"Two\nLines"' in raw  # the line break stays inside its quoted cell
    assert raw.count(b"\r\n") == len(hostile) + 1  # one CRLF per record, nowhere else


def test_export_is_one_snapshot_while_the_cache_is_written(tmp_path):
    with Cache.open(tmp_path / "busy.sqlite3") as cache:
        generate(cache, 3_000, n_unpaused=0, n_status=0)
        conn = cache.open_connection()
        before = {r.subscription_id for r in query.iter_rows(conn, now=1)}
        platform_ids = sorted(
            r.subscription_id for r in query.iter_rows(conn, now=1) if not r.account
        )
        conn.close()
        started = threading.Event()
        wrote = threading.Event()

        class Slow(io.RawIOBase):
            def __init__(self, fd: int) -> None:
                self.fd = fd

            def writable(self) -> bool:
                return True

            def write(self, data) -> int:  # type: ignore[override]
                started.set()
                wrote.wait(10)  # hold the export open until the writer has committed
                return os.write(self.fd, bytes(data))

            def close(self) -> None:
                if not self.closed:
                    os.close(self.fd)
                super().close()

        def writer() -> None:
            started.wait(10)
            store = Store(cache.open_connection(), cache.path)
            subs = []
            for i in range(200):
                sid = f"sub_NEW{i:05d}"
                subs.append(
                    {
                        "id": sid,
                        "object": "subscription",
                        "customer": "cus_x",
                        "status": "active",
                        "currency": "usd",
                        "created": 10**9,
                        "pause_collection": {"behavior": "void", "resumes_at": None},
                        "items": {"data": []},
                    }
                )
            store.upsert("subscription", subs, source_ts=2 * 10**9)
            resumed = [
                {
                    "id": sid,
                    "object": "subscription",
                    "status": "active",
                    "pause_collection": None,
                    "customer": "cus_x",
                    "items": {"data": []},
                }
                for sid in platform_ids[:100]
            ]
            store.upsert("subscription", resumed, source_ts=2 * 10**9)
            store.conn.close()
            wrote.set()

        thread = threading.Thread(target=writer)
        thread.start()
        out = tmp_path / "snap.csv"
        export_csv(cache, out, opener=lambda fd: io.BufferedWriter(Slow(fd), 1 << 16))
        thread.join()
        assert wrote.is_set()
        exported = {r["subscription_id"] for r in read_csv(out)}
        assert exported == before  # neither the 200 new nor the 100 resumed show
        conn = cache.open_connection()
        after = {r.subscription_id for r in query.iter_rows(conn, now=1)}
        conn.close()
        assert len(after) == len(before) + 200 - 100  # and yet they did happen


def test_memory_stays_flat_as_rows_grow(tmp_path):
    with Cache.open(tmp_path / "mem.sqlite3") as cache:
        generate(cache, 6_000, n_unpaused=0, n_status=0)
        peaks = {}
        # ~10% of the rows are on the first connected account.
        for label, filters in (("small", Filters(account="acct_1BenchConnectedA")), ("all", None)):
            tracemalloc.start()
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            result = export_csv(cache, tmp_path / f"{label}.csv", filters=filters)
            peaks[label] = (tracemalloc.get_traced_memory()[1] - base, result.rows)
            tracemalloc.stop()
    (small, n_small), (full, n_full) = peaks["small"], peaks["all"]
    assert n_full >= 8 * n_small
    assert full < small * 2 + 1_000_000, peaks  # ten times the rows, not ten times the memory


def test_a_failure_half_way_leaves_no_file_and_no_thread(demo_cache, tmp_path):
    target = tmp_path / "paused.csv"
    threads = threading.active_count()
    with pytest.raises(ExportError) as info:
        export_csv(demo_cache, target, opener=_fills_up_after(2_000))
    assert info.value.reason == "no_space"
    assert list(tmp_path.iterdir()) == []
    assert threading.active_count() == threads


def test_cancel_writes_nothing(tmp_path):
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        generate(cache, 3_000, n_unpaused=0, n_status=0)
        cancel = threading.Event()
        cancel.set()
        with pytest.raises(ExportCancelled):
            export_csv(cache, tmp_path / "x.csv", cancel=cancel)
        assert not (tmp_path / "x.csv").exists()
        assert [p.name for p in tmp_path.iterdir() if p.suffix == ".partial"] == []


def test_unknown_currency_and_zero_decimal_amounts(tmp_path, sandbox, stripe_client):
    product = stripe_client.v1.products.create({"name": "Plan"})
    for currency, amount in (("jpy", 1500), ("kwd", 2500), ("usd", 1999)):
        price = stripe_client.v1.prices.create(
            {
                "product": product.id,
                "currency": currency,
                "unit_amount": amount,
                "recurring": {"interval": "year"},
            }
        )
        cust = stripe_client.v1.customers.create({"name": currency})
        sub = stripe_client.v1.subscriptions.create(
            {"customer": cust.id, "items": [{"price": price.id}]}
        )
        stripe_client.v1.subscriptions.update(
            sub.id, {"pause_collection": {"behavior": "mark_uncollectible"}}
        )
    cache = synced_cache(stripe_client, tmp_path / "m.sqlite3", history=False)
    try:
        export_csv(cache, tmp_path / "m.csv")
    finally:
        cache.close()
    rows = {r["currency"]: r for r in read_csv(tmp_path / "m.csv")}
    assert rows["jpy"]["recurring_amount"] == "1500" and rows["jpy"]["monthly_amount"] == "125"
    assert rows["kwd"]["recurring_amount"] == "2.500" and rows["kwd"]["monthly_amount"] == "0.208"
    assert rows["usd"]["recurring_amount"] == "19.99" and rows["usd"]["monthly_amount"] == "1.67"
    assert {r["interval"] for r in rows.values()} == {"year"}
