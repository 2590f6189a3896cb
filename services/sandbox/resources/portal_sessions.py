"""Customer portal sessions: ``POST /v1/billing_portal/sessions``.

A session needs a ``customer`` of the account (or a ``customer_account``), uses the given
active ``configuration`` or the account's default (Stripe's "save your customer portal
settings" error when there is none), an optional ``locale`` (the SDK's list, checked by
the pipeline), ``return_url`` (falling back to the configuration's
``default_return_url``), ``on_behalf_of`` (a connected account whose branding the portal
shows) and ``flow_data`` of every type, with the subscription checks Stripe makes (it
must belong to the customer and be in a state the flow allows). The session's ``url`` is
``{base}/p/session/<token>``, served by :mod:`.portal_pages`; the token is kept in
``store.extra["portal_sessions"]`` with its creation time for the 5-minute / 1-hour
expiry. Emits ``billing_portal.session.created``.
"""

from __future__ import annotations

import secrets
from typing import Any

from services.sandbox.app import RENDER_HOOK_OBJECT_FIELDS, RENDER_HOOKS, Request, SandboxApp, route
from services.sandbox.errors import ApiError, invalid, missing_param
from services.sandbox.resources import portal
from services.sandbox.resources.common import emit

KIND = "billing_portal.session"
SESSION_PREFIX = "/p/session/"
FLOW_TYPES = (
    "customer_update",
    "payment_method_update",
    "subscription_cancel",
    "subscription_pause",
    "subscription_update",
    "subscription_update_confirm",
)
LIVE_STATUSES = ("active", "trialing", "past_due", "unpaid", "paused")
MAX_CUSTOM_MESSAGE = 500


# -- subscriptions as the portal sees them -------------------------------------------------
def items_of(sub: dict[str, Any]) -> list[dict[str, Any]]:
    items = sub.get("items")
    if isinstance(items, dict):
        return list(items.get("data") or [])
    return list(items or [])


def price_of(req_store: Any, owner: str, item: dict[str, Any]) -> dict[str, Any]:
    """The price of a subscription item (stored as an object or as an id)."""
    price = item.get("price")
    if isinstance(price, str):
        found = req_store.get(price, owner)
        return dict(found) if found else {"id": price}
    return dict(price or {})


def update_blocker(req_store: Any, owner: str, sub: dict[str, Any]) -> str | None:
    """Why the portal cannot update this subscription (Stripe's limitations), or None."""
    if sub.get("status") not in ("active", "trialing"):
        return (
            f"its status is `{sub.get('status')}`; only active or trialing subscriptions "
            "can be updated"
        )
    if sub.get("schedule"):
        return "it has a subscription schedule attached"
    if sub.get("collection_method") == "send_invoice":
        return "it uses collection_method=send_invoice"
    items = items_of(sub)
    if len(items) != 1:
        return "it has several items (multiple products)"
    price = price_of(req_store, owner, items[0])
    if (price.get("recurring") or {}).get("usage_type") == "metered":
        return "it uses usage-based (metered) billing"
    return None


def cancel_blocker(sub: dict[str, Any]) -> str | None:
    if sub.get("status") not in LIVE_STATUSES:
        return (
            f"its status is `{sub.get('status')}`; only active, trialing, past_due, "
            "unpaid or paused subscriptions can be canceled"
        )
    if sub.get("schedule"):
        return "it has a subscription schedule attached"
    if sub.get("cancel_at_period_end") or sub.get("cancel_at"):
        return "it is already scheduled to be canceled"
    return None


# -- flow_data ----------------------------------------------------------------------------
def _subscription(req: Request, sub_id: str, customer_id: str, param: str) -> dict[str, Any]:
    sub = portal._ref(req, sub_id, "subscription", param)
    if sub.get("customer") != customer_id:
        raise invalid(
            f"The subscription '{sub_id}' does not belong to the customer '{customer_id}'.",
            param=param,
        )
    return sub


def _require_feature(config: dict[str, Any], feature: str, flow: str) -> None:
    if not config["features"][feature]["enabled"]:
        raise invalid(
            f"The `{flow}` flow cannot be used because features[{feature}][enabled] is false "
            f"on the portal configuration '{config['id']}'.",
            param="flow_data[type]",
        )


def _refuse(sub_id: str, flow: str, why: str, param: str) -> ApiError:
    return invalid(
        f"The subscription '{sub_id}' cannot be used in a `{flow}` flow: {why}.", param=param
    )


def _after_completion(data: dict[str, Any] | None) -> dict[str, Any]:
    data = data or {"type": "portal_homepage"}
    kind = data["type"]
    base = "flow_data[after_completion]"
    for other in ("redirect", "hosted_confirmation"):
        if other in data and other != kind:
            raise invalid(
                f"{base}[{other}] can only be set when {base}[type] is `{other}`.",
                param=f"{base}[{other}]",
            )
    redirect = None
    confirmation = None
    if kind == "redirect":
        if "redirect" not in data:
            raise missing_param(f"{base}[redirect]")
        redirect = {
            "return_url": portal.check_url(
                data["redirect"]["return_url"], f"{base}[redirect][return_url]"
            )
        }
    elif kind == "hosted_confirmation":
        message = (data.get("hosted_confirmation") or {}).get("custom_message")
        if message is not None and len(message) > MAX_CUSTOM_MESSAGE:
            raise invalid(
                f"The custom message can be at most {MAX_CUSTOM_MESSAGE} characters.",
                param=f"{base}[hosted_confirmation][custom_message]",
            )
        confirmation = {"custom_message": message}
    return {"hosted_confirmation": confirmation, "redirect": redirect, "type": kind}


def _flow(
    req: Request, data: dict[str, Any], customer_id: str, config: dict[str, Any]
) -> dict[str, Any]:
    kind = data["type"]
    for other in FLOW_TYPES:
        if other in data and other != kind:
            raise invalid(
                f"flow_data[{other}] can only be set when flow_data[type] is `{other}`.",
                param=f"flow_data[{other}]",
            )
    flow: dict[str, Any] = {t: None for t in FLOW_TYPES if t != "payment_method_update"}
    flow["after_completion"] = _after_completion(data.get("after_completion"))
    flow["type"] = kind
    if kind in ("customer_update", "payment_method_update"):
        if kind == "customer_update":
            _require_feature(config, "customer_update", kind)
            flow["customer_update"] = {}
        return flow
    if kind not in data:
        raise missing_param(f"flow_data[{kind}]")
    given = data[kind]
    param = f"flow_data[{kind}][subscription]"
    sub = _subscription(req, given["subscription"], customer_id, param)
    sid = sub["id"]
    if kind == "subscription_cancel":
        _require_feature(config, "subscription_cancel", kind)
        why = cancel_blocker(sub)
        if why:
            raise _refuse(sid, kind, why, param)
        retention = None
        if "retention" in given:
            coupon_id = given["retention"]["coupon_offer"]["coupon"]
            cparam = "flow_data[subscription_cancel][retention][coupon_offer][coupon]"
            coupon = portal._ref(req, coupon_id, "coupon", cparam)
            if coupon.get("valid") is False:
                raise invalid(f"The coupon '{coupon_id}' is no longer valid.", param=cparam)
            retention = {"coupon_offer": {"coupon": coupon_id}, "type": "coupon_offer"}
        flow[kind] = {"retention": retention, "subscription": sid}
    elif kind == "subscription_pause":
        _require_feature(config, "subscription_pause", kind)
        if sub.get("status") != "active":
            raise _refuse(
                sid,
                kind,
                f"its status is `{sub.get('status')}`; only active subscriptions can be paused",
                param,
            )
        if sub.get("pause_collection"):
            raise _refuse(sid, kind, "its payment collection is already paused", param)
        flow[kind] = {"subscription": sid}
    else:
        _require_feature(config, "subscription_update", kind)
        why = update_blocker(req.store, req.account, sub)
        if why:
            raise _refuse(sid, kind, why, param)
        if kind == "subscription_update":
            flow[kind] = {"subscription": sid}
        else:
            flow[kind] = _update_confirm(req, given, sub, config)
    return flow


def _update_confirm(
    req: Request, given: dict[str, Any], sub: dict[str, Any], config: dict[str, Any]
) -> dict[str, Any]:
    base = "flow_data[subscription_update_confirm]"
    items = given["items"]
    if len(items) != 1:
        raise invalid(
            "Exactly one item can be specified: subscriptions with multiple items "
            "can't be updated in the portal.",
            param=f"{base}[items]",
        )
    item = items[0]
    own = {i.get("id") for i in items_of(sub)}
    if item["id"] not in own:
        raise invalid(
            f"The subscription item '{item['id']}' does not belong to the "
            f"subscription '{sub['id']}'.",
            param=f"{base}[items][0][id]",
        )
    if "price" not in item and "quantity" not in item:
        raise invalid("Each item must set a new `price` or `quantity`.", param=f"{base}[items][0]")
    su = config["features"]["subscription_update"]
    allowed = set(su["default_allowed_updates"])
    target_product = None
    if "price" in item:
        if "price" not in allowed:
            raise invalid(
                "Price updates are not allowed by this portal configuration "
                "(features[subscription_update][default_allowed_updates]).",
                param=f"{base}[items][0][price]",
            )
        target_product = next((p for p in su["products"] if item["price"] in p["prices"]), None)
        if target_product is None:
            raise invalid(
                f"The price '{item['price']}' is not in the portal configuration's "
                "features[subscription_update][products].",
                param=f"{base}[items][0][price]",
            )
    if "quantity" in item:
        quantity = int(item["quantity"])
        if target_product is None:
            current = price_of(req.store, req.account, items_of(sub)[0]).get("product")
            target_product = next((p for p in su["products"] if p["product"] == current), None)
        adjustable = (target_product or {}).get("adjustable_quantity") or {}
        if "quantity" not in allowed and not adjustable.get("enabled"):
            raise invalid(
                "Quantity updates are not allowed by this portal configuration.",
                param=f"{base}[items][0][quantity]",
            )
        low = int(adjustable.get("minimum") or 0)
        high = adjustable.get("maximum")
        if quantity < max(low, 0) or (high is not None and quantity > int(high)):
            raise invalid(
                f"The quantity must be between {low} and {high}.",
                param=f"{base}[items][0][quantity]",
            )
    discounts = None
    if "discounts" in given:
        if len(given["discounts"]) > 1:
            raise invalid(
                "Only one discount can be applied in the portal.", param=f"{base}[discounts]"
            )
        discounts = []
        for i, d in enumerate(given["discounts"]):
            if bool(d.get("coupon")) == bool(d.get("promotion_code")):
                raise invalid(
                    "Specify exactly one of `coupon` or `promotion_code`.",
                    param=f"{base}[discounts][{i}]",
                )
            if d.get("coupon"):
                portal._ref(req, d["coupon"], "coupon", f"{base}[discounts][{i}][coupon]")
            else:
                portal._ref(
                    req,
                    d["promotion_code"],
                    "promotion_code",
                    f"{base}[discounts][{i}][promotion_code]",
                )
            discounts.append({"coupon": d.get("coupon"), "promotion_code": d.get("promotion_code")})
    return {
        "discounts": discounts,
        "items": [{"id": item["id"], "price": item.get("price"), "quantity": item.get("quantity")}],
        "subscription": sub["id"],
    }


# -- the endpoint -------------------------------------------------------------------------
def _configuration(req: Request) -> dict[str, Any]:
    cid = req.params.get("configuration")
    if cid:
        config = portal._ref(req, cid, portal.KIND, "configuration")
        if not config.get("active"):
            raise invalid(
                f"The configuration '{cid}' is not active. Activate it, or use an "
                "active configuration, to create portal sessions.",
                param="configuration",
            )
        return config
    default = portal.default_configuration(req)
    if default is None:
        mode, path = ("live", "") if req.livemode else ("test", "test/")
        raise invalid(
            f"You can’t create a portal session in {mode} mode until you save your customer "
            f"portal settings in {mode} mode at https://dashboard.stripe.com/{path}settings/"
            "billing/portal."
        )
    return default


def _on_behalf_of(req: Request, acct_id: str) -> str:
    if req.account:
        raise invalid(
            "`on_behalf_of` can only be used by the platform, without the Stripe-Account header.",
            param="on_behalf_of",
        )
    acct = req.store.get(acct_id, "")
    if (
        acct is None
        or acct.get("object") != "account"
        or acct.get("deleted")
        or req.store.extra.get("deauthorized", {}).get(acct_id)
    ):
        raise invalid(
            f"No such account: '{acct_id}'", param="on_behalf_of", code="resource_missing"
        )
    return acct_id


@route("post", "/v1/billing_portal/sessions")
def create_session(req: Request) -> dict[str, Any]:
    p = req.params
    if p.get("customer") and p.get("customer_account"):
        raise invalid(
            "You may only specify one of these parameters: customer, customer_account.",
            param="customer_account",
        )
    customer_id = p.get("customer")
    customer_account = p.get("customer_account")
    if not customer_id and not customer_account:
        raise missing_param("customer")
    if customer_id:
        portal._ref(req, customer_id, "customer", "customer")
    else:
        acct = req.store.get(str(customer_account), "")
        if acct is None or acct.get("object") != "account":
            raise invalid(
                f"No such account: '{customer_account}'",
                param="customer_account",
                code="resource_missing",
            )
    config = _configuration(req)
    return_url = p.get("return_url")
    if return_url:
        return_url = portal.check_url(return_url, "return_url")
    else:
        return_url = config.get("default_return_url")
    flow = None
    if "flow_data" in p:
        flow = _flow(req, p["flow_data"], str(customer_id or customer_account), config)
    after_expiration = None
    if "after_expiration" in p:
        login = p["after_expiration"].get("customer_login")
        if login and login.get("expires_at") is not None and login["expires_at"] <= req.now():
            raise invalid(
                "expires_at must be in the future.",
                param="after_expiration[customer_login][expires_at]",
            )
        after_expiration = {
            "customer_login": {"expires_at": (login or {}).get("expires_at")},
            "type": p["after_expiration"]["type"],
        }
    token = secrets.token_urlsafe(24)
    now = req.now()
    obj: dict[str, Any] = {
        "id": req.store.new_id("bps"),
        "object": KIND,
        "after_expiration": after_expiration,
        "configuration": config["id"],
        "created": now,
        "customer": customer_id,
        "customer_account": customer_account,
        "flow": flow,
        "locale": p.get("locale"),
        "on_behalf_of": _on_behalf_of(req, p["on_behalf_of"]) if p.get("on_behalf_of") else None,
        "return_url": return_url,
        "url": SESSION_PREFIX + token,
    }
    req.store.add(obj, req.account)
    req.store.extra.setdefault("portal_sessions", {})[token] = {
        "session": obj["id"],
        "owner": req.account,
        "created": now,
        "last_used": None,
        "livemode": req.livemode,
    }
    emit(req, "billing_portal.session.created", obj)
    return obj


def _absolute(app: SandboxApp, obj: dict[str, Any]) -> dict[str, Any]:
    url = obj.get("url")
    if isinstance(url, str) and url.startswith("/"):
        obj["url"] = app.base_url + url
    return obj


RENDER_HOOKS[KIND] = _absolute
RENDER_HOOK_OBJECT_FIELDS[_absolute] = ()  # sets a URL only
