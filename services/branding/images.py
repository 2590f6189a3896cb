"""Icon and logo files: Stripe's limits, checked before anything is uploaded.

The Files API takes branding images with purpose ``business_icon`` or ``business_logo``:
JPEG, PNG or GIF (recognised from the content's magic bytes, as Stripe does, and agreeing
with the file name's extension when it has a known one), at most 512 KB
(https://docs.stripe.com/file-upload). ``settings.branding`` then needs the icon square and
both images at least 128×128 pixels. These are exactly the rules of the sandbox's
``services/sandbox/resources/files.py`` and ``accounts.py``; :func:`check_upload` applies
them all at once, so a person learns about a bad file before a request is made.

:func:`resolution_warnings` adds advice Stripe does not enforce (a small icon looks soft on
high-density screens; a very wide logo is shrunk to fit).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import Literal

from services.branding.problems import Problem, ProblemError

ImageKind = Literal["icon", "logo"]

KB = 1024
MAX_BYTES = 512 * KB
"""Stripe's size limit for ``business_icon`` and ``business_logo`` files."""
MIN_SIDE = 128
"""Smallest width and height Stripe accepts for a branding icon or logo."""
RECOMMENDED_ICON_SIDE = 256
"""Below this an icon looks soft on 2× and 3× screens (advice, not a Stripe rule)."""
WIDE_LOGO_RATIO = 6.0
"""Logos wider than this many times their height are shrunk until hard to read."""

PURPOSES: dict[ImageKind, str] = {"icon": "business_icon", "logo": "business_logo"}
ACCEPTED_TYPES = ("jpg", "png", "gif")
MIME = {"png": "image/png", "jpg": "image/jpeg", "gif": "image/gif"}
# Extensions Stripe knows (a known one must agree with the content); aliases map to types.
_KNOWN_EXTENSIONS = {"png", "jpg", "gif", "pdf", "svg", "csv", "xls", "xlsx", "docx", "apk", "pem"}
_EXT_ALIASES = {"jpeg": "jpg", "jpe": "jpg", "crt": "pem", "key": "pem"}
_TYPE_NAMES = {"jpg": "JPEG", "png": "PNG", "gif": "GIF", "pdf": "PDF", "svg": "SVG"}


@dataclass(frozen=True)
class ImageInfo:
    """An image that passed :func:`check_upload`."""

    type: str
    """``png``, ``jpg`` or ``gif``."""
    width: int
    height: int
    size: int
    """Bytes."""

    @property
    def mime(self) -> str:
        return MIME[self.type]


def detect_type(data: bytes) -> str | None:
    """The image or document type from the content's magic bytes, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:512].lstrip()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in data[:4096]:
        return "svg"
    return None


def extension(filename: str) -> str:
    """The file name's extension, lowercase, aliases resolved (``photo.JPEG`` → ``jpg``)."""
    ext = os.path.splitext(filename)[1].lower().lstrip(".")
    return _EXT_ALIASES.get(ext, ext)


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, GIF or JPEG image, or None if it cannot be read."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
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
            if marker in (0xD8, 0x01, 0xFF) or 0xD0 <= marker <= 0xD7:
                i += 1 if marker == 0xFF else 2
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
    if n >= 1024 * KB:
        return f"{n / (1024 * KB):.1f} MB"
    if n >= KB:
        return f"{n / KB:.0f} KB"
    return f"{n} bytes"


def check_size(kind: ImageKind, size: int) -> None:
    """Refuse a file of ``size`` bytes before reading it (empty, or over 512 KB)."""
    purpose = PURPOSES[kind]
    if size <= 0:
        raise ProblemError(Problem("The file is empty. Choose an image with content."))
    if size > MAX_BYTES:
        raise ProblemError(
            Problem(
                "The file is {size}; Stripe accepts at most 512 KB for files with purpose "
                "{purpose}. Export a smaller image (fewer pixels or stronger compression).",
                {"size": _size_label(size), "purpose": purpose},
            )
        )


def check_upload(kind: ImageKind, data: bytes, filename: str) -> ImageInfo:
    """Check ``data`` against every limit Stripe applies to a branding ``kind`` image.

    Returns what was found; raises ProblemError with the first limit it breaks.
    """
    check_size(kind, len(data))
    purpose = PURPOSES[kind]
    detected = detect_type(data)
    ext = extension(filename)
    if detected is not None and ext in _KNOWN_EXTENSIONS and ext != detected:
        raise ProblemError(
            Problem(
                "The file's content is {content} but its name ends in .{ext}; Stripe refuses "
                "files whose content and extension disagree. Rename it or export it again.",
                {"content": _TYPE_NAMES.get(detected, detected.upper()), "ext": ext},
            )
        )
    if detected not in ACCEPTED_TYPES:
        found = (
            "not an image Stripe recognises"
            if detected is None
            else _TYPE_NAMES.get(detected, detected.upper())
        )
        raise ProblemError(
            Problem(
                "Stripe accepts JPEG, PNG or GIF images for {purpose}; this file is {found}.",
                {"purpose": purpose, "found": found},
            )
        )
    size = image_size(data)
    if size is None:
        raise ProblemError(
            Problem("The image's width and height cannot be read; the file may be damaged.")
        )
    width, height = size
    if kind == "icon" and width != height:
        raise ProblemError(
            Problem(
                "The icon must be square; this image is {width}×{height} pixels. Crop it to "
                "a square (at least 128×128).",
                {"width": str(width), "height": str(height)},
            )
        )
    if width < MIN_SIDE or height < MIN_SIDE:
        raise ProblemError(
            Problem(
                "The {kind} must be at least 128×128 pixels; this image is {width}×{height}.",
                {"kind": kind, "width": str(width), "height": str(height)},
            )
        )
    return ImageInfo(detected, width, height, len(data))


def resolution_warnings(kind: ImageKind, width: int, height: int) -> list[Problem]:
    """Advice about an image's resolution that Stripe does not enforce (may be empty)."""
    out: list[Problem] = []
    params = {"width": str(width), "height": str(height)}
    if kind == "icon":
        if width < MIN_SIDE or height < MIN_SIDE:
            out.append(
                Problem(
                    "The icon is {width}×{height} pixels, below Stripe's minimum of 128×128: "
                    "upload a larger one.",
                    params,
                )
            )
        elif min(width, height) < RECOMMENDED_ICON_SIDE:
            out.append(
                Problem(
                    "The icon is {width}×{height} pixels: Stripe accepts it, but it can look "
                    "soft on high-density screens. 512×512 keeps it sharp everywhere.",
                    params,
                    "warning",
                )
            )
        if width != height:
            out.append(
                Problem(
                    "The icon is not square ({width}×{height}); the portal crops it to a circle.",
                    params,
                    "warning",
                )
            )
    else:
        if width < MIN_SIDE or height < MIN_SIDE:
            out.append(
                Problem(
                    "The logo is {width}×{height} pixels, below Stripe's minimum of 128×128.",
                    params,
                )
            )
        elif height and width / height > WIDE_LOGO_RATIO:
            out.append(
                Problem(
                    "The logo is very wide ({width}×{height}); it is shrunk to fit and may be "
                    "hard to read. Prefer a logo at most 6 times as wide as it is tall.",
                    params,
                    "warning",
                )
            )
    return out
