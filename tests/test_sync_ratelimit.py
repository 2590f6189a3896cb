"""Rate limiting and backoff: stay under Stripe's budgets, back off with full jitter."""

from __future__ import annotations

import random
import threading
import time

import pytest

from services.sync.ratelimit import RateLimiter, TokenBucket, backoff, is_live_key
from services.sync.transport import endpoint_of


class FakeClock:
    """A monotonic clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_backoff_is_full_jitter_under_an_exponential_cap() -> None:
    rng = random.Random(1)
    for attempt in range(12):
        ceiling = min(30.0, 0.5 * 2**attempt)
        waits = [backoff(attempt, rng=rng) for _ in range(300)]
        assert all(0.0 <= w <= ceiling for w in waits)
        # Full jitter: spread over the whole interval, not bunched at the top.
        assert min(waits) < ceiling * 0.1 and max(waits) > ceiling * 0.9
    assert backoff(10_000, rng=rng) <= 30.0


def test_bucket_rate_and_burst() -> None:
    clock = FakeClock()
    bucket = TokenBucket(10.0, burst=2.0, clock=clock)
    assert bucket.wait_time(clock()) == 0.0
    bucket.take()
    bucket.take()
    assert bucket.wait_time(clock()) == pytest.approx(0.1)
    clock.sleep(0.1)
    assert bucket.wait_time(clock()) == 0.0


@pytest.mark.parametrize(("live", "rps"), [(False, 25.0), (True, 100.0)])
def test_limiter_keeps_a_little_under_the_global_budget(live: bool, rps: float) -> None:
    clock = FakeClock()
    limiter = RateLimiter(live=live, endpoint_rps=None, clock=clock)
    start = clock()
    n = 500
    for _ in range(n):
        assert limiter.acquire("/v1/customers", sleep=clock.sleep)
    achieved = n / (clock() - start)
    assert rps * 0.85 <= achieved <= rps * 0.95


def test_per_endpoint_and_search_budgets() -> None:
    clock = FakeClock()
    limiter = RateLimiter(live=True, clock=clock)
    start = clock()
    for _ in range(200):
        limiter.acquire("/v1/customers", sleep=clock.sleep)
    assert 200 / (clock() - start) <= 25.0 * 0.95
    # Two endpoints together may go faster than one, up to the global budget.
    start = clock()
    for i in range(400):
        limiter.acquire("/v1/products" if i % 2 else "/v1/prices", sleep=clock.sleep)
    assert 25.0 < 400 / (clock() - start) <= 50.0 * 0.95
    start = clock()
    for _ in range(200):
        limiter.acquire("/v1/customers/search", search=True, sleep=clock.sleep)
    assert 200 / (clock() - start) <= 20.0 * 0.95


def test_limiter_is_thread_safe_in_real_time() -> None:
    limiter = RateLimiter(global_rps=40.0, endpoint_rps=None, margin=1.0)
    stamps: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            limiter.acquire("/v1/customers")
            with lock:
                stamps.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(6)]
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    assert len(stamps) == 60
    # 60 requests at 40/s with a burst of 2 take at least (60 - 2) / 40 s.
    assert elapsed >= (60 - 2) / 40 * 0.95


def test_cancel_interrupts_a_wait() -> None:
    limiter = RateLimiter(global_rps=0.5, endpoint_rps=None, margin=1.0)
    limiter.acquire("/v1/x")  # use up the burst of two
    limiter.acquire("/v1/x")
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    t0 = time.monotonic()
    assert limiter.acquire("/v1/x", cancel=cancel) is False
    assert time.monotonic() - t0 < 1.0


def test_unlimited_never_waits() -> None:
    limiter = RateLimiter.unlimited()
    t0 = time.monotonic()
    for _ in range(10_000):
        limiter.acquire("/v1/customers")
    assert time.monotonic() - t0 < 1.0
    assert limiter.global_rps is None


def test_live_key_detection_and_endpoints() -> None:
    assert is_live_key("sk_live_abc") and is_live_key("rk_live_abc")
    assert not is_live_key("sk_test_abc")
    assert endpoint_of("/v1/customers") == "/v1/customers"
    assert endpoint_of("/v1/customers/cus_1Abc/payment_methods") == (
        "/v1/customers/{id}/payment_methods"
    )
    assert endpoint_of("/v1/billing_portal/configurations") == "/v1/billing_portal/configurations"
