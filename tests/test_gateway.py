"""services.gateway: StripeGateway over real HTTP against the sandbox, and its settings."""

from __future__ import annotations

import uuid

import pytest
import stripe

from services.config import ENV_API_BASE, ENV_API_KEY
from services.errors import UserFacingError
from services.gateway import StripeGateway, env_api_key, resolve_api_base

CONNECTED = "acct_1GatewayConnected"


def test_retrieve_account_returns_raw_json(sandbox) -> None:
    gateway = StripeGateway(sandbox.api_key, sandbox.url)
    account = gateway.retrieve_account()
    assert type(account) is dict  # plain JSON, not a StripeObject
    assert account["object"] == "account"
    assert account["id"].startswith("acct_")


def test_client_is_a_configured_stripe_client(sandbox) -> None:
    gateway = StripeGateway(sandbox.api_key, sandbox.url + "/", max_network_retries=3)
    assert gateway.api_base == sandbox.url  # trailing slash dropped
    assert isinstance(gateway.client, stripe.StripeClient)
    customers = gateway.client.v1.customers.list({"limit": 3})
    assert customers.object == "list"


def test_get_json_passes_params(sandbox) -> None:
    gateway = StripeGateway(sandbox.api_key, sandbox.url)
    for name in ("Ada", "Grace", "Edsger"):
        gateway.post_json("/v1/customers", {"name": name})
    page = gateway.get_json("/v1/customers", {"limit": 2})
    assert page["object"] == "list"
    assert len(page["data"]) == 2
    assert page["has_more"] is True


def test_post_json_with_idempotency_key_creates_once(sandbox) -> None:
    gateway = StripeGateway(sandbox.api_key, sandbox.url)
    key = str(uuid.uuid4())
    first = gateway.post_json("/v1/customers", {"email": "a@example.com"}, idempotency_key=key)
    second = gateway.post_json("/v1/customers", {"email": "a@example.com"}, idempotency_key=key)
    assert first["id"] == second["id"]
    assert len(gateway.get_json("/v1/customers", {"limit": 10})["data"]) == 1


def test_errors_are_stripe_exceptions_raised_as_is(sandbox) -> None:
    gateway = StripeGateway("sk_test_" + "N" * 30, sandbox.url, max_network_retries=0)
    with pytest.raises(stripe.AuthenticationError):
        gateway.retrieve_account()


def test_for_account_sends_stripe_account_header_and_is_cached(sandbox) -> None:
    platform = sandbox.state.extra["platform"]
    sandbox.state.add(
        {**platform, "id": CONNECTED, "settings": {"dashboard": {"display_name": "Shop"}}},
        kind="account",
    )
    gateway = StripeGateway(sandbox.api_key, sandbox.url)
    client = gateway.for_account(CONNECTED)
    assert gateway.for_account(CONNECTED) is client
    assert client is not gateway.client
    body = client.raw_request("get", "/v1/account").body
    assert CONNECTED in body
    assert gateway.get_json("/v1/account", {}, stripe_account=CONNECTED)["id"] == CONNECTED
    assert gateway.retrieve_account()["id"] != CONNECTED
    with pytest.raises(stripe.PermissionError):
        gateway.get_json("/v1/account", {}, stripe_account="acct_1NoSuchAccount")
    with pytest.raises(ValueError):
        gateway.for_account("cus_123")


def test_reserved_option_names_are_refused_as_params(sandbox) -> None:
    gateway = StripeGateway(sandbox.api_key, sandbox.url)
    with pytest.raises(ValueError, match="api_key"):
        gateway.get_json("/v1/customers", {"api_key": "sk_test_other"})
    with pytest.raises(ValueError):
        gateway.get_json("https://evil.example/v1/customers", {})


def test_repr_does_not_show_the_key() -> None:
    key = "sk_test_" + "S" * 30
    gateway = StripeGateway(key, "http://127.0.0.1:9")
    assert "S" * 8 not in repr(gateway)
    assert "sk_test_…REDACTED" in repr(gateway)


@pytest.mark.parametrize(
    "base",
    ["http://127.0.0.1:12111", "http://localhost:8000", "http://[::1]:1", "https://api.stripe.com"],
)
def test_live_keys_may_go_to_stripe_or_this_machine(base: str) -> None:
    gateway = StripeGateway("sk_live_" + "L" * 30, base)
    assert gateway.livemode


@pytest.mark.parametrize(
    "base", ["http://api.stripe.com", "https://stripe-mock.internal:12111", "http://10.0.0.5:1"]
)
def test_live_keys_are_not_sent_elsewhere(base: str) -> None:
    with pytest.raises(UserFacingError, match="Refusing to send a live-mode key") as info:
        StripeGateway("rk_live_" + "L" * 30, base)
    assert info.value.kind == "invalid"
    StripeGateway("sk_test_" + "T" * 30, base)  # test keys may


def test_resolve_api_base(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_API_BASE, raising=False)
    assert resolve_api_base(None) is None
    assert resolve_api_base("http://127.0.0.1:5/") == "http://127.0.0.1:5"
    monkeypatch.setenv(ENV_API_BASE, "http://127.0.0.1:7")
    assert resolve_api_base(None) == "http://127.0.0.1:7"
    assert resolve_api_base("http://127.0.0.1:5") == "http://127.0.0.1:5"  # explicit wins
    monkeypatch.setenv(ENV_API_BASE, "  ")
    assert resolve_api_base(None) is None
    with pytest.raises(UserFacingError):
        resolve_api_base("ftp://example.com")
    with pytest.raises(UserFacingError):
        resolve_api_base("127.0.0.1:5")


def test_env_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_API_KEY, raising=False)
    assert env_api_key() is None
    monkeypatch.setenv(ENV_API_KEY, "  sk_test_abc  \n")
    assert env_api_key() == "sk_test_abc"
    monkeypatch.setenv(ENV_API_KEY, "")
    assert env_api_key() is None
