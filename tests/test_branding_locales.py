"""The 40 portal locales: the list matches Stripe's documentation, every preview string is
translated for each, and each formats dates and amounts in its own way."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from stripe.params.billing_portal import SessionCreateParams

from services.branding.locales import LOCALES, codes, locale
from services.branding.model import BrandAccount, Branding, PortalConfiguration, SamplePlan
from services.branding.portal_strings import KEYS, STRINGS, placeholders, portal_text
from services.branding.preview import build_page

SEED = Path("/work/shared/seeds/000_ff42944a090ff39f.txt")
# The documentation's list of supported languages; fixed copy in case the file moves.
DOCUMENTED = {
    "bg",
    "zh",
    "zh-Hant-HK",
    "zh-Hant-TW",
    "hr",
    "cs",
    "da",
    "nl",
    "en",
    "en-GB",
    "et",
    "fil",
    "fi",
    "fr",
    "fr-CA",
    "de",
    "el",
    "hu",
    "id",
    "it",
    "ja",
    "ko",
    "lv",
    "lt",
    "ms",
    "mt",
    "nb-NO",
    "pl",
    "pt",
    "pt-BR",
    "ro",
    "ru",
    "sk",
    "sl",
    "es",
    "es-419",
    "sv",
    "th",
    "tr",
    "vi",
}


def test_the_documented_list_has_forty_locales() -> None:
    if SEED.exists():
        text = SEED.read_text("utf-8")
        section = text[text.index("Compatibilidad con idiomas") :]
        section = section[: section.index("Compatibilidad con Stripe Connect")]
        found = set(re.findall(r"•\s.*\(([A-Za-z0-9-]+)\)", section))
        assert found == DOCUMENTED
    assert len(DOCUMENTED) == 40


def test_every_documented_locale_is_offered_once() -> None:
    assert len(LOCALES) == 40
    assert set(codes()) == DOCUMENTED
    assert len({loc.api_code for loc in LOCALES}) == 40


def test_api_codes_are_what_the_sdk_accepts() -> None:
    hint = SessionCreateParams.__annotations__["locale"]  # a string: NotRequired["Literal[…]"]
    literals = set(re.findall(r"'([^']+)'", str(hint)))
    assert literals, "could not read the SDK's locale literal"
    for loc in LOCALES:
        assert loc.api_code in literals, loc
    assert locale("zh-HK").code == "zh-Hant-HK"
    assert locale("nb").code == "nb-NO"


@pytest.mark.parametrize("code", sorted(DOCUMENTED))
def test_every_string_is_present_with_the_same_placeholders(code: str) -> None:
    table = STRINGS[code]
    assert set(table) == set(KEYS)
    for key in KEYS:
        assert table[key].strip(), (code, key)
        assert placeholders(table[key]) == placeholders(STRINGS["en"][key]), (code, key)


@pytest.mark.parametrize("code", sorted(DOCUMENTED - {"en", "en-GB"}))
def test_strings_are_translated_not_copied(code: str) -> None:
    english = STRINGS["en"]
    same = [k for k in KEYS if STRINGS[code][k] == english[k]]
    # A few words are the same in several languages ("Privacy", "Standard", "Email").
    assert len(same) <= 4, (code, same)
    for key in ("headline_default", "current_subscription", "update_plan", "invoice_history"):
        assert STRINGS[code][key] != english[key], (code, key)


def test_default_headline_and_placeholders() -> None:
    assert portal_text("en", "headline_default", business="Acme") == (
        "Acme partners with Stripe for simplified billing."
    )
    assert "Acme" in portal_text("de", "headline_default", business="Acme")
    # A date ending in a full stop does not double the sentence's full stop.
    assert portal_text("hr", "renews_on", date="15. ožujka 2026.") == (
        "Vaš se plan obnavlja 15. ožujka 2026."
    )
    assert portal_text("xx", "paid") == "Paid"  # unknown locale: English


@pytest.mark.parametrize("loc", LOCALES, ids=[loc.code for loc in LOCALES])
def test_each_locale_formats_its_own_dates_and_amounts(qapp, loc) -> None:
    from widgets.branding.portal_painter import QtFormatter

    fmt = QtFormatter(loc.code)
    day = date(2026, 3, 15)
    text = fmt.date(day)
    assert "2026" in text and "15" in text
    weekday = fmt.qlocale.dayName(QDate(2026, 3, 15).dayOfWeek(), QLocale.FormatType.LongFormat)
    assert weekday.lower() not in text.lower(), (loc.code, text)
    money = fmt.money(4900, "usd")
    assert "49" in money and "$" in money
    assert "3" in fmt.money(3500, "jpy") and "35.00" not in fmt.money(3500, "jpy")

    page = build_page(
        account=BrandAccount("acct_1", "Acme", Branding()),
        branding=Branding(),
        configuration=PortalConfiguration.stripe_defaults(),
        locale_code=loc.code,
        plan=SamplePlan("Pro", 4900, "usd", "month"),
        formatter=fmt,
        today=day,
    )
    assert "Acme" in page.headline
    assert page.subscription.title == STRINGS[loc.code]["current_subscription"]
    assert money in page.subscription.price
    assert "{" not in page.subscription.renews and page.subscription.renews
