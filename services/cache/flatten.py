"""Pure functions turning a raw Stripe object (a JSON dict) into a cache row.

For each resource, keyed by the object's ``object`` string (``"customer"``,
``"subscription"``, ``"billing_portal.configuration"``, …), :data:`RESOURCES` gives the
cache table, the flattened columns and the function computing them. Every row also has
the common columns ``id``, ``account``, ``created``, ``livemode``, ``deleted``,
``source_ts`` and ``raw``; :func:`row` adds them. No I/O and no SQLite here, so the
shape of each row is tested on plain dicts.

Expandable fields (``customer``, ``latest_invoice``, …) may arrive as an id or as an
expanded object; :func:`ref` reduces both to the id. ``charge_type`` of a subscription is
``"direct"`` when it lives on a connected account (fetched with ``Stripe-Account``),
``"destination"`` when a platform subscription has ``transfer_data.destination``, and
``"platform"`` otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

JSONDict = Mapping[str, Any]
Row = dict[str, Any]

COMMON_COLUMNS: tuple[str, ...] = (
    "id",
    "account",
    "created",
    "livemode",
    "deleted",
    "source_ts",
    "raw",
)


def ref(value: Any) -> str | None:
    """The id of an expandable field, whether it came as an id or as an expanded object."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        ident = value.get("id")
        return ident if isinstance(ident, str) else None
    return None


def _get(obj: Any, *path: str) -> Any:
    """``obj[path[0]][path[1]]…`` or None as soon as a step is missing or not a dict."""
    cur: Any = obj
    for key in path:
        if not isinstance(cur, Mapping):
            return None
        cur = cur.get(key)
    return cur


def _bool(value: Any) -> int | None:
    return None if value is None else int(bool(value))


def metadata_text(metadata: Any) -> str:
    """The values of a metadata dict joined by spaces, for full-text search."""
    if not isinstance(metadata, Mapping):
        return ""
    return " ".join(str(v) for v in metadata.values() if v not in (None, ""))


def dump(obj: JSONDict) -> str:
    """Compact JSON text of an object, as stored in every row's ``raw`` column."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# -- per resource ---------------------------------------------------------------------
def _customer(obj: JSONDict, account: str) -> Row:
    return {
        "name": obj.get("name"),
        "email": obj.get("email"),
        "phone": obj.get("phone"),
        "description": obj.get("description"),
        "metadata_text": metadata_text(obj.get("metadata")),
        "currency": obj.get("currency"),
        "balance": obj.get("balance"),
        "delinquent": _bool(obj.get("delinquent")),
        "default_payment_method": ref(_get(obj, "invoice_settings", "default_payment_method")),
    }


def subscription_items(obj: JSONDict) -> list[JSONDict]:
    """The items embedded in a subscription (``items.data``)."""
    data = _get(obj, "items", "data")
    return [i for i in data if isinstance(i, Mapping)] if isinstance(data, list) else []


def charge_type(obj: JSONDict, account: str) -> str:
    """``direct`` (on a connected account), ``destination`` or ``platform``."""
    if account:
        return "direct"
    if ref(_get(obj, "transfer_data", "destination")):
        return "destination"
    return "platform"


def _subscription(obj: JSONDict, account: str) -> Row:
    items = subscription_items(obj)
    period_end = obj.get("current_period_end")
    if period_end is None:
        # Since API 2025-03-31 the billing period lives on each item.
        ends = [i.get("current_period_end") for i in items]
        ints = [e for e in ends if isinstance(e, int)]
        period_end = min(ints) if ints else None
    pause = obj.get("pause_collection")
    return {
        "customer": ref(obj.get("customer")),
        "status": obj.get("status"),
        "collection_method": obj.get("collection_method"),
        "pause_behavior": _get(pause, "behavior") if isinstance(pause, Mapping) else None,
        "pause_resumes_at": _get(pause, "resumes_at") if isinstance(pause, Mapping) else None,
        "cancel_at_period_end": _bool(obj.get("cancel_at_period_end")),
        "cancel_at": obj.get("cancel_at"),
        "canceled_at": obj.get("canceled_at"),
        "ended_at": obj.get("ended_at"),
        "trial_end": obj.get("trial_end"),
        "current_period_end": period_end,
        "currency": obj.get("currency"),
        "application_fee_percent": obj.get("application_fee_percent"),
        "transfer_destination": ref(_get(obj, "transfer_data", "destination")),
        "transfer_amount_percent": _get(obj, "transfer_data", "amount_percent"),
        "on_behalf_of": ref(obj.get("on_behalf_of")),
        "schedule": ref(obj.get("schedule")),
        "charge_type": charge_type(obj, account),
        "latest_invoice": ref(obj.get("latest_invoice")),
        "default_payment_method": ref(obj.get("default_payment_method")),
        "description": obj.get("description"),
        "items_count": len(items),
    }


def _subscription_item(obj: JSONDict, account: str) -> Row:
    price = obj.get("price")
    return {
        "subscription": ref(obj.get("subscription")) or "",
        "price": ref(price),
        "product": ref(_get(price, "product")) if isinstance(price, Mapping) else None,
        "quantity": obj.get("quantity"),
        "current_period_start": obj.get("current_period_start"),
        "current_period_end": obj.get("current_period_end"),
    }


def _product(obj: JSONDict, account: str) -> Row:
    return {
        "name": obj.get("name"),
        "active": _bool(obj.get("active")),
        "description": obj.get("description"),
        "default_price": ref(obj.get("default_price")),
        "type": obj.get("type"),
        "updated": obj.get("updated"),
    }


def _price(obj: JSONDict, account: str) -> Row:
    recurring = obj.get("recurring")
    return {
        "product": ref(obj.get("product")),
        "active": _bool(obj.get("active")),
        "currency": obj.get("currency"),
        "unit_amount": obj.get("unit_amount"),
        "type": obj.get("type"),
        "recurring_interval": _get(recurring, "interval"),
        "recurring_interval_count": _get(recurring, "interval_count"),
        "lookup_key": obj.get("lookup_key"),
        "nickname": obj.get("nickname"),
    }


def _invoice(obj: JSONDict, account: str) -> Row:
    subscription = ref(obj.get("subscription")) or ref(
        _get(obj, "parent", "subscription_details", "subscription")
    )
    return {
        "customer": ref(obj.get("customer")),
        "subscription": subscription,
        "status": obj.get("status"),
        "collection_method": obj.get("collection_method"),
        "currency": obj.get("currency"),
        "amount_due": obj.get("amount_due"),
        "amount_paid": obj.get("amount_paid"),
        "amount_remaining": obj.get("amount_remaining"),
        "total": obj.get("total"),
        "number": obj.get("number"),
        "due_date": obj.get("due_date"),
        "period_start": obj.get("period_start"),
        "period_end": obj.get("period_end"),
    }


def _payment_method(obj: JSONDict, account: str) -> Row:
    card = obj.get("card")
    return {
        "customer": ref(obj.get("customer")),
        "type": obj.get("type"),
        "card_brand": _get(card, "brand"),
        "card_last4": _get(card, "last4"),
        "card_exp_month": _get(card, "exp_month"),
        "card_exp_year": _get(card, "exp_year"),
        "billing_name": _get(obj, "billing_details", "name"),
        "billing_email": _get(obj, "billing_details", "email"),
    }


def _portal_configuration(obj: JSONDict, account: str) -> Row:
    return {
        "active": _bool(obj.get("active")),
        "is_default": _bool(obj.get("is_default")),
        "name": obj.get("name"),
        "application": ref(obj.get("application")),
        "updated": obj.get("updated"),
    }


def _account(obj: JSONDict, account: str) -> Row:
    name = _get(obj, "business_profile", "name") or _get(
        obj, "settings", "dashboard", "display_name"
    )
    return {
        "type": obj.get("type") or _get(obj, "controller", "type"),
        "country": obj.get("country"),
        "email": obj.get("email"),
        "business_name": name,
        "charges_enabled": _bool(obj.get("charges_enabled")),
        "payouts_enabled": _bool(obj.get("payouts_enabled")),
        "details_submitted": _bool(obj.get("details_submitted")),
        "default_currency": obj.get("default_currency"),
    }


def _event(obj: JSONDict, account: str) -> Row:
    data_object = _get(obj, "data", "object")
    return {
        "type": obj.get("type"),
        "object_type": _get(data_object, "object"),
        "object_id": ref(data_object),
        "api_version": obj.get("api_version"),
    }


@dataclass(frozen=True)
class Resource:
    """How one kind of Stripe object is stored: its table and its flattened columns."""

    object: str
    table: str
    columns: tuple[str, ...]
    flatten: Callable[[JSONDict, str], Row]

    @property
    def all_columns(self) -> tuple[str, ...]:
        """Common columns followed by the flattened ones, in insert order."""
        return COMMON_COLUMNS + self.columns


def _resource(obj: str, table: str, fn: Callable[[JSONDict, str], Row]) -> Resource:
    # The column list is read off the flattener itself, so the two cannot disagree.
    sample = fn({}, "")
    return Resource(obj, table, tuple(sample), fn)


RESOURCES: dict[str, Resource] = {
    r.object: r
    for r in (
        _resource("customer", "customers", _customer),
        _resource("subscription", "subscriptions", _subscription),
        _resource("subscription_item", "subscription_items", _subscription_item),
        _resource("product", "products", _product),
        _resource("price", "prices", _price),
        _resource("invoice", "invoices", _invoice),
        _resource("payment_method", "payment_methods", _payment_method),
        _resource("billing_portal.configuration", "portal_configurations", _portal_configuration),
        _resource("account", "accounts", _account),
        _resource("event", "events", _event),
    )
}
"""Every cached resource, keyed by the Stripe ``object`` string."""


def row(
    resource: str, obj: JSONDict, account: str = "", source_ts: int = 0, raw: str | None = None
) -> Row:
    """The complete cache row of ``obj`` (a ``resource`` object) seen at ``source_ts``.

    ``account`` is '' for the platform or the ``acct_…`` id the object belongs to. ``raw``
    is the object's JSON text when the caller already has it; otherwise it is serialised.
    """
    spec = RESOURCES[resource]
    out: Row = {
        "id": obj["id"],
        "account": account or "",
        "created": obj.get("created"),
        "livemode": _bool(obj.get("livemode")),
        "deleted": 1 if obj.get("deleted") else 0,
        "source_ts": source_ts,
        "raw": dump(obj) if raw is None else raw,
    }
    out.update(spec.flatten(obj, account or ""))
    return out
