"""The composition root: builds the services once and starts the GUI.

:func:`build_context` creates the profile store, keyring access, account manager, task runner
and settings and wraps them in an :class:`~desktop.context.AppContext`; nothing else in the
app constructs services. :func:`run_gui` is what ``counterfoil`` (``desktop/cli.py``) calls:
it handles ``--demo``, ``--screenshots DIR``, ``--lang``, ``--profile``, the
``COUNTERFOIL_API_KEY`` environment variable and the first-run welcome page.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import resources
from desktop import icons
from desktop.context import AppContext, Confirmer
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


def install_translations(app: QApplication, lang: str | None) -> list[QTranslator]:
    """Load Qt's and Counterfoil's translations for ``lang`` (or the system locale)."""
    locale = QLocale(lang) if lang else QLocale.system()
    if lang:
        QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    own_dir = str(resources.path("translations"))
    for name, directory in (("qtbase", qt_dir), ("counterfoil", own_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


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
    install_translations(app, lang)
    if not screenshots:
        _configure_logging()

    from desktop.main_window import MainWindow

    if screenshots:
        from desktop.screenshots import take_screenshots

        with tempfile.TemporaryDirectory(prefix="counterfoil-shots-") as tmp:
            root = Path(tmp)
            ctx = build_context(
                settings=Settings.at_path(str(root / "settings.ini")),
                config_dir=root / "config",
                data_dir=root / "data",
            )
            window = MainWindow(ctx)
            try:
                return take_screenshots(ctx, window, Path(screenshots))
            finally:
                window.close()
                ctx.shutdown()

    ctx = build_context()
    window = MainWindow(ctx)
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


def _configure_logging() -> None:
    try:
        from services.logging_setup import configure_logging

        configure_logging(config.data_dir() / "logs")
    except Exception:  # logging must never stop the app from starting
        log.warning("could not set up the log file", exc_info=True)
