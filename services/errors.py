"""Turn Stripe (and keyring, and network) failures into messages a merchant understands.

Every part of Counterfoil that talks to Stripe lets the SDK's exceptions propagate and
converts them exactly once, at the edge where a person will read them, with
:func:`describe`. The result is a :class:`UserFacingError`: plain words, plus the
machine details support will ask for (Stripe's request id, error code, offending
parameter, HTTP status, and for restricted keys the missing permission).

All text is passed through :func:`services.redact.redact`, so an error can be logged
or shown without leaking an API key or a portal session URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import keyring.errors
import stripe

from services.redact import redact

ErrorKind = Literal[
    "auth",
    "permission",
    "invalid",
    "rate_limit",
    "network",
    "api",
    "keyring",
    "malformed_key",
]

DASHBOARD_KEYS_HINT = "Stripe Dashboard → Developers → API keys"


@dataclass(eq=False)
class UserFacingError(Exception):
    """A failure explained for the person in front of the screen.

    ``message`` is plain language; :meth:`display` adds Stripe's request id, which is
    what Stripe support needs to find the request in their logs.
    """

    message: str
    kind: ErrorKind = "api"
    request_id: str | None = None
    code: str | None = None
    param: str | None = None
    http_status: int | None = None
    permission: str | None = None
    """For restricted keys: the missing permission as Stripe names it, e.g.
    ``rak_customer_read``."""

    def __post_init__(self) -> None:
        self.message = redact(self.message)
        super().__init__(self.message)

    def display(self) -> str:
        """The message with ``(request req_…)`` appended when Stripe gave a request id."""
        if self.request_id:
            return f"{self.message} (request {self.request_id})"
        return self.message

    def __str__(self) -> str:
        return self.display()


# "Having the 'rak_customer_read' permission would allow this request to continue."
# Stripe has used both straight and curly quotes in this sentence.
_PERMISSION_RE = re.compile(r"Having the [‘'\"](?P<perm>rak_[a-z0-9_]+)[’'\"] permission")
_ACCOUNT_RE = re.compile(r"on account [‘'\"](?P<acct>acct_[A-Za-z0-9]+)[’'\"]")
_RESTRICTED_UNAVAILABLE = "not available for use by restricted keys"

# How Stripe's Dashboard labels the resource part of a permission name.
_RESOURCE_LABELS: dict[str, str] = {
    "account": "Accounts",
    "balance": "Balance",
    "billing_portal": "Customer portal",
    "billing_portal_configuration": "Customer portal",
    "charge": "Charges",
    "checkout_session": "Checkout Sessions",
    "coupon": "Coupons",
    "credit_note": "Credit notes",
    "customer": "Customers",
    "event": "Events",
    "file": "Files",
    "invoice": "Invoices",
    "payment_intent": "PaymentIntents",
    "payment_method": "PaymentMethods",
    "plan": "Plans",
    "price": "Prices",
    "product": "Products",
    "promotion_code": "Promotion codes",
    "setup_intent": "SetupIntents",
    "subscription": "Subscriptions",
    "subscription_schedule": "Subscription schedules",
    "tax_rate": "Tax rates",
    "webhook": "Webhook endpoints",
}


def permission_label(permission: str) -> str:
    """Human form of a restricted-key permission: ``rak_customer_read`` → ``Customers: read``."""
    name = permission.removeprefix("rak_")
    resource, _, access = name.rpartition("_")
    if access not in ("read", "write") or not resource:
        return permission
    label = _RESOURCE_LABELS.get(resource)
    if label is None:
        label = resource.replace("_", " ").capitalize()
    return f"{label}: {access}"


def parse_permission(stripe_message: str | None) -> str | None:
    """The ``rak_…`` permission named in a Stripe 403 message, if any."""
    match = _PERMISSION_RE.search(stripe_message or "")
    return match.group("perm") if match else None


def parse_account_id(stripe_message: str | None) -> str | None:
    """The ``acct_…`` a Stripe 403 message says the key belongs to, if any."""
    match = _ACCOUNT_RE.search(stripe_message or "")
    return match.group("acct") if match else None


def describe(exc: BaseException) -> UserFacingError:
    """Explain ``exc`` for a merchant; never raises, never leaks a key."""
    if isinstance(exc, UserFacingError):
        return exc
    if isinstance(exc, stripe.StripeError):
        return _describe_stripe(exc)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return UserFacingError(
            "The system keyring is locked. Unlock it (for example by logging in to your "
            "desktop session) and try again.",
            kind="keyring",
        )
    if isinstance(exc, keyring.errors.KeyringError):
        return UserFacingError(
            f"The system keyring refused the request: {exc or type(exc).__name__}. "
            "Make sure it is running and unlocked, then try again.",
            kind="keyring",
        )
    if isinstance(exc, ConnectionError | TimeoutError):
        return UserFacingError(
            f"Can't reach Stripe: {exc or type(exc).__name__}. "
            "Check your internet connection and try again.",
            kind="network",
        )
    return UserFacingError(
        f"Something unexpected went wrong ({type(exc).__name__}: {exc}).", kind="api"
    )


def _from_stripe(
    exc: stripe.StripeError,
    message: str,
    kind: ErrorKind,
    *,
    param: str | None = None,
    permission: str | None = None,
) -> UserFacingError:
    return UserFacingError(
        message,
        kind=kind,
        request_id=exc.request_id,
        code=exc.code,
        param=param,
        http_status=exc.http_status,
        permission=permission,
    )


def _describe_stripe(exc: stripe.StripeError) -> UserFacingError:
    raw = exc.user_message
    stripe_message = raw.strip() if isinstance(raw, str) else ""
    if isinstance(exc, stripe.AuthenticationError):
        return _from_stripe(
            exc,
            "This key was rejected by Stripe (revoked or mistyped). Copy a current secret "
            f"key (sk_…) or restricted key (rk_…) from the {DASHBOARD_KEYS_HINT} and add "
            "the account again.",
            "auth",
        )
    if isinstance(exc, stripe.PermissionError):
        return _describe_permission(exc, stripe_message)
    if isinstance(exc, stripe.RateLimitError):
        if exc.code == "lock_timeout":
            text = (
                "Another request is changing this object at the same moment. "
                "Wait a moment and try again."
            )
        else:
            text = (
                "Stripe is limiting how fast this key may make requests. "
                "Counterfoil will slow down; try again in a moment."
            )
        return _from_stripe(exc, text, "rate_limit")
    if isinstance(exc, stripe.APIConnectionError):
        return _from_stripe(
            exc,
            "Can't reach Stripe. Check your internet connection (and the API address, "
            "if you set one) and try again.",
            "network",
        )
    if isinstance(exc, stripe.IdempotencyError):
        return _from_stripe(
            exc,
            "Stripe refused to repeat an earlier request because its details changed in "
            "between. Reload and try again."
            + (f" Stripe said: {stripe_message}" if stripe_message else ""),
            "invalid",
        )
    if isinstance(exc, stripe.InvalidRequestError | stripe.CardError):
        param = exc.param if isinstance(exc.param, str) else None
        text = stripe_message or "Stripe rejected the request as invalid."
        return _from_stripe(exc, text, "invalid", param=param)
    status = f" (HTTP {exc.http_status})" if exc.http_status else ""
    return _from_stripe(
        exc,
        f"Stripe reported an error{status}"
        + (f": {stripe_message}" if stripe_message else ".")
        + " Try again; if it keeps happening, check status.stripe.com.",
        "api",
    )


def _describe_permission(exc: stripe.PermissionError, stripe_message: str) -> UserFacingError:
    permission = parse_permission(stripe_message)
    if permission:
        text = (
            f"This restricted key lacks the permission '{permission_label(permission)}' "
            f"({permission}). Grant it to the key in the {DASHBOARD_KEYS_HINT}, or use a "
            "key that has it."
        )
    elif _RESTRICTED_UNAVAILABLE in stripe_message:
        text = (
            "Restricted keys can't be used for this at all; use a secret key (sk_…) "
            "for this account instead."
        )
    else:
        text = "This key isn't allowed to do that" + (
            f": {stripe_message}" if stripe_message else "."
        )
    return _from_stripe(exc, text, "permission", permission=permission)
