"""`counterfoil sandbox` as a newcomer runs it: a real process any Stripe client can use."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import stripe

ROOT = Path(__file__).resolve().parents[1]


def _start(*args: str) -> tuple[subprocess.Popen[str], str, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "sandbox", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = key = ""
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while time.monotonic() < deadline and not (url and key):
        line = proc.stdout.readline()
        if not line:
            break
        if m := re.search(r"Stripe sandbox at (http://\S+)", line):
            url = m.group(1)
        if m := re.search(r"API key: (\S+)", line):
            key = m.group(1)
    if not (url and key):
        proc.kill()
        pytest.fail(f"sandbox did not start: {proc.stderr.read() if proc.stderr else ''}")
    return proc, url, key


def _stop(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGINT)
    return proc.wait(timeout=10)


def test_standalone_sandbox_serves_any_stripe_client_and_stops_on_ctrl_c() -> None:
    proc, url, key = _start(
        "--seed", "empty", "--no-rate-limit", "--api-key", "sk_test_cli_check_123456789"
    )
    try:
        assert key == "sk_test_cli_check_123456789"
        client = stripe.StripeClient(key, base_addresses={"api": url})
        created = client.v1.customers.create({"name": "Ada"})
        assert client.v1.customers.retrieve(created.id).name == "Ada"
        with pytest.raises(stripe.AuthenticationError):
            stripe.StripeClient(
                "sk_test_other_key_0000", base_addresses={"api": url}
            ).v1.customers.list()
    finally:
        assert _stop(proc) == 0


def test_rate_limit_flag_answers_429_like_stripe() -> None:
    proc, url, key = _start("--seed", "empty", "--rate-limit", "2")
    try:
        client = stripe.StripeClient(key, base_addresses={"api": url})
        with pytest.raises(stripe.RateLimitError) as info:
            for _ in range(20):
                client.v1.customers.list()
        assert info.value.http_status == 429
        assert info.value.headers is not None
        assert info.value.headers.get("Stripe-Rate-Limited-Reason") == "global-rate"
    finally:
        _stop(proc)
