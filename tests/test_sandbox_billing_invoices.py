"""Sandbox invoices through the real stripe SDK: lists, lifecycle, hosted page, line items."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
import stripe

from services.sandbox.server import SandboxServer
from tests.sandbox_billing_support import (
    check_error,
    event_types,
    events_of,
    make_customer,
    make_price,
    payload,
    subscribe,
)


def fetch_page(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read().decode()


def test_subscription_invoice_shape_and_hosted_page(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient
) -> None:
    customer = make_customer(stripe_client, name="Carla <Ltd>")
    first, second = (
        make_price(stripe_client, 1000, name="Base"),
        make_price(stripe_client, 250, name="Seat"),
    )
    sub = stripe_client.v1.subscriptions.create(
        {
            "customer": customer.id,
            "items": [{"price": first.id}, {"price": second.id, "quantity": 4}],
        }
    )
    assert isinstance(sub.latest_invoice, str)
    invoice = stripe_client.v1.invoices.retrieve(sub.latest_invoice)
    assert invoice.customer == customer.id
    assert invoice.to_dict()["subscription"] == sub.id
    assert invoice.subtotal == invoice.total == 2000
    assert invoice.total_excluding_tax == 2000
    assert invoice.issuer.type == "self"
    assert invoice.lines.total_count == 2  # type: ignore[attr-defined]
    assert [line.amount for line in invoice.lines.data] == [1000, 1000]
    assert invoice.lines.data[1].quantity == 4
    assert invoice.lines.data[1].pricing is not None
    assert invoice.lines.data[1].pricing.price_details is not None
    assert invoice.lines.data[1].pricing.price_details.price == second.id
    assert invoice.hosted_invoice_url == f"{sandbox.url}/i/{invoice.id}"
    assert invoice.invoice_pdf == f"{sandbox.url}/i/{invoice.id}/pdf"
    status, ctype, html = fetch_page(invoice.hosted_invoice_url)
    assert status == 200 and ctype.startswith("text/html")
    assert str(invoice.number) in html and "Carla &lt;Ltd&gt;" in html
    assert "4 × Seat (at $2.50 / month)" in html and "$20.00" in html
    status, _, _ = fetch_page(invoice.invoice_pdf)
    assert status == 200
    status, _, _ = fetch_page(f"{sandbox.url}/i/in_unknown")
    assert status == 404


def test_invoice_lines_list(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client)
    prices = [make_price(stripe_client, 100 * (n + 1), name=f"P{n}") for n in range(3)]
    sub = stripe_client.v1.subscriptions.create(
        {"customer": customer.id, "items": [{"price": p.id} for p in prices]}
    )
    assert isinstance(sub.latest_invoice, str)
    lines = stripe_client.v1.invoices.line_items.list(sub.latest_invoice, {"limit": 2})
    assert [line.amount for line in lines.data] == [100, 200] and lines.has_more
    rest = stripe_client.v1.invoices.line_items.list(
        sub.latest_invoice, {"limit": 2, "starting_after": lines.data[-1].id}
    )
    assert [line.amount for line in rest.data] == [300] and not rest.has_more
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.line_items.list("in_nope")
    check_error(exc, 404, "No such invoice: 'in_nope'", code="resource_missing", param="invoice")


def test_list_filters_and_pagination(stripe_client: stripe.StripeClient) -> None:
    alice = make_customer(stripe_client, name="Alice")
    bob = make_customer(stripe_client, name="Bob", card=None)
    price = make_price(stripe_client)
    s1 = subscribe(stripe_client, alice.id, price.id)
    s2 = subscribe(
        stripe_client, bob.id, price.id, collection_method="send_invoice", days_until_due=3
    )
    s3 = subscribe(stripe_client, alice.id, make_price(stripe_client, 700).id)
    draft = stripe_client.v1.invoices.create({"customer": bob.id})
    invoices = [s1.latest_invoice, s2.latest_invoice, s3.latest_invoice, draft.id]

    def ids(**params: object) -> list[str]:
        got = stripe_client.v1.invoices.list({"limit": 100, **params})  # type: ignore[arg-type]
        return [i.id for i in got.data]

    assert ids() == list(reversed(invoices))
    assert ids(customer=alice.id) == [s3.latest_invoice, s1.latest_invoice]
    assert ids(subscription=s2.id) == [s2.latest_invoice]
    assert ids(status="open") == [s2.latest_invoice]
    assert ids(status="draft") == [draft.id]
    assert ids(collection_method="send_invoice") == [s2.latest_invoice]
    assert ids(customer=bob.id, status="paid") == []
    first = stripe_client.v1.invoices.list({"limit": 2})
    nxt = stripe_client.v1.invoices.list({"limit": 2, "starting_after": first.data[-1].id})
    assert [i.id for i in first.data + nxt.data] == list(reversed(invoices))
    back = stripe_client.v1.invoices.list({"limit": 1, "ending_before": nxt.data[0].id})
    assert [i.id for i in back.data] == [first.data[-1].id]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.list({"status": "lost"})
    check_error(exc, 400, param="status", contains="must be one of draft, open, paid")
    found = stripe_client.v1.invoices.search({"query": f"customer:'{alice.id}' AND status:'paid'"})
    assert sorted(i.id for i in found.data) == sorted(
        [str(s1.latest_invoice), str(s3.latest_invoice)]
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.search({"query": "colour:'red'"})
    check_error(exc, 400, param="query", contains="not supported for search")


def test_manual_invoice_lifecycle(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient
) -> None:
    customer = make_customer(stripe_client, card=None)
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.create(
            {"customer": customer.id, "collection_method": "send_invoice"}
        )
    check_error(
        exc,
        400,
        "Missing required param: days_until_due or due_date.",
        code="parameter_missing",
        param="days_until_due",
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.create({"customer": "cus_nope"})
    check_error(exc, 400, "No such customer: 'cus_nope'", code="resource_missing", param="customer")
    draft = stripe_client.v1.invoices.create(
        {
            "customer": customer.id,
            "collection_method": "send_invoice",
            "days_until_due": 10,
            "metadata": {"ref": "A-1"},
            "description": "Consulting",
        }
    )
    assert draft.status == "draft" and draft.number is None
    assert draft.hosted_invoice_url is None
    assert fetch_page(f"{sandbox.url}/i/{draft.id}")[0] == 404
    edited = stripe_client.v1.invoices.update(draft.id, {"footer": "Thanks"})
    assert edited.footer == "Thanks"
    final = stripe_client.v1.invoices.finalize_invoice(draft.id)
    assert final.status == "paid"  # nothing to pay: a zero invoice is paid on finalization
    assert final.number is not None and final.status_transitions.finalized_at is not None
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.finalize_invoice(draft.id)
    check_error(exc, 400, code="invoice_not_editable", contains="already finalized")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.update(draft.id, {"collection_method": "charge_automatically"})
    check_error(
        exc,
        400,
        code="invoice_not_editable",
        param="collection_method",
        contains="Finalized invoices can't be updated",
    )
    kept = stripe_client.v1.invoices.update(draft.id, {"metadata": {"ref": "A-2"}})
    assert kept.to_dict()["metadata"] == {"ref": "A-2"}
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.delete(draft.id)
    check_error(exc, 400, code="invoice_not_editable", contains="only delete draft invoices")
    other = stripe_client.v1.invoices.create({"customer": customer.id})
    gone = stripe_client.v1.invoices.delete(other.id)
    assert gone.deleted is True
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.update(other.id, {"description": "x"})
    check_error(exc, 404, code="resource_missing", param="invoice")
    assert other.id not in [i.id for i in stripe_client.v1.invoices.list().data]
    types = event_types(stripe_client, type="invoice.*")
    assert types == [
        "invoice.created",
        "invoice.updated",
        "invoice.finalized",
        "invoice.paid",
        "invoice.updated",
        "invoice.created",
        "invoice.deleted",
    ]


def test_pay_void_and_mark_uncollectible(stripe_client: stripe.StripeClient) -> None:
    price = make_price(stripe_client, 4200)
    customer = make_customer(stripe_client, card=None)
    subs = [
        subscribe(
            stripe_client,
            customer.id,
            price.id,
            collection_method="send_invoice",
            days_until_due=30,
        )
        for _ in range(3)
    ]
    open_ids = [str(s.latest_invoice) for s in subs]
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.pay(open_ids[0])
    check_error(
        exc,
        400,
        code="resource_missing",
        contains="no attached payment source or default payment method",
    )
    paid = stripe_client.v1.invoices.pay(open_ids[0], {"paid_out_of_band": True})
    assert paid.status == "paid" and paid.amount_paid == 4200 and paid.amount_remaining == 0
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.pay(open_ids[0])
    check_error(exc, 400, "Invoice is already paid.", code="invoice_not_editable")
    voided = stripe_client.v1.invoices.void_invoice(open_ids[1])
    assert voided.status == "void" and voided.status_transitions.voided_at is not None
    assert voided.amount_remaining == 0
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.void_invoice(open_ids[1])
    check_error(exc, 400, code="invoice_not_editable", contains="only void open")
    bad = stripe_client.v1.invoices.mark_uncollectible(open_ids[2])
    assert bad.status == "uncollectible"
    event = events_of(stripe_client, "invoice.marked_uncollectible")[0]
    assert payload(event)["previous_attributes"]["status"] == "open"
    declining = stripe_client.v1.payment_methods.create(
        {"type": "card", "card": {"token": "tok_chargeCustomerFail"}}
    )
    stripe_client.v1.payment_methods.attach(declining.id, {"customer": customer.id})
    with pytest.raises(stripe.CardError) as card_exc:
        stripe_client.v1.invoices.pay(open_ids[2], {"payment_method": declining.id})
    check_error(card_exc, 402, "Your card was declined.", code="card_declined", type_="card_error")
    failed = stripe_client.v1.invoices.retrieve(open_ids[2])
    assert failed.status == "uncollectible" and failed.attempt_count == 1
    assert [
        payload(e)["object"]["id"] for e in events_of(stripe_client, "invoice.payment_failed")
    ] == [open_ids[2]]
    good = stripe_client.v1.payment_methods.create(
        {"type": "card", "card": {"token": "tok_mastercard"}}
    )
    stripe_client.v1.payment_methods.attach(good.id, {"customer": customer.id})
    recovered = stripe_client.v1.invoices.pay(open_ids[2], {"payment_method": good.id})
    assert recovered.status == "paid" and recovered.attempt_count == 2


def test_send_invoice(stripe_client: stripe.StripeClient) -> None:
    customer = make_customer(stripe_client, card=None)
    auto = stripe_client.v1.invoices.create({"customer": customer.id})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        stripe_client.v1.invoices.send_invoice(auto.id)
    check_error(exc, 400, contains="collection_method=send_invoice")
    manual = stripe_client.v1.invoices.create(
        {"customer": customer.id, "collection_method": "send_invoice", "due_date": 4102444800}
    )
    sent = stripe_client.v1.invoices.send_invoice(manual.id)
    assert sent.status != "draft" and sent.due_date == 4102444800
    assert "invoice.sent" in event_types(stripe_client)
