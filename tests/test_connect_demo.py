"""The Connect panel on the demo seed: accounts, the three kinds per account type, and every
forbidden action disabled with its reason — and refused by the sandbox when forced."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stripe
from PySide6.QtCore import Qt

from services.connect import operations
from services.connect.kinds import Kind
from services.connect.rules import Action, Reason
from services.connect.stripe_io import send
from services.connect.subscriptions import SubscriptionRow, invoice_facts
from services.sandbox.server import SandboxServer
from tests.test_connect_support import (
    FOREIGN_INVOICE,
    NORDLICHT,
    NOT_OURS,
    OLD_TOWN,
    PLATFORM_APP,
    REASON_NOT_OURS,
    RIVERA,
    SAKURA,
    client_for,
    make_context,
    open_synced,
    sync_into,
    wait_idle,
)
from widgets.connect import ConnectPanel
from widgets.connect.models import AccountsModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def demo_cache(demo_sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sync_into(demo_sandbox, tmp_path_factory.mktemp("connect-demo") / "cache.sqlite3")


@pytest.fixture
def panel(
    tmp_path: Path, qtbot: Any, demo_sandbox: SandboxServer, demo_cache: Path
) -> Iterator[ConnectPanel]:
    ctx = make_context(tmp_path)
    open_synced(ctx, qtbot, demo_sandbox, demo_cache)
    widget = ConnectPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 860)
    widget.show()
    widget.activate()
    wait_idle(ctx, qtbot)
    yield widget
    ctx.shutdown()


def all_rows(model: Any) -> list[Any]:
    while model.canFetchMore():
        model.fetchMore()
    return list(model.rows)


def show(panel: ConnectPanel, qtbot: Any, account_id: str) -> None:
    assert panel.select_account(account_id)
    wait_idle(panel.ctx, qtbot)
    assert panel.account_view.account is not None
    assert panel.account_view.account.id == account_id


def select(panel: ConnectPanel, qtbot: Any, row: SubscriptionRow) -> None:
    view = panel.account_view
    while view.subs_model.row_of(row.id) is None and view.subs_model.canFetchMore():
        view.subs_model.fetchMore()
    assert view.select_subscription(row.id)
    assert view.current_subscription() is not None
    assert view.current_subscription().id == row.id  # type: ignore[union-attr]


def test_accounts_are_listed_with_their_dashboard_and_connection(panel, qtbot, qtmodeltester):
    model = panel.accounts_model
    qtmodeltester.check(model)
    rows = {r.id: r for r in all_rows(model)}
    assert set(rows) == {RIVERA, NORDLICHT, SAKURA, OLD_TOWN}
    assert (rows[RIVERA].type, rows[RIVERA].dashboard) == ("standard", "full")
    assert (rows[NORDLICHT].type, rows[NORDLICHT].dashboard) == ("express", "express")
    assert (rows[SAKURA].type, rows[SAKURA].dashboard) == ("custom", "none")
    for acct in (RIVERA, NORDLICHT, SAKURA):
        assert rows[acct].connection == "connected"
        assert rows[acct].charges_enabled and rows[acct].payouts_enabled
    # Stripe no longer lists the deauthorized account; the platform's data still names it
    # and Stripe answers "access revoked" when asked.
    assert rows[OLD_TOWN].connection == "deauthorized"
    assert rows[OLD_TOWN].name == "Old Town Barbers"
    assert not rows[OLD_TOWN].listed
    names = [model.index(n, AccountsModel.NAME).data() for n in range(model.rowCount())]
    assert names == sorted(names, key=str.lower)
    texts = {
        model.index(n, AccountsModel.ID).data(): model.index(n, AccountsModel.CONNECTION).data()
        for n in range(model.rowCount())
    }
    assert texts[OLD_TOWN].startswith("Deauthorized")
    assert "3 connected" in panel.summary_label.text()
    assert "1 deauthorized" in panel.summary_label.text()
    assert "ca_CounterfoilPlatform" in panel.summary_label.toolTip()

    # Search (name, id or email) and sort.
    qtbot.keyClicks(panel.search, "nordlicht")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.rows[0].id == NORDLICHT
    panel.search.setText("1SakuraTea")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.rows[0].id == SAKURA)
    panel.search.setText("bookings@oldtown")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    panel.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    panel.accounts_view.sortByColumn(AccountsModel.DASHBOARD, Qt.SortOrder.AscendingOrder)
    assert [r.dashboard for r in model.rows] == ["full", "express", "none", None]
    panel.accounts_view.sortByColumn(AccountsModel.CONNECTION, Qt.SortOrder.DescendingOrder)
    assert model.rows[0].id == OLD_TOWN


@pytest.fixture(scope="module")
def api_kinds(demo_sandbox: SandboxServer) -> dict[str, dict[Kind, set[str]]]:
    """What Stripe itself says each account's subscriptions are (to compare with the panel)."""
    client = client_for(demo_sandbox)
    platform = [
        s.to_dict()
        for s in client.v1.subscriptions.list({"status": "all", "limit": 100}).auto_paging_iter()
    ]
    out: dict[str, dict[Kind, set[str]]] = {}
    for account in (RIVERA, NORDLICHT, SAKURA, OLD_TOWN):
        reps = {
            c.id
            for c in client.v1.customers.search(
                {"query": f"metadata['connected_account']:'{account}'"}
            ).auto_paging_iter()
        }
        try:
            direct = {
                s.id
                for s in client.v1.subscriptions.list(
                    {"status": "all", "limit": 100}, {"stripe_account": account}
                ).auto_paging_iter()
            }
        except stripe.PermissionError:
            direct = set()
        dest = {
            s["id"]
            for s in platform
            if (s.get("transfer_data") or {}).get("destination") == account
            or s.get("on_behalf_of") == account
        }
        billing = {s["id"] for s in platform if s["customer"] in reps} - dest
        out[account] = {Kind.DIRECT: direct, Kind.DESTINATION: dest, Kind.PLATFORM_BILLING: billing}
    return out


@pytest.mark.parametrize(
    ("account", "dashboard"),
    [(RIVERA, "full"), (NORDLICHT, "express"), (SAKURA, "none"), (OLD_TOWN, None)],
)
def test_each_kind_is_listed_for_each_account_type(
    panel, qtbot, qtmodeltester, api_kinds, account, dashboard
):
    show(panel, qtbot, account)
    view = panel.account_view
    assert view.account is not None and view.account.dashboard == dashboard
    model = view.subs_model
    qtmodeltester.check(model)
    rows = all_rows(model)
    listed = {k: {r.id for r in rows if r.kind is k} for k in Kind}
    expected = api_kinds[account]
    assert listed == expected
    if account != OLD_TOWN:
        assert all(listed.values()), "the demo has every kind for a connected account"
    else:  # disconnected: only what the platform still holds
        assert not listed[Kind.DIRECT] and listed[Kind.PLATFORM_BILLING]
    # Newest first.
    keys = [(r.created, r.rid) for r in rows]
    assert keys == sorted(keys, reverse=True)
    # Each row is labelled, and says who created it.
    for n, row in enumerate(rows):
        label = model.index(n, model.KIND).data()
        assert (
            label
            == {
                "direct": "Direct",
                "destination": "Destination",
                "platform_billing": "Platform billing",
            }[row.kind.value]
        )
        creator = model.index(n, model.CREATED_BY).data()
        if row.kind is Kind.DIRECT:
            assert row.owner == account
            assert creator == (
                "Your platform" if row.application == PLATFORM_APP else view.account.name
            )
        else:
            assert row.owner == ""
            assert creator == "Your platform"
        if row.kind is Kind.DESTINATION:
            assert account in (row.transfer_destination, row.on_behalf_of)
    # The kind filter narrows the list and shows the counts.
    wait_idle(panel.ctx, qtbot)
    combo = view.kind_filter
    for kind in Kind:
        index = combo.findData(kind.value)
        assert combo.itemText(index).endswith(f"({len(expected[kind])})")
        combo.setCurrentIndex(index)
        assert {r.id for r in all_rows(model)} == expected[kind]
    combo.setCurrentIndex(0)


def test_destination_rows_show_on_behalf_of_and_fees(panel, qtbot):
    show(panel, qtbot, NORDLICHT)
    view = panel.account_view
    rows = all_rows(view.subs_model)
    with_obo = next(r for r in rows if r.kind is Kind.DESTINATION and r.on_behalf_of)
    select(panel, qtbot, with_obo)
    assert f"on_behalf_of: {NORDLICHT}" in view.selected_label.text()
    n = view.subs_model.row_of(with_obo.id)
    assert view.subs_model.index(n, view.subs_model.FEE).data() == "12.5%"
    plain = next(r for r in rows if r.kind is Kind.DESTINATION and not r.on_behalf_of)
    select(panel, qtbot, plain)
    assert "no on_behalf_of" in view.selected_label.text()


def test_full_dashboard_accounts_are_noted_as_managing_their_own(panel, qtbot):
    show(panel, qtbot, RIVERA)
    assert "manages its own customers' subscriptions" in panel.account_view.notes_label.text()
    show(panel, qtbot, SAKURA)
    notes = panel.account_view.notes_label.text()
    assert "no Stripe Dashboard" in notes and "your platform must manage" in notes
    show(panel, qtbot, NORDLICHT)
    assert "Express Dashboard" in panel.account_view.notes_label.text()


def _refused(
    call: Any, message: str, exc_type: type[Exception] = stripe.InvalidRequestError
) -> None:
    with pytest.raises(exc_type) as raised:
        call()
    assert message.lower() in str(raised.value.user_message).lower()  # type: ignore[attr-defined]


def test_changes_to_subscriptions_the_platform_did_not_create(panel, qtbot, demo_sandbox):
    show(panel, qtbot, RIVERA)
    view = panel.account_view
    rows = all_rows(view.subs_model)
    foreign = next(
        r for r in rows if r.kind is Kind.DIRECT and r.application is None and r.status == "active"
    )
    select(panel, qtbot, foreign)
    for button in (view.fee_button, view.cancel_button):
        assert not button.isEnabled()
        assert REASON_NOT_OURS in button.toolTip().lower()
    assert REASON_NOT_OURS in view.reason_label.text().lower()
    assert "created by Rivera Yoga Studio itself" in view.reason_label.text()
    view.open_cancel()  # the shortcut (Del) does nothing either
    assert view.dialog is None
    # Forced anyway, Stripe refuses every change.
    gateway = panel.ctx.session.gateway  # type: ignore[union-attr]
    _refused(lambda: operations.cancel(gateway, None, foreign), NOT_OURS)
    _refused(lambda: operations.cancel(gateway, None, foreign, at_period_end=True), NOT_OURS)
    _refused(lambda: operations.change_fee(gateway, None, foreign, None), NOT_OURS)
    status = (
        client_for(demo_sandbox)
        .v1.subscriptions.retrieve(foreign.id, options={"stripe_account": RIVERA})
        .status
    )
    assert status == "active"
    # Its invoice is not the platform's either: no application fee on it.
    assert not view.invoice_fee_button.isEnabled()
    assert "cannot add an application fee to an invoice it did not create" in (
        view.invoice_fee_button.toolTip().lower()
    )
    conn = panel.ctx.session.cache.connect()  # type: ignore[union-attr]
    invoice = invoice_facts(conn, foreign.latest_invoice or "", RIVERA)
    assert invoice is not None
    _refused(lambda: operations.set_invoice_fee(gateway, None, invoice, 1), FOREIGN_INVOICE)


def test_subscriptions_the_platform_created_can_change(panel, qtbot):
    show(panel, qtbot, SAKURA)
    view = panel.account_view
    ours = next(
        r
        for r in all_rows(view.subs_model)
        if r.kind is Kind.DIRECT and r.application == PLATFORM_APP and r.running
    )
    select(panel, qtbot, ours)
    assert view.fee_button.isEnabled() and view.cancel_button.isEnabled()
    assert view.reason_label.text() == "" or "invoice" in view.reason_label.text()


def test_fee_rules_on_platform_billing_and_paid_invoices(panel, qtbot):
    show(panel, qtbot, NORDLICHT)
    view = panel.account_view
    gateway = panel.ctx.session.gateway  # type: ignore[union-attr]
    rows = all_rows(view.subs_model)
    billing = next(r for r in rows if r.kind is Kind.PLATFORM_BILLING and r.running)
    select(panel, qtbot, billing)
    assert view.cancel_button.isEnabled()
    assert not view.fee_button.isEnabled()
    assert "there is no application fee" in view.fee_button.toolTip()
    assert not view.invoice_fee_button.isEnabled()
    fee_needs_connect = "Can only apply an application_fee_percent when the request is made"
    _refused(
        lambda: operations.change_fee(gateway, None, billing, operations.Decimal("5")),
        fee_needs_connect,
    )
    conn = panel.ctx.session.cache.connect()  # type: ignore[union-attr]
    invoice = invoice_facts(conn, billing.latest_invoice or "", "")
    assert invoice is not None and not invoice.has_destination
    _refused(
        lambda: operations.set_invoice_fee(gateway, None, invoice, 1),
        "Can only apply an application_fee_amount when the request is made",
    )

    paid = None
    for row in rows:
        if row.kind is Kind.DIRECT and row.application == PLATFORM_APP and row.latest_invoice:
            facts = invoice_facts(conn, row.latest_invoice, NORDLICHT)
            if facts is not None and facts.status == "paid" and row.running:
                paid = (row, facts)
                break
    assert paid is not None
    select(panel, qtbot, paid[0])
    assert view.decisions[Action.INVOICE_FEE].reason is Reason.INVOICE_FINAL
    assert not view.invoice_fee_button.isEnabled()
    assert "is paid" in view.invoice_fee_button.toolTip()
    _refused(lambda: operations.set_invoice_fee(gateway, None, paid[1], 1), "This invoice is paid")


def test_ended_subscriptions_and_disconnected_accounts(panel, qtbot):
    show(panel, qtbot, OLD_TOWN)
    view = panel.account_view
    gateway = panel.ctx.session.gateway  # type: ignore[union-attr]
    ended = next(r for r in all_rows(view.subs_model) if r.kind is Kind.PLATFORM_BILLING)
    assert ended.status == "canceled"
    select(panel, qtbot, ended)
    assert not view.cancel_button.isEnabled()
    assert "has ended" in view.cancel_button.toolTip()
    _refused(lambda: operations.cancel(gateway, None, ended), "No such subscription")
    # Nothing new can be created for an account that left, and Stripe agrees.
    assert not view.new_button.isEnabled() and not view.bill_button.isEnabled()
    assert "disconnected from your platform" in view.new_button.toolTip()
    assert "Deauthorized" in view.connection_tag.text()
    assert "Disconnecting cancels nothing" in view.notes_label.text()
    direct = SubscriptionRow(
        Kind.DIRECT, 0, "sub_any", OLD_TOWN, "active", application=PLATFORM_APP
    )
    _refused(
        lambda: operations.cancel(gateway, None, direct),
        "Application access may have been revoked",
        stripe.PermissionError,
    )


def test_on_behalf_of_is_only_for_destination_charges(panel, qtbot, demo_sandbox):
    show(panel, qtbot, RIVERA)
    view = panel.account_view
    view.open_wizard()
    wizard = view.dialog
    assert wizard is not None
    qtbot.addWidget(wizard)
    from services.connect.kinds import Kind as K

    assert wizard.kind is K.DIRECT  # recommended for a full-Dashboard account
    wizard.go(wizard.REVIEW)
    assert not wizard.obo_check.isEnabled()
    wizard.kind_radios[K.DESTINATION].setChecked(True)
    assert wizard.obo_check.isEnabled()
    wizard.reject()
    client = client_for(demo_sandbox)
    customer = next(iter(client.v1.customers.list({"limit": 1}, {"stripe_account": RIVERA})))
    price = next(iter(client.v1.prices.list({"limit": 1}, {"stripe_account": RIVERA})))
    gateway = panel.ctx.session.gateway  # type: ignore[union-attr]
    _refused(
        lambda: send(
            gateway,
            "post",
            "/v1/subscriptions",
            {"customer": customer.id, "items": [{"price": price.id}], "on_behalf_of": RIVERA},
            account=RIVERA,
        ),
        "You cannot use `on_behalf_of` when making a request on behalf of a connected account",
    )


def test_a_refresh_keeps_the_account_and_subscription_selected(panel, qtbot):
    show(panel, qtbot, SAKURA)
    view = panel.account_view
    rows = all_rows(view.subs_model)
    target = rows[-1]
    select(panel, qtbot, target)
    panel.refresh()
    wait_idle(panel.ctx, qtbot)
    assert view.account is not None and view.account.id == SAKURA
    assert view.current_subscription() is not None
    assert view.current_subscription().id == target.id  # type: ignore[union-attr]


def test_only_revoked_access_counts_as_deauthorized(demo_sandbox):
    from services.connect.accounts import check_unlisted
    from services.gateway import StripeGateway

    gateway = StripeGateway(demo_sandbox.api_key, demo_sandbox.url)
    assert check_unlisted(gateway, [OLD_TOWN, RIVERA, "not-an-account"]) == {
        OLD_TOWN: "deauthorized",
        RIVERA: "connected",
    }
    # A restricted key without the Accounts permission proves nothing about the account.
    key = "rk_test_ConnectNoAccounts000000000"
    demo_sandbox.register_key(key, permissions={"customers": "read"})
    limited = StripeGateway(key, demo_sandbox.url)
    assert check_unlisted(limited, [OLD_TOWN]) == {OLD_TOWN: "unlisted"}
