"""The demo seed has what the app and its demo need, read back through the real SDK.

Customers in many scripts (and formula-like names exports must escape), a catalog in
several intervals, currencies and tax behaviours, subscriptions in every status with
``pause_collection`` in all behaviours and the events that date it, the subscriptions the
portal can only cancel, invoices in every status, payment methods of several types, three
portal configurations, platform branding files and four connected accounts.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from typing import Any

import pytest
import stripe

from services.sandbox.server import SandboxServer
from tests.conftest import make_client

DAY = 86400


def _all(
    client: stripe.StripeClient, path: str, account: str | None = None, **params: Any
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    params["limit"] = 100
    if account:
        params["stripe_account"] = account
    while True:
        page = client.raw_request("get", path, **params).data
        out.extend(page["data"])
        if not page["has_more"]:
            return out
        params["starting_after"] = page["data"][-1]["id"]


@pytest.fixture(scope="module")
def client(demo_sandbox: SandboxServer) -> stripe.StripeClient:
    return make_client(demo_sandbox, max_network_retries=0)


@pytest.fixture(scope="module")
def customers(client: stripe.StripeClient) -> list[dict[str, Any]]:
    return _all(client, "/v1/customers")


@pytest.fixture(scope="module")
def subscriptions(client: stripe.StripeClient) -> list[dict[str, Any]]:
    return _all(client, "/v1/subscriptions", status="all")


@pytest.fixture(scope="module")
def prices(client: stripe.StripeClient) -> list[dict[str, Any]]:
    return _all(client, "/v1/prices")


# -- customers --------------------------------------------------------------------
def test_about_two_thousand_customers_newest_first(customers: list[dict[str, Any]]) -> None:
    assert 1_950 <= len(customers) <= 2_100
    created = [c["created"] for c in customers]
    assert created == sorted(created, reverse=True)
    now = time.time()
    assert now - created[-1] > 600 * DAY  # spread over about two years
    assert now - created[-1] < 800 * DAY
    assert len({c["id"] for c in customers}) == len(customers)


def _script(text: str) -> set[str]:
    names = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            names.add(name.split(" ")[0])
    return names


def test_customer_names_in_many_scripts(customers: list[dict[str, Any]]) -> None:
    scripts: set[str] = set()
    for c in customers:
        scripts |= _script(c.get("name") or "")
    assert {
        "LATIN",
        "CJK",
        "HIRAGANA",
        "ARABIC",
        "CYRILLIC",
        "GREEK",
        "DEVANAGARI",
        "HANGUL",
    } <= scripts


def test_formula_like_names_are_present(customers: list[dict[str, Any]]) -> None:
    firsts = Counter((c.get("name") or " ")[0] for c in customers)
    for ch in "=+-@":
        assert firsts[ch] >= 1, ch


def test_customer_details(customers: list[dict[str, Any]]) -> None:
    emails = [c["email"] for c in customers if c.get("email")]
    assert len(emails) >= 0.95 * len(customers)
    assert all(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]+", e) for e in emails)
    phones = [c["phone"] for c in customers if c.get("phone")]
    assert len(phones) > len(customers) // 2
    assert all(p.startswith("+") for p in phones)
    countries = {(c.get("address") or {}).get("country") for c in customers} - {None}
    assert {"US", "GB", "DE", "FR", "JP", "CN", "IN", "AE", "GR", "BG", "BR"} <= countries
    assert sum(1 for c in customers if c["metadata"]) > len(customers) // 5
    assert sum(1 for c in customers if c.get("description")) > 50
    assert any(c["tax_exempt"] in ("exempt", "reverse") for c in customers)
    assert any(c["delinquent"] for c in customers)


def test_some_customers_have_tax_ids(
    client: stripe.StripeClient, customers: list[dict[str, Any]]
) -> None:
    found = 0
    for c in customers[:300]:
        found += len(client.v1.customers.tax_ids.list(c["id"]).data)
    assert found >= 5


# -- catalog ------------------------------------------------------------------------
def test_prices_cover_intervals_currencies_and_tax_behaviours(prices: list[dict[str, Any]]) -> None:
    intervals = {
        (p["recurring"]["interval"], p["recurring"]["interval_count"])
        for p in prices
        if p["recurring"]
    }
    assert {("month", 1), ("year", 1), ("week", 1), ("month", 3)} <= intervals
    assert {"usd", "eur", "gbp", "jpy"} <= {p["currency"] for p in prices}
    assert {"inclusive", "exclusive", "unspecified"} <= {p["tax_behavior"] for p in prices}
    keys = [p["lookup_key"] for p in prices if p["lookup_key"]]
    assert len(keys) == len(set(keys)) >= 25
    assert any(p["recurring"] and p["recurring"]["usage_type"] == "metered" for p in prices)
    assert any(p["type"] == "one_time" for p in prices)
    assert any(not p["active"] for p in prices)


def test_lookup_keys_resolve(client: stripe.StripeClient) -> None:
    found = client.v1.prices.list({"lookup_keys": ["pro_monthly_usd", "starter_monthly_jpy"]})
    assert sorted(p.lookup_key or "" for p in found.data) == [
        "pro_monthly_usd",
        "starter_monthly_jpy",
    ]
    jpy = next(p for p in found.data if p.currency == "jpy")
    assert jpy.unit_amount == 1200  # zero-decimal currency


# -- subscriptions ----------------------------------------------------------------------
STATUSES = (
    "active",
    "trialing",
    "past_due",
    "canceled",
    "unpaid",
    "incomplete",
    "incomplete_expired",
    "paused",
)


def test_every_subscription_status(subscriptions: list[dict[str, Any]]) -> None:
    counts = Counter(s["status"] for s in subscriptions)
    assert set(STATUSES) <= set(counts), counts
    assert all(counts[s] >= 5 for s in STATUSES), counts
    assert counts["active"] > len(subscriptions) // 3


@pytest.mark.parametrize("status", STATUSES)
def test_status_filter(client: stripe.StripeClient, status: str) -> None:
    page = client.v1.subscriptions.list({"status": status, "limit": 100})  # type: ignore[typeddict-item]
    assert page.data and {s.status for s in page.data} == {status}


def test_statuses_have_consistent_dates(subscriptions: list[dict[str, Any]]) -> None:
    now = time.time()
    for s in subscriptions:
        assert s["start_date"] <= now
        if s["status"] == "trialing":
            assert s["trial_end"] > now > s["trial_start"]
        if s["status"] in ("canceled", "incomplete_expired"):
            assert s["ended_at"] is not None and s["created"] <= s["ended_at"] <= now
        if s["status"] == "canceled":
            assert s["canceled_at"] and s["cancellation_details"]["reason"]
        if s["status"] == "incomplete":
            assert now - s["created"] < DAY
        if s["status"] == "paused":
            assert s["trial_end"] < now
            assert s["trial_settings"]["end_behavior"]["missing_payment_method"] == "pause"
        for item in s["items"]["data"]:
            assert item["current_period_start"] < item["current_period_end"]


def test_pause_collection_in_every_behaviour(subscriptions: list[dict[str, Any]]) -> None:
    paused = [s for s in subscriptions if s["pause_collection"]]
    assert len(paused) >= 0.05 * len(subscriptions)
    kinds = {
        (s["pause_collection"]["behavior"], s["pause_collection"]["resumes_at"] is None)
        for s in paused
    }
    assert kinds == {
        (b, r) for b in ("keep_as_draft", "mark_uncollectible", "void") for r in (True, False)
    }
    now = time.time()
    assert all(
        s["pause_collection"]["resumes_at"] is None or s["pause_collection"]["resumes_at"] > now
        for s in paused
    )


def test_paused_since_can_be_derived_from_events(
    client: stripe.StripeClient, subscriptions: list[dict[str, Any]]
) -> None:
    events = _all(client, "/v1/events", type="customer.subscription.updated")
    started: dict[str, int] = {}
    for e in sorted(events, key=lambda e: e["created"]):
        previous = e["data"].get("previous_attributes") or {}
        obj = e["data"]["object"]
        if "pause_collection" not in previous:
            continue
        if previous["pause_collection"] is None and obj["pause_collection"]:
            started[obj["id"]] = e["created"]
        elif obj["pause_collection"] is None:
            started.pop(obj["id"], None)
    paused = {s["id"]: s for s in subscriptions if s["pause_collection"]}
    assert set(paused) <= set(started)
    now = time.time()
    for sid, at in started.items():
        if sid in paused:
            assert paused[sid]["created"] <= at < now
    # Some pauses already ended: paused and resumed, so not paused any more.
    resumed = [
        e
        for e in events
        if e["data"]["object"]["pause_collection"] is None
        and (e["data"].get("previous_attributes") or {}).get("pause_collection")
    ]
    assert resumed


def test_status_paused_has_its_events(client: stripe.StripeClient) -> None:
    events = _all(client, "/v1/events", type="customer.subscription.paused")
    assert events and all(e["data"]["object"]["status"] == "paused" for e in events)


def test_subscriptions_the_portal_can_only_cancel(
    subscriptions: list[dict[str, Any]], prices: list[dict[str, Any]]
) -> None:
    live = [s for s in subscriptions if s["status"] in ("active", "trialing")]
    by_id = {p["id"]: p for p in prices}
    multi = [s for s in live if len({i["price"]["product"] for i in s["items"]["data"]}) > 1]
    metered = [
        s
        for s in live
        if any(i["price"]["recurring"]["usage_type"] == "metered" for i in s["items"]["data"])
    ]
    send_invoice = [s for s in live if s["collection_method"] == "send_invoice"]
    scheduled = [s for s in live if s["schedule"]]
    unspecified = [
        s
        for s in live
        if any(by_id[i["price"]["id"]]["tax_behavior"] == "unspecified" for i in s["items"]["data"])
    ]
    for group in (multi, metered, send_invoice, scheduled, unspecified):
        assert len(group) >= 3
    for s in metered:
        item = next(
            i for i in s["items"]["data"] if i["price"]["recurring"]["usage_type"] == "metered"
        )
        assert item.get("quantity") is None
    assert all(s["days_until_due"] for s in send_invoice)


def test_schedules_are_attached(
    client: stripe.StripeClient, subscriptions: list[dict[str, Any]]
) -> None:
    scheduled = next(s for s in subscriptions if s["schedule"])
    schedule = client.v1.subscription_schedules.retrieve(scheduled["schedule"])
    assert schedule.subscription == scheduled["id"]
    assert schedule.status == "active" and len(schedule.phases) == 2
    statuses = {s.status for s in client.v1.subscription_schedules.list({"limit": 100}).data}
    assert {"active", "not_started", "released", "canceled"} <= statuses


def test_discounts_expand(client: stripe.StripeClient, subscriptions: list[dict[str, Any]]) -> None:
    with_discount = [s for s in subscriptions if s["discounts"]]
    assert len(with_discount) > 20
    sub = client.v1.subscriptions.retrieve(with_discount[0]["id"], {"expand": ["discounts"]})
    discount = sub.discounts[0]
    assert isinstance(discount, stripe.Discount)
    assert discount.source.coupon  # type: ignore[union-attr]


# -- invoices -------------------------------------------------------------------------
@pytest.mark.parametrize("status", ["paid", "open", "draft", "void", "uncollectible"])
def test_invoices_in_every_status(client: stripe.StripeClient, status: str) -> None:
    page = client.v1.invoices.list({"status": status, "limit": 100})  # type: ignore[typeddict-item]
    assert len(page.data) >= 3
    for inv in page.data:
        assert inv.status == status
        assert inv.customer and inv.lines.data
        if status != "draft":
            assert inv.number


def test_past_due_subscriptions_have_an_open_attempted_invoice(
    client: stripe.StripeClient, subscriptions: list[dict[str, Any]]
) -> None:
    past_due = [s for s in subscriptions if s["status"] == "past_due"][:10]
    for s in past_due:
        inv = client.v1.invoices.retrieve(s["latest_invoice"])
        assert inv.status in ("open", "draft", "uncollectible", "void")
        if inv.status == "open" and inv.collection_method == "charge_automatically":
            assert inv.attempted and inv.attempt_count >= 1


def test_invoice_numbers_follow_time(
    client: stripe.StripeClient, customers: list[dict[str, Any]]
) -> None:
    checked = 0
    for c in customers[200:600]:
        invoices = client.v1.invoices.list({"customer": c["id"], "limit": 100}).data
        numbered = [i for i in reversed(invoices) if i.number]
        if len(numbered) < 3:
            continue
        numbers = [i.number for i in numbered]
        assert numbers == sorted(numbers), numbers
        checked += 1
        if checked == 10:
            break
    assert checked == 10


# -- payment methods ------------------------------------------------------------------
def test_payment_methods_of_several_types(
    client: stripe.StripeClient, customers: list[dict[str, Any]]
) -> None:
    pms = _all(client, "/v1/payment_methods")
    kinds = Counter(pm["type"] for pm in pms)
    assert {"card", "sepa_debit", "us_bank_account", "link", "paypal"} <= set(kinds)
    brands = {pm["card"]["brand"] for pm in pms if pm["type"] == "card"}
    assert {"visa", "mastercard", "amex"} <= brands
    owners = {pm["customer"] for pm in pms}
    with_default = [c for c in customers if c["invoice_settings"]["default_payment_method"]]
    assert len(with_default) > len(customers) * 0.8
    for c in with_default[:50]:
        assert c["id"] in owners
        pm = client.v1.customers.payment_methods.retrieve(
            c["id"], c["invoice_settings"]["default_payment_method"]
        )
        assert pm.customer == c["id"]


# -- portal, branding -----------------------------------------------------------------
def test_three_portal_configurations(client: stripe.StripeClient) -> None:
    configs = client.v1.billing_portal.configurations.list().data
    assert len(configs) == 3
    assert [c.is_default for c in configs].count(True) == 1
    default = next(c for c in configs if c.is_default)
    assert default.active and default.name and default.business_profile.headline
    assert default.features.subscription_cancel.enabled
    updating = [c for c in configs if c.features.subscription_update.enabled]
    assert len(updating) == 1 and updating[0].features.subscription_update.products
    assert any(not c.active for c in configs)
    assert any(c.login_page.enabled and c.login_page.url for c in configs)


def test_platform_branding_files(demo_sandbox: SandboxServer, client: stripe.StripeClient) -> None:
    account = client.v1.accounts.retrieve_current()
    branding = account.settings.branding  # type: ignore[union-attr]
    assert branding.primary_color and branding.secondary_color
    assert isinstance(branding.icon, str) and isinstance(branding.logo, str)
    icon = client.v1.files.retrieve(branding.icon)
    logo = client.v1.files.retrieve(branding.logo)
    assert (icon.purpose, icon.type) == ("business_icon", "png")
    assert (logo.purpose, logo.type) == ("business_logo", "png")


# -- Connect ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def accounts(client: stripe.StripeClient) -> list[dict[str, Any]]:
    return _all(client, "/v1/accounts")


def test_connected_accounts_by_dashboard(
    accounts: list[dict[str, Any]], demo_sandbox: SandboxServer
) -> None:
    dashboards = sorted(a["controller"]["stripe_dashboard"]["type"] for a in accounts)
    assert dashboards == ["express", "full", "none"]
    deauthorized = list(demo_sandbox.state.extra["deauthorized"])
    assert len(deauthorized) == 1 and deauthorized[0] not in {a["id"] for a in accounts}


def test_connected_accounts_have_their_own_data(
    client: stripe.StripeClient, accounts: list[dict[str, Any]]
) -> None:
    app_ids: set[Any] = set()
    for acct in accounts:
        aid = acct["id"]
        assert _all(client, "/v1/customers", aid)
        assert _all(client, "/v1/products", aid)
        subs = _all(client, "/v1/subscriptions", aid, status="all")
        assert subs
        app_ids |= {s["application"] for s in subs}
        assert client.v1.billing_portal.configurations.list(options={"stripe_account": aid}).data
    assert "ca_CounterfoilPlatform" in app_ids and None in app_ids


def test_deauthorized_account_is_refused_and_has_its_event(
    client: stripe.StripeClient, demo_sandbox: SandboxServer
) -> None:
    acct = next(iter(demo_sandbox.state.extra["deauthorized"]))
    with pytest.raises(stripe.PermissionError):
        client.v1.customers.list(options={"stripe_account": acct})
    events = client.v1.events.list({"type": "account.application.deauthorized"}).data
    assert [e.account for e in events] == [acct]


def test_destination_charge_subscriptions(
    subscriptions: list[dict[str, Any]], accounts: list[dict[str, Any]]
) -> None:
    dest = [s for s in subscriptions if s["transfer_data"]]
    assert len(dest) >= 20
    assert {s["transfer_data"]["destination"] for s in dest} == {a["id"] for a in accounts}
    assert any(s["on_behalf_of"] for s in dest)
    assert any(s["application_fee_percent"] for s in dest)
    assert any(s["transfer_data"]["amount_percent"] for s in dest)


def test_platform_customer_for_each_connected_account(
    client: stripe.StripeClient, demo_sandbox: SandboxServer, accounts: list[dict[str, Any]]
) -> None:
    ids = [a["id"] for a in accounts] + list(demo_sandbox.state.extra["deauthorized"])
    for aid in ids:
        found = client.v1.customers.search({"query": f"metadata['connected_account']:'{aid}'"})
        assert len(found.data) == 1
        subs = client.v1.subscriptions.list({"customer": found.data[0].id, "status": "all"})
        assert [s.metadata["billing"] for s in subs.data] == ["platform"]


# -- other seeds ----------------------------------------------------------------------
def test_demo_is_deterministic() -> None:
    first, second = (
        SandboxServer(seed="demo", customers=120),
        SandboxServer(seed="demo", customers=120),
    )
    with first, second:
        a = make_client(first).raw_request("get", "/v1/customers", limit=100).data
        b = make_client(second).raw_request("get", "/v1/customers", limit=100).data
        assert [(c["id"], c["name"], c["email"]) for c in a["data"]] == [
            (c["id"], c["name"], c["email"]) for c in b["data"]
        ]
        subs = [
            make_client(s).raw_request("get", "/v1/subscriptions", status="all", limit=100).data
            for s in (first, second)
        ]
        assert [(s["id"], s["status"]) for s in subs[0]["data"]] == [
            (s["id"], s["status"]) for s in subs[1]["data"]
        ]


def test_empty_seed_has_only_the_platform() -> None:
    with SandboxServer(seed="empty") as srv:
        client = make_client(srv)
        assert client.v1.customers.list().data == []
        assert client.v1.accounts.retrieve_current().id.startswith("acct_")


def test_unknown_seed_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown seed"):
        SandboxServer(seed="huge")


def test_large_seed_customers_all_have_subscriptions() -> None:
    started = time.perf_counter()
    srv = SandboxServer(seed="large", customers=20_000)
    assert time.perf_counter() - started < 10
    with srv:
        client = make_client(srv, max_network_retries=0)
        page = client.v1.customers.list({"limit": 100})
        assert len(page.data) == 100 and page.has_more
        c = page.data[0]
        assert c.invoice_settings.default_payment_method is None
        assert c.balance == 0 and c.tax_exempt == "none" and c.email and c.name
        for cust in page.data[::10]:
            subs = client.v1.subscriptions.list({"customer": cust.id, "status": "all"})
            assert len(subs.data) == 1
        subs = _all(client, "/v1/subscriptions", status="all")
        assert len(subs) == 20_000
        paused = [s for s in subs if s["pause_collection"]]
        assert 0.07 < len(paused) / len(subs) < 0.13
        counts = Counter(s["status"] for s in subs)
        assert {"active", "canceled", "trialing", "past_due"} <= set(counts)
        events = _all(client, "/v1/events", type="customer.subscription.updated")
        assert {e["data"]["object"]["id"] for e in events} == {s["id"] for s in paused}
        item = subs[0]["items"]["data"][0]
        fetched = client.v1.subscription_items.retrieve(item["id"])
        assert fetched.price.id == item["price"]["id"]


def test_large_seed_objects_are_not_shared_across_updates() -> None:
    with SandboxServer(seed="large", customers=2_000) as srv:
        client = make_client(srv, max_network_retries=0)
        subs = _all(client, "/v1/subscriptions")
        paused = [s for s in subs if s["pause_collection"]]
        same = [s for s in paused if s["pause_collection"] == paused[0]["pause_collection"]]
        assert len(same) >= 2
        client.v1.subscriptions.update(same[0]["id"], {"pause_collection": ""})
        client.v1.customers.update(subs[0]["customer"], {"metadata": {"k": "v"}})
        assert client.v1.subscriptions.retrieve(same[1]["id"]).pause_collection is not None
        assert client.v1.customers.retrieve(subs[1]["customer"]).metadata.to_dict() == {}
