"""Which Connect application is this platform's (the ``application`` its objects carry).

Stripe stamps objects a platform creates on a connected account with the platform's
Connect application id (``ca_…``); only those may the platform update or cancel. The API
does not hand a platform its own application id directly, so it is worked out from the
cache, most reliable evidence first:

1. ``learned`` — remembered when the platform created something on a connected account
   (:func:`remember`, stored as the ``connect:platform_application`` checkpoint);
2. ``event`` — the application in an ``account.application.(de)authorized`` event;
3. ``controlled`` — the application on objects of accounts without full Dashboard access:
   their owners cannot create subscriptions themselves, so their objects come from the
   platform;
4. ``widespread`` — the application seen on the most connected accounts, when one clearly
   leads.

None (unknown) makes every change of a direct subscription unavailable, with the reason.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Literal

from services.cache.db import Cache
from services.cache.store import Store

CHECKPOINT = "connect:platform_application"
Source = Literal["learned", "event", "controlled", "widespread"]


@dataclass(frozen=True)
class PlatformApp:
    """The platform's application id and how it was found (None when unknown)."""

    id: str | None
    source: Source | None = None


_PER_ACCOUNT = """
SELECT app, count(DISTINCT account) AS accounts, count(*) AS objects FROM (
    SELECT account, json_extract(raw, '$.application') AS app FROM subscriptions
        WHERE account != '' AND json_extract(raw, '$.application') IS NOT NULL
    UNION ALL
    SELECT account, json_extract(raw, '$.application') FROM invoices
        WHERE account != '' AND json_extract(raw, '$.application') IS NOT NULL
    UNION ALL
    SELECT account, application FROM portal_configurations
        WHERE account != '' AND application IS NOT NULL
)
WHERE {where}
GROUP BY app ORDER BY accounts DESC, objects DESC LIMIT 2
"""

_CONTROLLED = (
    "account IN (SELECT id FROM accounts WHERE account = '' AND coalesce("
    "json_extract(raw, '$.controller.stripe_dashboard.type'), "
    "CASE type WHEN 'express' THEN 'express' WHEN 'custom' THEN 'none' END) "
    "IN ('express', 'none'))"
)


def _leader(conn: sqlite3.Connection, where: str) -> str | None:
    rows = conn.execute(_PER_ACCOUNT.format(where=where)).fetchall()
    if not rows:
        return None
    if len(rows) > 1 and rows[1][1] == rows[0][1]:
        return None  # two applications on as many accounts: no clear answer
    return str(rows[0][0])


def resolve(conn: sqlite3.Connection) -> PlatformApp:
    """The platform's Connect application id from the evidence in the cache."""
    learned = Store(conn).checkpoint(CHECKPOINT)
    if isinstance(learned, str) and learned.startswith("ca_"):
        return PlatformApp(learned, "learned")
    found = conn.execute(
        "SELECT json_extract(raw, '$.data.object.id') "
        "FROM events INDEXED BY events_platform_about_account "
        "WHERE account = '' AND json_extract(raw, '$.account') > '' "
        "AND type IN ('account.application.deauthorized', "
        "'account.application.authorized') "
        "AND json_extract(raw, '$.data.object.object') = 'application' "
        "ORDER BY created DESC LIMIT 1"
    ).fetchone()
    if found and isinstance(found[0], str) and found[0].startswith("ca_"):
        return PlatformApp(found[0], "event")
    app = _leader(conn, _CONTROLLED)
    if app:
        return PlatformApp(app, "controlled")
    app = _leader(conn, "1")
    if app:
        return PlatformApp(app, "widespread")
    return PlatformApp(None)


def remember(cache: Cache, application: str | None) -> None:
    """Record the application Stripe stamped on an object the platform just created."""
    if not application or not application.startswith("ca_"):
        return
    conn = cache.open_connection()
    try:
        store = Store(conn, cache.path)
        if store.checkpoint(CHECKPOINT) != application:
            store.set_checkpoint(CHECKPOINT, application)
    finally:
        conn.close()
