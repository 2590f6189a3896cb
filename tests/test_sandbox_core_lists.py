"""Sandbox list, search and expand semantics through the real stripe SDK over HTTP.

Lists are newest first with ``limit`` 1–100 (default 10), ``has_more``, cursors in both
directions and ``created`` ranges; Search supports Stripe's query language subset with
``next_page`` tokens; ``expand[]`` works on fields, nested paths and ``data.x`` in lists.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import stripe

from services.sandbox.server import SandboxServer
from tests.conftest import make_client

BASE = 1_700_000_000


@pytest.fixture(scope="module")
def listed() -> Iterator[tuple[SandboxServer, list[str]]]:
    """A sandbox with 25 customers created 100 s apart (oldest first in the list)."""
    srv = SandboxServer(seed="empty").start()
    client = make_client(srv, max_network_retries=0)
    ids: list[str] = []
    now = srv.state.now()
    try:
        for i in range(25):
            srv.state.clock_offset = BASE + i * 100 - now
            c = client.v1.customers.create(
                {
                    "name": f"Person {i:02d}" + (" Smith" if i % 5 == 0 else ""),
                    "email": f"person{i:02d}@example.{'org' if i % 2 else 'com'}",
                    "metadata": {"tier": "gold" if i % 3 == 0 else "silver", "n": str(i)},
                }
            )
            ids.append(c.id)
        srv.state.clock_offset = 0
        yield srv, ids
    finally:
        srv.stop()


def _client(srv: SandboxServer) -> stripe.StripeClient:
    return make_client(srv, max_network_retries=0)


# -- lists --------------------------------------------------------------------------
def test_default_limit_is_ten_newest_first(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    page = _client(srv).v1.customers.list()
    assert [c.id for c in page.data] == ids[::-1][:10]
    assert page.has_more is True
    assert page.url == "/v1/customers"
    created = [c.created for c in page.data]
    assert created == sorted(created, reverse=True)


@pytest.mark.parametrize("limit", [0, 101, -3])
def test_limit_out_of_range(listed: tuple[SandboxServer, list[str]], limit: int) -> None:
    srv, _ = listed
    with pytest.raises(stripe.InvalidRequestError) as err:
        _client(srv).v1.customers.list({"limit": limit})
    assert err.value.http_status == 400
    assert err.value.param == "limit"
    assert "greater than or equal to 1 and less than or equal to 100" in str(err.value)


def test_limit_bounds_accepted(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    client = _client(srv)
    one = client.v1.customers.list({"limit": 1})
    assert [c.id for c in one.data] == [ids[-1]] and one.has_more is True
    everything = client.v1.customers.list({"limit": 100})
    assert [c.id for c in everything.data] == ids[::-1]
    assert everything.has_more is False


def test_starting_after_walks_every_object_once(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    client = _client(srv)
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params: stripe.params.CustomerListParams = {"limit": 7}
        if cursor:
            params["starting_after"] = cursor
        page = client.v1.customers.list(params)
        seen.extend(c.id for c in page.data)
        if not page.has_more:
            break
        cursor = page.data[-1].id
    assert seen == ids[::-1]


def test_ending_before_pages_backwards(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    client = _client(srv)
    page = client.v1.customers.list({"limit": 3, "ending_before": ids[10]})
    # The three objects just newer than ids[10], still shown newest first.
    assert [c.id for c in page.data] == [ids[13], ids[12], ids[11]]
    assert page.has_more is True
    last = client.v1.customers.list({"limit": 5, "ending_before": ids[22]})
    assert [c.id for c in last.data] == [ids[24], ids[23]]
    assert last.has_more is False


def test_unknown_cursor_is_resource_missing(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, _ = listed
    with pytest.raises(stripe.InvalidRequestError) as err:
        _client(srv).v1.customers.list({"starting_after": "cus_nope"})
    assert err.value.http_status == 404
    assert err.value.code == "resource_missing"
    assert err.value.param == "starting_after"


def test_created_ranges(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    client = _client(srv)
    # Customer i was created at BASE + 100 * i (+1 s if the clock ticked meanwhile).
    page = client.v1.customers.list(
        {"created": {"gte": BASE + 450, "lt": BASE + 950}, "limit": 100}
    )
    assert [c.id for c in page.data] == ids[5:10][::-1]
    page = client.v1.customers.list(
        {"created": {"gt": BASE + 550, "lte": BASE + 1050}, "limit": 100}
    )
    assert [c.id for c in page.data] == ids[6:11][::-1]
    seventh = client.v1.customers.retrieve(ids[7]).created
    exact = client.v1.customers.list({"created": seventh})
    assert [c.id for c in exact.data] == [ids[7]]
    inclusive = client.v1.customers.list({"created": {"gte": seventh, "lte": seventh}})
    assert [c.id for c in inclusive.data] == [ids[7]]
    exclusive = client.v1.customers.list({"created": {"gt": seventh, "lt": seventh + 99}})
    assert exclusive.data == []
    combined = client.v1.customers.list(
        {"created": {"gte": BASE + 450}, "limit": 2, "starting_after": ids[20]}
    )
    assert [c.id for c in combined.data] == [ids[19], ids[18]]
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("get", "/v1/customers", created={"gte": "yesterday"})
    assert err.value.param is not None and err.value.param.startswith("created")


def test_list_filter_by_email(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    page = _client(srv).v1.customers.list({"email": "person04@example.com"})
    assert [c.id for c in page.data] == [ids[4]]


# -- search -----------------------------------------------------------------------
def _search(srv: SandboxServer, query: str, **extra: object) -> stripe.SearchResultObject:
    return _client(srv).v1.customers.search({"query": query, **extra})  # type: ignore[typeddict-item]


def test_search_exact_email(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    result = _search(srv, "email:'person07@example.org'")
    assert result.object == "search_result"
    assert [c.id for c in result.data] == [ids[7]]
    assert result.has_more is False and result.next_page is None


def test_search_name_substring(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    result = _search(srv, "name~'smith'", limit=100)
    assert [c.id for c in result.data] == [ids[i] for i in (20, 15, 10, 5, 0)]


def test_search_metadata_and_created(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    gold = _search(srv, "metadata['tier']:'gold'", limit=100)
    assert {c.id for c in gold.data} == {ids[i] for i in range(25) if i % 3 == 0}
    both = _search(srv, f"metadata['tier']:'gold' AND created>{BASE + 1550}", limit=100)
    assert [c.id for c in both.data] == [ids[i] for i in (24, 21, 18)]
    either = _search(srv, "email:'person01@example.org' OR email:'person02@example.com'")
    assert {c.id for c in either.data} == {ids[1], ids[2]}


def test_search_refuses_mixing_and_or(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, _ = listed
    with pytest.raises(stripe.InvalidRequestError) as err:
        _search(srv, "name~'Per' AND email:'a@b.c' OR phone:'1'")
    assert err.value.http_status == 400 and err.value.param == "query"


def test_search_refuses_unsupported_field(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, _ = listed
    with pytest.raises(stripe.InvalidRequestError) as err:
        _search(srv, "balance:0")
    assert err.value.param == "query"
    assert "balance" in str(err.value)


def test_search_next_page(listed: tuple[SandboxServer, list[str]]) -> None:
    srv, ids = listed
    seen: list[str] = []
    page = _search(srv, "name~'Person'", limit=10)
    pages = 1
    seen.extend(c.id for c in page.data)
    while page.has_more:
        assert page.next_page
        page = _search(srv, "name~'Person'", limit=10, page=page.next_page)
        seen.extend(c.id for c in page.data)
        pages += 1
    assert pages == 3
    assert seen == ids[::-1]
    with pytest.raises(stripe.InvalidRequestError) as err:
        _search(srv, "name~'Person'", page="not-a-token")
    assert err.value.param == "page"


def test_search_subscription_status(demo_sandbox: SandboxServer) -> None:
    client = _client(demo_sandbox)
    result = client.v1.subscriptions.search({"query": "status:'active'", "limit": 50})
    assert result.data
    assert {s.status for s in result.data} == {"active"}


# -- expand -----------------------------------------------------------------------
@pytest.fixture
def catalog(sandbox: SandboxServer) -> tuple[SandboxServer, str, str]:
    client = _client(sandbox)
    product = client.v1.products.create(
        {
            "name": "Pro plan",
            "default_price_data": {
                "currency": "eur",
                "unit_amount": 1200,
                "recurring": {"interval": "month"},
            },
        }
    )
    assert isinstance(product.default_price, str)
    return sandbox, product.id, product.default_price


def test_expand_field(catalog: tuple[SandboxServer, str, str]) -> None:
    srv, product_id, price_id = catalog
    product = _client(srv).v1.products.retrieve(product_id, {"expand": ["default_price"]})
    assert isinstance(product.default_price, stripe.Price)
    assert product.default_price.id == price_id
    assert product.default_price.unit_amount == 1200


def test_expand_nested_path(catalog: tuple[SandboxServer, str, str]) -> None:
    srv, product_id, price_id = catalog
    price = _client(srv).v1.prices.retrieve(price_id, {"expand": ["product.default_price"]})
    assert isinstance(price.product, stripe.Product)
    assert price.product.id == product_id
    assert isinstance(price.product.default_price, stripe.Price)
    assert price.product.default_price.id == price_id


def test_expand_data_on_lists(catalog: tuple[SandboxServer, str, str]) -> None:
    srv, product_id, _ = catalog
    prices = _client(srv).v1.prices.list({"expand": ["data.product"]})
    assert len(prices.data) == 1
    assert isinstance(prices.data[0].product, stripe.Product)
    assert prices.data[0].product.id == product_id
    raw = _client(srv).raw_request("get", "/v1/prices")
    assert raw.data["data"][0]["product"] == product_id


@pytest.mark.parametrize("path", ["name", "nonexistent", "default_price.currency", "data.product"])
def test_invalid_expand_is_refused(catalog: tuple[SandboxServer, str, str], path: str) -> None:
    srv, product_id, _ = catalog
    with pytest.raises(stripe.InvalidRequestError) as err:
        _client(srv).v1.products.retrieve(product_id, {"expand": [path]})
    assert err.value.http_status == 400
    assert err.value.param == "expand"
    assert f"({path})" in str(err.value)
