"""The five panels of the sidebar, in order, and how each one is built.

A panel issue replaces its placeholder by setting ``factory`` to ``"widgets.<module>:<Class>"``;
the class is constructed as ``Class(ctx, parent)`` and may define ``activate()`` (called each
time the panel is shown) and ``profile_changed()``-style handling through ``ctx`` signals.
Until then :class:`widgets.placeholder.PlaceholderPanel` shows an honest "not built yet" page.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("panels", text)


@dataclass(frozen=True)
class PanelSpec:
    """One sidebar entry: its slug (file names, settings), title, icon and what it is for."""

    slug: str
    title: str
    icon: str
    purpose: str
    plans: tuple[str, ...]
    factory: str | None = None
    cached_resource: str | None = None
    """The Stripe object type the placeholder counts in the cache ("customer"), if any."""

    @property
    def display_title(self) -> str:
        """The title in the user's language."""
        return _t(self.title)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec(
        slug="portal-configuration",
        title="Portal configuration",
        icon="portal-configuration",
        purpose="Decide what your customers can do in the Stripe customer portal.",
        plans=(
            "List, create and edit customer portal configurations",
            "Choose features: payment methods, cancellations, plan switching, invoice history",
            "Set the business headline, privacy policy and terms links",
            "Pick the default configuration and preview the portal for a customer",
        ),
        cached_resource="billing_portal.configuration",
    ),
    PanelSpec(
        slug="branding",
        title="Branding",
        icon="branding",
        purpose="Make the portal, Checkout and invoices look like your business.",
        plans=(
            "Upload an icon and a logo",
            "Set brand and accent colours, with a live preview",
            "Check contrast so buttons stay readable",
        ),
    ),
    PanelSpec(
        slug="customers",
        title="Customers",
        icon="customers",
        purpose="Find any customer instantly, even offline, from the local cache.",
        plans=(
            "Search by name, email or id across every synced customer",
            "See subscriptions, invoices and payment methods at a glance",
            "Open a customer portal session for a customer",
        ),
        cached_resource="customer",
    ),
    PanelSpec(
        slug="connect",
        title="Connect",
        icon="connect",
        purpose="See your connected accounts and work on their behalf.",
        plans=(
            "List connected accounts with their onboarding and payout status",
            "Open an account's portal and branding settings",
        ),
        cached_resource="account",
    ),
    PanelSpec(
        slug="paused-collections",
        title="Paused collections",
        icon="paused-collections",
        purpose="Keep track of subscriptions whose payment collection is paused.",
        plans=(
            "List paused subscriptions with how they were paused and until when",
            "Pause and resume collection, one at a time or in bulk",
        ),
    ),
)


def panel(slug: str) -> PanelSpec:
    """The spec with ``slug``; raises KeyError for an unknown slug."""
    for spec in PANELS:
        if spec.slug == slug:
            return spec
    raise KeyError(slug)


def build_panel(spec: PanelSpec, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    """Construct the panel for ``spec`` (its placeholder until the panel is built)."""
    if spec.factory is None:
        from widgets.placeholder import PlaceholderPanel

        return PlaceholderPanel(spec, parent, ctx)
    module_name, _, class_name = spec.factory.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    widget: QWidget = cls(ctx, parent)
    return widget
