"""Rendering the portal preview to an image: brand colour where the buttons are, accent
colour in the links, the sections and links each configuration allows, every locale."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage

from services.branding.colors import DARK_TEXT
from services.branding.locales import LOCALES
from services.branding.model import BrandAccount, Branding, PortalConfiguration, SamplePlan
from services.branding.preview import PlainFormatter, PortalPage, build_page
from services.sandbox.seeds_portal import icon_png, logo_png
from widgets.branding.portal_painter import (
    CHROME_HEIGHT,
    NoImages,
    QtFormatter,
    render_image,
)

BRAND, ACCENT = "#0e7c86", "#9c2b6e"
PLAN = SamplePlan("Unlimited classes", 12900, "usd", "month")
ALL_FEATURES: dict[str, Any] = {
    "customer_update": {"enabled": True, "allowed_updates": ["email", "address"]},
    "invoice_history": {"enabled": True},
    "payment_method_update": {"enabled": True},
    "subscription_cancel": {"enabled": True, "mode": "at_period_end"},
    "subscription_update": {
        "enabled": True,
        "default_allowed_updates": ["price"],
        "products": [{"product": "prod_1", "prices": ["price_1"]}],
    },
}


class Images:
    """Icon and logo by key, as the panel's image store provides them."""

    def __init__(self, **images: bytes) -> None:
        self.images = {k: QImage.fromData(v) for k, v in images.items()}

    def image(self, key: str) -> QImage | None:
        return self.images.get(key)


def config(features: dict[str, Any] | None = None, **extra: Any) -> PortalConfiguration:
    raw = {
        "features": features if features is not None else ALL_FEATURES,
        "business_profile": extra.pop("business_profile", {}),
        **extra,
    }
    return PortalConfiguration("bpc_1", "Test", raw)


def page(
    configuration: PortalConfiguration | None = None,
    *,
    locale: str = "en",
    branding: Branding | None = None,
    livemode: bool = False,
) -> PortalPage:
    branding = branding or Branding(primary_color=BRAND, secondary_color=ACCENT)
    return build_page(
        account=BrandAccount("acct_1", "Rivera Yoga Studio", branding),
        branding=branding,
        configuration=configuration or config(),
        locale_code=locale,
        plan=PLAN,
        formatter=QtFormatter(locale),
        today=date(2026, 3, 3),
        livemode=livemode,
    )


def pixel(image: QImage, point: QPointF) -> str:
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio)).name()


def colours_in(image: QImage, rect: QRectF) -> set[str]:
    ratio = image.devicePixelRatio()
    found = set()
    for y in range(round(rect.top() * ratio), round(rect.bottom() * ratio)):
        for x in range(round(rect.left() * ratio), round(rect.right() * ratio)):
            found.add(image.pixelColor(x, y).name())
    return found


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_buttons_are_filled_with_the_brand_colour(qapp, scale: float) -> None:
    shown = page()
    image, painted = render_image(shown, NoImages(), scale=scale)
    assert image.width() == round(1200 * scale)
    assert set(painted.buttons) == {
        "update_plan",
        "cancel_plan",
        "add_payment_method",
        "update_information",
    }
    for key, rect in painted.buttons.items():
        # Sample the padding left of the label and the middle of the bottom edge area.
        for point in (
            QPointF(rect.left() + 6, rect.center().y()),
            QPointF(rect.center().x(), rect.bottom() - 4),
        ):
            if key == "cancel_plan":  # the secondary button is white with a grey border
                assert pixel(image, point) == "#ffffff", key
            else:
                assert pixel(image, point) == BRAND, (key, point)
        if key != "cancel_plan":
            # The label is drawn in the readable text colour on top of the brand colour.
            assert "#ffffff" in colours_in(image, rect.adjusted(12, 8, -12, -8))


def test_light_brand_colour_gets_dark_button_text(qapp) -> None:
    shown = page(branding=Branding(primary_color="#f4f1ea", secondary_color=ACCENT))
    assert shown.button_text == DARK_TEXT
    image, painted = render_image(shown, NoImages())
    rect = painted.buttons["update_plan"]
    assert pixel(image, QPointF(rect.left() + 5, rect.center().y())) == "#f4f1ea"
    assert DARK_TEXT in colours_in(image, rect.adjusted(12, 8, -12, -8))


def test_links_use_the_accent_colour_and_need_urls(qapp) -> None:
    with_links = config(
        default_return_url="https://example.com/account",
        business_profile={
            "terms_of_service_url": "https://example.com/terms",
            "privacy_policy_url": "https://example.com/privacy",
        },
    )
    image, painted = render_image(page(with_links), NoImages())
    assert set(painted.links) == {"return", "terms", "privacy"}
    for key, rect in painted.links.items():
        assert ACCENT in colours_in(image, rect), key
    image, painted = render_image(page(config()), NoImages())
    assert painted.links == {}
    assert page(config()).return_link is None


def test_without_an_accent_colour_links_use_the_brand_colour(qapp) -> None:
    shown = page(
        config(default_return_url="https://example.com"), branding=Branding(primary_color=BRAND)
    )
    image, painted = render_image(shown, NoImages())
    assert BRAND in colours_in(image, painted.links["return"])


def test_sections_follow_the_configuration(qapp) -> None:
    only_invoices = config({"invoice_history": {"enabled": True}})
    shown = page(only_invoices)
    assert shown.payment_methods is None and shown.billing is None
    assert shown.invoices is not None and len(shown.invoices.rows) == 3
    _, painted = render_image(shown, NoImages())
    assert set(painted.sections) == {"subscription", "invoices"}
    assert painted.buttons == {}  # neither update nor cancel is allowed

    no_update = dict(ALL_FEATURES, subscription_update={"enabled": False})
    _, painted = render_image(page(config(no_update)), NoImages())
    assert "update_plan" not in painted.buttons and "cancel_plan" in painted.buttons

    no_allowed = dict(ALL_FEATURES, customer_update={"enabled": True, "allowed_updates": []})
    shown = page(config(no_allowed))
    assert shown.billing is not None and shown.billing.button is None

    defaults = page(PortalConfiguration.stripe_defaults())
    assert defaults.payment_methods and defaults.billing and defaults.invoices
    assert [b.key for b in defaults.subscription.buttons] == ["cancel_plan"]


def test_headline_default_and_custom(qapp) -> None:
    assert page().headline == "Rivera Yoga Studio partners with Stripe for simplified billing."
    custom = config(business_profile={"headline": "Manage your membership"})
    assert page(custom).headline == "Manage your membership"
    assert page(locale="fr").headline.startswith("Rivera Yoga Studio s’associe à Stripe")


def test_icon_and_logo_in_the_header(qapp) -> None:
    icon = icon_png("#c2185b", "#fff8f0", 256)
    logo = logo_png("#1d3557", "#f1faee")
    both = Branding(icon="file_icon", logo="file_logo", primary_color=BRAND)
    shown = page(branding=both)
    assert not shown.header_uses_logo
    image, painted = render_image(shown, Images(file_icon=icon, file_logo=logo))
    top_left = painted.header.topLeft()
    # The 36 px icon sits at the header's left: its centre is the icon's background colour
    # and, left of the centre, its ring.
    assert pixel(image, QPointF(top_left.x() + 18, top_left.y() + 20)) == "#c2185b"
    assert pixel(image, QPointF(top_left.x() + 6, top_left.y() + 20)) == "#fff8f0"

    logo_only = Branding(logo="file_logo", primary_color=BRAND)
    shown = page(branding=logo_only)
    assert shown.header_uses_logo
    image, painted = render_image(shown, Images(file_logo=logo))
    assert "#f1faee" in colours_in(image, painted.header)


def test_test_mode_badge_only_in_test_mode(qapp) -> None:
    assert page().test_mode == "Test mode"
    assert page(livemode=True).test_mode is None
    assert page(locale="de").test_mode == "Testmodus"


def test_chrome_is_optional(qapp) -> None:
    with_frame, painted = render_image(page(), NoImages(), chrome=True)
    without, painted_bare = render_image(page(), NoImages(), chrome=False)
    assert with_frame.height() - without.height() == CHROME_HEIGHT
    shift = painted.buttons["update_plan"].top() - painted_bare.buttons["update_plan"].top()
    assert shift == CHROME_HEIGHT


@pytest.mark.parametrize("loc", LOCALES, ids=[loc.code for loc in LOCALES])
def test_every_locale_renders_with_brand_coloured_buttons(qapp, loc) -> None:
    shown = page(locale=loc.code)
    image, painted = render_image(shown, NoImages())
    assert len(painted.buttons) == 4
    for key, rect in painted.buttons.items():
        if key != "cancel_plan":
            assert pixel(image, QPointF(rect.left() + 5, rect.center().y())) == BRAND
    # Nothing was drawn outside the canvas: every button is inside the content column.
    for rect in painted.buttons.values():
        assert rect.right() < 1200 - 40


def test_plain_formatter() -> None:
    fmt = PlainFormatter()
    assert fmt.money(12900, "usd") == "$129.00"
    assert fmt.money(3500, "jpy") == "¥3,500"
    assert fmt.date(date(2026, 3, 15)) == "2026-03-15"
