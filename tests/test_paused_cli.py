"""``counterfoil export paused-collection``: what it writes, and its exit status for every way
it can go wrong (no such profile, no cache yet, unwritable path, read-only and full disks,
a damaged cache, a failed sync), each with a clear message and nothing half-written."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from services.cache import Cache
from services.credentials import AccountManager, Profile, ProfileStore, SecretStore
from services.paused import query
from services.paused.model import Filters
from tests.benchmarks.bench_paused_export import NOW, generate
from tests.test_paused_support import unshare_available

ROOT = Path(__file__).resolve().parents[1]
PROFILE = Profile(
    id="acct_1bench-test",
    display_name="Bench Ltd",
    account_id="acct_1Bench",
    livemode=False,
    key_kind="secret",
)


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    config, data = tmp_path / "config", tmp_path / "data"
    monkeypatch.setenv("COUNTERFOIL_CONFIG_DIR", str(config))
    monkeypatch.setenv("COUNTERFOIL_DATA_DIR", str(data))
    monkeypatch.delenv("COUNTERFOIL_API_KEY", raising=False)
    monkeypatch.delenv("COUNTERFOIL_API_BASE", raising=False)
    return config, data


def accounts(dirs) -> AccountManager:
    config, data = dirs
    return AccountManager(ProfileStore(config), SecretStore(), data)


@pytest.fixture
def profile_with_cache(dirs):
    """A stored profile (no key needed to export) with a synced cache of 400 pauses."""
    manager = accounts(dirs)
    manager.profiles.save(PROFILE)
    with Cache.open(manager.cache_path(PROFILE.id)) as cache:
        generate(cache, 400)
    return manager.cache_path(PROFILE.id)


def export(*args: str) -> int:
    return main(["export", "paused-collection", *args])


def rows_of(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_writes_the_csv_and_says_so(profile_with_cache, tmp_path, capsys):
    out = tmp_path / "paused.csv"
    assert export("--profile", PROFILE.id, "--out", str(out)) == 0
    rows = rows_of(out)
    assert len(rows) == 400
    assert {r["pause_kind"] for r in rows} == {"collection"}
    assert {r["account_id"] for r in rows} >= {"acct_1Bench", "acct_1BenchConnectedA"}
    assert {r["account_name"] for r in rows if r["account_id"] == "acct_1Bench"} == {"Bench Ltd"}
    err = capsys.readouterr().err
    assert "wrote 400 paused collection subscriptions" in err and str(out) in err
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert export("--profile", PROFILE.id, "--out", str(out), "--bom") == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert export("--profile", PROFILE.id, "--out", str(out), "--kind", "status") == 0
    assert {r["pause_kind"] for r in rows_of(out)} == {"status"}


def test_filters_match_the_view(profile_with_cache, tmp_path):
    out = tmp_path / "f.csv"
    with Cache.open(profile_with_cache) as cache:
        conn = cache.open_connection()

        def count(filters: Filters) -> int:
            return query.count_matching(conn, "collection", filters, now=NOW)

        cases = [
            (["--behavior", "void"], Filters(behaviors=frozenset({"void"}))),
            (
                ["--behavior", "void", "--behavior", "keep_as_draft"],
                Filters(behaviors=frozenset({"void", "keep_as_draft"})),
            ),
            (["--account", "platform"], Filters(account="")),
            (["--account", "acct_1BenchConnectedB"], Filters(account="acct_1BenchConnectedB")),
            (["--currency", "JPY"], Filters(currency="jpy")),
            (["--indefinite"], Filters(resumes="indefinite")),
        ]
        for args, filters in cases:
            assert export("--profile", PROFILE.id, "--out", str(out), *args) == 0
            assert len(rows_of(out)) == count(filters) > 0, args
        conn.close()


def test_bad_arguments_and_unknown_profiles_exit_2(dirs, profile_with_cache, tmp_path, capsys):
    out = str(tmp_path / "x.csv")
    assert export("--profile", "nope", "--out", out) == 2
    assert "no profile 'nope'" in capsys.readouterr().err
    assert export("--profile", PROFILE.id, "--out", out, "--account", "bogus") == 2
    assert "acct_" in capsys.readouterr().err
    assert export("--profile", PROFILE.id, "--out", out, "--currency", "dollars") == 2
    with pytest.raises(SystemExit) as usage:
        export("--profile", PROFILE.id, "--out", out, "--indefinite", "--resumes-within", "3")
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as missing:
        export("--profile", PROFILE.id)
    assert missing.value.code == 2
    assert not Path(out).exists()


def test_no_profile_at_all_exits_2(dirs, tmp_path, capsys):
    assert export("--out", str(tmp_path / "x.csv")) == 2
    assert "COUNTERFOIL_API_KEY" in capsys.readouterr().err


def test_a_profile_without_a_cache_exits_3_and_suggests_sync(dirs, tmp_path, capsys):
    manager = accounts(dirs)
    manager.profiles.save(PROFILE)
    assert export("--profile", PROFILE.id, "--out", str(tmp_path / "x.csv")) == 3
    err = capsys.readouterr().err
    assert "--sync" in err and f"counterfoil sync --profile {PROFILE.id}" in err
    assert not manager.cache_path(PROFILE.id).exists()  # nothing created behind its back
    # A cache whose first sync never finished is no better.
    Cache.open(manager.cache_path(PROFILE.id)).close()
    assert export("--profile", PROFILE.id, "--out", str(tmp_path / "x.csv")) == 3
    assert "has not finished a first sync" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_unwritable_paths_exit_1_with_the_reason(profile_with_cache, tmp_path, capsys):
    assert export("--profile", PROFILE.id, "--out", str(tmp_path / "missing" / "x.csv")) == 1
    assert "does not exist" in capsys.readouterr().err
    assert export("--profile", PROFILE.id, "--out", str(tmp_path)) == 1
    assert "is a folder" in capsys.readouterr().err
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert export("--profile", PROFILE.id, "--out", str(a_file / "x.csv")) == 1
    assert "not a folder" in capsys.readouterr().err


def test_a_damaged_cache_exits_1(dirs, tmp_path, capsys):
    manager = accounts(dirs)
    manager.profiles.save(PROFILE)
    path = manager.cache_path(PROFILE.id)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"definitely not sqlite" * 100)
    assert export("--profile", PROFILE.id, "--out", str(tmp_path / "x.csv")) == 1
    assert "damaged" in capsys.readouterr().err


def _run_in_namespace(script: str, dirs) -> subprocess.CompletedProcess[str]:
    config, data = dirs
    env = dict(
        os.environ,
        COUNTERFOIL_CONFIG_DIR=str(config),
        COUNTERFOIL_DATA_DIR=str(data),
        PYTHONPATH=str(ROOT),
    )
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


needs_unshare = pytest.mark.skipif(
    not unshare_available(), reason="needs unshare -rm to mount a small filesystem"
)


@needs_unshare
def test_a_full_disk_exits_1_and_leaves_nothing(profile_with_cache, dirs, tmp_path):
    disk = tmp_path / "small-disk"
    disk.mkdir()
    cmd = f"{sys.executable} -m desktop.cli export paused-collection --profile {PROFILE.id}"
    script = (
        f"mount -t tmpfs -o size=32k tmpfs {disk} && "
        f"printf 'old export\\r\\n' > {disk}/paused.csv && "
        f"{cmd} --out {disk}/paused.csv; echo exit=$?; ls -A {disk}; cat {disk}/paused.csv"
    )
    result = _run_in_namespace(script, dirs)
    assert "exit=1" in result.stdout, result.stdout + result.stderr
    assert "disk is full" in result.stderr
    assert "paused.csv is unchanged" in result.stderr
    listing = result.stdout.split("exit=1", 1)[1].split()
    assert listing[0] == "paused.csv" and not any(n.endswith(".partial") for n in listing)
    assert "old export" in result.stdout


@needs_unshare
def test_a_read_only_disk_exits_1(profile_with_cache, dirs, tmp_path):
    disk = tmp_path / "ro-disk"
    disk.mkdir()
    cmd = f"{sys.executable} -m desktop.cli export paused-collection --profile {PROFILE.id}"
    script = f"mount -t tmpfs -o ro tmpfs {disk} && {cmd} --out {disk}/x.csv; echo exit=$?"
    result = _run_in_namespace(script, dirs)
    assert "exit=1" in result.stdout, result.stdout + result.stderr
    assert "read-only file system" in result.stderr


def test_sync_then_export_with_an_environment_key(
    dirs, sandbox, stripe_client, tmp_path, monkeypatch, capsys
):
    product = stripe_client.v1.products.create({"name": "Pro"})
    price = stripe_client.v1.prices.create(
        {
            "product": product.id,
            "currency": "eur",
            "unit_amount": 1900,
            "recurring": {"interval": "month"},
        }
    )
    paused = []
    for name in ("Ada", "Bo", "Cy"):
        cust = stripe_client.v1.customers.create({"name": name})
        sub = stripe_client.v1.subscriptions.create(
            {"customer": cust.id, "items": [{"price": price.id}]}
        )
        if name != "Cy":
            stripe_client.v1.subscriptions.update(
                sub.id, {"pause_collection": {"behavior": "keep_as_draft"}}
            )
            paused.append(sub.id)
    monkeypatch.setenv("COUNTERFOIL_API_KEY", sandbox.api_key)
    monkeypatch.setenv("COUNTERFOIL_API_BASE", sandbox.url)
    out = tmp_path / "paused.csv"
    assert export("--out", str(out)) == 3  # nothing synced yet: say so, don't guess
    assert "--sync" in capsys.readouterr().err
    assert export("--out", str(out), "--sync") == 0
    rows = rows_of(out)
    assert sorted(r["subscription_id"] for r in rows) == sorted(paused)
    assert all(r["paused_since"] for r in rows)  # looked up from Stripe's events
    assert all(r["recurring_amount"] == "19.00" and r["currency"] == "eur" for r in rows)

    # Stripe unreachable: exit 1, a clear reason, and the previous file stays as it was.
    before = out.read_bytes()
    sandbox.faults.unreachable = True
    try:
        assert export("--out", str(out), "--sync") == 1
    finally:
        sandbox.faults.unreachable = False
    assert "reach Stripe" in capsys.readouterr().err
    assert out.read_bytes() == before
