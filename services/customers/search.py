"""Search-as-you-type over the cached customers: ranked tiers, lazy pages, any text safe.

This extends :mod:`services.cache.search` (same index, same sanitising rules, see
:mod:`services.customers.tokens`: no typed text can be an FTS5 syntax error) with what the
Customers panel needs:

Ranking, as tiers shown in this order (each excludes the rows of the tiers before it):

1. ``id`` -- the customer whose id is the text (deleted ones too, so a pasted id of a deleted
   customer says so instead of "not found");
2. ``email`` -- customers whose email is the text (case-insensitive);
3. ``name`` -- customers whose name starts with the text, by name;
4. ``email_prefix`` -- when the text has an ``@``: emails starting with the text, by email;
5. ``text`` -- every word of the text is a prefix of a word of the name, email, phone,
   description, id or a metadata value (FTS5), in index order.

An empty text lists customers newest first (``recent``). A text whose words are all one
character long has no ``text`` tier (a one-letter prefix would merge the doclists of every
term with that letter); the ``name`` tier covers it.

Pages: :func:`search_page` returns one page and a :class:`Cursor` for the next (keyset
paging inside each tier), so a lazy model can fetch more as the view scrolls;
:func:`search_rows` follows cursors until it has as many rows as asked for (a block of a
lazy model, read again from the cursor it started at). :func:`browse_outline` maps the whole
newest-first list (the empty search) in one pass: how many rows it has and the cursor at
which each block of it starts, so a model can show every row and read any block directly.

Connections: :class:`ConnectionPool` lends reading connections to worker tasks and keeps
them between tasks (their page caches stay warm, :class:`AccountMemo` finds its entries).

Speed on a million customers (see ``tests/benchmarks/bench_customers.py``):

- the index has prefix indexes of 2 and 3 characters; a longer prefix (``"exam"*``) makes
  FTS5 merge the doclists of every term it covers before returning anything (~40 ms when the
  term is in every row, like an email domain). So words longer than 3 characters are first
  searched through their 3-character prefix, which streams newest-first with ``LIMIT``, and
  checked in Python against the row's words (:func:`words_of`). When that check rejects
  most candidates, the words that rejected them are rare and are searched exactly instead
  (cheap because rare), keeping the common ones on the streaming path; as a last resort the
  plain query runs.
- an account filter on a small account (:data:`SMALL_ACCOUNT` customers or fewer) reads that
  account's rows and ranks them in Python instead of scanning the index for the few rows
  that belong to it.

Tokenising lives in :mod:`services.customers.tokens`; the Search API and lookup by id, for
customers the cache does not have yet, in :mod:`services.customers.remote`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.customers.tokens import (
    clean_text,
    fold,
    looks_like_customer_id,
    match_expression,
    query_words,
)

PAGE_SIZE = 50
"""Rows per page (the first page is what a keystroke waits for)."""
SMALL_ACCOUNT = 3000
"""An account filter on an account with at most this many customers ranks in Python."""
PREFIX_INDEXED = 3
"""The longest prefix the FTS index keeps (``prefix='2 3'``)."""
DIRECT_FROM = 8
"""Words this long are searched as they are: a prefix that long covers few rows."""
CHUNK = 64
"""Candidates read per step of the verified streaming scan."""
BUDGET = 256
"""Candidates the verified scan may read before it changes strategy."""
HOT_SHARE = 0.9
"""A word matched by this share of its candidates stays on the streaming path."""
MEDIUM_ACCOUNT = 200_000
"""An account filter on an account with fewer customers filters by a set of its row ids."""
ID_CHUNK = 2048
"""Row ids read per step when filtering by a set of row ids."""
SIZE_TTL_S = 60.0
"""How long an account's size class is remembered."""
ID_SCAN_CAP = 400_000
"""Row ids one page may read when filtering by a set of row ids."""

TIERS = ("id", "email", "name", "email_prefix", "text")
"""The ranking tiers of a non-empty search, best first."""

_ROWID_MAX = (1 << 63) - 1
_COLS = (
    "c.rid, c.id, c.account, c.name, c.email, c.phone, c.description, c.created, c.deleted, "
    "c.metadata_text"
)


# -- results ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Hit:
    """One customer in a result list."""

    rid: int
    id: str
    account: str
    name: str | None
    email: str | None
    phone: str | None
    description: str | None
    created: int | None
    match: str
    """Which tier found it: one of :data:`TIERS`, ``recent``, ``stripe`` or ``lookup``."""
    deleted: bool = False

    def to_json(self) -> dict[str, Any]:
        """The JSON object ``counterfoil customers search --json`` prints."""
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "account": self.account or None,
            "created": self.created,
            "deleted": self.deleted,
            "match": self.match,
        }


def _hit(row: Sequence[Any], match: str) -> Hit:
    return Hit(
        rid=int(row[0]),
        id=str(row[1]),
        account=str(row[2] or ""),
        name=row[3],
        email=row[4],
        phone=row[5],
        description=row[6],
        created=row[7],
        match=match,
        deleted=bool(row[8]),
    )


def hit_from_object(obj: dict[str, Any], account: str, match: str) -> Hit:
    """A :class:`Hit` for a customer object straight from Stripe (not from the cache)."""
    created = obj.get("created")
    return Hit(
        rid=0,
        id=str(obj.get("id")),
        account=account,
        name=obj.get("name"),
        email=obj.get("email"),
        phone=obj.get("phone"),
        description=obj.get("description"),
        created=created if isinstance(created, int) else None,
        match=match,
        deleted=bool(obj.get("deleted")),
    )


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: a tier and the keyset position inside it."""

    tier: str
    key: tuple[Any, ...] = ()


@dataclass
class Page:
    """One page of results and the cursor of the next page (None: nothing more)."""

    hits: list[Hit]
    cursor: Cursor | None
    stats: dict[str, int] = field(default_factory=dict)
    """Diagnostics: candidates read by the verified scan, fallbacks taken."""


@dataclass(frozen=True)
class Query:
    """Typed text prepared for searching."""

    text: str
    account: str | None
    words: tuple[str, ...]
    domain_words: frozenset[str] = frozenset()
    """Words after an ``@`` (an email's domain)."""

    @classmethod
    def parse(cls, text: str, account: str | None = None) -> Query:
        cleaned = clean_text(text)
        words = query_words(cleaned)
        if looks_like_customer_id(cleaned) and words[:1] == ["cus"]:
            words = words[1:]  # every customer id has the word "cus": it narrows nothing
        domain = frozenset(query_words(cleaned.rsplit("@", 1)[1])) if "@" in cleaned else None
        return cls(cleaned, account, tuple(words), domain or frozenset())

    @property
    def upper(self) -> str:
        """The smallest string above every string starting with the text (for ranges).

        The ranges compare with ``COLLATE NOCASE``, which folds ASCII capitals to small
        letters on both sides, so the bound is taken after folding: for "Z" it is "{"
        (above "z…"), not "[" (which folds to nothing and would end the range at once).
        """
        return _next_prefix(_nocase(self.text))


def _next_prefix(prefix: str) -> str:
    if not prefix:
        return "\U0010ffff"
    return prefix[:-1] + chr(min(ord(prefix[-1]) + 1, 0x10FFFF))


# -- mid-sized accounts: a set of their row ids ------------------------------------------------
def _excluded(q: Query, tier: str, row: Sequence[Any]) -> bool:
    """Whether ``row`` is deleted or belongs to a tier before ``tier`` (``_Sql.excluding`` in
    Python, for rows filtered by row id)."""
    if row[8]:
        return True
    order = TIERS.index(tier)
    low = _nocase(q.text)
    name, email = _nocase(row[3] or ""), _nocase(row[4] or "")
    has_at = "@" in q.text
    return (
        (order > 0 and row[1] == q.text)
        or (order > 1 and has_at and email == low)
        or (order > 2 and name.startswith(low) and bool(row[3]))
        or (order > 3 and has_at and email.startswith(low) and bool(row[4]))
    )


def _fetch_rows(conn: sqlite3.Connection, rids: list[int]) -> dict[int, tuple[Any, ...]]:
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(rids), 500):
        chunk = rids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT {_COLS} FROM customers c WHERE c.rid IN ({marks})", chunk):
            found[int(row[0])] = row
    return found


def _filtered_ids(
    conn: sqlite3.Connection,
    sql: str,
    params: Callable[[Any], tuple[Any, ...]],
    start: Any,
    rids: frozenset[int],
    keep: Callable[[tuple[Any, ...]], bool],
    limit: int,
    stats: dict[str, int],
    *,
    key: Callable[[tuple[Any, ...]], Any] = lambda r: int(r[0]),
) -> tuple[list[tuple[Any, ...]], Any, bool]:
    """Stream ids (``sql``: rows starting with the row id, ordered, ``LIMIT ?`` last) from an
    index, keep those in ``rids``, fetch their rows and keep those ``keep`` accepts.

    ``params(position)`` gives the parameters for the part after ``position`` (``start`` at
    first; then the ``key`` of the last id row read). Returns (rows, the position reached,
    whether the ids ran out). At most :data:`ID_SCAN_CAP` ids are read per call.
    """
    rows: list[tuple[Any, ...]] = []
    position = start
    read = 0
    while len(rows) < limit and read < ID_SCAN_CAP:
        ids = conn.execute(sql, params(position)).fetchall()
        read += len(ids)
        if not ids:
            return rows, position, True
        wanted = [r for r in ids if int(r[0]) in rids]
        fetched = _fetch_rows(conn, [int(r[0]) for r in wanted])
        for r in wanted:
            row = fetched.get(int(r[0]))
            if row is not None and keep(row):
                rows.append(row)
                if len(rows) >= limit:
                    stats["ids"] = stats.get("ids", 0) + read
                    return rows, key(r), False
        position = key(ids[-1])
        if len(ids) < ID_CHUNK:
            stats["ids"] = stats.get("ids", 0) + read
            return rows, position, True
    stats["ids"] = stats.get("ids", 0) + read
    return rows, position, False


# -- the tiers --------------------------------------------------------------------------------
class _Sql:
    """Shared WHERE fragments for one query: account filter and exclusion of earlier tiers."""

    def __init__(self, q: Query) -> None:
        self.q = q
        # "+": never let the account index drive these queries (the name, email and FTS
        # orders must); the account filter is checked per row instead.
        self.acc = "" if q.account is None else " AND +c.account = ?"
        self.acc_params: tuple[Any, ...] = () if q.account is None else (q.account,)

    def excluding(self, tier: str) -> tuple[str, tuple[Any, ...]]:
        """Predicates keeping out rows an earlier tier than ``tier`` already showed."""
        q = self.q
        parts: list[str] = []
        params: list[Any] = []
        order = TIERS.index(tier)
        if order > 0:
            parts.append("c.id <> ?")
            params.append(q.text)
        if order > 1 and "@" in q.text:
            parts.append("coalesce(c.email <> ? COLLATE NOCASE, 1)")
            params.append(q.text)
        if order > 2:
            parts.append(
                "NOT coalesce(c.name >= ? COLLATE NOCASE AND c.name < ? COLLATE NOCASE, 0)"
            )
            params += [q.text, q.upper]
        if order > 3 and "@" in q.text:
            parts.append(
                "NOT coalesce(c.email >= ? COLLATE NOCASE AND c.email < ? COLLATE NOCASE, 0)"
            )
            params += [q.text, q.upper]
        sql = "".join(" AND " + p for p in parts)
        return sql, tuple(params)


def _exact(conn: sqlite3.Connection, q: Query, limit: int) -> list[Hit]:
    sql = _Sql(q)
    hits = [
        _hit(r, "id")
        for r in conn.execute(
            f"SELECT {_COLS} FROM customers c WHERE c.id = ?{sql.acc} ORDER BY c.deleted, c.rid",
            (q.text, *sql.acc_params),
        ).fetchall()
    ]
    if "@" in q.text:
        rows = conn.execute(
            f"SELECT {_COLS} FROM customers c WHERE c.email = ? COLLATE NOCASE "
            f"AND c.deleted = 0{sql.acc} AND c.id <> ? ORDER BY c.created DESC, c.rid DESC "
            "LIMIT ?",
            (q.text, *sql.acc_params, q.text, limit),
        ).fetchall()
        hits += [_hit(r, "email") for r in rows]
    return hits[:limit]


def _range_tier(
    conn: sqlite3.Connection,
    q: Query,
    tier: str,
    column: str,
    key: tuple[Any, ...],
    limit: int,
    rids: frozenset[int] | None = None,
    stats: dict[str, int] | None = None,
) -> tuple[list[Hit], tuple[Any, ...] | None]:
    """Rows whose ``column`` starts with the text, by (column NOCASE, rid), keyset paged.

    With ``rids`` (a mid-sized account's row ids) the index is read alone (it covers the
    column and the row id) and only the rows of the account are fetched."""
    if rids is not None:
        ids_sql = (
            f"SELECT c.rid, c.{column} FROM customers c WHERE c.{column} >= ? COLLATE NOCASE "
            f"AND c.{column} < ? COLLATE NOCASE AND (c.{column} COLLATE NOCASE, c.rid) > (?, ?) "
            f"ORDER BY c.{column} COLLATE NOCASE, c.rid LIMIT ?"
        )
        got, reached, exhausted = _filtered_ids(
            conn,
            ids_sql,
            lambda pos: (q.text, q.upper, *pos, ID_CHUNK),
            tuple(key) if key else (q.text, -1),
            rids,
            lambda row: not _excluded(q, tier, row),
            limit,
            stats if stats is not None else {},
            key=lambda r: (r[1], int(r[0])),
        )
        hits = [_hit(r, tier) for r in got]
        return hits, (None if exhausted else tuple(reached))
    sql = _Sql(q)
    excl, excl_params = sql.excluding(tier)
    after = ""
    after_params: tuple[Any, ...] = ()
    if key:
        after = f" AND (c.{column} COLLATE NOCASE, c.rid) > (?, ?)"
        after_params = (key[0], key[1])
    rows = conn.execute(
        f"SELECT {_COLS}, c.{column} FROM customers c "
        f"WHERE c.{column} >= ? COLLATE NOCASE AND c.{column} < ? COLLATE NOCASE "
        f"AND c.deleted = 0{sql.acc}{excl}{after} "
        f"ORDER BY c.{column} COLLATE NOCASE, c.rid LIMIT ?",
        (q.text, q.upper, *sql.acc_params, *excl_params, *after_params, limit),
    ).fetchall()
    hits = [_hit(r, tier) for r in rows]
    nxt = (rows[-1][-1], rows[-1][0]) if len(rows) == limit else None
    return hits, nxt


DRIVERS = 2
"""Words of a query that drive the index; the others are checked on the candidates."""


def _drivers(words: list[str], common: frozenset[str] = frozenset()) -> list[str]:
    """The words likely to match the fewest rows, at most :data:`DRIVERS`: not ``common``
    (an email's domain: shared by many customers), with digits, then longer; every word
    long enough to be searched as it is, too. The rest ("example", "co" of a domain) have
    enormous doclists and decide little: intersecting them in the index costs more than
    checking them on a few candidates."""
    ranked = sorted(
        words,
        key=lambda w: (w not in common, any(c.isdigit() for c in w), len(w)),
        reverse=True,
    )
    chosen = ranked[:DRIVERS]
    return [w for w in words if w in chosen or len(w) >= DIRECT_FROM]


class _TextScan:
    """The ``text`` tier: FTS5 newest-rowid-first with the verified streaming fast path."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        q: Query,
        stats: dict[str, int],
        rids: frozenset[int] | None = None,
    ) -> None:
        self.conn = conn
        self.q = q
        self.stats = stats
        self.rids = rids
        sql = _Sql(q)
        excl, excl_params = sql.excluding("text")
        self.sql = (
            f"SELECT {_COLS} FROM customers_fts f JOIN customers c ON c.rid = f.rowid "
            f"WHERE customers_fts MATCH ? AND f.rowid < ? AND c.deleted = 0{sql.acc}{excl} "
            "ORDER BY f.rowid DESC LIMIT ?"
        )
        self.params = (*sql.acc_params, *excl_params)

    def _rows(self, match: str, before: int, limit: int) -> tuple[list[Any], int, bool]:
        """Up to ``limit`` candidate rows below rowid ``before``: (rows, the rowid to continue
        below, whether the candidates ran out)."""
        if self.rids is None:
            rows = self.conn.execute(self.sql, (match, before, *self.params, limit)).fetchall()
            return rows, (int(rows[-1][0]) if rows else before), len(rows) < limit
        return _filtered_ids(
            self.conn,
            "SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? AND rowid < ? "
            "ORDER BY rowid DESC LIMIT ?",
            lambda last: (match, last, ID_CHUNK),
            before,
            self.rids,
            lambda row: not _excluded(self.q, "text", row),
            limit,
            self.stats,
        )

    def page(self, before: int, limit: int) -> tuple[list[Hit], int | None]:
        words = list(self.q.words)
        drivers = _drivers(words, self.q.domain_words)
        proxied = [w for w in drivers if PREFIX_INDEXED < len(w) < DIRECT_FROM]
        checked = proxied + [w for w in words if w not in drivers]
        if not checked:
            return self._plain(words, before, limit)
        hits: list[Hit] = []
        # Stage 1: the most selective words drive the index (a long one through its indexed
        # 3-character prefix); every other word is checked on the candidates.
        match = match_expression([w[:PREFIX_INDEXED] if w in proxied else w for w in drivers])
        assert match is not None
        got, before, done, counts, scanned = self._verified(match, checked, before, limit)
        hits += got
        if done or len(hits) >= limit:
            return hits, (None if done else before)
        # Stage 2: the words that rejected most candidates are rare: they join the index
        # query as they are (a cheap merge, because they are rare); the common ones stay
        # checked on the candidates.
        self.stats["fallbacks"] = self.stats.get("fallbacks", 0) + 1
        hot = [w for w in checked if counts.get(w, 0) >= HOT_SHARE * max(scanned, 1)]
        if len(hot) < len(checked):
            exact = [w for w in drivers if w not in proxied]
            indexed = exact + [w for w in checked if w not in hot]
            match = match_expression(indexed)
            assert match is not None
            got, before, done, _, _ = self._verified(match, hot, before, limit - len(hits))
            hits += got
            if done or len(hits) >= limit:
                return hits, (None if done else before)
            self.stats["fallbacks"] += 1
        # Stage 3: the plain query.
        got, nxt = self._plain(words, before, limit - len(hits))
        return hits + got, nxt

    def _plain(self, words: list[str], before: int, limit: int) -> tuple[list[Hit], int | None]:
        match = match_expression(words)
        if match is None or limit <= 0:
            return [], None
        rows, after, exhausted = self._rows(match, before, limit)
        hits = [_hit(r, "text") for r in rows]
        return hits, (None if exhausted else after)

    def _verified(
        self, match: str, check: list[str], before: int, limit: int
    ) -> tuple[list[Hit], int, bool, dict[str, int], int]:
        """Stream candidates of ``match`` and keep those whose words start with every word in
        ``check``, for at most :data:`BUDGET` candidates. Returns (hits, the rowid to continue
        below, whether the candidates ran out, matches per word, candidates read)."""
        hits: list[Hit] = []
        counts: dict[str, int] = dict.fromkeys(check, 0)
        scanned = 0
        exhausted = False
        while not exhausted and scanned < BUDGET and len(hits) < limit:
            rows, after, exhausted = self._rows(match, before, CHUNK)
            for r in rows:
                scanned += 1
                hay = haystack(r)
                ok = True
                for w in check:
                    if " " + w in hay:
                        counts[w] += 1
                    else:
                        ok = False
                if ok:
                    hits.append(_hit(r, "text"))
                    if len(hits) >= limit:
                        before, exhausted = int(r[0]), False
                        break
            else:
                before = after
        self.stats["scanned"] = self.stats.get("scanned", 0) + scanned
        return hits, before, exhausted, counts, scanned


def haystack(row: Sequence[Any]) -> str:
    """A row's indexed text folded like the index, with a space before every word: a query
    word ``w`` is a prefix of one of the row's words exactly when ``" " + w`` occurs in it."""
    return " " + fold(
        " ".join(str(v) for v in (row[3], row[4], row[5], row[6], row[1], row[9]) if v)
    )


# -- small accounts, ranked in Python ---------------------------------------------------------
def _account_size(conn: sqlite3.Connection, account: str) -> int:
    """Customers of ``account``, counted up to :data:`MEDIUM_ACCOUNT` (an index-only read)."""
    return int(
        conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM customers WHERE account = ? LIMIT ?)",
            (account, MEDIUM_ACCOUNT),
        ).fetchone()[0]
    )


def _account_rids(conn: sqlite3.Connection, account: str) -> frozenset[int]:
    """The row ids of ``account``'s customers (an index-only read)."""
    ids = conn.execute("SELECT rid FROM customers WHERE account = ?", (account,))
    return frozenset(int(r[0]) for r in ids)


@dataclass
class _Prepared:
    """A small account's rows, with what ranking needs precomputed."""

    rows: list[tuple[Any, ...]]
    hays: list[str]
    names: list[str]
    emails: list[str]


def _prepare(conn: sqlite3.Connection, account: str) -> _Prepared:
    rows = conn.execute(f"SELECT {_COLS} FROM customers c WHERE c.account = ?", (account,))
    out = _Prepared([], [], [], [])
    for r in rows:
        out.rows.append(r)
        out.hays.append(haystack(r))
        out.names.append(_nocase(r[3]) if r[3] else "")
        out.emails.append(_nocase(r[4]) if r[4] else "")
    return out


class AccountMemo:
    """Keeps a small account's prepared rows between keystrokes, per connection.

    Typing with an account filter asks for the same account again and again; reading its
    rows (scattered through the file) is most of the cost, so they are kept until the
    database changes (``PRAGMA data_version`` for other connections' commits, the
    connection's own ``total_changes`` for its writes). Safe to share between threads:
    each connection stays on its own thread and the table is locked.
    """

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._entries: list[tuple[sqlite3.Connection, tuple[str, str], tuple[int, int], Any]] = []
        self._sizes: dict[str, tuple[sqlite3.Connection, float, int]] = {}

    def prepared(self, conn: sqlite3.Connection, account: str) -> _Prepared:
        """The rows of a small account."""
        found = self._remember(conn, ("rows", account), lambda: _prepare(conn, account))
        assert isinstance(found, _Prepared)
        return found

    def strategy(self, conn: sqlite3.Connection, account: str) -> _Prepared | frozenset[int] | None:
        """How to filter by ``account``: its rows (small), a set of its row ids (mid-sized)
        or None (large: filter row by row)."""
        size = self._size(conn, account)
        if size <= SMALL_ACCOUNT:
            return self.prepared(conn, account)
        if size >= MEDIUM_ACCOUNT:
            return None
        found = self._remember(conn, ("rids", account), lambda: _account_rids(conn, account))
        assert isinstance(found, frozenset)
        return found

    def _size(self, conn: sqlite3.Connection, account: str) -> int:
        """How many customers ``account`` has, up to :data:`MEDIUM_ACCOUNT` (remembered for a
        minute whatever changes: counting a big account's index takes tens of ms, and a
        sync rarely moves an account across a threshold)."""
        now = time.monotonic()
        with self._lock:
            known = self._sizes.get(account)
        if known is not None and known[0] is conn and now - known[1] < SIZE_TTL_S:
            return known[2]
        size = _account_size(conn, account)
        with self._lock:
            self._sizes[account] = (conn, now, size)
        return size

    def _remember(self, conn: sqlite3.Connection, what: tuple[str, str], make: Any) -> Any:
        version = (int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes)
        with self._lock:
            for entry in self._entries:
                if entry[0] is conn and entry[1] == what and entry[2] == version:
                    return entry[3]
        found = make()
        with self._lock:
            self._entries = [e for e in self._entries if not (e[0] is conn and e[1] == what)]
            self._entries.insert(0, (conn, what, version, found))
            del self._entries[self.size :]
        return found


def _rank_in_python(
    conn: sqlite3.Connection, q: Query, memo: AccountMemo | None
) -> list[tuple[tuple[Any, ...], str]]:
    """Every result of ``q`` for a small account as (row, tier), in tier order."""
    assert q.account is not None
    data = memo.prepared(conn, q.account) if memo is not None else _prepare(conn, q.account)
    text = q.text
    low = _nocase(text)
    size = len(text)
    has_at = "@" in text
    needles = [" " + w for w in q.words]
    ranked: list[tuple[Any, ...]] = []
    for i, r in enumerate(data.rows):
        if r[1] == text:
            ranked.append((0, bool(r[8]), int(r[0]), i, "id"))
            continue
        if r[8]:
            continue
        name, email = data.names[i], data.emails[i]
        if has_at and email == low:
            ranked.append((1, -(r[7] or 0), -int(r[0]), i, "email"))
        elif name[:size] == low:
            ranked.append((2, name, int(r[0]), i, "name"))
        elif has_at and email[:size] == low:
            ranked.append((3, email, int(r[0]), i, "email_prefix"))
        elif needles:
            hay = data.hays[i]
            if all(n in hay for n in needles):
                ranked.append((4, -int(r[0]), 0, i, "text"))
    ranked.sort(key=lambda x: x[:3])
    return [(data.rows[x[3]], x[4]) for x in ranked]


def _nocase(text: str) -> str:
    """SQLite's NOCASE: only ASCII letters are folded."""
    return text.lower() if text.isascii() else text.translate(_NOCASE)


_NOCASE = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


# -- pages ------------------------------------------------------------------------------------
def recent_page(
    conn: sqlite3.Connection, account: str | None, key: tuple[Any, ...], limit: int
) -> tuple[list[Hit], tuple[Any, ...] | None]:
    """Customers newest first (the list shown before anything is typed)."""
    acc = "" if account is None else " AND c.account = ?"
    params: tuple[Any, ...] = () if account is None else (account,)
    after = ""
    if key:
        after = " AND (c.created, c.rid) < (?, ?)"
        params += (key[0], key[1])
    rows = conn.execute(
        f"SELECT {_COLS} FROM customers c WHERE c.deleted = 0{acc}{after} "
        "ORDER BY c.created DESC, c.rid DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    hits = [_hit(r, "recent") for r in rows]
    nxt = (rows[-1][7], rows[-1][0]) if len(rows) == limit else None
    return hits, nxt


def search_page(
    conn: sqlite3.Connection,
    text: str,
    *,
    account: str | None = None,
    cursor: Cursor | None = None,
    limit: int = PAGE_SIZE,
    memo: AccountMemo | None = None,
) -> Page:
    """One page of customers for ``text`` (see the module docstring for the ranking).

    ``account`` limits the search to one account ('' = the platform, ``acct_…``); None
    searches all. Pass the returned cursor back to get the next page. ``memo`` keeps a small
    account's rows between calls (see :class:`AccountMemo`). Never raises for any ``text``.
    """
    q = Query.parse(text, account)
    stats: dict[str, int] = {}
    if limit <= 0:
        return Page([], None, stats)
    if not q.text:
        recent, after = recent_page(conn, account, cursor.key if cursor else (), limit)
        return Page(recent, Cursor("recent", after) if after is not None else None, stats)
    rids: frozenset[int] | None = None
    if account is not None:
        memo = memo or AccountMemo()
        strategy = memo.strategy(conn, account)
        if isinstance(strategy, _Prepared) or (cursor is not None and cursor.tier == "ranked"):
            offset = int(cursor.key[0]) if cursor is not None and cursor.key else 0
            ranked = _rank_in_python(conn, q, memo)
            more = offset + limit < len(ranked)
            return Page(
                [_hit(row, match) for row, match in ranked[offset : offset + limit]],
                Cursor("ranked", (offset + limit,)) if more else None,
                stats,
            )
        rids = strategy
    return _tiered_page(conn, q, cursor, limit, stats, rids)


_NEXT_TIER = {"id": "name", "name": "email_prefix", "email_prefix": "text", "text": "done"}
"""The tier after each one ("email" has no entry: the ``id`` step covers id and email)."""


def _tiered_page(
    conn: sqlite3.Connection,
    q: Query,
    cursor: Cursor | None,
    limit: int,
    stats: dict[str, int],
    rids: frozenset[int] | None,
) -> Page:
    hits: list[Hit] = []
    tier, key = (cursor.tier, cursor.key) if cursor is not None else ("id", ())
    while len(hits) < limit and tier != "done":
        room = limit - len(hits)
        nxt: tuple[Any, ...] | None = None
        if tier == "id":
            hits += _exact(conn, q, room)
        elif tier == "name":
            got, nxt = _range_tier(conn, q, "name", "name", key, room, rids, stats)
            hits += got
        elif tier == "email_prefix" and "@" in q.text:
            got, nxt = _range_tier(conn, q, "email_prefix", "email", key, room, rids, stats)
            hits += got
        elif tier == "text" and q.words:
            before = int(key[0]) if key else _ROWID_MAX
            got, after = _TextScan(conn, q, stats, rids).page(before, room)
            hits += got
            nxt = (after,) if after is not None else None
        if nxt is not None:
            return Page(hits, Cursor(tier, nxt), stats)
        tier, key = _NEXT_TIER.get(tier, "done"), ()
    return Page(hits, Cursor(tier, ()) if tier != "done" else None, stats)


def search_rows(
    conn: sqlite3.Connection,
    text: str,
    *,
    account: str | None = None,
    cursor: Cursor | None = None,
    count: int = PAGE_SIZE,
    memo: AccountMemo | None = None,
    rounds: int = 8,
) -> Page:
    """Up to ``count`` results from ``cursor`` on, following cursors: a page can come back
    short with a cursor (a mid-sized account's scan stops after :data:`ID_SCAN_CAP` row
    ids). At most ``rounds`` pages are read; the returned cursor continues after the last
    row returned (None: nothing more)."""
    hits: list[Hit] = []
    stats: dict[str, int] = {}
    for _ in range(max(1, rounds)):
        page = search_page(
            conn, text, account=account, cursor=cursor, limit=count - len(hits), memo=memo
        )
        hits += page.hits
        cursor = page.cursor
        for key, value in page.stats.items():
            stats[key] = stats.get(key, 0) + value
        if cursor is None or len(hits) >= count:
            break
    return Page(hits, cursor, stats)


def browses(text: str) -> bool:
    """Whether ``text`` searches nothing, so :func:`search_page` lists customers newest first."""
    return not clean_text(text)


@dataclass(frozen=True)
class Outline:
    """The newest-first list in blocks: how many rows it has and where each block starts."""

    total: int
    starts: list[Cursor | None]
    """The cursor of each block's first row (None for the first block): block ``b`` is
    ``recent_page(key=starts[b].key, limit=block)``."""
    block: int


def browse_outline(conn: sqlite3.Connection, account: str | None, block: int = 200) -> Outline:
    """Map the newest-first list (the empty search) in blocks of ``block`` rows, in one pass.

    One walk of the ``created`` index in SQLite (the GIL is released meanwhile) picks the
    last row of every block: about a second for a million customers, because every entry's
    row is read to leave deleted customers out. Rows without a ``created`` are left out,
    as keyset paging never reaches them.
    """
    acc = "" if account is None else " AND c.account = ?"
    params: tuple[Any, ...] = () if account is None else (account,)
    ends = conn.execute(
        "SELECT created, rid FROM (SELECT row_number() OVER "
        "(ORDER BY c.created DESC, c.rid DESC) AS n, c.created, c.rid FROM customers c "
        f"WHERE c.deleted = 0 AND c.created IS NOT NULL{acc}) WHERE n % ? = 0",
        (*params, block),
    ).fetchall()
    starts: list[Cursor | None] = [None]
    starts += [Cursor("recent", (int(r[0]), int(r[1]))) for r in ends]
    after = ""
    after_params: tuple[Any, ...] = ()
    if ends:
        after = " AND (c.created, c.rid) < (?, ?)"
        after_params = (ends[-1][0], ends[-1][1])
    rest = int(
        conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM customers c WHERE c.deleted = 0 "
            f"AND c.created IS NOT NULL{acc}{after} LIMIT ?)",
            (*params, *after_params, block),
        ).fetchone()[0]
    )
    if rest == 0:
        starts.pop()  # the list ends exactly at a block's end (or is empty): no block there
    return Outline(len(ends) * block + rest, starts, block)


POOL_CACHE_KIB = 8000
"""Page cache of each pooled connection (KiB): searches read few pages; browsing a million
rows would otherwise fill every connection's cache to the cache's default 32 MB."""


class ConnectionPool:
    """Reading connections to one cache file, lent to one task at a time, kept between tasks.

    Written when :meth:`services.cache.Cache.connect` kept its connections in a
    ``threading.local`` (a new one for every task of Qt's thread pool); it now keeps one
    per OS thread, so this pool's remaining differences are that its connections are
    ``query_only`` (a search can never write) and that they are lent by task, not by
    thread. The most recently returned one is lent first (a warm page cache, an
    :class:`AccountMemo` that finds its entries); at most ``keep`` idle ones are kept.
    Thread-safe.
    """

    def __init__(self, path: Path | str, *, keep: int = 3, cache_kib: int = POOL_CACHE_KIB):
        self.path = Path(path)
        self.keep = keep
        self.cache_kib = cache_kib
        self.opened = 0
        """Connections opened so far (diagnostics)."""
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute(f"PRAGMA cache_size = -{int(self.cache_kib)}")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA query_only = 1")
        except BaseException:
            conn.close()
            raise
        with self._lock:
            self.opened += 1
        return conn

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for the calling task; it goes back to the pool afterwards."""
        with self._lock:
            if self._closed:
                raise sqlite3.ProgrammingError("the connection pool is closed")
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open()
        try:
            yield conn
        finally:
            with self._lock:
                kept = not self._closed and len(self._idle) < self.keep
                if kept:
                    self._idle.append(conn)
            if not kept:
                conn.close()

    def close(self) -> None:
        """Close the idle connections now and lent ones when they come back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for conn in idle:
            conn.close()


def search_all(
    conn: sqlite3.Connection, text: str, *, account: str | None = None, limit: int = PAGE_SIZE
) -> list[Hit]:
    """Up to ``limit`` results, following cursors across pages (the CLI uses this)."""
    out: list[Hit] = []
    cursor: Cursor | None = None
    while len(out) < limit:
        page = search_page(
            conn, text, account=account, cursor=cursor, limit=min(PAGE_SIZE, limit - len(out))
        )
        out += page.hits
        cursor = page.cursor
        if cursor is None:
            break
    return out[:limit]
