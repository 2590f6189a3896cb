"""The first-start page: "Try the demo" or "Add a Stripe account".

Shown when there is no profile yet. If the OS keyring is unusable it says so (and how to fix
it) right here, because adding a real account needs it; the demo works without a keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from services.errors import UserFacingError
from widgets.error_banner import ErrorBanner
from widgets.style import (
    heading,
    make_muted,
    on_theme_change,
    scaled_font,
    subtle_fill,
    theme_palette,
)


class _Choice(QWidget):
    """One big choice: a button with a sentence under it, on a soft card."""

    def __init__(self, icon_name: str, title: str, blurb: str, primary: bool) -> None:
        super().__init__()
        self.setObjectName("welcomeChoice")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.icon_name = icon_name
        self.button = QPushButton(title)
        self.button.setDefault(primary)
        self.button.setMinimumHeight(36)
        self.button.setIconSize(QSize(18, 18))
        self.blurb = QLabel(blurb)
        self.blurb.setWordWrap(True)
        make_muted(self.blurb)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(10)
        layout.addWidget(self.button)
        layout.addWidget(self.blurb)
        layout.addStretch(1)


class WelcomePage(QWidget):
    """The page shown when no Stripe account has been added yet.

    Signals:
        demo_requested() -- "Try the demo" was clicked.
        add_account_requested() -- "Add a Stripe account" was clicked.
    """

    demo_requested = Signal()
    add_account_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._logo = QLabel()
        self._logo.setPixmap(icons.app_icon().pixmap(QSize(80, 80)))
        title = heading(self.tr("Welcome to Counterfoil"), self.font(), 2.0)
        subtitle = QLabel(
            self.tr(
                "A calm back office for Stripe Billing: the customer portal, branding, "
                "customers, Connect and paused collections. Your data is kept in a local "
                "cache, so it is fast and still there when you're offline."
            )
        )
        subtitle.setWordWrap(True)
        subtitle.setFont(scaled_font(self.font(), 1.1))

        self.demo_choice = _Choice(
            "demo",
            self.tr("Try the demo"),
            self.tr(
                "Explore with sample customers and subscriptions in a sandbox that runs on "
                "this computer. Nothing is sent to Stripe and no key is needed."
            ),
            primary=False,
        )
        self.add_choice = _Choice(
            "key",
            self.tr("Add a Stripe account"),
            self.tr(
                "Paste a secret key (sk_…) or a restricted key (rk_…). Counterfoil checks it "
                "with Stripe and keeps it in your system keyring, never in a file."
            ),
            primary=True,
        )
        self.demo_button = self.demo_choice.button
        self.add_button = self.add_choice.button
        self.demo_button.clicked.connect(self.demo_requested)
        self.add_button.clicked.connect(self.add_account_requested)

        choices = QHBoxLayout()
        choices.setSpacing(16)
        choices.addWidget(self.demo_choice, 1)
        choices.addWidget(self.add_choice, 1)

        self.keyring_banner = ErrorBanner(tone="warning")
        self.error_banner = ErrorBanner(closable=True)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self._logo, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(10)
        column.addLayout(choices)
        column.addWidget(self.keyring_banner)
        column.addWidget(self.error_banner)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(680)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self._apply_palette()
        on_theme_change(self._apply_palette)

    def set_keyring_problem(self, error: UserFacingError | None) -> None:
        """Explain an unusable keyring (adding a real account needs one); None hides it."""
        if error is None:
            self.keyring_banner.clear()
        else:
            self.keyring_banner.show_error(error)

    def show_error(self, error: UserFacingError) -> None:
        """Show why the demo (or an account) could not be opened."""
        self.error_banner.show_error(error)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        fill = subtle_fill(palette, 0.04)
        edge = subtle_fill(palette, 0.14)
        for choice in (self.demo_choice, self.add_choice):
            choice.setStyleSheet(
                f"#welcomeChoice {{ background: {fill.name()}; border: 1px solid {edge.name()};"
                " border-radius: 8px; }"
            )
            choice.button.setIcon(icons.icon(choice.icon_name, palette))
