"""Sandbox subscription schedules and subscription items through the real stripe SDK."""

from __future__ import annotations

import time

import pytest
import stripe

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


# -- schedules ----------------------------------------------------------------------
def test_schedule_from_subscription_then_release(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    price = make_price(stripe_client, 1100)
    sub = subscribe(stripe_client, customer.id, price.id)
    schedule = stripe_client.v1.subscription_schedules.create({"from_subscription": sub.id})
    assert schedule.status == "active" and schedule.subscription == sub.id
    assert schedule.customer == customer.id and schedule.end_behavior == "release"
    assert schedule.phases[0].items[0].price == price.id
    assert schedule.current_phase is not None
    attached = stripe_client.v1.subscriptions.retrieve(sub.id)
    assert attached.schedule == schedule.id
    update = events_of(stripe_client, "customer.subscription.updated")[-1]
    assert payload(update)["previous_attributes"] == {"schedule": None}
    assert "subscription_schedule.created" in event_types(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.create({"from_subscription": sub.id})
    check_error(
        exc,
        400,
        param="from_subscription",
        contains=f"already attached to a schedule: `{schedule.id}`",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.pause(sub.id)
    check_error(exc, 400, "Cannot pause subscriptions with attached schedules.")
    updated = stripe_client.v1.subscription_schedules.update(
        schedule.id, {"metadata": {"k": "v"}, "end_behavior": "cancel"}
    )
    assert updated.to_dict()["metadata"] == {"k": "v"} and updated.end_behavior == "cancel"
    released = stripe_client.v1.subscription_schedules.release(schedule.id)
    assert released.status == "released" and released.released_subscription == sub.id
    assert released.subscription is None and released.released_at is not None
    after = stripe_client.v1.subscriptions.retrieve(sub.id)
    assert after.schedule is None and after.status == "active"
    event = events_of(stripe_client, "subscription_schedule.released")[0]
    assert payload(event)["previous_attributes"]["status"] == "active"
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.release(schedule.id)
    check_error(
        exc,
        400,
        "You cannot release a subscription schedule that is currently in "
        "the `released` status. It must be in `not_started`, `active` status to be "
        "released.",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.update(schedule.id, {"metadata": {"a": "b"}})
    check_error(exc, 400, contains="currently in the `released` status")
    assert stripe_client.v1.subscriptions.pause(sub.id).status == "paused"


def test_schedule_with_phases_creates_the_subscription(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    intro, full = make_price(stripe_client, 500, name="Intro"), make_price(stripe_client, 1500)
    schedule = stripe_client.v1.subscription_schedules.create(
        {
            "customer": customer.id,
            "start_date": "now",
            "phases": [
                {
                    "items": [{"price": intro.id}],
                    "duration": {"interval": "month", "interval_count": 3},
                },
                {"items": [{"price": full.id, "quantity": 2}]},
            ],
        }
    )
    assert schedule.status == "active"
    assert len(schedule.phases) == 2
    assert schedule.phases[1].start_date == schedule.phases[0].end_date
    assert isinstance(schedule.subscription, str)
    sub = stripe_client.v1.subscriptions.retrieve(
        schedule.subscription, {"expand": ["latest_invoice"]}
    )
    assert sub.schedule == schedule.id and sub.status == "active"
    assert sub["items"].data[0].price.id == intro.id
    assert isinstance(sub.latest_invoice, stripe.Invoice)
    assert sub.latest_invoice.total == 500
    listed = stripe_client.v1.subscription_schedules.list({"customer": customer.id})
    assert [s.id for s in listed.data] == [schedule.id]
    canceled = stripe_client.v1.subscription_schedules.cancel(schedule.id)
    assert canceled.status == "canceled" and canceled.canceled_at is not None
    assert stripe_client.v1.subscriptions.retrieve(sub.id).status == "canceled"
    assert event_types(stripe_client, type="subscription_schedule.*") == [
        "subscription_schedule.created",
        "subscription_schedule.canceled",
    ]
    assert "customer.subscription.deleted" in event_types(stripe_client)


def test_future_schedule_and_errors(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    price = make_price(stripe_client)
    start = int(time.time()) + 7 * DAY
    later = stripe_client.v1.subscription_schedules.create(
        {
            "customer": customer.id,
            "start_date": start,
            "phases": [{"items": [{"price": price.id}], "end_date": start + 30 * DAY}],
        }
    )
    assert later.status == "not_started" and later.subscription is None
    assert later.current_phase is None
    assert [
        s.id for s in stripe_client.v1.subscription_schedules.list({"scheduled": True}).data
    ] == [later.id]
    assert stripe_client.v1.subscriptions.list().data == []
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.create({"customer": customer.id})
    check_error(
        exc, 400, "Missing required param: phases.", code="parameter_missing", param="phases"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.create(
            {"customer": customer.id, "from_subscription": "sub_x"}
        )
    check_error(
        exc,
        400,
        code="parameters_exclusive",
        param="from_subscription",
        contains="customer, from_subscription",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.create({"from_subscription": "sub_x"})
    check_error(
        exc,
        400,
        "No such subscription: 'sub_x'",
        code="resource_missing",
        param="from_subscription",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.retrieve("sub_sched_nope")
    check_error(exc, 404, code="resource_missing", param="schedule")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_schedules.create(
            {
                "customer": customer.id,
                "phases": [{"items": [{"price": price.id}], "end_date": 1000}],
            }
        )
    check_error(exc, 400, param="phases[0][end_date]", contains="after its start date")


# -- subscription items -----------------------------------------------------------------
def test_subscription_items_endpoints(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    base, seat = make_price(stripe_client, 1000), make_price(stripe_client, 200, name="Seat")
    sub = subscribe(stripe_client, customer.id, base.id)
    first = sub["items"].data[0]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.raw_request("get", "/v1/subscription_items")
    check_error(
        exc,
        400,
        "Missing required param: subscription.",
        code="parameter_missing",
        param="subscription",
    )
    added = stripe_client.v1.subscription_items.create(
        {
            "subscription": sub.id,
            "price": seat.id,
            "quantity": 3,
            "metadata": {"k": "v"},
            "proration_behavior": "none",
        }
    )
    assert added.subscription == sub.id and added.quantity == 3
    assert added.price.id == seat.id and added.plan.amount == 200
    listed = stripe_client.v1.subscription_items.list({"subscription": sub.id})
    assert [i.id for i in listed.data] == [first.id, added.id]
    page = stripe_client.v1.subscription_items.list({"subscription": sub.id, "limit": 1})
    assert [i.id for i in page.data] == [first.id] and page.has_more
    changed = stripe_client.v1.subscription_items.update(added.id, {"quantity": 7})
    assert changed.quantity == 7
    assert stripe_client.v1.subscriptions.retrieve(sub.id)["items"].data[1].quantity == 7
    updates = events_of(stripe_client, "customer.subscription.updated")
    assert len(updates) == 2
    prev = payload(updates[-1])["previous_attributes"]["items"]["data"]
    assert [i["quantity"] for i in prev] == [1, 3]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_items.create({"subscription": sub.id, "price": seat.id})
    check_error(exc, 400, param="price", contains="same price")
    gone = stripe_client.v1.subscription_items.delete(added.id)
    assert gone.deleted is True
    assert [
        i.id for i in stripe_client.v1.subscription_items.list({"subscription": sub.id}).data
    ] == [first.id]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_items.delete(first.id)
    check_error(exc, 400, param="item", contains="at least one active plan")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_items.retrieve("si_nope")
    check_error(
        exc, 404, "No such subscription item: 'si_nope'", code="resource_missing", param="item"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_items.list({"subscription": "sub_nope"})
    check_error(
        exc, 400, "No such subscription: 'sub_nope'", code="resource_missing", param="subscription"
    )
    stripe_client.v1.subscriptions.cancel(sub.id)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscription_items.update(first.id, {"quantity": 2})
    check_error(
        exc, 400, "A canceled subscription can only update its cancellation_details and metadata."
    )
