"""Stripe's object shapes: a template per object type, so every object has Stripe's fields.

``stripe_templates.json`` is derived from Stripe's own example objects
(``fixtures3.json`` from stripe/openapi): the same field names and nesting, with
placeholder values replaced by nulls. Resources store only the fields they set;
:func:`complete` fills the rest from the template when an object is rendered, and
:func:`nested` gives a complete nested sub-object (``invoice_settings``…) to fill in.

Regenerate with ``python -m services.sandbox.shapes FIXTURES3_JSON``.
"""

from __future__ import annotations

import copy
import functools
import json
import sys
from pathlib import Path
from typing import Any

TEMPLATE_FILE = Path(__file__).with_name("stripe_templates.json")

EMITTED_TYPES = (
    "account",
    "billing_portal.configuration",
    "billing_portal.session",
    "coupon",
    "customer",
    "deleted_customer",
    "deleted_product",
    "deleted_price",
    "deleted_coupon",
    "deleted_subscription_item",
    "deleted_tax_id",
    "discount",
    "event",
    "file",
    "invoice",
    "line_item",
    "payment_method",
    "plan",
    "price",
    "product",
    "promotion_code",
    "subscription",
    "subscription_item",
    "subscription_schedule",
    "tax_id",
    "confirmation_token",
)


def _null_leaves(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        if value.get("object") == "list":
            return {"object": "list", "data": [], "has_more": False, "url": None}
        return {k: _null_leaves(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return []
    if key == "object":
        return value
    if isinstance(value, bool):
        return False
    return None


def build_templates(fixtures: dict[str, Any]) -> dict[str, Any]:
    """Turn Stripe's example objects into null-valued templates for the emitted types."""
    resources = fixtures["resources"]
    return {t: _null_leaves(resources[t]) for t in EMITTED_TYPES if t in resources}


@functools.cache
def _deep_templates() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TEMPLATE_FILE.read_text(encoding="utf-8"))
    return data


@functools.cache
def _flat_template(obj_type: str) -> dict[str, Any]:
    deep = _deep_templates()[obj_type]
    flat: dict[str, Any] = {}
    for k, v in deep.items():
        if isinstance(v, dict) and v.get("object") == "list":
            flat[k] = v
        elif isinstance(v, dict):
            flat[k] = None
        else:
            flat[k] = v
    return flat


def fields(obj_type: str) -> list[str]:
    """The top-level field names of ``obj_type``."""
    return list(_deep_templates()[obj_type])


def complete(obj: dict[str, Any]) -> dict[str, Any]:
    """Return ``obj`` with every missing top-level field of its type (a new dict)."""
    obj_type = obj.get("object")
    if obj.get("deleted") is True:
        obj_type = f"deleted_{obj_type}"
    templates = _deep_templates()
    if not isinstance(obj_type, str) or obj_type not in templates:
        return dict(obj)
    flat = _flat_template(obj_type)
    out = {**flat, **obj}
    for k in _list_fields(obj_type):
        if k not in obj:
            out[k] = {**flat[k], "data": []}
    if "metadata" in flat and obj.get("metadata") is None:
        out["metadata"] = {}
    return out


_NO_TEMPLATE: dict[str, Any] = {}


def complete_shared(obj: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`complete` for output encoded at once and then dropped (a response body).

    Returns the completed dict (new, same keys, order and values as :func:`complete`)
    and the flat template it was filled from (empty for a type without one). The empty
    lists and list envelopes a missing field gets are the template's own, shared, not
    copies: the caller must not mutate them, and may skip them (they hold no object).
    """
    obj_type = obj.get("object")
    if obj.get("deleted") is True:
        obj_type = f"deleted_{obj_type}"
    flat = _shared_flat(obj_type) if isinstance(obj_type, str) else None
    if flat is None:
        return dict(obj), _NO_TEMPLATE
    out = {**flat, **obj}
    if "metadata" in flat and obj.get("metadata") is None:
        out["metadata"] = {}
    return out, flat


@functools.cache
def _shared_flat(obj_type: str) -> dict[str, Any] | None:
    return _flat_template(obj_type) if obj_type in _deep_templates() else None


@functools.cache
def _list_fields(obj_type: str) -> tuple[str, ...]:
    """Top-level fields of ``obj_type`` that are embedded lists (``{"object": "list"}``)."""
    return tuple(k for k, v in _flat_template(obj_type).items() if isinstance(v, dict))


def nested(obj_type: str, path: str, **overrides: Any) -> dict[str, Any]:
    """A complete nested sub-object of ``obj_type`` at dotted ``path``, with ``overrides``."""
    node: Any = _deep_templates()[obj_type]
    for part in path.split("."):
        node = node[part]
    if not isinstance(node, dict):
        raise KeyError(f"{obj_type}.{path} is not an object")
    result: dict[str, Any] = copy.deepcopy(node)
    result.update(overrides)
    return result


def main(argv: list[str]) -> int:
    fixtures = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    TEMPLATE_FILE.write_text(
        json.dumps(build_templates(fixtures), indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {TEMPLATE_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
