"""What a fetch thread needs to know about a list page, read without parsing it in Python.

The full sync's bulk pages go to SQLite as text (:meth:`services.cache.store.Store.write_body`
flattens them there). To paginate, a fetch thread still needs a few facts about each page:
whether Stripe has more, the id and ``created`` of the last object (the next cursor), how
many objects are at or above the range's lower bound and whether an embedded list (a
subscription's items) was cut short. :func:`page_shape` reads them with SQLite's JSON
functions on a private in-memory connection per thread, which releases the GIL while it
parses; ``json.loads`` of a 300 KB page of subscriptions would hold it for milliseconds
and build thousands of dicts only to throw them away.

Lists are newest first, so the objects at or above the lower bound are a prefix of the
page: every object is kept when the last one is, and only a page that crosses the bound
is counted object by object.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from dataclasses import dataclass

import stripe

_NESTED_MORE = re.compile(r'"has_more"\s*:\s*true')
_NESTED_MORE_BYTES = re.compile(rb'"has_more"\s*:\s*true')
_local = threading.local()

# CAST: a body that came as bytes is bound as a BLOB; SQLite reads it as the UTF-8 text it is.
_HEAD_SQL = (
    "SELECT json_extract(t.b, '$.has_more', '$.data[#-1].id', '$.data[#-1].created'), "
    "json_array_length(t.b, '$.data') FROM (SELECT CAST(:b AS TEXT) AS b) AS t"
)
_KEPT_SQL = (
    "SELECT count(*) FROM json_each(CAST(:b AS TEXT), '$.data') AS d "
    "WHERE coalesce(json_extract(d.value, '$.created'), 0) >= :lo"
)


@dataclass(frozen=True)
class PageShape:
    """The facts about one list page that pagination needs."""

    count: int
    """Objects in ``data``."""
    has_more: bool
    last_id: str | None
    last_created: int | None
    kept: int
    """Objects whose ``created`` is at least the range's lower bound."""
    nested_more: bool
    """Some embedded list in the page has ``has_more: true`` (needs completing)."""


def _conn() -> sqlite3.Connection:
    conn: sqlite3.Connection | None = getattr(_local, "conn", None)
    if conn is None:
        conn = sqlite3.connect(":memory:", check_same_thread=True)
        _local.conn = conn
    return conn


def page_shape(body: str | bytes, lo: int = 0, *, nested: bool = False) -> PageShape:
    """Read :class:`PageShape` from a list response (text, or its UTF-8 bytes as received);
    ``nested`` also looks for embedded lists that were cut short. Raises
    ``stripe.APIError`` for a body that is not a JSON list object."""
    conn = _conn()
    try:
        head, count = conn.execute(_HEAD_SQL, {"b": body}).fetchone()
        if count is None or head is None:
            raise ValueError("no data array")
        has_more, last_id, last_created = json.loads(head)
        kept = count
        if count and (not isinstance(last_created, int) or last_created < lo):
            kept = int(conn.execute(_KEPT_SQL, {"b": body, "lo": lo}).fetchone()[0])
    except (sqlite3.Error, ValueError, TypeError) as exc:
        raise stripe.APIError(
            f"Stripe sent a list page that could not be read ({exc}).", http_status=200
        ) from exc
    more_marks = 0
    if nested:
        if isinstance(body, bytes):
            more_marks = len(_NESTED_MORE_BYTES.findall(body))
        else:
            more_marks = len(_NESTED_MORE.findall(body))
    return PageShape(
        count=int(count),
        has_more=bool(has_more),
        last_id=last_id if isinstance(last_id, str) else None,
        last_created=last_created if isinstance(last_created, int) else None,
        kept=kept,
        nested_more=more_marks > (1 if has_more else 0),
    )
