"""A small, quiet busy indicator: a rotating arc drawn in the palette's highlight colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget


class Spinner(QWidget):
    """An indeterminate progress spinner; ``start()``/``stop()``; hidden while stopped."""

    def __init__(self, size: int = 16, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._advance)
        self.setFixedSize(size, size)
        self.setVisible(False)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    @property
    def spinning(self) -> bool:
        """True while the spinner is animating."""
        return self._timer.isActive()

    def start(self) -> None:
        """Show and animate."""
        self.setVisible(True)
        self._timer.start()

    def stop(self) -> None:
        """Stop and hide."""
        self._timer.stop()
        self.setVisible(False)

    def _advance(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(1.5, self._size / 8)
        rect = QRectF(width, width, self._size - 2 * width, self._size - 2 * width)
        track = QPen(self.palette().color(QPalette.ColorRole.Mid), width)
        painter.setPen(track)
        painter.drawEllipse(rect)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, -self._angle * 16, 100 * 16)
        painter.end()
