"""Stripe's currency exponents: which currencies' amounts are whole units or thousandths.

One table for every module that turns Stripe's integer amounts into money
(https://docs.stripe.com/currencies#zero-decimal).
"""

from __future__ import annotations

ZERO_DECIMAL: frozenset[str] = frozenset(
    {
        "bif",
        "clp",
        "djf",
        "gnf",
        "jpy",
        "kmf",
        "krw",
        "mga",
        "pyg",
        "rwf",
        "ugx",
        "vnd",
        "vuv",
        "xaf",
        "xof",
        "xpf",
    }
)
"""Currencies whose Stripe amounts are whole units (¥1,200 is ``1200``)."""

THREE_DECIMAL: frozenset[str] = frozenset({"bhd", "jod", "kwd", "omr", "tnd"})
"""Currencies whose Stripe amounts are thousandths (1.500 KWD is ``1500``)."""


def decimals(currency: str | None) -> int:
    """How many decimal places Stripe's integer amounts have in ``currency`` (0, 2 or 3)."""
    code = (currency or "").lower()
    return 0 if code in ZERO_DECIMAL else 3 if code in THREE_DECIMAL else 2
