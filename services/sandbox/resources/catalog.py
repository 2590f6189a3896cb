"""Products and prices: recurring intervals, currencies, ``tax_behavior``, ``lookup_key``."""

from __future__ import annotations

from typing import Any

from services.sandbox import shapes
from services.sandbox.app import Request, route
from services.sandbox.errors import invalid
from services.sandbox.resources.common import (
    apply_update,
    emit,
    fetch,
    fetch_live,
    list_page,
    merge_metadata,
    require,
    search_page,
)

PRODUCT_SEARCH = {"active", "created", "description", "metadata", "name", "shippable", "url"}
PRICE_SEARCH = {"active", "created", "currency", "lookup_key", "metadata", "product", "type"}


def new_product(req: Request, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": params.get("id") or req.store.new_id("prod"),
        "object": "product",
        "active": params.get("active", True),
        "created": req.now(),
        "updated": req.now(),
        "name": params["name"],
        "description": params.get("description"),
        "images": list(params.get("images") or []),
        "marketing_features": [],
        "metadata": merge_metadata({}, params.get("metadata")),
        "default_price": None,
        "tax_code": params.get("tax_code"),
        "type": "service",
        "unit_label": params.get("unit_label"),
        "url": params.get("url"),
        "package_dimensions": None,
        "shippable": None,
        "statement_descriptor": params.get("statement_descriptor"),
    }


@route("post", "/v1/products")
def create_product(req: Request) -> dict[str, Any]:
    if req.params.get("id") and req.store.get(req.params["id"]) is not None:
        raise invalid(
            f"Product already exists: {req.params['id']}",
            param="id",
            code="resource_already_exists",
        )
    obj = req.store.add(new_product(req, req.params), req.account)
    emit(req, "product.created", obj)
    dpd = req.params.get("default_price_data")
    if dpd:
        price = req.store.add(new_price(req, {**dpd, "product": obj["id"]}), req.account)
        emit(req, "price.created", price)
        obj["default_price"] = price["id"]
    return obj


@route("get", "/v1/products/{id}")
def retrieve_product(req: Request, pid: str) -> dict[str, Any]:
    return fetch(req, pid, "product")


@route("post", "/v1/products/{id}")
def update_product(req: Request, pid: str) -> dict[str, Any]:
    obj = fetch_live(req, pid, "product")
    allowed = (
        "active",
        "name",
        "description",
        "metadata",
        "default_price",
        "url",
        "unit_label",
        "tax_code",
        "images",
        "statement_descriptor",
    )
    changes = {k: v for k, v in req.params.items() if k in allowed}
    if changes.get("default_price"):
        price = fetch_live(req, changes["default_price"], "price", param="default_price")
        require(
            price.get("product") == pid,
            "The default price must belong to this product.",
            "default_price",
        )
    changes["updated"] = req.now()
    return apply_update(req, obj, changes, "product.updated")


@route("delete", "/v1/products/{id}")
def delete_product(req: Request, pid: str) -> dict[str, Any]:
    obj = fetch_live(req, pid, "product")
    has_prices = any(p.get("product") == pid for p in req.store.iter_newest(req.account, "price"))
    require(
        not has_prices,
        "This product cannot be deleted because it has one or more user-created prices.",
        "id",
    )
    emit(req, "product.deleted", obj)
    req.store.remove(pid, "product")
    deleted = {"id": pid, "object": "product", "deleted": True}
    req.store.objects[pid] = deleted
    return deleted


@route("get", "/v1/products")
def list_products(req: Request) -> dict[str, Any]:
    active = req.params.get("active")
    ids = req.params.get("ids")

    def where(o: dict[str, Any]) -> bool:
        if o.get("deleted"):
            return False
        if active is not None and o.get("active") != active:
            return False
        return not (ids is not None and o["id"] not in ids)

    return list_page(req, "product", "/v1/products", where=where)


@route("get", "/v1/products/search")
def search_products(req: Request) -> dict[str, Any]:
    return search_page(req, "product", "/v1/products/search", PRODUCT_SEARCH)


# -- prices -----------------------------------------------------------------------
def new_price(req: Request, params: dict[str, Any]) -> dict[str, Any]:
    recurring = params.get("recurring")
    unit_amount = params.get("unit_amount")
    if unit_amount is None and params.get("unit_amount_decimal") is not None:
        unit_amount = int(float(params["unit_amount_decimal"]))
    scheme = params.get("billing_scheme", "per_unit")
    if unit_amount is None and scheme == "per_unit" and not params.get("custom_unit_amount"):
        raise invalid(
            "Missing required param: unit_amount.", param="unit_amount", code="parameter_missing"
        )
    rec = None
    if recurring:
        rec = shapes.nested(
            "price",
            "recurring",
            interval=recurring["interval"],
            interval_count=int(recurring.get("interval_count", 1)),
            usage_type=recurring.get("usage_type", "licensed"),
            meter=recurring.get("meter"),
            trial_period_days=recurring.get("trial_period_days"),
        )
    return {
        "id": req.store.new_id("price"),
        "object": "price",
        "active": params.get("active", True),
        "billing_scheme": scheme,
        "created": req.now(),
        "currency": str(params["currency"]).lower(),
        "custom_unit_amount": None,
        "lookup_key": params.get("lookup_key"),
        "metadata": merge_metadata({}, params.get("metadata")),
        "nickname": params.get("nickname"),
        "product": params["product"],
        "recurring": rec,
        "tax_behavior": params.get("tax_behavior", "unspecified"),
        "tiers_mode": params.get("tiers_mode"),
        "transform_quantity": None,
        "type": "recurring" if rec else "one_time",
        "unit_amount": unit_amount,
        "unit_amount_decimal": None if unit_amount is None else str(unit_amount),
    }


def _release_lookup_key(req: Request, key: str | None, transfer: bool) -> None:
    if not key:
        return
    for other in req.store.iter_newest(req.account, "price"):
        if other.get("lookup_key") == key:
            require(
                transfer,
                f"A price (`{other['id']}`) already uses that lookup key. Pass "
                "`transfer_lookup_key=true` to move it to this price.",
                "lookup_key",
            )
            other["lookup_key"] = None


@route("post", "/v1/prices")
def create_price(req: Request) -> dict[str, Any]:
    params = dict(req.params)
    if "product_data" in params:
        product = req.store.add(new_product(req, params.pop("product_data")), req.account)
        emit(req, "product.created", product)
        params["product"] = product["id"]
    require(
        "product" in params, "Missing required param: product.", "product", code="parameter_missing"
    )
    fetch_live(req, params["product"], "product", param="product")
    _release_lookup_key(req, params.get("lookup_key"), bool(params.get("transfer_lookup_key")))
    obj = req.store.add(new_price(req, params), req.account)
    emit(req, "price.created", obj)
    return obj


@route("get", "/v1/prices/{price}")
def retrieve_price(req: Request, pid: str) -> dict[str, Any]:
    return fetch(req, pid, "price", param="price")


@route("post", "/v1/prices/{price}")
def update_price(req: Request, pid: str) -> dict[str, Any]:
    obj = fetch(req, pid, "price", param="price")
    allowed = ("active", "metadata", "nickname", "lookup_key", "tax_behavior")
    changes = {k: v for k, v in req.params.items() if k in allowed}
    if (
        "tax_behavior" in changes
        and obj.get("tax_behavior") not in (None, "unspecified")
        and changes["tax_behavior"] != obj.get("tax_behavior")
    ):
        raise invalid(
            "tax_behavior cannot be changed once it is set to inclusive or exclusive.",
            param="tax_behavior",
        )
    if "lookup_key" in changes:
        _release_lookup_key(req, changes["lookup_key"], bool(req.params.get("transfer_lookup_key")))
    return apply_update(req, obj, changes, "price.updated")


@route("get", "/v1/prices")
def list_prices(req: Request) -> dict[str, Any]:
    p = req.params
    lookup_keys = p.get("lookup_keys")

    def where(o: dict[str, Any]) -> bool:
        if "active" in p and o.get("active") != p["active"]:
            return False
        if "product" in p and o.get("product") != p["product"]:
            return False
        if "currency" in p and o.get("currency") != p["currency"]:
            return False
        if "type" in p and o.get("type") != p["type"]:
            return False
        if lookup_keys is not None and o.get("lookup_key") not in lookup_keys:
            return False
        rec = p.get("recurring")
        if rec:
            r = o.get("recurring") or {}
            if "interval" in rec and r.get("interval") != rec["interval"]:
                return False
            if "usage_type" in rec and r.get("usage_type") != rec["usage_type"]:
                return False
        return True

    return list_page(req, "price", "/v1/prices", where=where)


@route("get", "/v1/prices/search")
def search_prices(req: Request) -> dict[str, Any]:
    return search_page(req, "price", "/v1/prices/search", PRICE_SEARCH)
