"""The ``large`` seed: N customers (default 1,000,000), each with a subscription, fast and lean.

Built as sparse dicts in the resources' stored formats (see ``resources/billing.py``)
rather than through the builders, and inserted with ``Store.add_many``:

* customers keep ``id, object, created, email, name, currency``; the render hook
  :func:`fill_customer_defaults` supplies the fields every Stripe customer has
  (``balance``, ``invoice_settings``…), so nothing nested is stored, let alone shared;
* each subscription has one item whose ``price`` is the shared stored price dict (the
  billing resources never mutate a price through an item); names come from a table of
  shared strings; ``pause_collection`` dicts are shared among subscriptions (updates
  replace the field, never mutate it);
* about 10% of subscriptions have ``pause_collection`` and one
  ``customer.subscription.updated`` event each telling when collection was paused
  (``previous_attributes.pause_collection = null``), with a shallow snapshot.

Garbage collection is off while building (millions of new containers would trigger
full collections again and again); a big seed is then frozen out of the collector's way.
"""

from __future__ import annotations

import array
import gc
import random
import string
from typing import Any

from services.sandbox.app import RENDER_HOOK_OBJECT_FIELDS, RENDER_HOOKS, SandboxApp
from services.sandbox.resources.billing_subscriptions import current_period
from services.sandbox.resources.common import API_VERSION
from services.sandbox.seeds_catalog import PLANS_BY_CURRENCY, PLATFORM_CATALOG, build_catalog
from services.sandbox.seeds_common import DAY, HOUR, Batch, seed_request
from services.sandbox.seeds_names import EMAIL_DOMAINS, LOCALES, ascii_token
from services.sandbox.seeds_people import company_name, person_name

LARGE_SEED = 1_000_003
LARGE_CUSTOMERS = 1_000_000
IDENTITIES = 1 << 14
FREEZE_FROM = 100_000  # distinct (name, e-mail stem, currency) combinations
_ALNUM = string.ascii_letters + string.digits

# Out of 1024: subscription statuses of customers older than two weeks.
_STATUS_TABLE = (
    ("active", 760),
    ("canceled", 125),
    ("past_due", 35),
    ("unpaid", 15),
    ("incomplete_expired", 12),
    ("paused", 12),
    ("trialing", 65),
)
_RECENT_TABLE = (("trialing", 420), ("active", 500), ("incomplete", 64), ("past_due", 40))
PAUSED_SHARE = 140  # of 1024 active subscriptions (≈ 10% of all subscriptions)


def fill_customer_defaults(app: SandboxApp, obj: dict[str, Any]) -> dict[str, Any]:
    """Render hook: the fields every customer has, for sparse (seeded) customers."""
    if obj.get("deleted"):
        return obj
    if obj.get("invoice_settings") is None:
        obj["invoice_settings"] = {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        }
    if obj.get("balance") is None:
        obj["balance"] = 0
    if obj.get("tax_exempt") is None:
        obj["tax_exempt"] = "none"
    if obj.get("invoice_prefix") is None and isinstance(obj.get("id"), str):
        obj["invoice_prefix"] = obj["id"][-8:].upper()
    if obj.get("next_invoice_sequence") is None:
        obj["next_invoice_sequence"] = 1
    return obj


RENDER_HOOKS.setdefault("customer", fill_customer_defaults)
RENDER_HOOK_OBJECT_FIELDS[fill_customer_defaults] = ()  # sets plain values only


def _table(rows: tuple[tuple[str, int], ...]) -> list[str]:
    out: list[str] = []
    for key, weight in rows:
        out.extend([key] * weight)
    return (out + [rows[0][0]] * 1024)[:1024]


def _identities(rng: random.Random) -> list[tuple[str, str, str, str]]:
    """(name, e-mail stem, domain, currency) rows, weighted by locale."""
    weights = [loc.weight for loc in LOCALES]
    rows = []
    for _ in range(IDENTITIES):
        locale = rng.choices(LOCALES, weights)[0]
        if rng.random() < 0.12:
            name, _ = company_name(rng, locale)
            stem = (ascii_token(name)[:14] or "biz") + "."
            domain = f"{stem[:-1]}.example"
            stem = rng.choice(["billing.", "accounts.", "finance."])
        else:
            name, local = person_name(rng, locale)
            stem, domain = local.rstrip("0123456789") + ".", rng.choice(EMAIL_DOMAINS)
        currency = locale.currency if locale.currency in PLANS_BY_CURRENCY else "usd"
        rows.append((name, stem, domain, currency))
    return rows


def _plan_tables(prices: dict[str, dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Per currency, 256 price slots in proportion to the plan weights."""
    out = {}
    for currency, plans in PLANS_BY_CURRENCY.items():
        total = sum(w for _, w in plans)
        slots: list[dict[str, Any]] = []
        for key, w in plans:
            slots.extend([prices[key]] * max(1, round(256 * w / total)))
        out[currency] = (slots * 2)[:256]
    return out


def load_large(app: SandboxApp, customers: int | None = None) -> dict[str, int]:
    """Fill ``app.store`` with the large seed; returns counts by subscription status."""
    n = LARGE_CUSTOMERS if customers is None else customers
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(app, n)
    finally:
        if n >= FREEZE_FROM:
            # Millions of long-lived containers: keep the cyclic collector from walking
            # them (a full collection would stall a request for seconds). They hold no
            # reference cycles, so reference counting still frees them after a reset.
            gc.freeze()
        if enabled:
            gc.enable()


def _build(app: SandboxApp, n: int) -> dict[str, int]:
    store = app.store
    rng = random.Random(LARGE_SEED)
    store.id_random = random.Random(LARGE_SEED + 1)
    now = store.now()
    start = now - 730 * DAY
    req = seed_request(app, "", start - 90 * DAY)
    batch = Batch(store)
    prices = build_catalog(req, batch, PLATFORM_CATALOG, start - 90 * DAY)
    batch.flush()
    store.id_random = None
    plans = _plan_tables(prices)
    identities = _identities(rng)
    statuses, recent_statuses = _table(_STATUS_TABLE), _table(_RECENT_TABLE)
    tails = ["".join(rng.choices(_ALNUM, k=8)) for _ in range(4096)]
    behaviors = ("keep_as_draft", "mark_uncollectible", "void")
    pauses = [{"behavior": b, "resumes_at": None} for b in behaviors] + [
        {"behavior": b, "resumes_at": now + days * DAY} for b in behaviors for days in (7, 30, 90)
    ]
    period_cache: dict[tuple[int, str, int], tuple[int, int]] = {}
    day0 = start - start % DAY

    def period(anchor: int, rec: dict[str, Any]) -> tuple[int, int]:
        key = ((anchor - day0) // DAY, rec["interval"], rec["interval_count"])
        found = period_cache.get(key)
        if found is None:
            base = day0 + key[0] * DAY
            s, e = current_period(base, key[1], key[2], now)
            found = (s - base, e - base)
            period_cache[key] = found
        offset = anchor - day0 - key[0] * DAY
        return anchor - offset + found[0], anchor - offset + found[1]

    # Filled before the loop, so its tuples and ints sit together (see below).
    cadences = {
        (p["recurring"]["interval"], p["recurring"]["interval_count"])
        for slots in plans.values()
        for p in slots
    }
    for interval, count in sorted(cadences):
        for day in range((now - day0) // DAY + 1):
            period(day0 + day * DAY, {"interval": interval, "interval_count": count})
    customers: list[dict[str, Any]] = []
    subs: list[dict[str, Any]] = []
    # What the loop keeps only until it ends is kept without new objects (an array of
    # machine ints, a list of references): temporaries allocated among millions of
    # lasting objects would leave as many holes in the small-object heap, and every
    # request would then allocate from holes scattered over gigabytes, cache miss after
    # cache miss (it made encoding a page three times slower).
    paused_at = array.array("q")
    paused_subs: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    span = now - 2 * HOUR - start
    recent = now - 14 * DAY
    getrandbits = rng.getrandbits
    for i in range(n):
        r = getrandbits(64)
        name, stem, domain, currency = identities[r & (IDENTITIES - 1)]
        created = start + (i * span) // n
        tail = tails[(r >> 14) & 4095]
        cid = f"cus_L{i:07d}{tail}"
        customers.append(
            {
                "id": cid,
                "object": "customer",
                "created": created,
                "email": f"{stem}{i:x}@{domain}",
                "name": name,
                "currency": currency,
            }
        )
        status = (recent_statuses if created > recent else statuses)[(r >> 26) & 1023]
        price = plans[currency][(r >> 36) & 255]
        sub_created = created + 600
        sid = f"sub_L{i:07d}{tail}"
        rec = price["recurring"]
        if status == "canceled":
            ended = sub_created + ((r >> 44) & 0xFFFFF) * (now - sub_created) // 0x100000
            ps, pe = (
                period(sub_created, rec)
                if ended > now - 40 * DAY
                else (ended - 20 * DAY, ended + 10 * DAY)
            )
        else:
            ps, pe = period(sub_created, rec)
        item = {
            "id": f"si_L{i:07d}{tail}",
            "object": "subscription_item",
            "subscription": sid,
            "created": sub_created,
            "price": price,
            "quantity": 1,
            "current_period_start": ps,
            "current_period_end": pe,
        }
        sub: dict[str, Any] = {
            "id": sid,
            "object": "subscription",
            "customer": cid,
            "status": status,
            "created": sub_created,
            "start_date": sub_created,
            "billing_cycle_anchor": sub_created,
            "currency": price["currency"],
            "collection_method": "charge_automatically",
            "items": {"object": "list", "data": [item], "has_more": False},
        }
        if status == "canceled":
            sub["canceled_at"] = sub["ended_at"] = ended
        elif status == "trialing":
            sub["trial_start"], sub["trial_end"] = (
                sub_created,
                max(sub_created + 14 * DAY, now + DAY),
            )
        elif status == "active" and (r >> 46) & 1023 < PAUSED_SHARE and sub_created < now - DAY:
            pause = pauses[(r >> 56) % len(pauses)]
            sub["pause_collection"] = pause
            paused_at.append(
                now - HOUR - ((r >> 20) & 0xFFFF) * min(150 * DAY, now - sub_created) // 0x10000
            )
            paused_subs.append(sub)
            status = "active+pause_collection"
        counts[status] = counts.get(status, 0) + 1
        subs.append(sub)
    store.add_many(customers, "", "customer")
    store.add_many(subs, "", "subscription")
    del customers, subs
    pause_events = sorted(zip(paused_at, paused_subs, strict=True), key=lambda e: e[0])
    del paused_at, paused_subs
    events = []
    # Never mutated (events are read-only), so every event shares these two.
    request: dict[str, Any] = {"id": None, "idempotency_key": None}
    previous: dict[str, Any] = {"pause_collection": None}
    for k, (at, sub) in enumerate(pause_events):
        events.append(
            {
                "id": f"evt_L{k:07d}{tails[k & 4095]}",
                "object": "event",
                "api_version": API_VERSION,
                "created": at,
                "data": {"object": dict(sub), "previous_attributes": previous},
                "livemode": False,
                "pending_webhooks": 0,
                "request": request,
                "type": "customer.subscription.updated",
            }
        )
    store.add_many(events, "", "event")
    return counts
