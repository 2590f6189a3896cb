"""Which Stripe lists a full sync reads, for the platform and for connected accounts.

Every list is read newest first, 100 objects a page. Lists that accept ``created``
filters are split into ``created`` ranges read in parallel (see
:mod:`services.sync.full`); the portal configurations list has no such filter and is
small, so it is read in one go.

Payment methods are not listed by the full sync: Stripe lists them per customer
(``GET /v1/customers/{id}/payment_methods``), which is one request per customer, hours of
requests for a large account. They are fetched on demand for a customer in view
(:func:`services.sync.ondemand.sync_payment_methods`) and kept fresh by
``payment_method.*`` events; a customer's default payment method id is in its row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ListSpec:
    """One Stripe list the full sync reads into the cache."""

    resource: str
    """The Stripe object type (a key of :data:`services.cache.flatten.RESOURCES`)."""
    path: str
    params: Mapping[str, Any] = field(default_factory=dict)
    connected: bool = True
    """Also read for each connected account (through ``Stripe-Account``)."""
    partition: bool = True
    """The list accepts ``created[gte]``/``created[lt]``, so it can be split into ranges."""


ACCOUNTS = ListSpec("account", "/v1/accounts", connected=False)

LISTS: tuple[ListSpec, ...] = (
    ACCOUNTS,
    ListSpec("billing_portal.configuration", "/v1/billing_portal/configurations", partition=False),
    ListSpec("product", "/v1/products"),
    ListSpec("price", "/v1/prices"),
    ListSpec("customer", "/v1/customers"),
    ListSpec("subscription", "/v1/subscriptions", {"status": "all"}),
    ListSpec("invoice", "/v1/invoices"),
)
"""Every list of a full sync, in the order they start."""

BY_RESOURCE: dict[str, ListSpec] = {s.resource: s for s in LISTS}


def lists_for(account: str) -> tuple[ListSpec, ...]:
    """The lists read for the platform ('') or for a connected account."""
    return LISTS if not account else tuple(s for s in LISTS if s.connected)
