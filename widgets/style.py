"""Small look-and-feel helpers shared by the shell's widgets: fonts, muted text, pills.

Everything derives from the application's palette and font, so the app follows the system's
light or dark theme and the platform's fonts; nothing here hard-codes a font family.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

LIVE_COLOR = QColor("#c2410c")  # deep orange-red: readable with white text in light and dark
LIVE_COLOR_DARK = QColor("#9a3412")
TEST_COLOR = QColor("#b45309")  # amber, like Stripe's own test-mode marker
WARNING_COLOR = QColor("#b45309")
ERROR_COLOR = QColor("#b91c1c")


class ThemeWatcher(QObject):
    """Watches the application for palette changes (the system switching light/dark).

    It listens to the application's own signals (``paletteChanged``, and the style hints'
    ``colorSchemeChanged``), not to an application-wide event filter: a Python event
    filter on the application runs Python for every event of every object, which takes
    the GIL per event and makes the window late whenever a worker thread is busy.

    Signals:
        changed() -- the application palette changed; re-derive colours and icons.
    """

    changed = Signal()

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        app.paletteChanged.connect(self._palette_changed)
        app.styleHints().colorSchemeChanged.connect(self._palette_changed)

    def _palette_changed(self, *_args: object) -> None:
        self.changed.emit()


def theme_watcher() -> ThemeWatcher:
    """The application's ThemeWatcher (created on first use)."""
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("no QApplication")
    watcher = app.findChild(ThemeWatcher, "counterfoilThemeWatcher")
    if watcher is None:
        watcher = ThemeWatcher(app)
        watcher.setObjectName("counterfoilThemeWatcher")
    return watcher


def on_theme_change(callback: Callable[[], None]) -> None:
    """Call ``callback`` (a bound method of a QObject) whenever the palette changes."""
    theme_watcher().changed.connect(callback)


def theme_palette() -> QPalette:
    """The application palette: the one source of colours (never a widget's own palette,
    which style sheets may have altered)."""
    return QGuiApplication.palette()


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is dark (a dark system theme)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def scaled_font(base: QFont, scale: float = 1.0, *, bold: bool = False) -> QFont:
    """``base`` scaled by ``scale`` (keeping the platform's family), optionally bold."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def heading(
    text: str, widget_font: QFont, scale: float = 1.6, parent: QWidget | None = None
) -> QLabel:
    """A heading label in the platform font, larger and semi-bold."""
    label = QLabel(text, parent)
    label.setFont(scaled_font(widget_font, scale, bold=True))
    label.setWordWrap(True)
    return label


def muted_color(palette: QPalette) -> QColor:
    """A secondary text colour: the text colour blended halfway towards the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    return QColor(
        round(text.red() * 0.6 + window.red() * 0.4),
        round(text.green() * 0.6 + window.green() * 0.4),
        round(text.blue() * 0.6 + window.blue() * 0.4),
    )


class _MutedLabel(QObject):
    """Keeps one label in the muted colour across theme changes."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.apply()
        on_theme_change(self.apply)

    def apply(self) -> None:
        palette = self.label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_color(theme_palette()))
        self.label.setPalette(palette)


def make_muted(label: QLabel) -> QLabel:
    """Give ``label`` the muted text colour (secondary information), following the theme."""
    if label.findChild(_MutedLabel) is None:
        _MutedLabel(label)
    return label


def subtle_fill(palette: QPalette, strength: float = 0.06) -> QColor:
    """A background a shade away from the window colour (cards, the sidebar)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return QColor(
        round(window.red() * (1 - strength) + text.red() * strength),
        round(window.green() * (1 - strength) + text.green() * strength),
        round(window.blue() * (1 - strength) + text.blue() * strength),
    )


def pill_style(background: QColor, foreground: QColor, border: QColor | None = None) -> str:
    """A style sheet for a small rounded badge label."""
    edge = border if border is not None else background
    return (
        f"QLabel {{ background: {background.name()}; color: {foreground.name()};"
        f" border: 1px solid {edge.name()}; border-radius: 4px; padding: 1px 6px; }}"
    )
