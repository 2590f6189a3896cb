"""What a customer of a configuration can and cannot do, as a short list in plain words.

:func:`summarise` turns a document into :class:`Point` lines such as "Can switch between
Starter, Pro and Business, monthly or yearly", "Cannot change the quantity",
"Cancellations take effect at the end of the billing period and ask for a reason". Each
point says whether it is something the customer *can* do (``can=True``), *cannot* do, or a
neutral fact (``can=None``), so the panel can mark it.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.portal_config.catalog import Catalog, cadence, duration
from services.portal_config.document import Doc
from services.portal_config.i18n import lower, tr
from services.portal_config.labels import choice_label


@dataclass(frozen=True)
class Point:
    """One line of the summary."""

    text: str
    can: bool | None
    topic: str
    """Which editor section it is about (``update``, ``cancel``, ``pause``…)."""


def join_words(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return tr("{0} and {1}").format(", ".join(items[:-1]), items[-1])


def join_or(items: list[str]) -> str:
    """ "A", "A or B", "A, B or C"."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return tr("{0} or {1}").format(", ".join(items[:-1]), items[-1])


def _plan_changes(doc: Doc, catalog: Catalog) -> list[Point]:
    su = doc["features"]["subscription_update"]
    allowed = set(su["default_allowed_updates"])
    products = su["products"]
    if not su["enabled"] or not products or not allowed:
        return [Point(tr("Cannot switch plans or change quantities"), False, "update")]
    out: list[Point] = []
    names = [catalog.product_name(p["product"]) for p in products]
    periods: list[tuple[str, int]] = []
    for entry in products:
        for price_id in entry["prices"]:
            price = catalog.price(price_id)
            if (
                price is not None
                and price.interval
                and (price.interval, price.interval_count) not in periods
            ):
                periods.append((price.interval, price.interval_count))
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    periods.sort(key=lambda p: (order.get(p[0], 9), p[1]))
    how_often = join_or([cadence(i, c) for i, c in periods])
    if "price" in allowed:
        if len(names) == 1:
            text = tr("Can switch between the prices of {0}").format(names[0])
        else:
            text = tr("Can switch between {0}").format(join_words(names))
        if how_often:
            text += ", " + how_often
        out.append(Point(text, True, "update"))
    else:
        out.append(Point(tr("Cannot switch to another plan"), False, "update"))
    if "quantity" in allowed:
        adjustable = [
            (catalog.product_name(p["product"]), p["adjustable_quantity"])
            for p in products
            if p["adjustable_quantity"]["enabled"]
        ]
        if adjustable:
            limits = {(q["minimum"], q["maximum"]) for _, q in adjustable}
            text = tr("Can change the quantity")
            if len(adjustable) < len(products):
                text = tr("Can change the quantity of {0}").format(
                    join_words([n for n, _ in adjustable])
                )
            if len(limits) == 1:
                low, high = next(iter(limits))
                text += tr(" ({0} to {1})").format(low, high if high else "∞")
            out.append(Point(text, True, "update"))
        else:
            out.append(Point(tr("Cannot change the quantity"), False, "update"))
    else:
        out.append(Point(tr("Cannot change the quantity"), False, "update"))
    if "promotion_code" in allowed:
        out.append(Point(tr("Can apply a promotion code when changing plan"), True, "update"))
    conditions = {c["type"] for c in su["schedule_at_period_end"]["conditions"]}
    if conditions == {"decreasing_item_amount", "shortening_interval"}:
        out.append(
            Point(
                tr("Downgrades and shorter billing periods start at the end of the period"),
                None,
                "update",
            )
        )
    elif "decreasing_item_amount" in conditions:
        out.append(Point(tr("Downgrades start at the end of the period"), None, "update"))
    elif "shortening_interval" in conditions:
        out.append(
            Point(
                tr("Moves to a shorter billing period start at the end of the period"),
                None,
                "update",
            )
        )
    else:
        out.append(Point(tr("Plan changes take effect immediately"), None, "update"))
    proration = su["proration_behavior"]
    if proration == "none":
        out.append(Point(tr("Plan changes are not prorated"), None, "update"))
    elif proration == "always_invoice":
        out.append(Point(tr("Plan changes are prorated and invoiced at once"), None, "update"))
    else:
        out.append(Point(tr("Plan changes are prorated on the next invoice"), None, "update"))
    if su["trial_update_behavior"] == "continue_trial":
        out.append(Point(tr("Changing plan during a trial keeps the trial"), None, "update"))
    else:
        out.append(Point(tr("Changing plan during a trial ends the trial"), None, "update"))
    if su["billing_cycle_anchor"] == "now":
        out.append(Point(tr("A plan change starts a new billing period"), None, "update"))
    return out


def _cancellations(doc: Doc) -> list[Point]:
    sc = doc["features"]["subscription_cancel"]
    if not sc["enabled"]:
        return [Point(tr("Cannot cancel in the portal"), False, "cancel")]
    if sc["mode"] == "immediately":
        text = tr("Can cancel; cancellations take effect immediately")
        if sc["proration_behavior"] == "create_prorations":
            text += tr(" with credit for unused time")
    else:
        text = tr("Can cancel; cancellations take effect at the end of the billing period")
    reason = sc["cancellation_reason"]
    if reason["enabled"] and reason["options"]:
        text += tr(" and ask for a reason")
    return [Point(text, True, "cancel")]


def _pausing(doc: Doc) -> list[Point]:
    sp = doc["features"]["subscription_pause"]
    if not sp["enabled"]:
        return [Point(tr("Cannot pause"), False, "pause")]
    pause_for = sp["duration"]
    if pause_for["type"] == "indefinite":
        return [Point(tr("Can pause until they choose to resume"), True, "pause")]
    options = pause_for["interval_options"]
    lengths = [duration(o["interval"], o["interval_count"] or 1) for o in options]
    return [Point(tr("Can pause for {0}").format(join_or(lengths)), True, "pause")]


def _customer(doc: Doc) -> list[Point]:
    f = doc["features"]
    out: list[Point] = []
    cu = f["customer_update"]
    path = "features.customer_update.allowed_updates"
    if cu["enabled"] and cu["allowed_updates"]:
        words = [lower(choice_label(path, v)) for v in cu["allowed_updates"]]
        out.append(Point(tr("Can update their {0}").format(join_words(words)), True, "customer"))
    else:
        out.append(Point(tr("Cannot change their name, email or addresses"), False, "customer"))
    if f["payment_method_update"]["enabled"]:
        out.append(Point(tr("Can add and change payment methods"), True, "customer"))
    else:
        out.append(Point(tr("Cannot change payment methods"), False, "customer"))
    if f["invoice_history"]["enabled"]:
        out.append(Point(tr("Can see and download past invoices"), True, "customer"))
    else:
        out.append(Point(tr("Cannot see past invoices"), False, "customer"))
    return out


def _access(doc: Doc) -> list[Point]:
    out: list[Point] = []
    if doc["login_page"]["enabled"]:
        out.append(
            Point(tr("Can sign in on their own with a link sent to their email"), True, "general")
        )
    else:
        out.append(Point(tr("Reach the portal only through a link from your app"), None, "general"))
    if doc["default_return_url"]:
        out.append(
            Point(
                tr("Return to {0} when they leave").format(doc["default_return_url"]),
                None,
                "general",
            )
        )
    return out


def summarise(doc: Doc, catalog: Catalog | None = None) -> list[Point]:
    """The summary of ``doc``: plan changes, cancelling, pausing, details, access."""
    catalog = catalog or Catalog()
    return [
        *_plan_changes(doc, catalog),
        *_cancellations(doc),
        *_pausing(doc),
        *_customer(doc),
        *_access(doc),
    ]


def summary_text(doc: Doc, catalog: Catalog | None = None) -> str:
    """The summary as one line per point (command line, tests)."""
    return "\n".join(p.text for p in summarise(doc, catalog))
