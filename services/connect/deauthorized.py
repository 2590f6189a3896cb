"""Disconnected accounts whose platform subscriptions still run, and cancelling them.

``account.application.deauthorized`` cancels nothing (seed 001): destination-charge
subscriptions keep charging customers for a seller who left, and platform billing keeps
charging the business. :func:`disconnected_accounts` lists every disconnected account with
its still-running platform subscriptions (destination and platform billing); direct
subscriptions on the account are counted but cannot be touched any more (Stripe refuses
``Stripe-Account`` requests for it).

:func:`cancel_many` cancels a chosen list one by one — only subscriptions the platform
created (anything else is skipped with its reason) — reporting each result as it goes and
stopping between items when asked. Each cancel has its own idempotency key
(:func:`services.connect.operations.cancel_key`), so running the batch again after an
interruption never cancels twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import stripe

from services.cache.db import Cache
from services.connect import operations
from services.connect.accounts import AccountRow, representatives
from services.connect.kinds import ENDED_STATUSES, Creator, Kind
from services.connect.rules import subscription_creator
from services.connect.stripe_io import send
from services.connect.subscriptions import Scope, SubscriptionRow, all_subscriptions
from services.connect.writeback import write_through
from services.errors import UserFacingError, describe
from services.gateway import StripeGateway

PLATFORM_KINDS = frozenset({Kind.DESTINATION, Kind.PLATFORM_BILLING})


@dataclass(frozen=True)
class CancelItem:
    """One running platform subscription of a disconnected account."""

    account: AccountRow
    row: SubscriptionRow
    creator: Creator

    @property
    def cancellable(self) -> bool:
        """Only subscriptions the platform created are cancelled in bulk."""
        return self.creator.is_platform


@dataclass(frozen=True)
class DisconnectedAccount:
    """A disconnected account and what of it still runs."""

    account: AccountRow
    items: tuple[CancelItem, ...]
    direct_running: int
    """Direct subscriptions still running on the account (the platform cannot reach them)."""


def disconnected_accounts(
    conn: sqlite3.Connection,
    accounts: Sequence[AccountRow],
    platform_app: str | None,
    *,
    only_with_running: bool = False,
) -> list[DisconnectedAccount]:
    """Every deauthorized account in ``accounts`` with its running subscriptions."""
    out: list[DisconnectedAccount] = []
    for account in accounts:
        if account.connection != "deauthorized":
            continue
        reps = tuple(r.customer_id for r in representatives(conn, account.id))
        rows = all_subscriptions(conn, Scope(account.id, reps, status="active"))
        items = tuple(
            CancelItem(account, r, subscription_creator(r, platform_app))
            for r in rows
            if r.kind in PLATFORM_KINDS
        )
        direct = sum(1 for r in rows if r.kind is Kind.DIRECT)
        if only_with_running and not items:
            continue
        out.append(DisconnectedAccount(account, items, direct))
    return out


def _after_failure(
    gateway: StripeGateway, cache: Cache | None, item: CancelItem, exc: stripe.StripeError
) -> CancelResult:
    """A refused cancel: if the subscription already ended (cancelled elsewhere since the
    last sync), say so and update the cache; otherwise it failed, with Stripe's reason."""
    error = describe(exc)
    if isinstance(exc, stripe.InvalidRequestError):
        row = item.row
        try:
            fresh = send(gateway, "get", f"/v1/subscriptions/{row.id}", account=row.owner or None)
        except stripe.StripeError:
            fresh = None
        if fresh is not None and fresh.obj.get("status") in ENDED_STATUSES:
            write_through(
                cache, "subscription", fresh.obj, owner=row.owner, server_ts=fresh.server_ts
            )
            return CancelResult(item, "already_ended", str(fresh.obj["status"]), error)
    return CancelResult(item, "failed", item.row.status, error)


Result = Literal["canceled", "already_ended", "skipped", "failed"]


@dataclass(frozen=True)
class CancelResult:
    """What happened to one item of a bulk cancel."""

    item: CancelItem
    result: Result
    status: str | None = None
    error: UserFacingError | None = None


def cancel_many(
    gateway: StripeGateway,
    cache: Cache | None,
    items: Sequence[CancelItem],
    *,
    report: Callable[[int, CancelResult], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[CancelResult]:
    """Cancel ``items`` now, in order; ``report(index, result)`` after each one.

    ``stop()`` is checked before each item; the items not reached are not in the result.
    A failure (Stripe's error, described) does not stop the batch.
    """
    results: list[CancelResult] = []
    for index, item in enumerate(items):
        if stop is not None and stop():
            break
        if not item.cancellable:
            result = CancelResult(item, "skipped", item.row.status)
        else:
            try:
                obj = operations.cancel(gateway, cache, item.row)
            except stripe.StripeError as exc:
                result = _after_failure(gateway, cache, item, exc)
            else:
                result = CancelResult(item, "canceled", str(obj.get("status") or "canceled"))
        results.append(result)
        if report is not None:
            report(index, result)
    return results
