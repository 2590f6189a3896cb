"""Exporting paused subscriptions to CSV: one snapshot, streamed, written atomically.

:func:`export_csv` is what both the panel's *Export CSV* and ``counterfoil export
paused-collection`` run (on a worker thread / in the CLI process).

* **Consistent:** every read happens inside one read transaction on one connection, so
  a sync writing meanwhile changes nothing in the file: it shows the cache as it was
  when the export began (SQLite's WAL gives each reader its own snapshot).
* **Streamed:** rows come from SQLite a thousand at a time and go straight to the file,
  so memory stays flat whatever the row count.
* **One thread:** reading and formatting take turns on the calling thread. A reading
  thread beside it did not make it faster: SQLite releases the GIL while it steps, but
  the reader takes it back for every row it hands over and has to wait for it while the
  formatting thread runs Python (a reader fetched about a third as many rows per second
  next to a busy Python thread as alone), so the two mostly ran one after the other,
  with the hand-overs on top.
* **Atomic:** the file is written under a temporary name and renamed into place only
  when complete (:class:`~services.paused.csvfile.AtomicFile`); a failure or a cancel
  leaves the previous file, or none.

The format is documented in :mod:`services.paused.csvfile`.
"""

from __future__ import annotations

import operator
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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
    """CPU time spent reading (SQLite and the row objects it hands over)."""
    write_cpu_s: float = 0.0
    """CPU time spent on everything else (formatting, encoding and writing)."""


class ExportCancelled(ExportError):
    """The export was cancelled; nothing was written."""


_CURRENCY = operator.itemgetter(11)
"""A query row's currency (see :func:`services.paused.query.build_query`)."""


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
    :class:`~services.cache.errors.CacheCorrupt` for a damaged cache.

    ``progress`` gets an :class:`ExportProgress` every few thousand rows; only then are
    the rows counted first (for its ``total``), which costs a pass over them.
    """
    started = time.perf_counter()
    cpu_started = time.thread_time()
    now = int(time.time()) if now is None else now
    platform = platform or AccountLabel()
    target = Path(path)
    result = ExportResult(path=target, rows=0, exported_at=now)
    per_currency: Counter[str | None] = Counter()
    line = LineFormatter(kind, now, platform)
    read_cpu = 0.0
    with AtomicFile(target, bom=bom, opener=opener) as out:
        conn = cache.open_connection()
        try:
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            with corruption_as_cache_error(cache.path), query.snapshot(conn):
                tick = time.thread_time()
                total = None
                if progress is not None:
                    total = query.count_matching(conn, kind, filters, now=now)
                sql, params = query.build_query(kind, filters, now=now)
                cur = conn.execute(sql, params)
                read_cpu += time.thread_time() - tick
                items = ItemCells(PriceBook(conn))
                out.write(HEADER_LINE)
                written = 0
                try:
                    while True:
                        tick = time.thread_time()
                        rows = cur.fetchmany(CHUNK_ROWS)
                        read_cpu += time.thread_time() - tick
                        if not rows:
                            break
                        # The item cells' own reads (a few hundred distinct prices)
                        # count as formatting.
                        out.write(line.lines(rows, items))
                        per_currency.update(map(_CURRENCY, rows))
                        written += len(rows)
                        if cancel is not None and cancel.is_set():
                            raise ExportCancelled(
                                "The export was cancelled; nothing was written.",
                                kind="invalid",
                                reason="cancelled",
                            )
                        if progress is not None and written % PROGRESS_EVERY < CHUNK_ROWS:
                            progress(ExportProgress(written, total or written))
                finally:
                    cur.close()
            result.rows = written
        finally:
            conn.close()
    for currency, n in per_currency.items():
        key = currency or ""
        result.per_currency[key] = result.per_currency.get(key, 0) + n
    if progress is not None:
        progress(ExportProgress(result.rows, result.rows))
    result.elapsed_s = time.perf_counter() - started
    result.read_cpu_s = read_cpu
    result.write_cpu_s = time.thread_time() - cpu_started - read_cpu
    return result
