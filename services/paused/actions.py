"""Pausing and resuming collection, for one subscription or many, safely.

* :func:`validate_pause` checks the behaviour and the resume date **before anything is
  sent**: a resume date that is not in the future is refused with a field-level
  :class:`PauseInputError` (Stripe would refuse it too, but only after a round trip,
  and in a batch, once per subscription).
* :func:`refusal` applies Connect's rule before sending: through ``Stripe-Account`` a
  platform may only change subscriptions it created (their ``application`` is the
  platform's), and not on an account that is no longer connected; ended subscriptions
  cannot change. Such items are *skipped* with the reason, never sent.
* :func:`run_batch` sends one ``POST /v1/subscriptions/{id}`` per subscription
  (``pause_collection[behavior]``, optional ``pause_collection[resumes_at]``; or
  ``pause_collection=""`` to resume), each with an idempotency key made of the batch id,
  the action, the account and the subscription, so the SDK's retries (and a repeated
  batch) never apply a change twice. It reports progress after each item, stops between
  items when cancelled (the rest are *not attempted*), writes each updated subscription
  into the cache at once, and returns one :class:`ItemResult` per subscription with
  Stripe's message and request id when it failed.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import stripe

from services.cache.db import Cache
from services.cache.store import Store
from services.errors import describe
from services.gateway import StripeGateway
from services.paused.model import BEHAVIORS, Candidate, PausedRow
from services.sync.ratelimit import RateLimiter

Action = Literal["pause", "resume"]
Outcome = Literal["done", "skipped", "failed", "not_attempted"]

ENDED_STATUSES = frozenset({"canceled", "incomplete_expired"})
RESUME_MARGIN_S = 60
"""A resume time must be at least this far in the future when the batch starts, so it
is still in the future when Stripe receives the last request."""


class PauseInputError(ValueError):
    """A value the user entered is not acceptable; ``field`` names the input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class PauseChange:
    """What to do: ``pause`` with a behaviour (and optional resume time), or ``resume``."""

    action: Action
    behavior: str | None = None
    resumes_at: int | None = None

    def params(self) -> dict[str, Any]:
        """The form parameters of ``POST /v1/subscriptions/{id}``."""
        if self.action == "resume":
            return {"pause_collection": ""}
        pause: dict[str, Any] = {"behavior": self.behavior}
        if self.resumes_at is not None:
            pause["resumes_at"] = self.resumes_at
        return {"pause_collection": pause}


def validate_pause(behavior: str | None, resumes_at: int | None, *, now: int) -> PauseChange:
    """A :class:`PauseChange` for pausing, or :class:`PauseInputError` naming the field."""
    if behavior not in BEHAVIORS:
        raise PauseInputError(
            "behavior", "Choose what happens to invoices while collection is paused."
        )
    if resumes_at is not None and resumes_at <= now + RESUME_MARGIN_S:
        raise PauseInputError(
            "resumes_at",
            "The resume date must be in the future. Pick a later date, or leave it empty "
            "to pause until you resume collection yourself.",
        )
    return PauseChange("pause", behavior, resumes_at)


RESUME = PauseChange("resume")


@dataclass(frozen=True)
class Target:
    """One subscription to change: where it lives and how to name it in results."""

    subscription_id: str
    account: str
    label: str
    status: str | None = None
    application: str | None = None
    paused: bool = True
    """Whether its collection is paused now (resuming an unpaused one is skipped)."""
    account_name: str = ""
    """The connected account's name, for people ('' for the platform or when unknown)."""

    @classmethod
    def of_candidate(cls, c: Candidate) -> Target:
        """The target for a subscription picked in the pause dialog."""
        label = c.customer_name or c.customer_email or c.customer_id or ""
        return cls(
            c.subscription_id,
            c.account,
            label,
            c.status,
            c.application,
            False,
            c.account_name or "",
        )

    @classmethod
    def of(cls, row: PausedRow) -> Target:
        """The target for a row of the view."""
        label = row.customer_name or row.customer_email or row.customer_id or ""
        return cls(
            row.subscription_id,
            row.account,
            label,
            row.status,
            row.application,
            row.behavior is not None,
            row.account_name or "",
        )


def refusal(
    target: Target,
    change: PauseChange,
    *,
    connected: frozenset[str],
    platform_apps: frozenset[str] = frozenset(),
) -> str | None:
    """Why ``target`` cannot be changed (a sentence), or None when it can be sent.

    ``connected`` are the connected accounts the platform can act on; ``platform_apps``
    the platform's Connect application ids when known (otherwise any application counts
    as the platform's, and Stripe has the last word).
    """
    if target.status in ENDED_STATUSES:
        return f"It is {target.status}; an ended subscription cannot be changed."
    if change.action == "resume" and not target.paused:
        return "Its collection is not paused."
    if target.account:
        if target.account not in connected:
            return (
                f"{target.account} is no longer connected to your platform, so it cannot be "
                "changed from here."
            )
        if not target.application:
            return (
                "The connected account created it itself. Through Connect your platform "
                "can only change subscriptions it created; ask the account to do it."
            )
        if platform_apps and target.application not in platform_apps:
            return (
                f"Another Connect application ({target.application}) created it. Your "
                "platform can only change subscriptions it created."
            )
    return None


@dataclass
class ItemResult:
    """What happened to one subscription of a batch."""

    target: Target
    outcome: Outcome
    message: str = ""
    request_id: str | None = None
    subscription: dict[str, Any] | None = None
    """Stripe's updated subscription, when done."""
    idempotency_key: str | None = None
    """The key the request was sent with (None when nothing was sent)."""
    answered: bool = False
    """True when Stripe answered (with the change or a refusal); False when the answer
    never arrived, so the change may or may not have been applied."""

    @property
    def retry_key(self) -> str | None:
        """The key a retry must reuse, or None when a retry needs a new key.

        A failure with no answer from Stripe (connection lost, timeout, 429, 409
        idempotency conflict: nothing was saved under the key) is retried with the same
        key, so a change that did reach Stripe is not applied twice. A failure Stripe
        answered (a refusal, a 500) is saved under its key by Stripe and would be
        replayed, so its retry gets a fresh key.
        """
        if self.outcome != "failed" or self.idempotency_key is None or self.answered:
            return None
        return self.idempotency_key


@dataclass
class BatchResult:
    """Every item's result, in order, and the batch's id."""

    batch_id: str
    change: PauseChange
    items: list[ItemResult] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        """How many items ended with ``outcome``."""
        return sum(1 for i in self.items if i.outcome == outcome)

    def retry_plan(self) -> tuple[list[Target], dict[tuple[str, str], str]]:
        """The failed targets and, for those whose answer was lost, the keys to reuse.

        Pass both to :func:`run_batch` (``targets``, ``keys=``) to retry the failures.
        """
        failed = [i for i in self.items if i.outcome == "failed"]
        keys = {
            (i.target.account, i.target.subscription_id): key
            for i in failed
            if (key := i.retry_key) is not None
        }
        return [i.target for i in failed], keys


@dataclass
class BatchProgress:
    """After each item: how many are finished, out of how many, and the last result."""

    finished: int
    total: int
    last: ItemResult


def new_batch_id() -> str:
    """A fresh id for a batch (part of every idempotency key it sends)."""
    return uuid.uuid4().hex


def idempotency_key(batch_id: str, change: PauseChange, target: Target) -> str:
    """The idempotency key of one request of a batch."""
    where = target.account or "platform"
    return f"counterfoil-{change.action}-collection-{batch_id}-{where}-{target.subscription_id}"


def run_batch(
    gateway: StripeGateway,
    targets: Sequence[Target],
    change: PauseChange,
    *,
    batch_id: str | None = None,
    keys: Mapping[tuple[str, str], str] | None = None,
    connected: frozenset[str] = frozenset(),
    platform_apps: frozenset[str] = frozenset(),
    cache: Cache | None = None,
    limiter: RateLimiter | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    cancel: threading.Event | None = None,
    clock: Callable[[], float] = time.time,
) -> BatchResult:
    """Apply ``change`` to every target (on a worker thread); never raises for one item.

    Each request's idempotency key is made of the batch id and the target, except where
    ``keys`` (by ``(account, subscription id)``) gives the key to reuse: a retry of
    requests whose answer was lost (see :meth:`BatchResult.retry_plan`).
    """
    result = BatchResult(batch_id or new_batch_id(), change)
    conn = cache.open_connection() if cache is not None else None
    store = Store(conn, cache.path) if conn is not None and cache is not None else None
    try:
        for index, target in enumerate(targets):
            if cancel is not None and cancel.is_set():
                result.items.extend(
                    ItemResult(t, "not_attempted", "Cancelled before it was sent.")
                    for t in targets[index:]
                )
                break
            key = (keys or {}).get((target.account, target.subscription_id))
            if key is None:
                key = idempotency_key(result.batch_id, change, target)
            item = _one(gateway, target, change, key, connected, platform_apps, limiter, cancel)
            if item.outcome == "done" and store is not None and item.subscription is not None:
                _remember(store, target, item.subscription, clock)
            result.items.append(item)
            if progress is not None:
                progress(BatchProgress(len(result.items), len(targets), item))
    finally:
        if conn is not None:
            conn.close()
    return result


def _one(
    gateway: StripeGateway,
    target: Target,
    change: PauseChange,
    key: str,
    connected: frozenset[str],
    platform_apps: frozenset[str],
    limiter: RateLimiter | None,
    cancel: threading.Event | None,
) -> ItemResult:
    reason = refusal(target, change, connected=connected, platform_apps=platform_apps)
    if reason is not None:
        return ItemResult(target, "skipped", reason)
    if limiter is not None and not limiter.acquire("/v1/subscriptions/{id}", cancel=cancel):
        return ItemResult(target, "not_attempted", "Cancelled before it was sent.")
    try:
        updated = gateway.post_json(
            f"/v1/subscriptions/{target.subscription_id}",
            change.params(),
            stripe_account=target.account or None,
            idempotency_key=key,
        )
    except (stripe.StripeError, OSError) as exc:
        error = describe(exc)
        answered = error.http_status is not None and error.http_status not in _NOTHING_SAVED
        return ItemResult(
            target, "failed", error.message, error.request_id, None, key, answered=answered
        )
    done = "Collection paused." if change.action == "pause" else "Collection resumed."
    return ItemResult(
        target, "done", done, subscription=updated, idempotency_key=key, answered=True
    )


_NOTHING_SAVED = frozenset({409, 429})
"""HTTP statuses after which Stripe kept no result under the idempotency key (a
concurrent request with the same key; rate limited before the endpoint ran)."""


def _remember(
    store: Store, target: Target, subscription: dict[str, Any], clock: Callable[[], float]
) -> None:
    """Write Stripe's updated subscription into the cache (the next sync confirms it)."""
    try:
        store.upsert("subscription", [subscription], account=target.account, source_ts=int(clock()))
    except Exception:  # the change happened at Stripe; a cache hiccup must not hide that
        import logging

        logging.getLogger(__name__).warning(
            "could not record %s in the cache", target.subscription_id, exc_info=True
        )
