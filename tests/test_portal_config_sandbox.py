"""Portal configurations against the sandbox over real HTTP: every field round-trips,
every check agrees with what Stripe (the sandbox) refuses, and saving detects conflicts."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import stripe

from services.portal_config import api, schema
from services.portal_config.catalog import from_api
from services.portal_config.checks import check
from services.portal_config.document import Doc, create_params, dashboard_defaults, from_object
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.test_portal_config_fixtures import (
    CASES,
    Case,
    Shop,
    bad_doc,
    build_shop,
    count_requests,
    entry,
    good_doc,
    writes,
)


@pytest.fixture(scope="module")
def shop_sandbox() -> Iterator[tuple[SandboxServer, Shop]]:
    """One sandbox with the test catalogue, shared by this module's tests."""
    srv = SandboxServer(seed="empty").start()
    try:
        yield srv, build_shop(make_client(srv), extra_products=11)
    finally:
        srv.stop()


@pytest.fixture
def client(shop_sandbox: tuple[SandboxServer, Shop]) -> stripe.StripeClient:
    return make_client(shop_sandbox[0])


@pytest.fixture
def shop(shop_sandbox: tuple[SandboxServer, Shop]) -> Shop:
    return shop_sandbox[1]


# -- every field round-trips ---------------------------------------------------------------------
def _su(doc: Doc) -> dict[str, Any]:
    return doc["features"]["subscription_update"]


def _pause(doc: Doc, **duration: Any) -> None:
    doc["features"]["subscription_pause"]["enabled"] = True
    doc["features"]["subscription_pause"]["duration"].update(duration)


Mutation = Callable[[Doc, Shop], None]
MUTATIONS: dict[str, Mutation] = {
    "name": lambda d, s: d.update(name="Teams portal"),
    "business_profile.headline": lambda d, s: d["business_profile"].update(headline="Hello"),
    "business_profile.privacy_policy_url": lambda d, s: d["business_profile"].update(
        privacy_policy_url="https://shop.example/privacy"
    ),
    "business_profile.terms_of_service_url": lambda d, s: d["business_profile"].update(
        terms_of_service_url="https://shop.example/terms"
    ),
    "default_return_url": lambda d, s: d.update(default_return_url="https://shop.example/a"),
    "login_page.enabled": lambda d, s: d["login_page"].update(enabled=True),
    "metadata": lambda d, s: d.update(metadata={"team": "growth", "ticket": "T-42"}),
    "features.customer_update.allowed_updates": lambda d, s: d["features"][
        "customer_update"
    ].update(allowed_updates=["shipping", "tax_id"]),
    "features.customer_update.enabled": lambda d, s: d["features"]["customer_update"].update(
        enabled=False
    ),
    "features.invoice_history.enabled": lambda d, s: d["features"]["invoice_history"].update(
        enabled=False
    ),
    "features.payment_method_update.enabled": lambda d, s: d["features"][
        "payment_method_update"
    ].update(enabled=False),
    "features.payment_method_update.payment_method_configuration": lambda d, s: d["features"][
        "payment_method_update"
    ].update(payment_method_configuration="pmc_1PgT28Abc"),
    "features.subscription_cancel.cancellation_reason.enabled": lambda d, s: d["features"][
        "subscription_cancel"
    ]["cancellation_reason"].update(enabled=False),
    "features.subscription_cancel.cancellation_reason.feedback_options": lambda d, s: d["features"][
        "subscription_cancel"
    ]["cancellation_reason"].update(feedback_options=["fbo_1", "fbo_2"]),
    "features.subscription_cancel.cancellation_reason.options": lambda d, s: d["features"][
        "subscription_cancel"
    ]["cancellation_reason"].update(options=["other", "too_complex"]),
    "features.subscription_cancel.enabled": lambda d, s: d["features"][
        "subscription_cancel"
    ].update(enabled=False),
    "features.subscription_cancel.mode": lambda d, s: d["features"]["subscription_cancel"].update(
        mode="immediately"
    ),
    "features.subscription_cancel.proration_behavior": lambda d, s: d["features"][
        "subscription_cancel"
    ].update(mode="immediately", proration_behavior="create_prorations"),
    "features.subscription_pause.duration.interval_options[].interval": lambda d, s: _pause(
        d, interval_options=[{"interval": "week", "interval_count": 2}]
    ),
    "features.subscription_pause.duration.interval_options[].interval_count": lambda d, s: _pause(
        d,
        interval_options=[
            {"interval": "month", "interval_count": 6},
            {"interval": "day", "interval_count": 10},
        ],
    ),
    "features.subscription_pause.duration.type": lambda d, s: _pause(
        d, type="indefinite", interval_options=[]
    ),
    "features.subscription_pause.enabled": lambda d, s: d["features"]["subscription_pause"].update(
        enabled=True
    ),
    "features.subscription_update.billing_cycle_anchor": lambda d, s: _su(d).update(
        billing_cycle_anchor="now"
    ),
    "features.subscription_update.default_allowed_updates": lambda d, s: _su(d).update(
        default_allowed_updates=["price", "quantity", "promotion_code"]
    ),
    "features.subscription_update.enabled": lambda d, s: _su(d).update(enabled=False),
    "features.subscription_update.products": lambda d, s: _su(d)["products"].append(
        entry(s.products["team"], s.prices["team_monthly"])
    ),
    "features.subscription_update.products[].adjustable_quantity.enabled": lambda d, s: _su(d)[
        "products"
    ][0]["adjustable_quantity"].update(enabled=True, maximum=99),
    "features.subscription_update.products[].adjustable_quantity.maximum": lambda d, s: _su(d)[
        "products"
    ][0]["adjustable_quantity"].update(enabled=True, maximum=40),
    "features.subscription_update.products[].adjustable_quantity.minimum": lambda d, s: _su(d)[
        "products"
    ][1]["adjustable_quantity"].update(enabled=True, minimum=3, maximum=12),
    "features.subscription_update.products[].prices": lambda d, s: _su(d)["products"][1].update(
        prices=[s.prices["pro_yearly"], s.prices["pro_monthly_eur"]]
    ),
    "features.subscription_update.products[].product": lambda d, s: _su(d)["products"].__setitem__(
        0, entry(s.products["team"], s.prices["team_monthly"])
    ),
    "features.subscription_update.proration_behavior": lambda d, s: _su(d).update(
        proration_behavior="always_invoice"
    ),
    "features.subscription_update.schedule_at_period_end.conditions[].type": lambda d, s: _su(d)[
        "schedule_at_period_end"
    ].update(conditions=[{"type": "shortening_interval"}, {"type": "decreasing_item_amount"}]),
    "features.subscription_update.trial_update_behavior": lambda d, s: _su(d).update(
        trial_update_behavior="continue_trial"
    ),
}


def test_the_round_trip_table_covers_every_field_of_the_sdk() -> None:
    # A field Stripe adds in a new SDK fails here until it is edited, sent and checked.
    assert set(schema.leaf_paths()) <= set(MUTATIONS)
    for path in MUTATIONS:
        schema.field(path)  # each entry is a real field


@pytest.mark.parametrize("path", sorted(MUTATIONS))
def test_every_field_round_trips_through_create_and_update(
    path: str, client: stripe.StripeClient, shop: Shop
) -> None:
    base = good_doc(shop)
    changed = copy.deepcopy(base)
    MUTATIONS[path](changed, shop)
    assert changed != base, "the mutation must change something"
    assert not [i for i in check(changed, from_api(client)) if i.blocking]

    created = api.create(client, changed)
    assert from_object(created) == changed
    assert from_object(api.retrieve(client, created["id"])) == changed

    # ...and as an update, both ways (setting the value, then clearing it again).
    other = api.create(client, base)
    saved = api.save(client, other["id"], changed, expected_updated=other["updated"])
    assert from_object(saved) == changed
    back = api.save(client, other["id"], base, expected_updated=saved["updated"])
    assert from_object(back) == base


def test_dashboard_defaults_round_trip(client: stripe.StripeClient) -> None:
    doc = dashboard_defaults()
    assert from_object(api.create(client, doc)) == doc


# -- the checks agree with the sandbox -------------------------------------------------------------
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_check_fires_on_its_field_and_agrees_with_stripe(
    case: Case, client: stripe.StripeClient, shop: Shop
) -> None:
    catalog = from_api(client)
    assert not check(good_doc(shop), catalog), "the starting point must be clean"
    doc = bad_doc(case, shop)
    found = [i for i in check(doc, catalog) if i.code == case.code]
    assert found, f"{case.code} did not fire"
    assert any(i.path == case.path for i in found), [i.path for i in found]
    assert all(i.severity == case.severity for i in found)
    assert all(len(i.message) > 20 and "[" not in i.message.split(" ")[0] for i in found)
    if case.refused is None:
        return
    try:
        client.raw_request("post", api.PATH, **create_params(doc))
    except stripe.InvalidRequestError as exc:
        assert case.refused, f"the sandbox refused what the checks let through: {exc}"
        assert exc.request_id
    else:
        assert not case.refused, "the sandbox accepted what the checks refuse"


def test_valid_configurations_have_no_errors_and_are_accepted(
    client: stripe.StripeClient, shop: Shop, demo_sandbox: SandboxServer
) -> None:
    catalog = from_api(client)
    for doc in (good_doc(shop), dashboard_defaults()):
        assert not [i for i in check(doc, catalog) if i.blocking]
        api.create(client, doc)
    demo = make_client(demo_sandbox)
    demo_catalog = from_api(demo)
    for obj in api.list_all(demo):
        assert not [i for i in check(from_object(obj), demo_catalog) if i.blocking], obj["name"]


# -- saving ----------------------------------------------------------------------------------------
def test_save_refuses_when_the_configuration_moved_and_sends_nothing(
    client: stripe.StripeClient, shop: Shop, shop_sandbox: tuple[SandboxServer, Shop]
) -> None:
    created = api.create(client, good_doc(shop))
    someone = api.update(client, created["id"], {"name": "Renamed elsewhere"})
    assert someone["updated"] != created["updated"]
    log = count_requests(shop_sandbox[0])
    before = len(writes(log))
    mine = good_doc(shop)
    mine["business_profile"]["headline"] = "Mine"
    with pytest.raises(api.ConflictError) as raised:
        api.save(client, created["id"], mine, expected_updated=created["updated"])
    assert raised.value.current["name"] == "Renamed elsewhere"
    assert len(writes(log)) == before

    # Saving the same document again sends nothing at all.
    current = api.retrieve(client, created["id"])
    before = len(writes(log))
    same = api.save(
        client, created["id"], from_object(current), expected_updated=current["updated"]
    )
    assert same["updated"] == current["updated"]
    assert len(writes(log)) == before


def test_stripe_refusals_name_the_field(client: stripe.StripeClient, shop: Shop) -> None:
    doc = good_doc(shop)
    doc["features"]["subscription_update"]["products"][0]["prices"].append("price_missing")
    with pytest.raises(stripe.InvalidRequestError) as raised:
        api.create(client, doc)
    assert schema.from_param(raised.value.param) == (
        "features.subscription_update.products[0].prices[2]"
    )
