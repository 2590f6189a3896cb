"""Writing to the cache: page upserts, events, deletions, checkpoints and cursors.

A :class:`Store` wraps one connection (so it lives on one thread: the sync's writer
thread, or a worker). Every public write is one transaction (``BEGIN IMMEDIATE``), so
a reader never sees half a page, and a sync checkpoint passed to :meth:`Store.upsert`
is written in the *same* transaction as the page it covers: a checkpoint is never ahead
of its data.

Freshness rule: each row carries ``source_ts``, Stripe's clock when that version of the
object was true (the ``Date`` of the HTTP response for listed objects, ``created`` for an
event's object). A write whose ``source_ts`` is older than the row's is dropped, so an
old event never overwrites a newer row, and a page fetched before an event was applied
does not undo it. Ties apply (the later write wins). ``sync_gen`` records which full sync
run last listed a row; events leave it alone.

Deletions: ``customer.deleted``, ``product.deleted``, ``price.deleted`` and
``invoice.deleted`` leave a tombstone (``deleted = 1``, still with its ``source_ts`` so a
stale event cannot resurrect it); queries hide tombstones. After a complete full sync of a
resource, :meth:`Store.sweep` removes rows that the listing no longer returned.

Two write paths give the same rows: :meth:`Store.upsert` (objects flattened in Python by
:mod:`services.cache.flatten`, one ``executemany`` per table) for events and small
writes, and :meth:`Store.write_body` (a whole list response flattened inside SQLite by
:mod:`services.cache.sqlflatten`, GIL released) for the full sync's bulk pages.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.cache.errors import corruption_as_cache_error
from services.cache.flatten import RESOURCES, JSONDict, Resource, ref, row, subscription_items
from services.cache.sqlflatten import COLUMNS as _SQL_COLUMNS
from services.cache.sqlflatten import select_list

PLATFORM = ""
"""The ``account`` value of the platform's own objects."""

EVENT_RETENTION_S = 31 * 24 * 3600
"""How long applied events are kept (Stripe keeps them 30 days)."""

_TOMBSTONE_EVENTS = frozenset(
    {"customer.deleted", "product.deleted", "price.deleted", "invoice.deleted"}
)
_IN_CHUNK = 500  # ids per "IN (...)" lookup

BULK_RESOURCES = frozenset(r for r in _SQL_COLUMNS if r != "subscription_item")
"""Resources :meth:`Store.write_body` can write straight from a response body."""


def _upsert_sql(spec: Resource) -> str:
    cols = (*spec.all_columns, "sync_gen")
    updates = ", ".join(
        f"{c} = excluded.{c}" for c in cols if c not in ("id", "account", "sync_gen")
    )
    return (
        f"INSERT INTO {spec.table} ({', '.join(cols)}) "
        f"VALUES ({', '.join(':' + c for c in cols)}) "
        f"ON CONFLICT (id, account) DO UPDATE SET {updates}, "
        f"sync_gen = coalesce(excluded.sync_gen, {spec.table}.sync_gen) "
        f"WHERE excluded.source_ts >= {spec.table}.source_ts"
    )


_UPSERT_SQL: dict[str, str] = {name: _upsert_sql(spec) for name, spec in RESOURCES.items()}


def _row(
    resource: str,
    obj: JSONDict,
    account: str,
    source_ts: int,
    sync_gen: int | None = None,
    raw: str | None = None,
) -> dict[str, Any]:
    out = row(resource, obj, account, source_ts, raw)
    out["sync_gen"] = sync_gen
    return out


@dataclass
class UpsertResult:
    """What one :meth:`Store.upsert` did."""

    written: int = 0
    """Objects inserted or updated."""
    stale: int = 0
    """Objects skipped because the cached row is newer."""
    ids: list[str] = field(default_factory=list)
    """Ids written, in page order."""


def digest(obj: JSONDict) -> str:
    """A content digest of a JSON object (key order does not matter)."""
    text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class PreparedPage:
    """A page turned into rows, ready for :meth:`Store.write`; made by :func:`prepare`."""

    resource: str
    account: str
    source_ts: int
    sync_gen: int | None
    origin: str
    rows: list[dict[str, Any]]
    items: dict[str, list[dict[str, Any]]] | None = None
    """Subscriptions only: item rows per subscription id."""
    versions: list[tuple[Any, ...]] = field(default_factory=list)
    """Portal configurations only: (id, account, updated, digest, raw) per object."""


def prepare(
    resource: str,
    objects: Sequence[JSONDict],
    account: str = PLATFORM,
    source_ts: int = 0,
    sync_gen: int | None = None,
    origin: str = "sync",
) -> PreparedPage:
    """Turn a page of raw objects into rows, without touching SQLite.

    Fetch threads call this for pages that do not take the SQL bulk path (see
    :meth:`Store.write_body`), so that the parsed JSON can be freed at once: a queue of
    rows (plain strings and numbers) is far cheaper for Python's garbage collector than a
    queue of deeply nested dicts.
    """
    if resource == "account":
        account = PLATFORM  # connected accounts are rows of the platform's view
    rows = [_row(resource, o, account, source_ts, sync_gen) for o in objects]
    page = PreparedPage(resource, account, source_ts, sync_gen, origin, rows)
    if resource == "subscription":
        page.items = {}
        for sub in objects:
            item_rows = []
            for item in subscription_items(sub):
                if item.get("id"):
                    item_row = _row("subscription_item", item, account, source_ts)
                    item_row["subscription"] = item_row["subscription"] or sub["id"]
                    item_rows.append(item_row)
            page.items[sub["id"]] = item_rows
    elif resource == "billing_portal.configuration":
        page.versions = [
            (c["id"], account, c.get("updated"), digest(c), r["raw"])
            for c, r in zip(objects, rows, strict=True)
        ]
    return page


_ITEMS_TABLE = "temp.cf_items"


def _stage_table(resource: str) -> str:
    return "cf_" + RESOURCES[resource].table


def _body_sql(resource: str) -> dict[str, str]:
    """The statements of :meth:`Store.write_body` for ``resource``, in the order they run.

    ``stage_ddl`` makes (once per connection) an in-memory staging table for the resource,
    ``temp.cf_<table>``, whose only plain column is the object's JSON ``v`` and whose
    STORED generated columns hold what every later statement reads: the slot array ``x``
    (one multi-path ``json_extract``, so one parse of the object), the ``id`` and, for
    subscriptions, the embedded item list (``json_extract`` of the same object, which
    SQLite's JSON cache answers without parsing it again). ``stage`` copies each object
    of the page out of the body into it, once: no intermediate (materialized) copy, and
    the JSON text of an object is rendered only once. ``prune`` drops what is not an
    object with a text id, or lies below the range's lower bound. Every later statement
    reads that table instead of parsing the page again: the freshness check and the item
    bookkeeping are plain joins.

    For subscriptions, ``stage_items`` then parses each item list once more, item by item,
    into ``temp.cf_items`` (each item's JSON ``v`` and slot array ``x``, keyed by its
    subscription's row in the staging table). The subscription's ``items_count`` and
    item-based ``current_period_end`` are read from there (the same values as the
    expressions of :mod:`services.cache.sqlflatten`, which would parse and re-render
    every item list twice more), and so are the item rows.
    """
    table = RESOURCES[resource].table
    stage = "temp." + _stage_table(resource)
    is_sub = resource == "subscription"
    sel = select_list(resource, "src.x", "src.v", items="src.items" if is_sub else "")
    assert sel.paths[:2] == ["id", "created"]
    updates = ", ".join(
        f"{c} = excluded.{c}" for c in sel.columns if c not in ("id", "account", "sync_gen")
    )
    exprs = list(sel.exprs)
    items_col = ""
    if is_sub:
        # Only an array is a list of items (as in flatten.subscription_items).
        items_col = (
            "items TEXT AS (CASE json_type(v, '$.items.data') WHEN 'array' "
            "THEN json_extract(v, '$.items.data') END) STORED, "
        )
        isel = select_list("subscription_item", "src.x", "src.v", "src.pid")
        end_slot = isel.paths.index("current_period_end")
        own_end = sel.paths.index("current_period_end")
        item_rows = f"FROM {_ITEMS_TABLE} AS c WHERE c.prow = src.rowid"
        exprs[sel.columns.index("items_count")] = f"(SELECT count(*) {item_rows})"
        exprs[sel.columns.index("current_period_end")] = (
            f"coalesce(json_extract(src.x, '$[{own_end}]'), "
            f"(SELECT min(json_extract(c.x, '$[{end_slot}]')) {item_rows}))"
        )
    out = {
        # v last: the small columns are read without walking the object's overflow pages.
        "stage_ddl": (
            f"CREATE TEMP TABLE IF NOT EXISTS {_stage_table(resource)} ("
            f"x TEXT AS ({sel.extract('v')}) STORED, {items_col}"
            "id TEXT AS (json_extract(x, '$[0]')) STORED, v TEXT)"
        ),
        "clear": f"DELETE FROM {stage}",
        "stage": (
            f"INSERT INTO {stage} (v) "
            "SELECT d.value FROM json_each(CAST(:body AS TEXT), '$.data') AS d"
        ),
        "prune": (
            f"DELETE FROM {stage} WHERE NOT (json_type(x, '$[0]') IS 'text' "
            "AND coalesce(json_extract(x, '$[1]'), 0) >= :lo)"
        ),
        "stale": (
            f"UPDATE {table} SET sync_gen = :sync_gen WHERE account = :account "
            f"AND source_ts > :source_ts AND id IN (SELECT id FROM {stage})"
        ),
        "upsert": (
            f"INSERT INTO {table} ({', '.join(sel.columns)}) "
            f"SELECT {', '.join(exprs)} FROM {stage} AS src WHERE true "
            f"ON CONFLICT (id, account) DO UPDATE SET {updates}, "
            f"sync_gen = coalesce(excluded.sync_gen, {table}.sync_gen) "
            f"WHERE excluded.source_ts >= {table}.source_ts"
        ),
    }
    if is_sub:
        out["items_ddl"] = (
            "CREATE TEMP TABLE IF NOT EXISTS cf_items (prow INTEGER NOT NULL, "
            f"x TEXT AS ({isel.extract('v')}) STORED, v TEXT)"
        )
        out["items_index"] = "CREATE INDEX IF NOT EXISTS temp.cf_items_prow ON cf_items (prow)"
        out["clear_items"] = f"DELETE FROM {_ITEMS_TABLE}"
        out["stage_items"] = (
            f"INSERT INTO {_ITEMS_TABLE} (prow, v) SELECT p.rowid, i.value "
            f"FROM {stage} AS p, json_each(p.items) AS i WHERE i.type = 'object'"
        )
        # Items are replaced only for subscriptions this page actually wrote (a stale
        # subscription keeps its newer items).
        written = (
            "EXISTS (SELECT 1 FROM subscriptions AS s WHERE s.id = p.id "
            "AND s.account = :account AND s.source_ts = :source_ts)"
        )
        iupdates = ", ".join(
            f"{c} = excluded.{c}" for c in isel.columns if c not in ("id", "account", "sync_gen")
        )
        out["items_delete"] = (
            "DELETE FROM subscription_items WHERE account = :account AND subscription IN "
            f"(SELECT p.id FROM {stage} AS p WHERE {written})"
        )
        out["items_insert"] = (
            f"INSERT INTO subscription_items ({', '.join(isel.columns)}) "
            f"SELECT {', '.join(isel.exprs)} FROM (SELECT c.v AS v, c.x AS x, p.id AS pid "
            f"FROM {_ITEMS_TABLE} AS c JOIN {stage} AS p ON p.rowid = c.prow "
            f"WHERE json_type(c.x, '$[0]') = 'text' AND {written} ORDER BY c.rowid) AS src "
            f"WHERE true ON CONFLICT (id, account) DO UPDATE SET {iupdates} "
            "WHERE excluded.source_ts >= subscription_items.source_ts"
        )
    return out


_BODY_SQL: dict[str, dict[str, str]] = {r: _body_sql(r) for r in BULK_RESOURCES}


class Store:
    """Write access to the cache through one connection (use it on that thread only)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | str = "cache") -> None:
        self.conn = conn
        self.path = path

    # -- transactions --------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (rollback on error); joins an open transaction."""
        with corruption_as_cache_error(self.path):
            if self.conn.in_transaction:
                yield self.conn
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    # -- objects -------------------------------------------------------------------
    def upsert(
        self,
        resource: str,
        objects: Sequence[JSONDict],
        *,
        account: str = PLATFORM,
        source_ts: int,
        checkpoint: tuple[str, Any] | None = None,
        origin: str = "sync",
        sync_gen: int | None = None,
    ) -> UpsertResult:
        """Insert or update ``objects`` (one page) and optionally a checkpoint, atomically.

        ``origin`` labels portal configuration versions (``sync``, ``event``, ``saved``).
        ``sync_gen`` marks every object of the page, stale or not, as listed by that full
        sync run (see :meth:`sweep`).
        """
        with self.transaction():
            result = self._upsert(resource, objects, account, source_ts, origin, sync_gen)
            if checkpoint is not None:
                self._set_checkpoint(*checkpoint)
        return result

    def _current_ts(self, table: str, ids: list[str], account: str) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            cur = self.conn.execute(
                f"SELECT id, source_ts FROM {table} WHERE id IN ({marks}) AND account = ?",
                [*chunk, account],
            )
            found.update(cur.fetchall())
        return found

    def write(self, page: PreparedPage) -> UpsertResult:
        """Write a page made by :func:`prepare` (joins an open transaction, else its own)."""
        with self.transaction():
            return self._write(page)

    def _write(self, page: PreparedPage) -> UpsertResult:
        spec = RESOURCES[page.resource]
        account = page.account
        result = UpsertResult()
        ids = [r["id"] for r in page.rows]
        current = self._current_ts(spec.table, ids, account)
        fresh: list[dict[str, Any]] = []
        stale: list[str] = []
        for r in page.rows:
            known = current.get(r["id"])
            if known is not None and known > page.source_ts:
                stale.append(r["id"])
            else:
                fresh.append(r)
        result.stale = len(stale)
        if stale and page.sync_gen is not None:
            self.conn.executemany(
                f"UPDATE {spec.table} SET sync_gen = ? WHERE id = ? AND account = ?",
                [(page.sync_gen, i, account) for i in stale],
            )
        if not fresh:
            return result
        self.conn.executemany(_UPSERT_SQL[page.resource], fresh)
        result.written = len(fresh)
        result.ids = [r["id"] for r in fresh]
        if page.items is not None:
            self.conn.executemany(
                "DELETE FROM subscription_items WHERE subscription = ? AND account = ?",
                [(i, account) for i in result.ids],
            )
            items = [item for i in result.ids for item in page.items.get(i, ())]
            if items:
                self.conn.executemany(_UPSERT_SQL["subscription_item"], items)
        if page.versions:
            now = int(time.time())
            self.conn.executemany(
                "INSERT OR IGNORE INTO portal_configuration_versions "
                "(config_id, account, updated, origin, recorded_at, digest, raw) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*v[:3], page.origin, now, *v[3:]) for v in page.versions if v[0] in result.ids],
            )
        return result

    def write_body(
        self,
        resource: str,
        body: str | bytes,
        *,
        account: str = PLATFORM,
        source_ts: int,
        sync_gen: int | None = None,
        created_from: int = 0,
    ) -> UpsertResult:
        """Upsert every object of a list response's ``data`` (``body``: its JSON text, or
        that text's UTF-8 bytes as they came off the wire, which SQLite reads without
        Python decoding them) whose ``created`` is at least ``created_from``, entirely
        inside SQLite.

        The bulk path of the full sync (see :mod:`services.cache.sqlflatten`): the same
        rows, freshness rule and ``sync_gen`` marking as :meth:`upsert`, in a handful of
        statements per page instead of Python work per object. Only resources in
        :data:`BULK_RESOURCES`; ``result.ids`` stays empty.
        """
        if resource == "account":
            account = PLATFORM
        sql = _BODY_SQL[resource]
        params = {
            "body": body,
            "account": account,
            "source_ts": source_ts,
            "sync_gen": sync_gen,
            "lo": created_from,
        }
        result = UpsertResult()
        conn = self.conn
        with self.transaction():
            conn.execute(sql["stage_ddl"])
            conn.execute(sql["clear"])
            conn.execute(sql["stage"], params)
            conn.execute(sql["prune"], params)
            if resource == "subscription":
                conn.execute(sql["items_ddl"])
                conn.execute(sql["items_index"])
                conn.execute(sql["clear_items"])
                conn.execute(sql["stage_items"])
            # changes(), not rowcount: sqlite3 has no rowcount for WITH statements, and
            # total_changes would count the search index's trigger writes too.
            if sync_gen is not None:
                conn.execute(sql["stale"], params)
                result.stale = int(conn.execute("SELECT changes()").fetchone()[0])
            conn.execute(sql["upsert"], params)
            result.written = int(conn.execute("SELECT changes()").fetchone()[0])
            if resource == "subscription":
                conn.execute(sql["items_delete"], params)
                conn.execute(sql["items_insert"], params)
                conn.execute(sql["clear_items"])
            conn.execute(sql["clear"])
        return result

    def _upsert(
        self,
        resource: str,
        objects: Sequence[JSONDict],
        account: str,
        source_ts: int,
        origin: str,
        sync_gen: int | None = None,
    ) -> UpsertResult:
        return self._write(prepare(resource, objects, account, source_ts, sync_gen, origin))

    def record_portal_configuration(
        self, config: JSONDict, *, account: str = PLATFORM, source_ts: int | None = None
    ) -> None:
        """Store a portal configuration the app just saved, and keep it as a version."""
        ts = source_ts if source_ts is not None else int(config.get("updated") or time.time())
        self.upsert(
            "billing_portal.configuration",
            [config],
            account=account,
            source_ts=ts,
            origin="saved",
        )

    def delete(self, resource: str, ids: Iterable[str], *, account: str = PLATFORM) -> int:
        """Remove rows outright (no tombstone); returns how many went."""
        table = RESOURCES[resource].table
        params = [(i, account) for i in ids]
        with self.transaction():
            cur = self.conn.executemany(f"DELETE FROM {table} WHERE id = ? AND account = ?", params)
            if resource == "subscription":
                self.conn.executemany(
                    "DELETE FROM subscription_items WHERE subscription = ? AND account = ?",
                    params,
                )
        return max(cur.rowcount, 0)

    def sweep(self, resource: str, *, account: str, sync_gen: int, created_before: int) -> int:
        """Delete rows of ``account`` that full sync run ``sync_gen`` did not list.

        Run after a *complete* listing of ``resource`` for ``account`` that started at
        Stripe time ``created_before``: an object it did not return, and that is older
        than the listing (objects created since may have been missed by it, and events
        bring them in), no longer exists on Stripe.
        """
        table = RESOURCES[resource].table
        with self.transaction():
            cur = self.conn.execute(
                f"DELETE FROM {table} WHERE account = ? AND sync_gen IS NOT ? "
                "AND coalesce(created, 0) < ?",
                (account, sync_gen, created_before),
            )
            if resource == "subscription":
                self.conn.execute(
                    "DELETE FROM subscription_items WHERE account = ? AND NOT EXISTS "
                    "(SELECT 1 FROM subscriptions s WHERE s.id = subscription_items.subscription"
                    " AND s.account = subscription_items.account)",
                    (account,),
                )
        return max(cur.rowcount, 0)

    # -- events --------------------------------------------------------------------
    def apply_events(
        self,
        events: Sequence[JSONDict],
        *,
        account: str = PLATFORM,
        cursor: JSONDict | None = None,
        now: int | None = None,
    ) -> int:
        """Apply events (oldest first) of ``account`` in one transaction; returns how many
        changed a row. ``cursor`` (an event) becomes the account's new events cursor in
        the same transaction."""
        changed = 0
        with self.transaction():
            for event in events:
                changed += self._apply_event(event, account)
            if cursor is not None:
                self._set_cursor(account, cursor, now)
            self.conn.execute(
                "DELETE FROM events WHERE created < ?",
                (int(now if now is not None else time.time()) - EVENT_RETENTION_S,),
            )
        return changed

    def apply_event(self, event: JSONDict, *, account: str = PLATFORM) -> bool:
        """Apply one event; True if it changed a row (False if old, seen or not cached)."""
        with self.transaction():
            return self._apply_event(event, account) > 0

    def _apply_event(self, event: JSONDict, account: str) -> int:
        ev_id = event.get("id")
        created = event.get("created")
        if not isinstance(ev_id, str) or not isinstance(created, int):
            return 0
        seen = self.conn.execute(
            "SELECT 1 FROM events WHERE id = ? AND account = ?", (ev_id, account)
        ).fetchone()
        if seen:
            return 0
        self.conn.execute(_UPSERT_SQL["event"], _row("event", event, account, created))
        etype = str(event.get("type") or "")
        obj = event.get("data", {}).get("object")
        owner = event.get("account") or account
        if etype == "account.application.deauthorized" and owner:
            cur = self.conn.execute(
                "UPDATE accounts SET deleted = 1, source_ts = ? "
                "WHERE id = ? AND account = '' AND source_ts <= ?",
                (created, owner, created),
            )
            return max(cur.rowcount, 0)
        if not isinstance(obj, Mapping) or not isinstance(obj.get("id"), str):
            return 0
        kind = obj.get("object")
        if kind not in RESOURCES or kind in ("event", "subscription_item"):
            return 0
        if etype in _TOMBSTONE_EVENTS:
            obj = {**obj, "deleted": True}
        result = self._upsert(str(kind), [obj], str(owner), created, "event")
        return result.written

    def cursor(self, account: str = PLATFORM) -> tuple[str | None, int | None]:
        """The last event seen for ``account``: (event id, created), or (None, None)."""
        found = self.conn.execute(
            "SELECT event_id, event_created FROM event_cursors WHERE account = ?", (account,)
        ).fetchone()
        return (found[0], found[1]) if found else (None, None)

    def set_cursor(self, account: str, event: JSONDict, now: int | None = None) -> None:
        """Make ``event`` the last event seen for ``account``."""
        with self.transaction():
            self._set_cursor(account, event, now)

    def _set_cursor(self, account: str, event: JSONDict, now: int | None) -> None:
        self.conn.execute(
            "INSERT INTO event_cursors (account, event_id, event_created, polled_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (account) DO UPDATE SET "
            "event_id = excluded.event_id, event_created = excluded.event_created, "
            "polled_at = excluded.polled_at",
            (account, event.get("id"), event.get("created"), int(now or time.time())),
        )

    def touch_cursor(self, account: str, now: int | None = None) -> None:
        """Record a poll of ``account`` that found no new event."""
        with self.transaction():
            self.conn.execute(
                "UPDATE event_cursors SET polled_at = ? WHERE account = ?",
                (int(now or time.time()), account),
            )

    # -- checkpoints ---------------------------------------------------------------
    def _set_checkpoint(self, key: str, value: Any) -> None:
        if value is None:
            self.conn.execute("DELETE FROM sync_checkpoints WHERE key = ?", (key,))
            return
        self.conn.execute(
            "INSERT INTO sync_checkpoints (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            (key, json.dumps(value, separators=(",", ":")), int(time.time())),
        )

    def set_checkpoint(self, key: str, value: Any) -> None:
        """Store ``value`` (JSON-able; None deletes) under ``key``."""
        with self.transaction():
            self._set_checkpoint(key, value)

    def checkpoint(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        found = self.conn.execute(
            "SELECT value FROM sync_checkpoints WHERE key = ?", (key,)
        ).fetchone()
        return json.loads(found[0]) if found else None

    def checkpoints(self, prefix: str) -> dict[str, Any]:
        """Every checkpoint whose key starts with ``prefix``."""
        cur = self.conn.execute(
            "SELECT key, value FROM sync_checkpoints WHERE substr(key, 1, ?) = ?",
            (len(prefix), prefix),
        )
        return {k: json.loads(v) for k, v in cur.fetchall()}

    def clear_checkpoints(self, prefix: str) -> None:
        """Delete every checkpoint whose key starts with ``prefix``."""
        with self.transaction():
            self.conn.execute(
                "DELETE FROM sync_checkpoints WHERE substr(key, 1, ?) = ?",
                (len(prefix), prefix),
            )

    # -- reads ---------------------------------------------------------------------
    def get(self, resource: str, ident: str, *, account: str = PLATFORM) -> dict[str, Any] | None:
        """The cached raw object (parsed), or None if absent or deleted."""
        table = RESOURCES[resource].table
        found = self.conn.execute(
            f"SELECT raw FROM {table} WHERE id = ? AND account = ? AND deleted = 0",
            (ident, account),
        ).fetchone()
        return json.loads(found[0]) if found else None

    def count(self, resource: str, *, account: str | None = None) -> int:
        """Live (not deleted) rows of ``resource``, for one account or all."""
        table = RESOURCES[resource].table
        if account is None:
            sql, params = f"SELECT count(*) FROM {table} WHERE deleted = 0", ()
        else:
            sql = f"SELECT count(*) FROM {table} WHERE deleted = 0 AND account = ?"
            params = (account,)  # type: ignore[assignment]
        return int(self.conn.execute(sql, params).fetchone()[0])

    def has_rows(self, resource: str, *, account: str = PLATFORM) -> bool:
        """Whether the cache holds any row of ``resource`` for ``account`` (even deleted)."""
        table = RESOURCES[resource].table
        if resource == "account":
            account = PLATFORM  # connected accounts are rows of the platform's view
        found = self.conn.execute(
            f"SELECT EXISTS (SELECT 1 FROM {table} WHERE account = ?)", (account,)
        ).fetchone()
        return bool(found[0])

    def ids(self, resource: str, *, account: str = PLATFORM) -> list[str]:
        """Ids of live rows of ``resource`` for ``account`` (tests and diagnostics)."""
        table = RESOURCES[resource].table
        cur = self.conn.execute(
            f"SELECT id FROM {table} WHERE account = ? AND deleted = 0", (account,)
        )
        return [r[0] for r in cur.fetchall()]


__all__ = ["PLATFORM", "Store", "UpsertResult", "digest", "ref"]
