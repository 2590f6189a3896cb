"""Unsaved edits that survive closing the panel or the app: one drafts file per profile.

A :class:`Draft` is the document being edited, plus the Stripe object the edit started
from (``base``, needed to tell later whether someone else saved meanwhile and to merge).
Drafts of new configurations have no ``config_id`` and a key of their own (``new-…``).

:class:`DraftStore` keeps the drafts in memory and in one JSON file, written atomically
(a temporary file in the same directory, flushed to disk, then renamed over the old one),
readable by the owner only (0600). :meth:`DraftStore.stage` records a change in memory at
once (cheap, any thread); :meth:`DraftStore.flush` writes the file (call it on a worker, or
at exit). Flushes are serialised and always write the newest staged state, so two flushes
finishing in either order leave the newest drafts on disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.portal_config.document import Doc, normalise

FORMAT = "counterfoil.portal-drafts"
VERSION = 1


@dataclass
class Draft:
    """An unsaved edit of one configuration (or of a new one)."""

    key: str
    doc: Doc
    config_id: str | None = None
    base: dict[str, Any] | None = None
    """The Stripe object the edit started from (None for a new configuration)."""
    title: str = ""
    saved_at: float = field(default_factory=time.time)

    @property
    def is_new(self) -> bool:
        """A configuration that does not exist on Stripe yet."""
        return self.config_id is None

    @property
    def base_updated(self) -> int | None:
        """``updated`` of the version the edit started from."""
        if self.base is None:
            return None
        value = self.base.get("updated")
        return int(value) if isinstance(value, int) else None

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "config_id": self.config_id,
            "base": self.base,
            "doc": self.doc,
            "title": self.title,
            "saved_at": self.saved_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        return cls(
            key=str(data["key"]),
            doc=normalise(data.get("doc")),
            config_id=data.get("config_id") or None,
            base=data.get("base") if isinstance(data.get("base"), dict) else None,
            title=str(data.get("title") or ""),
            saved_at=float(data.get("saved_at") or 0.0),
        )


def new_key() -> str:
    """A key for the draft of a new configuration."""
    return "new-" + uuid.uuid4().hex[:12]


def write_private_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically, owner-only (0600), durable on return."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sys.platform != "win32":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        except OSError:
            pass
        finally:
            os.close(dir_fd)


class DraftStore:
    """The drafts of one profile (see the module docstring)."""

    def __init__(self, path: Path, scope: str | None = None) -> None:
        self.path = Path(path)
        self.scope = scope
        """Drafts written under another scope are dropped on load (the demo uses the
        address of its sandbox, so a new demo starts without the last one's drafts)."""
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._drafts: dict[str, Draft] = {}
        self._generation = 0
        self._written = 0
        self.problem: str | None = None
        """Why the file could not be read (it is then left alone, not overwritten)."""
        self._load()

    def _load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            self.problem = str(exc)
            return
        try:
            data = json.loads(text)
            drafts = [Draft.from_json(d) for d in data.get("drafts", [])]
            if data.get("scope") != self.scope:
                drafts = []
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self.problem = f"{self.path} is damaged ({exc})"
            aside = self.path.with_name(self.path.name + f".damaged-{int(time.time())}")
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
            return
        self._drafts = {d.key: d for d in drafts}

    # -- reading ---------------------------------------------------------------------
    def all(self) -> list[Draft]:
        """Every draft, most recently changed first."""
        with self._lock:
            return sorted(self._drafts.values(), key=lambda d: d.saved_at, reverse=True)

    def get(self, key: str) -> Draft | None:
        """The draft with ``key`` (a configuration id, or a ``new-…`` key)."""
        with self._lock:
            return self._drafts.get(key)

    # -- changing ----------------------------------------------------------------------
    def stage(self, draft: Draft) -> None:
        """Keep ``draft`` (replacing one with the same key); :meth:`flush` writes it."""
        draft.saved_at = time.time()
        with self._lock:
            self._drafts[draft.key] = draft
            self._generation += 1

    def discard(self, key: str) -> bool:
        """Forget the draft with ``key``; True if there was one. :meth:`flush` writes it."""
        with self._lock:
            found = self._drafts.pop(key, None) is not None
            if found:
                self._generation += 1
            return found

    @property
    def dirty(self) -> bool:
        """Staged changes not written yet."""
        with self._lock:
            return self._generation != self._written

    def flush(self) -> None:
        """Write every draft to the file (atomically; no-op when nothing changed)."""
        with self._write_lock:
            with self._lock:
                if self._generation == self._written:
                    return
                generation = self._generation
                payload = {
                    "format": FORMAT,
                    "version": VERSION,
                    "scope": self.scope,
                    "drafts": [d.to_json() for d in self._drafts.values()],
                }
            text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True)
            write_private_atomic(self.path, text)
            with self._lock:
                self._written = max(self._written, generation)


def drafts_path(cache_path: Path) -> Path:
    """Where the drafts of the profile whose cache is ``cache_path`` live (next to it)."""
    return cache_path.with_name(cache_path.stem + ".portal-drafts.json")
