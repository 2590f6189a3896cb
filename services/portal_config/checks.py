"""Checks of a configuration before it is sent, in words an owner understands.

:func:`check` returns :class:`Issue` objects, each attached to the field it concerns (a
concrete path such as ``features.subscription_update.products[1].prices[0]``), so the
editor can show it right there. ``error`` issues are what Stripe would refuse (the local
sandbox enforces the same rules, see ``services/sandbox/resources/portal.py``): nothing is
sent while one remains. ``warning`` issues are things Stripe accepts but that are almost
certainly not what the owner wants; saving asks the owner to confirm them.

Errors: a value Stripe does not know for a field with fixed choices; more than 10
products; a product listed twice, archived or without prices; a price of another product,
one-time, archived, listed twice, or a second price of the same product for the same
billing interval and currency; ``always_invoice`` for cancellations and
``create_prorations`` with cancellations at period end; plan changes on without products
or without anything customers may change; a pause length outside one day to three years
or no pause length at all; impossible quantity limits; malformed links; metadata beyond
Stripe's limits.

Warnings: prices of one product with different tax behaviour, or without one
(``unspecified``), which customers cannot switch between (Stripe's portal limitations);
usage-based prices (customers on them can only cancel); links that are not https; options
set under a feature that is off; products or prices not in the synced catalogue (Stripe
checks them on save); cancellation reasons on with no reason to pick; a payment method
configuration id that does not look like one; a metadata entry without a value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from services.portal_config import schema
from services.portal_config.catalog import Catalog, PriceInfo, period, price_label
from services.portal_config.document import PAUSE_LIMITS, Doc
from services.portal_config.i18n import tr
from services.portal_config.labels import choice_label, field_label

Severity = Literal["error", "warning"]

MAX_PRODUCTS = 10
METADATA_MAX_KEYS = 50
METADATA_KEY_MAX = 40
METADATA_VALUE_MAX = 500

SUB = "features.subscription_update"
PRODUCTS = f"{SUB}.products"
CANCEL = "features.subscription_cancel"
PAUSE = "features.subscription_pause"
URL_FIELDS = (
    "business_profile.privacy_policy_url",
    "business_profile.terms_of_service_url",
    "default_return_url",
)


@dataclass(frozen=True)
class Issue:
    """One finding: where, how bad, what to tell the owner, and a stable code for tests."""

    path: str
    severity: Severity
    message: str
    code: str

    @property
    def blocking(self) -> bool:
        """True for errors: the configuration cannot be sent as it is."""
        return self.severity == "error"


def errors(issues: Iterable[Issue]) -> list[Issue]:
    """Only the blocking issues."""
    return [i for i in issues if i.blocking]


def warnings(issues: Iterable[Issue]) -> list[Issue]:
    """Only the warnings."""
    return [i for i in issues if not i.blocking]


class _Checker:
    def __init__(self, doc: Doc, catalog: Catalog) -> None:
        self.doc = doc
        self.catalog = catalog
        self.issues: list[Issue] = []

    def add(self, path: str, severity: Severity, code: str, message: str) -> None:
        self.issues.append(Issue(path, severity, message, code))

    def error(self, path: str, code: str, message: str) -> None:
        self.add(path, "error", code, message)

    def warn(self, path: str, code: str, message: str) -> None:
        self.add(path, "warning", code, message)

    # -- general ----------------------------------------------------------------------
    def choices(self) -> None:
        """Values of enum and choice-list fields that Stripe does not know (hand-edited or
        foreign files): Stripe would refuse them."""
        for path, value, f in _choice_values(self.doc, schema.root(), ""):
            if value not in f.choices:
                allowed = ", ".join(choice_label(f.path, c) for c in f.choices)
                self.error(
                    path,
                    "unknown_choice",
                    tr("“{0}” is not a value Stripe accepts for “{1}”. Choose one of: {2}.").format(
                        value, field_label(path), allowed
                    ),
                )

    def urls(self) -> None:
        for path in URL_FIELDS:
            section, _, key = path.rpartition(".")
            value = (self.doc[section][key] if section else self.doc[key]).strip()
            if not value:
                continue
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
                self.error(
                    path,
                    "url_invalid",
                    tr(
                        "This is not a complete web address. Write the full link, "
                        "starting with https:// (for example https://example.com/terms)."
                    ),
                )
            elif parts.scheme != "https":
                self.warn(
                    path,
                    "url_not_https",
                    tr(
                        "This link starts with http://. Use https:// so customers' browsers "
                        "don't warn them that the page is not secure."
                    ),
                )

    def metadata(self) -> None:
        meta: dict[str, str] = self.doc["metadata"]
        if len(meta) > METADATA_MAX_KEYS:
            self.error(
                "metadata",
                "metadata_too_many",
                tr("Stripe keeps at most {0} metadata entries; this has {1}.").format(
                    METADATA_MAX_KEYS, len(meta)
                ),
            )
        for key, value in meta.items():
            path = f"metadata.{key}" if key else "metadata"
            if not key.strip():
                self.error(path, "metadata_key_empty", tr("Every metadata entry needs a key."))
            elif len(key) > METADATA_KEY_MAX:
                self.error(
                    path,
                    "metadata_key_long",
                    tr("The metadata key “{0}” is longer than {1} characters.").format(
                        key, METADATA_KEY_MAX
                    ),
                )
            elif "[" in key or "]" in key:
                self.error(
                    path,
                    "metadata_key_brackets",
                    tr("Metadata keys can't contain square brackets: “{0}”.").format(key),
                )
            if len(value) > METADATA_VALUE_MAX:
                self.error(
                    path,
                    "metadata_value_long",
                    tr("The value of “{0}” is longer than {1} characters.").format(
                        key, METADATA_VALUE_MAX
                    ),
                )
            if value == "" and key.strip():
                self.warn(
                    path,
                    "metadata_value_empty",
                    tr(
                        "“{0}” has no value, so Stripe will not keep it. Give it a value, or "
                        "remove the entry."
                    ).format(key),
                )

    # -- customer information and payment methods --------------------------------------
    def customer(self) -> None:
        f = self.doc["features"]
        cu = f["customer_update"]
        if cu["enabled"] and not cu["allowed_updates"]:
            self.warn(
                "features.customer_update.allowed_updates",
                "customer_update_nothing",
                tr(
                    "Customers can update their information, but no item is ticked, so there "
                    "is nothing they can change. Tick what they may update, or turn this off."
                ),
            )
        if not cu["enabled"] and cu["allowed_updates"]:
            self.warn(
                "features.customer_update.enabled",
                "parent_off",
                tr(
                    "Updating customer information is off, so the items ticked below have "
                    "no effect. Turn it on to let customers change them."
                ),
            )
        pmu = f["payment_method_update"]
        pmc = pmu["payment_method_configuration"].strip()
        path = "features.payment_method_update.payment_method_configuration"
        if pmc and not pmc.startswith("pmc_"):
            self.warn(
                path,
                "pmc_invalid",
                tr(
                    "This doesn't look like a payment method configuration ID (those start "
                    "with pmc_); Stripe will refuse it if it doesn't exist. Leave it empty to "
                    "use your default payment methods."
                ),
            )
        if pmc and not pmu["enabled"]:
            self.warn(
                "features.payment_method_update.enabled",
                "parent_off",
                tr(
                    "Updating payment methods is off, so the payment method configuration "
                    "has no effect. Turn it on, or clear the configuration."
                ),
            )

    # -- cancellations ------------------------------------------------------------------
    def cancel(self) -> None:
        sc = self.doc["features"]["subscription_cancel"]
        path = f"{CANCEL}.proration_behavior"
        if sc["proration_behavior"] == "always_invoice":
            self.error(
                path,
                "cancel_always_invoice",
                tr(
                    "Stripe does not allow invoicing the credit at once when a customer "
                    "cancels (“always_invoice”). Choose “{0}” or “{1}”."
                ).format(
                    choice_label(path, "none"),
                    tr("Credit the unused time"),
                ),
            )
        elif sc["proration_behavior"] == "create_prorations" and sc["mode"] != "immediately":
            self.error(
                path,
                "cancel_prorations_at_period_end",
                tr(
                    "Unused time can only be credited when cancellations take effect "
                    "immediately; at the end of the period there is no unused time. Choose "
                    "“Immediately” above, or “No credit”."
                ),
            )
        reason = sc["cancellation_reason"]
        if reason["enabled"] and not reason["options"]:
            self.warn(
                f"{CANCEL}.cancellation_reason.options",
                "cancel_reason_no_options",
                tr(
                    "Customers will be asked why they cancel but offered no reason to pick. "
                    "Tick at least one reason."
                ),
            )
        if not sc["enabled"] and reason["enabled"]:
            self.warn(
                f"{CANCEL}.enabled",
                "parent_off",
                tr(
                    "Cancellations are off, so asking for a cancellation reason has no "
                    "effect. Turn cancellations on, or stop asking for a reason."
                ),
            )

    # -- pausing --------------------------------------------------------------------------
    def pause(self) -> None:
        duration = self.doc["features"]["subscription_pause"]["duration"]
        path = f"{PAUSE}.duration.interval_options"
        if duration["type"] != "interval_options":
            return
        if not duration["interval_options"]:
            self.error(
                path,
                "pause_no_length",
                tr(
                    "Add at least one pause length customers can choose, or let them pause "
                    "until they resume."
                ),
            )
        seen: set[tuple[str, int]] = set()
        for i, option in enumerate(duration["interval_options"]):
            unit = option["interval"]
            count = option["interval_count"]
            limit = PAUSE_LIMITS.get(unit, 0)
            here = f"{path}[{i}].interval_count"
            if count is None or count < 1:
                self.error(
                    here,
                    "pause_length_short",
                    tr("A pause lasts at least 1 {0}.").format(period(unit)),
                )
            elif count > limit:
                self.error(
                    here,
                    "pause_length_long",
                    tr("A pause can last at most three years ({0}).").format(period(unit, limit)),
                )
            key = (unit, int(count or 0))
            if key in seen:
                self.warn(
                    f"{path}[{i}]",
                    "pause_length_repeated",
                    tr("This pause length is offered twice."),
                )
            seen.add(key)

    # -- plan changes ----------------------------------------------------------------------
    def update(self) -> None:
        su = self.doc["features"]["subscription_update"]
        products = su["products"]
        if su["enabled"] and not products:
            self.error(
                PRODUCTS,
                "update_no_products",
                tr(
                    "Pick at least one product that customers can switch between, or turn "
                    "plan changes off."
                ),
            )
        if su["enabled"] and not su["default_allowed_updates"]:
            self.error(
                f"{SUB}.default_allowed_updates",
                "update_nothing_allowed",
                tr(
                    "Choose what customers can change (plan, quantity or promotion codes), "
                    "or turn plan changes off."
                ),
            )
        if not su["enabled"] and (
            products or su["default_allowed_updates"] or su["schedule_at_period_end"]["conditions"]
        ):
            self.warn(
                f"{SUB}.enabled",
                "parent_off",
                tr(
                    "Plan changes are off, so the products and options below have no effect "
                    "(they are kept for when you turn plan changes on)."
                ),
            )
        if len(products) > MAX_PRODUCTS:
            self.error(
                PRODUCTS,
                "too_many_products",
                tr(
                    "Customers can choose between at most {0} products; this lists {1}. Remove {2}."
                ).format(MAX_PRODUCTS, len(products), len(products) - MAX_PRODUCTS),
            )
        quantity_allowed = "quantity" in su["default_allowed_updates"]
        seen: dict[str, int] = {}
        for i, entry in enumerate(products):
            self._product(i, entry, seen, quantity_allowed and su["enabled"])
        self._tax_across_products(products)

    def _product(
        self, i: int, entry: dict[str, object], seen: dict[str, int], quantity_on: bool
    ) -> None:
        base = f"{PRODUCTS}[{i}]"
        pid = str(entry["product"] or "")
        if not pid:
            self.error(f"{base}.product", "product_missing", tr("Pick a product."))
            return
        name = self.catalog.product_name(pid)
        if pid in seen:
            self.error(
                f"{base}.product",
                "product_repeated",
                tr(
                    "{0} is listed twice. List each product once, with all the prices "
                    "customers can pick."
                ).format(name),
            )
        seen.setdefault(pid, i)
        product = self.catalog.product(pid)
        if product is None:
            self.warn(
                f"{base}.product",
                "product_unknown",
                tr(
                    "{0} is not in this account's synced catalogue. Sync, or let Stripe "
                    "check it when you save."
                ).format(pid),
            )
        elif not product.active:
            self.error(
                f"{base}.product",
                "product_inactive",
                tr(
                    "{0} is archived in Stripe, so customers can't switch to it. Remove it, "
                    "or reactivate the product in Stripe first."
                ).format(name),
            )
        prices = entry["prices"]
        assert isinstance(prices, list)
        if not prices:
            self.error(
                f"{base}.prices",
                "product_no_prices",
                tr("Pick at least one price of {0} for customers to switch to.").format(name),
            )
        known: list[tuple[int, PriceInfo]] = []
        periods: dict[tuple[str, str], PriceInfo] = {}
        listed: set[str] = set()
        for j, price_id in enumerate(prices):
            here = f"{base}.prices[{j}]"
            if price_id in listed:
                self.error(here, "price_repeated", tr("This price is listed twice."))
                continue
            listed.add(price_id)
            price = self.catalog.price(price_id)
            if price is None:
                self.warn(
                    here,
                    "price_unknown",
                    tr(
                        "The price {0} is not in this account's synced catalogue. Sync, or "
                        "let Stripe check it when you save."
                    ).format(price_id),
                )
                continue
            label = price_label(price)
            if price.product != pid:
                self.error(
                    here,
                    "price_wrong_product",
                    tr("{0} is a price of {1}, not of {2}. Move it to its own product.").format(
                        label, self.catalog.product_name(price.product), name
                    ),
                )
                continue
            if not price.recurring:
                self.error(
                    here,
                    "price_not_recurring",
                    tr(
                        "{0} is a one-time price. Customers can only switch to prices that "
                        "renew (monthly, yearly…)."
                    ).format(label),
                )
                continue
            if not price.active:
                self.error(
                    here,
                    "price_inactive",
                    tr(
                        "{0} is archived in Stripe. Only active prices can be offered; remove "
                        "it or reactivate it in Stripe."
                    ).format(label),
                )
                continue
            key = (str(price.interval), price.currency)
            other = periods.get(key)
            if other is not None:
                self.error(
                    here,
                    "price_same_interval_currency",
                    tr(
                        "{0} has two prices billed by the {1} in {2}: {3} and {4}. The portal "
                        "allows one price per billing interval and currency for each product; "
                        "remove one, or offer it as a separate product."
                    ).format(
                        name,
                        period(price.interval),
                        price.currency.upper(),
                        price_label(other),
                        label,
                    ),
                )
                continue
            periods[key] = price
            if price.usage_type == "metered":
                self.warn(
                    here,
                    "price_metered",
                    tr(
                        "{0} is usage-based. Customers on a usage-based price can only cancel "
                        "in the portal, not change plan."
                    ).format(label),
                )
            if price.tax_behavior == "unspecified":
                self.warn(
                    here,
                    "tax_unspecified",
                    tr(
                        "{0} has no tax behaviour set (“unspecified”). Stripe doesn't let "
                        "customers switch to or from such a price. Set it to inclusive or "
                        "exclusive in Stripe."
                    ).format(label),
                )
            known.append((j, price))
        behaviours = {p.tax_behavior for _, p in known if p.tax_behavior != "unspecified"}
        if len(behaviours) > 1:
            groups = "; ".join(
                f"{_tax_words(b)}: "
                + ", ".join(price_label(p) for _, p in known if p.tax_behavior == b)
                for b in sorted(behaviours)
            )
            self.warn(
                f"{base}.prices",
                "tax_mismatch",
                tr(
                    "{0} has prices with different tax behaviour ({1}). Customers can only "
                    "switch to a price with the same tax behaviour as their current one."
                ).format(name, groups),
            )
        quantity = entry["adjustable_quantity"]
        assert isinstance(quantity, dict)
        minimum, maximum = quantity["minimum"], quantity["maximum"]
        if minimum is not None and minimum < 0:
            self.error(
                f"{base}.adjustable_quantity.minimum",
                "quantity_minimum",
                tr("The minimum quantity can't be below 0."),
            )
        if maximum is not None and (maximum < 1 or (minimum is not None and maximum < minimum)):
            self.error(
                f"{base}.adjustable_quantity.maximum",
                "quantity_maximum",
                tr("The maximum quantity must be at least 1 and not below the minimum."),
            )
        if quantity["enabled"] and not quantity_on:
            self.warn(
                f"{base}.adjustable_quantity.enabled",
                "parent_off",
                tr(
                    "“Update quantities” is not ticked for plan changes, so customers can't "
                    "change the quantity of {0}."
                ).format(name),
            )

    def _tax_across_products(self, products: list[dict[str, object]]) -> None:
        by_currency: dict[str, dict[str, set[str]]] = {}
        for entry in products:
            pid = str(entry["product"] or "")
            for price_id in entry["prices"]:  # type: ignore[attr-defined]
                price = self.catalog.price(str(price_id))
                if price is None or price.product != pid or price.tax_behavior == "unspecified":
                    continue
                by_currency.setdefault(price.currency, {}).setdefault(
                    price.tax_behavior, set()
                ).add(self.catalog.product_name(pid))
        for currency, behaviours in sorted(by_currency.items()):
            names = {n for group in behaviours.values() for n in group}
            if len(behaviours) > 1 and len(names) > 1:
                detail = "; ".join(
                    f"{_tax_words(b)}: {', '.join(sorted(group))}"
                    for b, group in sorted(behaviours.items())
                )
                self.warn(
                    PRODUCTS,
                    "tax_mismatch_products",
                    tr(
                        "Customers paying in {0} can't switch between products whose prices "
                        "have different tax behaviour ({1})."
                    ).format(currency.upper(), detail),
                )


def _tax_words(behavior: str) -> str:
    return {"inclusive": tr("tax included"), "exclusive": tr("tax added")}.get(behavior, behavior)


def _choice_values(
    value: object, f: schema.Field, prefix: str
) -> list[tuple[str, str, schema.Field]]:
    """(concrete path, value, field) of every enum value and choice-list item in ``value``."""
    out: list[tuple[str, str, schema.Field]] = []
    if f.kind == "object" and isinstance(value, dict):
        for c in f.children:
            path = f"{prefix}.{c.name}" if prefix else c.name
            out += _choice_values(value.get(c.name), c, path)
    elif f.kind == "object_list" and isinstance(value, list):
        item = schema.Field(f.path + "[]", f.name, "object", children=f.children)
        for i, entry in enumerate(value):
            out += _choice_values(entry, item, f"{prefix}[{i}]")
    elif f.kind == "enum" and f.choices and isinstance(value, str):
        out.append((prefix, value, f))
    elif f.kind == "list" and f.choices and isinstance(value, list):
        out += [(prefix, str(v), f) for v in value]
    return out


def check(doc: Doc, catalog: Catalog | None = None) -> list[Issue]:
    """Every issue of ``doc`` (a document), errors first, in field order."""
    checker = _Checker(doc, catalog or Catalog())
    checker.choices()
    checker.urls()
    checker.metadata()
    checker.customer()
    checker.cancel()
    checker.update()
    checker.pause()
    return sorted(checker.issues, key=lambda i: (not i.blocking,))
