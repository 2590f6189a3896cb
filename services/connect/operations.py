"""The writes of the Connect panel: create, change fee, cancel, invoice fee.

Each function sends one change to Stripe (as the connected account with
``Stripe-Account`` when the object lives there), with an idempotency key, and writes the
answer through to the cache. They do **not** check :mod:`services.connect.rules`: the
panel offers an action only when the rules allow it, and the tests call these directly to
show that Stripe (the sandbox) refuses what the rules forbid. Errors are the SDK's.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from services.cache.db import Cache
from services.connect import platform_app
from services.connect.stripe_io import send
from services.connect.subscriptions import InvoiceFacts, SubscriptionRow
from services.connect.wizard import (
    AttemptKeys,
    Outcome,
    SubscriptionDraft,
    create_params,
    customer_params,
    format_percent,
    outcome_of,
)
from services.connect.writeback import write_through
from services.gateway import StripeGateway


def _account(owner: str) -> str | None:
    return owner or None


def new_key(action: str) -> str:
    """A fresh idempotency key for one attempt at ``action``."""
    return f"cf-{action}-{uuid.uuid4()}"


def create_subscription(
    gateway: StripeGateway,
    cache: Cache | None,
    draft: SubscriptionDraft,
    keys: AttemptKeys,
) -> Outcome:
    """Create ``draft``'s customer (if new) and subscription where they must live.

    ``keys`` make a retry of the same attempt safe: Stripe answers it with the customer
    and subscription the first attempt created.
    """
    owner = draft.customer_owner
    customer_id = draft.customer_id
    created_customer = False
    if customer_id is None:
        if draft.new_customer is None:
            raise ValueError("the draft has no customer")
        made = send(
            gateway,
            "post",
            "/v1/customers",
            customer_params(draft.new_customer, draft.account_id, draft.kind),
            account=_account(owner),
            idempotency_key=keys.customer,
        )
        customer_id = str(made.obj["id"])
        created_customer = True
        write_through(cache, "customer", made.obj, owner=owner, server_ts=made.server_ts)
    sent = send(
        gateway,
        "post",
        "/v1/subscriptions",
        create_params(draft, customer_id),
        account=_account(owner),
        idempotency_key=keys.subscription,
    )
    write_through(cache, "subscription", sent.obj, owner=owner, server_ts=sent.server_ts)
    if owner and cache is not None:
        platform_app.remember(cache, sent.obj.get("application"))
    return outcome_of(
        sent.obj,
        owner=owner,
        customer_created=created_customer,
        replayed=sent.replayed,
        request_id=sent.request_id,
    )


def change_fee(
    gateway: StripeGateway,
    cache: Cache | None,
    row: SubscriptionRow,
    fee: Decimal | None,
    *,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Set (or with None, remove) ``row``'s ``application_fee_percent``."""
    value = "" if fee is None else format_percent(fee)
    sent = send(
        gateway,
        "post",
        f"/v1/subscriptions/{row.id}",
        {"application_fee_percent": value},
        account=_account(row.owner),
        idempotency_key=idempotency_key or new_key("fee"),
    )
    write_through(cache, "subscription", sent.obj, owner=row.owner, server_ts=sent.server_ts)
    return sent.obj


def cancel_key(row: SubscriptionRow) -> str:
    """The idempotency key of cancelling ``row`` now: the same for every attempt, since
    a subscription can only be cancelled once."""
    return f"cf-cancel-{row.owner or 'platform'}-{row.id}"


def cancel(
    gateway: StripeGateway,
    cache: Cache | None,
    row: SubscriptionRow,
    *,
    at_period_end: bool = False,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Cancel ``row`` now, or at the end of its current period."""
    if at_period_end:
        sent = send(
            gateway,
            "post",
            f"/v1/subscriptions/{row.id}",
            {"cancel_at_period_end": True},
            account=_account(row.owner),
            idempotency_key=idempotency_key or new_key("cancel-at-period-end"),
        )
    else:
        sent = send(
            gateway,
            "delete",
            f"/v1/subscriptions/{row.id}",
            account=_account(row.owner),
            idempotency_key=idempotency_key or cancel_key(row),
        )
    write_through(cache, "subscription", sent.obj, owner=row.owner, server_ts=sent.server_ts)
    return sent.obj


def set_invoice_fee(
    gateway: StripeGateway,
    cache: Cache | None,
    invoice: InvoiceFacts,
    amount: int,
    *,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Set ``application_fee_amount`` (minor units) on ``invoice``."""
    sent = send(
        gateway,
        "post",
        f"/v1/invoices/{invoice.id}",
        {"application_fee_amount": amount},
        account=_account(invoice.owner),
        idempotency_key=idempotency_key or new_key("invoice-fee"),
    )
    write_through(cache, "invoice", sent.obj, owner=invoice.owner, server_ts=sent.server_ts)
    return sent.obj
