"""Reads from the local cache for the Branding panel: accounts, configurations, sample plans.

Every function takes a connection from ``Cache.connect()`` (so it runs on the thread that
owns that connection) and reads the raw JSON the sync stored; the schema is described in
:mod:`services.cache.migrations`. Connected accounts are the ``accounts`` rows (the platform
lists them); portal configurations are per account (``''`` for the platform).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from services.branding.connect import ChargeMix
from services.branding.model import BrandAccount, PortalConfiguration, SamplePlan

_LIVE = "s.deleted = 0 AND s.status NOT IN ('canceled', 'incomplete_expired')"


def _load(raw: str) -> dict[str, Any]:
    value = json.loads(raw)
    return value if isinstance(value, dict) else {}


def count_connected(conn: sqlite3.Connection) -> int:
    """How many connected accounts the cache holds."""
    return int(conn.execute("SELECT count(*) FROM accounts WHERE deleted = 0").fetchone()[0])


def connected_accounts(
    conn: sqlite3.Connection, *, offset: int = 0, limit: int | None = None
) -> list[BrandAccount]:
    """Connected accounts by name (a window of them with ``offset``/``limit``)."""
    sql = (
        "SELECT raw FROM accounts WHERE deleted = 0 "
        "ORDER BY business_name COLLATE NOCASE, id LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, (-1 if limit is None else limit, offset)).fetchall()
    return [BrandAccount.from_stripe(_load(raw)) for (raw,) in rows]


def connected_account(conn: sqlite3.Connection, account_id: str) -> BrandAccount | None:
    """One connected account, or None when the cache does not have it."""
    row = conn.execute(
        "SELECT raw FROM accounts WHERE id = ? AND deleted = 0", (account_id,)
    ).fetchone()
    return BrandAccount.from_stripe(_load(row[0])) if row else None


def configurations(conn: sqlite3.Connection, account: str) -> list[PortalConfiguration]:
    """The portal configurations of ``account`` ('' for the platform): the default first,
    then active ones, then by name."""
    rows = conn.execute(
        "SELECT raw FROM portal_configurations WHERE account = ? AND deleted = 0 "
        "ORDER BY is_default DESC, active DESC, name COLLATE NOCASE, id",
        (account,),
    ).fetchall()
    return [PortalConfiguration.from_stripe(_load(raw)) for (raw,) in rows]


def _plan_from_price(
    conn: sqlite3.Connection, price: dict[str, Any], account: str
) -> SamplePlan | None:
    recurring = price.get("recurring")
    if not isinstance(recurring, dict):
        return None
    interval = recurring.get("interval")
    if interval not in ("month", "year") or int(recurring.get("interval_count") or 1) != 1:
        return None
    amount = price.get("unit_amount")
    if not isinstance(amount, int):
        return None
    product = price.get("product")
    name: str | None = None
    if isinstance(product, dict):
        name = product.get("name")
    elif isinstance(product, str):
        row = conn.execute(
            "SELECT name FROM products WHERE id = ? AND account = ?", (product, account)
        ).fetchone()
        name = row[0] if row else None
    return SamplePlan(
        str(name or price.get("nickname") or "Subscription"),
        amount,
        str(price.get("currency") or "usd"),
        str(interval),
    )


def sample_plan(
    conn: sqlite3.Connection, account: str, *, destination: str | None = None
) -> SamplePlan | None:
    """The monthly or yearly plan most current subscriptions of ``account`` are on.

    ``destination`` restricts to the platform's destination-charge subscriptions paying out
    to that connected account. Falls back to any such price in the catalogue; None when the
    cache has none.
    """
    where, params = "si.account = ?", [account]
    if destination:
        where += " AND s.transfer_destination = ?"
        params.append(destination)
    popular = conn.execute(
        "SELECT si.price, count(*) AS n FROM subscription_items si "
        "JOIN subscriptions s ON s.id = si.subscription AND s.account = si.account "
        f"WHERE {where} AND si.deleted = 0 AND {_LIVE} "
        "GROUP BY si.price ORDER BY n DESC, si.price LIMIT 25",
        params,
    ).fetchall()
    candidates = [price for price, _ in popular]
    if not destination or not candidates:
        candidates += [
            pid
            for (pid,) in conn.execute(
                "SELECT id FROM prices WHERE account = ? AND deleted = 0 AND active = 1 "
                "AND type = 'recurring' ORDER BY created, id LIMIT 50",
                (account,),
            ).fetchall()
        ]
    for price_id in candidates:
        row = conn.execute(
            "SELECT raw FROM prices WHERE id = ? AND account = ? AND deleted = 0",
            (price_id, account),
        ).fetchone()
        if row:
            plan = _plan_from_price(conn, _load(row[0]), account)
            if plan is not None:
                return plan
    return None


def charge_mix(conn: sqlite3.Connection) -> dict[str, ChargeMix]:
    """Per connected account: its current subscriptions by charge type."""
    counts: dict[str, list[int]] = {}
    rows = conn.execute(
        "SELECT s.account, s.transfer_destination, s.on_behalf_of IS NOT NULL, count(*) "
        f"FROM subscriptions s WHERE {_LIVE} "
        "AND (s.account != '' OR s.transfer_destination IS NOT NULL) "
        "GROUP BY 1, 2, 3"
    ).fetchall()
    for account, destination, obo, n in rows:
        if account:
            counts.setdefault(account, [0, 0, 0])[0] += n
        elif destination:
            counts.setdefault(destination, [0, 0, 0])[2 if obo else 1] += n
    return {acct: ChargeMix(*values) for acct, values in counts.items()}
