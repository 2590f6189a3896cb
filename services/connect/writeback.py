"""Write what Stripe just answered into the cache, so the panel shows it at once.

Objects are stored through :meth:`services.cache.store.Store.upsert` with Stripe's clock
from the response (``source_ts``), so the cache's freshness rule holds: a later sync or
event replaces them, an older one does not. Expanded fields are reduced to ids and the
invoice's ``confirmation_secret`` (a client secret) is never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from services.cache.db import Cache
from services.cache.store import Store

_SECRET_FIELDS = ("confirmation_secret",)


def _id_of(value: Any) -> Any:
    if isinstance(value, Mapping):
        return value.get("id")
    return value


def clean_invoice(invoice: Mapping[str, Any]) -> dict[str, Any]:
    """``invoice`` without client secrets."""
    return {k: v for k, v in invoice.items() if k not in _SECRET_FIELDS}


def clean_subscription(sub: Mapping[str, Any]) -> dict[str, Any]:
    """``sub`` with expanded references reduced to ids."""
    out = dict(sub)
    for key in ("latest_invoice", "customer", "on_behalf_of", "default_payment_method"):
        if key in out:
            out[key] = _id_of(out[key])
    transfer = out.get("transfer_data")
    if isinstance(transfer, Mapping):
        out["transfer_data"] = {**transfer, "destination": _id_of(transfer.get("destination"))}
    return out


def write_through(
    cache: Cache | None,
    resource: str,
    obj: Mapping[str, Any],
    *,
    owner: str,
    server_ts: int,
) -> None:
    """Store ``obj`` (a ``resource`` object of ``owner``; '' = platform) seen at
    ``server_ts``; a subscription's expanded latest invoice is stored too."""
    if cache is None:
        return
    writes: list[tuple[str, dict[str, Any]]] = []
    if resource == "subscription":
        invoice = obj.get("latest_invoice")
        if isinstance(invoice, Mapping) and isinstance(invoice.get("id"), str):
            writes.append(("invoice", clean_invoice(invoice)))
        writes.append(("subscription", clean_subscription(obj)))
    elif resource == "invoice":
        writes.append(("invoice", clean_invoice(obj)))
    else:
        writes.append((resource, dict(obj)))
    conn = cache.open_connection()
    try:
        store = Store(conn, cache.path)
        with store.transaction():
            for kind, item in writes:
                store.upsert(kind, [item], account=owner, source_ts=server_ts, origin="saved")
    finally:
        conn.close()
