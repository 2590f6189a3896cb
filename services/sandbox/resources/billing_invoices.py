"""Invoices: the ones subscriptions generate, manual drafts, their lifecycle and hosted page.

Stored invoices are sparse (see ``billing.py`` for the format); :func:`_render` fills at
render time what Stripe always returns (``status_transitions``, ``issuer``, ``parent``…)
and the ``hosted_invoice_url`` / ``invoice_pdf`` on the running server's address, served
by the ``/i/`` page. ``confirmation_secret`` is includable
(``expand[]=latest_invoice.confirmation_secret``) for open and paid invoices.

Connect: an invoice the platform creates on a connected account carries the platform's
``application``; through ``Stripe-Account`` the platform cannot add an
``application_fee_amount`` to an invoice it did not create.
"""

from __future__ import annotations

import hashlib
import html
from typing import Any

from services.sandbox.app import (
    INCLUDABLE,
    RENDER_HOOK_OBJECT_FIELDS,
    RENDER_HOOKS,
    Request,
    SandboxApp,
    page,
    route,
)
from services.sandbox.errors import ApiError, invalid, missing_param
from services.sandbox.resources.billing_common import (
    DAY,
    application_for_new,
    connected_account,
    index_note,
    indexed,
    money,
    page_of,
    platform_application,
    ref,
)
from services.sandbox.resources.billing_coupons import discount_amounts
from services.sandbox.resources.billing_payment_methods import (
    charge_fails,
    default_payment_method,
    resolve,
)
from services.sandbox.resources.common import (
    apply_update,
    emit,
    fetch,
    fetch_live,
    list_page,
    merge_metadata,
    require,
    search_page,
)

SEARCH_FIELDS = {
    "created",
    "currency",
    "customer",
    "last_finalization_error_code",
    "last_finalization_error_type",
    "metadata",
    "number",
    "receipt_number",
    "status",
    "subscription",
    "total",
}
NO_PAYMENT_METHOD = (
    "This customer has no attached payment source or default payment method. Please "
    "consider adding a default payment method. For more information, visit "
    "https://stripe.com/docs/billing/subscriptions/payment-methods-setting"
    "#payment-method-priority."
)
FOREIGN_INVOICE_FEE = (
    "Your platform cannot add an application_fee_amount to an invoice it did not create, "
    "or to an invoice that contains invoice items it did not create."
)
# Fields a finalized invoice still accepts on update.
_FINALIZED_EDITABLE = {
    "metadata",
    "description",
    "footer",
    "auto_advance",
    "application_fee_amount",
    "days_until_due",
    "due_date",
}


# -- building -----------------------------------------------------------------------
def _product_name(req: Request, price: dict[str, Any]) -> str:
    product = req.store.objects.get(str(price.get("product")))
    if product is not None and product.get("name"):
        return str(product["name"])
    return str(price.get("nickname") or price.get("product") or price["id"])


def _line(
    req: Request,
    invoice_id: str,
    sub: dict[str, Any],
    item: dict[str, Any],
    trial: bool,
    start: int,
    end: int,
) -> dict[str, Any]:
    price = item["price"]
    qty = int(item.get("quantity") or 1)
    unit = int(price.get("unit_amount") or 0)
    name = _product_name(req, price)
    rec = price.get("recurring") or {}
    interval = rec.get("interval", "month")
    if (rec.get("interval_count") or 1) != 1:
        interval = f"{rec['interval_count']} {interval}s"
    if trial:
        description = f"Trial period for {name}"
        amount = 0
    else:
        description = f"{qty} × {name} (at {money(unit, price.get('currency'))} / {interval})"
        amount = unit * qty
    return {
        "id": req.store.new_id("il"),
        "object": "line_item",
        "amount": amount,
        "currency": price.get("currency"),
        "description": description,
        "discount_amounts": [],
        "discountable": True,
        "discounts": [],
        "invoice": invoice_id,
        "metadata": dict(item.get("metadata") or {}),
        "parent": {
            "type": "subscription_item_details",
            "invoice_item_details": None,
            "subscription_item_details": {
                "invoice_item": None,
                "proration": False,
                "proration_details": {"credited_items": None},
                "subscription": sub["id"],
                "subscription_item": item["id"],
            },
        },
        "period": {"end": end, "start": start},
        "pretax_credit_amounts": [],
        "pricing": {
            "price_details": {"price": price["id"], "product": price.get("product")},
            "type": "price_details",
            "unit_amount_decimal": str(price.get("unit_amount_decimal") or unit),
        },
        "quantity": qty,
        "subscription": sub["id"],
        "taxes": [],
    }


def compute_totals(req: Request, inv: dict[str, Any]) -> None:
    """Set subtotal, discounts, total and amounts from the lines (in place)."""
    subtotal = sum(int(line.get("amount") or 0) for line in inv["lines"]["data"])
    discounts = discount_amounts(
        req, list(inv.get("discounts") or []), subtotal, str(inv.get("currency"))
    )
    total = subtotal - sum(d["amount"] for d in discounts)
    inv["subtotal"] = subtotal
    inv["total_discount_amounts"] = discounts
    inv["total"] = total
    inv["amount_due"] = total
    paid = inv.get("status") == "paid"
    inv["amount_paid"] = total if paid else 0
    inv["amount_remaining"] = 0 if paid else total


def _number(req: Request, customer_id: str) -> str:
    customer = req.store.objects.get(customer_id)
    if customer is None or customer.get("deleted"):
        return f"{customer_id[-8:].upper()}-0001"
    seq = int(customer.get("next_invoice_sequence") or 1)
    customer["next_invoice_sequence"] = seq + 1
    prefix = customer.get("invoice_prefix") or customer_id[-8:].upper()
    return f"{prefix}-{seq:04d}"


def _finalize_fields(req: Request, inv: dict[str, Any], at: int) -> None:
    inv["number"] = inv.get("number") or _number(req, str(inv["customer"]))
    inv["status_transitions"] = {**_transitions(inv), "finalized_at": at}
    inv["effective_at"] = at
    if inv.get("collection_method") == "send_invoice" and inv.get("due_date") is None:
        inv["due_date"] = at + int(inv.get("days_until_due") or 30) * DAY


def _transitions(inv: dict[str, Any]) -> dict[str, Any]:
    return dict(
        inv.get("status_transitions")
        or {
            "finalized_at": None,
            "marked_uncollectible_at": None,
            "paid_at": None,
            "voided_at": None,
        }
    )


def _mark_paid(inv: dict[str, Any], at: int) -> None:
    inv["status"] = "paid"
    inv["amount_paid"] = inv["amount_due"]
    inv["amount_remaining"] = 0
    inv["status_transitions"] = {**_transitions(inv), "paid_at": at}
    inv["next_payment_attempt"] = None


def new_invoice_for(
    req: Request,
    sub: dict[str, Any],
    *,
    status: str | None = None,
    billing_reason: str = "subscription_create",
    created: int | None = None,
) -> dict[str, Any]:
    """The invoice for ``sub``'s current period (a dict, not stored; no events).

    ``status`` defaults from the subscription: ``trialing`` → a paid zero-amount invoice,
    ``incomplete`` → ``open``, ``send_invoice`` → ``open`` with ``due_date``, otherwise
    ``paid``. Finalizing takes the customer's next invoice number (the customer's
    ``next_invoice_sequence`` is incremented).
    """
    at = req.now() if created is None else created
    items = sub["items"]["data"]
    trial = sub.get("status") == "trialing"
    if status is None:
        if trial:
            status = "paid"
        elif sub.get("status") == "incomplete" or sub.get("collection_method") == "send_invoice":
            status = "open"
        else:
            status = "paid"
    inv_id = req.store.new_id("in")
    start = min((int(i.get("current_period_start") or at) for i in items), default=at)
    end = max((int(i.get("current_period_end") or at) for i in items), default=at)
    lines = [
        _line(
            req,
            inv_id,
            sub,
            item,
            trial,
            int(item.get("current_period_start") or at),
            int(item.get("current_period_end") or at),
        )
        for item in items
    ]
    inv: dict[str, Any] = {
        "id": inv_id,
        "object": "invoice",
        "application": sub.get("application"),
        "attempt_count": 0,
        "attempted": False,
        "auto_advance": status == "draft",
        "billing_reason": billing_reason,
        "collection_method": sub.get("collection_method", "charge_automatically"),
        "created": at,
        "currency": sub.get("currency"),
        "customer": sub["customer"],
        "days_until_due": sub.get("days_until_due"),
        "default_payment_method": sub.get("default_payment_method"),
        "description": sub.get("description"),
        "discounts": list(sub.get("discounts") or []),
        "lines": {
            "object": "list",
            "data": lines,
            "has_more": False,
            "total_count": len(lines),
            "url": f"/v1/invoices/{inv_id}/lines",
        },
        "metadata": {},
        "on_behalf_of": sub.get("on_behalf_of"),
        "period_end": end if billing_reason != "subscription_create" else start,
        "period_start": start,
        "status": "draft",
        "subscription": sub["id"],
        "transfer_data": None,
    }
    parent_meta = dict(sub.get("metadata") or {})
    inv["parent"] = {
        "type": "subscription_details",
        "quote_details": None,
        "subscription_details": {"metadata": parent_meta, "subscription": sub["id"]},
    }
    td = sub.get("transfer_data")
    if td:
        inv["transfer_data"] = {"amount": None, "destination": td["destination"]}
    compute_totals(req, inv)
    pct = sub.get("application_fee_percent")
    inv["application_fee_amount"] = None if pct is None else round(inv["total"] * pct / 100)
    if status != "draft":
        _finalize_fields(req, inv, at)
        inv["status"] = status
        if status == "paid":
            inv["attempted"] = inv["total"] > 0
            inv["attempt_count"] = 1 if inv["total"] > 0 else 0
            _mark_paid(inv, at)
        elif status == "void":
            inv["status_transitions"]["voided_at"] = at
            inv["amount_remaining"] = 0
        elif status == "uncollectible":
            inv["status_transitions"]["marked_uncollectible_at"] = at
    return inv


def store_invoice(req: Request, inv: dict[str, Any], owner: str | None = None) -> dict[str, Any]:
    owner = req.account if owner is None else owner
    req.store.add(inv, owner)
    for field in ("customer", "subscription"):
        index_note(req.store, owner, "invoice", field, inv)
    return inv


def charge(req: Request, inv: dict[str, Any], pm: dict[str, Any] | None) -> bool:
    """Attempt to collect an open invoice (no events); True if it is now paid."""
    if inv["amount_due"] == 0:
        _mark_paid(inv, req.now())
        return True
    if pm is None:
        return False
    inv["attempted"] = True
    inv["attempt_count"] = int(inv.get("attempt_count") or 0) + 1
    if charge_fails(pm):
        inv["next_payment_attempt"] = req.now() + 3 * DAY
        return False
    _mark_paid(inv, req.now())
    return True


def emit_new_invoice(req: Request, inv: dict[str, Any]) -> None:
    """The events of a just-created invoice, in Stripe's order."""
    emit(req, "invoice.created", inv)
    if inv["status"] != "draft":
        emit(req, "invoice.finalized", inv)
    if inv["status"] == "paid":
        emit(req, "invoice.paid", inv)
        emit(req, "invoice.payment_succeeded", inv)
    elif inv.get("attempted"):
        emit(req, "invoice.payment_failed", inv)


# -- rendering ------------------------------------------------------------------------
def _render(app: SandboxApp, inv: dict[str, Any]) -> dict[str, Any]:
    if inv.get("deleted"):
        return inv
    if inv.get("status") not in (None, "draft"):
        if inv.get("hosted_invoice_url") is None:
            inv["hosted_invoice_url"] = f"{app.base_url}/i/{inv['id']}"
        if inv.get("invoice_pdf") is None:
            inv["invoice_pdf"] = f"{app.base_url}/i/{inv['id']}/pdf"
    if inv.get("status_transitions") is None:
        inv["status_transitions"] = _transitions(inv)
    if inv.get("automatic_tax") is None:
        inv["automatic_tax"] = {
            "disabled_reason": None,
            "enabled": False,
            "liability": None,
            "provider": None,
            "status": None,
        }
    if inv.get("issuer") is None:
        inv["issuer"] = {"type": "self"}
    if inv.get("payment_settings") is None:
        inv["payment_settings"] = {
            "default_mandate": None,
            "payment_method_options": None,
            "payment_method_types": None,
        }
    if inv.get("parent") is None and inv.get("subscription"):
        inv["parent"] = {
            "type": "subscription_details",
            "quote_details": None,
            "subscription_details": {"metadata": {}, "subscription": inv["subscription"]},
        }
    lines = inv.get("lines")
    if isinstance(lines, dict) and lines.get("url") is None:
        inv["lines"] = {
            **lines,
            "url": f"/v1/invoices/{inv['id']}/lines",
            "total_count": len(lines.get("data") or []),
        }
    for key in (
        "amount_overpaid",
        "amount_shipping",
        "starting_balance",
        "ending_balance",
        "pre_payment_credit_notes_amount",
        "post_payment_credit_notes_amount",
    ):
        if inv.get(key) is None:
            inv[key] = 0
    if inv.get("subtotal_excluding_tax") is None:
        inv["subtotal_excluding_tax"] = inv.get("subtotal")
    if inv.get("total_excluding_tax") is None:
        inv["total_excluding_tax"] = inv.get("total")
    for key in ("total_taxes", "total_pretax_credit_amounts", "total_discount_amounts"):
        if inv.get(key) is None:
            inv[key] = []
    return inv


RENDER_HOOKS["invoice"] = _render
RENDER_HOOK_OBJECT_FIELDS[_render] = ("lines",)


def confirmation_secret(req: Request, inv: dict[str, Any]) -> dict[str, Any] | None:
    """The PaymentIntent client secret of an open (or paid) invoice."""
    if inv.get("status") not in ("open", "paid") or not inv.get("amount_due"):
        return None
    token = hashlib.sha256(("cs:" + inv["id"]).encode()).hexdigest()
    return {"client_secret": f"pi_{inv['id'][3:]}_secret_{token[:24]}", "type": "payment_intent"}


INCLUDABLE[("invoice", "confirmation_secret")] = confirmation_secret


# -- hosted page ----------------------------------------------------------------------
@page("/i/")
def hosted_page(app: SandboxApp, rest: str, headers: dict[str, str]) -> tuple[int, str]:
    inv_id = rest.split("/", 1)[0]
    inv = app.store.objects.get(inv_id)
    if (
        inv is None
        or inv.get("object") != "invoice"
        or inv.get("deleted")
        or inv.get("status") == "draft"
    ):
        return 404, "<!doctype html><title>Invoice not found</title><h1>Invoice not found</h1>"
    esc = html.escape
    cur = inv.get("currency")
    customer = app.store.objects.get(str(inv.get("customer"))) or {}
    rows = "".join(
        f"<tr><td>{esc(str(line.get('description')))}</td><td>{line.get('quantity')}</td>"
        f"<td>{esc(money(line.get('amount'), cur))}</td></tr>"
        for line in inv["lines"]["data"]
    )
    title = f"Invoice {inv.get('number') or inv['id']}"
    body = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(title)}</title></head>"
        f"<body><h1>{esc(title)}</h1>"
        f"<p>Status: <strong>{esc(str(inv.get('status')))}</strong></p>"
        f"<p>Billed to: {esc(str(customer.get('name') or customer.get('email') or ''))}</p>"
        f"<table><tr><th>Description</th><th>Qty</th><th>Amount</th></tr>{rows}</table>"
        f"<p>Subtotal: {esc(money(inv.get('subtotal'), cur))}</p>"
        f"<p>Total: {esc(money(inv.get('total'), cur))}</p>"
        f"<p>Amount due: {esc(money(inv.get('amount_remaining'), cur))}</p>"
        "</body></html>"
    )
    return 200, body


# -- endpoints ------------------------------------------------------------------------
def _get(req: Request, iid: str) -> dict[str, Any]:
    return fetch_live(req, iid, "invoice", param="invoice")


@route("post", "/v1/invoices")
def create(req: Request) -> dict[str, Any]:
    p = req.params
    if not p.get("customer"):
        raise missing_param("customer")
    customer = ref(req, p["customer"], "customer", "customer")
    method = p.get("collection_method", "charge_automatically")
    if method == "send_invoice" and p.get("days_until_due") is None and p.get("due_date") is None:
        raise invalid(
            "Missing required param: days_until_due or due_date.",
            param="days_until_due",
            code="parameter_missing",
        )
    if method != "send_invoice" and (
        p.get("days_until_due") is not None or p.get("due_date") is not None
    ):
        raise invalid(
            "Invoices with `collection_method=charge_automatically` cannot have "
            "`days_until_due` or `due_date`.",
            param="days_until_due",
        )
    td = p.get("transfer_data")
    if td:
        require(
            not req.account,
            "You cannot use `transfer_data` when making a request on "
            "behalf of a connected account.",
            "transfer_data[destination]",
        )
        connected_account(req, td["destination"], "transfer_data[destination]")
    fee = p.get("application_fee_amount")
    if fee is not None and not req.account and not td:
        raise invalid(
            "Can only apply an application_fee_amount when the request is made on "
            "behalf of another account (using an OAuth key, the Stripe-Account "
            "header, or the destination parameter).",
            param="application_fee_amount",
        )
    if p.get("on_behalf_of"):
        connected_account(req, p["on_behalf_of"], "on_behalf_of")
    sub_id = p.get("subscription")
    if sub_id:
        ref(req, sub_id, "subscription", "subscription")
    iid = req.store.new_id("in")
    inv: dict[str, Any] = {
        "id": iid,
        "object": "invoice",
        "application": application_for_new(req),
        "application_fee_amount": fee,
        "attempt_count": 0,
        "attempted": False,
        "auto_advance": p.get("auto_advance", True),
        "billing_reason": "manual",
        "collection_method": method,
        "created": req.now(),
        "currency": str(p.get("currency") or customer.get("currency") or "usd").lower(),
        "customer": customer["id"],
        "customer_email": customer.get("email"),
        "customer_name": customer.get("name"),
        "days_until_due": p.get("days_until_due"),
        "default_payment_method": p.get("default_payment_method"),
        "description": p.get("description"),
        "discounts": [],
        "due_date": p.get("due_date"),
        "footer": p.get("footer"),
        "lines": {
            "object": "list",
            "data": [],
            "has_more": False,
            "total_count": 0,
            "url": f"/v1/invoices/{iid}/lines",
        },
        "metadata": merge_metadata({}, p.get("metadata")),
        "on_behalf_of": p.get("on_behalf_of"),
        "period_end": req.now(),
        "period_start": req.now(),
        "status": "draft",
        "subscription": sub_id,
        "transfer_data": None
        if not td
        else {"amount": td.get("amount"), "destination": td["destination"]},
    }
    compute_totals(req, inv)
    store_invoice(req, inv)
    emit(req, "invoice.created", inv)
    return inv


@route("get", "/v1/invoices/{invoice}")
def retrieve(req: Request, iid: str) -> dict[str, Any]:
    return fetch(req, iid, "invoice", param="invoice")


@route("post", "/v1/invoices/{invoice}")
def update(req: Request, iid: str) -> dict[str, Any]:
    inv = _get(req, iid)
    p = req.params
    if "application_fee_amount" in p:
        if req.account and inv.get("application") != platform_application(req.store):
            raise invalid(FOREIGN_INVOICE_FEE, param="application_fee_amount")
        if not req.account and not inv.get("transfer_data"):
            raise invalid(
                "Can only apply an application_fee_amount when the request is made "
                "on behalf of another account (using an OAuth key, the "
                "Stripe-Account header, or the destination parameter).",
                param="application_fee_amount",
            )
    if inv["status"] != "draft":
        for key in p:
            if key not in _FINALIZED_EDITABLE:
                raise invalid(
                    f"Finalized invoices can't be updated in this way: `{key}` can "
                    "only be changed while the invoice is a draft.",
                    param=key,
                    code="invoice_not_editable",
                )
        if inv["status"] in ("paid", "void") and "application_fee_amount" in p:
            raise invalid(
                f"This invoice is {inv['status']}: its application_fee_amount can "
                "no longer be changed.",
                param="application_fee_amount",
                code="invoice_not_editable",
            )
    changes: dict[str, Any] = {
        k: v
        for k, v in p.items()
        if k
        in (
            "metadata",
            "description",
            "footer",
            "auto_advance",
            "days_until_due",
            "due_date",
            "collection_method",
            "default_payment_method",
        )
    }
    if "application_fee_amount" in p:
        fee = int(p["application_fee_amount"])
        if fee < 0 or (fee > int(inv.get("amount_due") or 0) and inv["lines"]["data"]):
            raise invalid(
                "The application fee must be between 0 and the invoice's amount due.",
                param="application_fee_amount",
            )
        changes["application_fee_amount"] = fee
    if "on_behalf_of" in p:
        if p["on_behalf_of"]:
            connected_account(req, p["on_behalf_of"], "on_behalf_of")
        changes["on_behalf_of"] = p["on_behalf_of"] or None
    if "transfer_data" in p:
        td = p["transfer_data"]
        if td:
            require(
                not req.account,
                "You cannot use `transfer_data` when making a request "
                "on behalf of a connected account.",
                "transfer_data[destination]",
            )
            connected_account(req, td["destination"], "transfer_data[destination]")
        changes["transfer_data"] = (
            None if not td else {"amount": td.get("amount"), "destination": td["destination"]}
        )
    method = changes.get("collection_method", inv.get("collection_method"))
    if (
        method == "send_invoice"
        and inv["status"] == "draft"
        and changes.get("days_until_due", inv.get("days_until_due")) is None
        and changes.get("due_date", inv.get("due_date")) is None
    ):
        raise invalid(
            "Missing required param: days_until_due or due_date.",
            param="days_until_due",
            code="parameter_missing",
        )
    return apply_update(req, inv, changes, "invoice.updated")


@route("delete", "/v1/invoices/{invoice}")
def delete(req: Request, iid: str) -> dict[str, Any]:
    inv = _get(req, iid)
    if inv["status"] != "draft":
        raise invalid(
            "You can only delete draft invoices. Finalized invoices can be voided instead.",
            code="invoice_not_editable",
        )
    emit(req, "invoice.deleted", inv)
    req.store.remove(iid, "invoice")
    deleted = {"id": iid, "object": "invoice", "deleted": True}
    req.store.objects[iid] = deleted
    return deleted


def _finalize(req: Request, inv: dict[str, Any]) -> dict[str, Any]:
    if inv["status"] != "draft":
        raise invalid(
            "This invoice is already finalized, you can't re-finalize a non-draft invoice.",
            code="invoice_not_editable",
        )
    previous = {"status": "draft", "number": None, "status_transitions": _transitions(inv)}
    _finalize_fields(req, inv, req.now())
    inv["status"] = "open"
    if inv["amount_due"] == 0:
        _mark_paid(inv, req.now())
    emit(req, "invoice.finalized", inv, previous)
    if inv["status"] == "paid":
        emit(req, "invoice.paid", inv)
    return inv


@route("post", "/v1/invoices/{invoice}/finalize")
def finalize(req: Request, iid: str) -> dict[str, Any]:
    inv = _get(req, iid)
    if "auto_advance" in req.params:
        inv["auto_advance"] = req.params["auto_advance"]
    return _finalize(req, inv)


@route("post", "/v1/invoices/{invoice}/pay")
def pay(req: Request, iid: str) -> dict[str, Any]:
    inv = _get(req, iid)
    if inv["status"] == "paid":
        raise invalid("Invoice is already paid.", code="invoice_not_editable")
    if inv["status"] in ("void",):
        raise invalid("You cannot pay a void invoice.", code="invoice_not_editable")
    if inv["status"] == "draft":
        _finalize(req, inv)
        if inv["status"] == "paid":
            return inv
    before = {
        "status": inv["status"],
        "amount_paid": inv["amount_paid"],
        "amount_remaining": inv["amount_remaining"],
        "attempt_count": inv.get("attempt_count", 0),
        "attempted": inv.get("attempted"),
    }
    p = req.params
    if p.get("paid_out_of_band"):
        _mark_paid(inv, req.now())
    else:
        customer = req.store.get(str(inv["customer"]), req.account)
        if p.get("payment_method"):
            pm: dict[str, Any] | None = resolve(req, p["payment_method"], "payment_method")
        else:
            pm = default_payment_method(req, inv, customer)
        if pm is None and inv["amount_due"] > 0:
            raise invalid(NO_PAYMENT_METHOD, code="resource_missing")
        if not charge(req, inv, pm):
            emit(
                req, "invoice.updated", inv, {k: before[k] for k in ("attempt_count", "attempted")}
            )
            emit(req, "invoice.payment_failed", inv)
            raise ApiError(402, "Your card was declined.", type="card_error", code="card_declined")
    emit(req, "invoice.updated", inv, {k: v for k, v in before.items() if inv.get(k) != v})
    emit(req, "invoice.paid", inv)
    emit(req, "invoice.payment_succeeded", inv)
    _on_paid(req, inv)
    return inv


def _on_paid(req: Request, inv: dict[str, Any]) -> None:
    """Paying the first invoice of an incomplete subscription activates it."""
    sub = req.store.get(str(inv.get("subscription") or ""), req.account)
    if (
        sub is not None
        and sub.get("latest_invoice") == inv["id"]
        and sub.get("status") in ("incomplete", "past_due", "unpaid")
    ):
        apply_update(req, sub, {"status": "active"}, "customer.subscription.updated")


@route("post", "/v1/invoices/{invoice}/void")
def void(req: Request, iid: str) -> dict[str, Any]:
    inv = _get(req, iid)
    if inv["status"] not in ("open", "uncollectible"):
        raise invalid(
            f"You can only void open or uncollectible invoices; this invoice is {inv['status']}.",
            code="invoice_not_editable",
        )
    previous = {
        "status": inv["status"],
        "status_transitions": _transitions(inv),
        "amount_remaining": inv["amount_remaining"],
    }
    inv["status"] = "void"
    inv["amount_remaining"] = 0
    inv["status_transitions"] = {**_transitions(inv), "voided_at": req.now()}
    emit(req, "invoice.voided", inv, previous)
    emit(req, "invoice.updated", inv, previous)
    return inv


@route("post", "/v1/invoices/{invoice}/mark_uncollectible")
def mark_uncollectible(req: Request, iid: str) -> dict[str, Any]:
    inv = _get(req, iid)
    if inv["status"] != "open":
        raise invalid(
            f"You can only mark open invoices as uncollectible; this invoice is {inv['status']}.",
            code="invoice_not_editable",
        )
    previous = {"status": "open", "status_transitions": _transitions(inv)}
    inv["status"] = "uncollectible"
    inv["status_transitions"] = {**_transitions(inv), "marked_uncollectible_at": req.now()}
    emit(req, "invoice.marked_uncollectible", inv, previous)
    emit(req, "invoice.updated", inv, previous)
    return inv


@route("post", "/v1/invoices/{invoice}/send")
def send(req: Request, iid: str) -> dict[str, Any]:
    inv = _get(req, iid)
    if inv.get("collection_method") != "send_invoice":
        raise invalid("You can only send invoices with `collection_method=send_invoice`.")
    if inv["status"] == "draft":
        _finalize(req, inv)
    emit(req, "invoice.sent", inv)
    return inv


@route("get", "/v1/invoices/{invoice}/lines")
def list_lines(req: Request, iid: str) -> dict[str, Any]:
    inv = fetch(req, iid, "invoice", param="invoice")
    # An invoice's lines are listed in invoice order (not newest first).
    return page_of(req, inv["lines"]["data"], f"/v1/invoices/{iid}/lines", "line_item")


@route("get", "/v1/invoices")
def list_(req: Request) -> dict[str, Any]:
    p = req.params

    def where(o: dict[str, Any]) -> bool:
        if o.get("deleted"):
            return False
        for key in ("status", "collection_method", "customer", "subscription"):
            if key in p and o.get(key) != p[key]:
                return False
        return True

    for key in ("subscription", "customer"):
        if p.get(key):
            objs = indexed(req.store, req.account, "invoice", key, p[key])
            return page_of(req, objs, "/v1/invoices", "invoice", where=where)
    return list_page(req, "invoice", "/v1/invoices", where=where)


@route("get", "/v1/invoices/search")
def search(req: Request) -> dict[str, Any]:
    return search_page(req, "invoice", "/v1/invoices/search", SEARCH_FIELDS)
