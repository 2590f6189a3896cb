"""The hosted portal page a configuration produces, resolved into texts and colours (no Qt).

:func:`build_page` takes the account whose branding shows, the portal configuration, a
locale, a sample plan and a :class:`Formatter` (how amounts and dates are written in that
locale; the GUI passes one backed by ``QLocale``) and returns a :class:`PortalPage`: every
string already translated, the sections the configuration enables, and the colours. It
follows the hosted page's rules (the sandbox's ``portal_pages.py`` renders the same ones):

- header: icon and business name, or the logo alone when there is a logo but no icon;
- the configuration's headline, else "{business} partners with Stripe for simplified
  billing.";
- "Return to {business}" only when a return URL is set;
- current subscription with "Update plan" only when ``subscription_update`` allows a change
  and "Cancel plan" only when ``subscription_cancel`` is enabled; payment methods, billing
  information and invoice history only when their features are enabled ("Update
  information" only when some update is allowed);
- terms and privacy links only when the configuration has their URLs;
- buttons in the brand colour with readable text, links in the accent colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from services.branding.colors import text_on
from services.branding.model import BrandAccount, Branding, PortalConfiguration, SamplePlan
from services.branding.portal_strings import portal_text
from services.currency import ZERO_DECIMAL

_SYMBOLS = {
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "jpy": "¥",
    "cad": "CA$",
    "aud": "A$",
    "nzd": "NZ$",
    "chf": "CHF",
    "sek": "kr",
    "nok": "kr",
    "dkk": "kr",
    "pln": "zł",
    "sgd": "S$",
    "hkd": "HK$",
    "mxn": "MX$",
    "brl": "R$",
    "inr": "₹",
    "krw": "₩",
}


def currency_symbol(currency: str) -> str:
    """The symbol the portal writes for ``currency`` (its ISO code when there is none)."""
    return _SYMBOLS.get(currency.lower(), currency.upper())


def major_amount(amount_minor: int, currency: str) -> tuple[float, int]:
    """An amount in Stripe's minor unit as (major-unit value, decimals to show)."""
    if currency.lower() in ZERO_DECIMAL:
        return float(amount_minor), 0
    return amount_minor / 100, 2


class Formatter(Protocol):
    """How amounts and dates are written in the preview's locale."""

    def money(self, amount_minor: int, currency: str) -> str: ...

    def date(self, day: date) -> str: ...


class PlainFormatter:
    """A locale-blind formatter (``$49.00``, ``2026-03-15``) for tests and scripts."""

    def money(self, amount_minor: int, currency: str) -> str:
        value, decimals = major_amount(amount_minor, currency)
        return f"{currency_symbol(currency)}{value:,.{decimals}f}"

    def date(self, day: date) -> str:
        return day.isoformat()


@dataclass(frozen=True)
class SampleCustomer:
    """The made-up customer whose portal the preview shows."""

    name: str = "Jenny Rosen"
    email: str = "jenny.rosen@example.com"
    address: str = "510 Townsend St, San Francisco, CA 94103"
    phone: str = "+1 415 555 0132"
    card_brand: str = "Visa"
    card_last4: str = "4242"
    card_exp_month: int = 12
    card_exp_year: int = 2030


SAMPLE_CUSTOMER = SampleCustomer()


@dataclass(frozen=True)
class Button:
    """A button on the page: ``primary`` ones are filled with the brand colour."""

    key: str
    label: str
    primary: bool = True


@dataclass(frozen=True)
class SubscriptionSection:
    title: str
    plan_name: str
    price: str
    renews: str
    card: str
    buttons: tuple[Button, ...]


@dataclass(frozen=True)
class PaymentMethodsSection:
    title: str
    card_brand: str
    card: str
    default_label: str
    expires: str
    add_button: Button


@dataclass(frozen=True)
class BillingSection:
    title: str
    rows: tuple[tuple[str, str], ...]
    button: Button | None


@dataclass(frozen=True)
class InvoiceRow:
    date: str
    amount: str
    status: str
    description: str


@dataclass(frozen=True)
class InvoiceSection:
    title: str
    rows: tuple[InvoiceRow, ...]


@dataclass(frozen=True)
class PortalPage:
    """Everything the preview draws, resolved for one account, configuration and locale."""

    locale: str
    business_name: str
    icon: str | None
    """Image key of the icon (a Stripe file id, or a local draft's key), if any."""
    logo: str | None
    header_uses_logo: bool
    """True when the header shows the logo instead of icon and name."""
    primary: str
    accent: str
    button_text: str
    """Label colour on primary buttons."""
    headline: str
    return_link: str | None
    test_mode: str | None
    powered_by: tuple[str, str]
    """The "Powered by" text before and after the Stripe word mark."""
    terms: str | None
    privacy: str | None
    subscription: SubscriptionSection
    payment_methods: PaymentMethodsSection | None
    billing: BillingSection | None
    invoices: InvoiceSection | None
    address_bar: str

    def buttons(self) -> list[Button]:
        """Every button on the page, top to bottom."""
        out = list(self.subscription.buttons)
        if self.payment_methods is not None:
            out.append(self.payment_methods.add_button)
        if self.billing is not None and self.billing.button is not None:
            out.append(self.billing.button)
        return out

    def links(self) -> list[str]:
        """Keys of the links on the page (drawn in the accent colour)."""
        return [
            key
            for key, text in (
                ("return", self.return_link),
                ("terms", self.terms),
                ("privacy", self.privacy),
            )
            if text
        ]


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, 28))


def build_page(
    *,
    account: BrandAccount,
    branding: Branding,
    configuration: PortalConfiguration,
    locale_code: str,
    plan: SamplePlan,
    formatter: Formatter,
    today: date,
    livemode: bool = False,
    customer: SampleCustomer = SAMPLE_CUSTOMER,
) -> PortalPage:
    """The page ``configuration`` shows a customer of ``account`` in ``locale_code``.

    ``branding`` is what to draw (the account's saved branding with any unsaved edits laid
    over it); image fields hold keys the painter looks images up by.
    """

    def t(key: str, **values: str) -> str:
        return portal_text(locale_code, key, **values)

    business = account.name
    primary, accent = branding.primary, branding.accent
    renewal = today + timedelta(days=12)
    step = 12 if plan.interval == "year" else 1
    price = formatter.money(plan.unit_amount, plan.currency)
    card = f"{customer.card_brand} •••• {customer.card_last4}"

    buttons: list[Button] = []
    if configuration.allows_plan_update:
        buttons.append(Button("update_plan", t("update_plan")))
    if configuration.enabled("subscription_cancel"):
        buttons.append(Button("cancel_plan", t("cancel_plan"), primary=False))
    subscription = SubscriptionSection(
        title=t("current_subscription"),
        plan_name=plan.product_name,
        price=t("per_year" if plan.interval == "year" else "per_month", price=price),
        renews=t("renews_on", date=formatter.date(renewal)),
        card=card,
        buttons=tuple(buttons),
    )
    payment_methods = None
    if configuration.enabled("payment_method_update"):
        payment_methods = PaymentMethodsSection(
            title=t("payment_methods"),
            card_brand=customer.card_brand,
            card=card,
            default_label=t("default"),
            expires=t("expires", date=f"{customer.card_exp_month:02d}/{customer.card_exp_year}"),
            add_button=Button("add_payment_method", t("add_payment_method")),
        )
    billing = None
    if configuration.enabled("customer_update"):
        allowed = configuration.feature("customer_update").get("allowed_updates") or []
        billing = BillingSection(
            title=t("billing_information"),
            rows=(
                (t("name"), customer.name),
                (t("email"), customer.email),
                (t("billing_address"), customer.address),
                (t("phone"), customer.phone),
            ),
            button=Button("update_information", t("update_information")) if allowed else None,
        )
    invoices = None
    if configuration.enabled("invoice_history"):
        invoices = InvoiceSection(
            title=t("invoice_history"),
            rows=tuple(
                InvoiceRow(
                    formatter.date(_months_back(renewal, step * n)),
                    formatter.money(plan.unit_amount, plan.currency),
                    t("paid"),
                    plan.product_name,
                )
                for n in (1, 2, 3)
            ),
        )
    before, _, after = t("powered_by", stripe="\x00").partition("\x00")
    icon, logo = branding.icon, branding.logo
    return PortalPage(
        locale=locale_code,
        business_name=business,
        icon=icon,
        logo=logo,
        header_uses_logo=bool(logo) and not icon,
        primary=primary,
        accent=accent,
        button_text=text_on(primary),
        headline=configuration.profile("headline") or t("headline_default", business=business),
        return_link=t("return_to", business=business) if configuration.return_url else None,
        test_mode=None if livemode else t("test_mode"),
        powered_by=(before, after),
        terms=t("terms") if configuration.profile("terms_of_service_url") else None,
        privacy=t("privacy") if configuration.profile("privacy_policy_url") else None,
        subscription=subscription,
        payment_methods=payment_methods,
        billing=billing,
        invoices=invoices,
        address_bar="billing.stripe.com/p/session/"
        + ("live_" if livemode else "test_")
        + "YWNjdF8xTjRp…",
    )
