"""Seed subscriptions in every status, their invoice history, schedules, discounts and events.

A :class:`World` is one account's seed (the platform's or a connected account's): its
prices, customers and what gets built for them. :class:`Biller` turns a planned
subscription into the billing builders' objects: the subscription with consistent dates
for its status (trials, cancellations, ``incomplete`` windows, ``status=paused`` after a
trial without a payment method), ``pause_collection`` with the events that tell when it
started, a history of invoices whose statuses follow the subscription (paid renewals,
an ``open`` invoice for ``past_due``, drafts / uncollectible / void invoices while
collection is paused) and Stripe's events for the last 30 days.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from services.sandbox.resources.billing import (
    new_discounts,
    new_invoice_for,
    new_schedule,
    new_subscription,
)
from services.sandbox.resources.billing_common import add_interval
from services.sandbox.resources.billing_schedules import _phase
from services.sandbox.resources.billing_subscriptions import AUTO
from services.sandbox.seeds_catalog import ADDONS_BY_CURRENCY
from services.sandbox.seeds_common import DAY, HOUR, Batch, SeedRequest, event, weighted
from services.sandbox.seeds_people import Person

RECENT = 30 * DAY  # Stripe keeps events for 30 days
PAUSE_BEHAVIORS = ("keep_as_draft", "mark_uncollectible", "void")
FEEDBACK = (
    "too_expensive",
    "missing_features",
    "switched_service",
    "unused",
    "customer_service",
    "too_complex",
    "low_quality",
    "other",
)
COMMENTS = (
    "Moving to an in-house tool.",
    "Budget cuts this quarter.",
    "Will come back after the summer.",
    "Too many features we never used.",
    None,
)


@dataclass
class InvoicePlan:
    at: int
    world: World
    sub: dict[str, Any]
    status: str
    reason: str
    period: tuple[int, int]
    attempts: int = 0
    trial: bool = False


@dataclass
class World:
    """One account's seed: ``owner`` is "" (platform) or a connected account id."""

    owner: str
    req: SeedRequest
    prices: dict[str, dict[str, Any]]
    people: list[Person] = field(default_factory=list)
    subs: list[dict[str, Any]] = field(default_factory=list)
    invoices: list[InvoicePlan] = field(default_factory=list)
    # Share of subscriptions the platform created (``application``); connected accounts only.
    platform_share: float = 1.0
    plans: dict[str, list[tuple[str, float]]] = field(default_factory=dict)


@dataclass
class Counts:
    statuses: dict[str, int] = field(default_factory=dict)
    pause_collection: dict[str, int] = field(default_factory=dict)
    invoices: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)
    portal_cancel_only: int = 0


class Biller:
    """Builds subscriptions, invoices and events for the worlds of one seed."""

    def __init__(
        self, rng: random.Random, batch: Batch, now: int, coupons: dict[str, dict[str, Any]]
    ) -> None:
        self.rng = rng
        self.batch = batch
        self.now = now
        self.coupons = coupons
        self.counts = Counts()
        self.pause_started: dict[str, int] = {}
        # Subscription events wait until the invoices exist (their snapshots show them).
        self.deferred: list[
            tuple[World, str, dict[str, Any], dict[str, Any], int, dict[str, Any] | None, bool]
        ] = []

    # -- events ---------------------------------------------------------------------
    def emit(
        self,
        w: World,
        event_type: str,
        obj: dict[str, Any],
        at: int,
        previous: dict[str, Any] | None = None,
        always: bool = False,
    ) -> None:
        if at > self.now or (not always and at < self.now - RECENT):
            return
        self.batch.put(event(w.req, event_type, obj, at, previous, w.owner), w.owner, "event")
        self.counts.events[event_type] = self.counts.events.get(event_type, 0) + 1

    def later(
        self,
        w: World,
        event_type: str,
        sub: dict[str, Any],
        at: int,
        previous: dict[str, Any] | None = None,
        always: bool = False,
        **overrides: Any,
    ) -> None:
        """A subscription event, built by :meth:`flush_events` once invoices exist."""
        self.deferred.append((w, event_type, sub, overrides, at, previous, always))

    def flush_events(self) -> None:
        for w, event_type, sub, overrides, at, previous, always in self.deferred:
            self.emit(w, event_type, {**sub, **overrides}, at, previous, always)
        self.deferred.clear()

    # -- planning -------------------------------------------------------------------
    def pick_status(self, p: Person) -> str:
        pm = p.default_pm
        failing = pm is not None and (pm.get("card") or {}).get("last4") == "0341"
        if failing:
            table = [("past_due", 40.0), ("unpaid", 18.0), ("incomplete", 14.0), ("canceled", 28.0)]
        elif pm is None:
            table = [
                ("trialing", 22.0),
                ("paused", 38.0),
                ("canceled", 18.0),
                ("incomplete_expired", 12.0),
                ("active", 10.0),
            ]
        else:
            table = [
                ("active", 68.0),
                ("trialing", 6.0),
                ("past_due", 3.0),
                ("canceled", 19.0),
                ("incomplete_expired", 2.0),
                ("unpaid", 2.0),
            ]
        return weighted(self.rng, table)

    def pick_items(self, w: World, p: Person, shape: str) -> list[tuple[dict[str, Any], int]]:
        rng = self.rng
        currency = p.currency if p.currency in w.plans else next(iter(w.plans))
        table = w.plans[currency]
        if shape in ("multi", "metered"):
            table = [
                (k, wt)
                for k, wt in table
                if (w.prices[k].get("recurring") or {}).get("interval") == "month"
                and w.prices[k]["recurring"]["interval_count"] == 1
            ] or table
        main = w.prices[weighted(rng, table)]
        qty = rng.randint(2, 6) if rng.random() < 0.15 else 1
        items = [(main, qty)]
        addons = [w.prices[k] for k in ADDONS_BY_CURRENCY.get(currency, []) if k in w.prices]
        if shape == "multi" and addons:
            seats = [a for a in addons if a["recurring"]["usage_type"] == "licensed"]
            for extra in rng.sample(seats, rng.randint(1, len(seats))):
                items.append((extra, rng.randint(2, 12) if "seats" in extra["lookup_key"] else 1))
        if shape == "metered":
            metered = [a for a in addons if a["recurring"]["usage_type"] == "metered"]
            if metered:
                items.append((metered[0], 1))
        return items

    def window(self, p: Person, status: str) -> tuple[int, int] | None:
        """(earliest, latest) creation time for a subscription of ``status``."""
        now = self.now
        earliest = p.created + self.rng.randint(60, 2 * DAY)
        min_age = {
            "trialing": 60,
            "incomplete": 60,
            "incomplete_expired": 2 * DAY,
            "paused": 16 * DAY,
            "canceled": 25 * DAY,
            "past_due": 8 * DAY,
            "unpaid": 50 * DAY,
            "active": HOUR,
        }[status]
        max_age = {
            "trialing": 13 * DAY,
            "incomplete": 22 * HOUR,
            "incomplete_expired": 700 * DAY,
            "paused": 200 * DAY,
        }.get(status, 800 * DAY)
        lo, hi = max(earliest, now - max_age), now - min_age
        return (lo, hi) if lo <= hi else None

    # -- building -------------------------------------------------------------------
    def subscribe(
        self,
        w: World,
        p: Person,
        status: str | None = None,
        *,
        shape: str | None = None,
        items: list[tuple[dict[str, Any], int]] | None = None,
        **opts: Any,
    ) -> dict[str, Any] | None:
        """Plan and build one subscription for ``p`` (None if no time fits ``status``)."""
        rng = self.rng
        status = status or self.pick_status(p)
        span = self.window(p, status)
        if span is None:
            status = "active" if p.default_pm is not None else "trialing"
            span = self.window(p, status)
            if span is None:
                return None
        created = rng.randint(*span)
        if shape is None:
            shape = weighted(
                rng,
                [
                    ("plain", 90.0),
                    ("multi", 5.0),
                    ("metered", 3.0),
                    ("send_invoice", 6.0 if not p.company else 30.0),
                ],
            )
        items = items or self.pick_items(w, p, shape)
        if shape == "send_invoice":
            opts.setdefault("collection_method", "send_invoice")
            opts.setdefault("days_until_due", rng.choice([14, 30, 30, 45]))
        if w.owner and "application" not in opts:
            opts["application"] = AUTO if rng.random() < w.platform_share else None
        return self.build(w, p, status, created, items, **opts)

    def build(
        self,
        w: World,
        p: Person,
        status: str,
        created: int,
        items: list[tuple[dict[str, Any], int]],
        *,
        ended_at: int | None = None,
        **opts: Any,
    ) -> dict[str, Any]:
        rng, now, req = self.rng, self.now, w.req
        interval = items[0][0]["recurring"]["interval"]
        count = items[0][0]["recurring"]["interval_count"]
        end_at: int | None = None
        trial_end: int | None = None
        if status in ("trialing", "paused") or (
            status == "active" and rng.random() < 0.2 and created + 14 * DAY < now
        ):
            trial_end = created + 14 * DAY
        if status == "canceled":
            end_at = ended_at or rng.randint(min(created + 10 * DAY, now - HOUR), now - HOUR)
        elif status == "incomplete_expired":
            end_at = created + 23 * HOUR
        req.at = end_at if end_at is not None else now
        pm = p.default_pm
        if pm is not None and rng.random() < 0.3 and status not in ("paused",):
            opts.setdefault("default_payment_method", pm["id"])
        if status == "active" and rng.random() < 0.05:
            opts.setdefault("cancel_at_period_end", True)
        metadata = opts.pop("metadata", None) or {}
        if rng.random() < 0.3:
            metadata.setdefault("plan_source", rng.choice(["web", "sales", "upgrade", "import"]))
        sub = new_subscription(
            req,
            p.id,
            items,
            status=status,
            created=created,
            trial_end=trial_end,
            canceled_at=end_at,
            metadata=metadata,
            **opts,
        )
        if status == "incomplete_expired":
            sub["ended_at"] = end_at
        if status == "paused":
            sub["trial_settings"] = {"end_behavior": {"missing_payment_method": "pause"}}
        for item in sub["items"]["data"]:
            if (item["price"].get("recurring") or {}).get("usage_type") == "metered":
                item.pop("quantity", None)
        if status == "canceled":
            reason = (
                "payment_failed"
                if p.default_pm is None or (p.default_pm.get("card") or {}).get("last4") == "0341"
                else rng.choice(
                    ["cancellation_requested", "cancellation_requested", "payment_disputed"]
                )
            )
            sub["cancellation_details"] = {
                "comment": rng.choice(COMMENTS) if reason == "cancellation_requested" else None,
                "feedback": rng.choice(FEEDBACK)
                if reason == "cancellation_requested" and rng.random() < 0.7
                else None,
                "reason": reason,
            }
        self._discounts(w, p, sub, created)
        self._pause(w, sub, status, created)
        self._schedule(w, p, sub, status, created)
        self.batch.put(sub, w.owner)
        w.subs.append(sub)
        self.counts.statuses[status] = self.counts.statuses.get(status, 0) + 1
        self._plan_invoices(w, sub, status, created, end_at, interval, count)
        self._lifecycle_events(w, sub, status, created, end_at, trial_end)
        if p.obj.get("currency") is None:
            p.obj["currency"] = sub["currency"]
        if status in ("past_due", "unpaid"):
            p.obj["delinquent"] = True
        if _portal_cancel_only(sub):
            self.counts.portal_cancel_only += 1
        return sub

    def _discounts(self, w: World, p: Person, sub: dict[str, Any], created: int) -> None:
        if w.owner or self.rng.random() > 0.08 or not self.coupons:
            return
        currency = sub["currency"]
        choices = [
            c
            for c in ("WELCOME20", "LOYALTY10", "HALFOFF3", "NONPROFIT", "TENOFF")
            if c in self.coupons and self.coupons[c].get("currency") in (None, currency)
        ]
        promo = self.coupons.get("promo:THANKYOU")
        spec: dict[str, Any] = {"coupon": self.rng.choice(choices)}
        if promo is not None and self.rng.random() < 0.3:
            spec = {"promotion_code": promo["id"]}
        w.req.at = created
        discounts = new_discounts(w.req, [spec], customer=p.id, subscription=sub["id"])
        for d in discounts:
            w.req.store.add(d, w.owner)  # discounts have no ``created``: not batched
            coupon = self.coupons[d["source"]["coupon"]]
            coupon["times_redeemed"] = int(coupon.get("times_redeemed") or 0) + 1
        sub["discounts"] = [d["id"] for d in discounts]

    def _pause(self, w: World, sub: dict[str, Any], status: str, created: int) -> None:
        rng, now = self.rng, self.now
        share = {"active": 0.13, "past_due": 0.12}.get(status, 0.0)
        if rng.random() >= share or created > now - 2 * DAY:
            if status == "active" and rng.random() < 0.05:
                self._past_pause(w, sub, created)
            return
        behavior = rng.choice(PAUSE_BEHAVIORS)
        resumes_at = now + rng.randint(3, 90) * DAY if rng.random() < 0.4 else None
        pause_at = rng.randint(max(created + HOUR, now - 150 * DAY), now - HOUR)
        current = {"behavior": behavior, "resumes_at": resumes_at}
        sub["pause_collection"] = current
        self.pause_started[sub["id"]] = pause_at
        key = behavior + ("+resumes_at" if resumes_at else "")
        self.counts.pause_collection[key] = self.counts.pause_collection.get(key, 0) + 1
        if rng.random() < 0.3 and pause_at < now - 2 * DAY:
            first = {
                "behavior": rng.choice([b for b in PAUSE_BEHAVIORS if b != behavior]),
                "resumes_at": None,
            }
            changed_at = rng.randint(pause_at + HOUR, now - HOUR)
            self.later(
                w,
                "customer.subscription.updated",
                sub,
                pause_at,
                {"pause_collection": None},
                True,
                pause_collection=first,
            )
            self.later(
                w,
                "customer.subscription.updated",
                sub,
                changed_at,
                {"pause_collection": first},
                True,
            )
        else:
            self.later(
                w, "customer.subscription.updated", sub, pause_at, {"pause_collection": None}, True
            )

    def _past_pause(self, w: World, sub: dict[str, Any], created: int) -> None:
        """A pause that already ended: paused, then resumed (both events)."""
        rng, now = self.rng, self.now
        if created > now - 20 * DAY:
            return
        paused = {"behavior": rng.choice(PAUSE_BEHAVIORS), "resumes_at": None}
        start = rng.randint(max(created, now - 200 * DAY), now - 10 * DAY)
        end = rng.randint(start + DAY, now - HOUR)
        self.later(
            w,
            "customer.subscription.updated",
            sub,
            start,
            {"pause_collection": None},
            True,
            pause_collection=paused,
        )
        self.later(
            w,
            "customer.subscription.updated",
            sub,
            end,
            {"pause_collection": paused},
            True,
            pause_collection=None,
        )

    def _schedule(
        self, w: World, p: Person, sub: dict[str, Any], status: str, created: int
    ) -> None:
        if status != "active" or self.rng.random() > 0.03:
            return
        item = sub["items"]["data"][0]
        price = item["price"]
        upgrade = next(
            (
                pr
                for key, pr in w.prices.items()
                if pr["currency"] == price["currency"]
                and pr["recurring"]
                and pr["id"] != price["id"]
                and pr["recurring"]["interval"] == price["recurring"]["interval"]
                and pr["recurring"]["usage_type"] == "licensed"
                and pr.get("active", True)
                and "seats" not in key
            ),
            None,
        )
        start, end = int(item["current_period_start"]), int(item["current_period_end"])
        current: list[tuple[str, int, dict[str, str]]] = [
            (price["id"], int(item.get("quantity") or 1), {})
        ]
        phases = [_phase(start, end, current, sub["currency"])]
        if upgrade is not None:
            nxt = add_interval(
                end, price["recurring"]["interval"], price["recurring"]["interval_count"]
            )
            phases.append(_phase(end, nxt, [(upgrade["id"], 1, {})], sub["currency"]))
        w.req.at = self.rng.randint(max(created, start - 20 * DAY), self.now - HOUR)
        schedule = new_schedule(
            w.req,
            p.id,
            phases,
            subscription=sub["id"],
            status="active",
            metadata={"reason": "planned upgrade"},
        )
        sub["schedule"] = schedule["id"]
        self.batch.put(schedule, w.owner)

    # -- invoices -------------------------------------------------------------------
    def _plan_invoices(
        self,
        w: World,
        sub: dict[str, Any],
        status: str,
        created: int,
        end_at: int | None,
        interval: str,
        count: int,
    ) -> None:
        rng, now = self.rng, self.now
        if status in ("trialing", "paused"):
            w.invoices.append(
                InvoicePlan(
                    created,
                    w,
                    sub,
                    "paid",
                    "subscription_create",
                    (created, created + 14 * DAY),
                    trial=True,
                )
            )
            return
        if status in ("incomplete", "incomplete_expired"):
            inv_status = "open" if status == "incomplete" else "void"
            w.invoices.append(
                InvoicePlan(
                    created,
                    w,
                    sub,
                    inv_status,
                    "subscription_create",
                    (created, add_interval(created, interval, count)),
                    attempts=1,
                )
            )
            return
        anchor = int(sub["billing_cycle_anchor"])
        until = end_at if end_at is not None else now
        periods: list[tuple[int, int]] = []
        t = anchor
        while t <= until:
            nxt = add_interval(t, interval, count)
            periods.append((t, nxt))
            t = nxt
        if sub.get("trial_end") and anchor == created:
            periods = periods[1:] if len(periods) > 1 else periods
        first_index = max(0, len(periods) - 12)
        pause = sub.get("pause_collection")
        pause_at = self.pause_started.get(sub["id"])
        send = sub.get("collection_method") == "send_invoice"
        last = len(periods) - 1
        for k in range(first_index, len(periods)):
            start, end = periods[k]
            reason = "subscription_create" if k == 0 else "subscription_cycle"
            at = created if k == 0 else min(start + HOUR, now - 60)
            inv_status, attempts = "paid", 1
            if pause is not None and pause_at is not None and start >= pause_at:
                inv_status = {
                    "keep_as_draft": "draft",
                    "mark_uncollectible": "uncollectible",
                    "void": "void",
                }[pause["behavior"]]
            elif k == last and status == "past_due":
                inv_status, attempts = "open", rng.randint(1, 3)
            elif status == "unpaid" and k >= last - 1:
                inv_status, attempts = "open", 4
            elif (
                status == "canceled"
                and k == last
                and (sub.get("cancellation_details") or {}).get("reason") == "payment_failed"
            ):
                inv_status, attempts = rng.choice(["uncollectible", "void"]), 4
            elif send and k == last:
                inv_status = weighted(rng, [("open", 55.0), ("paid", 35.0), ("draft", 10.0)])
            elif send and rng.random() < 0.03:
                inv_status = "uncollectible"
            w.invoices.append(
                InvoicePlan(at, w, sub, inv_status, reason, (start, end), attempts=attempts)
            )

    def build_invoices(self, worlds: list[World]) -> None:
        """Build every planned invoice in time order (invoice numbers follow it)."""
        plans = [plan for w in worlds for plan in w.invoices]
        plans.sort(key=lambda pl: pl.at)
        for plan in plans:
            w, sub = plan.world, plan.sub
            w.req.at = plan.at
            saved = sub["status"]
            if plan.trial:
                sub["status"] = "trialing"
            inv = new_invoice_for(
                w.req, sub, status=plan.status, billing_reason=plan.reason, created=plan.at
            )
            sub["status"] = saved
            start, end = plan.period
            inv["period_start"] = start
            inv["period_end"] = start if plan.reason == "subscription_create" else end
            for line in inv["lines"]["data"]:
                line["period"] = {"end": end, "start": start}
            if plan.status == "draft":
                inv["auto_advance"] = sub.get("pause_collection") is None
            if (
                plan.status in ("open", "uncollectible", "void")
                and sub.get("collection_method") != "send_invoice"
                and inv["total"] > 0
            ):
                inv["attempted"] = True
                inv["attempt_count"] = plan.attempts
                if plan.status == "open" and plan.attempts < 4:
                    inv["next_payment_attempt"] = self.now + self.rng.randint(1, 5) * DAY
            self.batch.put(inv, w.owner)
            sub["latest_invoice"] = inv["id"]
            self.counts.invoices[plan.status] = self.counts.invoices.get(plan.status, 0) + 1
            self._invoice_events(w, inv, plan)
        for w in worlds:
            w.invoices.clear()

    def _invoice_events(self, w: World, inv: dict[str, Any], plan: InvoicePlan) -> None:
        at = plan.at
        if at < self.now - RECENT:
            return
        self.emit(w, "invoice.created", inv, at)
        if plan.status != "draft":
            self.emit(w, "invoice.finalized", inv, at + 60)
        if plan.status == "paid":
            self.emit(w, "invoice.paid", inv, at + 120)
        elif inv.get("attempted"):
            self.emit(w, "invoice.payment_failed", inv, at + 120)
        elif plan.status == "void":
            self.emit(w, "invoice.voided", inv, at + 120)
        elif plan.status == "uncollectible":
            self.emit(w, "invoice.marked_uncollectible", inv, at + 120)

    def _lifecycle_events(
        self,
        w: World,
        sub: dict[str, Any],
        status: str,
        created: int,
        end_at: int | None,
        trial_end: int | None,
    ) -> None:
        self.later(w, "customer.subscription.created", sub, created)
        if status == "canceled" and end_at is not None:
            self.later(w, "customer.subscription.deleted", sub, end_at)
        if status == "trialing" and trial_end is not None:
            self.later(w, "customer.subscription.trial_will_end", sub, trial_end - 3 * DAY)
        if status == "paused" and trial_end is not None:
            self.later(w, "customer.subscription.paused", sub, trial_end, always=True)
            self.later(
                w, "customer.subscription.updated", sub, trial_end, {"status": "trialing"}, True
            )


def _portal_cancel_only(sub: dict[str, Any]) -> bool:
    """Whether the portal could cancel but not update this subscription (Stripe's limits)."""
    if sub["status"] not in ("active", "trialing"):
        return False
    items = sub["items"]["data"]
    return bool(
        sub.get("schedule")
        or sub.get("collection_method") == "send_invoice"
        or len(items) > 1
        or any(i["price"]["recurring"]["usage_type"] == "metered" for i in items)
        or any(i["price"].get("tax_behavior") == "unspecified" for i in items)
    )
