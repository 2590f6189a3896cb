"""An account's activity: the Connect and subscription events of seed 001, newest first.

Events come from the cache's ``events`` table (filled by the incremental sync, and by
:func:`load_recent` on request). An event belongs to a connected account when it happened
on the account (synced with ``Stripe-Account``: ``account`` = the account id), when it is
a platform event about the account (``account`` in the event, or the account itself as the
object), or when its object is one of the account's platform subscriptions (destination,
platform billing), their invoices, or the customer that represents the account.

Pages are keyset-paginated on (``created``, ``rid``) like the subscriptions list.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import stripe

from services.cache.db import Cache
from services.cache.store import Store
from services.gateway import StripeGateway

CONNECT_EVENTS: tuple[str, ...] = (
    "account.application.deauthorized",
    "account.external_account.updated",
    "account.updated",
    "balance.available",
    "payment_intent.succeeded",
    "payout.failed",
    "person.updated",
)
"""Events Connect integrations commonly use (seed 001)."""

SUBSCRIPTION_EVENTS: tuple[str, ...] = (
    "customer.created",
    "customer.subscription.created",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.resumed",
    "customer.subscription.trial_will_end",
    "customer.subscription.updated",
    "entitlements.active_entitlement_summary.updated",
    "invoice.created",
    "invoice.finalized",
    "invoice.finalization_failed",
    "invoice.paid",
    "invoice.payment_action_required",
    "invoice.payment_failed",
    "invoice.upcoming",
    "invoice.updated",
    "payment_intent.created",
    "payment_intent.succeeded",
    "subscription_schedule.aborted",
    "subscription_schedule.canceled",
    "subscription_schedule.completed",
    "subscription_schedule.created",
    "subscription_schedule.expiring",
    "subscription_schedule.released",
    "subscription_schedule.updated",
)
"""Events subscription integrations commonly use (seed 001)."""

EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(CONNECT_EVENTS + SUBSCRIPTION_EVENTS))


@dataclass(frozen=True)
class ActivityKey:
    created: int
    rid: int


@dataclass(frozen=True)
class ActivityRow:
    """One event, with the facts its summary needs."""

    rid: int
    id: str
    type: str
    created: int
    on_account: bool
    """True when it happened on the connected account, False for a platform event."""
    object_type: str | None
    object_id: str | None
    status: str | None = None
    amount: int | None = None
    currency: str | None = None
    customer: str | None = None
    name: str | None = None
    changed: tuple[str, ...] = ()

    @property
    def key(self) -> ActivityKey:
        return ActivityKey(self.created, self.rid)


_TYPES_SQL = ",".join(f"'{t}'" for t in EVENT_TYPES)

_COLS = "e.rid, e.id, e.type, e.created, e.account, e.object_type, e.object_id, e.raw"
_PART = (
    "SELECT * FROM (SELECT " + _COLS + " FROM events e {where} AND e.deleted = 0 "
    f"AND e.type IN ({_TYPES_SQL}) {{after}} ORDER BY e.created DESC, e.rid DESC LIMIT :limit)"
)
_RELATED = (
    "INDEXED BY events_object WHERE e.account = '' AND e.object_id IN (SELECT id FROM related)"
)
_NAMED = (
    "INDEXED BY events_platform_about_account "
    "WHERE e.account = '' AND json_extract(e.raw, '$.account') = :acct"
)
# Three selective parts (each on its own index), merged: the account's own events, platform
# events about its objects, and platform events that name it.
_SQL = f"""
WITH subs AS (
    SELECT id FROM subscriptions WHERE +account = '' AND (
        transfer_destination = :acct OR on_behalf_of = :acct
        OR customer IN (SELECT value FROM json_each(:reps)))
),
related AS (
    SELECT id FROM subs
    UNION SELECT id FROM invoices WHERE +account = '' AND subscription IN (SELECT id FROM subs)
    UNION SELECT value FROM json_each(:reps)
    UNION SELECT :acct
)
SELECT * FROM (
    {_PART.replace("{where}", "WHERE e.account = :acct")}
    UNION
    {_PART.replace("{where}", _RELATED)}
    UNION
    {_PART.replace("{where}", _NAMED)}
)
ORDER BY created DESC, rid DESC LIMIT :limit
"""


def activity_page(
    conn: sqlite3.Connection,
    account_id: str,
    representatives: Sequence[str],
    after: ActivityKey | None = None,
    limit: int = 100,
) -> list[ActivityRow]:
    """Up to ``limit`` events of the account, newest first, after ``after``."""
    params: dict[str, Any] = {
        "acct": account_id,
        "reps": json.dumps(list(representatives)),
        "limit": limit,
    }
    cond = ""
    if after is not None:
        cond = "AND (e.created < :ac OR (e.created = :ac AND e.rid < :ar))"
        params.update(ac=after.created, ar=after.rid)
    rows = conn.execute(_SQL.format(after=cond), params).fetchall()
    return [_row(r, account_id) for r in rows]


def _get(obj: Any, *path: str) -> Any:
    cur = obj
    for key in path:
        if not isinstance(cur, Mapping):
            return None
        cur = cur.get(key)
    return cur


def _row(r: Sequence[Any], account_id: str) -> ActivityRow:
    rid, ident, etype, created, owner, otype, oid, raw = r
    event: Mapping[str, Any] = json.loads(raw)
    obj = _get(event, "data", "object")
    obj = obj if isinstance(obj, Mapping) else {}
    previous = _get(event, "data", "previous_attributes")
    amount = obj.get("amount_due", obj.get("amount"))
    customer = obj.get("customer")
    if isinstance(customer, Mapping):
        customer = customer.get("id")
    name = obj.get("name") or _get(obj, "business_profile", "name")
    return ActivityRow(
        rid=int(rid),
        id=str(ident),
        type=str(etype),
        created=int(created or 0),
        on_account=owner == account_id,
        object_type=otype,
        object_id=oid,
        status=obj.get("status") if isinstance(obj.get("status"), str) else None,
        amount=amount if isinstance(amount, int) else None,
        currency=obj.get("currency") if isinstance(obj.get("currency"), str) else None,
        customer=customer if isinstance(customer, str) else None,
        name=name if isinstance(name, str) else None,
        changed=tuple(sorted(previous)) if isinstance(previous, Mapping) else (),
    )


# -- loading earlier events -------------------------------------------------------------
DEFAULT_DAYS = 30
MAX_PAGES = 10


@dataclass(frozen=True)
class LoadResult:
    """How many events :func:`load_recent` read and stored, and per part whether it had to
    stop early (page cap) or could not read the account (disconnected)."""

    read: int
    stored: int
    truncated: bool
    account_refused: bool


def _fetch(
    gateway: StripeGateway,
    account: str | None,
    since: int,
    max_pages: int,
    stop: Callable[[], bool] | None,
) -> tuple[list[dict[str, Any]], bool]:
    events: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 100, "types": list(EVENT_TYPES), "created": {"gte": since}}
    for _ in range(max_pages):
        if stop is not None and stop():
            return events, True
        page = gateway.get_json("/v1/events", params, stripe_account=account)
        data = [e for e in page.get("data") or [] if isinstance(e, dict)]
        events.extend(data)
        if not page.get("has_more") or not data:
            return events, False
        params["starting_after"] = data[-1]["id"]
    return events, True


def load_recent(
    gateway: StripeGateway,
    cache: Cache,
    account_id: str,
    *,
    days: int = DEFAULT_DAYS,
    max_pages: int = MAX_PAGES,
    stop: Callable[[], bool] | None = None,
) -> LoadResult:
    """Read the last ``days`` of seed 001's events of the account (with ``Stripe-Account``)
    and of the platform (at most ``max_pages`` pages each) into the cache.

    Events are applied like the sync applies them (by id, never overwriting a newer row),
    and the sync's cursors are left alone.
    """
    since = int(time.time()) - days * 86400
    refused = False
    try:
        own, own_cut = _fetch(gateway, account_id, since, max_pages, stop)
    except (stripe.PermissionError, stripe.AuthenticationError):
        own, own_cut, refused = [], False, True
    platform, platform_cut = _fetch(gateway, None, since, max_pages, stop)
    conn = cache.open_connection()
    stored = 0
    try:
        store = Store(conn, cache.path)
        for owner, events in ((account_id, own), ("", platform)):
            before = store.count("event", account=owner)
            store.apply_events(list(reversed(events)), account=owner)
            stored += store.count("event", account=owner) - before
    finally:
        conn.close()
    return LoadResult(len(own) + len(platform), max(stored, 0), own_cut or platform_cut, refused)
