"""One connected account's subscriptions, all three kinds in one newest-first list.

The list is a ``UNION ALL`` over the cache's ``subscriptions`` table:

- direct: rows with ``account`` = the connected account (synced with ``Stripe-Account``);
- destination: platform rows with ``transfer_destination`` or ``on_behalf_of`` = the account;
- platform billing: platform rows whose customer represents the account (see
  :func:`services.connect.accounts.representatives`), unless already a destination row.

Every part comes from the one table, so ``rid`` is unique across the union and pages use
keyset pagination on (``created``, ``rid``): :func:`subscription_page` returns the rows
after a :class:`PageKey`, and new or changed rows never shift a page. Each row carries
its customer, its first item's price and product, and ``application`` from the raw JSON.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from services.connect.kinds import ACTIVE_STATUSES, ENDED_STATUSES, Kind

StatusFilter = Literal["all", "active", "ended"]


@dataclass(frozen=True)
class Scope:
    """Whose subscriptions: a connected account and the customers that represent it."""

    account_id: str
    representatives: tuple[str, ...] = ()
    kinds: frozenset[Kind] = frozenset(Kind)
    status: StatusFilter = "all"


@dataclass(frozen=True)
class PageKey:
    """Where a page ends: the last row's ``created`` and ``rid``."""

    created: int
    rid: int


@dataclass(frozen=True)
class SubscriptionRow:
    """One subscription as the account's list shows it."""

    kind: Kind
    rid: int
    id: str
    owner: str
    """'' for the platform, or the connected account the subscription lives on."""
    status: str
    customer_id: str | None = None
    customer_name: str | None = None
    customer_email: str | None = None
    application: str | None = None
    application_fee_percent: float | None = None
    transfer_destination: str | None = None
    transfer_amount_percent: float | None = None
    on_behalf_of: str | None = None
    pause_behavior: str | None = None
    pause_resumes_at: int | None = None
    cancel_at_period_end: bool = False
    cancel_at: int | None = None
    created: int = 0
    currency: str | None = None
    latest_invoice: str | None = None
    items_count: int = 0
    price_id: str | None = None
    unit_amount: int | None = None
    price_currency: str | None = None
    interval: str | None = None
    interval_count: int | None = None
    product_name: str | None = None
    price_nickname: str | None = None

    @property
    def key(self) -> PageKey:
        return PageKey(self.created, self.rid)

    @property
    def ended(self) -> bool:
        return self.status in ENDED_STATUSES

    @property
    def running(self) -> bool:
        return self.status in ACTIVE_STATUSES


_COLUMNS = (
    "s.rid, s.id, s.account AS owner, s.status, s.customer, "
    "json_extract(s.raw, '$.application') AS application, s.application_fee_percent, "
    "s.transfer_destination, s.transfer_amount_percent, s.on_behalf_of, s.pause_behavior, "
    "s.pause_resumes_at, s.cancel_at_period_end, s.cancel_at, s.created, s.currency, "
    "s.latest_invoice, s.items_count"
)

# ``+s.account`` keeps SQLite off the (account, created) index, which holds every platform
# row: the destination and customer indexes find the few rows of one account directly.
_PARTS: dict[Kind, str] = {
    Kind.DIRECT: (
        f"SELECT 'direct' AS kind, {_COLUMNS} FROM subscriptions s "
        "WHERE s.account = :acct AND s.deleted = 0"
    ),
    Kind.DESTINATION: (
        f"SELECT 'destination' AS kind, {_COLUMNS} FROM subscriptions s "
        "WHERE +s.account = '' AND s.deleted = 0 "
        "AND (s.transfer_destination = :acct OR s.on_behalf_of = :acct)"
    ),
    Kind.PLATFORM_BILLING: (
        f"SELECT 'platform_billing' AS kind, {_COLUMNS} FROM subscriptions s "
        "WHERE +s.account = '' AND s.deleted = 0 "
        "AND s.customer IN (SELECT value FROM json_each(:reps)) "
        "AND coalesce(s.transfer_destination, '') != :acct "
        "AND coalesce(s.on_behalf_of, '') != :acct"
    ),
}


def _status_sql(status: StatusFilter) -> str:
    if status == "active":
        return " AND status IN (" + ",".join(f"'{s}'" for s in ACTIVE_STATUSES) + ")"
    if status == "ended":
        return " AND status IN (" + ",".join(f"'{s}'" for s in ENDED_STATUSES) + ")"
    return ""


def _union(scope: Scope) -> str | None:
    parts = [_PARTS[k] for k in Kind if k in scope.kinds]
    return " UNION ALL ".join(parts) if parts else None


def _params(scope: Scope) -> dict[str, Any]:
    return {"acct": scope.account_id, "reps": json.dumps(list(scope.representatives))}


def subscription_page(
    conn: sqlite3.Connection, scope: Scope, after: PageKey | None = None, limit: int = 100
) -> list[SubscriptionRow]:
    """Up to ``limit`` subscriptions of ``scope``, newest first, after ``after``."""
    union = _union(scope)
    if union is None:
        return []
    where = "WHERE 1" + _status_sql(scope.status)
    params = {**_params(scope), "limit": limit}
    if after is not None:
        where += " AND (created < :ac OR (created = :ac AND rid < :ar))"
        params.update(ac=after.created, ar=after.rid)
    sql = f"""
    SELECT q.*, c.name, c.email, i.price, p.unit_amount, p.currency,
           p.recurring_interval, p.recurring_interval_count, p.nickname, pr.name
    FROM (SELECT * FROM ({union}) {where} ORDER BY created DESC, rid DESC LIMIT :limit) q
    LEFT JOIN customers c ON c.id = q.customer AND c.account = q.owner
    LEFT JOIN subscription_items i ON i.rid = (
        SELECT min(rid) FROM subscription_items
        WHERE subscription = q.id AND account = q.owner)
    LEFT JOIN prices p ON p.id = i.price AND p.account = q.owner
    LEFT JOIN products pr ON pr.id = p.product AND pr.account = q.owner
    ORDER BY q.created DESC, q.rid DESC
    """
    return [_row(r) for r in conn.execute(sql, params).fetchall()]


def all_subscriptions(conn: sqlite3.Connection, scope: Scope) -> list[SubscriptionRow]:
    """Every subscription of ``scope`` (for bulk work: reads page by page)."""
    out: list[SubscriptionRow] = []
    after: PageKey | None = None
    while True:
        page = subscription_page(conn, scope, after, 500)
        out.extend(page)
        if len(page) < 500:
            return out
        after = page[-1].key


def counts(conn: sqlite3.Connection, scope: Scope) -> dict[Kind, int]:
    """How many subscriptions of each kind ``scope`` holds (respecting its status filter)."""
    out = {k: 0 for k in Kind}
    union = _union(Scope(scope.account_id, scope.representatives, frozenset(Kind), scope.status))
    assert union is not None
    sql = f"SELECT kind, count(*) FROM ({union}) WHERE 1{_status_sql(scope.status)} GROUP BY kind"
    for kind, n in conn.execute(sql, _params(scope)).fetchall():
        out[Kind(kind)] = int(n)
    return out


def find(conn: sqlite3.Connection, scope: Scope, subscription_id: str) -> SubscriptionRow | None:
    """The row of ``subscription_id`` within ``scope`` (any kind and status), or None."""
    wide = Scope(scope.account_id, scope.representatives)
    union = _union(wide)
    assert union is not None
    found = conn.execute(
        f"SELECT rid, created FROM ({union}) WHERE id = :sid",
        {**_params(wide), "sid": subscription_id},
    ).fetchone()
    if not found:
        return None
    rows = subscription_page(conn, wide, PageKey(found[1], found[0] + 1), 1)
    return rows[0] if rows and rows[0].id == subscription_id else None


def _opt_float(v: Any) -> float | None:
    return None if v is None else float(v)


def _row(r: Sequence[Any]) -> SubscriptionRow:
    (
        kind,
        rid,
        ident,
        owner,
        status,
        customer,
        application,
        fee,
        dest,
        dest_pct,
        obo,
        pause,
        resumes,
        cape,
        cancel_at,
        created,
        currency,
        latest,
        items,
        cname,
        cemail,
        price,
        amount,
        pcur,
        interval,
        icount,
        nickname,
        product,
    ) = r
    return SubscriptionRow(
        kind=Kind(kind),
        rid=int(rid),
        id=str(ident),
        owner=str(owner or ""),
        status=str(status or ""),
        customer_id=customer,
        customer_name=cname,
        customer_email=cemail,
        application=application,
        application_fee_percent=_opt_float(fee),
        transfer_destination=dest,
        transfer_amount_percent=_opt_float(dest_pct),
        on_behalf_of=obo,
        pause_behavior=pause,
        pause_resumes_at=resumes,
        cancel_at_period_end=bool(cape),
        cancel_at=cancel_at,
        created=int(created or 0),
        currency=currency,
        latest_invoice=latest,
        items_count=int(items or 0),
        price_id=price,
        unit_amount=amount,
        price_currency=pcur,
        interval=interval,
        interval_count=icount,
        product_name=product,
        price_nickname=nickname,
    )


# -- invoices ----------------------------------------------------------------------------
@dataclass(frozen=True)
class InvoiceFacts:
    """What the rules need to know about an invoice (from the cache)."""

    id: str
    owner: str
    status: str | None
    application: str | None
    has_destination: bool
    amount_due: int
    currency: str | None
    application_fee_amount: int | None
    hosted_invoice_url: str | None = None


def invoice_facts(conn: sqlite3.Connection, invoice_id: str, owner: str) -> InvoiceFacts | None:
    """The cached invoice ``invoice_id`` of ``owner`` ('' = platform), or None."""
    found = conn.execute(
        "SELECT id, account, status, raw, amount_due, currency FROM invoices "
        "WHERE id = ? AND account = ? AND deleted = 0",
        (invoice_id, owner),
    ).fetchone()
    if not found:
        return None
    raw: Mapping[str, Any] = json.loads(found[3])
    transfer = raw.get("transfer_data")
    fee = raw.get("application_fee_amount")
    return InvoiceFacts(
        id=found[0],
        owner=found[1],
        status=found[2],
        application=raw.get("application") if isinstance(raw.get("application"), str) else None,
        has_destination=isinstance(transfer, Mapping) and bool(transfer.get("destination")),
        amount_due=int(found[4] or 0),
        currency=found[5],
        application_fee_amount=fee if isinstance(fee, int) else None,
        hosted_invoice_url=raw.get("hosted_invoice_url"),
    )


def representative_ids(reps: Iterable[Any]) -> tuple[str, ...]:
    """Customer ids of :class:`~services.connect.accounts.Representative` objects."""
    return tuple(str(r.customer_id) for r in reps)
