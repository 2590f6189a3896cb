"""Every sentence the Connect panel shows about Stripe's rules, in one translatable place.

``services.connect`` returns codes (a subscription's kind, why an action is unavailable,
what a wizard field lacks, what remains to be done); these functions word them through
``QCoreApplication.translate("Connect", …)``.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from desktop import i18n
from desktop.i18n import QT_TRANSLATE_NOOP
from services.connect.accounts import AccountRow
from services.connect.kinds import Creator, Kind
from services.connect.rules import Decision, Note, Reason
from services.connect.wizard import NextStep, Problem


def _t(text: str) -> str:
    return QCoreApplication.translate("Connect", text)


def kind_label(kind: Kind) -> str:
    return {
        Kind.DIRECT: _t("Direct"),
        Kind.DESTINATION: _t("Destination"),
        Kind.PLATFORM_BILLING: _t("Platform billing"),
    }[kind]


def kind_explanation(kind: Kind) -> str:
    return {
        Kind.DIRECT: _t(
            "Lives on the connected account (requests use the Stripe-Account header); "
            "customer and price are the account's."
        ),
        Kind.DESTINATION: _t(
            "Lives on your platform; payments are transferred to the account "
            "(transfer_data.destination)."
        ),
        Kind.PLATFORM_BILLING: _t(
            "Your platform bills the account itself, through the customer that represents it."
        ),
    }[kind]


def dashboard_label(dashboard: str | None) -> str:
    return {
        "full": _t("Full"),
        "express": _t("Express"),
        "none": _t("None"),
    }.get(dashboard or "", "—")


def dashboard_phrase(dashboard: str | None) -> str:
    return {
        "full": _t("full Stripe Dashboard access"),
        "express": _t("the Express Dashboard"),
        "none": _t("no Stripe Dashboard"),
    }.get(dashboard or "", _t("unknown Dashboard access"))


def type_label(legacy: str | None) -> str:
    return {
        "standard": _t("Standard"),
        "express": _t("Express"),
        "custom": _t("Custom"),
        "none": _t("Controller properties"),
    }.get(legacy or "", "—")


def controller_phrase(account: AccountRow) -> str:
    if account.controller_type is None:
        return ""
    who = _t("your platform") if account.controller_type == "application" else _t("Stripe")
    fees = {
        "account": _t("the account pays Stripe's fees"),
        "application": _t("your platform pays Stripe's fees"),
        "application_express": _t("your platform pays Stripe's fees"),
        "application_custom": _t("your platform pays Stripe's fees"),
    }.get(account.fees_payer or "", "")
    parts = [_t("Controlled by {0}").format(who)]
    if fees:
        parts.append(fees)
    return "; ".join(parts)


def connection_label(connection: str) -> str:
    return {
        "connected": _t("Connected"),
        "deauthorized": _t("Deauthorized"),
        "unlisted": _t("Not listed"),
    }.get(connection, connection)


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return _t("Enabled") if value else _t("Disabled")


STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("Connect", "Active"),
    "trialing": QT_TRANSLATE_NOOP("Connect", "Trialing"),
    "past_due": QT_TRANSLATE_NOOP("Connect", "Past due"),
    "unpaid": QT_TRANSLATE_NOOP("Connect", "Unpaid"),
    "paused": QT_TRANSLATE_NOOP("Connect", "Paused"),
    "incomplete": QT_TRANSLATE_NOOP("Connect", "Incomplete"),
    "incomplete_expired": QT_TRANSLATE_NOOP("Connect", "Expired"),
    "canceled": QT_TRANSLATE_NOOP("Connect", "Canceled"),
}


def status_label(status: str) -> str:
    text = STATUS_LABELS.get(status)
    return _t(text) if text else status.replace("_", " ").capitalize()


def creator_label(who: Creator, account_name: str) -> str:
    if who.kind == "platform":
        return _t("Your platform")
    if who.kind == "account":
        return account_name
    if who.kind == "other_app":
        return _t("Another app ({0})").format(who.application or "?")
    return _t("Unknown ({0})").format(who.application or "?")


def pause_label(behavior: str | None, resumes_at: int | None, status: str) -> str:
    """The Collection column: how payment collection is paused (empty when it is not)."""
    if not behavior:
        return ""
    return {
        "void": _t("Paused (void)"),
        "keep_as_draft": _t("Paused (draft)"),
        "mark_uncollectible": _t("Paused (uncollectible)"),
    }.get(behavior, _t("Paused"))


def pause_tooltip(behavior: str | None, resumes_at: int | None) -> str | None:
    if not behavior:
        return None
    what = {
        "void": _t("Payment collection is paused: invoices are voided."),
        "keep_as_draft": _t("Payment collection is paused: invoices stay drafts."),
        "mark_uncollectible": _t("Payment collection is paused: invoices are uncollectible."),
    }.get(behavior, _t("Payment collection is paused."))
    if resumes_at:
        what += " " + _t("Resumes on {0}.").format(date(resumes_at))
    else:
        what += " " + _t("No resume date.")
    return what


def date(ts: int | None) -> str:
    """A date in the user's locale (``21.11.2026`` in German)."""
    if not ts:
        return "—"
    return i18n.format_date(ts)


def date_time(ts: int | None) -> str:
    """A date and time in the user's locale."""
    if not ts:
        return "—"
    return i18n.format_datetime(ts)


_SPACED_PERCENT = (QLocale.Language.German, QLocale.Language.French, QLocale.Language.Spanish)


def fee_percent(value: float | None) -> str:
    """An application fee percentage the locale's way (``12,5 %`` in German)."""
    if value is None:
        return "—"
    loc = i18n.locale()
    return loc.toString(float(value), "g", 6) + (
        "\u00a0%" if loc.language() in _SPACED_PERCENT else "%"
    )


def ago(ts: int | None, now: float | None = None) -> str:
    if not ts:
        return ""
    seconds = (now if now is not None else dt.datetime.now().timestamp()) - ts
    days = int(seconds // 86400)
    if days >= 2:
        return _t("{0} days ago").format(days)
    if days == 1:
        return _t("yesterday")
    return _t("today")


# -- reasons ------------------------------------------------------------------------------
def reason_text(decision: Decision, account_name: str = "") -> str:
    """Why an action is unavailable, in a sentence (empty when it is allowed)."""
    reason = decision.reason
    if decision.allowed or reason is None:
        return ""
    values = decision.values
    if reason is Reason.NOT_CREATED_BY_PLATFORM:
        base = _t("The platform cannot update or cancel a subscription it did not create.")
        return base + " " + _creator_sentence(values, account_name)
    if reason is Reason.INVOICE_NOT_CREATED_BY_PLATFORM:
        base = _t("The platform cannot add an application fee to an invoice it did not create.")
        return base + " " + _creator_sentence(values, account_name)
    return {
        Reason.PLATFORM_APP_UNKNOWN: _t(
            "Counterfoil cannot tell yet which Connect application is your platform's, so it "
            "cannot tell whether your platform created this."
        ),
        Reason.ACCOUNT_DISCONNECTED: _t(
            "This account disconnected from your platform: Stripe refuses requests made on "
            "its behalf."
        ),
        Reason.ENDED: _t("This subscription has ended ({0}); it can no longer change.").format(
            status_label(values.get("status", ""))
        ),
        Reason.NO_FEE_ON_PLATFORM_BILLING: _t(
            "Platform billing pays your platform directly: there is no application fee."
        ),
        Reason.INVOICE_WITHOUT_DESTINATION: _t(
            "An application fee needs a connected account: this platform invoice has no "
            "destination."
        ),
        Reason.INVOICE_FINAL: _t(
            "The latest invoice is {0}: its application fee can no longer change."
        ).format(i18n.in_sentence(status_label(values.get("status", "")))),
        Reason.NO_INVOICE: _t("The latest invoice is not in the local cache yet."),
    }[reason]


def _creator_sentence(values: object, account_name: str) -> str:
    creator = getattr(values, "get", lambda *_: "")("creator", "")
    application = getattr(values, "get", lambda *_: "")("application", "")
    if creator == "account":
        return _t("This one was created by {0} itself.").format(account_name or _t("the account"))
    if creator == "other_app":
        return _t("This one was created by another application ({0}).").format(application)
    return ""


# -- notes --------------------------------------------------------------------------------
def note_text(note: Note, account: AccountRow) -> str:
    name = account.name
    return {
        Note.MANAGES_OWN_SUBSCRIPTIONS: _t(
            "{0} has full Stripe Dashboard access and manages its own customers' subscriptions "
            "there. Your platform can change only the ones it created."
        ).format(name),
        Note.PLATFORM_MANAGES: _t(
            "{0} has {1}: your platform must manage its customers' subscriptions."
        ).format(name, dashboard_phrase(account.dashboard)),
        Note.DISCONNECTED: _t(
            "{0} disconnected from your platform{1}. Disconnecting cancels nothing: its platform "
            "subscriptions keep running until you cancel them."
        ).format(
            name,
            " " + ago(account.disconnected_at) if account.disconnected_at else "",
        ),
        Note.UNLISTED: _t(
            "Stripe no longer lists {0}; Counterfoil knows it from your platform's data."
        ).format(name),
        Note.CHARGES_DISABLED: _t("{0} cannot accept charges yet.").format(name),
        Note.REQUIREMENTS_DUE: _t("Stripe needs more information: {0}.").format(
            ", ".join(account.currently_due)
        ),
    }[note]


# -- wizard ---------------------------------------------------------------------------------
def problem_text(problem: Problem) -> str:
    return {
        Problem.KIND_NOT_OFFERED: _t("Choose direct or destination charges."),
        Problem.CUSTOMER_MISSING: _t("Choose a customer, or create a new one."),
        Problem.CUSTOMER_NAME_OR_EMAIL: _t("Give the new customer a name or an email address."),
        Problem.EMAIL_INVALID: _t("This does not look like an email address."),
        Problem.PRICE_MISSING: _t("Choose a price."),
        Problem.FEE_NOT_A_NUMBER: _t("Enter a percentage between 0 and 100, like 10 or 12.5."),
        Problem.FEE_OUT_OF_RANGE: _t("The application fee must be between 0 and 100 percent."),
        Problem.FEE_TOO_PRECISE: _t("Stripe accepts at most two decimal places (like 12.75)."),
        Problem.ON_BEHALF_OF_DIRECT: _t(
            "on_behalf_of is only for destination charges: a direct charge already belongs "
            "to the account."
        ),
    }[problem]


def guidance(kind: Kind, account_name: str) -> list[tuple[str, str]]:
    """(topic, sentence) pairs: what a charge type means for fees, refunds and disputes."""
    if kind is Kind.DIRECT:
        return [
            (
                _t("Who sells"),
                _t(
                    "{0} is the merchant: the customer, the price and the subscription live on "
                    "its account, and its name is on the customer's statement."
                ).format(account_name),
            ),
            (
                _t("Fees"),
                _t(
                    "{0} receives the payment and pays Stripe's fees (per its controller "
                    "settings); your platform earns the application fee you set."
                ).format(account_name),
            ),
            (
                _t("Refunds and disputes"),
                _t("Refunds and chargebacks come out of {0}'s balance.").format(account_name),
            ),
        ]
    return [
        (
            _t("Who sells"),
            _t(
                "Your platform is the merchant: the customer, the price and the subscription live "
                "on your platform, and each payment is transferred to {0} automatically."
            ).format(account_name),
        ),
        (
            _t("Fees"),
            _t(
                "Your platform pays Stripe's fees and keeps the application fee you set; the rest "
                "goes to {0}."
            ).format(account_name),
        ),
        (
            _t("Refunds and disputes"),
            _t(
                "Your platform is responsible for refunds and chargebacks. With on_behalf_of, "
                "{0} becomes the settlement merchant (its name on statements)."
            ).format(account_name),
        ),
    ]


def recommendation(kind: Kind, account: AccountRow) -> str:
    if kind is Kind.DIRECT:
        return _t("Recommended for accounts with full Dashboard access, like {0}.").format(
            account.name
        )
    return _t(
        "Recommended for accounts with the Express Dashboard or no Dashboard, like {0}."
    ).format(account.name)


def next_step_text(step: NextStep) -> str:
    return {
        NextStep.CUSTOMER_PAYS_FIRST_INVOICE: _t(
            "The subscription is incomplete until its first invoice is paid. Send the customer "
            "the payment page link above, or confirm the payment in your app with the invoice's "
            "confirmation secret. If nobody pays within 23 hours, Stripe expires the "
            "subscription (incomplete_expired)."
        ),
        NextStep.NOTHING: _t("Nothing left to do: the first invoice needed no payment."),
        NextStep.TRIAL: _t(
            "The trial has started; the customer is charged when it ends. Make sure they add "
            "a payment method before then."
        ),
        NextStep.SEND_INVOICE: _t("The first invoice is open: send it to the customer."),
        NextStep.CHECK_STATUS: _t("Check the subscription's status in a moment."),
    }[step]


# -- activity -------------------------------------------------------------------------------
EVENT_LABELS = {
    "account.application.deauthorized": QT_TRANSLATE_NOOP(
        "Connect", "Account disconnected from your platform"
    ),
    "account.external_account.updated": QT_TRANSLATE_NOOP(
        "Connect", "Bank account or debit card updated"
    ),
    "account.updated": QT_TRANSLATE_NOOP("Connect", "Account updated"),
    "balance.available": QT_TRANSLATE_NOOP("Connect", "Balance available"),
    "payment_intent.succeeded": QT_TRANSLATE_NOOP("Connect", "Payment succeeded"),
    "payment_intent.created": QT_TRANSLATE_NOOP("Connect", "Payment started"),
    "payout.failed": QT_TRANSLATE_NOOP("Connect", "Payout failed"),
    "person.updated": QT_TRANSLATE_NOOP("Connect", "Person updated"),
    "customer.created": QT_TRANSLATE_NOOP("Connect", "Customer created"),
    "customer.subscription.created": QT_TRANSLATE_NOOP("Connect", "Subscription created"),
    "customer.subscription.deleted": QT_TRANSLATE_NOOP("Connect", "Subscription ended"),
    "customer.subscription.paused": QT_TRANSLATE_NOOP("Connect", "Subscription paused"),
    "customer.subscription.resumed": QT_TRANSLATE_NOOP("Connect", "Subscription resumed"),
    "customer.subscription.trial_will_end": QT_TRANSLATE_NOOP(
        "Connect", "Trial ends in three days"
    ),
    "customer.subscription.updated": QT_TRANSLATE_NOOP("Connect", "Subscription updated"),
    "entitlements.active_entitlement_summary.updated": QT_TRANSLATE_NOOP(
        "Connect", "Entitlements changed"
    ),
    "invoice.created": QT_TRANSLATE_NOOP("Connect", "Invoice created"),
    "invoice.finalized": QT_TRANSLATE_NOOP("Connect", "Invoice finalized"),
    "invoice.finalization_failed": QT_TRANSLATE_NOOP("Connect", "Invoice could not be finalized"),
    "invoice.paid": QT_TRANSLATE_NOOP("Connect", "Invoice paid"),
    "invoice.payment_action_required": QT_TRANSLATE_NOOP(
        "Connect", "Invoice needs customer action"
    ),
    "invoice.payment_failed": QT_TRANSLATE_NOOP("Connect", "Invoice payment failed"),
    "invoice.upcoming": QT_TRANSLATE_NOOP("Connect", "Invoice coming up"),
    "invoice.updated": QT_TRANSLATE_NOOP("Connect", "Invoice updated"),
    "subscription_schedule.aborted": QT_TRANSLATE_NOOP("Connect", "Schedule aborted"),
    "subscription_schedule.canceled": QT_TRANSLATE_NOOP("Connect", "Schedule canceled"),
    "subscription_schedule.completed": QT_TRANSLATE_NOOP("Connect", "Schedule completed"),
    "subscription_schedule.created": QT_TRANSLATE_NOOP("Connect", "Schedule created"),
    "subscription_schedule.expiring": QT_TRANSLATE_NOOP(
        "Connect", "Schedule expires in seven days"
    ),
    "subscription_schedule.released": QT_TRANSLATE_NOOP("Connect", "Schedule released"),
    "subscription_schedule.updated": QT_TRANSLATE_NOOP("Connect", "Schedule updated"),
}


def event_label(event_type: str) -> str:
    text = EVENT_LABELS.get(event_type)
    return _t(text) if text else event_type


def interval_text(interval: str, count: int | None) -> str:
    """``month`` / ``3 months`` / ``year``."""
    n = count or 1
    singular = {
        "day": _t("day"),
        "week": _t("week"),
        "month": _t("month"),
        "year": _t("year"),
    }
    if n == 1:
        return singular.get(interval, interval)
    plural = {
        "day": lambda: Connect.tr("%n days", "", n),
        "week": lambda: Connect.tr("%n weeks", "", n),
        "month": lambda: Connect.tr("%n months", "", n),
        "year": lambda: Connect.tr("%n years", "", n),
    }
    phrase = plural.get(interval)
    return phrase() if phrase is not None else f"{n} {interval}"


class Connect(QObject):
    """Only a translation context: ``Connect.tr(text, "", n)`` gives Qt plural forms in the
    same "Connect" context as :func:`_t` (lupdate reads ``Connect.tr`` as that context)."""

    tr: ClassVar[i18n.ClassTr]  # typing only: see i18n.ClassTr
