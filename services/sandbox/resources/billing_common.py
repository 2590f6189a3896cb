"""Helpers shared by the billing resources: references, Connect rules, lists, indexes, time.

* :func:`ref` resolves an id passed as a *parameter* (``customer=cus_…``) the way Stripe
  does: a missing object is a 400 ``resource_missing`` naming that parameter (a missing
  object in the *path* is the 404 of :func:`common.fetch`).
* :func:`platform_application` is the platform's Connect application id, stamped on
  objects the platform creates on a connected account (``application``);
  :func:`guard_platform_created` refuses, through ``Stripe-Account``, to change an object
  another application created.
* :func:`indexed` keeps a per-(owner, kind, field) index, e.g. subscriptions by customer,
  so filtered lists stay fast over the ``large`` seed. It rebuilds itself whenever the
  store's count for that kind differs from what it last saw, so seeds may bulk-insert
  with ``store.add_many`` without touching it.
* :func:`page_of` is one Stripe list page over an explicit newest-first sequence, with
  ``limit``, ``starting_after``, ``ending_before`` and ``created``.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from services.currency import ZERO_DECIMAL as _ZERO_DECIMAL
from services.sandbox.app import Request
from services.sandbox.errors import ApiError, invalid, no_such
from services.sandbox.resources.common import created_filter, page_limit
from services.sandbox.store import Store

PLATFORM_APPLICATION = "ca_CounterfoilPlatform"
DAY = 86400

NOT_CREATED_BY_PLATFORM = (
    "This subscription was not created by your platform, so your platform cannot update "
    "or cancel it."
)
APPLICATION_FEE_NEEDS_CONNECT = (
    "Can only apply an {field} when the request is made on behalf of another account "
    "(using an OAuth key, the Stripe-Account header, or the destination parameter)."
)


# -- references ---------------------------------------------------------------------
def ref(
    req: Request,
    oid: str,
    kind: str,
    param: str,
    label: str | None = None,
    owner: str | None = None,
) -> dict[str, Any]:
    """The live object ``oid`` of ``kind`` named by request parameter ``param``."""
    obj = req.store.get(oid, req.account if owner is None else owner)
    if obj is None or obj.get("object") != kind or obj.get("deleted"):
        name = label or kind.replace("_", " ")
        raise ApiError(400, f"No such {name}: '{oid}'", param=param, code="resource_missing")
    return obj


def platform_application(store: Store) -> str:
    return str(store.extra.get("platform_application", PLATFORM_APPLICATION))


def connected_account(req: Request, acct: str, param: str) -> dict[str, Any]:
    """A connected account of this platform (stored with owner ``""``)."""
    obj = req.store.get(acct, "")
    if (
        obj is None
        or obj.get("object") != "account"
        or req.store.extra.get("deauthorized", {}).get(acct)
    ):
        raise ApiError(400, f"No such account: '{acct}'", param=param, code="resource_missing")
    return obj


def application_for_new(req: Request) -> str | None:
    """``application`` of an object created now: the platform's when via Stripe-Account."""
    return platform_application(req.store) if req.account else None


def guard_platform_created(
    req: Request, obj: dict[str, Any], message: str = NOT_CREATED_BY_PLATFORM
) -> None:
    """Through Stripe-Account, only objects the platform created may be changed."""
    if req.account and obj.get("application") != platform_application(req.store):
        raise invalid(message)


def check_fee_percent(
    req: Request, value: Any, has_destination: bool, param: str = "application_fee_percent"
) -> float | None:
    """Validate ``application_fee_percent`` (``""`` clears it)."""
    if value is None or value == "":
        return None
    pct = float(value)
    if not 0 <= pct <= 100:
        raise invalid(
            "This value must be greater than or equal to 0 and less than or equal to 100 "
            f"(it currently is '{value}').",
            param=param,
        )
    if not req.account and not has_destination:
        raise invalid(APPLICATION_FEE_NEEDS_CONNECT.format(field=param.split("[")[-1]), param=param)
    return pct


def exclusive(params: dict[str, Any], *names: str) -> None:
    given = [n for n in names if params.get(n) not in (None, "")]
    if len(given) > 1:
        raise invalid(
            f"You may only specify one of these parameters: {', '.join(given)}.",
            param=given[-1],
            code="parameters_exclusive",
        )


# -- indexes ------------------------------------------------------------------------
_INDEX = "billing_index"


def _index(store: Store, owner: str, kind: str, field: str) -> list[Any]:
    tables: dict[tuple[str, str, str], list[Any]] = store.extra.setdefault(_INDEX, {})
    key = (owner, kind, field)
    entry = tables.get(key)
    count = store.count(owner, kind)
    if entry is None or entry[0] != count:
        by: dict[str, list[str]] = {}
        for obj in reversed(list(store.iter_newest(owner, kind))):
            value = obj.get(field)
            if isinstance(value, str):
                by.setdefault(value, []).append(obj["id"])
        entry = [count, by]
        tables[key] = entry
    return entry


def indexed(store: Store, owner: str, kind: str, field: str, value: str) -> list[dict[str, Any]]:
    """Live objects of ``kind`` whose ``field`` equals ``value``, newest first."""
    ids = _index(store, owner, kind, field)[1].get(value, [])
    out = []
    for oid in reversed(ids):
        obj = store.objects.get(oid)
        if obj is not None and not obj.get("deleted") and obj.get(field) == value:
            out.append(obj)
    return out


def index_note(store: Store, owner: str, kind: str, field: str, obj: dict[str, Any]) -> None:
    """Tell the index about an object just added (or whose ``field`` just changed)."""
    tables: dict[tuple[str, str, str], list[Any]] = store.extra.setdefault(_INDEX, {})
    entry = tables.get((owner, kind, field))
    if entry is None:
        return
    value = obj.get(field)
    count = store.count(owner, kind)
    if entry[0] not in (count, count - 1):
        return  # out of date anyway: the next read rebuilds it
    if isinstance(value, str):
        ids = entry[1].setdefault(value, [])
        if obj["id"] not in ids:
            ids.append(obj["id"])
    entry[0] = count


# -- lists --------------------------------------------------------------------------
def page_of(
    req: Request,
    objs: Sequence[dict[str, Any]],
    url: str,
    kind: str,
    where: Callable[[dict[str, Any]], bool] | None = None,
) -> dict[str, Any]:
    """One list page over ``objs`` (newest first) with Stripe's cursor semantics."""
    params = req.params
    limit = page_limit(params)
    created = created_filter(params.get("created"))
    after, before = params.get("starting_after"), params.get("ending_before")

    def keep(o: dict[str, Any]) -> bool:
        if created:
            c = int(o.get("created") or 0)
            if (
                ("gt" in created and not c > created["gt"])
                or ("gte" in created and not c >= created["gte"])
                or ("lt" in created and not c < created["lt"])
                or ("lte" in created and not c <= created["lte"])
            ):
                return False
        return where is None or where(o)

    seq = list(objs)
    if after is not None or before is not None:
        cursor = after if after is not None else before
        name = "starting_after" if after is not None else "ending_before"
        assert cursor is not None
        pos = next((i for i, o in enumerate(seq) if o["id"] == cursor), None)
        if pos is None:
            anchor = req.store.get(cursor, req.account)
            if anchor is None:
                raise no_such(kind.split(".")[-1].replace("_", " "), cursor, name)
            at = int(anchor.get("created") or 0)
            if after is not None:
                seq = [o for o in seq if int(o.get("created") or 0) < at]
            else:
                seq = [o for o in seq if int(o.get("created") or 0) > at]
        elif after is not None:
            seq = seq[pos + 1 :]
        else:
            seq = seq[:pos]
    if before is not None:
        older_first = [o for o in reversed(seq) if keep(o)]
        data = older_first[:limit]
        has_more = len(older_first) > limit
        data.reverse()
    else:
        data = []
        has_more = False
        for o in seq:
            if not keep(o):
                continue
            if len(data) == limit:
                has_more = True
                break
            data.append(o)
    return {"object": "list", "url": url, "has_more": has_more, "data": data}


# -- time and money -----------------------------------------------------------------
def add_interval(ts: int, interval: str, count: int = 1) -> int:
    """``ts`` moved forward by ``count`` intervals (calendar months clamp the day)."""
    if interval == "day":
        return ts + count * DAY
    if interval == "week":
        return ts + count * 7 * DAY
    dt = datetime.fromtimestamp(ts, UTC)
    months = count * (12 if interval == "year" else 1)
    total = dt.month - 1 + months
    year, month = dt.year + total // 12, total % 12 + 1
    day = min(dt.day, calendar.monthrange(year, month)[1])
    return int(dt.replace(year=year, month=month, day=day).timestamp())


_SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cad": "CA$", "aud": "A$"}


def money(amount: int | None, currency: str | None) -> str:
    """``1000, "usd"`` → ``"$10.00"`` (as Stripe writes amounts in descriptions)."""
    cur = (currency or "usd").lower()
    value = int(amount or 0)
    text = f"{value:,}" if cur in _ZERO_DECIMAL else f"{value / 100:,.2f}"
    symbol = _SYMBOLS.get(cur)
    return f"{symbol}{text}" if symbol else f"{text} {cur.upper()}"


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]
