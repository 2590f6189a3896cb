"""Accessibility checks none of Stripe's pages give: contrast of buttons and links.

Two checks, both against WCAG 2.1 AA for normal text (4.5:1):

- **button text on the brand colour**: the portal writes button labels in dark ink or white,
  whichever :func:`~services.branding.colors.text_on` picks for the brand colour;
- **links in the accent colour** on the portal's white surfaces.

A failing check carries the nearest colour (CIELAB ΔE) that passes, so the fix is one click.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from services.branding.colors import (
    AA_NORMAL,
    contrast_ratio,
    format_ratio,
    nearest_passing,
    parse_hex,
    text_on,
)

SURFACE = "#ffffff"
"""The background links sit on in the portal (the page and its section cards)."""

CheckKey = Literal["button_text", "links"]


@dataclass(frozen=True)
class ContrastCheck:
    """One contrast measurement and, when it fails AA, the nearest colour that passes."""

    key: CheckKey
    color: str
    """The branding colour being judged (brand colour for buttons, accent for links)."""
    foreground: str
    background: str
    ratio: float
    suggestion: str | None = None

    @property
    def passes(self) -> bool:
        """True at or above WCAG 2.1 AA for normal text."""
        return self.ratio >= AA_NORMAL

    @property
    def ratio_text(self) -> str:
        return format_ratio(self.ratio)


def _button_passes(color: str) -> bool:
    return contrast_ratio(text_on(color), color) >= AA_NORMAL


def _link_passes(color: str) -> bool:
    return contrast_ratio(color, SURFACE) >= AA_NORMAL


def button_check(brand: str) -> ContrastCheck:
    """Contrast of the button label on a button of the brand colour."""
    color = parse_hex(brand)
    ink = text_on(color)
    ratio = contrast_ratio(ink, color)
    suggestion = None if ratio >= AA_NORMAL else nearest_passing(color, _button_passes)
    return ContrastCheck("button_text", color, ink, color, ratio, suggestion)


def link_check(accent: str) -> ContrastCheck:
    """Contrast of links drawn in the accent colour on the portal's white surfaces."""
    color = parse_hex(accent)
    ratio = contrast_ratio(color, SURFACE)
    suggestion = None if ratio >= AA_NORMAL else nearest_passing(color, _link_passes)
    return ContrastCheck("links", color, color, SURFACE, ratio, suggestion)
