"""The translation hook for the portal-configuration services' user-visible words.

``services/`` never imports Qt, yet its messages (checks, summary, diff labels) are shown
to people and must be translatable. Every such string goes through :func:`tr`, which by
default returns the text unchanged; the Qt panel installs ``QCoreApplication.translate``
with :func:`set_translator`, so the same ``.ts`` files translate services and widgets.
Placeholders use ``str.format`` after translation: ``tr("{0} products").format(n)``.
"""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "portal_config"
"""The translation context of every string in :mod:`services.portal_config`."""

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def set_translator(fn: Translator | None) -> None:
    """Use ``fn(context, text)`` to translate from now on (None: no translation)."""
    global _translator
    _translator = fn


_lower: Callable[[str], str] = str.lower


def set_lowercase(fn: Callable[[str], str] | None) -> None:
    """Use ``fn`` to put a label inside a sentence (None: ``str.lower``); the Qt panel
    installs one that keeps German nouns capitalised."""
    global _lower
    _lower = fn if fn is not None else str.lower


def lower(text: str) -> str:
    """``text`` (a translated label) as it reads inside a sentence."""
    return _lower(text)


def tr(text: str) -> str:
    """``text`` in the user's language (unchanged when no translator is installed)."""
    if _translator is None:
        return text
    return _translator(CONTEXT, text)
