"""The Branding panel driven with qtbot against a real demo sandbox, cache and sync.

Each test gets its own sandbox (saves change it), a real AppContext with real worker
threads, and a profile opened and synced the way the app does it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QAbstractItemModelTester

from desktop.app import build_context
from desktop.context import AppContext
from desktop.settings import Settings
from services.branding import repository
from services.branding.connect import ChargeType
from services.branding.model import PLATFORM
from services.credentials import SecretStore
from services.sandbox.seeds_portal import icon_png, png
from services.sandbox.server import SandboxServer
from tests.conftest import make_client
from widgets.branding import grid as grid_module
from widgets.branding.panel import UNSAVED_MARK, BrandingPanel
from widgets.branding.portal_painter import render_image

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

NORDLICHT = "acct_1NordlichtDesign0"
RIVERA = "acct_1RiveraYogaStudio"
SAKURA = "acct_1SakuraTeaHouse00"
LIVE_KEY = "sk_live_51CounterfoilBrandingTests00"
TIMEOUT = 30_000


@pytest.fixture
def demo() -> Iterator[SandboxServer]:
    srv = SandboxServer(seed="demo", customers=60).start()
    try:
        yield srv
    finally:
        srv.stop()


def make_ctx(tmp_path: Path, **kwargs: Any) -> AppContext:
    return build_context(
        settings=Settings.at_path(str(tmp_path / "settings.ini")),
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
        **kwargs,
    )


@pytest.fixture
def ctx(tmp_path: Path, qapp: Any) -> Iterator[AppContext]:
    context = make_ctx(tmp_path)
    yield context
    context.shutdown()


def open_profile(ctx: AppContext, srv: SandboxServer, qtbot: Any, key: str | None = None) -> None:
    profile = ctx.accounts.add_ephemeral_account(
        key or srv.api_key, api_base=srv.url, display_name="Demo"
    )
    with qtbot.waitSignal(ctx.sync_finished, timeout=60_000):
        ctx.switch_profile(profile.id)


def new_panel(ctx: AppContext, qtbot: Any) -> BrandingPanel:
    panel = BrandingPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1280, 860)
    panel.show()
    qtbot.waitUntil(lambda: panel.is_loaded, timeout=TIMEOUT)
    ctx.runner.wait_idle(10)
    return panel


@pytest.fixture
def panel(ctx: AppContext, demo: SandboxServer, qtbot: Any) -> BrandingPanel:
    open_profile(ctx, demo, qtbot)
    return new_panel(ctx, qtbot)


def pick(qtbot: Any, combo: Any, data: str) -> None:
    """Choose the item with ``data`` with the keyboard, as a person would."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def type_into(qtbot: Any, line_edit: Any, text: str) -> None:
    line_edit.setFocus()
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line_edit, text)


def branding_on_stripe(srv: SandboxServer, account: str) -> dict[str, Any]:
    client = make_client(srv)
    if account == PLATFORM:
        return client.raw_request("get", "/v1/account").data["settings"]["branding"]
    return client.raw_request("get", f"/v1/accounts/{account}").data["settings"]["branding"]


def file_count(srv: SandboxServer, account: str) -> int:
    client = make_client(srv)
    return len(client.v1.files.list({"limit": 100}, {"stripe_account": account}).data)


# -- loading and picking -----------------------------------------------------------------------
def test_panel_lists_accounts_configurations_and_all_locales(panel: BrandingPanel) -> None:
    combo = panel.account_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        PLATFORM,
        NORDLICHT,
        RIVERA,
        SAKURA,
    ]
    assert combo.itemText(0) == "Counterfoil Demo Co. (platform)"
    configs = [panel.config_combo.itemText(i) for i in range(panel.config_combo.count())]
    assert configs[0] == "Self-service (default)"
    assert "Legacy portal (2024) · inactive" in configs and "Plan changes" in configs
    assert panel.locale_combo.count() == 40
    assert not panel.charge_combo.isEnabled()
    page = panel.page
    assert page is not None
    assert page.business_name == "Counterfoil Demo Co."
    assert page.primary == "#635bff" and page.accent == "#0a2540"
    assert page.headline == "Counterfoil Demo Co. partners with Stripe for simplified billing."
    assert page.return_link == "Return to Counterfoil Demo Co."  # default_return_url is set
    assert page.terms and page.privacy
    # The platform's icon and logo were downloaded from the Files API for the preview.
    assert page.icon and panel.images.image(page.icon) is not None


def test_whose_branding_switches_the_preview(panel: BrandingPanel, qtbot: Any) -> None:
    pick(qtbot, panel.account_combo, NORDLICHT)
    # Nordlicht's customers are mostly on direct charges, so that is what opens.
    assert panel.charge is ChargeType.DIRECT and panel.charge_combo.isEnabled()
    assert panel.page is not None and panel.page.business_name == "Nordlicht Design"
    assert panel.page.primary == "#1d3557"
    assert panel.config_combo.itemText(0) == "Nordlicht Design portal · default"
    assert "€" in panel.page.subscription.price
    assert "Nordlicht Design" in panel.whose_label.text()

    pick(qtbot, panel.charge_combo, ChargeType.DESTINATION.value)
    assert panel.page.business_name == "Counterfoil Demo Co."
    assert panel.page.primary == "#635bff"
    assert panel.config_combo.itemText(0) == "Self-service (default)"
    assert panel.editor.title.text() == "Branding of Counterfoil Demo Co."
    assert "Counterfoil Demo Co.</b>'s branding" in panel.whose_label.text()
    assert "(via marketplace)" in panel.page.subscription.plan_name

    pick(qtbot, panel.charge_combo, ChargeType.DESTINATION_ON_BEHALF_OF.value)
    assert panel.page.business_name == "Nordlicht Design"
    assert panel.config_combo.itemText(0) == "Self-service (default)"  # the platform's
    assert panel.editor.title.text() == "Branding of Nordlicht Design"

    pick(qtbot, panel.locale_combo, "de")
    assert panel.page.subscription.title == "Aktuelles Abonnement"
    assert panel.page.subscription.renews.startswith("Ihr Abonnement verlängert sich am")


# -- editing -----------------------------------------------------------------------------------
def test_hex_entry_validates_and_the_preview_follows(
    panel: BrandingPanel, qtbot: Any, ctx: AppContext
) -> None:
    pick(qtbot, panel.account_combo, NORDLICHT)
    entry = panel.editor.brand.entry
    type_into(qtbot, entry, "#12")
    assert panel.editor.brand.error.isVisible()
    assert "#0a2540" in panel.editor.brand.error.text()
    assert not panel.editor.save_button.isEnabled()
    assert panel.page is not None and panel.page.primary == "#1d3557"  # unchanged

    qtbot.keyClicks(entry, "3456")
    assert not panel.editor.brand.error.isVisible()
    assert panel.page.primary == "#123456"
    image, painted = render_image(panel.page, panel.images)
    rect = painted.buttons["add_payment_method"]
    assert image.pixelColor(round(rect.left() + 5), round(rect.center().y())).name() == "#123456"
    assert panel.editor.save_button.isEnabled()
    assert panel.editor.draft_banner.isVisible()
    row = panel.account_combo.findData(NORDLICHT)
    assert panel.account_combo.itemText(row).endswith(UNSAVED_MARK)

    # The draft reaches the disk without any explicit save.
    profile = ctx.profile
    assert profile is not None
    path = Path(ctx.accounts.data_dir) / "branding-drafts" / profile.id / f"{NORDLICHT}.json"
    qtbot.waitUntil(path.exists, timeout=5_000)
    assert json.loads(path.read_text())["primary_color"] == "#123456"


def test_colour_picker_previews_and_cancel_restores(panel: BrandingPanel, qtbot: Any) -> None:
    pick(qtbot, panel.account_combo, SAKURA)
    field = panel.editor.accent
    field.open_picker()
    dialog = field.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setCurrentColor("#004488")
    assert field.text == "#004488"
    assert panel.page is not None and panel.page.accent == "#004488"
    dialog.reject()
    assert field.text == "#fff8f0"
    assert panel.page.accent == "#fff8f0"
    assert panel.drafts.get(SAKURA) is None


def test_save_uploads_the_icon_and_saves_branding(
    panel: BrandingPanel, qtbot: Any, demo: SandboxServer, ctx: AppContext, tmp_path: Path
) -> None:
    pick(qtbot, panel.account_combo, NORDLICHT)
    old_icon = branding_on_stripe(demo, NORDLICHT)["icon"]
    icon = tmp_path / "nordlicht-new.png"
    icon.write_bytes(icon_png("#123456", "#ffffff", 512))
    assert panel.load_image("icon", str(icon))
    type_into(qtbot, panel.editor.brand.entry, "#123456")
    assert panel.page is not None and panel.page.icon and panel.page.icon.startswith("draft:")
    assert "new, not uploaded yet" in panel.editor.icon.info.text()

    with qtbot.waitSignal(panel.saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [NORDLICHT]

    branding = branding_on_stripe(demo, NORDLICHT)
    assert branding["primary_color"] == "#123456"
    assert branding["icon"] != old_icon
    client = make_client(demo)
    uploaded = client.v1.files.retrieve(branding["icon"], options={"stripe_account": NORDLICHT})
    assert uploaded.purpose == "business_icon" and uploaded.filename == "nordlicht-new.png"
    # The cache has the new branding, the draft is gone, the preview shows Stripe's file.
    session = ctx.session
    assert session is not None and session.cache is not None
    cached = repository.connected_account(session.cache.connect(), NORDLICHT)
    assert cached is not None and cached.branding.primary_color == "#123456"
    assert panel.drafts.get(NORDLICHT) is None
    assert not panel.editor.draft_banner.isVisible()
    assert "Saved to Stripe" in panel.editor.status.text()
    assert panel.page.icon == branding["icon"]
    qtbot.waitUntil(lambda: panel.images.image(branding["icon"]) is not None, timeout=TIMEOUT)


def test_bad_files_are_refused_before_any_upload(
    panel: BrandingPanel, qtbot: Any, demo: SandboxServer, tmp_path: Path
) -> None:
    pick(qtbot, panel.account_combo, NORDLICHT)
    before = file_count(demo, NORDLICHT)
    wide = tmp_path / "wide.png"
    wide.write_bytes(png(300, 150, [b"\x00\x00\x00" * 300] * 150))
    assert not panel.load_image("icon", str(wide))
    assert "square" in panel.editor.icon.error.text()
    tiny = tmp_path / "tiny.png"
    tiny.write_bytes(png(64, 64, [b"\x00\x00\x00" * 64] * 64))
    assert not panel.load_image("logo", str(tiny))
    assert "128×128" in panel.editor.logo.error.text()
    big = tmp_path / "big.png"
    big.write_bytes(icon_png("#000000", "#ffffff", 128) + b"\0" * (600 * 1024))
    assert not panel.load_image("icon", str(big))
    assert "512 KB" in panel.editor.icon.error.text()
    assert not panel.load_image("icon", str(tmp_path / "missing.png"))
    assert panel.drafts.get(NORDLICHT) is None
    assert file_count(demo, NORDLICHT) == before


def test_platform_is_a_what_if_with_contrast_help(
    panel: BrandingPanel, qtbot: Any, demo: SandboxServer
) -> None:
    editor = panel.editor
    assert editor.mode.text() == "What-if"
    assert not editor.save_button.isVisible()
    assert "Settings → Branding" in editor.where.text()
    assert "dashboard.stripe.com/settings/branding" in editor.where.text()

    type_into(qtbot, editor.brand.entry, "#ff7a00")
    assert panel.page is not None and panel.page.primary == "#ff7a00"
    check = editor.checks.buttons.check
    assert check is not None and not check.passes and check.ratio_text == "2.61:1"
    assert editor.checks.failing == ["button_text"]
    assert editor.checks.buttons.use_button.isVisible()
    qtbot.mouseClick(editor.checks.buttons.use_button, Qt.MouseButton.LeftButton)
    assert editor.brand.text == check.suggestion
    assert editor.checks.failing == []
    assert panel.page.primary == check.suggestion

    qtbot.keyClick(editor.brand.entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    ctx_runner = panel.ctx.runner
    ctx_runner.wait_idle(5)
    assert branding_on_stripe(demo, PLATFORM)["primary_color"] == "#635bff"  # nothing sent
    assert "What-if" in editor.draft_banner.message.text()


def test_full_dashboard_account_is_a_what_if(
    panel: BrandingPanel, qtbot: Any, demo: SandboxServer
) -> None:
    pick(qtbot, panel.account_combo, RIVERA)
    assert panel.editor.mode.text() == "What-if"
    assert "full Stripe Dashboard" in panel.editor.where.text()
    # Rivera's cream accent colour makes unreadable links: flagged with a fix.
    assert panel.editor.checks.failing == ["links"]
    type_into(qtbot, panel.editor.accent.entry, "#0e7c86")
    assert panel.editor.checks.failing == []
    panel.save()
    assert branding_on_stripe(demo, RIVERA)["secondary_color"] == "#f4f1ea"


def test_failed_save_keeps_the_draft_and_shows_stripes_message(
    panel: BrandingPanel, qtbot: Any, demo: SandboxServer
) -> None:
    pick(qtbot, panel.account_combo, SAKURA)
    type_into(qtbot, panel.editor.brand.entry, "#aa0000")
    demo.faults.error_rate = 1.0
    try:
        with qtbot.waitSignal(panel.save_failed, timeout=TIMEOUT) as failed:
            qtbot.keyClick(
                panel.editor.brand.entry, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
            )
    finally:
        demo.faults.error_rate = 0.0
    error = failed.args[0]
    assert error.request_id and error.request_id.startswith("req_")
    assert panel.editor.error.isVisible()
    assert error.request_id in panel.editor.error.request_label.text()
    draft = panel.drafts.get(SAKURA)
    assert draft is not None and draft.primary_color == "#aa0000"
    assert panel.editor.brand.text == "#aa0000"
    assert panel.editor.save_button.isEnabled()

    with qtbot.waitSignal(panel.saved, timeout=TIMEOUT):
        qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
    assert branding_on_stripe(demo, SAKURA)["primary_color"] == "#aa0000"


def test_drafts_survive_reopening_and_can_be_discarded(
    panel: BrandingPanel, qtbot: Any, ctx: AppContext
) -> None:
    pick(qtbot, panel.account_combo, SAKURA)
    type_into(qtbot, panel.editor.brand.entry, "#336699")
    pick(qtbot, panel.account_combo, NORDLICHT)  # switching keeps the draft
    assert panel.drafts.get(SAKURA) is not None
    panel.close()  # hiding writes pending drafts

    again = new_panel(ctx, qtbot)
    row = again.account_combo.findData(SAKURA)
    assert again.account_combo.itemText(row).endswith(UNSAVED_MARK)
    pick(qtbot, again.account_combo, SAKURA)
    assert again.editor.brand.text == "#336699"
    assert again.page is not None and again.page.primary == "#336699"
    assert again.editor.draft_banner.isVisible()

    banner = again.editor.draft_banner
    qtbot.mouseClick(banner.discard_button, Qt.MouseButton.LeftButton)
    assert banner.confirm_button.isVisible()  # asks first
    qtbot.mouseClick(banner.keep_button, Qt.MouseButton.LeftButton)
    assert again.drafts.get(SAKURA) is not None
    qtbot.mouseClick(banner.discard_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(banner.confirm_button, Qt.MouseButton.LeftButton)
    assert again.drafts.get(SAKURA) is None
    assert again.page.primary == "#c2185b"
    assert not again.account_combo.itemText(row).endswith(UNSAVED_MARK)


def test_export_png_is_written_atomically(panel: BrandingPanel, qtbot: Any, tmp_path: Path) -> None:
    pick(qtbot, panel.account_combo, NORDLICHT)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "preview.png"
    with qtbot.waitSignal(panel.exported, timeout=TIMEOUT):
        panel.export_png(str(target))
    image = QImage(str(target))
    assert image.width() == 2400  # twice the page's width: sharp on any screen
    assert panel.page is not None
    _, painted = render_image(panel.page, panel.images)
    rect = painted.buttons["add_payment_method"]
    at = QPointF(rect.left() + 5, rect.center().y()) * 2
    assert image.pixelColor(round(at.x()), round(at.y())).name() == "#1d3557"
    assert [p.name for p in out.iterdir()] == ["preview.png"]  # no temporary left

    with qtbot.waitSignal(panel.export_failed, timeout=TIMEOUT):
        panel.export_png(str(out / "no-such-dir" / "x.png"))
    assert [p.name for p in out.iterdir()] == ["preview.png"]


# -- the grid --------------------------------------------------------------------------------------
def test_grid_shows_every_account_and_flags_what_is_missing(
    panel: BrandingPanel, qtbot: Any
) -> None:
    model = panel.grid_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.tabs.setCurrentIndex(1)
    assert model.rowCount() == 4
    items = {item.account.key: item for item in model.items}
    assert items[PLATFORM].flags == [] and items[NORDLICHT].flags == []
    assert items[RIVERA].flags == ["icon"] and items[SAKURA].flags == ["icon"]
    assert items[NORDLICHT].mix is not None and items[NORDLICHT].mix.direct > 0
    tooltip = model.data(model.index(model.row_of(RIVERA)), Qt.ItemDataRole.ToolTipRole)
    assert "No icon" in tooltip and "Full Dashboard" in tooltip
    panel.grid.setFocus()
    panel.grid.setCurrentIndex(model.index(model.row_of(SAKURA)))
    qtbot.keyClick(panel.grid.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.tabs.currentIndex() == 0, timeout=5_000)
    assert panel.account_key == SAKURA and panel.charge is ChargeType.DIRECT
    assert panel.page is not None and panel.page.business_name == "Sakura Tea House"


def test_grid_fetches_accounts_page_by_page(
    panel: BrandingPanel, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(grid_module, "PAGE_SIZE", 2)
    session = ctx.session
    assert session is not None
    model = grid_module.AccountsGridModel()  # no view: nothing fetches but this test
    model.reset(session.cache, panel.platform, [], None, panel.mix)
    assert model.total == 4 and model.rowCount() == 1  # the platform, nothing fetched yet
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 4 and not model.canFetchMore()
    assert [item.account.name for item in model.items][1:] == [
        "Nordlicht Design",
        "Rivera Yoga Studio",
        "Sakura Tea House",
    ]
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


# -- live mode ----------------------------------------------------------------------------------
def test_live_mode_asks_before_saving(
    demo: SandboxServer, qtbot: Any, tmp_path: Path, qapp: Any
) -> None:
    demo.register_key(LIVE_KEY, livemode=True)
    asked: list[dict[str, Any]] = []
    answer = {"ok": False}

    def confirmer(parent: Any, **kwargs: Any) -> bool:
        asked.append(kwargs)
        return answer["ok"]

    context = make_ctx(tmp_path, confirmer=confirmer)
    try:
        open_profile(context, demo, qtbot, key=LIVE_KEY)
        panel = new_panel(context, qtbot)
        assert panel.page is not None and panel.page.test_mode is None  # no "Test mode" badge
        pick(qtbot, panel.account_combo, SAKURA)
        type_into(qtbot, panel.editor.brand.entry, "#224466")
        qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
        context.runner.wait_idle(5)
        assert len(asked) == 1
        assert "Sakura Tea House" in asked[0]["action"]
        assert branding_on_stripe(demo, SAKURA)["primary_color"] == "#c2185b"
        assert panel.drafts.get(SAKURA) is not None  # declined: the draft stays

        answer["ok"] = True
        with qtbot.waitSignal(panel.saved, timeout=TIMEOUT):
            qtbot.mouseClick(panel.editor.save_button, Qt.MouseButton.LeftButton)
        assert branding_on_stripe(demo, SAKURA)["primary_color"] == "#224466"
    finally:
        context.shutdown()


def test_no_profile_shows_a_calm_placeholder(ctx: AppContext, qtbot: Any) -> None:
    panel = BrandingPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.page is None
    assert "Open a Stripe account" in panel.preview.placeholder
    assert not panel.export_button.isEnabled()
    panel.save()  # nothing to save, nothing breaks
    panel.activate()
    assert not panel.editor.isEnabled()
    assert panel.account_combo.count() == 0
