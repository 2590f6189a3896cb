"""The Customers panel: find anyone as you type, see everything about them, open their portal.

Left: the search field, an account filter and the results (:class:`ResultsModel`, lazy).
Every keystroke runs the search on a worker (``services.customers.search``; a newer
keystroke supersedes an older one, which is interrupted inside SQLite) and shows the first
page in one model reset; more rows load as the list scrolls, in blocks the model forgets
and reads again (memory stays bounded however far the list goes). An empty field lists the
newest customers; once it is scrolled, the whole list is mapped on a worker and the scroll
bar spans every customer. Workers read through a :class:`ConnectionPool` of their own
(kept between tasks, so page caches stay warm); the UI thread never touches SQLite. A
pasted ``cus_…`` id the cache does not have is fetched from Stripe; "Search Stripe" asks the
Search API (automatically while the cache holds no customer yet). While a sync runs the
results refresh every second or so, keeping the selected customer.

Right: the selected customer (:class:`CustomerDetailView`), from the cache at once, then
its payment methods and tax ids from Stripe; Refresh re-fetches everything; "Open portal…"
opens :class:`PortalDialog`.

Keyboard: Ctrl+K focuses the search from anywhere in the window (an action the panel adds
to its window), ↑/↓/Page keys move through the results while typing, Enter opens the
customer (focus moves into the detail), Escape returns to the search.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from services.cache.store import Store
from services.customers import audit
from services.customers.detail import (
    CustomerDetail,
    Extras,
    cached_accounts_with_customers,
    connected_accounts,
    fetch_extras,
    load_detail,
    refresh_customer,
)
from services.customers.remote import StripeResults, lookup_customer, search_stripe
from services.customers.search import (
    PAGE_SIZE,
    AccountMemo,
    ConnectionPool,
    Cursor,
    Hit,
    Outline,
    Page,
    browse_outline,
    browses,
    search_page,
    search_rows,
)
from services.customers.tokens import looks_like_customer_id, warm_up
from services.errors import UserFacingError
from services.sync.errors import SyncOffline
from services.sync.transport import Api
from widgets.customers.detail import CustomerDetailView
from widgets.customers.portal_dialog import PortalDialog
from widgets.customers.results import (
    HitDelegate,
    OutlineLoader,
    ResultsModel,
    ResultsView,
    RowLoader,
)
from widgets.customers.texts import tr
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import heading, make_muted, scaled_font

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.session import ProfileSession
    from desktop.tasks import TaskControl

SEARCH_TASK = "customers-search"
DETAIL_TASK = "customers-detail"
LIVE_TASK = "customers-live"
LOOKUP_TASK = "customers-lookup"
STRIPE_TASK = "customers-stripe"
META_TASK = "customers-meta"
OUTLINE_TASK = "customers-outline"
PREVIEW_DELAY_MS = 120
"""How long the selection must rest before the detail loads (arrow keys held down)."""
LIVE_DELAY_MS = 450
"""How long a customer must stay selected before Stripe is asked for the extras."""
SYNC_REFRESH_S = 1.2
"""At most one refresh of the results this often while a sync runs."""
STRIPE_AUTO_DELAY_MS = 600
"""Typing pause before the Search API is asked automatically (empty cache only)."""
PROGRESS_OPS = 500_000
"""SQLite steps between checks that a superseded search should stop (each check needs the
GIL, which the UI thread may hold; a few hundred thousand steps are a few milliseconds)."""
INTERACTIVE_GRACE_S = 5.0
"""How long an interactive Stripe call keeps retrying an unreachable Stripe."""


@dataclass
class Outcome:
    """A search answer from the worker."""

    generation: int
    text: str
    account: str | None
    page: Page
    cache_empty: bool
    seconds: float
    started: float = 0.0
    """When the worker started (``time.perf_counter``), for profiling the hand-offs."""


def _api(session: ProfileSession, control: TaskControl) -> Api:
    return Api(
        session.gateway.client,
        limiter=session.limiter,
        cancel=control.event,
        offline_grace_s=INTERACTIVE_GRACE_S,
    )


def _offline_as_error(exc: SyncOffline) -> UserFacingError:
    return UserFacingError(
        tr("Can't reach Stripe right now; the local cache is still searchable."), kind="network"
    )


KeyHandler = Callable[[QKeyEvent], bool]


class KeyedLineEdit(QLineEdit):
    """A line edit that offers its key presses to a handler first.

    (Not an event filter: a Python event filter is called for every event of the widget,
    paints included, and each call takes the GIL the search worker needs.)
    """

    def __init__(self, handler: KeyHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handler = handler

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handler(event):
            super().keyPressEvent(event)


class KeyedListView(ResultsView):
    """The results list, offering its key presses to a handler first."""

    def __init__(self, handler: KeyHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handler = handler

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handler(event):
            super().keyPressEvent(event)


class CustomersPanel(QWidget):
    """Customer lookup, detail and portal sessions (see the module docstring).

    Signals:
        results_shown(int) -- a new first page of results is in the list (its row count).
        detail_shown(str) -- a customer's detail is on screen (its id).
    """

    results_shown = Signal(int)
    detail_shown = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersPanel")
        self.ctx = ctx
        self.generation = 0
        self.loaded = False
        self.stale = False
        self.dialog: PortalDialog | None = None
        self.last_outcome: Outcome | None = None
        self._pending: Hit | None = None
        self._shown: tuple[str, str] | None = None
        self._extras: dict[tuple[str, str], Extras] = {}
        self._fetched: dict[tuple[str, str], float] = {}
        self._looked_up: set[str] = set()
        self.memo = AccountMemo()
        self.pool: ConnectionPool | None = None
        """Reading connections for this panel's workers (one per cache file)."""
        self.find_action: QAction | None = None

        self._build()
        self._wire()
        warm_up_runner = self.ctx.runner

        def warm(control: TaskControl) -> None:
            warm_up()

        warm_up_runner.submit(warm, on_success=lambda _: None, on_failure=lambda _: None)
        if ctx.session is not None:
            self._profile_changed(ctx.profile)

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        title = heading(self.tr("Customers"), self.font(), 1.6)
        self.count_label = QLabel()
        make_muted(self.count_label)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(self.count_label)
        head.addLayout(titles, 1)

        self.search = KeyedLineEdit(self._search_key)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Name, email, phone, id…   (Ctrl+K)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setAccessibleName(self.tr("Search customers"))
        self.search.setFont(scaled_font(self.font(), 1.1))
        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.account_combo.addItem(self.tr("All accounts"), None)
        self.stripe_button = QPushButton(self.tr("Search Stripe"))
        self.stripe_button.setToolTip(
            self.tr("Ask Stripe's Search API (it can lag a minute behind recent changes)")
        )
        self.spinner = Spinner(16)
        filters = QHBoxLayout()
        filters.addWidget(self.account_combo, 1)
        filters.addWidget(self.spinner)
        filters.addWidget(self.stripe_button)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        make_muted(self.status_label)
        self.banner = ErrorBanner(closable=True)

        self.model = ResultsModel(self)
        self.list = KeyedListView(self._list_key)
        self.list.setObjectName("customerResults")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.model, self.list))
        self.list.setAccessibleName(self.tr("Customers found"))

        empty = QWidget()
        empty_col = QVBoxLayout(empty)
        empty_col.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_col.addWidget(self.empty_label)
        self.empty_stripe = QPushButton(self.tr("Search Stripe"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_stripe)
        row.addStretch(1)
        empty_col.addLayout(row)
        empty_col.addStretch(2)
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.list)
        self.results_stack.addWidget(empty)

        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.setSpacing(8)
        left_col.addWidget(self.search)
        left_col.addLayout(filters)
        left_col.addWidget(self.status_label)
        left_col.addWidget(self.banner)
        left_col.addWidget(self.results_stack, 1)

        self.detail = CustomerDetailView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 800])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)

        self.preview_timer = self._timer(PREVIEW_DELAY_MS, self._load_pending)
        self.live_timer = self._timer(LIVE_DELAY_MS, self._fetch_extras)
        self.sync_timer = self._timer(0, self._sync_refresh)
        self._last_sync_refresh = 0.0
        self.stripe_timer = self._timer(STRIPE_AUTO_DELAY_MS, self.search_stripe)

    def _timer(self, ms: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _wire(self) -> None:
        self.search.textChanged.connect(lambda _: self.run_search())
        self.account_combo.currentIndexChanged.connect(lambda _: self.run_search())
        self.stripe_button.clicked.connect(self.search_stripe)
        self.empty_stripe.clicked.connect(self.search_stripe)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rows_arrived.connect(self._rows_arrived)
        self.list.activated.connect(lambda index: self.open_row(index.row()))
        self.detail.back_requested.connect(self.focus_search)
        self.detail.refresh_requested.connect(self.refresh_detail)
        self.detail.portal_requested.connect(self.open_portal)
        ctx = self.ctx
        ctx.profile_changed.connect(self._profile_changed)
        ctx.sync_progress.connect(self._sync_progress)
        ctx.sync_finished.connect(self._sync_done)
        ctx.cache_rebuilt.connect(lambda: self._profile_changed(ctx.profile))

    # -- window integration --------------------------------------------------------------------
    def install_find_action(self) -> None:
        """Add Ctrl+K ("Find customer") to the window, once."""
        window = self.window()
        if self.find_action is not None or window is self:
            return
        action = QAction(self.tr("Find customer…"), self)
        action.setShortcut(QKeySequence("Ctrl+K"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.find_customer)
        window.addAction(action)
        self.find_action = action

    def find_customer(self) -> None:
        """Ctrl+K: show this panel and put the cursor in the search field."""
        window = self.window()
        show_panel = getattr(window, "show_panel", None)
        if callable(show_panel) and not self.isVisible():
            show_panel("customers")
        self.focus_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        self.install_find_action()
        super().showEvent(event)

    def activate(self) -> None:
        """Called each time the panel is shown."""
        self.install_find_action()
        if not self.loaded or self.stale:
            self.run_search(keep=self.loaded)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keyboard ------------------------------------------------------------------------------
    def _search_key(self, event: QKeyEvent) -> bool:
        """Keys typed in the search field that drive the results; True when handled."""
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if self.model.rowCount() and not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.model.index(0, 0))
                return True
            QApplication.sendEvent(self.list, QKeyEvent(event.type(), key, event.modifiers()))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_row(self.list.currentIndex().row())
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        return False

    def _list_key(self, event: QKeyEvent) -> bool:
        """Keys in the results list; True when handled."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_row(self.list.currentIndex().row())
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.focus_search()
            return True
        return False

    # -- profile, sync ---------------------------------------------------------------------------
    def _usable(self) -> ProfileSession | None:
        session = self.ctx.session
        return session if session is not None and session.usable else None

    def _connections(self, session: ProfileSession) -> ConnectionPool:
        """The pool of reading connections to ``session``'s cache (made on first use)."""
        cache = session.cache
        assert cache is not None
        if self.pool is None or self.pool.path != Path(cache.path):
            if self.pool is not None:
                self.pool.close()
            self.pool = ConnectionPool(cache.path)
        return self.pool

    def _profile_changed(self, profile: object) -> None:
        self.generation += 1
        self._extras.clear()
        self._fetched.clear()
        self._looked_up.clear()
        self.memo = AccountMemo()
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        self._shown = None
        self.model.clear()
        self.detail.show_empty()
        self.banner.clear()
        self.account_combo.blockSignals(True)
        while self.account_combo.count() > 1:
            self.account_combo.removeItem(1)
        self.account_combo.blockSignals(False)
        self.loaded = False
        if self._usable() is None:
            self.status_label.setText(self.tr("Open a Stripe account to search its customers."))
            return
        self._load_meta()
        if self.isVisible():
            self.run_search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-word what this panel composed itself, in the new language (QEvent.LanguageChange;
        fixed texts are re-worded by :func:`desktop.i18n.retranslate_tree`). Keeps all state."""
        if self._usable() is not None:
            self._load_meta()
            if self._shown is not None:
                self._reload_detail()

    def _load_meta(self) -> None:
        session = self._usable()
        if session is None:
            return
        cache = session.cache
        assert cache is not None

        pool = self._connections(session)

        def work(control: TaskControl) -> tuple[int, dict[str, str], list[str]]:
            with pool.connection() as conn:
                count = int(
                    conn.execute("SELECT count(*) FROM customers WHERE deleted = 0").fetchone()[0]
                )
                return count, connected_accounts(conn), cached_accounts_with_customers(conn)

        def done(result: tuple[int, dict[str, str], list[str]]) -> None:
            count, names, with_customers = result
            self.count_label.setText(
                self.tr("%Ln customer(s) in the local cache, searchable offline", "", count)
            )
            self.model.accounts = names
            current = self.account_combo.currentData()
            self.account_combo.blockSignals(True)
            while self.account_combo.count() > 1:
                self.account_combo.removeItem(1)
            self.account_combo.addItem(self.tr("Platform only"), "")
            for acct in sorted(set(names) | {a for a in with_customers if a}):
                self.account_combo.addItem(f"{names.get(acct, acct)} ({acct})", acct)
            index = self.account_combo.findData(current) if current is not None else 0
            self.account_combo.setCurrentIndex(max(0, index))
            self.account_combo.blockSignals(False)

        self.ctx.runner.submit(work, on_success=done, on_failure=lambda _: None, key=META_TASK)

    def _sync_progress(self, progress: object) -> None:
        if not self.isVisible():
            self.stale = True
            return
        if not self.sync_timer.isActive():
            wait = SYNC_REFRESH_S - (time.monotonic() - self._last_sync_refresh)
            self.sync_timer.start(max(0, int(wait * 1000)))

    def _sync_refresh(self) -> None:
        self._last_sync_refresh = time.monotonic()
        self.run_search(keep=True)

    def _sync_done(self, outcome: object) -> None:
        self._load_meta()
        if self.isVisible():
            self.run_search(keep=True)
            if self._shown is not None:
                self._reload_detail()
        else:
            self.stale = True

    # -- searching -----------------------------------------------------------------------------
    def account_filter(self) -> str | None:
        value = self.account_combo.currentData()
        return None if value is None else str(value)

    def run_search(self, *, keep: bool = False) -> None:
        """Search for the field's text (superseding any search still running)."""
        session = self._usable()
        self.stripe_timer.stop()
        if session is None:
            return
        cache = session.cache
        assert cache is not None
        self.loaded = True
        self.stale = False
        self.generation += 1
        generation = self.generation
        text = self.search.text()
        account = self.account_filter()
        keep_key = self._current_key() if keep else None
        memo = self.memo
        pool = self._connections(session)
        self.ctx.runner.cancel(OUTLINE_TASK)

        def work(control: TaskControl) -> Outcome:
            started = time.perf_counter()
            with pool.connection() as conn:
                conn.set_progress_handler(lambda: 1 if control.cancelled else 0, PROGRESS_OPS)
                try:
                    page = search_page(conn, text, account=account, limit=PAGE_SIZE, memo=memo)
                    empty = (
                        not page.hits
                        and not conn.execute(
                            "SELECT 1 FROM customers WHERE deleted = 0 LIMIT 1"
                        ).fetchone()
                    )
                finally:
                    conn.set_progress_handler(None, 0)
            seconds = time.perf_counter() - started
            return Outcome(generation, text, account, page, empty, seconds, started)

        self.ctx.runner.submit(
            work,
            on_success=lambda outcome: self._show_results(outcome, keep_key),
            on_failure=self._search_failed,
            key=SEARCH_TASK,
            name="search customers",
        )

    def _current_key(self) -> tuple[str, str] | None:
        hit = self.model.hit(self.list.currentIndex().row())
        return (hit.id, hit.account) if hit is not None else self._shown

    def _page_loader(self, text: str, account: str | None) -> RowLoader | None:
        """Reads rows of the current search from a cursor on, on a worker: the rows after the
        last one (``fetchMore``, one at a time) or a block the model forgot (a few at once)."""
        session = self._usable()
        if session is None:
            return None
        memo = self.memo
        pool = self._connections(session)
        runner = self.ctx.runner

        def load(cursor: Cursor | None, count: int, deliver: Callable[[Page | None], None]) -> None:
            def work(control: TaskControl) -> Page:
                with pool.connection() as conn:
                    return search_rows(
                        conn, text, account=account, cursor=cursor, count=count, memo=memo
                    )

            # No task key: several blocks may be read at once, and none may supersede
            # another (a superseded task never answers). Answers for an older search are
            # dropped by the model.
            runner.submit(
                work,
                on_success=deliver,
                on_failure=lambda _: deliver(None),
                on_cancelled=lambda: deliver(None),
                name="customers rows",
            )

        return load

    def _outliner(self, account: str | None) -> OutlineLoader | None:
        """Maps the newest-first list on a worker (the empty search, once it is scrolled)."""
        session = self._usable()
        if session is None:
            return None
        pool = self._connections(session)
        block = self.model.block

        def outline(deliver: Callable[[Outline | None], None]) -> None:
            def work(control: TaskControl) -> Outline:
                with pool.connection() as conn:
                    conn.set_progress_handler(lambda: 1 if control.cancelled else 0, PROGRESS_OPS)
                    try:
                        return browse_outline(conn, account, block)
                    finally:
                        conn.set_progress_handler(None, 0)

            self.ctx.runner.submit(
                work,
                on_success=deliver,
                on_failure=lambda _: deliver(None),
                on_cancelled=lambda: deliver(None),
                key=OUTLINE_TASK,
                name="map the customers list",
            )

        return outline

    def _show_results(self, outcome: Outcome, keep_key: tuple[str, str] | None) -> None:
        if outcome.generation != self.generation:
            return
        self.last_outcome = outcome
        hits = outcome.page.hits
        loader = self._page_loader(outcome.text, outcome.account)
        outliner = self._outliner(outcome.account) if browses(outcome.text) else None
        self.model.set_results(hits, outcome.page.cursor, loader, outliner)
        self.banner.clear()
        text = outcome.text.strip()
        if hits:
            self.results_stack.setCurrentIndex(0)
            more = "+" if outcome.page.cursor is not None else ""
            if not text:
                self.status_label.setText(self.tr("Newest customers first. Type to search."))
            else:
                self.status_label.setText(
                    self.tr("{0}{1} found").format(len(hits), more)
                    if len(hits) != 1
                    else self.tr("1 found")
                )
            if keep_key is None:
                self._select_row(0, immediate=not self._shown)
            else:
                # A refresh (sync): keep the customer in view; if it is not on the first
                # page any more, select nothing rather than switch the detail under the user.
                row = self.model.row_of(*keep_key)
                if row >= 0:
                    self._select_row(row)
        else:
            self.results_stack.setCurrentIndex(1)
            self._empty_state(outcome)
        self.results_shown.emit(len(hits))

    def _select_row(self, row: int, *, immediate: bool = False) -> None:
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(
            index, self.list.selectionModel().SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)
        if immediate:
            self.preview_timer.stop()
            self._load_pending(live_now=True)

    def _empty_state(self, outcome: Outcome) -> None:
        text = outcome.text.strip()
        self.empty_stripe.setVisible(bool(text))
        if not text:
            self.empty_label.setText(
                self.tr(
                    "No customers in the local cache yet. They appear here as the sync brings "
                    "them in."
                )
            )
            self.status_label.setText("")
            return
        if looks_like_customer_id(text) and text not in self._looked_up:
            self.empty_label.setText(self.tr("Looking up {0} on Stripe…").format(text))
            self.lookup(text)
            return
        self.empty_label.setText(
            self.tr("No customer in the local cache matches “{0}”.").format(text)
        )
        self.status_label.setText(self.tr("Nothing found locally."))
        if outcome.cache_empty:
            self.status_label.setText(
                self.tr("The local cache has no customers yet: asking Stripe's Search API…")
            )
            self.stripe_timer.start()

    def _search_failed(self, error: UserFacingError) -> None:
        self.banner.show_error(error, self.tr("The search failed"))

    # -- Stripe --------------------------------------------------------------------------------
    def _accounts_to_ask(self) -> list[str]:
        account = self.account_filter()
        if account is not None:
            return [account]
        return ["", *self.model.accounts]

    def lookup(self, customer_id: str) -> None:
        """Fetch a pasted customer id the cache does not have (platform, then each account)."""
        session = self._usable()
        if session is None:
            return
        cache = session.cache
        assert cache is not None
        self._looked_up.add(customer_id)
        accounts = self._accounts_to_ask()
        generation = self.generation

        def work(control: TaskControl) -> StripeResults:
            try:
                return lookup_customer(
                    _api(session, control),
                    customer_id,
                    accounts,
                    store=Store(cache.connect(), cache.path),
                    cancelled=lambda: control.cancelled,
                )
            except SyncOffline as exc:
                raise _offline_as_error(exc) from exc

        def done(found: StripeResults) -> None:
            self.spinner.stop()
            if generation != self.generation:
                return
            if found.hits:
                self.run_search()
            else:
                self.empty_label.setText(
                    self.tr(
                        "There is no customer {0} on Stripe (asked %n account(s)).",
                        "",
                        len(found.searched),
                    ).format(customer_id)
                )

        self.spinner.start()
        self.ctx.runner.submit(
            work, on_success=done, on_failure=self._stripe_failed, key=LOOKUP_TASK
        )

    def search_stripe(self) -> None:
        """Ask Stripe's Search API for the field's text and show what it returns."""
        session = self._usable()
        text = self.search.text().strip()
        if session is None or not text:
            return
        cache = session.cache
        assert cache is not None
        accounts = self._accounts_to_ask()
        self.generation += 1
        generation = self.generation
        self.status_label.setText(self.tr("Asking Stripe's Search API…"))

        def work(control: TaskControl) -> StripeResults:
            try:
                return search_stripe(
                    _api(session, control),
                    text,
                    accounts,
                    store=Store(cache.connect(), cache.path),
                    cancelled=lambda: control.cancelled,
                )
            except SyncOffline as exc:
                raise _offline_as_error(exc) from exc

        def done(found: StripeResults) -> None:
            self.spinner.stop()
            if generation != self.generation:
                return
            self.model.set_results(found.hits, None, None)
            self.results_stack.setCurrentIndex(0 if found.hits else 1)
            if found.hits:
                self.status_label.setText(
                    self.tr(
                        "{0} from Stripe's Search API (it can lag a minute behind recent "
                        "changes); now in the local cache too."
                    ).format(len(found.hits))
                )
                self._select_row(0, immediate=True)
            else:
                self.empty_label.setText(
                    self.tr("Stripe's Search API found no customer for “{0}” either.").format(text)
                )
                self.status_label.setText("")
                self.empty_stripe.setVisible(False)
            self.results_shown.emit(len(found.hits))

        self.spinner.start()
        self.ctx.runner.submit(
            work, on_success=done, on_failure=self._stripe_failed, key=STRIPE_TASK
        )

    def _stripe_failed(self, error: UserFacingError) -> None:
        self.spinner.stop()
        self.banner.show_error(error, self.tr("Stripe could not be asked"))

    # -- detail --------------------------------------------------------------------------------
    def _rows_arrived(self, first: int, last: int) -> None:
        """Rows were read (again): the current row may have been a placeholder until now."""
        current = self.list.currentIndex()
        if current.isValid() and first <= current.row() <= last:
            self._current_changed(current, current)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        hit = self.model.hit(current.row())
        if hit is None:
            return
        self._pending = hit
        if (hit.id, hit.account) != self._shown:
            self.preview_timer.start()

    def open_row(self, row: int) -> None:
        """Enter: show the customer at ``row`` now and move the focus into its detail."""
        hit = self.model.hit(row)
        if hit is None:
            return
        key = (hit.id, hit.account)
        if key != self._shown:
            self._pending = hit
            self.preview_timer.stop()
            self._load_pending(live_now=True)
        elif key not in self._extras and self.live_timer.isActive():
            self.live_timer.stop()  # opened on purpose: ask Stripe now, not after the pause
            self._fetch_extras()
        self.detail.focus_content()

    def _load_pending(self, *, live_now: bool = False) -> None:
        hit = self._pending
        if hit is None:
            return
        key = (hit.id, hit.account)
        if key != self._shown:
            self.detail.show_loading(hit.name or hit.email or hit.id)
        self._shown = key
        self._reload_detail(live_now=live_now)

    def _reload_detail(self, *, live_now: bool = False, fetched: bool = False) -> None:
        session = self._usable()
        if session is None or self._shown is None:
            return
        cache = session.cache
        assert cache is not None
        customer_id, account = self._shown
        key = self._shown

        pool = self._connections(session)

        def work(control: TaskControl) -> tuple[CustomerDetail, list[audit.AuditEntry]]:
            with pool.connection() as conn:
                detail = load_detail(conn, customer_id, account)
                return detail, audit.entries(conn, customer=customer_id, limit=5)

        def done(result: tuple[CustomerDetail, list[audit.AuditEntry]]) -> None:
            if key != self._shown:
                return
            detail, entries = result
            extras = self._extras.get(key)
            if extras is not None:
                detail.tax_ids = extras.tax_ids
                detail.schedules = extras.schedules
                detail.payment_methods_fetched = True
            if not detail.found:
                self.detail.show_empty(
                    self.tr("Not in the local cache"),
                    self.tr("{0} is not in the local cache. Try Refresh or Search Stripe.").format(
                        customer_id
                    ),
                )
                return
            self.detail.show_detail(detail, audit=entries, fetched_at=self._fetched.get(key))
            self.detail_shown.emit(customer_id)
            if extras is None and not detail.deleted:
                if live_now:
                    self._fetch_extras()
                else:
                    self.live_timer.start()

        self.ctx.runner.submit(
            work, on_success=done, on_failure=self._detail_failed, key=DETAIL_TASK
        )

    def _detail_failed(self, error: UserFacingError) -> None:
        self.detail.show_error(error, self.tr("The customer could not be loaded"))

    def _fetch_extras(self) -> None:
        """Payment methods and tax ids of the shown customer, from Stripe."""
        session = self._usable()
        if session is None or self._shown is None:
            return
        cache = session.cache
        assert cache is not None
        key = self._shown

        def work(control: TaskControl) -> Extras:
            try:
                return fetch_extras(
                    _api(session, control), Store(cache.connect(), cache.path), *key
                )
            except SyncOffline as exc:
                raise _offline_as_error(exc) from exc

        def done(extras: Extras) -> None:
            self._extras[key] = extras
            self.detail.set_busy(False)
            if key == self._shown:
                self._reload_detail()

        def failed(error: UserFacingError) -> None:
            self.detail.set_busy(False)
            if key == self._shown:
                self.detail.show_error(error, self.tr("Stripe could not be asked for details"))

        self.detail.set_busy(True)
        self.ctx.runner.submit(work, on_success=done, on_failure=failed, key=LIVE_TASK)

    def refresh_detail(self) -> None:
        """Refresh (Ctrl+R): fetch the shown customer and everything about it again."""
        session = self._usable()
        if session is None or self._shown is None:
            return
        cache = session.cache
        assert cache is not None
        key = self._shown

        def work(control: TaskControl) -> Extras:
            try:
                return refresh_customer(
                    _api(session, control),
                    Store(cache.connect(), cache.path),
                    *key,
                    cancelled=lambda: control.cancelled,
                )
            except SyncOffline as exc:
                raise _offline_as_error(exc) from exc

        def done(extras: Extras) -> None:
            self.detail.set_busy(False)
            self._extras[key] = extras
            self._fetched[key] = time.monotonic()
            if key == self._shown:
                self._reload_detail()
            if extras.deleted:
                self.run_search(keep=True)

        def failed(error: UserFacingError) -> None:
            self.detail.set_busy(False)
            self.detail.show_error(error, self.tr("Refreshing from Stripe failed"))

        self.live_timer.stop()
        self.detail.set_busy(True)
        self.ctx.runner.submit(work, on_success=done, on_failure=failed, key=LIVE_TASK)

    # -- portal --------------------------------------------------------------------------------
    def open_portal(self, flow: str = "", subscription: str = "") -> PortalDialog | None:
        """Open the portal session dialog for the shown customer."""
        detail = self.detail.detail
        if detail is None or detail.deleted or self._usable() is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = PortalDialog(
            self.ctx,
            detail,
            configuration=self.detail.config_id,
            flow=flow,
            subscription=subscription,
            parent=self,
        )
        self.dialog = dialog

        def finished(_: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            self.detail.focus_content()

        dialog.finished.connect(finished)
        dialog.session_created.connect(lambda _: self._reload_detail())
        dialog.open()
        return dialog
