"""Live-mode rails: every write asks first, and test or demo keys never pass for live.

**Every write path asks.** A demo-seed sandbox accepts a live key
(``srv.register_key("sk_live_…", livemode=True)``); a live profile is opened on a synced
copy of its cache with a confirmer that records what it is asked and answers *no*. Each
write the panels offer is then triggered the way a person triggers it: saving and
deactivating a portal configuration; pausing and resuming collection; opening a customer
portal session; the Connect panel's create-subscription wizard, fee change,
cancellation, billing of a connected account and the cancellation of a disconnected
account's subscriptions; and a branding save. For each: the confirmer was asked exactly
once, naming the account (name and id) and the action, and **not one write reached the
sandbox** (``srv.app.applied_writes`` is unchanged). One path is then confirmed, to show
the refusal is what stopped it.

**Test and demo keys are never live.** The key's prefix decides, the same way everywhere
it is judged (the Add account dialog's classifier, the gateway, the sync's rate limiter):
for arbitrary key text (hypothesis) they agree, and only ``sk_live_``/``rk_live_`` keys
are live. The demo opens in test mode (TEST badge, no live banner, writes never ask), and
a test key, even one whose body spells "live", never asks either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from services.credentials import classify_key
from services.errors import UserFacingError
from services.gateway import StripeGateway
from services.sandbox.app import DEFAULT_TEST_KEY
from services.sandbox.server import SandboxServer
from services.sync.ratelimit import is_live_key
from tests.test_connect_support import (
    NORDLICHT,
    OLD_TOWN,
    PLATFORM_APP,
    RIVERA,
    SAKURA,
    Confirmer,
    incremental_sync,
    make_context,
    open_synced,
    sync_into,
    wait_idle,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LIVE_KEY = "sk_live_" + "RailsCheck" * 3
WAIT = 30_000


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="demo", customers=300).start()
    srv.register_key(LIVE_KEY, livemode=True)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def synced(server: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sync_into(server, tmp_path_factory.mktemp("live-rails") / "cache.sqlite3")


# -- triggering each write ---------------------------------------------------------------------
def _portal_panel(ctx: Any, qtbot: Any) -> Any:
    from widgets.portal_configuration.panel import PortalConfigurationPanel

    panel = PortalConfigurationPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        panel.show()
        panel.activate()
    return panel


def _active_config(server: SandboxServer, *, default: bool) -> str:
    with server.state.lock:
        for obj in server.state.iter_newest("", "billing_portal.configuration"):
            if obj.get("active") and bool(obj.get("is_default")) == default:
                return str(obj["id"])
    raise AssertionError("no such configuration")


def portal_config_save(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from tests.test_portal_config_panel import on_dialog
    from widgets.portal_configuration.dialogs import ReviewDialog

    panel = _portal_panel(ctx, qtbot)
    panel.select(_active_config(server, default=True))
    headline = panel.editor.findChild(QLineEdit, "business_profile.headline")
    assert headline is not None
    qtbot.keyClicks(headline, " (edited)")
    on_dialog(ReviewDialog, lambda d: d.save_button.click())
    panel.save()


def portal_config_deactivate(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from tests.test_portal_config_panel import click_yes, on_dialog

    panel = _portal_panel(ctx, qtbot)
    panel.select(_active_config(server, default=False))
    on_dialog(QMessageBox, click_yes)
    panel.toggle_active()


def _paused_panel(ctx: Any, qtbot: Any) -> Any:
    from widgets.paused_collections import PausedCollectionsPanel

    panel = PausedCollectionsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    panel.activate()
    wait_idle(ctx, qtbot)
    return panel


def _subscription(server: SandboxServer, paused: bool) -> str:
    with server.state.lock:
        for sub in server.state.iter_newest("", "subscription"):
            if sub["status"] == "active" and (sub.get("pause_collection") is not None) == paused:
                return str(sub["id"])
    raise AssertionError("no such subscription")


def paused_pause(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from services.paused.actions import PauseChange, Target

    panel = _paused_panel(ctx, qtbot)
    target = Target(_subscription(server, False), "", "someone", "active", None, False)
    assert panel.run_batch([target], PauseChange("pause", "void")) is None


def paused_resume(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from services.paused.actions import RESUME, Target

    panel = _paused_panel(ctx, qtbot)
    target = Target(_subscription(server, True), "", "someone", "active", None, True)
    assert panel.run_batch([target], RESUME) is None


def customers_portal_session(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from tests.test_customers_panel import dialog_of, open_first, type_search
    from widgets.customers import CustomersPanel

    panel = CustomersPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    panel.activate()
    wait_idle(ctx, qtbot)
    type_search(panel, qtbot, "a")
    open_first(panel, qtbot)
    panel.open_portal()
    dialog = dialog_of(panel, qtbot)
    dialog.create_button.click()


def _connect_panel(ctx: Any, qtbot: Any, account: str) -> Any:
    from widgets.connect import ConnectPanel

    panel = ConnectPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 860)
    panel.show()
    panel.activate()
    wait_idle(ctx, qtbot)
    assert panel.select_account(account)
    wait_idle(ctx, qtbot)
    return panel


def _pick(panel: Any, want: Callable[[Any], bool]) -> Any:
    model = panel.account_view.subs_model
    while model.canFetchMore():
        model.fetchMore()
    row = next(r for r in model.rows if want(r))
    assert panel.account_view.select_subscription(row.id)
    return row


def connect_wizard(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from widgets.connect.wizard import CreateSubscriptionDialog

    panel = _connect_panel(ctx, qtbot, RIVERA)
    qtbot.keyClick(panel.account_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = panel.account_view.dialog
    assert isinstance(wizard, CreateSubscriptionDialog)
    qtbot.addWidget(wizard)
    wizard.next_button.click()
    wizard.customer_list.setCurrentRow(0)
    wizard.next_button.click()
    wizard.price_list.setCurrentRow(0)
    wizard.next_button.click()
    wizard.create_button.click()


def connect_fee(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from services.connect.kinds import Kind
    from widgets.connect.action_dialogs import ChangeFeeDialog

    panel = _connect_panel(ctx, qtbot, SAKURA)
    _pick(
        panel,
        lambda r: r.kind is Kind.DIRECT and r.application == PLATFORM_APP and r.running,
    )
    panel.account_view.open_fee()
    dialog = panel.account_view.dialog
    assert isinstance(dialog, ChangeFeeDialog)
    qtbot.addWidget(dialog)
    dialog.fee_edit.setText("3.5")
    dialog.ok_button.click()


def connect_cancel(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from services.connect.kinds import Kind
    from widgets.connect.action_dialogs import CancelDialog

    panel = _connect_panel(ctx, qtbot, SAKURA)
    _pick(panel, lambda r: r.kind is Kind.DIRECT and r.application == PLATFORM_APP and r.running)
    panel.account_view.open_cancel()
    dialog = panel.account_view.dialog
    assert isinstance(dialog, CancelDialog)
    qtbot.addWidget(dialog)
    dialog.ok_button.click()


def connect_billing(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from widgets.connect.billing_dialog import BillAccountDialog

    panel = _connect_panel(ctx, qtbot, RIVERA)
    panel.account_view.open_billing()
    dialog = panel.account_view.dialog
    assert isinstance(dialog, BillAccountDialog)
    qtbot.addWidget(dialog)
    wait_idle(ctx, qtbot)
    dialog.price_list.setCurrentRow(0)
    dialog.subscribe_button.click()


def connect_disconnected(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from widgets.connect import ConnectPanel

    if not server.state.extra.get("deauthorized", {}).get(NORDLICHT):
        server.deauthorize(NORDLICHT)  # it has running platform subscriptions
    incremental_sync(ctx)
    panel = ConnectPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.activate()
    wait_idle(ctx, qtbot)
    panel.open_disconnected()
    dialog = panel.dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.cancel_button.isEnabled, timeout=WAIT)
    dialog.cancel_button.click()  # "Cancel N subscription(s)…"
    assert dialog.confirm_bar.isVisible()
    dialog.confirm_yes.click()  # the inline "yes", then the live-mode confirmation


def branding_save(ctx: Any, qtbot: Any, server: SandboxServer) -> None:
    from tests.test_branding_panel import new_panel, pick, type_into

    panel = new_panel(ctx, qtbot)
    pick(qtbot, panel.account_combo, SAKURA)
    type_into(qtbot, panel.editor.brand.entry, "#224466")
    panel.editor.save_button.click()


WRITES: dict[str, Callable[[Any, Any, SandboxServer], None]] = {
    "portal-configuration-save": portal_config_save,
    "portal-configuration-deactivate": portal_config_deactivate,
    "paused-pause": paused_pause,
    "paused-resume": paused_resume,
    "customers-portal-session": customers_portal_session,
    "connect-wizard": connect_wizard,
    "connect-fee": connect_fee,
    "connect-cancel": connect_cancel,
    "connect-billing": connect_billing,
    "connect-disconnected": connect_disconnected,
    "branding-save": branding_save,
}


@pytest.mark.parametrize("write", list(WRITES))
def test_every_write_in_live_mode_asks_first_and_sends_nothing_when_refused(
    tmp_path: Path, qtbot: Any, server: SandboxServer, synced: Path, write: str
) -> None:
    confirmer = Confirmer(answer=False)
    ctx = make_context(tmp_path, confirmer)
    try:
        profile = open_synced(ctx, qtbot, server, synced, key=LIVE_KEY)
        assert profile.livemode and ctx.profile is not None and ctx.profile.livemode
        before = len(server.app.applied_writes)
        WRITES[write](ctx, qtbot, server)
        qtbot.waitUntil(lambda: bool(confirmer.calls), timeout=WAIT)
        wait_idle(ctx, qtbot)
        qtbot.wait(200)
        assert len(confirmer.calls) == 1, confirmer.calls
        asked = confirmer.calls[0]
        assert asked["account_id"] == profile.account_id
        assert asked["account_name"] == profile.display_name
        assert str(asked["action"]).strip()
        assert server.app.applied_writes[before:] == [], "a refused write reached Stripe"
    finally:
        ctx.shutdown()


def test_a_confirmed_live_write_goes_through(
    tmp_path: Path, qtbot: Any, server: SandboxServer, synced: Path
) -> None:
    confirmer = Confirmer(answer=True)
    ctx = make_context(tmp_path, confirmer)
    try:
        open_synced(ctx, qtbot, server, synced, key=LIVE_KEY)
        before = len(server.app.applied_writes)
        connect_fee(ctx, qtbot, server)
        qtbot.waitUntil(lambda: len(server.app.applied_writes) > before, timeout=WAIT)
        wait_idle(ctx, qtbot)
        assert len(confirmer.calls) == 1
        assert server.app.applied_writes[before][0] == "post"
    finally:
        ctx.shutdown()


# -- test and demo keys are never live ---------------------------------------------------------
_body = st.text(
    st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ *…"),
    max_size=60,
)
_prefix = st.sampled_from(
    ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "SK_LIVE_", "sk_Live_", ""]
)
_space = st.sampled_from(["", " ", "\n", "\t "])


@given(prefix=_prefix, body=_body, before=_space, after=_space)
@settings(max_examples=400)
def test_every_judge_of_live_mode_agrees_on_any_key(
    prefix: str, body: str, before: str, after: str
) -> None:
    key = before + prefix + body + after
    try:
        info = classify_key(key)
    except UserFacingError:
        return  # refused at the field: never stored, never sent
    live = prefix in ("sk_live_", "rk_live_")
    assert info.livemode is live
    stripped = key.strip()
    assert is_live_key(stripped) is live
    assert StripeGateway(stripped, "http://127.0.0.1:9").livemode is live


@pytest.mark.parametrize(
    "key",
    [DEFAULT_TEST_KEY, "sk_test_live_live_live_live_live_live", "rk_test_" + "LIVE" * 8],
)
def test_test_keys_never_ask_and_are_shown_as_test(tmp_path: Path, qtbot: Any, key: str) -> None:
    srv = SandboxServer(seed="empty", api_key=DEFAULT_TEST_KEY).start()
    if key != DEFAULT_TEST_KEY:
        srv.register_key(key)
    confirmer = Confirmer(answer=False)
    ctx = make_context(tmp_path, confirmer)
    try:
        profile = ctx.accounts.add_ephemeral_account(key, api_base=srv.url)
        assert not profile.livemode
        with qtbot.waitSignal(ctx.profile_changed, timeout=WAIT):
            ctx.switch_profile(profile.id, sync=False)
        assert ctx.confirm_write(None, "Anything at all")
        assert confirmer.calls == []
        account = StripeGateway(key, srv.url).retrieve_account()
        assert account.get("livemode") in (False, None)
    finally:
        ctx.shutdown()
        srv.stop()


def test_the_demo_is_test_mode_everywhere(tmp_path: Path, qtbot: Any) -> None:
    from desktop.main_window import MainWindow

    confirmer = Confirmer(answer=False)
    ctx = make_context(tmp_path, confirmer)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window.show()
        with qtbot.waitSignal(ctx.profile_changed, timeout=120_000):
            ctx.start_demo()
        profile = ctx.profile
        assert profile is not None and profile.demo and not profile.livemode
        assert not classify_key(ctx.accounts.open_key(profile)).livemode
        assert window.switcher.badge.text() == "TEST"
        assert not window.live_banner.isVisible()
        assert ctx.confirm_write(window, "Create something") and confirmer.calls == []
        assert ctx.session is not None and not ctx.session.gateway.livemode
        ctx.cancel_sync()
    finally:
        ctx.shutdown()


def test_live_keys_are_refused_by_a_test_only_rail() -> None:
    """A live key never goes to a foreign host (``COUNTERFOIL_API_BASE`` left over)."""
    with pytest.raises(UserFacingError):
        StripeGateway(LIVE_KEY, "https://stripe.example.net")
    assert StripeGateway(LIVE_KEY, "http://127.0.0.1:1").livemode
    assert OLD_TOWN.startswith("acct_")
