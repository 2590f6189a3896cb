"""The live preview widget: the portal page drawn to fit, in a browser-like frame.

:class:`PortalPreview` paints the current :class:`~services.branding.preview.PortalPage`
with :func:`~widgets.branding.portal_painter.paint_page`, scaled to fit the widget (never
above 100 %), centred on a soft shadow. Painting is vector (no cached bitmap), so it stays
sharp at any size and updates as soon as the page changes. :class:`PreviewScroller` holds
it at the width of its viewport ("fit width") and scrolls the rest of the page.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from services.branding.preview import PortalPage
from widgets.branding.portal_painter import (
    CANVAS_WIDTH,
    ImageSource,
    NoImages,
    PaintedPage,
    page_height,
    paint_page,
)

MARGIN = 18


class PortalPreview(QWidget):
    """Shows a portal page, scaled to fit; ``set_page`` replaces it."""

    def __init__(self, images: ImageSource | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images: ImageSource = images or NoImages()
        self.page: PortalPage | None = None
        self.painted: PaintedPage | None = None
        self._height = 0
        self.placeholder = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Customer portal preview"))

    def sizeHint(self) -> QSize:
        return QSize(820, 720)

    def set_page(self, page: PortalPage | None) -> None:
        """Show ``page`` (None shows the placeholder text)."""
        self.page = page
        self._height = page_height(page, self.images) if page is not None else 0
        if page is not None:
            self.setAccessibleDescription(f"{page.business_name}: {page.headline}")
        self.updateGeometry()
        self.update()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, PreviewScroller):
            parent = parent.parentWidget()
        if parent is not None:
            parent.fit()

    def height_for(self, width: int) -> int:
        """The widget height that shows the whole page at ``width`` (fit width)."""
        if not self._height:
            return 0
        scale = min(1.0, max(1, width - 2 * MARGIN) / CANVAS_WIDTH)
        return round(self._height * scale + 2 * MARGIN)

    def set_placeholder(self, text: str) -> None:
        """The text shown while there is no page (loading, no account open)."""
        self.placeholder = text
        self.update()

    def refresh(self) -> None:
        """Re-measure and repaint (an image arrived)."""
        self.set_page(self.page)

    @property
    def scale(self) -> float:
        """The current zoom factor (1.0 = the page's own size)."""
        if not self._height:
            return 1.0
        avail_w = max(1, self.width() - 2 * MARGIN)
        avail_h = max(1, self.height() - 2 * MARGIN)
        return min(1.0, avail_w / CANVAS_WIDTH, avail_h / self._height)

    def page_rect(self) -> QRectF:
        """Where the page is drawn in widget coordinates."""
        s = self.scale
        w, h = CANVAS_WIDTH * s, self._height * s
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.page is None:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.placeholder)
            painter.end()
            return
        rect = self.page_rect()
        for i, alpha in enumerate((10, 8, 6, 4)):  # a soft shadow
            grow = 2 + i * 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, alpha))
            painter.drawRoundedRect(rect.adjusted(-grow, -grow + 3, grow, grow + 3), 10, 10)
        clip = QPainterPath()
        clip.addRoundedRect(rect, 8, 8)
        painter.setClipPath(clip)
        painter.translate(rect.topLeft())
        painter.scale(self.scale, self.scale)
        self.painted = paint_page(self.page, self.images, painter, height=self._height)
        painter.end()


class PreviewScroller(QScrollArea):
    """Shows a :class:`PortalPreview` at the viewport's width, scrolling vertically."""

    def __init__(self, preview: PortalPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWidget(preview)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setMinimumSize(360, 280)

    def fit(self) -> None:
        """Size the preview to the viewport's width and the page's height."""
        viewport = self.viewport().size()
        width = viewport.width()
        height = self.preview.height_for(width) or viewport.height()
        self.preview.resize(width, max(height, 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
