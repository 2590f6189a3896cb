"""services.logging_setup: the log file is private and every record in it is redacted."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from services.logging_setup import LOG_FILE_NAME, configure_logging

KEY = "sk_live_51HqLyjWDarjtT1zdp7dc4eC39HqLyjWDarjtT1zdp7dcXYZ"
PORTAL = "http://127.0.0.1:40404/p/session/bps_secret_token_0123456789"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    old_level = root.level
    handler = configure_logging(tmp_path / "logs", logging.DEBUG)
    try:
        yield tmp_path / "logs" / LOG_FILE_NAME
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)


def read(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_log_file_and_directory_are_owner_only(log_file: Path) -> None:
    logging.getLogger("counterfoil.test").info("hello")
    assert stat.S_IMODE(os.stat(log_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(log_file.parent).st_mode) == 0o700


def test_message_args_and_exception_text_are_redacted(log_file: Path) -> None:
    log = logging.getLogger("counterfoil.test")
    log.info("adding key %s for %r", KEY, {"url": PORTAL})
    log.warning(f"inline {KEY} and {PORTAL}")
    try:
        raise RuntimeError(f"boom with {KEY} at {PORTAL}")
    except RuntimeError:
        log.exception("failed while using %s", KEY)
    text = read(log_file)
    assert KEY not in text
    assert KEY[8:] not in text
    assert "bps_secret_token" not in text
    assert "sk_live_…REDACTED" in text
    assert "[portal session URL redacted]" in text
    assert "RuntimeError: boom with sk_live_…REDACTED" in text  # traceback kept, scrubbed
    assert "adding key" in text


def test_stripe_sdk_records_propagated_to_root_are_redacted(log_file: Path) -> None:
    # The SDK's own logger; the filter sits on the handler so propagation is covered.
    logging.getLogger("stripe").info("message='Request' api_key=%s", KEY)
    assert KEY not in read(log_file)


def test_real_stripe_error_logged_with_traceback_is_redacted(log_file: Path, sandbox) -> None:
    bad_key = "sk_test_" + "Q" * 40
    client = stripe.StripeClient(bad_key, base_addresses={"api": sandbox.url})
    with pytest.raises(stripe.AuthenticationError) as info:
        client.raw_request("get", "/v1/account")
    logging.getLogger("counterfoil.test").error("auth failed: %s", info.value, exc_info=info.value)
    text = read(log_file)
    assert "auth failed" in text
    assert "Q" * 8 not in text


def test_calling_configure_twice_keeps_one_file_handler(tmp_path: Path) -> None:
    root = logging.getLogger()
    first = configure_logging(tmp_path, logging.INFO)
    second = configure_logging(tmp_path, logging.INFO)
    try:
        assert first not in root.handlers
        assert second in root.handlers
    finally:
        root.removeHandler(second)
        second.close()
        first.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_rotated_files_stay_private(tmp_path: Path) -> None:
    root = logging.getLogger()
    old_mask = os.umask(0o022)
    handler = configure_logging(tmp_path, logging.INFO)
    try:
        handler.maxBytes = 200  # type: ignore[attr-defined]
        for i in range(20):
            logging.getLogger("counterfoil.test").info("line %d %s", i, "x" * 40)
    finally:
        os.umask(old_mask)
        root.removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.glob(LOG_FILE_NAME + "*"))
    assert len(files) >= 2
    for path in files:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
