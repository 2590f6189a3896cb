"""A subscription's items in words and its recurring amount, from a compact item signature.

The query (:mod:`services.paused.query`) reduces a subscription's items to a signature,
``price_id*quantity`` per item joined by ``;``. Prices are few and immutable in what
matters here (amount, interval, usage type; ``product``), and most subscriptions share
their signature with many others, so :class:`PriceBook` turns each distinct
``(account, signature)`` into an :class:`ItemsSummary` once and reuses it: an export of
100,000 subscriptions does the arithmetic a few hundred times, not 100,000.

A price's facts come from the JSON of one subscription item embedding it (Stripe's own
copy, present even for prices the price list does not return), its product's name from
the ``products`` table. The recurring amount is ``unit_amount × quantity`` per item, at
list price (before discounts and taxes). Metered prices (``usage_type = metered``) and
prices without a fixed unit amount (tiered) have no fixed amount: the total leaves them
out and says so (``complete = False``). Items on different intervals are added up as
per-month equivalents (``interval = "mixed"``).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from services.paused import money


@dataclass(frozen=True)
class PriceFacts:
    """What the amount needs from one price."""

    unit_decimal: Decimal | None
    """``unit_amount_decimal`` (minor units); None when the price has no fixed amount."""
    interval: str
    interval_count: int
    label: str
    """Product name, else the price's nickname, else the price id."""
    unit_int: int | None
    """``unit_amount`` when it is a whole number of minor units (the fast path)."""


@dataclass(frozen=True)
class ItemsSummary:
    """A subscription's items: words, count and the recurring amount."""

    label: str
    count: int
    amount_minor: int | None
    interval: str | None
    interval_count: int | None
    monthly_minor: int | None
    complete: bool


EMPTY = ItemsSummary("", 0, None, None, None, None, True)

_MONTHS: dict[tuple[str, int], tuple[int, int] | None] = {}


def _months(interval: str, count: int) -> tuple[int, int] | None:
    key = (interval, count)
    if key not in _MONTHS:
        months = money.months_per(interval, count)
        _MONTHS[key] = None if months is None else (months.numerator, months.denominator)
    return _MONTHS[key]


def monthly_int(amount: int, interval: str, count: int) -> int | None:
    """Per-month equivalent of a whole minor-unit amount, rounded half-up, exactly."""
    months = _months(interval, count)
    if months is None:
        return None
    num, den = months
    scaled = amount * den
    if scaled >= 0:
        return (2 * scaled + num) // (2 * num)
    return -((-2 * scaled + num) // (2 * num))


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def facts_from_price(price: Any, product_name: str | None, price_id: str) -> PriceFacts:
    """:class:`PriceFacts` of a price object (as Stripe embeds it in an item)."""
    if not isinstance(price, dict):
        return PriceFacts(None, "", 1, product_name or price_id, None)
    recurring = price.get("recurring") if isinstance(price.get("recurring"), dict) else {}
    assert isinstance(recurring, dict)
    metered = recurring.get("usage_type") == "metered"
    unit_int = None if metered else _int_or_none(price.get("unit_amount"))
    unit_decimal: Decimal | None = None
    if not metered:
        text = price.get("unit_amount_decimal")
        try:
            if isinstance(text, str) and text:
                unit_decimal = Decimal(text)
            elif unit_int is not None:
                unit_decimal = Decimal(unit_int)
        except InvalidOperation:
            unit_decimal = None
        if unit_decimal is not None and not unit_decimal.is_finite():
            unit_decimal = None
    if unit_decimal is not None and unit_int is not None and unit_decimal != unit_int:
        unit_int = None  # a fractional amount: take the exact path
    count = _int_or_none(recurring.get("interval_count")) or 1
    nickname = price.get("nickname") if isinstance(price.get("nickname"), str) else None
    label = product_name or nickname or price_id
    if metered:
        label += " (metered)"
    return PriceFacts(unit_decimal, str(recurring.get("interval") or ""), count, label, unit_int)


class PriceBook:
    """Price facts and item summaries for one connection, memoised.

    Use it on the connection's thread, within one read transaction (a snapshot), and
    drop it afterwards: it does not notice later changes to the cache.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._facts: dict[tuple[str, str], PriceFacts] = {}
        self._summaries: dict[tuple[str, str], ItemsSummary] = {}

    def facts(self, account: str, price_id: str) -> PriceFacts:
        """The facts of ``price_id`` on ``account`` (read once)."""
        key = (account, price_id)
        found = self._facts.get(key)
        if found is None:
            found = self._facts[key] = self._load(account, price_id)
        return found

    def _load(self, account: str, price_id: str) -> PriceFacts:
        item = self.conn.execute(
            "SELECT raw, product FROM subscription_items WHERE price = ? AND account = ? "
            "ORDER BY rid DESC LIMIT 1",
            (price_id, account),
        ).fetchone()
        price: Any = None
        product: str | None = None
        if item is not None:
            try:
                price = json.loads(item[0]).get("price")
            except (ValueError, AttributeError):
                price = None
            product = item[1]
        if price is None:
            stored = self.conn.execute(
                "SELECT raw, product FROM prices WHERE id = ? AND account = ?", (price_id, account)
            ).fetchone()
            if stored is not None:
                try:
                    price = json.loads(stored[0])
                except ValueError:
                    price = None
                product = product or stored[1]
        name = None
        if product:
            found = self.conn.execute(
                "SELECT name FROM products WHERE id = ? AND account = ?", (product, account)
            ).fetchone()
            name = found[0] if found and isinstance(found[0], str) and found[0] else None
        return facts_from_price(price, name, price_id)

    def summary(self, account: str, signature: str | None) -> ItemsSummary:
        """The :class:`ItemsSummary` of a signature (``price*qty;price*qty…``)."""
        if not signature:
            return EMPTY
        key = (account, signature)
        found = self._summaries.get(key)
        if found is None:
            found = self._summaries[key] = self._summarise(account, signature)
        return found

    def _summarise(self, account: str, signature: str) -> ItemsSummary:
        parts: list[tuple[PriceFacts, int]] = []
        for piece in signature.split(";"):
            price_id, _, qty_text = piece.rpartition("*")
            try:
                qty = int(qty_text)
            except ValueError:
                qty = 1
            parts.append((self.facts(account, price_id), qty))
        label = "; ".join(f.label if q == 1 else f"{f.label} × {q}" for f, q in parts)
        intervals = {(f.interval, f.interval_count) for f, _ in parts}
        if len(intervals) == 1 and all(f.unit_int is not None for f, _ in parts):
            iv, ic = next(iter(intervals))
            amount = sum(int(f.unit_int or 0) * q for f, q in parts)
            if iv:
                return ItemsSummary(
                    label, len(parts), amount, iv, ic, monthly_int(amount, iv, ic), True
                )
        return _exact(label, parts)


def _exact(label: str, parts: list[tuple[PriceFacts, int]]) -> ItemsSummary:
    """The slow, exact path: fractional amounts, mixed intervals, unpriced items."""
    per_interval: dict[tuple[str, int], Decimal] = {}
    complete = True
    for facts, qty in parts:
        if facts.unit_decimal is None or not facts.interval:
            complete = False
            continue
        key = (facts.interval, facts.interval_count)
        per_interval[key] = per_interval.get(key, Decimal(0)) + facts.unit_decimal * qty
    if not per_interval:
        return ItemsSummary(label, len(parts), None, None, None, None, False)
    total = Decimal(0)
    for (iv, ic), value in per_interval.items():
        part = money.monthly(value, iv, ic)
        if part is None:
            complete = False
        else:
            total += part
    monthly = money.round_minor(total)
    if len(per_interval) == 1:
        (iv, ic), value = next(iter(per_interval.items()))
        return ItemsSummary(label, len(parts), money.round_minor(value), iv, ic, monthly, complete)
    return ItemsSummary(label, len(parts), None, "mixed", None, monthly, complete)
