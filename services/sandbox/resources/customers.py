"""Customers (CRUD, list with ``email`` filter, search) and their tax ids."""

from __future__ import annotations

from typing import Any

from services.sandbox import shapes
from services.sandbox.app import Request, route
from services.sandbox.resources.common import (
    apply_update,
    emit,
    fetch,
    fetch_live,
    list_page,
    merge_metadata,
    search_page,
)

SEARCH_FIELDS = {"created", "email", "metadata", "name", "phone"}
_SIMPLE = (
    "name",
    "email",
    "phone",
    "description",
    "preferred_locales",
    "balance",
    "tax_exempt",
    "invoice_prefix",
    "default_source",
)


def new_customer(req: Request, params: dict[str, Any]) -> dict[str, Any]:
    store = req.store
    cid = store.new_id("cus")
    obj: dict[str, Any] = {
        "id": cid,
        "object": "customer",
        "created": req.now(),
        "balance": 0,
        "currency": None,
        "delinquent": False,
        "invoice_prefix": cid[-8:].upper(),
        "metadata": merge_metadata({}, params.get("metadata")),
        "next_invoice_sequence": 1,
        "preferred_locales": [],
        "tax_exempt": "none",
        "invoice_settings": shapes.nested("customer", "invoice_settings", rendering_options=None),
    }
    for k in _SIMPLE:
        if k in params and params[k] != "":
            obj[k] = params[k]
    if params.get("address"):
        obj["address"] = shapes.nested("customer", "address", **params["address"])
    if params.get("shipping"):
        obj["shipping"] = params["shipping"]
    inv = params.get("invoice_settings") or {}
    if inv.get("default_payment_method"):
        obj["invoice_settings"]["default_payment_method"] = inv["default_payment_method"]
    return obj


@route("post", "/v1/customers")
def create(req: Request) -> dict[str, Any]:
    obj = req.store.add(new_customer(req, req.params), req.account)
    for tid in req.params.get("tax_id_data") or []:
        _add_tax_id(req, obj, tid)
    emit(req, "customer.created", obj)
    return obj


@route("get", "/v1/customers/{customer}")
def retrieve(req: Request, cid: str) -> dict[str, Any]:
    return fetch(req, cid, "customer", param="customer")


@route("post", "/v1/customers/{customer}")
def update(req: Request, cid: str) -> dict[str, Any]:
    obj = fetch_live(req, cid, "customer", param="customer")
    changes = {k: v for k, v in req.params.items() if k in _SIMPLE or k == "metadata"}
    if "address" in req.params:
        a = req.params["address"]
        changes["address"] = shapes.nested("customer", "address", **a) if a else None
    if "invoice_settings" in req.params:
        inv = dict(obj.get("invoice_settings") or shapes.nested("customer", "invoice_settings"))
        inv.update(
            {
                k: v
                for k, v in req.params["invoice_settings"].items()
                if k in ("default_payment_method", "footer")
            }
        )
        changes["invoice_settings"] = inv
    return apply_update(req, obj, changes, "customer.updated")


@route("delete", "/v1/customers/{customer}")
def delete(req: Request, cid: str) -> dict[str, Any]:
    obj = fetch_live(req, cid, "customer", param="customer")
    _cancel_subscriptions(req, cid)
    emit(req, "customer.deleted", obj)
    req.store.remove(cid, "customer")
    deleted = {"id": cid, "object": "customer", "deleted": True}
    req.store.objects[cid] = deleted
    return deleted


def _cancel_subscriptions(req: Request, cid: str) -> None:
    """Deleting a customer cancels its subscriptions immediately, as Stripe does."""
    from services.sandbox.resources.billing_common import indexed

    now = req.now()
    for sub in indexed(req.store, req.account, "subscription", "customer", cid):
        if sub.get("status") in ("canceled", "incomplete_expired"):
            continue
        sub.update(
            {"status": "canceled", "canceled_at": now, "ended_at": now, "pause_collection": None}
        )
        emit(req, "customer.subscription.deleted", sub)


@route("get", "/v1/customers")
def list_(req: Request) -> dict[str, Any]:
    email = req.params.get("email")
    where = None
    if email is not None:

        def where(o: dict[str, Any]) -> bool:
            return bool(o.get("email") == email)

    return list_page(req, "customer", "/v1/customers", where=where)


@route("get", "/v1/customers/search")
def search(req: Request) -> dict[str, Any]:
    return search_page(req, "customer", "/v1/customers/search", SEARCH_FIELDS)


# -- tax ids --------------------------------------------------------------------
def _add_tax_id(req: Request, customer: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    obj = {
        "id": req.store.new_id("txi"),
        "object": "tax_id",
        "country": (customer.get("address") or {}).get("country"),
        "created": req.now(),
        "customer": customer["id"],
        "type": data["type"],
        "value": data["value"],
        "verification": {"status": "unavailable", "verified_address": None, "verified_name": None},
        "owner": {
            "type": "customer",
            "customer": customer["id"],
            "account": None,
            "application": None,
            "customer_account": None,
        },
    }
    req.store.add(obj, req.account)
    req.store.extra.setdefault("tax_ids", {}).setdefault(customer["id"], []).append(obj["id"])
    return obj


@route("post", "/v1/customers/{customer}/tax_ids")
def create_tax_id(req: Request, cid: str) -> dict[str, Any]:
    customer = fetch_live(req, cid, "customer", param="customer")
    obj = _add_tax_id(req, customer, req.params)
    emit(req, "customer.tax_id.created", obj)
    return obj


@route("get", "/v1/customers/{customer}/tax_ids")
def list_tax_ids(req: Request, cid: str) -> dict[str, Any]:
    fetch_live(req, cid, "customer", param="customer")
    ids = req.store.extra.get("tax_ids", {}).get(cid, [])
    objs = [o for o in (req.store.objects[i] for i in reversed(ids)) if not o.get("deleted")]
    return list_page(req, "tax_id", f"/v1/customers/{cid}/tax_ids", source=objs)


@route("get", "/v1/customers/{customer}/tax_ids/{id}")
def retrieve_tax_id(req: Request, cid: str, tid: str) -> dict[str, Any]:
    obj = fetch(req, tid, "tax_id")
    if obj.get("customer") != cid:
        fetch(req, "", "tax_id")
    return obj


@route("delete", "/v1/customers/{customer}/tax_ids/{id}")
def delete_tax_id(req: Request, cid: str, tid: str) -> dict[str, Any]:
    obj = fetch_live(req, tid, "tax_id")
    emit(req, "customer.tax_id.deleted", obj)
    req.store.remove(tid, "tax_id")
    deleted = {"id": tid, "object": "tax_id", "deleted": True}
    req.store.objects[tid] = deleted
    return deleted
