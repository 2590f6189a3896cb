"""Exporting paused subscriptions to CSV: one snapshot, streamed, written atomically.

:func:`export_csv` is what both the panel's *Export CSV* and ``counterfoil export
paused-collection`` run (on a worker thread / in the CLI process).

* **Consistent:** every read happens inside one read transaction on one connection, so
  a sync writing meanwhile changes nothing in the file: it shows the cache as it was
  when the export began (SQLite's WAL gives each reader its own snapshot).
* **Streamed:** rows come from SQLite a thousand at a time through a small bounded
  queue and go straight to the file, so memory stays flat whatever the row count.
  Reading runs on a helper thread (SQLite releases the GIL while it steps) and
  formatting on the calling thread, so the two overlap.
* **Atomic:** the file is written under a temporary name and renamed into place only
  when complete (:class:`~services.paused.csvfile.AtomicFile`); a failure or a cancel
  leaves the previous file, or none.

The format is documented in :mod:`services.paused.csvfile`.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from services.cache.db import Cache
from services.cache.errors import corruption_as_cache_error
from services.paused import query
from services.paused.csvfile import (
    HEADER_LINE,
    AccountLabel,
    AtomicFile,
    ExportError,
    ItemCells,
    LineFormatter,
    Opener,
)
from services.paused.items import PriceBook
from services.paused.model import Filters, PauseKind

CHUNK_ROWS = 1_000
"""Rows fetched, formatted and written at a time."""
QUEUE_CHUNKS = 4
"""Chunks the reader may run ahead of the writer (bounds memory)."""
PROGRESS_EVERY = 5_000
MMAP_BYTES = 1 << 30
"""Read the cache through memory mapping (cheaper page access for one long scan)."""


@dataclass
class ExportProgress:
    """Rows written so far out of ``total``."""

    written: int
    total: int


@dataclass
class ExportResult:
    """What :func:`export_csv` wrote."""

    path: Path
    rows: int
    per_currency: dict[str, int] = field(default_factory=dict)
    elapsed_s: float = 0.0
    exported_at: int = 0
    read_cpu_s: float = 0.0
    """CPU time of the reading thread (SQLite and row objects)."""
    write_cpu_s: float = 0.0
    """CPU time of the calling thread (formatting and writing)."""


class ExportCancelled(ExportError):
    """The export was cancelled; nothing was written."""


_DONE = object()

Chunk = list[tuple[tuple[Any, ...], str, int]]


class _Reader(threading.Thread):
    """Reads the export's rows in one snapshot and hands them over in chunks."""

    def __init__(
        self,
        cache: Cache,
        kind: PauseKind,
        filters: Filters | None,
        now: int,
        stop: threading.Event,
    ) -> None:
        super().__init__(name="paused-export-reader", daemon=True)
        self.cache = cache
        self.kind: PauseKind = kind
        self.filters = filters
        self.now = now
        self.stop = stop
        self.chunks: queue.Queue[Chunk | object | BaseException] = queue.Queue(QUEUE_CHUNKS)
        self.total: int | None = None
        self.counted = threading.Event()
        self.cpu_s = 0.0

    def _put(self, item: Chunk | object | BaseException) -> bool:
        """Hand ``item`` over; False if the writer stopped listening."""
        while not self.stop.is_set():
            try:
                self.chunks.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def run(self) -> None:
        started = time.thread_time()
        try:
            self._read()
        finally:
            self.cpu_s = time.thread_time() - started

    def _read(self) -> None:
        try:
            conn = self.cache.open_connection()
        except BaseException as exc:
            self.counted.set()
            self._put(exc)
            return
        try:
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            with corruption_as_cache_error(self.cache.path), query.snapshot(conn):
                self.total = query.count_matching(conn, self.kind, self.filters, now=self.now)
                self.counted.set()
                items = ItemCells(PriceBook(conn))
                sql, params = query.build_query(self.kind, self.filters, now=self.now)
                cur = conn.execute(sql, params)
                try:
                    while not self.stop.is_set():
                        rows = cur.fetchmany(CHUNK_ROWS)
                        if not rows:
                            break
                        chunk = [(r, *items(r[2], r[12], r[11])) for r in rows]
                        if not self._put(chunk):
                            break
                finally:
                    cur.close()
            self._put(_DONE)
        except BaseException as exc:
            self.counted.set()
            self._put(exc)
        finally:
            conn.close()


def export_csv(
    cache: Cache,
    path: Path | str,
    *,
    kind: PauseKind = "collection",
    filters: Filters | None = None,
    platform: AccountLabel | None = None,
    bom: bool = False,
    now: int | None = None,
    opener: Opener | None = None,
    progress: Callable[[ExportProgress], None] | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Write the ``kind`` rows matching ``filters`` to ``path`` as CSV; returns what it
    wrote. Raises :class:`ExportError` (with a clear message) when the file cannot be
    written, :class:`ExportCancelled` when ``cancel`` is set, and
    :class:`~services.cache.errors.CacheCorrupt` for a damaged cache."""
    started = time.perf_counter()
    cpu_started = time.thread_time()
    now = int(time.time()) if now is None else now
    platform = platform or AccountLabel()
    target = Path(path)
    result = ExportResult(path=target, rows=0, exported_at=now)
    per_currency = result.per_currency
    line = LineFormatter(kind, now, platform)
    stop = threading.Event()
    reader = _Reader(cache, kind, filters, now, stop)
    try:
        with AtomicFile(target, bom=bom, opener=opener) as out:
            reader.start()
            out.write(HEADER_LINE)
            written = 0
            while True:
                item = reader.chunks.get()
                if item is _DONE:
                    break
                if isinstance(item, BaseException):
                    raise item
                assert isinstance(item, list)
                lines = []
                for row, item_cells, item_commas in item:
                    lines.append(line(row, item_cells, item_commas))
                    currency = row[11] or ""
                    per_currency[currency] = per_currency.get(currency, 0) + 1
                out.write("".join(lines))
                written += len(lines)
                if cancel is not None and cancel.is_set():
                    raise ExportCancelled(
                        "The export was cancelled; nothing was written.",
                        kind="invalid",
                        reason="cancelled",
                    )
                if progress is not None and written % PROGRESS_EVERY < CHUNK_ROWS:
                    progress(ExportProgress(written, reader.total or written))
            result.rows = written
    finally:
        stop.set()
        if reader.is_alive():
            reader.join()
    if progress is not None:
        progress(ExportProgress(result.rows, result.rows))
    result.elapsed_s = time.perf_counter() - started
    result.write_cpu_s = time.thread_time() - cpu_started
    result.read_cpu_s = reader.cpu_s
    return result
