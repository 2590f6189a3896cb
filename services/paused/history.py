"""Looking up when collection was paused: Stripe's recent subscription events, into the cache.

*Paused since* comes from events (:mod:`services.paused.query`), but a full sync lists
objects, not their history: the cache only holds the events that incremental syncs
applied after it. :func:`fetch_pause_history` fills that gap, once, for the last 30 days
Stripe keeps: for the platform and each connected account it reads
``customer.subscription.updated`` / ``.paused`` / ``.resumed`` events and stores those
about pausing (an ``updated`` event counts when its ``previous_attributes`` names
``pause_collection``) in the ``events`` table.

It only stores events **no newer than the account's sync cursor** (the last event the
sync has accounted for), and never applies them to the cached objects: incremental sync
recognises events it has stored as already applied, so storing one newer than its cursor
would make it skip a change; and the objects themselves are already as fresh as the sync
left them. So the listing starts right after the cursor event (``starting_after`` — Stripe
lists newest first, so that means older), and the cursor event itself is read on its own.
If Stripe no longer has the cursor event, events strictly older than its second are read
instead. When the account has no cursor yet (no sync completed) nothing is stored for it.

Requests go through :class:`services.sync.transport.Api` (rate limits, retries, cancel).
The time of the last lookup is kept as the checkpoint ``paused:history`` so the panel
can say when it happened.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import stripe

from services.cache.db import Cache
from services.cache.flatten import RESOURCES, row
from services.cache.store import PLATFORM, Store
from services.sync.ratelimit import RateLimiter
from services.sync.transport import Api

EVENT_TYPES: tuple[str, ...] = (
    "customer.subscription.updated",
    "customer.subscription.paused",
    "customer.subscription.resumed",
)
CHECKPOINT_KEY = "paused:history"
PAGE_LIMIT = 100

_EVENT_COLUMNS = (*RESOURCES["event"].all_columns, "sync_gen")
_INSERT_SQL = (
    f"INSERT OR IGNORE INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in _EVENT_COLUMNS)})"
)


@dataclass
class HistoryProgress:
    """Where a lookup is: the account being read and events stored so far."""

    account: str
    pages: int
    stored: int


@dataclass
class HistoryResult:
    """What a lookup did: events stored, requests made, accounts skipped and why."""

    stored: int = 0
    requests: int = 0
    skipped: dict[str, str] = field(default_factory=dict)
    finished_at: int = 0


def is_pause_event(event: Mapping[str, Any]) -> bool:
    """Whether ``event`` says something about a pause (of either kind)."""
    kind = event.get("type")
    if kind in ("customer.subscription.paused", "customer.subscription.resumed"):
        return True
    if kind != "customer.subscription.updated":
        return False
    data = event.get("data")
    previous = data.get("previous_attributes") if isinstance(data, Mapping) else None
    return isinstance(previous, Mapping) and "pause_collection" in previous


def _cursor(store: Store, account: str) -> tuple[str, int] | None:
    event_id, created = store.cursor(account)
    if isinstance(event_id, str) and isinstance(created, int):
        return event_id, created
    return None


def store_events(store: Store, events: list[Mapping[str, Any]], account: str) -> int:
    """Insert ``events`` of ``account`` into the events table as-is (never applied);
    returns how many were new."""
    rows = []
    for event in events:
        created = event.get("created")
        if not isinstance(event.get("id"), str) or not isinstance(created, int):
            continue
        values = row("event", event, account, created)
        values["sync_gen"] = None
        rows.append(values)
    if not rows:
        return 0
    with store.transaction() as conn:
        before = conn.total_changes
        conn.executemany(_INSERT_SQL, rows)
        return conn.total_changes - before


def fetch_pause_history(
    client: stripe.StripeClient,
    cache: Cache,
    *,
    accounts: list[str] | None = None,
    limiter: RateLimiter | None = None,
    progress: Callable[[HistoryProgress], None] | None = None,
    cancel: threading.Event | None = None,
    clock: Callable[[], float] = time.time,
) -> HistoryResult:
    """Store the pause events Stripe still has for ``accounts`` (default: the platform
    and every connected account in the cache). Raises ``SyncCancelled`` when cancelled
    (what was stored stays) and Stripe's errors for the platform; a connected account
    that refuses access is skipped and named in the result."""
    cancel = cancel or threading.Event()
    api = Api(client, limiter=limiter, cancel=cancel)
    result = HistoryResult()
    conn = cache.open_connection()
    try:
        store = Store(conn, cache.path)
        if accounts is None:
            connected = conn.execute(
                "SELECT id FROM accounts WHERE account = '' AND deleted = 0 ORDER BY id"
            ).fetchall()
            accounts = [PLATFORM, *(r[0] for r in connected)]
        for account in accounts:
            cursor = _cursor(store, account)
            if cursor is None:
                result.skipped[account] = "not synced yet"
                continue
            try:
                _read_account(api, store, account, cursor, result, progress)
            except (stripe.PermissionError, stripe.AuthenticationError) as exc:
                if account == PLATFORM:
                    raise
                result.skipped[account] = exc.user_message or str(exc)
        result.finished_at = int(clock())
        store.set_checkpoint(
            CHECKPOINT_KEY, {"finished_at": result.finished_at, "stored": result.stored}
        )
    finally:
        result.requests = api.stats.requests
        conn.close()
    return result


def _read_account(
    api: Api,
    store: Store,
    account: str,
    cursor: tuple[str, int],
    result: HistoryResult,
    progress: Callable[[HistoryProgress], None] | None,
) -> None:
    cursor_id, bound = cursor
    params: dict[str, Any] = {"limit": PAGE_LIMIT, "types": list(EVENT_TYPES)}
    try:
        own = api.get(f"/v1/events/{cursor_id}", {}, account=account).data
    except stripe.InvalidRequestError:  # aged out of Stripe's 30 days
        params["created"] = {"lt": bound}
    else:
        if is_pause_event(own):
            result.stored += store_events(store, [own], account)
        params["starting_after"] = cursor_id
    pages = 0
    while True:
        page = api.get("/v1/events", params, account=account).data
        data = [e for e in page.get("data") or [] if isinstance(e, Mapping)]
        pages += 1
        result.stored += store_events(store, [e for e in data if is_pause_event(e)], account)
        if progress is not None:
            progress(HistoryProgress(account, pages, result.stored))
        if not page.get("has_more") or not data:
            return
        params["starting_after"] = data[-1]["id"]


def last_lookup(cache: Cache) -> int | None:
    """When :func:`fetch_pause_history` last completed for this cache (Unix time)."""
    conn = cache.open_connection()
    try:
        value = Store(conn, cache.path).checkpoint(CHECKPOINT_KEY)
    finally:
        conn.close()
    if isinstance(value, Mapping) and isinstance(value.get("finished_at"), int):
        return int(value["finished_at"])
    return None
