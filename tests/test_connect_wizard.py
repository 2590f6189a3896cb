"""The create-subscription wizard, driven with qtbot against the sandbox: direct and
destination paths with fee validation, the outcome, idempotent retry after a dropped
connection, and the live-mode confirmation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from services.connect import operations
from services.connect.kinds import Kind
from services.sandbox.server import SandboxServer
from tests.test_connect_support import (
    NORDLICHT,
    PLATFORM_APP,
    RIVERA,
    SAKURA,
    Confirmer,
    client_for,
    make_context,
    open_synced,
    sync_into,
    wait_idle,
)
from widgets.connect import ConnectPanel
from widgets.connect.wizard import CreateSubscriptionDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
LIVE_KEY = "sk_live_ConnectWizardTest0000000000"


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
    return sync_into(server, tmp_path_factory.mktemp("connect-wizard") / "cache.sqlite3")


def build_panel(tmp_path, qtbot, server, synced, confirmer=None, key=None) -> ConnectPanel:
    ctx = make_context(tmp_path, confirmer)
    open_synced(ctx, qtbot, server, synced, key=key)
    panel = ConnectPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 860)
    panel.show()
    panel.activate()
    wait_idle(ctx, qtbot)
    return panel


@pytest.fixture
def panel(tmp_path, qtbot, server, synced) -> Iterator[ConnectPanel]:
    widget = build_panel(tmp_path, qtbot, server, synced)
    yield widget
    widget.ctx.shutdown()


def open_wizard(panel: ConnectPanel, qtbot: Any, account: str) -> CreateSubscriptionDialog:
    assert panel.select_account(account)
    wait_idle(panel.ctx, qtbot)
    qtbot.keyClick(panel.account_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = panel.account_view.dialog
    assert isinstance(wizard, CreateSubscriptionDialog)
    qtbot.addWidget(wizard)
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot: Any, button: Any) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_created(panel: ConnectPanel, qtbot: Any, wizard: CreateSubscriptionDialog) -> None:
    wait_idle(panel.ctx, qtbot, 60)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.DONE, timeout=30_000)


def type_fee(qtbot: Any, wizard: CreateSubscriptionDialog, text: str) -> None:
    wizard.fee_edit.clear()
    qtbot.keyClicks(wizard.fee_edit, text)


def test_direct_path_for_a_full_dashboard_account(panel, qtbot, server):
    wizard = open_wizard(panel, qtbot, RIVERA)
    # The guide's advice: direct charges for an account with full Dashboard access.
    assert wizard.kind is Kind.DIRECT
    labels = [w.text() for w in wizard.findChildren(QLabel)]
    assert "Recommended" in labels
    assert any(
        "Refunds and chargebacks come out of Rivera Yoga Studio's balance" in t for t in labels
    )
    assert any("responsible for refunds and chargebacks" in t for t in labels)
    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == wizard.CUSTOMER
    assert "Rivera Yoga Studio's account" in wizard.customer_where.text()
    conn = panel.ctx.session.cache.connect()  # type: ignore[union-attr]
    first = wizard.customer_list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert conn.execute("SELECT account FROM customers WHERE id = ?", (first,)).fetchone() == (
        RIVERA,
    )
    assert not wizard.next_button.isEnabled()  # nothing chosen yet
    qtbot.keyClicks(wizard.new_name, "Ada Lovelace")
    qtbot.keyClicks(wizard.new_email, "ada@example")
    assert wizard.new_radio.isChecked()
    assert "email address" in wizard.customer_problem.text()
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.new_email, ".com")
    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == wizard.PRICE
    assert "Rivera Yoga Studio's catalogue" in wizard.price_where.text()
    wizard.price_list.setCurrentRow(0)
    price_id = wizard.price_list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert conn.execute("SELECT account FROM prices WHERE id = ?", (price_id,)).fetchone() == (
        RIVERA,
    )
    click(qtbot, wizard.next_button)
    assert wizard.pages.currentIndex() == wizard.REVIEW
    assert not wizard.obo_check.isEnabled()

    for text, message in (
        ("150", "between 0 and 100"),
        ("-3", "between 0 and 100"),
        ("12.345", "two decimal places"),
        ("ten", "percentage between 0 and 100"),
    ):
        type_fee(qtbot, wizard, text)
        assert wizard.fee_problem.isVisible(), text
        assert message in wizard.fee_problem.text()
        assert not wizard.create_button.isEnabled()
    type_fee(qtbot, wizard, "12.5")
    assert not wizard.fee_problem.isVisible()
    assert "Stripe-Account: acct_1RiveraYogaStudio" in wizard.summary.text()
    click(qtbot, wizard.create_button)
    wait_created(panel, qtbot, wizard)

    outcome = wizard.outcome
    assert outcome is not None
    assert outcome.status == "incomplete" and outcome.customer_created
    assert outcome.hosted_invoice_url and outcome.hosted_invoice_url.startswith(server.url)
    assert outcome.has_confirmation_secret
    assert outcome.hosted_invoice_url in wizard.outcome_view.link_label.text()
    assert "23 hours" in wizard.outcome_view.next_label.text()
    client = client_for(server)
    sub = client.v1.subscriptions.retrieve(
        outcome.subscription_id, options={"stripe_account": RIVERA}
    )
    assert sub.application == PLATFORM_APP
    assert sub.application_fee_percent == 12.5
    assert sub.status == "incomplete"
    customer = client.v1.customers.retrieve(sub.customer, options={"stripe_account": RIVERA})
    assert (customer.name, customer.email) == ("Ada Lovelace", "ada@example.com")
    # Written through: the panel lists it at once, as a direct subscription of the platform.
    wizard.accept()
    view = panel.account_view
    qtbot.waitUntil(lambda: view.subs_model.row_of(outcome.subscription_id) is not None)
    row = view.subs_model.rows[view.subs_model.row_of(outcome.subscription_id)]
    assert row.kind is Kind.DIRECT and row.application == PLATFORM_APP
    # The confirmation secret is a client secret: never kept in the cache.
    raw = conn.execute("SELECT raw FROM invoices WHERE id = ?", (outcome.invoice_id,)).fetchone()
    assert raw is not None and "confirmation_secret" not in json.loads(raw[0])


def test_destination_path_with_on_behalf_of(panel, qtbot, server):
    wizard = open_wizard(panel, qtbot, NORDLICHT)
    assert wizard.kind is Kind.DESTINATION  # Express Dashboard
    click(qtbot, wizard.next_button)
    assert "on your platform" in wizard.customer_where.text()
    qtbot.keyClicks(wizard.customer_search, "a")
    qtbot.waitUntil(lambda: wizard.customer_list.count() > 0)
    wizard.customer_list.setCurrentRow(0)
    customer_id = wizard.customer_list.item(0).data(Qt.ItemDataRole.UserRole + 1)
    click(qtbot, wizard.next_button)
    assert "your platform's catalogue" in wizard.price_where.text()
    assert "sold for Nordlicht Design" in wizard.price_list.item(0).text()
    wizard.price_list.setCurrentRow(0)
    click(qtbot, wizard.next_button)
    assert wizard.obo_check.isEnabled()
    type_fee(qtbot, wizard, "7,25")
    wizard.obo_check.setChecked(True)
    assert "on_behalf_of" in wizard.summary.text() and NORDLICHT in wizard.summary.text()
    click(qtbot, wizard.create_button)
    wait_created(panel, qtbot, wizard)
    outcome = wizard.outcome
    assert outcome is not None and outcome.owner == "" and not outcome.customer_created
    sub = client_for(server).v1.subscriptions.retrieve(outcome.subscription_id).to_dict()
    assert sub["customer"] == customer_id
    assert sub["transfer_data"]["destination"] == NORDLICHT
    assert sub["on_behalf_of"] == NORDLICHT
    assert sub["application_fee_percent"] == 7.25
    assert sub["status"] == "incomplete"
    wizard.accept()
    view = panel.account_view
    qtbot.waitUntil(lambda: view.subs_model.row_of(outcome.subscription_id) is not None)
    row = view.subs_model.rows[view.subs_model.row_of(outcome.subscription_id)]
    assert row.kind is Kind.DESTINATION and row.on_behalf_of == NORDLICHT


def test_a_retry_after_a_dropped_connection_creates_nothing_twice(panel, qtbot, server):
    wizard = open_wizard(panel, qtbot, SAKURA)
    click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.new_name, "Retry Person")
    qtbot.keyClicks(wizard.new_email, "retry@example.com")
    click(qtbot, wizard.next_button)
    wizard.price_list.setCurrentRow(0)
    click(qtbot, wizard.next_button)
    type_fee(qtbot, wizard, "10")
    server.faults.drop_rate = 1.0
    try:
        click(qtbot, wizard.create_button)
        wait_idle(panel.ctx, qtbot, 60)
    finally:
        server.faults.drop_rate = 0.0
    assert wizard.banner.isVisible()
    assert "reach Stripe" in wizard.banner.message_label.text()
    assert wizard.create_button.text() == "Try again"
    assert wizard.pages.currentIndex() == wizard.REVIEW
    assert wizard.new_name.text() == "Retry Person"  # nothing typed is lost
    keys = wizard.keys
    assert keys is not None
    # Suppose the dropped request had in fact reached Stripe: same draft, same keys.
    session = panel.ctx.session
    assert session is not None
    first = operations.create_subscription(session.gateway, None, wizard.draft(), keys)
    assert not first.replayed
    click(qtbot, wizard.create_button)
    wait_created(panel, qtbot, wizard)
    outcome = wizard.outcome
    assert outcome is not None
    assert outcome.subscription_id == first.subscription_id
    assert outcome.customer_id == first.customer_id
    assert outcome.replayed
    assert wizard.outcome_view.replay_label.isVisible()
    client = client_for(server)
    people = [
        c
        for c in client.v1.customers.list({"limit": 100}).auto_paging_iter()
        if c.email == "retry@example.com"
    ]
    assert [c.id for c in people] == [first.customer_id]
    subs = client.v1.subscriptions.list({"customer": first.customer_id, "status": "all"})
    assert [s.id for s in subs.data] == [first.subscription_id]


def test_live_mode_asks_before_creating(tmp_path, qtbot, server, synced):
    confirmer = Confirmer(answer=False)
    panel = build_panel(tmp_path, qtbot, server, synced, confirmer, key=LIVE_KEY)
    try:
        assert panel.ctx.profile is not None and panel.ctx.profile.livemode
        wizard = open_wizard(panel, qtbot, RIVERA)
        click(qtbot, wizard.next_button)
        wizard.customer_list.setCurrentRow(0)
        click(qtbot, wizard.next_button)
        wizard.price_list.setCurrentRow(0)
        click(qtbot, wizard.next_button)
        client = client_for(server)
        before = len(
            client.v1.subscriptions.list(
                {"status": "all", "limit": 100}, {"stripe_account": RIVERA}
            ).data
        )
        click(qtbot, wizard.create_button)
        wait_idle(panel.ctx, qtbot)
        assert len(confirmer.calls) == 1
        asked = confirmer.calls[0]
        assert asked["account_name"] == "Demo platform"
        assert asked["action"] == "Create a direct subscription for Rivera Yoga Studio"
        assert wizard.pages.currentIndex() == wizard.REVIEW and wizard.outcome is None
        after = len(
            client.v1.subscriptions.list(
                {"status": "all", "limit": 100}, {"stripe_account": RIVERA}
            ).data
        )
        assert after == before
        confirmer.answer = True
        click(qtbot, wizard.create_button)
        wait_created(panel, qtbot, wizard)
        assert len(confirmer.calls) == 2
    finally:
        panel.ctx.shutdown()
