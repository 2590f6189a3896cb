"""Changing, cancelling and fee-ing subscriptions through the panel; billing a connected
account through its one representative customer; the account's activity."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from services.connect.accounts import AccountRow
from services.connect.billing import (
    find_or_create_representative,
    representative_key,
    representative_params,
)
from services.connect.kinds import Kind
from services.connect.stripe_io import send
from services.connect.subscriptions import SubscriptionRow
from services.sandbox.server import SandboxServer
from tests.test_connect_support import (
    NORDLICHT,
    PLATFORM_APP,
    RIVERA,
    SAKURA,
    client_for,
    incremental_sync,
    make_context,
    open_synced,
    sync_into,
    wait_idle,
)
from widgets.connect import ConnectPanel
from widgets.connect.action_dialogs import CancelDialog, ChangeFeeDialog, InvoiceFeeDialog
from widgets.connect.billing_dialog import BillAccountDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="demo", customers=300).start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def synced(server: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sync_into(server, tmp_path_factory.mktemp("connect-actions") / "cache.sqlite3")


@pytest.fixture
def panel(tmp_path, qtbot, server, synced) -> Iterator[ConnectPanel]:
    ctx = make_context(tmp_path)
    open_synced(ctx, qtbot, server, synced)
    widget = ConnectPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 860)
    widget.show()
    widget.activate()
    wait_idle(ctx, qtbot)
    yield widget
    ctx.shutdown()


def rows_of(panel: ConnectPanel) -> list[SubscriptionRow]:
    model = panel.account_view.subs_model
    while model.canFetchMore():
        model.fetchMore()
    return list(model.rows)


def pick(panel: ConnectPanel, qtbot: Any, account: str, want: Any) -> SubscriptionRow:
    assert panel.select_account(account)
    wait_idle(panel.ctx, qtbot)
    row = next(r for r in rows_of(panel) if want(r))
    assert panel.account_view.select_subscription(row.id)
    return row


def submit(panel: ConnectPanel, qtbot: Any, dialog: Any) -> None:
    with qtbot.waitSignal(dialog.written, timeout=30_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(panel.ctx, qtbot)


def test_change_the_fee_of_a_platform_created_direct_subscription(panel, qtbot, server):
    row = pick(
        panel,
        qtbot,
        SAKURA,
        lambda r: (
            r.kind is Kind.DIRECT
            and r.application == PLATFORM_APP
            and r.running
            and not r.application_fee_percent
        ),
    )
    view = panel.account_view
    qtbot.mouseClick(view.fee_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, ChangeFeeDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fee_edit, "101")
    assert dialog.problem.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.busy  # nothing sent
    dialog.fee_edit.setText("4.75")
    submit(panel, qtbot, dialog)
    sub = client_for(server).v1.subscriptions.retrieve(row.id, options={"stripe_account": SAKURA})
    assert sub.application_fee_percent == 4.75
    n = view.subs_model.row_of(row.id)
    assert n is not None
    assert view.subs_model.index(n, view.subs_model.FEE).data() == "4.75%"


def test_a_failed_write_keeps_the_input_and_shows_the_request_id(panel, qtbot, server):
    pick(panel, qtbot, NORDLICHT, lambda r: r.kind is Kind.DESTINATION and r.running)
    view = panel.account_view
    view.open_fee()
    dialog = view.dialog
    assert isinstance(dialog, ChangeFeeDialog)
    qtbot.addWidget(dialog)
    dialog.fee_edit.setText("3")
    server.faults.error_rate = 1.0
    try:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        wait_idle(panel.ctx, qtbot, 60)
    finally:
        server.faults.error_rate = 0.0
    assert dialog.isVisible()
    assert dialog.banner.isVisible()
    assert dialog.banner.error is not None and dialog.banner.error.request_id
    assert "Request ID: req_" in dialog.banner.request_label.text()
    assert dialog.fee_edit.text() == "3"
    submit(panel, qtbot, dialog)  # the same dialog, trying again, goes through


def test_cancel_at_period_end_then_now(panel, qtbot, server):
    client = client_for(server)
    row = pick(
        panel, qtbot, NORDLICHT, lambda r: r.kind is Kind.DESTINATION and r.status == "active"
    )
    view = panel.account_view
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    dialog = view.dialog
    assert isinstance(dialog, CancelDialog)
    qtbot.addWidget(dialog)
    assert dialog.close_button.isDefault()  # Enter keeps the subscription
    dialog.period_end_radio.setChecked(True)
    submit(panel, qtbot, dialog)
    sub = client.v1.subscriptions.retrieve(row.id)
    assert sub.cancel_at_period_end and sub.status == "active"

    assert view.select_subscription(row.id)
    view.open_cancel()
    dialog = view.dialog
    assert isinstance(dialog, CancelDialog)
    qtbot.addWidget(dialog)
    submit(panel, qtbot, dialog)
    assert client.v1.subscriptions.retrieve(row.id).status == "canceled"
    assert view.select_subscription(row.id)
    assert view.current_subscription().status == "canceled"  # type: ignore[union-attr]
    assert not view.cancel_button.isEnabled()
    assert "has ended" in view.reason_label.text()


def test_application_fee_on_an_invoice_the_platform_created(panel, qtbot, server):
    client = client_for(server)
    price = next(
        iter(client.v1.prices.list({"limit": 1, "active": True}, {"stripe_account": SAKURA}).data)
    )
    customer = client.v1.customers.create({"name": "Invoice Fee"}, {"stripe_account": SAKURA})
    made = client.v1.subscriptions.create(
        {
            "customer": customer.id,
            "items": [{"price": price.id}],
            "payment_behavior": "default_incomplete",
        },
        {"stripe_account": SAKURA},
    )
    incremental_sync(panel.ctx)
    panel.refresh()
    wait_idle(panel.ctx, qtbot)
    pick(panel, qtbot, SAKURA, lambda r: r.id == made.id)
    view = panel.account_view
    assert view.invoice_fee_button.isEnabled()
    view.open_invoice_fee()
    dialog = view.dialog
    assert isinstance(dialog, InvoiceFeeDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.amount_edit, "999999")
    assert dialog.problem.isVisible() and "between 0 and" in dialog.problem.text()
    dialog.amount_edit.setText("100")
    submit(panel, qtbot, dialog)
    invoice = client.v1.invoices.retrieve(
        str(made.latest_invoice), options={"stripe_account": SAKURA}
    )
    assert invoice.to_dict()["application_fee_amount"] == 100


def account_row(panel: ConnectPanel, account: str) -> AccountRow:
    model = panel.accounts_model
    row = model.row_of(account)
    assert row is not None
    found = model.rows[row]
    assert isinstance(found, AccountRow)
    return found


def bill(panel: ConnectPanel, qtbot: Any, account: str) -> BillAccountDialog:
    assert panel.select_account(account)
    wait_idle(panel.ctx, qtbot)
    before = panel.account_view.dialog
    qtbot.mouseClick(panel.account_view.bill_button, Qt.MouseButton.LeftButton)
    dialog = panel.account_view.dialog
    assert isinstance(dialog, BillAccountDialog) and dialog is not before
    qtbot.addWidget(dialog)
    fee = next(
        n
        for n in range(dialog.price_list.count())
        if "Marketplace platform fee" in dialog.price_list.item(n).text()
        and "$" in dialog.price_list.item(n).text()
    )
    assert "already bills other accounts" in dialog.price_list.item(fee).text()
    dialog.price_list.setCurrentRow(fee)
    with qtbot.waitSignal(dialog.billed, timeout=30_000):
        qtbot.mouseClick(dialog.subscribe_button, Qt.MouseButton.LeftButton)
    wait_idle(panel.ctx, qtbot)
    return dialog


def representing(server: SandboxServer, account: str) -> list[str]:
    client = client_for(server)
    return [
        c.id
        for c in client.v1.customers.list({"limit": 100}).auto_paging_iter()
        if c.to_dict().get("metadata", {}).get("connected_account") == account
    ]


def test_billing_an_account_reuses_its_one_representative(panel, qtbot, server):
    existing = representing(server, RIVERA)
    assert len(existing) == 1
    dialog = bill(panel, qtbot, RIVERA)
    assert "will be reused" in dialog.customer_label.text() or dialog.billing_result is not None
    assert dialog.billing_result is not None
    rep, outcome = dialog.billing_result
    assert rep.found == "cache" and rep.customer_id == existing[0]
    assert "Reused" in dialog.outcome_view.customer_label.text()
    sub = client_for(server).v1.subscriptions.retrieve(outcome.subscription_id).to_dict()
    assert sub["customer"] == existing[0]
    assert sub["metadata"] == {"connected_account": RIVERA, "billing": "platform"}
    assert "transfer_data" not in sub or not sub["transfer_data"]
    # Billing again still uses the same customer.
    dialog.accept()
    second = bill(panel, qtbot, RIVERA)
    assert second is not dialog and second.billing_result is not None
    assert second.billing_result[0].customer_id == existing[0]
    assert second.billing_result[1].subscription_id != outcome.subscription_id
    assert representing(server, RIVERA) == existing
    # It shows up as platform billing for the account.
    rows = rows_of(panel)
    assert sum(r.kind is Kind.PLATFORM_BILLING for r in rows) == 3


def test_a_new_account_gets_exactly_one_representative(panel, qtbot, server):
    client = client_for(server)
    made = client.v1.accounts.create(
        {
            "type": "express",
            "country": "US",
            "business_profile": {"name": "Harbor Kayaks"},
            "email": "hello@harbor.example",
        }
    )
    incremental_sync(panel.ctx)  # a new account: its data is synced
    panel.refresh()
    wait_idle(panel.ctx, qtbot)
    assert representing(server, made.id) == []
    dialog = bill(panel, qtbot, made.id)
    assert dialog.billing_result is not None
    rep, _ = dialog.billing_result
    assert rep.found == "created"
    assert representing(server, made.id) == [rep.customer_id]
    customer = client.v1.customers.retrieve(rep.customer_id)
    assert customer.name == "Harbor Kayaks" and customer.email == "hello@harbor.example"
    dialog.accept()
    second = bill(panel, qtbot, made.id)
    assert second.billing_result is not None and second.billing_result[0].found == "cache"
    assert representing(server, made.id) == [rep.customer_id]
    # Without the cache, Stripe's search finds it; and even a blind create collapses into
    # the same customer through its idempotency key.
    gateway = panel.ctx.session.gateway  # type: ignore[union-attr]
    account = account_row(panel, made.id)
    assert find_or_create_representative(gateway, None, account).found == "search"
    again = send(
        gateway,
        "post",
        "/v1/customers",
        representative_params(account),
        idempotency_key=representative_key(account),
    )
    assert again.replayed and again.obj["id"] == rep.customer_id
    assert representing(server, made.id) == [rep.customer_id]


def test_activity_lists_the_accounts_events_newest_first(panel, qtbot, server, qtmodeltester):
    assert panel.select_account(RIVERA)
    wait_idle(panel.ctx, qtbot)
    view = panel.account_view
    view.tabs.setCurrentIndex(1)
    model = view.activity_model
    qtmodeltester.check(model)
    # A copied cache starts with no events: the empty state says how to get some.
    assert model.rowCount() == 0
    assert view.activity_stack.currentIndex() == 1
    qtbot.mouseClick(view.load_button, Qt.MouseButton.LeftButton)
    wait_idle(panel.ctx, qtbot, 60)
    assert "events from Stripe" in view.load_label.text()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() > 0 and view.activity_stack.currentIndex() == 0
    rows = model.rows
    assert [(r.created, r.rid) for r in rows] == sorted(
        ((r.created, r.rid) for r in rows), reverse=True
    )
    from services.connect.activity import EVENT_TYPES

    assert {r.type for r in rows} <= set(EVENT_TYPES)
    assert "payment_method.attached" not in {r.type for r in rows}
    assert any(r.on_account for r in rows) and any(not r.on_account for r in rows)
    # A change made now shows on top after the next sync.
    client = client_for(server)
    price = next(
        iter(client.v1.prices.list({"limit": 1, "active": True}, {"stripe_account": RIVERA}).data)
    )
    customer = client.v1.customers.create({"name": "Activity"}, {"stripe_account": RIVERA})
    started = int(customer.created)
    client.v1.subscriptions.create(
        {"customer": customer.id, "items": [{"price": price.id}]}, {"stripe_account": RIVERA}
    )
    incremental_sync(panel.ctx)
    view.refresh()
    wait_idle(panel.ctx, qtbot)
    fresh = [n for n, r in enumerate(model.rows) if r.created >= started]
    assert fresh == list(range(len(fresh)))  # on top
    assert {model.rows[n].type for n in fresh} >= {
        "customer.created",
        "customer.subscription.created",
    }
    labels = [model.index(n, model.EVENT).data() for n in fresh]
    assert "Subscription created" in labels and "Customer created" in labels
