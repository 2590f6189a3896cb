"""Billing a connected account: the one platform customer that represents it, subscribed
to a platform price.

Stripe's guide (seed 001): to charge a connected account a recurring fee, create a
separate platform Customer that represents the account — one per business entity, never
one per owner, manager or operator. Here that customer carries metadata
``connected_account`` = the account id (and ``customer_type`` = ``connected_account``).

:func:`find_or_create_representative` looks in the cache first, then asks Stripe's
customer search (the cache may lag), and only then creates one — with an idempotency key
derived from the account and the customer's details, so two clicks, two windows or a
retry within Stripe's 24-hour idempotency window still make one customer.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Literal

import stripe

from services.cache.db import Cache
from services.connect.accounts import AccountRow, representatives
from services.connect.kinds import REPRESENTS_KEY
from services.connect.stripe_io import send
from services.connect.wizard import EXPAND, AttemptKeys, Outcome, outcome_of
from services.connect.writeback import write_through
from services.gateway import StripeGateway

Found = Literal["cache", "search", "created"]


@dataclass(frozen=True)
class RepresentativeResult:
    """The customer representing an account, where it was found, and any duplicates."""

    customer: dict[str, Any]
    found: Found
    duplicates: tuple[str, ...] = field(default_factory=tuple)

    @property
    def customer_id(self) -> str:
        return str(self.customer["id"])

    @property
    def created(self) -> bool:
        return self.found == "created"


def representative_params(account: AccountRow) -> dict[str, Any]:
    """``POST /v1/customers`` for the customer representing ``account`` (the business)."""
    params: dict[str, Any] = {
        "name": account.name,
        "description": f"Connected account {account.id}",
        "metadata": {REPRESENTS_KEY: account.id, "customer_type": "connected_account"},
    }
    if account.email:
        params["email"] = account.email
    return params


def representative_key(account: AccountRow) -> str:
    """The idempotency key for creating ``account``'s representative: the same for the
    same account and details, so repeated creates collapse into one customer."""
    digest = hashlib.sha256(
        json.dumps(representative_params(account), sort_keys=True).encode()
    ).hexdigest()[:16]
    return f"cf-represent-{account.id}-{digest}"


def cached_representative(conn: sqlite3.Connection, account_id: str) -> dict[str, Any] | None:
    """The oldest live platform customer in the cache that represents ``account_id``."""
    for rep in representatives(conn, account_id, include_deleted=False):
        found = conn.execute(
            "SELECT raw FROM customers WHERE id = ? AND account = '' AND deleted = 0",
            (rep.customer_id,),
        ).fetchone()
        if found:
            obj: dict[str, Any] = json.loads(found[0])
            return obj
    return None


def search_representatives(gateway: StripeGateway, account_id: str) -> list[dict[str, Any]]:
    """Platform customers Stripe's search finds with metadata naming ``account_id``,
    oldest first (search may lag a minute behind writes)."""
    query = f"metadata['{REPRESENTS_KEY}']:'{account_id}'"
    page = gateway.get_json("/v1/customers/search", {"query": query, "limit": 10})
    data = page.get("data")
    found = [c for c in data if isinstance(c, dict)] if isinstance(data, list) else []
    found = [c for c in found if (c.get("metadata") or {}).get(REPRESENTS_KEY) == account_id]
    found.sort(key=lambda c: (int(c.get("created") or 0), str(c.get("id"))))
    return found


def find_or_create_representative(
    gateway: StripeGateway, cache: Cache | None, account: AccountRow
) -> RepresentativeResult:
    """The platform customer representing ``account``: found, or created exactly once."""
    if cache is not None:
        conn = cache.open_connection()
        try:
            cached = cached_representative(conn, account.id)
            others = tuple(
                r.customer_id
                for r in representatives(conn, account.id, include_deleted=False)
                if cached is None or r.customer_id != cached.get("id")
            )
        finally:
            conn.close()
        if cached is not None:
            return RepresentativeResult(cached, "cache", others)
    try:
        searched = search_representatives(gateway, account.id)
    except stripe.InvalidRequestError:
        searched = []  # search is not available everywhere: rely on the idempotency key
    if searched:
        first = searched[0]
        write_through(cache, "customer", first, owner="", server_ts=int(first.get("created") or 0))
        return RepresentativeResult(first, "search", tuple(str(c["id"]) for c in searched[1:]))
    made = send(
        gateway,
        "post",
        "/v1/customers",
        representative_params(account),
        idempotency_key=representative_key(account),
    )
    write_through(cache, "customer", made.obj, owner="", server_ts=made.server_ts)
    return RepresentativeResult(made.obj, "created")


@dataclass(frozen=True)
class BillingDraft:
    """Bill ``account_id`` with platform price ``price_id``."""

    account_id: str
    price_id: str


def billing_params(customer_id: str, draft: BillingDraft) -> dict[str, Any]:
    """``POST /v1/subscriptions`` on the platform for the representative customer."""
    return {
        "customer": customer_id,
        "items": [{"price": draft.price_id}],
        "payment_behavior": "default_incomplete",
        "expand": list(EXPAND),
        "metadata": {REPRESENTS_KEY: draft.account_id, "billing": "platform"},
    }


def bill_account(
    gateway: StripeGateway,
    cache: Cache | None,
    account: AccountRow,
    draft: BillingDraft,
    keys: AttemptKeys,
) -> tuple[RepresentativeResult, Outcome]:
    """Find or create ``account``'s representative and subscribe it to the price."""
    rep = find_or_create_representative(gateway, cache, account)
    sent = send(
        gateway,
        "post",
        "/v1/subscriptions",
        billing_params(rep.customer_id, draft),
        idempotency_key=keys.subscription,
    )
    write_through(cache, "subscription", sent.obj, owner="", server_ts=sent.server_ts)
    outcome = outcome_of(
        sent.obj,
        owner="",
        customer_created=rep.created,
        replayed=sent.replayed,
        request_id=sent.request_id,
    )
    return rep, outcome
