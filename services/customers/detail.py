"""One customer's detail: profile, subscriptions, invoices, payment methods, portal setup.

:func:`load_detail` reads everything the Customers panel shows from the cache (a handful of
indexed queries; run it off the UI thread). :func:`refresh_customer` re-fetches the customer
from Stripe -- the customer, its subscriptions (every status), its last invoices, its
payment methods, tax ids and attached subscription schedules -- writes what is cacheable
into the cache and returns what is not (tax ids, schedules). :func:`fetch_extras` is the
light version run when a customer is opened: payment methods (the full sync does not list
them) and tax ids.

Everything stays Stripe's own JSON (dicts); small helpers pull out what the panel and the
portal eligibility rules need.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from services.cache.store import Store
from services.sync.ondemand import sync_payment_methods
from services.sync.transport import Api

RECENT_INVOICES = 10
"""Invoices shown per customer (newest first)."""
LIVE_SUBSCRIPTION_STATUSES = ("active", "trialing", "past_due", "unpaid", "paused")

JSON = dict[str, Any]


def _loads(text: str | None) -> JSON | None:
    if not text:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else None


def ref(value: Any) -> str | None:
    """The id of an expandable field (an id or an expanded object)."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and isinstance(value.get("id"), str):
        return str(value["id"])
    return None


def items_of(sub: Mapping[str, Any]) -> list[JSON]:
    """A subscription's items (``items.data``)."""
    items = sub.get("items")
    data = items.get("data") if isinstance(items, Mapping) else items
    return [i for i in data or [] if isinstance(i, dict)]


def price_of(item: Mapping[str, Any]) -> JSON:
    """A subscription item's price object (``{"id": …}`` when only the id is known)."""
    price = item.get("price")
    if isinstance(price, dict):
        return price
    return {"id": price} if isinstance(price, str) else {}


def period_of(sub: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """The current billing period: on the subscription (old API) or on its items."""
    start, end = sub.get("current_period_start"), sub.get("current_period_end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    starts = [i.get("current_period_start") for i in items_of(sub)]
    ends = [i.get("current_period_end") for i in items_of(sub)]
    s = [x for x in starts if isinstance(x, int)]
    e = [x for x in ends if isinstance(x, int)]
    return (min(s) if s else None, min(e) if e else None)


def charge_type(sub: Mapping[str, Any], account: str) -> str:
    """``direct`` (lives on a connected account), ``destination`` or ``platform``."""
    if account:
        return "direct"
    if ref((sub.get("transfer_data") or {}).get("destination")):
        return "destination"
    return "platform"


def default_payment_method_id(
    sub: Mapping[str, Any] | None, customer: Mapping[str, Any] | None
) -> str | None:
    """What a subscription charges: its own default, else the customer's invoice default,
    else the customer's default source."""
    if sub is not None:
        found = ref(sub.get("default_payment_method")) or ref(sub.get("default_source"))
        if found:
            return found
    if customer is None:
        return None
    settings = customer.get("invoice_settings") or {}
    return ref(settings.get("default_payment_method")) or ref(customer.get("default_source"))


@dataclass
class CustomerDetail:
    """Everything the panel shows for one customer (Stripe JSON, as cached or fetched)."""

    id: str
    account: str
    customer: JSON | None = None
    """None when the cache has never seen this customer."""
    deleted: bool = False
    subscriptions: list[JSON] = field(default_factory=list)
    invoices: list[JSON] = field(default_factory=list)
    payment_methods: list[JSON] = field(default_factory=list)
    configurations: list[JSON] = field(default_factory=list)
    """The portal configurations of the customer's account (active and inactive)."""
    prices: dict[str, JSON] = field(default_factory=dict)
    """Cached prices offered by those configurations, by id."""
    products: dict[str, str] = field(default_factory=dict)
    """Product names by id (subscription items and configuration products)."""
    accounts: dict[str, str] = field(default_factory=dict)
    """Connected accounts the platform can act for: id → display name."""
    tax_ids: list[JSON] | None = None
    """Fetched live (the cache has no tax ids); None until fetched."""
    schedules: dict[str, JSON] = field(default_factory=dict)
    """Attached subscription schedules, fetched live, by id."""
    payment_methods_fetched: bool = False

    @property
    def found(self) -> bool:
        return self.customer is not None

    @property
    def name(self) -> str | None:
        return (self.customer or {}).get("name")

    @property
    def email(self) -> str | None:
        return (self.customer or {}).get("email")

    def default_payment_method(self) -> str | None:
        """The customer's invoice default payment method (or default source) id."""
        return default_payment_method_id(None, self.customer)

    def payment_method_types(self) -> dict[str, str]:
        """Known payment methods: id → type (sources ``card_…``/``src_…`` count as cards)."""
        out = {str(pm["id"]): str(pm.get("type")) for pm in self.payment_methods if "id" in pm}
        source = ref((self.customer or {}).get("default_source"))
        if source and source.startswith(("card_", "src_")):
            out.setdefault(source, "card")
        return out

    def live_subscriptions(self) -> list[JSON]:
        """Subscriptions the portal can still act on (not canceled or expired)."""
        return [s for s in self.subscriptions if s.get("status") in LIVE_SUBSCRIPTION_STATUSES]

    def active_configurations(self) -> list[JSON]:
        """Configurations a session can use, the default first."""
        active = [c for c in self.configurations if c.get("active")]
        return sorted(active, key=lambda c: (not c.get("is_default"), -(c.get("created") or 0)))


def _raws(conn: sqlite3.Connection, sql: str, params: Iterable[Any]) -> list[JSON]:
    return [d for (text,) in conn.execute(sql, tuple(params)) if (d := _loads(text)) is not None]


def _in(ids: Iterable[str]) -> tuple[str, list[str]]:
    values = sorted(set(ids))
    return ",".join("?" * len(values)), values


def load_detail(conn: sqlite3.Connection, customer_id: str, account: str = "") -> CustomerDetail:
    """The cached detail of ``customer_id`` on ``account`` ('' = the platform)."""
    detail = CustomerDetail(customer_id, account)
    row = conn.execute(
        "SELECT raw, deleted FROM customers WHERE id = ? AND account = ?", (customer_id, account)
    ).fetchone()
    if row is not None:
        detail.customer = _loads(row[0])
        detail.deleted = bool(row[1]) or bool((detail.customer or {}).get("deleted"))
    detail.subscriptions = _raws(
        conn,
        "SELECT raw FROM subscriptions WHERE customer = ? AND account = ? AND deleted = 0 "
        "ORDER BY created DESC, rid DESC",
        (customer_id, account),
    )
    detail.invoices = _raws(
        conn,
        "SELECT raw FROM invoices WHERE customer = ? AND account = ? AND deleted = 0 "
        "ORDER BY created DESC, rid DESC LIMIT ?",
        (customer_id, account, RECENT_INVOICES),
    )
    detail.payment_methods = _raws(
        conn,
        "SELECT raw FROM payment_methods WHERE customer = ? AND account = ? AND deleted = 0 "
        "ORDER BY created DESC",
        (customer_id, account),
    )
    detail.configurations = _raws(
        conn,
        "SELECT raw FROM portal_configurations WHERE account = ? AND deleted = 0 ORDER BY created",
        (account,),
    )
    price_ids: set[str] = set()
    product_ids: set[str] = set()
    for cfg in detail.configurations:
        su = ((cfg.get("features") or {}).get("subscription_update")) or {}
        for entry in su.get("products") or []:
            product_ids.add(str(entry.get("product")))
            price_ids.update(str(p) for p in entry.get("prices") or [])
    for sub in detail.subscriptions:
        for item in items_of(sub):
            product = ref(price_of(item).get("product"))
            if product:
                product_ids.add(product)
    if price_ids:
        marks, values = _in(price_ids)
        for price in _raws(
            conn,
            f"SELECT raw FROM prices WHERE account = ? AND id IN ({marks})",
            (account, *values),
        ):
            detail.prices[str(price["id"])] = price
    if product_ids:
        marks, values = _in(product_ids)
        for pid, name in conn.execute(
            f"SELECT id, name FROM products WHERE account = ? AND id IN ({marks})",
            (account, *values),
        ):
            detail.products[str(pid)] = str(name or pid)
    detail.accounts = connected_accounts(conn)
    return detail


def connected_accounts(conn: sqlite3.Connection) -> dict[str, str]:
    """Connected accounts still connected: id → business name (or the id)."""
    return {
        str(i): str(name or i)
        for i, name in conn.execute(
            "SELECT id, business_name FROM accounts WHERE account = '' AND deleted = 0 ORDER BY id"
        )
    }


def cached_accounts_with_customers(conn: sqlite3.Connection) -> list[str]:
    """Accounts ('' = platform) the cache holds customers for, the platform first."""
    found = [
        str(a)
        for (a,) in conn.execute(
            "SELECT DISTINCT account FROM customers WHERE account <> '' ORDER BY account"
        )
    ]
    return ["", *found]


# -- from Stripe --------------------------------------------------------------------------------
@dataclass
class Extras:
    """What opening a customer fetches live and the cache does not keep."""

    tax_ids: list[JSON] = field(default_factory=list)
    schedules: dict[str, JSON] = field(default_factory=dict)
    payment_methods: int = 0
    deleted: bool = False


def _list(api: Api, path: str, params: Mapping[str, Any], account: str) -> tuple[list[JSON], int]:
    resp = api.get(path, params, account=account)
    data = [o for o in resp.data.get("data") or [] if isinstance(o, dict)]
    return data, resp.server_time


def fetch_extras(api: Api, store: Store, customer_id: str, account: str = "") -> Extras:
    """Payment methods (into the cache) and tax ids (returned) of an opened customer."""
    extras = Extras()
    extras.payment_methods = sync_payment_methods(api, store, customer_id, account=account)
    extras.tax_ids, _ = _list(api, f"/v1/customers/{customer_id}/tax_ids", {"limit": 100}, account)
    return extras


def refresh_customer(
    api: Api,
    store: Store,
    customer_id: str,
    account: str = "",
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> Extras:
    """Re-fetch ``customer_id`` and everything shown with it; the cache is updated.

    A deleted customer is tombstoned in the cache (its last known details kept) and
    ``deleted`` is set; nothing else is fetched for it.
    """
    resp = api.get(f"/v1/customers/{customer_id}", {}, account=account)
    customer = resp.data
    if customer.get("deleted"):
        cached = store.get("customer", customer_id, account=account)
        store.upsert(
            "customer",
            [{**(cached or customer), "deleted": True}],
            account=account,
            source_ts=resp.server_time,
        )
        return Extras(deleted=True)
    store.upsert("customer", [customer], account=account, source_ts=resp.server_time)
    subs, ts = _list(
        api, "/v1/subscriptions", {"customer": customer_id, "status": "all", "limit": 100}, account
    )
    if subs:
        store.upsert("subscription", subs, account=account, source_ts=ts)
    if cancelled():
        return Extras()
    invoices, ts = _list(
        api, "/v1/invoices", {"customer": customer_id, "limit": RECENT_INVOICES}, account
    )
    if invoices:
        store.upsert("invoice", invoices, account=account, source_ts=ts)
    extras = fetch_extras(api, store, customer_id, account)
    for sub in subs:
        schedule = ref(sub.get("schedule"))
        if schedule and not cancelled():
            found = api.get(f"/v1/subscription_schedules/{schedule}", {}, account=account)
            extras.schedules[schedule] = found.data
    return extras


def refresh_configurations(api: Api, store: Store, account: str = "") -> list[JSON]:
    """Re-read the account's portal configurations (a session needs a current one)."""
    configs: list[JSON] = []
    after: str | None = None
    ts = 0
    while True:
        params: dict[str, Any] = {"limit": 100}
        if after:
            params["starting_after"] = after
        page, ts = _list(api, "/v1/billing_portal/configurations", params, account)
        configs += page
        if len(page) < 100:
            break
        after = str(page[-1]["id"])
    if configs:
        store.upsert("billing_portal.configuration", configs, account=account, source_ts=ts)
    return configs
