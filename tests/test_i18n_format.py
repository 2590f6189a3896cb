"""Numbers, money, dates and plurals follow the chosen language (QLocale, Qt numerus forms).

Each test switches the running app's language with the real translators and catalogues, then
goes back to the untranslated state so other tests see English.
"""

from __future__ import annotations

import datetime as dt

import pytest

from desktop import i18n
from widgets.sync_status import describe_count, describe_last_sync


@pytest.fixture
def manager(qapp):
    m = i18n.manager()
    yield m
    m.uninstall()


# amount 1234.56 EUR, 1200 JPY (no minor unit), 12 March 2026
EXPECTED = {
    "en": ("€1,234.56", "¥1,200", "3/12/2026"),
    "es": ("1234,56\u00a0€", "1200\u00a0¥", "12/3/2026"),
    "it": ("1234,56\u00a0€", "1200\u00a0¥", "12/03/2026"),
    "de": ("1.234,56\u00a0€", "1.200\u00a0¥", "12.03.2026"),
    "fr": ("1\u202f234,56\u00a0€", "1\u202f200\u00a0¥", "12/03/2026"),
}


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_money_and_dates_in_each_language(manager, lang: str) -> None:
    manager.set_language(lang, persist=False)
    euros, yen, day = EXPECTED[lang]
    assert i18n.format_money(123456, "eur") == euros
    assert i18n.format_money(1200, "jpy") == yen
    assert i18n.format_date(dt.date(2026, 3, 12)) == day
    assert i18n.format_datetime(dt.datetime(2026, 3, 12, 14, 5)).startswith(day)


def test_money_uses_the_subscriptions_currency_not_the_locales(manager) -> None:
    manager.set_language("de", persist=False)
    assert i18n.format_money(990, "usd") == "9,90\u00a0$"
    assert i18n.format_money(1500, "kwd") == "1,500\u00a0KWD"  # three decimals
    assert i18n.format_money(None, "eur") == "—"


PLURALS = {
    "en": ("1 customer", "1,200 customers", "2 payment methods"),
    "es": ("1 cliente", "1200 clientes", "2 métodos de pago"),
    "it": ("1 cliente", "1200 clienti", "2 modalità di pagamento"),
    "de": ("1 Kunde", "1.200 Kunden", "2 Zahlungsmethoden"),
    "fr": ("1 client", "1\u202f200 clients", "2 moyens de paiement"),
}


@pytest.mark.parametrize("lang", sorted(PLURALS))
def test_counts_use_plural_forms(manager, lang: str) -> None:
    manager.set_language(lang, persist=False)
    one, many, two = PLURALS[lang]
    assert describe_count("customer", 1) == one
    assert describe_count("customer", 1200) == many
    assert describe_count("payment_method", 2) == two


def test_last_sync_phrases_are_translated(manager) -> None:
    now = dt.datetime(2026, 3, 12, 15, 0, tzinfo=dt.UTC)
    manager.set_language("de", persist=False)
    assert describe_last_sync(None) == "Noch nicht synchronisiert"
    assert describe_last_sync(now - dt.timedelta(minutes=7), now) == "Vor 7 Min. synchronisiert"
    manager.set_language("fr", persist=False)
    assert describe_last_sync(now - dt.timedelta(minutes=1), now) == "Synchronisé il y a 1 min"


def test_language_resolution() -> None:
    assert i18n.normalize("de_CH") == "de"
    assert i18n.normalize("FR") == "fr"
    assert i18n.normalize("pt_BR") is None
    assert i18n.resolve_language("it", "de") == "it"
    assert i18n.resolve_language(None, "de") == "de"
    assert i18n.resolve_language("xx", None) == i18n.system_language()
