"""Building blocks of the customer detail: sections, pills and the subscription card.

:class:`SubscriptionCard` shows one subscription -- status, items with prices, billing
period, trial, paused collection (``pause_collection``) and ``status=paused`` worded
differently, cancellation, schedule, Connect charge type and account -- and, for the chosen
portal configuration, what the portal lets the customer do with it and why not, with
buttons that open the portal straight at a flow (disabled, with the reason, when the
subscription is not eligible).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from services.customers.detail import (
    CustomerDetail,
    charge_type,
    items_of,
    period_of,
    price_of,
    ref,
)
from services.customers.eligibility import SubscriptionEligibility, Verdict
from widgets.customers.texts import (
    date,
    money,
    pause_behavior_label,
    reason_text,
    status_label,
    tr,
)
from widgets.style import (
    ERROR_COLOR,
    WARNING_COLOR,
    is_dark,
    make_muted,
    pill_style,
    scaled_font,
    subtle_fill,
    theme_palette,
)

OK_COLOR = QColor("#15803d")
INFO_COLOR = QColor("#1d4ed8")
STATUS_COLORS = {
    "active": OK_COLOR,
    "trialing": INFO_COLOR,
    "paid": OK_COLOR,
    "past_due": WARNING_COLOR,
    "unpaid": ERROR_COLOR,
    "open": WARNING_COLOR,
    "paused": WARNING_COLOR,
    "incomplete": WARNING_COLOR,
    "uncollectible": ERROR_COLOR,
}


def _blend(a: QColor, b: QColor, share: float) -> QColor:
    return QColor(
        round(a.red() * (1 - share) + b.red() * share),
        round(a.green() * (1 - share) + b.green() * share),
        round(a.blue() * (1 - share) + b.blue() * share),
    )


def pill(text: str, color: QColor | None = None) -> QLabel:
    """A small rounded badge, tinted with ``color`` (grey without one)."""
    label = QLabel(text)
    palette = theme_palette()
    window = palette.color(QPalette.ColorRole.Window)
    accent = QColor(color) if color is not None else palette.color(QPalette.ColorRole.WindowText)
    if is_dark(palette):
        accent = accent.lighter(160)
    fg = accent if color is not None else palette.color(QPalette.ColorRole.WindowText)
    label.setStyleSheet(pill_style(_blend(window, accent, 0.14), fg, _blend(window, accent, 0.4)))
    label.setFont(scaled_font(label.font(), 0.85, bold=True))
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return label


def status_pill(status: str | None) -> QLabel:
    return pill(status_label(status), STATUS_COLORS.get(status or ""))


def muted(text: str, *, selectable: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    make_muted(label)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain(text: str, *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Section(QFrame):
    """A titled card with a vertical body (``self.body``)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerSection")
        palette = theme_palette()
        self.setStyleSheet(
            f"#customerSection {{ background: {subtle_fill(palette, 0.035).name()};"
            f" border: 1px solid {subtle_fill(palette, 0.14).name()}; border-radius: 8px; }}"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 14)
        outer.setSpacing(8)
        self.header = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        outer.addLayout(self.header)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        outer.addLayout(self.body)


def field_grid(rows: list[tuple[str, QWidget | str]]) -> QGridLayout:
    """Label/value rows (values may be plain strings)."""
    grid = QGridLayout()
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(5)
    for r, (name, value) in enumerate(rows):
        key = muted(name, wrap=False)
        grid.addWidget(key, r, 0, Qt.AlignmentFlag.AlignTop)
        widget = plain(value, selectable=True) if isinstance(value, str) else value
        grid.addWidget(widget, r, 1)
    grid.setColumnStretch(1, 1)
    return grid


def _interval(price: dict[str, Any]) -> str:
    rec = price.get("recurring") or {}
    count = int(rec.get("interval_count") or 1)
    interval = str(rec.get("interval") or "")
    if count == 1:
        return {
            "day": tr("day"),
            "week": tr("week"),
            "month": tr("month"),
            "year": tr("year"),
        }.get(interval, interval)
    units = {
        "day": tr("days"),
        "week": tr("weeks"),
        "month": tr("months"),
        "year": tr("years"),
    }.get(interval, interval)
    return tr("{0} {1}").format(count, units)


def item_line(item: dict[str, Any], products: dict[str, str]) -> str:
    """``2 × Pro — $29.00 / month`` (metered: ``Pro — $0.02 per unit / month, usage-based``)."""
    price = price_of(item)
    product = ref(price.get("product")) or ""
    name = products.get(product) or price.get("nickname") or product or price.get("id", "?")
    amount = money(price.get("unit_amount"), price.get("currency"))
    every = _interval(price)
    if (price.get("recurring") or {}).get("usage_type") == "metered":
        return tr("{0} — {1} per unit / {2}, usage-based").format(name, amount, every)
    qty = item.get("quantity") or 1
    tax = price.get("tax_behavior")
    tax_note = {"inclusive": tr("tax incl."), "exclusive": tr("tax excl.")}.get(str(tax), "")
    line = tr("{0} × {1} — {2} / {3}").format(qty, name, amount, every)
    return f"{line} ({tax_note})" if tax_note else line


class SubscriptionCard(QFrame):
    """One subscription and what the portal can do with it.

    Signals:
        portal_requested(str, str) -- open the portal at a flow (flow, subscription id).
    """

    portal_requested = Signal(str, str)

    def __init__(
        self,
        sub: dict[str, Any],
        detail: CustomerDetail,
        eligibility: SubscriptionEligibility | None,
        config_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sub = sub
        self.eligibility = eligibility
        self.setObjectName("subscriptionCard")
        palette = theme_palette()
        self.setStyleSheet(
            f"#subscriptionCard {{ background: {palette.color(QPalette.ColorRole.Base).name()};"
            f" border: 1px solid {subtle_fill(palette, 0.14).name()}; border-radius: 6px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        items = items_of(sub)
        names = []
        for item in items:
            product = ref(price_of(item).get("product")) or ""
            names.append(detail.products.get(product, product))
        title_row = QHBoxLayout()
        title = QLabel(" · ".join(n for n in names if n) or str(sub.get("id")))
        title.setFont(scaled_font(self.font(), 1.0, bold=True))
        title.setWordWrap(True)
        title_row.addWidget(title, 1)
        status = sub.get("status")
        title_row.addWidget(status_pill(status), 0, Qt.AlignmentFlag.AlignTop)
        pause = sub.get("pause_collection")
        if isinstance(pause, dict) and pause.get("behavior"):
            title_row.addWidget(pill(tr("Collection paused"), WARNING_COLOR), 0)
        layout.addLayout(title_row)
        for item in items:
            layout.addWidget(plain(item_line(item, detail.products)))
        for text in self._facts(sub, detail):
            layout.addWidget(muted(text))
        ident = muted(str(sub.get("id")), selectable=True)
        ident.setFont(scaled_font(ident.font(), 0.9))
        layout.addWidget(ident)
        self.cancel_button: QPushButton | None = None
        self.update_button: QPushButton | None = None
        if eligibility is not None:
            layout.addSpacing(4)
            layout.addWidget(self._portal_block(eligibility, config_name))

    def _facts(self, sub: dict[str, Any], detail: CustomerDetail) -> list[str]:
        now = int(time.time())
        facts: list[str] = []
        start, end = period_of(sub)
        if start and end:
            facts.append(tr("Current period: {0} – {1}").format(date(start), date(end)))
        if sub.get("collection_method") == "send_invoice":
            days = sub.get("days_until_due")
            facts.append(
                tr("Invoices are sent for payment, due in {0} days").format(days)
                if days
                else tr("Invoices are sent for payment")
            )
        trial_end = sub.get("trial_end")
        if sub.get("status") == "trialing" and trial_end:
            facts.append(tr("Free trial until {0}").format(date(trial_end)))
        elif trial_end and trial_end > now:
            facts.append(tr("Trial ends {0}").format(date(trial_end)))
        pause = sub.get("pause_collection")
        if isinstance(pause, dict) and pause.get("behavior"):
            resumes = pause.get("resumes_at")
            text = tr("Payment collection paused: {0}").format(
                pause_behavior_label(pause.get("behavior"))
            )
            text += tr(", resumes {0}").format(date(resumes)) if resumes else tr(", until resumed")
            text += tr(". The subscription itself stays {0}.").format(
                i18n.in_sentence(status_label(sub.get("status")))
            )
            facts.append(text)
        if sub.get("status") == "paused":
            facts.append(
                tr(
                    "Status paused: the trial ended without a payment method; no invoices "
                    "until it is resumed (this is not paused payment collection)."
                )
            )
        if sub.get("cancel_at_period_end") or sub.get("cancel_at"):
            when = sub.get("cancel_at") or end
            facts.append(tr("Set to cancel on {0}").format(date(when)))
        if sub.get("canceled_at") and sub.get("status") == "canceled":
            facts.append(
                tr("Canceled on {0}").format(date(sub.get("ended_at") or sub.get("canceled_at")))
            )
        schedule = ref(sub.get("schedule"))
        if schedule:
            found = detail.schedules.get(schedule)
            if found:
                phases = len(found.get("phases") or [])
                facts.append(
                    tr("Managed by schedule {0}: {1} phase(s), then {2}").format(
                        schedule, phases, found.get("end_behavior") or "release"
                    )
                )
            else:
                facts.append(tr("Managed by subscription schedule {0}").format(schedule))
        facts.append(self._connect_fact(sub, detail))
        return facts

    @staticmethod
    def _connect_fact(sub: dict[str, Any], detail: CustomerDetail) -> str:
        kind = charge_type(sub, detail.account)
        name = detail.accounts.get

        def who(acct: str | None) -> str:
            return f"{name(acct, acct)} ({acct})" if acct else ""

        if kind == "direct":
            return tr("Direct charge on the connected account {0}").format(who(detail.account))
        if kind == "destination":
            dest = ref((sub.get("transfer_data") or {}).get("destination"))
            text = tr("Destination charge, paid out to {0}").format(who(dest))
            obo = ref(sub.get("on_behalf_of"))
            if obo:
                text += tr(", on behalf of {0}").format(name(obo, obo))
            fee = sub.get("application_fee_percent")
            if fee is not None:
                text += tr(", application fee {0}%").format(f"{fee:g}")
            return text
        obo = ref(sub.get("on_behalf_of"))
        if obo:
            return tr("Platform charge on behalf of {0}").format(who(obo))
        return tr("Charged by the platform")

    def _portal_block(self, e: SubscriptionEligibility, config_name: str) -> QWidget:
        box = QFrame()
        box.setObjectName("portalBlock")
        palette = theme_palette()
        box.setStyleSheet(
            f"#portalBlock {{ border-top: 1px solid {subtle_fill(palette, 0.14).name()}; }}"
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        head = QLabel(tr("In the portal ({0})").format(config_name))
        head.setFont(scaled_font(head.font(), 0.95, bold=True))
        layout.addWidget(head)
        layout.addWidget(self._verdict_row(tr("Cancel"), e.cancel))
        layout.addWidget(self._verdict_row(tr("Change plan or quantity"), e.update))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 4, 0, 0)
        self.cancel_button = QPushButton(tr("Cancel in portal…"))
        self.update_button = QPushButton(tr("Change in portal…"))
        for button, verdict, flow in (
            (self.cancel_button, e.cancel, "subscription_cancel"),
            (self.update_button, e.update, "subscription_update"),
        ):
            button.setEnabled(verdict.allowed)
            if not verdict.allowed:
                button.setToolTip("\n".join(reason_text(r) for r in verdict.reasons))
            button.clicked.connect(
                lambda _=False, f=flow: self.portal_requested.emit(f, str(self.sub.get("id")))
            )
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    @staticmethod
    def _verdict_row(what: str, verdict: Verdict) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        mark = "✓" if verdict.allowed else "✗"
        color = OK_COLOR if verdict.allowed else ERROR_COLOR
        if is_dark(theme_palette()):
            color = color.lighter(160)
        verdict_word = tr("allowed") if verdict.allowed else tr("not available")
        line = QLabel(f"<span style='color:{color.name()}'>{mark}</span> {what}: {verdict_word}")
        line.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(line)
        for reason in verdict.reasons:
            note = muted(reason_text(reason))
            note.setIndent(16)
            layout.addWidget(note)
        for warning in verdict.warnings:
            note = muted("⚠ " + reason_text(warning))
            note.setIndent(16)
            layout.addWidget(note)
        return row
