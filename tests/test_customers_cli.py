"""``counterfoil customers search``: JSON lines, the table, ids fetched from Stripe, offline use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from services.cache import Cache, Store
from services.credentials import Profile, ProfileStore
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.test_cache_objects import customer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxServer) -> SandboxServer:
    monkeypatch.setenv("COUNTERFOIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COUNTERFOIL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("COUNTERFOIL_API_KEY", sandbox.api_key)
    monkeypatch.setenv("COUNTERFOIL_API_BASE", sandbox.url)
    client = make_client(sandbox)
    for name, email in [
        ("María García", "maria@example.com"),
        ("Mario Rossi", "mario@example.it"),
        ("Zoë Ödegaard", "zoe@example.no"),
    ]:
        client.v1.customers.create({"name": name, "email": email, "phone": "+3912345"})
    assert main(["sync", "--full"]) == 0
    return sandbox


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_json_lines(env: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["customers", "search", "mari", "--json"]) == 0
    found = lines(capsys.readouterr().out)
    assert {f["name"] for f in found} == {"María García", "Mario Rossi"}
    for f in found:
        assert {"id", "name", "email", "account"} <= set(f)
        assert f["account"] is None  # the platform
    assert main(["customers", "search", "MARIA@example.com", "--json"]) == 0
    assert lines(capsys.readouterr().out)[0]["match"] == "email"


def test_table_and_no_match(env: SandboxServer, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["customers", "search", "odegaard"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "Zoë Ödegaard" in out[0] and "zoe@example.no" in out[0]
    assert out[0].endswith("platform")
    assert main(["customers", "search", 'nobody "OR" (x*', "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""


def test_a_pasted_id_is_fetched_and_search_api(
    env: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = make_client(env).v1.customers.create({"name": "After Sync", "email": "new@x.example"})
    capsys.readouterr()
    assert main(["customers", "search", fresh.id, "--json"]) == 0
    [hit] = lines(capsys.readouterr().out)
    assert hit["id"] == fresh.id and hit["match"] == "lookup"
    assert main(["customers", "search", "After", "--json"]) == 0  # now it is cached
    assert lines(capsys.readouterr().out)[0]["id"] == fresh.id
    assert main(["customers", "search", "mario", "--stripe", "--json"]) == 0
    assert [h["match"] for h in lines(capsys.readouterr().out)] == ["stripe"]


def test_a_stored_profile_searches_offline_without_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTERFOIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COUNTERFOIL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("COUNTERFOIL_API_KEY", raising=False)
    store = ProfileStore(tmp_path / "config")
    store.save(Profile("acme-test", "Acme", "acct_1Acme", False, "secret"))
    store.set_last_used("acme-test")
    assert main(["customers", "search", "x"]) == 2  # no cache yet: says so
    assert "counterfoil sync" in capsys.readouterr().err
    path = tmp_path / "data" / "caches" / "acme-test.sqlite3"
    with Cache.open(path) as cache:
        Store(cache.connect()).upsert(
            "customer", [customer(name="Offline Olga", email="olga@example.com")], source_ts=1
        )
        Store(cache.connect()).upsert(
            "customer", [customer(name="Olga Connected")], account="acct_9", source_ts=1
        )
    assert main(["customers", "search", "olga", "--json"]) == 0
    assert {h["account"] for h in lines(capsys.readouterr().out)} == {None, "acct_9"}
    assert main(["customers", "search", "olga", "--account", "acct_9", "--json"]) == 0
    assert [h["name"] for h in lines(capsys.readouterr().out)] == ["Olga Connected"]
    assert main(["customers", "search", "olga", "--profile", "nope"]) == 2


def test_the_command_does_not_load_qt(env: SandboxServer) -> None:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "rc = main(['customers', 'search', 'rossi', '--json'])\n"
        "assert rc == 0, rc\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["name"] == "Mario Rossi"
