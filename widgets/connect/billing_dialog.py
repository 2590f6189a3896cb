"""Bill a connected account: its one representative platform customer, and a platform price.

The dialog shows whether a platform customer already represents the account (linked by
metadata ``connected_account``) — it is reused, never duplicated — or that one will be
created for the business. Subscribing runs
:func:`services.connect.billing.bill_account` on the task runner with this attempt's
idempotency key, then shows the outcome.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from services.connect.accounts import AccountRow, representatives
from services.connect.billing import (
    BillingDraft,
    RepresentativeResult,
    bill_account,
    cached_representative,
)
from services.connect.catalog import price_options
from services.connect.wizard import AttemptKeys, Outcome, attempt_keys
from services.errors import UserFacingError
from widgets.connect.outcome import OutcomeView
from widgets.connect.wizard import ID_ROLE, price_label
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import make_muted, scaled_font

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl


class BillAccountDialog(QDialog):
    """Subscribe the customer that represents a connected account to a platform price.

    Signals:
        billed(object) -- (RepresentativeResult, Outcome) after success.
    """

    billed = Signal(object)

    def __init__(self, ctx: AppContext, account: AccountRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.account = account
        self.keys: AttemptKeys | None = None
        self.billing_result: tuple[RepresentativeResult, Outcome] | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Bill {0}").format(account.name))
        self.resize(680, 560)

        title = QLabel(self.tr("Bill {0}").format(account.name))
        title.setFont(scaled_font(self.font(), 1.35, bold=True))
        intro = QLabel(
            self.tr(
                "Your platform bills the business itself. One platform customer represents "
                "{0}, linked through its metadata (connected_account = {1}): one per business, "
                "never one per owner or manager."
            ).format(account.name, account.id)
        )
        intro.setWordWrap(True)
        make_muted(intro)
        self.customer_label = QLabel()
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        price_title = QLabel(self.tr("Platform price"))
        price_title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.price_list = QListWidget()
        self.price_list.itemSelectionChanged.connect(self._refresh)
        self.price_empty = QLabel(
            self.tr("Your platform has no active recurring price yet. Create one, then sync.")
        )
        make_muted(self.price_empty)
        self.price_empty.setVisible(False)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(8)
        form_layout.addWidget(self.customer_label)
        form_layout.addSpacing(4)
        form_layout.addWidget(price_title)
        form_layout.addWidget(self.price_list, 1)
        form_layout.addWidget(self.price_empty)
        self.outcome_view = OutcomeView()
        self.pages = QStackedWidget()
        self.pages.addWidget(form)
        self.pages.addWidget(self.outcome_view)

        self.banner = ErrorBanner(self)
        self.spinner = Spinner(16, self)
        self.subscribe_button = QPushButton(self.tr("Subscribe {0}").format(account.name))
        self.subscribe_button.setDefault(True)
        self.subscribe_button.clicked.connect(self.subscribe)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.spinner)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.subscribe_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self._fill()

    def _connection(self) -> sqlite3.Connection | None:
        session = self.ctx.session
        return session.cache.connect() if session and session.cache else None

    def _fill(self) -> None:
        conn = self._connection()
        if conn is None:
            return
        try:
            existing = cached_representative(conn, self.account.id)
            others = [
                r.customer_id
                for r in representatives(conn, self.account.id, include_deleted=False)
                if existing is None or r.customer_id != existing.get("id")
            ]
            options = price_options(conn, "", billing=True)
        except sqlite3.Error as exc:
            self.banner.show_error(str(exc))
            return
        if existing is not None:
            text = self.tr("{0} ({1}) represents {2} on your platform and will be reused.").format(
                existing.get("name") or existing.get("email") or existing["id"],
                existing["id"],
                self.account.name,
            )
            if others:
                text += " " + self.tr("Other customers also claim to represent it: {0}.").format(
                    ", ".join(others)
                )
        else:
            text = self.tr(
                "No platform customer represents {0} yet. Counterfoil will look it up on Stripe "
                "and, if there is none, create one for the business ({1})."
            ).format(self.account.name, self.account.email or self.account.name)
        self.customer_label.setText(text)
        self.price_list.clear()
        for option in options:
            label = price_label(option)
            if option.used_for_billing:
                label += "  ·  " + self.tr("already bills other accounts")
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, option.id)
            self.price_list.addItem(item)
        self.price_empty.setVisible(not options)
        self._refresh()

    def draft(self) -> BillingDraft | None:
        item = self.price_list.currentItem()
        if item is None or not item.isSelected():
            return None
        return BillingDraft(self.account.id, str(item.data(ID_ROLE)))

    def _refresh(self) -> None:
        done = self.pages.currentIndex() == 1
        self.subscribe_button.setVisible(not done)
        self.subscribe_button.setEnabled(not self.busy and self.draft() is not None)
        self.close_button.setText(self.tr("Close") if done else self.tr("Cancel"))

    def subscribe(self) -> None:
        draft = self.draft()
        session = self.ctx.session
        if draft is None or session is None or self.busy or self.pages.currentIndex() != 0:
            return
        action = self.tr("Bill {0} (subscribe its platform customer)").format(self.account.name)
        if not self.ctx.confirm_write(self, action):
            return
        self.keys = attempt_keys(draft, self.keys)
        keys = self.keys
        gateway, cache, account = session.gateway, session.cache, self.account

        def work(control: TaskControl) -> tuple[RepresentativeResult, Outcome]:
            return bill_account(gateway, cache, account, draft, keys)

        self.banner.clear()
        self.busy = True
        self.spinner.start()
        self._refresh()
        self.ctx.runner.submit(
            work, on_success=self._billed, on_failure=self._failed, name="connect: bill account"
        )

    def _billed(self, result: tuple[RepresentativeResult, Outcome]) -> None:
        self.busy = False
        self.spinner.stop()
        self.billing_result = result
        rep, outcome = result
        where = self.tr("on your platform, billing {0}").format(self.account.name)
        self.outcome_view.show_outcome(outcome, where)
        note = {
            "cache": self.tr("Reused {0}, the customer that represents {1}."),
            "search": self.tr("Reused {0}, found on Stripe as the customer representing {1}."),
            "created": self.tr("Created {0} to represent {1}."),
        }[rep.found].format(rep.customer_id, self.account.name)
        self.outcome_view.customer_label.setText(note)
        self.pages.setCurrentIndex(1)
        self._refresh()
        self.billed.emit(result)

    def _failed(self, error: UserFacingError) -> None:
        self.busy = False
        self.spinner.stop()
        self.banner.show_error(error, title=self.tr("The account was not billed"))
        self.subscribe_button.setText(self.tr("Try again"))
        self._refresh()
