"""The sandbox's request pipeline, independent of any HTTP server.

:meth:`SandboxApp.handle` takes a verb, path, headers and body and returns a status,
headers and JSON body, applying in order what Stripe applies: faults injected for
tests, authentication (secret, restricted and live-looking keys), the
``Stripe-Account`` scope, rate limits, idempotency, strict parameter validation against
the SDK's TypedDicts, the resource handler, ``expand[]``, and rendering every object in
its full Stripe shape.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from services.sandbox import forms, shapes, spec
from services.sandbox.encoding import BodyEncoder, encode_json
from services.sandbox.errors import ApiError, invalid
from services.sandbox.ratelimit import RateLimiter, RateLimits
from services.sandbox.store import Store

DEFAULT_TEST_KEY = "sk_test_counterfoil_sandbox_4242424242"


@dataclass
class KeyInfo:
    """An API key the sandbox accepts."""

    livemode: bool = False
    # None: full access. Otherwise resource → "read" | "write" (restricted keys).
    permissions: dict[str, str] | None = None
    platform: str = ""


@dataclass
class Request:
    """One API request as a handler sees it."""

    app: SandboxApp
    verb: str
    path: str
    params: dict[str, Any]
    account: str  # "" for the platform, else the connected account id
    key: KeyInfo
    headers: dict[str, str]
    request_id: str
    files: dict[str, Any] = field(default_factory=dict)
    idempotency_key: str | None = None

    @property
    def store(self) -> Store:
        return self.app.store

    @property
    def livemode(self) -> bool:
        return self.key.livemode

    def now(self) -> int:
        return self.app.store.now()


Handler = Callable[..., Any]


@dataclass
class _Route:
    verb: str
    template: str
    handler: Handler
    raw_body: bool = False


ROUTES: dict[tuple[str, str], _Route] = {}
_CURSORS = ("starting_after", "ending_before", "page")
PAGES: list[tuple[str, Callable[[SandboxApp, str, dict[str, str]], tuple[Any, ...]]]] = []
# (object type, field) → function(request, obj) giving the value of an includable field.
INCLUDABLE: dict[tuple[str, str], Callable[[Request, dict[str, Any]], Any]] = {}
# object type → function(app, completed copy) filling fields known only when rendering
# (URLs on the server's base address, values derived from the object's own fields). The
# hook may set top-level keys of the copy it gets; it must not mutate nested values
# (shared). Its result must depend only on the object and ``app.base_url``: response
# bodies cache an object's JSON until the object itself changes (see ``encoding``).
RENDER_HOOKS: dict[str, Callable[[SandboxApp, dict[str, Any]], dict[str, Any]]] = {}
# For a hook listed here, the fields it may set to something holding an object (a dict
# with "object" and "id", at any depth); everything else it sets is plain. Response bodies
# then complete only those fields and the stored object's own containers, not every
# field of the template. A hook not listed gets every field looked through.
RENDER_HOOK_OBJECT_FIELDS: dict[
    Callable[[SandboxApp, dict[str, Any]], dict[str, Any]], tuple[str, ...]
] = {}


def route(verb: str, template: str, *, raw_body: bool = False) -> Callable[[Handler], Handler]:
    """Register a handler for an SDK-known endpoint (``template`` as the SDK spells it)."""

    def deco(fn: Handler) -> Handler:
        ROUTES[(verb, template)] = _Route(verb, template, fn, raw_body)
        return fn

    return deco


def page(prefix: str) -> Callable[[Any], Any]:
    """Register a non-API page (the hosted portal) served under ``prefix``."""

    def deco(fn: Any) -> Any:
        PAGES.append((prefix, fn))
        return fn

    return deco


@dataclass
class Faults:
    """Fault knobs for tests and benchmarks; change them at any time.

    ``drop_rate`` drops a connection *before* the request is handled (nothing happened);
    ``drop_after_rate`` (a fraction) and ``drop_after_next`` (a count, decremented) drop it
    *after* a write (POST/DELETE) was handled, so the change is applied, and recorded for
    its idempotency key, but the client never sees the answer: the case idempotency keys
    exist for.
    """

    latency_ms: float = 0.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    drop_after_rate: float = 0.0
    drop_after_next: int = 0
    _unreachable: bool = False
    on_unreachable: Callable[[bool], None] | None = None

    @property
    def unreachable(self) -> bool:
        return self._unreachable

    @unreachable.setter
    def unreachable(self, value: bool) -> None:
        self._unreachable = value
        if self.on_unreachable is not None:
            self.on_unreachable(value)


class DropConnection(Exception):
    """Raised to make the server close the connection without answering."""


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    content_type: str = "application/json"


class SandboxApp:
    """State plus pipeline; one per sandbox server."""

    def __init__(self, rate_limits: RateLimits | None = None, seed: int = 42) -> None:
        self.store = Store()
        self.keys: dict[str, KeyInfo] = {DEFAULT_TEST_KEY: KeyInfo()}
        self.faults = Faults()
        self.limiter = RateLimiter(rate_limits)
        self.rng = random.Random(seed)
        self._idem_lock = threading.Lock()
        self.idempotency: dict[tuple[str, str, str], tuple[str, Response]] = {}
        self.base_url = ""
        self.request_log: list[tuple[str, str, int]] = []
        # Every write (POST/DELETE) that reached its handler, as (verb, path, account);
        # idempotent replays are not in it. Tests count it to prove a change applied once.
        self.applied_writes: list[tuple[str, str, str]] = []
        self.encoder = BodyEncoder(self, RENDER_HOOKS, RENDER_HOOK_OBJECT_FIELDS)

    # -- configuration ------------------------------------------------------------
    def register_key(
        self, key: str, *, livemode: bool = False, permissions: dict[str, str] | None = None
    ) -> None:
        self.keys[key] = KeyInfo(livemode=livemode, permissions=permissions)

    def revoke_key(self, key: str) -> None:
        self.keys.pop(key, None)

    # -- pipeline -----------------------------------------------------------------
    def handle(self, verb: str, target: str, headers: dict[str, str], body: bytes) -> Response:
        request_id = "req_" + secrets.token_hex(7)
        verb = verb.lower()
        path, _, query = target.partition("?")
        try:
            self._inject_faults()
            for prefix, fn in PAGES:
                if path.startswith(prefix):
                    # A page answers (status, html) or (status, body bytes, content type).
                    page_result = fn(self, path[len(prefix) :], headers)
                    status, content = page_result[0], page_result[1]
                    ctype = page_result[2] if len(page_result) > 2 else "text/html; charset=utf-8"
                    data = content.encode() if isinstance(content, str) else content
                    return Response(status, {"Request-Id": request_id}, data, ctype)
            resp = self._api(verb, path, query, headers, body, request_id)
        except ApiError as exc:
            resp = self._error(exc, request_id)
        except DropConnection:
            raise
        except Exception as exc:  # a sandbox bug must still look like Stripe's 500
            resp = self._error(
                ApiError(
                    500, f"Sandbox internal error: {type(exc).__name__}: {exc}", type="api_error"
                ),
                request_id,
            )
        if verb in ("post", "delete") and self._drop_after():
            raise DropConnection()
        resp.headers.setdefault("Request-Id", request_id)
        resp.headers["Stripe-Version"] = headers.get("stripe-version", "2026-10-28.endive")
        return resp

    def _inject_faults(self) -> None:
        f = self.faults
        if f.latency_ms:
            time.sleep(f.latency_ms / 1000.0)
        if f.drop_rate and self.rng.random() < f.drop_rate:
            raise DropConnection()
        if f.error_rate and self.rng.random() < f.error_rate:
            raise ApiError(
                500, "An unknown error occurred (injected by the sandbox).", type="api_error"
            )

    def _drop_after(self) -> bool:
        """Whether to lose the answer to a write that was just handled (see Faults)."""
        f = self.faults
        with self._idem_lock:
            if f.drop_after_next > 0:
                f.drop_after_next -= 1
                return True
        return bool(f.drop_after_rate) and self.rng.random() < f.drop_after_rate

    def _error(self, exc: ApiError, request_id: str) -> Response:
        body = json.dumps(exc.body(request_id)).encode()
        return Response(exc.status, dict(exc.headers), body)

    def _authenticate(self, headers: dict[str, str]) -> tuple[str, KeyInfo]:
        auth = headers.get("authorization", "")
        key = ""
        if auth.lower().startswith("bearer "):
            key = auth[7:].strip()
        elif auth.lower().startswith("basic "):
            try:
                key = base64.b64decode(auth[6:].strip()).decode().split(":", 1)[0]
            except Exception:
                key = ""
        if not key:
            raise ApiError(
                401,
                "You did not provide an API key. You need to provide your API key in the "
                "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
                "YOUR_SECRET_KEY').",
            )
        info = self.keys.get(key)
        if info is None:
            shown = key[:8] + "*" * 12 + key[-4:] if len(key) > 12 else "****"
            raise ApiError(401, f"Invalid API Key provided: {shown}", code="api_key_invalid")
        return key, info

    def _scope(self, headers: dict[str, str], key: str) -> str:
        acct = headers.get("stripe-account", "").strip()
        if not acct:
            return ""
        account = self.store.get(acct, "")
        if (
            account is None
            or account.get("object") != "account"
            or self.store.extra.get("deauthorized", {}).get(acct)
        ):
            raise ApiError(
                403,
                f"The provided key '{_mask(key)}' does not have access to account '{acct}' "
                "(or that account does not exist). Application access may have been revoked.",
                type="invalid_request_error",
                code="account_invalid",
            )
        return acct

    def _check_permission(self, key: str, info: KeyInfo, verb: str, path: str, acct: str) -> None:
        if info.permissions is None:
            return
        resource = _resource_of(path)
        needed = "read" if verb == "get" else "write"
        granted = info.permissions.get(resource)
        if granted == "write" or granted == needed:
            return
        perm = f"rak_{_singular(resource)}_{needed}"
        on = acct or self._platform_id()
        raise ApiError(
            403,
            f"The provided key '{_mask(key)}' does not have the required permissions for this "
            f"endpoint on account '{on}'. Having the '{perm}' permission would allow this "
            "request to continue.",
            type="permission_error",
        )

    def _platform_id(self) -> str:
        return str(self.store.extra.get("platform_id", "acct_sandbox"))

    def _api(
        self,
        verb: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        request_id: str,
    ) -> Response:
        key, info = self._authenticate(headers)
        matched = spec.match(verb, path)
        route_ = ROUTES.get((verb, matched[0].template)) if matched else None
        if matched is None or route_ is None:
            raise ApiError(
                404,
                f"Unrecognized request URL ({verb.upper()}: {path}). Please see "
                "https://stripe.com/docs or we can help at https://support.stripe.com/.",
            )
        endpoint, ids = matched
        account = self._scope(headers, key)
        self._check_permission(key, info, verb, path, account)
        self.limiter.acquire(
            key, f"{verb} {endpoint.template}", path.endswith("/search"), info.livemode
        )
        content_type = headers.get("content-type", "")
        files: dict[str, Any] = {}
        if verb == "post" and content_type.startswith("multipart/form-data"):
            params, files = forms.parse_multipart(body, content_type)
        else:
            raw = query if verb in ("get", "delete") else body.decode("utf-8", "replace")
            if verb in ("get", "delete") and body:
                text = body.decode("utf-8", "replace")
                raw = raw + "&" + text if raw else text
            params = forms.decode(forms.parse_pairs(raw))
        idem_key = headers.get("idempotency-key")
        if idem_key and verb in ("post", "delete"):
            fingerprint = hashlib.sha256(
                json.dumps([verb, path, params], sort_keys=True).encode()
            ).hexdigest()
            slot = (key, account, idem_key)
            with self._idem_lock:
                seen = self.idempotency.get(slot)
                if seen is not None:
                    if seen[0] != fingerprint:
                        raise ApiError(
                            400,
                            "Keys for idempotent requests can only be used with the same "
                            "parameters they were first used with. Try using a key other than "
                            f"'{idem_key}' if you meant to execute a different request.",
                            type="idempotency_error",
                        )
                    prior = seen[1]
                    return Response(
                        prior.status,
                        {
                            **prior.headers,
                            "Idempotent-Replayed": "true",
                            "Original-Request": prior.headers.get("Request-Id", ""),
                        },
                        prior.body,
                    )
        clean = spec.validate(params, endpoint.params) if not files else params
        expand = clean.pop("expand", None) or []
        # Heads of lists and retrievals are asked for again and again (their objects'
        # JSON is cached once they are); the pages of a cursor walk are each read once.
        head = verb == "get" and not any(k in clean for k in _CURSORS)
        req = Request(self, verb, path, clean, account, info, headers, request_id, files, idem_key)
        with self.store.lock:
            if verb in ("post", "delete"):
                self.applied_writes.append((verb, path, account))
            result = route_.handler(req, *ids)
            if expand:
                # A rendered tree is acyclic (fresh containers): no cycle check needed.
                body = encode_json(self.render(req, result, expand)).encode()
            else:
                # The same bytes, without building the tree (under the lock: the body
                # shares containers with the stored objects).
                cache = head and self.encoder.asked_before((path, query, account, info.livemode))
                body = self.encoder.body(result, req.livemode, cache=cache)
        resp = Response(200, {"Request-Id": request_id}, body)
        if idem_key and verb in ("post", "delete"):
            with self._idem_lock:
                self.idempotency[(key, account, idem_key)] = (fingerprint, resp)
        return resp

    # -- rendering ----------------------------------------------------------------
    def render(self, req: Request, value: Any, expand: list[str]) -> Any:
        out = self._complete(value, req.livemode)
        for path in expand:
            out = self._expand(req, out, path.split("."), path)
        return out

    def _complete(self, value: Any, livemode: bool) -> Any:
        # The hot path of every list page: recurse only into containers, and fill the
        # fresh dict ``shapes.complete`` returns in place rather than copying it again.
        if isinstance(value, dict):
            complete = self._complete
            if "object" in value and "id" in value:
                value = shapes.complete(value)
                hook = RENDER_HOOKS.get(str(value["object"]))
                if hook is not None:
                    value = hook(self, value)
                if "livemode" in value:
                    value["livemode"] = livemode
                for k, v in value.items():
                    if isinstance(v, (dict, list)):
                        value[k] = complete(v, livemode)
                return value
            return {
                k: complete(v, livemode) if isinstance(v, (dict, list)) else v
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [
                self._complete(v, livemode) if isinstance(v, (dict, list)) else v for v in value
            ]
        return value

    def _expand(self, req: Request, obj: Any, parts: list[str], full: str) -> Any:
        if not parts or obj is None:
            return obj
        if isinstance(obj, list):
            return [self._expand(req, o, parts, full) for o in obj]
        if not isinstance(obj, dict):
            raise invalid(f"This property cannot be expanded ({full}).", param="expand")
        head, rest = parts[0], parts[1:]
        if obj.get("object") in ("list", "search_result") and head == "data":
            obj = dict(obj)
            obj["data"] = [self._expand(req, o, rest, full) for o in obj["data"]]
            return obj
        provider = INCLUDABLE.get((str(obj.get("object")), head))
        if head not in obj and provider is None:
            raise invalid(f"This property cannot be expanded ({full}).", param="expand")
        value = obj.get(head)
        if provider is not None and value is None:
            value = self._complete(provider(req, obj), req.livemode)
        elif isinstance(value, str):
            target = req.store.get(value, req.account)
            if target is None:
                raise invalid(f"This property cannot be expanded ({full}).", param="expand")
            value = self._complete(target, req.livemode)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            # A list of expandable ids (``discounts``, ``account_tax_ids``…).
            targets = [req.store.get(v, req.account) for v in value]
            if any(t is None for t in targets):
                raise invalid(f"This property cannot be expanded ({full}).", param="expand")
            value = [self._complete(t, req.livemode) for t in targets]
        elif value is not None and not isinstance(value, (dict, list)):
            raise invalid(f"This property cannot be expanded ({full}).", param="expand")
        obj = dict(obj)
        obj[head] = self._expand(req, value, rest, full)
        return obj


def _mask(key: str) -> str:
    return key[:8] + "*" * 12 + key[-4:] if len(key) > 12 else "****"


def _resource_of(path: str) -> str:
    parts = [p for p in path.split("/") if p]
    return parts[1] if len(parts) > 1 else ""


def _singular(resource: str) -> str:
    special = {
        "billing_portal": "billing_portal",
        "tax_ids": "tax_id",
        "subscription_items": "subscription_item",
    }
    if resource in special:
        return special[resource]
    return resource[:-1] if resource.endswith("s") else resource
