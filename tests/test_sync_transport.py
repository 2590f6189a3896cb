"""The sync's raw GETs over real HTTP: the SDK's request path without its OrderedDict parse,
page shapes read by SQLite, and bulk pages written as the bytes that came off the wire."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import stripe

from services.cache import Cache, Store
from services.sync.pages import page_shape
from services.sync.ratelimit import RateLimiter
from services.sync.transport import Api


def _api(client: Any) -> Api:
    return Api(client, limiter=RateLimiter.unlimited(), offline_grace_s=1.0)


def _customers(client: stripe.StripeClient, n: int) -> list[str]:
    return [
        client.v1.customers.create({"name": f"Zoë {i}", "email": f"z{i}@example.com"}).id
        for i in range(n)
    ]


def test_the_sdk_still_has_the_request_path_the_sync_uses(stripe_client) -> None:
    # If a new stripe-python moves these, Api silently falls back to raw_request (slower):
    # this test says so first.
    requestor = stripe_client._requestor
    assert callable(requestor._args_for_request_with_retries)
    assert callable(requestor._get_http_client)
    assert callable(requestor._interpret_response)


def test_get_and_get_text_return_what_raw_request_returns(stripe_client) -> None:
    _customers(stripe_client, 3)
    expected = stripe_client.raw_request("get", "/v1/customers", limit=2)
    api = _api(stripe_client)
    parsed = api.get("/v1/customers", {"limit": 2})
    assert parsed.data == expected.data
    assert type(parsed.data) is dict  # plain dicts, not the SDK's OrderedDicts
    raw = api.get_text("/v1/customers", {"limit": 2})
    assert raw.data == {}
    assert isinstance(raw.body, bytes)
    assert json.loads(raw.body) == expected.data
    assert raw.server_time > 1_600_000_000
    assert api.stats.requests == 2


def test_errors_are_the_sdks_own_exceptions(sandbox, stripe_client) -> None:
    api = _api(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as missing:
        api.get_text("/v1/customers/cus_doesnotexist")
    assert missing.value.http_status == 404
    assert missing.value.code == "resource_missing"
    wrong_key = stripe.StripeClient("sk_test_wrong", base_addresses={"api": sandbox.url})
    with pytest.raises(stripe.AuthenticationError):
        _api(wrong_key).get("/v1/customers", {"limit": 1})


class _RawRequestOnly:
    """A client offering only the public ``raw_request`` (as a future SDK might)."""

    def __init__(self, client: stripe.StripeClient) -> None:
        self.raw_request = client.raw_request


def test_falls_back_to_raw_request_without_the_private_path(stripe_client) -> None:
    ids = _customers(stripe_client, 2)
    api = _api(_RawRequestOnly(stripe_client))
    assert [c["id"] for c in api.get("/v1/customers", {"limit": 5}).data["data"]] == ids[::-1]
    shape = page_shape(api.get_text("/v1/customers", {"limit": 5}).body)
    assert (shape.count, shape.last_id) == (2, ids[0])


def test_page_shape_of_a_real_page(stripe_client) -> None:
    ids = _customers(stripe_client, 3)
    body = _api(stripe_client).get_text("/v1/customers", {"limit": 2}).body
    newest = json.loads(body)["data"]
    shape = page_shape(body)
    assert shape.count == 2 and shape.kept == 2
    assert shape.has_more is True
    assert shape.last_id == ids[1] == newest[-1]["id"]
    assert shape.last_created == newest[-1]["created"]
    assert not shape.nested_more
    assert page_shape(body.decode("utf-8")) == shape  # text and bytes read the same


def _page(created: list[int], *, has_more: bool, items_more: bool = False) -> str:
    data = [
        {
            "id": f"sub_{c}",
            "object": "subscription",
            "created": c,
            "items": {"object": "list", "data": [], "has_more": items_more},
        }
        for c in created
    ]
    return json.dumps({"object": "list", "data": data, "has_more": has_more})


def test_page_shape_counts_only_objects_at_or_above_the_bound() -> None:
    body = _page([500, 400, 300, 200], has_more=True)
    assert page_shape(body, 100).kept == 4
    assert page_shape(body, 300).kept == 3
    assert page_shape(body, 600).kept == 0
    empty = page_shape(_page([], has_more=False), 0)
    assert (empty.count, empty.kept, empty.last_id, empty.has_more) == (0, 0, None, False)


@pytest.mark.parametrize("has_more", [True, False])
def test_page_shape_sees_embedded_lists_cut_short(has_more: bool) -> None:
    cut = _page([3, 2, 1], has_more=has_more, items_more=True)
    whole = _page([3, 2, 1], has_more=has_more)
    assert page_shape(cut, nested=True).nested_more
    assert page_shape(cut.encode(), nested=True).nested_more
    assert not page_shape(whole, nested=True).nested_more
    compact = cut.replace('"has_more": true', '"has_more":true')
    assert page_shape(compact, nested=True).nested_more


@pytest.mark.parametrize("body", ["not json", '{"object": "list"}', "[1, 2]", b"\xff\xfe"])
def test_page_shape_refuses_what_is_not_a_list_page(body: str | bytes) -> None:
    with pytest.raises(stripe.APIError):
        page_shape(body)


def test_bulk_pages_written_from_bytes_match_pages_written_from_text(
    tmp_path: Path, stripe_client
) -> None:
    _customers(stripe_client, 4)
    raw = _api(stripe_client).get_text("/v1/customers", {"limit": 10}).body
    assert isinstance(raw, bytes)
    rows = []
    for name, body in (("bytes", raw), ("text", raw.decode("utf-8"))):
        with Cache.open(tmp_path / f"{name}.sqlite3") as cache:
            result = Store(cache.connect()).write_body("customer", body, source_ts=7, sync_gen=1)
            assert result.written == 4
            cur = cache.connect().execute(
                "SELECT id, name, email, created, raw FROM customers ORDER BY id"
            )
            rows.append(cur.fetchall())
            hits = cache.connect().execute(
                "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'zoë'"
            )
            assert hits.fetchone()[0] == 4
    assert rows[0] == rows[1]
    assert json.loads(rows[0][0][4])["object"] == "customer"
