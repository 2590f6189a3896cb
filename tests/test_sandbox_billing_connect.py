"""Sandbox billing with Connect: destination and direct charges, and the platform's limits."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import stripe

from services.sandbox.server import SandboxServer
from tests.sandbox_billing_support import (
    PLATFORM_APP,
    as_acct,
    check_error,
    events_of,
    make_account,
    make_customer,
    make_price,
    payload,
    seed_foreign_subscription,
    subscribe,
)

NOT_OURS = (
    "This subscription was not created by your platform, so your platform cannot "
    "update or cancel it."
)
FEE_NEEDS_CONNECT = (
    "Can only apply an {} when the request is made on behalf of another "
    "account (using an OAuth key, the Stripe-Account header, or the "
    "destination parameter)."
)


def test_destination_charges(stripe_client: stripe.StripeClient) -> None:
    acct = make_account(stripe_client)
    customer = make_customer(stripe_client)
    price = make_price(stripe_client, 2000)
    sub = subscribe(
        stripe_client,
        customer.id,
        price.id,
        transfer_data={"destination": acct, "amount_percent": 80},
        application_fee_percent=12.5,
        on_behalf_of=acct,
        expand=["latest_invoice.confirmation_secret"],
    )
    assert sub.status == "active"
    assert sub.transfer_data is not None
    assert sub.transfer_data.destination == acct
    assert sub.transfer_data.amount_percent == 80
    assert sub.application_fee_percent == 12.5
    assert sub.on_behalf_of == acct
    assert sub.application is None
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    raw = invoice.to_dict()
    assert raw["application_fee_amount"] == 250
    assert raw["transfer_data"]["destination"] == acct
    assert raw["on_behalf_of"] == acct
    assert invoice.confirmation_secret is not None
    # The subscription lives on the platform: the connected account does not see it.
    assert stripe_client.v1.subscriptions.list(options=as_acct(acct)).data == []
    expanded = stripe_client.v1.subscriptions.retrieve(
        sub.id, {"expand": ["transfer_data.destination", "on_behalf_of"]}
    )
    assert expanded.transfer_data is not None
    assert isinstance(expanded.transfer_data.destination, stripe.Account)
    # The fee can change, and be removed with "".
    sub = stripe_client.v1.subscriptions.update(sub.id, {"application_fee_percent": 5})
    assert sub.application_fee_percent == 5
    sub = stripe_client.v1.subscriptions.update(sub.id, {"application_fee_percent": ""})
    assert sub.application_fee_percent is None


def test_destination_must_be_a_connected_account(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    price = make_price(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(
            stripe_client, customer.id, price.id, transfer_data={"destination": "acct_unknown"}
        )
    check_error(
        exc,
        400,
        "No such account: 'acct_unknown'",
        code="resource_missing",
        param="transfer_data[destination]",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, on_behalf_of="acct_unknown")
    check_error(
        exc, 400, "No such account: 'acct_unknown'", code="resource_missing", param="on_behalf_of"
    )


def test_application_fee_percent_rules(stripe_client: stripe.StripeClient) -> None:
    acct = make_account(stripe_client)
    customer = make_customer(stripe_client)
    price = make_price(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, application_fee_percent=10)
    check_error(
        exc,
        400,
        FEE_NEEDS_CONNECT.format("application_fee_percent"),
        param="application_fee_percent",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(
            stripe_client,
            customer.id,
            price.id,
            application_fee_percent=150,
            transfer_data={"destination": acct},
        )
    check_error(
        exc,
        400,
        param="application_fee_percent",
        contains="greater than or equal to 0 and less than or equal to 100",
    )
    plain = subscribe(stripe_client, customer.id, price.id)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.subscriptions.update(plain.id, {"application_fee_percent": 3})
    check_error(
        exc,
        400,
        FEE_NEEDS_CONNECT.format("application_fee_percent"),
        param="application_fee_percent",
    )
    added = stripe_client.v1.subscriptions.update(
        plain.id, {"transfer_data": {"destination": acct}, "application_fee_percent": 3}
    )
    assert added.application_fee_percent == 3
    assert added.transfer_data is not None and added.transfer_data.destination == acct


def test_transfer_data_is_refused_on_a_connected_account(
    stripe_client: stripe.StripeClient,
) -> None:
    acct, other = make_account(stripe_client), make_account(stripe_client)
    customer = make_customer(stripe_client, acct=acct)
    price = make_price(stripe_client, acct=acct)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(
            stripe_client, customer.id, price.id, acct=acct, transfer_data={"destination": other}
        )
    check_error(exc, 400, param="transfer_data[destination]", contains="Stripe-Account")


def test_direct_charges_on_the_connected_account(stripe_client: stripe.StripeClient) -> None:
    acct = make_account(stripe_client)
    customer = make_customer(stripe_client, acct=acct)
    price = make_price(stripe_client, 3000, acct=acct)
    # Objects of the connected account are not visible from the platform.
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id)
    check_error(
        exc,
        400,
        code="resource_missing",
        param="customer",
        message=f"No such customer: '{customer.id}'",
    )
    sub = subscribe(
        stripe_client,
        customer.id,
        price.id,
        acct=acct,
        application_fee_percent=10,
        expand=["latest_invoice"],
    )
    assert sub.application == PLATFORM_APP
    assert sub.status == "active"
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.application == PLATFORM_APP
    assert invoice.to_dict()["application_fee_amount"] == 300
    created = events_of(stripe_client, "customer.subscription.created", acct=acct)
    assert [payload(e)["object"]["id"] for e in created] == [sub.id]
    assert created[0].to_dict()["account"] == acct
    assert events_of(stripe_client, "customer.subscription.created") == []
    listed = stripe_client.v1.subscriptions.list(options=as_acct(acct))
    assert [s.id for s in listed.data] == [sub.id]
    assert stripe_client.v1.subscriptions.list().data == []
    # The platform may change what it created.
    paused = stripe_client.v1.subscriptions.update(
        sub.id, {"pause_collection": {"behavior": "void"}}, as_acct(acct)
    )
    assert paused.pause_collection is not None
    assert stripe_client.v1.subscriptions.pause(sub.id, options=as_acct(acct)).status == "paused"
    assert stripe_client.v1.subscriptions.resume(sub.id, options=as_acct(acct)).status == "active"
    assert stripe_client.v1.subscriptions.cancel(sub.id, options=as_acct(acct)).status == "canceled"


def test_platform_cannot_change_what_it_did_not_create(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient
) -> None:
    acct = make_account(stripe_client)
    customer = make_customer(stripe_client, acct=acct)
    price = make_price(stripe_client, acct=acct)
    sid, _ = seed_foreign_subscription(sandbox, acct, customer.id, price.id)
    opts = as_acct(acct)
    seen = stripe_client.v1.subscriptions.retrieve(sid, options=opts)
    assert seen.application is None and seen.status == "active"
    calls: list[Callable[[], object]] = [
        lambda: stripe_client.v1.subscriptions.update(sid, {"metadata": {"k": "v"}}, opts),
        lambda: stripe_client.v1.subscriptions.update(
            sid, {"pause_collection": {"behavior": "void"}}, opts
        ),
        lambda: stripe_client.v1.subscriptions.cancel(sid, options=opts),
        lambda: stripe_client.v1.subscriptions.pause(sid, options=opts),
        lambda: stripe_client.v1.subscriptions.resume(sid, options=opts),
        lambda: stripe_client.v1.subscription_items.create(
            {"subscription": sid, "price": make_price(stripe_client, 10, acct=acct).id}, opts
        ),
        lambda: stripe_client.v1.subscription_schedules.create({"from_subscription": sid}, opts),
    ]
    for call in calls:
        with pytest.raises(stripe.InvalidRequestError) as exc:
            call()
        check_error(exc, 400, NOT_OURS)
    after = stripe_client.v1.subscriptions.retrieve(sid, options=opts)
    assert after.status == "active" and after.metadata.to_dict() == {}
    assert after.pause_collection is None


def test_application_fee_on_invoices(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient
) -> None:
    acct = make_account(stripe_client)
    customer = make_customer(stripe_client, acct=acct)
    price = make_price(stripe_client, acct=acct)
    _, foreign_invoice = seed_foreign_subscription(sandbox, acct, customer.id, price.id)
    opts = as_acct(acct)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.update(foreign_invoice, {"application_fee_amount": 100}, opts)
    check_error(
        exc,
        400,
        param="application_fee_amount",
        message="Your platform cannot add an application_fee_amount to an invoice it "
        "did not create, or to an invoice that contains invoice items it did "
        "not create.",
    )
    assert (
        stripe_client.v1.invoices.retrieve(foreign_invoice, options=opts)
        .to_dict()
        .get("application_fee_amount")
        is None
    )
    _, foreign_paid = seed_foreign_subscription(sandbox, acct, customer.id, price.id, "paid")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.update(foreign_paid, {"application_fee_amount": 1}, opts)
    check_error(
        exc,
        400,
        param="application_fee_amount",
        contains="cannot add an application_fee_amount to an invoice it did not create",
    )
    # An invoice the platform created on the connected account accepts a fee.
    ours = stripe_client.v1.invoices.create({"customer": customer.id}, opts)
    assert ours.application == PLATFORM_APP
    updated = stripe_client.v1.invoices.update(ours.id, {"application_fee_amount": 0}, opts)
    assert updated.to_dict()["application_fee_amount"] == 0
    own_sub = subscribe(
        stripe_client,
        customer.id,
        price.id,
        acct=acct,
        collection_method="send_invoice",
        days_until_due=5,
    )
    assert isinstance(own_sub.latest_invoice, str)
    fee = stripe_client.v1.invoices.update(
        own_sub.latest_invoice, {"application_fee_amount": 150}, opts
    )
    assert fee.to_dict()["application_fee_amount"] == 150
    event = events_of(stripe_client, "invoice.updated", acct=acct)[-1]
    assert payload(event)["previous_attributes"] == {"application_fee_amount": None}
    paid_sub = subscribe(stripe_client, customer.id, price.id, acct=acct)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.update(
            str(paid_sub.latest_invoice), {"application_fee_amount": 5}, opts
        )
    check_error(
        exc,
        400,
        "This invoice is paid: its application_fee_amount can no longer be changed.",
        code="invoice_not_editable",
        param="application_fee_amount",
    )
    # On the platform's own invoice, a fee needs a destination.
    platform_customer = make_customer(stripe_client)
    platform_invoice = stripe_client.v1.invoices.create({"customer": platform_customer.id})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.update(platform_invoice.id, {"application_fee_amount": 10})
    check_error(
        exc, 400, FEE_NEEDS_CONNECT.format("application_fee_amount"), param="application_fee_amount"
    )
