"""Realistic Stripe objects for the cache and sync tests, and checks that their shapes are right.

The builders return plain dicts shaped like Stripe's own (field names and nesting as in
Stripe's example objects, ``fixtures3.json``); values are made up but plausible. Other
test modules import them (``from tests.test_cache_objects import customer``). The tests
here hold the builders to the SDK's resource classes, so a misspelt field fails.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
import stripe
import stripe.billing_portal

_seq = itertools.count(1)
T0 = 1_700_000_000


def _id(prefix: str) -> str:
    return f"{prefix}_{next(_seq):08d}TestObj"


def customer(**over: Any) -> dict[str, Any]:
    """A customer, with invoice settings, address and metadata."""
    n = next(_seq)
    obj: dict[str, Any] = {
        "id": _id("cus"),
        "object": "customer",
        "address": {
            "city": "Lyon",
            "country": "FR",
            "line1": "1 rue de la Paix",
            "line2": None,
            "postal_code": "69001",
            "state": None,
        },
        "balance": 0,
        "created": T0 + n,
        "currency": "eur",
        "default_source": None,
        "delinquent": False,
        "description": None,
        "email": f"customer{n}@example.com",
        "invoice_prefix": f"AB{n:04d}",
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": False,
        "metadata": {},
        "name": f"Customer {n}",
        "next_invoice_sequence": 1,
        "phone": None,
        "preferred_locales": ["fr"],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }
    obj.update(over)
    return obj


def price(product: str = "prod_x", **over: Any) -> dict[str, Any]:
    """A recurring monthly price of ``product``."""
    obj: dict[str, Any] = {
        "id": _id("price"),
        "object": "price",
        "active": True,
        "billing_scheme": "per_unit",
        "created": T0 + next(_seq),
        "currency": "eur",
        "custom_unit_amount": None,
        "livemode": False,
        "lookup_key": None,
        "metadata": {},
        "nickname": None,
        "product": product,
        "recurring": {
            "interval": "month",
            "interval_count": 1,
            "meter": None,
            "usage_type": "licensed",
            "trial_period_days": None,
        },
        "tax_behavior": "unspecified",
        "tiers_mode": None,
        "transform_quantity": None,
        "type": "recurring",
        "unit_amount": 2000,
        "unit_amount_decimal": "2000",
    }
    obj.update(over)
    return obj


def product(**over: Any) -> dict[str, Any]:
    """A service product."""
    n = next(_seq)
    obj: dict[str, Any] = {
        "id": _id("prod"),
        "object": "product",
        "active": True,
        "created": T0 + n,
        "default_price": None,
        "description": "Monthly plan",
        "images": [],
        "livemode": False,
        "marketing_features": [],
        "metadata": {},
        "name": f"Plan {n}",
        "package_dimensions": None,
        "shippable": None,
        "statement_descriptor": None,
        "tax_code": None,
        "type": "service",
        "unit_label": None,
        "updated": T0 + n,
        "url": None,
    }
    obj.update(over)
    return obj


def subscription(customer_id: str = "cus_x", *, items: int = 1, **over: Any) -> dict[str, Any]:
    """A subscription with ``items`` items, each with an expanded price."""
    sid = over.get("id") or _id("sub")
    created = T0 + next(_seq)
    data = []
    for _ in range(items):
        p = price(_id("prod"))
        data.append(
            {
                "id": _id("si"),
                "object": "subscription_item",
                "created": created,
                "current_period_end": created + 30 * 86400,
                "current_period_start": created,
                "discounts": [],
                "metadata": {},
                "price": p,
                "quantity": 1,
                "subscription": sid,
                "tax_rates": [],
            }
        )
    obj: dict[str, Any] = {
        "id": sid,
        "object": "subscription",
        "application": None,
        "application_fee_percent": None,
        "billing_cycle_anchor": created,
        "cancel_at": None,
        "cancel_at_period_end": False,
        "canceled_at": None,
        "collection_method": "charge_automatically",
        "created": created,
        "currency": "eur",
        "customer": customer_id,
        "days_until_due": None,
        "default_payment_method": None,
        "description": None,
        "discounts": [],
        "ended_at": None,
        "items": {
            "object": "list",
            "data": data,
            "has_more": False,
            "url": f"/v1/subscription_items?subscription={sid}",
        },
        "latest_invoice": None,
        "livemode": False,
        "metadata": {},
        "on_behalf_of": None,
        "pause_collection": None,
        "schedule": None,
        "start_date": created,
        "status": "active",
        "transfer_data": None,
        "trial_end": None,
        "trial_start": None,
    }
    obj.update(over)
    return obj


def invoice(
    customer_id: str = "cus_x", subscription_id: str | None = None, **over: Any
) -> dict[str, Any]:
    """A paid invoice, linked to its subscription the 2025+ way (``parent``)."""
    parent = None
    if subscription_id:
        parent = {
            "type": "subscription_details",
            "quote_details": None,
            "subscription_details": {"metadata": {}, "subscription": subscription_id},
        }
    obj: dict[str, Any] = {
        "id": _id("in"),
        "object": "invoice",
        "amount_due": 2000,
        "amount_paid": 2000,
        "amount_remaining": 0,
        "collection_method": "charge_automatically",
        "created": T0 + next(_seq),
        "currency": "eur",
        "customer": customer_id,
        "due_date": None,
        "livemode": False,
        "metadata": {},
        "number": "AB-0001",
        "parent": parent,
        "period_end": T0,
        "period_start": T0,
        "status": "paid",
        "total": 2000,
    }
    obj.update(over)
    return obj


def payment_method(customer_id: str | None = "cus_x", **over: Any) -> dict[str, Any]:
    """A card payment method."""
    obj: dict[str, Any] = {
        "id": _id("pm"),
        "object": "payment_method",
        "billing_details": {
            "address": None,
            "email": "jenny@example.com",
            "name": "Jenny",
            "phone": None,
            "tax_id": None,
        },
        "card": {
            "brand": "visa",
            "country": "US",
            "exp_month": 8,
            "exp_year": 2030,
            "funding": "credit",
            "last4": "4242",
        },
        "created": T0 + next(_seq),
        "customer": customer_id,
        "livemode": False,
        "metadata": {},
        "type": "card",
    }
    obj.update(over)
    return obj


def portal_configuration(**over: Any) -> dict[str, Any]:
    """A billing portal configuration."""
    created = T0 + next(_seq)
    obj: dict[str, Any] = {
        "id": _id("bpc"),
        "object": "billing_portal.configuration",
        "active": True,
        "application": None,
        "business_profile": {
            "headline": "Manage your plan",
            "privacy_policy_url": None,
            "terms_of_service_url": None,
        },
        "created": created,
        "default_return_url": None,
        "features": {
            "customer_update": {"allowed_updates": ["email"], "enabled": True},
            "invoice_history": {"enabled": True},
        },
        "is_default": True,
        "livemode": False,
        "login_page": {"enabled": False, "url": None},
        "metadata": {},
        "name": None,
        "updated": created,
    }
    obj.update(over)
    return obj


def account(**over: Any) -> dict[str, Any]:
    """A connected (Standard) account."""
    obj: dict[str, Any] = {
        "id": _id("acct"),
        "object": "account",
        "business_profile": {"name": "Café Lumière", "url": None},
        "business_type": "company",
        "charges_enabled": True,
        "controller": {"type": "account"},
        "country": "FR",
        "created": T0 + next(_seq),
        "default_currency": "eur",
        "details_submitted": True,
        "email": "owner@cafe.example",
        "metadata": {},
        "payouts_enabled": True,
        "type": "standard",
    }
    obj.update(over)
    return obj


def event(obj: dict[str, Any], type_: str, created: int, **over: Any) -> dict[str, Any]:
    """An event carrying ``obj``."""
    ev: dict[str, Any] = {
        "id": _id("evt"),
        "object": "event",
        "api_version": "2026-10-28.endive",
        "created": created,
        "data": {"object": obj},
        "livemode": False,
        "pending_webhooks": 0,
        "request": {"id": None, "idempotency_key": None},
        "type": type_,
    }
    ev.update(over)
    return ev


# -- the builders keep Stripe's field names ----------------------------------------------
def _fields(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        names.update(getattr(klass, "__annotations__", {}))
    return names


@pytest.mark.parametrize(
    ("build", "cls"),
    [
        (customer, stripe.Customer),
        (product, stripe.Product),
        (price, stripe.Price),
        (subscription, stripe.Subscription),
        (invoice, stripe.Invoice),
        (payment_method, stripe.PaymentMethod),
        (portal_configuration, stripe.billing_portal.Configuration),
        (account, stripe.Account),
    ],
)
def test_builders_use_only_stripe_field_names(build: Any, cls: type) -> None:
    obj = build()
    unknown = set(obj) - _fields(cls) - {"id", "object"}
    assert not unknown, f"{cls.__name__} has no field(s) {sorted(unknown)}"


def test_subscription_items_have_stripe_item_fields() -> None:
    item = subscription(items=2)["items"]["data"][0]
    assert set(item) - _fields(stripe.SubscriptionItem) - {"id", "object"} == set()


def test_event_has_stripe_event_fields() -> None:
    ev = event(customer(), "customer.created", T0)
    assert set(ev) - _fields(stripe.Event) - {"id", "object"} == set()
