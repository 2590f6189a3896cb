"""Sandbox idempotency, rate limits and injected faults, seen through the real stripe SDK.

Idempotent replays carry ``Idempotent-Replayed: true``; a reused key with other
parameters is an ``IdempotencyError``; rate limits answer 429 with
``Stripe-Rate-Limited-Reason``; fault knobs give 500s, dropped connections, latency and
an unreachable server that comes back on the same port.
"""

from __future__ import annotations

import socket
import time

import pytest
import stripe

from services.sandbox.ratelimit import RateLimits
from services.sandbox.server import SandboxServer
from tests.conftest import make_client


def _client(srv: SandboxServer, key: str | None = None) -> stripe.StripeClient:
    return make_client(srv, key, max_network_retries=0)


# -- idempotency ------------------------------------------------------------------
def test_idempotent_replay_returns_the_same_object(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    first = client.raw_request("post", "/v1/customers", name="Once", idempotency_key="idem-1")
    again = client.raw_request("post", "/v1/customers", name="Once", idempotency_key="idem-1")
    assert "Idempotent-Replayed" not in first.headers
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Original-Request"] == first.headers["Request-Id"]
    assert again.data["id"] == first.data["id"]
    assert len(client.v1.customers.list().data) == 1


def test_idempotency_key_with_other_params_is_refused(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    client.v1.customers.create({"name": "A"}, {"idempotency_key": "idem-2"})
    with pytest.raises(stripe.IdempotencyError) as err:
        client.v1.customers.create({"name": "B"}, {"idempotency_key": "idem-2"})
    assert err.value.http_status == 400
    assert "idem-2" in str(err.value)
    assert [c.name for c in client.v1.customers.list().data] == ["A"]


def test_idempotency_keys_are_scoped_per_key(sandbox: SandboxServer) -> None:
    other = "sk_test_counterfoil_other_key_0003"
    sandbox.register_key(other)
    a = _client(sandbox).v1.customers.create({"name": "A"}, {"idempotency_key": "same"})
    b = _client(sandbox, other).v1.customers.create({"name": "A"}, {"idempotency_key": "same"})
    assert a.id != b.id


def test_idempotent_replay_of_an_error(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    for _ in range(2):
        with pytest.raises(stripe.InvalidRequestError) as err:
            client.raw_request(
                "post", "/v1/customers/cus_nope", name="x", idempotency_key="idem-err"
            )
        assert err.value.http_status == 404


# -- rate limits ------------------------------------------------------------------
def test_global_rate_limit_gives_429_with_reason(sandbox: SandboxServer) -> None:
    sandbox.set_rate_limits(RateLimits(global_rps=5, per_endpoint_rps=None, search_rps=None))
    client = _client(sandbox)
    with pytest.raises(stripe.RateLimitError) as err:
        for _ in range(30):
            client.v1.customers.list()
    assert err.value.http_status == 429
    assert err.value.headers is not None
    assert err.value.headers["Stripe-Rate-Limited-Reason"] == "global-rate"
    assert err.value.json_body is not None
    assert err.value.json_body["error"]["code"] == "rate_limit"
    sandbox.set_rate_limits(None)
    assert client.v1.customers.list().object == "list"


def test_endpoint_rate_limit(sandbox: SandboxServer) -> None:
    sandbox.set_rate_limits(RateLimits(global_rps=None, per_endpoint_rps=3, search_rps=None))
    client = _client(sandbox)
    with pytest.raises(stripe.RateLimitError) as err:
        for _ in range(20):
            client.v1.customers.list()
    assert err.value.headers is not None
    assert err.value.headers["Stripe-Rate-Limited-Reason"] == "endpoint-rate"
    # Another endpoint still has its own budget.
    assert client.v1.products.list().object == "list"


def test_search_has_its_own_budget(sandbox: SandboxServer) -> None:
    sandbox.set_rate_limits(RateLimits(global_rps=None, per_endpoint_rps=None, search_rps=2))
    client = _client(sandbox)
    for _ in range(20):
        client.v1.customers.list()
    with pytest.raises(stripe.RateLimitError) as err:
        for _ in range(20):
            client.v1.customers.search({"query": "name~'abc'"})
    assert err.value.http_status == 429
    time.sleep(0.6)
    assert client.v1.customers.search({"query": "name~'abc'"}).object == "search_result"


def test_live_keys_get_the_live_budget(sandbox: SandboxServer) -> None:
    live = "sk_live_counterfoil_budget_0004"
    sandbox.register_key(live, livemode=True)
    sandbox.set_rate_limits(
        RateLimits(global_rps=2, live_global_rps=1000, per_endpoint_rps=None, search_rps=None)
    )
    client = _client(sandbox, live)
    for _ in range(30):
        client.v1.customers.list()
    with pytest.raises(stripe.RateLimitError):
        for _ in range(30):
            _client(sandbox).v1.customers.list()


# -- faults -------------------------------------------------------------------------
def test_error_rate_one_gives_api_error_500(sandbox: SandboxServer) -> None:
    sandbox.faults.error_rate = 1.0
    client = _client(sandbox)
    with pytest.raises(stripe.APIError) as err:
        client.v1.customers.list()
    assert err.value.http_status == 500
    assert err.value.request_id is not None
    sandbox.faults.error_rate = 0.0
    assert client.v1.customers.list().object == "list"


def test_drop_rate_one_gives_connection_error(sandbox: SandboxServer) -> None:
    sandbox.faults.drop_rate = 1.0
    client = _client(sandbox)
    with pytest.raises(stripe.APIConnectionError):
        client.v1.customers.list()
    sandbox.faults.drop_rate = 0.0
    assert client.v1.customers.list().object == "list"


def test_latency_is_added(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    client.v1.customers.list()
    sandbox.faults.latency_ms = 250
    start = time.perf_counter()
    client.v1.customers.list()
    assert time.perf_counter() - start >= 0.25
    sandbox.faults.latency_ms = 0
    start = time.perf_counter()
    client.v1.customers.list()
    assert time.perf_counter() - start < 0.25


def test_unreachable_then_back_on_the_same_port(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    created = client.v1.customers.create({"name": "Survivor"})
    port = sandbox.port
    sandbox.faults.unreachable = True
    with pytest.raises(stripe.APIConnectionError):
        client.v1.customers.list()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    sandbox.faults.unreachable = False
    assert sandbox.port == port
    assert [c.id for c in client.v1.customers.list().data] == [created.id]


def test_sdk_retries_through_intermittent_errors(sandbox: SandboxServer) -> None:
    sandbox.faults.error_rate = 0.5
    sandbox.app.rng.seed(7)  # draws 0.32 (fail), 0.15 (fail), 0.65 (pass)
    client = make_client(sandbox, max_network_retries=3)
    assert client.v1.customers.list().object == "list"
    sandbox.app.rng.seed(7)
    with pytest.raises(stripe.APIError):
        make_client(sandbox, max_network_retries=1).v1.customers.list()
