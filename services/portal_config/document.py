"""A portal configuration as an editable document, and the requests that send it.

A *document* (``Doc``) is the settings of one configuration in a canonical form with
exactly the fields of :mod:`services.portal_config.schema`: strings are ``""`` rather than
``null``, lists are lists, and a value Stripe leaves ``null`` meaning "the default" is
written as that default (``billing_cycle_anchor`` → ``"unchanged"``). Two documents are
equal exactly when the configurations behave the same, so the diff, the merge and "is
there anything to save?" are plain comparisons. Read-only parts of the Stripe object
(id, ``active``, ``is_default``, ``login_page.url``, ``updated``) are not in it.

- :func:`from_object` — a Stripe ``billing_portal.configuration`` (JSON) → document.
- :func:`dashboard_defaults` — what the Stripe Dashboard starts a new configuration with
  (the "Configure the customer portal" page: cancellations with a reason on, customers may
  update name, email, billing address and phone, payment methods and invoice history on,
  plan switching, quantities, prorations and promotion codes off).
- :func:`create_params` / :func:`update_params` — the form parameters for
  ``POST /v1/billing_portal/configurations`` (every feature spelled out, so Stripe stores
  exactly what was shown) and for an update (only what changed; ``""`` clears a value,
  metadata keys that were removed are sent as ``""``).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from services.portal_config import schema
from services.portal_config.schema import Field

Doc = dict[str, Any]

NULL_DEFAULTS: dict[str, Any] = {
    "features.subscription_cancel.mode": "at_period_end",
    "features.subscription_cancel.proration_behavior": "none",
    "features.subscription_update.billing_cycle_anchor": "unchanged",
    "features.subscription_update.proration_behavior": "none",
    "features.subscription_update.trial_update_behavior": "end_trial",
    "features.subscription_pause.duration.type": "interval_options",
    "features.subscription_pause.duration.interval_options[].interval": "month",
    "features.subscription_pause.duration.interval_options[].interval_count": 1,
    "features.subscription_update.products[].adjustable_quantity.minimum": 0,
}
"""What Stripe means when it leaves these fields ``null`` (or when a request omits them)."""

DEFAULT_MAXIMUM_QUANTITY = 99
"""Stripe's maximum quantity when adjustable quantity is on and no maximum is given."""

CANCELLATION_REASONS: tuple[str, ...] = (
    "too_expensive",
    "missing_features",
    "switched_service",
    "unused",
    "customer_service",
    "too_complex",
    "low_quality",
    "other",
)
"""Every cancellation reason, in the order the portal lists them."""

PAUSE_LIMITS: dict[str, int] = {"day": 1095, "week": 156, "month": 36, "year": 3}
"""The longest pause Stripe allows (three years) in each unit."""


def _normalise(f: Field, value: Any) -> Any:
    if f.kind == "object":
        given = value if isinstance(value, dict) else {}
        return {c.name: _normalise(c, given.get(c.name)) for c in f.children}
    if f.kind == "object_list":
        items = value if isinstance(value, list) else []
        item_field = Field(f.path + "[]", f.name, "object", children=f.children)
        return [_normalise(item_field, item) for item in items]
    if f.kind == "map":
        given_map = value if isinstance(value, dict) else {}
        # Metadata values are strings; numbers and booleans are written as Stripe stores
        # them, anything else (lists, objects, null) is not metadata and is dropped.
        return {
            str(k): v if isinstance(v, str) else json.dumps(v)
            for k, v in given_map.items()
            if isinstance(v, str | int | float | bool)
        }
    if f.kind == "list":
        return [str(v) for v in value] if isinstance(value, list) else []
    if f.kind == "bool":
        return bool(value)
    if f.kind == "int":
        if value is None or value == "":
            return NULL_DEFAULTS.get(f.path)
        try:
            return int(value)
        except (TypeError, ValueError, OverflowError):  # not a number (a damaged file)
            return NULL_DEFAULTS.get(f.path)
    if value is None or value == "":
        return NULL_DEFAULTS.get(f.path, "")
    return str(value)


def _canonical(doc: Doc) -> Doc:
    """Fix up the few places where two spellings mean the same configuration."""
    features = doc["features"]
    duration = features["subscription_pause"]["duration"]
    if duration["type"] == "indefinite":
        duration["interval_options"] = []
    for product in features["subscription_update"]["products"]:
        quantity = product["adjustable_quantity"]
        if quantity["enabled"] and quantity["maximum"] is None:
            quantity["maximum"] = DEFAULT_MAXIMUM_QUANTITY
    return doc


def normalise(value: Any) -> Doc:
    """Any configuration-shaped dict (a Stripe object, params, an old export) → document."""
    doc: Doc = _normalise(schema.root(), value if isinstance(value, dict) else {})
    return _canonical(doc)


def from_object(obj: dict[str, Any]) -> Doc:
    """The document of a Stripe ``billing_portal.configuration`` object."""
    return normalise(obj)


def empty() -> Doc:
    """Every feature off, nothing set: what the API creates from ``features={}``."""
    return normalise({})


def dashboard_defaults() -> Doc:
    """A new configuration as the Stripe Dashboard starts it (see the module docstring)."""
    doc = empty()
    f = doc["features"]
    f["customer_update"] = {
        "enabled": True,
        "allowed_updates": ["name", "email", "address", "phone"],
    }
    f["invoice_history"] = {"enabled": True}
    f["payment_method_update"]["enabled"] = True
    cancel = f["subscription_cancel"]
    cancel.update(enabled=True, mode="at_period_end", proration_behavior="none")
    cancel["cancellation_reason"] = {
        "enabled": True,
        "options": list(CANCELLATION_REASONS),
        "feedback_options": [],
    }
    f["subscription_pause"] = {
        "enabled": False,
        "duration": {
            "type": "interval_options",
            "interval_options": [{"interval": "month", "interval_count": 1}],
        },
    }
    return doc


# -- reading and writing by path ------------------------------------------------------
def get(doc: Doc, path: str) -> Any:
    """The value at a concrete ``path`` (``features.subscription_update.products[1].product``)."""
    value: Any = doc
    for token in schema.tokens(path):
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def set_value(doc: Doc, path: str, value: Any) -> None:
    """Set the value at a concrete ``path`` in place."""
    parts = schema.tokens(path)
    target: Any = doc
    for token in parts[:-1]:
        target = target[int(token)] if isinstance(target, list) else target[token]
    last = parts[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def copy_doc(doc: Doc) -> Doc:
    """A deep copy (documents are plain JSON data)."""
    return copy.deepcopy(doc)


# -- requests ---------------------------------------------------------------------------
def _param_value(f: Field, value: Any, *, update: bool) -> Any:
    """``value`` as a form parameter, or None to leave it out."""
    clearable = schema.clearable_on_update(f.path) if update else f.clearable
    if f.kind == "object":
        out: dict[str, Any] = {}
        for c in f.children:
            v = _param_value(c, value[c.name], update=update)
            if v is not None:
                out[c.name] = v
        return out
    if f.kind == "object_list":
        if not value:
            return "" if clearable else None
        item_field = Field(f.path + "[]", f.name, "object", children=f.children)
        return [_param_value(item_field, item, update=update) for item in value]
    if f.kind == "map":
        return dict(value) or None
    if f.kind == "list":
        if not value:
            return "" if clearable else None
        return list(value)
    if f.kind in ("bool", "int"):
        return value
    if value == "":
        return "" if (clearable and update) or (clearable and f.required) else None
    return value


def _section_params(f: Field, value: Any, *, update: bool) -> Any:
    if f.path == "features.subscription_pause":
        duration = value["duration"]
        if duration["type"] == "indefinite":
            # interval_options is only accepted with type=interval_options.
            return {"enabled": value["enabled"], "duration": {"type": "indefinite"}}
    return _param_value(f, value, update=update)


def create_params(doc: Doc) -> dict[str, Any]:
    """Form parameters creating a configuration that is exactly ``doc``."""
    params: dict[str, Any] = {}
    for f in schema.fields():
        value = doc[f.name]
        if f.name == "features":
            params["features"] = {
                c.name: _section_params(c, value[c.name], update=False) for c in f.children
            }
            continue
        v = _param_value(f, value, update=False)
        if v is not None and v != {}:
            params[f.name] = v
    return params


def update_params(before: Doc, after: Doc) -> dict[str, Any]:
    """Form parameters turning configuration ``before`` into ``after`` (empty: no change).

    Objects are sent whole when anything in them changed (each feature is a small
    object; sending it whole keeps its fields consistent, as Stripe validates them
    together); metadata is sent key by key, with ``""`` for removed keys.
    """
    params: dict[str, Any] = {}
    for f in schema.fields():
        old, new = before[f.name], after[f.name]
        if old == new:
            continue
        if f.name == "metadata":
            params["metadata"] = {
                **{k: "" for k in old if k not in new},
                **{k: v for k, v in new.items() if old.get(k) != v},
            }
        elif f.name == "features":
            params["features"] = {
                c.name: _section_params(c, new[c.name], update=True)
                for c in f.children
                if old[c.name] != new[c.name]
            }
        else:
            v = _param_value(f, new, update=True)
            if v is not None:
                params[f.name] = v
    return params


def settings_of(obj: dict[str, Any]) -> dict[str, Any]:
    """The read-only facts about a configuration that are not settings."""
    login = obj.get("login_page") or {}
    return {
        "id": obj.get("id"),
        "active": bool(obj.get("active", True)),
        "is_default": bool(obj.get("is_default")),
        "login_url": login.get("url") if isinstance(login, dict) else None,
        "updated": obj.get("updated"),
        "created": obj.get("created"),
        "livemode": bool(obj.get("livemode")),
    }
