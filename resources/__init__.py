"""Counterfoil's bundled resources (icons, translations); `path()` finds a file among them."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Return the absolute path of a bundled resource file."""
    return ROOT.joinpath(*parts)
