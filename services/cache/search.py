"""Customer search-as-you-type over the cache, safe for any text the user types.

:func:`fts_query` turns typed text into an FTS5 query that cannot be a syntax error:
it keeps only runs of Unicode letters and digits (what the ``unicode61`` tokenizer
indexes), so quotes, ``*``, ``-``, ``:``, ``OR``/``NOT``, parentheses and emoji become
separators or plain words; each token is double-quoted and made a prefix (``"jo"*``) and
the tokens are ANDed. Single-character tokens are left out when a longer token exists:
the index keeps prefixes of 2 and 3 characters (``prefix='2 3'``), and a one-character
prefix would merge the doclists of every term starting with it.

:func:`search_customers` ranks exact matches first: the customer whose id equals the text,
then those whose email equals it (case-insensitive), then full-text matches, newest
first. Text made only of one-character tokens (or of nothing FTS can use) falls back to a
name-prefix range scan on the ``customers_name`` index. Tombstoned customers never show.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

MAX_TOKENS = 8
MAX_TOKEN_LEN = 64
_TOKEN = re.compile(r"[^\W_]+")
_COLUMNS = "c.rid, c.id, c.account, c.name, c.email, c.phone, c.description, c.created"
_NAMES = ("rid", "id", "account", "name", "email", "phone", "description", "created")


def tokens(text: str) -> list[str]:
    """The searchable words of ``text``: runs of letters/digits, at most 8, each ≤ 64 chars."""
    found = [t[:MAX_TOKEN_LEN] for t in _TOKEN.findall(text)]
    return found[:MAX_TOKENS]


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when nothing in it is searchable."""
    words = tokens(text)
    if any(len(w) > 1 for w in words):
        words = [w for w in words if len(w) > 1]
    elif words:
        return None
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _as_dict(values: tuple[Any, ...], match: str) -> dict[str, Any]:
    out = dict(zip(_NAMES, values, strict=True))
    out["match"] = match
    return out


def _account_filter(account: str | None) -> tuple[str, tuple[Any, ...]]:
    return ("", ()) if account is None else (" AND c.account = ?", (account,))


def _ascii_lower(text: str) -> str:
    """SQLite's NOCASE folding: ASCII capitals only."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def _next_prefix(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix[:-1] + chr(min(ord(prefix[-1]) + 1, 0x10FFFF))


def search_customers(
    conn: sqlite3.Connection, text: str, *, account: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """Customers matching ``text``: exact id, then exact email, then text matches.

    Each result is a dict of rid, id, account, name, email, phone, description, created
    and ``match`` (``"id"``, ``"email"``, ``"text"`` or ``"name"``). ``account`` limits the
    search to one account ('' = the platform); None searches all of them.
    """
    text = text.strip()
    if not text or limit <= 0:
        return []
    acc_sql, acc_params = _account_filter(account)
    results: list[dict[str, Any]] = []
    seen: set[int] = set()

    def add(rows: list[tuple[Any, ...]], match: str) -> None:
        for r in rows:
            if r[0] not in seen and len(results) < limit:
                seen.add(r[0])
                results.append(_as_dict(r, match))

    base = f"SELECT {_COLUMNS} FROM customers c WHERE c.deleted = 0{acc_sql}"
    add(conn.execute(f"{base} AND c.id = ?", (*acc_params, text)).fetchall(), "id")
    if "@" in text:
        rows = conn.execute(
            f"{base} AND c.email = ? COLLATE NOCASE ORDER BY c.created DESC LIMIT ?",
            (*acc_params, text, limit),
        ).fetchall()
        add(rows, "email")
    query = fts_query(text)
    if query is not None:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM customers_fts f JOIN customers c ON c.rid = f.rowid "
            f"WHERE customers_fts MATCH ? AND c.deleted = 0{acc_sql} "
            "ORDER BY f.rowid DESC LIMIT ?",
            (query, *acc_params, limit + len(seen)),
        ).fetchall()
        add(rows, "text")
    elif tokens(text):
        word = tokens(text)[0]
        rows = conn.execute(
            f"{base} AND c.name >= ? COLLATE NOCASE AND c.name < ? COLLATE NOCASE "
            "ORDER BY c.name COLLATE NOCASE, c.rid LIMIT ?",
            # NOCASE folds ASCII capitals on both sides: bound the folded prefix ("Z" → "{").
            (*acc_params, word, _next_prefix(_ascii_lower(word)), limit + len(seen)),
        ).fetchall()
        add(rows, "name")
    return results
