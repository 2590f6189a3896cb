"""The Paused collections panel: every paused subscription, across accounts, from the cache.

Two tabs that never mix: subscriptions whose **collection** is paused (``pause_collection``
set) and subscriptions whose **status** is ``paused``. Each lists, lazily from SQLite,
customer, account, subscription, status, behaviour and what it means for invoices, resume
date, paused since (from synced events), days paused, recurring amount, currency, items,
collection method and the latest invoice's status; filters narrow it; totals per currency
and a chart of paused revenue by behaviour and month of resumption sum it up.

Actions: *Pause collection…* (pick subscriptions, a behaviour and an optional resume
date), *Change pause…* and *Resume collection* on the selection, all through a batch with
progress and per-item results (live mode asks first, naming the account); *Export CSV* (the
accountants' file, for the tab and filters shown); *Look up pause dates* (reads Stripe's
recent events so *paused since* is known).

Every query that scans the list, every Stripe call and every export runs on the task runner
(keys ``paused-list-<kind>``, ``paused-export``, ``paused-history``), newer requests
superseding older ones; only the table's pages of rows are read on the UI thread.

Shortcuts: Ctrl+F search, Ctrl+E export CSV, Ctrl+Shift+P pause collection, Ctrl+Shift+R
resume the selected, Ctrl+C copy the selected rows as CSV.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import UserFacingError
from services.paused import history, query
from services.paused.actions import RESUME, PauseChange, Target
from services.paused.csvfile import HEADER_LINE, AccountLabel, record
from services.paused.export import ExportProgress, ExportResult, export_csv
from services.paused.model import KINDS, Candidate, FilterOptions, Filters, PauseKind
from services.paused.query import SortKey
from services.paused.summary import Summary, summarise
from widgets.account_switcher import profile_name
from widgets.error_banner import ErrorBanner
from widgets.paused_collections.batch_dialog import BatchDialog
from widgets.paused_collections.kind_page import KindPage, NoticeBar
from widgets.paused_collections.pause_dialog import PauseDialog
from widgets.paused_collections.revenue import RevenueChart, TotalsCard
from widgets.paused_collections.table_model import cache_reader
from widgets.spinner import Spinner
from widgets.style import heading, make_muted

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl
    from services.cache.db import Cache

EXPORT_TASK = "paused-export"
HISTORY_TASK = "paused-history"
PICKER_TASK = "paused-picker"


@dataclass
class ListResult:
    """What a refresh of one tab computed off the UI thread."""

    kind: PauseKind
    synced: bool
    ids: list[int]
    summary: Summary
    counts: dict[str, int]
    options: FilterOptions
    connected: frozenset[str]
    platform_apps: frozenset[str]
    history_at: int | None


def load_list(
    cache: Cache,
    kind: PauseKind,
    filters: Filters,
    sort: SortKey,
    descending: bool,
    now: int,
) -> ListResult:
    """One tab's rows, totals and filter choices, read in one snapshot (worker thread)."""
    conn = cache.open_connection()
    try:
        with query.snapshot(conn):
            synced = query.has_synced(conn)
            counts: dict[str, int] = {k: query.count(conn, k) for k in KINDS}
            ids = query.row_ids(conn, kind, filters, now=now, sort=sort, descending=descending)
            summary = summarise(query.iter_rows(conn, kind, filters, now=now, application=False))
            options = query.filter_options(conn, kind)
            connected = query.connected_accounts(conn)
            apps = query.platform_applications(conn)
    finally:
        conn.close()
    return ListResult(
        kind, synced, ids, summary, counts, options, connected, apps, history.last_lookup(cache)
    )


class PausedCollectionsPanel(QWidget):
    """The panel (built by ``desktop.panels`` as ``PausedCollectionsPanel(ctx, parent)``).

    Signals: none of its own; it listens to ``AppContext``'s profile and sync signals.
    """

    STATE, CONTENT = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paused-collections-panel")
        self.ctx = ctx
        self.auto_history = True
        """Look up pause dates once per profile when none were ever looked up."""
        self.clock = time.time
        self.results: dict[PauseKind, ListResult] = {}
        self.last_export: ExportResult | None = None
        self.batch_dialog: BatchDialog | None = None
        self._dirty = True
        self._history_tried: set[str] = set()
        self._build()
        ctx.profile_changed.connect(self._profile_changed)
        ctx.sync_finished.connect(lambda _: self._data_changed())
        ctx.sync_started.connect(self._update_state)
        ctx.cache_rebuilt.connect(self.refresh)
        self._profile_changed(ctx.profile)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        title = heading(self.tr("Paused collections"), self.font(), 1.6)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        make_muted(self.subtitle)
        self.spinner = Spinner(18)

        self.history_button = QPushButton(self.tr("Look up pause dates"))
        self.history_button.setToolTip(
            self.tr(
                "Read Stripe's recent subscription events (the last 30 days) to learn "
                "when collection was paused."
            )
        )
        self.history_button.clicked.connect(self.lookup_history)
        self.pause_button = QPushButton(self.tr("Pause collection…"))
        self.pause_button.setToolTip(self.tr("Pause collection on subscriptions (Ctrl+Shift+P)"))
        self.pause_button.clicked.connect(lambda: self.open_pause_dialog())
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export CSV"))
        self.export_button.setToolTip(self.tr("Export the list shown to CSV (Ctrl+E)"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Export CSV…"), lambda: self.choose_export(bom=False))
        menu.addAction(
            self.tr("Export CSV for Excel (UTF-8 with BOM)…"), lambda: self.choose_export(bom=True)
        )
        self.export_button.setMenu(menu)
        self.export_button.clicked.connect(lambda: self.choose_export(bom=False))

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(title)
        header.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        header.addWidget(self.history_button)
        header.addWidget(self.pause_button)
        header.addWidget(self.export_button)

        self.banner = ErrorBanner(closable=True)
        self.notice = NoticeBar()

        # A row for long work (export, lookup): what, progress, cancel.
        self.job_label = QLabel()
        self.job_progress = QProgressBar()
        self.job_progress.setMaximumWidth(260)
        self.job_cancel = QPushButton(self.tr("Cancel"))
        self.job_cancel.clicked.connect(self.cancel_job)
        job = QHBoxLayout()
        job.addWidget(self.job_label)
        job.addWidget(self.job_progress)
        job.addWidget(self.job_cancel)
        job.addStretch(1)
        self.job_row = QWidget()
        self.job_row.setLayout(job)
        self.job_row.setVisible(False)
        self._job_key: str | None = None

        # Pages for the states before there is anything to list.
        self.state_title = QLabel()
        self.state_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_title.setFont(heading("", self.font(), 1.25).font())
        self.state_text = QLabel()
        self.state_text.setWordWrap(True)
        self.state_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_muted(self.state_text)
        self.state_spinner = Spinner(24)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(lambda: self.ctx.start_sync(full=True))
        state = QWidget()
        column = QVBoxLayout(state)
        column.addStretch(1)
        spin_row = QHBoxLayout()
        spin_row.addStretch(1)
        spin_row.addWidget(self.state_spinner)
        spin_row.addStretch(1)
        column.addLayout(spin_row)
        column.addWidget(self.state_title)
        column.addWidget(self.state_text)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.sync_button)
        button_row.addStretch(1)
        column.addLayout(button_row)
        column.addStretch(2)

        # The content: tabs over the two kinds, then totals and chart.
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.pages: dict[PauseKind, KindPage] = {}
        for kind in KINDS:
            page = KindPage(kind)
            page.filters_changed.connect(lambda k=kind: self.refresh_kind(k))
            page.sort_changed.connect(lambda k=kind: self.refresh_kind(k))
            page.selection_changed.connect(self._update_actions)
            page.action_requested.connect(self._page_action)
            self.pages[kind] = page
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        self.selection_label = QLabel()
        make_muted(self.selection_label)
        self.change_button = QPushButton(self.tr("Change pause…"))
        self.change_button.setToolTip(
            self.tr("Change the behaviour or resume date of the selected subscriptions")
        )
        self.change_button.clicked.connect(self.change_selected)
        self.resume_button = QPushButton(self.tr("Resume collection"))
        self.resume_button.setToolTip(
            self.tr("Resume collection on the selected subscriptions (Ctrl+Shift+R)")
        )
        self.resume_button.clicked.connect(self.resume_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.selection_label)
        actions.addStretch(1)
        actions.addWidget(self.change_button)
        actions.addWidget(self.resume_button)

        self.totals = TotalsCard()
        self.totals.setMinimumWidth(300)
        self.totals.setMaximumWidth(420)
        self.chart = RevenueChart()
        bottom = QWidget()
        bottom_row = QHBoxLayout(bottom)
        bottom_row.setContentsMargins(0, 4, 0, 0)
        bottom_row.setSpacing(16)
        bottom_row.addWidget(self.totals)
        bottom_row.addWidget(self.chart, 1)

        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(self.tabs, 1)
        top_column.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([520, 280])

        self.stack = QStackedWidget()
        self.stack.addWidget(state)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.job_row)
        layout.addWidget(self.stack, 1)

        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(
            lambda: self.choose_export(bom=False)
        )
        QShortcut(QKeySequence("Ctrl+Shift+P"), self).activated.connect(
            lambda: self.open_pause_dialog()
        )
        QShortcut(QKeySequence("Ctrl+Shift+R"), self).activated.connect(self.resume_selected)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self)
        copy.activated.connect(self.copy_selected)
        copy.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_tab_titles()
        self._update_actions()

    # -- state ---------------------------------------------------------------------------------
    @property
    def kind(self) -> PauseKind:
        """The tab shown."""
        return KINDS[max(0, self.tabs.currentIndex())]

    @property
    def page(self) -> KindPage:
        """The page of the tab shown."""
        return self.pages[self.kind]

    def activate(self) -> None:
        """Called when the panel is shown: refresh if the data may have changed."""
        if self._dirty:
            self.refresh()

    def _data_changed(self) -> None:
        """A sync finished: re-read now if shown, else when next shown (a background poll
        every minute must not re-total a large cache nobody is looking at)."""
        if self.isVisible() or not self.results:
            self.refresh()
        else:
            self._dirty = True

    def _profile_changed(self, profile: Any) -> None:
        self.results.clear()
        for page in self.pages.values():
            page.model.set_reader(None)
        self.banner.clear()
        self.notice.clear()
        self.totals.set_summary(None)
        self.chart.set_summary(None, self.kind)
        self.refresh()

    def _cache(self) -> Cache | None:
        session = self.ctx.session
        if session is None or not session.usable:
            return None
        return session.cache

    def _update_state(self, *_: object) -> None:
        if self.ctx.session is None:
            self._show_state(
                self.tr("No account open"),
                self.tr("Open or add a Stripe account to see its paused subscriptions."),
            )
            return
        result = self.results.get(self.kind)
        if result is None:
            if self.ctx.runner.is_running(f"paused-list-{self.kind}"):
                self._show_state(
                    self.tr("Loading…"),
                    self.tr("Reading the paused subscriptions from this computer's cache."),
                    spinning=True,
                )
            else:
                self._show_state(
                    self.tr("Nothing to show"),
                    self.tr("The paused subscriptions could not be read (see above)."),
                )
            return
        if not result.synced:
            if self.ctx.syncing:
                self._show_state(
                    self.tr("Syncing…"),
                    self.tr(
                        "Paused subscriptions appear here when the first sync of this "
                        "account finishes."
                    ),
                    spinning=True,
                )
            else:
                self._show_state(
                    self.tr("Not synced yet"),
                    self.tr(
                        "This account's subscriptions are not on this computer yet. Sync "
                        "to list the paused ones."
                    ),
                    button=True,
                )
            return
        self.stack.setCurrentIndex(self.CONTENT)

    def _show_state(
        self, title: str, text: str, *, spinning: bool = False, button: bool = False
    ) -> None:
        self.state_title.setText(title)
        self.state_text.setText(text)
        self.sync_button.setVisible(button)
        if spinning:
            self.state_spinner.start()
        else:
            self.state_spinner.stop()
        self.stack.setCurrentIndex(self.STATE)

    # -- refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read both tabs from the cache (off the UI thread)."""
        self._dirty = False
        for kind in KINDS:
            self.refresh_kind(kind)
        self._update_state()

    def refresh_kind(self, kind: PauseKind) -> None:
        """Re-read one tab with its filters and sort."""
        cache = self._cache()
        if cache is None:
            self._update_state()
            return
        page = self.pages[kind]
        filters = page.filter_bar.filters()
        sort, descending = page.sort()
        now = int(self.clock())
        session = self.ctx.session

        def work(control: TaskControl) -> ListResult:
            return load_list(cache, kind, filters, sort, descending, now)

        def done(result: ListResult) -> None:
            if self.ctx.session is not session:
                return
            self._show_result(result, cache)

        self.spinner.start()
        self.ctx.runner.submit(
            work,
            on_success=done,
            on_failure=self._list_failed,
            key=f"paused-list-{kind}",
            name=f"paused collections: list {kind}",
        )

    def _list_failed(self, error: UserFacingError) -> None:
        self.spinner.stop()
        self.banner.show_error(error, self.tr("Could not read the paused subscriptions"))

    def _show_result(self, result: ListResult, cache: Cache) -> None:
        self.results[result.kind] = result
        if not any(self.ctx.runner.is_running(f"paused-list-{k}") for k in KINDS):
            self.spinner.stop()
        page = self.pages[result.kind]
        profile = self.ctx.profile
        platform_name = profile_name(profile) if profile is not None else None
        page.model.platform_name = platform_name or self.tr("Platform")
        page.model.set_reader(cache_reader(cache))
        page.filter_bar.set_options(result.options, platform_name)
        page.show_ids(result.ids, any_rows=result.counts.get(result.kind, 0) > 0)
        if result.kind == self.kind:
            self._show_summary(result)
        self._update_tab_titles()
        self._update_state()
        self._update_actions()
        self._maybe_lookup_history(result)

    def _show_summary(self, result: ListResult) -> None:
        self.totals.set_summary(result.summary)
        self.chart.set_summary(result.summary, result.kind)
        counts = result.counts
        parts = [
            self.tr("{0} with collection paused").format(counts.get("collection", 0)),
            self.tr("{0} with status paused").format(counts.get("status", 0)),
        ]
        text = self.tr("From this computer's copy of your Stripe data: {0}.").format(
            ", ".join(parts)
        )
        unknown = result.summary.count - result.summary.since_known
        if unknown and result.kind == "collection":
            if result.history_at is None:
                text += " " + self.tr(
                    "“Paused since” is unknown for {0} of them: look up pause dates to read "
                    "Stripe's recent events."
                ).format(unknown)
            else:
                text += " " + self.tr(
                    "“Paused since” is unknown for {0} of them (paused more than 30 days "
                    "ago, before the events Stripe keeps)."
                ).format(unknown)
        self.subtitle.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-word what this panel composed itself, in the new language (QEvent.LanguageChange;
        fixed texts are re-worded by :func:`desktop.i18n.retranslate_tree`). Keeps all state."""
        if self.results:
            self._update_tab_titles()
            result = self.results.get(self.kind)
            if result is not None:
                self._show_summary(result)
            # The platform's name may be translated (the demo's is).
            profile = self.ctx.profile
            platform_name = profile_name(profile) if profile is not None else None
            for kind, shown in self.results.items():
                page = self.pages[kind]
                page.model.platform_name = platform_name or self.tr("Platform")
                page.filter_bar.set_options(shown.options, platform_name)
                page.table.viewport().update()

    def _update_tab_titles(self) -> None:
        counts = next(iter(self.results.values())).counts if self.results else {}
        titles = {
            "collection": self.tr("Collection paused"),
            "status": self.tr("Subscription paused (status)"),
        }
        for index, kind in enumerate(KINDS):
            n = counts.get(kind)
            count = f"  ({QLocale().toString(n)})" if n is not None else ""
            self.tabs.setTabText(index, titles[kind] + count)

    def _tab_changed(self, _: int) -> None:
        result = self.results.get(self.kind)
        if result is not None:
            self._show_summary(result)
        else:
            self.totals.set_summary(None)
            self.chart.set_summary(None, self.kind)
        self._update_actions()
        self._update_state()

    def _update_actions(self) -> None:
        collection = self.kind == "collection"
        usable = self._cache() is not None
        selected = self.page.selected_rows() if usable else []
        n = len(selected)
        self.change_button.setVisible(collection)
        self.resume_button.setVisible(collection)
        self.change_button.setEnabled(collection and n > 0)
        self.resume_button.setEnabled(collection and n > 0)
        self.pause_button.setEnabled(usable)
        self.export_button.setEnabled(usable)
        self.history_button.setEnabled(usable)
        if n:
            self.selection_label.setText(
                self.tr("1 selected") if n == 1 else self.tr("{0} selected").format(n)
            )
        else:
            self.selection_label.setText(
                self.tr("Select subscriptions to change or resume their pause.")
                if collection
                else self.tr("Resuming status-paused subscriptions is done in Stripe.")
            )

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.page.filter_bar.search.setFocus()
        self.page.filter_bar.search.selectAll()

    def _page_action(self, action: str) -> None:
        if action == "pause":
            self.open_pause_dialog()

    # -- actions: pause and resume -------------------------------------------------------------
    def _connect_facts(self) -> tuple[frozenset[str], frozenset[str]]:
        result = self.results.get("collection") or self.results.get("status")
        if result is None:
            return frozenset(), frozenset()
        return result.connected, result.platform_apps

    def _platform_name(self) -> str:
        profile = self.ctx.profile
        return profile_name(profile) if profile is not None else self.tr("Platform")

    def open_pause_dialog(self, targets: list[Target] | None = None) -> PauseDialog | None:
        """Pause collection: on ``targets`` (the selection) or on subscriptions picked in
        the dialog. Returns the dialog (opened modelessly; tests drive it)."""
        if self._cache() is None:
            return None
        connected, apps = self._connect_facts()
        current = None
        if targets:
            rows = self.page.selected_rows()
            found = {r.behavior for r in rows}
            current = found.pop() if len(found) == 1 else None
        dialog = PauseDialog(
            targets=targets,
            finder=self._find_candidates if targets is None else None,
            connected=connected,
            platform_apps=apps,
            current_behavior=current,
            platform_name=self._platform_name(),
            clock=self.clock,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._pause_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _find_candidates(self, text: str, callback: Any) -> None:
        cache = self._cache()
        if cache is None:
            return

        def work(control: TaskControl) -> list[Candidate]:
            conn = cache.open_connection()
            try:
                return query.pausable(conn, text)
            finally:
                conn.close()

        self.ctx.runner.submit(
            work,
            on_success=callback,
            on_failure=self.banner.show_error,
            key=PICKER_TASK,
            name="paused collections: find subscriptions",
        )

    def _pause_accepted(self, dialog: PauseDialog) -> None:
        if dialog.change is not None:
            self.run_batch(dialog.targets, dialog.change)

    def change_selected(self) -> None:
        """Change pause… on the selected subscriptions."""
        rows = self.page.selected_rows()
        if rows and self.kind == "collection":
            self.open_pause_dialog([Target.of(r) for r in rows])

    def resume_selected(self) -> None:
        """Resume collection on the selected subscriptions."""
        rows = self.page.selected_rows()
        if rows and self.kind == "collection":
            self.run_batch([Target.of(r) for r in rows], RESUME)

    def run_batch(self, targets: list[Target], change: PauseChange) -> BatchDialog | None:
        """Confirm (live mode), then send ``change`` to ``targets`` with progress."""
        if not targets:
            return None
        n = len(targets)
        if change.action == "pause":
            action = self.tr("Pause collection ({0}) on %n subscription(s)", "", n).format(
                change.behavior
            )
        else:
            action = self.tr("Resume collection on %n subscription(s)", "", n)
        accounts = sorted({t.account or self._platform_name() for t in targets})
        details = self.tr("Accounts: {0}").format(", ".join(accounts))
        if not self.ctx.confirm_write(self, action, details=details):
            return None
        connected, apps = self._connect_facts()
        dialog = BatchDialog(
            self.ctx,
            targets,
            change,
            connected=connected,
            platform_apps=apps,
            platform_name=self._platform_name(),
            parent=self,
        )
        dialog.batch_finished.connect(lambda _: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        self.batch_dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    # -- copy ----------------------------------------------------------------------------------
    def copy_selected(self) -> None:
        """Ctrl+C: the selected rows as CSV (with the header), like the export."""
        rows = self.page.selected_rows()
        if not rows:
            return
        profile = self.ctx.profile
        platform = (  # data, like the export: the name as stored
            AccountLabel(profile.account_id, profile.display_name)
            if profile is not None
            else AccountLabel("", self.tr("Platform"))
        )
        now = int(self.clock())
        text = HEADER_LINE + "".join(record(r, now, platform) for r in rows)
        QGuiApplication.clipboard().setText(text)

    # -- export --------------------------------------------------------------------------------
    def default_export_path(self, bom: bool) -> Path:
        """Where the save dialog starts: Documents/paused-collections-YYYY-MM-DD.csv."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = "paused-collections" if self.kind == "collection" else "paused-subscriptions"
        return Path(folder) / f"{stem}-{date.today().isoformat()}.csv"

    def choose_export(self, *, bom: bool) -> None:
        """Ask where to save, then export the tab shown with its filters."""
        if self._cache() is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export paused subscriptions"),
            str(self.default_export_path(bom)),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.start_export(Path(path), bom=bom)

    def start_export(self, path: Path, *, bom: bool = False) -> bool:
        """Export the tab shown, with its filters, to ``path`` in the background."""
        cache = self._cache()
        profile = self.ctx.profile
        if cache is None or profile is None:
            return False
        kind, filters = self.kind, self.page.filter_bar.filters()
        platform = AccountLabel(profile.account_id, profile.display_name)

        def work(control: TaskControl) -> ExportResult:
            return export_csv(
                cache,
                path,
                kind=kind,
                filters=filters,
                platform=platform,
                bom=bom,
                progress=control.progress,
                cancel=control.event,
            )

        self.banner.clear()
        self._start_job(EXPORT_TASK, self.tr("Exporting to {0}…").format(path.name))
        self.ctx.runner.submit(
            work,
            on_success=self._exported,
            on_failure=self._export_failed,
            on_progress=self._export_progress,
            on_cancelled=lambda: self._job_ended(self.tr("Export cancelled; nothing was written.")),
            key=EXPORT_TASK,
            name="paused collections: export CSV",
        )
        return True

    def _export_progress(self, progress: Any) -> None:
        if isinstance(progress, ExportProgress) and progress.total:
            self.job_progress.setRange(0, progress.total)
            self.job_progress.setValue(progress.written)

    def _exported(self, result: ExportResult) -> None:
        self.last_export = result
        noun = self.tr("subscription") if result.rows == 1 else self.tr("subscriptions")
        self._job_ended(self.tr("Exported {0} {1} to {2}.").format(result.rows, noun, result.path))

    def _export_failed(self, error: UserFacingError) -> None:
        self._job_ended(None)
        self.banner.show_error(error, self.tr("The CSV was not written"))

    # -- pause dates ---------------------------------------------------------------------------
    def _maybe_lookup_history(self, result: ListResult) -> None:
        profile = self.ctx.profile
        if (
            not self.auto_history
            or profile is None
            or result.kind != "collection"
            or not result.synced
            or result.history_at is not None
            or profile.id in self._history_tried
            or result.summary.count == result.summary.since_known
        ):
            return
        self._history_tried.add(profile.id)
        self.lookup_history()

    def lookup_history(self) -> None:
        """Read Stripe's recent pause events into the cache, then refresh."""
        session = self.ctx.session
        if session is None or not session.usable or session.cache is None:
            return
        cache, client, limiter = session.cache, session.gateway.client, session.limiter

        def work(control: TaskControl) -> history.HistoryResult:
            return history.fetch_pause_history(
                client, cache, limiter=limiter, progress=control.progress, cancel=control.event
            )

        def done(result: history.HistoryResult) -> None:
            n = result.stored
            self._job_ended(self.tr("Looked up pause dates: %n new event(s) from Stripe.", "", n))
            self.refresh()

        def failed(error: UserFacingError) -> None:
            self._job_ended(None)
            self.banner.show_error(error, self.tr("Could not look up pause dates"))

        self._start_job(HISTORY_TASK, self.tr("Looking up pause dates in Stripe's events…"))
        self.job_progress.setRange(0, 0)
        self.ctx.runner.submit(
            work,
            on_success=done,
            on_failure=failed,
            on_progress=self._history_progress,
            on_cancelled=lambda: self._job_ended(self.tr("Lookup cancelled.")),
            key=HISTORY_TASK,
            name="paused collections: pause dates",
        )

    def _history_progress(self, progress: Any) -> None:
        if isinstance(progress, history.HistoryProgress):
            where = progress.account or self._platform_name()
            self.job_label.setText(
                self.tr("Looking up pause dates… {0}: {1} found so far").format(
                    where, progress.stored
                )
            )

    # -- the job row ---------------------------------------------------------------------------
    def _start_job(self, key: str, text: str) -> None:
        self._job_key = key
        self.job_label.setText(text)
        self.job_progress.setRange(0, 0)
        self.job_cancel.setEnabled(True)
        self.job_row.setVisible(True)
        self.notice.clear()

    def _job_ended(self, message: str | None) -> None:
        self._job_key = None
        self.job_row.setVisible(False)
        if message:
            self.notice.show_message(message)

    def cancel_job(self) -> None:
        """Cancel the export or lookup in progress."""
        if self._job_key is not None:
            self.ctx.runner.cancel(self._job_key)
            self.job_cancel.setEnabled(False)
