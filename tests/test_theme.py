"""The app follows the system's light/dark switch without an application-wide event filter.

Widgets re-derive their colours when the application palette changes
(:func:`widgets.style.on_theme_change`). The watcher listens to the application's
signals; these tests switch the palette the way the platform does (``setPalette`` on
the application) and check that a real widget follows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from widgets.error_banner import ErrorBanner
from widgets.style import is_dark, theme_watcher


def dark_palette() -> QPalette:
    palette = QPalette(QGuiApplication.palette())
    for role, color in (
        (QPalette.ColorRole.Window, "#1e1e1e"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def test_a_palette_switch_reaches_the_watcher_and_widgets(qtbot: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = QPalette(app.palette())
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_error("Something to show")
    light_sheet = banner.styleSheet()
    try:
        with qtbot.waitSignal(theme_watcher().changed, timeout=2000):
            app.setPalette(dark_palette())
        assert is_dark(QGuiApplication.palette())
        assert banner.styleSheet() != light_sheet  # re-tinted for the dark window
    finally:
        app.setPalette(original)
    assert banner.styleSheet() == light_sheet


def test_the_watcher_is_not_an_application_event_filter(qtbot: Any) -> None:
    """A Python event filter on the application would run for every event (GIL each time)."""
    watcher = theme_watcher()
    assert type(watcher).eventFilter is type(watcher).__mro__[1].eventFilter
