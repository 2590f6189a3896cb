"""Subscriptions, items, schedules, invoices, payment methods, coupons and promotion codes.

Importing this module registers every billing endpoint (the handlers live in the
``billing_*`` modules next to it) and re-exports the builders the seed generator uses.

Builders for seeds (no HTTP)
============================
Every builder takes a :class:`~services.sandbox.app.Request`; a seeder can make one with
``Request(app, "post", "/seed", {}, owner, KeyInfo(), {}, "req_seed")`` where ``owner``
is ``""`` (platform) or a connected account id. Builders only use ``req.store``,
``req.now()``, ``req.account`` and ``req.store.extra``; they return dicts and neither
store them nor emit events unless their name says so::

    new_subscription(req, customer_id, [(price, qty), ...], *, status=None,
                     created=None, collection_method="charge_automatically",
                     days_until_due=None, trial_end=None, metadata=None,
                     item_metadata=None, default_payment_method=None,
                     cancel_at_period_end=False, cancel_at=None, canceled_at=None,
                     application=AUTO, application_fee_percent=None,
                     transfer_data=None, on_behalf_of=None, description=None,
                     pause_collection=None, billing_cycle_anchor=None, discounts=None,
                     latest_invoice=None) -> dict
        # price: the stored price dict (recurring). status defaults to "trialing" when
        # trial_end is in the future, else "active". application=AUTO → the platform's
        # application id when req.account is a connected account, else None; pass None
        # or "ca_other" to model subscriptions another application created.
    new_invoice_for(req, sub, *, status=None, billing_reason="subscription_create",
                    created=None) -> dict
        # status default: trialing → "paid" (0), incomplete or send_invoice → "open",
        # else "paid". Takes the customer's next invoice number (increments the stored
        # customer's next_invoice_sequence).
    store_subscription(req, sub, invoice=None, owner=None) -> dict
        # stores sub (+ invoice, sets sub["latest_invoice"]), registers the items,
        # keeps the customer index; no events.
    start_subscription(req, sub, customer, behavior="allow_incomplete") -> dict
        # the API path: first invoice collected, stored, all events emitted.
    new_payment_method(req, {"type": "card", "card": {"token": "tok_visa"}}) -> dict
        # other types: {"type": "sepa_debit", "sepa_debit": {"iban": ...}},
        # us_bank_account, link, paypal, bacs_debit, au_becs_debit, acss_debit, …
        # set pm["customer"] = cus_id yourself, then store_payment_method(req, pm).
    new_coupon(req, {"percent_off": 20, "duration": "forever"}) -> dict
    new_phase(start, end, [(price_id, qty, metadata), ...], currency) -> dict
    new_schedule(req, customer_id, phases, subscription=sub_id, status="active") -> dict

Stored formats (sparse: a render hook fills Stripe's always-present nested defaults)
----------------------------------------------------------------------------------
A seeder that builds dicts directly for speed needs at least:

* subscription: ``id, object="subscription", customer, status, created, start_date,
  billing_cycle_anchor, currency, collection_method, latest_invoice (id or None),
  metadata, items={"object": "list", "data": [item, ...]}``; optional
  ``trial_start, trial_end, cancel_at_period_end, cancel_at, canceled_at, ended_at,
  days_until_due, default_payment_method, application, application_fee_percent,
  transfer_data={amount_percent, destination}, on_behalf_of, pause_collection={behavior,
  resumes_at}, schedule, description, discounts=[di_…]``.
* item: ``id (si_…), object="subscription_item", subscription, created, price (the
  stored price dict itself, shared), quantity, current_period_start,
  current_period_end, metadata``. ``plan`` is derived at render time. Items are found
  by id through ``store.objects``; seeds may skip :func:`register_items` (they are
  indexed lazily on the first item lookup).
* invoice: ``id (in_…), object="invoice", customer, subscription, status, created,
  currency, collection_method, billing_reason, number, period_start, period_end,
  lines={"object": "list", "data": [line, ...]}, subtotal, total, amount_due,
  amount_paid, amount_remaining, attempted, attempt_count, status_transitions``;
  ``hosted_invoice_url``/``invoice_pdf`` are computed at render time.

Lists filtered by customer (subscriptions, invoices, payment methods, schedules) and
by subscription (invoices) use an index that rebuilds itself after ``add_many``.

Not modelled: time passing (renewals, trial ends, ``invoice.upcoming``, schedule phase
transitions, ``pause_collection[resumes_at]`` taking effect), prorations, taxes, pending
updates (``customer.subscription.pending_update_*``), usage-based billing.
"""

from __future__ import annotations

from services.sandbox.resources.billing_coupons import new_coupon, new_discounts, redeem
from services.sandbox.resources.billing_invoices import (
    charge,
    compute_totals,
    confirmation_secret,
    emit_new_invoice,
    new_invoice_for,
    store_invoice,
)
from services.sandbox.resources.billing_payment_methods import (
    TEST_CARDS,
    new_payment_method,
    store_payment_method,
)
from services.sandbox.resources.billing_schedules import new_phase, new_schedule
from services.sandbox.resources.billing_subscriptions import (
    AUTO,
    current_period,
    new_item,
    new_subscription,
    plan_of,
    register_items,
    start_subscription,
    store_subscription,
)

__all__ = [
    "AUTO",
    "TEST_CARDS",
    "charge",
    "compute_totals",
    "confirmation_secret",
    "current_period",
    "emit_new_invoice",
    "new_coupon",
    "new_discounts",
    "new_invoice_for",
    "new_item",
    "new_payment_method",
    "new_phase",
    "new_schedule",
    "new_subscription",
    "plan_of",
    "redeem",
    "register_items",
    "start_subscription",
    "store_invoice",
    "store_payment_method",
    "store_subscription",
]
