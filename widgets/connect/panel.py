"""The Connect panel: connected accounts, and each account's subscriptions and activity.

Top: the connected accounts (name, id, type, Dashboard access, charges and payouts,
requirements due, connection), searchable (Ctrl+F) and sortable, including accounts
Stripe no longer lists because they disconnected. Bottom: the selected account
(:class:`~widgets.connect.account_view.AccountView`).

Loading the panel reads the cache on a worker thread: accounts the platform's own data
mentions beyond the accounts list, which Connect application is the platform's, and
disconnected accounts whose platform subscriptions still run (then a banner offers to
review and cancel them, :class:`~widgets.connect.disconnected_dialog.DisconnectedAccountsDialog`).
Accounts Stripe no longer lists are checked with Stripe once per session. The panel
refreshes after every sync and after its own writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from services.connect.accounts import (
    AccountExtra,
    AccountQuery,
    AccountRow,
    Connection,
    check_unlisted,
    connection_counts,
    discover,
    get_account,
    merge_checks,
)
from services.connect.deauthorized import DisconnectedAccount, disconnected_accounts
from services.connect.platform_app import PlatformApp, resolve
from services.errors import UserFacingError, describe
from widgets.connect.account_view import AccountView, table_view, with_empty_state
from widgets.connect.disconnected_dialog import DisconnectedAccountsDialog
from widgets.connect.models import AccountsModel
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import heading, make_muted, subtle_fill, theme_palette

if TYPE_CHECKING:
    import sqlite3

    from desktop.context import AppContext
    from desktop.tasks import TaskControl


@dataclass
class Overview:
    """What the panel's background load found."""

    extras: tuple[AccountExtra, ...] = ()
    platform: PlatformApp = field(default_factory=lambda: PlatformApp(None))
    disconnected: list[DisconnectedAccount] = field(default_factory=list)
    counts: dict[Connection, int] = field(default_factory=dict)
    checked: dict[str, Connection] = field(default_factory=dict)
    check_error: UserFacingError | None = None


class ConnectPanel(QWidget):
    """Connected accounts and their subscriptions (see the module docstring)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectPanel")
        self.ctx = ctx
        self.overview = Overview()
        self.loaded = False
        self._checked: dict[str, Connection] = {}
        self._selected_id: str | None = None
        self.dialog: QWidget | None = None

        title = heading(self.tr("Connect"), self.font(), 1.6)
        subtitle = QLabel(
            self.tr(
                "Your connected accounts, and the direct, destination and platform-billing "
                "subscriptions your platform runs with them."
            )
        )
        subtitle.setWordWrap(True)
        make_muted(subtitle)
        self.spinner = Spinner(16, self)
        self.disconnected_button = QPushButton(self.tr("Disconnected accounts…"))
        self.disconnected_button.clicked.connect(self.open_disconnected)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.disconnected_button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = ErrorBanner(self, closable=True)
        self.attention = QFrame()
        self.attention.setObjectName("connectAttention")
        self.attention_label = QLabel()
        self.attention_label.setWordWrap(True)
        self.attention_button = QPushButton(self.tr("Review and cancel…"))
        self.attention_button.clicked.connect(self.open_disconnected)
        attention_row = QHBoxLayout(self.attention)
        attention_row.setContentsMargins(12, 8, 12, 8)
        attention_row.addWidget(self.attention_label, 1)
        attention_row.addWidget(self.attention_button)
        self.attention.setVisible(False)
        palette = theme_palette()
        self.attention.setStyleSheet(
            f"#connectAttention {{ background: {subtle_fill(palette, 0.05).name()};"
            " border: 1px solid #b45309; border-radius: 6px; }"
        )

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts by name, id or email  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.summary_label = QLabel()
        make_muted(self.summary_label)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.summary_label)

        self.accounts_model = AccountsModel(self._connection, self)
        self.accounts_model.failed.connect(
            lambda m: self.banner.show_error(
                self.tr("Could not read the local cache: {0}").format(m)
            )
        )
        self.accounts_view = table_view()
        self.accounts_view.setModel(self.accounts_model)
        self.accounts_view.setSortingEnabled(True)
        self.accounts_view.sortByColumn(AccountsModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.accounts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (AccountsModel.NAME, 220),
            (AccountsModel.ID, 210),
            (AccountsModel.TYPE, 110),
            (AccountsModel.DASHBOARD, 100),
            (AccountsModel.CHARGES, 90),
            (AccountsModel.PAYOUTS, 90),
            (AccountsModel.REQUIREMENTS, 140),
        ):
            self.accounts_view.setColumnWidth(column, width)
        self.accounts_view.selectionModel().selectionChanged.connect(self._account_selected)
        self.accounts_empty = QLabel()
        self.accounts_stack = with_empty_state(self.accounts_view, self.accounts_empty)

        accounts_box = QWidget()
        accounts_layout = QVBoxLayout(accounts_box)
        accounts_layout.setContentsMargins(0, 0, 0, 0)
        accounts_layout.setSpacing(8)
        accounts_layout.addLayout(search_row)
        accounts_layout.addWidget(self.accounts_stack, 1)

        self.account_view = AccountView(ctx, self)
        self.account_view.changed.connect(self.refresh)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(accounts_box)
        self.splitter.addWidget(self.account_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([218, 600])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.attention)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        ctx.profile_changed.connect(self._profile_changed)
        ctx.sync_finished.connect(self._synced)
        ctx.cache_rebuilt.connect(self.refresh)
        self._show_empty()

    # -- data -----------------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection | None:
        session = self.ctx.session
        if session is None or session.cache is None or not session.usable:
            return None
        try:
            return session.cache.connect()
        except RuntimeError:
            return None

    def activate(self) -> None:
        """Shown in the window: load once (later loads follow syncs and writes)."""
        if not self.loaded:
            self.refresh()

    def _profile_changed(self, *_: object) -> None:
        self._checked = {}
        self._selected_id = None
        self.overview = Overview()
        self.loaded = False
        self.accounts_model.set_query(AccountQuery())
        self.account_view.show_account(None)
        self.attention.setVisible(False)
        self.banner.clear()
        if self.isVisible():
            self.refresh()

    def _synced(self, outcome: object) -> None:
        """After a sync: re-read only if it brought something (polls run every minute)."""
        counts = getattr(outcome, "counts", None)
        if self.loaded and isinstance(counts, dict) and not any(counts.values()):
            return
        self.refresh()

    def refresh(self) -> None:
        """Re-read accounts (and what the cache knows beyond them) in the background."""
        session = self.ctx.session
        if session is None or session.cache is None or not session.usable:
            self._show_empty()
            return
        cache, gateway = session.cache, session.gateway
        known = dict(self._checked)

        def work(control: TaskControl) -> Overview:
            conn = cache.open_connection()
            try:
                discovery = discover(conn)
                platform = resolve(conn)
            finally:
                conn.close()
            checked = {a: known[a] for a in discovery.to_check if a in known}
            error: UserFacingError | None = None
            pending = [a for a in discovery.to_check if a not in known]
            if pending:
                try:
                    checked.update(check_unlisted(gateway, pending))
                except Exception as exc:  # offline: show what the cache knows
                    error = describe(exc)
            extras = merge_checks(discovery, checked)
            conn = cache.open_connection()
            try:
                gone = [
                    row
                    for extra in extras
                    if (row := get_account(conn, extra.id, extras)) is not None
                ]
                disconnected = disconnected_accounts(conn, gone, platform.id)
                numbers = connection_counts(conn, extras)
            finally:
                conn.close()
            return Overview(extras, platform, disconnected, numbers, checked, error)

        self.spinner.start()
        if not self.loaded:
            self.accounts_empty.setText(self.tr("Reading connected accounts…"))
        self.ctx.runner.submit(
            work,
            on_success=self._loaded,
            on_failure=self._load_failed,
            key="connect-overview",
            name="connect: overview",
        )

    def _loaded(self, overview: Overview) -> None:
        self.spinner.stop()
        self.loaded = True
        self.overview = overview
        self._checked.update(overview.checked)
        error = overview.check_error
        if error is not None and error.kind != "network":
            self.banner.show_error(
                error, title=self.tr("Could not check the accounts Stripe no longer lists")
            )
        remember = self._selected_id
        self._apply_query()
        self._restore_selection(remember)
        self._update_summary()
        self._update_attention()

    def _load_failed(self, error: UserFacingError) -> None:
        self.spinner.stop()
        self.banner.show_error(error, title=self.tr("Could not read connected accounts"))
        if not self.loaded:
            self.accounts_empty.setText(self.tr("Connected accounts could not be read."))

    def _apply_query(self) -> None:
        q = self.accounts_model.query
        self.accounts_model.set_query(
            AccountQuery(self.search.text(), q.sort, q.descending, self.overview.extras)
        )
        if self.accounts_model.rowCount() == 0:
            if self.search.text().strip():
                self.accounts_empty.setText(self.tr("No account matches your search."))
            else:
                self.accounts_empty.setText(
                    self.tr(
                        "No connected accounts yet. Accounts you connect to your platform "
                        "appear here after a sync."
                    )
                )
            self.accounts_stack.setCurrentIndex(1)
        else:
            self.accounts_stack.setCurrentIndex(0)

    def _apply_search(self) -> None:
        remember = self._selected_id
        self._apply_query()
        self._restore_selection(remember)

    def _restore_selection(self, account_id: str | None) -> None:
        row = self.accounts_model.row_of(account_id) if account_id else None
        if row is None and self.accounts_model.rowCount() > 0:
            row = 0
        if row is None:
            self._selected_id = None
            self.account_view.show_account(None)
            return
        self.accounts_view.selectRow(row)
        # Same row again (a refresh): selectionChanged may not fire; show it anyway.
        account = self.accounts_model.row_at(row)
        if isinstance(account, AccountRow):
            self._selected_id = account.id
            self.account_view.show_account(account, self.overview.platform.id)

    def _account_selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = self.accounts_view.selectionModel().selectedRows()
        account = self.accounts_model.row_at(indexes[0].row()) if indexes else None
        if not isinstance(account, AccountRow):
            return
        if account.id == self._selected_id and self.account_view.account == account:
            return
        self._selected_id = account.id
        self.account_view.show_account(account, self.overview.platform.id)

    def select_account(self, account_id: str) -> bool:
        """Select ``account_id`` in the list (for keyboard users and tests)."""
        row = self.accounts_model.row_of(account_id)
        if row is None:
            return False
        self.accounts_view.selectRow(row)
        return True

    # -- summary and attention ------------------------------------------------------------
    def _update_summary(self) -> None:
        numbers = self.overview.counts
        parts = [self.tr("%Ln connected", "", numbers.get("connected", 0))]
        if numbers.get("deauthorized"):
            parts.append(self.tr("%Ln deauthorized", "", numbers["deauthorized"]))
        if numbers.get("unlisted"):
            parts.append(self.tr("%Ln not listed", "", numbers["unlisted"]))
        error = self.overview.check_error
        if error is not None and error.kind == "network":
            # Offline: the shell already says so; just note what could not be checked.
            parts.append(self.tr("not checked while offline"))
        self.summary_label.setText(" · ".join(parts))
        platform = self.overview.platform
        if platform.id:
            self.summary_label.setToolTip(
                self.tr("Your platform's Connect application: {0}").format(platform.id)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-word what this panel composed itself, in the new language (QEvent.LanguageChange;
        fixed texts are re-worded by :func:`desktop.i18n.retranslate_tree`). Keeps all state."""
        self._update_summary()
        self._update_attention()

    def running_disconnected(self) -> list[DisconnectedAccount]:
        return [d for d in self.overview.disconnected if d.items]

    def _update_attention(self) -> None:
        running = self.running_disconnected()
        if not running:
            self.attention.setVisible(False)
            return
        running = [d for d in running if any(i.cancellable for i in d.items)]
        if not running:
            self.attention.setVisible(False)
            return
        count = sum(1 for d in running for i in d.items if i.cancellable)
        names = ", ".join(d.account.name for d in running)
        self.attention_label.setText(
            self.tr(
                "{0}: %n platform subscription(s) still running after disconnecting. "
                "Disconnecting cancels nothing.",
                "",
                count,
            ).format(names)
        )
        self.attention.setVisible(True)

    def open_disconnected(self) -> None:
        """Review disconnected accounts and cancel their platform subscriptions."""
        dialog = DisconnectedAccountsDialog(
            self.ctx, self.overview.disconnected, self.overview.platform.id, self
        )
        dialog.finished_cancelling.connect(lambda _: self._after_bulk())
        self.dialog = dialog
        dialog.open()

    def _after_bulk(self) -> None:
        self.refresh()
        self.account_view.refresh()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_empty(self) -> None:
        if self.ctx.session is None:
            self.accounts_empty.setText(self.tr("Open an account to see its connected accounts."))
        self.accounts_stack.setCurrentIndex(1)
