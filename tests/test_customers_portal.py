"""Portal sessions: the parameters of every flow as the sandbox received them, refusals with
Stripe's message and request id, field checks, and an audit trail that never holds the URL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stripe

from services.cache import Cache
from services.customers import audit
from services.customers.portal import (
    LOCALE_CODES,
    LOCALES,
    SESSION_TTL_S,
    PortalRequest,
    build_params,
    create_session,
    validate,
)
from services.errors import describe
from services.logging_setup import configure_logging
from services.sandbox.server import SandboxServer
from tests.test_customers_world import World, build_world


@pytest.fixture(scope="module")
def srv() -> Iterator[SandboxServer]:
    server = SandboxServer(seed="empty").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def world(srv: SandboxServer) -> World:
    return build_world(srv)


def at_sandbox(srv: SandboxServer, session_id: str, account: str = "") -> dict[str, Any]:
    """The session as the sandbox stored it."""
    obj = srv.state.get(session_id, account)
    assert obj is not None and obj["object"] == "billing_portal.session"
    return obj


def test_locales_are_the_forty_of_the_overview_plus_auto() -> None:
    sdk = stripe.params.billing_portal.SessionCreateParams.__annotations__["locale"]
    codes = [c for c, _ in LOCALES]
    assert codes[0] == "auto" and len(codes) == 41 == len(LOCALE_CODES)
    for code in codes:
        assert f"'{code}'" in str(sdk), code  # every one is a locale the API accepts


def test_home_page_with_locale_return_url_and_configuration(srv: SandboxServer, world: World):
    req = PortalRequest(
        customer=world.customers["card"],
        configuration=world.configs["price_only"],
        locale="fr-CA",
        return_url="https://example.com/back",
    )
    session = create_session(world.gateway, req)
    stored = at_sandbox(srv, session.id)
    assert stored["configuration"] == world.configs["price_only"]
    assert stored["locale"] == "fr-CA" and stored["return_url"] == "https://example.com/back"
    assert stored["flow"] is None and stored["customer"] == world.customers["card"]
    assert session.url.startswith(srv.url + "/p/session/")
    assert session.url not in repr(session)  # the URL is never in a repr (logs, tracebacks)
    assert 0 < session.seconds_left() <= SESSION_TTL_S


def test_default_configuration_and_auto_locale_send_nothing(srv: SandboxServer, world: World):
    req = PortalRequest(customer=world.customers["card"])
    assert build_params(req) == {"customer": world.customers["card"]}
    stored = at_sandbox(srv, create_session(world.gateway, req).id)
    assert stored["configuration"] == world.configs["full"]  # the account's default
    assert stored["locale"] is None
    assert stored["return_url"] == "https://example.com/account"  # the configuration's


def test_payment_method_update_with_redirect(srv: SandboxServer, world: World) -> None:
    req = PortalRequest(
        customer=world.customers["card"],
        flow="payment_method_update",
        after_completion="redirect",
        redirect_url="https://example.com/thanks",
    )
    flow = at_sandbox(srv, create_session(world.gateway, req).id)["flow"]
    assert flow["type"] == "payment_method_update"
    assert flow["after_completion"] == {
        "type": "redirect",
        "redirect": {"return_url": "https://example.com/thanks"},
        "hosted_confirmation": None,
    }


def test_cancel_with_retention_coupon_and_confirmation(srv: SandboxServer, world: World) -> None:
    req = PortalRequest(
        customer=world.customers["card"],
        flow="subscription_cancel",
        subscription=world.subs["baseline"],
        retention_coupon=world.coupon,
        after_completion="hosted_confirmation",
        confirmation_message="Sorry to see you go.",
    )
    flow = at_sandbox(srv, create_session(world.gateway, req).id)["flow"]
    assert flow["subscription_cancel"] == {
        "subscription": world.subs["baseline"],
        "retention": {"type": "coupon_offer", "coupon_offer": {"coupon": world.coupon}},
    }
    assert flow["after_completion"]["hosted_confirmation"] == {
        "custom_message": "Sorry to see you go."
    }


def test_update_back_to_the_portal_home(srv: SandboxServer, world: World) -> None:
    req = PortalRequest(
        customer=world.customers["card"],
        flow="subscription_update",
        subscription=world.subs["baseline"],
    )
    flow = at_sandbox(srv, create_session(world.gateway, req).id)["flow"]
    assert flow["subscription_update"] == {"subscription": world.subs["baseline"]}
    assert flow["after_completion"]["type"] == "portal_homepage"


def test_update_confirm_with_price_and_quantity(srv: SandboxServer, world: World) -> None:
    sub = world.sub("baseline")
    item = sub["items"]["data"][0]["id"]
    req = PortalRequest(
        customer=world.customers["card"],
        flow="subscription_update_confirm",
        subscription=sub["id"],
        item=item,
        price=world.prices["pro_y"],
        quantity=3,
    )
    flow = at_sandbox(srv, create_session(world.gateway, req).id)["flow"]
    assert flow["subscription_update_confirm"]["items"] == [
        {"id": item, "price": world.prices["pro_y"], "quantity": 3}
    ]


def test_on_behalf_of_and_connected_accounts(srv: SandboxServer, world: World) -> None:
    req = PortalRequest(customer=world.customers["card"], on_behalf_of=world.account)
    assert at_sandbox(srv, create_session(world.gateway, req).id)["on_behalf_of"] == world.account
    # A customer of the connected account: the session is created on that account.
    req = PortalRequest(
        customer=world.customers["connected"],
        account=world.account,
        flow="subscription_cancel",
        subscription=world.subs["connected"],
    )
    session = create_session(world.gateway, req)
    stored = at_sandbox(srv, session.id, world.account)
    assert stored["configuration"] == world.configs["connected"]
    assert validate(PortalRequest(customer="cus_x", account=world.account, on_behalf_of="a"))


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"configuration": "inactive"}, "is not active"),
        ({"configuration": "bpc_gone"}, "No such billing_portal.configuration"),
        ({"customer": "cus_NotThere01"}, "No such customer"),
        (
            {"flow": "subscription_update", "subscription": "several_products"},
            "several items",
        ),
    ],
)
def test_refusals_come_back_with_message_and_request_id(
    world: World, change: dict[str, str], needle: str
) -> None:
    req = PortalRequest(customer=world.customers["card"])
    for key, value in change.items():
        if key == "configuration":
            value = world.configs.get(value, value)
        if key == "subscription":
            value = world.subs[value]
        setattr(req, key, value)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        create_session(world.gateway, req)
    error = describe(exc.value)
    assert needle in error.message
    assert error.request_id and error.request_id.startswith("req_")


def test_field_checks_before_sending() -> None:
    fields = lambda req: sorted(p.field for p in validate(req))  # noqa: E731
    ok = PortalRequest(customer="cus_1", return_url="https://example.com")
    assert validate(ok) == []
    assert fields(PortalRequest(customer="c", return_url="example.com")) == ["return_url"]
    assert fields(PortalRequest(customer="c", locale="xx")) == ["locale"]
    assert fields(PortalRequest(customer="c", flow="subscription_cancel")) == ["subscription"]
    redirect = PortalRequest(
        customer="c", flow="payment_method_update", after_completion="redirect"
    )
    assert fields(redirect) == ["redirect_url"]
    confirm = PortalRequest(
        customer="c", flow="subscription_update_confirm", subscription="s", item="si"
    )
    assert fields(confirm) == ["price"]
    confirm.quantity = 0
    assert fields(confirm) == ["quantity"]
    long = PortalRequest(
        customer="c",
        flow="payment_method_update",
        after_completion="hosted_confirmation",
        confirmation_message="x" * 501,
    )
    assert fields(long) == ["confirmation_message"]


def test_audit_trail_and_log_never_hold_the_url(
    srv: SandboxServer, world: World, tmp_path: Path
) -> None:
    # The app's own logging, at its most verbose: the SDK logs response bodies at DEBUG.
    handler = configure_logging(tmp_path / "logs", logging.DEBUG)
    path = tmp_path / "cache.sqlite3"
    req = PortalRequest(
        customer=world.customers["card"],
        flow="subscription_cancel",
        subscription=world.subs["baseline"],
        locale="de",
    )
    session = create_session(world.gateway, req)
    token = session.url.rsplit("/", 1)[-1]
    with Cache.open(path) as cache:
        conn = cache.connect()
        audit.record(conn, audit.entry_for(session, req, profile="p1", livemode=False, now=100))
        [entry] = audit.entries(conn, customer=world.customers["card"])
    assert entry.flow == "subscription_cancel" and entry.subscription == world.subs["baseline"]
    assert entry.session_id == session.id and entry.actor and entry.created_at == 100
    assert entry.configuration == world.configs["full"] and entry.locale == "de"
    handler.flush()
    logging.getLogger().removeHandler(handler)
    handler.close()
    log_text = (tmp_path / "logs" / "counterfoil.log").read_text(encoding="utf-8")
    assert "billing_portal/sessions" in log_text  # the request was logged…
    assert "[portal session URL redacted]" in log_text  # …and its URL scrubbed
    for file in [*tmp_path.iterdir(), *(tmp_path / "logs").iterdir()]:
        if file.is_file():
            assert token.encode() not in file.read_bytes(), file
