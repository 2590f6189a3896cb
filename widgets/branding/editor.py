"""The editing column: whose branding is being edited, colours, images, checks and saving.

A passive view: :class:`~widgets.branding.panel.BrandingPanel` fills it and listens to its
child widgets. From top to bottom: the account and whether changes are saved to Stripe or
are a what-if (with where to change it instead), the unsaved-changes banner (with a
confirmation before discarding), the brand and accent colours, the icon and logo, the
accessibility checks, Stripe's error if a save failed, and the save bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from widgets.branding.checks import PASS_BG, PASS_FG, AccessibilityBox, pill_style_from
from widgets.branding.color_field import ColorField
from widgets.branding.image_field import ImageField
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import (
    make_muted,
    on_theme_change,
    pill_style,
    scaled_font,
    subtle_fill,
    theme_palette,
)


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class DraftBanner(QFrame):
    """ "Unsaved changes" with Save / Discard; Discard asks once more, inline.

    Signals:
        discard_confirmed() -- the person confirmed throwing the changes away.
    """

    discard_confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.clicked.connect(self.ask)
        self.confirm_label = QLabel(self.tr("Throw these changes away?"))
        self.confirm_button = QPushButton(self.tr("Discard changes"))
        self.keep_button = QPushButton(self.tr("Keep them"))
        self.confirm_button.clicked.connect(self._confirmed)
        self.keep_button.clicked.connect(self.reset)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.addWidget(self.message, 1)
        row.addWidget(self.discard_button)
        row.addWidget(self.confirm_label)
        row.addWidget(self.confirm_button)
        row.addWidget(self.keep_button)
        self.reset()
        self._apply_palette()
        on_theme_change(self._apply_palette)

    def ask(self) -> None:
        """Show the inline "Throw these changes away?" question."""
        self.discard_button.setVisible(False)
        self.message.setVisible(False)
        for widget in (self.confirm_label, self.confirm_button, self.keep_button):
            widget.setVisible(True)
        self.keep_button.setFocus()

    def reset(self) -> None:
        """Back to the message and the Discard… button."""
        self.discard_button.setVisible(True)
        self.message.setVisible(True)
        for widget in (self.confirm_label, self.confirm_button, self.keep_button):
            widget.setVisible(False)

    def _confirmed(self) -> None:
        self.reset()
        self.discard_confirmed.emit()

    def _apply_palette(self) -> None:
        fill = subtle_fill(theme_palette(), 0.06)
        self.setStyleSheet(
            f"#draftBanner {{ background: {fill.name()}; border: 1px solid #d0a500;"
            " border-radius: 6px; }"
        )


class BrandingEditor(QWidget):
    """The editing column of the Branding panel (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.title.setWordWrap(True)
        self.mode = QLabel()
        self.mode.setFont(scaled_font(self.font(), 0.85, bold=True))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.RichText)
        self.where.setOpenExternalLinks(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        make_muted(self.where)
        self.draft_banner = DraftBanner()
        self.draft_banner.setVisible(False)

        self.brand = ColorField(self.tr("&Brand colour"))
        self.accent = ColorField(self.tr("Acc&ent colour"))
        self.icon = ImageField("icon", self.tr("Icon"))
        self.logo = ImageField("logo", self.tr("Logo"))
        self.checks = AccessibilityBox()
        self.error = ErrorBanner(closable=True)

        self.status = QLabel()
        self.status.setWordWrap(True)
        make_muted(self.status)
        self.spinner = Spinner(16)
        self.save_button = QPushButton(self.tr("Save to Stripe"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Upload new images and save the branding (Ctrl+S)"))

        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.mode, 0, Qt.AlignmentFlag.AlignTop)
        save_row = QHBoxLayout()
        save_row.addWidget(self.spinner)
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(12)
        column.addLayout(title_row)
        column.addWidget(self.where)
        column.addWidget(self.draft_banner)
        fields = QGridLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setHorizontalSpacing(14)
        fields.setVerticalSpacing(12)
        fields.addWidget(self.brand, 0, 0)
        fields.addWidget(self.accent, 0, 1)
        fields.addWidget(_separator(), 1, 0, 1, 2)
        fields.addWidget(self.icon, 2, 0)
        fields.addWidget(self.logo, 2, 1)
        fields.setColumnStretch(0, 1)
        fields.setColumnStretch(1, 1)
        column.addLayout(fields)
        column.addWidget(_separator())
        column.addWidget(self.checks)
        column.addWidget(self.error)
        column.addStretch(1)
        column.addLayout(save_row)

    def set_mode(self, saveable: bool) -> None:
        """The pill beside the title: saved through the API, or a what-if."""
        palette = theme_palette()
        if saveable:
            self.mode.setText(self.tr("Saved via API"))
            self.mode.setStyleSheet(pill_style_from(PASS_BG, PASS_FG))
        else:
            self.mode.setText(self.tr("What-if"))
            self.mode.setStyleSheet(
                pill_style(subtle_fill(palette, 0.1), palette.color(palette.ColorRole.WindowText))
            )
        self.save_button.setVisible(saveable)

    def set_busy(self, busy: bool, message: str = "") -> None:
        """While saving: spinner on, fields locked."""
        for widget in (
            self.brand,
            self.accent,
            self.icon,
            self.logo,
            self.checks,
            self.draft_banner,
            self.save_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.spinner.start()
        else:
            self.spinner.stop()
        if message:
            self.status.setText(message)
