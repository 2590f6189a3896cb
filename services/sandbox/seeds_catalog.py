"""Seed catalogs: products and prices (intervals, currencies, tax behaviour, lookup keys).

:data:`PLATFORM_CATALOG` is the demo platform's price list; :func:`build_catalog` stores
one (the platform's or a connected account's) through the catalog builders and returns
the stored prices by lookup key. Also the platform's coupons and promotion codes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from services.sandbox.resources.billing import new_coupon
from services.sandbox.resources.catalog import new_price, new_product
from services.sandbox.seeds_common import DAY, HOUR, Batch, SeedRequest


@dataclass(frozen=True)
class PriceSpec:
    lookup_key: str
    currency: str
    amount: int
    interval: str | None = "month"  # None: one-time
    count: int = 1
    tax: str = "exclusive"
    usage: str = "licensed"
    nickname: str | None = None
    active: bool = True


@dataclass(frozen=True)
class ProductSpec:
    key: str
    name: str
    description: str
    prices: tuple[PriceSpec, ...]
    unit_label: str | None = None
    active: bool = True
    metadata: dict[str, str] = field(default_factory=dict)


P = PriceSpec
PLATFORM_CATALOG: tuple[ProductSpec, ...] = (
    ProductSpec(
        "starter",
        "Starter",
        "For freelancers and side projects: 1 seat, 3 projects.",
        (
            P("starter_monthly_usd", "usd", 900),
            P("starter_yearly_usd", "usd", 9000, "year"),
            P("starter_monthly_eur", "eur", 900, tax="inclusive"),
            P("starter_monthly_gbp", "gbp", 800, tax="inclusive"),
            P("starter_monthly_jpy", "jpy", 1200, tax="inclusive"),
        ),
        metadata={"tier": "1"},
    ),
    ProductSpec(
        "pro",
        "Pro",
        "For growing teams: 10 seats, unlimited projects.",
        (
            P("pro_monthly_usd", "usd", 2900),
            P("pro_yearly_usd", "usd", 29000, "year"),
            P("pro_quarterly_usd", "usd", 7900, "month", 3, nickname="Pro quarterly"),
            P("pro_monthly_eur", "eur", 2700, tax="inclusive"),
            P("pro_yearly_eur", "eur", 27000, "year", tax="inclusive"),
            P("pro_monthly_gbp", "gbp", 2400, tax="inclusive"),
            P("pro_monthly_jpy", "jpy", 3900, tax="inclusive"),
        ),
        metadata={"tier": "2"},
    ),
    ProductSpec(
        "business",
        "Business",
        "SSO, audit log and priority onboarding.",
        (
            P("business_monthly_usd", "usd", 9900),
            P("business_yearly_usd", "usd", 99000, "year"),
            P("business_monthly_eur", "eur", 8900, tax="inclusive"),
            P("business_monthly_gbp", "gbp", 7900, tax="inclusive"),
        ),
        metadata={"tier": "3"},
    ),
    ProductSpec(
        "enterprise",
        "Enterprise",
        "Annual contract with a dedicated success manager.",
        (
            P("enterprise_yearly_usd", "usd", 480000, "year", tax="unspecified"),
            P("enterprise_quarterly_usd", "usd", 125000, "month", 3, tax="unspecified"),
        ),
        metadata={"tier": "4", "sales_led": "true"},
    ),
    ProductSpec(
        "seats",
        "Additional seats",
        "Extra team members beyond the plan's seats.",
        (
            P("seats_monthly_usd", "usd", 1200),
            P("seats_monthly_eur", "eur", 1100, tax="inclusive"),
        ),
        unit_label="seat",
    ),
    ProductSpec(
        "api",
        "API requests",
        "Usage-based: billed per 1,000 API requests.",
        (
            P(
                "api_requests_monthly_usd",
                "usd",
                2,
                usage="metered",
                tax="unspecified",
                nickname="Per 1,000 requests",
            ),
        ),
        unit_label="1,000 requests",
    ),
    ProductSpec(
        "support",
        "Priority support",
        "Four-hour response time, phone support.",
        (
            P("support_monthly_usd", "usd", 4900, tax="unspecified"),
            P("support_monthly_eur", "eur", 4500, tax="unspecified"),
        ),
    ),
    ProductSpec(
        "greens",
        "Weekly greens box",
        "Seasonal organic vegetables, delivered weekly.",
        (
            P("greens_weekly_usd", "usd", 2500, "week"),
            P("greens_weekly_eur", "eur", 2300, "week", tax="inclusive"),
            P("greens_biweekly_usd", "usd", 4500, "week", 2, nickname="Every other week"),
        ),
        unit_label="box",
    ),
    ProductSpec(
        "legacy",
        "Basic (legacy)",
        "The 2023 plan, no longer sold.",
        (P("legacy_monthly_usd", "usd", 500, tax="unspecified", active=False),),
        active=False,
    ),
    ProductSpec(
        "onboarding",
        "Onboarding session",
        "A two-hour setup call with an expert.",
        (P("onboarding_usd", "usd", 15000, None),),
    ),
    ProductSpec(
        "platform_fee",
        "Marketplace platform fee",
        "What connected businesses pay to sell through the marketplace.",
        (
            P("platform_fee_monthly_usd", "usd", 4900),
            P("platform_fee_monthly_eur", "eur", 4500, tax="inclusive"),
        ),
    ),
)

# Which platform prices ordinary subscriptions use, by customer currency, with weights.
PLANS_BY_CURRENCY: dict[str, list[tuple[str, float]]] = {
    "usd": [
        ("starter_monthly_usd", 22),
        ("starter_yearly_usd", 6),
        ("pro_monthly_usd", 25),
        ("pro_yearly_usd", 9),
        ("pro_quarterly_usd", 4),
        ("business_monthly_usd", 9),
        ("business_yearly_usd", 3),
        ("enterprise_yearly_usd", 1.2),
        ("enterprise_quarterly_usd", 0.6),
        ("greens_weekly_usd", 5),
        ("greens_biweekly_usd", 2),
        ("support_monthly_usd", 1),
    ],
    "eur": [
        ("starter_monthly_eur", 30),
        ("pro_monthly_eur", 30),
        ("pro_yearly_eur", 10),
        ("business_monthly_eur", 12),
        ("greens_weekly_eur", 6),
        ("support_monthly_eur", 1),
    ],
    "gbp": [("starter_monthly_gbp", 40), ("pro_monthly_gbp", 40), ("business_monthly_gbp", 20)],
    "jpy": [("starter_monthly_jpy", 50), ("pro_monthly_jpy", 50)],
}
ADDONS_BY_CURRENCY: dict[str, list[str]] = {
    "usd": ["seats_monthly_usd", "support_monthly_usd", "api_requests_monthly_usd"],
    "eur": ["seats_monthly_eur", "support_monthly_eur"],
}


def build_catalog(
    req: SeedRequest, batch: Batch, specs: tuple[ProductSpec, ...], start: int
) -> dict[str, dict[str, Any]]:
    """Build and queue products and prices; return prices by lookup key."""
    prices: dict[str, dict[str, Any]] = {}
    at = start
    for spec in specs:
        req.at = at
        product = new_product(
            req,
            {
                "name": spec.name,
                "description": spec.description,
                "unit_label": spec.unit_label,
                "metadata": spec.metadata,
                "active": spec.active,
            },
        )
        batch.put(product, req.account)
        first: str | None = None
        for ps in spec.prices:
            req.at += 7 * 60
            params: dict[str, Any] = {
                "product": product["id"],
                "currency": ps.currency,
                "unit_amount": ps.amount,
                "lookup_key": ps.lookup_key,
                "tax_behavior": ps.tax,
                "active": ps.active,
                "nickname": ps.nickname,
            }
            if ps.interval is not None:
                params["recurring"] = {
                    "interval": ps.interval,
                    "interval_count": ps.count,
                    "usage_type": ps.usage,
                }
            price = new_price(req, params)
            if ps.usage == "metered":
                price["recurring"]["meter"] = "mtr_" + ps.lookup_key.replace("_", "")[:20]
            price["metadata"] = {"product_key": spec.key}
            batch.put(price, req.account)
            prices[ps.lookup_key] = price
            first = first or price["id"]
        product["default_price"] = first
        product["updated"] = req.at
        at += 5 * DAY + 3 * HOUR
    return prices


def build_coupons(
    req: SeedRequest, batch: Batch, start: int, now: int, rng: random.Random
) -> dict[str, dict[str, Any]]:
    """The platform's coupons and promotion codes; returns coupons and codes by name."""
    specs: list[tuple[str, dict[str, Any]]] = [
        ("WELCOME20", {"percent_off": 20, "duration": "once", "name": "Welcome 20% off"}),
        ("LOYALTY10", {"percent_off": 10, "duration": "forever", "name": "Loyalty 10%"}),
        (
            "HALFOFF3",
            {
                "percent_off": 50,
                "duration": "repeating",
                "duration_in_months": 3,
                "name": "50% off for 3 months",
            },
        ),
        ("TENOFF", {"amount_off": 1000, "currency": "usd", "duration": "once", "name": "$10 off"}),
        (
            "NONPROFIT",
            {
                "percent_off": 30,
                "duration": "forever",
                "name": "Nonprofit",
                "metadata": {"approval": "finance"},
            },
        ),
        (
            "BLACKFRIDAY",
            {
                "percent_off": 40,
                "duration": "repeating",
                "duration_in_months": 12,
                "name": "Black Friday 40%",
                "max_redemptions": 500,
            },
        ),
    ]
    out: dict[str, dict[str, Any]] = {}
    at = start
    for cid, params in specs:
        req.at = at
        coupon = new_coupon(req, {**params, "id": cid})
        batch.put(coupon, req.account)
        out[cid] = coupon
        at += 11 * DAY
    codes = [
        ("WELCOME20", "WELCOME20", True, None),
        ("LOYALTY10", "THANKYOU", True, None),
        ("HALFOFF3", "SPRING50", False, None),
        ("BLACKFRIDAY", "BF2025", True, "expired"),
        ("TENOFF", "FRIEND10", True, "future"),
        ("NONPROFIT", "GOODCAUSE", True, None),
    ]
    for coupon_id, code, active, expiry in codes:
        at += 3 * DAY
        expires_at = None
        if expiry == "expired":
            expires_at = now - 20 * DAY
        elif expiry == "future":
            expires_at = now + 60 * DAY
        promo = {
            "id": req.store.new_id("promo"),
            "object": "promotion_code",
            "active": active,
            "code": code,
            "created": min(at, now - DAY),
            "customer": None,
            "expires_at": expires_at,
            "max_redemptions": 100 if code == "FRIEND10" else None,
            "metadata": {"campaign": code.lower()},
            "promotion": {"coupon": coupon_id, "type": "coupon"},
            "restrictions": {
                "currency_options": {},
                "first_time_transaction": code in ("WELCOME20", "FRIEND10"),
                "minimum_amount": 2000 if code == "FRIEND10" else None,
                "minimum_amount_currency": "usd" if code == "FRIEND10" else None,
            },
            "times_redeemed": rng.randint(0, 40),
        }
        batch.put(promo, req.account)
        out["promo:" + code] = promo
    return out
