"""The three kinds of Connect subscriptions, Dashboard access, and who created an object.

From Stripe's "Create subscriptions with Connect" guide (seed 001):

- **direct** — the subscription, its customer and its price live on the connected account;
  the platform creates and reads them with the ``Stripe-Account`` header. The cache keeps
  such rows with ``account`` = the connected account's id.
- **destination** — a platform subscription (customer and price on the platform) whose
  payments are transferred to the account: ``transfer_data.destination`` is the account
  (``on_behalf_of`` may make it the settlement merchant too).
- **platform billing** — the platform bills the connected account itself: a platform
  subscription whose customer *represents* the account. That customer is linked through
  its metadata (``connected_account`` = the account id), one per business entity.

An object's ``application`` says which Connect application created it. Through
``Stripe-Account`` the platform may only change what its own application created; on its
own account everything is the platform's (``application`` empty) unless another
application created it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

REPRESENTS_KEY = "connected_account"
"""Metadata key on a platform customer naming the connected account it represents."""


class Kind(StrEnum):
    """How a subscription relates to a connected account."""

    DIRECT = "direct"
    DESTINATION = "destination"
    PLATFORM_BILLING = "platform_billing"


Dashboard = Literal["full", "express", "none"]
_LEGACY_DASHBOARD: dict[str, Dashboard] = {
    "standard": "full",
    "express": "express",
    "custom": "none",
}


def _get(obj: Any, *path: str) -> Any:
    cur = obj
    for key in path:
        if not isinstance(cur, Mapping):
            return None
        cur = cur.get(key)
    return cur


def dashboard_access(account: Mapping[str, Any]) -> Dashboard | None:
    """``full``, ``express`` or ``none``: the account's Stripe Dashboard, or None if unknown.

    ``controller.stripe_dashboard.type`` says it; older accounts only have ``type``
    (standard → full, express → Express, custom → none).
    """
    value = _get(account, "controller", "stripe_dashboard", "type")
    if value in ("full", "express", "none"):
        return value  # type: ignore[no-any-return]
    legacy = account.get("type")
    return _LEGACY_DASHBOARD.get(legacy) if isinstance(legacy, str) else None


def recommended_kind(dashboard: Dashboard | None) -> Kind:
    """Direct charges for full-Dashboard accounts, destination charges otherwise (001)."""
    return Kind.DIRECT if dashboard == "full" else Kind.DESTINATION


CreatorKind = Literal["platform", "account", "other_app", "unknown"]


@dataclass(frozen=True)
class Creator:
    """Who created an object: this platform, the account itself, another app, or unknown."""

    kind: CreatorKind
    application: str | None = None

    @property
    def is_platform(self) -> bool:
        return self.kind == "platform"


def creator(owner: str, application: str | None, platform_app: str | None) -> Creator:
    """Who created an object living on ``owner`` ('' = the platform) with ``application``.

    On the platform's own account an object without ``application`` is the platform's.
    On a connected account, an object is the platform's only when ``application`` is the
    platform's Connect application; without one, the account created it itself.
    """
    if not owner:
        if not application or application == platform_app:
            return Creator("platform", application)
        return Creator("other_app", application)
    if not application:
        return Creator("account")
    if platform_app is None:
        return Creator("unknown", application)
    if application == platform_app:
        return Creator("platform", application)
    return Creator("other_app", application)


ACTIVE_STATUSES: tuple[str, ...] = (
    "active",
    "trialing",
    "past_due",
    "unpaid",
    "paused",
    "incomplete",
)
"""Statuses of a subscription that still runs (or may still start: ``incomplete``)."""

ENDED_STATUSES: tuple[str, ...] = ("canceled", "incomplete_expired")
