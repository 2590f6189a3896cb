"""Finding customers the cache does not have: Stripe's Search API and lookup by id.

:func:`search_stripe` asks ``GET /v1/customers/search`` of each account (Search is
rate-limited to 20 requests/s; the :class:`~services.sync.transport.Api` passed in takes its
tokens from the session's :class:`~services.sync.ratelimit.RateLimiter`, which keeps a Search
bucket) and :func:`lookup_customer` retrieves a pasted ``cus_…`` id from the platform, then
from each connected account. Whatever they find is written to the cache, so the next local
search has it. The Search API lags behind writes by up to a minute; the panel says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import stripe

from services.cache.store import Store
from services.customers.search import Hit, hit_from_object
from services.customers.tokens import clean_text
from services.sync.transport import Api

STRIPE_SEARCH_LIMIT = 100
"""Customers asked of the Search API in one request (its maximum)."""


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def stripe_search_query(text: str) -> str | None:
    """A Search API query for typed ``text``, or None when there is nothing to ask.

    An email is matched exactly; otherwise name and email substrings (``~``, which Stripe
    allows from 3 characters), and a phone number when the text looks like one. Metadata
    needs a key and ids are looked up directly (:func:`lookup_customer`).
    """
    cleaned = clean_text(text)
    if not cleaned:
        return None
    if "@" in cleaned and " " not in cleaned:
        return f"email:{_quote(cleaned)}"
    clauses: list[str] = []
    if len(cleaned) >= 3:
        clauses += [f"name~{_quote(cleaned)}", f"email~{_quote(cleaned)}"]
    digits = re.sub(r"[\s().-]", "", cleaned)
    if re.fullmatch(r"\+?\d{5,}", digits):
        clauses.append(f"phone:{_quote(digits)}")
    return " OR ".join(clauses) if clauses else None


@dataclass
class StripeResults:
    """What the Search API (or an id lookup) returned, already written to the cache."""

    hits: list[Hit]
    searched: list[str]
    """Accounts asked ('' = the platform)."""
    has_more: bool = False


def _write(store: Store | None, objects: list[dict[str, Any]], account: str, ts: int) -> None:
    if store is not None and objects:
        store.upsert("customer", objects, account=account, source_ts=ts)


def search_stripe(
    api: Api,
    text: str,
    accounts: Iterable[str] = ("",),
    *,
    store: Store | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> StripeResults:
    """Ask the Search API of each account (rate-limited by ``api``'s limiter, 20/s for
    Search) and write what it finds into the cache through ``store``."""
    query = stripe_search_query(text)
    if query is None:
        return StripeResults([], [])
    out = StripeResults([], [])
    for account in accounts:
        if cancelled():
            break
        resp = api.get(
            "/v1/customers/search", {"query": query, "limit": STRIPE_SEARCH_LIMIT}, account=account
        )
        data = [o for o in resp.data.get("data") or [] if isinstance(o, dict)]
        _write(store, data, account, resp.server_time)
        out.searched.append(account)
        out.has_more = out.has_more or bool(resp.data.get("has_more"))
        out.hits += [hit_from_object(o, account, "stripe") for o in data]
    return out


def lookup_customer(
    api: Api,
    customer_id: str,
    accounts: Iterable[str] = ("",),
    *,
    store: Store | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> StripeResults:
    """Retrieve ``customer_id`` from each account in turn until one has it; a deleted
    customer comes back with ``deleted=True`` (and is tombstoned in the cache)."""
    out = StripeResults([], [])
    for account in accounts:
        if cancelled():
            break
        out.searched.append(account)
        try:
            resp = api.get(f"/v1/customers/{customer_id}", {}, account=account)
        except stripe.InvalidRequestError as exc:
            if exc.http_status == 404 or exc.code == "resource_missing":
                continue
            raise
        obj = resp.data
        if obj.get("deleted") and store is not None:
            cached = store.get("customer", customer_id, account=account)
            obj = {**(cached or obj), "deleted": True}
        _write(store, [obj], account, resp.server_time)
        out.hits.append(hit_from_object(obj, account, "lookup"))
        break
    return out


def hits_as_json_lines(hits: Iterable[Hit]) -> str:
    """One JSON object per line (the CLI's ``--json`` output)."""
    return "".join(json.dumps(h.to_json(), ensure_ascii=False) + "\n" for h in hits)
