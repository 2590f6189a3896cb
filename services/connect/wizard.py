"""The create-subscription wizard without its windows: validation, request, outcome.

A :class:`SubscriptionDraft` is what the person chose: direct or destination (with the
guide's recommendation, :func:`services.connect.kinds.recommended_kind`), the customer
(an existing one where it must live — on the connected account for direct charges, on
the platform for destination charges — or a new one to create there), a price from the
same catalogue, ``application_fee_percent`` as typed, and ``on_behalf_of``.

:func:`validate` answers field problems before anything is sent. :func:`create_params`
builds Stripe's request: ``payment_behavior=default_incomplete`` and
``expand=["latest_invoice.confirmation_secret"]`` as the guide says, so the outcome tells
whether the first invoice still has to be paid and gives its hosted payment page.

Idempotency: :func:`attempt_keys` gives one key for the customer and one for the
subscription per *attempt* — the same draft retried (after a dropped connection, a
timeout…) reuses them, so Stripe answers the retry with the first result instead of
creating a second customer or subscription; changing the draft starts a new attempt.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from services.connect.kinds import Kind

EXPAND = ("latest_invoice.confirmation_secret",)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class NewCustomer:
    """A customer to create where the subscription needs it."""

    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class SubscriptionDraft:
    """The wizard's choices (``kind`` is ``direct`` or ``destination``)."""

    account_id: str
    kind: Kind
    customer_id: str | None = None
    new_customer: NewCustomer | None = None
    price_id: str | None = None
    fee_text: str = ""
    on_behalf_of: bool = False

    @property
    def customer_owner(self) -> str:
        """Where the customer and price must live: the account (direct) or the platform."""
        return self.account_id if self.kind is Kind.DIRECT else ""


class Problem(StrEnum):
    """Why a field is not acceptable yet."""

    KIND_NOT_OFFERED = "kind_not_offered"
    CUSTOMER_MISSING = "customer_missing"
    CUSTOMER_NAME_OR_EMAIL = "customer_name_or_email"
    EMAIL_INVALID = "email_invalid"
    PRICE_MISSING = "price_missing"
    FEE_NOT_A_NUMBER = "fee_not_a_number"
    FEE_OUT_OF_RANGE = "fee_out_of_range"
    FEE_TOO_PRECISE = "fee_too_precise"
    ON_BEHALF_OF_DIRECT = "on_behalf_of_direct"


@dataclass(frozen=True)
class FieldProblem:
    """One field's problem (``field`` names the wizard field)."""

    field: str
    problem: Problem


def parse_fee_percent(text: str) -> Decimal | None:
    """``application_fee_percent`` as typed: ``""`` → None; raises :class:`ValueError`
    with a :class:`Problem` as its argument when it is not 0–100 with ≤ 2 decimals."""
    cleaned = text.strip().removesuffix("%").strip()
    if not cleaned:
        return None
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(Problem.FEE_NOT_A_NUMBER) from None
    if not value.is_finite():
        raise ValueError(Problem.FEE_NOT_A_NUMBER)
    if value < 0 or value > 100:
        raise ValueError(Problem.FEE_OUT_OF_RANGE)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise ValueError(Problem.FEE_TOO_PRECISE)
    return value


def fee_problem(text: str) -> Problem | None:
    """The problem with a typed fee percentage, or None if it is fine (or empty)."""
    try:
        parse_fee_percent(text)
    except ValueError as exc:
        return Problem(exc.args[0])
    return None


def format_percent(value: Decimal | float) -> str:
    """``Decimal("12.50")`` → ``12.5``; ``10.0`` → ``10`` (how Stripe's API accepts it)."""
    text = format(Decimal(str(value)).normalize(), "f")
    return text


def validate(draft: SubscriptionDraft) -> list[FieldProblem]:
    """Every field problem of ``draft``, in the wizard's order (empty: ready to create)."""
    problems: list[FieldProblem] = []
    if draft.kind not in (Kind.DIRECT, Kind.DESTINATION):
        problems.append(FieldProblem("kind", Problem.KIND_NOT_OFFERED))
    if draft.customer_id is None:
        new = draft.new_customer
        if new is None:
            problems.append(FieldProblem("customer", Problem.CUSTOMER_MISSING))
        else:
            if not new.name.strip() and not new.email.strip():
                problems.append(FieldProblem("customer", Problem.CUSTOMER_NAME_OR_EMAIL))
            if new.email.strip() and not _EMAIL.match(new.email.strip()):
                problems.append(FieldProblem("email", Problem.EMAIL_INVALID))
    if not draft.price_id:
        problems.append(FieldProblem("price", Problem.PRICE_MISSING))
    fee = fee_problem(draft.fee_text)
    if fee is not None:
        problems.append(FieldProblem("application_fee_percent", fee))
    if draft.on_behalf_of and draft.kind is Kind.DIRECT:
        problems.append(FieldProblem("on_behalf_of", Problem.ON_BEHALF_OF_DIRECT))
    return problems


def customer_params(new: NewCustomer, account_id: str, kind: Kind) -> dict[str, Any]:
    """``POST /v1/customers`` for a new end customer."""
    params: dict[str, Any] = {}
    if new.name.strip():
        params["name"] = new.name.strip()
    if new.email.strip():
        params["email"] = new.email.strip()
    if kind is Kind.DESTINATION:
        # On the platform, note which seller the customer came for (not a representative).
        params["metadata"] = {"marketplace_seller": account_id}
    return params


def create_params(draft: SubscriptionDraft, customer_id: str) -> dict[str, Any]:
    """``POST /v1/subscriptions`` for ``draft`` with its customer (sent as the account for
    direct charges, by the platform for destination charges)."""
    if not draft.price_id:
        raise ValueError("the draft has no price")
    params: dict[str, Any] = {
        "customer": customer_id,
        "items": [{"price": draft.price_id}],
        "payment_behavior": "default_incomplete",
        "expand": list(EXPAND),
    }
    fee = parse_fee_percent(draft.fee_text)
    if fee is not None:
        params["application_fee_percent"] = format_percent(fee)
    if draft.kind is Kind.DESTINATION:
        params["transfer_data"] = {"destination": draft.account_id}
        if draft.on_behalf_of:
            params["on_behalf_of"] = draft.account_id
    return params


# -- idempotency -------------------------------------------------------------------------
@dataclass(frozen=True)
class AttemptKeys:
    """The idempotency keys of one attempt at creating what a draft describes."""

    fingerprint: str
    customer: str = field(default_factory=lambda: f"cf-wizard-customer-{uuid.uuid4()}")
    subscription: str = field(default_factory=lambda: f"cf-wizard-subscription-{uuid.uuid4()}")


def fingerprint(draft: Any) -> str:
    """A digest of a draft's content (any dataclass): equal drafts, equal fingerprints."""
    text = json.dumps(asdict(draft), sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def attempt_keys(draft: Any, previous: AttemptKeys | None) -> AttemptKeys:
    """``previous`` if it belongs to the same draft (a retry), else fresh keys."""
    digest = fingerprint(draft)
    if previous is not None and previous.fingerprint == digest:
        return previous
    return AttemptKeys(digest)


# -- outcome -----------------------------------------------------------------------------
class NextStep(StrEnum):
    """What remains to be done after creating a subscription."""

    CUSTOMER_PAYS_FIRST_INVOICE = "customer_pays_first_invoice"
    """``incomplete``: the first invoice is open; the customer pays on its hosted page
    (or your app confirms the payment with the confirmation secret) within 23 hours."""
    NOTHING = "nothing"
    TRIAL = "trial"
    SEND_INVOICE = "send_invoice"
    CHECK_STATUS = "check_status"


@dataclass(frozen=True)
class Outcome:
    """What Stripe answered to a create, in the terms the wizard shows."""

    subscription_id: str
    status: str
    owner: str
    customer_id: str
    customer_created: bool
    invoice_id: str | None
    invoice_status: str | None
    hosted_invoice_url: str | None
    amount_due: int | None
    currency: str | None
    has_confirmation_secret: bool
    application: str | None
    next_step: NextStep
    replayed: bool = False
    """Stripe recognised the request as a retry (same idempotency key): nothing new."""
    request_id: str | None = None


def next_step(status: str, invoice: Mapping[str, Any] | None) -> NextStep:
    """What remains to be done for a subscription just created with ``status``."""
    if status == "incomplete":
        return NextStep.CUSTOMER_PAYS_FIRST_INVOICE
    if status == "trialing":
        return NextStep.TRIAL
    if status == "active":
        if invoice is not None and invoice.get("status") == "open":
            return NextStep.SEND_INVOICE
        return NextStep.NOTHING
    return NextStep.CHECK_STATUS


def outcome_of(
    subscription: Mapping[str, Any],
    *,
    owner: str,
    customer_created: bool,
    replayed: bool = False,
    request_id: str | None = None,
) -> Outcome:
    """Read a create response (with ``latest_invoice`` expanded)."""
    invoice = subscription.get("latest_invoice")
    inv: Mapping[str, Any] | None = invoice if isinstance(invoice, Mapping) else None
    customer = subscription.get("customer")
    customer_id = customer.get("id") if isinstance(customer, Mapping) else customer
    status = str(subscription.get("status") or "")
    return Outcome(
        subscription_id=str(subscription.get("id")),
        status=status,
        owner=owner,
        customer_id=str(customer_id or ""),
        customer_created=customer_created,
        invoice_id=str(inv.get("id")) if inv else (invoice if isinstance(invoice, str) else None),
        invoice_status=inv.get("status") if inv else None,
        hosted_invoice_url=inv.get("hosted_invoice_url") if inv else None,
        amount_due=inv.get("amount_due") if inv else None,
        currency=(inv.get("currency") if inv else None) or subscription.get("currency"),
        has_confirmation_secret=bool(inv and inv.get("confirmation_secret")),
        application=subscription.get("application")
        if isinstance(subscription.get("application"), str)
        else None,
        next_step=next_step(status, inv),
        replayed=replayed,
        request_id=request_id,
    )
