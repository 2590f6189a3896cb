"""Writes whose answer is lost after Stripe applied them never apply twice.

The sandbox's ``faults.drop_after_next`` / ``faults.drop_after_rate`` knobs handle a write
(POST/DELETE) completely -- the change is made and recorded under its idempotency key --
and then drop the connection instead of answering: the client cannot know whether the
change happened. ``srv.app.applied_writes`` lists every write that reached its handler
(idempotent replays do not), which is what "applied once" is checked against, together
with the objects themselves (one configuration, one customer, one subscription).

For every write path of the panels, through the real service functions and a
``StripeGateway`` configured as the app configures it (2 network retries):

- **one answer lost:** the SDK retries with the same idempotency key, Stripe replays the
  first answer, the call succeeds, and the change was applied once;
- **every answer lost** (the connection keeps dying after the write): the call fails
  with a connection error, then the app's retry -- the same idempotency key, as the panel
  keeps it for the same attempt -- gets Stripe's replay: still applied once.

Paths: portal configuration create, save (update) and deactivate; pause and resume
collection (a batch); the Connect wizard's subscription creation, destination (customer
and subscription on the platform) and direct (both on the connected account, through
``Stripe-Account``); changing a Connect subscription's fee and cancelling it; a customer
portal session; and a branding save. The panels' own retries are covered too: the
paused-collections batch dialog's *Retry failed* and the portal-configuration panel's
Save pressed again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import stripe

from services.connect import operations
from services.connect.kinds import Kind
from services.connect.wizard import NewCustomer, SubscriptionDraft, attempt_keys
from services.customers.portal import PortalRequest, create_session
from services.gateway import StripeGateway
from services.paused.actions import RESUME, Target, run_batch, validate_pause
from services.portal_config import api
from services.portal_config.document import dashboard_defaults, from_object
from services.sandbox.server import SandboxServer
from tests.conftest import make_client

RIVERA = "acct_1RiveraYogaStudio"  # a connected account with the full Dashboard
SAKURA = "acct_1SakuraTeaHouse00"  # a connected account without a Dashboard (custom)


@pytest.fixture(scope="module")
def srv() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="demo", customers=300).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def gateway(srv: SandboxServer) -> StripeGateway:
    srv.faults.drop_after_next = 0
    srv.faults.drop_after_rate = 0.0
    return StripeGateway(srv.api_key, srv.url)  # the app's 2 network retries


@contextmanager
def answers_lost(srv: SandboxServer, *, every: bool = False) -> Iterator[None]:
    """Lose the answer to the next write (``every``: to every write) after applying it."""
    if every:
        srv.faults.drop_after_rate = 1.0
    else:
        srv.faults.drop_after_next = 1
    try:
        yield
    finally:
        srv.faults.drop_after_rate = 0.0
        srv.faults.drop_after_next = 0


def applied(srv: SandboxServer, path: str, verb: str = "post", account: str = "") -> int:
    """How many writes of ``verb path`` (as ``account``) reached the sandbox's handler."""
    return sum(1 for w in srv.app.applied_writes if w == (verb, path, account))


def objects(srv: SandboxServer, kind: str, owner: str = "", **where: Any) -> list[dict[str, Any]]:
    with srv.state.lock:
        return [
            o
            for o in srv.state.iter_newest(owner, kind)
            if all(o.get(k) == v for k, v in where.items())
        ]


def a_subscription(srv: SandboxServer, owner: str = "") -> dict[str, Any]:
    """An active, unpaused subscription nobody else in this module uses."""
    taken: set[str] = srv.app.store.extra.setdefault("reliability_taken", set())
    for sub in objects(srv, "subscription", owner, status="active"):
        if sub.get("pause_collection") is None and sub["id"] not in taken:
            taken.add(sub["id"])
            return sub
    raise AssertionError("no free active subscription in the seed")


def a_recurring_price(srv: SandboxServer, owner: str) -> str:
    for price in objects(srv, "price", owner, active=True):
        if price.get("recurring") and (price.get("recurring") or {}).get("usage_type") != "metered":
            return str(price["id"])
    raise AssertionError(f"no recurring price for {owner or 'the platform'}")


# -- portal configurations -------------------------------------------------------------------
@pytest.mark.parametrize("every", [False, True], ids=["one-answer-lost", "every-answer-lost"])
def test_portal_configuration_create(srv: SandboxServer, gateway: StripeGateway, every: bool):
    name = f"Idempotent create {every}"
    doc = dashboard_defaults() | {"name": name}
    key = api.new_idempotency_key()
    path = "/v1/billing_portal/configurations"
    before = applied(srv, path)
    with answers_lost(srv, every=every):
        if every:
            with pytest.raises(stripe.APIConnectionError):
                api.create(gateway.client, doc, idempotency_key=key)
        else:
            api.create(gateway.client, doc, idempotency_key=key)
    if every:  # the app's retry of the same attempt
        api.create(gateway.client, doc, idempotency_key=key)
    assert applied(srv, path) - before == 1
    assert len(objects(srv, "billing_portal.configuration", name=name)) == 1


@pytest.mark.parametrize("every", [False, True], ids=["one-answer-lost", "every-answer-lost"])
def test_portal_configuration_save(srv: SandboxServer, gateway: StripeGateway, every: bool):
    created = api.create(gateway.client, dashboard_defaults() | {"name": f"Save {every}"})
    doc = from_object(created)
    doc["business_profile"]["headline"] = f"Saved once ({every})"
    key = api.new_idempotency_key()
    path = f"/v1/billing_portal/configurations/{created['id']}"
    with answers_lost(srv, every=every):
        if every:
            with pytest.raises(stripe.APIConnectionError):
                api.save(
                    gateway.client,
                    created["id"],
                    doc,
                    expected_updated=created["updated"],
                    idempotency_key=key,
                )
        else:
            saved = api.save(
                gateway.client,
                created["id"],
                doc,
                expected_updated=created["updated"],
                idempotency_key=key,
            )
            assert from_object(saved) == doc
    if every:
        # Retrying the save (as the panel does, with a key made of the write) finds the
        # change already on Stripe: it is reported saved, with no conflict and no second
        # update.
        again = api.save(gateway.client, created["id"], doc, expected_updated=created["updated"])
        assert from_object(again) == doc
    assert applied(srv, path) == 1
    updates = [
        e
        for e in objects(srv, "event", type="billing_portal.configuration.updated")
        if e["data"]["object"]["id"] == created["id"]
    ]
    assert len(updates) == 1


def test_portal_configuration_deactivate(srv: SandboxServer, gateway: StripeGateway):
    created = api.create(gateway.client, dashboard_defaults() | {"name": "Deactivate once"})
    with answers_lost(srv):
        result = api.set_active(gateway.client, created["id"], False)
    assert result["active"] is False
    assert applied(srv, f"/v1/billing_portal/configurations/{created['id']}") == 1


# -- pause and resume collection --------------------------------------------------------------
@pytest.mark.parametrize("every", [False, True], ids=["one-answer-lost", "every-answer-lost"])
def test_pause_then_resume_collection(srv: SandboxServer, gateway: StripeGateway, every: bool):
    sub = a_subscription(srv)
    path = f"/v1/subscriptions/{sub['id']}"
    now = srv.state.now()
    pause = validate_pause("keep_as_draft", now + 30 * 86400, now=now)
    target = Target(sub["id"], "", "someone", "active", None, paused=False)
    for change, tgt in ((pause, target), (RESUME, Target(sub["id"], "", "someone", "active"))):
        before = applied(srv, path)
        with answers_lost(srv, every=every):
            first = run_batch(gateway, [tgt], change, batch_id=f"b-{every}-{change.action}")
        if every:
            assert first.items[0].outcome == "failed"
            assert "reach Stripe" in first.items[0].message
            # Sending the same batch again (same batch id: same idempotency keys).
            again = run_batch(gateway, [tgt], change, batch_id=f"b-{every}-{change.action}")
            assert again.items[0].outcome == "done"
        else:
            assert first.items[0].outcome == "done"
        assert applied(srv, path) - before == 1
    current = srv.state.get(sub["id"])
    assert current is not None and current.get("pause_collection") is None


def test_retrying_failed_items_the_way_the_batch_dialog_does(
    srv: SandboxServer, gateway: StripeGateway
):
    sub = a_subscription(srv)
    now = srv.state.now()
    pause = validate_pause("void", now + 10 * 86400, now=now)
    target = Target(sub["id"], "", "someone", "active", None, paused=False)
    with answers_lost(srv, every=True):
        first = run_batch(gateway, [target], pause)
    assert first.items[0].outcome == "failed"
    assert first.items[0].retry_key == first.items[0].idempotency_key  # answer lost: reuse
    failed, keys = first.retry_plan()  # what BatchDialog.retry_failed() does
    assert failed == [target]
    second = run_batch(gateway, failed, pause, keys=keys)  # a new batch id, the same key
    assert second.items[0].outcome == "done"
    assert applied(srv, f"/v1/subscriptions/{sub['id']}") == 1


def test_a_refused_item_is_retried_with_a_new_key(srv: SandboxServer, gateway: StripeGateway):
    """Stripe keeps a refusal under its key; a retry must not be handed the same refusal."""
    now = srv.state.now()
    pause = validate_pause("void", now + 10 * 86400, now=now)
    target = Target("sub_doesnotexist000", "", "nobody", "active", None, paused=False)
    first = run_batch(gateway, [target], pause)
    item = first.items[0]
    assert item.outcome == "failed" and item.answered and item.request_id
    assert item.retry_key is None
    failed, keys = first.retry_plan()
    assert failed == [target] and keys == {}


# -- Connect: the create-subscription wizard --------------------------------------------------
@pytest.mark.parametrize("kind", [Kind.DESTINATION, Kind.DIRECT])
@pytest.mark.parametrize("every", [False, True], ids=["one-answer-lost", "every-answer-lost"])
def test_wizard_creates_one_customer_and_one_subscription(
    srv: SandboxServer, gateway: StripeGateway, kind: Kind, every: bool
):
    owner = RIVERA if kind is Kind.DIRECT else ""
    email = f"wizard-{kind}-{every}@example.com"
    draft = SubscriptionDraft(
        account_id=RIVERA,
        kind=kind,
        new_customer=NewCustomer("Retry Person", email),
        price_id=a_recurring_price(srv, owner),
        fee_text="10",
    )
    keys = attempt_keys(draft, None)
    customers_before = applied(srv, "/v1/customers", account=owner)
    subs_before = applied(srv, "/v1/subscriptions", account=owner)
    with answers_lost(srv, every=every):
        if every:
            with pytest.raises(stripe.APIConnectionError):
                operations.create_subscription(gateway, None, draft, keys)
        else:
            srv.faults.drop_after_next = 2  # the customer's answer is lost twice
            outcome = operations.create_subscription(gateway, None, draft, keys)
    if every:
        # The wizard's "Try again": same draft, so attempt_keys hands back the same keys.
        retry_keys = attempt_keys(draft, keys)
        assert retry_keys is keys
        outcome = operations.create_subscription(gateway, None, draft, retry_keys)
    customers = objects(srv, "customer", owner, email=email)
    assert [c["id"] for c in customers] == [outcome.customer_id]
    subs = objects(srv, "subscription", owner, customer=outcome.customer_id)
    assert [s["id"] for s in subs] == [outcome.subscription_id]
    assert applied(srv, "/v1/customers", account=owner) - customers_before == 1
    assert applied(srv, "/v1/subscriptions", account=owner) - subs_before == 1


# -- Connect: fee change and cancel -----------------------------------------------------------
def _connect_row(srv: SandboxServer, gateway: StripeGateway) -> Any:
    """A direct subscription the platform created on the connected account, as a row."""
    from services.connect.subscriptions import SubscriptionRow

    draft = SubscriptionDraft(
        account_id=RIVERA,
        kind=Kind.DIRECT,
        new_customer=NewCustomer("Row Person", f"row-{len(srv.app.applied_writes)}@x.com"),
        price_id=a_recurring_price(srv, RIVERA),
        fee_text="5",
    )
    outcome = operations.create_subscription(gateway, None, draft, attempt_keys(draft, None))
    return SubscriptionRow(
        kind=Kind.DIRECT, rid=0, id=outcome.subscription_id, owner=RIVERA, status="active"
    )


def test_connect_fee_change_and_cancel(srv: SandboxServer, gateway: StripeGateway):
    from decimal import Decimal

    row = _connect_row(srv, gateway)
    path = f"/v1/subscriptions/{row.id}"
    with answers_lost(srv):
        operations.change_fee(gateway, None, row, Decimal("7.5"))
    assert applied(srv, path, account=RIVERA) == 1
    with answers_lost(srv, every=True), pytest.raises(stripe.APIConnectionError):
        operations.cancel(gateway, None, row)
    # Cancelling again (the dialog's retry) uses the subscription's one cancel key.
    cancelled = operations.cancel(gateway, None, row)
    assert cancelled["status"] == "canceled"
    assert applied(srv, path, "delete", account=RIVERA) == 1


# -- customer portal sessions and branding ----------------------------------------------------
def test_portal_session_and_branding_save(srv: SandboxServer, gateway: StripeGateway):
    from services.branding import remote

    customer = objects(srv, "customer", "")[0]["id"]
    with answers_lost(srv):
        session = create_session(gateway, PortalRequest(customer=customer))
    assert session.url
    assert applied(srv, "/v1/billing_portal/sessions") == 1
    with answers_lost(srv):
        remote.save_branding(
            gateway, SAKURA, {"primary_color": "#123456"}, idempotency_key="cf-branding-once"
        )
    assert applied(srv, f"/v1/accounts/{SAKURA}") == 1


def test_the_knob_really_loses_answers(srv: SandboxServer) -> None:
    """Without retries the client sees the connection die although the write happened."""
    client = make_client(srv, max_network_retries=0)
    before = len(objects(srv, "customer", "", name="Lost answer"))
    with answers_lost(srv), pytest.raises(stripe.APIConnectionError):
        client.v1.customers.create({"name": "Lost answer"})
    assert len(objects(srv, "customer", "", name="Lost answer")) == before + 1


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_creating_a_portal_configuration_again_from_the_panel(
    tmp_path: Any, qtbot: Any, sandbox: SandboxServer
) -> None:
    from PySide6.QtWidgets import QWidget

    from tests.test_portal_config_panel import (
        Confirmer,
        Env,
        Shop,
        make_ctx,
        on_dialog,
        open_panel,
        save_and_review,
    )
    from widgets.portal_configuration.dialogs import ReviewDialog

    confirmer = Confirmer()
    ctx = make_ctx(tmp_path, confirmer)
    try:
        panel, profile = open_panel(ctx, sandbox, qtbot)
        assert panel.new_configuration() is not None
        qtbot.keyClicks(panel.editor.name_edit, "Created once")
        with answers_lost(sandbox, every=True):
            on_dialog(ReviewDialog, lambda d: d.save_button.click())
            panel.save()
            qtbot.waitUntil(panel.error_banner.isVisible, timeout=30_000)
        assert "reach Stripe" in panel.error_banner.message_label.text()
        env = Env(ctx, panel, sandbox, Shop(), {}, {}, {}, confirmer, tmp_path, profile)
        save_and_review(env, qtbot)  # "Save" again, as the person would
        named = objects(sandbox, "billing_portal.configuration", name="Created once")
        assert len(named) == 1, f"{len(named)} configurations were created"
        assert isinstance(panel, QWidget)
    finally:
        ctx.shutdown()
