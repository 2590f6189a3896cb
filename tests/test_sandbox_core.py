"""Sandbox wire basics through the real stripe SDK: envelope, validation, auth, key kinds.

Every request goes over real HTTP to a fresh empty sandbox; each test checks the
error class the SDK raises plus Stripe's status, code, param and message.
"""

from __future__ import annotations

import base64
import http.client
import json
from urllib.parse import urlsplit

import pytest
import stripe

from services.sandbox.server import SandboxServer
from tests.conftest import make_client


def _client(srv: SandboxServer, key: str | None = None) -> stripe.StripeClient:
    return make_client(srv, key, max_network_retries=0)


def _raw(
    srv: SandboxServer,
    verb: str,
    path: str,
    headers: dict[str, str] | None = None,
    body: bytes = b"",
) -> tuple[int, dict[str, str], dict[str, object]]:
    parts = urlsplit(srv.url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        conn.request(verb, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, dict(resp.getheaders()), json.loads(data)
    finally:
        conn.close()


# -- envelope ---------------------------------------------------------------------
def test_every_response_has_request_id_and_livemode_false(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    created = client.raw_request("post", "/v1/customers", name="Ada")
    assert created.code == 200
    assert created.headers["Request-Id"].startswith("req_")
    assert created.data["livemode"] is False
    listed = client.raw_request("get", "/v1/customers")
    assert listed.headers["Request-Id"].startswith("req_")
    assert listed.headers["Request-Id"] != created.headers["Request-Id"]
    assert [c["livemode"] for c in listed.data["data"]] == [False]
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.retrieve("cus_missing")
    assert err.value.request_id is not None and err.value.request_id.startswith("req_")


def test_unknown_parameter_is_refused_with_its_name(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("post", "/v1/customers", nmae="Ada")
    assert err.value.http_status == 400
    assert err.value.code == "parameter_unknown"
    assert err.value.param == "nmae"
    assert err.value.user_message == "Received unknown parameter: nmae"


def test_unknown_nested_parameter_names_the_full_path(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("post", "/v1/customers", address={"line1": "x", "planet": "Mars"})
    assert err.value.param == "address[planet]"
    assert err.value.code == "parameter_unknown"


def test_wrong_enum_value_lists_the_allowed_values(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("post", "/v1/customers", tax_exempt="sometimes")
    assert err.value.http_status == 400
    assert err.value.param == "tax_exempt"
    assert err.value.user_message is not None
    assert "must be one of" in err.value.user_message
    assert "exempt" in err.value.user_message and "reverse" in err.value.user_message


def test_missing_required_parameter(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("post", "/v1/products")
    assert err.value.http_status == 400
    assert err.value.code == "parameter_missing"
    assert err.value.param == "name"
    assert err.value.user_message == "Missing required param: name."


@pytest.mark.parametrize(
    ("params", "param", "word"),
    [
        ({"limit": "ten"}, "limit", "integer"),
        ({"limit": "1.5"}, "limit", "integer"),
    ],
)
def test_invalid_integer(
    sandbox: SandboxServer, params: dict[str, str], param: str, word: str
) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("get", "/v1/customers", **params)
    assert err.value.http_status == 400
    assert err.value.param == param
    assert err.value.user_message is not None and f"Invalid {word}" in err.value.user_message


def test_invalid_boolean(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("get", "/v1/products", active="maybe")
    assert err.value.http_status == 400
    assert err.value.param == "active"
    assert err.value.user_message == "Invalid boolean: maybe"
    ok = client.raw_request("get", "/v1/products", active="false")
    assert ok.code == 200


def test_missing_object_is_resource_missing(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.v1.customers.retrieve("cus_doesnotexist")
    assert err.value.http_status == 404
    assert err.value.code == "resource_missing"
    assert err.value.param == "customer"
    assert err.value.user_message == "No such customer: 'cus_doesnotexist'"


def test_unknown_url_is_a_stripe_404(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.InvalidRequestError) as err:
        client.raw_request("get", "/v1/flying_saucers")
    assert err.value.http_status == 404
    assert err.value.user_message is not None
    assert err.value.user_message.startswith("Unrecognized request URL (GET: /v1/flying_saucers)")
    # A known path with an unsupported verb is also unrecognized.
    status, headers, body = _raw(
        sandbox, "PUT", "/v1/customers", {"Authorization": f"Bearer {sandbox.api_key}"}
    )
    assert status == 404
    assert headers["Request-Id"].startswith("req_")
    assert body["error"]["type"] == "invalid_request_error"  # type: ignore[index]


# -- authentication -----------------------------------------------------------------
def test_missing_key_is_401(sandbox: SandboxServer) -> None:
    status, headers, body = _raw(sandbox, "GET", "/v1/customers")
    assert status == 401
    assert headers["Request-Id"].startswith("req_")
    err = body["error"]
    assert isinstance(err, dict)
    assert err["type"] == "invalid_request_error"
    assert "You did not provide an API key" in err["message"]


def test_unknown_key_is_authentication_error(sandbox: SandboxServer) -> None:
    client = _client(sandbox, "sk_test_not_a_key_we_know_1234")
    with pytest.raises(stripe.AuthenticationError) as err:
        client.v1.customers.list()
    assert err.value.http_status == 401
    assert err.value.json_body is not None
    assert err.value.json_body["error"]["code"] == "api_key_invalid"
    message = err.value.user_message or ""
    assert message.startswith("Invalid API Key provided: sk_test_")
    assert "1234" in message and "not_a_key_we_know" not in message


def test_basic_auth_is_accepted(sandbox: SandboxServer) -> None:
    token = base64.b64encode(f"{sandbox.api_key}:".encode()).decode()
    status, _, body = _raw(sandbox, "GET", "/v1/customers", {"Authorization": f"Basic {token}"})
    assert status == 200
    assert body["object"] == "list"
    bad = base64.b64encode(b"sk_test_wrong:").decode()
    status, _, body = _raw(sandbox, "GET", "/v1/customers", {"Authorization": f"Basic {bad}"})
    assert status == 401


def test_restricted_key_reads_but_cannot_write(sandbox: SandboxServer) -> None:
    rk = "rk_test_counterfoil_readonly_0001"
    sandbox.register_key(rk, permissions={"customers": "read"})
    _client(sandbox).v1.customers.create({"name": "Visible"})
    client = _client(sandbox, rk)
    listed = client.v1.customers.list()
    assert [c.name for c in listed.data] == ["Visible"]
    with pytest.raises(stripe.PermissionError) as err:
        client.v1.customers.create({"name": "Nope"})
    assert err.value.http_status == 403
    message = err.value.user_message or ""
    assert "'rak_customer_write'" in message
    assert rk not in message  # the key is masked
    with pytest.raises(stripe.PermissionError) as err2:
        client.v1.products.list()
    assert "'rak_product_read'" in (err2.value.user_message or "")


def test_live_key_sees_livemode_true(sandbox: SandboxServer) -> None:
    live = "sk_live_counterfoil_sandbox_live_0001"
    sandbox.register_key(live, livemode=True)
    client = _client(sandbox, live)
    created = client.v1.customers.create({"name": "Live"})
    assert created.livemode is True
    assert client.v1.customers.retrieve(created.id).livemode is True
    assert _client(sandbox).v1.customers.retrieve(created.id).livemode is False


def test_revoked_key_stops_working(sandbox: SandboxServer) -> None:
    key = "sk_test_counterfoil_temporary_0002"
    sandbox.register_key(key)
    client = _client(sandbox, key)
    assert client.v1.customers.list().data == []
    sandbox.revoke_key(key)
    with pytest.raises(stripe.AuthenticationError):
        client.v1.customers.list()


# -- Stripe-Account scoping -------------------------------------------------------------
def _connected_account(srv: SandboxServer) -> str:
    acct = _client(srv).raw_request(
        "post", "/v1/accounts", type="standard", email="owner@connected.example"
    )
    return str(acct.data["id"])


def test_connected_account_scope_hides_objects_across_accounts(sandbox: SandboxServer) -> None:
    acct = _connected_account(sandbox)
    platform = _client(sandbox)
    on_platform = platform.v1.customers.create({"name": "Platform customer"})
    on_acct = platform.v1.customers.create({"name": "Connected customer"}, {"stripe_account": acct})
    assert [c.id for c in platform.v1.customers.list().data] == [on_platform.id]
    scoped = platform.v1.customers.list(options={"stripe_account": acct})
    assert [c.id for c in scoped.data] == [on_acct.id]
    with pytest.raises(stripe.InvalidRequestError) as err:
        platform.v1.customers.retrieve(on_acct.id)
    assert err.value.http_status == 404 and err.value.code == "resource_missing"
    with pytest.raises(stripe.InvalidRequestError):
        platform.v1.customers.retrieve(on_platform.id, options={"stripe_account": acct})
    me = platform.raw_request("get", "/v1/account", stripe_account=acct)
    assert me.data["id"] == acct


def test_unknown_connected_account_is_403(sandbox: SandboxServer) -> None:
    client = _client(sandbox)
    with pytest.raises(stripe.PermissionError) as err:
        client.v1.customers.list(options={"stripe_account": "acct_1DoesNotExist00"})
    assert err.value.http_status == 403
    assert err.value.json_body is not None
    assert err.value.json_body["error"]["code"] == "account_invalid"
    assert "acct_1DoesNotExist00" in (err.value.user_message or "")


def test_deauthorized_connected_account_is_403(demo_sandbox: SandboxServer) -> None:
    deauthorized = sorted(demo_sandbox.state.extra.get("deauthorized", {}))
    assert deauthorized, "the demo seed has a deauthorized connected account"
    client = _client(demo_sandbox)
    with pytest.raises(stripe.PermissionError) as err:
        client.v1.customers.list(options={"stripe_account": deauthorized[0]})
    assert err.value.http_status == 403
    assert err.value.json_body is not None
    assert err.value.json_body["error"]["code"] == "account_invalid"
