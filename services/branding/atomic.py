"""Atomic file writes: a reader sees the old file or the new one, never half of either.

The bytes go to a temporary file in the same directory, are flushed to disk, and replace
the target with ``os.replace`` (atomic on POSIX and Windows); on any failure the temporary
file is removed and the old file is untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path | str, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` atomically with permission bits ``mode`` (default: those of
    the file it replaces, else 0644)."""
    target = Path(path)
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o777
        except OSError:
            mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
