"""Sandbox payment methods through the real stripe SDK: types, attach/detach, customer lists."""

from __future__ import annotations

import pytest
import stripe

from tests.sandbox_billing_support import (
    check_error,
    event_types,
    events_of,
    make_customer,
    payload,
)


def card(client: stripe.StripeClient, token: str = "tok_visa") -> stripe.PaymentMethod:
    return client.v1.payment_methods.create({"type": "card", "card": {"token": token}})


def test_card_payment_methods(stripe_client: stripe.StripeClient) -> None:
    visa = stripe_client.v1.payment_methods.create(
        {
            "type": "card",
            "card": {"token": "tok_visa"},
            "billing_details": {
                "name": "Ada",
                "email": "ada@example.com",
                "address": {"country": "GB", "postal_code": "N1"},
            },
            "metadata": {"src": "test"},
        }
    )
    assert visa.id.startswith("pm_") and visa.type == "card"
    assert visa.card is not None
    assert (visa.card.brand, visa.card.last4, visa.card.funding) == ("visa", "4242", "credit")
    assert visa.card.exp_month == 12 and visa.card.exp_year > 2024
    assert visa.customer is None
    assert visa.billing_details.name == "Ada"
    assert visa.billing_details.address is not None
    assert visa.billing_details.address.country == "GB"
    assert visa.billing_details.address.city is None
    amex = card(stripe_client, "tok_amex")
    assert amex.card is not None and (amex.card.brand, amex.card.last4) == ("amex", "0005")
    raw = stripe_client.v1.payment_methods.create(
        {
            "type": "card",
            "card": {"number": "5555555555554444", "exp_month": 4, "exp_year": 2040, "cvc": "123"},
        }
    )
    assert raw.card is not None and raw.card.brand == "mastercard"
    assert raw.card.fingerprint == card(stripe_client, "tok_mastercard").card.fingerprint  # type: ignore[union-attr]
    with pytest.raises(stripe.CardError) as card_exc:
        stripe_client.v1.payment_methods.create(
            {
                "type": "card",
                "card": {"number": "4242424242424241", "exp_month": 4, "exp_year": 2040},
            }
        )
    check_error(
        card_exc,
        402,
        "Your card number is incorrect.",
        code="incorrect_number",
        param="number",
        type_="card_error",
    )
    with pytest.raises(stripe.CardError) as card_exc:
        stripe_client.v1.payment_methods.create(
            {
                "type": "card",
                "card": {"number": "4242424242424242", "exp_month": 13, "exp_year": 2040},
            }
        )
    check_error(
        card_exc,
        402,
        "Your card's expiration month is invalid.",
        code="invalid_expiry_month",
        param="exp_month",
        type_="card_error",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        card(stripe_client, "tok_unknown")
    check_error(
        exc, 400, "No such token: 'tok_unknown'", code="resource_missing", param="card[token]"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.create({"card": {"token": "tok_visa"}})
    check_error(exc, 400, "Missing required param: type.", code="parameter_missing", param="type")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.create({"type": "card"})
    check_error(exc, 400, "Missing required param: card.", code="parameter_missing", param="card")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.create({"type": "carrier_pigeon"})
    check_error(exc, 400, param="type", contains="Invalid type: must be one of acss_debit")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.retrieve("pm_nope")
    check_error(
        exc,
        404,
        "No such PaymentMethod: 'pm_nope'",
        code="resource_missing",
        param="payment_method",
    )


def test_other_payment_method_types(stripe_client: stripe.StripeClient) -> None:
    sepa = stripe_client.v1.payment_methods.create(
        {
            "type": "sepa_debit",
            "sepa_debit": {"iban": "DE89370400440532013000"},
            "billing_details": {"name": "Jenny", "email": "jenny@example.com"},
        }
    )
    assert sepa.sepa_debit is not None
    assert (sepa.sepa_debit.last4, sepa.sepa_debit.country) == ("3000", "DE")
    assert sepa.sepa_debit.bank_code == "37040"
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.create(
            {"type": "sepa_debit", "sepa_debit": {"iban": "DE00123"}}
        )
    check_error(
        exc, 400, code="invalid_bank_account_iban", param="sepa_debit[iban]", contains="IBAN"
    )
    ach = stripe_client.v1.payment_methods.create(
        {
            "type": "us_bank_account",
            "billing_details": {"name": "Jo"},
            "us_bank_account": {
                "account_number": "000123456789",
                "routing_number": "110000000",
                "account_holder_type": "company",
            },
        }
    )
    assert ach.us_bank_account is not None
    assert ach.us_bank_account.last4 == "6789"
    assert ach.us_bank_account.bank_name == "STRIPE TEST BANK"
    assert ach.us_bank_account.account_holder_type == "company"
    link = stripe_client.v1.payment_methods.create(
        {"type": "link", "billing_details": {"email": "l@example.com"}}
    )
    assert link.link is not None and link.link.email == "l@example.com"
    paypal = stripe_client.v1.payment_methods.create(
        {"type": "paypal", "billing_details": {"email": "p@example.com"}}
    )
    assert paypal.paypal is not None and paypal.paypal.payer_email == "p@example.com"
    cashapp = stripe_client.v1.payment_methods.create({"type": "cashapp"})
    assert cashapp.type == "cashapp" and cashapp.card is None


def test_attach_detach_and_customer_lists(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client, card=None)
    other = make_customer(stripe_client, card=None)
    pms = [card(stripe_client, t) for t in ("tok_visa", "tok_mastercard", "tok_amex")]
    sepa = stripe_client.v1.payment_methods.create(
        {
            "type": "sepa_debit",
            "sepa_debit": {"iban": "FR1420041010050500013M02606"},
            "billing_details": {"name": "X", "email": "x@example.com"},
        }
    )
    for pm in [*pms, sepa]:
        attached = stripe_client.v1.payment_methods.attach(pm.id, {"customer": customer.id})
        assert attached.customer == customer.id
    events = events_of(stripe_client, "payment_method.attached")
    assert [payload(e)["object"]["id"] for e in events] == [p.id for p in [*pms, sepa]]
    newest_first = [sepa.id, *[p.id for p in reversed(pms)]]
    listed = stripe_client.v1.customers.payment_methods.list(customer.id, {"limit": 100})
    assert [p.id for p in listed.data] == newest_first
    cards = stripe_client.v1.customers.payment_methods.list(customer.id, {"type": "card"})
    assert [p.id for p in cards.data] == newest_first[1:]
    flat = stripe_client.v1.payment_methods.list({"customer": customer.id, "limit": 2})
    assert [p.id for p in flat.data] == newest_first[:2] and flat.has_more
    after = stripe_client.v1.payment_methods.list(
        {"customer": customer.id, "limit": 2, "starting_after": flat.data[-1].id}
    )
    assert [p.id for p in after.data] == newest_first[2:] and not after.has_more
    assert stripe_client.v1.customers.payment_methods.list(other.id).data == []
    one = stripe_client.v1.customers.payment_methods.retrieve(customer.id, pms[0].id)
    assert one.id == pms[0].id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.customers.payment_methods.retrieve(other.id, pms[0].id)
    check_error(
        exc,
        404,
        f"No such PaymentMethod: '{pms[0].id}'",
        code="resource_missing",
        param="payment_method",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.attach(pms[0].id, {"customer": other.id})
    check_error(
        exc,
        400,
        "The payment method you provided has already been attached to a customer.",
        param="payment_method",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.attach(pms[0].id)
    check_error(
        exc, 400, "Missing required param: customer.", code="parameter_missing", param="customer"
    )
    # Detaching the default payment method clears it on the customer.
    stripe_client.v1.customers.update(
        customer.id, {"invoice_settings": {"default_payment_method": pms[0].id}}
    )
    detached = stripe_client.v1.payment_methods.detach(pms[0].id)
    assert detached.customer is None
    after_detach = stripe_client.v1.customers.retrieve(customer.id).to_dict()
    assert after_detach["invoice_settings"]["default_payment_method"] is None
    event = events_of(stripe_client, "payment_method.detached")[0]
    assert payload(event)["previous_attributes"] == {"customer": customer.id}
    assert pms[0].id not in [
        p.id for p in stripe_client.v1.customers.payment_methods.list(customer.id).data
    ]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.detach(pms[0].id)
    check_error(
        exc,
        400,
        "The payment method you provided is not attached to a customer so "
        "detachment is impossible.",
    )


def test_declined_card_cannot_be_attached(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client, card=None)
    declined = card(stripe_client, "tok_chargeDeclined")
    with pytest.raises(stripe.CardError) as exc:
        stripe_client.v1.payment_methods.attach(declined.id, {"customer": customer.id})
    check_error(exc, 402, "Your card was declined.", code="card_declined", type_="card_error")
    assert stripe_client.v1.payment_methods.retrieve(declined.id).customer is None


def test_magic_test_payment_method_ids(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client, card=None)
    first = stripe_client.v1.payment_methods.attach("pm_card_visa", {"customer": customer.id})
    second = stripe_client.v1.payment_methods.attach("pm_card_visa", {"customer": customer.id})
    assert first.id != second.id and first.id.startswith("pm_")
    assert first.card is not None and first.card.last4 == "4242"
    assert first.customer == customer.id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.attach("pm_card_nosuch", {"customer": customer.id})
    check_error(exc, 404, code="resource_missing", param="payment_method")


def test_update_payment_method(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client, card=None)
    pm = card(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.payment_methods.update(pm.id, {"metadata": {"a": "b"}})
    check_error(
        exc, 400, "You must save this PaymentMethod to a customer before you can update it."
    )
    stripe_client.v1.payment_methods.attach(pm.id, {"customer": customer.id})
    updated = stripe_client.v1.payment_methods.update(
        pm.id,
        {
            "card": {"exp_month": 3, "exp_year": 2031},
            "metadata": {"a": "b"},
            "billing_details": {"name": "New Name"},
        },
    )
    assert updated.card is not None
    assert (updated.card.exp_month, updated.card.exp_year) == (3, 2031)
    assert updated.metadata is not None and updated.metadata.to_dict() == {"a": "b"}
    assert updated.billing_details.name == "New Name"
    event = events_of(stripe_client, "payment_method.updated")[0]
    assert set(payload(event)["previous_attributes"]) == {"card", "metadata", "billing_details"}
    assert "payment_method.updated" in event_types(stripe_client)
