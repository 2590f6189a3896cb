"""Amounts in Stripe's minor units: formatting for display, parsing what a person types.

Stripe counts most currencies in cents, but "zero-decimal" currencies (JPY, KRW, …) in
whole units; ``1000`` is ``$10.00`` but ``¥1,000``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from services.currency import decimals

_SYMBOLS = {"usd": "$", "eur": "€", "gbp": "£", "jpy": "¥", "cad": "CA$", "aud": "A$"}


def format_amount(amount: int | None, currency: str | None) -> str:
    """``1000, "usd"`` → ``$10.00``; ``3500, "jpy"`` → ``¥3,500``; ``None`` → ``—``."""
    if amount is None:
        return "—"
    cur = (currency or "").lower()
    places = decimals(cur)
    value = Decimal(amount) / (10**places)
    text = f"{value:,.{places}f}"
    symbol = _SYMBOLS.get(cur)
    return f"{symbol}{text}" if symbol else f"{text} {cur.upper()}".strip()


def parse_amount(text: str, currency: str | None) -> int | None:
    """What a person typed (``12``, ``12.50``, ``12,50``) in minor units; None if not a
    non-negative amount with at most the currency's decimal places."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0:
        return None
    places = decimals(currency)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        return None
    return int(value * (10**places))


def percent(value: float | Decimal) -> str:
    """``12.5`` → ``12.5``; ``10.0`` → ``10`` (no trailing zeros)."""
    text = format(Decimal(str(value)).normalize(), "f")
    return text
