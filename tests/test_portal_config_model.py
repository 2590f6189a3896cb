"""The Qt-free model of a portal configuration: fields from the SDK, documents, defaults,
labels, diff, merge, summary and drafts."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from services.portal_config import diff, labels, schema
from services.portal_config.catalog import Catalog, PriceInfo, ProductInfo, money, price_label
from services.portal_config.document import (
    CANCELLATION_REASONS,
    create_params,
    dashboard_defaults,
    empty,
    from_object,
    normalise,
    update_params,
)
from services.portal_config.drafts import Draft, DraftStore, drafts_path, new_key
from services.portal_config.summary import summarise, summary_text


# -- schema -------------------------------------------------------------------------------------
def test_the_field_list_comes_from_the_sdk_create_params() -> None:
    from stripe.params.billing_portal import ConfigurationCreateParams

    top = {f.name for f in schema.fields()}
    declared = set(ConfigurationCreateParams.__annotations__) - schema._request_options()
    assert top == declared - {"expand"}
    paths = set(schema.leaf_paths())
    # Spot checks on every feature, nested lists of objects included.
    for expected in (
        "name",
        "business_profile.headline",
        "business_profile.privacy_policy_url",
        "business_profile.terms_of_service_url",
        "default_return_url",
        "login_page.enabled",
        "metadata",
        "features.customer_update.allowed_updates",
        "features.invoice_history.enabled",
        "features.payment_method_update.payment_method_configuration",
        "features.subscription_cancel.cancellation_reason.options",
        "features.subscription_cancel.cancellation_reason.feedback_options",
        "features.subscription_pause.duration.interval_options[].interval_count",
        "features.subscription_update.products[].adjustable_quantity.maximum",
        "features.subscription_update.schedule_at_period_end.conditions[].type",
        "features.subscription_update.billing_cycle_anchor",
        "features.subscription_update.trial_update_behavior",
    ):
        assert expected in paths
    assert schema.field("features.subscription_cancel.mode").choices == (
        "at_period_end",
        "immediately",
    )
    assert schema.update_only_fields() == ("active",)


def test_every_field_has_a_label_and_a_section() -> None:
    missing = [f.path for f in schema.walk() if not labels.has_label(f.path)]
    assert missing == []
    assert labels.section_of("features.subscription_update.products[3].prices[0]") == "update"
    assert labels.section_of("business_profile.headline") == "general"
    for f in schema.walk():
        for value in f.choices:
            assert labels.choice_label(f.path, value)  # every documented choice has words


@pytest.mark.parametrize(
    "param",
    [
        "features[subscription_update][products][0][prices][1]",
        "business_profile[privacy_policy_url]",
        "default_return_url",
        "features[subscription_pause][duration][interval_options][2][interval_count]",
    ],
)
def test_stripe_param_names_and_paths_convert_both_ways(param: str) -> None:
    assert schema.to_param(schema.from_param(param)) == param
    assert "[" not in schema.from_param(param).split(".")[0] or param.startswith("default")


# -- documents ----------------------------------------------------------------------------------
def test_dashboard_defaults_follow_the_configure_the_portal_page() -> None:
    doc = dashboard_defaults()
    f = doc["features"]
    # Customer information: name, email, billing address, phone on; shipping, tax id off.
    assert f["customer_update"] == {
        "enabled": True,
        "allowed_updates": ["name", "email", "address", "phone"],
    }
    assert f["payment_method_update"]["enabled"] is True
    assert f["invoice_history"]["enabled"] is True
    # Cancel subscription on (renew until the period ends), cancellation reason on.
    cancel = f["subscription_cancel"]
    assert cancel["enabled"] and cancel["mode"] == "at_period_end"
    assert cancel["cancellation_reason"]["enabled"]
    assert cancel["cancellation_reason"]["options"] == list(CANCELLATION_REASONS)
    # Switch plan, quantities, prorations, promotion codes off; downgrades update immediately.
    su = f["subscription_update"]
    assert su["enabled"] is False and su["default_allowed_updates"] == []
    assert su["proration_behavior"] == "none"
    assert su["schedule_at_period_end"]["conditions"] == []
    assert doc["business_profile"]["headline"] == ""  # the portal's own greeting
    assert doc["login_page"]["enabled"] is False


def test_nulls_mean_the_documented_defaults() -> None:
    doc = normalise(
        {
            "features": {
                "subscription_update": {
                    "billing_cycle_anchor": None,
                    "proration_behavior": None,
                    "products": [
                        {
                            "product": "prod_1",
                            "prices": ["p"],
                            "adjustable_quantity": {"enabled": True},
                        }
                    ],
                },
                "subscription_pause": {
                    "duration": {"type": "indefinite", "interval_options": [{"interval": "day"}]}
                },
                "payment_method_update": {"payment_method_configuration": None},
            },
            "name": None,
        }
    )
    su = doc["features"]["subscription_update"]
    assert su["billing_cycle_anchor"] == "unchanged"
    assert su["proration_behavior"] == "none"
    assert su["products"][0]["adjustable_quantity"] == {
        "enabled": True,
        "minimum": 0,
        "maximum": 99,
    }
    assert doc["features"]["subscription_pause"]["duration"] == {
        "type": "indefinite",
        "interval_options": [],
    }
    assert doc["features"]["payment_method_update"]["payment_method_configuration"] == ""
    assert doc["name"] == ""
    assert normalise(doc) == doc  # canonical documents are fixed points


def test_update_params_send_only_what_changed_and_clear_with_empty_strings() -> None:
    before = dashboard_defaults()
    before["name"] = "Old"
    before["metadata"] = {"keep": "1", "drop": "2"}
    before["business_profile"]["privacy_policy_url"] = "https://a.example/privacy"
    after = json.loads(json.dumps(before))
    after["name"] = ""
    after["metadata"] = {"keep": "1", "new": "3"}
    after["business_profile"]["privacy_policy_url"] = ""
    after["features"]["customer_update"]["allowed_updates"] = []
    params = update_params(before, after)
    assert params["name"] == ""
    assert params["metadata"] == {"drop": "", "new": "3"}
    assert params["business_profile"]["privacy_policy_url"] == ""
    assert params["features"] == {"customer_update": {"enabled": True, "allowed_updates": ""}}
    assert update_params(before, before) == {}


def test_create_params_spell_out_every_feature_and_leave_out_empty_optionals() -> None:
    params = create_params(empty())
    assert set(params["features"]) == {
        "customer_update",
        "invoice_history",
        "payment_method_update",
        "subscription_cancel",
        "subscription_pause",
        "subscription_update",
    }
    assert "name" not in params and "metadata" not in params
    assert "privacy_policy_url" not in params.get("business_profile", {})


# -- diff and merge --------------------------------------------------------------------------------
CATALOG = Catalog(
    {"prod_b": ProductInfo("prod_b", "Basic"), "prod_p": ProductInfo("prod_p", "Pro")},
    {
        "price_bm": PriceInfo("price_bm", "prod_b", "usd", 900, interval="month"),
        "price_pm": PriceInfo("price_pm", "prod_p", "usd", 2900, interval="month"),
        "price_py": PriceInfo("price_py", "prod_p", "usd", 29000, interval="year"),
    },
)


def _plans(*entries: tuple[str, list[str]]) -> dict:
    doc = dashboard_defaults()
    su = doc["features"]["subscription_update"]
    su.update(enabled=True, default_allowed_updates=["price"])
    su["products"] = [
        {
            "product": p,
            "prices": prices,
            "adjustable_quantity": {"enabled": False, "minimum": 0, "maximum": None},
        }
        for p, prices in entries
    ]
    return doc


def test_diff_words_each_changed_field() -> None:
    before = _plans(("prod_b", ["price_bm"]))
    after = _plans(("prod_b", ["price_bm"]), ("prod_p", ["price_pm", "price_py"]))
    after["features"]["subscription_cancel"]["mode"] = "immediately"
    after["name"] = "Plans"
    changes = diff.diff(before, after, CATALOG)
    by_label = {c.label: c for c in changes}
    assert by_label["Name (only you see it)"].after_text == "Plans"
    mode = by_label["Cancellations › When a cancellation takes effect"]
    assert (mode.before_text, mode.after_text) == (
        "At the end of the billing period",
        "Immediately",
    )
    pro = by_label["Plan changes › Pro"]
    assert pro.before_text == "(not set)"
    assert pro.after_text == "$29.00 / month; $290.00 / year (fixed quantity)"
    assert changes[0].label == "Name (only you see it)"  # editor order
    assert diff.diff(after, after) == []


def test_merge_takes_each_sides_changes_and_reports_real_conflicts() -> None:
    base = _plans(("prod_b", ["price_bm"]), ("prod_p", ["price_pm"]))
    base["metadata"] = {"a": "1"}
    mine = json.loads(json.dumps(base))
    theirs = json.loads(json.dumps(base))
    mine["name"] = "Mine"
    mine["metadata"]["b"] = "2"
    mine["features"]["subscription_update"]["products"][1]["prices"].append("price_py")
    theirs["business_profile"]["headline"] = "Theirs"
    theirs["metadata"]["a"] = "changed"
    theirs["features"]["subscription_update"]["products"].pop(0)  # they removed Basic
    result = diff.merge(base, mine, theirs, CATALOG)
    assert result.clean
    merged = diff.resolve(result)
    assert merged["name"] == "Mine"
    assert merged["business_profile"]["headline"] == "Theirs"
    assert merged["metadata"] == {"a": "changed", "b": "2"}
    products = merged["features"]["subscription_update"]["products"]
    assert [p["product"] for p in products] == ["prod_p"]
    assert products[0]["prices"] == ["price_pm", "price_py"]

    theirs["name"] = "Theirs"
    result = diff.merge(base, mine, theirs, CATALOG)
    assert [c.key for c in result.conflicts] == ["name"]
    assert diff.resolve(result, {"name": "mine"})["name"] == "Mine"
    assert diff.resolve(result, {"name": "theirs"})["name"] == "Theirs"
    assert "name" in result.mine_changes and "name" in result.theirs_changes


def test_flatten_and_unflatten_are_inverse() -> None:
    doc = _plans(("prod_p", ["price_py", "price_pm"]), ("prod_b", ["price_bm"]))
    doc["metadata"] = {"x": "y"}
    assert diff.unflatten(diff.flatten(doc)) == doc


# -- summary --------------------------------------------------------------------------------------
def test_summary_says_what_a_customer_can_and_cannot_do() -> None:
    doc = _plans(("prod_b", ["price_bm"]), ("prod_p", ["price_pm", "price_py"]))
    doc["features"]["subscription_cancel"]["cancellation_reason"]["enabled"] = True
    text = summary_text(doc, CATALOG)
    assert "Can switch between Basic and Pro, monthly or yearly" in text
    assert "Cannot change the quantity" in text
    assert (
        "Can cancel; cancellations take effect at the end of the billing period and ask "
        "for a reason" in text
    )
    assert "Cannot pause" in text
    points = summarise(empty())
    assert points[0].text == "Cannot switch plans or change quantities" and points[0].can is False
    assert "Cannot cancel in the portal" in summary_text(empty())


def test_prices_in_words() -> None:
    assert money(2900, "usd") == "$29.00"
    assert money(3900, "jpy") == "¥3,900"
    assert money(1000, "chf") == "10.00 CHF"
    assert (
        price_label(PriceInfo("p", "x", "eur", 7900, interval="month", interval_count=3))
        == "€79.00 every 3 months"
    )


# -- drafts ---------------------------------------------------------------------------------------
def test_drafts_are_written_atomically_owner_only_and_read_back(tmp_path: Path) -> None:
    path = drafts_path(tmp_path / "caches" / "acct_x.sqlite3")
    store = DraftStore(path)
    doc = dashboard_defaults()
    doc["name"] = "Draft"
    key = new_key()
    store.stage(Draft(key=key, doc=doc, title="Draft"))
    store.stage(
        Draft(key="bpc_1", doc=empty(), config_id="bpc_1", base={"id": "bpc_1", "updated": 5})
    )
    assert store.dirty
    store.flush()
    assert not store.dirty
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary files left
    again = DraftStore(path)
    assert again.get(key) is not None and again.get(key).doc["name"] == "Draft"
    assert again.get(key).is_new
    assert again.get("bpc_1").base_updated == 5
    assert again.discard("bpc_1") and again.flush() is None
    assert DraftStore(path).get("bpc_1") is None


def test_a_damaged_drafts_file_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "d.portal-drafts.json"
    path.write_text("{not json", encoding="utf-8")
    store = DraftStore(path)
    assert store.problem and "damaged" in store.problem
    kept = list(tmp_path.glob("d.portal-drafts.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_text() == "{not json"


def test_concurrent_flushes_leave_the_newest_drafts(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "x.portal-drafts.json")
    doc = empty()

    def writer(n: int) -> None:
        for i in range(20):
            d = json.loads(json.dumps(doc))
            d["name"] = f"{n}-{i}"
            store.stage(Draft(key="k", doc=d))
            store.flush()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = store.get("k")
    store.flush()
    assert DraftStore(store.path).get("k").doc["name"] == final.doc["name"]
    assert os.listdir(tmp_path) == ["x.portal-drafts.json"]


def test_from_object_reads_stripes_json(demo_sandbox) -> None:
    from services.portal_config import api
    from tests.conftest import make_client

    objects = api.list_all(make_client(demo_sandbox))
    plan = next(o for o in objects if o["name"] == "Plan changes")
    doc = from_object(plan)
    assert doc["features"]["subscription_update"]["enabled"]
    assert len(doc["features"]["subscription_update"]["products"]) == 3
    assert doc["login_page"] == {"enabled": True}
    assert "url" not in doc["login_page"]


def test_drafts_of_another_scope_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "demo.portal-drafts.json"
    store = DraftStore(path, scope="http://127.0.0.1:1111")
    store.stage(Draft(key="bpc_1", doc=empty(), config_id="bpc_1"))
    store.flush()
    assert DraftStore(path, scope="http://127.0.0.1:1111").get("bpc_1") is not None
    assert DraftStore(path, scope="http://127.0.0.1:2222").get("bpc_1") is None
    assert DraftStore(path).get("bpc_1") is None
