"""The sidebar: the account switcher above the list of the five panels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop import icons
from desktop.panels import PANELS
from widgets.account_switcher import AccountSwitcher
from widgets.style import make_muted, on_theme_change, scaled_font, subtle_fill, theme_palette

SIDEBAR_WIDTH = 248


class Sidebar(QFrame):
    """The account switcher above the list of panels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFixedWidth(SIDEBAR_WIDTH)
        self.switcher = AccountSwitcher()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setAccessibleName(self.tr("Panels"))
        self.nav.setUniformItemSizes(True)
        for spec in PANELS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.slug)
            item.setSizeHint(QSize(SIDEBAR_WIDTH - 24, 38))
            self.nav.addItem(item)
        self.version = QLabel("Counterfoil 0.1")
        self.version.setFont(scaled_font(self.font(), 0.85))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 12, 10)
        layout.setSpacing(14)
        layout.addWidget(self.switcher)
        layout.addWidget(_rule())
        layout.addWidget(self.nav, 1)
        layout.addWidget(self.version)
        self.retranslate_ui()
        self._apply_palette()
        on_theme_change(self._apply_palette)

    def retranslate_ui(self) -> None:
        """Word the panel list in the current language."""
        for number, spec in enumerate(PANELS, start=1):
            item = self.nav.item(number - 1)
            if item is not None:
                item.setText(spec.display_title)
                item.setToolTip(self.tr("{0} (Ctrl+{1})").format(spec.display_title, number))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        fill = subtle_fill(palette, 0.045)
        edge = subtle_fill(palette, 0.14)
        self.setStyleSheet(
            f"#sidebar {{ background: {fill.name()}; border-right: 1px solid {edge.name()}; }}"
            " #nav { background: transparent; outline: 0; }"
            " #nav::item { padding: 0 10px; border-radius: 6px; margin: 1px 0; }"
            " #nav::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            f" #nav::item:hover:!selected {{ background: {edge.name()}; }}"
        )
        for row, spec in enumerate(PANELS):
            item = self.nav.item(row)
            if item is not None:
                item.setIcon(icons.icon(spec.icon, palette))
        make_muted(self.version)


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
