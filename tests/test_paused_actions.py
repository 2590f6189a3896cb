"""Pausing and resuming collection in bulk, at the sandbox over real HTTP: round trips, the
cache updated, idempotency keys, Connect's rule, per-item failures, cancelling, and a
resume date in the past refused before anything is sent."""

from __future__ import annotations

import threading
import time

import pytest

from services.cache import Cache
from services.gateway import StripeGateway
from services.paused import query
from services.paused.actions import (
    RESUME,
    BatchProgress,
    PauseChange,
    PauseInputError,
    Target,
    idempotency_key,
    refusal,
    run_batch,
    validate_pause,
)
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.test_paused_support import synced_cache

DAY = 86_400


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A demo sandbox of our own (these tests change it) and a synced cache of it."""
    srv = SandboxServer(seed="demo").start()
    client = make_client(srv)
    cache = synced_cache(client, tmp_path_factory.mktemp("actions") / "c.sqlite3", history=False)
    try:
        yield srv, client, cache
    finally:
        cache.close()
        srv.stop()


def candidates(cache: Cache, n: int, *, account: str = "", application: bool | None = None):
    conn = cache.open_connection()
    try:
        found = [c for c in query.pausable(conn, limit=2000) if c.account == account]
    finally:
        conn.close()
    if application is not None:
        found = [c for c in found if bool(c.application) == application]
    found = [c for c in found if c.status == "active"]
    assert len(found) >= n, f"the demo needs {n} candidates on {account or 'the platform'}"
    return [Target.of_candidate(c) for c in found[:n]]


def connected(cache: Cache) -> frozenset[str]:
    conn = cache.open_connection()
    try:
        return query.connected_accounts(conn)
    finally:
        conn.close()


def test_validation_refuses_a_past_or_present_resume_date_before_sending():
    now = int(time.time())
    with pytest.raises(PauseInputError) as past:
        validate_pause("void", now - DAY, now=now)
    assert past.value.field == "resumes_at" and "future" in past.value.message
    with pytest.raises(PauseInputError):
        validate_pause("void", now, now=now)
    with pytest.raises(PauseInputError) as bad:
        validate_pause("pause_everything", None, now=now)
    assert bad.value.field == "behavior"
    ok = validate_pause("keep_as_draft", now + 2 * DAY, now=now)
    assert ok.params() == {
        "pause_collection": {"behavior": "keep_as_draft", "resumes_at": now + 2 * DAY}
    }
    assert validate_pause("void", None, now=now).params() == {
        "pause_collection": {"behavior": "void"}
    }
    assert RESUME.params() == {"pause_collection": ""}


def test_a_past_resume_date_never_reaches_stripe(world):
    srv, client, cache = world
    [target] = candidates(cache, 1)
    srv.faults.unreachable = True  # anything sent would fail loudly instead
    try:
        with pytest.raises(PauseInputError):
            validate_pause("void", int(time.time()) - 3600, now=int(time.time()))
    finally:
        srv.faults.unreachable = False
    assert client.v1.subscriptions.retrieve(target.subscription_id).pause_collection is None


def test_connect_rules_skip_what_the_platform_did_not_create():
    pause = PauseChange("pause", "void")
    live = frozenset({"acct_1A"})
    mine = Target("sub_1", "acct_1A", "x", "active", "ca_Platform")
    theirs = Target("sub_2", "acct_1A", "x", "active", None)
    other_app = Target("sub_3", "acct_1A", "x", "active", "ca_Other")
    gone = Target("sub_4", "acct_1Gone", "x", "active", "ca_Platform")
    ended = Target("sub_5", "", "x", "canceled")
    platform = Target("sub_6", "", "x", "active")
    assert refusal(mine, pause, connected=live) is None
    assert "created it itself" in (refusal(theirs, pause, connected=live) or "")
    assert refusal(other_app, pause, connected=live) is None  # unknown platform app: Stripe decides
    apps = frozenset({"ca_Platform"})
    assert "Another Connect application" in (
        refusal(other_app, pause, connected=live, platform_apps=apps) or ""
    )
    assert "no longer connected" in (refusal(gone, pause, connected=live) or "")
    assert "ended" in (refusal(ended, pause, connected=live) or "")
    assert refusal(platform, pause, connected=live) is None
    not_paused = Target("sub_7", "", "x", "active", paused=False)
    assert "not paused" in (refusal(not_paused, RESUME, connected=live) or "")


def test_bulk_pause_and_resume_round_trip(world):
    srv, client, cache = world
    gateway = StripeGateway(srv.api_key, srv.url)
    live = connected(cache)
    account = sorted(live)[0]
    targets = (
        candidates(cache, 3)
        + candidates(cache, 1, account=account, application=True)
        + candidates(cache, 1, account=account, application=False)
    )
    resumes_at = int(time.time()) + 20 * DAY
    change = validate_pause("keep_as_draft", resumes_at, now=int(time.time()))
    seen: list[BatchProgress] = []
    result = run_batch(gateway, targets, change, connected=live, cache=cache, progress=seen.append)
    outcomes = [i.outcome for i in result.items]
    assert outcomes == ["done", "done", "done", "done", "skipped"]
    assert [p.finished for p in seen] == [1, 2, 3, 4, 5] and seen[-1].total == 5
    assert "created it itself" in result.items[4].message
    for target, item in zip(targets[:4], result.items[:4], strict=True):
        opts = {"stripe_account": target.account} if target.account else {}
        sub = client.v1.subscriptions.retrieve(target.subscription_id, options=opts)
        assert sub.pause_collection.behavior == "keep_as_draft"
        assert sub.pause_collection.resumes_at == resumes_at
        assert item.subscription is not None and item.subscription["id"] == target.subscription_id
    skipped = targets[4]
    sub = client.v1.subscriptions.retrieve(
        skipped.subscription_id, options={"stripe_account": skipped.account}
    )
    assert sub.pause_collection is None  # never sent

    # The cache already shows them (the next sync will confirm).
    conn = cache.open_connection()
    try:
        rows = {r.subscription_id: r for r in query.iter_rows(conn, now=int(time.time()))}
    finally:
        conn.close()
    for target in targets[:4]:
        assert rows[target.subscription_id].behavior == "keep_as_draft"
        assert rows[target.subscription_id].resumes_at == resumes_at
    assert skipped.subscription_id not in rows

    # Resume them all (the view's rows as targets).
    back = run_batch(
        gateway,
        [Target.of(rows[t.subscription_id]) for t in targets[:4]],
        RESUME,
        connected=live,
        cache=cache,
    )
    assert [i.outcome for i in back.items] == ["done"] * 4
    for target in targets[:4]:
        opts = {"stripe_account": target.account} if target.account else {}
        assert (
            client.v1.subscriptions.retrieve(target.subscription_id, options=opts).pause_collection
            is None
        )
    conn = cache.open_connection()
    try:
        still = {r.subscription_id for r in query.iter_rows(conn, now=int(time.time()))}
    finally:
        conn.close()
    assert not still & {t.subscription_id for t in targets}


def test_a_repeated_batch_is_not_applied_twice(world):
    srv, client, cache = world
    gateway = StripeGateway(srv.api_key, srv.url)
    [target] = candidates(cache, 1)
    change = validate_pause("void", None, now=int(time.time()))

    def updates() -> int:
        events = client.v1.events.list({"type": "customer.subscription.updated", "limit": 100})
        return sum(1 for e in events.data if e.data.object["id"] == target.subscription_id)

    before = updates()
    first = run_batch(gateway, [target], change, batch_id="b1")
    again = run_batch(gateway, [target], change, batch_id="b1")  # e.g. a retried job
    assert first.items[0].outcome == again.items[0].outcome == "done"
    assert updates() == before + 1
    key = idempotency_key("b1", change, target)
    assert key.startswith("counterfoil-pause-collection-b1-") and target.subscription_id in key
    assert len(key) <= 255
    run_batch(gateway, [target], RESUME)


def test_one_failure_does_not_stop_the_batch_and_says_why(world):
    srv, _, cache = world
    gateway = StripeGateway(srv.api_key, srv.url)
    good = candidates(cache, 2)
    ghost = Target("sub_doesnotexist", "", "Ghost", "active")
    result = run_batch(gateway, [good[0], ghost, good[1]], PauseChange("pause", "void"))
    assert [i.outcome for i in result.items] == ["done", "failed", "done"]
    failure = result.items[1]
    assert "sub_doesnotexist" in failure.message
    assert failure.request_id and failure.request_id.startswith("req_")
    run_batch(gateway, good, RESUME)


def test_stripe_refuses_a_resume_date_that_passed_in_flight(world):
    srv, _, cache = world
    gateway = StripeGateway(srv.api_key, srv.url)
    [target] = candidates(cache, 1)
    stale = PauseChange("pause", "void", int(time.time()) - 10)  # built without validation
    result = run_batch(gateway, [target], stale)
    assert result.items[0].outcome == "failed"
    assert "future" in result.items[0].message


def test_cancel_stops_between_items(world):
    srv, client, cache = world
    gateway = StripeGateway(srv.api_key, srv.url)
    targets = candidates(cache, 4)
    stop = threading.Event()

    def progressed(p: BatchProgress) -> None:
        if p.finished == 2:
            stop.set()

    result = run_batch(
        gateway,
        targets,
        PauseChange("pause", "mark_uncollectible"),
        progress=progressed,
        cancel=stop,
    )
    assert [i.outcome for i in result.items] == ["done", "done", "not_attempted", "not_attempted"]
    assert client.v1.subscriptions.retrieve(targets[2].subscription_id).pause_collection is None
    run_batch(gateway, targets[:2], RESUME)
