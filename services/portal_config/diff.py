"""Field-level differences between two configurations, and a three-way merge.

:func:`flatten` turns a document into *items*: one per setting (``name``,
``features.subscription_cancel.mode``, the whole list of allowed customer updates…), one
per metadata key (``metadata:owner``) and one per offered product
(``features.subscription_update.products:prod_123`` → its prices and quantity rule), plus
the order of the products. :func:`diff` compares two documents item by item and words each
change for the owner; :func:`merge` combines the user's edits with changes someone else
saved meanwhile (base = what the user started from), taking each side's changes where only
one side changed an item and reporting a :class:`Conflict` where both changed it
differently, to be settled with :func:`resolve`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from services.portal_config import schema
from services.portal_config.catalog import Catalog, describe_price, duration, price_label
from services.portal_config.document import Doc, copy_doc, empty, set_value
from services.portal_config.i18n import tr
from services.portal_config.labels import choice_label, field_label, order_key

PRODUCTS = "features.subscription_update.products"
ORDER = PRODUCTS + "#order"
_SKIP_PREFIXES = ("metadata", PRODUCTS + "[]")

Side = Literal["mine", "theirs"]


def _plain_leaves() -> list[schema.Field]:
    """Settings compared as one value each (lists of objects included, as a whole)."""
    out: list[schema.Field] = []
    for f in schema.walk():
        if f.path == PRODUCTS or f.path.startswith(_SKIP_PREFIXES) or "[]" in f.path:
            continue
        if f.kind == "object":
            continue
        out.append(f)
    return out


def flatten(doc: Doc) -> dict[str, Any]:
    """The items of ``doc`` (see the module docstring), in editor order."""
    items: dict[str, Any] = {}
    for f in _plain_leaves():
        value: Any = doc
        for token in schema.tokens(f.path):
            value = value[token]
        items[f.path] = value
    for key, value in doc["metadata"].items():
        items[f"metadata:{key}"] = value
    products = doc["features"]["subscription_update"]["products"]
    items[ORDER] = [p["product"] for p in products]
    for entry in products:
        items[f"{PRODUCTS}:{entry['product']}"] = {
            "prices": list(entry["prices"]),
            "adjustable_quantity": dict(entry["adjustable_quantity"]),
        }
    return items


def unflatten(items: dict[str, Any]) -> Doc:
    """Inverse of :func:`flatten`."""
    doc = empty()
    for key, value in items.items():
        if key.startswith(("metadata:", PRODUCTS + ":")) or key == ORDER:
            continue
        set_value(doc, key, value)
    doc["metadata"] = {
        k.removeprefix("metadata:"): v
        for k, v in items.items()
        if k.startswith("metadata:") and v is not None
    }
    entries = {
        k.removeprefix(PRODUCTS + ":"): v
        for k, v in items.items()
        if k.startswith(PRODUCTS + ":") and v is not None
    }
    order = [p for p in items.get(ORDER, []) if p in entries]
    order += [p for p in entries if p not in order]
    doc["features"]["subscription_update"]["products"] = [
        {
            "product": pid,
            "prices": list(entries[pid]["prices"]),
            "adjustable_quantity": dict(entries[pid]["adjustable_quantity"]),
        }
        for pid in order
    ]
    return doc


# -- words ------------------------------------------------------------------------------
def item_label(key: str, catalog: Catalog | None = None) -> str:
    """What an item is called: "Cancellations › When a cancellation takes effect"."""
    catalog = catalog or Catalog()
    if key.startswith("metadata:"):
        return tr("Metadata “{0}”").format(key.removeprefix("metadata:"))
    if key == ORDER:
        return tr("Order of the products offered")
    if key.startswith(PRODUCTS + ":"):
        pid = key.removeprefix(PRODUCTS + ":")
        return tr("Plan changes › {0}").format(catalog.product_name(pid))
    parts = schema.tokens(key)
    section = ".".join(parts[:2]) if parts[0] == "features" and len(parts) > 2 else None
    label = field_label(key)
    if section:
        return f"{field_label(section)} › {label}"
    return label


def describe(key: str, value: Any, catalog: Catalog | None = None) -> str:
    """An item's value in words."""
    catalog = catalog or Catalog()
    if value is None:
        return tr("(not set)")
    if key == ORDER:
        return ", ".join(catalog.product_name(p) for p in value) or tr("(none)")
    if key.startswith(PRODUCTS + ":"):
        prices = []
        for pid in value["prices"]:
            price = catalog.price(pid)
            prices.append(price_label(price) if price else pid)
        quantity = value["adjustable_quantity"]
        if quantity["enabled"]:
            top = quantity["maximum"]
            q = tr("quantity {0}–{1}").format(quantity["minimum"], top if top else "∞")
        else:
            q = tr("fixed quantity")
        return "; ".join(prices or [tr("no prices")]) + f" ({q})"
    if isinstance(value, bool):
        return tr("On") if value else tr("Off")
    if isinstance(value, list):
        if not value:
            return tr("(none)")
        if isinstance(value[0], dict):
            if "interval" in value[0]:
                return ", ".join(duration(o["interval"], o["interval_count"] or 1) for o in value)
            return ", ".join(choice_label(key + "[].type", str(o.get("type"))) for o in value)
        return ", ".join(choice_label(key, str(v)) for v in value)
    if key.startswith("metadata:"):
        return str(value)
    text = str(value)
    if text == "":
        return tr("(empty)")
    try:
        f = schema.field(key)
    except KeyError:
        return text
    if f.kind == "enum":
        return choice_label(key, text)
    if key.endswith(".prices"):
        return describe_price(catalog, text)
    return text


def _order(key: str) -> int:
    if key.startswith("metadata:"):
        return order_key("metadata")
    if key.startswith(PRODUCTS):
        return order_key(PRODUCTS)
    return order_key(key)


@dataclass(frozen=True)
class Change:
    """One item that differs between two configurations."""

    key: str
    label: str
    before: Any
    after: Any
    before_text: str
    after_text: str


def diff(before: Doc, after: Doc, catalog: Catalog | None = None) -> list[Change]:
    """Every item that differs, in editor order (items only in ``after`` come last)."""
    a, b = flatten(before), flatten(after)
    keys = sorted(list(a) + [k for k in b if k not in a], key=_order)
    out: list[Change] = []
    for key in keys:
        old, new = a.get(key), b.get(key)
        if old == new:
            continue
        if key == ORDER and sorted(old or []) != sorted(new or []):
            continue  # products were added or removed: those items say it
        out.append(
            Change(
                key,
                item_label(key, catalog),
                old,
                new,
                describe(key, old, catalog),
                describe(key, new, catalog),
            )
        )
    return out


# -- merging ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Conflict:
    """An item both sides changed, differently."""

    key: str
    label: str
    base: Any
    mine: Any
    theirs: Any


@dataclass
class MergeResult:
    """What :func:`merge` could combine, and what needs a decision."""

    base: dict[str, Any]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    merged: dict[str, Any]
    """Items settled without a decision (conflicting items hold the server's value)."""
    conflicts: list[Conflict] = field(default_factory=list)
    mine_changes: list[str] = field(default_factory=list)
    """Keys the user changed (relative to base)."""
    theirs_changes: list[str] = field(default_factory=list)
    """Keys changed on the server since the user started (relative to base)."""

    @property
    def clean(self) -> bool:
        """True when nothing needs a decision."""
        return not self.conflicts


def _merge_order(base: list[str], mine: list[str], theirs: list[str]) -> list[str]:
    if mine == base:
        return list(theirs)
    if theirs == base:
        return list(mine)
    return list(theirs) + [p for p in mine if p not in theirs]


def merge(base: Doc, mine: Doc, theirs: Doc, catalog: Catalog | None = None) -> MergeResult:
    """Three-way merge of the user's document ``mine`` and the server's ``theirs``."""
    b, m, t = flatten(base), flatten(mine), flatten(theirs)
    keys = list(t) + [k for k in m if k not in t] + [k for k in b if k not in t and k not in m]
    merged: dict[str, Any] = {}
    result = MergeResult(b, m, t, merged)
    for key in keys:
        if key == ORDER:
            continue
        bv, mv, tv = b.get(key), m.get(key), t.get(key)
        if mv != bv:
            result.mine_changes.append(key)
        if tv != bv:
            result.theirs_changes.append(key)
        if mv in (tv, bv):
            merged[key] = tv
        elif tv == bv:
            merged[key] = mv
        else:
            merged[key] = tv
            result.conflicts.append(Conflict(key, item_label(key, catalog), bv, mv, tv))
    merged[ORDER] = _merge_order(b.get(ORDER, []), m.get(ORDER, []), t.get(ORDER, []))
    return result


def resolve(result: MergeResult, choices: dict[str, Side] | None = None) -> Doc:
    """The merged document, taking ``choices[key]`` for each conflict (default: theirs)."""
    items = dict(result.merged)
    for conflict in result.conflicts:
        side = (choices or {}).get(conflict.key, "theirs")
        items[conflict.key] = conflict.mine if side == "mine" else conflict.theirs
    return copy_doc(unflatten(items))
