"""The composition root: builds the services once and starts the GUI.

:func:`build_context` creates the profile store, keyring access, account manager, task runner
and settings and wraps them in an :class:`~desktop.context.AppContext`; nothing else in the
app constructs services. :func:`run_gui` is what ``counterfoil`` (``desktop/cli.py``) calls:
it handles ``--demo``, ``--screenshots DIR``, ``--lang`` (see :mod:`desktop.i18n`),
``--profile``, the ``COUNTERFOIL_API_KEY`` environment variable and the first-run welcome page.

Benchmark hook: with ``COUNTERFOIL_BENCH_FIRST_PAINT=1`` in the environment, the app prints
``COUNTERFOIL_FIRST_PAINT <unix time>`` when the main window first paints, then quits
(``tests/benchmarks/bench_ui_cold_start.py`` measures process start to first paint with it).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import i18n, icons
from desktop.context import AppContext, Confirmer
from desktop.i18n import LanguageManager
from desktop.settings import APPLICATION, ORGANIZATION, Settings
from desktop.tasks import TaskRunner
from services import config
from services.credentials import AccountManager, ProfileStore, SecretStore
from widgets.live_confirm import confirm_live_write

log = logging.getLogger(__name__)


class GuiArgs(Protocol):
    """The parsed command line the CLI hands to :func:`run_gui`."""

    demo: bool
    screenshots: str | None
    lang: str | None
    profile: str | None


def build_context(
    *,
    settings: Settings | None = None,
    config_dir: Path | None = None,
    data_dir: Path | None = None,
    secrets: SecretStore | None = None,
    runner: TaskRunner | None = None,
    confirmer: Confirmer = confirm_live_write,
) -> AppContext:
    """Build every long-lived service once and return the context panels receive."""
    profiles = ProfileStore(config_dir if config_dir is not None else config.config_dir())
    secret_store = secrets if secrets is not None else SecretStore()
    accounts = AccountManager(
        profiles, secret_store, data_dir if data_dir is not None else config.data_dir()
    )
    return AppContext(
        settings=settings if settings is not None else Settings(),
        profiles=profiles,
        secrets=secret_store,
        accounts=accounts,
        runner=runner if runner is not None else TaskRunner(),
        confirmer=confirmer,
    )


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created if needed) with Counterfoil's names and icon."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName("Counterfoil")
    QGuiApplication.setDesktopFileName("counterfoil")
    app.setWindowIcon(icons.app_icon())
    return app


def install_translations(
    app: QApplication, lang: str | None, settings: Settings | None = None
) -> LanguageManager:
    """Start the interface language: ``lang`` (``--lang``), else the saved choice, else the
    system's; returns the :class:`~desktop.i18n.LanguageManager` that can switch it later."""
    manager = i18n.manager(settings)
    manager.start(lang)
    return manager


def run_gui(args: Any) -> int:
    """Start the GUI as the command line asked; returns the process exit code."""
    demo = bool(getattr(args, "demo", False))
    screenshots = getattr(args, "screenshots", None)
    lang = getattr(args, "lang", None)
    profile_id = getattr(args, "profile", None)
    if screenshots and not demo:
        print("counterfoil: --screenshots needs --demo", file=sys.stderr)
        return 2

    app = ensure_application()
    if not screenshots:
        _configure_logging()

    from desktop.main_window import MainWindow

    if screenshots:
        from desktop.screenshots import take_screenshots

        with tempfile.TemporaryDirectory(prefix="counterfoil-shots-") as tmp:
            root = Path(tmp)
            shot_settings = Settings.at_path(str(root / "settings.ini"))
            install_translations(app, lang, shot_settings)
            ctx = build_context(
                settings=shot_settings,
                config_dir=root / "config",
                data_dir=root / "data",
            )
            window = MainWindow(ctx)
            try:
                return take_screenshots(ctx, window, Path(screenshots))
            finally:
                window.close()
                ctx.shutdown()

    settings = Settings()
    install_translations(app, lang, settings)
    ctx = build_context(settings=settings)
    window = MainWindow(ctx)
    if os.environ.get(BENCH_FIRST_PAINT_ENV):
        app.installEventFilter(_FirstPaintProbe(window, app))
    window.show()
    if demo:
        ctx.start_demo()
    elif profile_id:
        ctx.switch_profile(profile_id)
    else:
        from services.gateway import env_api_key, resolve_api_base

        env_key = env_api_key()
        if env_key:
            ctx.open_env_account(env_key, resolve_api_base(None))
        else:
            first = ctx.initial_profile_id()
            if first is not None:
                ctx.switch_profile(first)
    try:
        return int(app.exec())
    finally:
        ctx.shutdown()


BENCH_FIRST_PAINT_ENV = "COUNTERFOIL_BENCH_FIRST_PAINT"


class _FirstPaintProbe(QObject):
    """Benchmark hook (see the module docstring): reports the window's first paint and quits.

    An application-wide event filter, installed only when ``COUNTERFOIL_BENCH_FIRST_PAINT``
    is set; it emits no signals.
    """

    def __init__(self, window: QObject, app: QApplication) -> None:
        super().__init__(app)
        self._window = window
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and getattr(watched, "window", lambda: None)() is self._window
        ):
            self._seen = True
            print(f"COUNTERFOIL_FIRST_PAINT {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def _configure_logging() -> None:
    try:
        from services.logging_setup import configure_logging

        configure_logging(config.data_dir() / "logs")
    except Exception:  # logging must never stop the app from starting
        log.warning("could not set up the log file", exc_info=True)
