"""Raw, rate-limited, retrying GETs to Stripe for the sync.

:class:`Api` sends each request through the SDK's own request path (``StripeClient``'s
requestor and configured HTTP client: the same headers, retries, telemetry and error
mapping as ``StripeClient.raw_request``) but stops before the SDK parses the body:
``raw_request`` always decodes it with ``json.loads(object_pairs_hook=OrderedDict)``,
~150 µs of Python per subscription with the GIL held, which was the largest single cost
of a full sync, and ``request_raw`` formats the whole body for a debug log line (a
``repr`` of ~300 KB) on every call even when logging is off. :meth:`Api.get` parses with
the plain C decoder instead; :meth:`Api.get_text` returns the text untouched for the bulk
path, which SQLite reads (:mod:`services.sync.pages`). Error responses still go through
the SDK's ``_interpret_response``, so every failure is the SDK's own exception. These are
private SDK methods (stripe 16): if a future SDK drops them, :class:`Api` falls back to
``raw_request`` (slower, same results).

:class:`Api` also reads the response's ``Date`` header: Stripe's clock at the time of the
snapshot, which becomes the rows' ``source_ts`` (see :mod:`services.cache.store`).

Each request first takes tokens from the :class:`~services.sync.ratelimit.RateLimiter`.
Failures are retried here, because the SDK retries no 429 and ``StripeClient`` retries
nothing unless ``max_network_retries`` is set:

- 429 (rate limited, lock timeout): exponential backoff with full jitter, indefinitely,
  so the sync keeps going at whatever pace Stripe allows;
- 409 / 5xx / unreadable bodies: the same backoff, up to ``max_server_errors`` tries;
- no connection (refused, reset, timed out): backoff (capped at 10 s) until
  ``offline_grace_s`` has passed since the first failure, then
  :class:`~services.sync.errors.SyncOffline`; connection errors the SDK marks as not
  worth retrying (a malformed address) are raised at once;
- anything else (401, 403, 400, 404): raised at once as the SDK's exception.

Cancellation (a ``threading.Event``) interrupts any wait and raises ``SyncCancelled``.
"""

from __future__ import annotations

import email.utils
import json
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import stripe

from services.sync.errors import SyncCancelled, SyncOffline
from services.sync.ratelimit import RateLimiter, backoff

_ID_LIKE = re.compile(r"[0-9A-Z]")


@dataclass
class Response:
    """A decoded JSON response, its text, and Stripe's clock when it was made.

    :meth:`Api.get` fills ``data`` (``body`` stays empty); :meth:`Api.get_text` fills
    ``body`` with the response as received -- UTF-8 ``bytes`` from the SDK's usual HTTP
    clients, never decoded in Python: SQLite reads it as it is -- and leaves ``data`` empty.
    """

    data: dict[str, Any]
    server_time: int
    body: str | bytes = ""


@dataclass
class ApiStats:
    """Counters for diagnostics and tests (updated from several threads; approximate)."""

    requests: int = 0
    rate_limited: int = 0
    server_errors: int = 0
    connection_errors: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def _server_time(headers: Mapping[str, str] | None, fallback: float) -> int:
    value = None
    if headers is not None:
        value = headers.get("Date") or headers.get("date")
    if value:
        try:
            return int(email.utils.parsedate_to_datetime(value).timestamp())
        except (TypeError, ValueError, IndexError):
            pass
    return int(fallback)


def endpoint_of(path: str) -> str:
    """The rate-limit endpoint of a path: ids replaced by ``{id}`` (``/v1/customers/{id}``)."""
    parts = path.split("/")
    return "/".join("{id}" if i > 2 and _ID_LIKE.search(p) else p for i, p in enumerate(parts))


class Api:
    """GET Stripe's JSON through a ``StripeClient``, rate-limited and retried."""

    def __init__(
        self,
        client: stripe.StripeClient,
        *,
        limiter: RateLimiter | None = None,
        cancel: threading.Event | None = None,
        offline_grace_s: float = 120.0,
        max_server_errors: int = 6,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.limiter = limiter or RateLimiter()
        self.cancel = cancel or threading.Event()
        self.offline_grace_s = offline_grace_s
        self.max_server_errors = max_server_errors
        self.stats = ApiStats()
        self._rng = rng or random.Random()
        self._clock = clock

    def _sleep(self, seconds: float) -> None:
        if self.cancel.wait(seconds):
            raise SyncCancelled()

    def get(
        self, path: str, params: Mapping[str, Any] | None = None, *, account: str = ""
    ) -> Response:
        """``GET path?params`` (as ``account`` when not '') with limits and retries."""
        return self._get(path, params, account, parse=True)

    def get_text(
        self, path: str, params: Mapping[str, Any] | None = None, *, account: str = ""
    ) -> Response:
        """Like :meth:`get`, but the body stays text (``data`` is empty): for the bulk path."""
        return self._get(path, params, account, parse=False)

    def _send(
        self, path: str, params: dict[str, Any], options: dict[str, Any]
    ) -> tuple[str | bytes, int, Mapping[str, str]]:
        """One GET through the SDK; returns (body, status, headers) or raises its error."""
        requestor = getattr(self.client, "_requestor", None)
        prepare = getattr(requestor, "_args_for_request_with_retries", None)
        http_client = getattr(requestor, "_get_http_client", None)
        interpret = getattr(requestor, "_interpret_response", None)
        if prepare is None or http_client is None or interpret is None:
            resp = self.client.raw_request("get", path, **options, **params)
            return resp.body, resp.code, resp.headers
        # What request_raw does, minus its debug logging, which formats the whole
        # response body (repr of ~300 KB) on every call even when logging is off.
        method, url, headers, post_data, retries, usage, _, _ = prepare(
            "get",
            path,
            params,
            options,
            base_address="api",
            api_mode="V1",
            usage=["raw_request"],
        )
        body, code, resp_headers = http_client().request_with_retries(
            method, url, headers, post_data, max_network_retries=retries, _usage=usage
        )
        if not 200 <= code < 300:
            interpret(body, code, resp_headers, "V1")  # raises the SDK's error for this status
        return body if isinstance(body, bytes) else str(body), code, resp_headers

    def _get(
        self, path: str, params: Mapping[str, Any] | None, account: str, *, parse: bool
    ) -> Response:
        options: dict[str, Any] = {}
        if account:
            options["stripe_account"] = account
        endpoint = endpoint_of(path)
        search = path.endswith("/search")
        attempt = 0
        server_errors = 0
        offline_since: float | None = None
        while True:
            if self.cancel.is_set() or not self.limiter.acquire(
                endpoint, search=search, cancel=self.cancel
            ):
                raise SyncCancelled()
            self.stats.requests += 1
            try:
                body, code, headers = self._send(path, dict(params or {}), options)
                data: Any = {}
                if parse:
                    try:
                        data = json.loads(body)
                    except ValueError:
                        raise stripe.APIError(
                            f"Invalid response body from API: {body[:200]!r} "
                            f"(HTTP response code was {code})",
                            http_status=code,
                        ) from None
                    if not isinstance(data, dict):
                        raise stripe.APIError(
                            f"Stripe sent JSON that is not an object (HTTP {code}).",
                            http_status=code,
                        )
            except stripe.RateLimitError as exc:
                self.stats.rate_limited += 1
                reason = (exc.headers or {}).get("Stripe-Rate-Limited-Reason") or exc.code or "?"
                self.stats.reasons[reason] = self.stats.reasons.get(reason, 0) + 1
                self._sleep(backoff(attempt, base=0.25, cap=20.0, rng=self._rng))
            except stripe.APIConnectionError as exc:
                if not exc.should_retry:
                    raise  # a malformed address or TLS failure: waiting will not help
                self.stats.connection_errors += 1
                now = self._clock()
                offline_since = offline_since if offline_since is not None else now
                waited = now - offline_since
                if waited >= self.offline_grace_s:
                    raise SyncOffline(waited, exc.user_message or str(exc)) from exc
                delay = backoff(attempt, base=0.5, cap=10.0, rng=self._rng)
                self._sleep(min(delay, max(0.05, self.offline_grace_s - waited)))
            except stripe.APIError as exc:
                status = exc.http_status
                if status is not None and status < 500 and status != 409:
                    raise
                self.stats.server_errors += 1
                server_errors += 1
                if server_errors >= self.max_server_errors:
                    raise
                self._sleep(backoff(attempt, base=0.5, cap=20.0, rng=self._rng))
            else:
                return Response(data, _server_time(headers, time.time()), "" if parse else body)
            attempt += 1
