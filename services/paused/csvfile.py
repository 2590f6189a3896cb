"""The accountants' CSV: its one stable header, its cells, and writing a file atomically.

Format (documented in the README, "Paused collections CSV"):

* :data:`HEADER` is the first line, always the same columns in the same order; a new
  column would only ever be appended at the end.
* One row per subscription; RFC 4180: comma-separated, CRLF line ends, a field is quoted
  with ``"`` when it holds a comma, a quote (doubled) or a line break.
* UTF-8, optionally with a byte-order mark so Excel detects the encoding.
* Times are ISO-8601 in UTC (``2026-11-21T20:40:34Z``); empty when unknown or not set.
* Amounts are major units (``12.50``; ``1200`` for a zero-decimal currency like ``jpy``;
  ``1.500`` for ``kwd``) with ``.`` as the decimal separator and no grouping; the
  currency is its own column (lowercase ISO code, as Stripe writes it).
* Booleans are ``true`` / ``false``.
* Formula injection: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab, a carriage
  return or a line feed gets a leading apostrophe (``'=1+1``), so spreadsheets show it
  as text instead of running it (:func:`neutralise`). Amounts are never negative, so no
  number is affected.

:class:`AtomicFile` writes to a hidden temporary file next to the target
(``.<name>.<random>.partial``), flushes it to disk and renames it over the target only
when everything was written: a failure (full disk, cancel, crash) leaves either the old
file or no file, never a partial one under the real name.
"""

from __future__ import annotations

import errno
import functools
import io
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from services.errors import UserFacingError
from services.paused import money
from services.paused.items import ItemsSummary, PriceBook
from services.paused.model import PausedRow

HEADER: tuple[str, ...] = (
    "subscription_id",
    "account_id",
    "account_name",
    "customer_id",
    "customer_name",
    "customer_email",
    "status",
    "pause_kind",
    "pause_behavior",
    "resumes_at",
    "paused_since",
    "days_paused",
    "currency",
    "recurring_amount",
    "interval",
    "interval_count",
    "monthly_amount",
    "amount_complete",
    "items",
    "item_count",
    "collection_method",
    "latest_invoice_id",
    "latest_invoice_status",
    "created",
)
"""The CSV's columns, in order. Stable: never reorder or rename; only append."""

FORMULA_STARTS = frozenset("=+-@\t\r\n")
"""First characters that make a spreadsheet treat a cell as a formula (or hide one)."""

BUFFER_BYTES = 1 << 20


def neutralise(cell: str) -> str:
    """``cell`` made safe for spreadsheets: an apostrophe before a formula-like start."""
    if cell and cell[0] in FORMULA_STARTS:
        return "'" + cell
    return cell


@functools.lru_cache(maxsize=8192)
def _iso_day(day: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(day * 86_400))


_TWO = tuple(f"{n:02d}" for n in range(60))
_HOUR_MINUTE = tuple(f"T{h:02d}:{m:02d}:" for h in range(24) for m in range(60))
"""``T%H:%M:`` for each minute of the day."""


def iso_utc(ts: int | None) -> str:
    """A Unix time as ISO-8601 UTC (``2026-11-21T20:40:34Z``); '' for None."""
    if ts is None:
        return ""
    day, second = divmod(int(ts), 86_400)
    minute, sec = divmod(second, 60)
    return f"{_iso_day(day)}{_HOUR_MINUTE[minute]}{_TWO[sec]}Z"


def quote(cell: str) -> str:
    """``cell`` quoted the RFC 4180 way when it holds a comma, a quote or a line break."""
    if '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    if "," in cell or "\n" in cell or "\r" in cell:
        return '"' + cell + '"'
    return cell


def join_cells(values: list[str]) -> str:
    """``values`` as CSV text (no line end): each neutralised, then quoted as needed."""
    return ",".join([quote(neutralise(v)) for v in values])


CRLF = "\r\n"
HEADER_LINE = join_cells(list(HEADER)) + CRLF


@dataclass(frozen=True)
class AccountLabel:
    """How the platform's own rows name their account (its ``acct_…`` and name)."""

    id: str = ""
    name: str = "Platform"


def _text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def item_values(
    amount_minor: int | None,
    interval: str | None,
    interval_count: int | None,
    monthly_minor: int | None,
    complete: bool,
    items: str,
    item_count: int,
    currency: str,
) -> list[str]:
    """The item-derived cells, ``recurring_amount`` … ``item_count`` (raw values)."""
    return [
        "" if amount_minor is None else money.major_text(amount_minor, currency),
        interval or "",
        "" if interval_count is None else str(interval_count),
        "" if monthly_minor is None else money.major_text(monthly_minor, currency),
        "true" if complete else "false",
        items,
        str(item_count),
    ]


def cells_from_items(summary: ItemsSummary, currency: str) -> list[str]:
    """:func:`item_values` of an :class:`ItemsSummary`."""
    return item_values(
        summary.amount_minor,
        summary.interval,
        summary.interval_count,
        summary.monthly_minor,
        summary.complete,
        summary.label,
        summary.count,
        currency,
    )


def cells(r: PausedRow, now: int, platform: AccountLabel) -> list[str]:
    """The cells of ``r`` in :data:`HEADER` order, as raw values (:func:`record`
    neutralises and quotes them). The reference for every CSV row."""
    currency = _text(r.currency)
    if r.account:
        account_id, account_name = r.account, _text(r.account_name)
    else:
        account_id, account_name = platform.id, platform.name
    days = r.days_paused(now)
    return [
        _text(r.subscription_id),
        account_id,
        account_name,
        _text(r.customer_id),
        _text(r.customer_name),
        _text(r.customer_email),
        _text(r.status),
        r.kind,
        _text(r.behavior),
        iso_utc(r.resumes_at),
        iso_utc(r.paused_since),
        "" if days is None else str(days),
        currency,
        *item_values(
            r.amount_minor,
            r.interval,
            r.interval_count,
            r.monthly_minor,
            r.amount_complete,
            r.items,
            r.item_count,
            currency,
        ),
        _text(r.collection_method),
        _text(r.latest_invoice),
        _text(r.latest_invoice_status),
        iso_utc(r.created),
    ]


def record(r: PausedRow, now: int, platform: AccountLabel) -> str:
    """The CSV line (with its CRLF) of ``r``: the reference :class:`LineFormatter`
    must match."""
    return join_cells(cells(r, now, platform)) + CRLF


ItemsLookup = Callable[[Any, Any, Any], tuple[str, int]]
"""(account, signature, currency) -> (a row's item cells, joined; the commas in them)."""


class LineFormatter:
    """Formats the export's rows fast: rows of :func:`services.paused.query.build_query`
    plus their item cells (already joined, see :class:`ItemCells`) in, CSV lines out.

    Same output as :func:`record` on the same subscription, without building a
    :class:`PausedRow`: each line is formatted as if no cell needed care, then checked as
    a whole (no quote or line break anywhere, exactly the commas that separate the cells)
    and cell by cell (no cell starts like a formula); anything else goes through
    :func:`join_cells` cell by cell, the reference way.
    """

    def __init__(self, kind: str, now: int, platform: AccountLabel) -> None:
        self.kind = kind
        self.collection = kind == "collection"
        self.now = now
        self.platform = platform

    def __call__(self, row: tuple[Any, ...], item_cells: str, item_commas: int) -> str:
        """The line (with its CRLF) of one row whose item cells are ``item_cells``."""
        return self.lines([row], lambda _account, _signature, _currency: (item_cells, item_commas))

    def lines(self, rows: Iterable[tuple[Any, ...]], items: ItemsLookup) -> str:
        """The lines (each with its CRLF) of ``rows``, joined; ``items(account,
        signature, currency)`` gives a row's item cells and the commas in them (an
        :class:`ItemCells`)."""
        kind = self.kind
        collection = self.collection
        now = self.now
        platform_id, platform_name = self.platform.id, self.platform.name
        base_commas = _BASE_COMMAS
        formula = FORMULA_STARTS
        out: list[str] = []
        append = out.append
        for (
            _,
            sid,
            account,
            account_name,
            customer,
            name,
            email,
            status,
            behavior,
            resumes,
            since,
            currency,
            signature,
            method,
            invoice,
            invoice_status,
            created,
            _,
        ) in rows:
            item_cells, item_commas = items(account, signature, currency)
            if not account:
                account, account_name = platform_id, platform_name
            if not collection:
                behavior = resumes = None
            if since is None:
                since_text = days = ""
            else:
                since_text = iso_utc(since)
                days = str(max(0, (now - since) // 86_400))
            resumes_text = iso_utc(resumes)
            created_text = iso_utc(created)
            # None is an empty cell; any other value is its str() (as :func:`_text`
            # says), which is also what an f-string writes.
            if sid is None:
                sid = ""
            if account_name is None:
                account_name = ""
            if customer is None:
                customer = ""
            if name is None:
                name = ""
            if email is None:
                email = ""
            if status is None:
                status = ""
            if behavior is None:
                behavior = ""
            if currency is None:
                currency = ""
            if method is None:
                method = ""
            if invoice is None:
                invoice = ""
            if invoice_status is None:
                invoice_status = ""
            line = (
                f"{sid},{account},{account_name},{customer},{name},{email},{status},"
                f"{kind},{behavior},{resumes_text},{since_text},{days},{currency},"
                f"{item_cells},{method},{invoice},{invoice_status},{created_text}"
            )
            if (
                '"' not in line
                and "\n" not in line
                and "\r" not in line
                and line.count(",") == base_commas + item_commas
            ):
                try:
                    for value in (
                        sid,
                        account,
                        account_name,
                        customer,
                        name,
                        email,
                        status,
                        behavior,
                        resumes_text,
                        since_text,
                        currency,
                        method,
                        invoice,
                        invoice_status,
                        created_text,
                    ):
                        if value[:1] in formula:
                            break
                    else:
                        append(line)
                        continue
                except TypeError:
                    pass  # a number where text belongs (not in a cache): the reference way
            values = [
                _text(sid),
                _text(account),
                _text(account_name),
                _text(customer),
                _text(name),
                _text(email),
                _text(status),
                kind,
                _text(behavior),
                resumes_text,
                since_text,
                days,
                _text(currency),
            ]
            tail = [_text(method), _text(invoice), _text(invoice_status), created_text]
            append(f"{join_cells(values)},{item_cells},{join_cells(tail)}")
        append("")
        return CRLF.join(out)


_BASE_COMMAS = len(HEADER) - 7
"""Commas between the cells of a line, not counting those inside the item cells'
text (the 7 item cells bring 6 of their own, plus any quoted ones: ``item_commas``)."""


class ItemCells:
    """The item-derived cells (amounts, interval, items) of a subscription, joined and
    quoted, per (account, signature, currency): most subscriptions share them, so each
    distinct one is formatted once."""

    MAX_ENTRIES = 50_000
    """Start over past this many distinct signatures, to keep memory flat."""

    def __init__(self, book: PriceBook) -> None:
        self.book = book
        self._memo: dict[tuple[str, str | None, str | None], tuple[str, int]] = {}

    def __call__(
        self, account: str, signature: str | None, currency: str | None
    ) -> tuple[str, int]:
        """(the joined cells, the commas in them)."""
        key = (account, signature, currency)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) >= self.MAX_ENTRIES:
                self._memo.clear()
            summary = self.book.summary(account, signature)
            text = join_cells(cells_from_items(summary, _text(currency)))
            found = self._memo[key] = (text, text.count(","))
        return found


@dataclass(eq=False)
class ExportError(UserFacingError):
    """Writing the CSV failed; ``reason`` is ``no_space``, ``permission``, ``read_only``,
    ``no_folder``, ``is_folder``, ``cancelled`` or ``io``."""

    reason: str = "io"


def describe_os_error(exc: OSError, target: Path) -> ExportError:
    """A clear sentence for why ``target`` could not be written."""
    folder = target.parent
    code = exc.errno
    kept = " Nothing was written" + (
        f"; the existing {target.name} is unchanged." if target.exists() else "."
    )
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(
            f"The disk is full: there is not enough space in {folder} for {target.name}.{kept}",
            kind="invalid",
            reason="no_space",
        )
    if code == errno.EROFS:
        return ExportError(
            f"{folder} is on a read-only file system; choose another folder.{kept}",
            kind="invalid",
            reason="read_only",
        )
    if code in (errno.EACCES, errno.EPERM):
        return ExportError(
            f"Permission denied: cannot write to {folder}; choose another folder.{kept}",
            kind="invalid",
            reason="permission",
        )
    if code == errno.ENOENT:
        return ExportError(
            f"The folder {folder} does not exist.{kept}", kind="invalid", reason="no_folder"
        )
    if code == errno.ENOTDIR:
        return ExportError(f"{folder} is not a folder.{kept}", kind="invalid", reason="no_folder")
    if code == errno.EISDIR:
        return ExportError(
            f"{target} is a folder; give a file name.{kept}", kind="invalid", reason="is_folder"
        )
    detail = exc.strerror or type(exc).__name__
    return ExportError(f"Could not write {target}: {detail}.{kept}", kind="invalid", reason="io")


Opener = Callable[[int], BinaryIO]
"""Wraps the temporary file's descriptor in a binary file (tests inject failures here)."""


def _default_opener(fd: int) -> BinaryIO:
    return os.fdopen(fd, "wb", buffering=BUFFER_BYTES)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A text file written under a temporary name and renamed into place on success.

    ``with AtomicFile(path, bom=True) as out: out.write(...)``; leaving the block with an
    exception deletes the temporary file and leaves ``path`` as it was. OS errors come
    out as :class:`ExportError` with a clear message.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        bom: bool = False,
        opener: Opener | None = None,
    ) -> None:
        self.target = Path(path)
        self.bom = bom
        self.opener = opener or _default_opener
        self.temp: Path | None = None
        self._fd = -1
        self._binary: BinaryIO | None = None
        self._text: io.TextIOWrapper | None = None

    def __enter__(self) -> io.TextIOWrapper:
        target = self.target
        if target.is_dir():
            raise describe_os_error(IsADirectoryError(errno.EISDIR, "Is a directory"), target)
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".partial", dir=target.parent
            )
        except OSError as exc:
            raise describe_os_error(exc, target) from exc
        self.temp = Path(name)
        try:
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
            os.fchmod(fd, mode)
            self._fd = fd
            self._binary = self.opener(fd)
        except BaseException as exc:
            os.close(fd)
            self._discard()
            if isinstance(exc, OSError):
                raise describe_os_error(exc, target) from exc
            raise
        self._text = io.TextIOWrapper(
            self._binary,
            encoding="utf-8-sig" if self.bom else "utf-8",
            errors="replace",
            newline="",
            write_through=False,
        )
        return self._text

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None:
            self._close_quietly()
            self._discard()
            if isinstance(exc, OSError):
                raise describe_os_error(exc, self.target) from exc
            return
        try:
            self._commit()
        except OSError as error:
            self._close_quietly()
            self._discard()
            raise describe_os_error(error, self.target) from error
        except BaseException:
            self._close_quietly()
            self._discard()
            raise

    def _commit(self) -> None:
        assert self._text is not None and self._binary is not None and self.temp is not None
        self._text.flush()
        self._binary.flush()
        os.fsync(self._fd)
        self._text.close()
        self._text = None
        self._binary = None
        os.replace(self.temp, self.target)
        self.temp = None
        _fsync_dir(self.target.parent)

    def _close_quietly(self) -> None:
        for handle in (self._text, self._binary):
            if handle is None:
                continue
            try:
                handle.close()
            except Exception:
                # Closing flushes; on a full disk that fails again. The descriptor is
                # closed regardless (the file object marks itself closed first).
                pass
        self._text = None
        self._binary = None

    def _discard(self) -> None:
        if self.temp is not None:
            try:
                self.temp.unlink()
            except FileNotFoundError:
                pass
            self.temp = None


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (POSIX); harmless where directories cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
