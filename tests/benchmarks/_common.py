"""Shared helpers for the benchmarks: result lines, the machine, sandboxes, caches, memory.

Result lines
------------
A benchmark prints whatever helps a person read it, and, for each figure that goes in the
README's performance table, one machine-readable line::

    RESULT {"id": "sync.unlimited", "what": "full sync, no rate limit", ...}

``RESULT`` then a space then one JSON object on one line (:func:`emit` writes it), with:

- ``id``: stable key of the figure (``run_all`` puts rows in the issue's order by it);
- ``what``, ``how``, ``target``: the table's first three columns, in words;
- ``display``: the measured column, in words (``"p50 3.1 ms / p95 8.0 ms"``);
- ``value`` and ``unit``: the headline number, for scripts;
- ``meets``: true / false against the target, or null when it cannot be judged;
- ``note``: optional, anything a reader needs (what was skipped, which model was used).

:func:`tests.benchmarks.run_all` collects these lines from every benchmark it runs (each in
its own process); benchmarks that do not print them are parsed from their text output.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RESULT_PREFIX = "RESULT "
ROOT = Path(__file__).resolve().parents[2]


def emit(
    id: str,
    *,
    what: str,
    how: str,
    target: str,
    display: str,
    value: float | None = None,
    unit: str = "",
    meets: bool | None = None,
    note: str = "",
) -> None:
    """Print one ``RESULT {json}`` line (see the module docstring)."""
    record = {
        "id": id,
        "what": what,
        "how": how,
        "target": target,
        "display": display,
        "value": value,
        "unit": unit,
        "meets": meets,
        "note": note,
    }
    print(RESULT_PREFIX + json.dumps(record, ensure_ascii=False), flush=True)


def parse_results(text: str) -> list[dict[str, Any]]:
    """Every ``RESULT`` record in a benchmark's output, in order."""
    out = []
    for line in text.splitlines():
        if line.startswith(RESULT_PREFIX):
            try:
                record = json.loads(line[len(RESULT_PREFIX) :])
            except ValueError:
                continue
            if isinstance(record, dict) and "id" in record:
                out.append(record)
    return out


# -- numbers ---------------------------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    """The ``p`` quantile (0..1) of ``values``, nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(p * len(ordered) + 0.5) - 1))]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


# -- the machine ------------------------------------------------------------------------------
def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    try:
        os_name = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        os_name = ""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": round(_ram_gb(), 1),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "os": f"{os_name or platform.system()} ({platform.release()})",
        "load": [round(x, 1) for x in load],
    }


def machine_line(info: dict[str, Any] | None = None) -> str:
    m = info or machine()
    return (
        f"{m['cpu']}, {m['cores']} cores, {m['ram_gb']:.0f} GB RAM; Python {m['python']}, "
        f"SQLite {m['sqlite']}; {m['os']}"
    )


def load_now() -> str:
    if not hasattr(os, "getloadavg"):
        return "?"
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


# -- processes and memory ---------------------------------------------------------------------
def cpu_s(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _status_kib(field: str, pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def rss_mb(pid: int | str = "self") -> float:
    return _status_kib("VmRSS", pid) / 1024


def peak_rss_mb(pid: int | str = "self") -> float:
    """The high-water mark of resident memory (VmHWM) of a process."""
    return _status_kib("VmHWM", pid) / 1024


@dataclass
class SandboxProcess:
    """A ``counterfoil sandbox`` in a child process (its own interpreter and GIL)."""

    proc: subprocess.Popen[str]
    url: str
    api_key: str

    @property
    def pid(self) -> int:
        return self.proc.pid


@contextmanager
def sandbox_process(
    customers: int,
    *,
    seed: str = "large",
    rate_limit: float | None = None,
    api_key: str | None = None,
) -> Iterator[SandboxProcess]:
    """Start the sandbox with ``seed`` (``customers`` for ``large``) in a child process;
    ``rate_limit`` None turns every limit off, a number is the global requests/s (with
    Stripe's per-endpoint and Search limits); ``api_key`` the key it accepts."""
    cmd = [sys.executable, "-m", "desktop.cli", "sandbox", "--seed", seed, "--port", "0"]
    if api_key:
        cmd += ["--api-key", api_key]
    if seed == "large":
        cmd += ["--customers", str(customers)]
    if rate_limit is None:
        cmd.append("--no-rate-limit")
    else:
        cmd += ["--rate-limit", str(rate_limit)]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        url = key = ""
        assert proc.stdout is not None
        for line in proc.stdout:
            if m := re.search(r"sandbox at (http://\S+)", line):
                url = m.group(1)
            if m := re.search(r"API key: (\S+)", line):
                key = m.group(1)
            if url and key:
                break
        if not (url and key):
            raise RuntimeError(f"the sandbox did not start (exit code {proc.poll()})")
        yield SandboxProcess(proc, url, key)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


# -- caches -----------------------------------------------------------------------------------
def default_cache_dir() -> Path:
    """Where generated caches are kept between runs (``COUNTERFOIL_BENCH_DIR`` overrides)."""
    env = os.environ.get("COUNTERFOIL_BENCH_DIR")
    path = Path(env) if env else Path.home() / ".cache" / "counterfoil-bench"
    path.mkdir(parents=True, exist_ok=True)
    return path


def build_customer_cache(path: Path, n: int) -> None:
    """A cache file with ``n`` customers from the sandbox's ``large`` seed generator, written
    through the cache's own bulk path (``Store.write_body``, FTS triggers on): the rows a
    full sync writes, without an hour of HTTP. Built next to ``path`` and renamed into
    place, so an interrupted build never leaves a half-filled file behind."""
    from services.cache import Cache, Store
    from services.sandbox import resources  # noqa: F401  (registers the render hooks)
    from services.sandbox.app import SandboxApp
    from services.sandbox.seeds import load_seed
    from services.sandbox.seeds_large import fill_customer_defaults

    started = time.perf_counter()
    app = SandboxApp()
    load_seed(app, "large", n)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    with Cache.open(tmp) as cache:
        store = Store(cache.connect(), tmp)
        page: list[dict[str, Any]] = []
        with store.transaction():
            for obj in app.store.iter_newest("", "customer"):
                page.append(fill_customer_defaults(app, dict(obj)))
                if len(page) == 1000:
                    body = json.dumps({"object": "list", "data": page}, ensure_ascii=False)
                    store.write_body("customer", body, source_ts=1)
                    page.clear()
            if page:
                body = json.dumps({"object": "list", "data": page}, ensure_ascii=False)
                store.write_body("customer", body, source_ts=1)
        conn = cache.connect()
        conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    del app
    os.replace(tmp, path)
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    print(f"built {n:,} cached customers in {time.perf_counter() - started:.1f} s ({path})")


def customer_cache(n: int, path: Path | None = None) -> Path:
    """A cache with ``n`` customers: ``path`` if given and present, else built (and kept).

    The build runs in a child process, so the generator's memory never shows in the
    calling benchmark's peak RSS."""
    path = path or default_cache_dir() / f"customers-{n}.sqlite3"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "tests.benchmarks._common", "build", str(path), str(n)],
            cwd=ROOT,
            check=True,
        )
    return path


if __name__ == "__main__":  # python -m tests.benchmarks._common build PATH N
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        build_customer_cache(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        raise SystemExit("usage: python -m tests.benchmarks._common build PATH N")
