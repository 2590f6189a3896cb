"""Icon and logo uploads: Stripe's limits checked before upload, agreeing with the sandbox.

The sandbox enforces what Stripe does (services/sandbox/resources/files.py and accounts.py);
every case here is checked locally *and* sent to the sandbox through the real SDK, and the
two verdicts must agree. Rejected files never reach the Files API.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
import stripe

from services.branding import remote
from services.branding.images import (
    MAX_BYTES,
    check_size,
    check_upload,
    image_size,
    resolution_warnings,
)
from services.branding.problems import ProblemError
from services.gateway import StripeGateway
from services.sandbox.seeds_portal import icon_png, logo_png, png
from services.sandbox.server import SandboxServer
from tests.conftest import make_client


def solid_png(width: int, height: int) -> bytes:
    return png(width, height, [b"\x0e\x7c\x86" * width for _ in range(height)])


def jpeg(width: int, height: int) -> bytes:
    """A JPEG header with a baseline frame (enough for Stripe's type and size checks)."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof0 + b"\xff\xd9"


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00;"


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# (name, kind, data, filename, accepted)
CASES = [
    ("png icon 256", "icon", icon_png("#0e7c86", "#ffffff", 256), "icon.png", True),
    ("png icon 128 (minimum)", "icon", solid_png(128, 128), "icon.png", True),
    ("jpeg icon", "icon", jpeg(300, 300), "icon.jpeg", True),
    ("gif icon", "icon", gif(200, 200), "icon.gif", True),
    ("unknown extension is fine", "icon", solid_png(128, 128), "icon.img", True),
    ("png logo 480x160", "logo", logo_png("#0e7c86", "#ffffff"), "logo.png", True),
    ("icon too small", "icon", solid_png(100, 100), "small.png", False),
    ("icon not square", "icon", solid_png(300, 200), "wide.png", False),
    ("logo too short", "logo", solid_png(400, 100), "logo.png", False),
    ("pdf is not an image", "icon", PDF, "icon.pdf", False),
    ("content and extension disagree", "icon", solid_png(128, 128), "icon.jpg", False),
    ("over 512 KB", "icon", solid_png(128, 128) + b"\0" * MAX_BYTES, "big.png", False),
    ("empty", "logo", b"", "logo.png", False),
]


def test_image_size_reads_png_gif_and_jpeg() -> None:
    assert image_size(solid_png(300, 200)) == (300, 200)
    assert image_size(gif(640, 480)) == (640, 480)
    assert image_size(jpeg(1024, 768)) == (1024, 768)
    assert image_size(b"not an image") is None


@pytest.mark.parametrize(
    ("name", "kind", "data", "filename", "accepted"), CASES, ids=[c[0] for c in CASES]
)
def test_local_checks(name: str, kind: str, data: bytes, filename: str, accepted: bool) -> None:
    if accepted:
        info = check_upload(kind, data, filename)  # type: ignore[arg-type]
        assert (info.width, info.height) == image_size(data)
        assert info.size == len(data)
    else:
        with pytest.raises(ProblemError) as caught:
            check_upload(kind, data, filename)  # type: ignore[arg-type]
        assert caught.value.problem.message


def test_size_is_checked_before_reading_the_file() -> None:
    with pytest.raises(ProblemError, match="512 KB"):
        check_size("icon", MAX_BYTES + 1)
    with pytest.raises(ProblemError, match="empty"):
        check_size("logo", 0)
    check_size("logo", MAX_BYTES)


def test_resolution_warnings() -> None:
    assert [p.severity for p in resolution_warnings("icon", 128, 128)] == ["warning"]
    assert resolution_warnings("icon", 512, 512) == []
    assert [p.severity for p in resolution_warnings("icon", 100, 100)] == ["error"]
    assert [p.severity for p in resolution_warnings("logo", 1400, 160)] == ["warning"]
    assert resolution_warnings("logo", 480, 160) == []


@pytest.fixture
def express(sandbox: SandboxServer) -> tuple[StripeGateway, str]:
    client = make_client(sandbox)
    acct = client.v1.accounts.create({"type": "express", "business_profile": {"name": "Kite"}})
    return StripeGateway(sandbox.api_key, sandbox.url), acct.id


def _files(client: stripe.StripeClient, account: str) -> int:
    listed = client.v1.files.list({"limit": 100}, {"stripe_account": account})
    return len(listed.data)


@pytest.mark.parametrize(
    ("name", "kind", "data", "filename", "accepted"), CASES, ids=[c[0] for c in CASES]
)
def test_local_verdict_matches_the_sandbox(
    express: tuple[StripeGateway, str],
    name: str,
    kind: str,
    data: bytes,
    filename: str,
    accepted: bool,
    tmp_path: Path,
) -> None:
    gateway, account = express
    client = gateway.for_account(account)
    purpose = "business_icon" if kind == "icon" else "business_logo"
    upload = tmp_path / filename
    upload.write_bytes(data)
    try:
        with upload.open("rb") as fh:
            file_id = client.v1.files.create({"purpose": purpose, "file": fh}).id
        gateway.client.v1.accounts.update(account, {"settings": {"branding": {kind: file_id}}})
        remote_ok = True
    except stripe.InvalidRequestError:
        remote_ok = False
    assert remote_ok is accepted


def test_rejected_files_never_reach_the_files_api(express: tuple[StripeGateway, str]) -> None:
    gateway, account = express
    before = _files(gateway.client, account)
    for _, kind, data, filename, accepted in CASES:
        if accepted:
            continue
        with pytest.raises(ProblemError):
            remote.upload_image(gateway, account, kind, data, filename)  # type: ignore[arg-type]
    assert _files(gateway.client, account) == before


def test_upload_save_and_download_round_trip(express: tuple[StripeGateway, str]) -> None:
    gateway, account = express
    icon = icon_png("#c2185b", "#fff8f0", 256)
    file_id = remote.upload_image(gateway, account, "icon", icon, "sakura.png")
    saved = remote.save_branding(
        gateway, account, {"icon": file_id, "primary_color": "#c2185b"}, idempotency_key=None
    )
    branding = saved["settings"]["branding"]
    assert branding["icon"] == file_id and branding["primary_color"] == "#c2185b"
    # The file belongs to the connected account and downloads byte for byte.
    assert remote.download_file(gateway, file_id, account) == icon
    with pytest.raises(ValueError):
        remote.save_branding(gateway, account, {"font": "Comic Sans"})
