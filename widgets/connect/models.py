"""Lazy table models over the cache for the Connect panel: accounts, subscriptions, activity.

Each model holds only the rows fetched so far and reads the next page from SQLite when the
view scrolls near the end (``canFetchMore``/``fetchMore``), through the calling (UI)
thread's own cache connection. Accounts page by offset (the list is sorted by any column);
subscriptions and events page by key (``created``, ``rid``), newest first. A failed read
(the cache was closed by a profile switch) ends the list and emits ``failed``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop import i18n
from desktop.i18n import QT_TRANSLATE_NOOP
from services.connect.accounts import (
    AccountQuery,
    AccountRow,
    AccountSort,
    account_page,
    count_accounts,
)
from services.connect.activity import ActivityRow, activity_page
from services.connect.kinds import Kind
from services.connect.rules import subscription_creator
from services.connect.subscriptions import Scope, SubscriptionRow, subscription_page
from widgets.connect import texts
from widgets.connect.delegates import KIND_COLORS, PILL_COLOR_ROLE, STATUS_COLORS, readable
from widgets.style import WARNING_COLOR, muted_color, theme_palette

ConnProvider = Callable[[], sqlite3.Connection | None]
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE = 100
Index: TypeAlias = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Connect", text)


class _LazyModel(QAbstractTableModel):
    """Rows fetched page by page; subclasses say how to read a page and show a cell.

    Signals:
        failed(str) -- reading the cache failed (the list stops where it was).
        reloaded() -- the model was reset with fresh rows.
    """

    failed = Signal(str)
    reloaded = Signal()

    headers: tuple[str, ...] = ()

    def __init__(self, connection: ConnProvider, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._connection = connection
        self.rows: list[Any] = []
        self._more = False

    # -- paging -------------------------------------------------------------------------
    def _read(self, conn: sqlite3.Connection, limit: int) -> list[Any]:
        raise NotImplementedError

    def _page(self, limit: int = PAGE) -> list[Any]:
        conn = self._connection()
        if conn is None:
            return []
        try:
            return self._read(conn, limit)
        except (sqlite3.Error, RuntimeError) as exc:
            self._more = False
            self.failed.emit(str(exc))
            return []

    def reload(self) -> None:
        """Throw away the rows and read the first page again."""
        self.beginResetModel()
        self.rows = []
        self._more = True
        page = self._page()
        more = self._more and len(page) >= PAGE
        self.rows = page
        # Views fetch on reset; let them only once the reset is complete.
        self._more = False
        self.endResetModel()
        self._more = more
        self.reloaded.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._more = False
        self.endResetModel()
        self.reloaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._page()
        self._more = self._more and len(page) >= PAGE
        if not page:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # -- table --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return _t(self.headers[section])
        return None

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        item = self.rows[index.row()]
        if role == ROW_ROLE:
            return item
        return self._cell(item, index.column(), role)

    def _cell(self, item: Any, column: int, role: int) -> Any:
        raise NotImplementedError


def _muted() -> QColor:
    return muted_color(theme_palette())


# -- accounts --------------------------------------------------------------------------------
class AccountsModel(_LazyModel):
    """Connected accounts (and the ones Stripe no longer lists), searchable and sortable."""

    NAME, ID, TYPE, DASHBOARD, CHARGES, PAYOUTS, REQUIREMENTS, CONNECTION = range(8)
    headers = (
        QT_TRANSLATE_NOOP("Connect", "Name"),
        QT_TRANSLATE_NOOP("Connect", "Account ID"),
        QT_TRANSLATE_NOOP("Connect", "Type"),
        QT_TRANSLATE_NOOP("Connect", "Dashboard"),
        QT_TRANSLATE_NOOP("Connect", "Charges"),
        QT_TRANSLATE_NOOP("Connect", "Payouts"),
        QT_TRANSLATE_NOOP("Connect", "Requirements due"),
        QT_TRANSLATE_NOOP("Connect", "Connection"),
    )
    SORTS = (
        AccountSort.NAME,
        AccountSort.ID,
        AccountSort.TYPE,
        AccountSort.DASHBOARD,
        AccountSort.CHARGES,
        AccountSort.PAYOUTS,
        AccountSort.REQUIREMENTS,
        AccountSort.CONNECTION,
    )

    def __init__(self, connection: ConnProvider, parent: QObject | None = None) -> None:
        super().__init__(connection, parent)
        self.query = AccountQuery()
        self.total = 0

    def set_query(self, query: AccountQuery) -> None:
        self.query = query
        conn = self._connection()
        try:
            self.total = count_accounts(conn, query) if conn is not None else 0
        except (sqlite3.Error, RuntimeError) as exc:
            self.total = 0
            self.failed.emit(str(exc))
        self.reload()

    def _read(self, conn: sqlite3.Connection, limit: int) -> list[AccountRow]:
        return account_page(conn, self.query, len(self.rows), limit)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORTS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        q = self.query
        self.set_query(AccountQuery(q.search, self.SORTS[column], descending, q.extras))

    def row_of(self, account_id: str) -> int | None:
        """The row of ``account_id`` among the rows loaded so far."""
        for n, row in enumerate(self.rows):
            if row.id == account_id:
                return n
        return None

    def _cell(self, item: Any, column: int, role: int) -> Any:
        acct: AccountRow = item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(acct, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(acct, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.CHARGES, self.PAYOUTS):
                value = acct.charges_enabled if column == self.CHARGES else acct.payouts_enabled
                if value is False:
                    return readable(WARNING_COLOR)
            if column == self.REQUIREMENTS and acct.past_due:
                return readable(WARNING_COLOR)
            if column == self.CONNECTION and acct.connection != "connected":
                return readable(WARNING_COLOR)
            if column == self.ID or (not acct.listed and column != self.NAME):
                return _muted()
        return None

    def _text(self, acct: AccountRow, column: int) -> str:
        if column == self.NAME:
            return acct.name
        if column == self.ID:
            return acct.id
        if column == self.TYPE:
            return texts.type_label(acct.type)
        if column == self.DASHBOARD:
            return texts.dashboard_label(acct.dashboard)
        if column == self.CHARGES:
            return texts.yes_no(acct.charges_enabled)
        if column == self.PAYOUTS:
            return texts.yes_no(acct.payouts_enabled)
        if column == self.REQUIREMENTS:
            if not acct.listed:
                return "—"
            if acct.past_due:
                return _t("{0} past due").format(len(acct.past_due))
            return (
                _t("{0} due").format(len(acct.currently_due)) if acct.currently_due else _t("None")
            )
        if column == self.CONNECTION:
            label = texts.connection_label(acct.connection)
            if acct.connection == "deauthorized" and acct.disconnected_at:
                return f"{label} · {texts.date(acct.disconnected_at)}"
            return label
        return ""

    def _tooltip(self, acct: AccountRow, column: int) -> str | None:
        if column == self.REQUIREMENTS and acct.currently_due:
            return "\n".join(acct.currently_due)
        if column == self.NAME:
            parts = [p for p in (acct.email, acct.country) if p]
            return " · ".join(parts) or None
        if column in (self.TYPE, self.DASHBOARD):
            return texts.controller_phrase(acct) or None
        return None


# -- subscriptions ---------------------------------------------------------------------------
def price_text(row: SubscriptionRow) -> str:
    """``$129.00 / month · Unlimited classes`` (+ how many more items)."""
    if row.price_id is None:
        return "—"
    amount = i18n.format_money(row.unit_amount, row.price_currency)
    if row.interval:
        amount = f"{amount} / {texts.interval_text(row.interval, row.interval_count)}"
    name = row.product_name or row.price_nickname or row.price_id
    text = f"{amount} · {name}"
    if row.items_count > 1:
        text += " " + _t("(+{0} more)").format(row.items_count - 1)
    return text


class SubscriptionsModel(_LazyModel):
    """One account's subscriptions of every kind, newest first."""

    KIND, CUSTOMER, PRICE, STATUS, FEE, COLLECTION, CREATED_BY, CREATED = range(8)
    headers = (
        QT_TRANSLATE_NOOP("Connect", "Kind"),
        QT_TRANSLATE_NOOP("Connect", "Customer"),
        QT_TRANSLATE_NOOP("Connect", "Price"),
        QT_TRANSLATE_NOOP("Connect", "Status"),
        QT_TRANSLATE_NOOP("Connect", "Application fee"),
        QT_TRANSLATE_NOOP("Connect", "Collection"),
        QT_TRANSLATE_NOOP("Connect", "Created by"),
        QT_TRANSLATE_NOOP("Connect", "Created"),
    )

    def __init__(self, connection: ConnProvider, parent: QObject | None = None) -> None:
        super().__init__(connection, parent)
        self.scope: Scope | None = None
        self.platform_app: str | None = None
        self.account_name = ""

    def set_scope(self, scope: Scope | None, account_name: str = "") -> None:
        self.scope = scope
        self.account_name = account_name
        if scope is None:
            self.clear()
        else:
            self.reload()

    def _read(self, conn: sqlite3.Connection, limit: int) -> list[SubscriptionRow]:
        if self.scope is None:
            return []
        after = self.rows[-1].key if self.rows else None
        return subscription_page(conn, self.scope, after, limit)

    def row_of(self, subscription_id: str) -> int | None:
        for n, row in enumerate(self.rows):
            if row.id == subscription_id:
                return n
        return None

    def _cell(self, item: Any, column: int, role: int) -> Any:
        row: SubscriptionRow = item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == PILL_COLOR_ROLE:
            if column == self.KIND:
                return KIND_COLORS.get(row.kind.value)
            if column == self.STATUS:
                return STATUS_COLORS.get(row.status)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CREATED:
            return _muted()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FEE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: SubscriptionRow, column: int) -> str:
        if column == self.KIND:
            return texts.kind_label(row.kind)
        if column == self.CUSTOMER:
            return row.customer_name or row.customer_email or row.customer_id or "—"
        if column == self.PRICE:
            return price_text(row)
        if column == self.STATUS:
            return texts.status_label(row.status)
        if column == self.FEE:
            if row.application_fee_percent is None:
                return "—"
            return texts.fee_percent(row.application_fee_percent)
        if column == self.COLLECTION:
            return texts.pause_label(row.pause_behavior, row.pause_resumes_at, row.status)
        if column == self.CREATED_BY:
            who = subscription_creator(row, self.platform_app)
            return texts.creator_label(who, self.account_name)
        if column == self.CREATED:
            return texts.date(row.created)
        return ""

    def _tooltip(self, row: SubscriptionRow, column: int) -> str | None:
        if column == self.KIND:
            tip = texts.kind_explanation(row.kind)
            if row.kind is Kind.DESTINATION:
                extra = []
                if row.transfer_amount_percent is not None:
                    extra.append(
                        _t("{0}% of each payment is transferred").format(
                            i18n.locale().toString(float(row.transfer_amount_percent), "g", 6)
                        )
                    )
                if row.on_behalf_of:
                    extra.append(_t("on_behalf_of: {0}").format(row.on_behalf_of))
                if extra:
                    tip += "\n" + "\n".join(extra)
            return tip
        if column == self.CUSTOMER:
            return "\n".join(p for p in (row.customer_email, row.customer_id, row.id) if p)
        if column == self.PRICE:
            return price_text(row)
        if column == self.CREATED_BY and row.application:
            return _t("application: {0}").format(row.application)
        if column == self.COLLECTION:
            return texts.pause_tooltip(row.pause_behavior, row.pause_resumes_at)
        return None


# -- activity ------------------------------------------------------------------------------
class ActivityModel(_LazyModel):
    """The account's Connect and subscription events, newest first."""

    WHEN, EVENT, DETAILS, WHERE = range(4)
    headers = (
        QT_TRANSLATE_NOOP("Connect", "When"),
        QT_TRANSLATE_NOOP("Connect", "Event"),
        QT_TRANSLATE_NOOP("Connect", "Details"),
        QT_TRANSLATE_NOOP("Connect", "Where"),
    )

    def __init__(self, connection: ConnProvider, parent: QObject | None = None) -> None:
        super().__init__(connection, parent)
        self.account_id: str | None = None
        self.representatives: tuple[str, ...] = ()

    def set_account(self, account_id: str | None, representatives: tuple[str, ...] = ()) -> None:
        self.account_id = account_id
        self.representatives = representatives
        if account_id is None:
            self.clear()
        else:
            self.reload()

    def _read(self, conn: sqlite3.Connection, limit: int) -> list[ActivityRow]:
        if self.account_id is None:
            return []
        after = self.rows[-1].key if self.rows else None
        return activity_page(conn, self.account_id, self.representatives, after, limit)

    def _cell(self, item: Any, column: int, role: int) -> Any:
        row: ActivityRow = item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return texts.date_time(row.created)
            if column == self.EVENT:
                return texts.event_label(row.type)
            if column == self.DETAILS:
                return self._details(row)
            if column == self.WHERE:
                return _t("On the account") if row.on_account else _t("On your platform")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.EVENT:
            return f"{row.type}\n{row.id}"
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.WHEN, self.WHERE):
            return _muted()
        return None

    @staticmethod
    def _details(row: ActivityRow) -> str:
        parts: list[str] = []
        if row.name:
            parts.append(row.name)
        if row.object_id:
            parts.append(row.object_id)
        if row.amount is not None and row.currency:
            parts.append(i18n.format_money(row.amount, row.currency))
        if row.status:
            parts.append(texts.status_label(row.status))
        if row.changed:
            parts.append(_t("changed: {0}").format(", ".join(row.changed)))
        return " · ".join(parts)
