"""Portal eligibility, rule by rule, against sandbox subscriptions built for each case."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from services.customers.eligibility import (
    PAYMENT_METHOD_UPDATE,
    SUBSCRIPTION_CANCEL,
    SUBSCRIPTION_UPDATE,
    SUPPORTED_PAYMENT_METHOD_TYPES,
    SubscriptionEligibility,
    check_update_confirm,
    evaluate_customer,
    evaluate_subscription,
)
from services.sandbox.server import SandboxServer
from tests.test_customers_world import World, build_world


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    srv = SandboxServer(seed="empty").start()
    try:
        yield build_world(srv)
    finally:
        srv.stop()


def judge(world: World, case: str, config: str = "full") -> SubscriptionEligibility:
    sub = world.sub(case)
    customer = world.gateway.get_json(f"/v1/customers/{sub['customer']}")
    return evaluate_subscription(
        sub,
        world.config(config),
        customer=customer,
        payment_method_types=world.pm_types(customer["id"]),
        prices=world.price_objects(),
    )


def codes(verdict: Any) -> list[str]:
    return [r.code for r in verdict.reasons]


def test_baseline_can_be_updated_and_cancelled(world: World) -> None:
    e = judge(world, "baseline")
    assert e.update.allowed and e.cancel.allowed
    # Only prices with the same (exclusive) tax behavior are offered; the others are
    # listed as hidden, with a warning saying why.
    pr = world.prices
    assert {t.price for t in e.targets} == {pr["pro_y"], pr["team_y"]}
    assert {t.price for t in e.hidden_targets} == {pr["plain_m"], pr["plain_y"], pr["team_m"]}
    assert [w.code for w in e.update.warnings] == ["prices_hidden"]
    assert e.quantity.allowed and (e.quantity.minimum, e.quantity.maximum) == (1, 10)
    assert e.current_price == world.prices["pro_m"] and e.current_quantity == 2


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("several_products", "several_products"),
        ("metered", "metered"),
        ("send_invoice", "send_invoice"),
        ("unsupported_pm", "unsupported_payment_method"),
        ("tax_unspecified", "tax_behavior_unspecified"),
        ("not_offered", "product_not_offered"),
    ],
)
def test_these_can_only_be_cancelled(world: World, case: str, code: str) -> None:
    e = judge(world, case)
    assert not e.update.allowed
    assert code in codes(e.update)
    assert e.cancel.allowed, e.cancel.reasons


def test_a_supported_bank_debit_is_fine(world: World) -> None:
    assert "sepa_debit" in SUPPORTED_PAYMENT_METHOD_TYPES
    assert judge(world, "sepa").update.allowed


def test_unsupported_payment_method_names_the_type(world: World) -> None:
    reason = judge(world, "unsupported_pm").update.reasons[0]
    assert reason.params["type"] == "ideal" and "ideal" in reason.message


def test_a_schedule_blocks_update_and_cancel(world: World) -> None:
    e = judge(world, "schedule")
    assert "schedule" in codes(e.update) and "schedule" in codes(e.cancel)


def test_tax_behavior_must_match_the_target_prices(world: World) -> None:
    # Team monthly is tax-inclusive, Team yearly exclusive: with price changes only, nothing
    # is left to switch to.
    e = judge(world, "tax_mismatch", "price_only")
    assert codes(e.update) == ["tax_behavior_mismatch"]
    assert [t.price for t in e.hidden_targets] == [world.prices["team_y"]]
    # The full configuration also allows quantity changes: allowed, with the yearly price
    # hidden and said so.
    e = judge(world, "tax_mismatch", "full")
    assert e.update.allowed and e.targets == ()
    assert [w.code for w in e.update.warnings] == ["prices_hidden"]


def test_a_configuration_without_updates_allows_only_cancel(world: World) -> None:
    e = judge(world, "baseline", "cancel_only")
    assert codes(e.update) == ["feature_disabled"] and e.cancel.allowed


def test_trialing_warns_that_the_trial_ends(world: World) -> None:
    e = judge(world, "trialing")
    assert e.update.allowed and "trial_ends" in [w.code for w in e.update.warnings]
    # A configuration that keeps the trial going has nothing to warn about.
    e = judge(world, "trialing_team", "price_only")
    assert "trial_ends" not in [w.code for w in e.update.warnings]


def test_statuses(world: World) -> None:
    canceling = judge(world, "canceling")
    assert codes(canceling.cancel) == ["already_canceling"] and canceling.update.allowed
    canceled = judge(world, "canceled")
    assert codes(canceled.cancel) == ["status"] and "status" in codes(canceled.update)
    # Paused payment collection is not status=paused: the portal still acts on it.
    paused = judge(world, "paused_collection")
    assert paused.update.allowed and paused.cancel.allowed


def test_status_paused_cannot_be_updated() -> None:
    sub = {
        "id": "sub_x",
        "status": "paused",
        "items": {"data": [{"id": "si_x", "price": {"id": "p", "tax_behavior": "exclusive"}}]},
    }
    config = {"features": {"subscription_cancel": {"enabled": True}}}
    e = evaluate_subscription(sub, config)
    assert "status" in codes(e.update) and e.cancel.allowed


def test_customer_level_flows(world: World) -> None:
    customer = world.customer("nothing")
    e = evaluate_customer(customer, [], world.config("full"))
    assert e.flow_verdict(PAYMENT_METHOD_UPDATE, None).allowed
    for flow in (SUBSCRIPTION_CANCEL, SUBSCRIPTION_UPDATE):
        assert codes(e.flow_verdict(flow, None)) == ["no_subscription"]
    e = evaluate_customer(customer, [], world.config("cancel_only"))
    assert codes(e.flow_verdict(PAYMENT_METHOD_UPDATE, None)) == ["feature_disabled"]
    e = evaluate_customer(customer, [], world.config("inactive"))
    assert codes(e.flow_verdict(PAYMENT_METHOD_UPDATE, None)) == ["configuration_inactive"]
    e = evaluate_customer(customer, [], None)
    assert codes(e.flow_verdict(PAYMENT_METHOD_UPDATE, None)) == ["no_configuration"]
    e = evaluate_customer(customer, [world.sub("baseline")], world.config("full"), deleted=True)
    assert codes(e.flow_verdict(SUBSCRIPTION_CANCEL, world.subs["baseline"])) == [
        "customer_deleted"
    ]


def test_only_live_subscriptions_are_offered(world: World) -> None:
    subs = [world.sub(c) for c in ("baseline", "canceled", "trialing")]
    e = evaluate_customer(world.customer("card"), subs, world.config("full"))
    assert set(e.subscriptions) == {world.subs["baseline"], world.subs["trialing"]}


def test_update_confirm_choices(world: World) -> None:
    e = judge(world, "baseline")
    pro_y, usage = world.prices["pro_y"], world.prices["usage_m"]
    assert check_update_confirm(e, pro_y, None) == []
    assert check_update_confirm(e, None, 5) == []
    assert [r.code for r in check_update_confirm(e, usage, None)] == ["price_not_offered"]
    assert [r.code for r in check_update_confirm(e, None, 11)] == ["quantity_range"]
    assert [r.code for r in check_update_confirm(e, None, None)] == ["choose_change"]
    assert [r.code for r in check_update_confirm(e, world.prices["pro_m"], 2)] == ["no_change"]
    blocked = judge(world, "metered")
    assert "metered" in [r.code for r in check_update_confirm(blocked, pro_y, None)]


def test_the_sandbox_agrees_where_it_enforces_the_same_rule(world: World) -> None:
    """Where our rules say "no", a session for that flow is refused by the sandbox too."""
    import stripe

    for case in ("several_products", "metered", "send_invoice", "schedule"):
        sub = world.sub(case)
        with pytest.raises(stripe.InvalidRequestError):
            world.client.v1.billing_portal.sessions.create(
                {
                    "customer": sub["customer"],
                    "flow_data": {
                        "type": "subscription_update",
                        "subscription_update": {"subscription": sub["id"]},
                    },
                }
            )
        assert not judge(world, case).update.allowed
