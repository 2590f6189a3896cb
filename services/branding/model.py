"""Accounts, their branding and portal configurations, as the Branding panel sees them.

:class:`BrandAccount` wraps a Stripe account object (the platform's own, from
``GET /v1/account``, or a connected account from the cache) with what the preview needs:
the public business name, the branding and who manages it. :class:`Branding` is
``settings.branding``; :meth:`Branding.merged` lays unsaved edits over it.

The portal uses Stripe's default brand colour (``#635bff``) when none is set, and draws
links in the accent colour, falling back to the brand colour when the account has no accent
colour (as the sandbox's hosted page does).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

DEFAULT_PRIMARY = "#635bff"
"""The brand colour the portal uses when an account has none (Stripe's blurple)."""

PLATFORM = ""
"""Account key of the platform itself (as in the cache's ``account`` column)."""

DEFAULT_CONFIGURATION_ID = ""
"""Key of the synthetic "Stripe's defaults" configuration (an account without any)."""


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True)
class Branding:
    """``settings.branding``: file ids of the icon and logo, and the two colours."""

    icon: str | None = None
    logo: str | None = None
    primary_color: str | None = None
    secondary_color: str | None = None

    @classmethod
    def from_account(cls, obj: dict[str, Any]) -> Branding:
        """The branding of a Stripe account object (missing parts are None)."""
        settings = obj.get("settings") if isinstance(obj.get("settings"), dict) else {}
        branding = settings.get("branding") if isinstance(settings, dict) else None
        if not isinstance(branding, dict):
            return cls()
        icon, logo = branding.get("icon"), branding.get("logo")
        return cls(
            icon=_str(icon.get("id") if isinstance(icon, dict) else icon),
            logo=_str(logo.get("id") if isinstance(logo, dict) else logo),
            primary_color=_str(branding.get("primary_color")),
            secondary_color=_str(branding.get("secondary_color")),
        )

    @property
    def primary(self) -> str:
        """The brand colour the portal uses (Stripe's default when unset)."""
        return (self.primary_color or DEFAULT_PRIMARY).lower()

    @property
    def accent(self) -> str:
        """The colour links are drawn in (the brand colour when no accent is set)."""
        return (self.secondary_color or self.primary).lower()

    def merged(self, **changes: str | None) -> Branding:
        """This branding with the non-None ``changes`` applied."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def missing(self) -> list[str]:
        """What is not set, among ``icon``, ``logo``, ``primary_color``, ``secondary_color``."""
        return [
            name
            for name in ("icon", "logo", "primary_color", "secondary_color")
            if getattr(self, name) is None
        ]


@dataclass(frozen=True)
class BrandAccount:
    """An account whose branding the portal may show."""

    id: str
    name: str
    branding: Branding
    is_platform: bool = False
    dashboard: str | None = None
    """``full``, ``express`` or ``none`` for connected accounts; None for the platform."""
    is_controller: bool = False
    """True when the platform controls the account (``controller.is_controller``)."""
    country: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> str:
        """'' for the platform, else the ``acct_…`` id (the cache's ``account`` value)."""
        return PLATFORM if self.is_platform else self.id

    @classmethod
    def from_stripe(cls, obj: dict[str, Any], *, is_platform: bool = False) -> BrandAccount:
        """Wrap a Stripe account object."""
        controller = obj.get("controller") if isinstance(obj.get("controller"), dict) else {}
        assert isinstance(controller, dict)
        dash = controller.get("stripe_dashboard")
        dashboard = _str(dash.get("type")) if isinstance(dash, dict) else None
        if dashboard is None and not is_platform:
            dashboard = {"standard": "full", "express": "express", "custom": "none"}.get(
                str(obj.get("type")), "full"
            )
        is_controller = bool(controller.get("is_controller")) or (
            not controller and obj.get("type") in ("express", "custom")
        )
        return cls(
            id=str(obj.get("id") or ""),
            name=business_name(obj),
            branding=Branding.from_account(obj),
            is_platform=is_platform,
            dashboard=None if is_platform else dashboard,
            is_controller=False if is_platform else is_controller,
            country=_str(obj.get("country")),
            raw=obj,
        )


def business_name(obj: dict[str, Any]) -> str:
    """The public business name the portal shows for an account object."""
    profile = obj.get("business_profile") if isinstance(obj.get("business_profile"), dict) else {}
    settings = obj.get("settings") if isinstance(obj.get("settings"), dict) else {}
    dashboard = settings.get("dashboard") if isinstance(settings, dict) else None
    for candidate in (
        profile.get("name") if isinstance(profile, dict) else None,
        dashboard.get("display_name") if isinstance(dashboard, dict) else None,
    ):
        if isinstance(candidate, str) and candidate.strip():
            return candidate.strip()
    return str(obj.get("id") or "Your business")


# Stripe's defaults for a portal nobody configured (the Dashboard's defaults in "Configure
# the customer portal"): cancellations, customer details, payment methods and invoice
# history on; plan switching off.
STRIPE_DEFAULT_FEATURES: dict[str, Any] = {
    "customer_update": {"enabled": True, "allowed_updates": ["name", "email", "address", "phone"]},
    "invoice_history": {"enabled": True},
    "payment_method_update": {"enabled": True},
    "subscription_cancel": {"enabled": True, "mode": "at_period_end"},
    "subscription_update": {"enabled": False, "default_allowed_updates": [], "products": []},
}


@dataclass(frozen=True)
class PortalConfiguration:
    """A portal configuration (``billing_portal.configuration``) or Stripe's defaults."""

    id: str
    name: str
    raw: dict[str, Any] = field(compare=False, repr=False)
    is_default: bool = False
    active: bool = True

    @classmethod
    def from_stripe(cls, obj: dict[str, Any]) -> PortalConfiguration:
        return cls(
            id=str(obj.get("id") or ""),
            name=str(obj.get("name") or obj.get("id") or ""),
            raw=obj,
            is_default=bool(obj.get("is_default")),
            active=bool(obj.get("active", True)),
        )

    @classmethod
    def stripe_defaults(cls) -> PortalConfiguration:
        """What the portal shows before any configuration exists."""
        return cls(
            id=DEFAULT_CONFIGURATION_ID,
            name="",
            raw={"features": STRIPE_DEFAULT_FEATURES, "business_profile": {}},
            is_default=True,
        )

    @property
    def is_stripe_defaults(self) -> bool:
        return self.id == DEFAULT_CONFIGURATION_ID

    def feature(self, name: str) -> dict[str, Any]:
        """``features[name]`` as a dict (empty when missing)."""
        features = self.raw.get("features")
        value = features.get(name) if isinstance(features, dict) else None
        return value if isinstance(value, dict) else {}

    def enabled(self, name: str) -> bool:
        return bool(self.feature(name).get("enabled"))

    def profile(self, name: str) -> str | None:
        """``business_profile[name]`` (headline, terms and privacy URLs) if set."""
        profile = self.raw.get("business_profile")
        value = profile.get(name) if isinstance(profile, dict) else None
        return value if isinstance(value, str) and value.strip() else None

    @property
    def return_url(self) -> str | None:
        value = self.raw.get("default_return_url")
        return value if isinstance(value, str) and value.strip() else None

    @property
    def allows_plan_update(self) -> bool:
        """True when customers may switch plan or quantity (``subscription_update``)."""
        feature = self.feature("subscription_update")
        return bool(feature.get("enabled")) and bool(feature.get("default_allowed_updates"))


@dataclass(frozen=True)
class SamplePlan:
    """The plan the preview shows as the customer's subscription."""

    product_name: str
    unit_amount: int
    """In the currency's minor unit (cents), as Stripe stores it."""
    currency: str
    interval: str
    """``month`` or ``year``."""


FALLBACK_PLAN = SamplePlan("Premium plan", 2900, "usd", "month")
