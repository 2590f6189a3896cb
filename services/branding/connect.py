"""Connect: whose branding the portal shows, and who may change an account's branding.

Stripe's rule ("Configure the customer portal" → Branding with Connect): the portal uses the
connected account's branding when the platform uses **direct charges** (the subscription and
the portal session live on the connected account, through the ``Stripe-Account`` header) or
**destination charges with** ``on_behalf_of`` (the session is created on the platform with
``on_behalf_of``); with plain **destination charges** customers see the platform's
branding. The portal configuration is the connected account's own for direct charges and
the platform's otherwise.

Changing branding through the API: ``POST /v1/accounts/{id}`` with ``settings[branding]``
works for connected accounts the platform controls (Express Dashboard or no Stripe
Dashboard). Accounts with the full Stripe Dashboard manage their own settings (the platform
may only change their metadata), and the platform's own account is not updatable through
the Accounts API at all: both are changed in the Stripe Dashboard, under Settings →
Branding. :func:`editability` says which case applies and where to go.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from services.branding.model import PLATFORM, BrandAccount
from services.branding.problems import Problem

DASHBOARD_BRANDING_URL = "https://dashboard.stripe.com/settings/branding"
"""Where an account's owner changes its branding in the Stripe Dashboard."""


class ChargeType(StrEnum):
    """How the platform charges a connected account's customers."""

    DIRECT = "direct"
    DESTINATION = "destination"
    DESTINATION_ON_BEHALF_OF = "destination_on_behalf_of"


@dataclass(frozen=True)
class BrandingSource:
    """Which account's branding and which account's portal configurations customers get."""

    charge_type: ChargeType
    connected_account: str
    branding_account: str
    """'' for the platform, else the connected account's id."""
    configuration_account: str
    """'' when the platform's portal configurations apply."""
    reason: Problem
    """Why, in one sentence (how the subscription and the portal session are set up)."""

    @property
    def uses_connected_branding(self) -> bool:
        return self.branding_account != PLATFORM


def whose_branding(
    charge_type: ChargeType | str, connected_account: str, account_name: str | None = None
) -> BrandingSource:
    """Stripe's Connect branding rule for ``charge_type`` and ``connected_account``
    (``account_name`` is used in the reason; the id when not given)."""
    kind = ChargeType(charge_type)
    if not connected_account:
        raise ValueError("whose_branding needs a connected account id")
    params = {"account": account_name or connected_account}
    if kind is ChargeType.DIRECT:
        return BrandingSource(
            kind,
            connected_account,
            connected_account,
            connected_account,
            Problem(
                "Direct charges: the subscriptions live on {account}, and its portal sessions "
                "are created with the Stripe-Account header.",
                params,
                "info",
            ),
        )
    if kind is ChargeType.DESTINATION:
        return BrandingSource(
            kind,
            connected_account,
            PLATFORM,
            PLATFORM,
            Problem(
                "Destination charges: the subscriptions live on your platform and pay out to "
                "{account}; portal sessions are created on your platform.",
                params,
                "info",
            ),
        )
    return BrandingSource(
        kind,
        connected_account,
        connected_account,
        PLATFORM,
        Problem(
            "Destination charges with on_behalf_of: portal sessions are created on your "
            "platform with on_behalf_of set to {account}, which brands the portal.",
            params,
            "info",
        ),
    )


@dataclass(frozen=True)
class Editability:
    """Whether the platform can save an account's branding through the API, and if not,
    where it is changed instead."""

    saveable: bool
    reason: Problem
    where_url: str | None = None


def editability(account: BrandAccount) -> Editability:
    """Can the platform change ``account``'s branding with ``POST /v1/accounts/{id}``?"""
    name = {"account": account.name}
    if account.is_platform:
        return Editability(
            False,
            Problem(
                "This is your own account. Stripe's API cannot change its branding: change "
                "it in the Stripe Dashboard under Settings → Branding. Edits here are a "
                "what-if preview and are not saved to Stripe.",
                name,
                "info",
            ),
            DASHBOARD_BRANDING_URL,
        )
    if account.dashboard == "full" or not account.is_controller:
        return Editability(
            False,
            Problem(
                "{account} has full Stripe Dashboard access and manages its own branding "
                "(Settings → Branding in its Dashboard); the platform may only change its "
                "metadata. Edits here are a what-if preview you can share with them.",
                name,
                "info",
            ),
            DASHBOARD_BRANDING_URL,
        )
    return Editability(
        True,
        Problem(
            "Your platform controls {account}, so its branding is saved through the Accounts "
            "API (settings.branding).",
            name,
            "info",
        ),
    )


@dataclass(frozen=True)
class ChargeMix:
    """How the platform's current subscriptions with one connected account are charged."""

    direct: int = 0
    destination: int = 0
    destination_on_behalf_of: int = 0

    @property
    def total(self) -> int:
        return self.direct + self.destination + self.destination_on_behalf_of

    @property
    def see_connected_branding(self) -> int:
        """Subscriptions whose customers see the connected account's branding."""
        return self.direct + self.destination_on_behalf_of

    @property
    def see_platform_branding(self) -> int:
        """Subscriptions whose customers see the platform's branding."""
        return self.destination

    def most_common(self) -> ChargeType:
        """The charge type used most (direct when there is nothing to go on)."""
        counts = [
            (self.direct, ChargeType.DIRECT),
            (self.destination_on_behalf_of, ChargeType.DESTINATION_ON_BEHALF_OF),
            (self.destination, ChargeType.DESTINATION),
        ]
        best = max(counts, key=lambda pair: pair[0])
        return best[1] if best[0] > 0 else ChargeType.DIRECT
