"""Turn Stripe (and keyring, and network) failures into messages a merchant understands.

Every part of Counterfoil that talks to Stripe lets the SDK's exceptions propagate and
converts them exactly once, at the edge where a person will read them, with
:func:`describe`. The result is a :class:`UserFacingError`: plain words, plus the
machine details support will ask for (Stripe's request id, error code, offending
parameter, HTTP status, and for restricted keys the missing permission).

Every message of Counterfoil's own is made with :func:`said` from a literal English
template and its values (``said("File {file} is too large.", values={"file": file_id})``):
``message`` is the English text, and the GUI shows ``template`` translated, filled with
``values`` (``desktop.i18n_catalogue`` collects the templates for the translators, under the
context :data:`CONTEXT`). Stripe's own words (its error messages) are never translated; they
travel as a value, or as the whole message of an error without a template.

All text, values included, is passed through :func:`services.redact.redact`, so an error can
be logged or shown without leaking an API key or a portal session URL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
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
"""Where keys are made, as the templates below spell it out (a template must be a literal)."""

CONTEXT = "errors"
"""The translation context of the templates made with :func:`said`."""


@dataclass(eq=False)
class UserFacingError(Exception):
    """A failure explained for the person in front of the screen.

    ``message`` is plain language; :meth:`display` adds Stripe's request id, which is
    what Stripe support needs to find the request in their logs. Errors made with
    :func:`said` also carry the English ``template`` and the ``values`` that ``message``
    was formatted from, so that the GUI can show the message in the user's language.
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
    template: str = ""
    """The English ``str.format`` template ``message`` was made from; empty when the message
    is not Counterfoil's own wording (Stripe's message passed through, say)."""
    values: dict[str, str] = field(default_factory=dict)
    """The template's values (names, ids, Stripe's message), redacted like ``message``."""

    def __post_init__(self) -> None:
        self.message = redact(self.message)
        self.template = redact(self.template)
        self.values = {str(name): redact(str(value)) for name, value in self.values.items()}
        super().__init__(self.message)

    def display(self) -> str:
        """The message with ``(request req_…)`` appended when Stripe gave a request id."""
        if self.request_id:
            return f"{self.message} (request {self.request_id})"
        return self.message

    def __str__(self) -> str:
        return self.display()


def said(
    template: str,
    *,
    kind: ErrorKind = "api",
    values: Mapping[str, object] | None = None,
    stripe_error: stripe.StripeError | None = None,
    request_id: str | None = None,
    param: str | None = None,
    permission: str | None = None,
) -> UserFacingError:
    """A :class:`UserFacingError` whose message is ``template`` filled with ``values``.

    ``template`` must be a literal English sentence (or several): the catalogue tool reads
    it from the call to hand it to the translators. Values are redacted before they are
    put in. ``stripe_error`` supplies the request id, error code and HTTP status.
    """
    clean = {name: redact(str(value)) for name, value in (values or {}).items()}
    return UserFacingError(
        template.format(**clean),
        kind=kind,
        request_id=request_id or (stripe_error.request_id if stripe_error else None),
        code=stripe_error.code if stripe_error else None,
        param=param,
        http_status=stripe_error.http_status if stripe_error else None,
        permission=permission,
        template=template,
        values=clean,
    )


class MalformedResponseError(stripe.APIError):
    """A successful-looking answer that is not a JSON object (a proxy's page, a cut-off body).

    A :class:`stripe.APIError`, so whoever retries or reports API errors treats it as one;
    :func:`describe` explains it in its own words.
    """


# "Having the 'rak_customer_read' permission would allow this request to continue."
# Stripe has used both straight and curly quotes in this sentence.
_PERMISSION_RE = re.compile(r"Having the [‘'\"](?P<perm>rak_[a-z0-9_]+)[’'\"] permission")
_ACCOUNT_RE = re.compile(r"on account [‘'\"](?P<acct>acct_[A-Za-z0-9]+)[’'\"]")
_RESTRICTED_UNAVAILABLE = "not available for use by restricted keys"
# How the SDK (and Counterfoil's own transports) word an answer that is not a JSON object,
# e.g. a proxy's or a captive portal's HTML page.
_UNREADABLE = (
    "Invalid response body from API",
    "Stripe sent a response that is not JSON",
    "Stripe sent JSON that is not an object",
)

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


_ACCESS_LABELS: dict[str, str] = {"read": "read", "write": "write"}
"""The access part of a permission; a table (like the one above) so the GUI translates it."""


def permission_parts(permission: str) -> tuple[str, str] | None:
    """The Dashboard's resource label and the access of a restricted-key permission:
    ``rak_customer_read`` → ``("Customers", "read")``; None when it is not of that form."""
    name = permission.removeprefix("rak_")
    resource, _, access = name.rpartition("_")
    if access not in _ACCESS_LABELS or not resource:
        return None
    label = _RESOURCE_LABELS.get(resource)
    if label is None:
        label = resource.replace("_", " ").capitalize()
    return label, _ACCESS_LABELS[access]


def permission_label(permission: str) -> str:
    """Human form of a restricted-key permission: ``rak_customer_read`` → ``Customers: read``."""
    parts = permission_parts(permission)
    return f"{parts[0]}: {parts[1]}" if parts else permission


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
        return said(
            "The system keyring is locked. Unlock it (for example by logging in to your "
            "desktop session) and try again.",
            kind="keyring",
        )
    if isinstance(exc, keyring.errors.KeyringError):
        return said(
            "The system keyring refused the request: {detail}. "
            "Make sure it is running and unlocked, then try again.",
            kind="keyring",
            values={"detail": str(exc) or type(exc).__name__},
        )
    if isinstance(exc, ConnectionError | TimeoutError):
        return said(
            "Can't reach Stripe: {detail}. Check your internet connection and try again.",
            kind="network",
            values={"detail": str(exc) or type(exc).__name__},
        )
    return said(
        "Something unexpected went wrong ({error_type}: {detail}).",
        kind="api",
        values={"error_type": type(exc).__name__, "detail": exc},
    )


def _describe_stripe(exc: stripe.StripeError) -> UserFacingError:
    raw = exc.user_message
    stripe_message = raw.strip() if isinstance(raw, str) else ""
    said_values = {"stripe_message": stripe_message}
    if isinstance(exc, stripe.AuthenticationError):
        return said(
            "This key was rejected by Stripe (revoked or mistyped). Copy a current secret "
            "key (sk_…) or restricted key (rk_…) from the Stripe Dashboard → Developers → "
            "API keys and add the account again.",
            kind="auth",
            stripe_error=exc,
        )
    if isinstance(exc, stripe.PermissionError):
        return _describe_permission(exc, stripe_message)
    if isinstance(exc, stripe.RateLimitError):
        if exc.code == "lock_timeout":
            return said(
                "Another request is changing this object at the same moment. "
                "Wait a moment and try again.",
                kind="rate_limit",
                stripe_error=exc,
            )
        return said(
            "Stripe is limiting how fast this key may make requests. "
            "Counterfoil will slow down; try again in a moment.",
            kind="rate_limit",
            stripe_error=exc,
        )
    if isinstance(exc, stripe.APIConnectionError):
        return said(
            "Can't reach Stripe. Check your internet connection (and the API address, "
            "if you set one) and try again.",
            kind="network",
            stripe_error=exc,
        )
    if isinstance(exc, stripe.IdempotencyError):
        if stripe_message:
            return said(
                "Stripe refused to repeat an earlier request because its details changed in "
                "between. Reload and try again. Stripe said: {stripe_message}",
                kind="invalid",
                values=said_values,
                stripe_error=exc,
            )
        return said(
            "Stripe refused to repeat an earlier request because its details changed in "
            "between. Reload and try again.",
            kind="invalid",
            stripe_error=exc,
        )
    if isinstance(exc, stripe.InvalidRequestError | stripe.CardError):
        param = exc.param if isinstance(exc.param, str) else None
        if stripe_message:
            # Stripe's own words, shown as they are.
            return UserFacingError(
                stripe_message,
                kind="invalid",
                request_id=exc.request_id,
                code=exc.code,
                param=param,
                http_status=exc.http_status,
            )
        return said(
            "Stripe rejected the request as invalid.",
            kind="invalid",
            stripe_error=exc,
            param=param,
        )
    if isinstance(exc, MalformedResponseError) or (
        type(exc) is stripe.APIError and stripe_message.startswith(_UNREADABLE)
    ):
        return said(
            "Stripe's answer could not be read (HTTP {status}): it is not a JSON object. "
            "Try again; if it keeps happening, check status.stripe.com (and the API "
            "address, if you set one).",
            kind="api",
            values={"status": exc.http_status},
            stripe_error=exc,
        )
    if exc.http_status and stripe_message:
        return said(
            "Stripe reported an error (HTTP {status}): {stripe_message} "
            "Try again; if it keeps happening, check status.stripe.com.",
            kind="api",
            values={"status": exc.http_status, **said_values},
            stripe_error=exc,
        )
    if exc.http_status:
        return said(
            "Stripe reported an error (HTTP {status}). "
            "Try again; if it keeps happening, check status.stripe.com.",
            kind="api",
            values={"status": exc.http_status},
            stripe_error=exc,
        )
    if stripe_message:
        return said(
            "Stripe reported an error: {stripe_message} "
            "Try again; if it keeps happening, check status.stripe.com.",
            kind="api",
            values=said_values,
            stripe_error=exc,
        )
    return said(
        "Stripe reported an error. Try again; if it keeps happening, check status.stripe.com.",
        kind="api",
        stripe_error=exc,
    )


def _describe_permission(exc: stripe.PermissionError, stripe_message: str) -> UserFacingError:
    permission = parse_permission(stripe_message)
    parts = permission_parts(permission) if permission else None
    if permission and parts:
        return said(
            "This restricted key lacks the permission '{resource}: {access}' ({permission}). "
            "Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a "
            "key that has it.",
            kind="permission",
            values={"resource": parts[0], "access": parts[1], "permission": permission},
            stripe_error=exc,
            permission=permission,
        )
    if permission:
        return said(
            "This restricted key lacks the permission '{permission}' ({permission}). "
            "Grant it to the key in the Stripe Dashboard → Developers → API keys, or use a "
            "key that has it.",
            kind="permission",
            values={"permission": permission},
            stripe_error=exc,
            permission=permission,
        )
    if _RESTRICTED_UNAVAILABLE in stripe_message:
        return said(
            "Restricted keys can't be used for this at all; use a secret key (sk_…) "
            "for this account instead.",
            kind="permission",
            stripe_error=exc,
        )
    if stripe_message:
        return said(
            "This key isn't allowed to do that: {stripe_message}",
            kind="permission",
            values={"stripe_message": stripe_message},
            stripe_error=exc,
        )
    return said("This key isn't allowed to do that.", kind="permission", stripe_error=exc)
