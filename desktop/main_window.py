"""The main window: lays out and wires the shell; the panels themselves live in ``widgets/``.

Sidebar (account switcher over the five panels) beside a stack of panels, a LIVE banner when
the open account is in live mode, a status bar with sync progress, last sync time and the
offline marker. The window remembers its geometry and last panel (QSettings). Shortcuts:
Ctrl+1…5 switch panels, F5 syncs, Ctrl+Shift+N adds an account. View → Language switches
the interface language at once (``retranslate_ui`` re-words the shell's own menus).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n, icons
from desktop.context import AppContext
from desktop.panels import PANELS, PanelSpec, build_panel
from desktop.session import SyncOutcome, SyncProgress
from desktop.tasks import TaskControl
from services.cache.errors import CacheCorrupt
from services.credentials import Profile
from services.errors import UserFacingError
from widgets.account_switcher import profile_name
from widgets.add_account_dialog import AddAccountDialog
from widgets.banners import DemoBanner, LiveBanner
from widgets.cache_problem import CacheProblemPage
from widgets.error_banner import ErrorBanner
from widgets.error_text import error_display
from widgets.sidebar import Sidebar
from widgets.style import (
    on_theme_change,
    theme_palette,
)
from widgets.sync_status import SyncStatus
from widgets.welcome import WelcomePage

log = logging.getLogger(__name__)

DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    """Counterfoil's window. Emits no signals of its own; it reacts to ``AppContext``'s."""

    WELCOME, WORKSPACE = 0, 1
    PANELS_PAGE, CACHE_PAGE = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Counterfoil")
        self.setWindowIcon(icons.app_icon())
        self.panel_widgets: dict[str, QWidget] = {}
        self._add_dialog: AddAccountDialog | None = None

        self.welcome = WelcomePage()
        self.sidebar = Sidebar()
        self.switcher = self.sidebar.switcher
        self.nav = self.sidebar.nav
        self.panel_stack = QStackedWidget()
        for spec in PANELS:
            holder = QWidget()
            holder.setObjectName(f"holder-{spec.slug}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.panel_stack.addWidget(holder)
        self.cache_page = CacheProblemPage()
        self.content = QStackedWidget()
        self.content.addWidget(self.panel_stack)
        self.content.addWidget(self.cache_page)
        self.live_banner = LiveBanner()
        self.live_banner.setVisible(False)
        self.demo_banner = DemoBanner()
        self.demo_banner.setVisible(False)
        self.notice = ErrorBanner(closable=True)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(16, 12, 16, 0)
        notice_row.addWidget(self.notice)
        main_area = QWidget()
        main_column = QVBoxLayout(main_area)
        main_column.setContentsMargins(0, 0, 0, 0)
        main_column.setSpacing(0)
        main_column.addLayout(notice_row)
        main_column.addWidget(self.content, 1)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(main_area, 1)
        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.live_banner)
        column.addWidget(self.demo_banner)
        column.addLayout(body, 1)
        self.workspace = workspace

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(workspace)
        self.setCentralWidget(self.pages)

        self.sync_status = SyncStatus()
        self.statusBar().addWidget(self.sync_status, 1)
        self.statusBar().setSizeGripEnabled(True)

        self._build_actions()
        self._wire()
        self._restore()
        self.refresh_profiles()
        self._update_for_profile(ctx.profile)

    # -- construction ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.add_account_action = QAction(self)
        self.add_account_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.add_account_action.triggered.connect(self.show_add_account)
        self.remove_profile_action = QAction(self)
        self.remove_profile_action.triggered.connect(self._remove_current)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.add_account_action)
        self.file_menu.addAction(self.remove_profile_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = menu.addMenu("")
        self.panel_actions: list[QAction] = []
        for number, spec in enumerate(PANELS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, slug=spec.slug: self.show_panel(slug))
            self.view_menu.addAction(action)
            self.panel_actions.append(action)
        self.addActions(self.panel_actions)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in ("", *i18n.LANGUAGES):
            action = QAction(i18n.LANGUAGES.get(code, ""), self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            if code == "":
                self.language_menu.addSeparator()
            self.language_actions[code] = action
        self._check_language()

        self.account_menu = menu.addMenu("")
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync_now)
        self.full_sync_action = QAction(self)
        self.full_sync_action.setShortcut(QKeySequence("Shift+F5"))
        self.full_sync_action.triggered.connect(lambda: self.ctx.start_sync(full=True))
        self.cancel_sync_action = QAction(self)
        self.cancel_sync_action.triggered.connect(self._cancel_sync)
        self.cancel_sync_action.setEnabled(False)
        self.account_menu.addAction(self.sync_action)
        self.account_menu.addAction(self.full_sync_action)
        self.account_menu.addAction(self.cancel_sync_action)
        self.addActions([self.sync_action, self.full_sync_action])

        self.help_menu = menu.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        self.retranslate_ui()
        self._apply_action_icons()
        on_theme_change(self._apply_action_icons)

    def retranslate_ui(self) -> None:
        """Word the menus and the window title in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.add_account_action.setText(self.tr("&Add Stripe account…"))
        self.remove_profile_action.setText(self.tr("&Remove this profile…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, spec in zip(self.panel_actions, PANELS, strict=True):
            action.setText(spec.display_title)
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[""].setText(self.tr("Same as the system"))
        self.account_menu.setTitle(self.tr("&Account"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.full_sync_action.setText(self.tr("Download &everything again"))
        self.cancel_sync_action.setText(self.tr("&Cancel sync"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Counterfoil"))
        self._update_title(self.ctx.profile)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- language --------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the interface language now ("" follows the system); nothing is rebuilt."""
        i18n.manager(self.ctx.settings).set_language(code or None)
        self._check_language()

    def _check_language(self) -> None:
        manager = i18n.manager(self.ctx.settings)
        code = "" if manager.follows_system else manager.language
        self.language_actions[code].setChecked(True)

    def _apply_action_icons(self) -> None:
        palette = theme_palette()
        self.add_account_action.setIcon(icons.icon("add", palette))
        self.remove_profile_action.setIcon(icons.icon("remove", palette))
        self.sync_action.setIcon(icons.icon("sync", palette))
        for action, spec in zip(self.panel_actions, PANELS, strict=True):
            action.setIcon(icons.icon(spec.icon, palette))

    def _wire(self) -> None:
        ctx = self.ctx
        self.nav.currentRowChanged.connect(self._on_nav_row)
        self.switcher.profile_selected.connect(ctx.switch_profile)
        self.switcher.add_requested.connect(self.show_add_account)
        self.switcher.remove_requested.connect(self.confirm_remove)
        self.welcome.demo_requested.connect(self._start_demo)
        self.welcome.add_account_requested.connect(self.show_add_account)
        self.cache_page.rebuild_requested.connect(ctx.rebuild_cache)
        self.sync_status.sync_requested.connect(self.sync_now)
        self.sync_status.cancel_requested.connect(ctx.cancel_sync)

        ctx.profiles_changed.connect(self.refresh_profiles)
        ctx.profile_changed.connect(self._update_for_profile)
        ctx.profile_opening.connect(self._profile_opening)
        ctx.profile_failed.connect(self._profile_failed)
        ctx.cache_problem.connect(self._show_cache_problem)
        ctx.cache_rebuilt.connect(self._cache_rebuilt)
        ctx.sync_started.connect(self._sync_started)
        ctx.sync_progress.connect(self._sync_progress)
        ctx.sync_finished.connect(self._sync_finished)
        ctx.sync_failed.connect(self._sync_failed)
        ctx.online_changed.connect(self.sync_status.set_online)

    def _restore(self) -> None:
        geometry = self.ctx.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.ctx.settings.window_state
        if state is not None:
            self.restoreState(state)
        slug = self.ctx.settings.last_panel
        self.show_panel(slug if slug in {s.slug for s in PANELS} else PANELS[0].slug)

    # -- panels ----------------------------------------------------------------------------

    @property
    def current_panel(self) -> str:
        """The slug of the panel shown."""
        return PANELS[max(0, self.panel_stack.currentIndex())].slug

    def show_panel(self, slug: str) -> None:
        """Select the panel ``slug`` in the sidebar (and so show it)."""
        for row, spec in enumerate(PANELS):
            if spec.slug == slug:
                if self.nav.currentRow() == row:
                    self._on_nav_row(row)
                else:
                    self.nav.setCurrentRow(row)
                return
        raise KeyError(slug)

    def panel_widget(self, slug: str) -> QWidget:
        """The panel's widget, built on first use."""
        widget = self.panel_widgets.get(slug)
        if widget is None:
            row = next(i for i, s in enumerate(PANELS) if s.slug == slug)
            holder = self.panel_stack.widget(row)
            assert holder is not None
            widget = self._build(PANELS[row], holder)
            layout = holder.layout()
            if layout is not None:
                layout.addWidget(widget)
            self.panel_widgets[slug] = widget
        return widget

    def _build(self, spec: PanelSpec, holder: QWidget) -> QWidget:
        try:
            return build_panel(spec, self.ctx, holder)
        except Exception:
            log.exception("building panel %s failed", spec.slug)
            from widgets.placeholder import PlaceholderPanel

            return PlaceholderPanel(spec, holder, self.ctx)

    def _on_nav_row(self, row: int) -> None:
        if not 0 <= row < len(PANELS):
            return
        spec = PANELS[row]
        widget = self.panel_widget(spec.slug)
        self.panel_stack.setCurrentIndex(row)
        self.ctx.settings.last_panel = spec.slug
        activate = getattr(widget, "activate", None)
        if callable(activate):
            activate()

    # -- profiles --------------------------------------------------------------------------

    def refresh_profiles(self) -> None:
        """Refill the switcher and choose between the welcome page and the workspace."""
        profiles = self.ctx.all_profiles()
        current = self.ctx.profile
        self.switcher.set_profiles(profiles, current.id if current else None)
        has_any = bool(profiles) or current is not None
        self.pages.setCurrentIndex(self.WORKSPACE if has_any else self.WELCOME)
        if not has_any:
            self._check_keyring_for_welcome()
        problem = self.ctx.profiles_problem
        if problem is not None:
            if has_any:
                self.notice.show_error(problem, self.tr("Your saved accounts couldn't be read"))
            else:
                self.welcome.show_error(problem)
        self.remove_profile_action.setEnabled(current is not None)

    def _profile_opening(self, profile: Profile) -> None:
        self.statusBar().showMessage(self.tr("Opening {0}…").format(profile_name(profile)))

    def _update_for_profile(self, profile: Profile | None) -> None:
        self.statusBar().clearMessage()
        self.notice.clear()
        self.refresh_profiles()
        live = bool(profile and profile.livemode)
        demo = bool(profile and profile.demo)
        self.live_banner.setVisible(live)
        self.demo_banner.setVisible(demo)
        if profile is not None:
            self.live_banner.set_account(profile_name(profile))
            session = self.ctx.session
            self.sync_status.set_last_sync(session.last_sync if session else None)
            self.content.setCurrentIndex(self.PANELS_PAGE)
            self.welcome.setEnabled(True)
        else:
            self.sync_status.set_last_sync(None)
        self._update_title(profile)
        has_profile = profile is not None
        self.sync_status.set_enabled_for_profile(has_profile)
        self.sync_action.setEnabled(has_profile)
        self.full_sync_action.setEnabled(has_profile)

    def _update_title(self, profile: Profile | None) -> None:
        if profile is None:
            self.setWindowTitle("Counterfoil")
        elif profile.livemode:
            self.setWindowTitle(self.tr("{0} (LIVE) — Counterfoil").format(profile_name(profile)))
        else:
            self.setWindowTitle(
                self.tr("{0} (test mode) — Counterfoil").format(profile_name(profile))
            )

    def _check_keyring_for_welcome(self) -> None:
        secrets = self.ctx.secrets

        def check(control: TaskControl) -> None:
            secrets.check_backend()

        self.ctx.runner.submit(
            check,
            on_success=lambda _: self.welcome.set_keyring_problem(None),
            on_failure=self.welcome.set_keyring_problem,
            key="welcome-keyring",
        )

    def _start_demo(self) -> None:
        self.welcome.setEnabled(False)
        self.statusBar().showMessage(self.tr("Starting the demo sandbox…"))

        self.ctx.start_demo(on_failure=self._profile_failed)

    def show_add_account(self) -> AddAccountDialog:
        """Open the "Add Stripe account" dialog (non-blocking); returns it."""
        if self._add_dialog is not None:
            self._add_dialog.raise_()
            return self._add_dialog
        dialog = AddAccountDialog(self.ctx.accounts, self.ctx.runner, parent=self)
        self._add_dialog = dialog

        def finished(_: int) -> None:
            self._add_dialog = None
            if dialog.profile is not None:
                self.ctx.profile_added(dialog.profile)
            else:
                self.refresh_profiles()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _remove_current(self) -> None:
        profile = self.ctx.profile
        if profile is not None:
            self.confirm_remove(profile.id)

    def confirm_remove(self, profile_id: str) -> None:
        """Ask, then remove a profile with its keyring entry and cache."""
        profile = self.ctx.find_profile(profile_id)
        if profile is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove profile"))
        box.setText(self.tr("Remove “{0}” from Counterfoil?").format(profile_name(profile)))
        box.setInformativeText(
            self.tr(
                "Its key is deleted from the system keyring and its local cache is deleted. "
                "Nothing changes in your Stripe account; you can add it again later."
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is remove:
            self.ctx.remove_profile(profile_id)

    def _profile_failed(self, error: UserFacingError) -> None:
        self.refresh_profiles()
        self.statusBar().clearMessage()
        self.welcome.setEnabled(True)
        if self.pages.currentIndex() == self.WELCOME:
            self.welcome.show_error(error)
        else:
            self.notice.show_error(error, self.tr("Couldn't open the account"))

    # -- cache -----------------------------------------------------------------------------

    def _show_cache_problem(self, problem: CacheCorrupt) -> None:
        profile = self.ctx.profile
        name = profile_name(profile) if profile else ""
        self.cache_page.show_problem(name, str(problem.path), problem.detail)
        self.content.setCurrentIndex(self.CACHE_PAGE)

    def _cache_rebuilt(self) -> None:
        self.cache_page.set_busy(False)
        self.content.setCurrentIndex(self.PANELS_PAGE)

    # -- sync ------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """F5: sync the open profile (no-op while one runs)."""
        self.ctx.start_sync(full=False)

    def _cancel_sync(self) -> None:
        if self.ctx.cancel_sync():
            self.sync_status.set_cancelling()

    def _sync_started(self) -> None:
        self.sync_status.sync_started()
        self.cancel_sync_action.setEnabled(True)
        self.sync_action.setEnabled(False)

    def _sync_progress(self, progress: SyncProgress) -> None:
        self.sync_status.show_progress(progress.counts, progress.current, progress.fraction)

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        self.cancel_sync_action.setEnabled(False)
        self.sync_action.setEnabled(self.ctx.profile is not None)
        if outcome.cancelled:
            message = self.tr("Sync cancelled; what was fetched is kept.")
        else:
            message = " ".join(outcome.notices)
        self.sync_status.sync_finished(outcome.finished_at, message)

    def _sync_failed(self, error: UserFacingError) -> None:
        self.cancel_sync_action.setEnabled(False)
        self.sync_action.setEnabled(self.ctx.profile is not None)
        if error.kind == "network":
            self.sync_status.sync_finished(None, "")
        else:
            self.sync_status.sync_finished(
                None, self.tr("Sync failed: {0}").format(error_display(error))
            )

    # -- window ----------------------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Counterfoil"),
            self.tr(
                "<h3>Counterfoil 0.1</h3><p>A desktop back office for Stripe Billing.</p>"
                "<p>Keys stay in your system keyring; data is cached locally on this computer.</p>"
            ),
        )

    def save_settings(self) -> None:
        """Remember geometry, window state and the current panel."""
        settings = self.ctx.settings
        settings.geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.last_panel = self.current_panel
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)
