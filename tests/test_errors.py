"""services.errors: real Stripe failures (over HTTP, from the sandbox) in plain words."""

from __future__ import annotations

import pickle

import keyring.errors
import pytest
import stripe

from services.errors import (
    UserFacingError,
    describe,
    parse_account_id,
    parse_permission,
    permission_label,
)
from services.gateway import StripeGateway
from services.sandbox.ratelimit import RateLimits

REAL_403 = (
    "The provided key 'rk_test_*********************************************************"
    "************************************qs8Kgd' does not have the required permissions for "
    "this endpoint on account 'acct_1PJBLEBBLEfV'. Having the 'rak_customer_read' "
    "permission would allow this request to continue."
)


def raised_by(call) -> stripe.StripeError:  # type: ignore[no-untyped-def]
    with pytest.raises(stripe.StripeError) as info:
        call()
    return info.value


def test_revoked_key_401(sandbox) -> None:
    key = "sk_test_" + "R" * 30
    sandbox.register_key(key)
    gateway = StripeGateway(key, sandbox.url, max_network_retries=0)
    assert gateway.retrieve_account()["id"].startswith("acct_")
    sandbox.revoke_key(key)
    exc = raised_by(gateway.retrieve_account)
    assert isinstance(exc, stripe.AuthenticationError)
    err = describe(exc)
    assert err.kind == "auth"
    assert err.http_status == 401
    assert err.message.startswith("This key was rejected by Stripe (revoked or mistyped)")
    assert err.request_id and err.request_id.startswith("req_")
    assert err.display().endswith(f"(request {err.request_id})")
    assert "R" * 8 not in err.display()


def test_restricted_key_403_names_the_permission(sandbox) -> None:
    key = "rk_test_" + "P" * 30
    sandbox.register_key(key, permissions={"products": "read"})
    gateway = StripeGateway(key, sandbox.url, max_network_retries=0)
    exc = raised_by(lambda: gateway.get_json("/v1/customers", {"limit": 1}))
    assert isinstance(exc, stripe.PermissionError)
    err = describe(exc)
    assert err.kind == "permission"
    assert err.http_status == 403
    assert err.permission == "rak_customer_read"
    assert "This restricted key lacks the permission 'Customers: read' (rak_customer_read)" in (
        err.message
    )
    assert err.request_id and err.display().endswith(f"(request {err.request_id})")
    assert "P" * 8 not in err.display()


def test_restricted_key_write_permission(sandbox) -> None:
    key = "rk_test_" + "W" * 30
    sandbox.register_key(key, permissions={"customers": "read"})
    gateway = StripeGateway(key, sandbox.url, max_network_retries=0)
    gateway.get_json("/v1/customers", {"limit": 1})  # reading is allowed
    err = describe(raised_by(lambda: gateway.post_json("/v1/customers", {"name": "x"})))
    assert err.permission == "rak_customer_write"
    assert "'Customers: write'" in err.message


def test_invalid_request_keeps_stripes_message_and_param(sandbox) -> None:
    gateway = StripeGateway(sandbox.api_key, sandbox.url, max_network_retries=0)
    exc = raised_by(lambda: gateway.get_json("/v1/customers/cus_doesnotexist", {}))
    assert isinstance(exc, stripe.InvalidRequestError)
    err = describe(exc)
    assert err.kind == "invalid"
    assert err.http_status == 404
    assert err.message == exc.user_message
    assert "cus_doesnotexist" in err.message
    assert err.param and err.param == exc.param
    assert err.code == "resource_missing"
    assert err.request_id


def test_rate_limit_429(sandbox) -> None:
    sandbox.set_rate_limits(RateLimits(global_rps=1, per_endpoint_rps=1, search_rps=1))
    gateway = StripeGateway(sandbox.api_key, sandbox.url, max_network_retries=0)
    with pytest.raises(stripe.RateLimitError) as info:
        for _ in range(50):
            gateway.retrieve_account()
    err = describe(info.value)
    assert err.kind == "rate_limit"
    assert err.http_status == 429
    assert "limiting how fast" in err.message


def test_unreachable_server_is_a_network_error(sandbox) -> None:
    url = sandbox.url
    sandbox.stop()
    gateway = StripeGateway(sandbox.api_key, url, max_network_retries=0)
    exc = raised_by(gateway.retrieve_account)
    assert isinstance(exc, stripe.APIConnectionError)
    err = describe(exc)
    assert err.kind == "network"
    assert err.message.startswith("Can't reach Stripe")
    assert err.request_id is None
    assert err.display() == err.message


def test_server_error_is_api_kind(sandbox) -> None:
    sandbox.faults.error_rate = 1.0
    gateway = StripeGateway(sandbox.api_key, sandbox.url, max_network_retries=0)
    exc = raised_by(gateway.retrieve_account)
    assert isinstance(exc, stripe.APIError)
    err = describe(exc)
    assert err.kind == "api"
    assert "(HTTP 500)" in err.message
    assert err.request_id


def test_idempotency_error() -> None:
    exc = stripe.IdempotencyError(
        "Keys for idempotent requests can only be used with the same parameters.",
        http_status=400,
        headers={"request-id": "req_idem"},
    )
    err = describe(exc)
    assert err.kind == "invalid"
    assert "same parameters" in err.message
    assert err.display().endswith("(request req_idem)")


def test_permission_message_parsing_with_real_stripe_wording() -> None:
    assert parse_permission(REAL_403) == "rak_customer_read"
    assert parse_account_id(REAL_403) == "acct_1PJBLEBBLEfV"
    curly = REAL_403.replace("'rak_customer_read'", "‘rak_subscription_read’")
    assert parse_permission(curly) == "rak_subscription_read"
    err = describe(stripe.PermissionError(REAL_403, http_status=403))
    assert err.permission == "rak_customer_read"
    assert "qs8Kgd" not in err.display()


def test_restricted_keys_unsupported_endpoint() -> None:
    message = (
        "The provided key 'rk_test_***OrqQzX' does not have the required permissions for this "
        "endpoint on account 'acct_1Cr5'. This is a restricted API key, but the required "
        "permissions are not available for use by restricted keys."
    )
    err = describe(stripe.PermissionError(message, http_status=403))
    assert err.permission is None
    assert "use a secret key" in err.message


@pytest.mark.parametrize(
    ("permission", "label"),
    [
        ("rak_customer_read", "Customers: read"),
        ("rak_subscription_write", "Subscriptions: write"),
        ("rak_billing_portal_configuration_write", "Customer portal: write"),
        ("rak_accounts_kyc_id_numbers_read", "Accounts kyc id numbers: read"),
        ("rak_weird", "rak_weird"),
    ],
)
def test_permission_labels(permission: str, label: str) -> None:
    assert permission_label(permission) == label


def test_keyring_and_unknown_errors() -> None:
    assert describe(keyring.errors.KeyringLocked("locked")).kind == "keyring"
    assert describe(keyring.errors.NoKeyringError("none")).kind == "keyring"
    assert describe(ConnectionResetError("reset")).kind == "network"
    odd = describe(ValueError("sk_test_" + "Z" * 30))
    assert odd.kind == "api"
    assert "Z" * 8 not in odd.display()


def test_user_facing_error_is_redacted_pickleable_and_passes_through() -> None:
    err = UserFacingError("bad key sk_live_" + "K" * 30, kind="malformed_key", request_id="req_1")
    assert "K" * 8 not in err.message
    assert str(err) == err.display() == f"{err.message} (request req_1)"
    assert describe(err) is err
    again = pickle.loads(pickle.dumps(err))
    assert (again.message, again.kind, again.request_id) == (err.message, err.kind, "req_1")
