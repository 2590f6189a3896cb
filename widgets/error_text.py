"""A failure's message in the interface language.

``services/`` never imports Qt, so it words its errors in English: a
:class:`services.errors.UserFacingError` made with :func:`services.errors.said` carries the
English ``template`` and its ``values`` besides the English ``message``. Whatever shows an
error to a person goes through :func:`error_text` (or :func:`error_display`, which adds
Stripe's request id): the template translated in the ``errors`` context and filled in. A
value that is itself a catalogue message of that context (a Dashboard permission name such
as "Customers") is translated too; Stripe's own words are shown as Stripe wrote them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from services.errors import CONTEXT
from services.redact import redact


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def error_text(error: BaseException) -> str:
    """The message of ``error`` in the current language (redacted, without the request id).

    ``error`` is usually a :class:`~services.errors.UserFacingError`; any exception with a
    ``message`` (and optionally ``template`` and ``values``) works the same way. A message
    without a template is looked up whole (fixed English sentences of ``services/``) and
    otherwise shown as it is.
    """
    template = getattr(error, "template", "")
    raw_values = getattr(error, "values", None)
    message = getattr(error, "message", None)
    if not isinstance(message, str):
        message = str(error)
    if isinstance(template, str) and template:
        values: Mapping[str, object] = raw_values if isinstance(raw_values, Mapping) else {}
        filled = {str(name): _translate(str(value)) for name, value in values.items()}
        try:
            return redact(_translate(template).format(**filled))
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the error.
            return redact(message)
    return redact(_translate(message))


def error_display(error: BaseException) -> str:
    """:func:`error_text` with ``(request req_…)`` appended when Stripe gave a request id."""
    text = error_text(error)
    request_id = getattr(error, "request_id", None)
    if isinstance(request_id, str) and request_id:
        return QCoreApplication.translate("errors", "{message} (request {request_id})").format(
            message=text, request_id=request_id
        )
    return text
