"""The Portal configuration panel driven with qtbot against the sandbox over real HTTP:
list, editor coverage, checks that block sending, review and save, Stripe's refusals,
conflicts and merging, drafts that survive closing, history, actions and promotion."""

from __future__ import annotations

import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.app import build_context
from desktop.context import AppContext
from desktop.settings import Settings
from services.credentials import Profile, SecretStore
from services.portal_config import api, schema
from services.portal_config.document import dashboard_defaults, from_object
from services.portal_config.drafts import drafts_path
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from tests.test_portal_config_fixtures import (
    CASES,
    Shop,
    bad_doc,
    build_shop,
    count_requests,
    good_doc,
    writes,
)
from widgets.portal_configuration.dialogs import HistoryDialog, MergeDialog, ReviewDialog
from widgets.portal_configuration.panel import PortalConfigurationPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TIMEOUT = 30_000
LIVE_KEY = "sk_live_" + "Pane1" * 5


class Confirmer:
    """Stands in for the live-mode confirmation dialog; records what it was asked."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[dict[str, Any]] = []

    def __call__(self, parent: QWidget | None, **kwargs: Any) -> bool:
        self.asked.append(kwargs)
        return self.answer


@dataclass
class Env:
    ctx: AppContext
    panel: PortalConfigurationPanel
    srv: SandboxServer
    shop: Shop
    default: dict[str, Any]
    plans: dict[str, Any]
    legacy: dict[str, Any]
    confirmer: Confirmer
    tmp: Path
    profile: Profile

    @property
    def client(self) -> Any:
        return make_client(self.srv)


def make_ctx(tmp: Path, confirmer: Confirmer) -> AppContext:
    return build_context(
        settings=Settings.at_path(str(tmp / "settings.ini")),
        config_dir=tmp / "config",
        data_dir=tmp / "data",
        secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
        confirmer=confirmer,
    )


def open_panel(
    ctx: AppContext, srv: SandboxServer, qtbot: Any, key: str | None = None, name: str = "Shop"
) -> tuple[PortalConfigurationPanel, Profile]:
    profile = ctx.accounts.add_ephemeral_account(
        key or srv.api_key, api_base=srv.url, display_name=name
    )
    ctx.profiles_changed.emit()
    with qtbot.waitSignal(ctx.sync_finished, timeout=TIMEOUT):
        ctx.switch_profile(profile.id)
    panel = PortalConfigurationPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        panel.show()
        panel.activate()
    return panel, profile


@pytest.fixture
def env(tmp_path: Path, qtbot: Any, sandbox: SandboxServer) -> Iterator[Env]:
    client = make_client(sandbox)
    shop = build_shop(client, extra_products=11)
    default = api.create(client, dashboard_defaults() | {"name": "Default portal"})
    legacy = api.create(client, dashboard_defaults() | {"name": "Legacy"})
    legacy = api.set_active(client, legacy["id"], False)
    plans_doc = good_doc(shop, "Plans")
    plans_doc["login_page"]["enabled"] = True
    plans = api.create(client, plans_doc)
    confirmer = Confirmer()
    ctx = make_ctx(tmp_path, confirmer)
    panel, profile = open_panel(ctx, sandbox, qtbot)
    # An active configuration is selected at first; the tests start from Plans.
    assert panel.current_key in (default["id"], plans["id"])
    panel.select(plans["id"])
    yield Env(ctx, panel, sandbox, shop, default, plans, legacy, confirmer, tmp_path, profile)
    ctx.shutdown()


def on_dialog(cls: type, act: Callable[[Any], None], timeout: float = 20.0) -> dict[str, Any]:
    """When a modal ``cls`` opens, run ``act(dialog)`` (which must close it)."""
    seen: dict[str, Any] = {}
    deadline = time.monotonic() + timeout

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls):
            seen["dialog"] = True
            act(widget)
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def save_and_review(env: Env, qtbot: Any, capture: dict[str, Any] | None = None) -> Any:
    """Save, accept the review dialog (recording what it showed), wait for the result."""

    def review(dialog: ReviewDialog) -> None:
        if capture is not None:
            capture["changes"] = [
                (c.label, c.before_text, c.after_text) for c in dialog.diff_view.changes
            ]
            capture["warnings"] = [w.text() for w in dialog.warning_labels]
            capture["button"] = dialog.save_button.text()
        dialog.save_button.click()

    on_dialog(ReviewDialog, review)
    with qtbot.waitSignal(env.panel.saved, timeout=TIMEOUT) as saved:
        env.panel.save()
    return saved.args[0]


def select(env: Env, config_id: str) -> None:
    env.panel.select(config_id)
    assert env.panel.current_key == config_id


# -- list ------------------------------------------------------------------------------------------
def test_the_list_shows_every_configuration_filters_and_copies_the_login_link(
    env: Env, qtbot: Any
) -> None:
    panel = env.panel
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(panel.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = {r.name: r for r in panel.model.rows()}
    assert set(rows) == {"Default portal", "Legacy", "Plans"}
    assert rows["Default portal"].is_default and not rows["Plans"].is_default
    assert not rows["Legacy"].active
    assert rows["Plans"].login_url and rows["Plans"].login_url.startswith(env.srv.url)
    assert rows["Legacy"].login_url is None
    assert panel.current_key == env.plans["id"]
    assert panel.name_label.text() == "Plans"
    assert panel.insights.points[0].text.startswith("Can switch between Basic and Pro")

    panel.filter_group.buttons()[2].click()  # Inactive
    assert [panel.proxy.index(i, 0).data() for i in range(panel.proxy.rowCount())] == ["Legacy"]
    panel.filter_group.buttons()[0].click()
    qtbot.keyClicks(panel.search, env.default["id"][-6:])
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Default portal"
    panel.search.clear()

    # "Copy link" on the Plans card.
    row = panel.model.row_of(env.plans["id"])
    index = panel.proxy.mapFromSource(panel.model.index(row, 0))
    rect = panel.list_view.visualRect(index)
    QGuiApplication.clipboard().clear()
    copy = panel.delegate.copy_rect(rect, panel.list_view.font())
    qtbot.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=copy.center())
    assert QGuiApplication.clipboard().text() == rows["Plans"].login_url
    assert "copied" in panel.status_label.text()

    # Selecting another card shows it.
    row = panel.model.row_of(env.default["id"])
    index = panel.proxy.mapFromSource(panel.model.index(row, 0))
    rect = panel.list_view.visualRect(index)
    qtbot.mouseClick(
        panel.list_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 20, rect.top() + 12),
    )
    assert panel.current_key == env.default["id"]
    assert panel.editor.doc() == from_object(env.default)


# -- the editor ------------------------------------------------------------------------------------
def test_the_editor_covers_every_sdk_field_and_shows_exactly_the_document(
    env: Env, qtbot: Any
) -> None:
    editor = env.panel.editor
    missing = set(schema.leaf_paths()) - editor.bound_paths()
    assert missing == set()
    shop = env.shop
    doc = good_doc(shop, "Everything")
    doc["business_profile"] = {
        "headline": "Hi",
        "privacy_policy_url": "https://a.example/p",
        "terms_of_service_url": "https://a.example/t",
    }
    doc["default_return_url"] = "https://a.example/back"
    doc["login_page"]["enabled"] = True
    doc["metadata"] = {"a": "1", "b": "2"}
    f = doc["features"]
    f["customer_update"]["allowed_updates"] = ["tax_id", "shipping"]
    f["payment_method_update"]["payment_method_configuration"] = "pmc_123"
    f["subscription_cancel"].update(mode="immediately", proration_behavior="create_prorations")
    f["subscription_cancel"]["cancellation_reason"].update(
        options=["other", "unused"], feedback_options=["fb_1"]
    )
    f["subscription_pause"] = {
        "enabled": True,
        "duration": {
            "type": "interval_options",
            "interval_options": [
                {"interval": "week", "interval_count": 2},
                {"interval": "month", "interval_count": 3},
            ],
        },
    }
    su = f["subscription_update"]
    su.update(
        billing_cycle_anchor="now",
        trial_update_behavior="continue_trial",
        proration_behavior="always_invoice",
        default_allowed_updates=["quantity", "price", "promotion_code"],
    )
    su["schedule_at_period_end"]["conditions"] = [{"type": "shortening_interval"}]
    su["products"][1]["adjustable_quantity"] = {"enabled": True, "minimum": 2, "maximum": 9}
    env.panel.new_configuration(doc)
    assert editor.doc() == doc

    # Real typing and clicking reaches the document.
    name = editor.findChild(QWidget, "name")
    name.clear()
    qtbot.keyClicks(name, "Typed name")
    assert editor.doc()["name"] == "Typed name"
    switch = editor.findChild(QWidget, "features.invoice_history.enabled")
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    assert editor.doc()["features"]["invoice_history"]["enabled"] is False
    box = editor.findChild(QWidget, "choice-name")
    box.click()
    assert "name" in editor.doc()["features"]["customer_update"]["allowed_updates"]
    radio = editor.findChild(QWidget, "features.subscription_pause.duration.type=indefinite")
    radio.click()
    assert editor.doc()["features"]["subscription_pause"]["duration"] == {
        "type": "indefinite",
        "interval_options": [],
    }
    assert not editor.pause_lengths.isEnabled()


def test_a_new_configuration_starts_from_the_dashboard_defaults_and_is_created(
    env: Env, qtbot: Any
) -> None:
    panel = env.panel
    key = panel.new_configuration()
    assert key is not None and key.startswith("new-")
    assert panel.editor.doc() == dashboard_defaults()
    assert panel.save_button.text() == "Create configuration"
    row = panel.current_row()
    assert row is not None and row.is_new and row.has_draft
    qtbot.keyClicks(panel.editor.name_edit, "Team portal")
    capture: dict[str, Any] = {}
    created = save_and_review(env, qtbot, capture)
    assert created["name"] == "Team portal"
    assert ("Name (only you see it)", "(empty)", "Team portal") in capture["changes"]
    assert from_object(api.retrieve(env.client, created["id"])) == panel.editor.doc()
    assert panel.current_key == created["id"]
    assert panel.drafts is not None and panel.drafts.get(key) is None


# -- checks block sending -------------------------------------------------------------------------
def test_every_check_fires_on_its_field_and_nothing_is_sent(env: Env, qtbot: Any) -> None:
    panel = env.panel
    log = count_requests(env.srv)
    for case in CASES:
        panel.new_configuration(bad_doc(case, env.shop))
        panel.run_checks()
        found = [i for i in panel.issues if i.code == case.code]
        assert found, case.id
        issue = next(i for i in found if i.path == case.path)
        binding = panel.editor.binding_for(case.path)
        assert binding is not None, case.id
        assert issue.message in binding.row.messages, case.id
        assert not binding.row.message.isHidden(), case.id
        panel.insights.issue_activated.emit(case.path)  # clicking it in the list shows it
        assert binding.row.message.isVisible(), case.id
        assert issue in panel.insights.issues
        del log[:]
        if case.severity == "error":
            panel.save()
            assert panel.error_banner.isVisible(), case.id
            assert "Nothing was sent" in panel.error_banner.message_label.text()
            assert QApplication.activeModalWidget() is None
        else:
            shown: dict[str, Any] = {}

            def cancel(dialog: ReviewDialog, shown: dict[str, Any] = shown) -> None:
                shown["warnings"] = [w.text() for w in dialog.warning_labels]
                shown["button"] = dialog.save_button.text()
                dialog.reject()

            seen = on_dialog(ReviewDialog, cancel)
            panel.save()
            qtbot.waitUntil(lambda seen=seen: "dialog" in seen, timeout=TIMEOUT)
            assert any(issue.message in w for w in shown["warnings"]), case.id
            assert shown["button"] == "Save anyway"
        assert log == [], f"{case.id} sent {log}"
        panel.discard_now()


# -- saving, refusals, conflicts -------------------------------------------------------------------
def test_saving_reviews_the_field_level_diff_and_sends_only_the_change(
    env: Env, qtbot: Any
) -> None:
    panel = env.panel
    log = count_requests(env.srv)
    editor = panel.editor
    headline = editor.findChild(QWidget, "business_profile.headline")
    headline.clear()
    qtbot.keyClicks(headline, "Switch plans any time")
    assert panel.save_button.isEnabled() and panel.discard_button.isVisible()
    capture: dict[str, Any] = {}
    saved = save_and_review(env, qtbot, capture)
    assert capture["changes"] == [("Headline", "", "Switch plans any time")] or capture[
        "changes"
    ] == [("Headline", "(empty)", "Switch plans any time")]
    assert capture["button"] == "Save changes"
    assert saved["business_profile"]["headline"] == "Switch plans any time"
    posts = writes(log)
    assert len(posts) == 1 and posts[0][1] == f"/v1/billing_portal/configurations/{saved['id']}"
    assert not panel.save_button.isEnabled()
    assert "Saved" in panel.status_label.text()
    assert panel.drafts is not None and panel.drafts.get(saved["id"]) is None


def test_stripe_refusals_show_message_and_request_id_and_keep_the_edit(
    env: Env, qtbot: Any
) -> None:
    panel = env.panel
    doc = panel.editor.doc()
    doc["features"]["subscription_update"]["products"][0]["prices"].append("price_gone")
    panel.editor.set_doc(doc)
    panel.edited()
    on_dialog(ReviewDialog, lambda d: d.save_button.click())
    panel.save()
    qtbot.waitUntil(lambda: panel.error_banner.isVisible() and not panel.busy, timeout=TIMEOUT)
    error = panel.error_banner.error
    assert error is not None and "No such price" in error.message
    assert error.request_id and error.request_id.startswith("req_")
    assert error.request_id in panel.error_banner.request_label.text()
    assert panel.editor.doc() == doc  # the edit stays
    assert panel.drafts is not None and panel.drafts.get(env.plans["id"]) is not None
    binding = panel.editor.binding_for("features.subscription_update.products[0].prices[2]")
    assert any("Stripe: No such price" in m for m in binding.row.messages)
    assert from_object(api.retrieve(env.client, env.plans["id"])) == from_object(env.plans)


def test_a_change_saved_elsewhere_is_shown_beside_yours_and_merged(env: Env, qtbot: Any) -> None:
    panel = env.panel
    headline = panel.editor.findChild(QWidget, "business_profile.headline")
    qtbot.keyClicks(headline, "Mine")
    api.update(env.client, env.plans["id"], {"name": "Renamed by a colleague"})
    seen: dict[str, Any] = {}

    def merge(dialog: MergeDialog) -> None:
        seen["theirs"] = [c.label for c in dialog.theirs_view.changes]
        seen["mine"] = [c.label for c in dialog.mine_view.changes]
        seen["conflicts"] = list(dialog.choice_groups)
        dialog.merge_button.click()

    on_dialog(MergeDialog, merge)
    saved = save_and_review(env, qtbot)
    assert seen == {"theirs": ["Name (only you see it)"], "mine": ["Headline"], "conflicts": []}
    assert saved["name"] == "Renamed by a colleague"
    assert saved["business_profile"]["headline"] == "Mine"

    # Both change the same field: the user chooses.
    headline.clear()
    qtbot.keyClicks(headline, "Mine again")
    api.update(env.client, env.plans["id"], {"business_profile": {"headline": "Theirs"}})

    def choose_mine(dialog: MergeDialog) -> None:
        seen["conflicts"] = list(dialog.choice_groups)
        dialog.choose("business_profile.headline", "mine")
        dialog.merge_button.click()

    on_dialog(MergeDialog, choose_mine)
    saved = save_and_review(env, qtbot)
    assert seen["conflicts"] == ["business_profile.headline"]
    assert saved["business_profile"]["headline"] == "Mine again"


# -- drafts ----------------------------------------------------------------------------------------
def test_unsaved_edits_survive_closing_the_panel_and_the_app(
    env: Env, qtbot: Any, tmp_path: Path
) -> None:
    panel = env.panel
    headline = panel.editor.findChild(QWidget, "business_profile.headline")
    qtbot.keyClicks(headline, "Not saved yet")
    path = drafts_path(env.ctx.accounts.cache_path(env.profile.id))
    qtbot.waitUntil(lambda: path.exists() and "Not saved yet" in path.read_text(), timeout=TIMEOUT)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert env.plans["id"] in path.read_text()

    # Close the panel: a new one finds the draft.
    panel.close()
    again = PortalConfigurationPanel(env.ctx)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=TIMEOUT):
        again.show()
        again.activate()
    again.select(env.plans["id"])
    assert again.editor.doc()["business_profile"]["headline"].endswith("Not saved yet")
    assert again.notice_banner.isVisible()
    assert "unsaved changes" in again.notice_banner.message_label.text()
    row = again.current_row()
    assert row is not None and row.has_draft

    # Quit the app (a new context on the same files): still there.
    qtbot.keyClicks(again.editor.findChild(QWidget, "business_profile.headline"), "!")
    again.flush_drafts()
    again.close()
    env.ctx.shutdown()
    ctx2 = make_ctx(env.tmp, Confirmer())
    try:
        third, _ = open_panel(ctx2, env.srv, qtbot)
        third.select(env.plans["id"])
        assert third.editor.doc()["business_profile"]["headline"].endswith("Not saved yet!")
        # Discarding forgets it.
        third.discard_now()
        assert third.editor.doc() == from_object(env.plans)
        third.flush_drafts()
        assert env.plans["id"] not in path.read_text()
    finally:
        ctx2.shutdown()


# -- history ---------------------------------------------------------------------------------------
def test_history_compares_any_two_versions_and_restores_as_a_new_save(env: Env, qtbot: Any) -> None:
    panel = env.panel
    original = from_object(env.plans)
    for text in ("First edit", "Second edit"):
        headline = panel.editor.findChild(QWidget, "business_profile.headline")
        headline.clear()
        qtbot.keyClicks(headline, text)
        save_and_review(env, qtbot)
    seen: dict[str, Any] = {}

    def browse(dialog: HistoryDialog) -> None:
        seen["rows"] = dialog.table.rowCount()
        seen["origins"] = [dialog.versions[i].origin for i in range(len(dialog.versions))]
        dialog.select([0, 1])
        seen["two"] = [(c.before_text, c.after_text) for c in dialog.diff_view.changes]
        oldest = len(dialog.versions) - 1
        dialog.select([oldest])
        seen["restore"] = [c.label for c in dialog.diff_view.changes]
        dialog.restore_button.click()

    on_dialog(HistoryDialog, browse)
    panel.show_history()
    qtbot.waitUntil(lambda: "restore" in seen, timeout=TIMEOUT)
    assert seen["rows"] >= 3
    assert seen["origins"][0] == "saved" and "sync" in seen["origins"]
    assert ("First edit", "Second edit") in seen["two"]
    assert seen["restore"] == ["Headline"]
    assert panel.editor.doc() == original
    assert "Version restored" in panel.notice_banner.title_label.text()
    restored = save_and_review(env, qtbot)
    assert from_object(restored) == original
    assert restored["updated"] > env.plans["updated"]


# -- actions ---------------------------------------------------------------------------------------
def test_duplicate_deactivate_reactivate_and_make_default(env: Env, qtbot: Any) -> None:
    panel = env.panel
    panel.duplicate()
    assert panel.is_new() and panel.editor.doc()["name"] == "Copy of Plans"
    copy = save_and_review(env, qtbot)
    assert copy["name"] == "Copy of Plans" and copy["id"] != env.plans["id"]
    assert from_object(copy)["features"] == from_object(env.plans)["features"]

    on_dialog(QMessageBox, click_yes)
    with qtbot.waitSignal(panel.saved, timeout=TIMEOUT):
        panel.toggle_active()
    assert api.retrieve(env.client, copy["id"])["active"] is False
    assert panel.active_action.text() == "Reactivate"
    with qtbot.waitSignal(panel.saved, timeout=TIMEOUT):
        panel.toggle_active()
    assert api.retrieve(env.client, copy["id"])["active"] is True

    select(env, env.default["id"])
    assert not panel.active_action.isEnabled()  # the default can't be deactivated
    assert not panel.default_action.isEnabled()

    select(env, env.plans["id"])
    on_dialog(QMessageBox, click_yes)
    panel.make_default()
    assert panel.current_key == env.default["id"]
    assert panel.editor.doc()["name"] == "Default portal"
    saved = save_and_review(env, qtbot)
    assert saved["is_default"] and saved["name"] == "Default portal"
    assert from_object(saved)["features"] == from_object(env.plans)["features"]


def test_live_mode_saves_ask_for_confirmation_naming_the_account(
    tmp_path: Path, qtbot: Any
) -> None:
    srv = SandboxServer(seed="empty").start()
    srv.register_key(LIVE_KEY, livemode=True)
    confirmer = Confirmer()
    ctx = make_ctx(tmp_path, confirmer)
    try:
        client = make_client(srv, LIVE_KEY)
        api.create(client, dashboard_defaults() | {"name": "Live portal"})
        panel, profile = open_panel(ctx, srv, qtbot, LIVE_KEY, "Live shop")
        log = count_requests(srv)
        qtbot.keyClicks(panel.editor.findChild(QWidget, "business_profile.headline"), "Hi")
        confirmer.answer = False
        on_dialog(ReviewDialog, lambda d: d.save_button.click())
        panel.save()
        qtbot.waitUntil(lambda: bool(confirmer.asked), timeout=TIMEOUT)
        assert confirmer.asked[0]["account_id"] == profile.account_id
        assert "Live portal" in confirmer.asked[0]["action"]
        assert writes(log) == []
        confirmer.answer = True
        env_like = Env(ctx, panel, srv, Shop(), {}, {}, {}, confirmer, tmp_path, profile)
        saved = save_and_review(env_like, qtbot)
        assert saved["business_profile"]["headline"] == "Hi"
        assert len(writes(log)) == 1
    finally:
        ctx.shutdown()
        srv.stop()


def test_promotion_lists_what_cannot_be_mapped_before_creating_in_live(
    env: Env, qtbot: Any
) -> None:
    live = SandboxServer(seed="empty").start()
    live.register_key(LIVE_KEY, livemode=True)
    try:
        client = make_client(live, LIVE_KEY)
        basic = client.v1.products.create({"name": "Basic"}).id
        for interval, amount in (("month", 900), ("year", 9000)):
            client.v1.prices.create(
                {
                    "product": basic,
                    "unit_amount": amount,
                    "currency": "usd",
                    "recurring": {"interval": interval},
                }
            )
        target = env.ctx.accounts.add_ephemeral_account(
            LIVE_KEY, api_base=live.url, display_name="Shop LIVE"
        )
        log = count_requests(live)
        panel = env.panel
        dialog = panel.promote()
        assert dialog is not None
        assert dialog.target_profile() == target  # test → live by default
        qtbot.waitUntil(lambda: bool(dialog.plans), timeout=TIMEOUT)
        assert not dialog.plans[0].complete
        assert dialog.unmapped_list.isVisible()
        assert "Pro" in dialog.unmapped_list.text()
        assert not dialog.create_button.isEnabled()  # nothing created while unmapped
        assert writes(log, "/v1/") == []
        dialog.skip_box.setChecked(True)
        assert dialog.create_button.isEnabled()
        env.confirmer.answer = False
        dialog.create_button.click()
        assert env.confirmer.asked[-1]["account_id"] == target.account_id
        assert writes(log, "/v1/") == []
        env.confirmer.answer = True
        with qtbot.waitSignal(dialog.created, timeout=TIMEOUT):
            dialog.create_button.click()
        created = api.list_all(client)
        assert [c["name"] for c in created] == ["Plans"]
        products = created[0]["features"]["subscription_update"]["products"]
        assert [p["product"] for p in products] == [basic]
        assert len(writes(log)) == 1
    finally:
        live.stop()


def test_the_panel_is_the_portal_configuration_page_of_the_main_window(
    env: Env, qtbot: Any
) -> None:
    from desktop.main_window import MainWindow

    window = MainWindow(env.ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_panel("portal-configuration")
    widget = window.panel_widget("portal-configuration")
    assert isinstance(widget, PortalConfigurationPanel)
    qtbot.waitUntil(lambda: widget.has_loaded, timeout=TIMEOUT)
    assert widget.model.rowCount() == 3
    # Ctrl+N starts a new configuration from inside the panel.
    widget.editor.name_edit.setFocus()
    qtbot.keyClick(widget.editor.name_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert widget.is_new()


def test_products_and_prices_are_picked_from_the_cached_catalogue(env: Env, qtbot: Any) -> None:
    from widgets.portal_configuration.editors import ProductDialog

    panel = env.panel
    shop = env.shop
    seen: dict[str, Any] = {}

    def pick(dialog: ProductDialog) -> None:
        combo = dialog.product_combo
        names = [combo.itemText(i) for i in range(combo.count())]
        seen["names"] = names
        combo.setCurrentIndex(combo.findData(shop.products["team"]))
        items = {
            dialog.prices.item(i).data(Qt.ItemDataRole.UserRole): dialog.prices.item(i)
            for i in range(dialog.prices.count())
        }
        seen["prices"] = set(items)
        items[shop.prices["team_monthly"]].setCheckState(Qt.CheckState.Checked)
        items[shop.prices["team_monthly_incl"]].setCheckState(Qt.CheckState.Checked)
        seen["warning"] = dialog.issues_label.text()
        dialog.quantity_box.setChecked(True)
        dialog.minimum.setValue(1)
        dialog.maximum.setValue(50)
        dialog.accept()

    on_dialog(ProductDialog, pick)
    panel.editor.products.add_product()
    assert "Old plan" not in seen["names"]  # archived products are not offered
    assert {"Basic (already offered)", "Team"} <= set(seen["names"])
    assert seen["prices"] == {shop.prices["team_monthly"], shop.prices["team_monthly_incl"]}
    assert "different tax behaviour" in seen["warning"]
    products = panel.editor.doc()["features"]["subscription_update"]["products"]
    added = products[-1]
    assert added["product"] == shop.products["team"]
    assert set(added["prices"]) == {shop.prices["team_monthly"], shop.prices["team_monthly_incl"]}
    assert added["adjustable_quantity"] == {"enabled": True, "minimum": 1, "maximum": 50}
    assert panel.dirty() and panel.editor.products.table.rowCount() == 3
    qtbot.waitUntil(lambda: "Team" in panel.insights.points[0].text, timeout=TIMEOUT)


def test_export_and_import_from_the_panel(env: Env, qtbot: Any, tmp_path: Path) -> None:
    panel = env.panel
    path = tmp_path / "plans.json"
    panel.config_actions._export_objects([env.plans], str(path))
    qtbot.waitUntil(
        lambda: path.exists() and "Exported" in panel.status_label.text(), timeout=TIMEOUT
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    dialog = panel.import_file(str(path))
    assert dialog is not None and dialog.target_profile() == env.profile
    qtbot.waitUntil(lambda: bool(dialog.plans), timeout=TIMEOUT)
    assert dialog.plans[0].complete and dialog.create_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        dialog.create_button.click()
    names = sorted(r.name for r in panel.model.rows())
    assert names == ["Default portal", "Legacy", "Plans", "Plans"]
    assert panel.current_key != env.plans["id"]
    assert panel.editor.doc()["features"] == from_object(env.plans)["features"]


def test_a_change_synced_from_stripe_refreshes_an_unedited_configuration(
    env: Env, qtbot: Any
) -> None:
    panel = env.panel
    api.update(env.client, env.plans["id"], {"business_profile": {"headline": "From Stripe"}})
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        env.ctx.start_sync()
    assert panel.editor.doc()["business_profile"]["headline"] == "From Stripe"
    assert not panel.dirty()
