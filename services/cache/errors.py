"""Errors raised by the cache, and the test that tells a corrupt file from a busy one.

``CacheCorrupt`` is the one the application acts on: it offers to rebuild the cache
(``Cache.rebuild``), which moves the bad file aside and starts a fresh one. A locked
or busy database is *not* corruption and passes through as ``sqlite3.OperationalError``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# SQLite primary result codes that mean "this file is not a sound database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_CORRUPTION_WORDS = ("database disk image is malformed", "file is not a database")


class CacheError(Exception):
    """Base class of every cache error."""


class CacheCorrupt(CacheError):
    """The cache file is damaged or is not a SQLite database; it can be rebuilt."""

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(f"The local cache {path} is damaged ({detail}).")
        self.path = Path(path)
        self.detail = detail


class CacheTooNew(CacheError):
    """The cache file was written by a newer Counterfoil with a schema this one does not know."""

    def __init__(self, path: Path | str, unknown: list[str]) -> None:
        super().__init__(
            f"The local cache {path} was created by a newer version of Counterfoil "
            f"(unknown migrations: {', '.join(unknown)})."
        )
        self.path = Path(path)
        self.unknown = unknown


def is_corruption(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite telling us the file is corrupt or not a database."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc).lower()
    return any(word in message for word in _CORRUPTION_WORDS)


@contextmanager
def corruption_as_cache_error(path: Path | str) -> Iterator[None]:
    """Re-raise SQLite corruption errors inside the block as :class:`CacheCorrupt`."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            raise CacheCorrupt(path, str(exc)) from exc
        raise
