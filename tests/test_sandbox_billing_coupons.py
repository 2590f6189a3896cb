"""Sandbox coupons, promotion codes and subscription discounts through the real stripe SDK."""

from __future__ import annotations

import time

import pytest
import stripe

from tests.sandbox_billing_support import (
    check_error,
    event_types,
    make_customer,
    make_price,
    subscribe,
)


def test_coupon_crud(stripe_client: stripe.StripeClient) -> None:
    pct = stripe_client.v1.coupons.create(
        {"percent_off": 25, "duration": "repeating", "duration_in_months": 3, "name": "Quarter off"}
    )
    assert pct.percent_off == 25 and pct.duration_in_months == 3 and pct.valid is True
    assert pct.times_redeemed == 0
    fixed = stripe_client.v1.coupons.create(
        {"id": "TENOFF", "amount_off": 1000, "currency": "USD", "duration": "once"}
    )
    assert fixed.id == "TENOFF" and fixed.currency == "usd" and fixed.amount_off == 1000
    assert stripe_client.v1.coupons.retrieve("TENOFF").name is None
    renamed = stripe_client.v1.coupons.update("TENOFF", {"name": "Ten off", "metadata": {"c": "1"}})
    assert renamed.name == "Ten off"
    listed = stripe_client.v1.coupons.list()
    assert [c.id for c in listed.data] == ["TENOFF", pct.id]
    deleted = stripe_client.v1.coupons.delete("TENOFF")
    assert deleted.deleted is True
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.retrieve("TENOFF")
    check_error(exc, 404, "No such coupon: 'TENOFF'", code="resource_missing", param="coupon")
    assert [c.id for c in stripe_client.v1.coupons.list().data] == [pct.id]
    types = event_types(stripe_client, type="coupon.*")
    assert types == ["coupon.created", "coupon.created", "coupon.updated", "coupon.deleted"]


def test_coupon_validation(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.create({"duration": "once"})
    check_error(exc, 400, param="percent_off", contains="`percent_off` or `amount_off`")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.create({"percent_off": 10, "amount_off": 100, "currency": "usd"})
    check_error(
        exc,
        400,
        code="parameters_exclusive",
        param="percent_off",
        contains="amount_off, percent_off",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.create({"amount_off": 100})
    check_error(
        exc, 400, "Missing required param: currency.", code="parameter_missing", param="currency"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.create({"percent_off": 10, "duration": "repeating"})
    check_error(
        exc,
        400,
        "Missing required param: duration_in_months.",
        code="parameter_missing",
        param="duration_in_months",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.create({"percent_off": 120})
    check_error(exc, 400, param="percent_off", contains="less than or equal to 100")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.create({"percent_off": 10, "duration": "sometimes"})
    check_error(
        exc, 400, "Invalid duration: must be one of forever, once, or repeating", param="duration"
    )
    stripe_client.v1.coupons.create({"id": "DUP", "percent_off": 5})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.coupons.create({"id": "DUP", "percent_off": 5})
    check_error(exc, 400, "Coupon already exists.", code="resource_already_exists", param="id")


def test_promotion_codes(stripe_client: stripe.StripeClient) -> None:
    coupon = stripe_client.v1.coupons.create({"percent_off": 15, "duration": "forever"})
    customer = make_customer(stripe_client, card=None)
    promo = stripe_client.v1.promotion_codes.create(
        {
            "promotion": {"type": "coupon", "coupon": coupon.id},
            "code": "SPRING15",
            "max_redemptions": 5,
            "restrictions": {"first_time_transaction": True},
        }
    )
    assert promo.code == "SPRING15" and promo.active is True
    assert promo.promotion.coupon == coupon.id and promo.promotion.type == "coupon"
    assert promo.restrictions.first_time_transaction is True
    generated = stripe_client.v1.promotion_codes.create(
        {"promotion": {"type": "coupon", "coupon": coupon.id}, "customer": customer.id}
    )
    assert len(generated.code) == 8 and generated.customer == customer.id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.promotion_codes.create(
            {"promotion": {"type": "coupon", "coupon": coupon.id}, "code": "spring15"}
        )
    check_error(exc, 400, code="resource_already_exists", param="code", contains="already exists")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.promotion_codes.create({"promotion": {"type": "coupon", "coupon": "nope"}})
    check_error(
        exc, 400, "No such coupon: 'nope'", code="resource_missing", param="promotion[coupon]"
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.raw_request("post", "/v1/promotion_codes", code="X")
    check_error(
        exc, 400, "Missing required param: promotion.", code="parameter_missing", param="promotion"
    )
    assert [p.id for p in stripe_client.v1.promotion_codes.list({"code": "spring15"}).data] == [
        promo.id
    ]
    assert [
        p.id for p in stripe_client.v1.promotion_codes.list({"customer": customer.id}).data
    ] == [generated.id]
    assert len(stripe_client.v1.promotion_codes.list({"coupon": coupon.id}).data) == 2
    off = stripe_client.v1.promotion_codes.update(promo.id, {"active": False})
    assert off.active is False
    assert [p.id for p in stripe_client.v1.promotion_codes.list({"active": True}).data] == [
        generated.id
    ]
    assert stripe_client.v1.promotion_codes.retrieve(promo.id).active is False
    assert event_types(stripe_client, type="promotion_code.*") == [
        "promotion_code.created",
        "promotion_code.created",
        "promotion_code.updated",
    ]


def test_discounts_on_subscriptions(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client, 2000)
    customer = make_customer(stripe_client)
    quarter = stripe_client.v1.coupons.create({"percent_off": 25, "duration": "forever"})
    sub = subscribe(
        stripe_client,
        customer.id,
        price.id,
        discounts=[{"coupon": quarter.id}],
        expand=["latest_invoice", "discounts"],
    )
    invoice = sub.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.subtotal == 2000 and invoice.total == 1500 and invoice.amount_paid == 1500
    assert invoice.total_discount_amounts is not None
    assert invoice.total_discount_amounts[0].amount == 500
    discount = sub.discounts[0]
    assert isinstance(discount, stripe.Discount)
    assert discount.source.coupon == quarter.id and discount.subscription == sub.id
    assert stripe_client.v1.coupons.retrieve(quarter.id).times_redeemed == 1
    fiver = stripe_client.v1.coupons.create({"amount_off": 500, "currency": "usd"})
    promo = stripe_client.v1.promotion_codes.create(
        {"promotion": {"type": "coupon", "coupon": fiver.id}}
    )
    other = subscribe(
        stripe_client,
        customer.id,
        make_price(stripe_client, 800).id,
        discounts=[{"promotion_code": promo.id}],
        expand=["latest_invoice"],
    )
    assert isinstance(other.latest_invoice, stripe.Invoice)
    assert other.latest_invoice.total == 300
    assert stripe_client.v1.promotion_codes.retrieve(promo.id).times_redeemed == 1
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, discounts=[{"coupon": "nope"}])
    check_error(
        exc, 400, "No such coupon: 'nope'", code="resource_missing", param="discounts[0][coupon]"
    )
    limited = stripe_client.v1.coupons.create(
        {"percent_off": 5, "max_redemptions": 1, "redeem_by": int(time.time()) + 3600}
    )
    subscribe(stripe_client, customer.id, price.id, discounts=[{"coupon": limited.id}])
    with pytest.raises(stripe.InvalidRequestError) as exc:
        subscribe(stripe_client, customer.id, price.id, discounts=[{"coupon": limited.id}])
    check_error(
        exc,
        400,
        f"Coupon expired: {limited.id}",
        code="coupon_expired",
        param="discounts[0][coupon]",
    )
    cleared = stripe_client.v1.subscriptions.update(sub.id, {"discounts": ""})
    assert cleared.discounts == []
