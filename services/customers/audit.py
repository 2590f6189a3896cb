"""The local audit trail of customer portal sessions opened from Counterfoil.

Each session created from the Customers panel adds one row to ``portal_session_audit`` in the
profile's cache file (migration ``0003_customers_portal_audit``): who (the operating-system
user and the profile), what (the flow, subscription, configuration, locale,
``on_behalf_of``), for which customer (and account), when, and the session id -- never the
session URL, which is a credential.
"""

from __future__ import annotations

import getpass
import sqlite3
import time
from dataclasses import dataclass

from services.customers.portal import PortalRequest, PortalSession


def current_user() -> str:
    """The operating-system user name ("unknown" when the system will not say)."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError, ImportError):
        return "unknown"


@dataclass(frozen=True)
class AuditEntry:
    """One portal session opened for a customer."""

    created_at: int
    actor: str
    profile: str
    livemode: bool
    account: str
    customer: str
    flow: str
    """``portal_homepage`` or the deep link's flow type."""
    subscription: str | None
    configuration: str | None
    locale: str | None
    on_behalf_of: str | None
    session_id: str


_COLUMNS = (
    "created_at, actor, profile, livemode, account, customer, flow, subscription, "
    "configuration, locale, on_behalf_of, session_id"
)


def entry_for(
    session: PortalSession,
    req: PortalRequest,
    *,
    profile: str,
    livemode: bool,
    actor: str | None = None,
    now: int | None = None,
) -> AuditEntry:
    """The audit entry for ``session``, created from ``req``."""
    return AuditEntry(
        created_at=int(time.time() if now is None else now),
        actor=actor or current_user(),
        profile=profile,
        livemode=livemode,
        account=req.account,
        customer=req.customer,
        flow=req.flow or "portal_homepage",
        subscription=req.subscription if req.flow not in (None, "payment_method_update") else None,
        configuration=session.configuration or req.configuration,
        locale=req.locale,
        on_behalf_of=req.on_behalf_of if not req.account else None,
        session_id=session.id,
    )


def record(conn: sqlite3.Connection, entry: AuditEntry) -> None:
    """Add ``entry`` to the audit trail (its own transaction)."""
    values = (
        entry.created_at,
        entry.actor,
        entry.profile,
        int(entry.livemode),
        entry.account,
        entry.customer,
        entry.flow,
        entry.subscription,
        entry.configuration,
        entry.locale,
        entry.on_behalf_of,
        entry.session_id,
    )
    marks = ", ".join("?" * len(values))
    in_tx = conn.in_transaction
    if not in_tx:
        conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"INSERT INTO portal_session_audit ({_COLUMNS}) VALUES ({marks})", values)
    except BaseException:
        if not in_tx:
            conn.execute("ROLLBACK")
        raise
    if not in_tx:
        conn.execute("COMMIT")


def entries(
    conn: sqlite3.Connection, *, customer: str | None = None, limit: int = 50
) -> list[AuditEntry]:
    """The latest audit entries, newest first (of one customer when ``customer`` is given)."""
    where, params = ("WHERE customer = ?", (customer,)) if customer else ("", ())
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM portal_session_audit {where} "
        "ORDER BY created_at DESC, rid DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [
        AuditEntry(
            created_at=int(r[0]),
            actor=str(r[1]),
            profile=str(r[2]),
            livemode=bool(r[3]),
            account=str(r[4]),
            customer=str(r[5]),
            flow=str(r[6]),
            subscription=r[7],
            configuration=r[8],
            locale=r[9],
            on_behalf_of=r[10],
            session_id=str(r[11]),
        )
        for r in rows
    ]
