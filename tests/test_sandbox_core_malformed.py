"""Malformed requests get a Stripe error envelope, never a 500, a dropped socket or a hang.

Raw ``http.client`` requests (hypothesis-generated where it helps): garbage bodies and
encodings, broken parameter names, huge parameter sets, odd paths, headers and verbs.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.sandbox.server import SandboxServer

ENDPOINTS = [
    "/v1/customers",
    "/v1/customers/cus_x",
    "/v1/customers/search",
    "/v1/products",
    "/v1/products/prod_x",
    "/v1/prices",
    "/v1/prices/search",
    "/v1/events",
    "/v1/account",
    "/v1/subscriptions",
    "/v1/invoices",
    "/v1/payment_methods",
    "/v1/coupons",
    "/v1/billing_portal/configurations",
    "/v1/files",
    "/v1/accounts",
    "/v1/customers/cus_x/tax_ids",
    "/v1/subscription_items",
]


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="empty").start()
    try:
        yield srv
    finally:
        srv.stop()


def send(
    srv: SandboxServer,
    verb: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    auth: bool = True,
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(srv.url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    hdrs = dict(headers or {})
    if auth:
        hdrs.setdefault("Authorization", f"Bearer {srv.api_key}")
    try:
        conn.putrequest(verb, path, skip_accept_encoding=True)
        for k, v in hdrs.items():
            conn.putheader(k, v)
        if "Content-Length" not in hdrs:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body or None)
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def assert_stripe_answer(status: int, headers: dict[str, str], body: bytes) -> None:
    assert status != 500, body[:400]
    assert headers.get("Request-Id", "").startswith("req_"), headers
    payload = json.loads(body)
    if status >= 400:
        err = payload["error"]
        assert err["type"] in (
            "invalid_request_error",
            "api_error",
            "idempotency_error",
            "permission_error",
            "rate_limit_error",
            "card_error",
        )
        assert isinstance(err["message"], str) and err["message"]


_names = st.text(st.sampled_from("ab[]0=&%+ é\x00"), min_size=1, max_size=12)
_pairs = st.lists(st.tuples(_names, st.text(max_size=20)), max_size=8)


@given(
    verb=st.sampled_from(["GET", "POST", "DELETE"]),
    path=st.sampled_from(ENDPOINTS),
    pairs=_pairs,
)
@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_broken_parameter_names(
    server: SandboxServer, verb: str, path: str, pairs: list[tuple[str, str]]
) -> None:
    encoded = "&".join(f"{quote(k, safe='[]')}={quote(v)}" for k, v in pairs)
    if verb == "POST":
        status, headers, body = send(
            server,
            verb,
            path,
            encoded.encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
    else:
        status, headers, body = send(server, verb, f"{path}?{encoded}")
    assert_stripe_answer(status, headers, body)


@given(
    verb=st.sampled_from(["GET", "POST", "DELETE", "PUT", "PATCH"]),
    path=st.one_of(
        st.sampled_from(ENDPOINTS),
        st.text(
            st.characters(min_codepoint=33, max_codepoint=126, blacklist_characters="#?"),
            max_size=40,
        ).map(lambda s: "/" + quote(s, safe="/%")),
    ),
    body=st.binary(max_size=300),
    content_type=st.sampled_from(
        [
            "application/x-www-form-urlencoded",
            "application/json",
            "text/plain",
            "multipart/form-data",
            "multipart/form-data; boundary=xyz",
            "",
            "garbage/;;;",
        ]
    ),
)
@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_garbage_bodies_and_paths(
    server: SandboxServer, verb: str, path: str, body: bytes, content_type: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    status, resp_headers, resp_body = send(server, verb, path, body, headers)
    assert_stripe_answer(status, resp_headers, resp_body)


@given(
    header=st.sampled_from(
        ["Authorization", "Stripe-Account", "Idempotency-Key", "Stripe-Version", "Content-Type"]
    ),
    value=st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=80),
)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_odd_header_values(server: SandboxServer, header: str, value: str) -> None:
    status, headers, body = send(
        server, "POST", "/v1/customers", b"name=x", {header: value.strip() or "x"}
    )
    assert_stripe_answer(status, headers, body)


def test_non_utf8_in_query_body_and_basic_auth(server: SandboxServer) -> None:
    assert_stripe_answer(*send(server, "GET", "/v1/customers?email=%FF%FE"))
    assert_stripe_answer(
        *send(
            server,
            "POST",
            "/v1/customers",
            b"name=\xff\xfe\x00",
            {"Content-Type": "application/x-www-form-urlencoded"},
        )
    )
    assert_stripe_answer(*send(server, "GET", "/v1/customers", b"\xff\xfe"))
    status, headers, body = send(
        server, "GET", "/v1/customers", headers={"Authorization": "Basic %%%notbase64"}, auth=False
    )
    assert status == 401
    assert_stripe_answer(status, headers, body)


def test_huge_parameter_sets_are_refused(server: SandboxServer) -> None:
    many = "&".join(f"metadata[k{i}]=v" for i in range(20_000)).encode()
    status, headers, body = send(
        server, "POST", "/v1/customers", many, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 400
    assert_stripe_answer(status, headers, body)
    deep = "a" + "[b]" * 50 + "=1"
    status, headers, body = send(server, "GET", f"/v1/customers?{deep}")
    assert status == 400
    assert_stripe_answer(status, headers, body)
    long_value = b"name=" + b"x" * 2_000_000
    status, headers, body = send(
        server,
        "POST",
        "/v1/customers",
        long_value,
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_stripe_answer(status, headers, body)


def test_oversized_body_is_a_stripe_error(server: SandboxServer) -> None:
    huge = b"name=" + b"x" * (9 * 1024 * 1024)
    status, headers, body = send(
        server, "POST", "/v1/customers", huge, {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert status == 413
    assert_stripe_answer(status, headers, body)


@pytest.mark.parametrize("length", ["abc", "-5", "1e3"])
def test_bad_content_length(server: SandboxServer, length: str) -> None:
    status, headers, body = send(
        server,
        "POST",
        "/v1/customers",
        b"name=x",
        {"Content-Type": "application/x-www-form-urlencoded", "Content-Length": length},
    )
    assert status == 400
    assert_stripe_answer(status, headers, body)


def test_server_survives_a_garbage_request_line(server: SandboxServer) -> None:
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname or "", parts.port or 0), timeout=5) as sock:
        sock.sendall(b"\x16\x03\x01\x00\xa5garbage that is not http\r\n\r\n")
        sock.recv(4096)
    status, headers, body = send(server, "GET", "/v1/customers")
    assert status == 200
    assert_stripe_answer(status, headers, body)
