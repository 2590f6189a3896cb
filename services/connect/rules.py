"""What the platform may do with a connected account's subscription, and why not.

Stripe's restrictions for subscriptions with Connect (seed 001):

- the platform cannot update or cancel a subscription it did not create (requests made
  with ``Stripe-Account`` on an object whose ``application`` is not the platform's);
- it cannot add an ``application_fee_amount`` to an invoice it did not create;
- only accounts with full Stripe Dashboard access manage their customers' subscriptions
  themselves; for the others the platform must;
- disconnecting does not cancel subscriptions: that is up to the platform.

Plus what follows from the API: an ended subscription cannot change; an application fee
needs a connected account (``Stripe-Account`` or a destination), so a platform-billing
subscription (the platform's own revenue) has none; a paid or void invoice's fee is final;
a disconnected account refuses every ``Stripe-Account`` request.

Each decision is a :class:`Decision` with a :class:`Reason` code and its values;
``widgets/connect`` words them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from services.connect.accounts import AccountRow
from services.connect.kinds import Creator, Kind, creator
from services.connect.subscriptions import InvoiceFacts, SubscriptionRow


class Action(StrEnum):
    """The changes the panel offers on a subscription."""

    CHANGE_FEE = "change_fee"
    CANCEL = "cancel"
    INVOICE_FEE = "invoice_fee"


class Reason(StrEnum):
    """Why an action is not available."""

    NOT_CREATED_BY_PLATFORM = "not_created_by_platform"
    """Stripe: the platform cannot update or cancel a subscription it did not create."""
    PLATFORM_APP_UNKNOWN = "platform_app_unknown"
    ACCOUNT_DISCONNECTED = "account_disconnected"
    ENDED = "ended"
    NO_FEE_ON_PLATFORM_BILLING = "no_fee_on_platform_billing"
    INVOICE_NOT_CREATED_BY_PLATFORM = "invoice_not_created_by_platform"
    """Stripe: no application fee on an invoice the platform did not create."""
    INVOICE_WITHOUT_DESTINATION = "invoice_without_destination"
    INVOICE_FINAL = "invoice_final"
    NO_INVOICE = "no_invoice"


@dataclass(frozen=True)
class Decision:
    """Whether an action is allowed; if not, the reason and the values it mentions."""

    allowed: bool
    reason: Reason | None = None
    values: Mapping[str, str] = field(default_factory=dict)

    @staticmethod
    def ok() -> Decision:
        return Decision(True)

    @staticmethod
    def no(reason: Reason, **values: str) -> Decision:
        return Decision(False, reason, values)


def subscription_creator(row: SubscriptionRow, platform_app: str | None) -> Creator:
    """Who created ``row`` (see :func:`services.connect.kinds.creator`)."""
    return creator(row.owner, row.application, platform_app)


def _change_guard(
    row: SubscriptionRow, platform_app: str | None, account_connected: bool
) -> Decision | None:
    """The reason no change is possible at all, or None."""
    if row.owner and not account_connected:
        return Decision.no(Reason.ACCOUNT_DISCONNECTED)
    who = subscription_creator(row, platform_app)
    if row.owner and who.kind == "unknown":
        return Decision.no(Reason.PLATFORM_APP_UNKNOWN)
    if row.owner and not who.is_platform:
        return Decision.no(
            Reason.NOT_CREATED_BY_PLATFORM,
            creator=who.kind,
            application=who.application or "",
        )
    if row.ended:
        return Decision.no(Reason.ENDED, status=row.status)
    return None


def subscription_actions(
    row: SubscriptionRow, *, platform_app: str | None, account_connected: bool = True
) -> dict[Action, Decision]:
    """Change fee and cancel for ``row`` (the invoice fee needs the invoice: see
    :func:`invoice_fee_decision`)."""
    guard = _change_guard(row, platform_app, account_connected)
    if guard is not None:
        return {Action.CHANGE_FEE: guard, Action.CANCEL: guard}
    fee = (
        Decision.no(Reason.NO_FEE_ON_PLATFORM_BILLING)
        if row.kind is Kind.PLATFORM_BILLING
        else Decision.ok()
    )
    return {Action.CHANGE_FEE: fee, Action.CANCEL: Decision.ok()}


FINAL_INVOICE_STATUSES = ("paid", "void", "uncollectible")


def invoice_fee_decision(
    row: SubscriptionRow,
    invoice: InvoiceFacts | None,
    *,
    platform_app: str | None,
    account_connected: bool = True,
) -> Decision:
    """May the platform set an ``application_fee_amount`` on ``row``'s latest invoice?"""
    if row.owner and not account_connected:
        return Decision.no(Reason.ACCOUNT_DISCONNECTED)
    if row.kind is Kind.PLATFORM_BILLING:
        return Decision.no(Reason.NO_FEE_ON_PLATFORM_BILLING)
    if invoice is None:
        return Decision.no(Reason.NO_INVOICE)
    if invoice.owner:
        who = creator(invoice.owner, invoice.application, platform_app)
        if who.kind == "unknown":
            return Decision.no(Reason.PLATFORM_APP_UNKNOWN)
        if not who.is_platform:
            return Decision.no(
                Reason.INVOICE_NOT_CREATED_BY_PLATFORM,
                creator=who.kind,
                application=who.application or "",
            )
    elif not invoice.has_destination:
        return Decision.no(Reason.INVOICE_WITHOUT_DESTINATION)
    if invoice.status in FINAL_INVOICE_STATUSES:
        return Decision.no(Reason.INVOICE_FINAL, status=invoice.status or "")
    return Decision.ok()


class Note(StrEnum):
    """What the account header says about who manages what."""

    MANAGES_OWN_SUBSCRIPTIONS = "manages_own_subscriptions"
    """Full Dashboard: the account manages its customers' subscriptions itself."""
    PLATFORM_MANAGES = "platform_manages"
    """Express or no Dashboard: the platform must manage its customers' subscriptions."""
    DISCONNECTED = "disconnected"
    UNLISTED = "unlisted"
    CHARGES_DISABLED = "charges_disabled"
    REQUIREMENTS_DUE = "requirements_due"


def account_notes(account: AccountRow) -> list[Note]:
    """The notes for ``account``'s header, most important first."""
    notes: list[Note] = []
    if account.connection == "deauthorized":
        notes.append(Note.DISCONNECTED)
    elif not account.listed:
        notes.append(Note.UNLISTED)
    if account.dashboard == "full":
        notes.append(Note.MANAGES_OWN_SUBSCRIPTIONS)
    elif account.dashboard in ("express", "none"):
        notes.append(Note.PLATFORM_MANAGES)
    if account.listed and account.connected:
        if account.charges_enabled is False:
            notes.append(Note.CHARGES_DISABLED)
        if account.currently_due:
            notes.append(Note.REQUIREMENTS_DUE)
    return notes


def can_create_for(account: AccountRow) -> Decision:
    """New subscriptions (direct or destination) need a connected account."""
    if not account.connected:
        return Decision.no(Reason.ACCOUNT_DISCONNECTED)
    return Decision.ok()
