"""Form-encoded nested parameters round-trip: the SDK's encoder against the sandbox's decoder.

Property tests (hypothesis): whatever nested metadata and lists the stripe SDK encodes,
the sandbox decodes to the same structure (``services/sandbox/forms.py``), and a
customer created over real HTTP comes back with exactly that metadata.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
import stripe
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stripe._encode import _api_encode

from services.sandbox import forms
from services.sandbox.server import SandboxServer
from tests.conftest import make_client

# Text the SDK can send: any character except surrogates (not UTF-8 encodable).
_text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=60)
# Parameter and metadata keys cannot contain brackets (they delimit nesting).
_key = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="[]"), min_size=1, max_size=40
)
_metadata = st.dictionaries(_key, _text.filter(bool), max_size=20)


def _roundtrip(params: dict[str, Any]) -> dict[str, Any]:
    encoded = urlencode(list(_api_encode(params)))
    return forms.decode(forms.parse_pairs(encoded))


def _structure() -> st.SearchStrategy[Any]:
    leaf = _text
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=4),
            st.dictionaries(_key, inner, min_size=1, max_size=4),
        ),
        max_leaves=20,
    )


def _as_decoded(value: Any) -> Any:
    """What the decoder can know of ``value``: a map keyed only by numbers reads as a list."""
    if isinstance(value, list):
        return [_as_decoded(v) for v in value]
    if isinstance(value, dict):
        if all(k.isascii() and k.isdigit() for k in value):
            return [_as_decoded(value[k]) for k in sorted(value, key=int)]
        return {k: _as_decoded(v) for k, v in value.items()}
    return value


def _restored(decoded: Any, like: Any) -> Any:
    """``decoded`` with number-keyed lists turned back into maps where ``like`` has a map."""
    if isinstance(like, dict):
        if isinstance(decoded, forms.IndexedList):
            decoded = decoded.as_dict()
        return {k: _restored(decoded[k], v) for k, v in like.items()}
    if isinstance(like, list):
        return [_restored(d, v) for d, v in zip(decoded, like, strict=True)]
    return decoded


@given(st.dictionaries(_key, _structure(), max_size=6))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_decoder_inverts_the_sdk_encoder(params: dict[str, Any]) -> None:
    decoded = _roundtrip(params)
    assert decoded == {k: _as_decoded(v) for k, v in params.items()}
    assert _restored(decoded, params) == params


def test_decoder_examples() -> None:
    assert _roundtrip(
        {
            "items": [{"price": "p1", "quantity": "2"}, {"price": "p2"}],
            "expand": ["data.customer", "data.items"],
            "metadata": {"0": "zero", "a b": "c&d=e"},
        }
    ) == {
        "items": [{"price": "p1", "quantity": "2"}, {"price": "p2"}],
        "expand": ["data.customer", "data.items"],
        "metadata": {"0": "zero", "a b": "c&d=e"},
    }
    assert forms.decode(forms.parse_pairs("expand[]=a&expand[]=b")) == {"expand": ["a", "b"]}
    assert forms.decode(forms.parse_pairs("a[10]=x&a[2]=y")) == {"a": ["y", "x"]}
    # Regressions: a non-ASCII digit is a key (int("²") used to crash), a key starting with
    # NUL is not the "[]" marker, a top-level number is a parameter name, not a list index.
    assert forms.decode(forms.parse_pairs("a[%C2%B2]=x&m[%00k]=1&0=z")) == {
        "a": {"²": "x"},
        "m": {"\x00k": "1"},
        "0": "z",
    }


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="empty").start()
    try:
        yield srv
    finally:
        srv.stop()


@given(metadata=_metadata, locales=st.lists(_text.filter(bool), max_size=4))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_customer_metadata_round_trips_over_http(
    server: SandboxServer, metadata: dict[str, str], locales: list[str]
) -> None:
    client = make_client(server, max_network_retries=0)
    created = client.v1.customers.create({"metadata": metadata, "preferred_locales": locales})
    assert created.to_dict()["metadata"] == metadata
    fetched = client.raw_request("get", f"/v1/customers/{created.id}")
    assert fetched.data["metadata"] == metadata
    assert fetched.data["preferred_locales"] == locales


@given(first=_metadata, second=_metadata)
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_metadata_update_merges(
    server: SandboxServer, first: dict[str, str], second: dict[str, str]
) -> None:
    client = make_client(server, max_network_retries=0)
    created = client.v1.customers.create({"metadata": first})
    updated = client.v1.customers.update(created.id, {"metadata": second})
    assert updated.to_dict()["metadata"] == {**first, **second}
    cleared = client.v1.customers.update(created.id, {"metadata": ""})
    assert cleared.to_dict()["metadata"] == {}


@pytest.fixture(scope="module")
def prices(server: SandboxServer) -> list[str]:
    client = make_client(server, max_network_retries=0)
    product = client.v1.products.create({"name": "Seats"})
    return [
        client.v1.prices.create(
            {
                "product": product.id,
                "currency": "usd",
                "unit_amount": 100 * (i + 1),
                "recurring": {"interval": "month"},
            }
        ).id
        for i in range(3)
    ]


@given(specs=st.lists(st.tuples(st.integers(1, 10_000), _metadata), min_size=1, max_size=3))
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_items_lists_round_trip_over_http(
    server: SandboxServer, prices: list[str], specs: list[tuple[int, dict[str, str]]]
) -> None:
    client = make_client(server, max_network_retries=0)
    customer = client.v1.customers.create({"name": "Items"})
    items: list[stripe.params.SubscriptionCreateParamsItem] = [
        {"price": prices[i], "quantity": qty, "metadata": meta}
        for i, (qty, meta) in enumerate(specs)
    ]
    sub = client.v1.subscriptions.create({"customer": customer.id, "items": items})
    got = [(i.price.id, i.quantity, i.metadata.to_dict()) for i in sub["items"].data]
    want = [(prices[i], qty, meta) for i, (qty, meta) in enumerate(specs)]
    assert sorted(got) == sorted(want)


def test_metadata_limits_are_enforced(server: SandboxServer) -> None:
    client = make_client(server, max_network_retries=0)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.create({"metadata": {"k" * 41: "v"}})
    assert err.value.http_status == 400
    assert err.value.param == f"metadata[{'k' * 41}]"
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.create({"metadata": {f"k{i}": "v" for i in range(51)}})
    assert err.value.param == "metadata"
