"""The ``demo`` seed: a realistic, deterministic Stripe Billing account with Connect.

About 2,000 platform customers (many countries and scripts, a few formula-like names),
a catalog in several intervals and currencies, subscriptions in every status (with
``pause_collection`` in all three behaviours), invoices, payment methods of several
types, coupons and promotion codes, three portal configurations, platform branding
files, four connected accounts with their own data, destination-charge and "platform
billing" subscriptions, and the events that tell when collection was paused.

Everything comes from one ``random.Random`` with a fixed seed; timestamps are relative
to the moment the seed is loaded (the last two years), so "now" always looks current.
Objects are inserted per (owner, kind) in ``created`` order with ``Store.add_many``.
"""

from __future__ import annotations

import random
from typing import Any

from services.sandbox.app import SandboxApp
from services.sandbox.resources.billing import new_schedule
from services.sandbox.resources.billing_schedules import _phase
from services.sandbox.seeds_billing import Biller, Counts, World
from services.sandbox.seeds_catalog import (
    PLANS_BY_CURRENCY,
    PLATFORM_CATALOG,
    build_catalog,
    build_coupons,
)
from services.sandbox.seeds_common import DAY, HOUR, Batch, seed_request
from services.sandbox.seeds_connect import (
    build_accounts,
    deauthorization_event,
    destination_catalog,
    destination_subscriptions,
    platform_billing,
    representatives,
)
from services.sandbox.seeds_people import (
    Person,
    build_payment_methods,
    build_people,
    build_tax_ids,
    delete_some,
)
from services.sandbox.seeds_portal import (
    account_configuration,
    brand_files,
    platform_configurations,
)

DEMO_SEED = 20_261_028
DEMO_CUSTOMERS = 2_000


def load_demo(app: SandboxApp, customers: int | None = None) -> Counts:
    """Fill ``app.store`` with the demo seed; returns what was built, by status."""
    store = app.store
    rng = random.Random(DEMO_SEED)
    store.id_random = random.Random(DEMO_SEED + 1)
    try:
        return _build(app, rng, customers or DEMO_CUSTOMERS)
    finally:
        store.id_random = None


def _build(app: SandboxApp, rng: random.Random, count: int) -> Counts:
    store = app.store
    now = store.now()
    start = now - 730 * DAY
    batch = Batch(store)
    preq = seed_request(app, "", start)
    platform = store.extra["platform"]

    # -- accounts, branding, catalogs, coupons ------------------------------------------
    brand_files(preq, batch, platform["settings"]["branding"], start - 45 * DAY, "counterfoil")
    accounts = build_accounts(preq, batch, now)
    prices = build_catalog(preq, batch, PLATFORM_CATALOG + destination_catalog(), start - 80 * DAY)
    coupons = build_coupons(preq, batch, start - 10 * DAY, now, rng)
    plat = World("", preq, prices, plans=PLANS_BY_CURRENCY)
    worlds = [plat]
    for acct in accounts:
        areq = seed_request(app, acct.spec.id)
        created = int(acct.obj["created"])
        a_prices = build_catalog(areq, batch, acct.spec.catalog, created + DAY)
        plans: dict[str, list[tuple[str, float]]] = {}
        for key, price in a_prices.items():
            if price.get("recurring") and price.get("active", True):
                plans.setdefault(price["currency"], []).append((key, 1.0))
        acct.world = World(
            acct.spec.id, areq, a_prices, platform_share=acct.spec.platform_share, plans=plans
        )
        worlds.append(acct.world)
        if acct.spec.dashboard == "express":
            brand_files(
                areq,
                batch,
                acct.obj["settings"]["branding"],
                created + 2 * DAY,
                acct.spec.id[6:].lower(),
            )
    for kind in ("file", "account", "product", "price", "coupon", "promotion_code"):
        batch.flush(kind)
    platform_configurations(preq, batch, prices, start, now)
    for acct in accounts:
        assert acct.world is not None
        account_configuration(
            acct.world.req,
            batch,
            acct.spec.name,
            int(acct.obj["created"]) + 3 * DAY,
            created_by_platform=acct.spec.dashboard != "full",
        )

    # -- customers ----------------------------------------------------------------------
    biller = Biller(rng, batch, now, coupons)
    plat.people = build_people(preq, batch, rng, count, start, now - HOUR, formula_names=True)
    reps = representatives(preq, batch, accounts)
    build_tax_ids(preq, batch, rng, plat.people)
    for acct in accounts:
        w = acct.world
        assert w is not None
        created = int(acct.obj["created"])
        w.people = build_people(
            w.req,
            batch,
            rng,
            acct.spec.customers,
            created + 5 * DAY,
            now - HOUR,
            country=acct.spec.country,
        )
        build_tax_ids(w.req, batch, rng, w.people)
    for w in worlds:
        for p in w.people:
            biller.emit(w, "customer.created", p.obj, p.created)
    batch.flush("customer")
    batch.flush("tax_id")
    delete_some(preq, plat.people, rng, 6)
    plat.people.extend(reps)

    # -- payment methods ----------------------------------------------------------------
    build_payment_methods(preq, batch, rng, [p for p in plat.people if p not in reps], now=now)
    build_payment_methods(preq, batch, rng, reps, share=1.0, now=now)
    for acct in accounts:
        assert acct.world is not None
        build_payment_methods(acct.world.req, batch, rng, acct.world.people, share=0.9, now=now)
    for w in worlds:
        for p in w.people:
            for pm in p.payment_methods:
                biller.emit(w, "payment_method.attached", pm, int(pm["created"]))
    batch.flush("payment_method")

    # -- subscriptions ------------------------------------------------------------------
    for w in worlds:
        for p in w.people:
            if p.deleted or p in reps:
                continue
            subs = 1 + (rng.random() < 0.1) + (rng.random() < 0.012)
            if rng.random() < 0.07:
                subs = 0
            for _ in range(subs):
                biller.subscribe(w, p)
    destination_subscriptions(biller, plat, accounts, count_each=14)
    platform_billing(biller, plat, accounts, now)
    _standalone_schedules(biller, plat, rng, now)
    batch.flush("subscription")
    batch.flush("subscription_schedule")

    # -- invoices, events ---------------------------------------------------------------
    biller.build_invoices(worlds)
    batch.flush("invoice")
    biller.flush_events()
    deauthorization_event(preq, accounts, now, batch)
    batch.flush("billing_portal.configuration")
    batch.flush("event")
    return biller.counts


def _standalone_schedules(biller: Biller, w: World, rng: random.Random, now: int) -> None:
    """Schedules without a live subscription: not started yet, released, canceled."""
    subscribed = {s["customer"] for s in w.subs}
    idle = [
        p for p in w.people if not p.deleted and p.default_pm is not None and p.id not in subscribed
    ]
    price = w.prices["pro_monthly_usd"]
    for n, p in enumerate(rng.sample(idle, min(6, len(idle)))):
        status = ("not_started", "not_started", "released", "canceled", "not_started", "released")[
            n
        ]
        begin = (
            now + rng.randint(3, 40) * DAY
            if status == "not_started"
            else now - rng.randint(60, 200) * DAY
        )
        end = begin + 30 * DAY
        phases = [
            _phase(begin, end, [(price["id"], 1, {})], price["currency"]),
            _phase(
                end, end + 365 * DAY, [(w.prices["pro_yearly_usd"]["id"], 1, {})], price["currency"]
            ),
        ]
        w.req.at = min(begin, now) - rng.randint(1, 20) * DAY
        schedule = new_schedule(
            w.req, p.id, phases, subscription=None, status=status, metadata={"source": "sales"}
        )
        if status == "released":
            schedule["released_at"] = begin + DAY
            schedule["released_subscription"] = None
        elif status == "canceled":
            schedule["canceled_at"] = begin - DAY
        schedule["current_phase"] = None
        biller.batch.put(schedule, w.owner)


def describe(counts: Counts) -> dict[str, Any]:
    """A printable summary of a demo build."""
    return {
        "subscriptions": dict(sorted(counts.statuses.items())),
        "pause_collection": dict(sorted(counts.pause_collection.items())),
        "invoices": dict(sorted(counts.invoices.items())),
        "events": sum(counts.events.values()),
        "portal_cancel_only": counts.portal_cancel_only,
    }


__all__ = ["DEMO_CUSTOMERS", "Person", "describe", "load_demo"]
