"""The strips across the top of the workspace: LIVE mode (unmistakable) and the demo note."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop import icons
from widgets.style import LIVE_COLOR, on_theme_change, scaled_font, subtle_fill, theme_palette


class LiveBanner(QFrame):
    """A solid orange-red strip across the window while a live-mode account is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveBanner")
        self.setStyleSheet(
            f"#liveBanner {{ background: {LIVE_COLOR.name()}; }}"
            " #liveBanner QLabel { color: white; }"
        )
        self.title = QLabel(self.tr("LIVE MODE"))
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.text = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(12)
        icon = QLabel()
        icon.setPixmap(icons.pixmap("warning", 16, QColor("white")))
        layout.addWidget(icon)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)

    def set_account(self, name: str) -> None:
        """Name the live account in the banner."""
        self.text.setText(
            self.tr(
                "{0}: changes here affect real customers and real money. "
                "Every change asks you to confirm."
            ).format(name)
        )


class DemoBanner(QFrame):
    """A quiet strip saying the demo runs on sample data in a local sandbox."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        icon = QLabel()
        icon.setPixmap(icons.pixmap("demo", 16))
        text = QLabel(
            self.tr(
                "Demo: sample data in a sandbox running on this computer. "
                "Nothing is sent to Stripe, and it's reset when you quit."
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 5, 16, 5)
        layout.setSpacing(10)
        layout.addWidget(icon)
        layout.addWidget(text, 1)
        self._apply_palette()
        on_theme_change(self._apply_palette)

    def _apply_palette(self) -> None:
        fill = subtle_fill(theme_palette(), 0.07)
        self.setStyleSheet(f"#demoBanner {{ background: {fill.name()}; }}")
