"""Reading paused subscriptions out of the cache: one SQL query behind the view and the CSV.

Stripe's API cannot filter subscriptions by ``pause_collection``; the cache can, with
its ``pause_behavior`` column (indexed). :func:`iter_rows` streams every paused
subscription of a :data:`~services.paused.model.PauseKind` with everything the view
shows, computed in one statement:

* the customer's name and email (``customers``), the connected account's name
  (``accounts``) and the latest invoice's status (``invoices``);
* the items (``subscription_items``: product name, else price nickname, else price id,
  with ``× quantity``) and the recurring amount, summed from each item's embedded price
  (``unit_amount × quantity``); metered and tiered prices have no fixed amount and make
  the row's amount a floor (``amount_complete`` false);
* *paused since* from the synced events: for ``collection`` rows the newest
  ``customer.subscription.updated`` whose ``previous_attributes.pause_collection`` was
  null (collection paused), unless a later one cleared it (resumed); for ``status`` rows
  the newest ``customer.subscription.paused`` not followed by ``customer.subscription.resumed``.

:func:`row_ids` gives the ordered row ids of a filtered, sorted list (the panel's lazy
model), :func:`fetch_rows` the rows for a window of ids, :func:`iter_rows` the whole list
in a stable order (the export). They share the query, so view and export cannot disagree.
Run them inside :func:`snapshot` to read one consistent state of the cache while a sync
writes to it (WAL gives each read transaction its own snapshot).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

from services.paused.items import PriceBook
from services.paused.model import (
    DAY_S,
    AccountOption,
    Candidate,
    FilterOptions,
    Filters,
    PausedRow,
    PauseKind,
)
from services.sync.full import LAST_COMPLETE_KEY

FETCH_BATCH = 2_000
"""Rows fetched from SQLite at a time while streaming."""

SortKey = Literal[
    "customer",
    "email",
    "account",
    "subscription",
    "status",
    "behavior",
    "resumes_at",
    "paused_since",
    "currency",
    "amount",
    "items",
    "collection_method",
    "invoice_status",
    "created",
]

_KIND_WHERE: dict[str, str] = {
    "collection": "s.pause_behavior IS NOT NULL AND coalesce(s.status, '') <> 'paused'",
    "status": "s.status = 'paused'",
}

# Paused since, per subscription, from its events (index on events.object_id; the unary
# + keeps SQLite from walking an index on events.account instead, every event of the
# account for every subscription). One JSON parse per event: pull out the two small
# parts, then look inside those. The ``LIMIT -1`` (no limit) keeps SQLite from flattening
# the innermost query into the one above, which would copy ``json_extract`` into each of
# the four places that read ``j``. There is no text pre-filter (``instr`` for
# "pause_collection" after "previous_attributes"): scanning the text costs about as much
# as parsing it (both walk the whole event), so it only ever added work.
_SINCE_SQL: dict[str, str] = {
    "collection": """(
        SELECT CASE WHEN max(started) > coalesce(max(ended), -1) THEN max(started) END
        FROM (
            SELECT CASE WHEN json_type(j, '$[0].pause_collection') = 'null'
                         AND json_type(j, '$[1]') = 'object' THEN created END AS started,
                   CASE WHEN json_type(j, '$[0].pause_collection') = 'object'
                         AND json_type(j, '$[1]') = 'null' THEN created END AS ended
            FROM (
                SELECT e.created AS created, json_extract(e.raw,
                    '$.data.previous_attributes', '$.data.object.pause_collection') AS j
                FROM events AS e
                WHERE e.object_id = s.id AND +e.account = s.account
                  AND e.type = 'customer.subscription.updated'
                LIMIT -1
            )
        )
    )""",
    "status": """(
        SELECT CASE WHEN max(started) > coalesce(max(ended), -1) THEN max(started) END
        FROM (
            SELECT CASE WHEN e.type = 'customer.subscription.paused' THEN e.created END
                       AS started,
                   CASE WHEN e.type = 'customer.subscription.resumed' THEN e.created END
                       AS ended
            FROM events AS e
            WHERE e.object_id = s.id AND +e.account = s.account
              AND e.type IN ('customer.subscription.paused', 'customer.subscription.resumed')
        )
    )""",
}

# The items as a signature, "price*quantity;…" (see services.paused.items), through the
# index on (subscription, account).
SIGNATURE_SQL = """(
        SELECT group_concat(coalesce(si.price, '') || '*' || coalesce(si.quantity, 1), ';')
        FROM subscription_items AS si
        WHERE si.subscription = s.id AND si.account = s.account AND si.deleted = 0
    )"""


def _columns(kind: PauseKind, application: bool) -> str:
    # The application is only read for small windows (the view's actions need it):
    # parsing every subscription's JSON would dominate a large export.
    app = "json_extract(s.raw, '$.application')" if application else "NULL"
    return f"""s.rid, s.id, s.account, a.business_name, s.customer, c.name, c.email,
    s.status, s.pause_behavior, s.pause_resumes_at, {_SINCE_SQL[kind]},
    s.currency, {SIGNATURE_SQL}, s.collection_method, s.latest_invoice, inv.status,
    s.created, {app}"""


FROM_SQL = """
FROM subscriptions AS s
LEFT JOIN customers AS c ON c.id = s.customer AND c.account = s.account
LEFT JOIN invoices AS inv ON inv.id = s.latest_invoice AND inv.account = s.account
LEFT JOIN accounts AS a ON a.id = s.account AND a.account = '' AND s.account <> ''
"""

SORT_SQL: dict[str, str] = {
    "customer": "c.name COLLATE NOCASE",
    "email": "c.email COLLATE NOCASE",
    "account": "s.account",
    "subscription": "s.id",
    "status": "s.status",
    "behavior": "s.pause_behavior",
    "resumes_at": "coalesce(s.pause_resumes_at, 9223372036854775807)",
    "currency": "s.currency",
    "collection_method": "s.collection_method",
    "invoice_status": "inv.status",
    "created": "s.created",
}
"""SQL expression per sort key (ties broken by the row id). ``paused_since`` sorts on the
events subquery; ``amount`` and ``items`` are computed in Python
(:class:`~services.paused.items.PriceBook`), so sorted there."""

EXPORT_ORDER = "s.created DESC, s.rid DESC"
"""The export's stable order: newest subscription first. It is the order of the partial
index on paused subscriptions, so the export needs no sort."""


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(
    kind: PauseKind,
    filters: Filters | None,
    now: int,
    rids: Sequence[int] | None,
    params: list[Any],
) -> str:
    where = [_KIND_WHERE[kind], "s.deleted = 0"]
    if rids is not None:
        where.append(f"s.rid IN ({','.join('?' * len(rids))})")
        params.extend(rids)
    if filters is not None:
        if filters.behaviors and kind == "collection":
            marks = ",".join("?" * len(filters.behaviors))
            where.append(f"s.pause_behavior IN ({marks})")
            params.extend(sorted(filters.behaviors))
        if filters.account is not None:
            where.append("s.account = ?")
            params.append(filters.account)
        if filters.currency:
            where.append("s.currency = ?")
            params.append(filters.currency.lower())
        if kind == "collection" and filters.resumes == "indefinite":
            where.append("s.pause_resumes_at IS NULL")
        elif kind == "collection" and filters.resumes == "within":
            where.append("s.pause_resumes_at IS NOT NULL AND s.pause_resumes_at <= ?")
            params.append(now + max(0, filters.within_days) * DAY_S)
        text = filters.search.strip()
        if text:
            pattern = _like(text)
            where.append(
                "(c.name LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\' "
                "OR s.id LIKE ? ESCAPE '\\' OR s.customer LIKE ? ESCAPE '\\')"
            )
            params.extend([pattern] * 4)
    return " AND ".join(where)


def build_query(
    kind: PauseKind,
    filters: Filters | None = None,
    *,
    now: int = 0,
    rids: Sequence[int] | None = None,
    order: str = EXPORT_ORDER,
    columns: str | None = None,
    application: bool = False,
) -> tuple[str, list[Any]]:
    """The SQL (and its parameters) listing ``kind`` rows matching ``filters``.

    ``rids`` restricts it to those row ids; ``order`` is the ORDER BY clause;
    ``columns`` replaces the row's columns (e.g. ``"s.rid"`` for :func:`row_ids`);
    ``application`` reads each subscription's Connect application (slower; for small
    windows).
    """
    params: list[Any] = []
    where = where_clause(kind, filters, now, rids, params)
    select = columns or _columns(kind, application)
    return f"SELECT {select}{FROM_SQL}WHERE {where} ORDER BY {order}", params


def _row(kind: PauseKind, r: Sequence[Any], book: PriceBook) -> PausedRow:
    """A :class:`PausedRow` from a row of :data:`_COLUMNS`."""
    items = book.summary(r[2], r[12])
    collection = kind == "collection"
    return PausedRow(
        r[0],
        kind,
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8] if collection else None,
        r[9] if collection else None,
        r[10],
        r[11],
        items.amount_minor,
        items.interval,
        items.interval_count,
        items.monthly_minor,
        items.complete,
        items.label,
        items.count,
        r[13],
        r[14],
        r[15],
        r[16],
        r[17],
    )


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read transaction: every query inside sees the same state of the cache.

    The connection must be in autocommit mode (the cache's connections are) and not
    already inside a transaction.
    """
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


def iter_rows(
    conn: sqlite3.Connection,
    kind: PauseKind = "collection",
    filters: Filters | None = None,
    *,
    now: int,
    application: bool = True,
) -> Iterator[PausedRow]:
    """Every ``kind`` row matching ``filters``, in the export's stable order, streamed.

    ``application=False`` skips reading each subscription's Connect application (the
    rows then say None): faster, for totals that do not need it.
    """
    sql, params = build_query(kind, filters, now=now, application=application)
    book = PriceBook(conn)
    cur = conn.execute(sql, params)
    try:
        while True:
            batch = cur.fetchmany(FETCH_BATCH)
            if not batch:
                return
            for r in batch:
                yield _row(kind, r, book)
    finally:
        cur.close()


def row_ids(
    conn: sqlite3.Connection,
    kind: PauseKind,
    filters: Filters | None,
    *,
    now: int,
    sort: SortKey = "customer",
    descending: bool = False,
) -> list[int]:
    """The row ids (``subscriptions.rid``) of the filtered list, sorted by ``sort``."""
    if sort in ("amount", "items"):
        sql, params = build_query(
            kind, filters, now=now, order="s.rid", columns=f"s.rid, s.account, {SIGNATURE_SQL}"
        )
        book = PriceBook(conn)
        keyed: list[tuple[Any, int]] = []
        for rid, account, sig in conn.execute(sql, params):
            summary = book.summary(account, sig)
            if sort == "amount":
                keyed.append((summary.monthly_minor or 0, rid))
            else:
                keyed.append((summary.label.casefold(), rid))
        keyed.sort(reverse=descending)
        return [rid for _, rid in keyed]
    direction = "DESC" if descending else "ASC"
    if sort == "paused_since":
        expr = f"coalesce({_SINCE_SQL[kind]}, 9223372036854775807)"
    else:
        expr = SORT_SQL[sort]
    order = f"{expr} {direction}, s.rid {direction}"
    sql, params = build_query(kind, filters, now=now, order=order, columns="s.rid")
    return [r[0] for r in conn.execute(sql, params)]


def fetch_rows(
    conn: sqlite3.Connection,
    kind: PauseKind,
    rids: Sequence[int],
    book: PriceBook | None = None,
) -> dict[int, PausedRow]:
    """The rows for ``rids`` (those still paused), keyed by row id."""
    out: dict[int, PausedRow] = {}
    book = book or PriceBook(conn)
    for start in range(0, len(rids), 500):
        chunk = list(rids[start : start + 500])
        sql, params = build_query(kind, None, rids=chunk, order="s.rid", application=True)
        for r in conn.execute(sql, params):
            row = _row(kind, r, book)
            out[row.rid] = row
    return out


def count_matching(
    conn: sqlite3.Connection, kind: PauseKind, filters: Filters | None, *, now: int
) -> int:
    """How many ``kind`` rows match ``filters`` (cheap: no joins beyond the filters')."""
    params: list[Any] = []
    where = where_clause(kind, filters, now, None, params)
    join = "LEFT JOIN customers AS c ON c.id = s.customer AND c.account = s.account"
    sql = f"SELECT count(*) FROM subscriptions AS s {join} WHERE {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def count(conn: sqlite3.Connection, kind: PauseKind) -> int:
    """How many subscriptions of ``kind`` the cache holds (no filters)."""
    sql = f"SELECT count(*) FROM subscriptions AS s WHERE {_KIND_WHERE[kind]} AND s.deleted = 0"
    return int(conn.execute(sql).fetchone()[0])


def filter_options(conn: sqlite3.Connection, kind: PauseKind) -> FilterOptions:
    """The accounts, currencies and behaviours present among ``kind`` rows."""
    where = f"{_KIND_WHERE[kind]} AND s.deleted = 0"
    accounts = tuple(
        AccountOption(acct, name, n)
        for acct, name, n in conn.execute(
            "SELECT s.account, a.business_name, count(*) FROM subscriptions AS s "
            "LEFT JOIN accounts AS a ON a.id = s.account AND a.account = '' "
            f"WHERE {where} GROUP BY s.account ORDER BY s.account <> '', "
            "a.business_name COLLATE NOCASE, s.account"
        )
    )
    currencies = tuple(
        c
        for (c,) in conn.execute(
            f"SELECT DISTINCT s.currency FROM subscriptions AS s WHERE {where} "
            "AND s.currency IS NOT NULL ORDER BY s.currency"
        )
    )
    behaviors = dict(
        conn.execute(
            f"SELECT s.pause_behavior, count(*) FROM subscriptions AS s WHERE {where} "
            "AND s.pause_behavior IS NOT NULL GROUP BY s.pause_behavior"
        ).fetchall()
    )
    return FilterOptions(accounts, currencies, behaviors)


def platform_applications(conn: sqlite3.Connection) -> frozenset[str]:
    """The platform's own Connect application ids (``ca_…``) the cache knows of.

    Stripe names the application in ``account.application.deauthorized`` events; none
    may be cached, in which case the set is empty and any application counts.
    """
    found = conn.execute(
        "SELECT DISTINCT json_extract(raw, '$.data.object.id') FROM events "
        "WHERE type = 'account.application.deauthorized'"
    ).fetchall()
    return frozenset(r[0] for r in found if isinstance(r[0], str) and r[0].startswith("ca_"))


def connected_accounts(conn: sqlite3.Connection) -> frozenset[str]:
    """Connected accounts the platform can still act on (listed, not deauthorized)."""
    found = conn.execute("SELECT id FROM accounts WHERE account = '' AND deleted = 0")
    return frozenset(r[0] for r in found)


def has_synced(conn: sqlite3.Connection) -> bool:
    """Whether a full sync of this cache ever completed (so the data is complete)."""
    try:
        found = conn.execute(
            "SELECT 1 FROM sync_checkpoints WHERE key = ?", (LAST_COMPLETE_KEY,)
        ).fetchone()
    except sqlite3.Error:
        return False
    return found is not None


PAUSABLE_STATUSES = ("active", "trialing", "past_due", "unpaid")
"""Statuses whose collection can be paused (not ended, not ``status = paused``)."""


def pausable(conn: sqlite3.Connection, search: str = "", *, limit: int = 200) -> list[Candidate]:
    """Subscriptions whose collection could be paused (not paused yet), best matches of
    ``search`` (name, email, subscription or customer id) first, at most ``limit``."""
    params: list[Any] = list(PAUSABLE_STATUSES)
    where = [
        "s.deleted = 0",
        "s.pause_behavior IS NULL",
        f"s.status IN ({','.join('?' * len(PAUSABLE_STATUSES))})",
    ]
    text = search.strip()
    if text:
        pattern = _like(text)
        where.append(
            "(c.name LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\' "
            "OR s.id LIKE ? ESCAPE '\\' OR s.customer LIKE ? ESCAPE '\\')"
        )
        params.extend([pattern] * 4)
    params.append(limit)
    sql = (
        "SELECT s.id, s.account, a.business_name, s.customer, c.name, c.email, s.status, "
        "s.currency, json_extract(s.raw, '$.application') "
        "FROM subscriptions AS s "
        "LEFT JOIN customers AS c ON c.id = s.customer AND c.account = s.account "
        "LEFT JOIN accounts AS a ON a.id = s.account AND a.account = '' AND s.account <> '' "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY c.name IS NULL, c.name COLLATE NOCASE, s.created DESC LIMIT ?"
    )
    return [Candidate(*r) for r in conn.execute(sql, params)]
