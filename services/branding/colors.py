"""Colours: hex validation, WCAG 2.1 contrast, readable text colour and nearest passing colour.

Stripe's ``settings.branding.primary_color`` / ``secondary_color`` must be CSS hex colours
of the form ``#RRGGBB``. :func:`parse_hex` accepts what people type (``0A2540``, ``#0a2540``,
the CSS shorthand ``#0af``, surrounding blanks) and returns the canonical lowercase
``#rrggbb``, or raises :class:`~services.branding.problems.ProblemError` with a message that
says what is wrong.

Contrast follows WCAG 2.1: relative luminance of sRGB colours and the ratio
``(L1 + 0.05) / (L2 + 0.05)``; AA asks for 4.5:1 for normal text. :func:`nearest_passing`
searches CIELAB lightness (keeping hue and, where the gamut allows, chroma) for the colour
closest to the original (CIE76 ΔE) that satisfies a test, e.g. "white text on it reaches
4.5:1".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from services.branding.problems import Problem, ProblemError

AA_NORMAL = 4.5
"""WCAG 2.1 AA minimum contrast for normal-size text."""
AA_LARGE = 3.0
"""WCAG 2.1 AA minimum contrast for large text (18pt, or 14pt bold)."""

DARK_TEXT = "#1a1f36"
"""The dark text colour the portal puts on light buttons (Stripe's ink colour)."""
LIGHT_TEXT = "#ffffff"

_HEX_DIGITS = re.compile(r"^[0-9a-fA-F]+$")

RGB = tuple[int, int, int]


def parse_hex(text: str) -> str:
    """``text`` as a canonical ``#rrggbb`` colour; raises ProblemError if it is not one."""
    value = text.strip()
    if not value:
        raise ProblemError(Problem("Enter a colour as #RRGGBB, for example #0a2540."))
    digits = value[1:] if value.startswith("#") else value
    if not _HEX_DIGITS.match(digits) or len(digits) not in (3, 6):
        raise ProblemError(
            Problem(
                "“{text}” is not a hex colour: use # and six hex digits (0–9, a–f), "
                "for example #0a2540.",
                {"text": value[:20]},
            )
        )
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.lower()


def is_hex(text: str) -> bool:
    """True if :func:`parse_hex` accepts ``text``."""
    try:
        parse_hex(text)
    except ProblemError:
        return False
    return True


def hex_problem(text: str) -> Problem | None:
    """Why ``text`` is not a colour, or None when it is one."""
    try:
        parse_hex(text)
    except ProblemError as exc:
        return exc.problem
    return None


def to_rgb(color: str) -> RGB:
    """``#rrggbb`` (or anything :func:`parse_hex` accepts) as 0–255 channels."""
    value = parse_hex(color)
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def to_hex(rgb: tuple[float, float, float]) -> str:
    """0–255 channels (rounded and clamped) as ``#rrggbb``."""
    r, g, b = (max(0, min(255, round(c))) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def mix(color: str, other: str, amount: float) -> str:
    """``color`` moved ``amount`` (0–1) of the way towards ``other`` in sRGB."""
    a, b = to_rgb(color), to_rgb(other)
    return to_hex(
        (
            a[0] + (b[0] - a[0]) * amount,
            a[1] + (b[1] - a[1]) * amount,
            a[2] + (b[2] - a[2]) * amount,
        )
    )


# -- WCAG 2.1 ------------------------------------------------------------------------------
def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour (0 for black, 1 for white)."""
    r, g, b = to_rgb(color)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio between two colours, from 1.0 to 21.0 (order does not matter)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def format_ratio(ratio: float) -> str:
    """A ratio the way WCAG tools show it: ``4.54:1`` (rounded down, so 4.499 never shows 4.5)."""
    return f"{math.floor(ratio * 100) / 100:.2f}:1"


def text_on(background: str) -> str:
    """The text colour the portal puts on a button of ``background``: dark ink on light
    colours, white otherwise (the rule the sandbox's hosted portal page uses: perceived
    brightness above 0.6)."""
    r, g, b = (c / 255 for c in to_rgb(background))
    brightness = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return DARK_TEXT if brightness > 0.6 else LIGHT_TEXT


# -- CIELAB (D65) --------------------------------------------------------------------------
_WHITE = (0.95047, 1.0, 1.08883)


def _to_lab(color: str) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in to_rgb(color))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / _WHITE[0]
    y = (0.2126 * r + 0.7152 * g + 0.0722 * b) / _WHITE[1]
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / _WHITE[2]

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _from_lab(lab: tuple[float, float, float]) -> tuple[float, float, float] | None:
    """sRGB channels (0–255, unrounded) for a Lab colour, or None when outside the gamut."""
    lightness, a, b = lab
    fy = (lightness + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200

    def finv(t: float) -> float:
        return t**3 if t**3 > 216 / 24389 else (116 * t - 16) / (24389 / 27)

    x, y, z = finv(fx) * _WHITE[0], finv(fy) * _WHITE[1], finv(fz) * _WHITE[2]
    lin = (
        3.2406 * x - 1.5372 * y - 0.4986 * z,
        -0.9689 * x + 1.8758 * y + 0.0415 * z,
        0.0557 * x - 0.2040 * y + 1.0570 * z,
    )
    out = []
    for c in lin:
        if c < -1e-4 or c > 1 + 1e-4:
            return None
        c = min(1.0, max(0.0, c))
        s = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
        out.append(s * 255)
    return out[0], out[1], out[2]


def delta_e(a: str, b: str) -> float:
    """CIE76 colour difference (about 2.3 is a just-noticeable difference)."""
    la, lb = _to_lab(a), _to_lab(b)
    return math.dist(la, lb)


def _in_gamut_at(lightness: float, chroma: float, hue: float) -> str:
    """The colour of this lightness and hue with the largest chroma ≤ ``chroma`` in sRGB."""
    rgb = _from_lab((lightness, chroma * math.cos(hue), chroma * math.sin(hue)))
    if rgb is not None:
        return to_hex(rgb)
    best = _from_lab((lightness, 0.0, 0.0))
    lo, hi = 0.0, chroma
    for _ in range(18):
        mid = (lo + hi) / 2
        rgb = _from_lab((lightness, mid * math.cos(hue), mid * math.sin(hue)))
        if rgb is None:
            hi = mid
        else:
            lo, best = mid, rgb
    assert best is not None  # a grey of any lightness 0..100 is inside sRGB
    return to_hex(best)


def nearest_passing(color: str, passes: Callable[[str], bool], step: float = 0.25) -> str | None:
    """The colour closest to ``color`` (ΔE) that ``passes``, varying only its lightness.

    Returns ``color`` itself (canonical) when it already passes, None if no lightness of its
    hue passes (only possible for tests stricter than black or white can meet).
    """
    start = parse_hex(color)
    if passes(start):
        return start
    lightness, a, b = _to_lab(start)
    chroma, hue = math.hypot(a, b), math.atan2(b, a)
    best: tuple[float, str] | None = None
    for direction in (-1, 1):
        current = lightness
        while 0 <= current <= 100:
            current += direction * step
            candidate = _in_gamut_at(min(100.0, max(0.0, current)), chroma, hue)
            if passes(candidate):
                distance = delta_e(start, candidate)
                if best is None or distance < best[0]:
                    best = (distance, candidate)
                break
    return best[1] if best else None
