"""The products and prices a portal configuration can offer, and how to name them.

A :class:`Catalog` is what the checks, the summary, the diff and the promotion mapping
know about an account's products and prices: for each price its product, currency,
amount, billing period, tax behaviour, usage type, lookup key and whether it is active and
recurring. It is read from the local cache (:func:`from_cache`, offline, used by the
panel) or from Stripe (:func:`from_api`, used by the command line and by imports, which
must see the target account as it is now).

:func:`price_label` writes a price the way an owner says it: "$29.00 / month",
"€270.00 / year", "$79.00 every 3 months".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import stripe

from services.currency import ZERO_DECIMAL
from services.portal_config.i18n import tr

_SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "inr": "₹", "krw": "₩"}


@dataclass(frozen=True)
class PriceInfo:
    """What the portal cares about in one price."""

    id: str
    product: str
    currency: str = "usd"
    unit_amount: int | None = None
    active: bool = True
    type: str = "recurring"
    interval: str | None = None
    interval_count: int = 1
    usage_type: str = "licensed"
    tax_behavior: str = "unspecified"
    lookup_key: str | None = None
    nickname: str | None = None

    @property
    def recurring(self) -> bool:
        """A price billed again every period (the only kind the portal can offer)."""
        return self.type == "recurring" and self.interval is not None

    @classmethod
    def from_object(cls, obj: dict[str, Any]) -> PriceInfo:
        """From Stripe's ``price`` JSON."""
        recurring = obj.get("recurring") if isinstance(obj.get("recurring"), dict) else None
        product = obj.get("product")
        if isinstance(product, dict):
            product = product.get("id")
        return cls(
            id=str(obj["id"]),
            product=str(product or ""),
            currency=str(obj.get("currency") or "usd"),
            unit_amount=obj.get("unit_amount"),
            active=bool(obj.get("active", True)),
            type=str(obj.get("type") or ("recurring" if recurring else "one_time")),
            interval=recurring.get("interval") if recurring else None,
            interval_count=int((recurring or {}).get("interval_count") or 1),
            usage_type=str((recurring or {}).get("usage_type") or "licensed"),
            tax_behavior=str(obj.get("tax_behavior") or "unspecified"),
            lookup_key=obj.get("lookup_key") or None,
            nickname=obj.get("nickname") or None,
        )

    def to_json(self) -> dict[str, Any]:
        """A plain dict (exports carry it, so the target account can be matched)."""
        return {
            "id": self.id,
            "product": self.product,
            "currency": self.currency,
            "unit_amount": self.unit_amount,
            "active": self.active,
            "type": self.type,
            "interval": self.interval,
            "interval_count": self.interval_count,
            "usage_type": self.usage_type,
            "tax_behavior": self.tax_behavior,
            "lookup_key": self.lookup_key,
            "nickname": self.nickname,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PriceInfo:
        """Inverse of :meth:`to_json`; unknown keys are ignored and values of the wrong
        type (a hand-edited file) fall back to "unknown"."""

        def text(key: str, default: str | None) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) and value else default

        def number(key: str) -> int | None:
            value = data.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        count = number("interval_count")
        return cls(
            id=str(data.get("id") or ""),
            product=text("product", "") or "",
            currency=(text("currency", "usd") or "usd").lower(),
            unit_amount=number("unit_amount"),
            active=data.get("active") is not False,
            type=text("type", "recurring") or "recurring",
            interval=text("interval", None),
            interval_count=count if count is not None and count > 0 else 1,
            usage_type=text("usage_type", "licensed") or "licensed",
            tax_behavior=text("tax_behavior", "unspecified") or "unspecified",
            lookup_key=text("lookup_key", None),
            nickname=text("nickname", None),
        )


@dataclass(frozen=True)
class ProductInfo:
    """A product's name and whether it can still be sold."""

    id: str
    name: str
    active: bool = True

    @classmethod
    def from_object(cls, obj: dict[str, Any]) -> ProductInfo:
        """From Stripe's ``product`` JSON."""
        return cls(str(obj["id"]), str(obj.get("name") or obj["id"]), bool(obj.get("active", True)))


@dataclass
class Catalog:
    """Products and prices by id (whatever is known; lookups of unknown ids return None)."""

    products: dict[str, ProductInfo] = field(default_factory=dict)
    prices: dict[str, PriceInfo] = field(default_factory=dict)

    def product(self, product_id: str) -> ProductInfo | None:
        """The product, or None if it is not known here."""
        return self.products.get(product_id)

    def price(self, price_id: str) -> PriceInfo | None:
        """The price, or None if it is not known here."""
        return self.prices.get(price_id)

    def product_name(self, product_id: str) -> str:
        """The product's name, or its id when it is not known."""
        found = self.products.get(product_id)
        return found.name if found else product_id

    def prices_of(self, product_id: str) -> list[PriceInfo]:
        """The known prices of a product, recurring first, then by period and currency."""
        found = [p for p in self.prices.values() if p.product == product_id]
        order = {"day": 0, "week": 1, "month": 2, "year": 3}
        return sorted(
            found,
            key=lambda p: (
                not p.recurring,
                not p.active,
                order.get(p.interval or "", 9),
                p.interval_count,
                p.currency,
                p.unit_amount or 0,
            ),
        )

    def offerable_products(self) -> list[ProductInfo]:
        """Active products with at least one active recurring price, by name."""
        ids = {p.product for p in self.prices.values() if p.recurring and p.active}
        found = [p for p in self.products.values() if p.active and p.id in ids]
        return sorted(found, key=lambda p: p.name.casefold())

    def subset(self, price_ids: Iterable[str], product_ids: Iterable[str]) -> Catalog:
        """Only the given prices and products (what an export needs to carry)."""
        prices = {i: self.prices[i] for i in price_ids if i in self.prices}
        products = {i: self.products[i] for i in product_ids if i in self.products}
        return Catalog(products, prices)

    def to_json(self) -> dict[str, Any]:
        """A plain dict of products and prices."""
        return {
            "products": {i: {"name": p.name, "active": p.active} for i, p in self.products.items()},
            "prices": {i: p.to_json() for i, p in self.prices.items()},
        }

    @classmethod
    def from_json(cls, data: Any) -> Catalog:
        """Inverse of :meth:`to_json`; tolerates missing parts."""
        if not isinstance(data, dict):
            return cls()
        given_products, given_prices = data.get("products"), data.get("prices")
        products = {
            str(i): ProductInfo(str(i), str(p.get("name") or i), bool(p.get("active", True)))
            for i, p in (given_products if isinstance(given_products, dict) else {}).items()
            if isinstance(p, dict)
        }
        prices = {
            str(i): PriceInfo.from_json({**p, "id": i})
            for i, p in (given_prices if isinstance(given_prices, dict) else {}).items()
            if isinstance(p, dict)
        }
        return cls(products, prices)


def from_cache(conn: sqlite3.Connection, account: str = "") -> Catalog:
    """Every product and price of ``account`` in the local cache (call on a worker)."""
    products: dict[str, ProductInfo] = {}
    for (raw,) in conn.execute(
        "SELECT raw FROM products WHERE account = ? AND deleted = 0", (account,)
    ):
        info = ProductInfo.from_object(json.loads(raw))
        products[info.id] = info
    prices: dict[str, PriceInfo] = {}
    for (raw,) in conn.execute(
        "SELECT raw FROM prices WHERE account = ? AND deleted = 0", (account,)
    ):
        price = PriceInfo.from_object(json.loads(raw))
        prices[price.id] = price
    return Catalog(products, prices)


def _pages(client: stripe.StripeClient, path: str, params: dict[str, Any]) -> Iterator[Any]:
    after: str | None = None
    while True:
        query = {**params, "limit": 100, **({"starting_after": after} if after else {})}
        body = json.loads(client.raw_request("get", path, **query).body)
        data = body.get("data") or []
        yield from data
        if not body.get("has_more") or not data:
            return
        after = data[-1]["id"]


def from_api(client: stripe.StripeClient, *, only_active: bool = False) -> Catalog:
    """Every product and price of the client's account, read from Stripe now."""
    filters: dict[str, Any] = {"active": "true"} if only_active else {}
    products = {
        p.id: p
        for p in (ProductInfo.from_object(o) for o in _pages(client, "/v1/products", filters))
    }
    prices = {
        p.id: p for p in (PriceInfo.from_object(o) for o in _pages(client, "/v1/prices", filters))
    }
    return Catalog(products, prices)


def fetch_missing(client: stripe.StripeClient, catalog: Catalog, price_ids: Iterable[str]) -> None:
    """Add prices (and their products) that ``catalog`` does not know, read from Stripe."""
    for price_id in price_ids:
        if price_id in catalog.prices:
            continue
        try:
            obj = json.loads(client.raw_request("get", f"/v1/prices/{price_id}").body)
        except stripe.InvalidRequestError:
            continue  # deleted or never existed: the checks will say so
        price = PriceInfo.from_object(obj)
        catalog.prices[price.id] = price
        if price.product and price.product not in catalog.products:
            try:
                product = json.loads(
                    client.raw_request("get", f"/v1/products/{price.product}").body
                )
            except stripe.InvalidRequestError:
                continue
            catalog.products[price.product] = ProductInfo.from_object(product)


# -- words ------------------------------------------------------------------------------
def money(amount: int | None, currency: str) -> str:
    """``2900, "usd"`` → ``$29.00``; ``3900, "jpy"`` → ``¥3,900``; other currencies by code."""
    if amount is None:
        return tr("custom amount")
    code = currency.lower()
    number = f"{amount:,}" if code in ZERO_DECIMAL else f"{amount / 100:,.2f}"
    symbol = _SYMBOLS.get(code)
    return f"{symbol}{number}" if symbol else f"{number} {code.upper()}"


def period(interval: str | None, count: int = 1) -> str:
    """``month`` → "month"; ``month, 3`` → "3 months"."""
    if interval is None:
        return tr("one time")
    singular = {"day": tr("day"), "week": tr("week"), "month": tr("month"), "year": tr("year")}
    plural = {"day": tr("days"), "week": tr("weeks"), "month": tr("months"), "year": tr("years")}
    if count == 1:
        return singular.get(interval, interval)
    return f"{count} {plural.get(interval, interval + 's')}"


def duration(interval: str, count: int = 1) -> str:
    """A length of time: "1 month", "3 months", "2 weeks"."""
    if count == 1:
        return tr("1 {0}").format(period(interval))
    return period(interval, count)


def cadence(interval: str | None, count: int = 1) -> str:
    """How often: "monthly", "yearly", "every 3 months"."""
    if interval is None:
        return tr("one time")
    if count == 1:
        words = {
            "day": tr("daily"),
            "week": tr("weekly"),
            "month": tr("monthly"),
            "year": tr("yearly"),
        }
        return words.get(interval, interval)
    return tr("every {0}").format(period(interval, count))


def price_label(price: PriceInfo) -> str:
    """ "$29.00 / month", "$79.00 every 3 months", "$150.00 one time"."""
    amount = money(price.unit_amount, price.currency)
    if not price.recurring:
        return tr("{0} one time").format(amount)
    if price.interval_count == 1:
        return tr("{0} / {1}").format(amount, period(price.interval))
    return tr("{0} every {1}").format(amount, period(price.interval, price.interval_count))


def tax_label(behavior: str) -> str:
    """Tax behaviour in words."""
    return {
        "inclusive": tr("tax included"),
        "exclusive": tr("tax added"),
        "unspecified": tr("tax behaviour not set"),
    }.get(behavior, behavior)


def describe_price(catalog: Catalog, price_id: str) -> str:
    """A price in words, with its product: "Pro, $29.00 / month"; the id if unknown."""
    price = catalog.price(price_id)
    if price is None:
        return price_id
    return f"{catalog.product_name(price.product)}, {price_label(price)}"
