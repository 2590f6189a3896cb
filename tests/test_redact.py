"""services.redact: keys, signing secrets and portal session URLs never survive redaction."""

from __future__ import annotations

import string

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from services.redact import (
    KEY_REPLACEMENT_SUFFIX,
    PORTAL_URL_REPLACEMENT,
    contains_secret,
    redact,
    redact_key,
)

KEY_ALPHABET = string.ascii_letters + string.digits
PREFIXES = ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_", "whsec_"]

key_bodies = st.text(alphabet=KEY_ALPHABET, min_size=24, max_size=110)
surrounding = st.text(max_size=80)
tokens = st.text(alphabet=KEY_ALPHABET + "_-", min_size=16, max_size=80)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("key sk_test_4eC39HqLyjWDarjtT1zdp7dc.", "key sk_test_…REDACTED."),
        ("Bearer sk_live_51Habc123XYZ", "Bearer sk_live_…REDACTED"),
        (
            "whsec_abcdef123 and pk_test_TYooMQauvdEDq54NiTphI7jx",
            "whsec_…REDACTED and pk_test_…REDACTED",
        ),
        # Stripe masks keys in its own messages; the visible tail must go too.
        (
            "The provided key 'rk_test_*************************qs8Kgd' does not",
            "The provided key 'rk_test_…REDACTED' does not",
        ),
        (
            "Invalid API Key provided: sk_test_************4242",
            "Invalid API Key provided: sk_test_…REDACTED",
        ),
        # Permission names and ids are not secrets.
        ("Having the 'rak_customer_read' permission", "Having the 'rak_customer_read' permission"),
        (
            "cus_Nffrfeuf9 acct_1CounterfoilPlat req_abc",
            "cus_Nffrfeuf9 acct_1CounterfoilPlat req_abc",
        ),
        ("", ""),
    ],
)
def test_redact_examples(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://billing.stripe.com/p/session/test_YWNjdF8xTXlBY2N0LF9QQzNo0100",
        "https://billing.stripe.com/session/live_YWNjdF8xTXl",
        "http://127.0.0.1:54321/p/session/bps_tok_0123456789abcdef",
        "http://localhost:8080/p/session/abc?locale=fr",
        "billing.stripe.com/p/session/test_YWNjdF8x",
    ],
)
def test_portal_session_urls_are_removed_whole(url: str) -> None:
    for text in (url, f"open {url} now", f'{{"url": "{url}"}}', f"<a href='{url}'>x</a>"):
        out = redact(text)
        assert PORTAL_URL_REPLACEMENT in out
        assert "session/" not in out
        assert url not in out


def test_plain_text_and_other_urls_are_untouched() -> None:
    text = "GET https://api.stripe.com/v1/billing_portal/sessions?limit=3 took 12 ms"
    assert redact(text) == text
    assert not contains_secret(text)


def test_redact_key_never_keeps_any_of_the_body() -> None:
    assert redact_key("  sk_live_51HabcdefghijklmnopqrstuvWXYZ  ") == "sk_live_…REDACTED"
    assert redact_key("not a key") == "…REDACTED"


def test_redaction_is_linear_on_huge_unbroken_text() -> None:
    # A megabyte of URL-ish text with no whitespace must not make the regex crawl.
    blob = "a/" * 500_000 + "/session/tok"
    assert redact(blob).endswith(PORTAL_URL_REPLACEMENT)


@settings(max_examples=300)
@given(before=surrounding, after=surrounding, prefix=st.sampled_from(PREFIXES), body=key_bodies)
def test_keys_never_survive_any_surrounding_text(
    before: str, after: str, prefix: str, body: str
) -> None:
    assume(body not in before and body not in after)
    key = prefix + body
    out = redact(before + key + after)
    assert key not in out
    assert body not in out
    # Either the key was replaced, or it sat inside something URL-ish that was removed.
    assert prefix + KEY_REPLACEMENT_SUFFIX in out or PORTAL_URL_REPLACEMENT in out
    assert contains_secret(before + key + after)


@settings(max_examples=200)
@given(
    before=surrounding,
    after=surrounding,
    keys=st.lists(st.tuples(st.sampled_from(PREFIXES), key_bodies), min_size=2, max_size=4),
    glue=st.sampled_from(["", " ", "_", "\n", "'", "x"]),
)
def test_several_keys_glued_together_all_vanish(
    before: str, after: str, keys: list[tuple[str, str]], glue: str
) -> None:
    bodies = [body for _, body in keys]
    assume(all(b not in before and b not in after for b in bodies))
    out = redact(before + glue.join(p + b for p, b in keys) + after)
    for body in bodies:
        assert body not in out


@settings(max_examples=200)
@given(
    before=surrounding,
    after=surrounding,
    host=st.sampled_from(
        ["https://billing.stripe.com", "http://127.0.0.1:61234", "http://localhost:1"]
    ),
    path=st.sampled_from(["/p/session/", "/session/"]),
    token=tokens,
)
def test_portal_tokens_never_survive_any_surrounding_text(
    before: str, after: str, host: str, path: str, token: str
) -> None:
    assume(token not in before and token not in after)
    out = redact(before + host + path + token + after)
    assert token not in out
    assert PORTAL_URL_REPLACEMENT in out


@given(st.text(max_size=200))
def test_redact_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
