"""The sandbox vanishing mid-session: offline, still useful, nothing queued, then back.

A real ``AppContext`` and ``MainWindow`` (offscreen) open a demo-seed sandbox profile and
sync it. Then, in the middle of a full sync, the sandbox stops listening
(``faults.unreachable``: the port is closed, connections are refused). The test checks
that:

- the app says so: ``online_changed(False)``, the status bar's "Offline — showing cached
  data", the sync ends with a network error instead of hanging;
- the cache keeps serving: the Customers panel searches and opens a customer from the
  cache while offline;
- writes fail at once with a clear error and are not queued: creating a portal
  configuration from its panel shows "Can't reach Stripe" in the panel's banner (the
  draft is kept), pausing collection reports the item failed with the same words, a
  portal session is refused -- and after Stripe returns, not one of those writes reaches
  it (``srv.app.applied_writes`` unchanged, no configuration with that name);
- it recovers: the next background sync stays scheduled while offline; once the sandbox
  listens again, the next sync (F5 here, instead of waiting a minute) resumes the
  interrupted full sync, ``online_changed(True)`` hides the offline marker, and the
  cache holds exactly what the sandbox lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
import stripe

from desktop.app import build_context
from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.settings import Settings
from services.credentials import SecretStore
from services.customers.portal import PortalRequest, create_session
from services.errors import describe
from services.paused.actions import Target, run_batch, validate_pause
from services.sandbox.server import SandboxServer
from tests.test_reliability_support import assert_mirrors_sandbox

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WAIT = 60_000


@pytest.fixture
def srv() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="demo", customers=300).start()
    try:
        yield server
    finally:
        server.faults.unreachable = False
        server.stop()


@pytest.fixture
def ctx(tmp_path: Path, qapp: Any) -> Iterator[AppContext]:
    context = build_context(
        settings=Settings.at_path(str(tmp_path / "settings.ini")),
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
    )
    yield context
    context.shutdown()


def search(panel: Any, qtbot: Any, text: str) -> int:
    # setText, not keyClicks: QtTest cannot type non-ASCII names.
    with qtbot.waitSignal(panel.results_shown, timeout=WAIT):
        if panel.search.text() == text:
            panel.run_search()
        else:
            panel.search.setText(text)
    panel.ctx.runner.wait_idle(WAIT / 1000)
    return int(panel.model.rowCount())


def test_the_sandbox_vanishing_mid_session(
    ctx: AppContext, qtbot: Any, srv: SandboxServer, tmp_path: Path
) -> None:
    from tests.test_portal_config_panel import on_dialog
    from widgets.customers import CustomersPanel
    from widgets.portal_configuration.dialogs import ReviewDialog
    from widgets.portal_configuration.panel import PortalConfigurationPanel

    profile = ctx.accounts.add_ephemeral_account(srv.api_key, api_base=srv.url, display_name="Shop")
    ctx.profiles_changed.emit()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    with qtbot.waitSignal(ctx.sync_finished, timeout=WAIT):
        ctx.switch_profile(profile.id)
    assert window.sync_status.online

    window.show_panel("customers")
    customers = window.panel_widget("customers")
    assert isinstance(customers, CustomersPanel)
    ctx.runner.wait_idle(WAIT / 1000)
    someone = next(
        o for o in srv.state.iter_newest("", "customer") if o.get("name") and not o.get("deleted")
    )
    assert search(customers, qtbot, someone["id"]) >= 1

    # -- Stripe vanishes in the middle of a full sync -------------------------------------------
    writes_before = len(srv.app.applied_writes)
    ctx.offline_grace_s = 1.0
    srv.faults.latency_ms = 150
    failures: list[Any] = []
    ctx.sync_failed.connect(failures.append)
    with qtbot.waitSignal(ctx.sync_progress, timeout=WAIT):
        assert ctx.start_sync(full=True)
    with qtbot.waitSignal(ctx.online_changed, timeout=WAIT) as changed:
        srv.faults.unreachable = True
    assert changed.args == [False]
    qtbot.waitUntil(lambda: not ctx.syncing, timeout=WAIT)
    assert failures and failures[-1].kind == "network"
    assert window.sync_status.offline_label.isVisible()
    assert "Offline" in window.sync_status.offline_label.text()
    # It keeps trying by itself: the next background sync is scheduled.
    assert ctx.next_poll_ms is not None and ctx.next_poll_ms <= 300_000

    # -- the cache keeps serving ------------------------------------------------------------------
    assert search(customers, qtbot, someone["id"]) >= 1
    assert customers.model.hit(0) is not None
    assert customers.model.hit(0).id == someone["id"]
    assert search(customers, qtbot, someone["name"].split()[0]) >= 1

    # -- writes fail clearly and are not queued --------------------------------------------------
    window.show_panel("portal-configuration")
    portal = window.panel_widget("portal-configuration")
    assert isinstance(portal, PortalConfigurationPanel)
    ctx.runner.wait_idle(WAIT / 1000)
    assert portal.new_configuration() is not None
    qtbot.keyClicks(portal.editor.name_edit, "Made while offline")
    on_dialog(ReviewDialog, lambda d: d.save_button.click())
    portal.save()
    qtbot.waitUntil(portal.error_banner.isVisible, timeout=WAIT)
    assert "reach Stripe" in portal.error_banner.message_label.text()
    assert portal.editor.name_edit.text() == "Made while offline"  # the draft is kept

    session = ctx.session
    assert session is not None
    sub = next(o for o in srv.state.iter_newest("", "subscription") if o["status"] == "active")
    now = srv.state.now()
    pause = validate_pause("void", now + 86_400 * 7, now=now)
    batch = run_batch(session.gateway, [Target(sub["id"], "", "x", "active", paused=False)], pause)
    assert batch.items[0].outcome == "failed"
    assert "reach Stripe" in batch.items[0].message
    with pytest.raises(stripe.APIConnectionError) as refused:
        create_session(session.gateway, PortalRequest(customer=someone["id"]))
    assert describe(refused.value).kind == "network"
    assert "reach Stripe" in describe(refused.value).display()

    # -- Stripe comes back ------------------------------------------------------------------------
    srv.faults.latency_ms = 0
    srv.faults.unreachable = False
    online: list[bool] = []
    ctx.online_changed.connect(online.append)
    with qtbot.waitSignal(ctx.sync_finished, timeout=WAIT) as finished:
        window.sync_now()
    assert online == [True]
    assert "Resuming the full sync that was interrupted." in finished.args[0].notices
    assert not window.sync_status.offline_label.isVisible()
    ctx.runner.wait_idle(WAIT / 1000)
    qtbot.wait(1_000)  # anything queued would have been sent by now
    assert srv.app.applied_writes[writes_before:] == []
    assert not [
        o
        for o in srv.state.iter_newest("", "billing_portal.configuration")
        if o.get("name") == "Made while offline"
    ]
    current = srv.state.get(sub["id"])
    assert current is not None and current.get("pause_collection") is None
    assert session.cache is not None
    assert assert_mirrors_sandbox(session.cache.path, srv) > 1_000
