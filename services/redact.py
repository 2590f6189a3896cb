"""Scrub secrets out of text before it is logged, shown or stored.

Two kinds of secret travel through Counterfoil as plain strings:

* Stripe API keys (``sk_live_``, ``sk_test_``, ``rk_live_``, ``rk_test_``, and for good
  measure publishable ``pk_`` keys) and webhook signing secrets (``whsec_``). They are
  replaced by their prefix plus ``…REDACTED``; no part of the secret body survives, not
  even the last characters (Stripe's own error messages mask keys as ``rk_test_***abcd``,
  and that tail is scrubbed too).
* Customer-portal session URLs (``https://billing.stripe.com/p/session/<token>``, or the
  sandbox's ``http://127.0.0.1:PORT/p/session/<token>``): anyone holding one can act as
  the customer, so the whole URL becomes ``[portal session URL redacted]``.

The patterns deliberately over-match (a key glued to surrounding letters is still
caught, and trailing ``_``-joined text is swallowed with it): losing a few characters
of a log line is cheap, leaking a key is not.
"""

from __future__ import annotations

import re

KEY_REPLACEMENT_SUFFIX = "…REDACTED"
PORTAL_URL_REPLACEMENT = "[portal session URL redacted]"

# No word boundary at the start on purpose: "xsk_test_…" must still be caught.
# The body class includes "_" and "*" so that keys glued to other key-like text and
# Stripe's masked form ('rk_test_****abcd') are consumed whole.
_KEY_RE = re.compile(r"(?P<prefix>(?:sk|rk|pk)_(?:live|test)_|whsec_)[A-Za-z0-9_*]+")

# Anything URL-ish (no whitespace, quotes or brackets) that has a "/session/<token>"
# path segment: Stripe's portal URLs are ".../p/session/<token>", older ones
# ".../session/<token>". The scheme is optional so "billing.stripe.com/p/session/x"
# is caught as well.
_URL_CHARS = r"[^\s\"'<>()\[\]{}`]"
_URL_STOP = r"[\s\"'<>()\[\]{}`]"
# Matches start only at the beginning of a run of URL characters, which keeps the scan
# linear even on megabyte-long unbroken strings.
_SESSION_URL_RE = re.compile(rf"(?:^|(?<={_URL_STOP})){_URL_CHARS}*?/session/{_URL_CHARS}+")


def redact(text: str) -> str:
    """Return ``text`` with API keys, signing secrets and portal session URLs scrubbed."""
    if not text:
        return text
    text = _SESSION_URL_RE.sub(PORTAL_URL_REPLACEMENT, text)
    return _KEY_RE.sub(lambda m: m.group("prefix") + KEY_REPLACEMENT_SUFFIX, text)


def redact_key(key: str) -> str:
    """A display form of one key: its prefix and ``…REDACTED`` (never any of the body)."""
    match = _KEY_RE.match(key.strip())
    if match:
        return match.group("prefix") + KEY_REPLACEMENT_SUFFIX
    return "…REDACTED"


def contains_secret(text: str) -> bool:
    """True if :func:`redact` would change ``text``."""
    return bool(_KEY_RE.search(text) or _SESSION_URL_RE.search(text))
