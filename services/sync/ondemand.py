"""Fetching one customer's payment methods when the UI shows that customer.

The full sync does not list payment methods (one request per customer; see
:mod:`services.sync.resources`). :func:`sync_payment_methods` reads every page of
``GET /v1/customers/{id}/payment_methods`` into the cache and deletes cached ones the
customer no longer has; ``payment_method.*`` events keep them fresh afterwards.
"""

from __future__ import annotations

from typing import Any

from services.cache.store import PLATFORM, Store
from services.sync.transport import Api


def sync_payment_methods(api: Api, store: Store, customer: str, *, account: str = PLATFORM) -> int:
    """Refresh the cached payment methods of ``customer``; returns how many it has."""
    seen: list[str] = []
    after: str | None = None
    first_ts: int | None = None
    while True:
        params: dict[str, Any] = {"limit": 100}
        if after:
            params["starting_after"] = after
        resp = api.get(f"/v1/customers/{customer}/payment_methods", params, account=account)
        first_ts = resp.server_time if first_ts is None else first_ts
        data = list(resp.data.get("data") or [])
        if data:
            store.upsert("payment_method", data, account=account, source_ts=resp.server_time)
            seen.extend(o["id"] for o in data)
            after = data[-1]["id"]
        if not data or not resp.data.get("has_more"):
            break
    with store.transaction() as conn:
        marks = ",".join("?" * len(seen))
        conn.execute(
            "DELETE FROM payment_methods WHERE customer = ? AND account = ? AND source_ts < ?"
            + (f" AND id NOT IN ({marks})" if seen else ""),
            (customer, account, first_ts, *seen),
        )
    return len(seen)
