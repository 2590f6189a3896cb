"""Helpers for the paused-collections tests (no tests here).

* :func:`synced_cache` fills a real cache file from a sandbox with the real sync, then looks
  up pause dates (:func:`services.paused.history.fetch_pause_history`).
* :func:`sdk_paused` is the **independent** computation the view and the export are
  checked against: it reads every subscription of the platform and of each connected
  account through the Stripe SDK (over HTTP, no cache involved), keeps those with
  ``pause_collection`` set (or ``status = paused``), and works out each one's customer,
  amounts, dates and *paused since* straight from Stripe's objects and events.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import stripe

from services.cache.db import Cache
from services.paused.history import fetch_pause_history
from services.sync.ratelimit import RateLimiter
from services.sync.service import sync_once

# Written out here, not imported from services.paused.money: the point is independence.
ZERO_DECIMAL = {
    "bif",
    "clp",
    "djf",
    "gnf",
    "jpy",
    "kmf",
    "krw",
    "mga",
    "pyg",
    "rwf",
    "ugx",
    "vnd",
    "vuv",
    "xaf",
    "xof",
    "xpf",
}
THREE_DECIMAL = {"bhd", "jod", "kwd", "omr", "tnd"}


def synced_cache(client: stripe.StripeClient, path: Path, *, history: bool = True) -> Cache:
    """A cache at ``path`` filled from the sandbox behind ``client``."""
    cache = Cache.open(path)
    sync_once(client, cache, full=True, limiter=RateLimiter.unlimited())
    if history:
        fetch_pause_history(client, cache, limiter=RateLimiter.unlimited())
    return cache


@dataclass(frozen=True)
class Expected:
    """One paused subscription as computed from Stripe's own objects."""

    subscription_id: str
    account: str
    customer_id: str
    customer_name: str | None
    customer_email: str | None
    status: str
    behavior: str | None
    resumes_at: int | None
    currency: str
    recurring_major: Decimal | None
    interval: str | None
    items: int
    collection_method: str
    paused_since: int | None


def _options(account: str) -> dict[str, Any]:
    return {"stripe_account": account} if account else {}


def sdk_accounts(client: stripe.StripeClient) -> list[str]:
    """The platform ('') and every connected account the platform can read."""
    out = [""]
    for acct in client.v1.accounts.list({"limit": 100}).auto_paging_iter():
        out.append(acct.id)
    return out


def _paused_since(events: list[Any], kind: str) -> dict[str, int]:
    """Subscription id → when its current pause began, from events (oldest first)."""
    state: dict[str, int | None] = {}
    for event in sorted(events, key=lambda e: (e["created"], e["id"])):
        obj = event["data"]["object"]
        sid, kind_of, at = obj["id"], event["type"], event["created"]
        if kind == "status":
            if kind_of == "customer.subscription.paused":
                state[sid] = at
            elif kind_of == "customer.subscription.resumed":
                state[sid] = None
            continue
        previous = event["data"].get("previous_attributes") or {}
        if kind_of != "customer.subscription.updated" or "pause_collection" not in previous:
            continue
        before, after = previous["pause_collection"], obj.get("pause_collection")
        if before is None and after is not None:
            state[sid] = at
        elif before is not None and after is None:
            state[sid] = None
    return {k: v for k, v in state.items() if v is not None}


def sdk_paused(
    client: stripe.StripeClient, kind: str = "collection"
) -> dict[tuple[str, str], Expected]:
    """Every paused subscription of ``kind``, keyed by (account, subscription id)."""
    out: dict[tuple[str, str], Expected] = {}
    for account in sdk_accounts(client):
        opts = _options(account)
        try:
            subs = [
                s.to_dict()
                for s in client.v1.subscriptions.list(
                    {"status": "all", "limit": 100}, opts
                ).auto_paging_iter()
            ]
        except stripe.PermissionError:
            continue
        customers = {
            c.id: c.to_dict()
            for c in client.v1.customers.list({"limit": 100}, opts).auto_paging_iter()
        }
        events = [
            e.to_dict()
            for e in client.v1.events.list(
                {
                    "limit": 100,
                    "types": [
                        "customer.subscription.updated",
                        "customer.subscription.paused",
                        "customer.subscription.resumed",
                    ],
                },
                opts,
            ).auto_paging_iter()
        ]
        since = _paused_since(events, kind)
        for sub in subs:
            pause = sub.get("pause_collection")
            if kind == "collection" and (pause is None or sub["status"] == "paused"):
                continue
            if kind == "status" and sub["status"] != "paused":
                continue
            items = sub["items"]["data"]
            total = Decimal(0)
            intervals = set()
            fixed = True
            for item in items:
                price = item["price"]
                recurring = price.get("recurring") or {}
                intervals.add((recurring.get("interval"), recurring.get("interval_count")))
                if recurring.get("usage_type") == "metered" or price.get("unit_amount") is None:
                    fixed = False
                    continue
                total += Decimal(price["unit_amount"]) * int(item.get("quantity") or 1)
            currency = sub["currency"]
            exp = 0 if currency in ZERO_DECIMAL else 3 if currency in THREE_DECIMAL else 2
            single = len(intervals) == 1
            customer = customers.get(sub["customer"])
            collection = pause is not None and kind == "collection"
            out[(account, sub["id"])] = Expected(
                subscription_id=sub["id"],
                account=account,
                customer_id=sub["customer"],
                customer_name=customer.get("name") if customer else None,
                customer_email=customer.get("email") if customer else None,
                status=sub["status"],
                behavior=pause["behavior"] if collection else None,
                resumes_at=pause.get("resumes_at") if collection else None,
                currency=currency,
                recurring_major=total.scaleb(-exp) if single and items and fixed else None,
                interval=next(iter(intervals))[0] if single and items else None,
                items=len(items),
                collection_method=sub["collection_method"],
                paused_since=since.get(sub["id"]),
            )
    return out


def unshare_available() -> bool:
    """Whether this machine lets us mount a small filesystem in a private namespace."""
    if shutil.which("unshare") is None or os.name != "posix":
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && echo ok"],
        capture_output=True,
        text=True,
        timeout=20,
    )
    return probe.returncode == 0 and "ok" in probe.stdout
