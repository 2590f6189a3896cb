"""Deterministic seed data for the sandbox: ``empty``, ``demo`` and ``large``."""

from __future__ import annotations

from typing import Any

from services.sandbox.app import SandboxApp

PLATFORM_ID = "acct_1CounterfoilPlat"


def platform_account(created: int) -> dict[str, Any]:
    """The platform's own account object (what ``GET /v1/account`` returns)."""
    return {
        "id": PLATFORM_ID,
        "object": "account",
        "business_profile": {
            "annual_revenue": None, "estimated_worker_count": None, "mcc": "5734",
            "name": "Counterfoil Demo Co.", "product_description": "Software subscriptions",
            "support_address": None, "support_email": "support@counterfoil.example",
            "support_phone": None, "support_url": "https://counterfoil.example/support",
            "url": "https://counterfoil.example", "minority_owned_business_designation": None,
        },
        "business_type": "company",
        "capabilities": {"card_payments": "active", "transfers": "active"},
        "charges_enabled": True,
        "controller": {"type": "account"},
        "country": "US",
        "created": created,
        "default_currency": "usd",
        "details_submitted": True,
        "email": "owner@counterfoil.example",
        "metadata": {},
        "payouts_enabled": True,
        "settings": {
            "branding": {"icon": None, "logo": None, "primary_color": "#635bff",
                         "secondary_color": "#0a2540"},
            "dashboard": {"display_name": "Counterfoil Demo Co.", "timezone": "Etc/UTC"},
        },
        "type": "standard",
    }


def load_seed(app: SandboxApp, name: str, *, customers: int | None = None) -> None:
    """Fill ``app``'s store with the named seed."""
    store = app.store
    store.extra["platform"] = platform_account(store.now() - 400 * 86400)
    store.extra["platform_id"] = PLATFORM_ID
    if name == "empty":
        return
    raise ValueError(f"unknown seed {name!r}: use empty, demo or large")
