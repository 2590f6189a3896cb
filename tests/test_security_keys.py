"""Keys never leak: a scripted session with a recognisable key leaves it nowhere on disk.

:func:`test_a_scripted_session_leaves_the_key_nowhere` runs the app the way a person
would, with a real keyring (gnome-keyring on a private D-Bus, ``real_keyring``), the real
log file (``configure_logging`` at DEBUG, the stripe SDK's own debug records included), a
real ``QSettings`` file and a sandbox that accepts only a key made for this test
(``sk_test_Cf9Canary…``, random tail):

1. the key is typed into the Add account dialog, verified by the sandbox and stored;
2. the profile syncs; every panel of the sidebar is opened;
3. paused collections are exported to CSV and portal configurations to JSON;
4. a customer portal session is created from the Customers panel's dialog;
5. errors are provoked through the app's task runner (so they are logged the way the app
   logs task failures, with tracebacks) and shown in error banners: 400 (a portal
   session for a customer that does not exist), 403 (a disconnected account, whose
   message carries the key's masked form ``sk_test_************abcd``), and finally
   401 (the key revoked at the sandbox, then a sync).

Then every file under the data directory (cache incl. ``-wal``/``-shm`` while open, logs),
the config directory (profiles), the exports, the settings file, a private ``TMPDIR`` and
a private ``HOME`` is scanned -- while the app still runs and again after it shut down --
for the key, its last 8 characters, its masked form and the portal session's URL token
(UTF-8 and UTF-16): no hit. Every error banner and label in the window is checked the same
way. The key is in the keyring (read back independently) and nowhere else; the data and
config directories are 0700 and the cache, its WAL, the log and profiles.json are 0600.

:func:`test_error_surfaces_redact_keys_and_portal_urls` feeds secret-bearing messages to
the surfaces a person reads: error banners (every panel uses ``ErrorBanner``), the status
bar's "Sync failed" text and the log file.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import stripe
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from desktop.app import build_context
from desktop.main_window import MainWindow
from desktop.panels import PANELS
from desktop.settings import Settings
from services import config
from services.errors import UserFacingError
from services.logging_setup import configure_logging
from services.redact import contains_secret
from services.sandbox.server import SandboxServer
from tests.test_reliability_support import iter_files, scan_for_secrets
from widgets.error_banner import ErrorBanner

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WAIT = 60_000
OLD_TOWN = "acct_1OldTownBarbers000"  # a disconnected account of the demo seed


def canary_key() -> str:
    return "sk_test_Cf9Canary" + secrets.token_hex(16)


def needles_for(key: str) -> list[str]:
    """The key, its last 8 characters and its masked form as Stripe prints it."""
    return [key, key[-8:], "*" * 4 + key[-4:]]


def all_texts() -> list[str]:
    """Every text shown by every widget of the application right now."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QLabel)]:
            if isinstance(widget, QLabel):
                texts.append(widget.text())
                texts.append(widget.toolTip())
        texts.extend(w.text() for w in top.findChildren(QLineEdit))
        texts.extend(w.toPlainText() for w in top.findChildren(QPlainTextEdit))
        texts.extend(w.toPlainText() for w in top.findChildren(QTextEdit))
        texts.append(top.windowTitle())
    return texts


@pytest.fixture
def private_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A private TMPDIR and HOME for the session, so stray files are found too."""
    dirs = {name: tmp_path / name for name in ("tmp", "home", "exports")}
    for path in dirs.values():
        path.mkdir()
    monkeypatch.setenv("TMPDIR", str(dirs["tmp"]))
    monkeypatch.setattr(tempfile, "tempdir", str(dirs["tmp"]))
    monkeypatch.setenv("HOME", str(dirs["home"]))
    for var, sub in (("XDG_CACHE_HOME", ".cache"), ("XDG_CONFIG_HOME", ".config")):
        monkeypatch.setenv(var, str(dirs["home"] / sub))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["home"] / ".local" / "share"))
    return dirs


@pytest.fixture
def app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The data and config directories, chosen the way the app chooses them."""
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "data"))
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "config"))
    return config.data_dir(), config.config_dir()


@pytest.fixture
def log_handler(app_dirs: tuple[Path, Path]) -> Iterator[logging.Handler]:
    """The app's log file (``run_gui`` logs to ``data_dir()/logs``), at DEBUG."""
    handler = configure_logging(app_dirs[0] / "logs", level=logging.DEBUG)
    stripe_logger = logging.getLogger("stripe")
    previous = stripe_logger.level
    stripe_logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        stripe_logger.setLevel(previous)
        logging.getLogger().removeHandler(handler)
        handler.close()
        logging.getLogger().setLevel(logging.WARNING)


def run_task(ctx: Any, qtbot: Any, fn: Any) -> UserFacingError:
    """Run ``fn`` through the app's task runner; the UserFacingError it failed with."""
    failures: list[UserFacingError] = []
    ctx.runner.submit(
        lambda control: fn(),
        on_success=lambda _: None,
        on_failure=failures.append,
        name="security probe",
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT)
    return failures[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.keyring
def test_a_scripted_session_leaves_the_key_nowhere(
    tmp_path: Path,
    qtbot: Any,
    real_keyring: Any,
    private_env: dict[str, Path],
    app_dirs: tuple[Path, Path],
    log_handler: logging.Handler,
) -> None:
    from services.paused.csvfile import AccountLabel
    from services.paused.export import export_csv
    from services.portal_config import catalog, transfer
    from services.portal_config.api import list_all
    from tests.test_customers_panel import dialog_of, open_first, type_search
    from widgets.customers import CustomersPanel

    key = canary_key()
    srv = SandboxServer(seed="demo", customers=300, api_key=key).start()
    data, conf = app_dirs
    settings_file = tmp_path / "settings.ini"
    ctx = build_context(
        settings=Settings.at_path(str(settings_file)), secrets=real_keyring.secret_store()
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    portal_url = ""
    try:
        window.show()
        # 1. The key is typed into the Add account dialog.
        dialog = window.show_add_account()
        dialog.advanced_box.setChecked(True)
        dialog.api_base_edit.setText(srv.url)
        dialog.key_edit.setText(key)
        dialog.name_edit.setText("Canary shop")
        with qtbot.waitSignal(ctx.sync_finished, timeout=WAIT):
            dialog.add_button.click()
        profile = ctx.profile
        assert profile is not None and profile.display_name == "Canary shop"
        assert real_keyring.lookup(profile.id) == key  # the keyring has it...
        session = ctx.session
        assert session is not None and session.cache is not None

        # 2. Every panel.
        for spec in PANELS:
            window.show_panel(spec.slug)
            ctx.runner.wait_idle(WAIT / 1000)
            qtbot.wait(100)

        # 3. Exports.
        export_csv(
            session.cache,
            private_env["exports"] / "paused.csv",
            platform=AccountLabel(profile.account_id, profile.display_name),
        )
        conn = session.cache.open_connection()
        try:
            shop = catalog.from_cache(conn)
        finally:
            conn.close()
        exported = transfer.export_data(list_all(session.gateway.client), shop)
        transfer.write_export(private_env["exports"] / "portal.json", exported)

        # 4. A portal session from the Customers panel.
        window.show_panel("customers")
        customers = window.panel_widget("customers")
        assert isinstance(customers, CustomersPanel)
        ctx.runner.wait_idle(WAIT / 1000)
        type_search(customers, qtbot, "a")
        open_first(customers, qtbot)
        customers.open_portal()
        portal = dialog_of(customers, qtbot)
        with qtbot.waitSignal(portal.session_created, timeout=WAIT) as created:
            portal.create_button.click()
        portal_url = created.args[0].url
        assert "/session/" in portal_url
        portal.reject()

        # 5. Errors, through the task runner (logged with tracebacks) into banners.
        gateway = session.gateway
        banner = ErrorBanner()
        qtbot.addWidget(banner)
        bad = run_task(
            ctx,
            qtbot,
            lambda: gateway.post_json("/v1/billing_portal/sessions", {"customer": "cus_nope"}),
        )
        assert bad.http_status == 400
        refused = run_task(
            ctx, qtbot, lambda: gateway.for_account(OLD_TOWN).raw_request("get", "/v1/customers")
        )
        assert refused.http_status == 403
        raw_403: list[str] = []
        try:
            gateway.for_account(OLD_TOWN).raw_request("get", "/v1/customers")
        except stripe.PermissionError as exc:
            raw_403.append(str(exc))
        assert key[-4:] in raw_403[0]  # Stripe's own message does carry the masked key
        for error in (bad, refused):
            banner.show_error(error, "Stripe refused")
            assert not contains_secret(banner.message_label.text())
        srv.revoke_key(key)
        failed: list[UserFacingError] = []
        ctx.sync_failed.connect(failed.append)
        window.sync_now()
        qtbot.waitUntil(lambda: bool(failed), timeout=WAIT)
        assert failed[0].kind == "auth" and failed[0].http_status == 401
        ctx.runner.wait_idle(WAIT / 1000)

        needles = [*needles_for(key), portal_url, portal_url.rsplit("/", 1)[-1]]
        for text in all_texts():
            for needle in needles:
                assert needle not in text, f"{needle!r} shown in {text[:200]!r}"
        window.save_settings()

        roots = [data, conf, settings_file, *private_env.values()]
        # The scan finds a planted copy (UTF-16 too), so a clean scan means something.
        planted = private_env["tmp"] / "planted.bin"
        planted.write_bytes(b"x" + key[-8:].encode("utf-16-le") + b"y")
        assert scan_for_secrets(roots, needles) == [f"{planted}: {key[-8:]}"]
        planted.unlink()
        # While the app runs: the cache's -wal and -shm are there too.
        assert any(p.name.endswith("-wal") for p in iter_files(data))
        assert scan_for_secrets(roots, needles) == []

        # Owner-only files and directories.
        for directory in (data, conf, data / "caches", data / "logs"):
            assert mode(directory) == 0o700, directory
        cache_file = session.cache.path
        for path in (cache_file, Path(f"{cache_file}-wal"), Path(f"{cache_file}-shm")):
            assert mode(path) == 0o600, path
        assert mode(data / "logs" / "counterfoil.log") == 0o600
        assert mode(conf / "profiles.json") == 0o600
        profiles = json.loads((conf / "profiles.json").read_text())
        assert profiles["profiles"][0]["id"] == profile.id
        log_text = (data / "logs" / "counterfoil.log").read_text()
        assert "security probe" in log_text and "Traceback" in log_text  # errors were logged
        assert "REDACTED" in log_text or "cus_nope" in log_text
    finally:
        window.close()
        ctx.shutdown()
        srv.stop()
    log_handler.flush()
    # After shutting down (WAL checkpointed into the file): still nothing.
    needles = [
        *needles_for(key),
        *([portal_url, portal_url.rsplit("/", 1)[-1]] if portal_url else []),
    ]
    assert scan_for_secrets([data, conf, settings_file, *private_env.values()], needles) == []
    assert settings_file.exists()


SECRETS = [
    "sk_live_" + "51Hx" + "Q" * 40,
    "rk_test_" + "51Hx" + "R" * 40,
    "rk_live_" + "51Hx" + "S" * 40,
    "sk_test_************wxyz",  # Stripe's masked form
    "https://billing.stripe.com/p/session/test_YWNjdF8xTmFjY291bnQ",
    "http://127.0.0.1:54321/p/session/bps_token_1234567890abcdef",
]


@pytest.mark.parametrize("secret", SECRETS)
def test_error_surfaces_redact_keys_and_portal_urls(
    qtbot: Any, tmp_path: Path, secret: str
) -> None:
    tail = secret[-8:] if "session" not in secret else secret.rsplit("/", 1)[-1]
    message = f"Stripe said: Invalid API Key provided: {secret} (see {secret}/details)."

    # Error banners: from a UserFacingError and from plain text.
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    for error in (UserFacingError(message, request_id="req_123"), message):
        banner.show_error(error, "Title")
        assert tail not in banner.message_label.text()
        assert "req_123" in banner.request_label.text() or isinstance(error, str)
    # The main window's status bar after a failed sync.
    ctx = build_context(
        settings=Settings.at_path(str(tmp_path / "settings.ini")),
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        window._sync_failed(UserFacingError(message, kind="api"))
        texts = all_texts()
        assert any("Sync failed" in t for t in texts)
        assert not [t for t in texts if tail in t]
    finally:
        window.close()
        ctx.shutdown()
    # The log file, message, arguments and exception text.
    handler = configure_logging(tmp_path / "logs")
    try:
        log = logging.getLogger("counterfoil.security")
        log.warning("refused: %s", message)
        try:
            raise RuntimeError(message)
        except RuntimeError:
            log.exception("failed with %r", {"key": secret})
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = (tmp_path / "logs" / "counterfoil.log").read_text()
    assert text.count("refused:") == 1 and "Traceback" in text
    assert tail not in text
    assert not os.environ.get("STRIPE_LOG")
