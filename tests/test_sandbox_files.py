"""The sandbox's Files API through the real stripe SDK: uploads, Stripe's limits, downloads."""

from __future__ import annotations

import io
import json
import struct
import urllib.error
import urllib.request
import zlib
from pathlib import Path

import pytest
import stripe

from services.sandbox.server import SandboxServer


# -- tiny real image files ---------------------------------------------------------------
def png(width: int = 128, height: int = 128) -> bytes:
    """A valid, solid-colour PNG of the given size."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + b"\x63\x5b\xff" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def jpeg(width: int = 200, height: int = 200) -> bytes:
    """A JPEG header with a baseline SOF0 frame of the given size (enough for Stripe's checks)."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = (
        b"\xff\xc0"
        + struct.pack(">HBHHB", 17, 8, height, width, 3)
        + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    )
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


def gif(width: int = 160, height: int = 160) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00;"


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class Named(io.BytesIO):
    """An in-memory upload with a file name (what the SDK sends as ``filename``)."""

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data)
        self.name = name


def files_client(srv: SandboxServer, **kw: object) -> stripe.StripeClient:
    """A client configured the way the app does it: both the API and the files address."""
    return stripe.StripeClient(srv.api_key, base_addresses={"api": srv.url, "files": srv.url}, **kw)  # type: ignore[arg-type]


@pytest.fixture
def client(sandbox: SandboxServer) -> stripe.StripeClient:
    return files_client(sandbox)


def upload(
    client: stripe.StripeClient,
    data: bytes,
    name: str = "icon.png",
    purpose: str = "business_icon",
    **options: object,
) -> stripe.File:
    return client.v1.files.create(
        {"purpose": purpose, "file": Named(data, name)},  # type: ignore[typeddict-item]
        options or None,
    )  # type: ignore[arg-type]


# -- uploads ------------------------------------------------------------------------------
def test_upload_business_icon_png_from_a_real_file(
    client: stripe.StripeClient, sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "brand icon.png"
    data = png(128, 128)
    path.write_bytes(data)
    with path.open("rb") as fh:
        f = client.v1.files.create({"purpose": "business_icon", "file": fh})
    assert f.id.startswith("file_")
    assert f.object == "file"
    assert f.purpose == "business_icon"
    assert f.type == "png"
    assert f.size == len(data)
    assert f.filename == "brand icon.png"  # the base name, never the local path
    assert f.expires_at is None
    assert f.title is None
    assert f.url == f"{sandbox.url}/files/{f.id}/contents"
    assert f.links is not None and f.links.data == []
    assert f.links.url == f"/v1/file_links?file={f.id}"


@pytest.mark.parametrize(
    ("data", "name", "kind"),
    [
        (jpeg(), "logo.jpg", "jpg"),
        (jpeg(), "logo.jpeg", "jpg"),
        (gif(), "logo.gif", "gif"),
        (png(300, 120), "logo.png", "png"),
        (png(), "blob", "png"),
    ],
)
def test_business_logo_accepts_jpeg_png_gif(
    client: stripe.StripeClient, data: bytes, name: str, kind: str
) -> None:
    f = upload(client, data, name, "business_logo")
    assert (f.type, f.purpose) == (kind, "business_logo")


def test_type_comes_from_the_content_not_the_name(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        upload(client, PDF, "icon.pdf", "business_icon")
    e = exc.value
    assert e.http_status == 400
    assert e.param == "file"
    assert e.code is None
    assert e.user_message == (
        "Files with purpose `business_icon` must be JPEG, PNG or GIF; the file you uploaded is PDF."
    )


def test_content_must_match_a_known_extension(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        upload(client, gif(), "icon.png")
    assert exc.value.param == "file"
    assert exc.value.user_message == (
        "The contents of the file (GIF) do not match its "
        "extension (.png). Upload the file with its correct "
        "extension."
    )


def test_unrecognised_content_is_refused(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        upload(client, b"hello, I am not an image", "icon.txt")
    assert exc.value.user_message == (
        "Files with purpose `business_icon` must be JPEG, PNG or "
        "GIF; the file you uploaded could not be recognized."
    )


def test_business_icon_limit_is_512_kb(client: stripe.StripeClient) -> None:
    exactly = png() + b"\x00" * (512 * 1024 - len(png()))
    assert len(upload(client, exactly).to_dict()) > 0  # 512 KB is allowed
    with pytest.raises(stripe.InvalidRequestError) as exc:
        upload(client, exactly + b"\x00")
    assert exc.value.http_status == 400
    assert exc.value.param == "file"
    assert exc.value.user_message == (
        "The file you uploaded is 524,289 bytes, which is larger "
        "than the maximum size of 512 KB for files with purpose "
        "`business_icon`."
    )


def test_empty_upload_is_refused(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        upload(client, b"")
    assert exc.value.param == "file"
    assert "empty" in (exc.value.user_message or "")


def test_other_purposes_follow_the_sdk_list(client: stripe.StripeClient) -> None:
    evidence = upload(client, PDF, "evidence.pdf", "dispute_evidence")
    assert evidence.type == "pdf"
    assert evidence.expires_at is not None and evidence.expires_at > evidence.created
    identity = upload(client, jpeg(), "passport.jpg", "identity_document")
    assert identity.url is None  # not downloadable, as on Stripe
    with pytest.raises(stripe.InvalidRequestError) as exc:
        upload(client, PDF, "x.pdf", "not_a_purpose")
    assert exc.value.param == "purpose"
    assert (exc.value.user_message or "").startswith(
        "Invalid purpose: must be one of account_requirement, additional_verification, "
        "business_icon, business_logo,"
    )


def test_missing_purpose_and_missing_file(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.files.create({"file": Named(png(), "i.png")})  # type: ignore[typeddict-item]
    assert (exc.value.code, exc.value.param) == ("parameter_missing", "purpose")
    assert exc.value.user_message == "Missing required param: purpose."
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.files.create({"purpose": "business_icon"})  # type: ignore[typeddict-item]
    assert (exc.value.code, exc.value.param) == ("parameter_missing", "file")


def test_file_must_be_uploaded_as_multipart(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.raw_request("post", "/v1/files", purpose="business_icon", file="just text")
    assert exc.value.param == "file"
    assert "multipart/form-data" in (exc.value.user_message or "")


def test_unknown_multipart_parameter_is_refused(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.files.create(
            {
                "purpose": "business_icon",
                "file": Named(png(), "i.png"),  # type: ignore[typeddict-unknown-key]
                "colour": "red",
            }
        )
    assert (exc.value.code, exc.value.param) == ("parameter_unknown", "colour")


# -- retrieve, list, download ----------------------------------------------------------------
def test_retrieve_and_list_with_purpose_filter(client: stripe.StripeClient) -> None:
    icon = upload(client, png())
    logo = upload(client, png(400, 200), "logo.png", "business_logo")
    assert client.v1.files.retrieve(icon.id).to_dict() == icon.to_dict()
    everything = client.v1.files.list()
    assert [f.id for f in everything.data] == [logo.id, icon.id]
    only_logos = client.v1.files.list({"purpose": "business_logo"})
    assert [f.id for f in only_logos.data] == [logo.id]
    page = client.v1.files.list({"limit": 1})
    assert page.has_more and [f.id for f in page.data] == [logo.id]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.files.retrieve("file_missing")
    assert (exc.value.http_status, exc.value.code, exc.value.param) == (
        404,
        "resource_missing",
        "file",
    )
    assert exc.value.user_message == "No such file: 'file_missing'"


def test_download_needs_the_key_and_returns_the_bytes(
    client: stripe.StripeClient, sandbox: SandboxServer
) -> None:
    data = png(128, 128)
    f = upload(client, data)
    assert f.url is not None
    request = urllib.request.Request(f.url, headers={"Authorization": f"Bearer {sandbox.api_key}"})
    with urllib.request.urlopen(request) as resp:
        assert resp.status == 200
        assert resp.headers["Content-Type"] == "image/png"
        assert resp.read() == data
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(f.url)
    assert exc.value.code == 401
    body = json.loads(exc.value.read())
    assert body["error"]["message"].startswith("You did not provide an API key.")


def test_files_are_scoped_to_the_account(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "express"})
    theirs = client.v1.files.create(
        {"purpose": "business_icon", "file": Named(png(), "i.png")}, {"stripe_account": acct.id}
    )
    listed = client.v1.files.list(None, {"stripe_account": acct.id})
    assert [f.id for f in listed.data] == [theirs.id]
    assert client.v1.files.list().data == []
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.files.retrieve(theirs.id)
    assert exc.value.http_status == 404


def test_file_link_on_upload_is_served_without_a_key(client: stripe.StripeClient) -> None:
    data = gif()
    f = client.v1.files.create(
        {
            "purpose": "business_logo",
            "file": Named(data, "l.gif"),
            "file_link_data": {"create": True},
        }
    )
    assert f.links is not None and len(f.links.data) == 1
    link = f.links.data[0]
    assert link.object == "file_link" and link.file == f.id and link.expired is False
    with urllib.request.urlopen(link.url) as resp:
        assert resp.read() == data
        assert resp.headers["Content-Type"] == "image/gif"
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.files.create(
            {
                "purpose": "identity_document",
                "file": Named(PDF, "id.pdf"),
                "file_link_data": {"create": True},
            }
        )
    assert exc.value.param == "file_link_data[create]"
    assert exc.value.user_message == (
        "File links cannot be created for files with purpose `identity_document`."
    )
