"""The Portal configuration panel: every configuration of the account, edited safely.

Left, the list (search by name or id, filter active / inactive, a "Copy link" on cards
whose login page is on). Right, the selected configuration: its header and actions, the
editor (:mod:`.editor`) and, beside it, what customers can do and what the checks found
(:mod:`.insights`).

Saving (:mod:`.saving`) is careful: nothing is sent while a check finds an error (each
message sits on its field); otherwise the configuration is read again from Stripe, and if
it changed since the edit began both changes are shown for merging
(:class:`.dialogs.MergeDialog`); then the field-level diff against Stripe's version and the
warnings are reviewed (:class:`.dialogs.ReviewDialog`), live mode asks for confirmation,
and only what differs is sent. Stripe's refusals appear with their message and request id,
on the field when Stripe names one, and the edit stays. Every edit is kept as a local
draft (an owner-only file written atomically) until it is saved or discarded, so closing
the panel or the app loses nothing. History, duplicate, deactivate / reactivate, make
default, export / import and copying to another account (test → live) are in the header
and the list's toolbar (:mod:`.actions`).

Every Stripe call and cache read runs through ``ctx.runner``.

Shortcuts: Ctrl+S save, Ctrl+N new, Ctrl+D duplicate, Ctrl+H history, Ctrl+F search,
Ctrl+E export, Ctrl+I import, Ctrl+Shift+C copy the login page link.

Signals:
    loaded() -- the list was (re)loaded from the cache.
    saved(object) -- a configuration was saved or created (Stripe's JSON).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, icons
from services.errors import UserFacingError
from services.portal_config import catalog as catalog_mod
from services.portal_config import checks, history
from services.portal_config.catalog import Catalog
from services.portal_config.checks import Issue
from services.portal_config.document import (
    Doc,
    dashboard_defaults,
    from_object,
)
from services.portal_config.drafts import Draft, DraftStore, drafts_path, new_key
from services.portal_config.i18n import set_lowercase, set_translator
from services.portal_config.summary import summarise
from widgets.error_banner import ErrorBanner
from widgets.error_text import error_text
from widgets.portal_configuration.actions import ConfigActions
from widgets.portal_configuration.controls import pill, when
from widgets.portal_configuration.dialogs import HistoryDialog
from widgets.portal_configuration.editor import ConfigEditor
from widgets.portal_configuration.insights import InsightsPane
from widgets.portal_configuration.list_model import (
    ConfigCardDelegate,
    ConfigFilterProxy,
    ConfigListModel,
    ConfigRow,
    Role,
)
from widgets.portal_configuration.saving import SaveFlow
from widgets.portal_configuration.transfer_dialog import ImportDialog
from widgets.spinner import Spinner
from widgets.style import (
    WARNING_COLOR,
    heading,
    make_muted,
    scaled_font,
    subtle_fill,
    theme_palette,
)

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.session import ProfileSession
    from desktop.tasks import TaskControl
    from services.credentials import Profile

log = logging.getLogger(__name__)

set_translator(QCoreApplication.translate)
set_lowercase(i18n.in_sentence)

SELECTED_KEY = "portal_configuration/selected"
DRAFT_FLUSH_MS = 400
CHECK_DELAY_MS = 120
SUCCESS_COLOR = "#15803d"


@dataclass
class Loaded:
    """What :meth:`PortalConfigurationPanel.reload` reads from the cache."""

    objects: list[dict[str, Any]]
    catalog: Catalog


class PortalConfigurationPanel(QWidget):
    """See the module docstring."""

    loaded = Signal()
    saved = Signal(object)

    LOADING, EMPTY, DETAIL = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalConfigurationPanel")
        self.ctx = ctx
        self.session: ProfileSession | None = None
        self.objects: dict[str, dict[str, Any]] = {}
        self.catalog = Catalog()
        self.drafts: DraftStore | None = None
        self.current_key: str | None = None
        self.base: dict[str, Any] | None = None
        """The Stripe object the edit started from (None for a new configuration)."""
        self.issues: list[Issue] = []
        self.stripe_issues: list[Issue] = []
        self.busy = False
        self.has_loaded = False
        self.loading_doc = False
        self.pending_select: str | None = None
        self.history_dialog: HistoryDialog | None = None
        self.import_dialog: ImportDialog | None = None

        self.saving = SaveFlow(self)
        self.config_actions = ConfigActions(self)
        self._build()
        self._build_actions()
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.run_checks)
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(DRAFT_FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush_drafts_async)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(6000)
        self._status_timer.timeout.connect(self._clear_status)
        ctx.profile_changed.connect(self._profile_changed)
        ctx.sync_finished.connect(lambda _: self._sync_finished())
        ctx.cache_rebuilt.connect(self.reload)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_drafts)
        self._profile_changed(ctx.profile)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        # left: list
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or ID"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icons.icon("search", theme_palette()), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.setAccessibleName(self.tr("Search configurations"))
        self.filter_group = QButtonGroup(self)
        filters = QHBoxLayout()
        filters.setSpacing(4)
        for status, text in (
            ("all", self.tr("All")),
            ("active", self.tr("Active")),
            ("inactive", self.tr("Inactive")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName(f"filter-{status}")
            button.setProperty("status", status)
            self.filter_group.addButton(button)
            filters.addWidget(button)
            if status == "all":
                button.setChecked(True)
        filters.addStretch(1)
        self.filter_group.buttonToggled.connect(self._filter_changed)
        self.model = ConfigListModel(self)
        self.proxy = ConfigFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.list_view = QListView()
        self.list_view.setModel(self.proxy)
        self.delegate = ConfigCardDelegate(self.list_view)
        self.delegate.link_copied.connect(self._link_copied)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setMouseTracking(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.list_view.setAccessibleName(self.tr("Portal configurations"))
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_menu)
        self.list_empty = QLabel()
        self.list_empty.setWordWrap(True)
        self.list_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_muted(self.list_empty)
        self.list_empty.setVisible(False)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setIcon(icons.icon("add", theme_palette()))
        self.new_button.setToolTip(
            self.tr("New configuration, with the Dashboard's defaults (Ctrl+N)")
        )
        self.new_button.clicked.connect(self.new_configuration)
        self.transfer_button = QToolButton()
        self.transfer_button.setText(self.tr("Import / export"))
        self.transfer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.transfer_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.transfer_menu = QMenu(self.transfer_button)
        self.transfer_button.setMenu(self.transfer_menu)
        self.list_spinner = Spinner(16)
        title = heading(self.tr("Portal configurations"), self.font(), 1.25)
        self.count_label = QLabel()
        make_muted(self.count_label)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.list_spinner)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.transfer_button)
        bottom.addStretch(1)
        left = QFrame()
        left.setObjectName("portalListPane")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(14, 14, 10, 12)
        left_layout.setSpacing(8)
        left_layout.addLayout(top)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.list_empty, 1)
        left_layout.addLayout(bottom)
        left.setMinimumWidth(200)
        left.setMaximumWidth(380)
        self.left_pane = left

        # right: states
        self.pages = QStackedWidget()
        loading = QWidget()
        loading_layout = QVBoxLayout(loading)
        self.loading_spinner = Spinner(28)
        loading_text = QLabel(self.tr("Loading portal configurations…"))
        make_muted(loading_text)
        loading_layout.addStretch(1)
        loading_layout.addWidget(self.loading_spinner, 0, Qt.AlignmentFlag.AlignHCenter)
        loading_layout.addWidget(loading_text, 0, Qt.AlignmentFlag.AlignHCenter)
        loading_layout.addStretch(2)
        self.pages.addWidget(loading)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        self.empty_title = heading(self.tr("No portal configuration yet"), self.font(), 1.4)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        make_muted(self.empty_text)
        self.empty_button = QPushButton(self.tr("Create a configuration"))
        self.empty_button.clicked.connect(self.new_configuration)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.pages.addWidget(empty_page)
        self.pages.addWidget(self._build_detail())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        # On small screens the detail scrolls instead of forcing the window to be wider.
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.pages)
        splitter.addWidget(self.detail_scroll)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([285, 915])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._apply_palette()

    def _build_detail(self) -> QWidget:
        detail = QWidget()
        self.name_label = QLabel()
        self.name_label.setFont(scaled_font(self.font(), 1.45, bold=True))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pills = QHBoxLayout()
        self.pills.setSpacing(6)
        palette = theme_palette()
        text = palette.color(palette.ColorRole.WindowText)
        self.default_pill = pill(
            self.tr("Default"),
            palette.color(palette.ColorRole.Highlight),
            palette.color(palette.ColorRole.HighlightedText),
        )
        self.active_pill = pill(self.tr("Active"), subtle_fill(palette, 0.1), text)
        self.inactive_pill = pill(self.tr("Inactive"), subtle_fill(palette, 0.22), text)
        self.new_pill = pill(self.tr("Not created yet"), WARNING_COLOR, QColor("#ffffff"))
        self.unsaved_pill = pill(self.tr("Unsaved changes"), WARNING_COLOR, QColor("#ffffff"))
        for widget in (
            self.default_pill,
            self.active_pill,
            self.inactive_pill,
            self.new_pill,
            self.unsaved_pill,
        ):
            widget.setVisible(False)
            self.pills.addWidget(widget)
        self.meta_label = QLabel()
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_muted(self.meta_label)
        name_row = QHBoxLayout()
        name_row.setSpacing(10)
        name_row.addWidget(self.name_label)
        name_row.addLayout(self.pills)
        name_row.addStretch(1)

        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setToolTip(self.tr("Every version, compare and restore (Ctrl+H)"))
        self.history_button.clicked.connect(self.show_history)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(
            self.tr("A new configuration with these settings (Ctrl+D)")
        )
        self.duplicate_button.clicked.connect(self.duplicate)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setIcon(icons.icon("menu", theme_palette()))
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Check, review and send to Stripe (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.save_spinner = Spinner(16)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self.history_button)
        actions.addWidget(self.duplicate_button)
        actions.addWidget(self.more_button)
        actions.addStretch(1)
        self.status_label = QLabel()
        actions.addWidget(self.status_label)
        actions.addWidget(self.save_spinner)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)

        self.error_banner = ErrorBanner(self, closable=True)
        self.notice_banner = ErrorBanner(self, tone="warning", closable=True)

        self.editor = ConfigEditor()
        self.editor.changed.connect(self.edited)
        self.insights = InsightsPane()
        self.insights.issue_activated.connect(self.editor.focus_path)
        self.insights.setMinimumWidth(200)
        self.insights.setMaximumWidth(380)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.editor)
        body.addWidget(self.insights)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setSizes([640, 285])
        body.setChildrenCollapsible(False)

        layout = QVBoxLayout(detail)
        layout.setContentsMargins(18, 14, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(name_row)
        layout.addWidget(self.meta_label)
        layout.addLayout(actions)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.notice_banner)
        layout.addWidget(body, 1)
        return detail

    def _build_actions(self) -> None:
        def action(
            text: str, shortcut: str | None, slot: Any, menu: QMenu | None = None
        ) -> QAction:
            act = QAction(text, self)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False: slot())
            self.addAction(act)
            if menu is not None:
                menu.addAction(act)
            return act

        self.save_action = action(self.tr("Save changes"), "Ctrl+S", self.save)
        self.new_action = action(self.tr("New configuration"), "Ctrl+N", self.new_configuration)
        self.duplicate_action = action(self.tr("Duplicate"), "Ctrl+D", self.duplicate)
        self.history_action = action(self.tr("History"), "Ctrl+H", self.show_history)
        self.search_action = action(self.tr("Search"), "Ctrl+F", self._focus_search)
        self.copy_link_action = action(
            self.tr("Copy login page link"), "Ctrl+Shift+C", self.copy_login_link
        )
        self.active_action = action(self.tr("Deactivate"), None, self.toggle_active, self.more_menu)
        self.default_action = action(
            self.tr("Make default…"), None, self.make_default, self.more_menu
        )
        self.more_menu.addSeparator()
        self.export_one_action = action(
            self.tr("Export this configuration…"), "Ctrl+E", self.export_current, self.more_menu
        )
        self.promote_action = action(
            self.tr("Copy to another account (test → live)…"), None, self.promote, self.more_menu
        )
        self.more_menu.addAction(self.copy_link_action)
        self.import_action = action(
            self.tr("Import from a file…"), "Ctrl+I", self.import_file, self.transfer_menu
        )
        self.export_all_action = action(
            self.tr("Export all configurations…"), None, self.export_all, self.transfer_menu
        )
        self.transfer_menu.addAction(self.export_one_action)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        fill = subtle_fill(palette, 0.03)
        edge = subtle_fill(palette, 0.12)
        self.left_pane.setStyleSheet(
            f"#portalListPane {{ background: {fill.name()}; border-right: 1px solid "
            f"{edge.name()}; }}"
        )
        highlight = palette.color(palette.ColorRole.Highlight)
        self.save_button.setStyleSheet(
            f"#primaryButton {{ background: {highlight.name()}; color: "
            f"{palette.color(palette.ColorRole.HighlightedText).name()}; border: none; "
            "border-radius: 5px; padding: 6px 14px; font-weight: 600; }"
            f"#primaryButton:disabled {{ background: {subtle_fill(palette, 0.15).name()}; "
            f"color: {subtle_fill(palette, 0.45).name()}; }}"
        )

    # -- profile and loading -----------------------------------------------------------------------
    def _profile_changed(self, profile: Profile | None) -> None:
        self.flush_drafts()
        session = self.ctx.session
        self.session = session
        self.objects = {}
        self.catalog = Catalog()
        self.current_key = None
        self.base = None
        self.has_loaded = False
        self.model.set_rows([])
        self.drafts = None
        if session is None or session.cache is None:
            self._show_empty(
                self.tr("Open a Stripe account"),
                self.tr("Choose or add an account to see its customer portal configurations."),
                button=False,
            )
            return
        demo = self.ctx.demo_server
        scope = demo.url if session.profile.demo and demo is not None else None
        self.drafts = DraftStore(drafts_path(session.cache_path), scope)
        if self.drafts.problem:
            self.error_banner.show_error(
                self.tr("Your saved drafts could not be read and were set aside: {0}").format(
                    self.drafts.problem
                )
            )
        if self.isVisible():
            self.reload()

    def activate(self) -> None:
        """Called each time the panel is shown: load the list the first time."""
        if self.session is not self.ctx.session:
            self._profile_changed(self.ctx.profile)
        if not self.has_loaded:
            self.reload()

    def _sync_finished(self) -> None:
        if self.session is not None and self.session is self.ctx.session:
            self.reload()

    def reload(self) -> None:
        """Read the configurations and the catalogue from the cache (worker)."""
        session = self.session
        if session is None or session.cache is None:
            return
        cache = session.cache

        def work(control: TaskControl) -> Loaded:
            conn = cache.open_connection()
            try:
                return Loaded(history.configurations(conn), catalog_mod.from_cache(conn))
            finally:
                conn.close()

        if not self.has_loaded:
            self.pages.setCurrentIndex(self.LOADING)
            self.loading_spinner.start()
        self.list_spinner.start()
        self.ctx.runner.submit(
            work,
            on_success=lambda result: self._loaded(result, session),
            on_failure=self._load_failed,
            key=f"portal-config-load-{id(self)}",
            name="load portal configurations",
        )

    def _loaded(self, result: Loaded, session: ProfileSession) -> None:
        if session is not self.session:
            return
        self.loading_spinner.stop()
        self.list_spinner.stop()
        self.has_loaded = True
        self.objects = {str(o["id"]): o for o in result.objects}
        self.catalog = result.catalog
        self.editor.set_catalog(self.catalog)
        if self.current_key in self.objects and not self.dirty():
            self.base = self.objects[self.current_key]
            fresh = from_object(self.base)
            if fresh != self.editor.doc():  # changed on Stripe, nothing edited here
                self.show_doc(fresh)
            self.editor.set_login_url(self.login_url())
        self.refresh_rows()
        wanted = self.pending_select or self.current_key
        self.pending_select = None
        if wanted is None:
            saved = self.ctx.settings.value(SELECTED_KEY)
            wanted = saved if isinstance(saved, str) else None
        if wanted is None or self.model.row_of(wanted) < 0:
            self._select_default()
        else:
            self.select_row(wanted)
            if wanted != self.current_key:
                self.select(wanted)
            else:
                self.update_header()
                self.run_checks()
        self.loaded.emit()

    def _select_default(self) -> None:
        """Select the most recently changed active configuration (or show the empty page)."""
        rows = self.model.rows()
        first = next((r for r in rows if r.active and not r.is_new), None)
        wanted = first.key if first else (rows[0].key if rows else None)
        if wanted is None:
            self.current_key = None
            self._show_empty(
                self.tr("No portal configuration yet"),
                self.tr(
                    "Create one here with the Dashboard's defaults, or import one. Stripe also "
                    "creates a default configuration the first time you open the customer "
                    "portal settings in the Dashboard."
                ),
            )
            return
        self.select(wanted)

    def _load_failed(self, error: UserFacingError) -> None:
        self.loading_spinner.stop()
        self.list_spinner.stop()
        self.pages.setCurrentIndex(self.DETAIL if self.current_key else self.EMPTY)
        self.error_banner.show_error(error, self.tr("Could not read the local cache"))
        if not self.current_key:
            self._show_empty(self.tr("Could not read the configurations"), error_text(error))

    def _show_empty(self, title: str, text: str, *, button: bool = True) -> None:
        self.loading_spinner.stop()
        self.empty_title.setText(title)
        self.empty_text.setText(text)
        self.empty_button.setVisible(button)
        self.pages.setCurrentIndex(self.EMPTY)
        self.list_empty.setText(text if not self.model.rowCount() else "")
        self._update_count()

    def refresh_rows(self) -> None:
        drafts = {d.key: d for d in (self.drafts.all() if self.drafts else [])}
        rows: list[ConfigRow] = []
        for draft in drafts.values():
            if draft.is_new:
                rows.append(
                    ConfigRow(
                        draft.key,
                        draft.doc["name"],
                        has_draft=True,
                        is_new=True,
                        headline=draft.doc["business_profile"]["headline"],
                        updated=int(draft.saved_at),
                    )
                )
        configs = sorted(
            self.objects.values(),
            key=lambda o: (not o.get("active", True), -(o.get("updated") or 0)),
        )
        for obj in configs:
            rows.append(ConfigRow.from_object(obj, has_draft=str(obj["id"]) in drafts))
        self.model.set_rows(rows)
        self.list_view.setVisible(bool(rows))
        self.list_empty.setVisible(not rows)
        self.list_empty.setText(self.tr("No configurations yet.") if not rows else "")
        if self.current_key:
            self.select_row(self.current_key)
        self._update_count()

    def _update_count(self) -> None:
        active = sum(1 for o in self.objects.values() if o.get("active", True))
        total = len(self.objects)
        self.count_label.setText(
            self.tr("{0} active, {1} inactive").format(active, total - active) if total else ""
        )

    def select_row(self, key: str) -> None:
        row = self.model.row_of(key)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(index)
            self.list_view.selectionModel().blockSignals(False)
            self.list_view.viewport().update()

    def _filter_changed(self, button: QPushButton, checked: bool) -> None:
        if checked:
            self.proxy.set_status(str(button.property("status")))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection -------------------------------------------------------------------------------
    def _current_changed(self, current: Any, previous: Any) -> None:
        key = current.data(Role.KEY) if current.isValid() else None
        if isinstance(key, str) and key != self.current_key:
            self.select(key)

    def select(self, key: str) -> None:
        """Show configuration ``key`` (an id, or the key of a new one) in the editor."""
        self.flush_drafts_soon()
        draft = self.drafts.get(key) if self.drafts else None
        obj = self.objects.get(key)
        if obj is None and (draft is None or not draft.is_new):
            return
        self.current_key = key
        self.ctx.settings.set_value(SELECTED_KEY, key)
        self.error_banner.clear()
        self.notice_banner.clear()
        self.stripe_issues = []
        if draft is not None:
            self.base = draft.base if draft.base is not None else obj
            doc = draft.doc
            moved = (
                obj is not None
                and draft.base_updated is not None
                and obj.get("updated") != draft.base_updated
            )
            note = self.tr("Your unsaved changes from {0} are back.").format(when(draft.saved_at))
            if moved:
                note += " " + self.tr(
                    "This configuration has changed on Stripe since; saving will show both "
                    "changes so you can merge them."
                )
            if not draft.is_new:
                self.notice_banner.show_error(note, self.tr("Draft restored"))
        else:
            self.base = obj
            doc = from_object(obj) if obj is not None else dashboard_defaults()
        self.show_doc(doc)
        self.editor.set_login_url(self.login_url())
        self.pages.setCurrentIndex(self.DETAIL)
        self.select_row(key)
        self.update_header()
        self.run_checks()

    def show_doc(self, doc: Doc) -> None:
        """Put ``doc`` in the editor without counting it as an edit."""
        self.loading_doc = True
        try:
            self.editor.set_doc(doc)
        finally:
            self.loading_doc = False

    def login_url(self) -> str | None:
        obj = self.objects.get(self.current_key or "")
        login = (obj or {}).get("login_page") or {}
        return login.get("url") if login.get("enabled") else None

    def current_row(self) -> ConfigRow | None:
        """The list row of the configuration shown."""
        if self.current_key is None:
            return None
        return self.model.row_at(self.model.row_of(self.current_key))

    def is_new(self) -> bool:
        """The configuration shown is not created on Stripe yet."""
        return self.current_key is not None and self.current_key not in self.objects

    def dirty(self) -> bool:
        if self.current_key is None:
            return False
        if self.is_new():
            return True
        base = self.objects.get(self.current_key) if self.base is None else self.base
        return base is not None and self.editor.doc() != from_object(base)

    # -- editing -----------------------------------------------------------------------------------
    def edited(self) -> None:
        if self.loading_doc or self.current_key is None:
            return
        self.stripe_issues = []
        doc = self.editor.doc()
        if self.drafts is not None:
            if self.dirty():
                self.drafts.stage(
                    Draft(
                        key=self.current_key,
                        doc=doc,
                        config_id=None if self.is_new() else self.current_key,
                        base=self.base,
                        title=doc["name"],
                    )
                )
            else:
                self.drafts.discard(self.current_key)
            self.flush_drafts_soon()
        self._update_row()
        self.update_header()
        self.check_timer.start()

    def _update_row(self) -> None:
        row = self.current_row()
        if row is None:
            return
        has = self.drafts is not None and self.drafts.get(row.key) is not None
        doc = self.editor.doc()
        if row.has_draft != has or (row.is_new and row.name != doc["name"]):
            rows = self.model.rows()
            index = self.model.row_of(row.key)
            from dataclasses import replace

            rows[index] = replace(
                row,
                has_draft=has or row.is_new,
                name=doc["name"] if row.is_new else row.name,
            )
            self.model.set_rows(rows)
            self.select_row(row.key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-word what this panel composed itself, in the new language (QEvent.LanguageChange;
        fixed texts are re-worded by :func:`desktop.i18n.retranslate_tree`). Keeps all state."""
        self._update_count()
        if self.current_key is not None:
            self.run_checks()

    def run_checks(self) -> None:
        """Check the document being edited; show messages on fields, summary and list."""
        if self.current_key is None:
            return
        doc = self.editor.doc()
        self.issues = checks.check(doc, self.catalog) + self.stripe_issues
        self.editor.show_issues(self.issues)
        self.insights.set_issues(self.issues)
        self.insights.set_summary(summarise(doc, self.catalog))
        self.update_header()

    def update_header(self) -> None:
        row = self.current_row()
        new = self.is_new()
        doc_name = self.editor.doc()["name"] if self.current_key else ""
        self.name_label.setText(
            doc_name or (row.display_name if row else "") or self.tr("Unnamed configuration")
        )
        obj = self.objects.get(self.current_key or "")
        dirty = self.dirty()
        self.default_pill.setVisible(obj is not None and bool(obj.get("is_default")))
        active = obj is None or bool(obj.get("active", True))
        self.active_pill.setVisible(obj is not None and active)
        self.inactive_pill.setVisible(obj is not None and not active)
        self.new_pill.setVisible(new)
        self.unsaved_pill.setVisible(dirty and not new)
        parts: list[str] = []
        if obj is not None:
            parts.append(str(obj["id"]))
            if obj.get("updated"):
                parts.append(self.tr("updated {0}").format(when(obj["updated"])))
            if obj.get("livemode"):
                parts.append(self.tr("live mode"))
        else:
            parts.append(self.tr("A new configuration: saving creates it on Stripe"))
        self.meta_label.setText("  ·  ".join(parts))
        errors = sum(1 for i in self.issues if i.blocking)
        self.save_button.setText(
            self.tr("Create configuration") if new else self.tr("Save changes")
        )
        can_save = (new or dirty) and not self.busy
        self.save_button.setEnabled(can_save)
        self.save_action.setEnabled(can_save)
        self.save_button.setToolTip(
            self.tr("%n problem(s) to fix first; saving shows where.", "", errors)
            if errors
            else self.tr("Check, review and send to Stripe (Ctrl+S)")
        )
        self.discard_button.setVisible(new or dirty)
        self.discard_button.setEnabled(not self.busy)
        exists = obj is not None
        for act in (
            self.history_action,
            self.active_action,
            self.default_action,
            self.export_one_action,
            self.promote_action,
        ):
            act.setEnabled(exists and not self.busy)
        self.history_button.setEnabled(exists and not self.busy)
        self.duplicate_button.setEnabled(self.current_key is not None and not self.busy)
        self.duplicate_action.setEnabled(self.current_key is not None and not self.busy)
        self.copy_link_action.setEnabled(bool(self.login_url()))
        if obj is not None:
            active = bool(obj.get("active", True))
            self.active_action.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
            if active and obj.get("is_default"):
                self.active_action.setEnabled(False)
                self.active_action.setToolTip(
                    self.tr("The default configuration can't be deactivated.")
                )
            self.default_action.setEnabled(exists and not obj.get("is_default") and not self.busy)

    # -- drafts ----------------------------------------------------------------------------------
    def flush_drafts_soon(self) -> None:
        """Write the drafts file shortly (coalescing bursts of edits)."""
        if self.drafts is not None and self.drafts.dirty:
            self._flush_timer.start()

    def _flush_drafts_async(self) -> None:
        store = self.drafts
        if store is None or not store.dirty:
            return

        def work(control: TaskControl) -> None:
            store.flush()

        self.ctx.runner.submit(
            work,
            on_success=lambda _: None,
            on_failure=lambda e: self.error_banner.show_error(
                e, self.tr("Your draft could not be saved on this computer")
            ),
            name="save portal configuration draft",
        )

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the panel (or closing the window) writes pending drafts at once."""
        self.flush_drafts()
        super().hideEvent(event)

    def flush_drafts(self) -> None:
        """Write the drafts file now (at exit, and when the account changes)."""
        self._flush_timer.stop()
        if self.drafts is not None and self.drafts.dirty:
            try:
                self.drafts.flush()
            except OSError:
                log.warning("could not write portal configuration drafts", exc_info=True)

    def discard(self) -> None:
        """Throw away the unsaved changes (asks first)."""
        key = self.current_key
        if key is None or self.busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("Throw away the unsaved changes to “{0}”? This can't be undone.").format(
                self.name_label.text()
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        self.discard_now()

    def discard_now(self) -> None:
        """Throw away the unsaved changes without asking."""
        key = self.current_key
        if key is None:
            return
        if self.drafts is not None:
            self.drafts.discard(key)
            self.flush_drafts_soon()
        if key in self.objects:
            self.base = self.objects[key]
            self.current_key = None
            self.refresh_rows()
            self.select(key)
        else:
            self.current_key = None
            self.refresh_rows()
            self._select_default()

    # -- saving ------------------------------------------------------------------------------------
    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.editor.set_read_only(busy)
        if busy:
            self.save_spinner.start()
        else:
            self.save_spinner.stop()
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self.update_header()

    def show_status(self, text: str) -> None:
        self.status_label.setStyleSheet(f"color: {SUCCESS_COLOR};")
        self.status_label.setText(text)
        self._status_timer.start()

    def _clear_status(self) -> None:
        if not self.busy:
            self.status_label.setText("")

    def save(self) -> None:
        """Check, compare with Stripe, review, confirm, send (see the module docstring)."""
        self.saving.save()

    # -- other actions ---------------------------------------------------------------------------
    def new_configuration(self, doc: Doc | None = None, note: str | None = None) -> str | None:
        """Start a new configuration (the Dashboard's defaults, or ``doc``); returns its key."""
        if self.drafts is None or self.busy:
            return None
        key = new_key()
        start = doc if doc is not None else dashboard_defaults()
        self.drafts.stage(Draft(key=key, doc=start, title=start["name"]))
        self.flush_drafts_soon()
        self.refresh_rows()
        self.select(key)
        self.notice_banner.show_error(
            note
            or self.tr(
                "Starts with the Stripe Dashboard's defaults. Nothing is created "
                "on Stripe until you save."
            ),
            self.tr("New configuration"),
        )
        self.editor.focus_path("name")
        return key

    def copy_login_link(self) -> None:
        """Copy the login page link of the configuration shown."""
        url = self.login_url()
        if url:
            QGuiApplication.clipboard().setText(url)
            self._link_copied(url)

    def _link_copied(self, url: str) -> None:
        self.show_status(self.tr("Login page link copied."))

    def _list_menu(self, pos: Any) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        row = index.data(Role.ROW)
        menu.addAction(self.duplicate_action)
        menu.addAction(self.history_action)
        if isinstance(row, ConfigRow) and row.login_url:
            menu.addAction(self.copy_link_action)
        menu.addSeparator()
        menu.addAction(self.active_action)
        menu.addAction(self.export_one_action)
        menu.exec(self.list_view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def duplicate(self) -> None:
        """A new configuration with the settings shown (not created until saved)."""
        self.config_actions.duplicate()

    def toggle_active(self) -> None:
        """Deactivate or reactivate the configuration shown."""
        self.config_actions.toggle_active()

    def make_default(self) -> None:
        """Give the default configuration these settings (after explaining why)."""
        self.config_actions.make_default()

    def show_history(self) -> None:
        """Every version of the configuration shown (compare two, restore one)."""
        self.config_actions.show_history()

    def restore(self, doc: Doc, version: history.Version | None = None) -> None:
        """Put a past version in the editor as unsaved changes."""
        self.config_actions.restore(doc, version)

    def export_current(self) -> None:
        """Write the configuration shown to a JSON file."""
        self.config_actions.export_current()

    def export_all(self) -> None:
        """Write every configuration of the account to a JSON file."""
        self.config_actions.export_all()

    def import_file(self, path: str | None = None) -> ImportDialog | None:
        """Import configurations from an export file (asks for the file)."""
        return self.config_actions.import_file(path)

    def promote(self) -> ImportDialog | None:
        """Copy the configuration shown to another account (test → live by default)."""
        return self.config_actions.promote()
