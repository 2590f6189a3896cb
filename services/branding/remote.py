"""Stripe calls of the Branding panel: the platform account, branding files, saving branding.

All of these block on the network: call them from a worker (``ctx.runner``), never from the
GUI thread. Stripe's exceptions propagate unchanged; the GUI turns them into words with
:func:`services.errors.describe`.

- :func:`fetch_platform` -- ``GET /v1/account`` (the platform is not in the cache);
- :func:`download_file` -- an icon or logo's bytes: ``GET /v1/files/{id}`` for its ``url``,
  then the content from the SDK's ``files`` base address with the account's key (the
  address ``StripeGateway`` points at the sandbox too);
- :func:`upload_image` -- ``POST /v1/files`` (multipart) with purpose ``business_icon`` /
  ``business_logo``, on the connected account (``Stripe-Account``) whose branding will use
  it, after :func:`services.branding.images.check_upload` passed;
- :func:`save_branding` -- ``POST /v1/accounts/{id}`` with ``settings[branding]``;
- :func:`record_account` -- writes the updated account into the cache.
"""

from __future__ import annotations

import io
import time
from typing import Any
from urllib.parse import urlsplit

import stripe

from services.branding.images import PURPOSES, ImageKind, check_upload
from services.branding.model import BrandAccount
from services.cache.db import Cache
from services.cache.store import Store
from services.errors import said
from services.gateway import StripeGateway

MAX_DOWNLOAD = 4 * 1024 * 1024
"""Refuse to read more than this from a file download (branding files are ≤ 512 KB)."""

BRANDING_FIELDS = ("icon", "logo", "primary_color", "secondary_color")


def fetch_platform(gateway: StripeGateway) -> BrandAccount:
    """The platform's own account (its name and branding)."""
    return BrandAccount.from_stripe(gateway.retrieve_account(), is_platform=True)


def _client(gateway: StripeGateway, owner: str) -> stripe.StripeClient:
    return gateway.for_account(owner) if owner else gateway.client


def download_file(gateway: StripeGateway, file_id: str, owner: str = "") -> bytes:
    """The content of file ``file_id``, which belongs to ``owner`` ('' for the platform)."""
    info = gateway.get_json(f"/v1/files/{file_id}", {}, stripe_account=owner or None)
    url = info.get("url")
    if not isinstance(url, str) or not url:
        raise said("Stripe gives no download address for file {file}.", values={"file": file_id})
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    # The SDK has no public call for file contents; its requestor sends the request to the
    # configured "files" base address with the client's key and Stripe-Account header.
    requestor: Any = _client(gateway, owner)._requestor
    response = requestor.request_stream("get", path, {}, {}, base_address="files")
    try:
        data = response.io.read(MAX_DOWNLOAD + 1)
    finally:
        response.io.close()
    if len(data) > MAX_DOWNLOAD:
        raise said("File {file} is larger than a branding image can be.", values={"file": file_id})
    return bytes(data)


def upload_image(
    gateway: StripeGateway,
    owner: str,
    kind: ImageKind,
    data: bytes,
    filename: str,
    *,
    idempotency_key: str | None = None,
) -> str:
    """Upload a branding image for ``owner`` ('' for the platform); returns the file id.

    The image is checked against Stripe's limits first (ProblemError if it breaks one).
    """
    check_upload(kind, data, filename)
    upload = io.BytesIO(data)
    upload.name = filename
    options: dict[str, Any] = {}
    if idempotency_key:
        options["idempotency_key"] = idempotency_key
    created = _client(gateway, owner).v1.files.create(
        {"purpose": PURPOSES[kind], "file": upload},
        options,  # type: ignore[arg-type]
    )
    return str(created.id)


def save_branding(
    gateway: StripeGateway,
    account_id: str,
    changes: dict[str, str],
    *,
    idempotency_key: str | None = None,
) -> dict[str, Any]:
    """``POST /v1/accounts/{account_id}`` with ``settings[branding]`` = ``changes``.

    ``changes`` maps fields of :data:`BRANDING_FIELDS` to new values (file ids, ``#rrggbb``).
    Returns the updated account as Stripe's JSON.
    """
    unknown = set(changes) - set(BRANDING_FIELDS)
    if unknown:
        raise ValueError(f"not branding fields: {sorted(unknown)}")
    return gateway.post_json(
        f"/v1/accounts/{account_id}",
        {"settings": {"branding": dict(changes)}},
        idempotency_key=idempotency_key,
    )


def record_account(cache: Cache, account: dict[str, Any]) -> None:
    """Store an updated connected account in the cache (a private connection, closed after)."""
    conn = cache.open_connection()
    try:
        Store(conn, cache.path).upsert("account", [account], account="", source_ts=int(time.time()))
    finally:
        conn.close()
