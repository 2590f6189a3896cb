"""A quiet "pill" look for short labels in tables (a subscription's kind, its status).

The model gives the text (``DisplayRole``) and a colour (:data:`PILL_COLOR_ROLE`, a
``QColor``); the delegate draws the text in that colour on a faint tint of it, so a long
list stays calm while kinds and states remain easy to tell apart.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from widgets.style import is_dark, theme_palette

PILL_COLOR_ROLE = Qt.ItemDataRole.UserRole + 40

KIND_COLORS = {
    "direct": QColor("#0f766e"),
    "destination": QColor("#4338ca"),
    "platform_billing": QColor("#a16207"),
}
STATUS_COLORS = {
    "active": QColor("#15803d"),
    "trialing": QColor("#1d4ed8"),
    "past_due": QColor("#b45309"),
    "unpaid": QColor("#b91c1c"),
    "incomplete": QColor("#b45309"),
    "paused": QColor("#475569"),
    "canceled": QColor("#6b7280"),
    "incomplete_expired": QColor("#6b7280"),
}


def readable(color: QColor) -> QColor:
    """``color`` lightened on dark themes so it stays legible."""
    return color.lighter(170) if is_dark(theme_palette()) else color


class PillDelegate(QStyledItemDelegate):
    """Draws cells that carry :data:`PILL_COLOR_ROLE` as small tinted pills."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        color = index.data(PILL_COLOR_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(color, QColor) or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        fg = readable(color)
        window = theme_palette().color(QPalette.ColorRole.Base)
        tint = QColor(
            round(window.red() * 0.86 + fg.red() * 0.14),
            round(window.green() * 0.86 + fg.green() * 0.14),
            round(window.blue() * 0.86 + fg.blue() * 0.14),
        )
        metrics = QFontMetrics(opt.font)
        width = metrics.horizontalAdvance(str(text)) + 14
        height = metrics.height() + 4
        rect = opt.rect
        box = QRectF(
            rect.x() + 6,
            rect.y() + (rect.height() - height) / 2,
            min(width, rect.width() - 8),
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setPen(fg)
        painter.setFont(opt.font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(text))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), QFontMetrics(option.font).height() + 10))
