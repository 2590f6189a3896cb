"""``counterfoil sync --full`` killed with SIGKILL at random points restarts and finishes.

The sync runs as a real subprocess (the console script, or ``python -m desktop.cli`` when
the package is not installed) with ``COUNTERFOIL_API_KEY``/``COUNTERFOIL_API_BASE``
pointing at a demo-seed sandbox running in this test process, and
``COUNTERFOIL_DATA_DIR``/``COUNTERFOIL_CONFIG_DIR`` at temporary directories. The sandbox
counts the requests it answers; each run is killed once it has served a random number of
them (1 to 80) plus a random 0 to 250 ms, so the kills land in every phase: opening
the cache, reading the account, listing, splitting ranges, committing pages, bootstrapping
connected accounts, sweeping and finishing. Runs that finish before their kill point are
simply followed by another ``--full`` run, which is killed in turn.

After every kill the cache file is checked as the crash left it: ``PRAGMA
integrity_check`` is ok, the search index passes its own integrity check and matches the
customers table, no (id, account) appears twice, and no checkpoint is ahead of its data
(a range cursor whose passed objects are not all cached, or a job marked done with
objects missing). At the end one run goes through uninterrupted: it exits 0, leaves no
resume checkpoint, and the cache holds exactly what the sandbox lists, for the platform
and every connected account.

CI: 20 kill points; ``-m slow``: 100.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from services.sandbox.server import SandboxServer
from tests.test_reliability_support import (
    assert_mirrors_sandbox,
    cache_health,
    checkpoint_problems,
    slow,
)

ROOT = Path(__file__).resolve().parent.parent
RUN_TIMEOUT_S = 240.0


class CountingSandbox:
    """A demo sandbox that counts the requests it has answered."""

    def __init__(self) -> None:
        self.srv = SandboxServer(seed="demo")
        self._lock = threading.Lock()
        self.served = 0
        original = self.srv.app.handle

        def handle(verb: str, target: str, headers: dict[str, str], body: bytes) -> Any:
            try:
                return original(verb, target, headers, body)
            finally:
                with self._lock:
                    self.served += 1

        self.srv.app.handle = handle  # type: ignore[method-assign]


@pytest.fixture(scope="module")
def counting() -> Iterator[CountingSandbox]:
    sandbox = CountingSandbox()
    sandbox.srv.faults.latency_ms = 40  # ~200 requests a run: kills land mid-sync
    sandbox.srv.start()
    try:
        yield sandbox
    finally:
        sandbox.srv.stop()


def sync_command() -> list[str]:
    script = Path(sys.executable).with_name("counterfoil")
    if script.exists():
        return [str(script), "sync", "--full"]
    found = shutil.which("counterfoil")
    if found:
        return [found, "sync", "--full"]
    return [sys.executable, "-m", "desktop.cli", "sync", "--full"]


@dataclass
class KillLog:
    kills: int = 0
    completions: int = 0
    kill_after: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def start_sync(srv: SandboxServer, data: Path, config: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "COUNTERFOIL_API_KEY": srv.api_key,
        "COUNTERFOIL_API_BASE": srv.url,
        "COUNTERFOIL_DATA_DIR": str(data),
        "COUNTERFOIL_CONFIG_DIR": str(config),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("STRIPE_LOG", None)
    return subprocess.Popen(
        sync_command(),
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def cache_file(data: Path) -> Path | None:
    found = sorted((data / "caches").glob("*.sqlite3")) if (data / "caches").exists() else []
    return found[0] if found else None


def finish(proc: subprocess.Popen[bytes]) -> tuple[int, str]:
    _, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    return proc.returncode, err.decode("utf-8", "replace")


def kill_at_random_points(
    counting: CountingSandbox, data: Path, config: Path, points: int, seed: int
) -> KillLog:
    rng = random.Random(seed)
    log = KillLog()
    while log.kills < points:
        target = rng.randint(1, 80)
        delay = rng.uniform(0.0, 0.25)
        start = counting.served
        proc = start_sync(counting.srv, data, config)
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while proc.poll() is None and counting.served - start < target:
            assert time.monotonic() < deadline, "the sync subprocess hung"
            time.sleep(0.005)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            assert proc.returncode == -signal.SIGKILL
            proc.stderr.close()  # type: ignore[union-attr]
            log.kills += 1
            log.kill_after.append(counting.served - start)
        else:
            code, err = finish(proc)
            assert code == 0, f"an uninterrupted run failed ({code}):\n{err[-3000:]}"
            assert "Traceback" not in err, err[-3000:]
            log.completions += 1
        path = cache_file(data)
        if path is None:
            continue  # killed before the cache file was created
        for problem in cache_health(path) + checkpoint_problems(path, counting.srv):
            log.problems.append(f"after kill {log.kills} (run {target} requests): {problem}")
    return log


def run_kill_test(counting: CountingSandbox, tmp_path: Path, points: int, seed: int) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    log = kill_at_random_points(counting, data, config, points, seed)
    assert log.problems == []
    assert log.kills == points
    # The kills were spread over the sync, not bunched at start-up.
    assert max(log.kill_after) >= 60, log.kill_after

    proc = start_sync(counting.srv, data, config)
    code, err = finish(proc)
    assert code == 0, err[-3000:]
    assert "Full sync done" in err, err[-3000:]
    path = cache_file(data)
    assert path is not None
    assert cache_health(path) == []
    assert checkpoint_problems(path, counting.srv) == []
    assert assert_mirrors_sandbox(path, counting.srv) > 10_000
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        left = conn.execute(
            "SELECT key FROM sync_checkpoints WHERE key LIKE 'full:run%' OR key LIKE 'full:range:%'"
        ).fetchall()
    finally:
        conn.close()
    assert left == []
    # The data directory and the cache stay owner-only through all of it.
    assert data.stat().st_mode & 0o077 == 0
    assert path.stat().st_mode & 0o077 == 0


def test_sync_killed_at_20_random_points_restarts_and_finishes(
    counting: CountingSandbox, tmp_path: Path
) -> None:
    run_kill_test(counting, tmp_path, points=20, seed=1)


@slow
def test_sync_killed_at_100_random_points(counting: CountingSandbox, tmp_path: Path) -> None:
    run_kill_test(counting, tmp_path, points=100, seed=2)


def test_the_checks_catch_a_checkpoint_ahead_of_its_data(
    counting: CountingSandbox, tmp_path: Path
) -> None:
    """The invariants above can fail: a cache whose checkpoints promise rows it lacks."""
    import json
    import sqlite3

    from services.cache import Cache
    from services.sync import FullSync, RateLimiter
    from tests.conftest import make_client

    path = tmp_path / "cache.sqlite3"
    srv = counting.srv
    srv.faults.latency_ms = 0
    try:
        with Cache.open(path) as cache:
            FullSync(make_client(srv), cache, limiter=RateLimiter.unlimited()).run()
    finally:
        srv.faults.latency_ms = 40
    assert checkpoint_problems(path, srv) == []
    conn = sqlite3.connect(path)
    try:
        newest = conn.execute(
            "SELECT id, created FROM customers WHERE account = '' ORDER BY created DESC LIMIT 5"
        ).fetchall()
        oldest = conn.execute(
            "SELECT id, created FROM customers WHERE account = '' ORDER BY created LIMIT 1"
        ).fetchone()
        # A range that claims to have read down to the oldest customer...
        rng = {"rid": 0, "gte": 0, "lt": None, "lo": 0, "after": oldest[0]}
        rng |= {"after_created": oldest[1], "done": False}
        conn.execute(
            "INSERT INTO sync_checkpoints (key, value, updated_at) VALUES (?, ?, 0)",
            ("full:range:customer@:0", json.dumps(rng)),
        )
        # ...while the newest customers are not in the cache.
        conn.executemany("DELETE FROM customers WHERE id = ?", [(n[0],) for n in newest])
        conn.commit()
    finally:
        conn.close()
    problems = checkpoint_problems(path, srv)
    assert problems == ["full:range:customer@:0 is ahead of its data: 5 objects missing"]
    # A run that calls the customer list done while customers are missing.
    run = {
        "gen": 1,
        "run_ts": 2**31,
        "jobs": {"customer@": {"resource": "customer", "account": "", "floor": 0, "state": "done"}},
    }
    conn = sqlite3.connect(path)
    try:
        conn.execute("DELETE FROM sync_checkpoints WHERE key LIKE 'full:range:%'")
        conn.execute(
            "INSERT INTO sync_checkpoints (key, value, updated_at) VALUES ('full:run', ?, 0)",
            (json.dumps(run),),
        )
        conn.commit()
    finally:
        conn.close()
    assert checkpoint_problems(path, srv) == ["job customer@ is done but 5 objects missing"]
