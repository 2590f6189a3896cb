"""Incremental sync: apply the Events API since the last event seen, per account.

For the platform and each connected account in the cache (``Stripe-Account``), the
events newer than the account's cursor (:meth:`services.cache.store.Store.cursor`) are
read forward with ``ending_before`` (each page holds the 100 events just newer than the
previous page's newest) and applied oldest first, a page per transaction together with
the new cursor, so a crash or cancel never skips or repeats an event. Applying follows
the cache's freshness rule: an event older than the cached row never overwrites it.

When the cursor event has aged out of the Events API, polling restarts from
``created`` of the last poll (events already applied are recognised by id). When the
last poll is older than Stripe keeps events (30 days, less a safety margin), events may
have been lost, so the run reports ``fallback`` with the reason and the caller runs a
full sync (:func:`services.sync.service.sync_once` does).

The connected accounts list is re-read at most once an hour (``ACCOUNTS_REFRESH_S``);
accounts that are new to the cache are returned in ``new_accounts`` for a full sync of
their data. Poll every minute while the window is active and every five minutes when it
is idle (:func:`poll_interval`): one request per account per poll when nothing changed,
which keeps a small account well within Stripe's monthly read allowance.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import stripe

from services.cache.db import Cache
from services.cache.store import PLATFORM, Store
from services.sync.errors import SyncCancelled
from services.sync.progress import ProgressCallback, SyncProgress, SyncResult
from services.sync.ratelimit import RateLimiter
from services.sync.transport import Api

EVENTS_KEPT_S = 30 * 86400
SAFETY_S = 12 * 3600
ACTIVE_INTERVAL_S = 60
IDLE_INTERVAL_S = 300
ACCOUNTS_REFRESH_S = 3600
ACCOUNTS_LISTED_KEY = "incremental:accounts_listed_at"
PAGE_LIMIT = 100
WINDOW_OVERLAP_S = 300


def poll_interval(active: bool) -> int:
    """Seconds between polls: 60 while the window is active, 300 when idle."""
    return ACTIVE_INTERVAL_S if active else IDLE_INTERVAL_S


@dataclass
class IncrementalResult(SyncResult):
    """A :class:`SyncResult` plus what the caller must do next."""

    fallback: str = ""
    """Non-empty: a full sync is needed, and this sentence says why."""
    new_accounts: list[str] = field(default_factory=list)
    """Connected accounts not synced yet: run ``FullSync(accounts=new_accounts)``."""
    events: int = 0
    """Events read (applied or found stale)."""


class IncrementalSync:
    """One poll of the Events API for every account. Call :meth:`run` on a worker thread."""

    def __init__(
        self,
        client: stripe.StripeClient,
        cache: Cache,
        *,
        limiter: RateLimiter | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        offline_grace_s: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.cache = cache
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self.api = Api(
            client,
            limiter=limiter or RateLimiter(),
            cancel=self.cancel,
            offline_grace_s=offline_grace_s,
        )
        self._clock = clock
        self._t0 = 0.0
        self.result = IncrementalResult("incremental")

    def run(self) -> IncrementalResult:
        """Apply new events for every account; see :class:`IncrementalResult`."""
        self._t0 = time.monotonic()
        conn = self.cache.open_connection()
        try:
            store = Store(conn, self.cache.path)
            cursors = {
                row[0]: (row[1], row[2], row[3])
                for row in conn.execute(
                    "SELECT account, event_id, event_created, polled_at FROM event_cursors"
                )
            }
            now = int(self._clock())
            platform = cursors.get(PLATFORM)
            if platform is None:
                self.result.fallback = (
                    "The cache has not been fully synced yet, so everything is fetched."
                )
                return self._done()
            last_poll = max(v for v in (platform[1], platform[2]) if v is not None)
            if now - last_poll > EVENTS_KEPT_S - SAFETY_S:
                days = (now - last_poll) // 86400
                self.result.fallback = (
                    f"The last sync was {days} days ago and Stripe keeps events for 30 days, "
                    "so everything is fetched again."
                )
                return self._done()
            self._refresh_accounts(store, now)
            accounts = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM accounts WHERE account = '' AND deleted = 0 ORDER BY created"
                )
            ]
            self.result.new_accounts = [a for a in accounts if a not in cursors]
            for account in [PLATFORM, *accounts]:
                if account not in cursors:
                    continue
                if self.cancel.is_set():
                    raise SyncCancelled()
                event_id, created, polled = cursors[account]
                stale = max(v for v in (created, polled) if v is not None)
                if account and now - stale > EVENTS_KEPT_S - SAFETY_S:
                    self.result.new_accounts.append(account)
                    continue
                try:
                    self._poll(store, account, event_id, created, polled, now)
                except (stripe.PermissionError, stripe.AuthenticationError) as exc:
                    if not account:
                        raise
                    self.result.notices.append(
                        f"Skipped connected account {account}: {exc.user_message or exc}"
                    )
            return self._done()
        finally:
            conn.close()

    def _done(self) -> IncrementalResult:
        self.result.elapsed_s = time.monotonic() - self._t0
        self.result.requests = self.api.stats.requests
        self.result.rate_limited = self.api.stats.rate_limited
        return self.result

    # -- accounts ------------------------------------------------------------------------
    def _refresh_accounts(self, store: Store, now: int) -> None:
        listed = store.checkpoint(ACCOUNTS_LISTED_KEY)
        if isinstance(listed, int) and now - listed < ACCOUNTS_REFRESH_S:
            return
        after: str | None = None
        while True:
            params: dict[str, Any] = {"limit": PAGE_LIMIT}
            if after:
                params["starting_after"] = after
            resp = self.api.get("/v1/accounts", params)
            data = list(resp.data.get("data") or [])
            if data:
                store.upsert("account", data, source_ts=resp.server_time)
                after = data[-1]["id"]
            if not data or not resp.data.get("has_more"):
                break
        store.set_checkpoint(ACCOUNTS_LISTED_KEY, now)

    # -- events --------------------------------------------------------------------------
    def _poll(
        self,
        store: Store,
        account: str,
        event_id: str | None,
        created: int | None,
        polled: int | None,
        now: int,
    ) -> None:
        if event_id and created is not None and now - created < EVENTS_KEPT_S - SAFETY_S:
            try:
                self._forward(store, account, event_id, now)
                return
            except stripe.InvalidRequestError as exc:
                if exc.code != "resource_missing":
                    raise
        # A little overlap: events applied already are recognised by id.
        since = max(v for v in (created, polled) if v is not None) - WINDOW_OVERLAP_S
        self._window(store, account, since, now)

    def _forward(self, store: Store, account: str, event_id: str, now: int) -> None:
        before = event_id
        applied_any = False
        while True:
            resp = self.api.get(
                "/v1/events", {"limit": PAGE_LIMIT, "ending_before": before}, account=account
            )
            page = list(resp.data.get("data") or [])
            if page:
                self._apply(store, account, list(reversed(page)), now)
                applied_any = True
                before = page[0]["id"]
            if not page or not resp.data.get("has_more"):
                break
        if not applied_any:
            store.touch_cursor(account, now)

    def _window(self, store: Store, account: str, since: int, now: int) -> None:
        """Events created at or after ``since``, read newest first, applied oldest first."""
        collected: list[Mapping[str, Any]] = []
        after: str | None = None
        while True:
            params: dict[str, Any] = {"limit": PAGE_LIMIT, "created": {"gte": since}}
            if after:
                params["starting_after"] = after
            resp = self.api.get("/v1/events", params, account=account)
            page = list(resp.data.get("data") or [])
            collected.extend(page)
            if not page or not resp.data.get("has_more"):
                break
            after = page[-1]["id"]
        collected.reverse()
        for start in range(0, len(collected), PAGE_LIMIT):
            self._apply(store, account, collected[start : start + PAGE_LIMIT], now)
        if not collected:
            store.touch_cursor(account, now)

    def _apply(
        self, store: Store, account: str, events: Sequence[Mapping[str, Any]], now: int
    ) -> None:
        store.apply_events(events, account=account, cursor=events[-1], now=now)
        self.result.events += len(events)
        self.result.pages += 1
        totals = self.result.totals
        totals["event"] = totals.get("event", 0) + len(events)
        if self.progress is not None:
            self.progress(
                SyncProgress(
                    "incremental",
                    "event",
                    account,
                    len(events),
                    dict(totals),
                    None,
                    time.monotonic() - self._t0,
                )
            )
