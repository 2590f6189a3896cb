"""How the paused-collections panel writes money, dates, behaviours and statuses.

Money goes through ``QLocale.toCurrencyString`` (the user's grouping, decimal separator and
symbol placement) with the currency's own number of decimals (none for ``jpy``). The symbol
is CLDR's English one for currencies people recognise (``$``, ``€``, ``£``, ``¥``, ``CA$``…)
and the ISO code otherwise, so two dollar currencies never look alike in one list.
Dates are shown in the user's time zone and language; the CSV keeps UTC.

Behaviour names and what they mean for invoices are translated here, once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from desktop import i18n
from services.paused import money

_SYMBOLS: dict[str, str] = {
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "jpy": "¥",
    "cny": "CN¥",
    "inr": "₹",
    "krw": "₩",
    "cad": "CA$",
    "aud": "A$",
    "nzd": "NZ$",
    "hkd": "HK$",
    "mxn": "MX$",
    "brl": "R$",
    "ils": "₪",
    "vnd": "₫",
    "twd": "NT$",
    "php": "₱",
    "xaf": "FCFA",
    "xof": "F\u202fCFA",
}


def _locale() -> QLocale:
    return locale()


def _t(text: str) -> str:
    return QCoreApplication.translate("paused", text)


def locale() -> QLocale:
    """The user's locale for numbers and dates; English (US) when the system gives only
    the bare "C" locale (no grouping, symbols after amounts), which reads as a bug."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale("en_US")
    return current


def symbol(currency: str) -> str:
    """The symbol shown for ``currency`` (ISO code, upper case, when not well known)."""
    code = currency.lower()
    return _SYMBOLS.get(code, code.upper() + "\u00a0")


def format_money(
    amount_minor: int | None, currency: str | None, locale: QLocale | None = None
) -> str:
    """``amount_minor`` of ``currency`` as the user writes money: ``$1,234.50``, ``¥1,200``."""
    if amount_minor is None or not currency:
        return ""
    value: Decimal = money.major(amount_minor, currency)
    loc = locale or _locale()
    return loc.toCurrencyString(float(value), symbol(currency), money.exponent(currency))


INTERVALS: dict[str, tuple[str, str]] = {
    "day": (str(QT_TRANSLATE_NOOP("paused", "day")), str(QT_TRANSLATE_NOOP("paused", "days"))),
    "week": (str(QT_TRANSLATE_NOOP("paused", "week")), str(QT_TRANSLATE_NOOP("paused", "weeks"))),
    "month": (
        str(QT_TRANSLATE_NOOP("paused", "month")),
        str(QT_TRANSLATE_NOOP("paused", "months")),
    ),
    "year": (str(QT_TRANSLATE_NOOP("paused", "year")), str(QT_TRANSLATE_NOOP("paused", "years"))),
}


def format_interval(interval: str | None, count: int | None) -> str:
    """``month``, ``3 months``, ``mixed intervals``."""
    if not interval:
        return ""
    if interval == "mixed":
        return _t("mixed intervals")
    names = INTERVALS.get(interval)
    if names is None:
        return interval
    if not count or count == 1:
        return _t(names[0])
    return _t("{0} {1}").format(count, _t(names[1]))


def format_amount(
    amount_minor: int | None,
    interval: str | None,
    count: int | None,
    monthly_minor: int | None,
    currency: str | None,
    complete: bool = True,
) -> str:
    """``$29.00 / month``; ``≈ $12.50 / month`` for mixed intervals; ``≥`` when metered
    items are left out."""
    prefix = "" if complete else "≥ "
    if amount_minor is not None and interval and interval != "mixed":
        return (
            f"{prefix}{format_money(amount_minor, currency)} / {format_interval(interval, count)}"
        )
    if monthly_minor is not None:
        return prefix + _t("≈ {0} / month").format(format_money(monthly_minor, currency))
    return ""


def local_datetime(ts: int) -> QDateTime:
    """A Unix time as a QDateTime in the user's time zone."""
    return QDateTime.fromSecsSinceEpoch(int(ts))


def format_date(ts: int | None, locale: QLocale | None = None) -> str:
    """A date the user reads at a glance (``21 Nov 2026``), in their time zone."""
    if ts is None:
        return ""
    loc = locale or _locale()
    return loc.toString(local_datetime(ts).date(), i18n.medium_date_format(loc))


def format_datetime_utc(ts: int | None) -> str:
    """The exact time in UTC, as in the CSV (tooltips)."""
    if ts is None:
        return ""
    return datetime.fromtimestamp(int(ts), tz=UTC).strftime("%Y-%m-%d %H:%M UTC")


def behavior_name(behavior: str | None) -> str:
    """The behaviour as a short label."""
    names = {
        "keep_as_draft": _t("Keep as draft"),
        "mark_uncollectible": _t("Mark uncollectible"),
        "void": _t("Void"),
    }
    return names.get(behavior or "", behavior or "")


def behavior_effect(behavior: str | None) -> str:
    """What the behaviour does to invoices, in a few words (a table column)."""
    effects = {
        "keep_as_draft": _t("Invoices stay drafts"),
        "mark_uncollectible": _t("Invoices marked uncollectible"),
        "void": _t("Invoices voided"),
    }
    return effects.get(behavior or "", "")


def behavior_meaning(behavior: str | None) -> str:
    """What the behaviour does to invoices, in full (tooltips and the pause dialog)."""
    meanings = {
        "keep_as_draft": _t(
            "Stripe keeps creating invoices but leaves them as drafts: nothing is sent or "
            "charged. When collection resumes you can finalise and collect them."
        ),
        "mark_uncollectible": _t(
            "Stripe finalises each invoice and immediately marks it uncollectible: the "
            "customer is not charged and no reminders go out. Use this when you don't "
            "expect to be paid for the paused periods."
        ),
        "void": _t(
            "Stripe finalises each invoice and immediately voids it: the paused periods "
            "are never billed, as if they were free."
        ),
    }
    return meanings.get(behavior or "", "")


def status_name(status: str | None) -> str:
    """A subscription status as people say it."""
    names = {
        "active": _t("Active"),
        "past_due": _t("Past due"),
        "unpaid": _t("Unpaid"),
        "trialing": _t("Trialing"),
        "paused": _t("Paused"),
        "canceled": _t("Canceled"),
        "incomplete": _t("Incomplete"),
        "incomplete_expired": _t("Incomplete, expired"),
    }
    return names.get(status or "", status or "")


def invoice_status_name(status: str | None) -> str:
    """An invoice status as people say it."""
    names = {
        "draft": _t("Draft"),
        "open": _t("Open"),
        "paid": _t("Paid"),
        "uncollectible": _t("Uncollectible"),
        "void": QCoreApplication.translate("paused", "Void", "invoice status"),
    }
    return names.get(status or "", status or "")


def collection_name(method: str | None) -> str:
    """The collection method as people say it."""
    names = {
        "charge_automatically": _t("Charge automatically"),
        "send_invoice": _t("Send invoice"),
    }
    return names.get(method or "", method or "")
