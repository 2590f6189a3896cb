"""Shared helpers of the portal configuration tests (this module has no tests of its own).

- :func:`build_shop` fills a sandbox with a small catalogue covering every case the checks
  care about (two prices of one product per period, one-time, archived, usage-based,
  ``unspecified`` tax behaviour, mixed tax behaviour, an archived product, lookup keys).
- :func:`count_requests` makes the sandbox record every request it answers in
  ``srv.app.request_log`` as ``(VERB, path, status)``, so a test can prove that nothing
  was sent.
- :func:`good_doc` is a valid configuration offering the shop's plans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import stripe

from services.portal_config.document import Doc, dashboard_defaults
from services.sandbox.server import SandboxServer


@dataclass
class Shop:
    """Ids of what :func:`build_shop` created."""

    products: dict[str, str] = field(default_factory=dict)
    prices: dict[str, str] = field(default_factory=dict)


def _product(client: stripe.StripeClient, name: str, *, active: bool = True) -> str:
    return client.v1.products.create({"name": name, "active": active}).id


def _price(
    client: stripe.StripeClient,
    product: str,
    key: str,
    amount: int,
    *,
    interval: str | None = "month",
    count: int = 1,
    currency: str = "usd",
    tax: str = "exclusive",
    active: bool = True,
    usage: str = "licensed",
    lookup: bool = True,
) -> str:
    params: dict[str, Any] = {
        "product": product,
        "unit_amount": amount,
        "currency": currency,
        "tax_behavior": tax,
        "active": active,
    }
    if lookup:
        params["lookup_key"] = key
    if interval is not None:
        params["recurring"] = {"interval": interval, "interval_count": count, "usage_type": usage}
    return client.v1.prices.create(params).id  # type: ignore[arg-type]


def build_shop(client: stripe.StripeClient, *, extra_products: int = 0) -> Shop:
    """The test catalogue (see the module docstring)."""
    shop = Shop()
    basic = shop.products["basic"] = _product(client, "Basic")
    pro = shop.products["pro"] = _product(client, "Pro")
    team = shop.products["team"] = _product(client, "Team")
    shop.products["archived"] = _product(client, "Old plan", active=False)
    metered = shop.products["metered"] = _product(client, "API calls")
    p = shop.prices
    p["basic_monthly"] = _price(client, basic, "basic_monthly", 900)
    p["basic_yearly"] = _price(client, basic, "basic_yearly", 9000, interval="year")
    p["basic_monthly_eur"] = _price(client, basic, "basic_monthly_eur", 800, currency="eur")
    p["pro_monthly"] = _price(client, pro, "pro_monthly", 2900)
    p["pro_yearly"] = _price(client, pro, "pro_yearly", 29000, interval="year")
    p["pro_quarterly"] = _price(client, pro, "pro_quarterly", 7900, count=3)
    p["pro_monthly_eur"] = _price(
        client, pro, "pro_monthly_eur", 2700, currency="eur", tax="inclusive"
    )
    p["pro_yearly_incl"] = _price(
        client, pro, "pro_yearly_incl", 30000, interval="year", currency="gbp", tax="inclusive"
    )
    p["pro_once"] = _price(client, pro, "pro_once", 15000, interval=None)
    p["pro_archived"] = _price(client, pro, "pro_archived", 1900, currency="chf", active=False)
    p["pro_untaxed"] = _price(client, pro, "pro_untaxed", 3900, currency="cad", tax="unspecified")
    p["team_monthly"] = _price(client, team, "team_monthly", 9900)
    p["team_monthly_incl"] = _price(
        client, team, "team_monthly_incl", 9900, currency="eur", tax="inclusive"
    )
    p["archived_monthly"] = _price(client, shop.products["archived"], "archived_monthly", 500)
    p["metered"] = _price(client, metered, "metered", 2, usage="metered")
    for i in range(extra_products):
        pid = shop.products[f"extra{i}"] = _product(client, f"Extra {i}")
        p[f"extra{i}"] = _price(client, pid, f"extra{i}_monthly", 100 + i)
    return shop


def entry(product: str, *prices: str, quantity: dict[str, Any] | None = None) -> dict[str, Any]:
    """One product offered for plan changes."""
    return {
        "product": product,
        "prices": list(prices),
        "adjustable_quantity": quantity or {"enabled": False, "minimum": 0, "maximum": None},
    }


def good_doc(shop: Shop, name: str = "Plans") -> Doc:
    """A valid configuration: the Dashboard's defaults plus plan changes between Basic and
    Pro, monthly or yearly."""
    doc = dashboard_defaults()
    doc["name"] = name
    su = doc["features"]["subscription_update"]
    su["enabled"] = True
    su["default_allowed_updates"] = ["price"]
    su["products"] = [
        entry(shop.products["basic"], shop.prices["basic_monthly"], shop.prices["basic_yearly"]),
        entry(shop.products["pro"], shop.prices["pro_monthly"], shop.prices["pro_yearly"]),
    ]
    return doc


def count_requests(srv: SandboxServer) -> list[tuple[str, str, int]]:
    """Record every request ``srv`` answers in ``srv.app.request_log`` (and return it)."""
    app = srv.app
    if getattr(app, "_portal_counting", False):
        return app.request_log
    original = app.handle

    def handle(verb: str, target: str, headers: dict[str, str], body: bytes) -> Any:
        response = original(verb, target, headers, body)
        app.request_log.append((verb.upper(), target.split("?", 1)[0], response.status))
        return response

    app.handle = handle  # type: ignore[method-assign]
    app._portal_counting = True  # type: ignore[attr-defined]
    return app.request_log


def writes(log: list[tuple[str, str, int]], prefix: str = "/v1/billing_portal") -> list[Any]:
    """The POSTs in a request log under ``prefix``."""
    return [r for r in log if r[0] == "POST" and r[1].startswith(prefix)]


# -- bad input: every check, with where it must show and whether Stripe (the sandbox) refuses
def _su(doc: Doc) -> dict[str, Any]:
    return doc["features"]["subscription_update"]


def _set_products(doc: Doc, *entries: dict[str, Any]) -> None:
    _su(doc)["products"] = list(entries)


@dataclass(frozen=True)
class Case:
    """A configuration with one problem: the check code, its field, and what Stripe does."""

    id: str
    code: str
    path: str
    severity: str
    refused: bool | None
    """True: the sandbox refuses it too; False: it accepts it; None: not enforced there."""

    def apply(self, doc: Doc, shop: Shop) -> None:
        BREAKERS[self.id](doc, shop)


P = "features.subscription_update.products"
CASES: list[Case] = [
    Case("eleven-products", "too_many_products", P, "error", True),
    Case("product-twice", "product_repeated", f"{P}[2].product", "error", True),
    Case("archived-product", "product_inactive", f"{P}[2].product", "error", True),
    Case("no-prices", "product_no_prices", f"{P}[0].prices", "error", True),
    Case("price-of-other-product", "price_wrong_product", f"{P}[0].prices[2]", "error", True),
    Case("one-time-price", "price_not_recurring", f"{P}[1].prices[2]", "error", True),
    Case("archived-price", "price_inactive", f"{P}[1].prices[2]", "error", True),
    Case("two-monthly-usd", "price_same_interval_currency", f"{P}[1].prices[2]", "error", True),
    Case("price-twice", "price_repeated", f"{P}[1].prices[2]", "error", True),
    Case(
        "cancel-always-invoice",
        "cancel_always_invoice",
        "features.subscription_cancel.proration_behavior",
        "error",
        True,
    ),
    Case(
        "prorate-at-period-end",
        "cancel_prorations_at_period_end",
        "features.subscription_cancel.proration_behavior",
        "error",
        True,
    ),
    Case("updates-without-products", "update_no_products", P, "error", True),
    Case(
        "updates-allow-nothing",
        "update_nothing_allowed",
        "features.subscription_update.default_allowed_updates",
        "error",
        True,
    ),
    Case(
        "pause-without-length",
        "pause_no_length",
        "features.subscription_pause.duration.interval_options",
        "error",
        True,
    ),
    Case(
        "pause-too-long",
        "pause_length_long",
        "features.subscription_pause.duration.interval_options[0].interval_count",
        "error",
        True,
    ),
    Case(
        "pause-zero",
        "pause_length_short",
        "features.subscription_pause.duration.interval_options[0].interval_count",
        "error",
        True,
    ),
    Case(
        "negative-minimum", "quantity_minimum", f"{P}[0].adjustable_quantity.minimum", "error", True
    ),
    Case(
        "maximum-below-minimum",
        "quantity_maximum",
        f"{P}[0].adjustable_quantity.maximum",
        "error",
        True,
    ),
    Case("privacy-not-a-url", "url_invalid", "business_profile.privacy_policy_url", "error", True),
    Case("return-not-a-url", "url_invalid", "default_return_url", "error", True),
    Case("metadata-key-too-long", "metadata_key_long", "metadata." + "k" * 41, "error", True),
    Case("metadata-value-too-long", "metadata_value_long", "metadata.note", "error", True),
    Case("metadata-too-many", "metadata_too_many", "metadata", "error", True),
    Case("metadata-brackets", "metadata_key_brackets", "metadata.a[b]", "error", True),
    Case("metadata-empty-key", "metadata_key_empty", "metadata", "error", None),
    Case(
        "unknown-choice",
        "unknown_choice",
        "features.customer_update.allowed_updates",
        "error",
        True,
    ),
    Case("unknown-enum", "unknown_choice", "features.subscription_cancel.mode", "error", True),
    # warnings: Stripe accepts these (or checks them itself), customers are affected
    Case("tax-mixed", "tax_mismatch", f"{P}[1].prices", "warning", False),
    Case("tax-unspecified", "tax_unspecified", f"{P}[1].prices[2]", "warning", False),
    Case("tax-mixed-across-products", "tax_mismatch_products", P, "warning", False),
    Case("usage-based", "price_metered", f"{P}[2].prices[0]", "warning", False),
    Case("http-link", "url_not_https", "business_profile.terms_of_service_url", "warning", False),
    Case(
        "customer-update-nothing",
        "customer_update_nothing",
        "features.customer_update.allowed_updates",
        "warning",
        False,
    ),
    Case("customer-update-off", "parent_off", "features.customer_update.enabled", "warning", False),
    Case(
        "reason-without-cancel",
        "parent_off",
        "features.subscription_cancel.enabled",
        "warning",
        False,
    ),
    Case(
        "products-without-updates",
        "parent_off",
        "features.subscription_update.enabled",
        "warning",
        False,
    ),
    Case(
        "quantity-not-allowed",
        "parent_off",
        f"{P}[0].adjustable_quantity.enabled",
        "warning",
        False,
    ),
    Case("pmc-off", "parent_off", "features.payment_method_update.enabled", "warning", False),
    Case(
        "reason-no-options",
        "cancel_reason_no_options",
        "features.subscription_cancel.cancellation_reason.options",
        "warning",
        False,
    ),
    Case(
        "pause-length-twice",
        "pause_length_repeated",
        "features.subscription_pause.duration.interval_options[1]",
        "warning",
        False,
    ),
    Case("metadata-empty-value", "metadata_value_empty", "metadata.k", "warning", False),
    Case(
        "pmc-malformed",
        "pmc_invalid",
        "features.payment_method_update.payment_method_configuration",
        "warning",
        False,
    ),
    Case("unknown-price", "price_unknown", f"{P}[0].prices[2]", "warning", True),
]
ERROR_CASES = [c for c in CASES if c.severity == "error"]
WARNING_CASES = [c for c in CASES if c.severity == "warning"]


def _quantity(doc: Doc, **values: Any) -> None:
    q = _su(doc)["products"][0]["adjustable_quantity"]
    q.update(enabled=True, minimum=0, maximum=10)
    q.update(values)
    _su(doc)["default_allowed_updates"] = ["price", "quantity"]


def _pause(doc: Doc, *options: tuple[str, int]) -> None:
    doc["features"]["subscription_pause"] = {
        "enabled": True,
        "duration": {
            "type": "interval_options",
            "interval_options": [{"interval": i, "interval_count": n} for i, n in options],
        },
    }


def _add_price(doc: Doc, row: int, price: str) -> None:
    _su(doc)["products"][row]["prices"].append(price)


def _b(shop: Shop) -> dict[str, Any]:
    return entry(shop.products["basic"], shop.prices["basic_monthly"])


BREAKERS: dict[str, Any] = {
    "eleven-products": lambda d, s: _set_products(
        d, *[entry(s.products[f"extra{i}"], s.prices[f"extra{i}"]) for i in range(11)]
    ),
    "product-twice": lambda d, s: _su(d)["products"].append(_b(s)),
    "archived-product": lambda d, s: _su(d)["products"].append(
        entry(s.products["archived"], s.prices["archived_monthly"])
    ),
    "no-prices": lambda d, s: _su(d)["products"][0].update(prices=[]),
    "price-of-other-product": lambda d, s: _add_price(d, 0, s.prices["team_monthly"]),
    "one-time-price": lambda d, s: _add_price(d, 1, s.prices["pro_once"]),
    "archived-price": lambda d, s: _add_price(d, 1, s.prices["pro_archived"]),
    "two-monthly-usd": lambda d, s: _add_price(d, 1, s.prices["pro_quarterly"]),
    "price-twice": lambda d, s: _add_price(d, 1, s.prices["pro_monthly"]),
    "cancel-always-invoice": lambda d, s: d["features"]["subscription_cancel"].update(
        mode="immediately", proration_behavior="always_invoice"
    ),
    "prorate-at-period-end": lambda d, s: d["features"]["subscription_cancel"].update(
        mode="at_period_end", proration_behavior="create_prorations"
    ),
    "updates-without-products": lambda d, s: _su(d).update(products=[]),
    "updates-allow-nothing": lambda d, s: _su(d).update(default_allowed_updates=[]),
    "pause-without-length": lambda d, s: _pause(d),
    "pause-too-long": lambda d, s: _pause(d, ("month", 37)),
    "pause-zero": lambda d, s: _pause(d, ("day", 0)),
    "negative-minimum": lambda d, s: _quantity(d, minimum=-1),
    "maximum-below-minimum": lambda d, s: _quantity(d, minimum=5, maximum=2),
    "privacy-not-a-url": lambda d, s: d["business_profile"].update(
        privacy_policy_url="example.com/privacy"
    ),
    "return-not-a-url": lambda d, s: d.update(default_return_url="https://exa mple.com/"),
    "metadata-key-too-long": lambda d, s: d.update(metadata={"k" * 41: "v"}),
    "metadata-value-too-long": lambda d, s: d.update(metadata={"note": "x" * 501}),
    "metadata-too-many": lambda d, s: d.update(metadata={f"k{i}": "v" for i in range(51)}),
    "metadata-brackets": lambda d, s: d.update(metadata={"a[b]": "v"}),
    "metadata-empty-key": lambda d, s: d.update(metadata={"": "v"}),
    "tax-mixed": lambda d, s: _add_price(d, 1, s.prices["pro_monthly_eur"]),
    "tax-unspecified": lambda d, s: _add_price(d, 1, s.prices["pro_untaxed"]),
    "tax-mixed-across-products": lambda d, s: _set_products(
        d,
        entry(s.products["basic"], s.prices["basic_monthly_eur"]),
        entry(s.products["team"], s.prices["team_monthly_incl"]),
    ),
    "usage-based": lambda d, s: _su(d)["products"].append(
        entry(s.products["metered"], s.prices["metered"])
    ),
    "http-link": lambda d, s: d["business_profile"].update(
        terms_of_service_url="http://example.com/terms"
    ),
    "customer-update-nothing": lambda d, s: d["features"]["customer_update"].update(
        allowed_updates=[]
    ),
    "customer-update-off": lambda d, s: d["features"]["customer_update"].update(enabled=False),
    "reason-without-cancel": lambda d, s: d["features"]["subscription_cancel"].update(
        enabled=False
    ),
    "products-without-updates": lambda d, s: _su(d).update(enabled=False),
    "quantity-not-allowed": lambda d, s: (
        _quantity(d),
        _su(d).update(default_allowed_updates=["price"]),
    ),
    "pmc-off": lambda d, s: d["features"]["payment_method_update"].update(
        enabled=False, payment_method_configuration="pmc_1234"
    ),
    "reason-no-options": lambda d, s: d["features"]["subscription_cancel"][
        "cancellation_reason"
    ].update(options=[]),
    "pause-length-twice": lambda d, s: _pause(d, ("month", 1), ("month", 1)),
    "metadata-empty-value": lambda d, s: d.update(metadata={"k": ""}),
    "pmc-malformed": lambda d, s: d["features"]["payment_method_update"].update(
        payment_method_configuration="card-only"
    ),
    "unknown-price": lambda d, s: _add_price(d, 0, "price_doesnotexist"),
    "unknown-choice": lambda d, s: d["features"]["customer_update"]["allowed_updates"].append(
        "shoe_size"
    ),
    "unknown-enum": lambda d, s: d["features"]["subscription_cancel"].update(mode="later"),
}


def bad_doc(case: Case, shop: Shop) -> Doc:
    """:func:`good_doc` with the problem of ``case``."""
    doc = good_doc(shop, f"Bad: {case.id}")
    case.apply(doc, shop)
    return doc
