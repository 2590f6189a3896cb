"""Hostile parameters, property-based: the SDK's encoder, the sandbox's decoder and its checks.

Extends ``tests/test_sandbox_core_forms.py`` (string leaves, bracket-free keys, over HTTP
for metadata and items) with what it leaves out:

- **typed leaves:** ints (huge ones too), floats, booleans, empty strings, empty lists and
  maps and ``None`` anywhere in a nested structure: the sandbox decodes exactly the SDK's
  wire form (``true``/``false``, ``str(number)``; empty containers and ``None`` values are
  not sent at all; a boolean *list item* goes out as ``True``/``False``, the SDK's quirk);
- **any parameter, over real HTTP through the SDK:** arbitrary nested parameters (names
  with spaces, ``&``, ``=``, ``%``, ``+``, non-ASCII, very long) sent to real endpoints, as
  POST bodies and as GET queries, are answered 200 or with Stripe's 4xx error envelope
  (``invalid_request_error`` naming a parameter that was sent), never a 5xx.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
import stripe
from hypothesis import strategies as st
from stripe._encode import _api_encode

from services.sandbox import forms
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.test_reliability_support import variants

_text = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
_key = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="[]"), min_size=1, max_size=20
)
_leaf = st.one_of(
    _text,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
)


def _params() -> st.SearchStrategy[Any]:
    return st.recursive(
        _leaf,
        lambda inner: st.one_of(
            # None inside a list is sent by the SDK as the text "None": left out here.
            st.lists(inner.filter(lambda v: v is not None), max_size=4),
            st.dictionaries(_key, inner, max_size=4),
        ),
        max_leaves=25,
    )


def _numbered(out: dict[str, Any]) -> Any:
    """A map the decoder reads back: numbered keys only make a list; empty is nothing."""
    out = {k: v for k, v in out.items() if v is not None}
    if out and all(k.isascii() and k.isdigit() for k in out):
        return [out[k] for k in sorted(out, key=int)]
    return out or None


def wire(value: Any) -> Any:
    """What the decoder can know of a map value after the SDK's form encoding (None: not
    sent). Mirrors ``stripe._encode._api_encode``: a map's boolean is ``true``/``false``,
    but a scalar list item is sent as Python prints it (``True``, ``1.5``), and a list inside
    a list is encoded as a map of its indexes."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        items: dict[str, Any] = {}
        for i, item in enumerate(value):
            if isinstance(item, dict):
                items[str(i)] = _numbered({k: wire(v) for k, v in item.items()})
            elif isinstance(item, list):
                items[str(i)] = _numbered({str(j): wire(v) for j, v in enumerate(item)})
            else:
                items[str(i)] = str(item)
        return _numbered(items)
    if isinstance(value, dict):
        return _numbered({k: wire(v) for k, v in value.items()})
    return str(value)


def _typed_nested_params_decode_to_the_sdks_wire_form(params: dict[str, Any]) -> None:
    encoded = urlencode(list(_api_encode(params)))
    decoded = forms.decode(forms.parse_pairs(encoded))
    # At the top level a number is a parameter name, not a list index.
    top = {k: wire(v) for k, v in params.items()}
    assert decoded == {k: v for k, v in top.items() if v is not None}


(
    test_typed_nested_params_decode_to_the_sdks_wire_form,
    test_typed_nested_params_decode_to_the_sdks_wire_form_long,
) = variants(
    _typed_nested_params_decode_to_the_sdks_wire_form,
    {"params": st.dictionaries(_key, _params(), max_size=6)},
    examples=400,
    long_examples=5000,
)


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="empty").start()
    try:
        yield srv
    finally:
        srv.stop()


_hostile_key = st.one_of(
    _key,
    st.sampled_from(["a b", "a&b=c", "100%", "x+y", "ü", "e\u0301", "k" * 300, "expand", "id"]),
)
ENDPOINTS = [
    ("post", "/v1/customers"),
    ("post", "/v1/products"),
    ("post", "/v1/billing_portal/configurations"),
    ("post", "/v1/billing_portal/sessions"),
    ("post", "/v1/subscriptions"),
    ("get", "/v1/customers"),
    ("get", "/v1/subscriptions"),
    ("get", "/v1/invoices"),
    ("get", "/v1/customers/search"),
    ("get", "/v1/events"),
]


def _any_params_over_http_get_a_stripe_answer_never_a_5xx(
    server: SandboxServer, endpoint: tuple[str, str], params: dict[str, Any]
) -> None:
    verb, path = endpoint
    reserved = {"api_key", "stripe_version", "stripe_account", "stripe_context", "headers"}
    reserved |= {"idempotency_key", "max_network_retries", "content_type", "base", "usage"}
    params = {k: v for k, v in params.items() if k not in reserved}
    client = make_client(server, max_network_retries=0)
    try:
        resp = client.raw_request(verb, path, **params)
    except stripe.InvalidRequestError as exc:
        assert exc.http_status is not None and 400 <= exc.http_status < 500
        assert exc.request_id and exc.request_id.startswith("req_")
        assert exc.user_message
        if exc.param is not None and exc.code != "parameter_missing":
            sent = {k.split("[", 1)[0] for k, _ in _api_encode(params)}
            assert exc.param.split("[", 1)[0] in sent, (exc.param, exc.user_message)
    except stripe.StripeError as exc:
        assert exc.http_status is not None and exc.http_status < 500, exc
    else:
        assert resp.code == 200
        assert isinstance(resp.data, dict)


(
    test_any_params_over_http_get_a_stripe_answer_never_a_5xx,
    test_any_params_over_http_get_a_stripe_answer_never_a_5xx_long,
) = variants(
    _any_params_over_http_get_a_stripe_answer_never_a_5xx,
    {
        "endpoint": st.sampled_from(ENDPOINTS),
        "params": st.dictionaries(_hostile_key, _params(), min_size=1, max_size=5),
    },
    examples=250,
    long_examples=2500,
)
