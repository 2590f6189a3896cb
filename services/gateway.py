"""The one door to Stripe: a configured ``stripe.StripeClient`` plus raw JSON helpers.

:class:`StripeGateway` is built from arguments only (key, optional API base address for
the sandbox or stripe-mock, retry count), the way stripe-python's ``StripeClient`` is
meant to be used; there is no global ``stripe.api_key``. Callers use ``gateway.client``
for the typed ``client.v1.*`` services, :meth:`StripeGateway.for_account` for Connect
(``Stripe-Account`` header), and :meth:`StripeGateway.get_json` /
:meth:`StripeGateway.post_json` when they want Stripe's JSON exactly as sent (the cache
stores raw objects).

Errors are the SDK's own exceptions, raised unchanged; turn them into words with
:func:`services.errors.describe` where a person will read them.
"""

from __future__ import annotations

import ipaddress
import json
import os
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import stripe

from services.config import ENV_API_BASE, ENV_API_KEY
from services.errors import MalformedResponseError, said
from services.redact import redact_key

# Keys ``StripeClient.raw_request`` would silently treat as request options rather than
# API parameters; passing one as a parameter is a bug, so it is refused.
_RESERVED_PARAMS = frozenset(
    {
        "api_key",
        "stripe_version",
        "stripe_account",
        "stripe_context",
        "max_network_retries",
        "idempotency_key",
        "content_type",
        "headers",
        "base",
        "usage",
    }
)


class StripeGateway:
    """A Stripe client for one API key, plus per-connected-account clients.

    Thread-safe: the underlying ``StripeClient`` objects may be used from worker
    threads, and :meth:`for_account` may be called concurrently.
    """

    def __init__(
        self,
        api_key: str,
        api_base: str | None = None,
        *,
        max_network_retries: int = 2,
    ) -> None:
        self.api_base = normalise_api_base(api_base) if api_base else None
        _refuse_live_key_to_foreign_host(api_key, self.api_base)
        self.max_network_retries = max_network_retries
        self._api_key = api_key
        self._lock = threading.Lock()
        self._per_account: dict[str, stripe.StripeClient] = {}
        self.client = self._make_client(None)

    def __repr__(self) -> str:
        return f"StripeGateway(key={redact_key(self._api_key)}, api_base={self.api_base!r})"

    @property
    def livemode(self) -> bool:
        """Whether the key is a live-mode key (judged from its prefix)."""
        return _is_live_key(self._api_key)

    def _make_client(self, stripe_account: str | None) -> stripe.StripeClient:
        return stripe.StripeClient(
            self._api_key,
            stripe_account=stripe_account,
            # Uploads use the "files" base address (files.stripe.com by default).
            base_addresses=(
                {"api": self.api_base, "files": self.api_base} if self.api_base else None
            ),
            max_network_retries=self.max_network_retries,
        )

    def for_account(self, account_id: str) -> stripe.StripeClient:
        """A client that acts on connected account ``account_id`` (cached per account)."""
        if not account_id.startswith("acct_"):
            raise ValueError(f"not a Stripe account id: {account_id!r}")
        with self._lock:
            client = self._per_account.get(account_id)
            if client is None:
                client = self._make_client(account_id)
                self._per_account[account_id] = client
            return client

    def retrieve_account(self) -> dict[str, Any]:
        """``GET /v1/account``: the account this key belongs to, as Stripe's JSON."""
        return self.get_json("/v1/account", {})

    def get_json(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        stripe_account: str | None = None,
    ) -> dict[str, Any]:
        """``GET path`` with query ``params``; Stripe's JSON object as a plain dict."""
        return self._request("get", path, params, stripe_account=stripe_account)

    def post_json(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """``POST path`` with form ``params``; Stripe's JSON object as a plain dict.

        Pass an ``idempotency_key`` for anything that creates or changes an object, so
        that the SDK's automatic retries cannot apply the change twice.
        """
        return self._request(
            "post",
            path,
            params,
            stripe_account=stripe_account,
            idempotency_key=idempotency_key,
        )

    def delete_json(
        self,
        path: str,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """``DELETE path``; Stripe's JSON object (usually ``{"deleted": true}``)."""
        return self._request(
            "delete", path, None, stripe_account=stripe_account, idempotency_key=idempotency_key
        )

    def _request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        *,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        if not path.startswith("/v1/"):
            raise ValueError(f"expected a /v1/ API path, got {path!r}")
        clash = _RESERVED_PARAMS.intersection(params or {})
        if clash:
            raise ValueError(f"reserved request option(s) passed as API params: {sorted(clash)}")
        options: dict[str, Any] = {}
        if stripe_account:
            options["stripe_account"] = stripe_account
        if idempotency_key:
            options["idempotency_key"] = idempotency_key
        response = self.client.raw_request(method, path, **options, **dict(params or {}))
        body = response.body
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise MalformedResponseError(
                f"Stripe sent a response that is not JSON (HTTP {response.code}).",
                http_body=body,
                http_status=response.code,
                headers=dict(response.headers),
            ) from exc
        if not isinstance(data, dict):
            raise MalformedResponseError(
                f"Stripe sent JSON that is not an object (HTTP {response.code}).",
                http_body=body,
                http_status=response.code,
                headers=dict(response.headers),
            )
        return data


def resolve_api_base(explicit: str | None) -> str | None:
    """The API base address to use: ``explicit``, else ``$COUNTERFOIL_API_BASE``, else None.

    None means Stripe itself (``https://api.stripe.com``).
    """
    value = explicit if explicit else os.environ.get(ENV_API_BASE, "").strip()
    return normalise_api_base(value) if value else None


def env_api_key() -> str | None:
    """The key in ``$COUNTERFOIL_API_KEY`` (for scripted use), or None if unset/blank."""
    value = os.environ.get(ENV_API_KEY, "").strip()
    return value or None


def normalise_api_base(value: str) -> str:
    """``value`` checked to be an http(s) base URL, without a trailing slash."""
    value = value.strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise said(
            "The API address {address} is not an http(s) URL. Use something like "
            "http://127.0.0.1:12111 (or leave it empty to talk to Stripe).",
            kind="invalid",
            values={"address": repr(value)},
        )
    if parts.query or parts.fragment:
        raise said(
            "The API address {address} must not contain '?' or '#'.",
            kind="invalid",
            values={"address": repr(value)},
        )
    return value


def _is_live_key(key: str) -> bool:
    return key.strip().startswith(("sk_live_", "rk_live_"))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _refuse_live_key_to_foreign_host(api_key: str, api_base: str | None) -> None:
    """A live key may go to Stripe (https) or to this machine, nowhere else.

    ``COUNTERFOIL_API_BASE`` left over from testing must not ship a live secret key
    to some other server.
    """
    if api_base is None or not _is_live_key(api_key):
        return
    parts = urlsplit(api_base)
    host = (parts.hostname or "").lower()
    stripe_host = host == "stripe.com" or host.endswith(".stripe.com")
    if (stripe_host and parts.scheme == "https") or _is_loopback(host):
        return
    raise said(
        "Refusing to send a live-mode key to {address}: live keys only go to Stripe or "
        "to this computer. Unset {variable} (or the API address) to use Stripe.",
        kind="invalid",
        values={"address": api_base, "variable": ENV_API_BASE},
    )
