"""Coupons, promotion codes and the discounts they become on subscriptions.

Coupons take ``percent_off`` or ``amount_off`` (+ ``currency``) and a ``duration``
(``once``, ``forever``, ``repeating`` with ``duration_in_months``). Promotion codes wrap
a coupon (``promotion[type]=coupon``) in a customer-facing ``code``. A subscription's
``discounts[]`` (``coupon`` / ``promotion_code`` / ``discount``) become ``discount``
objects (``di_…``) whose amounts the subscription's invoices subtract.
"""

from __future__ import annotations

import secrets
import string
from typing import Any

from services.sandbox.app import Request, route
from services.sandbox.errors import ApiError, invalid, missing_param
from services.sandbox.resources.billing_common import DAY, add_interval, exclusive, ref
from services.sandbox.resources.common import (
    apply_update,
    emit,
    fetch,
    fetch_live,
    list_page,
    merge_metadata,
)


# -- coupons ------------------------------------------------------------------------
def new_coupon(req: Request, params: dict[str, Any]) -> dict[str, Any]:
    """A coupon dict (not stored), validated as Stripe does."""
    exclusive(params, "amount_off", "percent_off")
    pct, amount = params.get("percent_off"), params.get("amount_off")
    if pct is None and amount is None:
        raise invalid("You must pass either `percent_off` or `amount_off`.", param="percent_off")
    if pct is not None and not 0 < float(pct) <= 100:
        raise invalid(
            "Invalid percent_off: must be greater than 0 and less than or equal to 100.",
            param="percent_off",
        )
    if amount is not None:
        if int(amount) <= 0:
            raise invalid("Invalid amount_off: must be a positive integer.", param="amount_off")
        if not params.get("currency"):
            raise missing_param("currency")
    duration = params.get("duration", "once")
    months = params.get("duration_in_months")
    if duration == "repeating" and months is None:
        raise missing_param("duration_in_months")
    if duration != "repeating" and months is not None:
        raise invalid(
            "`duration_in_months` can only be set when `duration` is `repeating`.",
            param="duration_in_months",
        )
    redeem_by = params.get("redeem_by")
    if redeem_by is not None and int(redeem_by) <= req.now():
        raise invalid(
            "Invalid timestamp: must be an integer Unix timestamp in the future.", param="redeem_by"
        )
    applies = params.get("applies_to")
    return {
        "id": params.get("id") or _code(8, string.ascii_letters + string.digits),
        "object": "coupon",
        "amount_off": None if amount is None else int(amount),
        "applies_to": None if not applies else {"products": list(applies.get("products", []))},
        "created": req.now(),
        "currency": str(params["currency"]).lower() if params.get("currency") else None,
        "duration": duration,
        "duration_in_months": None if months is None else int(months),
        "max_redemptions": params.get("max_redemptions"),
        "metadata": merge_metadata({}, params.get("metadata")),
        "name": params.get("name"),
        "percent_off": None if pct is None else float(pct),
        "redeem_by": redeem_by,
        "times_redeemed": 0,
        "valid": True,
    }


def _code(n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(n))


@route("post", "/v1/coupons")
def create_coupon(req: Request) -> dict[str, Any]:
    cid = req.params.get("id")
    if cid and req.store.get(cid) is not None:
        raise invalid("Coupon already exists.", param="id", code="resource_already_exists")
    obj = req.store.add(new_coupon(req, req.params), req.account)
    emit(req, "coupon.created", obj)
    return obj


@route("get", "/v1/coupons/{coupon}")
def retrieve_coupon(req: Request, cid: str) -> dict[str, Any]:
    return fetch_live(req, cid, "coupon", param="coupon")


@route("post", "/v1/coupons/{coupon}")
def update_coupon(req: Request, cid: str) -> dict[str, Any]:
    obj = fetch_live(req, cid, "coupon", param="coupon")
    changes = {k: v for k, v in req.params.items() if k in ("name", "metadata")}
    return apply_update(req, obj, changes, "coupon.updated")


@route("delete", "/v1/coupons/{coupon}")
def delete_coupon(req: Request, cid: str) -> dict[str, Any]:
    obj = fetch_live(req, cid, "coupon", param="coupon")
    emit(req, "coupon.deleted", obj)
    req.store.remove(cid, "coupon")
    obj["valid"] = False
    # Discounts keep pointing at the coupon: keep it in a side table, hide it from the API.
    req.store.extra.setdefault("deleted_coupons", {})[cid] = dict(obj)
    deleted = {"id": cid, "object": "coupon", "deleted": True}
    req.store.objects[cid] = deleted
    return deleted


@route("get", "/v1/coupons")
def list_coupons(req: Request) -> dict[str, Any]:
    def where(o: dict[str, Any]) -> bool:
        return not o.get("deleted")

    return list_page(req, "coupon", "/v1/coupons", where=where)


def coupon_valid(req: Request, coupon: dict[str, Any]) -> bool:
    if coupon.get("deleted") or not coupon.get("valid", True):
        return False
    if coupon.get("redeem_by") is not None and int(coupon["redeem_by"]) <= req.now():
        return False
    limit = coupon.get("max_redemptions")
    return limit is None or int(coupon.get("times_redeemed") or 0) < int(limit)


# -- promotion codes ----------------------------------------------------------------
@route("post", "/v1/promotion_codes")
def create_promotion_code(req: Request) -> dict[str, Any]:
    p = req.params
    promotion = p["promotion"]
    if not promotion.get("coupon"):
        raise missing_param("promotion[coupon]")
    coupon = ref(req, promotion["coupon"], "coupon", "promotion[coupon]")
    if not coupon_valid(req, coupon):
        raise invalid(
            f"Coupon {coupon['id']} is no longer valid.",
            param="promotion[coupon]",
            code="coupon_expired",
        )
    code = p.get("code") or _code(8)
    for other in req.store.iter_newest(req.account, "promotion_code"):
        if other.get("active") and str(other.get("code", "")).lower() == code.lower():
            raise invalid(
                f"An active promotion code with `code: {code}` already exists.",
                param="code",
                code="resource_already_exists",
            )
    if p.get("customer"):
        ref(req, p["customer"], "customer", "customer")
    if p.get("expires_at") is not None and int(p["expires_at"]) <= req.now():
        raise invalid(
            "Invalid timestamp: must be an integer Unix timestamp in the future.",
            param="expires_at",
        )
    restrictions = p.get("restrictions") or {}
    if restrictions.get("minimum_amount") is not None and not restrictions.get(
        "minimum_amount_currency"
    ):
        raise missing_param("restrictions[minimum_amount_currency]")
    obj = {
        "id": req.store.new_id("promo"),
        "object": "promotion_code",
        "active": p.get("active", True),
        "code": code,
        "created": req.now(),
        "customer": p.get("customer"),
        "expires_at": p.get("expires_at"),
        "max_redemptions": p.get("max_redemptions"),
        "metadata": merge_metadata({}, p.get("metadata")),
        "promotion": {"coupon": coupon["id"], "type": "coupon"},
        "restrictions": {
            "currency_options": {},
            "first_time_transaction": bool(restrictions.get("first_time_transaction", False)),
            "minimum_amount": restrictions.get("minimum_amount"),
            "minimum_amount_currency": restrictions.get("minimum_amount_currency"),
        },
        "times_redeemed": 0,
    }
    req.store.add(obj, req.account)
    emit(req, "promotion_code.created", obj)
    return obj


@route("get", "/v1/promotion_codes/{promotion_code}")
def retrieve_promotion_code(req: Request, pid: str) -> dict[str, Any]:
    return fetch(req, pid, "promotion_code", param="promotion_code")


@route("post", "/v1/promotion_codes/{promotion_code}")
def update_promotion_code(req: Request, pid: str) -> dict[str, Any]:
    obj = fetch(req, pid, "promotion_code", param="promotion_code")
    changes: dict[str, Any] = {k: v for k, v in req.params.items() if k in ("active", "metadata")}
    if "restrictions" in req.params:
        changes["restrictions"] = {**obj["restrictions"], **req.params["restrictions"]}
    return apply_update(req, obj, changes, "promotion_code.updated")


@route("get", "/v1/promotion_codes")
def list_promotion_codes(req: Request) -> dict[str, Any]:
    p = req.params

    def where(o: dict[str, Any]) -> bool:
        if "active" in p and o.get("active") != p["active"]:
            return False
        if "code" in p and str(o.get("code", "")).lower() != str(p["code"]).lower():
            return False
        if "coupon" in p and (o.get("promotion") or {}).get("coupon") != p["coupon"]:
            return False
        return "customer" not in p or o.get("customer") == p["customer"]

    return list_page(req, "promotion_code", "/v1/promotion_codes", where=where)


# -- discounts ----------------------------------------------------------------------
def coupon_of(req: Request, coupon_id: str) -> dict[str, Any] | None:
    """A coupon by id, including one deleted after it was redeemed."""
    obj = req.store.get(coupon_id, req.account)
    if obj is not None and not obj.get("deleted"):
        return obj
    found: dict[str, Any] | None = req.store.extra.get("deleted_coupons", {}).get(coupon_id)
    return found


def new_discounts(
    req: Request, specs: Any, *, customer: str, subscription: str, param: str = "discounts"
) -> list[dict[str, Any]]:
    """Discount objects for ``discounts[]`` parameters (not stored; coupons not redeemed)."""
    out: list[dict[str, Any]] = []
    for i, spec in enumerate(specs or []):
        where = f"{param}[{i}]"
        exclusive(spec, "coupon", "discount", "promotion_code")
        promo_id = None
        if spec.get("discount"):
            existing = ref(req, spec["discount"], "discount", f"{where}[discount]")
            out.append(existing)
            continue
        if spec.get("promotion_code"):
            promo = ref(
                req,
                spec["promotion_code"],
                "promotion_code",
                f"{where}[promotion_code]",
                label="promotion code",
            )
            if not promo.get("active") or (
                promo.get("expires_at") and int(promo["expires_at"]) <= req.now()
            ):
                raise invalid(
                    f"This promotion code cannot be redeemed: {promo['code']} is "
                    "inactive or expired.",
                    param=f"{where}[promotion_code]",
                )
            if promo.get("customer") and promo["customer"] != customer:
                raise invalid(
                    "This promotion code cannot be redeemed by this customer.",
                    param=f"{where}[promotion_code]",
                )
            promo_id = promo["id"]
            coupon_id = promo["promotion"]["coupon"]
        elif spec.get("coupon"):
            coupon_id = spec["coupon"]
        else:
            raise missing_param(f"{where}[coupon]")
        coupon = ref(req, coupon_id, "coupon", f"{where}[coupon]")
        if not coupon_valid(req, coupon):
            raise ApiError(
                400, f"Coupon expired: {coupon_id}", param=f"{where}[coupon]", code="coupon_expired"
            )
        now = req.now()
        end = None
        if coupon.get("duration") == "repeating":
            end = add_interval(now, "month", int(coupon["duration_in_months"]))
        elif coupon.get("duration") == "once":
            end = now + DAY
        out.append(
            {
                "id": req.store.new_id("di"),
                "object": "discount",
                "checkout_session": None,
                "customer": customer,
                "customer_account": None,
                "end": end,
                "invoice": None,
                "invoice_item": None,
                "promotion_code": promo_id,
                "source": {"coupon": coupon_id, "type": "coupon"},
                "start": now,
                "subscription": subscription,
                "subscription_item": None,
            }
        )
    return out


def redeem(req: Request, discounts: list[dict[str, Any]]) -> list[str]:
    """Store new discounts, count the redemptions; return their ids."""
    ids = []
    for d in discounts:
        if req.store.get(d["id"]) is None:
            req.store.add(d, req.account)
            coupon = coupon_of(req, d["source"]["coupon"])
            if coupon is not None:
                coupon["times_redeemed"] = int(coupon.get("times_redeemed") or 0) + 1
            if d.get("promotion_code"):
                promo = req.store.get(d["promotion_code"])
                if promo is not None:
                    promo["times_redeemed"] = int(promo.get("times_redeemed") or 0) + 1
        ids.append(d["id"])
    return ids


def discount_amounts(
    req: Request, discount_ids: list[str], subtotal: int, currency: str
) -> list[dict[str, Any]]:
    """``[{amount, discount}]`` for an invoice subtotal, applied in order."""
    out = []
    remaining = subtotal
    for did in discount_ids:
        d = req.store.get(did)
        if d is None:
            continue
        coupon = coupon_of(req, d["source"]["coupon"])
        if coupon is None:
            continue
        if coupon.get("percent_off") is not None:
            amount = round(remaining * float(coupon["percent_off"]) / 100)
        elif coupon.get("currency") == currency:
            amount = min(int(coupon.get("amount_off") or 0), remaining)
        else:
            amount = 0
        remaining -= amount
        out.append({"amount": amount, "discount": did})
    return out
