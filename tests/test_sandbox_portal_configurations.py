"""Customer portal configurations in the sandbox, through the real stripe SDK over HTTP."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

import pytest
import stripe

from services.sandbox.app import KeyInfo, Request
from services.sandbox.resources.portal import new_configuration
from services.sandbox.server import SandboxServer

MINIMAL: Any = {"features": {"invoice_history": {"enabled": True}}}


def as_acct(acct: str) -> Any:
    return {"stripe_account": acct}


def catalog(
    client: stripe.StripeClient,
    name: str = "Pro",
    *,
    acct: str | None = None,
    prices: tuple[tuple[str, str], ...] = (("month", "usd"), ("year", "usd")),
) -> tuple[str, list[str]]:
    """A product and recurring prices (interval, currency) on the platform or ``acct``."""
    opts = as_acct(acct) if acct else None
    product = client.v1.products.create({"name": name}, opts)
    ids = [
        client.v1.prices.create(
            {
                "product": product.id,
                "currency": cur,
                "unit_amount": 1500,
                "recurring": {"interval": interval},
            },
            opts,
        ).id  # type: ignore[typeddict-item]
        for interval, cur in prices
    ]
    return product.id, ids


def updatable(product: str, prices: list[str]) -> Any:
    return {
        "subscription_update": {
            "enabled": True,
            "default_allowed_updates": ["price"],
            "products": [{"product": product, "prices": prices}],
        }
    }


def error_of(exc: pytest.ExceptionInfo[stripe.StripeError]) -> tuple[Any, ...]:
    e = exc.value
    return e.http_status, getattr(e, "code", None), getattr(e, "param", None), e.user_message


# -- shape -----------------------------------------------------------------------------
def test_minimal_configuration_has_every_nested_field(stripe_client: stripe.StripeClient) -> None:
    cfg = stripe_client.v1.billing_portal.configurations.create(MINIMAL)
    raw = cfg.to_dict()
    assert cfg.id.startswith("bpc_")
    assert raw == {
        "id": cfg.id,
        "object": "billing_portal.configuration",
        "active": True,
        "application": None,
        "business_profile": {
            "headline": None,
            "privacy_policy_url": None,
            "terms_of_service_url": None,
        },
        "created": cfg.created,
        "default_return_url": None,
        "features": {
            "customer_update": {"allowed_updates": [], "enabled": False},
            "invoice_history": {"enabled": True},
            "payment_method_update": {"enabled": False, "payment_method_configuration": None},
            "subscription_cancel": {
                "cancellation_reason": {"enabled": False, "feedback_options": None, "options": []},
                "enabled": False,
                "mode": "at_period_end",
                "proration_behavior": "none",
            },
            "subscription_pause": {
                "duration": {
                    "interval_options": [{"interval": "month", "interval_count": 1}],
                    "type": "interval_options",
                },
                "enabled": False,
            },
            "subscription_update": {
                "billing_cycle_anchor": None,
                "default_allowed_updates": [],
                "enabled": False,
                "products": [],
                "proration_behavior": "none",
                "schedule_at_period_end": {"conditions": []},
                "trial_update_behavior": "end_trial",
            },
        },
        "is_default": True,
        "livemode": False,
        "login_page": {"enabled": False, "url": None},
        "metadata": {},
        "name": None,
        "updated": cfg.created,
    }
    event = stripe_client.v1.events.list({"type": "billing_portal.configuration.created"})
    assert [e.data.object["id"] for e in event.data] == [cfg.id]


def test_every_field_of_the_api(stripe_client: stripe.StripeClient, sandbox: SandboxServer) -> None:
    product, prices = catalog(stripe_client)
    cfg = stripe_client.v1.billing_portal.configurations.create(
        {
            "name": "Gold customers",
            "business_profile": {
                "headline": "Manage your Pro plan",
                "privacy_policy_url": "https://shop.example/privacy",
                "terms_of_service_url": "https://shop.example/terms",
            },
            "default_return_url": "https://shop.example/account",
            "login_page": {"enabled": True},
            "metadata": {"segment": "gold"},
            "features": {
                "customer_update": {"enabled": True, "allowed_updates": ["email", "tax_id"]},
                "invoice_history": {"enabled": True},
                "payment_method_update": {
                    "enabled": True,
                    "payment_method_configuration": "pmc_123",
                },
                "subscription_cancel": {
                    "enabled": True,
                    "mode": "immediately",
                    "proration_behavior": "create_prorations",
                    "cancellation_reason": {
                        "enabled": True,
                        "options": ["too_expensive", "unused", "other"],
                    },
                },
                "subscription_pause": {
                    "enabled": True,
                    "duration": {
                        "type": "interval_options",
                        "interval_options": [
                            {"interval": "month", "interval_count": 2},
                            {"interval": "week"},
                        ],
                    },
                },
                "subscription_update": {
                    "enabled": True,
                    "default_allowed_updates": ["price", "quantity", "promotion_code"],
                    "products": [
                        {
                            "product": product,
                            "prices": prices,
                            "adjustable_quantity": {"enabled": True, "minimum": 1, "maximum": 20},
                        }
                    ],
                    "proration_behavior": "always_invoice",
                    "schedule_at_period_end": {
                        "conditions": [
                            {"type": "decreasing_item_amount"},
                            {"type": "shortening_interval"},
                        ]
                    },
                    "trial_update_behavior": "continue_trial",
                    "billing_cycle_anchor": "now",
                },
            },
        }
    )
    raw = cfg.to_dict()
    assert raw["name"] == "Gold customers"
    assert raw["business_profile"] == {
        "headline": "Manage your Pro plan",
        "privacy_policy_url": "https://shop.example/privacy",
        "terms_of_service_url": "https://shop.example/terms",
    }
    assert raw["default_return_url"] == "https://shop.example/account"
    assert raw["metadata"] == {"segment": "gold"}
    assert raw["login_page"]["enabled"] is True
    assert raw["login_page"]["url"].startswith(f"{sandbox.url}/p/login/")
    f = raw["features"]
    assert f["customer_update"] == {"allowed_updates": ["email", "tax_id"], "enabled": True}
    assert f["payment_method_update"] == {
        "enabled": True,
        "payment_method_configuration": "pmc_123",
    }
    assert f["subscription_cancel"] == {
        "cancellation_reason": {
            "enabled": True,
            "feedback_options": None,
            "options": ["too_expensive", "unused", "other"],
        },
        "enabled": True,
        "mode": "immediately",
        "proration_behavior": "create_prorations",
    }
    assert f["subscription_pause"] == {
        "enabled": True,
        "duration": {
            "type": "interval_options",
            "interval_options": [
                {"interval": "month", "interval_count": 2},
                {"interval": "week", "interval_count": 1},
            ],
        },
    }
    assert f["subscription_update"] == {
        "billing_cycle_anchor": "now",
        "default_allowed_updates": ["price", "quantity", "promotion_code"],
        "enabled": True,
        "products": [
            {
                "adjustable_quantity": {"enabled": True, "maximum": 20, "minimum": 1},
                "prices": prices,
                "product": product,
            }
        ],
        "proration_behavior": "always_invoice",
        "schedule_at_period_end": {
            "conditions": [{"type": "decreasing_item_amount"}, {"type": "shortening_interval"}]
        },
        "trial_update_behavior": "continue_trial",
    }
    assert stripe_client.v1.billing_portal.configurations.retrieve(cfg.id).to_dict() == raw


def test_features_are_required_on_create(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create({})  # type: ignore[typeddict-item]
    assert error_of(exc) == (
        400,
        "parameter_missing",
        "features",
        "Missing required param: features.",
    )


# -- subscription_update.products rules --------------------------------------------------------
def test_at_most_ten_products(stripe_client: stripe.StripeClient) -> None:
    entries = []
    for i in range(11):
        product, prices = catalog(stripe_client, f"P{i}", prices=(("month", "usd"),))
        entries.append({"product": product, "prices": prices})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_update": {
                        "enabled": True,
                        "default_allowed_updates": ["price"],
                        "products": entries,
                    }
                }
            }
        )
    assert error_of(exc) == (
        400,
        None,
        "features[subscription_update][products]",
        "You can specify at most 10 products in features[subscription_update][products]; you "
        "passed 11.",
    )
    ten = stripe_client.v1.billing_portal.configurations.create(
        {
            "features": {
                "subscription_update": {
                    "enabled": True,
                    "default_allowed_updates": ["price"],
                    "products": entries[:10],
                }
            }
        }
    )
    assert len(ten.features.subscription_update.products or []) == 10


def test_a_product_appears_once(stripe_client: stripe.StripeClient) -> None:
    product, prices = catalog(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_update": {
                        "enabled": True,
                        "default_allowed_updates": ["price"],
                        "products": [
                            {"product": product, "prices": prices[:1]},
                            {"product": product, "prices": prices[1:]},
                        ],
                    }
                }
            }
        )
    assert error_of(exc) == (
        400,
        None,
        "features[subscription_update][products][1][product]",
        f"The product '{product}' appears more than once in "
        "features[subscription_update][products]. List each product once, with all of its "
        "prices.",
    )


def test_prices_must_belong_to_the_product(stripe_client: stripe.StripeClient) -> None:
    product, _ = catalog(stripe_client, "A")
    _, other_prices = catalog(stripe_client, "B")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {"features": updatable(product, other_prices[:1])}
        )
    assert error_of(exc) == (
        400,
        None,
        "features[subscription_update][products][0][prices][0]",
        f"The price '{other_prices[0]}' does not belong to the product '{product}'.",
    )


def test_prices_must_be_recurring_and_active(stripe_client: stripe.StripeClient) -> None:
    product, prices = catalog(stripe_client, prices=(("month", "usd"),))
    one_time = stripe_client.v1.prices.create(
        {"product": product, "currency": "usd", "unit_amount": 900}
    ).id
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {"features": updatable(product, [prices[0], one_time])}
        )
    assert error_of(exc) == (
        400,
        None,
        "features[subscription_update][products][0][prices][1]",
        f"The price '{one_time}' is not a recurring price. Only recurring prices can be used "
        "in the customer portal.",
    )
    stripe_client.v1.prices.update(prices[0], {"active": False})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {"features": updatable(product, prices)}
        )
    assert error_of(exc)[3] == (
        f"The price '{prices[0]}' is not active. Only active prices "
        "can be used in the customer portal."
    )


def test_one_price_per_interval_and_currency(stripe_client: stripe.StripeClient) -> None:
    product, prices = catalog(
        stripe_client,
        prices=(("month", "usd"), ("month", "usd"), ("month", "eur"), ("year", "usd")),
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {"features": updatable(product, prices)}
        )
    assert error_of(exc) == (
        400,
        None,
        "features[subscription_update][products][0][prices][1]",
        "You cannot have multiple prices with the same interval and currency for a single "
        f"product: '{prices[0]}' and '{prices[1]}' of product '{product}' are both billed "
        "every month in USD.",
    )
    # Same interval in another currency, or another interval, is fine.
    ok = stripe_client.v1.billing_portal.configurations.create(
        {"features": updatable(product, [prices[0], prices[2], prices[3]])}
    )
    assert ok.features.subscription_update.products[0].prices == [prices[0], prices[2], prices[3]]


def test_unknown_products_and_prices(stripe_client: stripe.StripeClient) -> None:
    product, prices = catalog(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {"features": updatable("prod_nope", prices)}
        )
    assert error_of(exc) == (
        400,
        "resource_missing",
        "features[subscription_update][products][0][product]",
        "No such product: 'prod_nope'",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {"features": updatable(product, ["price_nope"])}
        )
    assert error_of(exc) == (
        400,
        "resource_missing",
        "features[subscription_update][products][0][prices][0]",
        "No such price: 'price_nope'",
    )


def test_enabled_subscription_update_needs_products_and_allowed_updates(
    stripe_client: stripe.StripeClient,
) -> None:
    product, prices = catalog(stripe_client)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_update": {"enabled": True, "default_allowed_updates": ["price"]}
                }
            }
        )
    assert error_of(exc) == (
        400,
        "parameter_missing",
        "features[subscription_update][products]",
        "Missing required param: features[subscription_update][products].",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_update": {
                        "enabled": True,
                        "products": [{"product": product, "prices": prices}],
                    }
                }
            }
        )
    assert error_of(exc)[1:3] == (
        "parameter_missing",
        "features[subscription_update][default_allowed_updates]",
    )
    # Disabled, neither is needed.
    off = stripe_client.v1.billing_portal.configurations.create(
        {"features": {"subscription_update": {"enabled": False}}}
    )
    assert off.features.subscription_update.enabled is False


def test_adjustable_quantity_bounds(stripe_client: stripe.StripeClient) -> None:
    product, prices = catalog(stripe_client)
    features = updatable(product, prices)
    features["subscription_update"]["products"][0]["adjustable_quantity"] = {
        "enabled": True,
        "minimum": 5,
        "maximum": 2,
    }
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create({"features": features})
    assert error_of(exc)[2] == (
        "features[subscription_update][products][0][adjustable_quantity][maximum]"
    )


# -- subscription_cancel and subscription_pause rules ------------------------------------------
def test_cancel_proration_always_invoice_is_refused(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_cancel": {
                        "enabled": True,
                        "mode": "immediately",
                        "proration_behavior": "always_invoice",
                    }
                }
            }
        )
    assert error_of(exc) == (
        400,
        None,
        "features[subscription_cancel][proration_behavior]",
        "`always_invoice` is not supported for features[subscription_cancel]"
        "[proration_behavior]. Use `none` or `create_prorations`.",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_cancel": {
                        "enabled": True,
                        "mode": "at_period_end",
                        "proration_behavior": "create_prorations",
                    }
                }
            }
        )
    assert error_of(exc)[3] == (
        "features[subscription_cancel][proration_behavior]=create_prorations is only "
        "compatible with features[subscription_cancel][mode]=immediately."
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {"features": {"subscription_cancel": {"enabled": True, "mode": "someday"}}}
        )  # type: ignore[typeddict-item]
    assert error_of(exc) == (
        400,
        None,
        "features[subscription_cancel][mode]",
        "Invalid features[subscription_cancel][mode]: must be one of at_period_end or immediately",
    )


def test_cancellation_reason_needs_options(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_cancel": {
                        "enabled": True,
                        "cancellation_reason": {"enabled": True},
                    }
                }
            }
        )  # type: ignore[typeddict-item]
    assert error_of(exc)[1:3] == (
        "parameter_missing",
        "features[subscription_cancel][cancellation_reason][options]",
    )


def test_pause_duration_rules(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_pause": {
                        "enabled": True,
                        "duration": {"type": "interval_options"},
                    }
                }
            }
        )
    assert error_of(exc)[1:3] == (
        "parameter_missing",
        "features[subscription_pause][duration][interval_options]",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {
                "features": {
                    "subscription_pause": {
                        "enabled": True,
                        "duration": {
                            "type": "interval_options",
                            "interval_options": [{"interval": "year", "interval_count": 4}],
                        },
                    }
                }
            }
        )
    assert error_of(exc)[2] == (
        "features[subscription_pause][duration][interval_options][0][interval_count]"
    )
    forever = stripe_client.v1.billing_portal.configurations.create(
        {"features": {"subscription_pause": {"enabled": True, "duration": {"type": "indefinite"}}}}
    )
    assert forever.features.subscription_pause.duration.to_dict() == {
        "interval_options": [],
        "type": "indefinite",
    }


def test_urls_must_be_valid(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {**MINIMAL, "default_return_url": "shop.example/account"}
        )
    assert error_of(exc) == (400, "url_invalid", "default_return_url", "Not a valid URL")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.create(
            {**MINIMAL, "business_profile": {"privacy_policy_url": "privacy"}}
        )
    assert error_of(exc)[1:3] == ("url_invalid", "business_profile[privacy_policy_url]")


# -- default, active, list -----------------------------------------------------------------
def test_one_default_and_it_cannot_be_deactivated(stripe_client: stripe.StripeClient) -> None:
    configs = stripe_client.v1.billing_portal.configurations
    first = configs.create(MINIMAL)
    second = configs.create(MINIMAL)
    assert (first.is_default, second.is_default) == (True, False)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        configs.update(first.id, {"active": False})
    assert error_of(exc) == (
        400,
        None,
        "active",
        "You cannot deactivate the default configuration. Set another "
        "configuration as the default first.",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        configs.update(second.id, {"is_default": True})  # type: ignore[typeddict-unknown-key]
    assert error_of(exc) == (
        400,
        "parameter_unknown",
        "is_default",
        "Received unknown parameter: is_default",
    )
    off = configs.update(second.id, {"active": False})
    assert off.active is False
    assert [c.id for c in configs.list({"active": True}).data] == [first.id]
    assert [c.id for c in configs.list({"active": False}).data] == [second.id]
    assert [c.id for c in configs.list({"is_default": True}).data] == [first.id]
    assert [c.id for c in configs.list({"is_default": False}).data] == [second.id]
    assert [c.id for c in configs.list().data] == [second.id, first.id]
    page = configs.list({"limit": 1})
    assert page.has_more is True and [c.id for c in page.data] == [second.id]
    back_on = configs.update(second.id, {"active": True})
    assert back_on.active is True


def test_retrieve_missing(stripe_client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.billing_portal.configurations.retrieve("bpc_nope")
    assert error_of(exc) == (
        404,
        "resource_missing",
        "configuration",
        "No such configuration: 'bpc_nope'",
    )


# -- updates ---------------------------------------------------------------------------
def test_update_merges_and_records_previous_attributes(
    stripe_client: stripe.StripeClient, sandbox: SandboxServer
) -> None:
    configs = stripe_client.v1.billing_portal.configurations
    cfg = configs.create(
        {
            "features": {
                "invoice_history": {"enabled": True},
                "customer_update": {"enabled": True, "allowed_updates": ["email"]},
            },
            "metadata": {"a": "1", "b": "2"},
        }
    )
    sandbox.state.clock_offset += 60
    out = configs.update(
        cfg.id,
        {
            "features": {"customer_update": {"allowed_updates": ["email", "address"]}},
            "metadata": {"a": "", "c": "3"},
            "name": "Renamed",
        },
    )
    assert out.features.customer_update.to_dict() == {
        "allowed_updates": ["email", "address"],
        "enabled": True,
    }
    assert out.features.invoice_history.enabled is True  # untouched feature kept
    assert out.metadata.to_dict() == {"b": "2", "c": "3"}
    assert out.name == "Renamed"
    assert out.updated >= cfg.updated + 60
    assert out.created == cfg.created
    event = stripe_client.v1.events.list({"type": "billing_portal.configuration.updated"}).data[0]
    assert event.data.previous_attributes.to_dict() == {
        "features": {"customer_update": {"allowed_updates": ["email"]}},
        "metadata": {"a": "1", "c": None},
        "name": None,
        "updated": cfg.updated,
    }
    # Even an update changing nothing else moves `updated`.
    again = configs.update(cfg.id, {"name": "Renamed"})
    assert again.updated > out.updated


def test_update_checks_the_resulting_configuration(stripe_client: stripe.StripeClient) -> None:
    product, prices = catalog(stripe_client)
    configs = stripe_client.v1.billing_portal.configurations
    cfg = configs.create({"features": updatable(product, prices)})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        configs.update(cfg.id, {"features": {"subscription_update": {"products": ""}}})
    assert error_of(exc)[1:3] == ("parameter_missing", "features[subscription_update][products]")
    off = configs.update(
        cfg.id, {"features": {"subscription_update": {"enabled": False, "products": ""}}}
    )
    assert off.features.subscription_update.products == []
    with pytest.raises(stripe.InvalidRequestError) as exc:
        configs.update(
            cfg.id, {"features": {"subscription_cancel": {"proration_behavior": "always_invoice"}}}
        )
    assert error_of(exc)[2] == "features[subscription_cancel][proration_behavior]"


def test_login_page_url_served_and_cleared(
    stripe_client: stripe.StripeClient, sandbox: SandboxServer
) -> None:
    configs = stripe_client.v1.billing_portal.configurations
    cfg = configs.create(MINIMAL)
    assert cfg.login_page.to_dict() == {"enabled": False, "url": None}
    on = configs.update(cfg.id, {"login_page": {"enabled": True}})
    url = on.login_page.url
    assert url is not None and url.startswith(f"{sandbox.url}/p/login/")
    with urllib.request.urlopen(url) as resp:
        html = resp.read().decode()
    assert "Counterfoil Demo Co." in html and 'type="email"' in html
    assert configs.update(cfg.id, {"login_page": {"enabled": True}}).login_page.url == url
    off = configs.update(cfg.id, {"login_page": {"enabled": False}})
    assert off.login_page.to_dict() == {"enabled": False, "url": None}
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(url)
    assert exc.value.code == 404
    again = configs.update(cfg.id, {"login_page": {"enabled": True}})
    assert again.login_page.url not in (None, url)


# -- Connect scoping --------------------------------------------------------------------------
def test_connected_accounts_have_their_own_configurations(
    stripe_client: stripe.StripeClient,
) -> None:
    configs = stripe_client.v1.billing_portal.configurations
    mine = configs.create(MINIMAL)
    acct = stripe_client.v1.accounts.create({"type": "express"}).id
    product, prices = catalog(stripe_client, acct=acct)
    theirs = configs.create({"features": updatable(product, prices)}, as_acct(acct))
    assert theirs.is_default is True  # the first in that account
    assert theirs.application == "ca_CounterfoilPlatform"
    assert mine.application is None
    assert [c.id for c in configs.list(None, as_acct(acct)).data] == [theirs.id]
    assert [c.id for c in configs.list().data] == [mine.id]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        configs.retrieve(theirs.id)
    assert exc.value.http_status == 404
    # Products are looked up in the account the configuration belongs to.
    with pytest.raises(stripe.InvalidRequestError) as exc:
        configs.create({"features": updatable(product, prices)})
    assert error_of(exc)[1:] == (
        "resource_missing",
        "features[subscription_update][products][0][product]",
        f"No such product: '{product}'",
    )
    events = stripe_client.v1.events.list(
        {"type": "billing_portal.configuration.created"}, as_acct(acct)
    )
    assert [e.data.object["id"] for e in events.data] == [theirs.id]
    assert events.data[0].account == acct


# -- the seed builder -------------------------------------------------------------------------
def test_new_configuration_builder(
    stripe_client: stripe.StripeClient, sandbox: SandboxServer
) -> None:
    product, prices = catalog(stripe_client)
    req = Request(sandbox.app, "post", "/seed", {}, "", KeyInfo(), {}, "req_seed")
    with sandbox.state.lock:
        first = new_configuration(
            req, {"features": updatable(product, prices), "login_page": {"enabled": True}}
        )
        sandbox.state.add(first, "")
        second = new_configuration(req, MINIMAL)
        sandbox.state.add(second, "")
        with pytest.raises(Exception) as exc:
            new_configuration(req, {"features": updatable(product, ["price_nope"])})
        assert "No such price" in str(exc.value)
    got = stripe_client.v1.billing_portal.configurations.retrieve(first["id"])
    assert got.is_default is True
    assert got.login_page.url.startswith(f"{sandbox.url}/p/login/")
    assert stripe_client.v1.billing_portal.configurations.retrieve(second["id"]).is_default is False
    body = json.dumps(got.to_dict())
    assert '"/p/login/' not in body  # never a relative URL on the wire
