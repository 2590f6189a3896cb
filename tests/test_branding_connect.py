"""Whose branding customers see (Stripe's Connect rule) and who may change it.

The rule is checked three ways: the helper's answer for each charge type, the hosted portal
page the sandbox serves for a session set up that way, and the cache reads the panel uses
(charge mix, configurations, sample plans) against a real sync of the demo seed.
"""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stripe

from services.branding import remote, repository
from services.branding.connect import ChargeType, editability, whose_branding
from services.branding.model import PLATFORM, BrandAccount
from services.cache import Cache
from services.gateway import StripeGateway
from services.sandbox.server import SandboxServer
from services.sync import FullSync, RateLimiter
from tests.conftest import make_client

NORDLICHT = "acct_1NordlichtDesign0"
RIVERA = "acct_1RiveraYogaStudio"
SAKURA = "acct_1SakuraTeaHouse00"


@pytest.fixture(scope="module")
def demo() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="demo", customers=60).start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def synced(demo: SandboxServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    cache = Cache.open(Path(tmp_path_factory.mktemp("branding")) / "cache.sqlite3")
    FullSync(make_client(demo), cache, limiter=RateLimiter.unlimited(), workers=4).run()
    try:
        yield cache
    finally:
        cache.close()


@pytest.mark.parametrize(
    ("charge", "branding", "configuration"),
    [
        (ChargeType.DIRECT, NORDLICHT, NORDLICHT),
        (ChargeType.DESTINATION, PLATFORM, PLATFORM),
        (ChargeType.DESTINATION_ON_BEHALF_OF, NORDLICHT, PLATFORM),
    ],
)
def test_whose_branding_per_charge_type(
    charge: ChargeType, branding: str, configuration: str
) -> None:
    source = whose_branding(charge, NORDLICHT, "Nordlicht Design")
    assert source.branding_account == branding
    assert source.configuration_account == configuration
    assert source.uses_connected_branding is (branding != PLATFORM)
    assert "Nordlicht Design" in source.reason.message
    assert whose_branding(charge.value, NORDLICHT).branding_account == branding
    with pytest.raises(ValueError):
        whose_branding(charge, "")


def _business_on_page(url: str) -> str:
    html = urllib.request.urlopen(url, timeout=10).read().decode()
    found = re.search(r'<div class="business">(.*?)</div>', html, re.S)
    assert found, html[:500]
    return re.sub(r"<[^>]+>", " ", found.group(1)).replace("Test mode", "").strip()


def _first(items: Any, **match: Any) -> Any:
    for item in items:
        if all(item.get(k) == v for k, v in match.items()):
            return item
    raise AssertionError(f"nothing matches {match}")


@pytest.mark.parametrize("charge", list(ChargeType))
def test_the_sandboxs_hosted_portal_follows_the_same_rule(
    demo: SandboxServer, charge: ChargeType
) -> None:
    """A portal session set up the way each charge type needs shows the branding the
    helper predicts."""
    client = make_client(demo)
    names = {PLATFORM: "Counterfoil Demo Co.", NORDLICHT: "Nordlicht Design"}
    if charge is ChargeType.DIRECT:
        customer = client.v1.customers.list({"limit": 1}, {"stripe_account": NORDLICHT}).data[0]
        session = client.v1.billing_portal.sessions.create(
            {"customer": customer.id}, {"stripe_account": NORDLICHT}
        )
    else:
        subs = _all(client, "/v1/subscriptions", status="all")
        sub = _first(
            (s for s in subs if (s.get("transfer_data") or {}).get("destination") == NORDLICHT),
            on_behalf_of=NORDLICHT if charge is ChargeType.DESTINATION_ON_BEHALF_OF else None,
        )
        params: dict[str, Any] = {"customer": sub["customer"]}
        if charge is ChargeType.DESTINATION_ON_BEHALF_OF:
            params["on_behalf_of"] = NORDLICHT
        session = client.v1.billing_portal.sessions.create(params)
    expected = names[whose_branding(charge, NORDLICHT).branding_account]
    assert _business_on_page(session.url) == expected


def _all(client: stripe.StripeClient, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every object of a list, page by page."""
    out: list[dict[str, Any]] = []
    while True:
        page = client.raw_request("get", path, limit=100, **params).data
        out += page["data"]
        if not page["has_more"]:
            return out
        params["starting_after"] = page["data"][-1]["id"]


def _accounts(demo: SandboxServer) -> dict[str, BrandAccount]:
    client = make_client(demo)
    listed = client.raw_request("get", "/v1/accounts", limit=100).data["data"]
    out = {a["id"]: BrandAccount.from_stripe(a) for a in listed}
    platform = client.raw_request("get", "/v1/account").data
    out[PLATFORM] = BrandAccount.from_stripe(platform, is_platform=True)
    return out


def test_editability_matches_what_the_api_allows(demo: SandboxServer) -> None:
    accounts = _accounts(demo)
    assert {k: editability(a).saveable for k, a in accounts.items()} == {
        PLATFORM: False,  # the platform's own account: Dashboard only
        RIVERA: False,  # full Stripe Dashboard: manages its own branding
        NORDLICHT: True,  # Express: the platform controls it
        SAKURA: True,  # no Stripe Dashboard
    }
    assert "Dashboard" in editability(accounts[PLATFORM]).reason.message
    assert editability(accounts[RIVERA]).where_url
    gateway = StripeGateway(demo.api_key, demo.url)
    for key, account in accounts.items():
        # Re-saving the current colour changes nothing but proves the permission.
        current = account.branding.primary_color or "#635bff"
        try:
            remote.save_branding(gateway, account.id, {"primary_color": current})
            allowed = True
        except (stripe.PermissionError, stripe.InvalidRequestError):
            allowed = False
        assert allowed is editability(account).saveable, key


def test_charge_mix_matches_the_subscriptions(demo: SandboxServer, synced: Cache) -> None:
    client = make_client(demo)
    mix = repository.charge_mix(synced.connect())
    live = ("canceled", "incomplete_expired")
    platform_subs = [
        s for s in _all(client, "/v1/subscriptions", status="all") if s["status"] not in live
    ]
    for account in (NORDLICHT, RIVERA, SAKURA):
        direct = [
            s
            for s in _all(client, "/v1/subscriptions", status="all", stripe_account=account)
            if s["status"] not in live
        ]
        dest = [
            s for s in platform_subs if (s.get("transfer_data") or {}).get("destination") == account
        ]
        got = mix[account]
        assert got.direct == len(direct)
        assert got.destination_on_behalf_of == sum(1 for s in dest if s.get("on_behalf_of"))
        assert got.destination == sum(1 for s in dest if not s.get("on_behalf_of"))
        assert got.total > 0


def test_cache_reads_for_the_preview(synced: Cache) -> None:
    conn = synced.connect()
    accounts = repository.connected_accounts(conn)
    assert [a.name for a in accounts] == [
        "Nordlicht Design",
        "Rivera Yoga Studio",
        "Sakura Tea House",
    ]  # deauthorized one is gone
    assert repository.count_connected(conn) == 3
    assert repository.connected_accounts(conn, offset=1, limit=1)[0].id == RIVERA
    nordlicht = repository.connected_account(conn, NORDLICHT)
    assert nordlicht is not None and nordlicht.branding.icon and nordlicht.dashboard == "express"
    platform_configs = repository.configurations(conn, PLATFORM)
    assert platform_configs[0].name == "Self-service (default)"
    assert {c.name for c in platform_configs} == {
        "Self-service (default)",
        "Plan changes",
        "Legacy portal (2024)",
    }
    assert [c.name for c in repository.configurations(conn, RIVERA)] == [
        "Rivera Yoga Studio portal"
    ]
    plan = repository.sample_plan(conn, NORDLICHT)
    assert plan is not None and plan.currency == "eur" and plan.interval in ("month", "year")
    via = repository.sample_plan(conn, PLATFORM, destination=NORDLICHT)
    assert via is not None and "Nordlicht" in via.product_name
    assert repository.sample_plan(conn, "acct_unknown") is None
