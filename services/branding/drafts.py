"""Unsaved branding edits, kept per account so that none is ever lost silently.

A :class:`Draft` holds what a person changed for one account (colours as typed, new icon or
logo images) and the branding it started from. :class:`DraftStore` keeps drafts on disk,
one JSON file per account plus the image bytes under ``blobs/`` (content-addressed by
SHA-256), all written atomically, so closing the app, switching account or profile, or a
failed save leaves them in place; a store without a directory keeps them in memory only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from services.branding.atomic import atomic_write_bytes
from services.branding.colors import is_hex, parse_hex
from services.branding.model import Branding
from services.config import ensure_private_dir

_PLATFORM_FILE = "platform"


@dataclass(frozen=True)
class DraftImage:
    """A new icon or logo, checked against Stripe's limits, not uploaded yet."""

    sha256: str
    filename: str
    type: str
    width: int
    height: int
    size: int

    @property
    def key(self) -> str:
        """The key the preview looks the image up by."""
        return f"draft:{self.sha256}"


@dataclass(frozen=True)
class Draft:
    """Unsaved edits of one account's branding ('' is the platform)."""

    account_id: str
    base: Branding
    primary_color: str | None = None
    """As typed (may be invalid while the person is typing); None means unchanged."""
    secondary_color: str | None = None
    icon: DraftImage | None = None
    logo: DraftImage | None = None
    updated_at: float = 0.0

    def is_empty(self) -> bool:
        """True when nothing differs from the branding it started from."""
        return not self.changed_fields()

    def changed_fields(self) -> list[str]:
        """Branding fields this draft changes (colours compared canonically)."""
        out = []
        for name in ("primary_color", "secondary_color"):
            typed = getattr(self, name)
            if typed is None or not typed.strip():
                continue
            current = getattr(self.base, name)
            if not is_hex(typed) or current is None or parse_hex(typed) != current.lower():
                out.append(name)
        out += [name for name in ("icon", "logo") if getattr(self, name) is not None]
        return out

    def invalid_fields(self) -> list[str]:
        """Colour fields whose typed text is not a valid colour."""
        return [
            name
            for name in ("primary_color", "secondary_color")
            if (typed := getattr(self, name)) is not None and typed.strip() and not is_hex(typed)
        ]

    def effective(self) -> Branding:
        """The branding to preview: the base with every valid edit applied (images by key)."""
        colours = {
            name: parse_hex(typed)
            for name in ("primary_color", "secondary_color")
            if (typed := getattr(self, name)) and is_hex(typed)
        }
        return self.base.merged(
            icon=self.icon.key if self.icon else None,
            logo=self.logo.key if self.logo else None,
            **colours,
        )

    def edited(self, **changes: Any) -> Draft:
        """A copy with ``changes`` and a fresh ``updated_at``."""
        return replace(self, updated_at=time.time(), **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "base": asdict(self.base),
            "primary_color": self.primary_color,
            "secondary_color": self.secondary_color,
            "icon": asdict(self.icon) if self.icon else None,
            "logo": asdict(self.logo) if self.logo else None,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        def image(value: Any) -> DraftImage | None:
            return DraftImage(**value) if isinstance(value, dict) else None

        return cls(
            account_id=str(data.get("account_id") or ""),
            base=Branding(**(data.get("base") or {})),
            primary_color=data.get("primary_color"),
            secondary_color=data.get("secondary_color"),
            icon=image(data.get("icon")),
            logo=image(data.get("logo")),
            updated_at=float(data.get("updated_at") or 0.0),
        )


class DraftStore:
    """Drafts of one profile, on disk under ``directory`` (or in memory when it is None)."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._drafts: dict[str, Draft] = {}
        self._blobs: dict[str, bytes] = {}
        self._dirty: set[str] = set()
        if directory is not None:
            self._read()

    # -- reading ---------------------------------------------------------------------------
    def _read(self) -> None:
        assert self.directory is not None
        if not self.directory.is_dir():
            return
        for path in sorted(self.directory.glob("*.json")):
            try:
                draft = Draft.from_json(json.loads(path.read_text("utf-8")))
            except (OSError, ValueError, TypeError):
                continue  # a damaged draft file is skipped, not fatal
            if not draft.is_empty():
                self._drafts[draft.account_id] = draft

    def all(self) -> dict[str, Draft]:
        """Every non-empty draft by account id."""
        return dict(self._drafts)

    def get(self, account_id: str) -> Draft | None:
        return self._drafts.get(account_id)

    def image_bytes(self, sha256: str) -> bytes | None:
        """The bytes of a draft image, or None if they are gone."""
        if sha256 in self._blobs:
            return self._blobs[sha256]
        if self.directory is None:
            return None
        try:
            data = (self.directory / "blobs" / sha256).read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != sha256:
            return None
        self._blobs[sha256] = data
        return data

    # -- writing ---------------------------------------------------------------------------
    def _file(self, account_id: str) -> Path:
        assert self.directory is not None
        return self.directory / f"{account_id or _PLATFORM_FILE}.json"

    def put_image(self, data: bytes) -> str:
        """Keep image bytes for a draft; returns their SHA-256 (the blob's name)."""
        sha = hashlib.sha256(data).hexdigest()
        self._blobs[sha] = data
        if self.directory is not None:
            blobs = ensure_private_dir(self.directory / "blobs")
            if not (blobs / sha).exists():
                atomic_write_bytes(blobs / sha, data, mode=0o600)
        return sha

    def save(self, draft: Draft, *, persist: bool = True) -> None:
        """Keep ``draft`` (an empty draft discards the account's draft instead).

        With ``persist=False`` it is kept in memory and written by the next :meth:`flush`
        (the GUI writes a burst of keystrokes once).
        """
        if draft.is_empty():
            self.discard(draft.account_id)
            return
        self._drafts[draft.account_id] = draft
        self._dirty.add(draft.account_id)
        if persist:
            self.flush()

    def flush(self) -> None:
        """Write every draft changed since the last write to disk (atomically)."""
        dirty, self._dirty = self._dirty, set()
        if self.directory is None:
            return
        for account_id in sorted(dirty):
            draft = self._drafts.get(account_id)
            if draft is None:
                continue
            ensure_private_dir(self.directory)
            body = json.dumps(draft.to_json(), indent=1, sort_keys=True).encode()
            atomic_write_bytes(self._file(account_id), body, mode=0o600)

    @property
    def unwritten(self) -> bool:
        """True when some draft is only in memory so far."""
        return bool(self._dirty)

    def discard(self, account_id: str) -> None:
        """Forget the account's draft (and image bytes no other draft uses)."""
        self._drafts.pop(account_id, None)
        self._dirty.discard(account_id)
        if self.directory is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self._file(account_id).unlink()
        used = {img.sha256 for d in self._drafts.values() for img in (d.icon, d.logo) if img}
        blobs = self.directory / "blobs"
        if blobs.is_dir():
            for blob in blobs.iterdir():
                if blob.name not in used and not blob.name.startswith("."):
                    with contextlib.suppress(OSError):
                        blob.unlink()
                    self._blobs.pop(blob.name, None)
