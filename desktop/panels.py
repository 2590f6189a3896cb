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

from desktop.i18n import QT_TRANSLATE_NOOP

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

    @property
    def display_purpose(self) -> str:
        """What the panel is for, in the user's language."""
        return _t(self.purpose)

    @property
    def display_plans(self) -> tuple[str, ...]:
        """What the panel does, in the user's language."""
        return tuple(_t(p) for p in self.plans)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec(
        slug="portal-configuration",
        title=QT_TRANSLATE_NOOP("panels", "Portal configuration"),
        icon="portal-configuration",
        purpose=QT_TRANSLATE_NOOP(
            "panels", "Decide what your customers can do in the Stripe customer portal."
        ),
        plans=(
            QT_TRANSLATE_NOOP("panels", "List, create and edit customer portal configurations"),
            QT_TRANSLATE_NOOP(
                "panels",
                "Choose features: payment methods, cancellations, plan switching, invoice history",
            ),
            QT_TRANSLATE_NOOP(
                "panels", "Set the business headline, privacy policy and terms links"
            ),
            QT_TRANSLATE_NOOP(
                "panels", "Pick the default configuration and preview the portal for a customer"
            ),
        ),
        factory="widgets.portal_configuration:PortalConfigurationPanel",
        cached_resource="billing_portal.configuration",
    ),
    PanelSpec(
        slug="branding",
        title=QT_TRANSLATE_NOOP("panels", "Branding"),
        icon="branding",
        purpose=QT_TRANSLATE_NOOP(
            "panels", "Make the portal, Checkout and invoices look like your business."
        ),
        plans=(
            QT_TRANSLATE_NOOP("panels", "Upload an icon and a logo"),
            QT_TRANSLATE_NOOP("panels", "Set brand and accent colours, with a live preview"),
            QT_TRANSLATE_NOOP("panels", "Check contrast so buttons stay readable"),
        ),
        factory="widgets.branding.panel:BrandingPanel",
    ),
    PanelSpec(
        slug="customers",
        title=QT_TRANSLATE_NOOP("panels", "Customers"),
        icon="customers",
        purpose=QT_TRANSLATE_NOOP(
            "panels", "Find any customer instantly, even offline, from the local cache."
        ),
        plans=(
            QT_TRANSLATE_NOOP("panels", "Search by name, email or id across every synced customer"),
            QT_TRANSLATE_NOOP(
                "panels", "See subscriptions, invoices and payment methods at a glance"
            ),
            QT_TRANSLATE_NOOP("panels", "Open a customer portal session for a customer"),
        ),
        factory="widgets.customers:CustomersPanel",
        cached_resource="customer",
    ),
    PanelSpec(
        slug="connect",
        title=QT_TRANSLATE_NOOP("panels", "Connect"),
        icon="connect",
        purpose=QT_TRANSLATE_NOOP(
            "panels", "See your connected accounts and work on their behalf."
        ),
        plans=(
            QT_TRANSLATE_NOOP(
                "panels", "List connected accounts with their onboarding and payout status"
            ),
            QT_TRANSLATE_NOOP("panels", "Open an account's portal and branding settings"),
        ),
        cached_resource="account",
        factory="widgets.connect:ConnectPanel",
    ),
    PanelSpec(
        slug="paused-collections",
        title=QT_TRANSLATE_NOOP("panels", "Paused collections"),
        icon="paused-collections",
        purpose=QT_TRANSLATE_NOOP(
            "panels", "Keep track of subscriptions whose payment collection is paused."
        ),
        plans=(
            QT_TRANSLATE_NOOP(
                "panels", "List paused subscriptions with how they were paused and until when"
            ),
            QT_TRANSLATE_NOOP("panels", "Pause and resume collection, one at a time or in bulk"),
        ),
        factory="widgets.paused_collections:PausedCollectionsPanel",
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
