"""The "Add Stripe account" dialog: paste a key, check it with Stripe, keep it in the OS keyring.

The key is judged as you type (``services.credentials.classify_key``): a publishable key, a
webhook secret, a masked or truncated key are explained at the field and never sent anywhere.
A plausible key is verified off the UI thread (``GET /v1/account`` through
``AccountManager.add_account``) with a spinner; failures show Stripe's message and request id.
Without a usable keyring the dialog says so, and how to fix it, before anything is typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from services.credentials import AccountManager, KeyInfo, Profile, classify_key
from services.errors import UserFacingError
from widgets.account_switcher import ModeBadge
from widgets.error_banner import ErrorBanner
from widgets.error_text import error_text
from widgets.spinner import Spinner
from widgets.style import ERROR_COLOR, is_dark, make_muted, scaled_font

if TYPE_CHECKING:
    from desktop.tasks import TaskControl, TaskRunner

TASK_KEY = "add-account"


class AddAccountDialog(QDialog):
    """Paste a secret or restricted key; on success ``profile`` holds the new profile.

    The dialog itself emits only QDialog's own signals (accepted, rejected, finished).
    """

    def __init__(
        self,
        accounts: AccountManager,
        runner: TaskRunner,
        *,
        api_base: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.runner = runner
        self.profile: Profile | None = None
        self._key_info: KeyInfo | None = None
        self._keyring_ok: bool | None = None
        self._checking = False
        self.setWindowTitle(self.tr("Add Stripe account"))
        self.setModal(True)

        intro = QLabel(
            self.tr(
                "Paste a secret key (sk_…) or a restricted key (rk_…) from the Stripe "
                "Dashboard → Developers → API keys. Counterfoil checks it with Stripe and "
                "keeps it in your system keyring, never in a file."
            )
        )
        intro.setWordWrap(True)

        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("sk_live_…  /  rk_live_…  /  sk_test_…")
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.setAccessibleName(self.tr("Stripe API key"))
        self.key_edit.textChanged.connect(self._on_key_changed)
        self.show_key_action = QAction(self.tr("Show key"), self)
        self.show_key_action.setCheckable(True)
        self.show_key_action.setIcon(icons.icon("key", self.palette()))
        self.show_key_action.toggled.connect(self._on_show_key)
        self.key_edit.addAction(self.show_key_action, QLineEdit.ActionPosition.TrailingPosition)

        self.key_message = QLabel()
        self.key_message.setWordWrap(True)
        self.key_message.setTextFormat(Qt.TextFormat.PlainText)
        self.key_message.setFont(scaled_font(self.font(), 0.92))
        self.mode_badge = ModeBadge()
        self.mode_badge.setVisible(False)
        message_row = QHBoxLayout()
        message_row.setContentsMargins(0, 0, 0, 0)
        message_row.setSpacing(8)
        message_row.addWidget(self.mode_badge, 0, Qt.AlignmentFlag.AlignTop)
        message_row.addWidget(self.key_message, 1)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Optional — defaults to the name in Stripe"))
        self.name_edit.setAccessibleName(self.tr("Display name"))

        self.advanced_box = QCheckBox(self.tr("Use another API address (sandbox, stripe-mock)"))
        self.api_base_edit = QLineEdit(api_base or "")
        self.api_base_edit.setPlaceholderText("http://127.0.0.1:12111")
        self.advanced_box.setChecked(bool(api_base))
        self.api_base_edit.setVisible(bool(api_base))
        self.advanced_box.toggled.connect(self._on_advanced)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setVerticalSpacing(10)
        self.message_row = QWidget()
        self.message_row.setLayout(message_row)
        form.addRow(self.tr("API key"), self.key_edit)
        form.addRow("", self.message_row)
        form.addRow(self.tr("Name"), self.name_edit)
        advanced = QVBoxLayout()
        advanced.setSpacing(6)
        advanced.addWidget(self.advanced_box)
        advanced.addWidget(self.api_base_edit)
        form.addRow("", advanced)

        self.keyring_banner = ErrorBanner(tone="warning")
        self.error_banner = ErrorBanner()

        self.spinner = Spinner(16)
        self.status_label = QLabel()
        make_muted(self.status_label)
        self.buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("Add account"))
        self.add_button.setDefault(True)
        self.add_button.setEnabled(False)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        footer = QHBoxLayout()
        footer.setSpacing(8)
        footer.addWidget(self.spinner)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addWidget(intro)
        layout.addWidget(self.keyring_banner)
        layout.addLayout(form)
        layout.addWidget(self.error_banner)
        layout.addStretch(1)
        layout.addLayout(footer)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(600)
        self._on_key_changed("")
        self._check_keyring()

    # -- validation ------------------------------------------------------------------------

    @property
    def key_info(self) -> KeyInfo | None:
        """What the typed key is, or None while it is empty or malformed."""
        return self._key_info

    def _on_key_changed(self, text: str) -> None:
        self.error_banner.clear()
        if not text.strip():
            self._key_info = None
            self._set_key_message("", error=False)
            self.mode_badge.setVisible(False)
        else:
            try:
                info = classify_key(text)
            except UserFacingError as exc:
                self._key_info = None
                self._set_key_message(error_text(exc), error=True)
                self.mode_badge.setVisible(False)
            else:
                self._key_info = info
                kind = self.tr("Secret key") if info.kind == "secret" else self.tr("Restricted key")
                if info.livemode:
                    mode = self.tr("live mode: real customers and real money")
                else:
                    mode = self.tr("test mode")
                self._set_key_message(f"{kind}, {mode}.", error=False)
                self.mode_badge.set_livemode(info.livemode)
                self.mode_badge.setVisible(True)
        self._update_buttons()

    def _set_key_message(self, text: str, *, error: bool) -> None:
        self.key_message.setText(text)
        palette = self.key_message.palette()
        base = self.palette()
        if error:
            color = ERROR_COLOR.lighter(170) if is_dark(base) else ERROR_COLOR
        else:
            color = base.color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.key_message.setPalette(palette)
        self.key_message.setVisible(bool(text))

    def _on_advanced(self, checked: bool) -> None:
        self.api_base_edit.setVisible(checked)
        self._fit()

    def _on_show_key(self, shown: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_key_action.setText(self.tr("Hide key") if shown else self.tr("Show key"))

    def _fit(self) -> None:
        """Grow (or shrink back) to fit messages and banners that appeared or went away."""
        self.message_row.setVisible(not self.key_message.isHidden())
        layout = self._layout
        layout.activate()
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(self.width())
        else:
            height = layout.totalSizeHint().height()
        self.resize(self.width(), max(height, layout.totalMinimumSize().height()))

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(
            self._key_info is not None and self._keyring_ok is not False and not self._checking
        )
        for widget in (self.key_edit, self.name_edit, self.advanced_box, self.api_base_edit):
            widget.setEnabled(not self._checking)
        self._fit()

    # -- keyring ---------------------------------------------------------------------------

    def _check_keyring(self) -> None:
        secrets = self.accounts.secrets

        def check(control: TaskControl) -> None:
            secrets.check_backend()

        self.runner.submit(
            check,
            on_success=lambda _: self._keyring_result(None),
            on_failure=self._keyring_result,
            key="add-account-keyring",
        )

    def _keyring_result(self, error: UserFacingError | None) -> None:
        self._keyring_ok = error is None
        if error is None:
            self.keyring_banner.clear()
        else:
            self.keyring_banner.show_error(error)
        self._update_buttons()

    # -- verification ----------------------------------------------------------------------

    @property
    def checking(self) -> bool:
        """True while the key is being verified with Stripe."""
        return self._checking

    def _submit(self) -> None:
        if self._key_info is None or self._checking:
            return
        key = self.key_edit.text()
        name = self.name_edit.text().strip() or None
        api_base = self.api_base_edit.text().strip() if self.advanced_box.isChecked() else ""
        accounts = self.accounts

        def add(control: TaskControl) -> Profile:
            return accounts.add_account(key, api_base=api_base or None, display_name=name)

        self._checking = True
        self.error_banner.clear()
        self.spinner.start()
        self.status_label.setText(self.tr("Checking the key with Stripe…"))
        self._update_buttons()
        self.runner.submit(
            add,
            on_success=self._added,
            on_failure=self._failed,
            key=TASK_KEY,
            name="add Stripe account",
        )

    def _done_checking(self) -> None:
        self._checking = False
        self.spinner.stop()
        self.status_label.setText("")
        self._update_buttons()

    def _added(self, profile: Profile) -> None:
        self._done_checking()
        self.profile = profile
        self.key_edit.clear()
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self._done_checking()
        if error.kind == "malformed_key":
            self._set_key_message(error_text(error), error=True)
        elif error.kind == "keyring":
            self._keyring_result(error)
        else:
            self.error_banner.show_error(error)
        self._fit()
        self.key_edit.setFocus()

    def reject(self) -> None:
        """Cancel: stop waiting for Stripe (a late answer is dropped)."""
        self.runner.cancel(TASK_KEY)
        self.runner.cancel("add-account-keyring")
        self._checking = False
        self.key_edit.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel(TASK_KEY)
        super().closeEvent(event)
