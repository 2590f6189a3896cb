"""The shell: panel switching, remembered window state, account switcher badges, live writes."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.app import build_context
from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.panels import PANELS
from desktop.settings import Settings
from services.credentials import Profile, SecretStore
from widgets.live_confirm import LiveConfirmDialog
from widgets.placeholder import PlaceholderPanel
from widgets.sync_status import SyncStatus, describe_count, describe_last_sync

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TEST_PROFILE = Profile(
    id="acct_test-test",
    display_name="Rocket Rides (test)",
    account_id="acct_1TestTestTest",
    livemode=False,
    key_kind="secret",
)
LIVE_PROFILE = Profile(
    id="acct_live-live",
    display_name="Rocket Rides",
    account_id="acct_1LiveLiveLive",
    livemode=True,
    key_kind="restricted",
)


class Confirmer:
    """Records live-write confirmation requests and answers with ``answer``."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.calls: list[dict[str, object]] = []

    def __call__(self, parent: object, **kwargs: object) -> bool:
        self.calls.append(kwargs)
        return self.answer


@pytest.fixture
def make_ctx(tmp_path: Path, qapp):
    made: list[AppContext] = []

    def make(settings_name: str = "settings.ini", confirmer: Confirmer | None = None) -> AppContext:
        ctx = build_context(
            settings=Settings.at_path(str(tmp_path / settings_name)),
            config_dir=tmp_path / "config",
            data_dir=tmp_path / "data",
            secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
            confirmer=confirmer or Confirmer(False),
        )
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.shutdown()


@pytest.fixture
def window(make_ctx, qtbot):
    ctx = make_ctx()
    ctx.profiles.save(TEST_PROFILE)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_first_start_without_profiles_shows_the_welcome_page(make_ctx, qtbot):
    ctx = make_ctx()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentWidget() is win.welcome
    assert win.welcome.demo_button.text() == "Try the demo"
    assert win.welcome.add_button.text() == "Add a Stripe account"
    # With no usable keyring the welcome page says so, and how to fix it.
    qtbot.waitUntil(lambda: win.welcome.keyring_banner.isVisible(), timeout=5000)
    text = win.welcome.keyring_banner.message_label.text()
    assert "keyring" in text and "never stores keys in a plain file" in text


def test_sidebar_lists_the_five_built_panels(window):
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [
        "Portal configuration",
        "Branding",
        "Customers",
        "Connect",
        "Paused collections",
    ]
    assert window.pages.currentWidget() is window.workspace
    for spec in PANELS:
        window.show_panel(spec.slug)
        widget = window.panel_widget(spec.slug)
        assert window.panel_stack.currentWidget().isAncestorOf(widget)
        # Every panel issue has replaced its "not built yet" page with the real panel.
        assert spec.factory is not None
        assert not isinstance(widget, PlaceholderPanel)
        assert widget.isVisible()


def test_clicking_the_sidebar_switches_panels(window, qtbot):
    item = window.nav.item(3)
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_panel == "connect"
    assert window.panel_widget("connect").isVisible()


def test_ctrl_number_shortcuts_switch_panels(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_panel == "customers"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_panel == "paused-collections"
    shortcuts = [a.shortcut().toString() for a in window.panel_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    assert window.sync_action.shortcut().toString() == "F5"


def test_geometry_and_last_panel_are_restored(make_ctx, qtbot):
    first = MainWindow(make_ctx())
    qtbot.addWidget(first)
    first.show()
    first.resize(761, 557)  # within the offscreen screen (800x600)
    first.show_panel("branding")
    first.close()

    second = MainWindow(make_ctx())
    qtbot.addWidget(second)
    assert second.size() == QSize(761, 557)
    assert second.current_panel == "branding"


def test_first_window_has_a_sensible_default_size(make_ctx, qtbot):
    win = MainWindow(make_ctx("fresh.ini"))
    qtbot.addWidget(win)
    assert win.size() == QSize(1280, 800)
    assert win.current_panel == "portal-configuration"


def test_switcher_shows_test_and_unmistakable_live_badges(window, qtbot):
    window.ctx.profiles.save(LIVE_PROFILE)
    window.refresh_profiles()
    switcher = window.switcher
    assert switcher.combo.count() == 2

    selected: list[str] = []
    switcher.profile_selected.connect(selected.append)
    switcher.set_profiles([TEST_PROFILE, LIVE_PROFILE], TEST_PROFILE.id)
    assert selected == []  # programmatic selection does not switch accounts
    assert switcher.badge.text() == "TEST"
    assert not switcher.badge.livemode

    switcher.combo.setCurrentIndex(1)
    assert selected == [LIVE_PROFILE.id]
    assert switcher.badge.text() == "LIVE"
    assert switcher.badge.livemode
    style = switcher.badge.styleSheet()
    assert "#c2410c" in style and "#ffffff" in style  # solid orange-red pill, white text
    assert switcher.account_id_label.text() == LIVE_PROFILE.account_id


def test_live_banner_and_title_follow_the_open_profile(window):
    window._update_for_profile(LIVE_PROFILE)
    assert window.live_banner.isVisible()
    assert "Rocket Rides" in window.live_banner.text.text()
    assert "LIVE" in window.windowTitle()
    window._update_for_profile(TEST_PROFILE)
    assert not window.live_banner.isVisible()
    assert "test mode" in window.windowTitle()


def test_placeholder_names_the_panel_and_its_plans(qtbot):
    spec = PANELS[2]
    page = PlaceholderPanel(spec)
    qtbot.addWidget(page)
    assert page.spec.slug == "customers"
    assert "Search by name, email or id" in page.plans_label.text()


def test_confirm_write_asks_only_in_live_mode_and_names_account_and_action(make_ctx):
    confirmer = Confirmer(answer=False)
    ctx = make_ctx(confirmer=confirmer)
    assert ctx.confirm_write(None, "Resume collection") is False  # no profile open

    from desktop.session import ProfileSession

    ctx.session = ProfileSession(TEST_PROFILE, gateway=None, cache_path=Path("x"))  # type: ignore[arg-type]
    assert ctx.confirm_write(None, "Resume collection") is True
    assert confirmer.calls == []

    ctx.session = ProfileSession(LIVE_PROFILE, gateway=None, cache_path=Path("x"))  # type: ignore[arg-type]
    assert ctx.confirm_write(None, "Resume collection for 3 subscriptions") is False
    [call] = confirmer.calls
    assert call["account_name"] == "Rocket Rides"
    assert call["account_id"] == "acct_1LiveLiveLive"
    assert call["action"] == "Resume collection for 3 subscriptions"
    confirmer.answer = True
    assert ctx.confirm_write(None, "Update branding") is True
    ctx.session = None


def test_live_confirm_dialog_defaults_to_cancel(qtbot):
    dialog = LiveConfirmDialog(
        account_name="Rocket Rides", account_id="acct_1Live", action="Delete portal configuration"
    )
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.isDefault()
    assert not dialog.confirm_button.isDefault()
    assert dialog.action_label.text() == "Delete portal configuration"
    assert "Rocket Rides" in dialog.account_label.text()
    assert "acct_1Live" in dialog.account_label.text()
    with qtbot.waitSignal(dialog.accepted):
        dialog.confirm_button.click()
    assert dialog.result() == LiveConfirmDialog.DialogCode.Accepted


def test_live_confirm_dialog_enter_key_does_not_confirm(qtbot):
    dialog = LiveConfirmDialog(account_name="A", account_id="acct_1", action="Pause collection")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert (
        dialog.buttons.buttonRole(dialog.confirm_button) == QDialogButtonBox.ButtonRole.AcceptRole
    )


@pytest.fixture
def english(qapp):
    """The English catalogue (plural forms), as the app loads it at start-up."""
    from desktop import i18n

    manager = i18n.manager()
    manager.set_language("en", persist=False)
    yield manager
    manager.uninstall()


def test_sync_status_shows_counts_cancel_and_offline(qtbot, english):
    status = SyncStatus()
    qtbot.addWidget(status)
    status.show()
    cancels: list[bool] = []
    status.cancel_requested.connect(lambda: cancels.append(True))

    status.sync_started()
    assert status.cancel_button.isVisible() and status.busy_bar.isVisible()
    assert not status.last_sync_label.isVisible()
    status.show_progress({"subscription": 1, "customer": 1200, "invoice": 0}, "customer", 0.25)
    assert status.progress_label.text() == "Syncing · 1,200 customers · 1 subscription"
    assert status.busy_bar.maximum() == 1000 and status.busy_bar.value() == 250
    qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert cancels == [True]
    assert "Stopping" in status.progress_label.text()

    from datetime import UTC, datetime

    status.sync_finished(datetime.now(tz=UTC))
    assert not status.cancel_button.isVisible()
    assert status.last_sync_label.text() == "Synced just now"

    assert not status.offline_label.isVisible()
    status.set_online(False)
    assert status.offline_label.isVisible()
    assert "Offline" in status.offline_label.text()


def test_last_sync_phrases(qapp):
    from datetime import UTC, datetime, timedelta

    from desktop import i18n

    # English plural forms come from the English catalogue, as when the app starts.
    manager = i18n.manager()
    manager.set_language("en", persist=False)
    now = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
    assert describe_last_sync(None) == "Not synced yet"
    assert describe_last_sync(now - timedelta(seconds=20), now) == "Synced just now"
    assert describe_last_sync(now - timedelta(minutes=7), now) == "Synced 7 min ago"
    assert describe_count("payment_method", 2) == "2 payment methods"
    assert describe_count("billing_portal.configuration", 1) == "1 portal configuration"
    assert describe_count("tax_id", 3) == "3 tax ids"
    manager.uninstall()


def test_a_damaged_account_list_is_explained_not_fatal(make_ctx, qtbot, tmp_path):
    ctx = make_ctx()
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "profiles.json").write_text("{ not json")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    assert win.pages.currentWidget() is win.welcome
    banner = win.welcome.error_banner
    assert banner.isVisible()
    assert "profiles.json" in banner.message_label.text()
    assert "damaged" in banner.message_label.text()
