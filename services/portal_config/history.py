"""Configurations and their past versions, as kept in the local cache.

The cache keeps every distinct version of every configuration it has seen (synced,
carried by an event, or saved by the app) in ``portal_configuration_versions``; the
current one is in ``portal_configurations``. These helpers read them (call them on a worker
thread with that thread's connection) and record what the app saved, so the history shows
every version and the list is up to date at once, before the next sync.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from services.cache.store import PLATFORM, Store

KIND = "billing_portal.configuration"


@dataclass(frozen=True)
class Version:
    """One version of a configuration."""

    rid: int
    config_id: str
    updated: int | None
    origin: str
    """How the cache got it: ``sync``, ``event`` or ``saved`` (by this app)."""
    recorded_at: int
    digest: str
    obj: dict[str, Any]


def configurations(conn: sqlite3.Connection, account: str = PLATFORM) -> list[dict[str, Any]]:
    """Every cached configuration of ``account`` (Stripe's JSON), newest change first."""
    cur = conn.execute(
        "SELECT raw FROM portal_configurations WHERE account = ? AND deleted = 0 "
        "ORDER BY coalesce(updated, created) DESC, rid DESC",
        (account,),
    )
    return [json.loads(raw) for (raw,) in cur.fetchall()]


def configuration(
    conn: sqlite3.Connection, config_id: str, account: str = PLATFORM
) -> dict[str, Any] | None:
    """One cached configuration, or None."""
    return Store(conn).get(KIND, config_id, account=account)


def versions(conn: sqlite3.Connection, config_id: str, account: str = PLATFORM) -> list[Version]:
    """Every version of ``config_id`` in the cache, newest first."""
    cur = conn.execute(
        "SELECT rid, config_id, updated, origin, recorded_at, digest, raw "
        "FROM portal_configuration_versions WHERE config_id = ? AND account = ? "
        "ORDER BY coalesce(updated, 0) DESC, recorded_at DESC, rid DESC",
        (config_id, account),
    )
    return [
        Version(rid, cid, updated, origin, recorded, digest, json.loads(raw))
        for rid, cid, updated, origin, recorded, digest, raw in cur.fetchall()
    ]


def record_saved(conn: sqlite3.Connection, obj: dict[str, Any], account: str = PLATFORM) -> None:
    """Store a configuration Stripe returned after a save, and keep it as a version."""
    Store(conn).record_portal_configuration(obj, account=account)
