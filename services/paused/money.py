"""Stripe amounts: minor units to major units, per currency, exactly (no floats).

Stripe sends every amount as an integer in the currency's *minor* unit: cents for
``usd``, but whole yen for ``jpy`` (a zero-decimal currency) and thousandths for the
three-decimal currencies (``kwd``…). :func:`exponent` says how many decimals a currency
has in Stripe's API, :func:`major` turns a minor-unit amount into a :class:`Decimal` of
major units, and :func:`major_text` writes it the way the CSV export does: ``.`` as the
decimal separator, no grouping, exactly :func:`exponent` decimals (``"1234.50"``,
``"1200"`` for yen, ``"1.500"`` for dinars).

:func:`monthly` converts an amount billed every ``count`` ``interval`` (day, week, month,
year) to its per-month equivalent, so subscriptions on different intervals can be added
up per currency.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from services.currency import decimals

# Months per interval, as fractions so that the per-month figure is exact until rounded.
_MONTHS_PER: dict[str, Fraction] = {
    "day": Fraction(12, 365),
    "week": Fraction(12, 52),
    "month": Fraction(1),
    "year": Fraction(12),
}


def exponent(currency: str) -> int:
    """How many decimals ``currency`` has in Stripe's API (0, 2 or 3)."""
    return decimals(currency)


def major(amount_minor: int | Decimal, currency: str) -> Decimal:
    """``amount_minor`` (Stripe's integer, or a fractional ``unit_amount_decimal``) in major
    units, rounded half-up to the currency's decimals."""
    exp = exponent(currency)
    quantum = Decimal(1).scaleb(-exp)
    return (Decimal(amount_minor).scaleb(-exp)).quantize(quantum, rounding=ROUND_HALF_UP)


def major_text(amount_minor: int | Decimal, currency: str) -> str:
    """``amount_minor`` as major units in plain text: ``"12.50"``, ``"1200"``, ``"1.500"``.

    Integers take a fast exact path (the export writes one per row).
    """
    exp = exponent(currency)
    if isinstance(amount_minor, int):
        if exp == 0:
            return str(amount_minor)
        sign = "-" if amount_minor < 0 else ""
        whole, frac = divmod(abs(amount_minor), 10**exp)
        return f"{sign}{whole}.{frac:0{exp}d}"
    return f"{major(amount_minor, currency):f}"


def months_per(interval: str, count: int) -> Fraction | None:
    """How many months one billing period of ``count`` ``interval`` lasts (None: unknown)."""
    per = _MONTHS_PER.get(interval)
    if per is None or count <= 0:
        return None
    return per * count


def monthly(amount_minor: int | Decimal, interval: str, count: int) -> Decimal | None:
    """The per-month equivalent (minor units, unrounded) of ``amount_minor`` billed every
    ``count`` ``interval``; None for an unknown interval."""
    months = months_per(interval, count)
    if months is None:
        return None
    return Decimal(amount_minor) * months.denominator / months.numerator


def round_minor(amount: Decimal) -> int:
    """A fractional minor-unit amount rounded half-up to a whole minor unit."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))
