"""Seed customers, their tax ids and payment methods, for the platform and connected accounts.

Names come from :mod:`seeds_names` (many countries and scripts, a few companies, and the
spreadsheet-formula names exports must escape). Customers are built with the customers
resource's own builder, at their creation time, by a :class:`~seeds_common.SeedRequest`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from services.sandbox import shapes
from services.sandbox.resources.billing import new_payment_method
from services.sandbox.resources.customers import new_customer
from services.sandbox.seeds_common import DAY, Batch, SeedRequest, weighted
from services.sandbox.seeds_names import (
    COMPANY_KINDS,
    COMPANY_STEMS,
    DESCRIPTIONS,
    EMAIL_DOMAINS,
    FORMULA_NAMES,
    LOCALES,
    Locale,
    ascii_token,
    family_form,
    full_name,
    split_name,
)


@dataclass
class Person:
    """A seeded customer and what the later stages need to know about it."""

    obj: dict[str, Any]
    locale: Locale
    company: bool = False
    payment_methods: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False

    @property
    def id(self) -> str:
        return str(self.obj["id"])

    @property
    def created(self) -> int:
        return int(self.obj["created"])

    @property
    def currency(self) -> str:
        return self.locale.currency

    @property
    def default_pm(self) -> dict[str, Any] | None:
        return self.payment_methods[0] if self.payment_methods else None


_LOCALE_WEIGHTS = [(str(i), float(loc.weight)) for i, loc in enumerate(LOCALES)]


def pick_locale(rng: random.Random, country: str | None = None) -> Locale:
    if country is not None:
        matching = [loc for loc in LOCALES if loc.country == country]
        if matching:
            return rng.choice(matching)
    return LOCALES[int(weighted(rng, _LOCALE_WEIGHTS))]


def person_name(rng: random.Random, locale: Locale) -> tuple[str, str]:
    """(display name, e-mail local part) for a person of ``locale``."""
    given, given_roman, female = split_name(rng.choice(locale.given))
    family, family_roman = family_form(rng.choice(locale.family), female)
    local = f"{ascii_token(given_roman)}.{ascii_token(family_roman)}"
    if rng.random() < 0.45:
        local += str(rng.randint(1, 99))
    return full_name(locale, given, family), local


def company_name(rng: random.Random, locale: Locale) -> tuple[str, str]:
    stem, kind = rng.choice(COMPANY_STEMS), rng.choice(COMPANY_KINDS)
    if locale.company_suffix in ("株式会社", "주식회사"):
        name = f"{locale.company_suffix}{stem} {kind}"
    else:
        name = f"{stem} {kind} {locale.company_suffix}"
    return name, rng.choice(["billing", "accounts", "finance", "ap"])


def _phone(rng: random.Random, locale: Locale) -> str:
    return locale.phone_prefix + "".join(str(rng.randint(0, 9)) for _ in range(locale.phone_digits))


def _address(rng: random.Random, locale: Locale) -> dict[str, Any]:
    city, postal, state = rng.choice(locale.cities)
    street = rng.choice(
        [
            "Market Street",
            "Hauptstraße",
            "Rue de Rivoli",
            "Calle Mayor",
            "Via Roma",
            "High Street",
            "Main Street",
            "Kingsway",
            "Oak Avenue",
        ]
    )
    return {
        "line1": f"{rng.randint(1, 240)} {street}",
        "line2": None,
        "city": city,
        "postal_code": postal,
        "state": state or None,
        "country": locale.country,
    }


def build_people(
    req: SeedRequest,
    batch: Batch,
    rng: random.Random,
    count: int,
    start: int,
    end: int,
    *,
    country: str | None = None,
    formula_names: bool = False,
    email_domain: str | None = None,
) -> list[Person]:
    """``count`` customers created between ``start`` and ``end`` (ascending), queued."""
    people: list[Person] = []
    span = max(1, end - start)
    formula_slots: dict[int, str] = {}
    if formula_names:
        step = max(1, count // (len(FORMULA_NAMES) + 1))
        formula_slots = {step * (i + 1): n for i, n in enumerate(FORMULA_NAMES)}
    for i in range(count):
        locale = pick_locale(rng, country if rng.random() < 0.8 else None)
        company = rng.random() < 0.14
        if i in formula_slots:
            name, local = formula_slots[i], f"ops{i}"
            company = True
        elif company:
            name, local = company_name(rng, locale)
        else:
            name, local = person_name(rng, locale)
        domain = email_domain or (
            f"{ascii_token(name)[:18] or 'biz'}.example" if company else rng.choice(EMAIL_DOMAINS)
        )
        params: dict[str, Any] = {"name": name, "email": f"{local}@{domain}"}
        if rng.random() < 0.7:
            params["phone"] = _phone(rng, locale)
        if rng.random() < 0.6 or company:
            params["address"] = _address(rng, locale)
        if rng.random() < 0.08:
            params["description"] = rng.choice(DESCRIPTIONS)
        if rng.random() < 0.3 or locale.language != "en":
            params["preferred_locales"] = [locale.language]
        metadata: dict[str, str] = {}
        if rng.random() < 0.4:
            metadata["crm_id"] = f"CRM-{rng.randint(10000, 99999)}"
        if rng.random() < 0.25:
            metadata["segment"] = "enterprise" if company else rng.choice(["smb", "consumer"])
        if rng.random() < 0.15:
            metadata["signup_source"] = rng.choice(["web", "ios", "android", "sales", "partner"])
        params["metadata"] = metadata
        req.at = start + (i * span) // count + rng.randint(0, max(0, span // count - 1))
        obj = new_customer(req, params)
        if company and rng.random() < 0.2:
            obj["tax_exempt"] = rng.choice(["exempt", "reverse"])
        if rng.random() < 0.04:
            obj["balance"] = rng.choice([-500, -1500, -2500, 1200])
        people.append(Person(batch.put(obj, req.account), locale, company))
    return people


_TAX_TYPES = {
    "DE": ("eu_vat", "DE{n9}"),
    "FR": ("eu_vat", "FRAB{n9}"),
    "ES": ("eu_vat", "ESA{n7}Z"),
    "IT": ("eu_vat", "IT{n11}"),
    "NL": ("eu_vat", "NL{n9}B01"),
    "IE": ("eu_vat", "IE{n7}WI"),
    "GB": ("gb_vat", "GB{n9}"),
    "AU": ("au_abn", "{n11}"),
    "JP": ("jp_cn", "{n13}"),
    "IN": ("in_gst", "22AAAAA{n4}A1Z5"),
    "US": ("us_ein", "{n2}-{n7}"),
    "CA": ("ca_bn", "{n9}"),
    "BR": ("br_cnpj", "{n2}.{n3}.{n3}/0001-{n2}"),
}


def _tax_value(rng: random.Random, pattern: str) -> str:
    out = pattern
    for width in (13, 11, 9, 7, 4, 3, 2):
        while f"{{n{width}}}" in out:
            digits = "".join(str(rng.randint(0, 9)) for _ in range(width))
            out = out.replace(f"{{n{width}}}", digits, 1)
    return out


def build_tax_ids(req: SeedRequest, batch: Batch, rng: random.Random, people: list[Person]) -> int:
    """Tax ids for most companies (stored like ``POST /v1/customers/{id}/tax_ids``)."""
    table: dict[str, list[str]] = req.store.extra.setdefault("tax_ids", {})
    made = 0
    for p in people:
        spec = _TAX_TYPES.get(p.locale.country)
        if not p.company or spec is None or rng.random() < 0.25:
            continue
        kind, pattern = spec
        status = rng.choice(["verified", "verified", "unverified", "unavailable"])
        obj: dict[str, Any] = {
            "id": req.store.new_id("txi"),
            "object": "tax_id",
            "country": p.locale.country,
            "created": p.created + 120,
            "customer": p.id,
            "type": kind,
            "value": _tax_value(rng, pattern),
            "verification": {
                "status": status if kind == "eu_vat" else "unavailable",
                "verified_address": None,
                "verified_name": p.obj.get("name")
                if status == "verified" and kind == "eu_vat"
                else None,
            },
            "owner": {
                "type": "customer",
                "customer": p.id,
                "account": None,
                "application": None,
                "customer_account": None,
            },
        }
        batch.put(obj, req.account)
        table.setdefault(p.id, []).append(obj["id"])
        made += 1
    return made


def delete_some(req: SeedRequest, people: list[Person], rng: random.Random, count: int) -> None:
    """Mark ``count`` customers deleted (after they were stored), as ``DELETE`` does."""
    for p in rng.sample(people, min(count, len(people))):
        p.deleted = True
        req.store.remove(p.id, "customer")
        req.store.objects[p.id] = {"id": p.id, "object": "customer", "deleted": True}


# -- payment methods --------------------------------------------------------------------
_IBANS = {
    "DE": "DE89370400440532013000",
    "FR": "FR1420041010050500013M02606",
    "ES": "ES0700120345030000067890",
    "IT": "IT40S0542811101000000123456",
    "NL": "NL39RABO0300065264",
    "IE": "IE29AIBK93115212345678",
    "AT": "AT611904300234573201",
    "BG": "BG80BNBG96611020345678",
    "GR": "GR1601101250000000012300695",
    "PL": "PL61109010140000071219812874",
    "SE": "SE4550000000058398257466",
}
_CARD_TOKENS = [
    ("tok_visa", 40.0),
    ("tok_visa_debit", 10.0),
    ("tok_mastercard", 22.0),
    ("tok_mastercard_debit", 6.0),
    ("tok_amex", 10.0),
    ("tok_discover", 2.0),
]
_COUNTRY_CARDS = {
    "JP": "tok_jcb",
    "FR": "tok_fr",
    "DE": "tok_de",
    "GB": "tok_gb",
    "ES": "tok_es",
    "IT": "tok_it",
    "CN": "tok_unionpay",
}


def _pm_kind(rng: random.Random, country: str) -> str:
    if country in _IBANS:
        table = [("card", 68.0), ("sepa_debit", 20.0), ("link", 6.0), ("paypal", 6.0)]
    elif country in ("US", "CA"):
        table = [("card", 74.0), ("us_bank_account", 12.0), ("link", 9.0), ("paypal", 5.0)]
    elif country == "GB":
        table = [("card", 78.0), ("bacs_debit", 10.0), ("paypal", 12.0)]
    else:
        table = [("card", 90.0), ("paypal", 10.0)]
    return weighted(rng, table)


def _pm_params(rng: random.Random, kind: str, p: Person, failing: bool) -> dict[str, Any]:
    billing: dict[str, Any] = {"name": p.obj.get("name"), "email": p.obj.get("email")}
    if p.obj.get("address") and rng.random() < 0.5:
        addr = dict(p.obj["address"])
        billing["address"] = {
            k: addr.get(k) for k in ("city", "country", "line1", "line2", "postal_code", "state")
        }
    params: dict[str, Any] = {"type": kind, "billing_details": billing}
    if kind == "card":
        if failing:
            token = "tok_chargeCustomerFail"
        elif p.locale.country in _COUNTRY_CARDS and rng.random() < 0.5:
            token = _COUNTRY_CARDS[p.locale.country]
        else:
            token = weighted(rng, _CARD_TOKENS)
        params["card"] = {"token": token}
    elif kind == "sepa_debit":
        params["sepa_debit"] = {"iban": _IBANS.get(p.locale.country, _IBANS["DE"])}
    elif kind == "us_bank_account":
        params["us_bank_account"] = {
            "account_number": f"000{rng.randint(100000000, 999999999)}",
            "routing_number": "110000000",
            "account_holder_type": "company" if p.company else "individual",
        }
    elif kind == "bacs_debit":
        params["bacs_debit"] = {
            "account_number": f"{rng.randint(10000000, 99999999)}",
            "sort_code": "108800",
        }
    return params


def build_payment_methods(
    req: SeedRequest,
    batch: Batch,
    rng: random.Random,
    people: list[Person],
    *,
    share: float = 0.88,
    now: int,
) -> int:
    """Attach payment methods to most live customers and make the first the default."""
    made = 0
    for p in people:
        if p.deleted or rng.random() > share:
            continue
        count = 1 + (rng.random() < 0.15) + (rng.random() < 0.03)
        failing = rng.random() < 0.06
        at = p.created + rng.randint(60, 3600)
        for n in range(count):
            req.at = min(at + n * rng.randint(DAY, 200 * DAY), now - 60)
            kind = "card" if failing and n == 0 else _pm_kind(rng, p.locale.country)
            pm = new_payment_method(req, _pm_params(rng, kind, p, failing and n == 0))
            pm["customer"] = p.id
            if kind == "card":
                card = pm["card"]
                card["exp_month"] = rng.randint(1, 12)
                card["exp_year"] = rng.randint(2026, 2032)
                card["checks"] = {**card["checks"], "cvc_check": "pass"}
            if rng.random() < 0.05:
                pm["allow_redisplay"] = "always"
            p.payment_methods.append(batch.put(pm, req.account))
            made += 1
        default = p.payment_methods[0]
        p.obj["invoice_settings"] = shapes.nested(
            "customer",
            "invoice_settings",
            rendering_options=None,
            default_payment_method=default["id"],
        )
    return made
