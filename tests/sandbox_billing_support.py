"""Helpers for the billing sandbox tests: catalog, customers with cards, Connect, errors."""

from __future__ import annotations

from typing import Any

import pytest
import stripe

from services.sandbox.app import KeyInfo, Request
from services.sandbox.resources.billing import new_invoice_for, new_subscription
from services.sandbox.resources.billing import store_subscription as _store_subscription
from services.sandbox.server import SandboxServer

PLATFORM_APP = "ca_CounterfoilPlatform"


def as_acct(acct: str | None) -> Any:
    """Request options for a call on a connected account (Stripe-Account header)."""
    return {"stripe_account": acct} if acct else None


def make_price(
    client: stripe.StripeClient,
    amount: int = 1500,
    interval: str = "month",
    currency: str = "usd",
    acct: str | None = None,
    name: str = "Pro",
    **extra: Any,
) -> stripe.Price:
    product = client.v1.products.create({"name": name}, as_acct(acct))
    params: dict[str, Any] = {
        "product": product.id,
        "currency": currency,
        "unit_amount": amount,
        "recurring": {"interval": interval},
        **extra,
    }
    return client.v1.prices.create(params, as_acct(acct))  # type: ignore[arg-type]


def make_customer(
    client: stripe.StripeClient,
    card: str | None = "tok_visa",
    acct: str | None = None,
    **params: Any,
) -> stripe.Customer:
    """A customer; with ``card`` (a test token) attached as its default payment method."""
    body: Any = {"email": "buyer@example.com", "name": "Buyer", **params}
    customer = client.v1.customers.create(body, as_acct(acct))
    if card:
        pm = client.v1.payment_methods.create(
            {"type": "card", "card": {"token": card}}, as_acct(acct)
        )
        client.v1.payment_methods.attach(pm.id, {"customer": customer.id}, as_acct(acct))
        customer = client.v1.customers.update(
            customer.id, {"invoice_settings": {"default_payment_method": pm.id}}, as_acct(acct)
        )
    return customer


def make_account(client: stripe.StripeClient) -> str:
    return client.v1.accounts.create({"type": "express", "country": "US"}).id


def subscribe(
    client: stripe.StripeClient, customer: str, price: str, acct: str | None = None, **params: Any
) -> stripe.Subscription:
    body: dict[str, Any] = {"customer": customer, "items": [{"price": price}], **params}
    return client.v1.subscriptions.create(body, as_acct(acct))  # type: ignore[arg-type]


def event_types(client: stripe.StripeClient, acct: str | None = None, **params: Any) -> list[str]:
    """Event types, oldest first."""
    events = client.v1.events.list({"limit": 100, **params}, as_acct(acct))  # type: ignore[arg-type]
    return [e.type for e in reversed(events.data)]


def events_of(
    client: stripe.StripeClient, kind: str, acct: str | None = None
) -> list[stripe.Event]:
    """Events of one type, oldest first."""
    events = client.v1.events.list({"type": kind, "limit": 100}, as_acct(acct))
    return list(reversed(events.data))


def payload(event: stripe.Event) -> dict[str, Any]:
    """An event's ``data`` as plain dicts: ``{"object": …, "previous_attributes": …}``."""
    data: dict[str, Any] = event.to_dict()["data"]
    return data


def check_error(
    exc: pytest.ExceptionInfo[stripe.StripeError],
    status: int,
    message: str | None = None,
    *,
    code: str | None = None,
    param: str | None = None,
    contains: str | None = None,
    type_: str = "invalid_request_error",
) -> None:
    """Assert the Stripe error envelope the sandbox answered."""
    err = exc.value
    assert err.http_status == status, err
    envelope: Any = err.json_body or {}
    body: dict[str, Any] = envelope.get("error", {})
    assert body.get("type") == type_, body
    assert body.get("code") == code, body
    assert body.get("param") == param, body
    if message is not None:
        assert body.get("message") == message, body
    if contains is not None:
        assert contains in body.get("message", ""), body


def seed_request(srv: SandboxServer, owner: str = "") -> Request:
    """The request object the seed generator builds to call the billing builders."""
    return Request(srv.app, "post", "/seed", {}, owner, KeyInfo(), {}, "req_seed")


def seed_foreign_subscription(
    srv: SandboxServer, acct: str, customer: str, price: str, invoice_status: str = "open"
) -> tuple[str, str]:
    """A subscription on ``acct`` that another application created (as the seeds do)."""
    req = seed_request(srv, acct)
    with srv.state.lock:
        price_obj = srv.state.get(price, acct)
        assert price_obj is not None
        sub = new_subscription(req, customer, [(price_obj, 1)], application=None)
        invoice = new_invoice_for(req, sub, status=invoice_status)
        _store_subscription(req, sub, invoice)
    return sub["id"], invoice["id"]
