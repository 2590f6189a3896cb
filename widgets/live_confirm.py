"""The confirmation every live-mode write goes through, naming the account and the action.

``confirm_live_write(parent, account_name=…, account_id=…, action=…)`` returns True when the
user confirmed. Cancel is the default button, so pressing Enter never changes live data by
accident. Test-mode profiles don't ask (``AppContext.confirm_write`` decides).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from widgets.account_switcher import ModeBadge
from widgets.style import LIVE_COLOR, scaled_font


class LiveConfirmDialog(QDialog):
    """The "Change live data?" dialog with the account, the action and a LIVE badge."""

    def __init__(
        self,
        *,
        account_name: str,
        account_id: str,
        action: str,
        details: str | None = None,
        confirm_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm a live change"))
        self.setModal(True)

        icon = QLabel()
        icon.setPixmap(icons.pixmap("warning", 32, LIVE_COLOR))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(self.tr("Change live data?"))
        title.setFont(scaled_font(self.font(), 1.3, bold=True))
        badge = ModeBadge()
        badge.set_livemode(True)
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addWidget(badge)
        title_row.addStretch(1)

        self.action_label = QLabel(action)
        self.action_label.setFont(scaled_font(self.font(), 1.05, bold=True))
        self.action_label.setWordWrap(True)
        self.account_label = QLabel(
            self.tr("on <b>{0}</b> ({1}), in <b>live mode</b>.").format(
                _escape(account_name), _escape(account_id)
            )
        )
        self.account_label.setWordWrap(True)
        warning = QLabel(
            self.tr("This changes your real Stripe account and can affect real customers.")
        )
        warning.setWordWrap(True)

        text = QVBoxLayout()
        text.setSpacing(8)
        text.addLayout(title_row)
        text.addWidget(self.action_label)
        text.addWidget(self.account_label)
        if details:
            extra = QLabel(details)
            extra.setWordWrap(True)
            text.addWidget(extra)
        text.addWidget(warning)

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = QPushButton(confirm_label or self.tr("Change live data"))
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)
        self.confirm_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(16)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.cancel_button.setFocus()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def confirm_live_write(
    parent: QWidget | None,
    *,
    account_name: str,
    account_id: str,
    action: str,
    details: str | None = None,
    confirm_label: str | None = None,
) -> bool:
    """Ask before a live write; True only if the user explicitly confirmed."""
    dialog = LiveConfirmDialog(
        account_name=account_name,
        account_id=account_id,
        action=action,
        details=details,
        confirm_label=confirm_label,
        parent=parent,
    )
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
