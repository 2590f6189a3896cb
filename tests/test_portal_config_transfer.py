"""Moving configurations between accounts: export, import with a partial mapping, test →
live promotion, and the ``counterfoil portal-config`` commands."""

from __future__ import annotations

import argparse
import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
import stripe

from desktop.cli import main as cli_main
from services.portal_config import api
from services.portal_config.catalog import from_api
from services.portal_config.cli import run_export, run_import
from services.portal_config.document import from_object
from services.portal_config.transfer import (
    FORMAT,
    ImportFileError,
    export_data,
    parse_export,
    plan_import,
    read_export,
)
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.test_portal_config_fixtures import (
    Shop,
    build_shop,
    count_requests,
    entry,
    good_doc,
    writes,
)

LIVE_KEY = "sk_live_" + "L1ve" * 6


@pytest.fixture
def source(sandbox: SandboxServer) -> tuple[stripe.StripeClient, Shop, dict]:
    """A test account with the catalogue and one configuration offering Basic, Pro, Team."""
    client = make_client(sandbox)
    shop = build_shop(client)
    doc = good_doc(shop, "Plans")
    doc["features"]["subscription_update"]["products"].append(
        entry(shop.products["team"], shop.prices["team_monthly"])
    )
    doc["features"]["payment_method_update"]["payment_method_configuration"] = "pmc_test123"
    obj = api.create(client, doc)
    return client, shop, obj


@pytest.fixture
def live() -> Iterator[SandboxServer]:
    """A second account in live mode with part of the catalogue."""
    srv = SandboxServer(seed="empty").start()
    srv.register_key(LIVE_KEY, livemode=True)
    try:
        client = make_client(srv, LIVE_KEY)
        basic = client.v1.products.create({"name": "Basic"}).id
        pro = client.v1.products.create({"name": "Pro"}).id
        team = client.v1.products.create({"name": "Team"}).id

        def price(product: str, amount: int, interval: str, lookup: str | None) -> str:
            params = {
                "product": product,
                "unit_amount": amount,
                "currency": "usd",
                "tax_behavior": "exclusive",
                "recurring": {"interval": interval},
            }
            if lookup:
                params["lookup_key"] = lookup
            return client.v1.prices.create(params).id  # type: ignore[arg-type]

        srv.ids = {  # type: ignore[attr-defined]
            "basic": basic,
            "pro": pro,
            "basic_monthly": price(basic, 900, "month", "basic_monthly"),  # by lookup key
            "basic_yearly": price(basic, 9000, "year", None),  # by name + amount + period
            "pro_monthly": price(pro, 2900, "month", "pro_monthly"),
            # pro_yearly has no counterpart; Team's price exists twice (ambiguous)
            "team_a": price(team, 9900, "month", None),
            "team_b": price(team, 9900, "month", None),
        }
        yield srv
    finally:
        srv.stop()


def test_export_carries_settings_and_the_catalogue_it_needs(source) -> None:
    client, shop, obj = source
    data = export_data([obj], from_api(client), account="acct_1", livemode=False)
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["configurations"][0]["settings"] == from_object(obj)
    prices = data["catalog"]["prices"]
    assert set(prices) == {
        shop.prices[k]
        for k in ("basic_monthly", "basic_yearly", "pro_monthly", "pro_yearly", "team_monthly")
    }
    assert prices[shop.prices["pro_yearly"]]["lookup_key"] == "pro_yearly"
    assert data["catalog"]["products"][shop.products["pro"]]["name"] == "Pro"
    again = parse_export(json.loads(json.dumps(data)))
    assert again.configurations[0].settings == from_object(obj)


def test_bad_files_are_refused_in_plain_words(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    with pytest.raises(ImportFileError, match="not a portal configuration export"):
        read_export(bad)
    bad.write_text("{")
    with pytest.raises(ImportFileError, match="not valid JSON"):
        read_export(bad)
    bad.write_text(json.dumps({"format": FORMAT, "version": 99, "configurations": []}))
    with pytest.raises(ImportFileError, match="newer Counterfoil"):
        read_export(bad)


def test_promotion_maps_by_lookup_key_then_name_amount_period_currency(source, live) -> None:
    client, shop, obj = source
    export = parse_export(export_data([obj], from_api(client)))
    target = from_api(make_client(live, LIVE_KEY))
    plan = plan_import(export.configurations[0].settings, export.catalog, target, name="Plans")
    how = {m.source_id: (m.target_id, m.how) for m in plan.prices}
    ids = live.ids
    assert how[shop.prices["basic_monthly"]] == (ids["basic_monthly"], "lookup key")
    # basic_yearly has a lookup key in the source but not in the target: name + amount.
    assert how[shop.prices["basic_yearly"]] == (
        ids["basic_yearly"],
        "name, amount, period and currency",
    )
    assert how[shop.prices["pro_monthly"]] == (ids["pro_monthly"], "lookup key")
    assert how[shop.prices["pro_yearly"]][0] is None
    assert how[shop.prices["team_monthly"]][0] is None
    assert "2 prices of the target account match" in how[shop.prices["team_monthly"]][1]
    text = "\n".join(plan.unmapped)
    assert "Pro: price $290.00 / year" in text
    assert "Team" in text and "left out" in text
    assert "pmc_test123" in text
    assert not plan.complete
    products = plan.doc["features"]["subscription_update"]["products"]
    assert [(p["product"], p["prices"]) for p in products] == [
        (ids["basic"], [ids["basic_monthly"], ids["basic_yearly"]]),
        (ids["pro"], [ids["pro_monthly"]]),
    ]
    assert plan.doc["features"]["payment_method_update"]["payment_method_configuration"] == ""
    assert not plan.blocked


# -- the command line ----------------------------------------------------------------------------
def _args(**kw) -> argparse.Namespace:
    defaults = {
        "ids": None,
        "dry_run": False,
        "skip_unmapped": False,
        "yes": False,
        "portal_profile": None,
    }
    return argparse.Namespace(**{**defaults, **kw})


def _opener(srv: SandboxServer, key: str | None = None, live: bool = False):
    return lambda profile: (make_client(srv, key), live)


def test_cli_export_writes_all_or_one_configuration(source, sandbox, tmp_path: Path) -> None:
    client, shop, obj = source
    second = api.create(client, good_doc(shop, "Second"))
    out = io.StringIO()
    path = tmp_path / "all.json"
    assert run_export(_args(out=str(path)), out=out, opener=_opener(sandbox)) == 0
    assert "Exported 2 configurations" in out.getvalue()
    data = json.loads(path.read_text())
    assert {c["id"] for c in data["configurations"]} == {obj["id"], second["id"]}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    one = tmp_path / "one.json"
    assert (
        run_export(
            _args(out=str(one), ids=[second["id"]]), out=io.StringIO(), opener=_opener(sandbox)
        )
        == 0
    )
    assert [c["name"] for c in json.loads(one.read_text())["configurations"]] == ["Second"]


def test_cli_import_dry_run_prints_the_mapping_and_creates_nothing(
    source, sandbox, live, tmp_path: Path
) -> None:
    path = tmp_path / "plans.json"
    run_export(_args(out=str(path)), out=io.StringIO(), opener=_opener(sandbox))
    log = count_requests(live)
    out = io.StringIO()
    code = run_import(
        _args(file=str(path), dry_run=True), out=out, opener=_opener(live, LIVE_KEY, live=True)
    )
    text = out.getvalue()
    assert code == 0
    assert "→ " + live.ids["basic_monthly"] in text and "(lookup key)" in text
    assert "Cannot be mapped:" in text and "CANNOT MAP" in text
    assert "Dry run: nothing was created" in text
    assert writes(log, "/v1/") == []

    # Without --dry-run, still nothing while something cannot be mapped.
    out = io.StringIO()
    code = run_import(_args(file=str(path)), out=out, opener=_opener(live, LIVE_KEY, True))
    assert code == 3 and "Nothing was created" in out.getvalue()
    assert writes(log, "/v1/") == []

    # Live mode asks; without a terminal (and without --yes) it refuses.
    out = io.StringIO()
    code = run_import(
        _args(file=str(path), skip_unmapped=True),
        out=out,
        opener=_opener(live, LIVE_KEY, True),
        stdin=io.StringIO("acct\n"),
    )
    assert code == 4 and "--yes" in out.getvalue()
    assert writes(log, "/v1/") == []

    out = io.StringIO()
    code = run_import(
        _args(file=str(path), skip_unmapped=True, yes=True),
        out=out,
        opener=_opener(live, LIVE_KEY, True),
    )
    assert code == 0, out.getvalue()
    created = api.list_all(make_client(live, LIVE_KEY))
    assert [c["name"] for c in created] == ["Plans"]
    products = created[0]["features"]["subscription_update"]["products"]
    assert [p["prices"] for p in products] == [
        [live.ids["basic_monthly"], live.ids["basic_yearly"]],
        [live.ids["pro_monthly"]],
    ]
    assert len(writes(log)) == 1


def test_cli_through_the_real_entry_point_with_env_keys(
    source, sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("COUNTERFOIL_API_KEY", sandbox.api_key)
    monkeypatch.setenv("COUNTERFOIL_API_BASE", sandbox.url)
    monkeypatch.setenv("COUNTERFOIL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COUNTERFOIL_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "export.json"
    assert cli_main(["portal-config", "export", "--out", str(path)]) == 0
    assert json.loads(path.read_text())["configurations"][0]["name"] == "Plans"
    log = count_requests(sandbox)
    assert cli_main(["portal-config", "import", str(path), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "Configuration “Plans”" in printed and "(lookup key)" in printed
    assert writes(log, "/v1/") == []
    # Into the same account everything maps, so it is created without asking.
    assert cli_main(["portal-config", "import", str(path), "--skip-unmapped"]) == 0
    assert len(writes(log)) == 1
    assert (
        cli_main(
            ["portal-config", "export", "--profile", "nobody", "--out", str(tmp_path / "x.json")]
        )
        == 2
    )


def test_cli_refuses_configurations_with_errors(sandbox, tmp_path: Path) -> None:
    client = make_client(sandbox)
    shop = build_shop(client)
    data = export_data([{"id": "bpc_x", **api.create(client, good_doc(shop))}], from_api(client))
    settings = data["configurations"][0]["settings"]
    settings["features"]["subscription_cancel"]["proration_behavior"] = "always_invoice"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))
    log = count_requests(sandbox)
    out = io.StringIO()
    code = run_import(_args(file=str(path)), out=out, opener=_opener(sandbox))
    assert code == 1
    assert "always_invoice" in out.getvalue() and "would be refused" in out.getvalue()
    assert writes(log) == []
