"""Customers and prices to choose from, in the right place (platform or connected account).

Direct charges need the customer and the price on the connected account; destination
charges and platform billing need them on the platform (seed 001). These read the cache.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from services.cache.search import search_customers
from services.connect.kinds import REPRESENTS_KEY


@dataclass(frozen=True)
class CustomerOption:
    """A customer that can be subscribed."""

    id: str
    name: str | None
    email: str | None
    created: int | None = None


def customer_options(
    conn: sqlite3.Connection, owner: str, text: str = "", limit: int = 50
) -> list[CustomerOption]:
    """Customers of ``owner`` ('' = platform) matching ``text`` (newest first when empty).

    Customers that represent connected accounts are left out: they are for platform
    billing, not for selling to.
    """
    if text.strip():
        found = search_customers(conn, text, account=owner, limit=limit + 10)
        rows = [(r["id"], r["name"], r["email"], r["created"]) for r in found]
    else:
        rows = conn.execute(
            "SELECT id, name, email, created FROM customers WHERE account = ? AND deleted = 0 "
            "ORDER BY created DESC, rid DESC LIMIT ?",
            (owner, limit + 10),
        ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    reps = {
        r[0]
        for r in conn.execute(
            f"SELECT id FROM customers WHERE account = ? AND id IN ({marks}) "
            f"AND json_extract(raw, '$.metadata.{REPRESENTS_KEY}') IS NOT NULL",
            (owner, *ids),
        ).fetchall()
    }
    return [CustomerOption(*r) for r in rows if r[0] not in reps][:limit]


@dataclass(frozen=True)
class PriceOption:
    """A recurring price that can be subscribed to."""

    id: str
    product_name: str | None
    nickname: str | None
    unit_amount: int | None
    currency: str | None
    interval: str | None
    interval_count: int | None
    for_account: str | None = None
    """The connected account a platform product is sold for (product metadata)."""
    used_for_billing: bool = False
    """Already used to bill connected accounts (platform billing)."""


def price_options(
    conn: sqlite3.Connection,
    owner: str,
    *,
    for_account: str | None = None,
    billing: bool = False,
) -> list[PriceOption]:
    """Active recurring prices of ``owner``'s catalogue.

    For destination charges (``for_account``) prices of products sold for that account
    come first and products sold for *other* accounts are left out; for platform billing
    (``billing``) products sold for accounts are left out and prices already used to bill
    accounts come first.
    """
    rows = conn.execute(
        "SELECT p.id, pr.name, p.nickname, p.unit_amount, p.currency, p.recurring_interval, "
        "p.recurring_interval_count, pr.raw FROM prices p "
        "LEFT JOIN products pr ON pr.id = p.product AND pr.account = p.account "
        "WHERE p.account = ? AND p.deleted = 0 AND p.active = 1 AND p.type = 'recurring' "
        "AND coalesce(pr.active, 1) = 1 "
        "ORDER BY lower(coalesce(pr.name, '')), p.unit_amount",
        (owner,),
    ).fetchall()
    used: set[str] = set()
    if billing:
        used = {
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT i.price FROM subscription_items i "
                "JOIN subscriptions s ON s.id = i.subscription AND s.account = i.account "
                "JOIN customers c ON c.id = s.customer AND c.account = s.account "
                f"WHERE s.account = '' AND json_extract(c.raw, '$.metadata.{REPRESENTS_KEY}') "
                "IS NOT NULL"
            ).fetchall()
        }
    out: list[PriceOption] = []
    for pid, name, nick, amount, cur, interval, count, product_raw in rows:
        meta: Any = json.loads(product_raw).get("metadata") if product_raw else None
        sold_for = meta.get(REPRESENTS_KEY) if isinstance(meta, dict) else None
        if sold_for and (billing or (for_account is not None and sold_for != for_account)):
            continue
        out.append(
            PriceOption(pid, name, nick, amount, cur, interval, count, sold_for, pid in used)
        )
    if for_account is not None:
        out.sort(key=lambda p: p.for_account != for_account)
    if billing:
        out.sort(key=lambda p: not p.used_for_billing)
    return out
