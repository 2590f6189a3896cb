"""An inline banner for a failure a person can act on: the message plus Stripe's request id.

Panels and dialogs show a :class:`services.errors.UserFacingError` here instead of a modal
box: the plain-language message (in the interface language, see :mod:`widgets.error_text`),
and, when Stripe gave one, the request id with a Copy button, which is what Stripe support
asks for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from desktop import icons
from services.errors import UserFacingError
from widgets.error_text import error_text
from widgets.style import (
    ERROR_COLOR,
    WARNING_COLOR,
    is_dark,
    on_theme_change,
    scaled_font,
    theme_palette,
)


class ErrorBanner(QFrame):
    """A tinted box with an icon, the error message and the request id (copyable)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tone: str = "error",
        closable: bool = False,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self._tone = tone
        self.error: UserFacingError | None = None
        self._icon = QLabel()
        self._icon.setFixedSize(20, 20)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.request_label = QLabel()
        self.request_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.request_label.setFont(scaled_font(self.font(), 0.9))
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the request id for Stripe support"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.clicked.connect(self._copy)

        request_row = QHBoxLayout()
        request_row.setContentsMargins(0, 0, 0, 0)
        request_row.setSpacing(6)
        request_row.addWidget(self.request_label)
        request_row.addWidget(self.copy_button)
        request_row.addStretch(1)
        self._request_row = QWidget()
        self._request_row.setLayout(request_row)

        self.title_label = QLabel(title or "")
        self.title_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.title_label.setVisible(bool(title))
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(4)
        text.addWidget(self.title_label)
        text.addWidget(self.message_label)
        text.addWidget(self._request_row)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.close_button: QToolButton | None = None
        if closable:
            self.close_button = QToolButton()
            self.close_button.setAutoRaise(True)
            self.close_button.setToolTip(self.tr("Dismiss"))
            self.close_button.setAccessibleName(self.tr("Dismiss"))
            self.close_button.clicked.connect(self.clear)
            layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._apply_palette()
        on_theme_change(self._apply_palette)
        self.setVisible(False)

    def show_error(self, error: UserFacingError | str, title: str | None = None) -> None:
        """Show ``error`` (a UserFacingError or a plain message), under ``title`` if given."""
        if title is not None:
            self.title_label.setText(title)
            self.title_label.setVisible(bool(title))
        if isinstance(error, str):
            error = UserFacingError(error)
        self.error = error
        self.message_label.setText(error_text(error))
        if error.request_id:
            self.request_label.setText(self.tr("Request ID: {0}").format(error.request_id))
        self._request_row.setVisible(bool(error.request_id))
        self.setVisible(True)

    def changeEvent(self, event: QEvent) -> None:
        """On a language switch, word a service's error afresh from its template."""
        if (
            event.type() == QEvent.Type.LanguageChange
            and self.error is not None
            and self.error.template
        ):
            self.message_label.setText(error_text(self.error))
        super().changeEvent(event)

    def clear(self) -> None:
        """Hide the banner."""
        self.error = None
        self.setVisible(False)

    def _copy(self) -> None:
        if self.error is not None and self.error.request_id:
            QGuiApplication.clipboard().setText(self.error.request_id)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        base = ERROR_COLOR if self._tone == "error" else WARNING_COLOR
        accent = base.lighter(170) if is_dark(palette) else base
        window = palette.color(QPalette.ColorRole.Window)
        tint = QColor(
            round(window.red() * 0.88 + accent.red() * 0.12),
            round(window.green() * 0.88 + accent.green() * 0.12),
            round(window.blue() * 0.88 + accent.blue() * 0.12),
        )
        self.setStyleSheet(
            f"#errorBanner {{ background: {tint.name()}; border: 1px solid {accent.name()};"
            " border-radius: 6px; }"
        )
        self._icon.setPixmap(icons.pixmap("warning", 20, accent))
        if self.close_button is not None:
            self.close_button.setIcon(icons.icon("cancel", palette))
