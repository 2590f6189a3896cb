"""The customer portal: configurations (this module), sessions and the hosted pages.

``/v1/billing_portal/configurations``: create, list (``active``, ``is_default``),
retrieve and update every field of the current API, per account (``Stripe-Account``
scopes them to a connected account). Stored configurations have every nested field of
Stripe's shape, including ``features.subscription_update.products`` and
``features.subscription_pause``. Stripe's rules are enforced with its errors: at most 10
products, each product once, its prices its own, recurring, active and unique per
(interval, currency); ``subscription_cancel.proration_behavior=always_invoice`` refused
(and ``create_prorations`` only with ``mode=immediately``); an enabled
``subscription_update`` needs ``products`` and ``default_allowed_updates``; the first
configuration of an account is its default, ``is_default`` is read-only and the default
cannot be deactivated; ``login_page.enabled=true`` gives a ``login_page.url`` served by
the sandbox (``{base}/p/login/<token>``), disabling clears it; ``updated`` changes on
every update; events ``billing_portal.configuration.created`` / ``.updated`` (with
``previous_attributes``).

Builder for the seed generator (uses only ``req.store``, ``req.now()`` and
``req.account``; validates like the API; the caller stores the result)::

    from services.sandbox.resources.portal import new_configuration
    cfg = new_configuration(req, {"features": {"invoice_history": {"enabled": True}}})
    req.store.add(cfg, req.account)     # add before building the next one: the first
                                        # configuration of an account becomes its default

Sessions are in :mod:`.portal_sessions`, the HTML pages in :mod:`.portal_pages`.
"""

from __future__ import annotations

import copy
import secrets
from typing import Any
from urllib.parse import urlsplit

from services.sandbox import shapes
from services.sandbox.app import RENDER_HOOK_OBJECT_FIELDS, RENDER_HOOKS, Request, SandboxApp, route
from services.sandbox.errors import ApiError, invalid, missing_param
from services.sandbox.resources.accounts import application_id, previous_attributes
from services.sandbox.resources.common import emit, fetch, list_page, merge_metadata

KIND = "billing_portal.configuration"
MAX_PRODUCTS = 10
LOGIN_PREFIX = "/p/login/"
SUB_UPDATE = "features[subscription_update]"
_PAUSE_LIMITS = {"day": 1095, "week": 156, "month": 36, "year": 3}


# -- shapes ------------------------------------------------------------------------------
def _features_template() -> dict[str, Any]:
    features = shapes.nested(KIND, "features")
    features["customer_update"]["allowed_updates"] = []
    features["subscription_cancel"].update(mode="at_period_end", proration_behavior="none")
    features["subscription_cancel"]["cancellation_reason"] = {
        "enabled": False,
        "feedback_options": None,
        "options": [],
    }
    features["subscription_update"].update(
        products=[],
        proration_behavior="none",
        trial_update_behavior="end_trial",
        billing_cycle_anchor=None,
        default_allowed_updates=[],
        schedule_at_period_end={"conditions": []},
    )
    features["subscription_pause"] = {
        "duration": {
            "interval_options": [{"interval": "month", "interval_count": 1}],
            "type": "interval_options",
        },
        "enabled": False,
    }
    return features


def check_url(value: Any, param: str) -> str:
    """Stripe's URL check: an absolute http(s) URL."""
    text = str(value)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
        raise invalid("Not a valid URL", param=param, code="url_invalid")
    return text


def _ref(req: Request, oid: str, kind: str, param: str) -> dict[str, Any]:
    """A referenced object in the request's account, or Stripe's 400 ``resource_missing``."""
    obj = req.store.get(oid, req.account)
    if obj is None or obj.get("object") != kind or obj.get("deleted"):
        raise invalid(f"No such {kind}: '{oid}'", param=param, code="resource_missing")
    return obj


# -- validation of features --------------------------------------------------------------
def _products(req: Request, value: Any) -> list[dict[str, Any]]:
    if value == "" or value is None:
        return []
    if len(value) > MAX_PRODUCTS:
        raise invalid(
            f"You can specify at most {MAX_PRODUCTS} products in "
            f"{SUB_UPDATE}[products]; you passed {len(value)}.",
            param=f"{SUB_UPDATE}[products]",
        )
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, entry in enumerate(value):
        base = f"{SUB_UPDATE}[products][{i}]"
        pid = entry["product"]
        if pid in seen:
            raise invalid(
                f"The product '{pid}' appears more than once in {SUB_UPDATE}[products]. "
                "List each product once, with all of its prices.",
                param=f"{base}[product]",
            )
        seen.add(pid)
        product = _ref(req, pid, "product", f"{base}[product]")
        if product.get("active") is False:
            raise invalid(
                f"The product '{pid}' is not active. Only active products can be "
                "offered in the customer portal.",
                param=f"{base}[product]",
            )
        prices = list(entry.get("prices") or [])
        if not prices:
            raise invalid(
                f"You must specify at least one price for the product '{pid}'.",
                param=f"{base}[prices]",
            )
        combos: dict[tuple[str, str], str] = {}
        for j, price_id in enumerate(prices):
            param = f"{base}[prices][{j}]"
            price = _ref(req, price_id, "price", param)
            if price.get("product") != pid:
                raise invalid(
                    f"The price '{price_id}' does not belong to the product '{pid}'.", param=param
                )
            if price.get("type") != "recurring" or not price.get("recurring"):
                raise invalid(
                    f"The price '{price_id}' is not a recurring price. Only "
                    "recurring prices can be used in the customer portal.",
                    param=param,
                )
            if price.get("active") is False:
                raise invalid(
                    f"The price '{price_id}' is not active. Only active prices can "
                    "be used in the customer portal.",
                    param=param,
                )
            key = (str(price["recurring"]["interval"]), str(price.get("currency")))
            if key in combos:
                raise invalid(
                    "You cannot have multiple prices with the same interval and currency for "
                    f"a single product: '{combos[key]}' and '{price_id}' of product '{pid}' "
                    f"are both billed every {key[0]} in {key[1].upper()}.",
                    param=param,
                )
            combos[key] = price_id
        out.append(
            {
                "adjustable_quantity": _adjustable(
                    entry.get("adjustable_quantity"), f"{base}[adjustable_quantity]"
                ),
                "prices": prices,
                "product": pid,
            }
        )
    return out


def _adjustable(value: dict[str, Any] | None, base: str) -> dict[str, Any]:
    value = value or {"enabled": False}
    enabled = bool(value.get("enabled"))
    minimum = int(value.get("minimum", 0))
    maximum = value.get("maximum", 99 if enabled else None)
    if minimum < 0:
        raise invalid("The minimum quantity must be at least 0.", param=f"{base}[minimum]")
    if maximum is not None and (int(maximum) < 1 or int(maximum) < minimum):
        raise invalid(
            "The maximum quantity must be at least 1 and at least the minimum quantity.",
            param=f"{base}[maximum]",
        )
    return {
        "enabled": enabled,
        "maximum": None if maximum is None else int(maximum),
        "minimum": minimum,
    }


def _list_or_empty(value: Any) -> list[Any]:
    return [] if value in ("", None) else list(value)


def _merge_features(req: Request, current: dict[str, Any], given: dict[str, Any]) -> None:
    """Apply ``given`` (params) onto ``current`` (a complete ``features`` object) in place."""
    if "customer_update" in given:
        cu, g = current["customer_update"], given["customer_update"]
        if "enabled" in g:
            cu["enabled"] = g["enabled"]
        if "allowed_updates" in g:
            cu["allowed_updates"] = _list_or_empty(g["allowed_updates"])
    if "invoice_history" in given:
        current["invoice_history"]["enabled"] = given["invoice_history"]["enabled"]
    if "payment_method_update" in given:
        pm, g = current["payment_method_update"], given["payment_method_update"]
        if "enabled" in g:
            pm["enabled"] = g["enabled"]
        if "payment_method_configuration" in g:
            pm["payment_method_configuration"] = g["payment_method_configuration"] or None
    if "subscription_cancel" in given:
        sc, g = current["subscription_cancel"], given["subscription_cancel"]
        for key in ("enabled", "mode", "proration_behavior"):
            if key in g:
                sc[key] = g[key]
        if "cancellation_reason" in g:
            cr, gr = sc["cancellation_reason"], g["cancellation_reason"]
            if "enabled" in gr:
                cr["enabled"] = gr["enabled"]
            if "options" in gr:
                cr["options"] = _list_or_empty(gr["options"])
            if "feedback_options" in gr:
                cr["feedback_options"] = _list_or_empty(gr["feedback_options"]) or None
    if "subscription_pause" in given:
        sp, g = current["subscription_pause"], given["subscription_pause"]
        if "enabled" in g:
            sp["enabled"] = g["enabled"]
        if "duration" in g:
            d = g["duration"]
            options = _list_or_empty(d.get("interval_options"))
            sp["duration"] = {
                "interval_options": [
                    {"interval": o["interval"], "interval_count": int(o.get("interval_count", 1))}
                    for o in options
                ],
                "type": d["type"],
            }
    if "subscription_update" in given:
        su, g = current["subscription_update"], given["subscription_update"]
        for key in (
            "enabled",
            "proration_behavior",
            "trial_update_behavior",
            "billing_cycle_anchor",
        ):
            if key in g:
                su[key] = g[key]
        if "default_allowed_updates" in g:
            su["default_allowed_updates"] = _list_or_empty(g["default_allowed_updates"])
        if "products" in g:
            su["products"] = _products(req, g["products"])
        if "schedule_at_period_end" in g:
            conds = _list_or_empty(g["schedule_at_period_end"].get("conditions"))
            su["schedule_at_period_end"] = {"conditions": [{"type": c["type"]} for c in conds]}


def _check_features(features: dict[str, Any]) -> None:
    sc = features["subscription_cancel"]
    if sc["proration_behavior"] == "always_invoice":
        raise invalid(
            "`always_invoice` is not supported for features[subscription_cancel]"
            "[proration_behavior]. Use `none` or `create_prorations`.",
            param="features[subscription_cancel][proration_behavior]",
        )
    if sc["proration_behavior"] == "create_prorations" and sc["mode"] != "immediately":
        raise invalid(
            "features[subscription_cancel][proration_behavior]=create_prorations is only "
            "compatible with features[subscription_cancel][mode]=immediately.",
            param="features[subscription_cancel][proration_behavior]",
        )
    su = features["subscription_update"]
    if su["enabled"]:
        if not su["products"]:
            raise missing_param(f"{SUB_UPDATE}[products]")
        if not su["default_allowed_updates"]:
            raise missing_param(f"{SUB_UPDATE}[default_allowed_updates]")
    duration = features["subscription_pause"]["duration"]
    param = "features[subscription_pause][duration][interval_options]"
    if duration["type"] == "interval_options" and not duration["interval_options"]:
        raise missing_param(param)
    if duration["type"] == "indefinite" and duration["interval_options"]:
        raise invalid(
            "interval_options can only be set when features[subscription_pause]"
            "[duration][type] is `interval_options`.",
            param=param,
        )
    for i, option in enumerate(duration["interval_options"]):
        count = option["interval_count"]
        if count < 1 or count > _PAUSE_LIMITS[option["interval"]]:
            raise invalid(
                "The interval count must be at least 1 and the pause duration at most three years.",
                param=f"{param}[{i}][interval_count]",
            )


# -- login page ---------------------------------------------------------------------------
def _login_page(
    req: Request, current: dict[str, Any], enabled: bool, config_id: str
) -> dict[str, Any]:
    table: dict[str, Any] = req.store.extra.setdefault("portal_login", {})
    if enabled:
        if current.get("enabled") and current.get("url"):
            return dict(current)
        token = "login_" + secrets.token_urlsafe(18)
        table[token] = {"configuration": config_id, "owner": req.account}
        return {"enabled": True, "url": LOGIN_PREFIX + token}
    old = current.get("url")
    if old:
        table.pop(str(old).rsplit("/", 1)[-1], None)
    return {"enabled": False, "url": None}


def _absolute(app: SandboxApp, obj: dict[str, Any]) -> dict[str, Any]:
    login = obj.get("login_page")
    if isinstance(login, dict) and str(login.get("url") or "").startswith("/"):
        obj["login_page"] = {**login, "url": app.base_url + login["url"]}
    return obj


RENDER_HOOKS[KIND] = _absolute
RENDER_HOOK_OBJECT_FIELDS[_absolute] = ()  # sets login_page {enabled, url} only


# -- builder -----------------------------------------------------------------------------
def _business_profile(current: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    bp = dict(current)
    for key in ("headline", "privacy_policy_url", "terms_of_service_url"):
        if key in given:
            value = given[key] or None
            if value is not None and key != "headline":
                value = check_url(value, f"business_profile[{key}]")
            bp[key] = value
    return bp


def new_configuration(
    req: Request, params: dict[str, Any], *, is_default: bool | None = None
) -> dict[str, Any]:
    """A validated portal configuration for ``req.account`` (not stored)."""
    if "features" not in params:
        raise missing_param("features")
    cid = req.store.new_id("bpc")
    features = _features_template()
    _merge_features(req, features, params["features"])
    _check_features(features)
    if is_default is None:
        is_default = not any(True for _ in req.store.iter_newest(req.account, KIND))
    default_return = params.get("default_return_url") or None
    if default_return is not None:
        default_return = check_url(default_return, "default_return_url")
    login = _login_page(req, {}, bool((params.get("login_page") or {}).get("enabled")), cid)
    now = req.now()
    return {
        "id": cid,
        "object": KIND,
        "active": True,
        "application": application_id(req) if req.account else None,
        "business_profile": _business_profile(
            shapes.nested(KIND, "business_profile"), params.get("business_profile") or {}
        ),
        "created": now,
        "default_return_url": default_return,
        "features": features,
        "is_default": is_default,
        "login_page": login,
        "metadata": merge_metadata({}, params.get("metadata")),
        "name": params.get("name") or None,
        "updated": now,
    }


# -- endpoints ---------------------------------------------------------------------------
@route("post", "/v1/billing_portal/configurations")
def create_configuration(req: Request) -> dict[str, Any]:
    obj = req.store.add(new_configuration(req, req.params), req.account)
    emit(req, "billing_portal.configuration.created", obj)
    return obj


@route("get", "/v1/billing_portal/configurations/{configuration}")
def retrieve_configuration(req: Request, cid: str) -> dict[str, Any]:
    return fetch(req, cid, KIND, param="configuration")


@route("get", "/v1/billing_portal/configurations")
def list_configurations(req: Request) -> dict[str, Any]:
    p = req.params

    def where(o: dict[str, Any]) -> bool:
        if "active" in p and o.get("active") != p["active"]:
            return False
        return not ("is_default" in p and o.get("is_default") != p["is_default"])

    return list_page(req, KIND, "/v1/billing_portal/configurations", where=where)


@route("post", "/v1/billing_portal/configurations/{configuration}")
def update_configuration(req: Request, cid: str) -> dict[str, Any]:
    obj = fetch(req, cid, KIND, param="configuration")
    p = req.params
    new = copy.deepcopy(obj)
    if "active" in p:
        if not p["active"] and obj.get("is_default"):
            raise ApiError(
                400,
                "You cannot deactivate the default configuration. Set another configuration "
                "as the default first.",
                param="active",
            )
        new["active"] = p["active"]
    if "business_profile" in p:
        new["business_profile"] = _business_profile(new["business_profile"], p["business_profile"])
    if "default_return_url" in p:
        value = p["default_return_url"] or None
        new["default_return_url"] = (
            None if value is None else check_url(value, "default_return_url")
        )
    if "features" in p:
        _merge_features(req, new["features"], p["features"])
        _check_features(new["features"])
    if "login_page" in p:
        new["login_page"] = _login_page(req, new["login_page"], p["login_page"]["enabled"], cid)
    if "metadata" in p:
        new["metadata"] = merge_metadata(new.get("metadata"), p["metadata"])
    if "name" in p:
        new["name"] = p["name"] or None
    new["updated"] = max(req.now(), int(obj.get("updated") or 0) + 1)
    previous = previous_attributes(obj, new)
    obj.clear()
    obj.update(new)
    emit(req, "billing_portal.configuration.updated", obj, previous)
    return obj


def default_configuration(req: Request) -> dict[str, Any] | None:
    """The account's default configuration, if it has one."""
    for obj in req.store.iter_newest(req.account, KIND):
        if obj.get("is_default"):
            return obj
    return None


from services.sandbox.resources import portal_pages, portal_sessions  # noqa: E402, F401
