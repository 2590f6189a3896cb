"""What the customer portal will let a customer do, per subscription and configuration, and why not.

The rules come from Stripe's customer portal documentation (the limitations listed in the
portal overview, ``000_ff42944a090ff39f.txt``, and the billing portal FAQ,
``002_a8ba017f4e3fefce.txt``):

- a subscription with **several products**, **metered** (usage-based) prices,
  ``collection_method=send_invoice`` or a **payment method the portal does not support**
  (:data:`SUPPORTED_PAYMENT_METHOD_TYPES`, the table in the overview) can only be cancelled
  in the portal, not updated ("why can I only cancel a plan?" in the FAQ);
- a subscription with an attached **subscription schedule** can be neither updated nor
  cancelled;
- a subscription can only switch to a price with the **same tax behavior** as its current
  price, and not at all when that tax behavior is ``unspecified``;
- the configuration must offer updates (``features.subscription_update``) **for the
  subscription's product**; the customer switches among the prices listed there;
- changing a **trialing** subscription ends the trial and invoices at once (unless the
  configuration's ``trial_update_behavior`` is ``continue_trial``): a warning, not a block;
- a flow needs its feature enabled in the configuration, and the subscription in a status
  that flow accepts (updates: ``active``/``trialing``; cancellation: not yet ended and not
  already scheduled to cancel).

Everything here is plain data in, plain data out (Stripe's JSON as dicts); each reason has a
stable ``code`` (the panel words it in the user's language) and an English ``message``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from services.customers.detail import (
    LIVE_SUBSCRIPTION_STATUSES,
    default_payment_method_id,
    items_of,
    price_of,
    ref,
)

SUPPORTED_PAYMENT_METHOD_TYPES = frozenset(
    {
        "us_bank_account",
        "amazon_pay",
        "au_becs_debit",
        "boleto",
        "card",
        "cashapp",
        "link",
        "nz_bank_account",
        "paypal",
        "acss_debit",
        "sepa_debit",
        "bacs_debit",  # "uk_bacs_debit" in the documentation's table
    }
)
"""Payment method types the portal supports (the table in the portal overview)."""

PAYMENT_METHOD_UPDATE = "payment_method_update"
SUBSCRIPTION_CANCEL = "subscription_cancel"
SUBSCRIPTION_UPDATE = "subscription_update"
SUBSCRIPTION_UPDATE_CONFIRM = "subscription_update_confirm"
SUBSCRIPTION_FLOWS = (SUBSCRIPTION_CANCEL, SUBSCRIPTION_UPDATE, SUBSCRIPTION_UPDATE_CONFIRM)
UPDATABLE_STATUSES = ("active", "trialing")
UNSPECIFIED = "unspecified"


@dataclass(frozen=True)
class Reason:
    """Why a flow is not available (or a warning about it)."""

    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    """Whether a flow is available; the reasons when it is not; warnings either way."""

    allowed: bool
    reasons: tuple[Reason, ...] = ()
    warnings: tuple[Reason, ...] = ()

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]


def _verdict(reasons: list[Reason], warnings: list[Reason] | None = None) -> Verdict:
    return Verdict(not reasons, tuple(reasons), tuple(warnings or ()))


@dataclass(frozen=True)
class Target:
    """A price the subscription may switch to in the portal."""

    product: str
    price: str
    tax_behavior: str | None
    """None when the price is not in the cache (its tax behavior is unknown)."""


@dataclass(frozen=True)
class QuantityRule:
    """Whether the quantity may change, and its bounds."""

    allowed: bool
    minimum: int = 1
    maximum: int | None = None


@dataclass(frozen=True)
class SubscriptionEligibility:
    """The portal's view of one subscription under one configuration."""

    subscription: str
    cancel: Verdict
    update: Verdict
    targets: tuple[Target, ...] = ()
    quantity: QuantityRule = QuantityRule(False)
    current_price: str | None = None
    current_item: str | None = None
    current_quantity: int | None = None
    hidden_targets: tuple[Target, ...] = ()
    """Prices of the configuration left out because their tax behavior differs."""

    def verdict(self, flow: str) -> Verdict:
        """The verdict for a subscription flow (update_confirm shares update's)."""
        return self.cancel if flow == SUBSCRIPTION_CANCEL else self.update


def _features(config: Mapping[str, Any]) -> Mapping[str, Any]:
    features = config.get("features")
    return features if isinstance(features, Mapping) else {}


def _feature(config: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = _features(config).get(name)
    return value if isinstance(value, Mapping) else {}


def _status_reason(sub: Mapping[str, Any], allowed: Sequence[str]) -> Reason:
    status = str(sub.get("status"))
    return Reason(
        "status",
        f"Its status is {status}; the portal only acts on {', '.join(allowed)} subscriptions.",
        {"status": status, "allowed": tuple(allowed)},
    )


def payment_method_verdict(config: Mapping[str, Any], *, customer_deleted: bool = False) -> Verdict:
    """The ``payment_method_update`` flow: a customer-level flow, no subscription needed."""
    reasons: list[Reason] = []
    if customer_deleted:
        reasons.append(Reason("customer_deleted", "The customer was deleted."))
    if not _feature(config, "payment_method_update").get("enabled"):
        reasons.append(
            Reason(
                "feature_disabled",
                "This portal configuration does not let customers update payment methods.",
                {"feature": PAYMENT_METHOD_UPDATE},
            )
        )
    return _verdict(reasons)


def _cancel_verdict(sub: Mapping[str, Any], config: Mapping[str, Any]) -> Verdict:
    reasons: list[Reason] = []
    if not _feature(config, "subscription_cancel").get("enabled"):
        reasons.append(
            Reason(
                "feature_disabled",
                "This portal configuration does not let customers cancel subscriptions.",
                {"feature": SUBSCRIPTION_CANCEL},
            )
        )
    if sub.get("status") not in LIVE_SUBSCRIPTION_STATUSES:
        reasons.append(_status_reason(sub, LIVE_SUBSCRIPTION_STATUSES))
    if ref(sub.get("schedule")):
        reasons.append(_schedule_reason(sub))
    if sub.get("cancel_at_period_end") or sub.get("cancel_at"):
        reasons.append(
            Reason(
                "already_canceling",
                "It is already scheduled to be cancelled.",
                {"cancel_at": sub.get("cancel_at")},
            )
        )
    return _verdict(reasons)


def _schedule_reason(sub: Mapping[str, Any]) -> Reason:
    schedule = ref(sub.get("schedule"))
    return Reason(
        "schedule",
        f"A subscription schedule ({schedule}) manages it; the portal can neither update nor "
        "cancel it.",
        {"schedule": schedule},
    )


def _payment_method_reason(
    sub: Mapping[str, Any],
    customer: Mapping[str, Any] | None,
    payment_method_types: Mapping[str, str],
) -> tuple[Reason | None, Reason | None]:
    """(a blocking reason, a warning) about the payment method the subscription charges."""
    pm = default_payment_method_id(sub, customer)
    if pm is None:
        return None, None
    kind = payment_method_types.get(pm)
    if kind is None:
        if pm.startswith(("card_", "src_")):
            kind = "card"
        else:
            return None, Reason(
                "payment_method_unknown",
                f"Its payment method {pm} is not loaded, so whether the portal supports it "
                "was not checked.",
                {"payment_method": pm},
            )
    if kind in SUPPORTED_PAYMENT_METHOD_TYPES:
        return None, None
    return (
        Reason(
            "unsupported_payment_method",
            f"It is paid with a payment method the portal does not support ({kind}).",
            {"payment_method": pm, "type": kind},
        ),
        None,
    )


def evaluate_subscription(
    sub: Mapping[str, Any],
    config: Mapping[str, Any],
    *,
    customer: Mapping[str, Any] | None = None,
    payment_method_types: Mapping[str, str] | None = None,
    prices: Mapping[str, Mapping[str, Any]] | None = None,
) -> SubscriptionEligibility:
    """The portal's view of ``sub`` under ``config``.

    ``customer`` gives the default payment method when the subscription has none of its own;
    ``payment_method_types`` maps payment method ids to their types; ``prices`` holds the
    price objects the configuration offers (for their tax behavior).
    """
    types = payment_method_types or {}
    known_prices = prices or {}
    items = items_of(sub)
    sub_id = str(sub.get("id"))
    reasons: list[Reason] = []
    warnings: list[Reason] = []
    update_feature = _feature(config, "subscription_update")

    if not update_feature.get("enabled"):
        reasons.append(
            Reason(
                "feature_disabled",
                "This portal configuration does not let customers change subscriptions.",
                {"feature": SUBSCRIPTION_UPDATE},
            )
        )
    if sub.get("status") not in UPDATABLE_STATUSES:
        reasons.append(_status_reason(sub, UPDATABLE_STATUSES))
    if ref(sub.get("schedule")):
        reasons.append(_schedule_reason(sub))
    products = {ref(price_of(i).get("product")) for i in items}
    if len(items) > 1:
        reasons.append(
            Reason(
                "several_products",
                f"It has {len(items)} items (several products); the portal can only cancel it.",
                {"items": len(items), "products": len(products)},
            )
        )
    if any((price_of(i).get("recurring") or {}).get("usage_type") == "metered" for i in items):
        reasons.append(
            Reason(
                "metered", "It uses usage-based (metered) pricing; the portal can only cancel it."
            )
        )
    if sub.get("collection_method") == "send_invoice":
        reasons.append(
            Reason(
                "send_invoice",
                "It is billed by sending invoices (collection_method=send_invoice); the portal "
                "can only cancel it.",
            )
        )
    blocked_pm, pm_warning = _payment_method_reason(sub, customer, types)
    if blocked_pm is not None:
        reasons.append(blocked_pm)
    if pm_warning is not None:
        warnings.append(pm_warning)

    current_item = items[0] if len(items) == 1 else None
    current_price = price_of(current_item) if current_item is not None else {}
    current_product = ref(current_price.get("product"))
    current_tax = current_price.get("tax_behavior")
    if current_item is not None and current_tax in (None, UNSPECIFIED):
        reasons.append(
            Reason(
                "tax_behavior_unspecified",
                "Its price's tax behavior is unspecified; the portal only changes subscriptions "
                "whose prices say whether tax is inclusive or exclusive.",
                {"price": current_price.get("id")},
            )
        )

    targets: list[Target] = []
    hidden: list[Target] = []
    quantity = QuantityRule(False)
    if update_feature.get("enabled") and current_item is not None:
        offered = [e for e in update_feature.get("products") or [] if isinstance(e, Mapping)]
        entry = next((e for e in offered if e.get("product") == current_product), None)
        if entry is None:
            name = current_product or "?"
            reasons.append(
                Reason(
                    "product_not_offered",
                    f"The configuration does not offer changes for its product ({name}).",
                    {"product": name},
                )
            )
        else:
            allowed = set(update_feature.get("default_allowed_updates") or [])
            for e in offered:
                for pid in e.get("prices") or []:
                    if pid == current_price.get("id"):
                        continue
                    price = known_prices.get(str(pid))
                    tax = price.get("tax_behavior") if price is not None else None
                    target = Target(str(e.get("product")), str(pid), tax)
                    if tax is not None and tax != current_tax:
                        hidden.append(target)
                    else:
                        targets.append(target)
            adjustable = entry.get("adjustable_quantity") or {}
            if "quantity" in allowed or adjustable.get("enabled"):
                quantity = QuantityRule(
                    True,
                    int(adjustable.get("minimum") or 1) if adjustable.get("enabled") else 1,
                    (
                        int(adjustable["maximum"])
                        if adjustable.get("enabled") and adjustable.get("maximum") is not None
                        else None
                    ),
                )
            if "price" not in allowed:
                targets = []
            if not targets and not quantity.allowed:
                if hidden and "price" in allowed:
                    reasons.append(
                        Reason(
                            "tax_behavior_mismatch",
                            f"Every price it could switch to has a different tax behavior than "
                            f"its current one ({current_tax}).",
                            {"tax_behavior": current_tax, "prices": len(hidden)},
                        )
                    )
                else:
                    reasons.append(
                        Reason(
                            "nothing_to_change",
                            "The configuration offers no other price and no quantity changes "
                            "for it.",
                        )
                    )
            elif hidden:
                warnings.append(
                    Reason(
                        "prices_hidden",
                        f"{len(hidden)} price(s) of the configuration are not offered: their tax "
                        "behavior differs from the current price's.",
                        {"prices": len(hidden), "tax_behavior": current_tax},
                    )
                )
    if sub.get("status") == "trialing" and (
        update_feature.get("trial_update_behavior") != "continue_trial"
    ):
        warnings.append(
            Reason(
                "trial_ends",
                "It is trialing: changing it ends the free trial and invoices the customer at "
                "once.",
                {"trial_end": sub.get("trial_end")},
            )
        )
    return SubscriptionEligibility(
        subscription=sub_id,
        cancel=_cancel_verdict(sub, config),
        update=_verdict(reasons, warnings),
        targets=tuple(targets),
        quantity=quantity,
        current_price=current_price.get("id") if current_item is not None else None,
        current_item=str(current_item.get("id")) if current_item is not None else None,
        current_quantity=current_item.get("quantity") if current_item is not None else None,
        hidden_targets=tuple(hidden),
    )


def check_update_confirm(
    eligibility: SubscriptionEligibility, price: str | None, quantity: int | None
) -> list[Reason]:
    """Field-level problems with a ``subscription_update_confirm`` choice (empty: fine)."""
    problems: list[Reason] = []
    if not eligibility.update.allowed:
        return list(eligibility.update.reasons)
    if price is None and quantity is None:
        problems.append(Reason("choose_change", "Choose a new price or a new quantity."))
    if price is not None and price != eligibility.current_price:
        offered = {t.price for t in eligibility.targets}
        if price not in offered:
            problems.append(
                Reason(
                    "price_not_offered",
                    f"The price {price} is not one the portal offers for this subscription.",
                    {"price": price},
                )
            )
    if quantity is not None:
        rule = eligibility.quantity
        if not rule.allowed and quantity != eligibility.current_quantity:
            problems.append(
                Reason("quantity_fixed", "This configuration does not allow quantity changes.")
            )
        elif quantity < rule.minimum or (rule.maximum is not None and quantity > rule.maximum):
            problems.append(
                Reason(
                    "quantity_range",
                    f"The quantity must be between {rule.minimum} and "
                    f"{rule.maximum if rule.maximum is not None else 'any'}.",
                    {"minimum": rule.minimum, "maximum": rule.maximum},
                )
            )
    unchanged_price = price is None or price == eligibility.current_price
    unchanged_quantity = quantity is None or quantity == eligibility.current_quantity
    if not problems and unchanged_price and unchanged_quantity:
        problems.append(
            Reason("no_change", "That is the subscription's current price and quantity.")
        )
    return problems


@dataclass(frozen=True)
class CustomerEligibility:
    """Every flow for one customer under one configuration."""

    configuration: str | None
    payment_method_update: Verdict
    subscriptions: dict[str, SubscriptionEligibility]
    configuration_problem: Reason | None = None

    def flow_verdict(self, flow: str, subscription: str | None) -> Verdict:
        """The verdict for ``flow`` (and ``subscription`` for subscription flows)."""
        if self.configuration_problem is not None:
            return Verdict(False, (self.configuration_problem,))
        if flow == PAYMENT_METHOD_UPDATE:
            return self.payment_method_update
        if subscription is None or subscription not in self.subscriptions:
            return Verdict(
                False,
                (
                    Reason(
                        "no_subscription",
                        "The customer has no subscription the portal can act on.",
                    ),
                ),
            )
        return self.subscriptions[subscription].verdict(flow)


def evaluate_customer(
    customer: Mapping[str, Any] | None,
    subscriptions: Sequence[Mapping[str, Any]],
    config: Mapping[str, Any] | None,
    *,
    payment_method_types: Mapping[str, str] | None = None,
    prices: Mapping[str, Mapping[str, Any]] | None = None,
    deleted: bool = False,
) -> CustomerEligibility:
    """Every flow's verdict for a customer and its live subscriptions under ``config``."""
    if config is None:
        missing = Reason("no_configuration", "There is no portal configuration to use.")
        return CustomerEligibility(None, Verdict(False, (missing,)), {}, missing)
    problem: Reason | None = None
    if not config.get("active"):
        problem = Reason(
            "configuration_inactive",
            f"The portal configuration {config.get('id')} is not active; sessions cannot use it.",
            {"configuration": config.get("id")},
        )
    if deleted:
        problem = Reason("customer_deleted", "The customer was deleted.")
    subs = {
        str(s.get("id")): evaluate_subscription(
            s, config, customer=customer, payment_method_types=payment_method_types, prices=prices
        )
        for s in subscriptions
        if s.get("status") in LIVE_SUBSCRIPTION_STATUSES
    }
    return CustomerEligibility(
        str(config.get("id")),
        payment_method_verdict(config, customer_deleted=deleted),
        subs,
        problem,
    )
