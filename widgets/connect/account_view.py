"""One connected account: who it is, who manages what, its subscriptions and its activity.

The header names the account, its Dashboard access and connection, and says what the
guide's rules mean for it (full-Dashboard accounts manage their own customers'
subscriptions; for the others the platform must). Two tabs follow:

- **Subscriptions** — direct, destination and platform-billing subscriptions in one list,
  filterable by kind and status. Selecting one shows the actions Stripe allows on it;
  an unavailable action is disabled and the reason is written under the buttons.
- **Activity** — the account's Connect and subscription events from the cache, newest
  first, with a button to load the last 30 days from Stripe.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from services.connect.accounts import AccountRow, representatives
from services.connect.activity import LoadResult, load_recent
from services.connect.kinds import Kind
from services.connect.rules import (
    Action,
    Decision,
    account_notes,
    can_create_for,
    invoice_fee_decision,
    subscription_actions,
)
from services.connect.subscriptions import (
    InvoiceFacts,
    Scope,
    StatusFilter,
    SubscriptionRow,
    counts,
    invoice_facts,
)
from services.errors import UserFacingError
from widgets.connect import texts
from widgets.connect.action_dialogs import (
    ActionDialog,
    CancelDialog,
    ChangeFeeDialog,
    InvoiceFeeDialog,
)
from widgets.connect.billing_dialog import BillAccountDialog
from widgets.connect.delegates import PillDelegate
from widgets.connect.models import ActivityModel, SubscriptionsModel
from widgets.connect.wizard import CreateSubscriptionDialog
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import (
    WARNING_COLOR,
    make_muted,
    pill_style,
    scaled_font,
    subtle_fill,
    theme_palette,
)

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl


def table_view(parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table in the panel's style."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(30)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
    return view


def with_empty_state(view: QWidget, label: QLabel) -> QStackedWidget:
    """A stack showing ``view``, or ``label`` (centred, muted) when there is nothing."""
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    make_muted(label)
    stack = QStackedWidget()
    stack.addWidget(view)
    stack.addWidget(label)
    return stack


class AccountView(QWidget):
    """The selected account's header, subscriptions and activity (see module docstring).

    Signals:
        changed() -- a write went through (the panel refreshes what depends on it).
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account: AccountRow | None = None
        self.platform_app: str | None = None
        self.reps: tuple[str, ...] = ()
        self.dialog: QWidget | None = None
        self._invoice: InvoiceFacts | None = None
        self.decisions: dict[Action, Decision] = {}

        # -- header ---------------------------------------------------------------------
        self.name_label = QLabel()
        self.name_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.id_label = QLabel()
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_muted(self.id_label)
        self.dashboard_tag = QLabel()
        self.connection_tag = QLabel()
        self.new_button = QPushButton(self.tr("New subscription…"))
        self.new_button.setToolTip(self.tr("Create a direct or destination subscription (Ctrl+N)"))
        self.new_button.clicked.connect(self.open_wizard)
        self.bill_button = QPushButton(self.tr("Bill this account…"))
        self.bill_button.setToolTip(
            self.tr("Subscribe the customer that represents this account (Ctrl+B)")
        )
        self.bill_button.clicked.connect(self.open_billing)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.name_label)
        head.addWidget(self.id_label)
        head.addWidget(self.dashboard_tag)
        head.addWidget(self.connection_tag)
        head.addStretch(1)
        head.addWidget(self.new_button)
        head.addWidget(self.bill_button)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.banner = ErrorBanner(self, closable=True)

        # -- subscriptions tab ------------------------------------------------------------
        self.kind_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "all")
        self.status_filter.addItem(self.tr("Running"), "active")
        self.status_filter.addItem(self.tr("Ended"), "ended")
        self.kind_filter.currentIndexChanged.connect(self._filters_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.counts_label = QLabel()
        make_muted(self.counts_label)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.counts_label)
        self.subs_model = SubscriptionsModel(self._connection, self)
        self.subs_model.failed.connect(self._read_failed)
        self.subs_view = table_view()
        self.subs_view.setModel(self.subs_model)
        pills = PillDelegate(self.subs_view)
        self.subs_view.setItemDelegateForColumn(SubscriptionsModel.KIND, pills)
        self.subs_view.setItemDelegateForColumn(SubscriptionsModel.STATUS, pills)
        header = self.subs_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SubscriptionsModel.PRICE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (SubscriptionsModel.KIND, 118),
            (SubscriptionsModel.CUSTOMER, 170),
            (SubscriptionsModel.STATUS, 100),
            (SubscriptionsModel.FEE, 112),
            (SubscriptionsModel.COLLECTION, 125),
            (SubscriptionsModel.CREATED_BY, 125),
            (SubscriptionsModel.CREATED, 96),
        ):
            self.subs_view.setColumnWidth(column, width)
        self.subs_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.subs_model.reloaded.connect(self._after_reload)
        self.subs_empty = QLabel()
        self.subs_stack = with_empty_state(self.subs_view, self.subs_empty)

        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        self.fee_button = QPushButton(self.tr("Change fee…"))
        self.cancel_button = QPushButton(self.tr("Cancel subscription…"))
        self.invoice_fee_button = QPushButton(self.tr("Fee on latest invoice…"))
        self.fee_button.clicked.connect(self.open_fee)
        self.cancel_button.clicked.connect(self.open_cancel)
        self.invoice_fee_button.clicked.connect(self.open_invoice_fee)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        make_muted(self.reason_label)
        actions = QHBoxLayout()
        actions.addWidget(self.selected_label, 1)
        actions.addWidget(self.fee_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.invoice_fee_button)

        subs_page = QWidget()
        subs_layout = QVBoxLayout(subs_page)
        subs_layout.setContentsMargins(0, 8, 0, 0)
        subs_layout.setSpacing(8)
        subs_layout.addLayout(filters)
        subs_layout.addWidget(self.subs_stack, 1)
        subs_layout.addLayout(actions)
        subs_layout.addWidget(self.reason_label)

        # -- activity tab -----------------------------------------------------------------
        self.activity_model = ActivityModel(self._connection, self)
        self.activity_model.failed.connect(self._read_failed)
        self.activity_model.reloaded.connect(self._activity_reloaded)
        self.activity_view = table_view()
        self.activity_view.setModel(self.activity_model)
        aheader = self.activity_view.horizontalHeader()
        aheader.setStretchLastSection(False)
        aheader.setSectionResizeMode(ActivityModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.activity_view.setColumnWidth(ActivityModel.WHEN, 150)
        self.activity_view.setColumnWidth(ActivityModel.EVENT, 260)
        self.activity_view.setColumnWidth(ActivityModel.WHERE, 150)
        self.activity_empty = QLabel(
            self.tr(
                "No Connect or subscription events for this account in the local cache yet. "
                "Counterfoil records events as it syncs; load earlier ones from Stripe."
            )
        )
        self.activity_stack = with_empty_state(self.activity_view, self.activity_empty)
        self.load_button = QPushButton(self.tr("Load the last 30 days from Stripe"))
        self.load_button.clicked.connect(self.load_activity)
        self.load_spinner = Spinner(16, self)
        self.load_label = QLabel()
        make_muted(self.load_label)
        load_row = QHBoxLayout()
        load_row.addWidget(self.load_button)
        load_row.addWidget(self.load_spinner)
        load_row.addWidget(self.load_label, 1)
        activity_page = QWidget()
        activity_layout = QVBoxLayout(activity_page)
        activity_layout.setContentsMargins(0, 8, 0, 0)
        activity_layout.setSpacing(8)
        activity_layout.addLayout(load_row)
        activity_layout.addWidget(self.activity_stack, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(subs_page, self.tr("Subscriptions"))
        self.tabs.addTab(activity_page, self.tr("Activity"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        for keys, slot in (
            ("Ctrl+N", self.open_wizard),
            ("Ctrl+B", self.open_billing),
            ("Del", self.open_cancel),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self._fill_kind_filter({})
        self.show_account(None)

    # -- data ---------------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection | None:
        session = self.ctx.session
        if session is None or session.cache is None or not session.usable:
            return None
        try:
            return session.cache.connect()
        except RuntimeError:
            return None

    def _read_failed(self, message: str) -> None:
        self.banner.show_error(self.tr("Could not read the local cache: {0}").format(message))

    def scope(self) -> Scope | None:
        if self.account is None:
            return None
        kind = self.kind_filter.currentData()
        kinds = frozenset(Kind) if not kind else frozenset({Kind(kind)})
        status: StatusFilter = self.status_filter.currentData() or "all"
        return Scope(self.account.id, self.reps, kinds, status)

    # -- showing an account -----------------------------------------------------------------
    def show_account(self, account: AccountRow | None, platform_app: str | None = None) -> None:
        """Show ``account`` (None: nothing selected); keeps the filters."""
        same = account is not None and self.account is not None and account.id == self.account.id
        selected = self.current_subscription()
        self.account = account
        self.platform_app = platform_app
        self.subs_model.platform_app = platform_app
        self.banner.clear()
        if account is None:
            self.name_label.setText(self.tr("No account selected"))
            self.id_label.clear()
            self.notes_label.clear()
            for tag in (self.dashboard_tag, self.connection_tag):
                tag.setVisible(False)
            self.new_button.setEnabled(False)
            self.bill_button.setEnabled(False)
            self.reps = ()
            self.subs_model.set_scope(None)
            self.activity_model.set_account(None)
            self.subs_empty.setText(self.tr("Select an account to see its subscriptions."))
            return
        conn = self._connection()
        try:
            self.reps = (
                tuple(r.customer_id for r in representatives(conn, account.id)) if conn else ()
            )
        except sqlite3.Error as exc:
            self.reps = ()
            self._read_failed(str(exc))
        self._show_header(account)
        loaded = self.subs_model.rowCount()
        scroll = self.subs_view.verticalScrollBar().value()
        self.subs_model.set_scope(self.scope(), account.name)
        if same:
            # A refresh of the same account: keep the place in the list.
            while self.subs_model.rowCount() < loaded and self.subs_model.canFetchMore():
                self.subs_model.fetchMore()
            if selected is not None:
                self.select_subscription(selected.id)
            self.subs_view.verticalScrollBar().setValue(scroll)
        self._load_counts()
        if self.tabs.currentIndex() == 1:
            self.activity_model.set_account(account.id, self.reps)
        else:
            self.activity_model.set_account(None)
        if not same:
            self.load_label.clear()

    def _show_header(self, account: AccountRow) -> None:
        palette = theme_palette()
        text = palette.color(palette.ColorRole.WindowText)
        self.name_label.setText(account.name)
        self.id_label.setText(account.id)
        self.dashboard_tag.setText(
            self.tr("Dashboard: {0}").format(texts.dashboard_label(account.dashboard))
        )
        self.dashboard_tag.setStyleSheet(
            pill_style(subtle_fill(palette, 0.07), text, subtle_fill(palette, 0.18))
        )
        self.dashboard_tag.setVisible(account.dashboard is not None)
        self.connection_tag.setText(texts.connection_label(account.connection))
        self.connection_tag.setVisible(account.connection != "connected")
        self.connection_tag.setStyleSheet(
            pill_style(subtle_fill(palette, 0.07), WARNING_COLOR, WARNING_COLOR)
        )
        notes = [texts.note_text(n, account) for n in account_notes(account)]
        controller = texts.controller_phrase(account)
        if controller:
            notes.append(controller + ".")
        self.notes_label.setText("<br>".join(notes))
        create = can_create_for(account)
        reason = texts.reason_text(create, account.name)
        self.new_button.setEnabled(create.allowed)
        self.bill_button.setEnabled(create.allowed)
        if not create.allowed:
            self.new_button.setToolTip(reason)
            self.bill_button.setToolTip(reason)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-word what this panel composed itself, in the new language (QEvent.LanguageChange;
        fixed texts are re-worded by :func:`desktop.i18n.retranslate_tree`). Keeps all state."""
        if self.account is not None:
            self._show_header(self.account)
            self._load_counts()
        self._selection_changed()

    def _fill_kind_filter(self, numbers: dict[Kind, int]) -> None:
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        self.kind_filter.clear()
        total = sum(numbers.values())
        self.kind_filter.addItem(
            self.tr("All kinds ({0})").format(total) if numbers else self.tr("All kinds"), ""
        )
        for kind in Kind:
            label = texts.kind_label(kind)
            if numbers:
                label = f"{label} ({numbers.get(kind, 0)})"
            self.kind_filter.addItem(label, kind.value)
        index = self.kind_filter.findData(current if current is not None else "")
        self.kind_filter.setCurrentIndex(max(index, 0))
        self.kind_filter.blockSignals(False)

    def _load_counts(self) -> None:
        scope = self.scope()
        session = self.ctx.session
        if scope is None or session is None or session.cache is None:
            return
        cache = session.cache
        wide = Scope(scope.account_id, scope.representatives, frozenset(Kind), scope.status)

        def work(control: TaskControl) -> dict[Kind, int]:
            conn = cache.open_connection()
            try:
                return counts(conn, wide)
            finally:
                conn.close()

        self.ctx.runner.submit(
            work,
            on_success=self._counts_loaded,
            on_failure=lambda e: self.banner.show_error(e),
            key="connect-counts",
            name="connect: count subscriptions",
        )

    def _counts_loaded(self, numbers: dict[Kind, int]) -> None:
        self._fill_kind_filter(numbers)
        self.counts_label.setText(
            " · ".join(f"{n} {i18n.in_sentence(texts.kind_label(k))}" for k, n in numbers.items())
        )

    def _filters_changed(self) -> None:
        if self.account is None:
            return
        self.subs_model.set_scope(self.scope(), self.account.name)
        if self.sender() is self.status_filter:
            self._load_counts()

    def _after_reload(self) -> None:
        empty = self.subs_model.rowCount() == 0
        if self.account is not None:
            self.subs_empty.setText(
                self.tr("{0} has no subscriptions of this kind in the local cache.").format(
                    self.account.name
                )
            )
        self.subs_stack.setCurrentIndex(1 if empty else 0)
        self._selection_changed()

    # -- selection and actions ----------------------------------------------------------
    def current_subscription(self) -> SubscriptionRow | None:
        index = self.subs_view.currentIndex()
        if not index.isValid() or not self.subs_view.selectionModel().isRowSelected(
            index.row(), index.parent()
        ):
            return None
        row = self.subs_model.row_at(index.row())
        return row if isinstance(row, SubscriptionRow) else None

    def select_subscription(self, subscription_id: str) -> bool:
        """Select ``subscription_id`` if it is among the loaded rows."""
        row = self.subs_model.row_of(subscription_id)
        if row is None:
            return False
        self.subs_view.selectRow(row)
        return True

    def _selection_changed(
        self, selected: QItemSelection | None = None, deselected: QItemSelection | None = None
    ) -> None:
        row = self.current_subscription()
        account = self.account
        buttons = {
            Action.CHANGE_FEE: self.fee_button,
            Action.CANCEL: self.cancel_button,
            Action.INVOICE_FEE: self.invoice_fee_button,
        }
        if row is None or account is None:
            for button in buttons.values():
                button.setEnabled(False)
                button.setToolTip("")
            self.selected_label.setText(
                self.tr("Select a subscription to see what you can do with it.")
            )
            self.reason_label.clear()
            self.decisions = {}
            return
        connected = account.connected
        decisions = subscription_actions(
            row, platform_app=self.platform_app, account_connected=connected
        )
        conn = self._connection()
        invoice = None
        if row.latest_invoice and conn is not None:
            try:
                invoice = invoice_facts(conn, row.latest_invoice, row.owner)
            except sqlite3.Error:
                invoice = None
        self._invoice = invoice
        decisions[Action.INVOICE_FEE] = invoice_fee_decision(
            row, invoice, platform_app=self.platform_app, account_connected=connected
        )
        self.decisions = decisions
        reasons: list[str] = []
        for action, button in buttons.items():
            decision = decisions[action]
            button.setEnabled(decision.allowed)
            reason = texts.reason_text(decision, account.name)
            button.setToolTip(reason)
            if reason and reason not in reasons:
                reasons.append(reason)
        self.reason_label.setText("\n".join(reasons))
        self.selected_label.setText(self._describe(row))

    def _describe(self, row: SubscriptionRow) -> str:
        parts = [f"{texts.kind_label(row.kind)} · {row.id}"]
        if row.kind is Kind.DESTINATION:
            parts.append(self.tr("transfers to {0}").format(row.transfer_destination or "—"))
            parts.append(
                self.tr("on_behalf_of: {0}").format(row.on_behalf_of)
                if row.on_behalf_of
                else self.tr("no on_behalf_of")
            )
        elif row.kind is Kind.DIRECT:
            parts.append(self.tr("on the account (Stripe-Account)"))
        else:
            parts.append(self.tr("customer {0} represents the account").format(row.customer_id))
        return " · ".join(parts)

    def _open(self, dialog: ActionDialog) -> None:
        self.dialog = dialog
        dialog.written.connect(self._written)
        dialog.open()

    def _written(self, _: object = None) -> None:
        self.refresh()
        self.changed.emit()

    def open_fee(self) -> None:
        row = self.current_subscription()
        if row is None or self.account is None or not self.fee_button.isEnabled():
            return
        self._open(ChangeFeeDialog(self.ctx, row, self.account.name, self))

    def open_cancel(self) -> None:
        row = self.current_subscription()
        if row is None or self.account is None or not self.cancel_button.isEnabled():
            return
        self._open(CancelDialog(self.ctx, row, self.account.name, self))

    def open_invoice_fee(self) -> None:
        row = self.current_subscription()
        if (
            row is None
            or self.account is None
            or self._invoice is None
            or not self.invoice_fee_button.isEnabled()
        ):
            return
        self._open(InvoiceFeeDialog(self.ctx, row, self._invoice, self.account.name, self))

    def open_wizard(self) -> None:
        if self.account is None or not self.new_button.isEnabled():
            return
        dialog = CreateSubscriptionDialog(self.ctx, self.account, self)
        dialog.created.connect(self._written)
        self.dialog = dialog
        dialog.open()

    def open_billing(self) -> None:
        if self.account is None or not self.bill_button.isEnabled():
            return
        dialog = BillAccountDialog(self.ctx, self.account, self)
        dialog.billed.connect(self._written)
        self.dialog = dialog
        dialog.open()

    def refresh(self) -> None:
        """Re-read the account's rows from the cache (keeping the selection)."""
        if self.account is not None:
            self.show_account(self.account, self.platform_app)

    # -- activity ---------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.account is not None and self.activity_model.account_id is None:
            self.activity_model.set_account(self.account.id, self.reps)

    def _activity_reloaded(self) -> None:
        empty = self.activity_model.rowCount() == 0
        self.activity_stack.setCurrentIndex(1 if empty else 0)

    def load_activity(self) -> None:
        """Read the last 30 days of the account's events from Stripe into the cache."""
        account = self.account
        session = self.ctx.session
        if account is None or session is None or session.cache is None:
            return
        gateway, cache = session.gateway, session.cache

        def work(control: TaskControl) -> LoadResult:
            return load_recent(gateway, cache, account.id, stop=lambda: control.cancelled)

        self.load_button.setEnabled(False)
        self.load_spinner.start()
        self.load_label.setText(self.tr("Loading events from Stripe…"))
        self.ctx.runner.submit(
            work,
            on_success=self._activity_loaded,
            on_failure=self._activity_failed,
            key="connect-activity-load",
            name="connect: load events",
        )

    def _activity_loaded(self, result: LoadResult) -> None:
        self.load_button.setEnabled(True)
        self.load_spinner.stop()
        text = self.tr("Read {0} events from Stripe; {1} were new.").format(
            result.read, result.stored
        )
        if result.account_refused:
            text += " " + self.tr("The account itself refused access (disconnected).")
        if result.truncated:
            text += " " + self.tr("Stopped at the newest 1,000 per account.")
        self.load_label.setText(text)
        if self.account is not None:
            self.activity_model.set_account(self.account.id, self.reps)

    def _activity_failed(self, error: UserFacingError) -> None:
        self.load_button.setEnabled(True)
        self.load_spinner.stop()
        self.load_label.clear()
        self.banner.show_error(error, title=self.tr("Could not load events"))
