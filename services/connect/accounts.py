"""Connected accounts from the cache: lazy pages with search and sort, plus disconnected ones.

Stripe's ``GET /v1/accounts`` stops listing an account once it disconnects from the
platform, so after a full sync a deauthorized account is simply absent from the
``accounts`` table (or kept as a tombstone when the ``account.application.deauthorized``
event was applied). The platform's own data still names it: the customer that represents
it (metadata ``connected_account``), destination subscriptions (``transfer_data``,
``on_behalf_of``) and its direct subscriptions cached earlier. :func:`referenced_accounts`
finds those ids, :func:`check_unlisted` asks Stripe about each (a 403 "application access
may have been revoked" means deauthorized), and the result goes back into the listing as
:class:`AccountExtra` rows, so the table shows every account the platform deals with.

Queries take the connection of the calling thread (the UI thread's for the table model's
pages, a worker's for the discovery); nothing here writes.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

import stripe

from services.connect.kinds import REPRESENTS_KEY, Dashboard, dashboard_access
from services.gateway import StripeGateway

Connection = Literal["connected", "deauthorized", "unlisted"]
"""``unlisted``: Stripe no longer lists the account, and whether it disconnected or was
closed is not known (yet)."""

ACCOUNT_ID = re.compile(r"^acct_[A-Za-z0-9]{6,64}$")


class AccountSort(StrEnum):
    """The columns the accounts list can be sorted by."""

    NAME = "name"
    ID = "id"
    TYPE = "type"
    DASHBOARD = "dashboard"
    CHARGES = "charges"
    PAYOUTS = "payouts"
    REQUIREMENTS = "requirements"
    CONNECTION = "connection"


_SORT_SQL: dict[AccountSort, str] = {
    AccountSort.NAME: "lower(name)",
    AccountSort.ID: "id",
    AccountSort.TYPE: "coalesce(type, 'zzz')",
    AccountSort.DASHBOARD: (
        "CASE dashboard WHEN 'full' THEN 0 WHEN 'express' THEN 1 WHEN 'none' THEN 2 ELSE 3 END"
    ),
    AccountSort.CHARGES: "coalesce(charges_enabled, -1)",
    AccountSort.PAYOUTS: "coalesce(payouts_enabled, -1)",
    AccountSort.REQUIREMENTS: "due",
    AccountSort.CONNECTION: (
        "CASE connection WHEN 'connected' THEN 0 WHEN 'unlisted' THEN 1 ELSE 2 END"
    ),
}


@dataclass(frozen=True)
class AccountExtra:
    """What the cache's accounts table does not say about an account."""

    id: str
    name: str | None = None
    connection: Connection | None = None
    since: int | None = None
    """When it disconnected (the deauthorization event's time), if known."""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "connection": self.connection,
            "since": self.since,
        }


@dataclass(frozen=True)
class AccountQuery:
    """How the accounts list is filtered and sorted."""

    search: str = ""
    sort: AccountSort = AccountSort.NAME
    descending: bool = False
    extras: tuple[AccountExtra, ...] = ()


@dataclass(frozen=True)
class AccountRow:
    """One connected account as the list shows it."""

    id: str
    name: str
    email: str | None = None
    country: str | None = None
    type: str | None = None
    """Stripe's legacy type: standard, express, custom (or ``none`` for controller-only)."""
    dashboard: Dashboard | None = None
    controller_type: str | None = None
    """``application`` (the platform controls it) or ``account``."""
    fees_payer: str | None = None
    losses_payments: str | None = None
    requirement_collection: str | None = None
    charges_enabled: bool | None = None
    payouts_enabled: bool | None = None
    currently_due: tuple[str, ...] = ()
    past_due: tuple[str, ...] = ()
    disabled_reason: str | None = None
    default_currency: str | None = None
    created: int | None = None
    connection: Connection = "connected"
    disconnected_at: int | None = None
    listed: bool = True
    """False when the account is known only from the platform's own data."""

    @property
    def connected(self) -> bool:
        return self.connection == "connected"


def _extras_json(extras: Iterable[AccountExtra]) -> str:
    return json.dumps([e.as_json() for e in extras])


_ROWS_CTE = """
WITH extra AS (
    SELECT json_extract(value, '$.id') AS id,
           json_extract(value, '$.name') AS name,
           json_extract(value, '$.connection') AS connection,
           json_extract(value, '$.since') AS since
    FROM json_each(:extras)
),
listed AS (
    SELECT a.id AS id,
           coalesce(a.business_name, x.name, a.email, a.id) AS name,
           a.email AS email,
           a.type AS type,
           coalesce(json_extract(a.raw, '$.controller.stripe_dashboard.type'),
                    CASE a.type WHEN 'standard' THEN 'full' WHEN 'express' THEN 'express'
                                WHEN 'custom' THEN 'none' END) AS dashboard,
           a.charges_enabled AS charges_enabled,
           a.payouts_enabled AS payouts_enabled,
           coalesce(json_array_length(a.raw, '$.requirements.currently_due'), 0) AS due,
           CASE WHEN a.deleted THEN 'deauthorized'
                ELSE coalesce(x.connection, 'connected') END AS connection,
           x.since AS since,
           a.raw AS raw,
           1 AS listed
    FROM accounts a LEFT JOIN extra x ON x.id = a.id
    WHERE a.account = ''
),
rows AS (
    SELECT * FROM listed
    UNION ALL
    SELECT x.id, coalesce(x.name, x.id), NULL, NULL, NULL, NULL, NULL, 0,
           coalesce(x.connection, 'unlisted'), x.since, NULL, 0
    FROM extra x
    WHERE x.id NOT IN (SELECT id FROM accounts WHERE account = '')
)
"""

_SEARCH = (
    " WHERE (:q = '' OR name LIKE :like ESCAPE '\\' OR id LIKE :like ESCAPE '\\'"
    " OR coalesce(email, '') LIKE :like ESCAPE '\\')"
)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _params(query: AccountQuery) -> dict[str, Any]:
    text = query.search.strip()
    return {"extras": _extras_json(query.extras), "q": text, "like": _like(text)}


def count_accounts(conn: sqlite3.Connection, query: AccountQuery) -> int:
    """How many accounts match ``query``."""
    sql = f"{_ROWS_CTE} SELECT count(*) FROM rows{_SEARCH}"
    return int(conn.execute(sql, _params(query)).fetchone()[0])


def account_page(
    conn: sqlite3.Connection, query: AccountQuery, offset: int, limit: int
) -> list[AccountRow]:
    """Accounts ``offset`` … ``offset + limit`` of the sorted, filtered list."""
    direction = "DESC" if query.descending else "ASC"
    order = f"{_SORT_SQL[query.sort]} {direction}, lower(name), id"
    sql = (
        f"{_ROWS_CTE} SELECT id, name, email, type, dashboard, charges_enabled, "
        f"payouts_enabled, connection, since, raw, listed FROM rows{_SEARCH} "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    params = {**_params(query), "limit": limit, "offset": offset}
    return [_row(r) for r in conn.execute(sql, params).fetchall()]


def get_account(
    conn: sqlite3.Connection, account_id: str, extras: Sequence[AccountExtra] = ()
) -> AccountRow | None:
    """One account (listed or only referenced), or None."""
    sql = (
        f"{_ROWS_CTE} SELECT id, name, email, type, dashboard, charges_enabled, "
        "payouts_enabled, connection, since, raw, listed FROM rows WHERE id = :id"
    )
    found = conn.execute(sql, {"extras": _extras_json(extras), "id": account_id}).fetchone()
    return _row(found) if found else None


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _opt_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _row(r: Sequence[Any]) -> AccountRow:
    (ident, name, email, legacy, dashboard, charges, payouts, connection, since, raw, listed) = r
    obj: Mapping[str, Any] = json.loads(raw) if raw else {}
    controller = obj.get("controller") if isinstance(obj.get("controller"), Mapping) else {}
    assert isinstance(controller, Mapping)
    requirements = obj.get("requirements")
    reqs: Mapping[str, Any] = requirements if isinstance(requirements, Mapping) else {}
    fees = controller.get("fees")
    losses = controller.get("losses")
    return AccountRow(
        id=str(ident),
        name=str(name or ident),
        email=email,
        country=obj.get("country"),
        type=legacy,
        dashboard=dashboard_access(obj) if obj else dashboard,
        controller_type=controller.get("type"),
        fees_payer=fees.get("payer") if isinstance(fees, Mapping) else None,
        losses_payments=losses.get("payments") if isinstance(losses, Mapping) else None,
        requirement_collection=controller.get("requirement_collection"),
        charges_enabled=_opt_bool(charges),
        payouts_enabled=_opt_bool(payouts),
        currently_due=_strings(reqs.get("currently_due")),
        past_due=_strings(reqs.get("past_due")),
        disabled_reason=reqs.get("disabled_reason"),
        default_currency=obj.get("default_currency"),
        created=obj.get("created"),
        connection=connection,
        disconnected_at=since,
        listed=bool(listed),
    )


# -- representatives -------------------------------------------------------------------
@dataclass(frozen=True)
class Representative:
    """A platform customer that represents a connected account (platform billing)."""

    customer_id: str
    account_id: str
    name: str | None
    email: str | None
    created: int | None
    deleted: bool = False


def _phrase(text: str) -> str:
    words = re.findall(r"[^\W_]+", text)
    return '"' + " ".join(words).replace('"', "") + '"'


def representatives(
    conn: sqlite3.Connection, account_id: str | None = None, *, include_deleted: bool = True
) -> list[Representative]:
    """Platform customers whose metadata names a connected account (or ``account_id``).

    The full-text index narrows the search to customers whose metadata mentions an
    ``acct_…`` id; the metadata key is then checked exactly. Oldest first.
    """
    match = "metadata_text : " + _phrase(account_id if account_id else "acct")
    sql = (
        "SELECT c.id, json_extract(c.raw, '$.metadata." + REPRESENTS_KEY + "'), c.name, "
        "c.email, c.created, c.deleted "
        "FROM customers_fts f JOIN customers c ON c.rid = f.rowid "
        "WHERE customers_fts MATCH ? AND c.account = ''"
    )
    out: list[Representative] = []
    for cid, acct, name, email, created, deleted in conn.execute(sql, (match,)).fetchall():
        if not isinstance(acct, str) or not acct:
            continue
        if account_id is not None and acct != account_id:
            continue
        if deleted and not include_deleted:
            continue
        out.append(Representative(cid, acct, name, email, created, bool(deleted)))
    out.sort(key=lambda r: (r.created or 0, r.customer_id))
    return out


# -- accounts Stripe no longer lists ---------------------------------------------------
def listed_account_ids(conn: sqlite3.Connection) -> set[str]:
    """Ids of the connected accounts the last sync listed (not tombstoned)."""
    rows = conn.execute("SELECT id FROM accounts WHERE account = '' AND deleted = 0")
    return {r[0] for r in rows.fetchall()}


def deauthorizations(conn: sqlite3.Connection) -> dict[str, int]:
    """``account.application.deauthorized`` events in the cache: account id → when.

    Stripe sends them to the platform with ``account`` set to the account that left
    (read through the index of platform events that name an account).
    """
    rows = conn.execute(
        "SELECT json_extract(raw, '$.account'), max(created) "
        "FROM events INDEXED BY events_platform_about_account "
        "WHERE account = '' AND json_extract(raw, '$.account') > '' "
        "AND type = 'account.application.deauthorized' GROUP BY 1"
    ).fetchall()
    return {str(a): int(c) for a, c in rows if a}


def referenced_accounts(conn: sqlite3.Connection) -> dict[str, str | None]:
    """Every connected account id the cache mentions, with a name hint when one is known."""
    found: dict[str, str | None] = {}

    def add(ident: Any, name: Any = None) -> None:
        if isinstance(ident, str) and ACCOUNT_ID.match(ident) and found.get(ident) is None:
            found[ident] = name if isinstance(name, str) and name else None

    for rep in representatives(conn):
        add(rep.account_id, rep.name)
    for (acct,) in conn.execute(
        "SELECT DISTINCT account FROM subscriptions WHERE account != ''"
    ).fetchall():
        add(acct)
    for (acct,) in conn.execute(
        "SELECT DISTINCT transfer_destination FROM subscriptions "
        "WHERE +account = '' AND transfer_destination IS NOT NULL "
        "UNION SELECT DISTINCT on_behalf_of FROM subscriptions "
        "WHERE +account = '' AND on_behalf_of IS NOT NULL"
    ).fetchall():
        add(acct)
    for ident, name in conn.execute(
        "SELECT id, coalesce(business_name, email) FROM accounts WHERE account = ''"
    ).fetchall():
        add(ident, name)
    for acct in deauthorizations(conn):
        add(acct)
    return found


@dataclass
class Discovery:
    """Accounts the cache knows beyond the accounts list, and what to ask Stripe."""

    extras: dict[str, AccountExtra] = field(default_factory=dict)
    to_check: list[str] = field(default_factory=list)
    """Unlisted accounts without a known deauthorization: ask Stripe about them."""


def discover(conn: sqlite3.Connection) -> Discovery:
    """Name and state every account the cache mentions that the accounts list lacks."""
    listed = listed_account_ids(conn)
    gone = deauthorizations(conn)
    result = Discovery()
    for acct, name in referenced_accounts(conn).items():
        since = gone.get(acct)
        if acct in listed and since is None:
            continue
        connection: Connection | None = "deauthorized" if since is not None else None
        result.extras[acct] = AccountExtra(acct, name, connection, since)
        if acct not in listed and since is None:
            result.to_check.append(acct)
    return result


def _access_revoked(exc: stripe.StripeError) -> bool:
    """Stripe's "does not have access to account … access may have been revoked"."""
    text = str(exc.user_message or exc)
    return exc.code == "account_invalid" or "access to account" in text


def check_unlisted(
    gateway: StripeGateway, account_ids: Iterable[str], limit: int = 25
) -> dict[str, Connection]:
    """Ask Stripe about (at most ``limit``) accounts it no longer lists.

    "No access to this account" (revoked) means deauthorized; an account Stripe answers
    for is ``connected`` (the cache has not caught up yet); anything else — a restricted
    key without the permission, a closed account — leaves it ``unlisted``. Network
    failures propagate.
    """
    out: dict[str, Connection] = {}
    for acct in [a for a in account_ids if ACCOUNT_ID.match(a)][:limit]:
        try:
            gateway.get_json(f"/v1/accounts/{acct}")
        except (
            stripe.PermissionError,
            stripe.AuthenticationError,
            stripe.InvalidRequestError,
        ) as exc:
            out[acct] = "deauthorized" if _access_revoked(exc) else "unlisted"
        else:
            out[acct] = "connected"
    return out


def merge_checks(
    discovery: Discovery, checked: Mapping[str, Connection]
) -> tuple[AccountExtra, ...]:
    """The discovery's extras with what Stripe said about the unlisted accounts."""
    out = []
    for acct, extra in discovery.extras.items():
        state = checked.get(acct)
        if state is not None and extra.connection is None:
            extra = AccountExtra(extra.id, extra.name, state, extra.since)
        out.append(extra)
    return tuple(out)


def connection_counts(
    conn: sqlite3.Connection, extras: Sequence[AccountExtra] = ()
) -> dict[Connection, int]:
    """How many accounts are connected, deauthorized and unlisted."""
    out: dict[Connection, int] = {"connected": 0, "deauthorized": 0, "unlisted": 0}
    sql = f"{_ROWS_CTE} SELECT connection, count(*) FROM rows GROUP BY connection"
    for state, n in conn.execute(sql, {"extras": _extras_json(extras)}).fetchall():
        if state in out:
            out[state] = int(n)
    return out
