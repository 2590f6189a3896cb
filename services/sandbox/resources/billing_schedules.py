"""Subscription schedules: create (from a subscription or customer + phases), release, cancel.

Enough of the schedule model to attach one to a subscription (``subscription.schedule``)
and take it off again: phases are recorded as given but the sandbox does not advance a
schedule through them over time. A schedule created for a customer whose first phase
starts now creates its subscription at once (collected like ``POST /v1/subscriptions``);
one starting later is ``not_started``. Releasing detaches the subscription (it goes on
as is); canceling also cancels the subscription.
"""

from __future__ import annotations

from typing import Any

from services.sandbox.app import Request, route
from services.sandbox.errors import invalid, missing_param
from services.sandbox.resources.billing_common import (
    add_interval,
    application_for_new,
    exclusive,
    guard_platform_created,
    index_note,
    indexed,
    page_of,
    ref,
)
from services.sandbox.resources.billing_subscriptions import (
    check_items,
    new_subscription,
    price_param,
    quantity_param,
    recurring_of,
    start_subscription,
)
from services.sandbox.resources.common import (
    apply_update,
    emit,
    fetch,
    list_page,
    merge_metadata,
)

NOT_CREATED_BY_PLATFORM = (
    "This subscription schedule was not created by your platform, so your platform cannot "
    "update or cancel it."
)


def new_phase(
    start: int,
    end: int,
    items: list[tuple[str, int, dict[str, str]]],
    currency: str | None,
    spec: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A schedule phase dict: ``items`` are (price id, quantity, metadata)."""
    spec = spec or {}
    return {
        "add_invoice_items": [],
        "application_fee_percent": spec.get("application_fee_percent"),
        "automatic_tax": None,
        "billing_cycle_anchor": None,
        "billing_thresholds": None,
        "collection_method": spec.get("collection_method"),
        "currency": currency,
        "default_payment_method": spec.get("default_payment_method"),
        "default_tax_rates": [],
        "description": spec.get("description"),
        "discounts": [],
        "end_date": end,
        "invoice_settings": None,
        "items": [
            {
                "billing_thresholds": None,
                "discounts": [],
                "metadata": meta,
                "plan": pid,
                "price": pid,
                "quantity": qty,
                "tax_rates": [],
            }
            for pid, qty, meta in items
        ],
        "metadata": dict(spec.get("metadata") or {}),
        "on_behalf_of": spec.get("on_behalf_of"),
        "proration_behavior": spec.get("proration_behavior", "create_prorations"),
        "start_date": start,
        "transfer_data": None,
        "trial_end": spec.get("trial_end"),
    }


_phase = new_phase  # kept for callers that imported the earlier private name


def _default_settings(sub: dict[str, Any] | None = None) -> dict[str, Any]:
    sub = sub or {}
    return {
        "application_fee_percent": sub.get("application_fee_percent"),
        "automatic_tax": {"disabled_reason": None, "enabled": False, "liability": None},
        "billing_cycle_anchor": "automatic",
        "billing_thresholds": None,
        "collection_method": sub.get("collection_method", "charge_automatically"),
        "default_payment_method": sub.get("default_payment_method"),
        "description": sub.get("description"),
        "invoice_settings": {
            "account_tax_ids": None,
            "custom_fields": None,
            "days_until_due": sub.get("days_until_due"),
            "description": None,
            "footer": None,
            "issuer": {"type": "self"},
        },
        "on_behalf_of": sub.get("on_behalf_of"),
        "transfer_data": sub.get("transfer_data"),
    }


def new_schedule(
    req: Request,
    customer_id: str,
    phases: list[dict[str, Any]],
    *,
    subscription: str | None,
    status: str,
    end_behavior: str = "release",
    metadata: dict[str, str] | None = None,
    default_settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A subscription schedule dict (not stored)."""
    first = phases[0] if phases else {"start_date": req.now(), "end_date": None}
    return {
        "id": req.store.new_id("sub_sched"),
        "object": "subscription_schedule",
        "application": application_for_new(req),
        "billing_mode": {
            "flexible": {"proration_discounts": "included"},
            "type": "flexible",
            "updated_at": None,
        },
        "canceled_at": None,
        "completed_at": None,
        "created": req.now(),
        "current_phase": None
        if status == "not_started"
        else {"end_date": first["end_date"], "start_date": first["start_date"]},
        "customer": customer_id,
        "default_settings": default_settings or _default_settings(),
        "end_behavior": end_behavior,
        "metadata": dict(metadata or {}),
        "phases": phases,
        "released_at": None,
        "released_subscription": None,
        "status": status,
        "subscription": subscription,
    }


def _store(req: Request, schedule: dict[str, Any]) -> dict[str, Any]:
    req.store.add(schedule, req.account)
    index_note(req.store, req.account, "subscription_schedule", "customer", schedule)
    return schedule


def _from_subscription(req: Request, sid: str) -> dict[str, Any]:
    sub = ref(req, sid, "subscription", "from_subscription")
    guard_platform_created(req, sub)
    if sub.get("status") in ("canceled", "incomplete_expired"):
        raise invalid(
            "You cannot migrate a canceled subscription to a subscription schedule.",
            param="from_subscription",
        )
    if sub.get("schedule"):
        raise invalid(
            "You cannot migrate a subscription that is already attached to a "
            f"schedule: `{sub['schedule']}`.",
            param="from_subscription",
        )
    items = sub["items"]["data"]
    phase = new_phase(
        items[0]["current_period_start"],
        items[0]["current_period_end"],
        [
            (i["price"]["id"], int(i.get("quantity") or 1), dict(i.get("metadata") or {}))
            for i in items
        ],
        sub.get("currency"),
    )
    schedule = new_schedule(
        req,
        sub["customer"],
        [phase],
        subscription=sub["id"],
        status="active",
        default_settings=_default_settings(sub),
        metadata=merge_metadata({}, req.params.get("metadata")),
        end_behavior=req.params.get("end_behavior", "release"),
    )
    _store(req, schedule)
    emit(req, "subscription_schedule.created", schedule)
    apply_update(req, sub, {"schedule": schedule["id"]}, "customer.subscription.updated")
    return schedule


def _from_phases(req: Request) -> dict[str, Any]:
    p = req.params
    customer = ref(req, p["customer"], "customer", "customer")
    specs = p.get("phases") or []
    if not specs:
        raise missing_param("phases")
    now = req.now()
    start = p.get("start_date", "now")
    start = now if start == "now" else int(start)
    phases: list[dict[str, Any]] = []
    first_prices: list[tuple[dict[str, Any], int]] = []
    cursor = start
    for n, spec in enumerate(specs):
        where = f"phases[{n}]"
        if not spec.get("items"):
            raise missing_param(f"{where}[items]")
        prices = [
            price_param(req, item, f"{where}[items][{k}]") for k, item in enumerate(spec["items"])
        ]
        qtys = [
            quantity_param(item, f"{where}[items][{k}]") for k, item in enumerate(spec["items"])
        ]
        check_items([{"price": pr} for pr in prices], f"{where}[items]")
        exclusive(spec, "end_date", "duration")
        if spec.get("end_date") is not None:
            end = int(spec["end_date"])
            if end <= cursor:
                raise invalid(
                    "The end date of a phase must be after its start date.",
                    param=f"{where}[end_date]",
                )
        elif spec.get("duration"):
            d = spec["duration"]
            end = add_interval(cursor, d["interval"], int(d.get("interval_count", 1)))
        else:
            interval, count = recurring_of(prices[0])
            end = add_interval(cursor, interval, count)
        meta = [dict(item.get("metadata") or {}) for item in spec["items"]]
        phases.append(
            new_phase(
                cursor,
                end,
                [(pr["id"], q, m) for pr, q, m in zip(prices, qtys, meta, strict=True)],
                prices[0].get("currency"),
                spec,
            )
        )
        if n == 0:
            first_prices = list(zip(prices, qtys, strict=True))
        cursor = end
    started = start <= now
    schedule = new_schedule(
        req,
        customer["id"],
        phases,
        subscription=None,
        status="active" if started else "not_started",
        metadata=merge_metadata({}, p.get("metadata")),
        end_behavior=p.get("end_behavior", "release"),
    )
    _store(req, schedule)
    emit(req, "subscription_schedule.created", schedule)
    if started:
        first = specs[0]
        sub = new_subscription(
            req,
            customer["id"],
            first_prices,
            created=start,
            billing_cycle_anchor=None,
            collection_method=first.get("collection_method", "charge_automatically"),
            days_until_due=(first.get("invoice_settings") or {}).get("days_until_due"),
            metadata=dict(first.get("metadata") or {}),
        )
        if sub.get("collection_method") == "send_invoice" and sub.get("days_until_due") is None:
            sub["days_until_due"] = 30
        sub["schedule"] = schedule["id"]
        start_subscription(req, sub, customer)
        apply_update(req, schedule, {"subscription": sub["id"]}, None)
    return schedule


@route("post", "/v1/subscription_schedules")
def create(req: Request) -> dict[str, Any]:
    p = req.params
    exclusive(p, "customer", "from_subscription")
    if p.get("from_subscription"):
        if p.get("phases"):
            raise invalid("You cannot set `phases` if `from_subscription` is set.", param="phases")
        return _from_subscription(req, p["from_subscription"])
    if not p.get("customer"):
        raise missing_param("customer")
    return _from_phases(req)


def _get(req: Request, sid: str) -> dict[str, Any]:
    return fetch(req, sid, "subscription_schedule", param="schedule")


def _changeable(req: Request, schedule: dict[str, Any], verb: str) -> None:
    guard_platform_created(req, schedule, NOT_CREATED_BY_PLATFORM)
    if schedule["status"] not in ("not_started", "active"):
        raise invalid(
            f"You cannot {verb} a subscription schedule that is currently in the "
            f"`{schedule['status']}` status. It must be in `not_started`, `active` "
            f"status to be {verb}d."
        )


@route("get", "/v1/subscription_schedules/{schedule}")
def retrieve(req: Request, sid: str) -> dict[str, Any]:
    return _get(req, sid)


@route("post", "/v1/subscription_schedules/{schedule}")
def update(req: Request, sid: str) -> dict[str, Any]:
    schedule = _get(req, sid)
    _changeable(req, schedule, "update")
    p = req.params
    changes: dict[str, Any] = {k: p[k] for k in ("metadata", "end_behavior") if k in p}
    if "default_settings" in p:
        settings = dict(schedule.get("default_settings") or _default_settings())
        for key in ("collection_method", "description", "default_payment_method"):
            if key in p["default_settings"]:
                settings[key] = p["default_settings"][key] or None
        changes["default_settings"] = settings
    return apply_update(req, schedule, changes, "subscription_schedule.updated")


@route("post", "/v1/subscription_schedules/{schedule}/release")
def release(req: Request, sid: str) -> dict[str, Any]:
    schedule = _get(req, sid)
    _changeable(req, schedule, "release")
    sub_id = schedule.get("subscription")
    previous = {
        "status": schedule["status"],
        "released_at": None,
        "released_subscription": None,
        "subscription": sub_id,
    }
    schedule.update(
        {
            "status": "released",
            "released_at": req.now(),
            "released_subscription": sub_id,
            "subscription": None,
            "current_phase": None,
        }
    )
    emit(req, "subscription_schedule.released", schedule, previous)
    sub = req.store.get(str(sub_id or ""), req.account)
    if sub is not None and sub.get("schedule") == sid:
        apply_update(req, sub, {"schedule": None}, "customer.subscription.updated")
    return schedule


@route("post", "/v1/subscription_schedules/{schedule}/cancel")
def cancel(req: Request, sid: str) -> dict[str, Any]:
    schedule = _get(req, sid)
    _changeable(req, schedule, "cancel")
    now = req.now()
    previous = {
        "status": schedule["status"],
        "canceled_at": None,
        "current_phase": schedule.get("current_phase"),
    }
    schedule.update({"status": "canceled", "canceled_at": now, "current_phase": None})
    emit(req, "subscription_schedule.canceled", schedule, previous)
    sub = req.store.get(str(schedule.get("subscription") or ""), req.account)
    if sub is not None and sub.get("status") not in ("canceled", "incomplete_expired"):
        sub.update(
            {
                "status": "canceled",
                "canceled_at": now,
                "ended_at": now,
                "cancellation_details": {
                    "comment": None,
                    "feedback": None,
                    "reason": "cancellation_requested",
                },
            }
        )
        emit(req, "customer.subscription.deleted", sub)
    return schedule


@route("get", "/v1/subscription_schedules")
def list_(req: Request) -> dict[str, Any]:
    p = req.params

    def where(o: dict[str, Any]) -> bool:
        if "scheduled" in p and (o.get("status") == "not_started") != p["scheduled"]:
            return False
        for key in ("canceled_at", "completed_at", "released_at"):
            bounds = p.get(key)
            if bounds is None:
                continue
            value = o.get(key)
            if value is None:
                return False
            if isinstance(bounds, int):
                bounds = {"gte": bounds, "lte": bounds}
            if not all(
                ({"gt": value > b, "gte": value >= b, "lt": value < b, "lte": value <= b})[op]
                for op, b in bounds.items()
            ):
                return False
        return True

    if p.get("customer"):
        objs = indexed(req.store, req.account, "subscription_schedule", "customer", p["customer"])
        return page_of(
            req, objs, "/v1/subscription_schedules", "subscription_schedule", where=where
        )
    return list_page(req, "subscription_schedule", "/v1/subscription_schedules", where=where)
