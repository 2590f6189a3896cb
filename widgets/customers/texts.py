"""Words and numbers of the Customers panel, in the user's language.

Eligibility reasons and field problems arrive from ``services.customers`` as stable codes
with parameters; :func:`reason_text` and :func:`problem_text` word them through
``QCoreApplication.translate`` (context ``CustomersText``). Amounts are formatted with
:class:`QLocale` in the invoice's currency (zero-decimal currencies such as JPY have no
minor unit), dates and times with the locale's month names.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from desktop import i18n
from services.currency import decimals
from services.customers.eligibility import Reason
from services.customers.portal import FieldProblem

_CTX = "CustomersText"

SYMBOLS = {
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "jpy": "¥",
    "cny": "CN¥",
    "inr": "₹",
    "krw": "₩",
    "brl": "R$",
    "cad": "CA$",
    "aud": "A$",
    "nzd": "NZ$",
    "mxn": "MX$",
    "chf": "CHF",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "zł",
}


def user_locale() -> QLocale:
    """The user's locale; US English when none is configured (the ``C`` locale)."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def tr(text: str) -> str:
    """Translate ``text`` in this module's context."""
    return QCoreApplication.translate(_CTX, text)


def money(amount: int | None, currency: str | None, locale: QLocale | None = None) -> str:
    """``amount`` (in the currency's minor unit) formatted for the user's locale."""
    if amount is None:
        return "—"
    code = (currency or "").lower()
    digits = decimals(code)
    value = amount / (10**digits)
    symbol = SYMBOLS.get(code, code.upper() + " " if code else "")
    loc = locale or user_locale()
    return loc.toCurrencyString(value, symbol, digits)


def date(ts: int | None, locale: QLocale | None = None) -> str:
    """A calendar date (``12 Mar 2026`` in English)."""
    if not ts:
        return "—"
    loc = locale or user_locale()
    return loc.toString(QDateTime.fromSecsSinceEpoch(int(ts)).date(), i18n.medium_date_format(loc))


def date_time(ts: int | None, locale: QLocale | None = None) -> str:
    """A date and a time of day."""
    if not ts:
        return "—"
    loc = locale or user_locale()
    return loc.toString(
        QDateTime.fromSecsSinceEpoch(int(ts)), i18n.medium_date_format(loc) + ", HH:mm"
    )


def countdown(seconds: float) -> str:
    """``4:07`` for 247 seconds."""
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


def configuration_name(cfg: dict[str, Any]) -> str:
    """A portal configuration's name, marked when it is the account's default."""
    name = str(cfg.get("name") or cfg.get("id"))
    if cfg.get("is_default") and "default" not in name.lower():
        name = tr("{0} (default)").format(name)
    return name


def status_label(status: str | None) -> str:
    """A subscription or invoice status in words."""
    labels = {
        "active": tr("Active"),
        "trialing": tr("Trialing"),
        "past_due": tr("Past due"),
        "unpaid": tr("Unpaid"),
        "paused": tr("Paused"),
        "canceled": tr("Canceled"),
        "incomplete": tr("Incomplete"),
        "incomplete_expired": tr("Incomplete, expired"),
        "draft": tr("Draft"),
        "open": tr("Open"),
        "paid": tr("Paid"),
        "uncollectible": tr("Uncollectible"),
        "void": tr("Void"),
    }
    return labels.get(status or "", status or "?")


def flow_label(flow: str | None) -> str:
    """A portal flow in words."""
    labels = {
        None: tr("Portal home page"),
        "portal_homepage": tr("Portal home page"),
        "payment_method_update": tr("Update payment method"),
        "subscription_cancel": tr("Cancel a subscription"),
        "subscription_update": tr("Change a subscription"),
        "subscription_update_confirm": tr("Confirm a specific change"),
    }
    return labels.get(flow, flow or "")


def pause_behavior_label(behavior: str | None) -> str:
    """What happens to invoices while payment collection is paused."""
    labels = {
        "keep_as_draft": tr("invoices kept as drafts"),
        "mark_uncollectible": tr("invoices marked uncollectible"),
        "void": tr("invoices voided"),
    }
    return labels.get(behavior or "", behavior or "")


def reason_text(reason: Reason) -> str:
    """An eligibility reason or warning, in the user's language."""
    p: dict[str, Any] = dict(reason.params)
    code = reason.code
    if code == "feature_disabled":
        feature = {
            "payment_method_update": tr("update payment methods"),
            "subscription_cancel": tr("cancel subscriptions"),
            "subscription_update": tr("change subscriptions"),
        }.get(str(p.get("feature")), str(p.get("feature")))
        return tr("This portal configuration does not let customers {0}.").format(feature)
    if code == "status":
        return tr("Its status is “{0}”; the portal only acts on {1} subscriptions.").format(
            status_label(p.get("status")),
            ", ".join(i18n.in_sentence(status_label(s)) for s in p.get("allowed", ())),
        )
    if code == "schedule":
        return tr(
            "A subscription schedule ({0}) manages it: the portal can neither change nor cancel it."
        ).format(p.get("schedule"))
    if code == "already_canceling":
        return tr("It is already set to cancel.")
    if code == "several_products":
        return tr("It has {0} items (several products): the portal can only cancel it.").format(
            p.get("items")
        )
    if code == "metered":
        return tr("It uses usage-based (metered) pricing: the portal can only cancel it.")
    if code == "send_invoice":
        return tr("It is billed by sending invoices: the portal can only cancel it.")
    if code == "unsupported_payment_method":
        return tr(
            "It is paid with a payment method the portal does not support ({0}): the portal "
            "can only cancel it."
        ).format(p.get("type"))
    if code == "payment_method_unknown":
        return tr(
            "Its payment method {0} is not loaded yet, so whether the portal supports it "
            "was not checked."
        ).format(p.get("payment_method"))
    if code == "tax_behavior_unspecified":
        return tr(
            "Its price's tax behavior is unspecified: the portal only changes subscriptions "
            "whose prices say whether tax is included."
        )
    if code == "tax_behavior_mismatch":
        return tr(
            "Every price it could switch to has a different tax behavior than its current "
            "price ({0})."
        ).format(p.get("tax_behavior"))
    if code == "product_not_offered":
        return tr("This configuration does not offer changes for its product ({0}).").format(
            p.get("product")
        )
    if code == "nothing_to_change":
        return tr("This configuration offers no other price and no quantity change for it.")
    if code == "trial_ends":
        return tr("It is trialing: changing it ends the free trial and invoices at once.")
    if code == "prices_hidden":
        return tr(
            "{0} price(s) of this configuration are not offered: their tax behavior differs."
        ).format(p.get("prices"))
    if code == "no_subscription":
        return tr("The customer has no subscription the portal can act on.")
    if code == "customer_deleted":
        return tr("The customer was deleted.")
    if code == "configuration_inactive":
        return tr("This portal configuration is not active; sessions cannot use it.")
    if code == "configuration_missing":
        return tr("This portal configuration no longer exists on Stripe.")
    if code == "no_configuration":
        return tr("There is no portal configuration yet. Create one in the Portal panel.")
    if code == "price_not_offered":
        return tr("That price is not offered for this subscription.")
    if code == "quantity_range":
        high = p.get("maximum")
        return tr("The quantity must be between {0} and {1}.").format(
            p.get("minimum"), high if high is not None else "∞"
        )
    if code == "quantity_fixed":
        return tr("This configuration does not allow quantity changes.")
    if code == "choose_change":
        return tr("Choose a new price or a new quantity.")
    if code == "no_change":
        return tr("That is already the subscription's price and quantity.")
    return reason.message


def problem_text(problem: FieldProblem) -> str:
    """A field problem of the portal form, in the user's language."""
    texts = {
        "url": tr("Enter a full web address, starting with https://"),
        "locale": tr("Choose a language from the list."),
        "subscription": tr("Choose a subscription."),
        "choose_change": tr("Choose a new price or a new quantity."),
        "quantity": tr("The quantity must be at least 1."),
        "item": tr("This subscription has no item to change."),
        "too_long": tr("The message can be at most 500 characters."),
        "on_behalf_of_direct": tr(
            "“On behalf of” is only for platform customers; this customer belongs to a "
            "connected account."
        ),
    }
    return texts.get(problem.code, problem.message)
