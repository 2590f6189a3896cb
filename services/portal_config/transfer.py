"""Moving configurations between accounts: export to JSON, import, test → live promotion.

Export file (``counterfoil.portal-configurations``, version 1)::

    {"format": "counterfoil.portal-configurations", "version": 1,
     "exported_at": "2026-01-31T12:00:00Z",
     "source": {"account": "acct_…", "livemode": false},
     "configurations": [{"id": "bpc_…", "name": "…", "active": true, "is_default": false,
                         "settings": {…document…}}],
     "catalog": {"products": {"prod_…": {"name": "Pro", "active": true}},
                 "prices": {"price_…": {"product": "prod_…", "currency": "usd",
                                        "unit_amount": 2900, "interval": "month",
                                        "interval_count": 1, "lookup_key": "pro_monthly", …}}}}

The catalogue part describes every product and price the configurations offer, so the
target account's own products and prices can be found. Prices are mapped, in order, by
**lookup key**, then by **product name + amount + billing period (interval and interval
count) + currency**; active prices are preferred, and a match must be unique. A product
follows its prices. Whatever cannot be mapped (and payment method configuration ids,
which belong to one account) is listed in :attr:`ImportPlan.unmapped` before anything is
created; the caller decides whether to go on without it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.portal_config import schema
from services.portal_config.catalog import Catalog, PriceInfo, price_label
from services.portal_config.checks import Issue, check
from services.portal_config.document import Doc, copy_doc, from_object, normalise
from services.portal_config.drafts import write_private_atomic
from services.portal_config.i18n import tr

FORMAT = "counterfoil.portal-configurations"
VERSION = 1


class ImportFileError(ValueError):
    """The file is not a Counterfoil portal-configuration export (or is damaged)."""


@dataclass
class ExportedConfiguration:
    """One configuration of an export file."""

    name: str
    settings: Doc
    source_id: str | None = None
    active: bool = True
    is_default: bool = False
    ignored_fields: list[str] = field(default_factory=list)
    """Fields in the file that this version does not know (left out)."""


@dataclass
class ExportFile:
    """A parsed export file."""

    configurations: list[ExportedConfiguration]
    catalog: Catalog
    source_account: str | None = None
    source_livemode: bool | None = None
    exported_at: str | None = None


# -- export ------------------------------------------------------------------------------
def referenced_prices(doc: Doc) -> list[str]:
    """Every price id a document offers."""
    return [p for e in doc["features"]["subscription_update"]["products"] for p in e["prices"]]


def referenced_products(doc: Doc) -> list[str]:
    """Every product id a document offers."""
    return [e["product"] for e in doc["features"]["subscription_update"]["products"]]


def export_data(
    objects: list[dict[str, Any]],
    catalog: Catalog,
    *,
    account: str | None = None,
    livemode: bool | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The export of ``objects`` (Stripe configuration JSON) as a JSON-ready dict."""
    configs = []
    prices: list[str] = []
    products: list[str] = []
    for obj in objects:
        doc = from_object(obj)
        prices += referenced_prices(doc)
        products += referenced_products(doc)
        configs.append(
            {
                "id": obj.get("id"),
                "name": doc["name"],
                "active": bool(obj.get("active", True)),
                "is_default": bool(obj.get("is_default")),
                "settings": doc,
            }
        )
    wanted = catalog.subset(prices, products)
    for price in wanted.prices.values():  # products named by the prices, too
        if price.product in catalog.products:
            wanted.products[price.product] = catalog.products[price.product]
    stamp = (now or datetime.now(tz=UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": stamp,
        "source": {"account": account, "livemode": livemode},
        "configurations": configs,
        "catalog": wanted.to_json(),
    }


def write_export(path: Path, data: dict[str, Any]) -> None:
    """Write an export file atomically (owner-only: it describes your business)."""
    write_private_atomic(Path(path), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -- reading ---------------------------------------------------------------------------
def _unknown_fields(value: Any, f: schema.Field, prefix: str = "") -> list[str]:
    if not isinstance(value, dict) or f.kind not in ("object",):
        return []
    out: list[str] = []
    names = {c.name: c for c in f.children}
    for key, sub in value.items():
        path = f"{prefix}.{key}" if prefix else key
        child = names.get(key)
        if child is None:
            out.append(path)
        elif child.kind == "object":
            out += _unknown_fields(sub, child, path)
    return out


def parse_export(data: Any) -> ExportFile:
    """Check and read an export (parsed JSON); raises :class:`ImportFileError`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFileError(tr("This is not a portal configuration export from Counterfoil."))
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise ImportFileError(
            tr("This export was made by a newer Counterfoil (format version {0}).").format(
                data.get("version")
            )
        )
    raw_configs = data.get("configurations")
    if not isinstance(raw_configs, list):
        raise ImportFileError(tr("The export lists no configurations."))
    configs = []
    for i, item in enumerate(raw_configs):
        if not isinstance(item, dict) or not isinstance(item.get("settings"), dict):
            raise ImportFileError(
                tr("Configuration {0} in the file has no settings.").format(i + 1)
            )
        settings = item["settings"]
        configs.append(
            ExportedConfiguration(
                name=str(item.get("name") or settings.get("name") or ""),
                settings=normalise(settings),
                source_id=item.get("id"),
                active=bool(item.get("active", True)),
                is_default=bool(item.get("is_default")),
                ignored_fields=_unknown_fields(settings, schema.root()),
            )
        )
    given = data.get("source")
    source: dict[str, Any] = given if isinstance(given, dict) else {}
    return ExportFile(
        configs,
        Catalog.from_json(data.get("catalog")),
        source.get("account"),
        source.get("livemode"),
        data.get("exported_at"),
    )


def read_export(path: Path) -> ExportFile:
    """Read an export file; raises :class:`ImportFileError` (or OSError)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ImportFileError(tr("The file is not valid JSON: {0}").format(exc)) from exc
    return parse_export(data)


# -- mapping -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PriceMapping:
    """Where one source price goes in the target account."""

    source_id: str
    source_label: str
    product_name: str
    target_id: str | None
    how: str
    """``lookup key``, ``name, amount, period and currency``, or why it failed."""


@dataclass
class ImportPlan:
    """What importing one configuration into a target account will do."""

    name: str
    doc: Doc
    """The configuration with the target account's products and prices."""
    prices: list[PriceMapping] = field(default_factory=list)
    products: dict[str, str | None] = field(default_factory=dict)
    """Source product id → target product id (None: cannot be mapped)."""
    unmapped: list[str] = field(default_factory=list)
    """Everything that cannot be carried over, in words."""
    issues: list[Issue] = field(default_factory=list)
    """Checks of :attr:`doc` against the target account."""
    active: bool = True

    @property
    def complete(self) -> bool:
        """Everything could be mapped."""
        return not self.unmapped

    @property
    def blocked(self) -> bool:
        """The mapped configuration has errors Stripe would refuse."""
        return any(i.blocking for i in self.issues)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _pick(candidates: list[PriceInfo]) -> tuple[PriceInfo | None, int]:
    """The one candidate (active preferred), and how many were equally good."""
    if not candidates:
        return None, 0
    active = [c for c in candidates if c.active and c.recurring]
    pool = active or candidates
    return (pool[0], 1) if len(pool) == 1 else (None, len(pool))


def map_price(price_id: str, source: Catalog, target: Catalog) -> PriceMapping:
    """Find the target account's price for ``price_id`` (see the module docstring)."""
    src = source.price(price_id)
    if src is None:
        return PriceMapping(
            price_id, price_id, "", None, tr("the export has no details of this price")
        )
    name = source.product_name(src.product)
    label = price_label(src)
    if src.lookup_key:
        found, count = _pick([p for p in target.prices.values() if p.lookup_key == src.lookup_key])
        if found is not None:
            return PriceMapping(price_id, label, name, found.id, tr("lookup key"))
    same = [
        p
        for p in target.prices.values()
        if _norm(target.product_name(p.product)) == _norm(name)
        and p.unit_amount == src.unit_amount
        and p.currency == src.currency
        and p.interval == src.interval
        and p.interval_count == src.interval_count
    ]
    found, count = _pick(same)
    if found is not None:
        return PriceMapping(
            price_id, label, name, found.id, tr("name, amount, period and currency")
        )
    if count > 1:
        why = tr("{0} prices of the target account match; make its lookup key unique").format(count)
    else:
        why = tr(
            "no price with this lookup key, or this product name, amount, period and "
            "currency, in the target account"
        )
    return PriceMapping(price_id, label, name, None, why)


def plan_import(
    settings: Doc,
    source: Catalog,
    target: Catalog,
    *,
    name: str | None = None,
    active: bool = True,
) -> ImportPlan:
    """How ``settings`` (a document from ``source``) maps onto the ``target`` account."""
    doc = copy_doc(settings)
    plan = ImportPlan(name if name is not None else doc["name"], doc, active=active)
    entries: dict[str, dict[str, Any]] = {}
    for entry in settings["features"]["subscription_update"]["products"]:
        src_product = entry["product"]
        product_name = source.product_name(src_product)
        mapped_prices: list[tuple[str, str]] = []  # (target price, target product)
        for price_id in entry["prices"]:
            mapping = map_price(price_id, source, target)
            plan.prices.append(mapping)
            if mapping.target_id is None:
                plan.unmapped.append(
                    tr("{0}: price {1} ({2}) — {3}").format(
                        product_name, mapping.source_label, price_id, mapping.how
                    )
                )
                continue
            target_price = target.price(mapping.target_id)
            assert target_price is not None
            mapped_prices.append((target_price.id, target_price.product))
        products = [p for _, p in mapped_prices]
        if not products:
            plan.products[src_product] = None
            plan.unmapped.append(
                tr("{0} ({1}): none of its prices could be mapped, so it is left out").format(
                    product_name, src_product
                )
            )
            continue
        chosen = max(set(products), key=products.count)
        plan.products[src_product] = chosen
        for price, product in mapped_prices:
            if product != chosen:
                plan.unmapped.append(
                    tr(
                        "{0}: price {1} maps to a different product ({2}) than the others "
                        "({3}), so it is left out"
                    ).format(
                        product_name,
                        price,
                        target.product_name(product),
                        target.product_name(chosen),
                    )
                )
        kept = [p for p, prod in mapped_prices if prod == chosen]
        merged = entries.setdefault(
            chosen,
            {
                "product": chosen,
                "prices": [],
                "adjustable_quantity": dict(entry["adjustable_quantity"]),
            },
        )
        merged["prices"] += [p for p in kept if p not in merged["prices"]]
    doc["features"]["subscription_update"]["products"] = list(entries.values())
    pmu = doc["features"]["payment_method_update"]
    if pmu["payment_method_configuration"]:
        plan.unmapped.append(
            tr(
                "Payment method configuration {0} belongs to the source account; the target "
                "account's default payment methods are used instead"
            ).format(pmu["payment_method_configuration"])
        )
        pmu["payment_method_configuration"] = ""
    su = doc["features"]["subscription_update"]
    if (
        su["enabled"]
        and not su["products"]
        and settings["features"]["subscription_update"]["products"]
    ):
        su["enabled"] = False
        plan.unmapped.append(
            tr("Plan changes are turned off: none of the products could be mapped")
        )
    plan.issues = check(doc, target)
    return plan


def plan_file(export: ExportFile, target: Catalog) -> list[ImportPlan]:
    """An :class:`ImportPlan` for every configuration in an export."""
    return [
        plan_import(c.settings, export.catalog, target, name=c.name, active=c.active)
        for c in export.configurations
    ]


def mapping_report(plans: list[ImportPlan]) -> str:
    """The mapping and what cannot be mapped, as text (the command line prints it)."""
    lines: list[str] = []
    for plan in plans:
        lines.append(tr("Configuration “{0}”").format(plan.name or tr("(no name)")))
        if not plan.prices:
            lines.append("  " + tr("offers no products (nothing to map)"))
        for m in plan.prices:
            target = m.target_id or tr("CANNOT MAP")
            lines.append(
                f"  {m.product_name}, {m.source_label}: {m.source_id} → {target}  ({m.how})"
            )
        if plan.unmapped:
            lines.append("  " + tr("Cannot be mapped:"))
            lines += [f"    - {u}" for u in plan.unmapped]
        for issue in plan.issues:
            kind = tr("error") if issue.blocking else tr("warning")
            lines.append(f"  {kind}: {issue.message}")
    return "\n".join(lines)
