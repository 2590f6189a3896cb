"""Branding colours: hex validation, WCAG 2.1 contrast against known pairs, suggestions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.branding.accessibility import SURFACE, button_check, link_check
from services.branding.colors import (
    AA_NORMAL,
    DARK_TEXT,
    LIGHT_TEXT,
    contrast_ratio,
    delta_e,
    format_ratio,
    hex_problem,
    is_hex,
    nearest_passing,
    parse_hex,
    relative_luminance,
    text_on,
)
from services.branding.problems import ProblemError


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("#0A2540", "#0a2540"),
        ("0a2540", "#0a2540"),
        ("  #635BFF ", "#635bff"),
        ("#fff", "#ffffff"),
        ("0af", "#00aaff"),
    ],
)
def test_hex_accepts_what_people_type(typed: str, canonical: str) -> None:
    assert parse_hex(typed) == canonical
    assert is_hex(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "#",
        "#12",
        "#1234",
        "#12345",
        "#1234567",
        "#gg0000",
        "blue",
        "rgb(0,0,0)",
        "##000000",
        "#0a 2540",
    ],
)
def test_hex_refuses_anything_else_with_a_reason(typed: str) -> None:
    with pytest.raises(ProblemError) as caught:
        parse_hex(typed)
    assert "#0a2540" in caught.value.problem.message  # every message shows an example
    assert hex_problem(typed) is not None
    assert not is_hex(typed)


@given(st.integers(0, 0xFFFFFF))
def test_every_rgb_value_round_trips(value: int) -> None:
    text = f"#{value:06X}"
    assert parse_hex(text) == text.lower()


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#767676", "#ffffff", 4.54),  # WebAIM's darkest grey that passes AA on white
        ("#777777", "#ffffff", 4.48),  # …and the one just below
        ("#ff0000", "#ffffff", 4.00),
        ("#0000ff", "#ffffff", 8.59),
        ("#008000", "#ffffff", 5.14),
        ("#635bff", "#ffffff", 4.70),
    ],
)
def test_contrast_matches_known_pairs(fg: str, bg: str, expected: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.01)
    assert contrast_ratio(bg, fg) == pytest.approx(expected, abs=0.01)


def test_luminance_and_ratio_text() -> None:
    assert relative_luminance("#000") == 0
    assert relative_luminance("#fff") == pytest.approx(1.0)
    # Rounded down, so a failing 4.499 never reads as a passing "4.50".
    assert format_ratio(4.4999) == "4.49:1"
    assert format_ratio(21.0) == "21.00:1"


def test_button_text_is_dark_on_light_and_white_on_dark() -> None:
    assert text_on("#ffffff") == DARK_TEXT
    assert text_on("#f4f1ea") == DARK_TEXT
    assert text_on("#0a2540") == LIGHT_TEXT
    assert text_on("#635bff") == LIGHT_TEXT


@pytest.mark.parametrize("color", ["#ff7a00", "#777777", "#f4f1ea", "#7fdbff", "#ffdc00"])
def test_nearest_passing_link_colour_passes_and_stays_close(color: str) -> None:
    def passes(c: str) -> bool:
        return contrast_ratio(c, SURFACE) >= AA_NORMAL

    suggestion = nearest_passing(color, passes)
    assert suggestion is not None and passes(suggestion)
    # Nothing passing is closer along the lightness axis: one step lighter must fail.
    lighter = nearest_passing(suggestion, lambda c: not passes(c))
    assert lighter is not None and delta_e(suggestion, lighter) < 3


def test_nearest_passing_keeps_a_passing_colour() -> None:
    assert nearest_passing("#0A2540", lambda c: True) == "#0a2540"


def test_grey_just_below_aa_is_nudged_by_a_hair() -> None:
    check = link_check("#777777")
    assert not check.passes
    assert check.suggestion == "#767676"


def test_button_check_flags_white_on_orange_and_suggests_a_fix() -> None:
    check = button_check("#ff7a00")
    assert check.foreground == LIGHT_TEXT
    assert check.ratio == pytest.approx(2.61, abs=0.01)
    assert not check.passes
    assert check.suggestion is not None
    fixed = button_check(check.suggestion)
    assert fixed.passes and fixed.suggestion is None
    assert delta_e("#ff7a00", check.suggestion) < 20


@pytest.mark.parametrize(
    ("accent", "passes"),
    [("#0a2540", True), ("#f4f1ea", False), ("#f1faee", False), ("#c2185b", True)],
)
def test_link_check_on_the_demo_accents(accent: str, passes: bool) -> None:
    check = link_check(accent)
    assert check.passes is passes
    assert (check.suggestion is None) is passes
    if check.suggestion:
        assert contrast_ratio(check.suggestion, SURFACE) >= AA_NORMAL
