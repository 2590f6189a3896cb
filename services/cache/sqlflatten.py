"""The flattening of :mod:`services.cache.flatten`, as SQL over a list response's JSON text.

The bulk path of a full sync hands SQLite the body of a whole page (100 objects) and
lets one ``INSERT … SELECT … FROM json_each(:body, '$.data')`` statement cut out each
object, compute its flattened columns and upsert it. Python touches no object: the page
costs one statement, during which Python's sqlite3 module has released the GIL, instead
of 100 rows of dict building, ``json.dumps`` and parameter binding that would each wait
for the GIL while fetch threads parse the next pages. That keeps the window responsive
and lets the sync write as fast as SQLite can.

Every expression here must give what the Python function gives for the same object;
``tests/test_cache_sqlflatten.py`` checks that column by column on varied objects, so the
two cannot drift apart. Python stays the reference (events, single objects, tests).

Each object is parsed once: a multi-path ``json_extract`` copies every field a row needs
into a small JSON array (``{x}``), which the column expressions read by position; ``{v}``
(the object) is read again only for nested lists (a subscription's items).
``:account`` is the account parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.cache.flatten import RESOURCES


def _x(path: str) -> str:
    return f"json_extract({{x}}, «{path}»)"


def _ref(path: str) -> str:
    """An expandable field: its id when expanded, the string itself otherwise."""
    return (
        f"CASE json_type({{x}}, «{path}») WHEN 'text' THEN json_extract({{x}}, «{path}») "
        f"WHEN 'object' THEN json_extract({{x}}, «{path}|.id») END"
    )


_METADATA_TEXT = (
    "coalesce((SELECT group_concat(m.value, ' ') FROM json_each({x}, «metadata») AS m "
    "WHERE m.value IS NOT NULL AND m.value != ''), '')"
)

COLUMNS: dict[str, dict[str, str]] = {
    "customer": {
        "name": _x("name"),
        "email": _x("email"),
        "phone": _x("phone"),
        "description": _x("description"),
        "metadata_text": _METADATA_TEXT,
        "currency": _x("currency"),
        "balance": _x("balance"),
        "delinquent": _x("delinquent"),
        "default_payment_method": _ref("invoice_settings.default_payment_method"),
    },
    "subscription": {
        "customer": _ref("customer"),
        "status": _x("status"),
        "collection_method": _x("collection_method"),
        "pause_behavior": _x("pause_collection.behavior"),
        "pause_resumes_at": _x("pause_collection.resumes_at"),
        "cancel_at_period_end": _x("cancel_at_period_end"),
        "cancel_at": _x("cancel_at"),
        "canceled_at": _x("canceled_at"),
        "ended_at": _x("ended_at"),
        "trial_end": _x("trial_end"),
        "current_period_end": (
            "coalesce(json_extract({x}, «current_period_end»), (SELECT "
            "min(json_extract(i.value, '$.current_period_end')) FROM "
            "json_each({items}) AS i WHERE i.type = 'object'))"
        ),
        "currency": _x("currency"),
        "application_fee_percent": _x("application_fee_percent"),
        "transfer_destination": _ref("transfer_data.destination"),
        "transfer_amount_percent": _x("transfer_data.amount_percent"),
        "on_behalf_of": _ref("on_behalf_of"),
        "schedule": _ref("schedule"),
        "charge_type": (
            "CASE WHEN :account != '' THEN 'direct' WHEN "
            + _ref("transfer_data.destination")
            + " IS NOT NULL THEN 'destination' ELSE 'platform' END"
        ),
        "latest_invoice": _ref("latest_invoice"),
        "default_payment_method": _ref("default_payment_method"),
        "description": _x("description"),
        "items_count": ("(SELECT count(*) FROM json_each({items}) AS i WHERE i.type = 'object')"),
    },
    "subscription_item": {
        # {p} is the parent subscription's id: embedded items may omit the field.
        "subscription": "coalesce(" + _ref("subscription") + ", {p})",
        "price": _ref("price"),
        # A price given as an id has no product: the path is then simply absent.
        "product": _ref("price.product"),
        "quantity": _x("quantity"),
        "current_period_start": _x("current_period_start"),
        "current_period_end": _x("current_period_end"),
    },
    "product": {
        "name": _x("name"),
        "active": _x("active"),
        "description": _x("description"),
        "default_price": _ref("default_price"),
        "type": _x("type"),
        "updated": _x("updated"),
    },
    "price": {
        "product": _ref("product"),
        "active": _x("active"),
        "currency": _x("currency"),
        "unit_amount": _x("unit_amount"),
        "type": _x("type"),
        "recurring_interval": _x("recurring.interval"),
        "recurring_interval_count": _x("recurring.interval_count"),
        "lookup_key": _x("lookup_key"),
        "nickname": _x("nickname"),
    },
    "invoice": {
        "customer": _ref("customer"),
        "subscription": (
            "coalesce(nullif("
            + _ref("subscription")
            + ", ''), "
            + _ref("parent.subscription_details.subscription")
            + ")"
        ),
        "status": _x("status"),
        "collection_method": _x("collection_method"),
        "currency": _x("currency"),
        "amount_due": _x("amount_due"),
        "amount_paid": _x("amount_paid"),
        "amount_remaining": _x("amount_remaining"),
        "total": _x("total"),
        "number": _x("number"),
        "due_date": _x("due_date"),
        "period_start": _x("period_start"),
        "period_end": _x("period_end"),
    },
    "account": {
        "type": "coalesce(nullif(" + _x("type") + ", ''), " + _x("controller.type") + ")",
        "country": _x("country"),
        "email": _x("email"),
        "business_name": (
            "coalesce(nullif("
            + _x("business_profile.name")
            + ", ''), "
            + _x("settings.dashboard.display_name")
            + ")"
        ),
        "charges_enabled": _x("charges_enabled"),
        "payouts_enabled": _x("payouts_enabled"),
        "details_submitted": _x("details_submitted"),
        "default_currency": _x("default_currency"),
    },
}
"""Flattened columns per resource; only these resources take the bulk SQL path."""

_COMMON = {
    "id": _x("id"),
    "account": ":account",
    "created": _x("created"),
    "livemode": _x("livemode"),
    "deleted": "CASE WHEN " + _x("deleted") + " THEN 1 ELSE 0 END",
    "source_ts": ":source_ts",
    "raw": "{v}",
}
# Paths are written «path» (or «path|.suffix»): select_list turns each into a slot of
# the array built by one multi-path json_extract, so each object is parsed only once.


_SLOT = re.compile(r"«([a-z_.]+)(?:\|([a-z_.]+))?»")


@dataclass(frozen=True)
class Select:
    """How to compute a row of one resource from its JSON text in SQL.

    ``paths`` go to one multi-path ``json_extract`` per object (parsing the object once);
    ``exprs`` then read that small array ``{x}`` by slot, and ``{v}`` (the object) only
    for nested lists.
    """

    columns: list[str]
    exprs: list[str]
    paths: list[str]

    def extract(self, v: str) -> str:
        """The ``json_extract`` that builds the slot array of the object ``v``."""
        return f"json_extract({v}, " + ", ".join(f"'$.{p}'" for p in self.paths) + ")"


def select_list(resource: str, x: str, v: str, p: str = "", items: str = "") -> Select:
    """The row of ``resource``: the columns of :func:`services.cache.flatten.row` plus
    ``sync_gen`` (the ``:sync_gen`` parameter; NULL for subscription items).

    ``x`` is the slot array (see :meth:`Select.extract`), ``v`` the object's JSON and
    ``p`` the parent subscription's id for items. ``items`` is the ``json_each`` argument
    list of a subscription's embedded items: by default ``v, '$.items.data'``; the bulk
    path passes a column already holding ``v -> '$.items.data'`` so ``v`` is not parsed
    again for each of the columns that read the items.
    """
    spec = RESOURCES[resource]
    templates = {**_COMMON, **COLUMNS[resource]}
    paths: list[str] = []

    def slot(match: re.Match[str]) -> str:
        path, suffix = match.group(1), match.group(2) or ""
        if path not in paths:
            paths.append(path)
        return f"'$[{paths.index(path)}]{suffix}'"

    items = items or f"{v}, '$.items.data'"
    exprs = [
        _SLOT.sub(slot, templates[c]).format(x=x, v=v, p=p, items=items) for c in spec.all_columns
    ]
    exprs.append("NULL" if resource == "subscription_item" else ":sync_gen")
    return Select([*spec.all_columns, "sync_gen"], exprs, paths)
