"""Deauthorized accounts: their platform subscriptions keep running until the platform
cancels them; the panel lists them and cancels them in bulk (platform-created only,
confirmed, with progress, a Stop button and each item's result)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from services.connect import operations
from services.connect.kinds import Kind
from services.sandbox.resources.billing import new_invoice_for, new_subscription
from services.sandbox.resources.billing import store_subscription as sandbox_store
from services.sandbox.server import SandboxServer
from tests.sandbox_billing_support import seed_request
from tests.test_connect_support import (
    NORDLICHT,
    SAKURA,
    Confirmer,
    client_for,
    incremental_sync,
    make_context,
    open_synced,
    sync_into,
    wait_idle,
)
from widgets.connect import ConnectPanel
from widgets.connect.disconnected_dialog import DisconnectedAccountsDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
LIVE_KEY = "sk_live_ConnectDeauthorizedTest000000"
OTHER_APP = "ca_SomeOtherApp"


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="demo", customers=300).start()
    srv.register_key(LIVE_KEY, livemode=True)
    client = client_for(srv)
    # A destination subscription another application made on the platform: never ours to
    # cancel in bulk.
    customer = next(
        c for c in client.v1.customers.list({"limit": 50}).data if not c.to_dict().get("metadata")
    )
    price = next(
        p
        for p in client.v1.prices.list({"limit": 100, "active": True}).data
        if p.recurring is not None and p.currency == "usd"
    )
    req = seed_request(srv, "")
    with srv.state.lock:
        price_obj = srv.state.get(price.id, "")
        sub = new_subscription(
            req,
            customer.id,
            [(price_obj, 1)],
            application=OTHER_APP,
            transfer_data={"destination": NORDLICHT, "amount_percent": None},
        )
        sandbox_store(req, sub, new_invoice_for(req, sub))
    srv.other_app_sub = sub["id"]  # type: ignore[attr-defined]
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def synced(server: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sync_into(server, tmp_path_factory.mktemp("connect-deauth") / "cache.sqlite3")


def build(
    tmp_path: Path,
    qtbot: Any,
    server: SandboxServer,
    synced: Path,
    confirmer: Confirmer | None = None,
    key: str | None = None,
) -> ConnectPanel:
    ctx = make_context(tmp_path, confirmer)
    open_synced(ctx, qtbot, server, synced, key=key)
    panel = ConnectPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 860)
    panel.show()
    panel.activate()
    wait_idle(ctx, qtbot)
    return panel


def running_platform_subs(server: SandboxServer, account: str) -> dict[str, Any]:
    client = client_for(server)
    out = {}
    for s in client.v1.subscriptions.list({"status": "all", "limit": 100}).auto_paging_iter():
        d = s.to_dict()
        related = (d.get("transfer_data") or {}).get("destination") == account or (
            d.get("metadata") or {}
        ).get("connected_account") == account
        if related and d["status"] not in ("canceled", "incomplete_expired"):
            out[d["id"]] = d
    return out


def open_dialog(panel: ConnectPanel, qtbot: Any) -> DisconnectedAccountsDialog:
    qtbot.mouseClick(panel.attention_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert isinstance(dialog, DisconnectedAccountsDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_bulk_cancel_of_a_deauthorized_accounts_platform_subscriptions(
    tmp_path, qtbot, server, synced
):
    running = running_platform_subs(server, NORDLICHT)
    assert server.other_app_sub in running and len(running) >= 3
    event = server.deauthorize(NORDLICHT)
    assert event["type"] == "account.application.deauthorized"
    # Deauthorization cancels nothing.
    assert running_platform_subs(server, NORDLICHT).keys() == running.keys()
    confirmer = Confirmer(answer=True)
    panel = build(tmp_path, qtbot, server, synced, confirmer, key=LIVE_KEY)
    try:
        incremental_sync(panel.ctx)  # brings the deauthorization event
        panel.refresh()
        wait_idle(panel.ctx, qtbot)
        assert panel.attention.isVisible()
        assert "Nordlicht Design" in panel.attention_label.text()
        assert "Disconnecting cancels nothing" in panel.attention_label.text()
        n = panel.accounts_model.row_of(NORDLICHT)
        assert n is not None
        assert panel.accounts_model.rows[n].connection == "deauthorized"
        assert panel.accounts_model.index(n, 7).data().startswith("Deauthorized · ")

        dialog = open_dialog(panel, qtbot)
        items = {i.row.id: i for i in dialog.items}
        assert items.keys() == running.keys()
        assert {i.row.kind for i in items.values()} == {Kind.DESTINATION, Kind.PLATFORM_BILLING}
        assert not items[server.other_app_sub].cancellable
        assert "direct subscription(s) still run on its own account" in (
            dialog.accounts_label.text()
        )
        ours = [sid for sid, i in items.items() if i.cancellable]
        assert len(dialog.checked()) == len(ours)
        # One of them is cancelled behind the panel's back: it fails, the others go on.
        gone = ours[0]
        client_for(server).v1.subscriptions.cancel(gone)

        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.confirm_bar.isVisible()
        assert f"Cancel {len(ours)} subscription(s) now?" in dialog.confirm_label.text()
        qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dialog.finished_cancelling, timeout=60_000):
            pass
        wait_idle(panel.ctx, qtbot)
        asked = confirmer.calls[-1]
        assert asked["action"] == f"Cancel {len(ours)} subscription(s) of disconnected accounts"
        assert asked["details"] == "Nordlicht Design"
        assert dialog.progress.value() == len(ours)
        assert dialog.progress_label.text() == f"{len(ours) - 1} canceled, 1 had already ended."
        results = {dialog.items[r].row.id: res for r, res in dialog.results.items()}
        assert results[gone].result == "already_ended"
        assert "No such subscription" in (results[gone].error.message)  # type: ignore[union-attr]
        assert all(results[s].result == "canceled" for s in ours if s != gone)
        texts = {
            dialog.items[r].row.id: dialog.table.item(r, dialog.RESULT).text()
            for r in range(len(dialog.items))
        }
        assert texts[server.other_app_sub] == "Skipped: not created by your platform"
        assert texts[ours[1]] == "Canceled"
        assert texts[gone] == "Already ended (canceled)"
        still = running_platform_subs(server, NORDLICHT)
        assert list(still) == [server.other_app_sub]
        # The panel catches up: nothing it could cancel is left, so the banner goes away
        # (the other application's subscription is not the platform's to cancel).
        qtbot.waitUntil(lambda: not panel.attention.isVisible())
        dialog.reject()
        panel.open_disconnected()
        again_dialog = panel.dialog
        assert isinstance(again_dialog, DisconnectedAccountsDialog)
        qtbot.addWidget(again_dialog)
        assert [i.row.id for i in again_dialog.items] == [server.other_app_sub]
        assert not again_dialog.cancel_button.isEnabled()
        # Cancelling again is idempotent: Stripe replays the first answer.
        row = items[ours[1]].row
        again = operations.cancel(panel.ctx.session.gateway, None, row)  # type: ignore[union-attr]
        assert again["status"] == "canceled"
    finally:
        panel.ctx.shutdown()


def test_stop_part_way_then_finish(tmp_path, qtbot, server, synced):
    running = running_platform_subs(server, SAKURA)
    assert len(running) >= 4
    server.deauthorize(SAKURA)
    panel = build(tmp_path, qtbot, server, synced)
    try:
        incremental_sync(panel.ctx)
        panel.refresh()
        wait_idle(panel.ctx, qtbot)
        dialog = open_dialog(panel, qtbot)
        sakura = [n for n, i in enumerate(dialog.items) if i.account.id == SAKURA]
        for n, item in enumerate(dialog.items):  # only Sakura's this time
            if item.cancellable and n not in sakura:
                dialog.table.item(n, dialog.ACCOUNT).setCheckState(Qt.CheckState.Unchecked)
        assert sorted(dialog.checked()) == sakura
        server.faults.latency_ms = 250
        try:
            dialog.ask()
            qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: len(dialog.results) >= 2, timeout=30_000)
            assert dialog.stop_button.isVisible()
            qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
            with qtbot.waitSignal(dialog.finished_cancelling, timeout=30_000):
                pass
        finally:
            server.faults.latency_ms = 0
        assert dialog.progress_label.text().startswith("Stopped.")
        done = {
            dialog.items[r].row.id for r, res in dialog.results.items() if res.result == "canceled"
        }
        assert 2 <= len(done) < len(sakura)
        left = running_platform_subs(server, SAKURA)
        assert not (done & left.keys()) and left
        assert len(dialog.checked()) == len(sakura) - len(done)
        dialog.ask()
        qtbot.mouseClick(dialog.confirm_yes, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dialog.finished_cancelling, timeout=60_000):
            pass
        assert running_platform_subs(server, SAKURA) == {}
        assert all(res.result == "canceled" for res in dialog.results.values())
    finally:
        panel.ctx.shutdown()
