"""The right-hand side of the Customers panel: one customer, in full.

Profile (name, email, phone, address, tax ids, balance, created, account), subscriptions
(:class:`~widgets.customers.cards.SubscriptionCard`, with portal eligibility for the chosen
configuration), recent invoices (status, amount in the invoice's currency, links to the
hosted invoice page and the PDF), payment methods (type, brand and last 4 or bank, which one
is the default), and the portal sessions opened here. A Refresh button (Ctrl+R) re-fetches
the customer from Stripe; "Open portal…" (Ctrl+P) opens the session dialog; Escape goes back
to the search field.

The view only displays what it is given; the panel loads it off the UI thread.
"""

from __future__ import annotations

import json
import time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from services.customers.audit import AuditEntry
from services.customers.detail import CustomerDetail
from services.customers.eligibility import CustomerEligibility, evaluate_customer
from services.errors import UserFacingError
from widgets.customers.cards import (
    Section,
    SubscriptionCard,
    field_grid,
    muted,
    pill,
    plain,
    status_pill,
)
from widgets.customers.texts import configuration_name, date, date_time, flow_label, money, tr
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import (
    ERROR_COLOR,
    WARNING_COLOR,
    heading,
    make_muted,
    scaled_font,
    theme_palette,
)

BRANDS = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "American Express",
    "discover": "Discover",
    "diners": "Diners Club",
    "jcb": "JCB",
    "unionpay": "UnionPay",
}
PM_TYPES = {
    "card": str(QT_TRANSLATE_NOOP("CustomersText", "Card")),
    "sepa_debit": str(QT_TRANSLATE_NOOP("CustomersText", "SEPA Direct Debit")),
    "us_bank_account": str(QT_TRANSLATE_NOOP("CustomersText", "US bank account")),
    "bacs_debit": str(QT_TRANSLATE_NOOP("CustomersText", "Bacs Direct Debit")),
    "au_becs_debit": str(QT_TRANSLATE_NOOP("CustomersText", "BECS Direct Debit")),
    "acss_debit": str(QT_TRANSLATE_NOOP("CustomersText", "Pre-authorized debit")),
    "link": "Link",
    "paypal": "PayPal",
    "cashapp": "Cash App Pay",
    "amazon_pay": "Amazon Pay",
}


def payment_method_text(pm: dict[str, Any]) -> str:
    """``Visa •••• 4242, expires 12/2028`` / ``SEPA Direct Debit •••• 3000 (DE)``."""
    kind = str(pm.get("type"))
    details = pm.get(kind) or {}
    if kind == "card":
        brand = BRANDS.get(str(details.get("brand")), str(details.get("brand") or tr("Card")))
        text = f"{brand} •••• {details.get('last4', '????')}"
        if details.get("exp_month") and details.get("exp_year"):
            text += tr(", expires {0:02d}/{1}").format(
                int(details["exp_month"]), details["exp_year"]
            )
        return text
    name = tr(PM_TYPES[kind]) if kind in PM_TYPES else kind.replace("_", " ").capitalize()
    if details.get("bank_name"):
        name += f" · {details['bank_name']}"
    if details.get("last4"):
        name += f" •••• {details['last4']}"
    if details.get("country"):
        name += f" ({details['country']})"
    if kind in ("link", "paypal") and (details.get("email") or details.get("payer_email")):
        name += f" · {details.get('email') or details.get('payer_email')}"
    return name


def address_text(address: dict[str, Any] | None) -> str:
    if not address:
        return "—"
    lines = [address.get("line1"), address.get("line2")]
    city = " ".join(x for x in (address.get("postal_code"), address.get("city")) if x)
    lines += [city, address.get("state"), address.get("country")]
    return "\n".join(str(x) for x in lines if x) or "—"


def _fingerprint(detail: CustomerDetail, audit: list[AuditEntry], fetched_at: float | None) -> str:
    """Everything the view shows, as text, to tell whether a reload changed anything."""
    shown = {
        "customer": detail.customer,
        "deleted": detail.deleted,
        "subscriptions": detail.subscriptions,
        "invoices": detail.invoices,
        "payment_methods": detail.payment_methods,
        "fetched": detail.payment_methods_fetched,
        "configurations": detail.configurations,
        "prices": detail.prices,
        "products": detail.products,
        "accounts": detail.accounts,
        "tax_ids": detail.tax_ids,
        "schedules": detail.schedules,
        "audit": [(e.created_at, e.flow, e.session_id) for e in audit],
        "fetched_at": fetched_at,
    }
    return json.dumps(shown, sort_keys=True, default=str)


class CustomerDetailView(QWidget):
    """A customer's profile, subscriptions, invoices and payment methods.

    Signals:
        refresh_requested() -- re-fetch this customer from Stripe.
        portal_requested(str, str) -- open the portal dialog (flow or "", subscription or "").
        back_requested() -- Escape: return to the search field.
        configuration_chosen(str) -- the portal configuration used for eligibility changed.
    """

    refresh_requested = Signal()
    portal_requested = Signal(str, str)
    back_requested = Signal()
    configuration_chosen = Signal(str)

    EMPTY, LOADING, CONTENT = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerDetail")
        self.detail: CustomerDetail | None = None
        self.eligibility: CustomerEligibility | None = None
        self.config_id: str | None = None
        self.cards: list[SubscriptionCard] = []
        self._fetched_at: float | None = None
        self._audit: list[AuditEntry] = []
        self._fingerprint = ""
        self._want_focus = False

        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_page())
        loading = QWidget()
        loading_row = QHBoxLayout(loading)
        self.loading_spinner = Spinner(20)
        self.loading_label = QLabel(tr("Loading…"))
        loading_row.addStretch(1)
        loading_row.addWidget(self.loading_spinner)
        loading_row.addWidget(self.loading_label)
        loading_row.addStretch(1)
        self.stack.addWidget(loading)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(self._header())
        self.banner = ErrorBanner(closable=True)
        column.addWidget(self.banner)
        self.notice = ErrorBanner(tone="warning")
        column.addWidget(self.notice)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(12)
        column.addLayout(self.sections)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        self.stack.addWidget(self.scroll_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for keys, slot in (
            ("Ctrl+R", self.refresh_requested.emit),
            ("Ctrl+P", lambda: self._open_portal("", "")),
            ("Escape", self.back_requested.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- construction --------------------------------------------------------------------------
    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        icon = QLabel()
        icon.setPixmap(
            icons.pixmap("customers", 48, theme_palette().color(theme_palette().ColorRole.Mid))
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(icon)
        self.empty_title = QLabel(tr("Choose a customer"))
        self.empty_title.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_title)
        self.empty_text = QLabel(
            tr(
                "Type a name, email, phone number or customer id on the left. "
                "↑ ↓ move through the results, Enter opens one, Escape comes back to the "
                "search; Ctrl+K jumps to the search from anywhere."
            )
        )
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_muted(self.empty_text)
        layout.addWidget(self.empty_text)
        layout.addStretch(2)
        return page

    def _header(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        row = QHBoxLayout()
        self.name_label = heading("", self.font(), 1.6)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.name_label, 1)
        self.spinner = Spinner(16)
        row.addWidget(self.spinner)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setIcon(icons.icon("sync"))
        self.refresh_button.setToolTip(tr("Fetch this customer again from Stripe (Ctrl+R)"))
        self.refresh_button.clicked.connect(self.refresh_requested.emit)
        row.addWidget(self.refresh_button)
        self.portal_button = QPushButton(tr("Open portal…"))
        self.portal_button.setToolTip(tr("Create a customer portal session (Ctrl+P)"))
        self.portal_button.setDefault(True)
        self.portal_button.clicked.connect(lambda: self._open_portal("", ""))
        row.addWidget(self.portal_button)
        column.addLayout(row)
        ids = QHBoxLayout()
        ids.setSpacing(6)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        ids.addLayout(self.badges)
        self.id_label = muted("", selectable=True, wrap=False)
        ids.addWidget(self.id_label)
        self.copy_id = QToolButton()
        self.copy_id.setText(tr("Copy id"))
        self.copy_id.setAutoRaise(True)
        self.copy_id.clicked.connect(self._copy_id)
        ids.addWidget(self.copy_id)
        ids.addStretch(1)
        self.freshness = muted("", wrap=False)
        ids.addWidget(self.freshness)
        column.addLayout(ids)
        return column

    # -- states --------------------------------------------------------------------------------
    def show_empty(self, title: str | None = None, text: str | None = None) -> None:
        """The "choose a customer" page (or another message in its place)."""
        self.detail = None
        self._want_focus = False
        self.empty_title.setText(title or tr("Choose a customer"))
        if text is not None:
            self.empty_text.setText(text)
        self.stack.setCurrentIndex(self.EMPTY)

    def show_loading(self, what: str) -> None:
        self.loading_label.setText(tr("Loading {0}…").format(what))
        self.loading_spinner.start()
        self.stack.setCurrentIndex(self.LOADING)

    def set_busy(self, busy: bool) -> None:
        """The Refresh spinner (a fetch from Stripe is running)."""
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        self.refresh_button.setEnabled(not busy)

    def show_error(self, error: UserFacingError, title: str) -> None:
        self.banner.show_error(error, title)

    def show_detail(
        self,
        detail: CustomerDetail,
        *,
        audit: list[AuditEntry] | None = None,
        fetched_at: float | None = None,
    ) -> None:
        """Display ``detail`` (keeps the chosen configuration when it still exists)."""
        same = self.detail is not None and (self.detail.id, self.detail.account) == (
            detail.id,
            detail.account,
        )
        self.detail = detail
        self.loading_spinner.stop()
        if not same:
            self.banner.clear()
        if fetched_at is not None or not same:
            self._fetched_at = fetched_at
        self._audit = audit or []
        configs = detail.active_configurations()
        ids = [str(c.get("id")) for c in configs]
        if self.config_id not in ids:
            self.config_id = ids[0] if ids else None
        fingerprint = _fingerprint(detail, self._audit, self._fetched_at)
        unchanged = same and fingerprint == self._fingerprint
        if not (unchanged and self.stack.currentIndex() == self.CONTENT):
            # Rebuild only what changed: a periodic sync that brings nothing new must not
            # reset the scroll position, the focus or a button under the mouse.
            self._fingerprint = fingerprint
            self._rebuild()
        self.stack.setCurrentIndex(self.CONTENT)
        if self._want_focus:
            self._want_focus = False
            self.focus_content()

    def _configuration(self) -> dict[str, Any] | None:
        if self.detail is None:
            return None
        return next((c for c in self.detail.configurations if c.get("id") == self.config_id), None)

    def _rebuild(self) -> None:
        detail = self.detail
        assert detail is not None
        customer = detail.customer or {}
        self.eligibility = evaluate_customer(
            detail.customer,
            detail.subscriptions,
            self._configuration(),
            payment_method_types=detail.payment_method_types(),
            prices=detail.prices,
            deleted=detail.deleted,
        )
        self.name_label.setText(customer.get("name") or customer.get("email") or detail.id)
        self.id_label.setText(detail.id)
        while self.badges.count():
            item = self.badges.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if detail.deleted:
            self.badges.addWidget(pill(tr("Deleted"), ERROR_COLOR))
        if customer.get("delinquent"):
            self.badges.addWidget(pill(tr("Delinquent"), WARNING_COLOR))
        self.badges.addWidget(pill(self._account_text(detail)))
        self.portal_button.setEnabled(not detail.deleted and bool(customer))
        self.refresh_button.setEnabled(True)
        if self._fetched_at is not None:
            self.freshness.setText(
                tr("Fetched from Stripe at {0}").format(
                    date_time(int(time.time() - (time.monotonic() - self._fetched_at)))
                )
            )
        else:
            self.freshness.setText(tr("From the local cache"))
        if detail.deleted:
            self.notice.show_error(
                tr(
                    "This customer was deleted on Stripe. What Counterfoil last knew is shown; "
                    "no portal session can be opened for it."
                ),
                tr("Deleted customer"),
            )
        else:
            self.notice.clear()
        self._clear_sections()
        self.sections.addWidget(self._profile(detail))
        self.sections.addWidget(self._subscriptions(detail))
        self.sections.addWidget(self._invoices(detail))
        self.sections.addWidget(self._payment_methods(detail))
        if self._audit:
            self.sections.addWidget(self._audit_section(self._audit))

    def _clear_sections(self) -> None:
        self.cards = []
        while self.sections.count():
            item = self.sections.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    @staticmethod
    def _account_text(detail: CustomerDetail) -> str:
        if not detail.account:
            return tr("Platform")
        name = detail.accounts.get(detail.account)
        return f"{name} ({detail.account})" if name else detail.account

    # -- sections ------------------------------------------------------------------------------
    def _profile(self, detail: CustomerDetail) -> Section:
        c = detail.customer or {}
        section = Section(tr("Profile"))
        if detail.tax_ids is None:
            tax = tr("Not loaded yet")
        elif not detail.tax_ids:
            tax = tr("None")
        else:
            tax = "\n".join(
                f"{t.get('type', '').replace('_', ' ').upper()} {t.get('value', '')}"
                for t in detail.tax_ids
            )
        balance = c.get("balance")
        if isinstance(balance, int) and balance < 0:
            balance_text = tr("{0} credit").format(money(-balance, c.get("currency") or "usd"))
        elif isinstance(balance, int) and balance > 0:
            balance_text = tr("{0} owed").format(money(balance, c.get("currency") or "usd"))
        else:
            balance_text = money(0, c.get("currency") or "usd") if balance is not None else "—"
        rows: list[tuple[str, QWidget | str]] = [
            (tr("Email"), c.get("email") or "—"),
            (tr("Phone"), c.get("phone") or "—"),
            (tr("Address"), address_text(c.get("address"))),
            (tr("Tax ids"), tax),
            (tr("Balance"), balance_text),
            (tr("Created"), date(c.get("created"))),
            (tr("Account"), self._account_text(detail)),
        ]
        if c.get("description"):
            rows.append((tr("Description"), str(c["description"])))
        if c.get("preferred_locales"):
            rows.append((tr("Languages"), ", ".join(c["preferred_locales"])))
        section.body.addLayout(field_grid(rows))
        return section

    def _subscriptions(self, detail: CustomerDetail) -> Section:
        section = Section(tr("Subscriptions"))
        configs = detail.active_configurations()
        label = muted(tr("Portal configuration:"), wrap=False)
        self.config_combo = QComboBox()
        self.config_combo.setAccessibleName(tr("Portal configuration for eligibility"))
        for cfg in configs:
            self.config_combo.addItem(configuration_name(cfg), cfg.get("id"))
        if self.config_id is not None:
            self.config_combo.setCurrentIndex(max(0, self.config_combo.findData(self.config_id)))
        self.config_combo.setEnabled(bool(configs))
        self.config_combo.currentIndexChanged.connect(self._config_changed)
        section.header.addWidget(label)
        section.header.addWidget(self.config_combo)
        subs = detail.subscriptions
        if not subs:
            section.body.addWidget(
                muted(
                    tr(
                        "No subscriptions. The portal can still update payment methods and "
                        "show invoices; flows that need a subscription are unavailable."
                    )
                )
            )
            return section
        if not configs:
            section.body.addWidget(
                muted(tr("There is no active portal configuration for this account yet."))
            )
        config_name = self.config_combo.currentText()
        assert self.eligibility is not None
        for sub in subs:
            e = self.eligibility.subscriptions.get(str(sub.get("id")))
            card = SubscriptionCard(sub, detail, e, config_name)
            card.portal_requested.connect(self._open_portal)
            self.cards.append(card)
            section.body.addWidget(card)
        return section

    def _invoices(self, detail: CustomerDetail) -> Section:
        section = Section(tr("Recent invoices"))
        if not detail.invoices:
            section.body.addWidget(muted(tr("No invoices.")))
            return section
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for col, title in enumerate(
            (tr("Invoice"), tr("Date"), tr("Status"), tr("Amount"), tr("Links"))
        ):
            head = muted(title, wrap=False)
            head.setFont(scaled_font(head.font(), 0.9, bold=True))
            grid.addWidget(head, 0, col)
        for row, inv in enumerate(detail.invoices, start=1):
            grid.addWidget(plain(inv.get("number") or str(inv.get("id")), selectable=True), row, 0)
            grid.addWidget(plain(date(inv.get("created"))), row, 1)
            grid.addWidget(status_pill(inv.get("status")), row, 2, Qt.AlignmentFlag.AlignLeft)
            amount = plain(money(inv.get("total", inv.get("amount_due")), inv.get("currency")))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(amount, row, 3)
            links = []
            if inv.get("hosted_invoice_url"):
                links.append(f"<a href='{inv['hosted_invoice_url']}'>{tr('Invoice page')}</a>")
            if inv.get("invoice_pdf"):
                links.append(f"<a href='{inv['invoice_pdf']}'>{tr('PDF')}</a>")
            link = QLabel(" · ".join(links) or "—")
            link.setTextFormat(Qt.TextFormat.RichText)
            link.setOpenExternalLinks(True)
            grid.addWidget(link, row, 4)
        grid.setColumnStretch(4, 1)
        section.body.addLayout(grid)
        return section

    def _payment_methods(self, detail: CustomerDetail) -> Section:
        section = Section(tr("Payment methods"))
        default = detail.default_payment_method()
        if not detail.payment_methods:
            if not detail.payment_methods_fetched:
                text = tr("Loading from Stripe… (the sync does not download payment methods)")
            else:
                text = tr("No payment methods.")
            section.body.addWidget(muted(text))
            return section
        for pm in detail.payment_methods:
            row = QHBoxLayout()
            label = plain(payment_method_text(pm))
            label.setWordWrap(False)
            row.addWidget(label)
            if pm.get("id") == default:
                row.addWidget(pill(tr("Default")), 0, Qt.AlignmentFlag.AlignVCenter)
            row.addStretch(1)
            ident = muted(str(pm.get("id")), selectable=True, wrap=False)
            row.addWidget(ident)
            section.body.addLayout(row)
        return section

    def _audit_section(self, entries: list[AuditEntry]) -> Section:
        section = Section(tr("Portal sessions opened from Counterfoil"))
        for e in entries[:5]:
            text = tr("{0} · {1} · by {2}").format(
                flow_label(e.flow), date_time(e.created_at), e.actor
            )
            if e.subscription:
                text += f" · {e.subscription}"
            section.body.addWidget(muted(text))
        return section

    # -- actions -------------------------------------------------------------------------------
    def _config_changed(self, index: int) -> None:
        value = self.config_combo.itemData(index)
        if value and value != self.config_id and self.detail is not None:
            self.config_id = str(value)
            self.configuration_chosen.emit(self.config_id)
            scroll = self.scroll_area.verticalScrollBar().value()
            self._rebuild()
            self.scroll_area.verticalScrollBar().setValue(scroll)
            self.config_combo.setFocus()

    def _open_portal(self, flow: str, subscription: str) -> None:
        if self.detail is not None and self.portal_button.isEnabled():
            self.portal_requested.emit(flow, subscription)

    def _copy_id(self) -> None:
        if self.detail is not None:
            QGuiApplication.clipboard().setText(self.detail.id)

    def focus_content(self) -> None:
        """Move the keyboard focus into the detail (after Enter in the results); while the
        detail is still loading, as soon as it is shown."""
        if self.stack.currentIndex() != self.CONTENT:
            self._want_focus = True
        elif self.portal_button.isEnabled():
            self.portal_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.refresh_button.setFocus(Qt.FocusReason.OtherFocusReason)
