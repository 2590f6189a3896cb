"""Totals per currency and the chart's buckets, computed from the same rows as the view.

Amounts of different currencies are never added together. Within a currency,
subscriptions billed on different intervals are added as their per-month equivalent
(``monthly_minor``), which is what "paused recurring revenue" means here: how much a month
of these pauses is worth at list prices.

The chart groups that per-month revenue by behaviour and by the month collection resumes
(``YYYY-MM`` in UTC, or ``None`` for indefinite pauses).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from services.paused.model import PausedRow

INDEFINITE = None
"""The resume-month bucket of pauses with no ``resumes_at``."""


@dataclass
class CurrencyTotal:
    """One currency's paused subscriptions: how many and their per-month worth."""

    currency: str
    count: int = 0
    monthly_minor: int = 0
    incomplete: int = 0
    """Rows whose amount is a floor (metered or tiered items)."""


@dataclass
class Summary:
    """Totals and chart data for one list of rows."""

    count: int = 0
    since_known: int = 0
    """Rows whose *paused since* is known from events."""
    totals: dict[str, CurrencyTotal] = field(default_factory=dict)
    by_behavior_month: dict[tuple[str, str, str | None], int] = field(default_factory=dict)
    """(currency, behaviour, resume month ``YYYY-MM`` or None) → per-month revenue."""

    def currencies_by_revenue(self) -> list[str]:
        """Currencies, the largest per-month revenue first (ties by code)."""
        return sorted(self.totals, key=lambda c: (-self.totals[c].monthly_minor, c))

    def months(self, currency: str) -> list[str | None]:
        """The resume months present for ``currency``, in order, indefinite last."""
        found = {m for (c, _, m) in self.by_behavior_month if c == currency}
        dated = sorted(m for m in found if m is not None)
        return [*dated, *([INDEFINITE] if INDEFINITE in found else [])]


def resume_month(resumes_at: int | None) -> str | None:
    """``YYYY-MM`` (UTC) of a resume time; None for an indefinite pause."""
    if resumes_at is None:
        return None
    return datetime.fromtimestamp(resumes_at, tz=UTC).strftime("%Y-%m")


def summarise(rows: Iterable[PausedRow]) -> Summary:
    """Add up ``rows`` (consumed once, so a stream works) per currency and chart bucket."""
    out = Summary()
    totals = out.totals
    buckets = out.by_behavior_month
    for r in rows:
        out.count += 1
        if r.paused_since is not None:
            out.since_known += 1
        currency = r.currency or ""
        total = totals.get(currency)
        if total is None:
            total = totals[currency] = CurrencyTotal(currency)
        total.count += 1
        monthly = r.monthly_minor or 0
        total.monthly_minor += monthly
        if not r.amount_complete:
            total.incomplete += 1
        key = (currency, r.behavior or r.kind, resume_month(r.resumes_at))
        buckets[key] = buckets.get(key, 0) + monthly
    return out
