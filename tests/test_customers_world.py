"""A sandbox world for the Customers tests: a catalog, portal configurations and one subscription
per portal-eligibility case, all built through the real API (other test modules import
:func:`build_world`); the tests here check the world is what the cases need."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import stripe

from services.gateway import StripeGateway
from services.sandbox.server import SandboxServer
from tests.conftest import make_client


@dataclass
class World:
    """Ids of what :func:`build_world` created."""

    client: stripe.StripeClient
    gateway: StripeGateway
    prices: dict[str, str] = field(default_factory=dict)
    products: dict[str, str] = field(default_factory=dict)
    configs: dict[str, str] = field(default_factory=dict)
    customers: dict[str, str] = field(default_factory=dict)
    subs: dict[str, str] = field(default_factory=dict)
    coupon: str = ""
    account: str = ""
    """A connected account, with a customer and subscription of its own."""

    def sub(self, case: str) -> dict[str, Any]:
        """A case's subscription as Stripe's JSON (fetched now)."""
        return self.gateway.get_json(f"/v1/subscriptions/{self.subs[case]}")

    def config(self, name: str) -> dict[str, Any]:
        return self.gateway.get_json(f"/v1/billing_portal/configurations/{self.configs[name]}")

    def price_objects(self) -> dict[str, dict[str, Any]]:
        return {pid: self.gateway.get_json(f"/v1/prices/{pid}") for pid in self.prices.values()}

    def pm_types(self, customer: str) -> dict[str, str]:
        data = self.gateway.get_json(f"/v1/customers/{customer}/payment_methods")["data"]
        return {pm["id"]: pm["type"] for pm in data}

    def customer(self, name: str) -> dict[str, Any]:
        return self.gateway.get_json(f"/v1/customers/{self.customers[name]}")


def _price(
    client: stripe.StripeClient,
    product: str,
    amount: int,
    interval: str = "month",
    tax: str | None = "exclusive",
    **extra: Any,
) -> str:
    params: dict[str, Any] = {
        "product": product,
        "currency": "usd",
        "unit_amount": amount,
        "recurring": {"interval": interval, **extra.pop("recurring", {})},
        **extra,
    }
    if tax is not None:
        params["tax_behavior"] = tax
    return client.v1.prices.create(params).id  # type: ignore[arg-type]


def _customer(client: stripe.StripeClient, name: str, pm: dict[str, Any] | None = None) -> str:
    cus = client.v1.customers.create(
        {"name": name, "email": f"{name.lower().replace(' ', '.')}@example.com"}
    )
    if pm is not None:
        method = client.v1.payment_methods.create(pm)  # type: ignore[arg-type]
        client.v1.payment_methods.attach(method.id, {"customer": cus.id})
        client.v1.customers.update(
            cus.id, {"invoice_settings": {"default_payment_method": method.id}}
        )
    return cus.id


CARD = {"type": "card", "card": {"token": "tok_visa"}}
SEPA = {"type": "sepa_debit", "sepa_debit": {"iban": "DE89370400440532013000"}}
IDEAL = {"type": "ideal", "ideal": {"bank": "abn_amro"}}


def build_world(srv: SandboxServer) -> World:
    """Catalog, three portal configurations, customers and one subscription per case."""
    client = make_client(srv)
    world = World(client, StripeGateway(srv.api_key, srv.url))
    p, pr = world.products, world.prices
    for key, name in [
        ("pro", "Pro"),
        ("addon", "Extra seats"),
        ("usage", "API calls"),
        ("plain", "Plain"),
        ("team", "Team"),
        ("legacy", "Legacy"),
    ]:
        p[key] = client.v1.products.create({"name": name}).id
    pr["pro_m"] = _price(client, p["pro"], 2900)
    pr["pro_y"] = _price(client, p["pro"], 29000, "year")
    pr["addon_m"] = _price(client, p["addon"], 500)
    pr["usage_m"] = _price(client, p["usage"], 2, recurring={"usage_type": "metered"})
    pr["plain_m"] = _price(client, p["plain"], 900, tax=None)  # tax_behavior unspecified
    pr["plain_y"] = _price(client, p["plain"], 9000, "year", tax=None)
    pr["team_m"] = _price(client, p["team"], 9900, tax="inclusive")
    pr["team_y"] = _price(client, p["team"], 99000, "year", tax="exclusive")
    pr["legacy_m"] = _price(client, p["legacy"], 1900)

    profile = {"headline": "Test Co.", "privacy_policy_url": "https://example.com/privacy"}
    full = client.v1.billing_portal.configurations.create(
        {
            "business_profile": profile,
            "default_return_url": "https://example.com/account",
            "features": {
                "invoice_history": {"enabled": True},
                "payment_method_update": {"enabled": True},
                "customer_update": {"enabled": True, "allowed_updates": ["email"]},
                "subscription_cancel": {"enabled": True, "mode": "at_period_end"},
                "subscription_update": {
                    "enabled": True,
                    "default_allowed_updates": ["price", "quantity"],
                    "proration_behavior": "create_prorations",
                    "products": [
                        {
                            "product": p["pro"],
                            "prices": [pr["pro_m"], pr["pro_y"]],
                            "adjustable_quantity": {"enabled": True, "minimum": 1, "maximum": 10},
                        },
                        {"product": p["plain"], "prices": [pr["plain_m"], pr["plain_y"]]},
                        {"product": p["team"], "prices": [pr["team_m"], pr["team_y"]]},
                    ],
                },
            },
        }
    )
    world.configs["full"] = full.id  # the first configuration: the default
    world.configs["cancel_only"] = client.v1.billing_portal.configurations.create(
        {
            "business_profile": profile,
            "features": {
                "invoice_history": {"enabled": True},
                "subscription_cancel": {"enabled": True},
            },
        }
    ).id
    world.configs["price_only"] = client.v1.billing_portal.configurations.create(
        {
            "business_profile": profile,
            "features": {
                "payment_method_update": {"enabled": True},
                "subscription_cancel": {"enabled": True},
                "subscription_update": {
                    "enabled": True,
                    "default_allowed_updates": ["price"],
                    "trial_update_behavior": "continue_trial",
                    "products": [{"product": p["team"], "prices": [pr["team_m"], pr["team_y"]]}],
                },
            },
        }
    ).id
    inactive = client.v1.billing_portal.configurations.create(
        {"business_profile": profile, "features": {"invoice_history": {"enabled": True}}}
    )
    client.v1.billing_portal.configurations.update(inactive.id, {"active": False})
    world.configs["inactive"] = inactive.id
    world.coupon = client.v1.coupons.create({"percent_off": 20, "duration": "once"}).id

    c = world.customers
    c["card"] = _customer(client, "Card Holder", CARD)
    c["sepa"] = _customer(client, "Sepa Payer", SEPA)
    c["ideal"] = _customer(client, "Ideal Payer", IDEAL)
    c["nothing"] = _customer(client, "No Subscriptions", CARD)
    c["gone"] = _customer(client, "Gone Customer", CARD)

    def sub(case: str, customer: str, prices: list[str], **params: Any) -> None:
        body: dict[str, Any] = {"customer": c[customer], "items": [{"price": x} for x in prices]}
        world.subs[case] = client.v1.subscriptions.create({**body, **params}).id  # type: ignore[arg-type]

    sub("baseline", "card", [pr["pro_m"]], items=[{"price": pr["pro_m"], "quantity": 2}])
    sub("several_products", "card", [pr["pro_m"], pr["addon_m"]])
    sub("metered", "card", [pr["usage_m"]])
    sub("send_invoice", "card", [pr["pro_m"]], collection_method="send_invoice", days_until_due=30)
    sub("unsupported_pm", "ideal", [pr["pro_m"]])
    sub("sepa", "sepa", [pr["pro_m"]])
    sub("schedule", "card", [pr["pro_m"]])
    client.v1.subscription_schedules.create({"from_subscription": world.subs["schedule"]})
    sub("tax_unspecified", "card", [pr["plain_m"]])
    sub("tax_mismatch", "card", [pr["team_m"]])
    sub("not_offered", "card", [pr["legacy_m"]])
    sub("trialing", "card", [pr["pro_m"]], trial_period_days=14)
    sub("trialing_team", "card", [pr["team_m"]], trial_period_days=14)
    sub("canceling", "card", [pr["pro_m"]], cancel_at_period_end=True)
    sub("paused_collection", "card", [pr["pro_m"]])
    client.v1.subscriptions.update(
        world.subs["paused_collection"], {"pause_collection": {"behavior": "void"}}
    )
    sub("canceled", "card", [pr["pro_m"]])
    client.v1.subscriptions.cancel(world.subs["canceled"])
    sub("gone", "gone", [pr["pro_m"]])

    acct = client.v1.accounts.create({"type": "express", "country": "US"}).id
    world.account = acct
    opts: Any = {"stripe_account": acct}
    a_product = client.v1.products.create({"name": "Club"}, opts).id
    a_price = client.v1.prices.create(
        {
            "product": a_product,
            "currency": "usd",
            "unit_amount": 1500,
            "recurring": {"interval": "month"},
            "tax_behavior": "exclusive",
        },
        opts,
    ).id
    world.configs["connected"] = client.v1.billing_portal.configurations.create(
        {
            "business_profile": {"headline": "Club"},
            "features": {
                "payment_method_update": {"enabled": True},
                "subscription_cancel": {"enabled": True},
            },
        },
        opts,
    ).id
    a_cus = client.v1.customers.create({"name": "Club Member", "email": "m@club.example"}, opts)
    a_pm = client.v1.payment_methods.create(CARD, opts)  # type: ignore[arg-type]
    client.v1.payment_methods.attach(a_pm.id, {"customer": a_cus.id}, opts)
    client.v1.customers.update(
        a_cus.id, {"invoice_settings": {"default_payment_method": a_pm.id}}, opts
    )
    c["connected"] = a_cus.id
    world.subs["connected"] = client.v1.subscriptions.create(
        {"customer": a_cus.id, "items": [{"price": a_price}]}, opts
    ).id
    # A platform subscription whose charges go to the connected account (destination).
    world.subs["destination"] = client.v1.subscriptions.create(
        {
            "customer": c["card"],
            "items": [{"price": pr["pro_y"]}],
            "transfer_data": {"destination": acct},
            "on_behalf_of": acct,
            "application_fee_percent": 10,
        }
    ).id
    return world


def test_the_world_has_every_case(sandbox: SandboxServer) -> None:
    world = build_world(sandbox)
    statuses = {case: world.sub(case)["status"] for case in world.subs if case != "connected"}
    assert statuses["trialing"] == "trialing"
    assert statuses["canceled"] == "canceled"
    assert statuses["baseline"] == "active"
    assert world.sub("schedule")["schedule"]
    assert world.sub("paused_collection")["pause_collection"]["behavior"] == "void"
    assert world.sub("send_invoice")["collection_method"] == "send_invoice"
    assert world.config("full")["is_default"] and not world.config("inactive")["active"]
    assert set(world.pm_types(world.customers["ideal"]).values()) == {"ideal"}
