"""Sandbox subscriptions through the real stripe SDK: create, update, pause, cancel, lists."""

from __future__ import annotations

import time
from typing import Any

import pytest
import stripe

from services.sandbox.server import SandboxServer
from tests.sandbox_billing_support import (
    check_error,
    event_types,
    events_of,
    make_customer,
    make_price,
    payload,
    subscribe,
)

DAY = 86400


# -- create -----------------------------------------------------------------------------
def test_create_charges_the_default_payment_method(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client, 1500, name="Pro plan")
    customer = make_customer(stripe_client)
    sub = stripe_client.v1.subscriptions.create(
        {
            "customer": customer.id,
            "items": [{"price": price.id, "quantity": 2, "metadata": {"seat": "team"}}],
            "metadata": {"plan": "pro"},
            "description": "Team plan",
            "expand": ["latest_invoice"],
        }
    )
    assert sub.status == "active"
    assert sub.customer == customer.id
    assert sub.currency == "usd"
    assert sub.collection_method == "charge_automatically"
    assert sub.metadata.to_dict() == {"plan": "pro"}
    assert sub.description == "Team plan"
    assert sub.application is None
    assert sub.schedule is None
    assert sub.automatic_tax.enabled is False
    assert sub.invoice_settings.issuer.type == "self"
    item = sub["items"].data[0]
    assert item.price.id == price.id
    assert item.plan.amount == 1500 and item.plan.interval == "month"
    assert item.quantity == 2
    assert item.metadata.to_dict() == {"seat": "team"}
    assert 27 * DAY <= item.current_period_end - item.current_period_start <= 31 * DAY
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.status == "paid"
    assert invoice.billing_reason == "subscription_create"
    assert invoice.total == invoice.amount_paid == 3000
    assert invoice.amount_remaining == 0
    assert invoice.parent is not None
    assert invoice.parent.subscription_details is not None
    assert invoice.parent.subscription_details.subscription == sub.id
    assert invoice.lines.data[0].description == "2 × Pro plan (at $15.00 / month)"
    assert invoice.number is not None and invoice.number.endswith("-0001")
    assert invoice.status_transitions.paid_at is not None
    types = event_types(stripe_client)
    tail = types[types.index("customer.subscription.created") :]
    assert tail == [
        "customer.subscription.created",
        "invoice.created",
        "invoice.finalized",
        "invoice.paid",
        "invoice.payment_succeeded",
    ]
    created = events_of(stripe_client, "customer.subscription.created")[0]
    assert payload(created)["object"]["id"] == sub.id
    assert payload(created)["object"]["latest_invoice"] == invoice.id
    assert stripe_client.v1.customers.retrieve(customer.id).currency == "usd"


def test_create_without_customer_is_refused(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.create({"items": [{"price": price.id}]})
    check_error(
        exc, 400, "Missing required param: customer.", code="parameter_missing", param="customer"
    )


def test_create_with_unknown_customer_or_price(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client)
    customer = make_customer(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, "cus_missing", price.id)
    check_error(
        exc, 400, "No such customer: 'cus_missing'", code="resource_missing", param="customer"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, "price_missing")
    check_error(
        exc, 400, "No such price: 'price_missing'", code="resource_missing", param="items[0][price]"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.create({"customer": customer.id})
    check_error(exc, 400, "Missing required param: items.", code="parameter_missing", param="items")


def test_unknown_parameter_and_enum_errors(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client)
    customer = make_customer(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.raw_request(
            "post",
            "/v1/subscriptions",
            customer=customer.id,
            items=[{"price": price.id}],
            colour="blue",
        )
    check_error(
        exc, 400, "Received unknown parameter: colour", code="parameter_unknown", param="colour"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, collection_method="by_post")
    check_error(
        exc,
        400,
        "Invalid collection_method: must be one of charge_automatically or send_invoice",
        param="collection_method",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, payment_behavior="whenever")
    check_error(exc, 400, param="payment_behavior", contains="must be one of allow_incomplete")


def test_send_invoice_needs_days_until_due(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client)
    customer = make_customer(stripe_client, card=None)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, collection_method="send_invoice")
    check_error(
        exc,
        400,
        "Missing required param: days_until_due.",
        code="parameter_missing",
        param="days_until_due",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, days_until_due=30)
    check_error(exc, 400, param="days_until_due", contains="send_invoice")
    sub = subscribe(
        stripe_client,
        customer.id,
        price.id,
        collection_method="send_invoice",
        days_until_due=14,
        expand=["latest_invoice"],
    )
    assert sub.status == "active"
    assert sub.days_until_due == 14
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.status == "open"
    assert invoice.collection_method == "send_invoice"
    assert invoice.amount_remaining == 1500
    finalized = invoice.status_transitions.finalized_at
    assert finalized is not None and invoice.due_date == finalized + 14 * DAY
    assert "invoice.paid" not in event_types(stripe_client)


def test_default_incomplete_exposes_the_confirmation_secret(
    stripe_client: stripe.StripeClient,
) -> None:
    price = make_price(stripe_client, 2500)
    customer = make_customer(stripe_client, card=None)
    sub = subscribe(
        stripe_client,
        customer.id,
        price.id,
        payment_behavior="default_incomplete",
        expand=["latest_invoice.confirmation_secret"],
    )
    assert sub.status == "incomplete"
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.status == "open"
    assert invoice.attempted is False
    secret = invoice.confirmation_secret
    assert secret is not None
    assert secret.type == "payment_intent"
    assert secret.client_secret.startswith("pi_") and "_secret_" in secret.client_secret
    plain = stripe_client.v1.invoices.retrieve(invoice.id)
    assert plain.to_dict().get("confirmation_secret") is None
    again = stripe_client.v1.invoices.retrieve(invoice.id, {"expand": ["confirmation_secret"]})
    assert again.confirmation_secret is not None
    assert again.confirmation_secret.client_secret == secret.client_secret
    # Paying the first invoice activates the subscription.
    pm = stripe_client.v1.payment_methods.create({"type": "card", "card": {"token": "tok_visa"}})
    stripe_client.v1.payment_methods.attach(pm.id, {"customer": customer.id})
    paid = stripe_client.v1.invoices.pay(invoice.id, {"payment_method": pm.id})
    assert paid.status == "paid" and paid.amount_paid == 2500
    assert stripe_client.v1.subscriptions.retrieve(sub.id).status == "active"
    update = events_of(stripe_client, "customer.subscription.updated")[-1]
    assert payload(update)["previous_attributes"]["status"] == "incomplete"


def test_declining_card_leaves_the_subscription_incomplete(
    stripe_client: stripe.StripeClient,
) -> None:
    price = make_price(stripe_client)
    customer = make_customer(stripe_client, card="tok_chargeCustomerFail")
    with pytest.raises(stripe.CardError) as exc:
        subscribe(stripe_client, customer.id, price.id, payment_behavior="error_if_incomplete")
    check_error(exc, 402, "Your card was declined.", code="card_declined", type_="card_error")
    assert stripe_client.v1.subscriptions.list({"status": "all"}).data == []
    sub = subscribe(stripe_client, customer.id, price.id, expand=["latest_invoice"])
    assert sub.status == "incomplete"
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.status == "open" and invoice.attempted is True
    assert invoice.attempt_count == 1
    failed = events_of(stripe_client, "invoice.payment_failed")
    assert [payload(e)["object"]["id"] for e in failed] == [invoice.id]


def test_trials(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client, name="Gym")
    customer = make_customer(stripe_client)
    sub = subscribe(
        stripe_client, customer.id, price.id, trial_period_days=30, expand=["latest_invoice"]
    )
    assert sub.status == "trialing"
    assert sub.trial_start is not None and sub.trial_end == sub.trial_start + 30 * DAY
    assert sub["items"].data[0].current_period_end == sub.trial_end
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.status == "paid" and invoice.total == 0
    assert invoice.lines.data[0].description == "Trial period for Gym"
    assert "customer.subscription.trial_will_end" not in event_types(stripe_client)
    short = subscribe(
        stripe_client,
        customer.id,
        make_price(stripe_client, 900).id,
        trial_end=int(time.time()) + 2 * DAY,
    )
    assert short.status == "trialing"
    warned = events_of(stripe_client, "customer.subscription.trial_will_end")
    assert [payload(e)["object"]["id"] for e in warned] == [short.id]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, trial_end=int(time.time()) - 60)
    check_error(
        exc,
        400,
        "Invalid timestamp: must be an integer Unix timestamp in the future.",
        param="trial_end",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(
            stripe_client,
            customer.id,
            price.id,
            trial_period_days=3,
            trial_end=int(time.time()) + 5 * DAY,
        )
    check_error(
        exc,
        400,
        code="parameters_exclusive",
        param="trial_period_days",
        contains="only specify one of these parameters",
    )
    # Ending the trial now starts billing.
    ended = stripe_client.v1.subscriptions.update(
        sub.id, {"trial_end": "now", "expand": ["latest_invoice"]}
    )
    assert ended.status == "active"
    assert isinstance(ended.latest_invoice, stripe.Invoice)
    assert ended.latest_invoice.total == 1500 and ended.latest_invoice.status == "paid"


def test_item_price_rules(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    monthly = make_price(stripe_client)
    product = stripe_client.v1.products.create({"name": "Setup"})
    one_time = stripe_client.v1.prices.create(
        {"product": product.id, "currency": "usd", "unit_amount": 500}
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, one_time.id)
    check_error(exc, 400, param="items[0][price]", contains="`type=one_time`")
    yearly = make_price(stripe_client, 9900, interval="year")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.create(
            {"customer": customer.id, "items": [{"price": monthly.id}, {"price": yearly.id}]}
        )
    check_error(exc, 400, param="items", contains="Found mismatch in interval field")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.create(
            {"customer": customer.id, "items": [{"price": monthly.id}, {"price": monthly.id}]}
        )
    check_error(
        exc,
        400,
        param="items",
        message=f"Cannot add multiple subscription items with the same price: {monthly.id}",
    )
    stripe_client.v1.prices.update(yearly.id, {"active": False})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, yearly.id)
    check_error(exc, 400, param="items[0][price]", contains="inactive")
    inline = stripe_client.v1.subscriptions.create(
        {
            "customer": customer.id,
            "items": [
                {
                    "price_data": {
                        "currency": "usd",
                        "product": product.id,
                        "unit_amount": 700,
                        "recurring": {"interval": "week"},
                    }
                }
            ],
        }
    )
    price = inline["items"].data[0].price
    assert price.unit_amount == 700 and price.recurring is not None
    assert price.recurring.interval == "week"


def test_default_payment_method_must_belong_to_the_customer(
    stripe_client: stripe.StripeClient,
) -> None:
    price = make_price(stripe_client)
    customer = make_customer(stripe_client, card=None)
    loose = stripe_client.v1.payment_methods.create({"type": "card", "card": {"token": "tok_visa"}})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, default_payment_method=loose.id)
    check_error(
        exc,
        400,
        param="default_payment_method",
        message=f"The customer does not have a payment method with the ID {loose.id}."
        " The payment method must be attached to the customer.",
    )
    stripe_client.v1.payment_methods.attach(loose.id, {"customer": customer.id})
    sub = subscribe(stripe_client, customer.id, price.id, default_payment_method=loose.id)
    assert sub.default_payment_method == loose.id and sub.status == "active"


def test_settings_objects(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    price = make_price(stripe_client)
    backdate = int(time.time()) - 5 * DAY
    sub = subscribe(
        stripe_client,
        customer.id,
        price.id,
        automatic_tax={"enabled": True},
        trial_settings={"end_behavior": {"missing_payment_method": "pause"}},
        invoice_settings={"footer": "Thanks"},
        backdate_start_date=backdate,
        payment_settings={"save_default_payment_method": "on_subscription"},
    )
    assert sub.automatic_tax.enabled is True
    assert sub.automatic_tax.liability is not None
    assert sub.automatic_tax.liability.type == "self"
    assert sub.trial_settings is not None
    assert sub.trial_settings.end_behavior.missing_payment_method == "pause"
    assert sub.to_dict()["invoice_settings"]["footer"] == "Thanks"
    assert sub.payment_settings is not None
    assert sub.payment_settings.save_default_payment_method == "on_subscription"
    assert sub.start_date == backdate < sub.created
    plain = subscribe(stripe_client, customer.id, make_price(stripe_client, 10).id)
    assert plain.automatic_tax.enabled is False and plain.automatic_tax.liability is None
    assert plain.trial_settings is not None
    assert plain.trial_settings.end_behavior.missing_payment_method == "create_invoice"
    assert plain.start_date == plain.created
    off = stripe_client.v1.subscriptions.update(sub.id, {"automatic_tax": {"enabled": False}})
    assert off.automatic_tax.enabled is False
    update = events_of(stripe_client, "customer.subscription.updated")[-1]
    assert payload(update)["previous_attributes"]["automatic_tax"]["enabled"] is True
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, backdate_start_date=int(time.time()) + DAY)
    check_error(exc, 400, param="backdate_start_date", contains="must be in the past")


# -- update ---------------------------------------------------------------------------
def test_update_items_add_change_delete(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    base, extra = make_price(stripe_client, 1000), make_price(stripe_client, 300, name="Seat")
    sub = subscribe(stripe_client, customer.id, base.id)
    first = sub["items"].data[0]
    sub = stripe_client.v1.subscriptions.update(
        sub.id,
        {
            "items": [{"id": first.id, "quantity": 3}, {"price": extra.id, "quantity": 5}],
            "proration_behavior": "none",
        },
    )
    assert [(i.price.id, i.quantity) for i in sub["items"].data] == [(base.id, 3), (extra.id, 5)]
    update = events_of(stripe_client, "customer.subscription.updated")[-1]
    previous_items = payload(update)["previous_attributes"]["items"]["data"]
    assert [(i["price"]["id"], i["quantity"]) for i in previous_items] == [(base.id, 1)]
    added = sub["items"].data[1]
    assert stripe_client.v1.subscription_items.retrieve(added.id).quantity == 5
    sub = stripe_client.v1.subscriptions.update(
        sub.id, {"items": [{"id": first.id, "deleted": True}]}
    )
    assert [i.id for i in sub["items"].data] == [added.id]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_items.retrieve(first.id)
    check_error(
        exc, 404, f"No such subscription item: '{first.id}'", code="resource_missing", param="item"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.update(
            sub.id, {"items": [{"id": added.id, "deleted": True}]}
        )
    check_error(exc, 400, param="items", contains="must have at least one active plan")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.update(sub.id, {"items": [{"id": "si_nope", "quantity": 2}]})
    check_error(
        exc,
        400,
        "No such subscription item: 'si_nope'",
        code="resource_missing",
        param="items[0][id]",
    )


def test_update_simple_fields(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    sub = subscribe(
        stripe_client, customer.id, make_price(stripe_client).id, metadata={"a": "1", "b": "2"}
    )
    period_end = sub["items"].data[0].current_period_end
    sub = stripe_client.v1.subscriptions.update(
        sub.id,
        {"metadata": {"a": "", "c": "3"}, "description": "Renamed", "cancel_at_period_end": True},
    )
    assert sub.metadata.to_dict() == {"b": "2", "c": "3"}
    assert sub.description == "Renamed"
    assert sub.cancel_at_period_end is True and sub.cancel_at == period_end
    update = events_of(stripe_client, "customer.subscription.updated")[-1]
    assert payload(update)["previous_attributes"]["cancel_at_period_end"] is False
    assert payload(update)["previous_attributes"]["cancel_at"] is None
    sub = stripe_client.v1.subscriptions.update(sub.id, {"cancel_at_period_end": False})
    assert sub.cancel_at is None
    sub = stripe_client.v1.subscriptions.update(
        sub.id, {"collection_method": "send_invoice", "days_until_due": 7}
    )
    assert sub.collection_method == "send_invoice" and sub.days_until_due == 7
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.raw_request(
            "post", f"/v1/subscriptions/{sub.id}", days_until_due=7, unknown_field="x"
        )
    check_error(exc, 400, code="parameter_unknown", param="unknown_field")


def test_pause_collection_round_trip(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    sub = subscribe(stripe_client, customer.id, make_price(stripe_client).id)
    resumes_at = int(time.time()) + 10 * DAY
    paused = stripe_client.v1.subscriptions.update(
        sub.id, {"pause_collection": {"behavior": "keep_as_draft", "resumes_at": resumes_at}}
    )
    assert paused.status == "active"
    assert paused.pause_collection is not None
    assert paused.pause_collection.behavior == "keep_as_draft"
    assert paused.pause_collection.resumes_at == resumes_at
    event = events_of(stripe_client, "customer.subscription.updated")[-1]
    assert payload(event)["object"]["pause_collection"] == {
        "behavior": "keep_as_draft",
        "resumes_at": resumes_at,
    }
    assert payload(event).get("previous_attributes") == {"pause_collection": None}
    found = stripe_client.v1.subscriptions.list().data
    assert [s.id for s in found if s.pause_collection is not None] == [sub.id]
    resumed = stripe_client.v1.subscriptions.update(sub.id, {"pause_collection": ""})
    assert resumed.pause_collection is None
    event = events_of(stripe_client, "customer.subscription.updated")[-1]
    assert payload(event)["object"]["pause_collection"] is None
    assert payload(event).get("previous_attributes") == {
        "pause_collection": {"behavior": "keep_as_draft", "resumes_at": resumes_at}
    }
    assert "customer.subscription.paused" not in event_types(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.update(
            sub.id, {"pause_collection": {"behavior": "void", "resumes_at": int(time.time()) - 5}}
        )
    check_error(
        exc,
        400,
        "Invalid timestamp: must be an integer Unix timestamp in the future.",
        param="pause_collection[resumes_at]",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.update(sub.id, {"pause_collection": {"behavior": "forever"}})
    check_error(
        exc,
        400,
        param="pause_collection[behavior]",
        message="Invalid pause_collection[behavior]: must be one of keep_as_draft, "
        "mark_uncollectible, or void",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.raw_request(
            "post", f"/v1/subscriptions/{sub.id}", pause_collection={"resumes_at": resumes_at}
        )
    check_error(
        exc,
        400,
        "Missing required param: pause_collection[behavior].",
        code="parameter_missing",
        param="pause_collection[behavior]",
    )


def test_pause_and_resume_endpoints(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    sub = subscribe(stripe_client, customer.id, make_price(stripe_client, 1200).id)
    first_invoice = sub.latest_invoice
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.resume(sub.id)
    check_error(exc, 400, contains="status=paused")
    paused = stripe_client.v1.subscriptions.pause(sub.id)
    assert paused.status == "paused"
    details = paused.to_dict()["status_details"]["paused"]
    assert details["type"] == "subscription"
    assert details["subscription"] == {"type": "pause_requested"}
    event = events_of(stripe_client, "customer.subscription.paused")[0]
    assert payload(event)["object"]["status"] == "paused"
    assert payload(event).get("previous_attributes") == {"status": "active"}
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.pause(sub.id)
    check_error(exc, 400, "This subscription is already paused.")
    assert [s.id for s in stripe_client.v1.subscriptions.list({"status": "paused"}).data] == [
        sub.id
    ]
    resumed = stripe_client.v1.subscriptions.resume(sub.id, {"expand": ["latest_invoice"]})
    assert resumed.status == "active"
    assert resumed.to_dict()["status_details"] is None
    invoice = resumed.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.id != first_invoice and invoice.status == "paid" and invoice.total == 1200
    event = events_of(stripe_client, "customer.subscription.resumed")[0]
    assert payload(event).get("previous_attributes") == {"status": "paused"}
    assert payload(event)["object"]["status"] == "active"
    # billing_cycle_anchor=unchanged resumes without a new invoice.
    stripe_client.v1.subscriptions.pause(sub.id)
    again = stripe_client.v1.subscriptions.resume(
        sub.id, {"billing_cycle_anchor": {"type": "unchanged"}}
    )
    assert again.status == "active" and again.latest_invoice == invoice.id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.pause(sub.id, {"type": "forever"})
    check_error(exc, 400, "Invalid type: must be one of subscription", param="type")


def test_resume_needs_charge_automatically(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client, card=None)
    sub = subscribe(
        stripe_client,
        customer.id,
        make_price(stripe_client).id,
        collection_method="send_invoice",
        days_until_due=30,
    )
    stripe_client.v1.subscriptions.pause(sub.id)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.resume(sub.id)
    check_error(
        exc,
        400,
        "Resume is only available for subscriptions that use charge_automatically collection.",
    )


def test_cancel(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    sub = subscribe(stripe_client, customer.id, make_price(stripe_client).id)
    canceled = stripe_client.v1.subscriptions.cancel(
        sub.id, {"cancellation_details": {"comment": "Too expensive", "feedback": "too_expensive"}}
    )
    assert canceled.status == "canceled"
    assert canceled.canceled_at is not None and canceled.ended_at == canceled.canceled_at
    assert canceled.cancellation_details is not None
    assert canceled.cancellation_details.reason == "cancellation_requested"
    assert canceled.cancellation_details.feedback == "too_expensive"
    deleted = events_of(stripe_client, "customer.subscription.deleted")
    assert [payload(e)["object"]["status"] for e in deleted] == ["canceled"]
    assert stripe_client.v1.subscriptions.retrieve(sub.id).status == "canceled"
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.cancel(sub.id)
    check_error(exc, 404, f"No such subscription: '{sub.id}'", code="resource_missing", param="id")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.update(sub.id, {"description": "x"})
    check_error(
        exc, 400, "A canceled subscription can only update its cancellation_details and metadata."
    )
    kept = stripe_client.v1.subscriptions.update(sub.id, {"metadata": {"why": "price"}})
    assert kept.metadata.to_dict() == {"why": "price"}
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.pause(sub.id)
    check_error(exc, 400, contains="`canceled`")


def test_retrieve_unknown(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.retrieve("sub_nope")
    check_error(exc, 404, "No such subscription: 'sub_nope'", code="resource_missing", param="id")


# -- list and search --------------------------------------------------------------------
@pytest.fixture
def populated(sandbox: SandboxServer, stripe_client: stripe.StripeClient) -> dict[str, list[str]]:
    """Seven subscriptions over two customers (ids oldest first per group)."""
    alice = make_customer(stripe_client, name="Alice")
    bob = make_customer(stripe_client, name="Bob", card=None)
    gold, basic = make_price(stripe_client, 5000, name="Gold"), make_price(stripe_client, 900)
    groups: dict[str, list[str]] = {
        "all": [],
        "alice": [],
        "bob": [],
        "gold": [],
        "canceled": [],
        "trialing": [],
        "send_invoice": [],
    }
    for n in range(7):
        who = alice if n % 2 == 0 else bob
        price = gold if n < 3 else basic
        extra: dict[str, Any] = {"metadata": {"n": str(n), "tier": "gold" if n < 3 else "basic"}}
        if n == 4:
            extra["trial_period_days"] = 14
        if n == 5:
            extra.update(collection_method="send_invoice", days_until_due=10)
        sub = subscribe(stripe_client, who.id, price.id, **extra)
        groups["all"].append(sub.id)
        groups["alice" if who is alice else "bob"].append(sub.id)
        if price is gold:
            groups["gold"].append(sub.id)
        if n == 4:
            groups["trialing"].append(sub.id)
        if n == 5:
            groups["send_invoice"].append(sub.id)
    for sid in (groups["all"][1], groups["all"][6]):
        stripe_client.v1.subscriptions.cancel(sid)
        groups["canceled"].append(sid)
    groups["gold_price"] = [gold.id]
    groups["customers"] = [alice.id, bob.id]
    return groups


def test_list_filters(stripe_client: stripe.StripeClient, populated: dict[str, list[str]]) -> None:
    def ids(**params: object) -> list[str]:
        got = stripe_client.v1.subscriptions.list({"limit": 100, **params})  # type: ignore[arg-type]
        return [s.id for s in got.data]

    newest_first = list(reversed(populated["all"]))
    canceled = set(populated["canceled"])
    assert ids() == [s for s in newest_first if s not in canceled]
    assert ids(status="all") == newest_first
    assert ids(status="canceled") == [s for s in newest_first if s in canceled]
    assert ids(status="ended") == [s for s in newest_first if s in canceled]
    assert ids(status="trialing") == populated["trialing"]
    alice, bob = populated["customers"]
    assert ids(customer=alice) == [s for s in reversed(populated["alice"]) if s not in canceled]
    assert ids(customer=bob, status="all") == list(reversed(populated["bob"]))
    assert ids(price=populated["gold_price"][0]) == [
        s for s in reversed(populated["gold"]) if s not in canceled
    ]
    assert ids(collection_method="send_invoice") == populated["send_invoice"]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.list({"status": "sleeping"})
    check_error(exc, 400, param="status", contains="must be one of active, all, canceled")


def test_list_pagination(
    stripe_client: stripe.StripeClient, populated: dict[str, list[str]]
) -> None:
    newest_first = list(reversed(populated["all"]))
    page1 = stripe_client.v1.subscriptions.list({"status": "all", "limit": 3})
    assert [s.id for s in page1.data] == newest_first[:3] and page1.has_more
    page2 = stripe_client.v1.subscriptions.list(
        {"status": "all", "limit": 3, "starting_after": page1.data[-1].id}
    )
    assert [s.id for s in page2.data] == newest_first[3:6] and page2.has_more
    page3 = stripe_client.v1.subscriptions.list(
        {"status": "all", "limit": 3, "starting_after": page2.data[-1].id}
    )
    assert [s.id for s in page3.data] == newest_first[6:] and not page3.has_more
    back = stripe_client.v1.subscriptions.list(
        {"status": "all", "limit": 2, "ending_before": page3.data[0].id}
    )
    assert [s.id for s in back.data] == newest_first[4:6] and back.has_more
    walked = [
        s.id
        for s in stripe_client.v1.subscriptions.list(
            {"status": "all", "limit": 2}
        ).auto_paging_iter()
    ]
    assert walked == newest_first
    alice = populated["customers"][0]
    by_customer = stripe_client.v1.subscriptions.list(
        {"customer": alice, "status": "all", "limit": 1}
    )
    second = stripe_client.v1.subscriptions.list(
        {"customer": alice, "status": "all", "limit": 1, "starting_after": by_customer.data[0].id}
    )
    assert [by_customer.data[0].id, second.data[0].id] == list(reversed(populated["alice"]))[:2]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.list({"starting_after": "sub_nope"})
    check_error(exc, 404, code="resource_missing", param="starting_after")


def test_search(stripe_client: stripe.StripeClient, populated: dict[str, list[str]]) -> None:
    found = stripe_client.v1.subscriptions.search({"query": "metadata['tier']:'gold'"})
    assert sorted(s.id for s in found.data) == sorted(populated["gold"])
    active = stripe_client.v1.subscriptions.search({"query": "status:'trialing'"})
    assert [s.id for s in active.data] == populated["trialing"]
    both = stripe_client.v1.subscriptions.search(
        {"query": "status:'canceled' AND metadata['tier']:'gold'"}
    )
    assert [s.id for s in both.data] == [populated["all"][1]]
    paged = stripe_client.v1.subscriptions.search({"query": "created>0", "limit": 4})
    assert len(paged.data) == 4 and paged.has_more and paged.next_page
    rest = stripe_client.v1.subscriptions.search(
        {"query": "created>0", "limit": 4, "page": paged.next_page}
    )
    assert len(rest.data) == 3 and not rest.has_more
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.search({"query": "customer:'cus_x'"})
    check_error(exc, 400, param="query", contains="not supported for search")


# -- idempotency and events -------------------------------------------------------------
def test_idempotent_create_replay(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    price = make_price(stripe_client)
    first = stripe_client.raw_request(
        "post",
        "/v1/subscriptions",
        customer=customer.id,
        items=[{"price": price.id}],
        idempotency_key="sub-key-1",
    )
    again = stripe_client.raw_request(
        "post",
        "/v1/subscriptions",
        customer=customer.id,
        items=[{"price": price.id}],
        idempotency_key="sub-key-1",
    )
    assert first.data["id"] == again.data["id"]
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert first.headers.get("Idempotent-Replayed") is None
    assert len(stripe_client.v1.subscriptions.list().data) == 1
    assert event_types(stripe_client).count("customer.subscription.created") == 1
    with pytest.raises(stripe.IdempotencyError) as exc:
        stripe_client.raw_request(
            "post",
            "/v1/subscriptions",
            customer=customer.id,
            items=[{"price": price.id, "quantity": 2}],
            idempotency_key="sub-key-1",
        )
    check_error(exc, 400, type_="idempotency_error", contains="sub-key-1")
    sdk = stripe_client.v1.subscriptions.create(
        {"customer": customer.id, "items": [{"price": price.id}]}, {"idempotency_key": "sub-key-1"}
    )
    assert sdk.id == first.data["id"]


def test_events_by_type(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    sub = subscribe(stripe_client, customer.id, make_price(stripe_client).id)
    stripe_client.v1.subscriptions.update(sub.id, {"metadata": {"k": "v"}})
    stripe_client.v1.subscriptions.cancel(sub.id)
    subs = stripe_client.v1.events.list({"type": "customer.subscription.*"})
    assert [e.type for e in subs.data] == [
        "customer.subscription.deleted",
        "customer.subscription.updated",
        "customer.subscription.created",
    ]
    assert all(payload(e)["object"]["id"] == sub.id for e in subs.data)
    invoices = stripe_client.v1.events.list({"types": ["invoice.paid", "invoice.created"]})
    assert [e.type for e in invoices.data] == ["invoice.paid", "invoice.created"]
    updated = stripe_client.v1.events.list({"type": "customer.subscription.updated"}).data[0]
    assert payload(updated).get("previous_attributes") == {"metadata": {}}
    assert updated.request is not None and updated.request.id is not None
    assert "account" not in updated.to_dict()
