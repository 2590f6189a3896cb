"""The translation catalogues: complete, current with the sources, compiled, and careful.

Each ``resources/translations/counterfoil_<lang>.ts`` must hold exactly the messages that
``pyside6-lupdate`` finds in ``desktop/`` and ``widgets/`` today (a fresh extraction into a
temporary file is compared message by message), with no unfinished entry; every ``.qm`` must
be what ``lrelease`` makes of its ``.ts``; translations keep their placeholders, plural forms
and mnemonics, and use the terms of Stripe's own localized documentation.
"""

from __future__ import annotations

import re

import pytest

from desktop import i18n_catalogue as cat

TRANSLATED = cat.LANGUAGES  # es, it, de, fr
ALL = (*cat.LANGUAGES, cat.ENGLISH)


@pytest.fixture(scope="module")
def extracted() -> set[tuple[str, str, str]]:
    return cat.extracted_keys()


@pytest.fixture(scope="module")
def extracted_plurals() -> set[tuple[str, str, str]]:
    return cat.extracted_keys(plural_only=True)


def messages(lang: str) -> list[cat.Message]:
    return cat.read_ts(cat.ts_path(lang))


def _show(keys: object) -> str:
    return "\n".join(f"  {k!r}" for k in list(keys)[:15])  # type: ignore[call-overload]


@pytest.mark.parametrize("lang", ALL)
def test_no_unfinished_entries(lang: str) -> None:
    unfinished = [m.key for m in messages(lang) if m.unfinished]
    assert not unfinished, f"{len(unfinished)} unfinished in {lang}:\n{_show(unfinished)}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogue_matches_the_sources(lang: str, extracted: set[tuple[str, str, str]]) -> None:
    present = {m.key for m in messages(lang)}
    missing = sorted(extracted - present)
    stale = sorted(present - extracted)
    assert not missing, (
        f"{len(missing)} messages in the sources are not in counterfoil_{lang}.ts "
        f"(run python -m desktop.i18n_catalogue update):\n{_show(missing)}"
    )
    assert not stale, f"{len(stale)} messages vanished from the sources:\n{_show(stale)}"


def test_english_catalogue_has_every_plural(extracted_plurals: set[tuple[str, str, str]]) -> None:
    present = {m.key for m in messages(cat.ENGLISH)}
    assert present == extracted_plurals
    assert extracted_plurals, "the sources should have plural messages (tr(…, n))"


@pytest.mark.parametrize("lang", ALL)
def test_compiled_catalogue_is_up_to_date(lang: str) -> None:
    assert cat.qm_path(lang).is_file(), f"{cat.qm_path(lang)} is missing"
    assert cat.qm_matches(lang), (
        f"counterfoil_{lang}.qm does not match its .ts (python -m desktop.i18n_catalogue compile)"
    )


def test_the_check_command_agrees(extracted: set[tuple[str, str, str]]) -> None:
    reports = cat.check(TRANSLATED, keys=extracted)
    assert [r.lang for r in reports if not r.ok] == []


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n")
TAG = re.compile(r"<[^>]+>")


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_placeholders_tags_and_forms(lang: str) -> None:
    problems = []
    for m in messages(lang):
        if m.unfinished:
            continue  # test_no_unfinished_entries reports those
        for form in m.translations:
            src_fields = sorted(p for p in PLACEHOLDER.findall(m.source) if p.startswith("{"))
            tr_fields = sorted(p for p in PLACEHOLDER.findall(form) if p.startswith("{"))
            if src_fields != tr_fields:
                problems.append((m.source, form, "fields"))
            if m.numerus and not re.search(r"%L?n", form):
                problems.append((m.source, form, "count"))
            if len(TAG.findall(m.source)) != len(TAG.findall(form)):
                problems.append((m.source, form, "markup"))
            mnemonic = re.search(r"&(?!&|nbsp;|amp;)\w", m.source)
            if mnemonic and not re.search(r"&(?!&|nbsp;|amp;)\w", form):
                problems.append((m.source, form, "mnemonic"))
        if m.numerus:
            assert len(m.translations) == 2, f"{lang}: {m.source!r} needs 2 plural forms"
    assert not problems, _show(problems)


def _translation(lang: str, source: str) -> str:
    for m in messages(lang):
        if m.source == source:
            return m.translations[0]
    raise AssertionError(f"{source!r} is not in the catalogue")


# Terms of Stripe's own localized documentation (/work/shared/seeds): the customer portal,
# paused payment collection, subscriptions, connected accounts.
TERMS = {
    "Decide what your customers can do in the Stripe customer portal.": {
        "es": "portal de clientes",
        "it": "portale clienti",
        "de": "Kundenportal",
        "fr": "portail client",
    },
    "Keep track of subscriptions whose payment collection is paused.": {
        "es": "cobro de pagos",
        "it": "riscossione dei pagamenti sospesa",
        "de": "Zahlungseinzug",
        "fr": "encaissement des paiements",
    },
    "Open a customer portal session for a customer": {
        "es": "portal de clientes",
        "it": "portale clienti",
        "de": "Kundenportal",
        "fr": "portail client",
    },
    "Payment collection is paused.": {
        "es": "cobro de pagos",
        "it": "riscossione dei pagamenti",
        "de": "Zahlungseinzug",
        "fr": "encaissement des paiements",
    },
    "See your connected accounts and work on their behalf.": {
        "es": "cuentas conectadas",
        "it": "account connessi",
        "de": "verbundenen Konten",
        "fr": "comptes connectés",
    },
}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_use_stripes_terms(lang: str) -> None:
    for source, terms in TERMS.items():
        assert terms[lang] in _translation(lang, source), (lang, source)


def test_extraction_sees_wrapper_calls_and_service_templates() -> None:
    wrapped = cat.wrapper_messages()
    assert ("Connect", "Platform billing") in wrapped  # _t("Platform billing") in texts.py
    templates = cat.service_messages()
    assert ("branding", "The file is empty. Choose an image with content.") in templates
