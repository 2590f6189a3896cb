"""The create-subscription wizard: direct or destination, customer, price, fee, outcome.

Four steps and a result page, in one dialog:

1. **How the money flows** — direct or destination charges, with the guide's
   recommendation for the account's Dashboard access and what each means for fees,
   refunds and disputes (seed 001);
2. **Customer** — pick one, or create one, *where it must live*: on the connected account
   for direct charges, on the platform for destination charges;
3. **Price** — from the same catalogue;
4. **Fee and review** — ``application_fee_percent`` (0–100, at most two decimals, checked
   as it is typed) and, for destination charges, ``on_behalf_of``.

Create sends ``payment_behavior=default_incomplete`` with
``expand=["latest_invoice.confirmation_secret"]``. Every attempt carries idempotency
keys (:func:`services.connect.wizard.attempt_keys`): after a failure (a dropped
connection…) everything typed stays and "Try again" resends with the same keys, so a
retry never creates a second customer or subscription. The result page shows the status,
the first invoice's payment page link and what remains to be done.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from services.connect import operations
from services.connect.accounts import AccountRow
from services.connect.catalog import CustomerOption, PriceOption, customer_options, price_options
from services.connect.kinds import Kind, recommended_kind
from services.connect.wizard import (
    AttemptKeys,
    FieldProblem,
    NewCustomer,
    Outcome,
    SubscriptionDraft,
    attempt_keys,
    validate,
)
from services.errors import UserFacingError
from widgets.connect import texts
from widgets.connect.outcome import OutcomeView
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import make_muted, pill_style, scaled_font, subtle_fill, theme_palette

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_FIELDS: dict[int, tuple[str, ...]] = {
    0: ("kind",),
    1: ("customer", "email"),
    2: ("price",),
    3: ("application_fee_percent", "on_behalf_of"),
}


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("fieldProblem")
    label.setStyleSheet("#fieldProblem { color: #b91c1c; }")
    label.setVisible(False)
    return label


def price_label(p: PriceOption, account: AccountRow | None = None) -> str:
    amount = i18n.format_money(p.unit_amount, p.currency)
    if p.interval:
        amount += " / " + texts.interval_text(p.interval, p.interval_count)
    name = p.product_name or p.nickname or p.id
    text = f"{name}  ·  {amount}"
    if p.nickname and p.product_name:
        text += f"  ·  {p.nickname}"
    return text


class _Card(QFrame):
    """A bordered option: a radio button and its explanation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionCard")
        palette = theme_palette()
        self.setStyleSheet(
            f"#optionCard {{ border: 1px solid {subtle_fill(palette, 0.18).name()};"
            f" border-radius: 8px; background: {subtle_fill(palette, 0.03).name()}; }}"
        )
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 12, 14, 12)
        self.layout_.setSpacing(6)


class CreateSubscriptionDialog(QDialog):
    """Create a direct or destination subscription for one connected account.

    Signals:
        created(object) -- an :class:`~services.connect.wizard.Outcome` after success.
    """

    created = Signal(object)

    KIND, CUSTOMER, PRICE, REVIEW, DONE = range(5)

    def __init__(self, ctx: AppContext, account: AccountRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.keys: AttemptKeys | None = None
        self.outcome: Outcome | None = None
        self.busy = False
        self.setWindowTitle(self.tr("New subscription for {0}").format(account.name))
        self.resize(760, 640)

        self.step_label = QLabel()
        make_muted(self.step_label)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.title.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._kind_page())
        self.pages.addWidget(self._customer_page())
        self.pages.addWidget(self._price_page())
        self.pages.addWidget(self._review_page())
        self.outcome_view = OutcomeView()
        self.outcome_view.title.setVisible(False)  # the wizard's own title says it
        self.pages.addWidget(self.outcome_view)
        self.banner = ErrorBanner(self)
        self.spinner = Spinner(16, self)

        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.create_button = QPushButton(self.tr("Create subscription"))
        self.close_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.create_button.clicked.connect(self.create_subscription)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.spinner)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.step_label)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Alt+Left"), self, self.back)
        QShortcut(QKeySequence("Alt+Right"), self, self.next)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._fill_customers)
        self._kind_changed(True)
        self.go(self.KIND)

    # -- pages ------------------------------------------------------------------------------
    def _kind_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(12)
        recommended = recommended_kind(self.account.dashboard)
        self.kind_group = QButtonGroup(page)
        self.kind_radios: dict[Kind, QRadioButton] = {}
        intro = QLabel(
            self.tr("{0} has {1}.").format(
                self.account.name, texts.dashboard_phrase(self.account.dashboard)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for kind, title in (
            (Kind.DIRECT, self.tr("Direct charges")),
            (Kind.DESTINATION, self.tr("Destination charges")),
        ):
            card = _Card()
            head = QHBoxLayout()
            radio = QRadioButton(title)
            radio.setFont(scaled_font(self.font(), 1.05, bold=True))
            self.kind_group.addButton(radio)
            self.kind_radios[kind] = radio
            head.addWidget(radio)
            if kind is recommended:
                tag = QLabel(self.tr("Recommended"))
                palette = theme_palette()
                tag.setStyleSheet(
                    pill_style(
                        subtle_fill(palette, 0.08),
                        palette.color(palette.ColorRole.WindowText),
                        subtle_fill(palette, 0.2),
                    )
                )
                head.addWidget(tag)
            head.addStretch(1)
            card.layout_.addLayout(head)
            rec = QLabel(texts.recommendation(kind, self.account))
            rec.setWordWrap(True)
            make_muted(rec)
            card.layout_.addWidget(rec)
            form = QFormLayout()
            form.setHorizontalSpacing(14)
            for topic, sentence in texts.guidance(kind, self.account.name):
                label = QLabel(sentence)
                label.setWordWrap(True)
                form.addRow(QLabel(f"<b>{topic}</b>"), label)
            card.layout_.addLayout(form)
            layout.addWidget(card)
        self.kind_radios[recommended].setChecked(True)
        for radio in self.kind_radios.values():
            radio.toggled.connect(self._kind_changed)
        layout.addStretch(1)
        return page

    def _customer_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        self.customer_where = QLabel()
        self.customer_where.setWordWrap(True)
        make_muted(self.customer_where)
        self.existing_radio = QRadioButton(self.tr("An existing customer"))
        self.new_radio = QRadioButton(self.tr("A new customer"))
        group = QButtonGroup(page)
        group.addButton(self.existing_radio)
        group.addButton(self.new_radio)
        self.existing_radio.setChecked(True)
        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(self.tr("Search by name, email or id"))
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.textChanged.connect(lambda _: self._search_timer.start())
        self.customer_list = QListWidget()
        self.customer_list.itemSelectionChanged.connect(self._refresh_buttons)
        self.customer_list.itemDoubleClicked.connect(lambda _: self.next())
        self.customer_empty = QLabel()
        make_muted(self.customer_empty)
        self.customer_empty.setVisible(False)
        self.new_name = QLineEdit()
        self.new_email = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_email.setPlaceholderText(self.tr("Email"))
        for edit in (self.new_name, self.new_email):
            edit.textChanged.connect(self._refresh_buttons)
            edit.textEdited.connect(lambda _: self.new_radio.setChecked(True))
        self.customer_problem = problem_label()
        new_form = QFormLayout()
        new_form.addRow(self.tr("Name"), self.new_name)
        new_form.addRow(self.tr("Email"), self.new_email)
        self.existing_radio.toggled.connect(self._refresh_buttons)
        layout.addWidget(self.customer_where)
        layout.addWidget(self.existing_radio)
        layout.addWidget(self.customer_search)
        layout.addWidget(self.customer_list, 1)
        layout.addWidget(self.customer_empty)
        layout.addWidget(self.new_radio)
        layout.addLayout(new_form)
        layout.addWidget(self.customer_problem)
        return page

    def _price_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        self.price_where = QLabel()
        self.price_where.setWordWrap(True)
        make_muted(self.price_where)
        self.price_list = QListWidget()
        self.price_list.itemSelectionChanged.connect(self._refresh_buttons)
        self.price_list.itemDoubleClicked.connect(lambda _: self.next())
        self.price_empty = QLabel()
        self.price_empty.setWordWrap(True)
        make_muted(self.price_empty)
        self.price_empty.setVisible(False)
        self.price_problem = problem_label()
        layout.addWidget(self.price_where)
        layout.addWidget(self.price_list, 1)
        layout.addWidget(self.price_empty)
        layout.addWidget(self.price_problem)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        self.fee_edit = QLineEdit()
        self.fee_edit.setPlaceholderText(self.tr("Optional, e.g. 10 or 12.5"))
        self.fee_edit.textChanged.connect(self._refresh_buttons)
        fee_row = QHBoxLayout()
        fee_row.addWidget(QLabel(self.tr("Application fee (%)")))
        fee_row.addWidget(self.fee_edit, 1)
        self.fee_problem = problem_label()
        fee_help = QLabel(
            self.tr(
                "The share of each invoice your platform keeps, between 0 and 100 with at "
                "most two decimals."
            )
        )
        fee_help.setWordWrap(True)
        make_muted(fee_help)
        self.obo_check = QCheckBox()
        self.obo_check.toggled.connect(self._refresh_buttons)
        self.obo_help = QLabel()
        self.obo_help.setWordWrap(True)
        make_muted(self.obo_help)
        self.obo_problem = problem_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setObjectName("reviewSummary")
        palette = theme_palette()
        self.summary.setStyleSheet(
            f"#reviewSummary {{ background: {subtle_fill(palette, 0.05).name()};"
            f" border: 1px solid {subtle_fill(palette, 0.14).name()}; border-radius: 8px;"
            " padding: 10px; }"
        )
        layout.addLayout(fee_row)
        layout.addWidget(self.fee_problem)
        layout.addWidget(fee_help)
        layout.addSpacing(6)
        layout.addWidget(self.obo_check)
        layout.addWidget(self.obo_help)
        layout.addWidget(self.obo_problem)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    # -- state ------------------------------------------------------------------------------
    @property
    def kind(self) -> Kind:
        return Kind.DIRECT if self.kind_radios[Kind.DIRECT].isChecked() else Kind.DESTINATION

    @property
    def owner(self) -> str:
        return self.account.id if self.kind is Kind.DIRECT else ""

    def draft(self) -> SubscriptionDraft:
        """What the wizard would create, from what is chosen and typed now."""
        customer_id: str | None = None
        new: NewCustomer | None = None
        if self.existing_radio.isChecked():
            item = self.customer_list.currentItem()
            if item is not None and item.isSelected():
                customer_id = item.data(ID_ROLE)
        else:
            new = NewCustomer(self.new_name.text(), self.new_email.text())
        price = self.price_list.currentItem()
        price_id = price.data(ID_ROLE) if price is not None and price.isSelected() else None
        return SubscriptionDraft(
            account_id=self.account.id,
            kind=self.kind,
            customer_id=customer_id,
            new_customer=new,
            price_id=price_id,
            fee_text=self.fee_edit.text(),
            on_behalf_of=self.obo_check.isChecked() and self.kind is Kind.DESTINATION,
        )

    def problems(self, step: int) -> list[FieldProblem]:
        fields = STEP_FIELDS.get(step, ())
        return [p for p in validate(self.draft()) if p.field in fields]

    def _connection(self) -> sqlite3.Connection | None:
        session = self.ctx.session
        if session is None or session.cache is None:
            return None
        return session.cache.connect()

    def _kind_changed(self, checked: bool) -> None:
        if not checked:
            return
        # The customer and the price belong to the other catalogue now.
        self.customer_list.clear()
        self.price_list.clear()
        self.customer_search.clear()
        is_dest = self.kind is Kind.DESTINATION
        self.obo_check.setEnabled(is_dest)
        if not is_dest:
            self.obo_check.setChecked(False)

    def _fill_customers(self) -> None:
        conn = self._connection()
        options: list[CustomerOption] = []
        if conn is not None:
            try:
                options = customer_options(conn, self.owner, self.customer_search.text())
            except sqlite3.Error as exc:
                self.banner.show_error(str(exc))
        selected = self.draft().customer_id
        self.customer_list.clear()
        for option in options:
            label = " · ".join(p for p in (option.name, option.email, option.id) if p)
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, option.id)
            self.customer_list.addItem(item)
            if option.id == selected:
                item.setSelected(True)
                self.customer_list.setCurrentItem(item)
        where = self.account.name if self.kind is Kind.DIRECT else self.tr("your platform")
        self.customer_empty.setText(self.tr("No customer on {0} matches.").format(where))
        self.customer_empty.setVisible(not options)
        self._refresh_buttons()

    def _fill_prices(self) -> None:
        conn = self._connection()
        options: list[PriceOption] = []
        if conn is not None:
            try:
                options = price_options(
                    conn,
                    self.owner,
                    for_account=self.account.id if self.kind is Kind.DESTINATION else None,
                )
            except sqlite3.Error as exc:
                self.banner.show_error(str(exc))
        selected = self.draft().price_id
        self.price_list.clear()
        for option in options:
            label = price_label(option)
            if option.for_account == self.account.id:
                label += "  ·  " + self.tr("sold for {0}").format(self.account.name)
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, option.id)
            self.price_list.addItem(item)
            if option.id == selected:
                item.setSelected(True)
                self.price_list.setCurrentItem(item)
        self.price_empty.setText(
            self.tr(
                "There is no active recurring price in this catalogue yet. Create one in the "
                "Stripe Dashboard, then sync."
            )
        )
        self.price_empty.setVisible(not options)
        self._refresh_buttons()

    # -- navigation -------------------------------------------------------------------------
    def go(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        titles = {
            self.KIND: self.tr("How should {0} be paid?").format(self.account.name),
            self.CUSTOMER: self.tr("Who subscribes?"),
            self.PRICE: self.tr("Which price?"),
            self.REVIEW: self.tr("Application fee and review"),
            self.DONE: self.tr("Subscription created"),
        }
        self.title.setText(titles[step])
        self.step_label.setText(
            self.tr("Step {0} of 4").format(step + 1)
            if step < self.DONE
            else self.tr("New subscription for {0}").format(self.account.name)
        )
        if step == self.CUSTOMER:
            where = (
                self.tr("The customer must live on {0}'s account for direct charges.").format(
                    self.account.name
                )
                if self.kind is Kind.DIRECT
                else self.tr("The customer must live on your platform for destination charges.")
            )
            self.customer_where.setText(where)
            if self.customer_list.count() == 0:
                self._fill_customers()
        if step == self.PRICE:
            self.price_where.setText(
                self.tr("Prices from {0}'s catalogue.").format(self.account.name)
                if self.kind is Kind.DIRECT
                else self.tr("Prices from your platform's catalogue.")
            )
            if self.price_list.count() == 0:
                self._fill_prices()
        if step == self.REVIEW:
            if self.kind is Kind.DIRECT:
                self.obo_check.setText(self.tr("on_behalf_of (destination charges only)"))
                self.obo_help.setText(
                    self.tr("A direct charge already belongs to {0}.").format(self.account.name)
                )
            else:
                self.obo_check.setText(
                    self.tr("Settle on behalf of {0} (on_behalf_of)").format(self.account.name)
                )
                self.obo_help.setText(
                    self.tr(
                        "{0} becomes the settlement merchant: its name and address appear on "
                        "statements, and its country's fees apply."
                    ).format(self.account.name)
                )
        self._refresh_buttons()

    def back(self) -> None:
        step = self.pages.currentIndex()
        if 0 < step < self.DONE and not self.busy:
            self.go(step - 1)

    def next(self) -> None:
        step = self.pages.currentIndex()
        if step >= self.REVIEW or self.busy:
            return
        if self._show_problems(step):
            return
        self.go(step + 1)

    def _show_problems(self, step: int) -> bool:
        problems = self.problems(step)
        labels = {
            "customer": self.customer_problem,
            "email": self.customer_problem,
            "price": self.price_problem,
            "application_fee_percent": self.fee_problem,
            "on_behalf_of": self.obo_problem,
        }
        for label in set(labels.values()):
            if any(f in STEP_FIELDS.get(step, ()) for f, lbl in labels.items() if lbl is label):
                label.setVisible(False)
        for problem in problems:
            problem_label = labels.get(problem.field)
            if problem_label is not None:
                problem_label.setText(texts.problem_text(problem.problem))
                problem_label.setVisible(True)
        return bool(problems)

    def _refresh_buttons(self) -> None:
        step = self.pages.currentIndex()
        done = step == self.DONE
        self.back_button.setVisible(not done)
        self.back_button.setEnabled(step > 0 and not self.busy)
        self.next_button.setVisible(step < self.REVIEW)
        self.create_button.setVisible(step == self.REVIEW)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))
        if step == self.REVIEW:
            self._show_problems(self.REVIEW)
            self.create_button.setEnabled(not self.busy and not validate(self.draft()))
            self.summary.setText(self._summary())
        elif step in (self.CUSTOMER, self.PRICE):
            # Say what is missing only once the person has typed something.
            problems = self.problems(step)
            self.next_button.setEnabled(not problems)
            if step == self.CUSTOMER and self.new_radio.isChecked():
                self._show_problems(step)
            elif step == self.CUSTOMER:
                self.customer_problem.setVisible(False)
        else:
            self.next_button.setEnabled(True)

    def _summary(self) -> str:
        draft = self.draft()
        customer = draft.customer_id
        item = self.customer_list.currentItem()
        if draft.customer_id and item is not None:
            customer = item.text()
        elif draft.new_customer is not None:
            customer = self.tr("a new customer ({0})").format(
                " · ".join(p for p in (draft.new_customer.name, draft.new_customer.email) if p)
                or "—"
            )
        price = self.price_list.currentItem()
        where = (
            self.tr("on {0}'s account (Stripe-Account: {1})").format(
                self.account.name, self.account.id
            )
            if draft.kind is Kind.DIRECT
            else self.tr("on your platform, paying out to {0}").format(self.account.name)
        )
        rows = [
            (self.tr("Charges"), texts.kind_label(draft.kind)),
            (self.tr("Lives"), where),
            (self.tr("Customer"), customer or "—"),
            (self.tr("Price"), price.text() if price is not None else "—"),
            (
                self.tr("Application fee"),
                (draft.fee_text.strip() + " %") if draft.fee_text.strip() else self.tr("none"),
            ),
            (
                self.tr("Payment"),
                self.tr("default_incomplete: the first invoice waits for payment"),
            ),
        ]
        if draft.kind is Kind.DESTINATION:
            rows.insert(
                2,
                (
                    self.tr("on_behalf_of"),
                    self.account.id if draft.on_behalf_of else self.tr("not set"),
                ),
            )
        body = "".join(
            f"<tr><td style='padding-right:14px'><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows
        )
        return f"<table>{body}</table>"

    # -- create -----------------------------------------------------------------------------
    def create_subscription(self) -> None:
        """Send the create (with this attempt's idempotency keys)."""
        if self.busy or self.pages.currentIndex() != self.REVIEW:
            return
        draft = self.draft()
        problems = validate(draft)
        if problems:
            first = min(
                (s for s, fields in STEP_FIELDS.items() for p in problems if p.field in fields),
                default=self.REVIEW,
            )
            self.go(first)
            self._show_problems(first)
            return
        session = self.ctx.session
        if session is None:
            return
        action = self.tr("Create a {0} subscription for {1}").format(
            i18n.in_sentence(texts.kind_label(draft.kind)), self.account.name
        )
        if not self.ctx.confirm_write(self, action, confirm_label=self.tr("Create subscription")):
            return
        self.keys = attempt_keys(draft, self.keys)
        keys = self.keys
        gateway, cache = session.gateway, session.cache

        def work(control: TaskControl) -> Outcome:
            return operations.create_subscription(gateway, cache, draft, keys)

        self.banner.clear()
        self._set_busy(True)
        self.ctx.runner.submit(
            work,
            on_success=self._created,
            on_failure=self._failed,
            name="connect: create subscription",
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        for widget in (self.fee_edit, self.obo_check):
            widget.setEnabled(
                not busy and (widget is not self.obo_check or self.kind is Kind.DESTINATION)
            )
        self._refresh_buttons()

    def _created(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._set_busy(False)
        where = (
            self.tr("on {0}'s account").format(self.account.name)
            if outcome.owner
            else self.tr("on your platform")
        )
        self.outcome_view.show_outcome(outcome, where)
        self.outcome_view.title.setVisible(False)
        name = self._customer_name()
        if name:
            suffix = self.tr(" (new)") if outcome.customer_created else ""
            self.outcome_view.customer_label.setText(f"{name} · {outcome.customer_id}{suffix}")
        self.go(self.DONE)
        self.created.emit(outcome)

    def _customer_name(self) -> str:
        if self.new_radio.isChecked():
            return self.new_name.text().strip() or self.new_email.text().strip()
        item = self.customer_list.currentItem()
        return item.text().split(" · ")[0] if item is not None else ""

    def _failed(self, error: UserFacingError) -> None:
        self._set_busy(False)
        self.banner.show_error(error, title=self.tr("The subscription was not created"))
        self.create_button.setText(self.tr("Try again"))
