"""Customer portal sessions in the sandbox, through the real stripe SDK: every flow and rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest
import stripe
from stripe.params.billing_portal import SessionCreateParams

from services.sandbox.server import SandboxServer

NO_SETTINGS = (
    "You can’t create a portal session in test mode until you save your customer "
    "portal settings in test mode at https://dashboard.stripe.com/test/settings/"
    "billing/portal."
)


def as_acct(acct: str | None) -> Any:
    return {"stripe_account": acct} if acct else None


def error_of(exc: pytest.ExceptionInfo[stripe.StripeError]) -> tuple[Any, ...]:
    e = exc.value
    return e.http_status, getattr(e, "code", None), getattr(e, "param", None), e.user_message


@dataclass
class World:
    """A catalog, a customer with a card and an active subscription, and a configuration."""

    client: stripe.StripeClient
    product: str
    monthly: str
    yearly: str
    customer: str
    subscription: str
    item: str
    config: str
    acct: str | None = None

    def session(self, **params: Any) -> stripe.billing_portal.Session:
        return self.client.v1.billing_portal.sessions.create(
            {"customer": self.customer, **params}, as_acct(self.acct)
        )

    def subscribe(self, customer: str | None = None, **params: Any) -> stripe.Subscription:
        body = {"customer": customer or self.customer, "items": [{"price": self.monthly}], **params}
        return self.client.v1.subscriptions.create(body, as_acct(self.acct))  # type: ignore[arg-type]

    def customer_with_card(self, name: str = "Buyer") -> str:
        c = self.client
        opts = as_acct(self.acct)
        cus = c.v1.customers.create({"name": name, "email": "buyer@example.com"}, opts)
        pm = c.v1.payment_methods.create({"type": "card", "card": {"token": "tok_visa"}}, opts)  # type: ignore[typeddict-item]
        c.v1.payment_methods.attach(pm.id, {"customer": cus.id}, opts)
        c.v1.customers.update(cus.id, {"invoice_settings": {"default_payment_method": pm.id}}, opts)
        return cus.id

    def configure(self, **features: Any) -> str:
        return self.client.v1.billing_portal.configurations.create(
            {"features": features}, as_acct(self.acct)
        ).id


ALL_FEATURES: Any = None  # set per world (needs product ids)


def every_feature(product: str, prices: list[str]) -> dict[str, Any]:
    return {
        "customer_update": {"enabled": True, "allowed_updates": ["email", "address"]},
        "invoice_history": {"enabled": True},
        "payment_method_update": {"enabled": True},
        "subscription_cancel": {"enabled": True, "mode": "at_period_end"},
        "subscription_pause": {"enabled": True},
        "subscription_update": {
            "enabled": True,
            "default_allowed_updates": ["price", "quantity"],
            "products": [
                {
                    "product": product,
                    "prices": prices,
                    "adjustable_quantity": {"enabled": True, "minimum": 1, "maximum": 10},
                }
            ],
        },
    }


def make_world(
    client: stripe.StripeClient,
    acct: str | None = None,
    *,
    return_url: str | None = "https://shop.example/account",
    features: dict[str, Any] | None = None,
    **config: Any,
) -> World:
    opts = as_acct(acct)
    product = client.v1.products.create({"name": "Pro plan"}, opts).id
    monthly = client.v1.prices.create(
        {
            "product": product,
            "currency": "usd",
            "unit_amount": 1500,
            "recurring": {"interval": "month"},
        },
        opts,
    ).id
    yearly = client.v1.prices.create(
        {
            "product": product,
            "currency": "usd",
            "unit_amount": 15000,
            "recurring": {"interval": "year"},
        },
        opts,
    ).id
    body: dict[str, Any] = {
        "features": features or every_feature(product, [monthly, yearly]),
        **config,
    }
    if return_url:
        body["default_return_url"] = return_url
    cfg = client.v1.billing_portal.configurations.create(body, opts).id  # type: ignore[arg-type]
    world = World(client, product, monthly, yearly, "", "", "", cfg, acct)
    world.customer = world.customer_with_card()
    sub = world.subscribe()
    assert sub.status == "active"
    world.subscription = sub.id
    world.item = sub["items"].data[0].id
    return world


@pytest.fixture
def world(stripe_client: stripe.StripeClient) -> World:
    return make_world(stripe_client)


# -- basics ------------------------------------------------------------------------------
def test_create_session(world: World, sandbox: SandboxServer) -> None:
    s = world.session()
    assert s.id.startswith("bps_")
    assert s.object == "billing_portal.session"
    assert s.customer == world.customer
    assert s.customer_account is None
    assert s.configuration == world.config
    assert s.return_url == "https://shop.example/account"  # the configuration's default
    assert s.locale is None and s.on_behalf_of is None and s.flow is None
    assert s.livemode is False
    assert s.url.startswith(f"{sandbox.url}/p/session/")
    assert len(s.url.rsplit("/", 1)[1]) >= 24
    assert s.created >= sandbox.state.now() - 5
    events = world.client.v1.events.list({"type": "billing_portal.session.created"})
    assert [e.data.object["id"] for e in events.data] == [s.id]
    own = world.session(return_url="https://shop.example/elsewhere")
    assert own.return_url == "https://shop.example/elsewhere"
    assert own.url != s.url


def test_no_configuration_yet(stripe_client: stripe.StripeClient) -> None:
    customer = stripe_client.v1.customers.create({"name": "A"}).id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.sessions.create({"customer": customer})
    assert error_of(exc) == (400, None, None, NO_SETTINGS)


def test_customer_is_required_and_must_exist(world: World) -> None:
    sessions = world.client.v1.billing_portal.sessions
    with pytest.raises(stripe.InvalidRequestError) as exc:
        sessions.create({})
    assert error_of(exc) == (
        400,
        "parameter_missing",
        "customer",
        "Missing required param: customer.",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        sessions.create({"customer": "cus_nope"})
    assert error_of(exc) == (400, "resource_missing", "customer", "No such customer: 'cus_nope'")
    acct = world.client.v1.accounts.create({"type": "express"}).id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        sessions.create({"customer": world.customer, "customer_account": acct})
    assert error_of(exc)[2:] == (
        "customer_account",
        "You may only specify one of these parameters: customer, customer_account.",
    )


def test_configuration_must_exist_and_be_active(world: World) -> None:
    configs = world.client.v1.billing_portal.configurations
    other = configs.create({"features": {"invoice_history": {"enabled": False}}})
    s = world.session(configuration=other.id)
    assert s.configuration == other.id
    configs.update(other.id, {"active": False})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(configuration=other.id)
    assert error_of(exc) == (
        400,
        None,
        "configuration",
        f"The configuration '{other.id}' is not active. Activate it, or "
        "use an active configuration, to create portal sessions.",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(configuration="bpc_nope")
    assert error_of(exc) == (
        400,
        "resource_missing",
        "configuration",
        "No such billing_portal.configuration: 'bpc_nope'",
    )


def test_return_url_must_be_valid(world: World) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(return_url="/account")
    assert error_of(exc) == (400, "url_invalid", "return_url", "Not a valid URL")


def test_without_any_return_url(stripe_client: stripe.StripeClient) -> None:
    w = make_world(stripe_client, return_url=None)
    assert w.session().return_url is None


# -- locale --------------------------------------------------------------------------------
def _sdk_locales() -> list[str]:
    """The SDK's ``SessionCreateParams.locale`` Literal values, read from its annotation."""
    annotation = str(SessionCreateParams.__annotations__["locale"])
    return re.findall(r"'([^']+)'", annotation.split("Literal[", 1)[1].split("]", 1)[0])


def test_every_sdk_locale_is_accepted(world: World) -> None:
    locales = _sdk_locales()
    assert "auto" in locales and "fr-CA" in locales and "zh-HK" in locales
    assert len(locales) >= 41  # the portal's 40 languages plus auto (the SDK lists more)
    for locale in locales:
        assert world.session(locale=locale).locale == locale


@pytest.mark.parametrize("locale", ["xx", "zh-Hant-HK", "nb-NO", "EN", ""])
def test_unknown_locales_are_refused(world: World, locale: str) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(locale=locale)
    status, code, param, message = error_of(exc)
    assert (status, code, param) == (400, None, "locale")
    assert message.startswith("Invalid locale: must be one of auto, bg, cs, da, de,")


# -- on_behalf_of ----------------------------------------------------------------------------
def test_on_behalf_of_must_be_a_connected_account(world: World, sandbox: SandboxServer) -> None:
    acct = world.client.v1.accounts.create({"type": "express"}).id
    assert world.session(on_behalf_of=acct).on_behalf_of == acct
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(on_behalf_of="acct_nope")
    assert error_of(exc) == (
        400,
        "resource_missing",
        "on_behalf_of",
        "No such account: 'acct_nope'",
    )
    sandbox.deauthorize(acct)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(on_behalf_of=acct)
    assert error_of(exc)[2] == "on_behalf_of"


# -- flow_data -----------------------------------------------------------------------------
def test_payment_method_update_flow_with_redirect(world: World) -> None:
    s = world.session(
        flow_data={
            "type": "payment_method_update",
            "after_completion": {
                "type": "redirect",
                "redirect": {"return_url": "https://shop.example/done"},
            },
        }
    )
    assert s.flow is not None
    assert s.flow.to_dict() == {
        "type": "payment_method_update",
        "after_completion": {
            "type": "redirect",
            "hosted_confirmation": None,
            "redirect": {"return_url": "https://shop.example/done"},
        },
        "customer_update": None,
        "subscription_cancel": None,
        "subscription_pause": None,
        "subscription_update": None,
        "subscription_update_confirm": None,
    }


def test_after_completion_rules(world: World) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={"type": "payment_method_update", "after_completion": {"type": "redirect"}}
        )
    assert error_of(exc) == (
        400,
        "parameter_missing",
        "flow_data[after_completion][redirect]",
        "Missing required param: flow_data[after_completion][redirect].",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "payment_method_update",
                "after_completion": {"type": "redirect", "redirect": {"return_url": "nope"}},
            }
        )
    assert error_of(exc)[1:3] == (
        "url_invalid",
        "flow_data[after_completion][redirect][return_url]",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "payment_method_update",
                "after_completion": {
                    "type": "portal_homepage",
                    "redirect": {"return_url": "https://a.example"},
                },
            }
        )
    assert error_of(exc)[2:] == (
        "flow_data[after_completion][redirect]",
        "flow_data[after_completion][redirect] can only be set when "
        "flow_data[after_completion][type] is `redirect`.",
    )
    done = world.session(
        flow_data={
            "type": "payment_method_update",
            "after_completion": {
                "type": "hosted_confirmation",
                "hosted_confirmation": {"custom_message": "Thanks, your card is saved."},
            },
        }
    )
    assert done.flow.after_completion.to_dict() == {
        "type": "hosted_confirmation",
        "redirect": None,
        "hosted_confirmation": {"custom_message": "Thanks, your card is saved."},
    }
    home = world.session(flow_data={"type": "payment_method_update"})
    assert home.flow.after_completion.type == "portal_homepage"
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "payment_method_update",
                "after_completion": {
                    "type": "hosted_confirmation",
                    "hosted_confirmation": {"custom_message": "x" * 501},
                },
            }
        )
    assert error_of(exc)[2] == ("flow_data[after_completion][hosted_confirmation][custom_message]")


def test_subscription_cancel_flow(world: World) -> None:
    s = world.session(
        flow_data={
            "type": "subscription_cancel",
            "subscription_cancel": {"subscription": world.subscription},
        }
    )
    assert s.flow.type == "subscription_cancel"
    assert s.flow.subscription_cancel.to_dict() == {
        "retention": None,
        "subscription": world.subscription,
    }
    coupon = world.client.v1.coupons.create(
        {"percent_off": 25, "duration": "repeating", "duration_in_months": 3}
    ).id
    kept = world.session(
        flow_data={
            "type": "subscription_cancel",
            "subscription_cancel": {
                "subscription": world.subscription,
                "retention": {"type": "coupon_offer", "coupon_offer": {"coupon": coupon}},
            },
        }
    )
    assert kept.flow.subscription_cancel.retention.to_dict() == {
        "type": "coupon_offer",
        "coupon_offer": {"coupon": coupon},
    }
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_cancel",
                "subscription_cancel": {
                    "subscription": world.subscription,
                    "retention": {"type": "coupon_offer", "coupon_offer": {"coupon": "nope"}},
                },
            }
        )
    assert error_of(exc) == (
        400,
        "resource_missing",
        "flow_data[subscription_cancel][retention][coupon_offer][coupon]",
        "No such coupon: 'nope'",
    )


def test_flow_needs_its_own_hash_and_no_other(world: World) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(flow_data={"type": "subscription_cancel"})
    assert error_of(exc) == (
        400,
        "parameter_missing",
        "flow_data[subscription_cancel]",
        "Missing required param: flow_data[subscription_cancel].",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "payment_method_update",
                "subscription_cancel": {"subscription": world.subscription},
            }
        )
    assert error_of(exc)[2:] == (
        "flow_data[subscription_cancel]",
        "flow_data[subscription_cancel] can only be set when "
        "flow_data[type] is `subscription_cancel`.",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(flow_data={"type": "teleport"})  # type: ignore[typeddict-item]
    assert error_of(exc)[2] == "flow_data[type]"


def test_subscription_must_belong_to_the_customer(world: World) -> None:
    someone = world.customer_with_card("Someone else")
    theirs = world.subscribe(someone).id
    for kind in ("subscription_cancel", "subscription_update", "subscription_pause"):
        with pytest.raises(stripe.InvalidRequestError) as exc:
            world.session(flow_data={"type": kind, kind: {"subscription": theirs}})
        assert error_of(exc) == (
            400,
            None,
            f"flow_data[{kind}][subscription]",
            f"The subscription '{theirs}' does not belong to the customer '{world.customer}'.",
        )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_update",
                "subscription_update": {"subscription": "sub_nope"},
            }
        )
    assert error_of(exc) == (
        400,
        "resource_missing",
        "flow_data[subscription_update][subscription]",
        "No such subscription: 'sub_nope'",
    )


def test_canceled_subscription_cannot_enter_flows(world: World) -> None:
    world.client.v1.subscriptions.cancel(world.subscription)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_cancel",
                "subscription_cancel": {"subscription": world.subscription},
            }
        )
    assert error_of(exc) == (
        400,
        None,
        "flow_data[subscription_cancel][subscription]",
        f"The subscription '{world.subscription}' cannot be used in a `subscription_cancel` "
        "flow: its status is `canceled`; only active, trialing, past_due, unpaid or paused "
        "subscriptions can be canceled.",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_update",
                "subscription_update": {"subscription": world.subscription},
            }
        )
    assert "only active or trialing subscriptions can be updated" in error_of(exc)[3]


def test_already_canceling_subscription_cannot_be_canceled_again(world: World) -> None:
    world.client.v1.subscriptions.update(world.subscription, {"cancel_at_period_end": True})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_cancel",
                "subscription_cancel": {"subscription": world.subscription},
            }
        )
    assert error_of(exc)[3].endswith("it is already scheduled to be canceled.")


def test_flows_need_their_feature(stripe_client: stripe.StripeClient) -> None:
    w = make_world(stripe_client, features={"invoice_history": {"enabled": True}})
    for kind in ("subscription_cancel", "subscription_update", "subscription_pause"):
        with pytest.raises(stripe.InvalidRequestError) as exc:
            w.session(flow_data={"type": kind, kind: {"subscription": w.subscription}})
        assert error_of(exc) == (
            400,
            None,
            "flow_data[type]",
            f"The `{kind}` flow cannot be used because features[{kind}]"
            f"[enabled] is false on the portal configuration "
            f"'{w.config}'.",
        )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        w.session(flow_data={"type": "customer_update"})
    assert error_of(exc)[2] == "flow_data[type]"


def test_customer_update_flow(world: World) -> None:
    s = world.session(flow_data={"type": "customer_update"})
    assert s.flow.type == "customer_update"
    assert s.flow.to_dict()["customer_update"] == {}


def test_subscription_update_flow_and_limitations(world: World) -> None:
    s = world.session(
        flow_data={
            "type": "subscription_update",
            "subscription_update": {"subscription": world.subscription},
        }
    )
    assert s.flow.subscription_update.subscription == world.subscription
    other = world.client.v1.prices.create(
        {
            "product": world.client.v1.products.create({"name": "Add-on"}).id,
            "currency": "usd",
            "unit_amount": 500,
            "recurring": {"interval": "month"},
        }
    ).id
    two_items = world.client.v1.subscriptions.create(
        {"customer": world.customer, "items": [{"price": world.monthly}, {"price": other}]}
    ).id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_update",
                "subscription_update": {"subscription": two_items},
            }
        )
    assert error_of(exc)[3] == (
        f"The subscription '{two_items}' cannot be used in a "
        "`subscription_update` flow: it has several items (multiple "
        "products)."
    )
    invoiced = world.subscribe(collection_method="send_invoice", days_until_due=30).id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_update",
                "subscription_update": {"subscription": invoiced},
            }
        )
    assert error_of(exc)[3].endswith("it uses collection_method=send_invoice.")
    # Canceling those is still allowed: the portal can only cancel them.
    assert (
        world.session(
            flow_data={
                "type": "subscription_cancel",
                "subscription_cancel": {"subscription": invoiced},
            }
        ).flow.type
        == "subscription_cancel"
    )


def test_subscription_update_confirm_flow(world: World) -> None:
    coupon = world.client.v1.coupons.create(
        {"amount_off": 500, "currency": "usd", "duration": "once"}
    ).id
    s = world.session(
        flow_data={
            "type": "subscription_update_confirm",
            "subscription_update_confirm": {
                "subscription": world.subscription,
                "items": [{"id": world.item, "price": world.yearly, "quantity": 3}],
                "discounts": [{"coupon": coupon}],
            },
            "after_completion": {"type": "hosted_confirmation"},
        }
    )
    assert s.flow.subscription_update_confirm.to_dict() == {
        "subscription": world.subscription,
        "items": [{"id": world.item, "price": world.yearly, "quantity": 3}],
        "discounts": [{"coupon": coupon, "promotion_code": None}],
    }
    base = "flow_data[subscription_update_confirm]"

    def refused(items: list[dict[str, Any]], **extra: Any) -> tuple[Any, ...]:
        with pytest.raises(stripe.InvalidRequestError) as exc:
            world.session(
                flow_data={
                    "type": "subscription_update_confirm",
                    "subscription_update_confirm": {
                        "subscription": world.subscription,
                        "items": items,
                        **extra,
                    },
                }
            )
        return error_of(exc)

    outside = world.client.v1.prices.create(
        {
            "product": world.product,
            "currency": "eur",
            "unit_amount": 1400,
            "recurring": {"interval": "month"},
        }
    ).id
    assert refused([{"id": world.item, "price": outside}]) == (
        400,
        None,
        f"{base}[items][0][price]",
        f"The price '{outside}' is not in the portal configuration's "
        "features[subscription_update][products].",
    )
    assert refused([{"id": world.item, "price": world.yearly}, {"id": world.item, "quantity": 2}])[
        2:
    ] == (
        f"{base}[items]",
        "Exactly one item can be specified: subscriptions with multiple "
        "items can't be updated in the portal.",
    )
    assert refused([{"id": "si_nope", "price": world.yearly}])[2:] == (
        f"{base}[items][0][id]",
        f"The subscription item 'si_nope' does not belong to the subscription "
        f"'{world.subscription}'.",
    )
    assert refused([{"id": world.item, "quantity": 11}])[2:] == (
        f"{base}[items][0][quantity]",
        "The quantity must be between 1 and 10.",
    )
    assert refused([{"id": world.item}])[2] == f"{base}[items][0]"
    assert refused([{"id": world.item, "price": world.yearly}], discounts=[{"coupon": "nope"}])[
        1:3
    ] == ("resource_missing", f"{base}[discounts][0][coupon]")


def test_subscription_pause_flow(world: World) -> None:
    s = world.session(
        flow_data={
            "type": "subscription_pause",
            "subscription_pause": {"subscription": world.subscription},
        }
    )
    assert s.flow.subscription_pause.subscription == world.subscription
    world.client.v1.subscriptions.update(
        world.subscription, {"pause_collection": {"behavior": "void"}}
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            flow_data={
                "type": "subscription_pause",
                "subscription_pause": {"subscription": world.subscription},
            }
        )
    assert error_of(exc)[3].endswith("its payment collection is already paused.")


def test_after_expiration_customer_login(world: World, sandbox: SandboxServer) -> None:
    later = sandbox.state.now() + 3600
    s = world.session(
        after_expiration={"type": "customer_login", "customer_login": {"expires_at": later}}
    )
    assert s.after_expiration.to_dict() == {
        "type": "customer_login",
        "customer_login": {"expires_at": later},
    }
    with pytest.raises(stripe.InvalidRequestError) as exc:
        world.session(
            after_expiration={"type": "customer_login", "customer_login": {"expires_at": 1}}
        )
    assert error_of(exc)[2] == "after_expiration[customer_login][expires_at]"


# -- Connect -------------------------------------------------------------------------------
def test_sessions_on_a_connected_account(stripe_client: stripe.StripeClient) -> None:
    acct = stripe_client.v1.accounts.create({"type": "express"}).id
    w = make_world(stripe_client, acct)
    s = w.session()
    assert s.configuration == w.config
    events = stripe_client.v1.events.list({"type": "billing_portal.session.created"}, as_acct(acct))
    assert [e.data.object["id"] for e in events.data] == [s.id]
    # The platform has no configuration and does not see the account's customer.
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.sessions.create({"customer": w.customer})
    assert error_of(exc)[1:3] == ("resource_missing", "customer")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        w.session(on_behalf_of=acct)
    assert error_of(exc)[2] == "on_behalf_of"
    fresh = stripe_client.v1.accounts.create({"type": "custom"}).id
    someone = stripe_client.v1.customers.create({"name": "x"}, as_acct(fresh)).id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.sessions.create({"customer": someone}, as_acct(fresh))
    assert error_of(exc)[3] == NO_SETTINGS
