"""The small dialogs behind a subscription's actions: change fee, cancel, invoice fee.

Each one says what will change, checks the input before anything is sent, asks for the
live-mode confirmation (``ctx.confirm_write``) naming the account and the action, runs the
write on the task runner, and on failure keeps what was typed and shows Stripe's message
with its request id. ``written`` fires with Stripe's object after a successful write.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from services.connect import operations
from services.connect.money import parse_amount, percent
from services.connect.subscriptions import InvoiceFacts, SubscriptionRow
from services.connect.wizard import fee_problem, parse_fee_percent
from services.errors import UserFacingError
from widgets.connect import texts
from widgets.connect.models import price_text
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import make_muted, scaled_font

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl


class ActionDialog(QDialog):
    """Common frame: title, description, body, error banner, busy spinner, buttons.

    Signals:
        written(object) -- the write succeeded; Stripe's object.
    """

    written = Signal(object)

    def __init__(
        self, ctx: AppContext, title: str, account_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_name = account_name
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.heading = QLabel(title)
        self.heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.banner = ErrorBanner(self)
        self.spinner = Spinner(16, self)
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.spinner)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addLayout(self.body)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.busy = False

    # -- subclass hooks ---------------------------------------------------------------------
    def action_name(self) -> str:
        raise NotImplementedError

    def make_work(self) -> Callable[[TaskControl], Any] | None:
        """The write to run, or None when the input is not acceptable (say why first)."""
        raise NotImplementedError

    def details(self) -> str | None:
        return None

    # -- running ------------------------------------------------------------------------
    def _submit(self) -> None:
        if self.busy:
            return
        work = self.make_work()
        if work is None:
            return
        if not self.ctx.confirm_write(self, self.action_name(), details=self.details()):
            return
        self.banner.clear()
        self._set_busy(True)
        self.ctx.runner.submit(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            name=f"connect: {self.action_name()}",
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()

    def _succeeded(self, obj: object) -> None:
        self._set_busy(False)
        self.written.emit(obj)
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self._set_busy(False)
        self.banner.show_error(error)


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("fieldProblem")
    label.setStyleSheet("#fieldProblem { color: #b91c1c; }")
    label.setVisible(False)
    return label


class ChangeFeeDialog(ActionDialog):
    """Set or remove a subscription's ``application_fee_percent``."""

    def __init__(
        self, ctx: AppContext, row: SubscriptionRow, account_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, self.tr("Change the application fee"), account_name, parent)
        self.row = row
        current = (
            texts.fee_percent(row.application_fee_percent)
            if row.application_fee_percent is not None
            else self.tr("none")
        )
        self.description.setText(
            self.tr(
                "{0} subscription of {1} ({2}). Your platform's fee is now {3}; it applies from "
                "the next invoice."
            ).format(
                texts.kind_label(row.kind),
                row.customer_name or row.customer_id or row.id,
                price_text(row),
                current,
            )
        )
        self.fee_edit = QLineEdit()
        self.fee_edit.setPlaceholderText(self.tr("e.g. 10 or 12.5 — empty removes the fee"))
        if row.application_fee_percent is not None:
            self.fee_edit.setText(percent(row.application_fee_percent))
        self.fee_edit.textChanged.connect(self._check)
        row_layout = QHBoxLayout()
        row_layout.addWidget(QLabel(self.tr("Application fee (%)")))
        row_layout.addWidget(self.fee_edit, 1)
        self.problem = _problem_label()
        self.body.addLayout(row_layout)
        self.body.addWidget(self.problem)
        self.ok_button.setText(self.tr("Save fee"))

    def _check(self) -> bool:
        problem = fee_problem(self.fee_edit.text())
        self.problem.setVisible(problem is not None)
        if problem is not None:
            self.problem.setText(texts.problem_text(problem))
        return problem is None

    def action_name(self) -> str:
        return self.tr("Change the application fee of {0}").format(self.row.id)

    def make_work(self) -> Callable[[TaskControl], Any] | None:
        if not self._check():
            self.fee_edit.setFocus()
            return None
        fee = parse_fee_percent(self.fee_edit.text())
        session = self.ctx.session
        if session is None:
            return None
        gateway, cache, row = session.gateway, session.cache, self.row
        key = operations.new_key("fee")

        def work(control: TaskControl) -> dict[str, Any]:
            return operations.change_fee(gateway, cache, row, fee, idempotency_key=key)

        return work


class CancelDialog(ActionDialog):
    """Cancel now, or at the end of the current period."""

    def __init__(
        self, ctx: AppContext, row: SubscriptionRow, account_name: str, parent: QWidget | None
    ) -> None:
        super().__init__(ctx, self.tr("Cancel the subscription"), account_name, parent)
        self.row = row
        self.description.setText(
            self.tr("{0} subscription of {1}: {2}.").format(
                texts.kind_label(row.kind),
                row.customer_name or row.customer_id or row.id,
                price_text(row),
            )
        )
        self.now_radio = QRadioButton(self.tr("Cancel now"))
        self.now_radio.setChecked(True)
        self.period_end_radio = QRadioButton(self.tr("Cancel at the end of the current period"))
        group = QButtonGroup(self)
        group.addButton(self.now_radio)
        group.addButton(self.period_end_radio)
        note = QLabel(
            self.tr(
                "Cancelling now ends the subscription at once: no more invoices, and Stripe "
                "refunds nothing by itself."
            )
        )
        note.setWordWrap(True)
        make_muted(note)
        self.body.addWidget(self.now_radio)
        self.body.addWidget(self.period_end_radio)
        self.body.addWidget(note)
        self.ok_button.setText(self.tr("Cancel subscription"))
        self.close_button.setText(self.tr("Keep it"))
        self.ok_button.setDefault(False)
        self.close_button.setDefault(True)

    def action_name(self) -> str:
        return self.tr("Cancel subscription {0}").format(self.row.id)

    def details(self) -> str | None:
        if self.period_end_radio.isChecked():
            return self.tr("At the end of the current period.")
        return self.tr("Immediately.")

    def make_work(self) -> Callable[[TaskControl], Any] | None:
        session = self.ctx.session
        if session is None:
            return None
        gateway, cache, row = session.gateway, session.cache, self.row
        at_end = self.period_end_radio.isChecked()
        key = operations.new_key("cancel-at-period-end") if at_end else None

        def work(control: TaskControl) -> dict[str, Any]:
            return operations.cancel(gateway, cache, row, at_period_end=at_end, idempotency_key=key)

        return work


class InvoiceFeeDialog(ActionDialog):
    """Set ``application_fee_amount`` on the subscription's latest invoice."""

    def __init__(
        self,
        ctx: AppContext,
        row: SubscriptionRow,
        invoice: InvoiceFacts,
        account_name: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            ctx, self.tr("Application fee on the latest invoice"), account_name, parent
        )
        self.row = row
        self.invoice = invoice
        self.description.setText(
            self.tr(
                "Invoice {0} ({1}), amount due {2}. Current application fee: {3}. The fee can be "
                "at most the amount due."
            ).format(
                invoice.id,
                i18n.in_sentence(texts.status_label(invoice.status or "")),
                i18n.format_money(invoice.amount_due, invoice.currency),
                i18n.format_money(invoice.application_fee_amount, invoice.currency)
                if invoice.application_fee_amount is not None
                else self.tr("none"),
            )
        )
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(
            self.tr("Amount in {0}").format((invoice.currency or "").upper())
        )
        self.amount_edit.textChanged.connect(self._check)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Application fee")))
        line.addWidget(self.amount_edit, 1)
        self.problem = _problem_label()
        self.body.addLayout(line)
        self.body.addWidget(self.problem)
        self.ok_button.setText(self.tr("Set fee"))

    def _amount(self) -> int | None:
        amount = parse_amount(self.amount_edit.text(), self.invoice.currency)
        if amount is None or amount > self.invoice.amount_due:
            return None
        return amount

    def _check(self) -> bool:
        ok = self._amount() is not None
        self.problem.setVisible(not ok and bool(self.amount_edit.text().strip()))
        if not ok:
            self.problem.setText(
                self.tr("Enter an amount between 0 and {0}.").format(
                    i18n.format_money(self.invoice.amount_due, self.invoice.currency)
                )
            )
        return ok

    def action_name(self) -> str:
        return self.tr("Set the application fee of invoice {0}").format(self.invoice.id)

    def make_work(self) -> Callable[[TaskControl], Any] | None:
        amount = self._amount()
        if amount is None:
            self._check()
            self.problem.setVisible(True)
            self.amount_edit.setFocus()
            return None
        session = self.ctx.session
        if session is None:
            return None
        gateway, cache, invoice = session.gateway, session.cache, self.invoice
        key = operations.new_key("invoice-fee")

        def work(control: TaskControl) -> dict[str, Any]:
            return operations.set_invoice_fee(gateway, cache, invoice, amount, idempotency_key=key)

        return work


__all__ = ["ActionDialog", "CancelDialog", "ChangeFeeDialog", "InvoiceFeeDialog"]
