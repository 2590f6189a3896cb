"""Stripe requests that also return what the response headers say: Stripe's clock, the
request id and whether Stripe replayed an idempotent request.

The cache's freshness rule needs Stripe's time for every object written through
(:mod:`services.connect.writeback`), and the wizard tells the user when a retry was
recognised by its idempotency key (``Idempotent-Replayed: true``), so these calls use
``StripeClient.raw_request`` directly rather than :meth:`StripeGateway.post_json`, which
keeps only the body. Errors are the SDK's exceptions, raised unchanged.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Literal

import stripe

from services.gateway import StripeGateway

Method = Literal["get", "post", "delete"]


@dataclass(frozen=True)
class Sent:
    """One answered request: the JSON object, Stripe's clock, request id, replay flag."""

    obj: dict[str, Any]
    server_ts: int
    request_id: str | None = None
    replayed: bool = False


def _header(headers: Any, name: str) -> str | None:
    if not isinstance(headers, Mapping):
        return None
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == name.lower():
            return str(value)
    return None


def server_time(headers: Any, fallback: float | None = None) -> int:
    """Stripe's clock from a response's ``Date`` header (else ``fallback``, else now)."""
    value = _header(headers, "Date")
    if value:
        try:
            return int(parsedate_to_datetime(value).timestamp())
        except (TypeError, ValueError):
            pass
    return int(fallback if fallback is not None else time.time())


def send(
    gateway: StripeGateway,
    method: Method,
    path: str,
    params: Mapping[str, Any] | None = None,
    *,
    account: str | None = None,
    idempotency_key: str | None = None,
) -> Sent:
    """``method path`` with ``params`` (as ``account`` when given); raises Stripe's errors."""
    if not path.startswith("/v1/"):
        raise ValueError(f"expected a /v1/ API path, got {path!r}")
    options: dict[str, Any] = {}
    if account:
        options["stripe_account"] = account
    if idempotency_key and method != "get":
        options["idempotency_key"] = idempotency_key
    response = gateway.client.raw_request(method, path, **options, **dict(params or {}))
    try:
        data = json.loads(response.body)
    except ValueError as exc:
        raise stripe.APIError(
            f"Stripe sent a response that is not JSON (HTTP {response.code}).",
            http_body=response.body,
            http_status=response.code,
        ) from exc
    if not isinstance(data, dict):
        raise stripe.APIError(f"Stripe sent JSON that is not an object (HTTP {response.code}).")
    headers = response.headers
    return Sent(
        obj=data,
        server_ts=server_time(headers),
        request_id=_header(headers, "Request-Id"),
        replayed=(_header(headers, "Idempotent-Replayed") or "").lower() == "true",
    )
