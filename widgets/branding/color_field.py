"""A colour field: a swatch that opens a colour picker, and a validated hex entry.

Typing updates the preview as soon as the text is a valid colour; invalid text stays in the
field (nothing is lost) with a message under it saying what is wrong. The picker is a
non-modal ``QColorDialog`` that previews while the person moves around and restores the
previous value when cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.branding.colors import hex_problem, is_hex, parse_hex
from widgets.branding.texts import tr_problem
from widgets.style import ERROR_COLOR, make_muted, scaled_font


def swatch_icon(color: str | None, size: int = 22) -> QIcon:
    """A rounded square of ``color`` (a hatched box when None)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 60))
    if color:
        painter.setBrush(QColor(color))
    else:
        painter.setBrush(Qt.BrushStyle.BDiagPattern)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 5, 5)
    painter.end()
    return QIcon(pixmap)


class ColorField(QWidget):
    """Label, swatch button, hex entry and an inline error.

    Signals:
        edited(str) -- the person typed or picked; the raw text (may be invalid or empty).
    """

    edited = Signal(str)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: str | None = None
        self._before_picker = ""
        self.dialog: QColorDialog | None = None

        self.label = QLabel(label)
        self.label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.swatch = QToolButton()
        self.swatch.setIconSize(QSize(22, 22))
        self.swatch.setToolTip(self.tr("Pick a colour"))
        self.swatch.setAccessibleName(self.tr("Pick {0}").format(label.lower()))
        self.swatch.clicked.connect(self.open_picker)
        self.entry = QLineEdit()
        self.entry.setMaxLength(24)
        self.entry.setClearButtonEnabled(True)
        self.entry.setAccessibleName(label)
        self.entry.textEdited.connect(self._typed)
        self.label.setBuddy(self.entry)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        make_muted(self.hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR.name()};")
        self.error.setVisible(False)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.swatch)
        row.addWidget(self.entry, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.label)
        column.addLayout(row)
        column.addWidget(self.hint)
        column.addWidget(self.error)
        self._show_swatch()

    # -- state ---------------------------------------------------------------------------------
    @property
    def text(self) -> str:
        return self.entry.text()

    @property
    def valid(self) -> bool:
        """True when the field is empty (unchanged) or holds a colour."""
        return not self.text.strip() or is_hex(self.text)

    def set_value(self, typed: str | None, saved: str | None, hint: str = "") -> None:
        """Show ``typed`` (the draft's text) over ``saved`` (what Stripe has), silently."""
        self._saved = saved
        self.entry.setText(typed if typed is not None else (saved or ""))
        self.entry.setPlaceholderText(saved or "#RRGGBB")
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self._validate()

    def show_error(self, message: str) -> None:
        """An error from Stripe about this field (shown until the next edit)."""
        self.error.setText(message)
        self.error.setVisible(True)

    def current_color(self) -> str | None:
        """The colour shown: the typed one when valid, else the saved one."""
        if self.text.strip() and is_hex(self.text):
            return parse_hex(self.text)
        return self._saved

    # -- editing -------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        self._validate()
        self.edited.emit(text)

    def _validate(self) -> None:
        problem = hex_problem(self.text) if self.text.strip() else None
        self.error.setVisible(problem is not None)
        if problem is not None:
            self.error.setText(tr_problem(problem))
        self.entry.setProperty("invalid", problem is not None)
        self.entry.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {ERROR_COLOR.name()}; border-radius: 3px; }}"
            if problem is not None
            else ""
        )
        self._show_swatch()

    def _show_swatch(self) -> None:
        self.swatch.setIcon(swatch_icon(self.current_color()))

    def set_text(self, text: str) -> None:
        """Replace the text as if typed (the picker and "use suggestion" call this)."""
        self.entry.setText(text)
        self._typed(text)

    def open_picker(self) -> None:
        """Open the colour picker (non-modal); it previews live and can be cancelled."""
        if self.dialog is None:
            self.dialog = QColorDialog(self)
            self.dialog.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog, True)
            self.dialog.setWindowTitle(self.label.text())
            self.dialog.currentColorChanged.connect(self._picked)
            self.dialog.rejected.connect(self._picker_cancelled)
        self._before_picker = self.text
        start = self.current_color() or "#635bff"
        self.dialog.blockSignals(True)
        self.dialog.setCurrentColor(QColor(start))
        self.dialog.blockSignals(False)
        self.dialog.open()

    def _picked(self, color: QColor) -> None:
        if color.isValid():
            self.set_text(color.name())

    def _picker_cancelled(self) -> None:
        if self.text != self._before_picker:
            self.set_text(self._before_picker)
