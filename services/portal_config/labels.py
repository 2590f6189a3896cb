"""What each field and each choice of a portal configuration is called on screen.

One place for the words: the editor's labels, the diff's field names, the history and the
command line all use :func:`field_label` and :func:`choice_label`. Words follow the Stripe
Dashboard's own ("Switch plan", "Cancellation reason") where it has them. Every field of
:mod:`services.portal_config.schema` has a label (a test checks it).
"""

from __future__ import annotations

from services.portal_config import schema
from services.portal_config.i18n import tr

_FIELDS: dict[str, str] = {
    "name": "Name (only you see it)",
    "business_profile": "Business information",
    "business_profile.headline": "Headline",
    "business_profile.privacy_policy_url": "Privacy policy link",
    "business_profile.terms_of_service_url": "Terms of service link",
    "default_return_url": "Return link",
    "login_page": "Login page",
    "login_page.enabled": "Login page link",
    "metadata": "Metadata",
    "features": "Features",
    "features.customer_update": "Customer information",
    "features.customer_update.enabled": "Customers can update their information",
    "features.customer_update.allowed_updates": "Information customers can update",
    "features.invoice_history": "Invoice history",
    "features.invoice_history.enabled": "Show invoice history",
    "features.payment_method_update": "Payment methods",
    "features.payment_method_update.enabled": "Customers can update payment methods",
    "features.payment_method_update.payment_method_configuration": ("Payment method configuration"),
    "features.subscription_cancel": "Cancellations",
    "features.subscription_cancel.enabled": "Customers can cancel subscriptions",
    "features.subscription_cancel.mode": "When a cancellation takes effect",
    "features.subscription_cancel.proration_behavior": "Credit for unused time on cancellation",
    "features.subscription_cancel.cancellation_reason": "Cancellation reason",
    "features.subscription_cancel.cancellation_reason.enabled": "Ask for a cancellation reason",
    "features.subscription_cancel.cancellation_reason.options": "Reasons customers can pick",
    "features.subscription_cancel.cancellation_reason.feedback_options": (
        "Custom feedback options"
    ),
    "features.subscription_update": "Plan changes",
    "features.subscription_update.enabled": "Customers can change their plan",
    "features.subscription_update.default_allowed_updates": "What customers can change",
    "features.subscription_update.products": "Products and prices offered",
    "features.subscription_update.products[]": "Product",
    "features.subscription_update.products[].product": "Product",
    "features.subscription_update.products[].prices": "Prices",
    "features.subscription_update.products[].adjustable_quantity": "Quantity",
    "features.subscription_update.products[].adjustable_quantity.enabled": (
        "Customers can change the quantity"
    ),
    "features.subscription_update.products[].adjustable_quantity.minimum": "Minimum quantity",
    "features.subscription_update.products[].adjustable_quantity.maximum": "Maximum quantity",
    "features.subscription_update.proration_behavior": "Prorate plan changes",
    "features.subscription_update.schedule_at_period_end": "Manage downgrades",
    "features.subscription_update.schedule_at_period_end.conditions": (
        "Wait until the end of the period when"
    ),
    "features.subscription_update.schedule_at_period_end.conditions[]": "Condition",
    "features.subscription_update.schedule_at_period_end.conditions[].type": "Condition",
    "features.subscription_update.trial_update_behavior": "Changing plan during a trial",
    "features.subscription_update.billing_cycle_anchor": "Billing date after a change",
    "features.subscription_pause": "Pausing",
    "features.subscription_pause.enabled": "Customers can pause subscriptions",
    "features.subscription_pause.duration": "Pause length",
    "features.subscription_pause.duration.type": "How long customers can pause",
    "features.subscription_pause.duration.interval_options": "Pause lengths offered",
    "features.subscription_pause.duration.interval_options[]": "Pause length",
    "features.subscription_pause.duration.interval_options[].interval": "Unit",
    "features.subscription_pause.duration.interval_options[].interval_count": "Number of units",
    "active": "Active",
}

_ORDER = {path: i for i, path in enumerate(_FIELDS)}

_CHOICES: dict[str, dict[str, str]] = {
    "features.customer_update.allowed_updates": {
        "name": "Name",
        "email": "Email address",
        "address": "Billing address",
        "phone": "Phone number",
        "shipping": "Shipping address",
        "tax_id": "Tax IDs",
    },
    "features.subscription_cancel.mode": {
        "at_period_end": "At the end of the billing period",
        "immediately": "Immediately",
    },
    "features.subscription_cancel.proration_behavior": {
        "none": "No credit",
        "create_prorations": "Credit the unused time (immediate cancellations only)",
        "always_invoice": "Credit and invoice at once (not allowed for cancellations)",
    },
    "features.subscription_cancel.cancellation_reason.options": {
        "too_expensive": "It's too expensive",
        "missing_features": "Some features are missing",
        "switched_service": "I'm switching to a different service",
        "unused": "I don't use the service enough",
        "customer_service": "Customer service was less than expected",
        "too_complex": "Ease of use was less than expected",
        "low_quality": "Quality was less than expected",
        "other": "Other reason",
    },
    "features.subscription_pause.duration.type": {
        "interval_options": "For one of the lengths below",
        "indefinite": "Until they resume",
    },
    "features.subscription_pause.duration.interval_options[].interval": {
        "day": "days",
        "week": "weeks",
        "month": "months",
        "year": "years",
    },
    "features.subscription_update.default_allowed_updates": {
        "price": "Switch plan",
        "quantity": "Update quantities",
        "promotion_code": "Use promotion codes",
    },
    "features.subscription_update.proration_behavior": {
        "none": "Don't prorate",
        "create_prorations": "Prorate, charge on the next invoice",
        "always_invoice": "Prorate and invoice immediately",
    },
    "features.subscription_update.schedule_at_period_end.conditions[].type": {
        "decreasing_item_amount": "the plan gets cheaper (downgrade)",
        "shortening_interval": "the billing period gets shorter",
    },
    "features.subscription_update.trial_update_behavior": {
        "end_trial": "End the trial and charge now",
        "continue_trial": "Keep the trial going",
    },
    "features.subscription_update.billing_cycle_anchor": {
        "unchanged": "Keep the current billing date",
        "now": "Start a new billing period on the day of the change",
    },
}


def field_label(path: str) -> str:
    """The on-screen name of the field at ``path`` (indices allowed)."""
    key = schema.pattern(path)
    text = _FIELDS.get(key)
    if text is None:
        return key.rsplit(".", 1)[-1].replace("_", " ").capitalize()
    return tr(text)


def order_key(path: str) -> int:
    """Where the field at ``path`` comes in the editor (for sorting diffs and lists)."""
    key = schema.pattern(path)
    while key:
        if key in _ORDER:
            return _ORDER[key]
        key = key.rpartition(".")[0]
    return len(_ORDER)


def has_label(path: str) -> bool:
    """Whether ``path`` has a label of its own (tests use it)."""
    return schema.pattern(path) in _FIELDS


def choices(path: str) -> dict[str, str]:
    """The values of an enum or list field with their on-screen words, in display order."""
    key = schema.pattern(path)
    words = _CHOICES.get(key, {})
    out = {value: tr(text) for value, text in words.items()}
    try:
        documented = schema.field(key).choices
    except KeyError:
        documented = ()
    for value in documented:
        out.setdefault(value, value.replace("_", " "))
    return out


def choice_label(path: str, value: str) -> str:
    """The on-screen words for ``value`` of the field at ``path``."""
    return choices(path).get(value, value.replace("_", " "))


SECTIONS: tuple[tuple[str, str], ...] = (
    ("general", "General"),
    ("customer", "Customer information"),
    ("cancel", "Cancellations"),
    ("update", "Plan changes"),
    ("pause", "Pausing"),
)
"""The editor's sections (key, title), in order."""


def section_of(path: str) -> str:
    """Which editor section shows the field at ``path``."""
    if path.startswith("features.subscription_update"):
        return "update"
    if path.startswith("features.subscription_cancel"):
        return "cancel"
    if path.startswith("features.subscription_pause"):
        return "pause"
    if path.startswith(
        ("features.customer_update", "features.invoice_history", "features.payment_method_update")
    ):
        return "customer"
    return "general"


def section_title(key: str) -> str:
    """The title of an editor section."""
    return tr(dict(SECTIONS).get(key, key))
