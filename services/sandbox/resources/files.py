"""The Files API: multipart upload with Stripe's purposes and limits, list and retrieve.

``POST /v1/files`` takes ``multipart/form-data`` (``purpose``, ``file``, optional
``file_link_data``). The stripe SDK sends uploads to its ``"files"`` base address
(``files.stripe.com`` by default), so a client must be configured with
``base_addresses={"api": url, "files": url}`` to upload to the sandbox.

Each purpose has Stripe's accepted types and size limit (from the File upload guide,
https://docs.stripe.com/file-upload); the type is detected from the content's magic
bytes, as Stripe does, and must agree with the file name's extension when it has a
known one. Content is kept in ``store.extra["file_contents"]`` and served, with the API
key, at ``file.url`` (``{base}/files/{id}/contents``) for downloadable purposes;
file links (``file_link_data[create]=true``) are served without a key at
``{base}/links/{token}``.

Builder for the seed generator (uses only ``req.store`` and ``req.now()``; validates like
the API, records the content; the caller stores the object)::

    icon = new_file(req, "business_icon", png_bytes, "acme-icon.png")
    req.store.add(icon, req.account)

Helpers for other resources: :func:`file_content` (bytes and MIME type of a file) and
:func:`image_size` (width and height of a PNG, GIF or JPEG).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import struct
from typing import Any

from services.sandbox import spec
from services.sandbox.app import (
    RENDER_HOOK_OBJECT_FIELDS,
    RENDER_HOOKS,
    Request,
    SandboxApp,
    page,
    route,
)
from services.sandbox.errors import ApiError, invalid, missing_param
from services.sandbox.resources.common import fetch, list_page, merge_metadata

KB = 1024
MB = 1024 * KB
DAY = 86400

# purpose → (accepted types, max size in bytes, expiry in seconds or None, downloadable)
PURPOSES: dict[str, tuple[tuple[str, ...], int, int | None, bool]] = {
    "account_requirement": (("pdf", "jpg", "png"), 16 * MB, None, False),
    "additional_verification": (("pdf", "jpg", "png"), 16 * MB, None, False),
    "business_icon": (("jpg", "png", "gif"), 512 * KB, None, True),
    "business_logo": (("jpg", "png", "gif"), 512 * KB, None, True),
    "customer_signature": (("jpg", "png", "svg"), 4 * MB, 7 * DAY, True),
    "dispute_evidence": (("pdf", "jpg", "png"), 5 * MB, 274 * DAY, True),
    "identity_document": (("pdf", "jpg", "png"), 16 * MB, None, False),
    "issuing_regulatory_reporting": (
        ("csv", "pdf", "xls", "xlsx", "jpg", "png"),
        16 * MB,
        None,
        True,
    ),
    "pci_document": (("pdf",), 16 * MB, None, True),
    "platform_terms_of_service": (("pdf",), 16 * MB, None, False),
    "tax_document_user_upload": (("pdf", "csv", "jpg", "png", "xlsx", "docx"), 16 * MB, None, True),
    "terminal_android_apk": (("apk",), 8 * MB, None, True),
    "terminal_reader_splashscreen": (("gif", "jpg", "png"), 4 * MB, None, True),
    "terminal_wifi_certificate": (("pem",), 1 * MB, None, False),
    "terminal_wifi_private_key": (("pem",), 1 * MB, None, False),
}
# Purposes for which a file link may be created (the SDK's ``file_link_data`` docstring).
LINKABLE = {
    "business_icon",
    "business_logo",
    "customer_signature",
    "dispute_evidence",
    "issuing_regulatory_reporting",
    "pci_document",
    "tax_document_user_upload",
    "terminal_android_apk",
    "terminal_reader_splashscreen",
}
MIME = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "pdf": "application/pdf",
    "svg": "image/svg+xml",
    "csv": "text/csv",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "apk": "application/vnd.android.package-archive",
    "pem": "application/x-pem-file",
}
_EXT_ALIASES = {"jpeg": "jpg", "jpe": "jpg", "crt": "pem", "key": "pem"}
_ZIP_TYPES = ("xlsx", "docx", "apk")


# -- content inspection -----------------------------------------------------------
def detect_type(data: bytes, filename: str) -> str | None:
    """The file type from its magic bytes (zip containers by their extension)."""
    ext = _extension(filename)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return ext if ext in _ZIP_TYPES else None
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"
    head = data[:512].lstrip()
    if head.startswith(b"-----BEGIN "):
        return "pem"
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096]:
        return "svg"
    if ext == "csv":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return "csv"
    return None


def _extension(filename: str) -> str:
    ext = os.path.splitext(filename)[1].lower().lstrip(".")
    return _EXT_ALIASES.get(ext, ext)


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, GIF or JPEG image, or None if it cannot be read."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return int(w), int(h)
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            (length,) = struct.unpack(">H", data[i + 2 : i + 4])
            if marker in (
                0xC0,
                0xC1,
                0xC2,
                0xC3,
                0xC5,
                0xC6,
                0xC7,
                0xC9,
                0xCA,
                0xCB,
                0xCD,
                0xCE,
                0xCF,
            ):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(w), int(h)
            i += 2 + length
    return None


def _size_label(n: int) -> str:
    return (
        f"{n // MB} MB" if n >= MB and n % MB == 0 else f"{n // KB} KB" if n >= KB else f"{n} bytes"
    )


def _names(types: tuple[str, ...]) -> str:
    shown = [t.upper() if t != "jpg" else "JPEG" for t in types]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + f" or {shown[-1]}"


def file_content(req_or_app: Request | SandboxApp, file_id: str) -> tuple[bytes, str] | None:
    """The stored bytes and MIME type of ``file_id``, if the sandbox holds its content."""
    store = req_or_app.store
    entry = store.extra.get("file_contents", {}).get(file_id)
    if entry is None:
        return None
    data, mime = entry
    return bytes(data), str(mime)


# -- builder ---------------------------------------------------------------------------
def new_file(req: Request, purpose: str, data: bytes, filename: str) -> dict[str, Any]:
    """Validate content for ``purpose`` and build the file object (the caller stores it).

    Also records the content in ``store.extra["file_contents"]``. Raises Stripe's errors
    for unsupported types, size limits, empty files and mismatched extensions.
    """
    types, limit, expiry, downloadable = PURPOSES[purpose]
    if not data:
        raise invalid(
            "The file you uploaded is empty. Please upload a file with content.", param="file"
        )
    detected = detect_type(data, filename)
    ext = _extension(filename)
    known_ext = ext in MIME or ext in _EXT_ALIASES.values()
    if detected is not None and known_ext and ext != detected:
        raise invalid(
            f"The contents of the file ({_names((detected,))}) do not match its extension "
            f"(.{ext}). Upload the file with its correct extension.",
            param="file",
        )
    if detected is None or detected not in types:
        what = "could not be recognized" if detected is None else f"is {_names((detected,))}"
        raise invalid(
            f"Files with purpose `{purpose}` must be {_names(types)}; the file you uploaded "
            f"{what}.",
            param="file",
        )
    if len(data) > limit:
        raise invalid(
            f"The file you uploaded is {len(data):,} bytes, which is larger than the "
            f"maximum size of {_size_label(limit)} for files with purpose `{purpose}`.",
            param="file",
        )
    store = req.store
    fid = store.new_id("file")
    now = req.now()
    store.extra.setdefault("file_contents", {})[fid] = (data, MIME[detected])
    return {
        "id": fid,
        "object": "file",
        "created": now,
        "expires_at": now + expiry if expiry else None,
        "filename": filename,
        "links": {
            "object": "list",
            "data": [],
            "has_more": False,
            "url": f"/v1/file_links?file={fid}",
        },
        "purpose": purpose,
        "size": len(data),
        "title": None,
        "type": detected,
        # Relative; the render hook puts it on the server's base address.
        "url": f"/files/{fid}/contents" if downloadable else None,
    }


def _new_link(req: Request, file: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    expires_at = data.get("expires_at")
    if expires_at is not None and int(expires_at) <= req.now():
        raise invalid(
            "The link's expiry must be in the future.", param="file_link_data[expires_at]"
        )
    token = secrets.token_urlsafe(24)
    req.store.extra.setdefault("file_links", {})[token] = file["id"]
    return {
        "id": req.store.new_id("link"),
        "object": "file_link",
        "created": req.now(),
        "expired": False,
        "expires_at": expires_at,
        "file": file["id"],
        "livemode": req.livemode,
        "metadata": merge_metadata({}, data.get("metadata")),
        "url": f"/links/{token}",
    }


# -- endpoints ---------------------------------------------------------------------------
@route("post", "/v1/files")
def create_file(req: Request) -> dict[str, Any]:
    upload = req.files.get("file")
    params = dict(req.params)
    if req.files:
        # The pipeline skips strict validation for multipart bodies: apply it here.
        params = spec.validate(
            {**params, "file": "<upload>"}, spec.endpoint_specs()[("post", "/v1/files")].params
        )
        params.pop("expand", None)
    if upload is None:
        if "file" in params:
            raise invalid(
                "Invalid file: must be uploaded as a file in a multipart/form-data request.",
                param="file",
            )
        raise missing_param("file")
    purpose = params.get("purpose")
    if not purpose:
        raise missing_param("purpose")
    filename = os.path.basename(str(upload.get("filename") or "blob").replace("\\", "/"))
    obj = new_file(req, str(purpose), bytes(upload["data"]), filename)
    link_data = params.get("file_link_data") or {}
    if link_data.get("create"):
        if purpose not in LINKABLE:
            raise invalid(
                f"File links cannot be created for files with purpose `{purpose}`.",
                param="file_link_data[create]",
            )
        link = _new_link(req, obj, link_data)
        req.store.add(link, req.account)
        obj["links"]["data"].append(link)
    req.store.add(obj, req.account)
    return obj


@route("get", "/v1/files/{file}")
def retrieve_file(req: Request, fid: str) -> dict[str, Any]:
    return fetch(req, fid, "file", param="file")


@route("get", "/v1/files")
def list_files(req: Request) -> dict[str, Any]:
    purpose = req.params.get("purpose")

    def where(o: dict[str, Any]) -> bool:
        return purpose is None or o.get("purpose") == purpose

    return list_page(req, "file", "/v1/files", where=where)


# -- rendering and downloads ---------------------------------------------------------------
def _absolute(app: SandboxApp, obj: dict[str, Any]) -> dict[str, Any]:
    url = obj.get("url")
    if isinstance(url, str) and url.startswith("/"):
        obj["url"] = app.base_url + url
    return obj


RENDER_HOOKS["file"] = _absolute
RENDER_HOOKS["file_link"] = _absolute
RENDER_HOOK_OBJECT_FIELDS[_absolute] = ()  # sets a URL only

_CONTENTS = re.compile(r"^(file_[A-Za-z0-9]+)/contents$")


@page("/files/")
def download(app: SandboxApp, rest: str, headers: dict[str, str]) -> tuple[Any, ...]:
    """``file.url``: the content, for the account's secret key (as on files.stripe.com)."""
    m = _CONTENTS.match(rest)
    with app.store.lock:
        try:
            key, _ = app._authenticate(headers)
            owner = app._scope(headers, key)
        except ApiError as exc:
            return exc.status, _json_error(exc), "application/json"
        obj = app.store.get(m.group(1), owner) if m else None
        content = file_content(app, m.group(1)) if m else None
        if obj is None or content is None or obj.get("url") is None:
            missing = ApiError(
                404, f"No such file: '{m.group(1) if m else rest}'", code="resource_missing"
            )
            return 404, _json_error(missing), "application/json"
        return 200, content[0], content[1]


@page("/links/")
def link_download(app: SandboxApp, rest: str, headers: dict[str, str]) -> tuple[Any, ...]:
    """A file link: the content without an API key, until the link expires."""
    with app.store.lock:
        fid = app.store.extra.get("file_links", {}).get(rest)
        link = None
        if fid is not None:
            file = app.store.get(fid) or {}
            link = next(
                (
                    ln
                    for ln in file.get("links", {}).get("data", [])
                    if ln.get("url") == f"/links/{rest}"
                ),
                None,
            )
        content = file_content(app, fid) if fid else None
        expired = link is not None and (
            link.get("expired") or (link.get("expires_at") or 1 << 62) <= app.store.now()
        )
        if link is None or content is None or expired:
            return (
                404,
                "<!doctype html><title>Not found</title><p>This link has expired or "
                "does not exist.</p>",
            )
        return 200, content[0], content[1]


def _json_error(exc: ApiError) -> bytes:
    return json.dumps(exc.body("req_file_download")).encode()
