"""Stripe's rate limits, modelled with token buckets, answered with 429 like Stripe.

Budgets (per API key): a global one (25 requests/s in test mode, 100 in live mode),
one per endpoint (25/s), and Search (20/s). A request over budget gets HTTP 429 with
``code: rate_limit`` and a ``Stripe-Rate-Limited-Reason`` header.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from services.sandbox.errors import ApiError


@dataclass(frozen=True)
class RateLimits:
    """Requests per second; ``None`` for a budget means unlimited."""

    global_rps: float | None = 25.0
    live_global_rps: float | None = 100.0
    per_endpoint_rps: float | None = 25.0
    search_rps: float | None = 20.0

    @classmethod
    def stripe_defaults(cls) -> RateLimits:
        return cls()

    @classmethod
    def with_global(cls, rps: float) -> RateLimits:
        return cls(global_rps=rps, live_global_rps=max(rps, 100.0))


class _Bucket:
    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate)  # at most one second of burst
        self.tokens = self.capacity
        self.stamp = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class RateLimiter:
    """Token buckets per key; :meth:`acquire` raises Stripe's 429 when over budget."""

    def __init__(self, limits: RateLimits | None) -> None:
        self._lock = threading.Lock()
        self.limits = limits
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self.refused = 0

    def configure(self, limits: RateLimits | None) -> None:
        with self._lock:
            self.limits = limits
            self._buckets.clear()

    def _bucket(self, key: str, name: str, rate: float) -> _Bucket:
        b = self._buckets.get((key, name))
        if b is None or b.rate != rate:
            b = _Bucket(rate)
            self._buckets[(key, name)] = b
        return b

    def acquire(self, api_key: str, endpoint: str, is_search: bool, livemode: bool) -> None:
        limits = self.limits
        if limits is None:
            return
        with self._lock:
            checks: list[tuple[str, float | None, str]] = [
                (
                    "global",
                    limits.live_global_rps if livemode else limits.global_rps,
                    "global-rate",
                ),
                (
                    endpoint,
                    limits.search_rps if is_search else limits.per_endpoint_rps,
                    "endpoint-rate",
                ),
            ]
            for name, rate, reason in checks:
                if rate is None:
                    continue
                if not self._bucket(api_key, name, rate).take():
                    self.refused += 1
                    raise ApiError(
                        429,
                        "Request rate limit exceeded. Learn more about rate limits here "
                        "https://stripe.com/docs/rate-limits.",
                        code="rate_limit",
                        headers={"Stripe-Rate-Limited-Reason": reason},
                    )
