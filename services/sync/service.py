"""One sync, whichever kind is due: the entry point for the app's timer and the CLI.

:func:`sync_once` resumes an interrupted full sync if there is one; otherwise runs a
full sync when asked to or when the cache has never completed one; otherwise polls
events (:class:`~services.sync.incremental.IncrementalSync`), and falls back to a full
sync when the events needed are no longer kept (the result's ``notices`` say so), then
syncs any connected account that is new to the cache. Run it on a worker thread; the
app calls it every :func:`~services.sync.incremental.poll_interval` seconds.
"""

from __future__ import annotations

import threading

import stripe

from services.cache.db import Cache
from services.cache.store import Store
from services.sync.full import LAST_COMPLETE_KEY, RUN_KEY, FullSync
from services.sync.incremental import IncrementalSync
from services.sync.progress import ProgressCallback, SyncResult
from services.sync.ratelimit import RateLimiter


def full_sync_pending(cache: Cache) -> bool:
    """Whether the cache needs a full sync: never completed one, or one was interrupted."""
    conn = cache.open_connection()
    try:
        store = Store(conn, cache.path)
        return store.checkpoint(RUN_KEY) is not None or store.checkpoint(LAST_COMPLETE_KEY) is None
    finally:
        conn.close()


def sync_once(
    client: stripe.StripeClient,
    cache: Cache,
    *,
    full: bool = False,
    limiter: RateLimiter | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    workers: int | None = None,
    offline_grace_s: float = 120.0,
) -> SyncResult:
    """Bring the cache up to date once; raises SyncError or a Stripe error if it stops."""
    limiter = limiter or RateLimiter()
    cancel = cancel or threading.Event()

    def full_sync(accounts: list[str] | None = None) -> SyncResult:
        return FullSync(
            client,
            cache,
            accounts=accounts,
            limiter=limiter,
            workers=workers,
            progress=progress,
            cancel=cancel,
            offline_grace_s=offline_grace_s,
        ).run()

    if full or full_sync_pending(cache):
        return full_sync()
    inc = IncrementalSync(
        client,
        cache,
        limiter=limiter,
        progress=progress,
        cancel=cancel,
        offline_grace_s=offline_grace_s,
    ).run()
    if inc.fallback:
        result = full_sync()
        result.notices.insert(0, inc.fallback)
        return result
    if inc.new_accounts:
        extra = full_sync(inc.new_accounts)
        for name, count in extra.totals.items():
            inc.totals[name] = inc.totals.get(name, 0) + count
        inc.notices.extend(extra.notices)
        inc.requests += extra.requests
    return inc
