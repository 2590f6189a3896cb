"""Talking to Stripe about portal configurations: list, read, create, update, save safely.

Every call goes through a ``stripe.StripeClient`` (``gateway.client``) with
``raw_request``, so the JSON kept in the cache is exactly what Stripe sent. Writes carry an
idempotency key, so the SDK's automatic retries cannot apply a change twice.

:func:`save` is the careful update: it reads the configuration again, refuses with
:class:`ConflictError` if its ``updated`` moved since the user's edit began (someone saved
in the meantime; the caller shows both changes and lets the user merge), and then sends
only the fields that differ from what is on Stripe now. Stripe's own refusals propagate as
the SDK's exceptions; :func:`services.errors.describe` words them (message + request id).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

import stripe

from services.portal_config.document import Doc, create_params, from_object, update_params

PATH = "/v1/billing_portal/configurations"


class ConflictError(Exception):
    """The configuration changed on Stripe since the edit began."""

    def __init__(self, current: dict[str, Any]) -> None:
        super().__init__(
            f"{current.get('id')} changed on Stripe (updated {current.get('updated')})"
        )
        self.current = current


def new_idempotency_key() -> str:
    """A fresh idempotency key for one logical write."""
    return "counterfoil-" + uuid.uuid4().hex


def write_key(kind: str, subject: str, params: dict[str, Any]) -> str:
    """The idempotency key of one logical write: the same for the same write, retried.

    Made of what is written (``kind``, ``subject`` such as a draft's key or a
    configuration id and the version it was edited from, and the parameters), so that
    pressing Save again after an answer was lost sends the same key and Stripe replays
    the first result instead of applying the write twice; a changed edit gets a new key.
    """
    canonical = json.dumps(params, sort_keys=True, separators=(",", ":"), default=str)
    digest = hashlib.sha256(f"{kind}\n{subject}\n{canonical}".encode()).hexdigest()
    return f"counterfoil-{kind}-{digest[:40]}"


def create_key(draft_key: str, doc: Doc) -> str:
    """The idempotency key for creating ``doc`` from the draft ``draft_key``."""
    return write_key("portal-config-create", draft_key, create_params(doc))


def _json(response: Any) -> dict[str, Any]:
    data = json.loads(response.body)
    if not isinstance(data, dict):
        raise stripe.APIError("Stripe sent JSON that is not an object.")
    return data


def _post(
    client: stripe.StripeClient, path: str, params: dict[str, Any], idempotency_key: str | None
) -> dict[str, Any]:
    key = idempotency_key or new_idempotency_key()
    return _json(client.raw_request("post", path, idempotency_key=key, **params))


def iter_all(client: stripe.StripeClient, **filters: Any) -> Iterator[dict[str, Any]]:
    """Every configuration of the client's account, newest first (all pages)."""
    after: str | None = None
    while True:
        query: dict[str, Any] = {**filters, "limit": 100}
        if after:
            query["starting_after"] = after
        page = _json(client.raw_request("get", PATH, **query))
        data = page.get("data") or []
        yield from data
        if not page.get("has_more") or not data:
            return
        after = data[-1]["id"]


def list_all(client: stripe.StripeClient) -> list[dict[str, Any]]:
    """Every configuration of the client's account."""
    return list(iter_all(client))


def retrieve(client: stripe.StripeClient, config_id: str) -> dict[str, Any]:
    """One configuration as Stripe has it now."""
    return _json(client.raw_request("get", f"{PATH}/{config_id}"))


def create(
    client: stripe.StripeClient, doc: Doc, *, idempotency_key: str | None = None
) -> dict[str, Any]:
    """Create a configuration that is exactly ``doc``."""
    return _post(client, PATH, create_params(doc), idempotency_key)


def update(
    client: stripe.StripeClient,
    config_id: str,
    params: dict[str, Any],
    *,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Send update ``params`` (see :func:`document.update_params`)."""
    return _post(client, f"{PATH}/{config_id}", params, idempotency_key)


def save(
    client: stripe.StripeClient,
    config_id: str,
    doc: Doc,
    *,
    expected_updated: int | None,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Make configuration ``config_id`` equal to ``doc``; see the module docstring.

    ``expected_updated`` is the ``updated`` of the version the edit started from (None
    skips the conflict check). Returns the configuration after the save (unchanged, and
    without a request, when Stripe already has ``doc``, even if it moved meanwhile).
    Without ``idempotency_key`` the key is made from the configuration's version and the
    parameters (:func:`write_key`), so a save retried after a lost answer is not applied
    twice.
    """
    current = retrieve(client, config_id)
    params = update_params(from_object(current), doc)
    if not params:
        return current  # Stripe already has it (e.g. the answer to an earlier save was lost)
    if expected_updated is not None and current.get("updated") != expected_updated:
        raise ConflictError(current)
    if idempotency_key is None:
        subject = f"{config_id}@{current.get('updated')}"
        idempotency_key = write_key("portal-config-update", subject, params)
    return update(client, config_id, params, idempotency_key=idempotency_key)


def set_active(
    client: stripe.StripeClient,
    config_id: str,
    active: bool,
    *,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """Deactivate (``False``) or reactivate (``True``) a configuration."""
    return update(client, config_id, {"active": active}, idempotency_key=idempotency_key)
