"""Shared helpers of the reliability and security tests (this module has no tests of its own).

- :func:`cache_snapshot` reads every synced table of a cache file into comparable rows:
  keyed by (id, account), with the flattened columns and the raw JSON, minus what differs
  between two faithful syncs of the same data (``rid``, ``source_ts``, ``sync_gen``).
- :func:`assert_same_cache` compares two snapshots row for row and names the first
  differences.
- :func:`sandbox_objects` lists what the sandbox holds for a synced list, straight from
  its in-memory store (no HTTP, no faults), for "nothing missing" checks.
- :func:`checkpoint_problems` checks the sync's resume checkpoints against the cached
  rows: a range cursor or a finished job whose objects are not all in the cache is a
  checkpoint ahead of its data.
- :func:`cache_health` runs ``PRAGMA integrity_check``, the FTS index's own integrity
  check and a duplicate scan.
- :func:`scan_for_secrets` walks directories and reports every file containing a needle.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from services.sandbox.server import SandboxServer

# Stripe object type -> cache table, for every list the full sync reads.
SYNCED_TABLES: dict[str, str] = {
    "account": "accounts",
    "billing_portal.configuration": "portal_configurations",
    "product": "products",
    "price": "prices",
    "customer": "customers",
    "subscription": "subscriptions",
    "invoice": "invoices",
}
# Tables compared row for row (subscription items come embedded in subscriptions).
COMPARED_TABLES = (*SYNCED_TABLES.values(), "subscription_items")
VOLATILE_COLUMNS = frozenset({"rid", "source_ts", "sync_gen"})


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")]


def cache_snapshot(path: Path) -> dict[str, dict[tuple[str, str], dict[str, Any]]]:
    """Every compared table of the cache at ``path``: (id, account) -> row without the
    volatile columns, ``raw`` decoded."""
    conn = _connect(path)
    try:
        out: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
        for table in COMPARED_TABLES:
            cols = [c for c in _columns(conn, table) if c not in VOLATILE_COLUMNS]
            rows: dict[tuple[str, str], dict[str, Any]] = {}
            for values in conn.execute(f"SELECT {', '.join(cols)} FROM {table}"):
                row = dict(zip(cols, values, strict=True))
                row["raw"] = json.loads(row["raw"])
                key = (row["id"], row["account"])
                assert key not in rows, f"duplicate {key} in {table}"
                rows[key] = row
            out[table] = rows
        # The search index must describe the same customers the same way.
        fts: dict[tuple[str, str], dict[str, Any]] = {}
        for cid, account, *values in conn.execute(
            "SELECT c.id, c.account, f.name, f.email, f.phone, f.description, f.metadata_text "
            "FROM customers_fts f JOIN customers c ON c.rid = f.rowid"
        ):
            fts[(cid, account)] = {"fts": values}
        out["customers_fts"] = fts
        return out
    finally:
        conn.close()


def assert_same_cache(
    got: dict[str, dict[tuple[str, str], dict[str, Any]]],
    want: dict[str, dict[tuple[str, str], dict[str, Any]]],
) -> int:
    """Assert ``got`` equals ``want`` row for row; returns the number of rows compared."""
    problems: list[str] = []
    compared = 0
    for table, want_rows in want.items():
        got_rows = got.get(table, {})
        missing = sorted(set(want_rows) - set(got_rows))
        extra = sorted(set(got_rows) - set(want_rows))
        if missing:
            problems.append(f"{table}: {len(missing)} rows missing, e.g. {missing[:3]}")
        if extra:
            problems.append(f"{table}: {len(extra)} rows extra, e.g. {extra[:3]}")
        differing = [k for k in want_rows if k in got_rows and got_rows[k] != want_rows[k]]
        if differing:
            k = differing[0]
            cols = [c for c in want_rows[k] if got_rows[k].get(c) != want_rows[k].get(c)]
            problems.append(f"{table}: {len(differing)} rows differ, e.g. {k} in {cols}")
        compared += len(want_rows)
    assert not problems, "\n".join(problems)
    return compared


def sandbox_objects(srv: SandboxServer, resource: str, account: str = "") -> dict[str, int]:
    """id -> created of every object the sandbox's list of ``resource`` (as the full sync
    asks for it) returns for ``account``, read from its store: deleted objects and
    disconnected accounts are not listed."""
    deauthorized = srv.state.extra.get("deauthorized", {})
    with srv.state.lock:
        return {
            str(o["id"]): int(o.get("created") or 0)
            for o in srv.state.iter_newest(account, resource)
            if not o.get("deleted") and not (resource == "account" and deauthorized.get(o["id"]))
        }


def connected_accounts(srv: SandboxServer) -> list[str]:
    """The connected accounts the platform can still reach."""
    return sorted(sandbox_objects(srv, "account"))


def cache_health(path: Path) -> list[str]:
    """Problems with the file at ``path``: integrity, FTS consistency, duplicate rows."""
    problems: list[str] = []
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            problems.append(f"integrity_check: {result[:5]}")
        try:
            conn.execute("INSERT INTO customers_fts(customers_fts) VALUES('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"customers_fts integrity-check: {exc}")
        for table in COMPARED_TABLES:
            dupes = conn.execute(
                f"SELECT id, account, COUNT(*) FROM {table} GROUP BY id, account "
                "HAVING COUNT(*) > 1 LIMIT 3"
            ).fetchall()
            if dupes:
                problems.append(f"duplicates in {table}: {dupes}")
        fts_rows = conn.execute("SELECT COUNT(*) FROM customers_fts").fetchone()[0]
        customers = conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0]
        if fts_rows != customers:
            problems.append(f"customers_fts has {fts_rows} rows for {customers} customers")
    finally:
        conn.close()
    return problems


def _cached(conn: sqlite3.Connection, table: str, account: str) -> set[str]:
    return {
        r[0]
        for r in conn.execute(
            f"SELECT id FROM {table} WHERE account = ? AND deleted = 0", (account,)
        )
    }


def checkpoint_problems(path: Path, srv: SandboxServer) -> list[str]:
    """Every resume checkpoint of the cache at ``path`` that is ahead of the cached data.

    - A range checkpoint ``full:range:<resource>@<account>:<n>`` whose cursor has passed
      ``after_created`` promises that every object of that list created in
      ``(after_created, lt)`` and at or above its ``lo`` is cached, and so is its cursor
      object (unless the cursor is below ``lo``, left to a range split off).
    - A job the run checkpoint marks ``done`` promises every object of that list created
      before the run started.
    """
    problems: list[str] = []
    listed: dict[tuple[str, str], dict[str, int]] = {}
    cached: dict[tuple[str, str], set[str]] = {}
    conn = _connect(path)

    def sandbox(resource: str, account: str) -> dict[str, int]:
        if (resource, account) not in listed:
            listed[resource, account] = sandbox_objects(srv, resource, account)
        return listed[resource, account]

    def cache(resource: str, account: str) -> set[str]:
        if (resource, account) not in cached:
            cached[resource, account] = _cached(conn, SYNCED_TABLES[resource], account)
        return cached[resource, account]

    try:
        checkpoints = {
            k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM sync_checkpoints")
        }
        for key, value in checkpoints.items():
            if not key.startswith("full:range:") or value is None:
                continue
            job = key[len("full:range:") :].rsplit(":", 1)[0]
            resource, _, account = job.partition("@")
            after_created = value.get("after_created")
            if after_created is None:
                continue
            lt = value.get("lt")
            # Below ``lo`` the range handed its objects to ranges split off from it (and its
            # last page may end below ``lo``: those objects were read and left to them).
            lo = max(int(value.get("gte") or 0), int(value.get("lo") or 0))
            wanted = {
                oid
                for oid, created in sandbox(resource, account).items()
                if created > after_created and (lt is None or created < lt) and created >= lo
            }
            missing = wanted - cache(resource, account)
            if missing:
                problems.append(f"{key} is ahead of its data: {len(missing)} objects missing")
            cursor = value.get("after")
            if cursor and after_created >= lo and cursor not in cache(resource, account):
                problems.append(f"{key} cursor {cursor} is not cached")
        run = checkpoints.get("full:run")
        if isinstance(run, dict):
            for job_key, info in run.get("jobs", {}).items():
                if info.get("state") != "done":
                    continue
                resource, account = info["resource"], info["account"]
                wanted = {
                    oid
                    for oid, created in sandbox(resource, account).items()
                    if created < int(run["run_ts"])
                }
                missing = wanted - cache(resource, account)
                if missing:
                    problems.append(f"job {job_key} is done but {len(missing)} objects missing")
    finally:
        conn.close()
    return problems


def assert_mirrors_sandbox(path: Path, srv: SandboxServer) -> int:
    """Every list of the platform and each connected account is cached exactly: nothing
    missing, nothing extra. Returns the number of objects checked."""
    conn = _connect(path)
    checked = 0
    try:
        problems: list[str] = []
        for account in ["", *connected_accounts(srv)]:
            for resource, table in SYNCED_TABLES.items():
                if account and resource == "account":
                    continue
                want = set(sandbox_objects(srv, resource, account))
                got = _cached(conn, table, account)
                if want != got:
                    problems.append(
                        f"{table}@{account or 'platform'}: {len(want - got)} missing, "
                        f"{len(got - want)} extra"
                    )
                checked += len(want)
        assert not problems, "\n".join(problems)
    finally:
        conn.close()
    return checked


def iter_files(*roots: Path) -> Iterator[Path]:
    """Every regular file under ``roots`` (following no symlinks)."""
    for root in roots:
        if root.is_file():
            yield root
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                if path.is_file() and not path.is_symlink():
                    yield path


def scan_for_secrets(roots: Iterable[Path], needles: Iterable[str]) -> list[str]:
    """``path: needle`` for every file under ``roots`` containing one of ``needles``
    (as bytes, also UTF-16 encoded, so a key in a Qt settings file or a WAL page is found)."""
    patterns: list[tuple[str, bytes]] = []
    for needle in needles:
        patterns.append((needle, needle.encode()))
        patterns.append((needle, needle.encode("utf-16-le")))
    hits: list[str] = []
    for path in iter_files(*roots):
        data = path.read_bytes()
        for needle, raw in patterns:
            if raw in data:
                hits.append(f"{path}: {needle}")
    return hits


_SLOW_OFF = (
    "'slow' not in (config.getoption('markexpr') or '') "
    "and os.environ.get('COUNTERFOIL_SLOW') != '1'"
)


def slow(fn: Any) -> Any:
    """Mark ``fn`` as a long variant: skipped unless ``-m slow`` (or COUNTERFOIL_SLOW=1)."""
    fn = pytest.mark.skipif(_SLOW_OFF, reason="long variant: run with -m slow")(fn)
    return pytest.mark.slow(fn)


def variants(
    body: Any,
    strategies: dict[str, Any],
    *,
    examples: int,
    long_examples: int,
    deadline: Any = None,
) -> tuple[Any, Any]:
    """A property test twice: ``examples`` in CI, ``long_examples`` behind ``-m slow``.

    ``body(**fixtures, **drawn)`` is the property; ``strategies`` name its drawn
    arguments. Use as ``test_x, test_x_long = variants(_x, {...}, examples=…, …)``.
    """
    from hypothesis import HealthCheck, given, settings

    common: dict[str, Any] = {
        "deadline": deadline,
        "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    }
    ci = settings(max_examples=examples, **common)(given(**strategies)(body))
    long = settings(max_examples=long_examples, **common)(given(**strategies)(body))
    return ci, slow(long)
