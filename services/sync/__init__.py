"""Filling the cache from Stripe: parallel, rate-limited, resumable full sync, and event polling.

Entry points: :func:`sync_once` (whatever sync is due), :class:`FullSync`,
:class:`IncrementalSync`, :func:`poll_interval`, and :func:`run_sync_cli` for
``counterfoil sync``. Errors that stop a run: :class:`SyncOffline`, :class:`SyncCancelled`
(both resumable) and Stripe's own exceptions.
"""

from services.sync.errors import SyncCancelled, SyncError, SyncOffline
from services.sync.full import FullSync
from services.sync.incremental import IncrementalResult, IncrementalSync, poll_interval
from services.sync.progress import SyncProgress, SyncResult
from services.sync.ratelimit import RateLimiter, backoff
from services.sync.service import full_sync_pending, sync_once

__all__ = [
    "FullSync",
    "IncrementalResult",
    "IncrementalSync",
    "RateLimiter",
    "SyncCancelled",
    "SyncError",
    "SyncOffline",
    "SyncProgress",
    "SyncResult",
    "backoff",
    "full_sync_pending",
    "poll_interval",
    "sync_once",
]
