"""Deterministic seed data for the sandbox: ``empty``, ``demo`` and ``large``.

The platform account lives in ``store.extra["platform"]``; the seeds themselves are in
``seeds_demo`` (built through the resources' own builders) and ``seeds_large`` (sparse
dicts for a million customers).
"""

from __future__ import annotations

from typing import Any

from services.sandbox.app import SandboxApp
from services.sandbox.seeds_demo import load_demo
from services.sandbox.seeds_large import load_large

PLATFORM_ID = "acct_1CounterfoilPlat"
PLATFORM_APPLICATION = "ca_CounterfoilPlatform"


def platform_account(created: int) -> dict[str, Any]:
    """The platform's own account object (what ``GET /v1/account`` returns)."""
    return {
        "id": PLATFORM_ID,
        "object": "account",
        "business_profile": {
            "annual_revenue": None,
            "estimated_worker_count": None,
            "mcc": "5734",
            "name": "Counterfoil Demo Co.",
            "product_description": "Software subscriptions",
            "support_address": None,
            "support_email": "support@counterfoil.example",
            "support_phone": None,
            "support_url": "https://counterfoil.example/support",
            "url": "https://counterfoil.example",
            "minority_owned_business_designation": None,
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
            "branding": {
                "icon": None,
                "logo": None,
                "primary_color": "#635bff",
                "secondary_color": "#0a2540",
            },
            "dashboard": {"display_name": "Counterfoil Demo Co.", "timezone": "Etc/UTC"},
        },
        "type": "standard",
    }


SEEDS = ("empty", "demo", "large")


def load_seed(app: SandboxApp, name: str, customers: int | None = None) -> None:
    """Fill ``app``'s store with the named seed.

    ``empty``: just the platform account. ``demo``: a realistic account (about 2,000
    customers, or ``customers``) with Connect, see :mod:`seeds_demo`. ``large``:
    ``customers`` (default 1,000,000) customers with subscriptions, built fast and lean
    for benchmarks, see :mod:`seeds_large`.
    """
    if name not in SEEDS:
        raise ValueError(f"unknown seed {name!r}: use empty, demo or large")
    store = app.store
    store.extra["platform"] = platform_account(store.now() - 800 * 86400)
    store.extra["platform_id"] = PLATFORM_ID
    store.extra["platform_application"] = PLATFORM_APPLICATION
    store.extra["seed"] = name
    if name == "demo":
        load_demo(app, customers)
    elif name == "large":
        load_large(app, customers)
