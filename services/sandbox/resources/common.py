"""Helpers every sandbox resource uses: lookups, lists, search, metadata and events."""

from __future__ import annotations

import base64
import copy
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from services.sandbox.app import Request
from services.sandbox.errors import ApiError, invalid, no_such

API_VERSION = "2026-10-28.endive"


# -- lookups --------------------------------------------------------------------
def fetch(
    req: Request, oid: str, kind: str, label: str | None = None, param: str = "id"
) -> dict[str, Any]:
    """The object ``oid`` of type ``kind`` in the request's account, or Stripe's 404."""
    obj = req.store.get(oid, req.account)
    if obj is None or obj.get("object") != kind:
        raise no_such(label or kind.replace("_", " ").split(".")[-1], oid, param)
    return obj


def fetch_live(
    req: Request, oid: str, kind: str, label: str | None = None, param: str = "id"
) -> dict[str, Any]:
    """Like :func:`fetch` but a deleted object is also missing."""
    obj = fetch(req, oid, kind, label, param)
    if obj.get("deleted"):
        raise no_such(label or kind, oid, param)
    return obj


# -- lists ------------------------------------------------------------------------
def page_limit(params: dict[str, Any]) -> int:
    limit = params.get("limit", 10)
    if not 1 <= int(limit) <= 100:
        raise invalid(
            f"This value must be greater than or equal to 1 and less than or equal to 100 "
            f"(it currently is '{limit}').",
            param="limit",
        )
    return int(limit)


def created_filter(value: Any) -> dict[str, int] | None:
    if value is None:
        return None
    if isinstance(value, int):
        return {"gte": value, "lte": value}
    return {k: int(v) for k, v in value.items()}


def list_page(
    req: Request,
    kind: str,
    url: str,
    *,
    owner: str | None = None,
    where: Callable[[dict[str, Any]], bool] | None = None,
    source: Iterable[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One page of a Stripe list over the store's ``kind`` objects (newest first)."""
    params = req.params
    limit = page_limit(params)
    owner = req.account if owner is None else owner
    after, before = params.get("starting_after"), params.get("ending_before")
    for cursor, name in ((after, "starting_after"), (before, "ending_before")):
        if cursor is not None and req.store.get(cursor, owner) is None:
            raise no_such(kind.split(".")[-1].replace("_", " "), cursor, name)
    data: list[dict[str, Any]] = []
    has_more = False
    if source is None and where is None:  # a slice of the index, one more to see past it
        data = req.store.newest(
            owner,
            kind,
            limit + 1,
            starting_after=after,
            ending_before=before,
            created=created_filter(params.get("created")),
        )
        has_more = len(data) > limit
        del data[limit:]
    else:
        if source is None:
            it: Iterator[dict[str, Any]] = req.store.iter_newest(
                owner,
                kind,
                starting_after=after,
                ending_before=before,
                created=created_filter(params.get("created")),
            )
        else:
            it = iter(source)
        for obj in it:
            if where is not None and not where(obj):
                continue
            if len(data) == limit:
                has_more = True
                break
            data.append(obj)
    if before is not None and source is None:
        data.reverse()
    return {"object": "list", "url": url, "has_more": has_more, "data": data}


# -- search ---------------------------------------------------------------------
_CLAUSE = re.compile(
    r"""\s*(?P<neg>-)?(?P<field>[a-zA-Z_][\w.]*(?:\[['"][^'"]+['"]\])?)\s*"""
    r"""(?P<op>:|~|>=|<=|>|<)\s*(?P<value>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s)]+)\s*"""
)


def parse_query(query: str) -> tuple[str, list[tuple[bool, str, str, str]]]:
    """Parse the Search query language subset: clauses joined by AND or by OR."""
    if not query or not query.strip():
        raise invalid("Search query is required.", param="query")
    clauses: list[tuple[bool, str, str, str]] = []
    joiner = ""
    pos = 0
    q = query.strip()
    while pos < len(q):
        m = _CLAUSE.match(q, pos)
        if m is None:
            raise invalid(
                f"Invalid search query: could not parse '{q[pos : pos + 40]}'. See "
                "https://stripe.com/docs/search#search-query-language.",
                param="query",
            )
        value = m.group("value")
        if value[:1] in "'\"":
            value = value[1:-1].replace("\\'", "'").replace('\\"', '"')
        clauses.append((bool(m.group("neg")), m.group("field"), m.group("op"), value))
        pos = m.end()
        rest = q[pos:]
        j = re.match(r"(AND|OR)\s+", rest)
        if j:
            if joiner and joiner != j.group(1):
                raise invalid("Search queries cannot mix AND and OR.", param="query")
            joiner = j.group(1)
            pos += j.end()
        elif rest.strip():
            raise invalid(f"Invalid search query near '{rest[:40]}'.", param="query")
    return joiner or "AND", clauses


def _field_value(obj: dict[str, Any], field: str) -> Any:
    m = re.match(r"""metadata\[['"](.+)['"]\]$""", field)
    if m:
        return (obj.get("metadata") or {}).get(m.group(1))
    node: Any = obj
    for part in field.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _matches(obj: dict[str, Any], clause: tuple[bool, str, str, str]) -> bool:
    neg, field, op, value = clause
    actual = _field_value(obj, field)
    if op in (">", "<", ">=", "<="):
        try:
            a, v = float(actual), float(value)
        except (TypeError, ValueError):
            return False
        ok = {">": a > v, "<": a < v, ">=": a >= v, "<=": a <= v}[op]
    elif actual is None:
        ok = value == "null" if op == ":" else False
    elif op == "~":
        if len(value) < 3:
            raise invalid("Substring search (~) needs at least 3 characters.", param="query")
        ok = value.lower() in str(actual).lower()
    else:
        ok = str(actual).lower() == value.lower()
    return ok != neg


def search_page(req: Request, kind: str, url: str, allowed: set[str]) -> dict[str, Any]:
    joiner, clauses = parse_query(str(req.params.get("query", "")))
    for _, field, _, _ in clauses:
        base = field.split("[", 1)[0].split(".", 1)[0]
        if base not in allowed:
            raise invalid(
                f"Field '{field}' is not supported for search on this resource. Supported "
                f"fields: {', '.join(sorted(allowed))}.",
                param="query",
            )
    limit = page_limit(req.params)
    offset = 0
    token = req.params.get("page")
    if token:
        try:
            offset = int(json.loads(base64.urlsafe_b64decode(token.encode()))["o"])
        except Exception:
            raise invalid("Invalid page token.", param="page") from None
    combine = all if joiner == "AND" else any
    data: list[dict[str, Any]] = []
    skipped = 0
    has_more = False
    for obj in req.store.iter_newest(req.account, kind):
        if obj.get("deleted") or not combine(_matches(obj, c) for c in clauses):
            continue
        if skipped < offset:
            skipped += 1
            continue
        if len(data) == limit:
            has_more = True
            break
        data.append(obj)
    next_page = None
    if has_more:
        next_page = base64.urlsafe_b64encode(json.dumps({"o": offset + limit}).encode()).decode()
    return {
        "object": "search_result",
        "url": url,
        "has_more": has_more,
        "next_page": next_page,
        "data": data,
    }


# -- metadata and updates -------------------------------------------------------
def merge_metadata(current: dict[str, str] | None, update: Any) -> dict[str, str]:
    """Stripe's metadata update: ``""`` clears all, a key set to ``""`` is removed."""
    if update == "":
        return {}
    result = dict(current or {})
    for k, v in (update or {}).items():
        if v == "":
            result.pop(k, None)
        else:
            if len(k) > 40:
                raise invalid(
                    f"Metadata keys must be at most 40 characters ({k}).", param=f"metadata[{k}]"
                )
            if len(str(v)) > 500:
                raise invalid(
                    "Metadata values must be at most 500 characters.", param=f"metadata[{k}]"
                )
            result[k] = v
    if len(result) > 50:
        raise invalid("Metadata can have at most 50 keys.", param="metadata")
    return result


def apply_update(
    req: Request, obj: dict[str, Any], changes: dict[str, Any], event_type: str | None
) -> dict[str, Any]:
    """Apply ``changes`` to ``obj``, record ``previous_attributes`` and emit the event."""
    previous: dict[str, Any] = {}
    for k, v in changes.items():
        old = obj.get(k)
        if k == "metadata":
            v = merge_metadata(old, v)
        if old != v:
            previous[k] = copy.deepcopy(old)
            obj[k] = v
    if event_type and previous:
        emit(req, event_type, obj, previous)
    return obj


# -- events -----------------------------------------------------------------------
def snapshot(req: Request, obj: dict[str, Any]) -> dict[str, Any]:
    rendered: dict[str, Any] = req.app.render(req, copy.deepcopy(obj), [])
    return rendered


def emit(
    req: Request,
    event_type: str,
    obj: dict[str, Any],
    previous: dict[str, Any] | None = None,
    owner: str | None = None,
) -> dict[str, Any]:
    """Record an event for a mutation, in the account that owns ``obj``."""
    store = req.store
    owner = store.owner.get(obj.get("id", ""), req.account) if owner is None else owner
    data: dict[str, Any] = {"object": snapshot(req, obj)}
    if previous is not None:
        data["previous_attributes"] = previous
    event: dict[str, Any] = {
        "id": store.new_id("evt"),
        "object": "event",
        "api_version": API_VERSION,
        "created": req.now(),
        "data": data,
        "livemode": req.livemode,
        "pending_webhooks": 0,
        "request": {"id": req.request_id, "idempotency_key": req.idempotency_key},
        "type": event_type,
    }
    if owner:
        event["account"] = owner
    store.add(event, owner, "event")
    return event


def require(
    cond: bool, message: str, param: str | None = None, status: int = 400, code: str | None = None
) -> None:
    if not cond:
        raise ApiError(status, message, param=param, code=code)
