"""The shell against the real sandbox: open a profile, sync with progress, cancel, go offline,
recover a corrupt cache, switch and remove profiles."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from desktop.app import build_context
from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.settings import Settings
from services.credentials import Profile, SecretStore
from services.sandbox.server import SandboxServer
from tests import keyring_support

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SYNC_TIMEOUT_MS = 60_000

# The real gnome-keyring fixtures (until tests/conftest.py loads tests.keyring_support).
secret_service_session = keyring_support.secret_service_session
real_keyring = keyring_support.real_keyring


@pytest.fixture
def ctx(tmp_path: Path, qapp):
    context = build_context(
        settings=Settings.at_path(str(tmp_path / "settings.ini")),
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
    )
    yield context
    context.shutdown()


@pytest.fixture
def window(ctx: AppContext, qtbot):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def seed_customers(client, n: int) -> None:
    for i in range(n):
        client.v1.customers.create({"name": f"Customer {i}", "email": f"c{i}@example.com"})


def open_profile(ctx: AppContext, sandbox, name: str = "Sandbox") -> Profile:
    """An in-memory profile for the sandbox's key (no keyring involved)."""
    profile = ctx.accounts.add_ephemeral_account(
        sandbox.api_key, api_base=sandbox.url, display_name=name
    )
    ctx.profiles_changed.emit()
    return profile


def test_opening_a_profile_syncs_it_with_progress(ctx, window, qtbot, sandbox, stripe_client):
    seed_customers(stripe_client, 12)
    profile = open_profile(ctx, sandbox)
    progress = []
    ctx.sync_progress.connect(progress.append)
    with qtbot.waitSignal(ctx.sync_finished, timeout=SYNC_TIMEOUT_MS) as finished:
        ctx.switch_profile(profile.id)
        qtbot.waitUntil(lambda: window.sync_status.syncing, timeout=10_000)
        assert window.sync_status.cancel_button.isVisible()
    outcome = finished.args[0]
    assert not outcome.cancelled
    assert outcome.counts.get("customer") == 12
    assert progress, "no progress was reported"
    assert progress[-1].counts.get("customer") == 12
    assert ctx.profile == profile
    assert window.switcher.current_profile_id() == profile.id
    assert window.switcher.badge.text() == "TEST"
    assert not window.sync_status.syncing
    assert window.sync_status.last_sync_label.text() == "Synced just now"
    assert "Sandbox" in window.windowTitle()
    assert ctx.next_poll_ms is not None  # background polling is scheduled

    # F5 runs an incremental sync.
    with qtbot.waitSignal(ctx.sync_finished, timeout=SYNC_TIMEOUT_MS):
        window.sync_action.trigger()


def test_cancel_stops_a_sync_and_keeps_what_was_fetched(ctx, window, qtbot, sandbox, stripe_client):
    seed_customers(stripe_client, 5)
    sandbox.faults.latency_ms = 300  # slow enough to cancel mid-way
    profile = open_profile(ctx, sandbox)
    with qtbot.waitSignal(ctx.sync_started, timeout=10_000):
        ctx.switch_profile(profile.id)
    with qtbot.waitSignal(ctx.sync_finished, timeout=SYNC_TIMEOUT_MS) as finished:
        window.sync_status.cancel_button.click()
    assert finished.args[0].cancelled
    assert "cancelled" in window.sync_status.progress_label.text()
    assert not window.sync_status.syncing
    assert ctx.session is not None and ctx.session.usable


def test_unreachable_stripe_shows_offline_then_recovers(ctx, window, qtbot, sandbox):
    profile = open_profile(ctx, sandbox)
    with qtbot.waitSignal(ctx.sync_finished, timeout=SYNC_TIMEOUT_MS):
        ctx.switch_profile(profile.id)
    assert not window.sync_status.offline_label.isVisible()

    ctx.offline_grace_s = 0.5
    sandbox.faults.unreachable = True
    with qtbot.waitSignal(ctx.online_changed, timeout=SYNC_TIMEOUT_MS) as changed:
        window.sync_now()
    assert changed.args == [False]
    assert window.sync_status.offline_label.isVisible()
    assert "Offline" in window.sync_status.offline_label.text()

    sandbox.faults.unreachable = False
    with qtbot.waitSignal(ctx.online_changed, timeout=SYNC_TIMEOUT_MS) as changed:
        window.sync_now()
    assert changed.args == [True]
    assert not window.sync_status.offline_label.isVisible()


def test_a_corrupt_cache_is_offered_for_rebuild_not_a_crash(
    ctx, window, qtbot, sandbox, stripe_client
):
    seed_customers(stripe_client, 3)
    profile = open_profile(ctx, sandbox)
    cache_file = ctx.accounts.cache_path(profile.id)
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    cache_file.write_bytes(b"this is not a database, it is a shopping list\n" * 50)

    with qtbot.waitSignal(ctx.cache_problem, timeout=10_000):
        ctx.switch_profile(profile.id)
    assert window.content.currentWidget() is window.cache_page
    assert str(cache_file) in window.cache_page.detail.text()
    assert "Sandbox" in window.cache_page.explanation.text()

    with qtbot.waitSignal(ctx.sync_finished, timeout=SYNC_TIMEOUT_MS) as finished:
        window.cache_page.rebuild_button.click()
    assert finished.args[0].counts.get("customer") == 3
    assert window.content.currentWidget() is window.panel_stack
    kept = list(cache_file.parent.glob(cache_file.name + ".corrupt-*"))
    assert len(kept) == 1  # the damaged file was moved aside, not deleted


@pytest.mark.keyring
def test_switching_profiles_is_instant_and_removing_deletes_key_and_cache(
    tmp_path, qtbot, sandbox, real_keyring
):
    ctx = build_context(
        settings=Settings.at_path(str(tmp_path / "settings.ini")),
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        secrets=real_keyring.secret_store(),
    )
    other = SandboxServer(seed="empty").start()
    try:
        first = ctx.accounts.add_account(sandbox.api_key, api_base=sandbox.url)
        second = ctx.accounts.add_account(other.api_key, api_base=other.url, display_name="Other")
        assert first.id != second.id
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        assert window.switcher.combo.count() == 2

        with qtbot.waitSignal(ctx.sync_finished, timeout=SYNC_TIMEOUT_MS):
            ctx.switch_profile(first.id)
        with qtbot.waitSignal(ctx.profile_changed, timeout=5_000):
            window.switcher.combo.setCurrentIndex(window.switcher.combo.findData(second.id))
        assert ctx.profile == second
        assert ctx.profiles.last_used_id() == second.id
        assert window.switcher.account_id_label.text() == second.account_id
        assert ctx.runner.wait_idle(30)

        cache_file = ctx.accounts.cache_path(second.id)
        assert cache_file.exists()
        assert real_keyring.lookup(second.id) == other.api_key
        with qtbot.waitSignal(ctx.profile_changed, timeout=10_000) as changed:
            ctx.remove_profile(second.id)
        assert changed.args == [None]
        assert not cache_file.exists()
        assert real_keyring.lookup(second.id) is None
        assert [p.id for p in ctx.all_profiles()] == [first.id]
        # The remaining profile is opened again.
        qtbot.waitUntil(lambda: ctx.profile == first, timeout=10_000)
    finally:
        ctx.shutdown()
        other.stop()


def test_try_the_demo_from_the_welcome_page(ctx, window, qtbot):
    assert window.pages.currentWidget() is window.welcome
    with qtbot.waitSignal(ctx.sync_finished, timeout=120_000) as finished:
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert not finished.args[0].cancelled
    assert finished.args[0].counts.get("customer", 0) > 0
    profile = ctx.profile
    assert profile is not None and profile.demo
    assert profile.display_name == "Demo (sandbox)"
    assert window.pages.currentWidget() is window.workspace
    assert window.demo_banner.isVisible() and not window.live_banner.isVisible()
    assert window.switcher.badge.text() == "TEST"
    # The demo key never went to the keyring (this context has none) nor to profiles.json.
    assert ctx.profiles.list() == []
    cache_file = ctx.accounts.cache_path(profile.id)
    assert cache_file.exists()
    ctx.shutdown()
    assert not cache_file.exists()  # the demo is forgotten on quit
    assert ctx.demo_server is None
