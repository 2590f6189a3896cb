"""The cache file: opening, per-thread connections, integrity checks and rebuilding.

One SQLite file per profile lives in the platform's data directory (its path is
``AccountManager.cache_path`` in :mod:`services.credentials`). :meth:`Cache.open`
creates it owner-only (mode 0600, through ``os.open`` before SQLite ever touches it;
SQLite gives its ``-wal``/``-shm`` files the same mode), switches it to WAL with
``synchronous=NORMAL`` and applies pending migrations. A file that is not a database,
or whose pages are damaged, raises :class:`~services.cache.errors.CacheCorrupt`;
:meth:`Cache.rebuild` then moves it (with its WAL) aside as ``<name>.corrupt-<UTC
stamp>`` and creates a fresh one.

Threads: :meth:`Cache.connect` hands each thread its own connection, opened in
autocommit mode (``isolation_level=None``) so transactions are explicit
(``BEGIN``/``COMMIT`` in :mod:`services.cache.store`). A connection never leaves the
thread that opened it; WAL lets the UI thread read while the sync's writer thread writes.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

from sqlite_utils import Database

from services.cache.errors import CacheCorrupt, CacheTooNew, corruption_as_cache_error
from services.cache.migrations import migrate, unknown_migrations
from services.config import ensure_private_dir

_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 10_000


def _create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists; tighten it if it is wider."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if sys.platform != "win32" and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        return
    os.close(fd)


def _check_header(path: Path) -> None:
    """Raise CacheCorrupt if a non-empty file does not start with SQLite's magic string."""
    with open(path, "rb") as fh:
        head = fh.read(len(_SQLITE_MAGIC))
    if head and head != _SQLITE_MAGIC:
        raise CacheCorrupt(path, "file is not a database")


class Cache:
    """An open cache file. Create with :meth:`open`; share one instance between threads."""

    def __init__(self, path: Path) -> None:
        """Use :meth:`open`, which creates, checks and migrates the file first."""
        self.path = path
        self.replaced: Path | None = None
        """After :meth:`rebuild`, where the previous (damaged) file was moved."""
        self._lock = threading.Lock()
        self._by_thread: dict[int, sqlite3.Connection] = {}
        """One connection per OS thread (``threading.get_ident``), not ``threading.local``:
        Qt's thread pool runs each task with a fresh Python thread state, so a
        thread-local would open (and keep) a new connection for every task."""
        self._closed = False

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str) -> Cache:
        """Open (creating if needed) the cache at ``path`` and bring its schema up to date.

        Raises :class:`CacheCorrupt` for a damaged file and :class:`CacheTooNew` for a
        file written by a newer Counterfoil.
        """
        path = Path(path)
        ensure_private_dir(path.parent)
        _create_private_file(path)
        _check_header(path)
        cache = cls(path)
        try:
            with corruption_as_cache_error(path):
                conn = cache.connect()
                mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise CacheCorrupt(path, f"cannot switch to WAL (journal_mode={mode})")
                db = Database(conn)
                unknown = unknown_migrations(db)
                if unknown:
                    raise CacheTooNew(path, unknown)
                migrate(db)
        except BaseException:
            cache.close()
            raise
        return cache

    @classmethod
    def rebuild(cls, path: Path | str) -> Cache:
        """Move the file at ``path`` (and its WAL) aside and open a fresh, empty cache.

        The old file is kept as ``<name>.corrupt-<UTC stamp>`` next to it, so nothing is
        lost if the user wants to look at it; the new cache's ``replaced`` says where.
        Close any open :class:`Cache` on this path first.
        """
        path = Path(path)
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        moved: Path | None = None
        if path.exists():
            os.replace(path, aside)
            moved = aside
        for suffix in ("-wal", "-shm", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                if moved is not None:
                    os.replace(side, aside.with_name(aside.name + suffix))
                else:
                    side.unlink()
        cache = cls.open(path)
        cache.replaced = moved
        return cache

    # -- connections ---------------------------------------------------------------
    def connect(self) -> sqlite3.Connection:
        """This thread's connection to the cache (opened on first use, then reused)."""
        ident = threading.get_ident()
        conn = self._by_thread.get(ident)
        if conn is not None:
            return conn
        if self._closed:
            raise RuntimeError(f"cache {self.path} is closed")
        # check_same_thread=False so close() can close every connection from one thread,
        # and so a new thread that the OS gives a finished thread's id may reuse that
        # thread's connection; a connection is only ever used by the one live thread
        # with its id.
        conn = self._new_connection(check_same_thread=False)
        with self._lock:
            if self._closed:
                conn.close()
                raise RuntimeError(f"cache {self.path} is closed")
            self._by_thread[ident] = conn
        return conn

    def open_connection(self) -> sqlite3.Connection:
        """A new private connection for a short-lived worker thread; the caller closes it.

        Unlike :meth:`connect` it is not kept per thread, so a thread that ends does not
        leave a connection behind (the sync's writer thread uses this).
        """
        if self._closed:
            raise RuntimeError(f"cache {self.path} is closed")
        return self._new_connection(check_same_thread=True)

    def _new_connection(self, *, check_same_thread: bool) -> sqlite3.Connection:
        with corruption_as_cache_error(self.path):
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=check_same_thread
            )
            conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA cache_size = -32000")
            conn.execute("PRAGMA temp_store = MEMORY")
        return conn

    def close(self) -> None:
        """Close every connection this cache opened, on every thread."""
        with self._lock:
            self._closed = True
            conns = list(self._by_thread.values())
            self._by_thread = {}
        for conn in conns:
            try:
                conn.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- health --------------------------------------------------------------------
    def schema_version(self) -> int:
        """``PRAGMA user_version``: the number of the last migration applied."""
        with corruption_as_cache_error(self.path):
            return int(self.connect().execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self, *, full: bool = False) -> bool:
        """Run ``PRAGMA quick_check`` (or ``integrity_check`` when ``full``) on the file.

        Returns False for a damaged file instead of raising, so callers can decide; on a
        large cache this reads the whole file, so run it off the UI thread.
        """
        pragma = "integrity_check" if full else "quick_check"
        try:
            rows = self.connect().execute(f"PRAGMA {pragma}").fetchall()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise
            return False
        return rows == [("ok",)]

    def check(self) -> None:
        """Raise :class:`CacheCorrupt` unless :meth:`integrity_ok`."""
        if not self.integrity_ok():
            raise CacheCorrupt(self.path, "integrity check failed")
