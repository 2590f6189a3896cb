"""Subscriptions and subscription items: create, update, cancel, pause/resume, list, search.

Payment on create (``payment_behavior``):

* trials (``trial_period_days``, ``trial_end``, ``trial_from_plan``) → ``trialing`` with
  a paid zero-amount first invoice;
* ``collection_method=send_invoice`` (needs ``days_until_due``) → ``active`` with an
  ``open`` first invoice due in ``days_until_due`` days;
* ``default_incomplete`` → ``incomplete`` with an ``open`` first invoice whose
  ``confirmation_secret`` is includable (unless the amount due is 0: then ``active``);
* otherwise (``allow_incomplete``, ``error_if_incomplete``, ``pending_if_incomplete``)
  the first invoice is charged to the subscription's or the customer's default payment
  method. Stripe's declining test cards fail the charge: ``error_if_incomplete`` answers
  a 402 ``card_declined`` and creates nothing, the others leave the subscription
  ``incomplete`` with an attempted ``open`` invoice. **Sandbox simplification:** with no
  payment method at all the first invoice is treated as paid and the subscription is
  ``active``.

Updates accept ``proration_behavior`` / ``proration_date`` / ``payment_behavior`` but
never create proration invoice items. ``pause_collection`` only changes that field
(Stripe sends no ``customer.subscription.paused`` for it); the pause endpoint moves the
subscription to ``status=paused`` and resume back to ``active``.

Connect: objects created through ``Stripe-Account`` carry the platform's
``application``; through ``Stripe-Account`` the platform cannot update, cancel, pause or
resume a subscription it did not create.
"""

from __future__ import annotations

import copy
from typing import Any

from services.sandbox.app import RENDER_HOOK_OBJECT_FIELDS, RENDER_HOOKS, Request, SandboxApp, route
from services.sandbox.errors import ApiError, invalid, missing_param, no_such
from services.sandbox.resources.billing_common import (
    DAY,
    add_interval,
    application_for_new,
    check_fee_percent,
    connected_account,
    exclusive,
    guard_platform_created,
    index_note,
    indexed,
    page_of,
    ref,
)
from services.sandbox.resources.billing_coupons import new_discounts, redeem
from services.sandbox.resources.billing_invoices import (
    charge,
    emit_new_invoice,
    new_invoice_for,
    store_invoice,
)
from services.sandbox.resources.billing_payment_methods import (
    card_declined,
    charge_fails,
    default_payment_method,
)
from services.sandbox.resources.catalog import new_price
from services.sandbox.resources.common import (
    apply_update,
    created_filter,
    emit,
    fetch,
    list_page,
    merge_metadata,
    search_page,
)

SEARCH_FIELDS = {"created", "metadata", "status"}
CANCELED_ONLY = "A canceled subscription can only update its cancellation_details and metadata."
TIMESTAMP_IN_FUTURE = "Invalid timestamp: must be an integer Unix timestamp in the future."
AUTO = "auto"  # new_subscription(application=AUTO): the platform's when via Stripe-Account


# -- periods --------------------------------------------------------------------------
def current_period(anchor: int, interval: str, count: int, now: int) -> tuple[int, int]:
    """The billing period containing ``now`` for a cycle anchored at ``anchor``."""
    count = max(1, int(count or 1))
    if now < anchor:
        return anchor, add_interval(anchor, interval, count)
    if interval in ("day", "week"):
        step = count * (DAY if interval == "day" else 7 * DAY)
        k = (now - anchor) // step
        return anchor + k * step, anchor + (k + 1) * step
    months = count * (12 if interval == "year" else 1)
    k = max(0, int((now - anchor) / (30.44 * DAY)) // months - 1)
    start = add_interval(anchor, "month", k * months)
    end = add_interval(anchor, "month", (k + 1) * months)
    while end <= now:
        k += 1
        start, end = end, add_interval(anchor, "month", (k + 1) * months)
    return start, end


def recurring_of(price: dict[str, Any]) -> tuple[str, int]:
    rec = price.get("recurring") or {}
    return str(rec.get("interval") or "month"), int(rec.get("interval_count") or 1)


# -- builders -------------------------------------------------------------------------
def new_item(
    req: Request,
    subscription_id: str,
    price: dict[str, Any],
    quantity: int = 1,
    *,
    period: tuple[int, int],
    metadata: dict[str, str] | None = None,
    created: int | None = None,
) -> dict[str, Any]:
    """A subscription item dict (not stored) for ``price`` × ``quantity``."""
    return {
        "id": req.store.new_id("si"),
        "object": "subscription_item",
        "created": req.now() if created is None else created,
        "current_period_end": period[1],
        "current_period_start": period[0],
        "metadata": dict(metadata or {}),
        "price": price,
        "quantity": quantity,
        "subscription": subscription_id,
    }


def new_subscription(
    req: Request,
    customer_id: str,
    items: list[tuple[dict[str, Any], int]],
    *,
    status: str | None = None,
    created: int | None = None,
    collection_method: str = "charge_automatically",
    days_until_due: int | None = None,
    trial_end: int | None = None,
    metadata: dict[str, str] | None = None,
    item_metadata: list[dict[str, str]] | None = None,
    default_payment_method: str | None = None,
    cancel_at_period_end: bool = False,
    cancel_at: int | None = None,
    canceled_at: int | None = None,
    application: str | None = AUTO,
    application_fee_percent: float | None = None,
    transfer_data: dict[str, Any] | None = None,
    on_behalf_of: str | None = None,
    description: str | None = None,
    pause_collection: dict[str, Any] | None = None,
    billing_cycle_anchor: int | None = None,
    discounts: list[str] | None = None,
    latest_invoice: str | None = None,
) -> dict[str, Any]:
    """A subscription dict with its items (not stored, no invoice, no events).

    ``items`` pairs a stored price dict with a quantity. ``created`` (default now) is the
    start date and billing cycle anchor; the items' period is the one containing now.
    ``status`` defaults to ``trialing`` when ``trial_end`` is in the future, else
    ``active``; ``canceled`` also sets ``canceled_at``/``ended_at``.
    """
    now = req.now()
    start = now if created is None else created
    sid = req.store.new_id("sub")
    interval, count = recurring_of(items[0][0])
    trialing = trial_end is not None and trial_end > now
    if trialing:
        assert trial_end is not None
        anchor = trial_end
        period = (max(start, min(now, trial_end)), trial_end)
    elif billing_cycle_anchor is not None and billing_cycle_anchor > now:
        anchor = billing_cycle_anchor
        period = (start, billing_cycle_anchor)
    else:
        anchor = billing_cycle_anchor or start
        period = current_period(anchor, interval, count, now)
    metas = item_metadata or []
    built = [
        new_item(
            req,
            sid,
            price,
            qty,
            period=period,
            created=start,
            metadata=metas[i] if i < len(metas) else None,
        )
        for i, (price, qty) in enumerate(items)
    ]
    if status is None:
        status = "trialing" if trialing else "active"
    sub: dict[str, Any] = {
        "id": sid,
        "object": "subscription",
        "billing_cycle_anchor": anchor,
        "cancel_at_period_end": cancel_at_period_end,
        "collection_method": collection_method,
        "created": start,
        "currency": items[0][0].get("currency"),
        "customer": customer_id,
        "items": {
            "object": "list",
            "data": built,
            "has_more": False,
            "total_count": len(built),
            "url": f"/v1/subscription_items?subscription={sid}",
        },
        "latest_invoice": latest_invoice,
        "metadata": dict(metadata or {}),
        "start_date": start,
        "status": status,
    }
    optional: dict[str, Any] = {
        "application": application_for_new(req) if application == AUTO else application,
        "application_fee_percent": application_fee_percent,
        "cancel_at": period[1] if cancel_at_period_end and cancel_at is None else cancel_at,
        "days_until_due": days_until_due if collection_method == "send_invoice" else None,
        "default_payment_method": default_payment_method,
        "description": description,
        "discounts": list(discounts) if discounts else None,
        "on_behalf_of": on_behalf_of,
        "pause_collection": pause_collection,
        "transfer_data": transfer_data,
    }
    if trial_end is not None:
        optional["trial_start"] = start
        optional["trial_end"] = trial_end
    if status == "canceled":
        optional["canceled_at"] = optional["ended_at"] = canceled_at or now
    sub.update({k: v for k, v in optional.items() if v is not None})
    return sub


def register_items(req: Request, sub: dict[str, Any], owner: str | None = None) -> None:
    """Make ``sub``'s items retrievable by id (``/v1/subscription_items/{item}``)."""
    owner = req.account if owner is None else owner
    for item in sub["items"]["data"]:
        req.store.objects[item["id"]] = item
        req.store.owner[item["id"]] = owner


def store_subscription(
    req: Request,
    sub: dict[str, Any],
    invoice: dict[str, Any] | None = None,
    owner: str | None = None,
) -> dict[str, Any]:
    """Store a built subscription (+ its items and optional invoice) without events."""
    owner = req.account if owner is None else owner
    if invoice is not None:
        sub["latest_invoice"] = invoice["id"]
        store_invoice(req, invoice, owner)
    req.store.add(sub, owner)
    index_note(req.store, owner, "subscription", "customer", sub)
    register_items(req, sub, owner)
    customer = req.store.objects.get(sub["customer"])
    if customer is not None and not customer.get("deleted") and customer.get("currency") is None:
        customer["currency"] = sub.get("currency")
    return sub


def _index_items(req: Request) -> None:
    """Register the items of subscriptions stored without :func:`register_items` (seeds)."""
    done: dict[str, int] = req.store.extra.setdefault("billing_items_indexed", {})
    count = req.store.count(req.account, "subscription")
    if done.get(req.account) == count:
        return
    for sub in req.store.iter_newest(req.account, "subscription"):
        for item in sub["items"]["data"]:
            if item["id"] not in req.store.objects:
                req.store.objects[item["id"]] = item
                req.store.owner[item["id"]] = req.account
    done[req.account] = count


# -- rendering ------------------------------------------------------------------------
# Shared, never mutated: rendering copies what it keeps, response bodies only encode.
_SUBSCRIPTION_DEFAULTS: dict[str, Any] = {
    "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None},
    "billing_mode": {
        "flexible": {"proration_discounts": "included"},
        "type": "flexible",
        "updated_at": None,
    },
    "cancellation_details": {"comment": None, "feedback": None, "reason": None},
    "invoice_settings": {
        "account_tax_ids": None,
        "custom_fields": None,
        "description": None,
        "footer": None,
        "issuer": {"type": "self"},
    },
    "payment_settings": {
        "payment_method_options": None,
        "payment_method_types": None,
        "save_default_payment_method": "off",
    },
    "trial_settings": {"end_behavior": {"missing_payment_method": "create_invoice"}},
}


def _render_subscription(app: SandboxApp, sub: dict[str, Any]) -> dict[str, Any]:
    for key, value in _SUBSCRIPTION_DEFAULTS.items():
        if sub.get(key) is None:
            sub[key] = value
    if "status_details" not in sub:
        sub["status_details"] = None
    items = sub.get("items")
    if isinstance(items, dict) and items.get("url") is None:
        sub["items"] = {
            **items,
            "url": f"/v1/subscription_items?subscription={sub['id']}",
            "total_count": len(items.get("data") or []),
        }
    return sub


def plan_of(price: dict[str, Any]) -> dict[str, Any]:
    """The legacy ``plan`` view of a recurring price."""
    rec = price.get("recurring") or {}
    return {
        "id": price["id"],
        "object": "plan",
        "active": price.get("active", True),
        "amount": price.get("unit_amount"),
        "amount_decimal": price.get("unit_amount_decimal"),
        "billing_scheme": price.get("billing_scheme", "per_unit"),
        "created": price.get("created"),
        "currency": price.get("currency"),
        "interval": rec.get("interval"),
        "interval_count": rec.get("interval_count"),
        "metadata": price.get("metadata") or {},
        "meter": rec.get("meter"),
        "nickname": price.get("nickname"),
        "product": price.get("product"),
        "tiers_mode": price.get("tiers_mode"),
        "transform_usage": None,
        "trial_period_days": rec.get("trial_period_days"),
        "usage_type": rec.get("usage_type", "licensed"),
    }


def _render_item(app: SandboxApp, item: dict[str, Any]) -> dict[str, Any]:
    if item.get("deleted"):
        return item
    price = item.get("price")
    if item.get("plan") is None and isinstance(price, dict):
        item["plan"] = plan_of(price)
    for key in ("discounts", "tax_rates"):
        if item.get(key) is None:
            item[key] = []
    return item


RENDER_HOOKS["subscription"] = _render_subscription
RENDER_HOOKS["subscription_item"] = _render_item
RENDER_HOOK_OBJECT_FIELDS[_render_subscription] = ("items",)
RENDER_HOOK_OBJECT_FIELDS[_render_item] = ("plan",)


# -- parameter checks -----------------------------------------------------------------
def price_param(req: Request, spec: dict[str, Any], where: str) -> dict[str, Any]:
    exclusive(spec, "price", "price_data", "plan")
    if spec.get("price") or spec.get("plan"):
        field = "price" if spec.get("price") else "plan"
        param = f"{where}[{field}]"
        price = ref(req, spec[field], "price", param)
        if not price.get("active", True):
            raise invalid(
                "The price specified is inactive. This field only accepts active prices.",
                param=param,
            )
    elif spec.get("price_data"):
        data = spec["price_data"]
        param = f"{where}[price_data]"
        ref(req, data["product"], "product", f"{param}[product]")
        if data.get("unit_amount") is None and data.get("unit_amount_decimal") is None:
            raise missing_param(f"{param}[unit_amount]")
        price = new_price(req, {**data, "active": False})
        req.store.add(price, req.account)
    else:
        raise missing_param(f"{where}[price]")
    if price.get("type") != "recurring" or not price.get("recurring"):
        raise invalid(
            "The price specified is set to `type=one_time` but this field only "
            "accepts prices with `type=recurring`.",
            param=param,
        )
    return price


def quantity_param(spec: dict[str, Any], where: str, default: int = 1) -> int:
    qty = int(spec.get("quantity", default))
    if qty < 0:
        raise invalid(
            f"Invalid {where}[quantity]: must be greater than or equal to 0.",
            param=f"{where}[quantity]",
        )
    return qty


def check_items(items: list[dict[str, Any]], param: str = "items") -> None:
    if not items:
        raise invalid(
            "A subscription must have at least one active plan. To cancel a "
            "subscription, please use the cancel API endpoint on /v1/subscriptions.",
            param=param,
        )
    seen: set[str] = set()
    first = items[0]["price"]
    for item in items:
        price = item["price"]
        if price["id"] in seen:
            raise invalid(
                f"Cannot add multiple subscription items with the same price: {price['id']}",
                param=param,
            )
        seen.add(price["id"])
        for field, value in (
            ("currency", price.get("currency")),
            ("interval", recurring_of(price)),
        ):
            ref_value = first.get("currency") if field == "currency" else recurring_of(first)
            if value != ref_value:
                raise invalid(
                    "Currency and interval fields must match across all plans on "
                    f"this subscription. Found mismatch in {field} field.",
                    param=param,
                )


def _payment_method(
    req: Request, pmid: str, customer_id: str, param: str = "default_payment_method"
) -> str:
    pm = req.store.get(pmid, req.account)
    if pm is None or pm.get("object") != "payment_method" or pm.get("customer") != customer_id:
        raise invalid(
            f"The customer does not have a payment method with the ID {pmid}. The "
            "payment method must be attached to the customer.",
            param=param,
        )
    return pmid


def _connect(req: Request, p: dict[str, Any], sub: dict[str, Any] | None) -> dict[str, Any]:
    """Validated Connect fields among ``p``: transfer_data, fee percent, on_behalf_of."""
    out: dict[str, Any] = {}
    if "transfer_data" in p:
        td = p["transfer_data"]
        if td:
            if req.account:
                raise invalid(
                    "You cannot use `transfer_data` when making a request on behalf "
                    "of a connected account (with the Stripe-Account header).",
                    param="transfer_data[destination]",
                )
            connected_account(req, td["destination"], "transfer_data[destination]")
            pct = td.get("amount_percent")
            if pct is not None and not 0 <= float(pct) <= 100:
                raise invalid(
                    "This value must be greater than or equal to 0 and less than "
                    f"or equal to 100 (it currently is '{pct}').",
                    param="transfer_data[amount_percent]",
                )
            out["transfer_data"] = {
                "amount_percent": None if pct is None else float(pct),
                "destination": td["destination"],
            }
        else:
            out["transfer_data"] = None
    has_destination = (
        bool(out["transfer_data"])
        if "transfer_data" in out
        else bool(sub and sub.get("transfer_data"))
    )
    if "application_fee_percent" in p:
        out["application_fee_percent"] = check_fee_percent(
            req, p["application_fee_percent"], has_destination
        )
    if "on_behalf_of" in p:
        obo = p["on_behalf_of"]
        if obo:
            if req.account:
                raise invalid(
                    "You cannot use `on_behalf_of` when making a request on behalf "
                    "of a connected account (with the Stripe-Account header).",
                    param="on_behalf_of",
                )
            connected_account(req, obo, "on_behalf_of")
        out["on_behalf_of"] = obo or None
    return out


def _collection(method: str, days: Any) -> None:
    if method == "send_invoice" and days is None:
        raise missing_param("days_until_due")
    if method != "send_invoice" and days is not None:
        raise invalid(
            "`days_until_due` can only be set when `collection_method` is `send_invoice`.",
            param="days_until_due",
        )


def _trial_end(req: Request, p: dict[str, Any], prices: list[dict[str, Any]]) -> int | None:
    exclusive(p, "trial_end", "trial_period_days")
    now = req.now()
    if p.get("trial_end") == "now":
        return None
    if p.get("trial_end") is not None:
        end = int(p["trial_end"])
        if end <= now:
            raise invalid(TIMESTAMP_IN_FUTURE, param="trial_end")
        return end
    days = p.get("trial_period_days")
    if days is None and p.get("trial_from_plan"):
        days = (prices[0].get("recurring") or {}).get("trial_period_days")
    if days is not None:
        if int(days) < 0:
            raise invalid(
                "Invalid trial_period_days: must be greater than or equal to 0.",
                param="trial_period_days",
            )
        return now + int(days) * DAY if int(days) > 0 else None
    return None


def _settings(p: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """Stored forms of automatic_tax, trial_settings, invoice_settings, payment_settings."""
    out: dict[str, Any] = {}
    if "automatic_tax" in p:
        enabled = bool(p["automatic_tax"]["enabled"])
        liability = p["automatic_tax"].get("liability")
        out["automatic_tax"] = {
            "disabled_reason": None,
            "enabled": enabled,
            "liability": dict(liability) if liability else ({"type": "self"} if enabled else None),
        }
    if p.get("trial_settings"):
        behavior = p["trial_settings"]["end_behavior"]["missing_payment_method"]
        out["trial_settings"] = {"end_behavior": {"missing_payment_method": behavior}}
    if p.get("invoice_settings"):
        given = p["invoice_settings"]
        settings = dict(
            current.get("invoice_settings") or {"account_tax_ids": None, "issuer": {"type": "self"}}
        )
        for key in ("description", "footer", "account_tax_ids"):
            if key in given:
                settings[key] = given[key] or None
        if given.get("issuer"):
            settings["issuer"] = dict(given["issuer"])
        out["invoice_settings"] = settings
    if p.get("payment_settings"):
        given = p["payment_settings"]
        settings = dict(
            current.get("payment_settings")
            or {
                "payment_method_options": None,
                "payment_method_types": None,
                "save_default_payment_method": "off",
            }
        )
        for key in ("payment_method_types", "save_default_payment_method"):
            if key in given:
                settings[key] = given[key] or None
        out["payment_settings"] = settings
    return out


def _get(req: Request, sid: str) -> dict[str, Any]:
    return fetch(req, sid, "subscription")


# -- create ---------------------------------------------------------------------------
@route("post", "/v1/subscriptions")
def create(req: Request) -> dict[str, Any]:
    p = req.params
    if not p.get("customer"):
        raise missing_param("customer")
    customer = ref(req, p["customer"], "customer", "customer")
    specs = p.get("items") or []
    if not specs:
        raise missing_param("items")
    prices = [price_param(req, spec, f"items[{i}]") for i, spec in enumerate(specs)]
    quantities = [quantity_param(spec, f"items[{i}]") for i, spec in enumerate(specs)]
    check_items([{"price": pr} for pr in prices])
    method = p.get("collection_method", "charge_automatically")
    _collection(method, p.get("days_until_due"))
    connect = _connect(req, p, None)
    pmid = None
    if p.get("default_payment_method"):
        pmid = _payment_method(req, p["default_payment_method"], customer["id"])
    trial_end = _trial_end(req, p, prices)
    behavior = p.get("payment_behavior", "allow_incomplete")
    sub = new_subscription(
        req,
        customer["id"],
        list(zip(prices, quantities, strict=True)),
        collection_method=method,
        days_until_due=p.get("days_until_due"),
        trial_end=trial_end,
        metadata=merge_metadata({}, p.get("metadata")),
        item_metadata=[merge_metadata({}, s.get("metadata")) for s in specs],
        default_payment_method=pmid,
        cancel_at_period_end=bool(p.get("cancel_at_period_end")),
        cancel_at=p.get("cancel_at") if isinstance(p.get("cancel_at"), int) else None,
        application_fee_percent=connect.get("application_fee_percent"),
        transfer_data=connect.get("transfer_data"),
        on_behalf_of=connect.get("on_behalf_of"),
        description=p.get("description"),
        billing_cycle_anchor=p.get("billing_cycle_anchor"),
    )
    sub.update(_settings(p, sub))
    backdate = p.get("backdate_start_date")
    if backdate is not None:
        if int(backdate) >= req.now():
            raise invalid("`backdate_start_date` must be in the past.", param="backdate_start_date")
        sub["start_date"] = int(backdate)
    discounts = new_discounts(
        req, p.get("discounts"), customer=customer["id"], subscription=sub["id"]
    )
    pm = default_payment_method(req, sub, customer)
    charging = (
        sub["status"] != "trialing"
        and method == "charge_automatically"
        and behavior != "default_incomplete"
    )
    if (
        charging
        and behavior == "error_if_incomplete"
        and charge_fails(pm)
        and sum(
            int(pr.get("unit_amount") or 0) * q for pr, q in zip(prices, quantities, strict=True)
        )
        > 0
    ):
        raise card_declined()
    if discounts:
        sub["discounts"] = redeem(req, discounts)
    return start_subscription(req, sub, customer, behavior)


def start_subscription(
    req: Request, sub: dict[str, Any], customer: dict[str, Any], behavior: str = "allow_incomplete"
) -> dict[str, Any]:
    """Invoice and collect a built subscription's first period, store it, emit events."""
    method = sub.get("collection_method")
    if sub["status"] == "trialing" or method == "send_invoice":
        invoice = new_invoice_for(req, sub)
    else:
        invoice = new_invoice_for(req, sub, status="open")
        pm = default_payment_method(req, sub, customer)
        if behavior == "default_incomplete":
            if not charge(req, invoice, None):
                sub["status"] = "incomplete"
        elif pm is None:
            if not charge(req, invoice, None):
                _paid_without_method(req, invoice)
        elif not charge(req, invoice, pm):
            sub["status"] = "incomplete"
    store_subscription(req, sub, invoice)
    emit(req, "customer.subscription.created", sub)
    emit_new_invoice(req, invoice)
    if sub["status"] == "trialing" and int(sub["trial_end"]) - req.now() <= 3 * DAY:
        emit(req, "customer.subscription.trial_will_end", sub)
    return sub


def _paid_without_method(req: Request, invoice: dict[str, Any]) -> None:
    """Documented sandbox simplification: with no payment method at all, a charge succeeds."""
    invoice["status"] = "paid"
    invoice["amount_paid"], invoice["amount_remaining"] = invoice["amount_due"], 0
    invoice["status_transitions"] = {**invoice["status_transitions"], "paid_at": req.now()}


# -- update ---------------------------------------------------------------------------
def _apply_items(
    req: Request, sub: dict[str, Any], specs: list[dict[str, Any]], param: str = "items"
) -> tuple[list[dict[str, Any]], list[str]]:
    """The subscription's new item list after ``specs``, and the ids removed."""
    current: list[dict[str, Any] | None] = list(sub["items"]["data"])
    by_id = {item["id"]: n for n, item in enumerate(sub["items"]["data"])}
    period = (
        sub["items"]["data"][0]["current_period_start"],
        sub["items"]["data"][0]["current_period_end"],
    )
    removed: list[str] = []
    for n, spec in enumerate(specs):
        where = f"{param}[{n}]"
        if spec.get("id"):
            pos = by_id.get(spec["id"])
            if pos is None or current[pos] is None:
                raise ApiError(
                    400,
                    f"No such subscription item: '{spec['id']}'",
                    param=f"{where}[id]",
                    code="resource_missing",
                )
            old = current[pos]
            assert old is not None
            if spec.get("deleted"):
                current[pos] = None
                removed.append(old["id"])
                continue
            new = dict(old)
            if spec.get("price") or spec.get("price_data") or spec.get("plan"):
                new["price"] = price_param(req, spec, where)
                new.pop("plan", None)
            if "quantity" in spec:
                new["quantity"] = quantity_param(spec, where)
            if "metadata" in spec:
                new["metadata"] = merge_metadata(old.get("metadata"), spec["metadata"])
            current[pos] = new
        else:
            if spec.get("deleted"):
                raise missing_param(f"{where}[id]")
            current.append(
                new_item(
                    req,
                    sub["id"],
                    price_param(req, spec, where),
                    quantity_param(spec, where),
                    period=period,
                    metadata=merge_metadata({}, spec.get("metadata")),
                )
            )
    items = [i for i in current if i is not None]
    check_items(items, param)
    return items, removed


def _items_change(sub: dict[str, Any], items: list[dict[str, Any]]) -> dict[str, Any]:
    return {**sub["items"], "data": items, "total_count": len(items)}


def _commit_items(req: Request, sub: dict[str, Any], removed: list[str]) -> None:
    register_items(req, sub)
    for sid in removed:
        req.store.objects[sid] = {"id": sid, "object": "subscription_item", "deleted": True}


def _writable(req: Request, sub: dict[str, Any], allowed: set[str] | None = None) -> None:
    guard_platform_created(req, sub)
    if sub.get("status") in ("canceled", "incomplete_expired"):
        extra = set(req.params) - (allowed if allowed is not None else set())
        if extra:
            raise invalid(CANCELED_ONLY)


def _pause_collection(req: Request, value: Any) -> dict[str, Any] | None:
    if not value:
        return None
    resumes_at = value.get("resumes_at")
    if resumes_at is not None and int(resumes_at) <= req.now():
        raise invalid(TIMESTAMP_IN_FUTURE, param="pause_collection[resumes_at]")
    return {
        "behavior": value["behavior"],
        "resumes_at": None if resumes_at is None else int(resumes_at),
    }


@route("post", "/v1/subscriptions/{subscription_exposed_id}")
def update(req: Request, sid: str) -> dict[str, Any]:
    sub = _get(req, sid)
    _writable(req, sub, {"metadata", "cancellation_details"})
    p = req.params
    now = req.now()
    changes: dict[str, Any] = {}
    for key in ("metadata", "cancel_at_period_end"):
        if key in p:
            changes[key] = p[key]
    if "description" in p:
        changes["description"] = p["description"] or None
    if "cancellation_details" in p:
        details = dict(
            sub.get("cancellation_details") or {"comment": None, "feedback": None, "reason": None}
        )
        details.update({k: (v or None) for k, v in p["cancellation_details"].items()})
        changes["cancellation_details"] = details
    period_end = sub["items"]["data"][0]["current_period_end"]
    if p.get("cancel_at_period_end") is True:
        changes["cancel_at"] = period_end
    elif p.get("cancel_at_period_end") is False and sub.get("cancel_at") == period_end:
        changes["cancel_at"] = None
    if "cancel_at" in p:
        value = p["cancel_at"]
        if value == "":
            changes["cancel_at"] = None
        elif isinstance(value, int):
            if value <= now:
                raise invalid(TIMESTAMP_IN_FUTURE, param="cancel_at")
            changes["cancel_at"] = value
        else:
            changes["cancel_at"] = period_end
    method = str(p.get("collection_method", sub.get("collection_method")))
    if "collection_method" in p or "days_until_due" in p:
        days = p.get(
            "days_until_due", sub.get("days_until_due") if method == "send_invoice" else None
        )
        _collection(method, days)
        changes["collection_method"] = method
        changes["days_until_due"] = days
    if p.get("default_payment_method"):
        changes["default_payment_method"] = _payment_method(
            req, p["default_payment_method"], sub["customer"]
        )
    if "pause_collection" in p:
        changes["pause_collection"] = _pause_collection(req, p["pause_collection"])
    changes.update(_connect(req, p, sub))
    changes.update(_settings(p, sub))
    removed: list[str] = []
    if p.get("items"):
        items, removed = _apply_items(req, sub, p["items"])
        changes["items"] = _items_change(sub, items)
    if "discounts" in p:
        found = new_discounts(
            req, p["discounts"] or [], customer=sub["customer"], subscription=sub["id"]
        )
        changes["discounts"] = redeem(req, found)
    end_trial = False
    if "trial_end" in p:
        value = p["trial_end"]
        if value == "now":
            if sub.get("status") == "trialing":
                end_trial = True
                changes["trial_end"] = now
                changes["status"] = "active"
        else:
            if int(value) <= now:
                raise invalid(TIMESTAMP_IN_FUTURE, param="trial_end")
            changes["trial_end"] = int(value)
            if sub.get("status") == "active":
                changes["status"] = "trialing"
                changes["trial_start"] = now
    if end_trial:
        interval, count = recurring_of(sub["items"]["data"][0]["price"])
        end = add_interval(now, interval, count)
        source = changes.get("items", sub["items"])["data"]
        changes["items"] = _items_change(
            sub, [{**i, "current_period_start": now, "current_period_end": end} for i in source]
        )
        changes["billing_cycle_anchor"] = now
    apply_update(req, sub, changes, "customer.subscription.updated")
    if "items" in changes:
        _commit_items(req, sub, removed)
    if end_trial:
        _cycle_invoice(req, sub, "subscription_update")
    return sub


def _cycle_invoice(req: Request, sub: dict[str, Any], reason: str) -> dict[str, Any]:
    """Invoice and collect a new period (trial ended, resumed); emits the events."""
    customer = req.store.get(sub["customer"], req.account)
    invoice = new_invoice_for(req, sub, status="open", billing_reason=reason)
    if sub.get("collection_method") == "charge_automatically":
        pm = default_payment_method(req, sub, customer)
        if not charge(req, invoice, pm) and pm is None:
            _paid_without_method(req, invoice)
    store_invoice(req, invoice)
    previous = {"latest_invoice": sub.get("latest_invoice")}
    status = sub.get("status")
    sub["latest_invoice"] = invoice["id"]
    if invoice.get("attempted") and invoice["status"] != "paid" and status == "active":
        sub["status"] = "past_due"
        previous["status"] = status
    emit_new_invoice(req, invoice)
    emit(req, "customer.subscription.updated", sub, previous)
    return invoice


# -- cancel, pause, resume ------------------------------------------------------------
@route("delete", "/v1/subscriptions/{subscription_exposed_id}")
def cancel(req: Request, sid: str) -> dict[str, Any]:
    sub = _get(req, sid)
    guard_platform_created(req, sub)
    if sub.get("status") in ("canceled", "incomplete_expired"):
        raise no_such("subscription", sid)
    now = req.now()
    details = {"comment": None, "feedback": None, "reason": "cancellation_requested"}
    given = req.params.get("cancellation_details") or {}
    details.update({k: (v or None) for k, v in given.items()})
    sub.update(
        {
            "status": "canceled",
            "canceled_at": now,
            "ended_at": now,
            "cancellation_details": details,
            "pause_collection": None,
        }
    )
    sub.pop("status_details", None)
    schedule = req.store.get(str(sub.get("schedule") or ""), req.account)
    if schedule is not None and schedule.get("status") in ("active", "not_started"):
        apply_update(req, schedule, {"status": "canceled", "canceled_at": now}, None)
        emit(req, "subscription_schedule.canceled", schedule)
    emit(req, "customer.subscription.deleted", sub)
    return sub


@route("post", "/v1/subscriptions/{subscription}/pause")
def pause(req: Request, sid: str) -> dict[str, Any]:
    sub = _get(req, sid)
    guard_platform_created(req, sub)
    status = sub.get("status")
    if status == "paused":
        raise invalid("This subscription is already paused.")
    if status not in ("active", "trialing", "past_due", "unpaid"):
        raise invalid(f"You cannot pause a subscription whose status is `{status}`.")
    if sub.get("schedule"):
        raise invalid("Cannot pause subscriptions with attached schedules.")
    now = req.now()
    details = {
        "paused": {
            "subscription": {"type": "pause_requested"},
            "transitioned_at": now,
            "type": "subscription",
        }
    }
    apply_update(
        req, sub, {"status": "paused", "status_details": details}, "customer.subscription.updated"
    )
    emit(req, "customer.subscription.paused", sub, {"status": status})
    return sub


@route("post", "/v1/subscriptions/{subscription}/resume")
def resume(req: Request, sid: str) -> dict[str, Any]:
    sub = _get(req, sid)
    guard_platform_created(req, sub)
    if sub.get("status") != "paused":
        raise invalid(
            "Only subscriptions with `status=paused` can be resumed; this "
            f"subscription's status is `{sub.get('status')}`."
        )
    if sub.get("collection_method") != "charge_automatically":
        raise invalid(
            "Resume is only available for subscriptions that use charge_automatically collection."
        )
    p = req.params
    anchor = (p.get("billing_cycle_anchor") or {}).get("type", "now")
    behavior = p.get("payment_behavior", "resume_on_payment_attempt")
    now = req.now()
    if anchor == "unchanged":
        apply_update(
            req, sub, {"status": "active", "status_details": None}, "customer.subscription.updated"
        )
        emit(req, "customer.subscription.resumed", sub, {"status": "paused"})
        return sub
    interval, count = recurring_of(sub["items"]["data"][0]["price"])
    end = add_interval(now, interval, count)
    items = [
        {**i, "current_period_start": now, "current_period_end": end} for i in sub["items"]["data"]
    ]
    resumed = {**sub, "items": _items_change(sub, items), "status": "active"}
    customer = req.store.get(sub["customer"], req.account)
    invoice = new_invoice_for(req, resumed, status="open", billing_reason="subscription_update")
    pm = default_payment_method(req, sub, customer)
    paid = charge(req, invoice, pm) or pm is None
    if pm is None and invoice["status"] != "paid":
        _paid_without_method(req, invoice)
    store_invoice(req, invoice)
    emit_new_invoice(req, invoice)
    if not paid and behavior == "resume_on_payment_success":
        apply_update(req, sub, {"latest_invoice": invoice["id"]}, "customer.subscription.updated")
        return sub
    apply_update(
        req,
        sub,
        {
            "status": "active" if paid else "past_due",
            "status_details": None,
            "items": _items_change(sub, items),
            "billing_cycle_anchor": now,
            "latest_invoice": invoice["id"],
        },
        "customer.subscription.updated",
    )
    register_items(req, sub)
    emit(req, "customer.subscription.resumed", sub, {"status": "paused"})
    return sub


# -- list and search ------------------------------------------------------------------
def _range_ok(value: int, bounds: dict[str, int] | None) -> bool:
    if not bounds:
        return True
    return not (
        ("gt" in bounds and not value > bounds["gt"])
        or ("gte" in bounds and not value >= bounds["gte"])
        or ("lt" in bounds and not value < bounds["lt"])
        or ("lte" in bounds and not value <= bounds["lte"])
    )


@route("get", "/v1/subscriptions")
def list_(req: Request) -> dict[str, Any]:
    p = req.params
    status = p.get("status")
    price = p.get("price") or p.get("plan")
    end_bounds = created_filter(p.get("current_period_end"))
    start_bounds = created_filter(p.get("current_period_start"))
    tax = (p.get("automatic_tax") or {}).get("enabled")

    def where(o: dict[str, Any]) -> bool:
        st = o.get("status")
        if status is None:
            if st == "canceled":
                return False
        elif status == "ended":
            if st not in ("canceled", "incomplete_expired"):
                return False
        elif status != "all" and st != status:
            return False
        if "collection_method" in p and o.get("collection_method") != p["collection_method"]:
            return False
        items = o["items"]["data"]
        if price and not any(i["price"]["id"] == price for i in items):
            return False
        if tax is not None and bool((o.get("automatic_tax") or {}).get("enabled")) != tax:
            return False
        return not items or (
            _range_ok(int(items[0]["current_period_end"]), end_bounds)
            and _range_ok(int(items[0]["current_period_start"]), start_bounds)
        )

    if p.get("customer"):
        objs = indexed(req.store, req.account, "subscription", "customer", p["customer"])
        return page_of(req, objs, "/v1/subscriptions", "subscription", where=where)
    return list_page(req, "subscription", "/v1/subscriptions", where=where)


@route("get", "/v1/subscriptions/search")
def search(req: Request) -> dict[str, Any]:
    return search_page(req, "subscription", "/v1/subscriptions/search", SEARCH_FIELDS)


@route("get", "/v1/subscriptions/{subscription_exposed_id}")
def retrieve(req: Request, sid: str) -> dict[str, Any]:
    return _get(req, sid)


# -- subscription items ---------------------------------------------------------------
def _item(req: Request, si: str) -> tuple[dict[str, Any], dict[str, Any]]:
    obj = req.store.get(si, req.account)
    if obj is None:
        _index_items(req)
        obj = req.store.get(si, req.account)
    if obj is None or obj.get("object") != "subscription_item" or obj.get("deleted"):
        raise no_such("subscription item", si, "item")
    sub = req.store.objects[obj["subscription"]]
    return obj, sub


def _item_flags(req: Request) -> None:
    for key in (
        "proration_behavior",
        "proration_date",
        "payment_behavior",
        "off_session",
        "clear_usage",
    ):
        req.params.pop(key, None)


@route("get", "/v1/subscription_items")
def list_items(req: Request) -> dict[str, Any]:
    sid = req.params["subscription"]
    sub = ref(req, sid, "subscription", "subscription")
    return page_of(req, sub["items"]["data"], "/v1/subscription_items", "subscription_item")


@route("post", "/v1/subscription_items")
def create_item(req: Request) -> dict[str, Any]:
    _item_flags(req)
    p = dict(req.params)
    sub = ref(req, p.pop("subscription"), "subscription", "subscription")
    _writable(req, sub)
    spec: dict[str, Any] = {
        k: p[k] for k in ("price", "price_data", "plan", "quantity", "metadata") if k in p
    }
    items, _ = _apply_items(req, sub, [spec], param="price")
    apply_update(req, sub, {"items": _items_change(sub, items)}, "customer.subscription.updated")
    _commit_items(req, sub, [])
    return items[-1]


@route("get", "/v1/subscription_items/{item}")
def retrieve_item(req: Request, si: str) -> dict[str, Any]:
    return _item(req, si)[0]


@route("post", "/v1/subscription_items/{item}")
def update_item(req: Request, si: str) -> dict[str, Any]:
    _item_flags(req)
    item, sub = _item(req, si)
    _writable(req, sub)
    spec: dict[str, Any] = {"id": si}
    spec.update(
        {
            k: req.params[k]
            for k in ("price", "price_data", "plan", "quantity", "metadata")
            if k in req.params
        }
    )
    if "metadata" in spec and spec["metadata"] == "":
        spec["metadata"] = {k: "" for k in item.get("metadata") or {}}
    items, _ = _apply_items(req, sub, [spec], param="item")
    apply_update(req, sub, {"items": _items_change(sub, items)}, "customer.subscription.updated")
    _commit_items(req, sub, [])
    return next(i for i in items if i["id"] == si)


@route("delete", "/v1/subscription_items/{item}")
def delete_item(req: Request, si: str) -> dict[str, Any]:
    _item_flags(req)
    _, sub = _item(req, si)
    _writable(req, sub)
    items, removed = _apply_items(req, sub, [{"id": si, "deleted": True}], param="item")
    apply_update(req, sub, {"items": _items_change(sub, items)}, "customer.subscription.updated")
    _commit_items(req, sub, removed)
    return {"id": si, "object": "subscription_item", "deleted": True}


def snapshot_items(sub: dict[str, Any]) -> list[dict[str, Any]]:
    """A deep copy of the items (for schedules' phases)."""
    return copy.deepcopy(sub["items"]["data"])
