"""``counterfoil sync`` headless: progress output, summary, exit codes."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from services.cache import Cache, Store
from services.sandbox.server import SandboxServer
from services.sync import RateLimiter, SyncProgress
from services.sync.cli import ProgressPrinter, run_sync_cli
from tests.conftest import make_client
from tests.test_sync_full import populate


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "cache.sqlite3") as c:
        yield c


def test_sync_command_prints_progress_and_a_summary(
    sandbox: SandboxServer, stripe_client: stripe.StripeClient, cache: Cache
) -> None:
    populate(sandbox, stripe_client, customers=150, spread_hours=2)
    out = FakeTerminal()
    code = run_sync_cli(
        client=stripe_client, cache=cache, full=True, out=out, limiter=RateLimiter.unlimited()
    )
    text = out.getvalue()
    assert code == 0
    assert "\r[" in text and "objects" in text  # a bar redrawn in place
    last = text.strip().splitlines()[-1].split("\x1b[K")[-1]  # after the bar is wiped
    assert last.startswith("Full sync done: ") and "customer 150" in last
    assert Store(cache.connect()).count("customer") == 150
    # Again: now an incremental sync with nothing to do.
    out2 = io.StringIO()
    code = run_sync_cli(
        client=stripe_client, cache=cache, out=out2, limiter=RateLimiter.unlimited()
    )
    assert code == 0
    assert out2.getvalue().strip().splitlines()[-1].startswith("Sync done: 0 objects")


def test_unreachable_stripe_exits_1_with_a_resumable_message(
    sandbox: SandboxServer, cache: Cache
) -> None:
    client = make_client(sandbox)
    sandbox.faults.unreachable = True
    out = io.StringIO()
    code = run_sync_cli(client=client, cache=cache, out=out, offline_grace_s=0.3)
    sandbox.faults.unreachable = False
    assert code == 1
    assert "Sync stopped: Stripe has not answered" in out.getvalue()
    assert "resume" in out.getvalue()


def test_bad_key_exits_1_with_stripe_explained(sandbox: SandboxServer, cache: Cache) -> None:
    out = io.StringIO()
    code = run_sync_cli(client=make_client(sandbox, key="sk_test_wrong"), cache=cache, out=out)
    assert code == 1
    assert out.getvalue().startswith("Sync failed: ")
    assert "sk_test_wrong" not in out.getvalue()  # keys are redacted


def test_printer_renders_lines_for_logs() -> None:
    out = io.StringIO()
    printer = ProgressPrinter(out, tty=False)
    p = SyncProgress(
        "full",
        "billing_portal.configuration",
        "acct_1",
        3,
        {"customer": 1200, "billing_portal.configuration": 3},
        0.5,
        2.0,
    )
    printer(p)
    printer(p)  # within five seconds of the last line: not repeated
    printer(SyncProgress("full", "", "", 0, {}, None, 0.0, "Resuming the full sync."))
    lines = out.getvalue().splitlines()
    assert lines[0] == (
        "[##############..............] ~ 50% 1,203 objects, 602/s  "
        "full: portal configuration (acct_1)"
    )
    assert lines[1:] == ["Resuming the full sync."]


def test_env_key_profile_syncs_into_the_data_dir(
    sandbox: SandboxServer,
    stripe_client: stripe.StripeClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    populate(sandbox, stripe_client, customers=7)
    monkeypatch.setenv("COUNTERFOIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COUNTERFOIL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COUNTERFOIL_API_KEY", sandbox.api_key)
    monkeypatch.setenv("COUNTERFOIL_API_BASE", sandbox.url)
    out = io.StringIO()
    assert run_sync_cli(full=True, out=out) == 0, out.getvalue()
    (db,) = (tmp_path / "data" / "caches").glob("env-*.sqlite3")
    with Cache.open(db) as cache:
        assert Store(cache.connect()).count("customer") == 7


def test_unknown_profile_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERFOIL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COUNTERFOIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("COUNTERFOIL_API_KEY", raising=False)
    out = io.StringIO()
    assert run_sync_cli("nope", out=out) == 2
    assert "No profile" in out.getvalue()
    out = io.StringIO()
    assert run_sync_cli(out=out) == 2
    assert "COUNTERFOIL_API_KEY" in out.getvalue()
