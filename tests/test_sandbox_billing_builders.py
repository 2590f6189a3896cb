"""The billing builders the seed generator uses, checked through the real stripe SDK afterwards."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import stripe

from services.sandbox.resources.billing import (
    new_invoice_for,
    new_payment_method,
    new_subscription,
    store_payment_method,
    store_subscription,
)
from services.sandbox.resources.catalog import new_price, new_product
from services.sandbox.resources.customers import new_customer
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.sandbox_billing_support import seed_request

DAY = 86400


@pytest.fixture
def seeded() -> Iterator[tuple[SandboxServer, dict[str, list[str]]]]:
    """A server filled by the builders *before* it starts (as ``load_seed`` does)."""
    srv = SandboxServer(seed="empty")
    req = seed_request(srv)
    store = srv.state
    now = int(time.time())
    product = store.add(new_product(req, {"name": "Seeded"}))
    price = store.add(
        new_price(
            req,
            {
                "product": product["id"],
                "currency": "eur",
                "unit_amount": 1200,
                "recurring": {"interval": "month"},
            },
        )
    )
    customers = [new_customer(req, {"email": f"c{n}@example.com"}) for n in range(3)]
    for c in customers:
        c["created"] = now - 400 * DAY
    store.add_many(customers, "", "customer")
    pm = new_payment_method(req, {"type": "card", "card": {"token": "tok_visa"}})
    pm["customer"] = customers[0]["id"]
    store_payment_method(req, pm)
    subs, invoices = [], []
    # Bulk path: dicts built, then add_many (no per-object index bookkeeping).
    for n in range(6):
        sub = new_subscription(
            req,
            customers[n % 3]["id"],
            [(price, 1 + n % 2)],
            created=now - (200 - n) * DAY,
            status="canceled" if n == 5 else None,
        )
        inv = new_invoice_for(req, sub, created=sub["created"])
        sub["latest_invoice"] = inv["id"]
        subs.append(sub)
        invoices.append(inv)
    store.add_many(subs, "", "subscription")
    store.add_many(invoices, "", "invoice")
    # API-like path for one more.
    trial = new_subscription(
        req, customers[1]["id"], [(price, 1)], trial_end=now + 10 * DAY, metadata={"seed": "yes"}
    )
    store_subscription(req, trial, new_invoice_for(req, trial))
    srv.start()
    try:
        yield (
            srv,
            {
                "subs": [s["id"] for s in subs] + [trial["id"]],
                "invoices": [i["id"] for i in invoices],
                "customers": [c["id"] for c in customers],
                "items": [s["items"]["data"][0]["id"] for s in subs],
            },
        )
    finally:
        srv.stop()


def test_seeded_subscriptions_are_served(
    seeded: tuple[SandboxServer, dict[str, list[str]]],
) -> None:
    srv, ids = seeded
    client = make_client(srv)
    subs = client.v1.subscriptions.list({"status": "all", "limit": 100}).data
    assert [s.id for s in subs] == list(reversed(ids["subs"]))
    first = client.v1.subscriptions.retrieve(ids["subs"][0], {"expand": ["latest_invoice"]})
    assert first.status == "active" and first.currency == "eur"
    item = first["items"].data[0]
    assert item.current_period_start <= time.time() < item.current_period_end
    assert 27 * DAY <= item.current_period_end - item.current_period_start <= 31 * DAY
    assert item.plan.amount == 1200
    invoice = first.latest_invoice
    assert isinstance(invoice, stripe.Invoice)
    assert invoice.status == "paid" and invoice.total == 1200
    assert invoice.hosted_invoice_url == f"{srv.url}/i/{invoice.id}"
    assert invoice.number is not None and invoice.number.endswith("-0001")
    trial = client.v1.subscriptions.retrieve(ids["subs"][-1])
    assert trial.status == "trialing" and trial.metadata.to_dict() == {"seed": "yes"}
    canceled = client.v1.subscriptions.retrieve(ids["subs"][5])
    assert canceled.status == "canceled" and canceled.ended_at is not None


def test_seeded_indexes_rebuild_lazily(seeded: tuple[SandboxServer, dict[str, list[str]]]) -> None:
    srv, ids = seeded
    client = make_client(srv)
    c0, c1 = ids["customers"][0], ids["customers"][1]
    by_customer = client.v1.subscriptions.list({"customer": c1, "status": "all"}).data
    assert [s.id for s in by_customer] == [ids["subs"][6], ids["subs"][4], ids["subs"][1]]
    assert [i.id for i in client.v1.invoices.list({"subscription": ids["subs"][2]}).data] == [
        ids["invoices"][2]
    ]
    assert len(client.v1.invoices.list({"customer": c0}).data) == 2
    item = client.v1.subscription_items.retrieve(ids["items"][3])
    assert item.subscription == ids["subs"][3] and item.quantity == 2
    pms = client.v1.customers.payment_methods.list(c0).data
    assert len(pms) == 1 and pms[0].card is not None and pms[0].card.last4 == "4242"
    # A later API write keeps the indexes consistent with the bulk-loaded data.
    price = client.v1.subscriptions.retrieve(ids["subs"][0])["items"].data[0].price.id
    new = client.v1.subscriptions.create({"customer": c1, "items": [{"price": price}]})
    again = client.v1.subscriptions.list({"customer": c1}).data
    assert [s.id for s in again] == [new.id, ids["subs"][6], ids["subs"][4], ids["subs"][1]]
    # The API-created subscription on a seeded customer continues its invoice numbering.
    invoice = client.v1.invoices.retrieve(str(new.latest_invoice))
    assert invoice.number is not None and invoice.number.endswith("-0004")  # 3 seeded before
