"""The one adapter between the shell and the per-profile services: key, gateway, cache, sync.

:func:`open_session` runs on a worker thread (it reads the keyring and opens SQLite) and
returns a :class:`ProfileSession`, or an :class:`OpenedSession` with ``corrupt`` set when the
profile's cache file is damaged, so the shell can offer to rebuild it instead of crashing.
:func:`run_sync` drives ``services.sync`` for a session with a progress callback and the
task's cancel event. Nothing else in ``desktop/`` imports the cache or sync packages.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from services import sync
from services.cache.db import Cache
from services.cache.errors import CacheCorrupt
from services.cache.store import Store
from services.credentials import AccountManager, Profile
from services.errors import UserFacingError
from services.gateway import StripeGateway
from services.sync.full import LAST_COMPLETE_KEY


@dataclass(eq=False)
class ProfileSession:
    """Everything tied to the open profile: its gateway to Stripe and its local cache.

    ``cache`` is None while the cache file is damaged (until it is rebuilt). The cache object
    is shared between threads; each thread gets its own SQLite connection from it.
    """

    profile: Profile
    gateway: StripeGateway
    cache_path: Path
    cache: Cache | None = None
    last_sync: datetime | None = None
    closed: bool = False
    limiter: sync.RateLimiter = field(default_factory=sync.RateLimiter)
    """Paces every sync of this session, so back-to-back syncs share Stripe's rate limit."""

    @property
    def usable(self) -> bool:
        """True when the cache is open and the session was not closed."""
        return self.cache is not None and not self.closed

    def close(self) -> None:
        """Close the cache (every thread's connection)."""
        self.closed = True
        if self.cache is not None:
            self.cache.close()


@dataclass
class OpenedSession:
    """What :func:`open_session` returns: the session, and the damage if the cache is corrupt."""

    session: ProfileSession
    corrupt: CacheCorrupt | None = None


@dataclass
class SyncProgress:
    """A progress report: objects written so far per resource, the one being fetched,
    the estimated share done (None when unknown) and a notable sentence, if any."""

    counts: Mapping[str, int] = field(default_factory=dict)
    current: str | None = None
    fraction: float | None = None
    message: str = ""


@dataclass
class SyncOutcome:
    """How a sync ended; ``finished_at`` is set only when it completed."""

    counts: Mapping[str, int] = field(default_factory=dict)
    finished_at: datetime | None = None
    cancelled: bool = False
    kind: str = ""
    notices: list[str] = field(default_factory=list)


def cache_path_for(accounts: AccountManager, profile: Profile) -> Path:
    """Where ``profile``'s cache lives (the path AccountManager deletes on removal)."""
    return accounts.cache_path(profile.id)


def delete_cache_files(path: Path) -> None:
    """Remove a cache file and its WAL/SHM companions (a fresh demo starts from nothing)."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)


def open_session(
    accounts: AccountManager, profile: Profile, *, fresh: bool = False
) -> OpenedSession:
    """Open ``profile``: read its key, build its gateway, open (migrate) its cache.

    Raises UserFacingError-describable exceptions for a missing key or keyring trouble.
    ``fresh`` deletes the cache first (the demo sandbox starts from its seed every time).
    """
    gateway = accounts.open_gateway(profile)
    path = cache_path_for(accounts, profile)
    if fresh:
        delete_cache_files(path)
    session = ProfileSession(profile=profile, gateway=gateway, cache_path=path)
    try:
        session.cache = Cache.open(path)
    except CacheCorrupt as exc:
        return OpenedSession(session, corrupt=exc)
    session.last_sync = last_sync_time(session.cache)
    return OpenedSession(session)


def rebuild_cache(session: ProfileSession) -> ProfileSession:
    """Move the damaged cache aside and open a fresh one (worker thread)."""
    if session.cache is not None:
        session.cache.close()
    session.cache = Cache.rebuild(session.cache_path)
    session.last_sync = None
    return session


def last_sync_time(cache: Cache) -> datetime | None:
    """When the cache was last brought up to date: the latest event poll or full sync."""
    conn = cache.open_connection()
    try:
        stamps: list[int] = []
        done = Store(conn, cache.path).checkpoint(LAST_COMPLETE_KEY)
        if isinstance(done, dict) and isinstance(done.get("finished_at"), int):
            stamps.append(done["finished_at"])
        try:
            row = conn.execute("SELECT MAX(polled_at) FROM event_cursors").fetchone()
        except sqlite3.Error:
            row = None
        if row and isinstance(row[0], int):
            stamps.append(row[0])
    finally:
        conn.close()
    return datetime.fromtimestamp(max(stamps), tz=UTC) if stamps else None


ProgressFn = Callable[[SyncProgress], None]

OFFLINE_GRACE_S = 20.0
"""How long a sync keeps retrying an unreachable Stripe before the app shows "Offline"
(the sync resumes where it stopped at the next poll)."""


def run_sync(
    session: ProfileSession,
    *,
    full: bool,
    progress: ProgressFn,
    cancel: threading.Event,
    offline_grace_s: float = OFFLINE_GRACE_S,
) -> SyncOutcome:
    """Bring ``session``'s cache up to date from Stripe (on a worker thread).

    ``progress`` receives a :class:`SyncProgress` after every page; setting ``cancel`` stops
    the sync after the current page (it resumes next time). Losing Stripe for longer than
    the sync's grace period raises a ``UserFacingError`` of kind "network".
    """
    if session.cache is None:
        raise RuntimeError("the cache is not open")

    def on_progress(step: sync.SyncProgress) -> None:
        progress(
            SyncProgress(
                counts=dict(step.totals),
                current=step.resource or None,
                fraction=step.fraction,
                message=step.message,
            )
        )

    try:
        result = sync.sync_once(
            session.gateway.client,
            session.cache,
            full=full,
            limiter=session.limiter,
            progress=on_progress,
            cancel=cancel,
            offline_grace_s=offline_grace_s,
        )
    except sync.SyncOffline as exc:
        raise UserFacingError(str(exc), kind="network") from exc
    finished = datetime.now(tz=UTC)
    session.last_sync = finished
    return SyncOutcome(
        counts=dict(result.totals),
        finished_at=finished,
        kind=result.kind,
        notices=list(result.notices),
    )
