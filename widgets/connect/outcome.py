"""What a create returned, shown plainly: status, ids, the first invoice's payment page
link for the customer, and what remains to be done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from services.connect.wizard import Outcome
from widgets.connect import texts
from widgets.connect.delegates import STATUS_COLORS, readable
from widgets.style import make_muted, scaled_font


class OutcomeView(QWidget):
    """The result of creating a subscription (wizard and platform billing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: Outcome | None = None
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.replay_label = QLabel()
        self.replay_label.setWordWrap(True)
        self.replay_label.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.subscription_label = QLabel()
        self.customer_label = QLabel()
        self.invoice_label = QLabel()
        for label in (self.subscription_label, self.customer_label, self.invoice_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.link_label = QLabel()
        self.link_label.setOpenExternalLinks(True)
        self.link_label.setTextFormat(Qt.TextFormat.RichText)
        self.link_label.setWordWrap(True)
        self.copy_link = QToolButton()
        self.copy_link.setText(self.tr("Copy link"))
        self.copy_link.clicked.connect(self._copy)
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.link_label, 1)
        link_row.addWidget(self.copy_link)
        self._link_holder = QWidget()
        self._link_holder.setLayout(link_row)
        self.next_title = QLabel(self.tr("What remains to be done"))
        self.next_title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(self.tr("Subscription"), self.subscription_label)
        form.addRow(self.tr("Customer"), self.customer_label)
        form.addRow(self.tr("First invoice"), self.invoice_label)
        form.addRow(self.tr("Payment page"), self._link_holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.replay_label)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.next_title)
        layout.addWidget(self.next_label)
        layout.addStretch(1)

    def show_outcome(self, outcome: Outcome, where: str) -> None:
        """Show ``outcome``; ``where`` names where the subscription lives."""
        self.outcome = outcome
        self.title.setText(self.tr("Subscription created"))
        self.title.setVisible(True)
        self.replay_label.setVisible(outcome.replayed)
        self.replay_label.setText(
            self.tr(
                "Stripe recognised this as a retry of the same request, so nothing was created "
                "twice: this is the subscription from the first attempt."
            )
        )
        make_muted(self.replay_label)
        color = STATUS_COLORS.get(outcome.status)
        self.status_label.setText(texts.status_label(outcome.status))
        if color is not None:
            self.status_label.setStyleSheet(f"color: {readable(color).name()};")
        self.subscription_label.setText(f"{outcome.subscription_id} · {where}")
        customer = outcome.customer_id
        if outcome.customer_created:
            customer = self.tr("{0} (new)").format(customer)
        self.customer_label.setText(customer)
        if outcome.invoice_id:
            self.invoice_label.setText(
                self.tr("{0} · {1} due · {2}").format(
                    outcome.invoice_id,
                    i18n.format_money(outcome.amount_due, outcome.currency),
                    i18n.in_sentence(texts.status_label(outcome.invoice_status or "")),
                )
            )
        else:
            self.invoice_label.setText("—")
        url = outcome.hosted_invoice_url
        if url:
            self.link_label.setText(f'<a href="{url}">{url}</a>')
        else:
            self.link_label.setText(self.tr("No payment page (nothing to pay)."))
        self.copy_link.setVisible(bool(url))
        self.next_label.setText(texts.next_step_text(outcome.next_step))

    def _copy(self) -> None:
        if self.outcome is not None and self.outcome.hosted_invoice_url:
            QGuiApplication.clipboard().setText(self.outcome.hosted_invoice_url)
