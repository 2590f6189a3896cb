"""Benchmark: Counterfoil side by side with dj-stripe, on the same sandbox data in the same run.

Run: ``.venv/bin/python -m tests.benchmarks.bench_peer_djstripe [--customers N]
[--lookup-customers M] [--like-queries K] [--keep DIR]``.

The peer is what a developer would pick instead: dj-stripe (PyPI ``dj-stripe``), Django on
SQLite, synced with its ``djstripe_sync_models`` command. It is kept out of the project's
dependencies: the benchmark creates its own virtual environment under a temporary folder
(``--keep DIR`` reuses one), ``pip install dj-stripe`` there, writes a minimal Django
project and migrates it (not timed). If any of that fails -- no network, no wheel for this
Python -- the benchmark says so and skips the peer.

Sync: one ``large`` sandbox (N customers, each with a subscription, unlimited, in its own
process) serves both. Counterfoil runs :class:`~services.sync.FullSync` into a fresh cache;
dj-stripe runs ``djstripe_sync_models Customer Subscription`` (its stdout, a line per
object, goes to /dev/null). Objects/s = customers + subscriptions stored ÷ wall time of the
run (for dj-stripe, the whole command, Django start-up included: ~1 s). The ratio is
Counterfoil's objects/s ÷ dj-stripe's.

Adaptations, so dj-stripe runs against the sandbox at all (they only remove requests, so
they flatter dj-stripe): the command is subclassed (``peer_sync_models``) to sync the
platform's own objects without sending ``Stripe-Account`` with the platform's own id
(which the sandbox refuses), to leave the legacy ``sources`` list out of the customer
expansions and to skip the legacy per-customer ``/v1/customers/{id}/sources`` calls
(today's API version, which the sandbox implements, has neither). The sandbox is started
with an alphanumeric key, because dj-stripe refuses keys with underscores after the prefix.

Lookup: on a cache of M customers (default 1,000,000; the rows a full sync writes), the
cache lookup the Customers panel runs (``services.customers.search.search_page``, FTS5;
``services.cache.search.search_customers`` if that module is absent) against what a Django
admin search runs for the same text on the same table: ``search_fields`` over name, email,
description and id, i.e. ``(name LIKE '%q%' OR email LIKE '%q%' OR …)`` per word, a
``COUNT(*)`` for the paginator and the first page of 100 by ``-pk``. dj-stripe's own
``CustomerAdmin`` searches only email and description; the four columns make it the same
search. Queries: prefixes of names (3-6 characters), of e-mails and whole ids of random
customers; the FTS lookup gets 200 of them, LIKE (a full scan each) the first K.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import stripe

from services.cache import Cache
from services.sync import FullSync, RateLimiter
from tests.benchmarks._common import (
    customer_cache,
    emit,
    load_now,
    median,
    pct,
    sandbox_process,
)

PEER_KEY = "sk_test_CounterfoilPeerBench0000000001"

SETTINGS = """\
import os

import stripe

stripe.api_base = os.environ["PEER_API_BASE"]
SECRET_KEY = "peer-benchmark"
DEBUG = False
USE_TZ = True
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "djstripe",
    "peerbench",
]
DATABASES = {
    "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["PEER_DB"]}
}
STRIPE_LIVE_MODE = False
STRIPE_TEST_SECRET_KEY = os.environ["PEER_API_KEY"]
DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"
DJSTRIPE_WEBHOOK_SECRET = "whsec_peerbenchmark"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
"""

COMMAND = '''\
"""djstripe_sync_models, adapted to the local sandbox (see bench_peer_djstripe.py)."""

from djstripe import models
from djstripe.management.commands.djstripe_sync_models import Command as Base

# Today's API has no legacy ``sources`` list on customers; the sandbox refuses to expand it.
models.Customer.expand_fields = [f for f in models.Customer.expand_fields if f != "sources"]


class Command(Base):
    @classmethod
    def get_stripe_account(cls, api_key, *args, **kwargs):
        # The platform's own objects, without a Stripe-Account header naming the platform.
        return {""}

    def sync_bank_accounts_and_cards(self, instance, *, stripe_account, api_key):
        # Legacy per-customer sources (/v1/customers/{id}/sources) are not in today's API.
        if isinstance(instance, models.Customer):
            return
        return super().sync_bank_accounts_and_cards(
            instance, stripe_account=stripe_account, api_key=api_key
        )
'''


class PeerUnavailable(Exception):
    """dj-stripe could not be installed or set up here."""


def _run(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float = 900) -> str:
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise PeerUnavailable(f"{' '.join(cmd[:4])}… failed: " + " / ".join(tail))
    return proc.stdout


def setup_peer(root: Path) -> Path:
    """A virtualenv with dj-stripe and a Django project in ``root``; returns its python."""
    venv = root / "venv"
    python = venv / "bin" / "python"
    if not python.exists():
        print("creating the peer's virtualenv and installing dj-stripe…", flush=True)
        _run([sys.executable, "-m", "venv", str(venv)])
        _run([str(python), "-m", "pip", "install", "--quiet", "dj-stripe"], timeout=1800)
    versions = _run(
        [
            str(python),
            "-c",
            "import django, djstripe, stripe; from importlib.metadata import version; "
            "print(version('dj-stripe'), django.get_version(), stripe.VERSION)",
        ]
    ).split()
    print(f"dj-stripe {versions[0]}, Django {versions[1]}, stripe {versions[2]}", flush=True)
    project = root / "project"
    commands = project / "peerbench" / "management" / "commands"
    commands.mkdir(parents=True, exist_ok=True)
    for pkg in (project / "peerbench", commands.parent, commands):
        (pkg / "__init__.py").touch()
    (project / "settings.py").write_text(SETTINGS)
    (commands / "peer_sync_models.py").write_text(COMMAND)
    return python


def peer_env(root: Path, url: str, db: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PEER_API_BASE": url,
        "PEER_API_KEY": PEER_KEY,
        "PEER_DB": str(db),
        "DJANGO_SETTINGS_MODULE": "settings",
        "PYTHONPATH": str(root / "project"),
    }


def run_peer_sync(python: Path, root: Path, url: str) -> tuple[int, float]:
    """(customers + subscriptions stored, seconds) for dj-stripe's sync on ``url``."""
    template = root / "migrated.sqlite3"
    if not template.exists():
        print("migrating the peer's database (not timed)…", flush=True)
        t = time.perf_counter()
        _run(
            [str(python), "-m", "django", "migrate", "-v", "0"],
            env=peer_env(root, url, template),
            timeout=1800,
        )
        print(f"  migrated in {time.perf_counter() - t:.0f} s", flush=True)
    db = root / "peer.sqlite3"
    shutil.copyfile(template, db)
    env = peer_env(root, url, db)
    t = time.perf_counter()
    proc = subprocess.run(
        [str(python), "-m", "django", "peer_sync_models", "Customer", "Subscription"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=7200,
        check=False,
    )
    seconds = time.perf_counter() - t
    errors = [ln for ln in (proc.stderr or "").splitlines() if ln.strip()]
    if errors:
        print(f"  dj-stripe reported {len(errors)} error lines, e.g. {errors[0][:200]}")
    conn = sqlite3.connect(db)
    stored = sum(
        int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in ("djstripe_customer", "djstripe_subscription")
    )
    conn.close()
    return stored, seconds


def run_counterfoil_sync(url: str) -> tuple[int, float, dict[str, int]]:
    client = stripe.StripeClient(PEER_KEY, base_addresses={"api": url})
    with tempfile.TemporaryDirectory() as tmp, Cache.open(Path(tmp) / "c.sqlite3") as cache:
        t = time.perf_counter()
        result = FullSync(client, cache, limiter=RateLimiter.unlimited()).run()
        seconds = time.perf_counter() - t
    totals = dict(result.totals)
    return totals.get("customer", 0) + totals.get("subscription", 0), seconds, totals


# -- lookup ---------------------------------------------------------------------------------
def queries(conn: sqlite3.Connection, n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    top = int(conn.execute("SELECT max(rid) FROM customers").fetchone()[0])
    out: list[str] = []
    while len(out) < n:
        row = conn.execute(
            "SELECT id, name, email FROM customers WHERE rid >= ? ORDER BY rid LIMIT 1",
            (rng.randint(1, top),),
        ).fetchone()
        if row is None:
            continue
        cid, name, email = row
        kind = len(out) % 3
        if kind == 0 and name:
            out.append(name[: rng.randint(3, 6)])
        elif kind == 1 and email:
            out.append(email[: rng.randint(3, 8)])
        else:
            out.append(cid)
    return out


def fts_lookup() -> Any:
    try:
        from services.customers.search import search_page

        return lambda conn, q: search_page(conn, q), "services.customers.search.search_page"
    except ImportError:
        from services.cache.search import search_customers

        return lambda conn, q: search_customers(conn, q), "services.cache.search.search_customers"


def like_lookup(conn: sqlite3.Connection, text: str) -> tuple[int, list[Any]]:
    """What Django admin runs for ``?q=text`` with search_fields name, email, description,
    id: each word must match one field (icontains -> LIKE '%w%' ESCAPE '\\')."""
    words = text.split() or [text]
    clauses, params = [], []
    for w in words:
        pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            "(name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' "
            "OR description LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')"
        )
        params += [pattern] * 4
    where = " AND ".join(clauses)
    count = conn.execute(f"SELECT count(*) FROM customers WHERE {where}", params).fetchone()[0]
    page = conn.execute(
        f"SELECT rid, id, name, email FROM customers WHERE {where} ORDER BY rid DESC LIMIT 100",
        params,
    ).fetchall()
    return int(count), page


def bench_lookup(n_customers: int, n_fts: int, n_like: int) -> None:
    path = customer_cache(n_customers)
    lookup, lookup_name = fts_lookup()
    conn = sqlite3.connect(path)
    total = int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])
    texts = queries(conn, n_fts)
    for q in texts[:5]:  # warm the page cache the same way for both
        lookup(conn, q)
    fts_ms = []
    for q in texts:
        t = time.perf_counter()
        lookup(conn, q)
        fts_ms.append((time.perf_counter() - t) * 1000)
    like_ms = []
    for q in texts[:n_like]:
        t = time.perf_counter()
        like_lookup(conn, q)
        like_ms.append((time.perf_counter() - t) * 1000)
    conn.close()
    fts_p50, fts_p95 = median(fts_ms), pct(fts_ms, 0.95)
    like_p50, like_p95 = median(like_ms), pct(like_ms, 0.95)
    print(
        f"lookup over {total:,} customers: {lookup_name} p50 {fts_p50:.2f} ms, p95 "
        f"{fts_p95:.2f} ms ({len(fts_ms)} queries); Django-admin LIKE (count + first page) "
        f"p50 {like_p50:.0f} ms, p95 {like_p95:.0f} ms ({len(like_ms)} queries)"
    )
    emit(
        "peer.lookup",
        what="lookup vs Django admin search",
        how=(
            f"same {total:,}-customer table: Counterfoil's cache lookup ({lookup_name}, "
            f"{len(fts_ms)} queries) vs the `LIKE '%q%'` search (name, email, description, "
            f"id; COUNT + first page of 100) a Django admin runs ({len(like_ms)} queries)"
        ),
        target="(comparison)",
        display=(
            f"Counterfoil p50 {fts_p50:.1f} ms / p95 {fts_p95:.1f} ms; LIKE p50 "
            f"{like_p50:,.0f} ms / p95 {like_p95:,.0f} ms: {like_p50 / fts_p50:,.0f}× faster "
            "at p50"
        ),
        value=round(like_p50 / fts_p50, 1),
        unit="× (p50 LIKE ÷ p50 lookup)",
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=1000, help="sandbox size for the syncs")
    ap.add_argument("--lookup-customers", type=int, default=1_000_000)
    ap.add_argument("--like-queries", type=int, default=40)
    ap.add_argument("--keep", type=Path, default=None, help="keep/reuse the peer's venv here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="counterfoil-peer-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        try:
            python: Path | None = setup_peer(root)
        except (PeerUnavailable, OSError, subprocess.TimeoutExpired) as exc:
            python = None
            reason = str(exc)
            print(f"SKIPPED the dj-stripe sync: it could not be installed here: {reason}")
            emit(
                "peer.sync",
                what="full sync vs dj-stripe",
                how="djstripe_sync_models in its own virtualenv on the same sandbox",
                target="(comparison)",
                display=f"skipped: dj-stripe could not be installed ({reason[:160]})",
            )
        if python is not None:
            with sandbox_process(args.customers, rate_limit=None, api_key=PEER_KEY) as srv:
                ours, ours_s, _totals = run_counterfoil_sync(srv.url)
                print(f"Counterfoil: {ours:,} customers + subscriptions in {ours_s:.2f} s")
                try:
                    theirs, theirs_s = run_peer_sync(python, root, srv.url)
                except (PeerUnavailable, subprocess.TimeoutExpired) as exc:
                    print(f"SKIPPED the dj-stripe sync: it failed: {exc}")
                    theirs, theirs_s = 0, 0.0
                print(f"dj-stripe:   {theirs:,} customers + subscriptions in {theirs_s:.2f} s")
            our_rate = ours / ours_s
            if theirs:
                their_rate = theirs / theirs_s
                ratio = our_rate / their_rate
                emit(
                    "peer.sync",
                    what="full sync vs dj-stripe",
                    how=(
                        f"same sandbox ({args.customers:,} customers + subscriptions, "
                        "unlimited): Counterfoil FullSync vs `djstripe_sync_models Customer "
                        "Subscription` (dj-stripe in its own virtualenv, Django on SQLite); "
                        "objects/s ratio"
                    ),
                    target="(comparison)",
                    display=(
                        f"{ratio:,.0f}× dj-stripe's rate (Counterfoil {our_rate:,.0f} "
                        f"objects/s, dj-stripe {their_rate:,.1f} objects/s)"
                    ),
                    value=round(ratio, 1),
                    unit="×",
                    note=(
                        f"dj-stripe stored {theirs:,} objects in {theirs_s:.1f} s, Counterfoil "
                        f"{ours:,} in {ours_s:.1f} s; load {load_now()}"
                    ),
                )
            else:
                emit(
                    "peer.sync",
                    what="full sync vs dj-stripe",
                    how="djstripe_sync_models in its own virtualenv on the same sandbox",
                    target="(comparison)",
                    display="skipped: dj-stripe's sync stored nothing (see the log)",
                )
    bench_lookup(args.lookup_customers, 200, args.like_queries)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
