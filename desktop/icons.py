"""Counterfoil's own line icons, recoloured from the current palette when they are loaded.

The SVGs under ``resources/icons/`` draw with ``currentColor``. :func:`icon` substitutes the
palette's text colour (and the highlighted-text colour for the selected state, a dimmed colour
for the disabled state), so the icons follow the system's light or dark palette. Widgets that
keep icons call :func:`icon` again from ``widgets.style.on_theme_change``.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

import resources

ICON_DIR = resources.path("icons")
SIZES = (16, 20, 24, 32, 48, 64)


def icon_path(name: str) -> str:
    """The file path of the bundled icon ``name`` (without ``.svg``)."""
    return str(ICON_DIR / f"{name}.svg")


@lru_cache(maxsize=64)
def _svg_source(name: str) -> str:
    return (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")


def render(name: str, size: int, color: QColor | str, device_pixel_ratio: float = 1.0) -> QPixmap:
    """Render icon ``name`` at ``size`` logical pixels in ``color``."""
    hex_color = QColor(color).name(QColor.NameFormat.HexArgb)
    rgb, alpha = "#" + hex_color[3:], QColor(color).alphaF()
    svg = _svg_source(name).replace("currentColor", rgb)
    if alpha < 1.0:
        svg = svg.replace("<svg ", f'<svg opacity="{alpha:.2f}" ', 1)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    physical = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(physical, physical)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, physical, physical))
    painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def icon(name: str, palette: QPalette | None = None, color: QColor | str | None = None) -> QIcon:
    """A QIcon for ``name`` drawn in the palette's colours (or a fixed ``color``)."""
    if palette is None:
        palette = QGuiApplication.palette()
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    normal = QColor(color) if color is not None else palette.color(QPalette.ColorRole.WindowText)
    selected = (
        QColor(color) if color is not None else palette.color(QPalette.ColorRole.HighlightedText)
    )
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(render(name, size, normal, ratio), QIcon.Mode.Normal)
        result.addPixmap(render(name, size, normal, ratio), QIcon.Mode.Active)
        result.addPixmap(render(name, size, selected, ratio), QIcon.Mode.Selected)
        result.addPixmap(render(name, size, disabled, ratio), QIcon.Mode.Disabled)
    return result


def app_icon() -> QIcon:
    """The application icon (full colour, not recoloured)."""
    return QIcon(icon_path("app"))


def pixmap(name: str, size: int, color: QColor | str | None = None) -> QPixmap:
    """A single pixmap of icon ``name`` in ``color`` (default: the palette's text colour)."""
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return render(name, size, color, ratio)


def icon_size(points: int) -> QSize:
    """A square QSize, for ``setIconSize``."""
    return QSize(points, points)
