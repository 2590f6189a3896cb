"""The Branding panel: see the hosted customer portal as customers will, and change branding.

Tab "Portal preview": pick the account (the platform or any connected account), the Connect
charge type (which decides whose branding and whose portal configurations customers get),
the configuration and the language, and see the portal drawn live. The column on the right
edits the branding shown: colours (picker and validated hex entry) and icon and logo
(checked against Stripe's limits before anything is sent), with WCAG contrast checks and
resolution warnings. Connected accounts the platform controls are saved through the
Accounts API; anything else is a what-if that says where to change it. Edits are kept per
account as drafts on disk until saved or discarded, so switching account, profile or closing
the app loses nothing. Tab "All accounts": every account's branding side by side.

Shortcuts: Ctrl+S saves, Ctrl+E exports the preview as PNG, Alt+A / Alt+H / Alt+C / Alt+L
focus the account, charges, configuration and language pickers.

Every Stripe call (loading the platform account, downloading images, uploading, saving) and
every cache write runs through ``ctx.runner``; small cache reads for the selected account
run on the GUI thread through the cache's per-thread connection.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.branding import remote, repository
from services.branding.accessibility import button_check, link_check
from services.branding.atomic import atomic_write_bytes
from services.branding.connect import (
    BrandingSource,
    ChargeMix,
    ChargeType,
    editability,
    whose_branding,
)
from services.branding.drafts import Draft, DraftImage, DraftStore
from services.branding.images import (
    ImageKind,
    check_size,
    check_upload,
    resolution_warnings,
)
from services.branding.locales import DEFAULT_LOCALE, LOCALES
from services.branding.model import (
    FALLBACK_PLAN,
    PLATFORM,
    BrandAccount,
    Branding,
    PortalConfiguration,
    SamplePlan,
)
from services.branding.preview import PortalPage, build_page
from services.branding.problems import ProblemError
from services.errors import UserFacingError, describe
from widgets.account_switcher import profile_name
from widgets.branding.editor import BrandingEditor
from widgets.branding.grid import AccountsGrid, AccountsGridModel
from widgets.branding.image_field import ImageField
from widgets.branding.images import ImageStore
from widgets.branding.portal_painter import QtFormatter, render_image
from widgets.branding.preview import PortalPreview, PreviewScroller
from widgets.branding.texts import tr_problem
from widgets.error_banner import ErrorBanner
from widgets.error_text import error_text
from widgets.spinner import Spinner
from widgets.style import heading, make_muted

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl
    from services.credentials import Profile

log = logging.getLogger(__name__)

LOAD_TASK = "branding-load"
SAVE_TASK = "branding-save"
EXPORT_TASK = "branding-export"
DRAFT_FLUSH_MS = 400
UNSAVED_MARK = " ●"
GRID_FETCH_ALL = 200
"""Up to this many accounts the grid loads them all at once; beyond, page by page."""
RELOAD_ON = ("account", "billing_portal.configuration", "subscription", "price", "product")
"""A sync that changed any of these refreshes the panel."""


@dataclass
class Loaded:
    """What the background load found: the platform, connected accounts and charge mix."""

    platform: BrandAccount | None
    platform_error: UserFacingError | None
    accounts: list[BrandAccount]
    mix: dict[str, ChargeMix]
    platform_configs: list[PortalConfiguration] = field(default_factory=list)
    platform_plan: SamplePlan | None = None


class BrandingPanel(QWidget):
    """The Branding panel (see the module docstring).

    Signals:
        loaded() -- accounts and the platform were (re)loaded.
        preview_changed() -- the preview shows a new page.
        saved(str) -- branding of this account id was saved to Stripe.
        save_failed(object) -- a save failed; the UserFacingError.
        exported(str) -- the preview was written to this PNG path.
        export_failed(object) -- an export failed; the UserFacingError.
    """

    loaded = Signal()
    preview_changed = Signal()
    saved = Signal(str)
    save_failed = Signal(object)
    exported = Signal(str)
    export_failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.images = ImageStore(ctx, self)
        self.drafts = DraftStore(None)
        self.platform: BrandAccount | None = None
        self.accounts: dict[str, BrandAccount] = {}
        self.mix: dict[str, ChargeMix] = {}
        self._configs: dict[str, list[PortalConfiguration]] = {}
        self._plans: dict[tuple[str, str], SamplePlan | None] = {}
        self.account_key = PLATFORM
        self.charge = ChargeType.DIRECT
        self.config_id: str | None = None
        self.locale_code = DEFAULT_LOCALE
        self.page: PortalPage | None = None
        self.is_loaded = False
        self.saving = False
        self.export_dialog: QFileDialog | None = None
        self._today = date.today()

        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(DRAFT_FLUSH_MS)
        self._flush_timer.timeout.connect(self._flush_drafts)

        self._build()
        self._wire()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._flush_drafts)
        self._profile_changed(ctx.profile)

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        title = heading(self.tr("Branding"), self.font(), 1.5)
        subtitle = QLabel(
            self.tr(
                "See the hosted customer portal as your customers will — every account, every "
                "language — and change colours, icon and logo before they see them."
            )
        )
        subtitle.setWordWrap(True)
        make_muted(subtitle)
        self.spinner = Spinner(16)
        self.export_button = QPushButton(self.tr("Export PNG…"))
        self.export_button.setToolTip(self.tr("Save the preview as a PNG image (Ctrl+E)"))
        self.export_button.clicked.connect(self.open_export_dialog)
        head = QGridLayout()
        head.addWidget(title, 0, 0)
        head.addWidget(self.spinner, 0, 1, Qt.AlignmentFlag.AlignRight)
        head.addWidget(self.export_button, 0, 2, Qt.AlignmentFlag.AlignRight)
        head.addWidget(subtitle, 1, 0, 1, 3)
        head.setColumnStretch(0, 1)

        self.banner = ErrorBanner(closable=True)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.reload)
        self.retry_button.setVisible(False)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_preview_tab(), self.tr("Portal preview"))
        self.tabs.addTab(self._build_grid_tab(), self.tr("All accounts"))
        self.tabs.currentChanged.connect(self._tab_changed)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 24, 12)
        column.setSpacing(10)
        column.addLayout(head)
        column.addWidget(self.banner)
        column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.tabs, 1)

    def _build_preview_tab(self) -> QWidget:
        self.account_combo = QComboBox()
        self.account_combo.setMinimumContentsLength(26)
        self.account_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.charge_combo = QComboBox()
        for kind, label in (
            (ChargeType.DIRECT, self.tr("Direct charges")),
            (ChargeType.DESTINATION, self.tr("Destination charges")),
            (ChargeType.DESTINATION_ON_BEHALF_OF, self.tr("Destination + on_behalf_of")),
        ):
            self.charge_combo.addItem(label, kind.value)
        self.config_combo = QComboBox()
        self.config_combo.setMinimumContentsLength(14)
        self.config_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.locale_combo = QComboBox()
        self.locale_combo.setMinimumContentsLength(12)
        self.locale_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for loc in LOCALES:
            self.locale_combo.addItem(loc.label, loc.code)
            self.locale_combo.setItemData(
                self.locale_combo.count() - 1,
                self.tr("{0} — API locale “{1}”").format(loc.english_name, loc.api_code),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.locale_combo.setCurrentIndex(self.locale_combo.findData(DEFAULT_LOCALE))
        self.locale_combo.setMaxVisibleItems(20)

        controls = QGridLayout()
        controls.setHorizontalSpacing(10)
        controls.setVerticalSpacing(3)
        for col, (text, combo) in enumerate(
            (
                (self.tr("&Account"), self.account_combo),
                (self.tr("C&harges"), self.charge_combo),
                (self.tr("&Configuration"), self.config_combo),
                (self.tr("&Language"), self.locale_combo),
            )
        ):
            buddy = QLabel(text)
            buddy.setBuddy(combo)
            make_muted(buddy)
            controls.addWidget(buddy, 0, col)
            controls.addWidget(combo, 1, col)
            controls.setColumnStretch(col, (4, 2, 3, 2)[col])

        self.whose_label = QLabel()
        self.whose_label.setWordWrap(True)
        self.whose_label.setObjectName("whoseBranding")
        self.mix_label = QLabel()
        self.mix_label.setWordWrap(True)
        make_muted(self.mix_label)
        whose = QFrame()
        whose.setObjectName("whoseCard")
        whose.setStyleSheet("#whoseCard { border: 1px solid palette(mid); border-radius: 6px; }")
        whose_layout = QVBoxLayout(whose)
        whose_layout.setContentsMargins(10, 6, 10, 6)
        whose_layout.setSpacing(2)
        whose_layout.addWidget(self.whose_label)
        whose_layout.addWidget(self.mix_label)

        self.preview = PortalPreview(self.images)
        self.preview.set_placeholder(self.tr("Open a Stripe account to preview its portal."))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 8, 8, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(controls)
        left_layout.addWidget(whose)
        self.preview_scroll = PreviewScroller(self.preview)
        left_layout.addWidget(self.preview_scroll, 1)

        self.editor = BrandingEditor()
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll = scroll

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 400])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        return splitter

    def _build_grid_tab(self) -> QWidget:
        self.grid_model = AccountsGridModel(self)
        self.grid = AccountsGrid(self.grid_model, self.images)
        self.grid.activated.connect(self._grid_activated)
        self.grid.doubleClicked.connect(self._grid_activated)
        intro = QLabel(
            self.tr(
                "Every account's portal as its direct-charge customers see it. Flags show a "
                "missing icon or colour; press Enter or double-click a card to open it."
            )
        )
        intro.setWordWrap(True)
        make_muted(intro)
        self.grid_empty = QLabel(
            self.tr("No connected accounts in the local cache yet; they appear after a sync.")
        )
        self.grid_empty.setVisible(False)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.grid_empty)
        layout.addWidget(self.grid, 1)
        return page

    def _wire(self) -> None:
        ctx = self.ctx
        ctx.profile_changed.connect(self._profile_changed)
        ctx.sync_finished.connect(self._sync_finished)
        ctx.cache_rebuilt.connect(self.reload)
        self.images.changed.connect(self._images_changed)
        self.account_combo.activated.connect(self._account_picked)
        self.charge_combo.activated.connect(self._charge_picked)
        self.config_combo.activated.connect(self._config_picked)
        self.locale_combo.currentIndexChanged.connect(self._locale_picked)
        ed = self.editor
        ed.brand.edited.connect(lambda text: self._colour_edited("primary_color", text))
        ed.accent.edited.connect(lambda text: self._colour_edited("secondary_color", text))
        ed.icon.picked.connect(lambda path: self.load_image("icon", path))
        ed.logo.picked.connect(lambda path: self.load_image("logo", path))
        ed.icon.undo.connect(lambda: self._drop_image("icon"))
        ed.logo.undo.connect(lambda: self._drop_image("logo"))
        ed.checks.use_brand.connect(ed.brand.set_text)
        ed.checks.use_accent.connect(ed.accent.set_text)
        ed.draft_banner.discard_confirmed.connect(self.discard_draft)
        ed.save_button.clicked.connect(self.save)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        export = QShortcut(QKeySequence("Ctrl+E"), self)
        export.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        export.activated.connect(self.open_export_dialog)

    # -- profile and loading -----------------------------------------------------------------------
    def activate(self) -> None:
        """Called when the panel is shown: load if nothing is loaded yet."""
        if not self.is_loaded and self.ctx.session is not None:
            self.reload()

    def _sync_finished(self, outcome: Any) -> None:
        counts = getattr(outcome, "counts", {}) or {}
        if not self.is_loaded or any(counts.get(r) for r in RELOAD_ON):
            self.reload()

    def _drafts_dir(self, profile: Profile) -> Path:
        return Path(self.ctx.accounts.data_dir) / "branding-drafts" / profile.id

    def _profile_changed(self, profile: Profile | None) -> None:
        self._flush_drafts()
        self.ctx.runner.cancel(LOAD_TASK)
        self.platform, self.accounts, self.mix = None, {}, {}
        self._configs.clear()
        self._plans.clear()
        self.account_key, self.config_id, self.is_loaded = PLATFORM, None, False
        self.banner.clear()
        self.retry_button.setVisible(False)
        if profile is None:
            self.drafts = DraftStore(None)
            self.images.reset(self.drafts)
            self.preview.set_placeholder(self.tr("Open a Stripe account to preview its portal."))
            self._show_nothing()
            return
        try:
            self.drafts = DraftStore(self._drafts_dir(profile))
        except OSError:
            log.warning("branding drafts unreadable; keeping them in memory", exc_info=True)
            self.drafts = DraftStore(None)
        self.images.reset(self.drafts)
        self.preview.set_placeholder(self.tr("Loading the portal's branding…"))
        self._show_nothing()
        self.reload()

    def _show_nothing(self) -> None:
        self.page = None
        self.preview.set_page(None)
        for combo in (self.account_combo, self.config_combo):
            combo.clear()
        self.editor.setEnabled(False)
        self.export_button.setEnabled(False)
        self.whose_label.setText("")
        self.mix_label.setText("")
        self.grid_model.reset(None, None, [], None, {})

    def reload(self) -> None:
        """(Re)load the platform account and connected accounts in the background."""
        session = self.ctx.session
        if session is None:
            return
        gateway, cache = session.gateway, session.cache
        fallback_name = profile_name(session.profile)
        fallback_id = session.profile.account_id

        def work(control: TaskControl) -> Loaded:
            try:
                platform: BrandAccount | None = remote.fetch_platform(gateway)
                error = None
            except Exception as exc:  # shown in the banner; the preview still works
                platform, error = None, describe(exc)
            control.progress(None)
            accounts: list[BrandAccount] = []
            mix: dict[str, ChargeMix] = {}
            configs: list[PortalConfiguration] = []
            plan = None
            if cache is not None:
                conn = cache.open_connection()
                try:
                    accounts = repository.connected_accounts(conn)
                    mix = repository.charge_mix(conn)
                    configs = repository.configurations(conn, PLATFORM)
                    plan = repository.sample_plan(conn, PLATFORM)
                finally:
                    conn.close()
            if platform is None:
                platform = BrandAccount(fallback_id, fallback_name, Branding(), is_platform=True)
            return Loaded(platform, error, accounts, mix, configs, plan)

        self.spinner.start()
        self.ctx.runner.submit(
            work,
            on_success=self._loaded,
            on_failure=self._load_failed,
            on_cancelled=self.spinner.stop,
            key=LOAD_TASK,
            name="load branding",
        )

    def _loaded(self, result: Loaded) -> None:
        self.spinner.stop()
        self.platform = result.platform
        self.accounts = {a.id: a for a in result.accounts}
        self.mix = result.mix
        self._configs = {PLATFORM: result.platform_configs}
        self._plans = {(PLATFORM, ""): result.platform_plan}
        self.is_loaded = True
        if result.platform_error is not None:
            self.banner.show_error(
                result.platform_error,
                self.tr("Your account's branding could not be loaded from Stripe"),
            )
            self.retry_button.setVisible(True)
        else:
            self.banner.clear()
            self.retry_button.setVisible(False)
        if self.account_key and self.account_key not in self.accounts:
            self.account_key = PLATFORM
        self.editor.setEnabled(True)
        self.export_button.setEnabled(True)
        self._fill_accounts()
        self._reset_grid()
        self._selection_changed()
        self.loaded.emit()

    def _load_failed(self, error: UserFacingError) -> None:
        self.spinner.stop()
        self.banner.show_error(error, self.tr("The branding could not be loaded"))
        self.retry_button.setVisible(True)
        self.preview.set_placeholder(
            self.tr("Nothing to preview: the accounts could not be loaded.")
        )

    def _reset_grid(self) -> None:
        session = self.ctx.session
        self.grid_model.reset(
            session.cache if session is not None else None,
            self.platform,
            self._configs.get(PLATFORM, []),
            self._plans.get((PLATFORM, "")),
            self.mix,
            livemode=bool(session and session.profile.livemode),
        )
        self.grid_model.set_locale(self.locale_code)
        self.grid_empty.setVisible(not self.accounts)

    # -- cache reads for the selection (GUI thread, small) ---------------------------------
    def _conn(self) -> Any:
        session = self.ctx.session
        if session is None or session.cache is None:
            return None
        try:
            return session.cache.connect()
        except Exception:
            log.warning("cache unavailable for branding", exc_info=True)
            return None

    def configurations(self, account_key: str) -> list[PortalConfiguration]:
        """The portal configurations of ``account_key`` (cached per panel load)."""
        if account_key not in self._configs:
            conn = self._conn()
            self._configs[account_key] = (
                repository.configurations(conn, account_key) if conn is not None else []
            )
        return self._configs[account_key]

    def sample_plan(self, owner: str, destination: str = "") -> SamplePlan:
        """The plan the preview shows for ``owner``'s customers (destination: paid out to)."""
        key = (owner, destination)
        if key not in self._plans:
            conn = self._conn()
            self._plans[key] = (
                repository.sample_plan(conn, owner, destination=destination or None)
                if conn is not None
                else None
            )
            if self._plans[key] is None and destination:
                self._plans[key] = self.sample_plan(owner)
        return self._plans[key] or FALLBACK_PLAN

    # -- selection -------------------------------------------------------------------------------
    def account(self, key: str) -> BrandAccount | None:
        """The platform ('') or a connected account by id."""
        return self.platform if key == PLATFORM else self.accounts.get(key)

    @property
    def source(self) -> BrandingSource | None:
        """Whose branding and configurations apply (None for the platform's own customers)."""
        if self.account_key == PLATFORM:
            return None
        return whose_branding(self.charge, self.account_key)

    @property
    def branding_key(self) -> str:
        source = self.source
        return source.branding_account if source is not None else PLATFORM

    @property
    def configuration_key(self) -> str:
        source = self.source
        return source.configuration_account if source is not None else PLATFORM

    @property
    def target(self) -> BrandAccount | None:
        """The account whose branding the preview shows and the editor edits."""
        return self.account(self.branding_key)

    def draft_for(self, account: BrandAccount) -> Draft:
        """The account's draft, or a fresh empty one."""
        found = self.drafts.get(account.key)
        if found is not None:
            return found
        return Draft(account.key, base=account.branding)

    def _fill_accounts(self) -> None:
        combo = self.account_combo
        combo.blockSignals(True)
        combo.clear()
        if self.platform is not None:
            combo.addItem(self.tr("{0} (platform)").format(self.platform.name), PLATFORM)
        for account in sorted(self.accounts.values(), key=lambda a: a.name.lower()):
            combo.addItem(account.name, account.id)
        self._mark_drafts()
        index = combo.findData(self.account_key)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _mark_drafts(self) -> None:
        combo = self.account_combo
        drafts = self.drafts.all()
        for row in range(combo.count()):
            key = combo.itemData(row)
            account = self.account(key)
            if account is None:
                continue
            base = combo.itemText(row).removesuffix(UNSAVED_MARK)
            pending = key in drafts
            combo.setItemText(row, base + (UNSAVED_MARK if pending else ""))
            combo.setItemData(row, combo.itemText(row), Qt.ItemDataRole.ToolTipRole)
            tip = self.tr("Unsaved branding changes") if pending else ""
            combo.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)

    def select(
        self,
        account_key: str | None = None,
        *,
        charge: ChargeType | str | None = None,
        configuration: str | None = None,
        locale_code: str | None = None,
    ) -> None:
        """Show a given account / charge type / configuration / language (as if picked)."""
        if account_key is not None:
            if account_key != PLATFORM and account_key not in self.accounts:
                raise KeyError(account_key)
            changed = account_key != self.account_key
            self.account_key = account_key
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(account_key)))
            if changed and charge is None and account_key != PLATFORM:
                mix = self.mix.get(account_key)
                self.charge = mix.most_common() if mix is not None else ChargeType.DIRECT
            if changed:
                self.config_id = None
        if charge is not None:
            self.charge = ChargeType(charge)
            self.config_id = None
        if configuration is not None:
            self.config_id = configuration
        if locale_code is not None:
            self.locale_code = locale_code
            self.locale_combo.blockSignals(True)
            self.locale_combo.setCurrentIndex(self.locale_combo.findData(locale_code))
            self.locale_combo.blockSignals(False)
            self.grid_model.set_locale(locale_code)
            self.grid.card_delegate.clear()
        self._selection_changed()

    def _account_picked(self, index: int) -> None:
        key = self.account_combo.itemData(index)
        if isinstance(key, str):
            self.select(key)

    def _charge_picked(self, index: int) -> None:
        value = self.charge_combo.itemData(index)
        if isinstance(value, str):
            self.select(charge=value)

    def _config_picked(self, index: int) -> None:
        value = self.config_combo.itemData(index)
        if isinstance(value, str):
            self.select(configuration=value)

    def _locale_picked(self, index: int) -> None:
        value = self.locale_combo.itemData(index)
        if isinstance(value, str) and value != self.locale_code:
            self.select(locale_code=value)

    def _grid_activated(self, index: Any) -> None:
        item = self.grid_model.items[index.row()] if index.isValid() else None
        if item is not None:
            self.open_account(item.account.key)

    def open_account(self, account_key: str) -> None:
        """Show ``account_key``'s portal in the preview tab."""
        self.tabs.setCurrentIndex(0)
        self.select(account_key, charge=ChargeType.DIRECT if account_key else None)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self.grid_model.total <= GRID_FETCH_ALL:
            self.grid_model.fetch_all()

    def _selection_changed(self) -> None:
        connected = self.account_key != PLATFORM
        self.charge_combo.setEnabled(connected)
        self.charge_combo.setCurrentIndex(max(0, self.charge_combo.findData(self.charge.value)))
        self._fill_configs()
        self._show_whose()
        self._show_editor()
        self.refresh_preview()

    def _fill_configs(self) -> None:
        configs = [c for c in self.configurations(self.configuration_key)]
        combo = self.config_combo
        combo.blockSignals(True)
        combo.clear()
        if not configs:
            combo.addItem(self.tr("Stripe's defaults (no configuration yet)"), "")
        for config in configs:
            label = config.name or config.id
            if config.is_default and "default" not in label.lower():
                label = self.tr("{0} · default").format(label)
            elif not config.active:
                label = self.tr("{0} · inactive").format(label)
            combo.addItem(label, config.id)
            combo.setItemData(combo.count() - 1, config.id, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(self.config_id) if self.config_id is not None else -1
        if index < 0:
            index = 0
            self.config_id = combo.itemData(0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    @property
    def configuration(self) -> PortalConfiguration:
        """The configuration shown."""
        for config in self.configurations(self.configuration_key):
            if config.id == self.config_id:
                return config
        configs = self.configurations(self.configuration_key)
        return configs[0] if configs else PortalConfiguration.stripe_defaults()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-word what this panel composed itself, in the new language (QEvent.LanguageChange;
        fixed texts are re-worded by :func:`desktop.i18n.retranslate_tree`). Keeps all state."""
        if self.target is not None:
            self._show_whose()
            self._show_draft_state()

    def _show_whose(self) -> None:
        platform_name = self.platform.name if self.platform else self.tr("your platform")
        source = self.source
        if source is None:
            self.whose_label.setText(
                self.tr(
                    "Your platform's own customers see <b>{0}</b>'s branding and the "
                    "platform's portal configurations."
                ).format(_html(platform_name))
            )
            self.mix_label.setText(
                self.tr("Pick a connected account to see whose branding its customers get.")
            )
            return
        account = self.accounts.get(source.connected_account)
        name = account.name if account else source.connected_account
        branded = name if source.uses_connected_branding else platform_name
        configured = name if source.configuration_account else platform_name
        self.whose_label.setText(
            self.tr(
                "Customers see <b>{0}</b>'s branding with <b>{1}</b>'s portal configuration."
            ).format(_html(branded), _html(configured))
        )
        reason = tr_problem(
            whose_branding(source.charge_type, source.connected_account, name).reason
        )
        mix = self.mix.get(source.connected_account)
        if mix is None or mix.total == 0:
            counts = self.tr("Your cached data has no current subscriptions with {0}.").format(name)
        else:
            counts = self.tr(
                "Your cached subscriptions with {0}: {1} direct, {2} destination, {3} "
                "destination + on_behalf_of."
            ).format(name, mix.direct, mix.destination, mix.destination_on_behalf_of)
        self.mix_label.setText(f"{reason}\n{counts}")

    # -- the preview -----------------------------------------------------------------------
    def effective_branding(self, account: BrandAccount) -> Branding:
        """The account's branding with its unsaved edits."""
        draft = self.drafts.get(account.key)
        return draft.effective() if draft is not None else account.branding

    def build_current_page(self) -> PortalPage | None:
        """The page for the current selection (None before anything is loaded)."""
        target = self.target
        if target is None:
            return None
        session = self.ctx.session
        source = self.source
        destination = (
            source.connected_account
            if source is not None and source.charge_type is not ChargeType.DIRECT
            else ""
        )
        return build_page(
            account=target,
            branding=self.effective_branding(target),
            configuration=self.configuration,
            locale_code=self.locale_code,
            plan=self.sample_plan(self.configuration_key, destination),
            formatter=QtFormatter(self.locale_code),
            today=self._today,
            livemode=bool(session and session.profile.livemode),
        )

    def refresh_preview(self) -> None:
        """Rebuild the page from the selection and edits, and show it."""
        page = self.build_current_page()
        self.page = page
        target = self.target
        if target is not None:
            for file_id in (target.branding.icon, target.branding.logo):
                self.images.ensure(file_id, target.key)
        self.preview.set_page(page)
        self.preview_changed.emit()

    def _images_changed(self) -> None:
        self.preview.refresh()
        self._show_images()

    # -- the editor -------------------------------------------------------------------------------
    def _show_editor(self) -> None:
        target = self.target
        ed = self.editor
        if target is None:
            ed.setEnabled(False)
            return
        ed.setEnabled(not self.saving)
        rule = editability(target)
        ed.title.setText(self.tr("Branding of {0}").format(target.name))
        ed.set_mode(rule.saveable)
        where = _html(tr_problem(rule.reason))
        if rule.where_url:
            link = self.tr("Open Settings → Branding")
            where += f' <a href="{rule.where_url}">{link}</a>'
        ed.where.setText(where)
        draft = self.draft_for(target)
        base = target.branding
        ed.brand.set_value(
            draft.primary_color,
            base.primary_color,
            self.tr("Buttons. Empty: Stripe's default {0}.").format(base.primary)
            if not base.primary_color
            else self.tr("Buttons. Saved: {0}.").format(base.primary_color),
        )
        ed.accent.set_value(
            draft.secondary_color,
            base.secondary_color,
            self.tr("Links. Empty: the brand colour.")
            if not base.secondary_color
            else self.tr("Links. Saved: {0}.").format(base.secondary_color),
        )
        ed.icon.show_error(None)
        ed.logo.show_error(None)
        ed.error.clear()
        self._show_draft_state()

    def _show_draft_state(self) -> None:
        """Everything that depends on the draft: banner, checks, images, save button."""
        target = self.target
        if target is None:
            return
        ed = self.editor
        draft = self.draft_for(target)
        rule = editability(target)
        pending = not draft.is_empty()
        ed.draft_banner.setVisible(pending)
        if pending:
            when = (
                datetime.fromtimestamp(draft.updated_at).strftime("%H:%M")
                if draft.updated_at
                else ""
            )
            message = (
                self.tr(
                    "Unsaved changes (since {0}). They are kept until you save or discard them."
                ).format(when)
                if rule.saveable
                else self.tr("What-if changes (since {0}), kept on this computer only.").format(
                    when
                )
            )
            ed.draft_banner.message.setText(message)
        effective = draft.effective()
        ed.checks.set_checks(button_check(effective.primary), link_check(effective.accent))
        invalid = draft.invalid_fields()
        ed.save_button.setEnabled(rule.saveable and pending and not invalid and not self.saving)
        if not self.saving:
            if invalid:
                ed.status.setText(self.tr("Fix the highlighted colour to save."))
            elif pending and rule.saveable:
                ed.status.setText(self.tr("Changes not saved yet."))
            elif not rule.saveable:
                ed.status.setText(self.tr("What-if only: nothing here is sent to Stripe."))
            else:
                ed.status.setText(self.tr("Matches what Stripe has."))
        self._show_images()
        self._mark_drafts()

    def _image_info(self, key: str | None, draft_image: DraftImage | None) -> str:
        if draft_image is not None:
            return self.tr("{0}×{1} {2}, {3} KB — new, not uploaded yet").format(
                draft_image.width,
                draft_image.height,
                draft_image.type.upper().replace("JPG", "JPEG"),
                max(1, round(draft_image.size / 1024)),
            )
        if not key:
            return self.tr("Not set")
        image = self.images.image(key)
        if image is not None:
            return self.tr("{0}×{1}, on Stripe").format(image.width(), image.height())
        failure = self.images.failure(key)
        if failure is not None:
            return self.tr("Could not download {0}: {1}").format(key, error_text(failure))
        return self.tr("Downloading {0}…").format(key)

    def _show_images(self) -> None:
        target = self.target
        if target is None:
            return
        draft = self.draft_for(target)
        effective = draft.effective()
        warnings: list[str] = []
        kinds: tuple[tuple[ImageKind, ImageField, DraftImage | None], ...] = (
            ("icon", self.editor.icon, draft.icon),
            ("logo", self.editor.logo, draft.logo),
        )
        for kind, field_, draft_image in kinds:
            key = getattr(effective, kind)
            image = self.images.image(key) if key else None
            notes: list[str] = []
            if image is not None:
                notes = [
                    tr_problem(p) for p in resolution_warnings(kind, image.width(), image.height())
                ]
                warnings += notes
            field_.setToolTip(getattr(target.branding, kind) or "")
            field_.set_state(
                image,
                self._image_info(getattr(target.branding, kind), draft_image)
                if draft_image is None
                else self._image_info(None, draft_image),
                has_draft=draft_image is not None,
                warnings=notes,
            )
        self.editor.checks.set_image_warnings(warnings)

    def _update_draft(self, draft: Draft) -> None:
        self.drafts.save(draft, persist=False)
        self._flush_timer.start()
        self._show_draft_state()
        self.refresh_preview()

    def _colour_edited(self, name: str, text: str) -> None:
        target = self.target
        if target is None:
            return
        saved = getattr(target.branding, name)
        value: str | None = text
        if not text.strip() or (saved is not None and text.strip().lower() == saved.lower()):
            value = None
        self._update_draft(self.draft_for(target).edited(**{name: value}))

    def load_image(self, kind: ImageKind, path: str) -> bool:
        """Check the file at ``path`` against Stripe's limits and, if it passes, put it in
        the draft; returns whether it was accepted (the field shows why not)."""
        target = self.target
        field_ = self.editor.icon if kind == "icon" else self.editor.logo
        if target is None:
            return False
        name = os.path.basename(path)
        try:
            check_size(kind, os.path.getsize(path))
            with open(path, "rb") as fh:
                data = fh.read()
            info = check_upload(kind, data, name)
        except ProblemError as exc:
            field_.show_error(tr_problem(exc.problem))
            return False
        except OSError as exc:
            field_.show_error(self.tr("The file could not be read: {0}").format(exc.strerror))
            return False
        field_.show_error(None)
        sha = self.drafts.put_image(data)
        image = DraftImage(sha, name, info.type, info.width, info.height, info.size)
        self._update_draft(self.draft_for(target).edited(**{kind: image}))
        return True

    def _drop_image(self, kind: str) -> None:
        target = self.target
        if target is not None:
            self._update_draft(self.draft_for(target).edited(**{kind: None}))

    def _flush_drafts(self) -> None:
        self._flush_timer.stop()
        try:
            self.drafts.flush()
        except OSError as exc:
            self.editor.error.show_error(
                self.tr("Unsaved changes could not be written to disk: {0}").format(exc.strerror)
            )

    def discard_draft(self) -> None:
        """Throw away the unsaved changes of the account being edited."""
        target = self.target
        if target is None:
            return
        self.drafts.discard(target.key)
        self._show_editor()
        self.refresh_preview()

    def hideEvent(self, event: Any) -> None:
        self._flush_drafts()
        super().hideEvent(event)

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        """Upload new images and save the branding of the account being edited."""
        target = self.target
        session = self.ctx.session
        if target is None or session is None or self.saving:
            return
        rule = editability(target)
        draft = self.draft_for(target)
        if not rule.saveable or draft.is_empty():
            return
        if draft.invalid_fields():
            self.editor.status.setText(self.tr("Fix the highlighted colour to save."))
            return
        if not self.ctx.confirm_write(
            self,
            self.tr("Change the branding of {0} ({1})").format(target.name, target.id),
            details=self.tr("Fields: {0}").format(", ".join(draft.changed_fields())),
        ):
            return
        self._flush_drafts()
        uploads: list[tuple[ImageKind, bytes, str, str]] = []
        for kind in ("icon", "logo"):
            image = getattr(draft, kind)
            if image is None:
                continue
            data = self.drafts.image_bytes(image.sha256)
            if data is None:
                self.editor.error.show_error(
                    self.tr("The new {0} is no longer on this computer; choose it again.").format(
                        kind
                    )
                )
                return
            uploads.append((kind, data, image.filename, image.sha256))  # type: ignore[arg-type]
        effective = draft.effective()
        colours: dict[str, str] = {
            name: str(getattr(effective, name))
            for name in ("primary_color", "secondary_color")
            if name in draft.changed_fields()
        }
        gateway, cache, nonce = session.gateway, session.cache, uuid.uuid4().hex
        account_id, store = target.id, self.drafts

        def work(control: TaskControl) -> dict[str, Any]:
            changes: dict[str, str] = dict(colours)
            for kind, data, filename, sha in uploads:
                control.progress(kind)
                changes[kind] = remote.upload_image(
                    gateway,
                    account_id,
                    kind,
                    data,
                    filename,
                    idempotency_key=f"counterfoil-branding-{nonce}-{sha[:16]}",
                )
            control.progress("account")
            obj = remote.save_branding(
                gateway, account_id, changes, idempotency_key=f"counterfoil-branding-{nonce}"
            )
            if cache is not None:
                remote.record_account(cache, obj)
            return obj

        def progress(step: object) -> None:
            text = {
                "icon": self.tr("Uploading the icon…"),
                "logo": self.tr("Uploading the logo…"),
                "account": self.tr("Saving the branding…"),
            }.get(str(step), "")
            self.editor.set_busy(True, text)

        def done(obj: dict[str, Any]) -> None:
            self.saving = False
            self.editor.set_busy(False)
            store.discard(account_id)
            if store is not self.drafts:
                return  # another profile is open now
            account = BrandAccount.from_stripe(obj)
            self.accounts[account.id] = account
            self.grid_model.replace_account(account)
            self._show_editor()
            self.editor.status.setText(
                self.tr("Saved to Stripe at {0}.").format(datetime.now().strftime("%H:%M"))
            )
            self.refresh_preview()
            self.saved.emit(account.id)

        def failed(error: UserFacingError) -> None:
            self.saving = False
            self.editor.set_busy(False)
            self.editor.error.show_error(error, self.tr("Saving failed; your changes are kept"))
            param = error.param or ""
            for name, widget in (
                ("primary_color", self.editor.brand),
                ("secondary_color", self.editor.accent),
            ):
                if name in param:
                    widget.show_error(error_text(error))
            for kind, image_field in (("icon", self.editor.icon), ("logo", self.editor.logo)):
                if f"[{kind}]" in param:
                    image_field.show_error(error_text(error))
            self._show_draft_state()
            self.save_failed.emit(error)

        def cancelled() -> None:
            self.saving = False
            self.editor.set_busy(False)
            self._show_draft_state()

        self.saving = True
        self.editor.error.clear()
        self.editor.set_busy(True, self.tr("Saving…"))
        self.ctx.runner.submit(
            work,
            on_success=done,
            on_failure=failed,
            on_progress=progress,
            on_cancelled=cancelled,
            key=SAVE_TASK,
            name=f"save branding of {account_id}",
        )

    # -- export -----------------------------------------------------------------------------------
    def default_export_name(self) -> str:
        target = self.target
        slug = "".join(ch if ch.isalnum() else "-" for ch in (target.name if target else "portal"))
        return f"portal-{slug.strip('-').lower()}-{self.locale_code}.png"

    def open_export_dialog(self) -> None:
        """Ask where to save the preview as PNG (non-modal)."""
        if self.page is None:
            return
        if self.export_dialog is None:
            self.export_dialog = QFileDialog(self, self.tr("Export the preview"))
            self.export_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.export_dialog.setNameFilter(self.tr("PNG images (*.png)"))
            self.export_dialog.setDefaultSuffix("png")
            self.export_dialog.fileSelected.connect(self.export_png)
        self.export_dialog.selectFile(self.default_export_name())
        self.export_dialog.open()

    def render_preview(self, scale: float = 2.0, *, chrome: bool = True) -> QImage | None:
        """The current preview as an image (``scale`` × the page's size)."""
        if self.page is None:
            return None
        image, _ = render_image(self.page, self.images, scale=scale, chrome=chrome)
        return image

    def export_png(self, path: str) -> None:
        """Write the preview to ``path`` as PNG, atomically, in the background."""
        image = self.render_preview()
        if image is None:
            return

        def work(control: TaskControl) -> str:
            buffer = QBuffer()
            buffer.setData(QByteArray())
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            # The stub types the format as bytes, but PySide6 6.11 accepts only str at runtime.
            if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
                raise UserFacingError("The preview could not be encoded as PNG.")
            atomic_write_bytes(path, bytes(buffer.data().data()))
            return path

        def done(written: str) -> None:
            self.editor.status.setText(self.tr("Exported to {0}").format(written))
            self.exported.emit(written)

        def failed(error: UserFacingError) -> None:
            self.banner.show_error(error, self.tr("The preview could not be exported"))
            self.export_failed.emit(error)

        self.ctx.runner.submit(
            work, on_success=done, on_failure=failed, key=EXPORT_TASK, name="export preview"
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
