"""Seed branding files and customer portal configurations.

The platform gets an icon and a logo (PNG files drawn here, uploaded through the Files
builder with purposes ``business_icon`` / ``business_logo``) referenced from its
``settings.branding``; three portal configurations (the default self-service one, one
offering plan changes with a login page, an inactive legacy one); each connected account
gets a default configuration of its own.
"""

from __future__ import annotations

import struct
import zlib
from typing import Any

from services.sandbox.resources.files import new_file
from services.sandbox.resources.portal import new_configuration
from services.sandbox.seeds_common import DAY, Batch, SeedRequest


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def png(width: int, height: int, rows: list[bytes]) -> bytes:
    """A truecolour PNG from ``height`` rows of ``width * 3`` RGB bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + row for row in rows)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def icon_png(primary: str, secondary: str, size: int = 256) -> bytes:
    """A square icon: a ring on the brand colour."""
    bg, fg = bytes(_rgb(primary)), bytes(_rgb(secondary))
    c, outer, inner = (size - 1) / 2, size * 0.36, size * 0.22
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            d2 = (x - c) ** 2 + (y - c) ** 2
            gap = x > c + size * 0.12 and abs(y - c) < size * 0.1
            row += fg if inner * inner <= d2 <= outer * outer and not gap else bg
        rows.append(bytes(row))
    return png(size, size, rows)


def logo_png(primary: str, secondary: str, width: int = 480, height: int = 160) -> bytes:
    """A wide logo: the icon's ring followed by bars standing in for a word mark."""
    bg, fg = bytes(_rgb(secondary)), bytes(_rgb(primary))
    rows = []
    cy, r_out, r_in = (height - 1) / 2, height * 0.34, height * 0.2
    for y in range(height):
        row = bytearray()
        for x in range(width):
            if x < height:
                d2 = (x - cy) ** 2 + (y - cy) ** 2
                on = r_in * r_in <= d2 <= r_out * r_out
            else:
                bar = (x - height) // 36
                on = (
                    bar < 8
                    and (x - height) % 36 < 24
                    and abs(y - cy) < height * (0.12 + 0.04 * (bar % 3))
                )
            row += fg if on else bg
        rows.append(bytes(row))
    return png(width, height, rows)


def brand_files(
    req: SeedRequest, batch: Batch, branding: dict[str, Any], at: int, slug: str
) -> None:
    """Upload an icon and a logo for ``req.account`` and reference them from ``branding``."""
    primary = branding.get("primary_color") or "#635bff"
    secondary = branding.get("secondary_color") or "#ffffff"
    req.at = at
    icon = new_file(req, "business_icon", icon_png(primary, secondary), f"{slug}-icon.png")
    req.at = at + 300
    logo = new_file(req, "business_logo", logo_png(primary, secondary), f"{slug}-logo.png")
    batch.put(icon, req.account)
    batch.put(logo, req.account)
    branding["icon"], branding["logo"] = icon["id"], logo["id"]


def _products(prices: dict[str, dict[str, Any]], keys: list[str]) -> list[dict[str, Any]]:
    by_product: dict[str, list[str]] = {}
    for key in keys:
        price = prices[key]
        by_product.setdefault(price["product"], []).append(price["id"])
    return [
        {
            "product": pid,
            "prices": ids,
            "adjustable_quantity": {"enabled": True, "minimum": 1, "maximum": 25},
        }
        for pid, ids in by_product.items()
    ]


def platform_configurations(
    req: SeedRequest, batch: Batch, prices: dict[str, dict[str, Any]], start: int, now: int
) -> list[dict[str, Any]]:
    """The platform's three portal configurations."""
    profile = {
        "headline": "Counterfoil Demo Co. partners with Stripe for simplified billing.",
        "privacy_policy_url": "https://counterfoil.example/privacy",
        "terms_of_service_url": "https://counterfoil.example/terms",
    }
    cancel_reasons = {
        "enabled": True,
        "options": ["too_expensive", "missing_features", "switched_service", "unused", "other"],
    }
    configs = []
    req.at = start - 20 * DAY
    legacy = new_configuration(
        req,
        {
            "name": "Legacy portal (2024)",
            "business_profile": {"headline": "Manage your Counterfoil subscription"},
            "features": {
                "invoice_history": {"enabled": True},
                "payment_method_update": {"enabled": True},
            },
            "metadata": {"archived": "true"},
        },
        is_default=False,
    )
    legacy["active"] = False
    legacy["updated"] = start + 30 * DAY
    configs.append(legacy)
    req.at = start + 31 * DAY
    configs.append(
        new_configuration(
            req,
            {
                "name": "Self-service (default)",
                "business_profile": profile,
                "default_return_url": "https://counterfoil.example/account",
                "features": {
                    "customer_update": {
                        "enabled": True,
                        "allowed_updates": ["email", "address", "phone", "tax_id"],
                    },
                    "invoice_history": {"enabled": True},
                    "payment_method_update": {"enabled": True},
                    "subscription_cancel": {
                        "enabled": True,
                        "mode": "at_period_end",
                        "proration_behavior": "none",
                        "cancellation_reason": cancel_reasons,
                    },
                },
                "metadata": {"owner": "support-team"},
            },
            is_default=True,
        )
    )
    req.at = now - 200 * DAY
    plan_keys = [
        "starter_monthly_usd",
        "starter_yearly_usd",
        "starter_monthly_eur",
        "pro_monthly_usd",
        "pro_yearly_usd",
        "pro_monthly_eur",
        "pro_yearly_eur",
        "pro_monthly_gbp",
        "business_monthly_usd",
        "business_yearly_usd",
        "business_monthly_eur",
        "business_monthly_gbp",
    ]
    configs.append(
        new_configuration(
            req,
            {
                "name": "Plan changes",
                "business_profile": {
                    **profile,
                    "headline": "Upgrade, downgrade or pause your plan",
                },
                "default_return_url": "https://counterfoil.example/billing",
                "login_page": {"enabled": True},
                "features": {
                    "customer_update": {"enabled": True, "allowed_updates": ["email", "address"]},
                    "invoice_history": {"enabled": True},
                    "payment_method_update": {"enabled": True},
                    "subscription_cancel": {
                        "enabled": True,
                        "mode": "immediately",
                        "proration_behavior": "create_prorations",
                        "cancellation_reason": cancel_reasons,
                    },
                    "subscription_pause": {
                        "enabled": True,
                        "duration": {
                            "type": "interval_options",
                            "interval_options": [
                                {"interval": "month", "interval_count": 1},
                                {"interval": "month", "interval_count": 3},
                            ],
                        },
                    },
                    "subscription_update": {
                        "enabled": True,
                        "default_allowed_updates": ["price", "quantity", "promotion_code"],
                        "proration_behavior": "create_prorations",
                        "products": _products(prices, plan_keys),
                        "schedule_at_period_end": {
                            "conditions": [
                                {"type": "decreasing_item_amount"},
                                {"type": "shortening_interval"},
                            ]
                        },
                    },
                },
                "metadata": {"owner": "growth-team", "experiment": "pause-offer"},
            },
            is_default=False,
        )
    )
    for cfg in configs:
        batch.put(cfg, req.account)
    return configs


def account_configuration(
    req: SeedRequest, batch: Batch, name: str, at: int, created_by_platform: bool
) -> dict[str, Any]:
    """A connected account's default portal configuration."""
    req.at = at
    cfg = new_configuration(
        req,
        {
            "name": f"{name} portal",
            "business_profile": {"headline": f"Manage your {name} membership"},
            "features": {
                "customer_update": {"enabled": True, "allowed_updates": ["email", "phone"]},
                "invoice_history": {"enabled": True},
                "payment_method_update": {"enabled": True},
                "subscription_cancel": {"enabled": True, "mode": "at_period_end"},
            },
        },
        is_default=True,
    )
    if not created_by_platform:
        cfg["application"] = None
    batch.put(cfg, req.account)
    return cfg
