"""Customer portal sessions: what the agent chose, checked, sent, and remembered without the URL.

:class:`PortalRequest` holds the choices of the "Open the portal" form; :func:`validate`
returns field-level problems before anything is sent; :func:`build_params` turns it into the
``POST /v1/billing_portal/sessions`` parameters (configuration, locale, return URL,
``on_behalf_of`` for a platform customer, and ``flow_data`` for a deep link with what happens
after completion); :func:`create_session` sends it and returns a :class:`PortalSession`.

The session URL is a bearer credential: anyone holding it acts as the customer until it
expires (5 minutes unused, then 1 hour after the last activity). It lives only in the
:class:`PortalSession` object in memory -- it is not in its ``repr``, never logged, never
written to disk -- and the audit trail (:mod:`services.customers.audit`) records who opened
which flow for which customer, and when, without it.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from services.customers.eligibility import (
    PAYMENT_METHOD_UPDATE,
    SUBSCRIPTION_CANCEL,
    SUBSCRIPTION_UPDATE,
    SUBSCRIPTION_UPDATE_CONFIRM,
)
from services.gateway import StripeGateway

SESSION_TTL_S = 300
"""A new portal session expires after 5 minutes unless the customer uses it."""
ACTIVE_TTL_S = 3600
"""Once used, it lasts 1 hour after the customer's last activity."""
MAX_CONFIRMATION_MESSAGE = 500

FLOWS = (
    None,
    PAYMENT_METHOD_UPDATE,
    SUBSCRIPTION_CANCEL,
    SUBSCRIPTION_UPDATE,
    SUBSCRIPTION_UPDATE_CONFIRM,
)
"""None opens the portal's home page; the others are deep links."""
SUBSCRIPTION_FLOW_SET = frozenset(
    {SUBSCRIPTION_CANCEL, SUBSCRIPTION_UPDATE, SUBSCRIPTION_UPDATE_CONFIRM}
)
AFTER_COMPLETION = ("portal_homepage", "redirect", "hosted_confirmation")

LOCALES: tuple[tuple[str, str], ...] = (
    ("auto", "Automatic (the customer's preferred language or browser)"),
    ("bg", "Bulgarian"),
    ("zh", "Chinese (Simplified)"),
    ("zh-HK", "Chinese (Traditional, Hong Kong)"),
    ("zh-TW", "Chinese (Traditional, Taiwan)"),
    ("hr", "Croatian"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("nl", "Dutch"),
    ("en", "English (United States)"),
    ("en-GB", "English (United Kingdom)"),
    ("et", "Estonian"),
    ("fil", "Filipino"),
    ("fi", "Finnish"),
    ("fr", "French (France)"),
    ("fr-CA", "French (Canada)"),
    ("de", "German"),
    ("el", "Greek"),
    ("hu", "Hungarian"),
    ("id", "Indonesian"),
    ("it", "Italian"),
    ("ja", "Japanese"),
    ("ko", "Korean"),
    ("lv", "Latvian"),
    ("lt", "Lithuanian"),
    ("ms", "Malay"),
    ("mt", "Maltese"),
    ("nb", "Norwegian Bokmål"),
    ("pl", "Polish"),
    ("pt", "Portuguese (Portugal)"),
    ("pt-BR", "Portuguese (Brazil)"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("es", "Spanish (Spain)"),
    ("es-419", "Spanish (Latin America)"),
    ("sv", "Swedish"),
    ("th", "Thai"),
    ("tr", "Turkish"),
    ("vi", "Vietnamese"),
)
"""``auto`` and the 40 languages of the portal overview (as the API spells them: the page's
``zh-Hant-HK``/``zh-Hant-TW``/``nb-NO`` are ``zh-HK``/``zh-TW``/``nb``)."""
LOCALE_CODES = frozenset(code for code, _ in LOCALES)


@dataclass
class PortalRequest:
    """The choices of the "Open the portal" form."""

    customer: str
    account: str = ""
    """'' for a platform customer; ``acct_…`` for a customer of a connected account (the
    session is created with the ``Stripe-Account`` header)."""
    configuration: str | None = None
    locale: str = "auto"
    return_url: str = ""
    on_behalf_of: str | None = None
    flow: str | None = None
    subscription: str | None = None
    retention_coupon: str | None = None
    item: str | None = None
    """The subscription item changed by ``subscription_update_confirm``."""
    price: str | None = None
    quantity: int | None = None
    after_completion: str = "portal_homepage"
    redirect_url: str = ""
    confirmation_message: str = ""


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field of the form, found before anything is sent."""

    field: str
    code: str
    message: str


def is_web_url(text: str) -> bool:
    """An absolute http(s) URL (what Stripe accepts for return and redirect URLs)."""
    text = text.strip()
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text


def validate(req: PortalRequest) -> list[FieldProblem]:
    """Field-level problems with ``req`` (empty when it can be sent)."""
    problems: list[FieldProblem] = []
    if req.locale not in LOCALE_CODES:
        problems.append(FieldProblem("locale", "locale", f"Unknown language {req.locale!r}."))
    if req.return_url.strip() and not is_web_url(req.return_url):
        problems.append(FieldProblem("return_url", "url", "Enter a full web address (https://…)."))
    if req.on_behalf_of and req.account:
        problems.append(
            FieldProblem(
                "on_behalf_of",
                "on_behalf_of_direct",
                "on_behalf_of is for platform customers; this customer belongs to a connected "
                "account.",
            )
        )
    if req.flow not in FLOWS:
        problems.append(FieldProblem("flow", "flow", f"Unknown flow {req.flow!r}."))
    if req.flow in SUBSCRIPTION_FLOW_SET and not req.subscription:
        problems.append(FieldProblem("subscription", "subscription", "Choose a subscription."))
    if req.flow == SUBSCRIPTION_UPDATE_CONFIRM:
        if not req.item:
            problems.append(
                FieldProblem("price", "item", "The subscription has no item to change.")
            )
        if req.price is None and req.quantity is None:
            problems.append(
                FieldProblem("price", "choose_change", "Choose a new price or a new quantity.")
            )
        if req.quantity is not None and req.quantity < 1:
            problems.append(
                FieldProblem("quantity", "quantity", "The quantity must be at least 1.")
            )
    if req.flow is not None:
        if req.after_completion not in AFTER_COMPLETION:
            problems.append(
                FieldProblem("after_completion", "after_completion", "Choose what happens next.")
            )
        if req.after_completion == "redirect" and not is_web_url(req.redirect_url):
            problems.append(
                FieldProblem(
                    "redirect_url",
                    "url",
                    "Enter the full web address to send the customer to (https://…).",
                )
            )
        if (
            req.after_completion == "hosted_confirmation"
            and len(req.confirmation_message) > MAX_CONFIRMATION_MESSAGE
        ):
            problems.append(
                FieldProblem(
                    "confirmation_message",
                    "too_long",
                    f"The message can be at most {MAX_CONFIRMATION_MESSAGE} characters.",
                )
            )
    return problems


def _after_completion(req: PortalRequest) -> dict[str, Any]:
    if req.after_completion == "redirect":
        return {"type": "redirect", "redirect": {"return_url": req.redirect_url.strip()}}
    if req.after_completion == "hosted_confirmation":
        out: dict[str, Any] = {"type": "hosted_confirmation"}
        if req.confirmation_message.strip():
            out["hosted_confirmation"] = {"custom_message": req.confirmation_message.strip()}
        return out
    return {"type": "portal_homepage"}


def flow_data(req: PortalRequest) -> dict[str, Any] | None:
    """The ``flow_data`` parameter for ``req``'s deep link (None: the portal home page)."""
    if req.flow is None:
        return None
    data: dict[str, Any] = {"type": req.flow, "after_completion": _after_completion(req)}
    if req.flow == SUBSCRIPTION_CANCEL:
        cancel: dict[str, Any] = {"subscription": req.subscription}
        if req.retention_coupon:
            cancel["retention"] = {
                "type": "coupon_offer",
                "coupon_offer": {"coupon": req.retention_coupon},
            }
        data[SUBSCRIPTION_CANCEL] = cancel
    elif req.flow == SUBSCRIPTION_UPDATE:
        data[SUBSCRIPTION_UPDATE] = {"subscription": req.subscription}
    elif req.flow == SUBSCRIPTION_UPDATE_CONFIRM:
        item: dict[str, Any] = {"id": req.item}
        if req.price is not None:
            item["price"] = req.price
        if req.quantity is not None:
            item["quantity"] = req.quantity
        data[SUBSCRIPTION_UPDATE_CONFIRM] = {"subscription": req.subscription, "items": [item]}
    return data


def build_params(req: PortalRequest) -> dict[str, Any]:
    """The ``POST /v1/billing_portal/sessions`` parameters for ``req``."""
    params: dict[str, Any] = {"customer": req.customer}
    if req.configuration:
        params["configuration"] = req.configuration
    if req.locale and req.locale != "auto":
        params["locale"] = req.locale
    if req.return_url.strip():
        params["return_url"] = req.return_url.strip()
    if req.on_behalf_of and not req.account:
        params["on_behalf_of"] = req.on_behalf_of
    data = flow_data(req)
    if data is not None:
        params["flow_data"] = data
    return params


@dataclass
class PortalSession:
    """A created portal session. ``url`` is a credential: keep it in memory only."""

    id: str
    customer: str
    account: str
    configuration: str | None
    flow: str | None
    locale: str | None
    created: int
    """Stripe's clock when it was created."""
    received_at: float
    """``time.monotonic()`` when the response arrived (the countdown starts here)."""
    url: str = field(repr=False)

    def seconds_left(self, now: float | None = None) -> float:
        """Seconds until an unused session expires (never below 0)."""
        now = time.monotonic() if now is None else now
        return max(0.0, SESSION_TTL_S - (now - self.received_at))


def create_session(
    gateway: StripeGateway, req: PortalRequest, *, idempotency_key: str | None = None
) -> PortalSession:
    """Create the session on Stripe (raises the SDK's error when Stripe refuses)."""
    started = time.monotonic()
    obj = gateway.post_json(
        "/v1/billing_portal/sessions",
        build_params(req),
        stripe_account=req.account or None,
        idempotency_key=idempotency_key or f"counterfoil-portal-{uuid.uuid4()}",
    )
    flow = obj.get("flow") or {}
    return PortalSession(
        id=str(obj.get("id")),
        customer=str(obj.get("customer") or req.customer),
        account=req.account,
        configuration=obj.get("configuration"),
        flow=flow.get("type") if isinstance(flow, dict) else None,
        locale=obj.get("locale"),
        created=int(obj.get("created") or time.time()),
        received_at=started,
        url=str(obj.get("url") or ""),
    )
