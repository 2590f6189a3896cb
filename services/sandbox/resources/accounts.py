"""The platform account (``GET /v1/account``) and connected accounts (``/v1/accounts``).

Connected accounts are objects of kind ``account`` owned by the platform (owner ``""``).
Their ``controller`` says who manages them: a full Stripe Dashboard (``type=standard`` or
``controller[stripe_dashboard][type]=full``), the Express Dashboard (``type=express``) or
no Stripe dashboard (``type=custom`` / ``stripe_dashboard.type=none``). The platform may
change every field of accounts it controls (Express, no dashboard), but only ``metadata``
of full-Dashboard accounts, whose owners manage their own settings (branding included):
anything else answers Stripe's 403. The platform's own account is not updatable here.

``settings[branding]``: ``icon``/``logo`` must be files with purpose ``business_icon`` /
``business_logo`` (the icon square, both at least 128×128 px, as the SDK documents) and
colours must be ``#RRGGBB``. Updates emit ``account.updated`` (with
``previous_attributes``) in the connected account.

Builder for the seed generator (uses only ``req.store`` and ``req.now()``; the caller
stores the result with ``req.store.add(obj, "")``)::

    from services.sandbox.resources.accounts import new_connected_account
    acct = new_connected_account(req, name="Rivera Yoga", dashboard="express",
                                 branding={"primary_color": "#0e7c86"}, onboarded=True)
    req.store.add(acct, "")

Deauthorization (the account disconnects from the platform): :func:`deauthorize`
(also ``SandboxServer.deauthorize(acct_id)``) marks it in ``store.extra["deauthorized"]``
and emits ``account.application.deauthorized`` on the platform with ``account`` set.
"""

from __future__ import annotations

import copy
import re
import secrets
from typing import Any, Literal

from services.sandbox import shapes
from services.sandbox.app import KeyInfo, Request, SandboxApp, route
from services.sandbox.errors import ApiError, invalid, no_such
from services.sandbox.resources.common import emit, list_page, merge_metadata
from services.sandbox.resources.files import file_content, image_size

Dashboard = Literal["full", "express", "none"]

DEFAULT_APPLICATION = "ca_CounterfoilPlatform"
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_CURRENCY = {
    "US": "usd",
    "GB": "gbp",
    "CA": "cad",
    "AU": "aud",
    "NZ": "nzd",
    "JP": "jpy",
    "CH": "chf",
    "SE": "sek",
    "NO": "nok",
    "DK": "dkk",
    "PL": "pln",
    "SG": "sgd",
    "HK": "hkd",
    "MX": "mxn",
    "BR": "brl",
    "IN": "inr",
}
_EURO = {
    "AT",
    "BE",
    "CY",
    "DE",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PT",
    "SI",
    "SK",
}
# What a new, not yet onboarded account still has to provide (each satisfiable through
# the Accounts API by an account the platform controls).
INITIAL_REQUIREMENTS = (
    "business_profile.mcc",
    "business_profile.url",
    "business_type",
    "external_account",
    "tos_acceptance.date",
    "tos_acceptance.ip",
)
# Controller profiles: dashboard → (fees.payer, losses.payments, requirement_collection).
_PROFILES: dict[str, tuple[str, str, str]] = {
    "full": ("account", "stripe", "stripe"),
    "express": ("application", "application", "stripe"),
    "none": ("application", "application", "application"),
}
_LEGACY = {"standard": "full", "express": "express", "custom": "none"}


def platform(req: Request) -> dict[str, Any]:
    obj: dict[str, Any] = req.store.extra["platform"]
    return obj


def platform_id(store_extra: dict[str, Any]) -> str:
    return str(store_extra.get("platform_id") or store_extra.get("platform", {}).get("id", ""))


def application_id(req: Request) -> str:
    """The platform's Connect application id (``application`` of objects it creates)."""
    return str(req.store.extra.get("platform_application", DEFAULT_APPLICATION))


def _deep_fill(template: Any, value: Any) -> Any:
    """``value`` with every nested field of ``template`` present (values win)."""
    if isinstance(template, dict) and isinstance(value, dict) and template.get("object") != "list":
        out = {
            k: _deep_fill(template[k], value[k]) if k in value else copy.deepcopy(v)
            for k, v in template.items()
        }
        out.update({k: v for k, v in value.items() if k not in template})
        return out
    return value


def full_shape(obj: dict[str, Any]) -> dict[str, Any]:
    """An account with every nested field of Stripe's account shape (a new dict)."""
    template = shapes.nested("account", "settings")
    out = dict(obj)
    for key in ("business_profile", "requirements", "future_requirements", "tos_acceptance"):
        if isinstance(out.get(key), dict):
            out[key] = _deep_fill(shapes.nested("account", key), out[key])
        elif key != "business_profile" and out.get(key) is None:
            out[key] = shapes.nested("account", key)
    if isinstance(out.get("settings"), dict):
        out["settings"] = _deep_fill(template, out["settings"])
    return out


# -- builder ---------------------------------------------------------------------------
def _controller(
    dashboard: str,
    legacy_type: str | None,
    fees: str | None = None,
    losses: str | None = None,
    collection: str | None = None,
) -> dict[str, Any]:
    d_fees, d_losses, d_collection = _PROFILES[dashboard]
    payer = fees or d_fees
    if legacy_type == "express":
        payer = "application_express"
    elif legacy_type == "custom":
        payer = "application_custom"
    return {
        "fees": {"payer": payer},
        "is_controller": True,
        "losses": {"payments": losses or d_losses},
        "requirement_collection": collection or d_collection,
        "stripe_dashboard": {"type": dashboard},
        "type": "application",
    }


def _account_type(controller: dict[str, Any], legacy_type: str | None) -> str:
    if legacy_type:
        return legacy_type
    dashboard = controller["stripe_dashboard"]["type"]
    profile = (
        controller["fees"]["payer"],
        controller["losses"]["payments"],
        controller["requirement_collection"],
    )
    for legacy, dash in _LEGACY.items():
        if dash == dashboard and _PROFILES[dash] == profile:
            return legacy
    return "none"


def _requirements(due: list[str]) -> dict[str, Any]:
    return shapes.nested(
        "account",
        "requirements",
        currently_due=list(due),
        eventually_due=list(due),
        past_due=list(due),
        disabled_reason="requirements.past_due" if due else None,
    )


def new_connected_account(
    req: Request,
    *,
    name: str,
    dashboard: Dashboard = "full",
    legacy_type: str | None = None,
    country: str = "US",
    email: str | None = None,
    onboarded: bool = True,
    branding: dict[str, Any] | None = None,
    metadata: dict[str, str] | None = None,
    business_type: str | None = None,
    created: int | None = None,
    account_id: str | None = None,
    controller: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A connected account object (not stored): see the module docstring.

    ``dashboard`` picks the controller profile; ``legacy_type`` (standard/express/custom)
    is what ``type=`` creates; ``onboarded=False`` leaves Stripe's initial requirements
    due with charges and payouts disabled; ``controller`` overrides the derived one.
    """
    if dashboard not in _PROFILES:
        raise ValueError(f"dashboard must be full, express or none, not {dashboard!r}")
    ctrl = controller or _controller(dashboard, legacy_type)
    acct_id = account_id or "acct_1" + secrets.token_hex(8)[:15]
    status = "active" if onboarded else "inactive"
    settings = shapes.nested("account", "settings")
    settings["branding"] = shapes.nested("account", "settings.branding", **(branding or {}))
    settings["dashboard"] = shapes.nested(
        "account", "settings.dashboard", display_name=name, timezone="Etc/UTC"
    )
    country = country.upper()
    currency = _CURRENCY.get(country, "eur" if country in _EURO else "usd")
    business_profile = shapes.nested("account", "business_profile", name=name)
    due = [] if onboarded else list(INITIAL_REQUIREMENTS)
    if business_type:
        due = [d for d in due if d != "business_type"]
    return {
        "id": acct_id,
        "object": "account",
        "business_profile": business_profile,
        "business_type": business_type,
        "capabilities": {"card_payments": status, "transfers": status},
        "charges_enabled": onboarded,
        "controller": ctrl,
        "country": country,
        "created": created if created is not None else req.now(),
        "default_currency": currency,
        "details_submitted": onboarded,
        "email": email,
        "external_accounts": {
            "object": "list",
            "data": [],
            "has_more": False,
            "url": f"/v1/accounts/{acct_id}/external_accounts",
        },
        "future_requirements": shapes.nested("account", "future_requirements"),
        "metadata": dict(metadata or {}),
        "payouts_enabled": onboarded,
        "requirements": _requirements(due),
        "settings": settings,
        "tos_acceptance": shapes.nested("account", "tos_acceptance"),
        "type": _account_type(ctrl, legacy_type),
    }


# -- lookups -----------------------------------------------------------------------------
def _deauthorized(req: Request, acct_id: str) -> bool:
    return bool(req.store.extra.get("deauthorized", {}).get(acct_id))


def _no_access(acct_id: str) -> ApiError:
    return ApiError(
        403,
        f"The provided key does not have access to account '{acct_id}' (or that account "
        "does not exist). Application access may have been revoked.",
        code="account_invalid",
    )


def connected(req: Request, acct_id: str, param: str = "account") -> dict[str, Any]:
    """A connected account of the requesting platform, or Stripe's error."""
    if req.account and acct_id != req.account:
        raise no_such("account", acct_id, param)
    obj = req.store.get(acct_id, "")
    if obj is None or obj.get("object") != "account":
        raise no_such("account", acct_id, param)
    if _deauthorized(req, acct_id):
        raise _no_access(acct_id)
    if obj.get("deleted"):
        raise no_such("account", acct_id, param)
    return obj


def brand_account(
    store_extra: dict[str, Any], objects: dict[str, dict[str, Any]], acct_id: str
) -> dict[str, Any]:
    """The account whose branding shows for ``acct_id`` ("" is the platform)."""
    if acct_id and acct_id in objects and objects[acct_id].get("object") == "account":
        return objects[acct_id]
    obj: dict[str, Any] = store_extra["platform"]
    return obj


def business_name(acct: dict[str, Any]) -> str:
    dash = (acct.get("settings") or {}).get("dashboard") or {}
    name = dash.get("display_name") or (acct.get("business_profile") or {}).get("name")
    return str(name or "Your business")


# -- endpoints -----------------------------------------------------------------------------
@route("get", "/v1/account")
def retrieve_current(req: Request) -> dict[str, Any]:
    if req.account:
        return req.store.objects[req.account]
    return full_shape(platform(req))


@route("get", "/v1/accounts")
def list_accounts(req: Request) -> dict[str, Any]:
    def where(o: dict[str, Any]) -> bool:
        return not o.get("deleted") and not _deauthorized(req, o["id"])

    return list_page(req, "account", "/v1/accounts", where=where)


@route("get", "/v1/accounts/{account}")
def retrieve_account(req: Request, acct_id: str) -> dict[str, Any]:
    if not req.account and acct_id == platform_id(req.store.extra):
        return full_shape(platform(req))
    return connected(req, acct_id)


def _check_controller(params: dict[str, Any]) -> dict[str, Any] | None:
    ctrl = params.get("controller")
    if ctrl is None:
        return None
    if params.get("type"):
        raise invalid(
            "You cannot specify both `type` and `controller`: the `controller` "
            "properties replace account types.",
            param="controller",
        )
    dashboard = (ctrl.get("stripe_dashboard") or {}).get("type", "full")
    d_fees, d_losses, d_collection = _PROFILES[dashboard]
    fees = (ctrl.get("fees") or {}).get("payer", d_fees)
    losses = (ctrl.get("losses") or {}).get("payments", d_losses)
    collection = ctrl.get("requirement_collection", d_collection)
    if losses == "application" and fees != "application":
        raise invalid(
            "Setting `controller[losses][payments]=application` requires "
            "`controller[fees][payer]=application`.",
            param="controller[fees][payer]",
        )
    if dashboard == "full" and (fees, losses, collection) != _PROFILES["full"]:
        raise invalid(
            "Accounts with access to the full Stripe Dashboard must have "
            "`controller[fees][payer]=account`, `controller[losses][payments]=stripe` and "
            "`controller[requirement_collection]=stripe`.",
            param="controller[stripe_dashboard][type]",
        )
    if collection == "application" and (dashboard != "none" or losses != "application"):
        raise invalid(
            "`controller[requirement_collection]=application` is only supported with "
            "`controller[stripe_dashboard][type]=none` and "
            "`controller[losses][payments]=application`.",
            param="controller[requirement_collection]",
        )
    return _controller(dashboard, None, fees, losses, collection)


@route("post", "/v1/accounts")
def create_account(req: Request) -> dict[str, Any]:
    if req.account:
        raise ApiError(
            403,
            "Connected accounts cannot create accounts: use your platform's secret key "
            "without the Stripe-Account header.",
            type="invalid_request_error",
        )
    p = req.params
    ctrl = _check_controller(p)
    legacy = p.get("type") if ctrl is None else None
    if ctrl is None and legacy is None:
        dashboard: str = "full"
        legacy = "standard"
    elif ctrl is not None:
        dashboard = ctrl["stripe_dashboard"]["type"]
    else:
        dashboard = _LEGACY[str(legacy)]
    name = str((p.get("business_profile") or {}).get("name") or "")
    obj = new_connected_account(
        req,
        name=name,
        dashboard=dashboard,  # type: ignore[arg-type]
        legacy_type=legacy,
        country=str(p.get("country") or "US"),
        email=p.get("email"),
        onboarded=False,
        metadata=merge_metadata({}, p.get("metadata")),
        business_type=p.get("business_type"),
        controller=ctrl,
    )
    if not name:
        obj["business_profile"]["name"] = None
        obj["settings"]["dashboard"]["display_name"] = None
    if p.get("default_currency"):
        obj["default_currency"] = str(p["default_currency"]).lower()
    _apply_fields(req, obj, p)
    req.store.add(obj, "")
    return obj


def _satisfy(obj: dict[str, Any], done: set[str]) -> None:
    req_ = obj["requirements"]
    due = [d for d in req_["currently_due"] if d not in done]
    if due == req_["currently_due"]:
        return
    obj["requirements"] = _requirements(due)
    if not due:
        obj["charges_enabled"] = obj["payouts_enabled"] = obj["details_submitted"] = True
        obj["capabilities"] = {k: "active" for k in obj.get("capabilities") or {}}


def _check_branding(req: Request, acct_id: str, branding: dict[str, Any]) -> None:
    for key in ("primary_color", "secondary_color", "icon", "logo"):
        if branding.get(key) == "":
            branding[key] = None  # an empty string clears the setting, as in Stripe's API
    for key in ("primary_color", "secondary_color"):
        value = branding.get(key)
        if value is not None and not _COLOR.match(str(value)):
            raise invalid(
                f"Invalid hex color: '{value}'. {key} must be a CSS hex color in the form "
                "#RRGGBB, such as #0a2540.",
                param=f"settings[branding][{key}]",
            )
    for key, purpose in (("icon", "business_icon"), ("logo", "business_logo")):
        fid = branding.get(key)
        if fid is None:
            continue
        param = f"settings[branding][{key}]"
        file = None
        for owner in dict.fromkeys((acct_id, req.account, "")):
            file = req.store.get(str(fid), owner)
            if file is not None and file.get("object") == "file":
                break
            file = None
        if file is None:
            raise invalid(f"No such file upload: '{fid}'", param=param, code="resource_missing")
        if file.get("purpose") != purpose:
            raise invalid(
                f"The file '{fid}' has purpose `{file.get('purpose')}`, but "
                f"settings[branding][{key}] needs a file with purpose `{purpose}`.",
                param=param,
            )
        content = file_content(req, str(fid))
        size = image_size(content[0]) if content else None
        if size is not None:
            w, h = size
            if key == "icon" and w != h:
                raise invalid(f"The icon must be square; '{fid}' is {w}x{h} pixels.", param=param)
            if w < 128 or h < 128:
                raise invalid(
                    f"The {key} must be at least 128x128 pixels; '{fid}' is {w}x{h} pixels.",
                    param=param,
                )


def _merge(current: Any, update: Any) -> Any:
    if isinstance(current, dict) and isinstance(update, dict):
        out = dict(current)
        for k, v in update.items():
            out[k] = _merge(current.get(k), v)
        return out
    return copy.deepcopy(update)


def _apply_fields(req: Request, obj: dict[str, Any], p: dict[str, Any]) -> None:
    """Apply the updatable fields of ``p`` to ``obj`` (validating branding)."""
    done: set[str] = set()
    if "business_profile" in p:
        bp = dict(p["business_profile"])
        if "support_address" in bp:
            bp["support_address"] = shapes.nested(
                "account", "business_profile.support_address", **bp["support_address"]
            )
        bp.pop("monthly_estimated_revenue", None)
        bp.pop("specified_commercial_transactions_act_url", None)
        obj["business_profile"] = _merge(obj["business_profile"], bp)
        done |= {f"business_profile.{k}" for k, v in bp.items() if v not in (None, "")}
    for key in ("email", "business_type"):
        if key in p:
            obj[key] = p[key] or None
            if p[key]:
                done.add(key)
    if p.get("default_currency"):
        obj["default_currency"] = str(p["default_currency"]).lower()
    if "metadata" in p:
        obj["metadata"] = merge_metadata(obj.get("metadata"), p["metadata"])
    if p.get("external_account"):
        done.add("external_account")
    if "tos_acceptance" in p:
        obj["tos_acceptance"] = _merge(obj["tos_acceptance"], p["tos_acceptance"])
        done |= {f"tos_acceptance.{k}" for k in p["tos_acceptance"]}
    if "capabilities" in p:
        caps = dict(obj.get("capabilities") or {})
        for cap, spec_ in p["capabilities"].items():
            if spec_.get("requested") is False:
                caps.pop(cap, None)
            elif spec_.get("requested"):
                caps.setdefault(cap, "active" if obj.get("charges_enabled") else "inactive")
        obj["capabilities"] = caps
    if "settings" in p:
        settings = dict(p["settings"])
        if "branding" in settings:
            _check_branding(req, obj["id"], settings["branding"])
        obj["settings"] = _merge(obj["settings"], settings)
    for key in ("company", "individual"):
        if key in p:
            obj[key] = _merge(obj.get(key) or {}, p[key])
    _satisfy(obj, done)


def previous_attributes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Stripe's ``previous_attributes``: the old values of what changed, nested (keys
    added by the change map to ``None``)."""
    out: dict[str, Any] = {}
    for k in [*new, *(k for k in old if k not in new)]:
        before, v = old.get(k), new.get(k)
        if before == v:
            continue
        if isinstance(before, dict) and isinstance(v, dict) and before.get("object") is None:
            out[k] = previous_attributes(before, v)
        else:
            out[k] = copy.deepcopy(before)
    return out


@route("post", "/v1/accounts/{account}")
def update_account(req: Request, acct_id: str) -> dict[str, Any]:
    if acct_id == platform_id(req.store.extra) and not req.account:
        raise invalid(
            f"You cannot update your own account ('{acct_id}') with this endpoint, which "
            "updates connected accounts. To update your own account, use the Dashboard.",
            param="account",
        )
    obj = connected(req, acct_id)
    params = req.params
    dashboard = obj["controller"]["stripe_dashboard"]["type"]
    if dashboard == "full" and set(params) - {"metadata"}:
        raise ApiError(
            403,
            "This application does not have the required permissions for this endpoint on "
            f"account '{acct_id}'. Accounts with access to the full Stripe Dashboard manage "
            f"their own settings; the platform can only update `metadata` "
            f"(refused: {', '.join(sorted(set(params) - {'metadata'}))}).",
            type="invalid_request_error",
        )
    before = copy.deepcopy(obj)
    updated = copy.deepcopy(obj)
    _apply_fields(req, updated, params)
    previous = previous_attributes(before, updated)
    obj.clear()
    obj.update(updated)
    if previous:
        emit(req, "account.updated", obj, previous, owner=acct_id)
    return obj


@route("delete", "/v1/accounts/{account}")
def delete_account(req: Request, acct_id: str) -> dict[str, Any]:
    if req.account:
        raise no_such("account", acct_id, "account")
    obj = connected(req, acct_id)
    if req.livemode and obj.get("type") == "standard":
        raise invalid(
            "Standard accounts created with live-mode keys cannot be deleted.", param="account"
        )
    req.store.remove(acct_id, "account")
    deleted = {"id": acct_id, "object": "account", "deleted": True}
    req.store.objects[acct_id] = deleted
    return deleted


# -- deauthorization -----------------------------------------------------------------------
def deauthorize(app: SandboxApp, acct_id: str) -> dict[str, Any]:
    """Disconnect ``acct_id`` from the platform; returns the platform's event."""
    with app.store.lock:
        obj = app.store.get(acct_id, "")
        if obj is None or obj.get("object") != "account":
            raise KeyError(f"no connected account {acct_id!r}")
        app.store.extra.setdefault("deauthorized", {})[acct_id] = True
        req = Request(
            app, "post", "/deauthorize", {}, "", KeyInfo(), {}, "req_" + secrets.token_hex(7)
        )
        application = {
            "id": application_id(req),
            "object": "application",
            "name": business_name(platform(req)),
        }
        event = emit(req, "account.application.deauthorized", application, owner="")
        event["account"] = acct_id
        return event
