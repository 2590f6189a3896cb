"""Hostile CSV, property-based, end to end: Stripe data in, the exported file out.

``tests/test_paused_csv.py`` proves the cell functions (``neutralise``, ``quote``,
``join_cells``) and the fast line formatter against the reference on generated rows.
This goes through the whole exporter instead: hostile values (formula starts ``= + - @``,
tab, CR, LF, quotes, commas, NUL, BOM, right-to-left overrides, astral characters, long
text) as customer names and emails, connected-account names and product names are
written to a real cache with ``Store.upsert``, exported with
``services.paused.export.export_csv`` (with and without BOM), and read back with Python's
``csv`` module:

- exactly one record per subscription, every record with the header's column count;
- every text cell reads back as the original value, neutralised (an apostrophe before a
  formula start) and nothing else;
- no cell of the file starts with a formula character.
"""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from services.cache import Cache, Store
from services.paused.csvfile import FORMULA_STARTS, HEADER, AccountLabel, neutralise
from services.paused.export import export_csv
from tests.test_reliability_support import variants

NOW = 1_795_000_000
ACCOUNT = "acct_1HostileConnected"
_hostile = st.sampled_from(
    ["=", "+", "-", "@", "\t", "\r", "\n", "\r\n", '"', ",", "'", "\x00", "\ufeff", "\u202e",
     "=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "=cmd|' /C calc'!A0", "𝔘", " "]
)  # fmt: skip
_text = st.lists(
    st.one_of(_hostile, st.text(st.characters(blacklist_categories=["Cs"]), max_size=10)),
    min_size=0,
    max_size=8,
).map("".join)
_ids = itertools.count()


def fill(cache: Cache, rows: list[tuple[str, str, str]], account_name: str) -> list[str]:
    """One paused subscription per (customer name, email, product name); their ids."""
    store = Store(cache.connect(), cache.path)
    store.upsert(
        "account",
        [{"id": ACCOUNT, "object": "account", "business_profile": {"name": account_name}}],
        source_ts=NOW,
    )
    subs: list[str] = []
    for n, (name, email, product) in enumerate(rows):
        account = ACCOUNT if n % 2 else ""
        i = next(_ids)
        cid, sid, pid = f"cus_X{i:08d}", f"sub_X{i:08d}", f"prod_X{i:08d}"
        store.upsert(
            "product", [{"id": pid, "object": "product", "name": product}], account=account,
            source_ts=NOW,
        )  # fmt: skip
        store.upsert(
            "customer",
            [{"id": cid, "object": "customer", "name": name, "email": email, "created": NOW}],
            account=account,
            source_ts=NOW,
        )
        price: dict[str, Any] = {
            "id": f"price_X{i:08d}", "object": "price", "currency": "eur", "product": pid,
            "recurring": {"interval": "month", "interval_count": 1, "usage_type": "licensed"},
            "type": "recurring", "unit_amount": 1234, "unit_amount_decimal": "1234",
        }  # fmt: skip
        sub = {
            "id": sid,
            "object": "subscription",
            "customer": cid,
            "created": NOW - 1000,
            "currency": "eur",
            "collection_method": "charge_automatically",
            "status": "active",
            "application": "ca_Hostile" if account else None,
            "items": {
                "object": "list",
                "has_more": False,
                "data": [
                    {
                        "id": f"si_X{i:08d}",
                        "object": "subscription_item",
                        "quantity": 2,
                        "subscription": sid,
                        "created": NOW - 1000,
                        "price": price,
                    }
                ],
            },
            "pause_collection": {"behavior": "void", "resumes_at": None},
        }
        store.upsert("subscription", [sub], account=account, source_ts=NOW)
        subs.append(sid)
    return subs


def _hostile_stripe_data_exports_neutralised_and_parses_back(
    tmp_path_factory: Any,
    rows: list[tuple[str, str, str]],
    account_name: str,
    platform_name: str,
    bom: bool,
) -> None:
    folder: Path = tmp_path_factory.mktemp("hostile-csv")
    with Cache.open(folder / "cache.sqlite3") as cache:
        subs = fill(cache, rows, account_name)
        out = folder / "paused.csv"
        result = export_csv(
            cache, out, bom=bom, now=NOW, platform=AccountLabel("acct_1Plat", platform_name)
        )
    assert result.rows == len(rows)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") == bom
    text = data.decode("utf-8-sig" if bom else "utf-8")
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    assert records[0] == list(HEADER)
    body = records[1:]
    assert len(body) == len(rows)
    assert all(len(r) == len(HEADER) for r in body)
    col = {name: n for n, name in enumerate(HEADER)}
    by_sub = {r[col["subscription_id"]]: r for r in body}
    assert sorted(by_sub) == sorted(subs)
    for n, (sid, (name, email, product)) in enumerate(zip(subs, rows, strict=True)):
        record = by_sub[sid]
        assert record[col["customer_name"]] == neutralise(name)
        assert record[col["customer_email"]] == neutralise(email)
        expected_account = account_name if n % 2 else platform_name
        assert record[col["account_name"]] == neutralise(expected_account)
        assert product in record[col["items"]] or not product.strip()
    for record in body:
        for cell in record:
            assert not cell or cell[0] not in FORMULA_STARTS, cell


(
    test_hostile_stripe_data_exports_neutralised_and_parses_back,
    test_hostile_stripe_data_exports_neutralised_and_parses_back_long,
) = variants(
    _hostile_stripe_data_exports_neutralised_and_parses_back,
    {
        "rows": st.lists(st.tuples(_text, _text, _text), min_size=1, max_size=6),
        "account_name": _text,
        "platform_name": _text,
        "bom": st.booleans(),
    },
    examples=60,
    long_examples=1000,
)
