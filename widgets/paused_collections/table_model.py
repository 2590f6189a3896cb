"""The lazy table of paused subscriptions: row ids in memory, rows read from SQLite on demand.

:class:`PausedTableModel` holds only the ordered row ids of the current list (computed on a
worker thread by :func:`services.paused.query.row_ids`). When the view asks for a cell,
the model reads the page of rows around it from the cache
(:func:`services.paused.query.fetch_rows`, a couple of hundred rows in one query on this
thread's own connection) and keeps the most recent pages, so scrolling through 100,000
rows reads only what is shown. A row that is no longer paused when its page is read
(resumed by a sync since the list was made) shows as such until the next refresh.

Columns depend on the tab: ``collection`` rows have a behaviour and a resume date;
``status`` rows (``status = paused``) do not.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from services.paused.items import PriceBook
from services.paused.model import PausedRow, PauseKind
from services.paused.query import SortKey, fetch_rows
from widgets.paused_collections import formatting as fmt

PAGE_ROWS = 200
KEPT_PAGES = 24

RowReader = Callable[[PauseKind, list[int]], dict[int, PausedRow]]


@dataclass(frozen=True)
class Column:
    """One column: its key, header, the sort key it maps to, and its cell text."""

    key: str
    title: str  # English source; headerData translates it as it answers
    sort: SortKey | None
    descending_first: bool = False


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PausedTableModel", text)


def columns_for(kind: PauseKind) -> list[Column]:
    """The columns of a tab, most telling first."""
    who = [
        Column("customer", str(QT_TRANSLATE_NOOP("PausedTableModel", "Customer")), "customer"),
        Column("email", str(QT_TRANSLATE_NOOP("PausedTableModel", "Email")), "email"),
        Column("account", str(QT_TRANSLATE_NOOP("PausedTableModel", "Account")), "account"),
    ]
    pause = [
        Column("behavior", str(QT_TRANSLATE_NOOP("PausedTableModel", "Behaviour")), "behavior"),
        Column(
            "effect",
            str(QT_TRANSLATE_NOOP("PausedTableModel", "Invoices while paused")),
            "behavior",
        ),
        Column("resumes", str(QT_TRANSLATE_NOOP("PausedTableModel", "Resumes")), "resumes_at"),
    ]
    rest = [
        Column("since", str(QT_TRANSLATE_NOOP("PausedTableModel", "Paused since")), "paused_since"),
        Column(
            "days",
            str(QT_TRANSLATE_NOOP("PausedTableModel", "Days paused")),
            "paused_since",
            descending_first=True,
        ),
        Column(
            "amount",
            str(QT_TRANSLATE_NOOP("PausedTableModel", "Recurring amount")),
            "amount",
            descending_first=True,
        ),
        Column("currency", str(QT_TRANSLATE_NOOP("PausedTableModel", "Currency")), "currency"),
        Column("status", str(QT_TRANSLATE_NOOP("PausedTableModel", "Status")), "status"),
        Column(
            "subscription",
            str(QT_TRANSLATE_NOOP("PausedTableModel", "Subscription")),
            "subscription",
        ),
        Column("items", str(QT_TRANSLATE_NOOP("PausedTableModel", "Items")), "items"),
        Column(
            "collection",
            str(QT_TRANSLATE_NOOP("PausedTableModel", "Collection")),
            "collection_method",
        ),
        Column(
            "invoice",
            str(QT_TRANSLATE_NOOP("PausedTableModel", "Latest invoice")),
            "invoice_status",
        ),
    ]
    return who + (pause if kind == "collection" else []) + rest


class PausedTableModel(QAbstractTableModel):
    """Paused subscriptions of one kind, in the order of the ids it was given.

    Signals: only QAbstractTableModel's own (``modelReset`` when the list changes,
    ``dataChanged`` is never needed: a row's page is read before its first paint).
    """

    def __init__(
        self,
        kind: PauseKind,
        reader: RowReader | None = None,
        *,
        clock: Callable[[], float] = time.time,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.kind: PauseKind = kind
        self.columns = columns_for(kind)
        self._reader = reader
        self._clock = clock
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, PausedRow]] = OrderedDict()
        self.platform_name = _t("Platform")
        self.reads = 0
        """Page reads so far (tests check the model stays lazy)."""

    # -- content -----------------------------------------------------------------------
    def set_reader(self, reader: RowReader | None) -> None:
        """Where rows come from (None: nothing, e.g. no profile open)."""
        self._reader = reader
        self.set_ids([])

    def set_ids(self, ids: list[int]) -> None:
        """Show the rows with these ids, in this order."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    @property
    def ids(self) -> list[int]:
        """The row ids shown, in order."""
        return list(self._ids)

    def row_id(self, row: int) -> int:
        """The ``subscriptions.rid`` shown at ``row``."""
        return self._ids[row]

    def paused_row(self, row: int) -> PausedRow | None:
        """The data of ``row`` (None when it is no longer paused)."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_ROWS
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    def _read_page(self, page_no: int) -> dict[int, PausedRow]:
        ids = self._ids[page_no * PAGE_ROWS : (page_no + 1) * PAGE_ROWS]
        page: dict[int, PausedRow] = {}
        if self._reader is not None and ids:
            try:
                page = self._reader(self.kind, ids)
            except Exception:  # a closed cache while switching profile: show nothing
                page = {}
            self.reads += 1
        self._pages[page_no] = page
        while len(self._pages) > KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(self.columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].key == "amount":
            return _t(
                "List price per billing period, before discounts and taxes. ≈ marks a "
                "per-month equivalent (items on different intervals); ≥ means metered "
                "items are left out."
            )
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._ids) or not 0 <= col < len(self.columns):
            return None
        item = self.paused_row(row)
        key = self.columns[col].key
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return _t("No longer paused (refresh)")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(Qt.GlobalColor.gray)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("days", "amount"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key == "subscription":
            font = QFont()
            font.setStyleHint(QFont.StyleHint.Monospace)
            font.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
            return font
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def _text(self, r: PausedRow, key: str) -> str:
        now = int(self._clock())
        if key == "customer":
            return r.customer_name or r.customer_email or r.customer_id or ""
        if key == "email":
            return r.customer_email or ""
        if key == "account":
            return (r.account_name or r.account) if r.account else self.platform_name
        if key == "subscription":
            return r.subscription_id
        if key == "status":
            return fmt.status_name(r.status)
        if key == "behavior":
            return fmt.behavior_name(r.behavior)
        if key == "effect":
            return fmt.behavior_effect(r.behavior)
        if key == "resumes":
            return fmt.format_date(r.resumes_at) if r.resumes_at else _t("Indefinitely")
        if key == "since":
            return fmt.format_date(r.paused_since) if r.paused_since else _t("Unknown")
        if key == "days":
            days = r.days_paused(now)
            return "" if days is None else str(days)
        if key == "amount":
            return fmt.format_amount(
                r.amount_minor,
                r.interval,
                r.interval_count,
                r.monthly_minor,
                r.currency,
                r.amount_complete,
            )
        if key == "currency":
            return (r.currency or "").upper()
        if key == "items":
            return r.items
        if key == "collection":
            return fmt.collection_name(r.collection_method)
        if key == "invoice":
            return fmt.invoice_status_name(r.latest_invoice_status)
        return ""

    def _tooltip(self, r: PausedRow, key: str) -> str | None:
        if key in ("behavior", "effect"):
            return fmt.behavior_meaning(r.behavior) or None
        if key == "resumes":
            if r.resumes_at:
                return _t("Collection resumes automatically on {0}.").format(
                    fmt.format_datetime_utc(r.resumes_at)
                )
            return _t("No resume date: collection stays paused until someone resumes it.")
        if key == "since":
            if r.paused_since:
                return fmt.format_datetime_utc(r.paused_since)
            return _t(
                "Not in the synced events (Stripe keeps 30 days of events). Use “Look up "
                "pause dates” to read them from Stripe."
            )
        if key == "customer":
            return "\n".join(x for x in (r.customer_name, r.customer_email, r.customer_id) if x)
        if key == "account" and r.account:
            return r.account
        if key == "amount" and r.monthly_minor is not None:
            return _t("≈ {0} per month").format(fmt.format_money(r.monthly_minor, r.currency))
        if key == "invoice" and r.latest_invoice:
            return r.latest_invoice
        if key == "items":
            return r.items or None
        return None


def cache_reader(cache: Any) -> RowReader:
    """A :data:`RowReader` over ``cache`` using the calling thread's connection."""
    books: dict[int, PriceBook] = {}

    def read(kind: PauseKind, ids: list[int]) -> dict[int, PausedRow]:
        conn = cache.connect()
        book = books.get(id(conn))
        if book is None:
            books.clear()
            book = books[id(conn)] = PriceBook(conn)
        return fetch_rows(conn, kind, ids, book)

    return read
