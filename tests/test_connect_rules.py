"""The Connect rules without Stripe: who created what, allowed actions, wizard validation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.connect.accounts import AccountRow
from services.connect.kinds import Kind, creator, dashboard_access, recommended_kind
from services.connect.money import format_amount, parse_amount
from services.connect.rules import (
    Action,
    Note,
    Reason,
    account_notes,
    invoice_fee_decision,
    subscription_actions,
)
from services.connect.subscriptions import InvoiceFacts, SubscriptionRow
from services.connect.wizard import (
    NewCustomer,
    Problem,
    SubscriptionDraft,
    attempt_keys,
    create_params,
    fee_problem,
    next_step,
    parse_fee_percent,
    validate,
)

APP = "ca_Platform"
ACCT = "acct_1TestAccount00"


def sub(kind: Kind, *, owner: str = "", application: str | None = None, status: str = "active"):
    return SubscriptionRow(
        kind=kind, rid=1, id="sub_1", owner=owner, status=status, application=application
    )


def invoice(
    owner: str = "",
    *,
    application: str | None = None,
    status: str = "open",
    destination: bool = False,
) -> InvoiceFacts:
    return InvoiceFacts("in_1", owner, status, application, destination, 1000, "usd", None)


def test_dashboard_access_from_controller_or_legacy_type() -> None:
    assert dashboard_access({"controller": {"stripe_dashboard": {"type": "express"}}}) == "express"
    assert dashboard_access({"type": "standard"}) == "full"
    assert dashboard_access({"type": "custom"}) == "none"
    assert dashboard_access({}) is None


def test_the_guide_recommends_direct_for_full_dashboard_only() -> None:
    assert recommended_kind("full") is Kind.DIRECT
    assert recommended_kind("express") is Kind.DESTINATION
    assert recommended_kind("none") is Kind.DESTINATION
    assert recommended_kind(None) is Kind.DESTINATION


def test_creator() -> None:
    assert creator("", None, APP).kind == "platform"
    assert creator("", "ca_Other", APP).kind == "other_app"
    assert creator(ACCT, None, APP).kind == "account"
    assert creator(ACCT, APP, APP).kind == "platform"
    assert creator(ACCT, "ca_Other", APP).kind == "other_app"
    assert creator(ACCT, APP, None).kind == "unknown"


def test_direct_subscription_not_created_by_the_platform_cannot_change() -> None:
    decisions = subscription_actions(sub(Kind.DIRECT, owner=ACCT), platform_app=APP)
    for action in (Action.CHANGE_FEE, Action.CANCEL):
        assert not decisions[action].allowed
        assert decisions[action].reason is Reason.NOT_CREATED_BY_PLATFORM
        assert decisions[action].values["creator"] == "account"
    ours = subscription_actions(sub(Kind.DIRECT, owner=ACCT, application=APP), platform_app=APP)
    assert all(d.allowed for d in ours.values())
    unknown = subscription_actions(sub(Kind.DIRECT, owner=ACCT, application=APP), platform_app=None)
    assert unknown[Action.CANCEL].reason is Reason.PLATFORM_APP_UNKNOWN


def test_platform_billing_has_no_fee_but_can_be_cancelled() -> None:
    decisions = subscription_actions(sub(Kind.PLATFORM_BILLING), platform_app=APP)
    assert decisions[Action.CHANGE_FEE].reason is Reason.NO_FEE_ON_PLATFORM_BILLING
    assert decisions[Action.CANCEL].allowed


def test_ended_and_disconnected() -> None:
    ended = subscription_actions(sub(Kind.DESTINATION, status="canceled"), platform_app=APP)
    assert ended[Action.CANCEL].reason is Reason.ENDED
    gone = subscription_actions(
        sub(Kind.DIRECT, owner=ACCT, application=APP), platform_app=APP, account_connected=False
    )
    assert gone[Action.CANCEL].reason is Reason.ACCOUNT_DISCONNECTED
    # A disconnected account's platform subscriptions stay cancellable.
    platform = subscription_actions(
        sub(Kind.DESTINATION), platform_app=APP, account_connected=False
    )
    assert platform[Action.CANCEL].allowed


def test_invoice_fee_rules() -> None:
    direct_ours = sub(Kind.DIRECT, owner=ACCT, application=APP)
    assert invoice_fee_decision(
        direct_ours, invoice(ACCT, application=APP), platform_app=APP
    ).allowed
    foreign = invoice_fee_decision(direct_ours, invoice(ACCT), platform_app=APP)
    assert foreign.reason is Reason.INVOICE_NOT_CREATED_BY_PLATFORM
    paid = invoice_fee_decision(
        direct_ours, invoice(ACCT, application=APP, status="paid"), platform_app=APP
    )
    assert paid.reason is Reason.INVOICE_FINAL
    dest = sub(Kind.DESTINATION)
    assert invoice_fee_decision(dest, invoice(destination=True), platform_app=APP).allowed
    assert invoice_fee_decision(dest, invoice(), platform_app=APP).reason is (
        Reason.INVOICE_WITHOUT_DESTINATION
    )
    assert invoice_fee_decision(dest, None, platform_app=APP).reason is Reason.NO_INVOICE
    billing = invoice_fee_decision(sub(Kind.PLATFORM_BILLING), invoice(), platform_app=APP)
    assert billing.reason is Reason.NO_FEE_ON_PLATFORM_BILLING


def test_account_notes() -> None:
    full = AccountRow(ACCT, "Yoga", dashboard="full", currently_due=("external_account",))
    assert account_notes(full) == [Note.MANAGES_OWN_SUBSCRIPTIONS, Note.REQUIREMENTS_DUE]
    express = AccountRow(ACCT, "Design", dashboard="express", charges_enabled=False)
    assert account_notes(express) == [Note.PLATFORM_MANAGES, Note.CHARGES_DISABLED]
    gone = AccountRow(ACCT, "Barbers", connection="deauthorized", listed=False)
    assert account_notes(gone) == [Note.DISCONNECTED]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", None),
        ("0", None),
        ("100", None),
        ("12.5", None),
        ("12,75", None),
        ("7.25 %", None),
        ("100.01", Problem.FEE_OUT_OF_RANGE),
        ("-1", Problem.FEE_OUT_OF_RANGE),
        ("150", Problem.FEE_OUT_OF_RANGE),
        ("12.345", Problem.FEE_TOO_PRECISE),
        ("abc", Problem.FEE_NOT_A_NUMBER),
        ("nan", Problem.FEE_NOT_A_NUMBER),
        ("1e1000", Problem.FEE_OUT_OF_RANGE),
    ],
)
def test_fee_percent_validation(text: str, problem: Problem | None) -> None:
    assert fee_problem(text) is problem


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False))
def test_every_two_decimal_percentage_is_accepted(value: Decimal) -> None:
    assert parse_fee_percent(str(value)) == value


def test_validate_and_params_for_direct_and_destination() -> None:
    direct = SubscriptionDraft(
        ACCT,
        Kind.DIRECT,
        new_customer=NewCustomer("Ada", "ada@x.org"),
        price_id="price_1",
        fee_text="10",
        on_behalf_of=True,
    )
    assert [p.problem for p in validate(direct)] == [Problem.ON_BEHALF_OF_DIRECT]
    direct = SubscriptionDraft(
        ACCT, Kind.DIRECT, customer_id="cus_1", price_id="price_1", fee_text="12.50"
    )
    assert validate(direct) == []
    assert direct.customer_owner == ACCT
    assert create_params(direct, "cus_1") == {
        "customer": "cus_1",
        "items": [{"price": "price_1"}],
        "payment_behavior": "default_incomplete",
        "expand": ["latest_invoice.confirmation_secret"],
        "application_fee_percent": "12.5",
    }
    dest = SubscriptionDraft(
        ACCT, Kind.DESTINATION, customer_id="cus_2", price_id="price_2", on_behalf_of=True
    )
    assert dest.customer_owner == ""
    params = create_params(dest, "cus_2")
    assert params["transfer_data"] == {"destination": ACCT}
    assert params["on_behalf_of"] == ACCT
    assert "application_fee_percent" not in params
    empty = SubscriptionDraft(ACCT, Kind.DESTINATION, new_customer=NewCustomer("", "not-mail"))
    problems = {p.problem for p in validate(empty)}
    assert problems == {Problem.EMAIL_INVALID, Problem.PRICE_MISSING}
    assert {p.problem for p in validate(SubscriptionDraft(ACCT, Kind.DIRECT))} == {
        Problem.CUSTOMER_MISSING,
        Problem.PRICE_MISSING,
    }


def test_a_retry_of_the_same_draft_reuses_its_idempotency_keys() -> None:
    draft = SubscriptionDraft(ACCT, Kind.DIRECT, customer_id="cus_1", price_id="price_1")
    first = attempt_keys(draft, None)
    assert attempt_keys(draft, first) is first
    changed = SubscriptionDraft(ACCT, Kind.DIRECT, customer_id="cus_1", price_id="price_2")
    second = attempt_keys(changed, first)
    assert second.subscription != first.subscription and second.customer != first.customer


def test_next_step_after_create() -> None:
    assert next_step("incomplete", {"status": "open"}).value == "customer_pays_first_invoice"
    assert next_step("active", {"status": "paid"}).value == "nothing"
    assert next_step("trialing", None).value == "trial"


def test_money() -> None:
    assert format_amount(12900, "usd") == "$129.00"
    assert format_amount(3500, "jpy") == "¥3,500"
    assert format_amount(None, "usd") == "—"
    assert parse_amount("12,50", "eur") == 1250
    assert parse_amount("12.505", "eur") is None
    assert parse_amount("3500", "jpy") == 3500
    assert parse_amount("35.5", "jpy") is None
    assert parse_amount("-1", "usd") is None
    # Three-decimal currencies: Stripe's amounts are thousandths (services.currency).
    assert format_amount(1500, "kwd") == "1.500 KWD"
    assert parse_amount("1.5", "kwd") == 1500
