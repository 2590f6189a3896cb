"""Client-side rate limiting that keeps the sync a little under Stripe's limits.

Stripe allows 100 read requests/s per account in live mode and 25/s in test mode, 25/s
per endpoint, and 20/s for Search. :class:`RateLimiter` holds thread-safe token buckets
for the global budget, one per endpoint and one for Search, each at ``margin`` (94 %) of
Stripe's rate with a burst of at most a couple of requests, so parallel fetchers run at
the limit without tripping it. (90 % left a full sync at 0.87 of the bound once partial
pages and the few bookkeeping requests were counted; Stripe's own buckets allow a burst,
and a rare 429 is retried with backoff anyway.) Requests made for connected accounts
(``Stripe-Account``) share the same buckets: conservative, and the platform key is what
Stripe meters.

Each bucket also counts the budget it lost lately (tokens that overflowed a full bucket,
decayed over a couple of seconds): :meth:`RateLimiter.spare_capacity` tells the full sync
whether another range in flight would be used or would only add a partly wasted page.

:func:`backoff` is exponential backoff with full jitter (AWS's recipe): a uniformly
random wait in ``[0, min(cap, base * 2**attempt))``, for 429s and transient failures.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Callable

LIVE_GLOBAL_RPS = 100.0
TEST_GLOBAL_RPS = 25.0
ENDPOINT_RPS = 25.0
SEARCH_RPS = 20.0
DEFAULT_MARGIN = 0.94
LOST_WINDOW_S = 2.0


def backoff(
    attempt: int, *, base: float = 0.5, cap: float = 30.0, rng: random.Random | None = None
) -> float:
    """Seconds to wait before retry number ``attempt`` (0-based): full jitter, capped."""
    ceiling = min(cap, base * (2 ** min(attempt, 30)))
    return (rng or random).uniform(0.0, ceiling)


class TokenBucket:
    """``rate`` tokens per second, holding at most ``burst``; not locked (the limiter locks)."""

    def __init__(
        self, rate: float, burst: float = 2.0, clock: Callable[[], float] = time.monotonic
    ):
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.burst = max(1.0, burst)
        self.tokens = self.burst
        self._clock = clock
        self.stamp = clock()
        self.lost = 0.0
        """Tokens that went unused because the bucket was full, decayed over
        :data:`LOST_WINDOW_S`: the budget that went to waste lately."""

    def _refill(self, now: float) -> None:
        elapsed = max(0.0, now - self.stamp)
        tokens = self.tokens + elapsed * self.rate
        overflow = max(0.0, tokens - self.burst)
        self.lost = self.lost * math.exp(-elapsed / LOST_WINDOW_S) + overflow
        self.tokens = min(self.burst, tokens)
        self.stamp = now

    def wait_time(self, now: float) -> float:
        """Seconds until one token is available (0 if one is)."""
        self._refill(now)
        # The epsilon absorbs float rounding, which could otherwise ask for a wait too
        # small to move the clock at all.
        return 0.0 if self.tokens >= 1.0 - 1e-9 else (1.0 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1.0


def is_live_key(api_key: str) -> bool:
    """Whether ``api_key`` is a live-mode secret or restricted key."""
    return api_key.startswith(("sk_live_", "rk_live_"))


class RateLimiter:
    """Thread-safe global, per-endpoint and Search buckets; :meth:`acquire` blocks."""

    def __init__(
        self,
        *,
        live: bool = False,
        margin: float = DEFAULT_MARGIN,
        global_rps: float | None = None,
        endpoint_rps: float | None = ENDPOINT_RPS,
        search_rps: float | None = SEARCH_RPS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``None`` for a rate means unlimited (tests and benchmarks use that)."""
        if global_rps is None:
            global_rps = LIVE_GLOBAL_RPS if live else TEST_GLOBAL_RPS
        self.margin = margin
        self._clock = clock
        self._lock = threading.Lock()
        self._global = TokenBucket(global_rps * margin, clock=clock) if global_rps else None
        self._endpoint_rps = endpoint_rps * margin if endpoint_rps else None
        self._search = TokenBucket(search_rps * margin, clock=clock) if search_rps else None
        self._endpoints: dict[str, TokenBucket] = {}
        self.throttled_s = 0.0
        """Total time callers spent waiting here (diagnostics)."""

    @classmethod
    def unlimited(cls) -> RateLimiter:
        """A limiter that never waits (for benchmarks against a local server)."""
        limiter = cls(global_rps=1.0, endpoint_rps=None, search_rps=None)
        limiter._global = None
        return limiter

    @property
    def global_rps(self) -> float | None:
        """The global budget this limiter keeps to (after the margin)."""
        return self._global.rate if self._global else None

    def _buckets(self, endpoint: str, search: bool) -> list[TokenBucket]:
        buckets = [b for b in (self._global,) if b is not None]
        if self._endpoint_rps:
            bucket = self._endpoints.get(endpoint)
            if bucket is None:
                bucket = self._endpoints[endpoint] = TokenBucket(
                    self._endpoint_rps, clock=self._clock
                )
            buckets.append(bucket)
        if search and self._search is not None:
            buckets.append(self._search)
        return buckets

    def spare_capacity(self, endpoint: str, *, share: float = 0.05) -> bool:
        """Whether calls to ``endpoint`` lately left more than ``share`` of the budget of
        every bucket they take from unused (over about :data:`LOST_WINDOW_S`): more
        requests in flight would go faster. Always true without limits."""
        with self._lock:
            now = self._clock()
            for bucket in self._buckets(endpoint, False):
                bucket.wait_time(now)  # refills, and counts what overflowed
                if bucket.lost <= share * bucket.rate * LOST_WINDOW_S:
                    return False
            return True

    def acquire(
        self,
        endpoint: str,
        *,
        search: bool = False,
        cancel: threading.Event | None = None,
        sleep: Callable[[float], object] | None = None,
    ) -> bool:
        """Wait until ``endpoint`` may be called and take the tokens; False if cancelled."""
        while True:
            with self._lock:
                now = self._clock()
                buckets = self._buckets(endpoint, search)
                wait = max((b.wait_time(now) for b in buckets), default=0.0)
                if wait <= 0.0:
                    for b in buckets:
                        b.take()
                    return True
                self.throttled_s += wait
            if cancel is not None:
                if cancel.wait(wait):
                    return False
            else:
                (sleep or time.sleep)(wait)
