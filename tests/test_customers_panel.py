"""The Customers panel driven like an agent would: type, arrow, Enter, open the portal, Escape.

Real sandbox over HTTP, a real cache filled by the real sync, the real task runner."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.backends.fail
import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester

from desktop.app import build_context
from desktop.context import AppContext
from desktop.main_window import MainWindow
from desktop.settings import Settings
from services.cache import Cache, Store
from services.credentials import SecretStore
from services.customers.search import Cursor, Hit, Outline, Page, search_page, search_rows
from services.sandbox.server import SandboxServer
from tests.test_cache_objects import customer
from tests.test_customers_world import World, build_world
from widgets.customers.panel import CustomersPanel
from widgets.customers.portal_dialog import PortalDialog
from widgets.customers.results import HitDelegate, ResultsModel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
WAIT = 30_000


class UrlCatcher(QObject):
    """Receives the URLs QDesktopServices would hand to the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "handle")
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    yield catcher
    QDesktopServices.unsetUrlHandler("http")
    QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def world(sandbox: SandboxServer) -> World:
    return build_world(sandbox)


def make_ctx(tmp_path: Path, confirmer: Any = None) -> AppContext:
    kwargs = {"confirmer": confirmer} if confirmer is not None else {}
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


def open_synced(ctx: AppContext, qtbot: Any, srv: SandboxServer, key: str | None = None) -> None:
    profile = ctx.accounts.add_ephemeral_account(
        key or srv.api_key, api_base=srv.url, display_name="Sandbox"
    )
    ctx.profiles_changed.emit()
    with qtbot.waitSignal(ctx.sync_finished, timeout=WAIT):
        ctx.switch_profile(profile.id)


@pytest.fixture
def window(ctx: AppContext, qtbot: Any, world: World, sandbox: SandboxServer) -> MainWindow:
    open_synced(ctx, qtbot, sandbox)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    return win


def customers_panel(win: MainWindow, qtbot: Any) -> CustomersPanel:
    win.show_panel("customers")
    panel = win.panel_widget("customers")
    assert isinstance(panel, CustomersPanel)
    win.ctx.runner.wait_idle(WAIT / 1000)
    return panel


def type_search(panel: CustomersPanel, qtbot: Any, text: str) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=WAIT):
        panel.search.clear()
        qtbot.keyClicks(panel.search, text)
    panel.ctx.runner.wait_idle(WAIT / 1000)


def open_first(panel: CustomersPanel, qtbot: Any) -> None:
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.detail.detail is not None, timeout=WAIT)
    panel.ctx.runner.wait_idle(WAIT / 1000)


def click_in_view(qtbot: Any, scroll: Any, button: Any) -> None:
    """Scroll ``button`` into view (once the layout settled) and click it with the mouse."""
    from PySide6.QtWidgets import QApplication

    def on_screen() -> bool:
        QApplication.processEvents()
        scroll.ensureWidgetVisible(button)
        QApplication.processEvents()
        return QApplication.widgetAt(button.mapToGlobal(button.rect().center())) is button

    qtbot.waitUntil(on_screen, timeout=WAIT)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dialog_of(panel: CustomersPanel, qtbot: Any) -> PortalDialog:
    qtbot.waitUntil(lambda: panel.dialog is not None, timeout=WAIT)
    dialog = panel.dialog
    assert dialog is not None
    panel.ctx.runner.wait_idle(WAIT / 1000)
    return dialog


# -- the lazy model ---------------------------------------------------------------------------
def test_results_model_under_the_model_tester(qtbot: Any, tmp_path: Path) -> None:
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        store = Store(cache.connect())
        people = [customer(name=f"Tester {i:03d}", email=f"t{i}@example.com") for i in range(230)]
        store.upsert("customer", people, source_ts=1)
        conn = cache.connect()
        model = ResultsModel()
        tester = QAbstractItemModelTester(
            model, QAbstractItemModelTester.FailureReportingMode.Fatal
        )
        asked: list[tuple[Cursor | None, int]] = []

        def loader(cursor: Cursor | None, count: int, deliver: Any) -> None:  # answers later
            asked.append((cursor, count))
            page = search_rows(conn, "tester", cursor=cursor, count=count)
            QTimer.singleShot(5, lambda: deliver(page))

        first = search_page(conn, "tester", limit=50)
        model.set_results(first.hits, first.cursor, loader)
        qtbot.waitUntil(lambda: not model.loading, timeout=WAIT)
        while model.canFetchMore() or model.loading:
            if not model.loading:
                model.fetchMore()
                assert model.loading and not model.canFetchMore()  # one page at a time
            qtbot.wait(10)
        # The first block (200 rows) is filled up, then the next one is started.
        assert model.rowCount() == 230 and [n for _, n in asked] == [150, 200]
        assert len({h.id for h in model.hits}) == 230
        # A page that arrives after a new search is dropped.
        model.set_results(first.hits, first.cursor, loader)
        model.fetchMore()
        model.set_results([], None, None)
        qtbot.wait(50)
        assert model.rowCount() == 0 and not model.canFetchMore()
        del tester


class FakeResults:
    """A result list of ``n`` customers served like the panel's loaders, except that answers
    wait in :attr:`waiting` until :meth:`flush` (so a test decides when they arrive)."""

    def __init__(self, n: int) -> None:
        self.hits = [
            Hit(i + 1, f"cus_F{i:06d}", "", f"Row {i}", None, None, None, i, "name")
            for i in range(n)
        ]
        self.asked: list[tuple[Cursor | None, int]] = []
        self.waiting: list[Any] = []

    def page(self, cursor: Cursor | None, count: int) -> Page:
        start = int(cursor.key[0]) if cursor is not None else 0
        rows = self.hits[start : start + count]
        end = start + len(rows)
        return Page(rows, Cursor("fake", (end,)) if end < len(self.hits) else None)

    def loader(self, cursor: Cursor | None, count: int, deliver: Any) -> None:
        self.asked.append((cursor, count))
        self.waiting.append(lambda: deliver(self.page(cursor, count)))

    def outliner(self, block: int) -> Any:
        n = len(self.hits)
        starts: list[Cursor | None] = [None]
        starts += [Cursor("fake", (b * block,)) for b in range(1, (n + block - 1) // block)]

        def outline(deliver: Any) -> None:
            self.waiting.append(lambda: deliver(Outline(n, starts, block)))

        return outline

    def flush(self) -> None:
        while self.waiting:
            answers, self.waiting = self.waiting, []
            for answer in answers:
                answer()


def test_results_model_forgets_blocks_and_reads_them_again(qtbot: Any) -> None:
    """However far the list is scrolled, a few blocks stay in memory; a forgotten row is a
    placeholder ("Loading…") until its block, read again from its cursor, arrives."""
    rows = FakeResults(1000)
    model = ResultsModel(block=50, keep_blocks=3)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    first = rows.page(None, 20)
    model.set_results(first.hits, first.cursor, rows.loader)
    while model.canFetchMore() or model.loading:  # (the model tester fetches more too)
        if not model.loading:
            model.fetchMore()
            assert model.loading and not model.canFetchMore()
        rows.flush()
    assert model.rowCount() == 1000 and not model.loading
    assert [n for _, n in rows.asked[:3]] == [30, 50, 50]  # fills block 0, then whole blocks
    assert len(model.kept_blocks) <= 3
    rows.flush()  # whatever the model tester's look at the rows asked for
    rows.asked.clear()
    forgotten = next(b for b in range(20) if b not in model.kept_blocks)
    row = forgotten * 50 + 7
    assert model.hit(row) is None
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == "Loading…"
    assert rows.asked == []  # asking never reads: the request leaves from the event loop
    qtbot.waitUntil(lambda: bool(rows.waiting), timeout=WAIT)
    start = None if forgotten == 0 else Cursor("fake", (forgotten * 50,))
    assert rows.asked[0] == (start, 50)  # read again from its own cursor, first
    with qtbot.waitSignal(model.dataChanged, timeout=WAIT) as changed:
        rows.flush()
    assert [i.row() for i in changed.args[:2]] == [forgotten * 50, forgotten * 50 + 49]
    assert model.hit(row) == rows.hits[row]
    assert len(model.kept_blocks) <= 3
    # Every row of the list, visited again: memory stays bounded.
    for r in range(0, 1000, 50):
        if model.hit(r) is None:
            qtbot.waitUntil(lambda: bool(rows.waiting), timeout=WAIT)
            rows.flush()
        assert model.hit(r) == rows.hits[r]
        assert len(model.kept_blocks) <= 3
    del tester


def test_results_model_drops_blocks_that_arrive_after_a_new_search(qtbot: Any) -> None:
    rows = FakeResults(600)
    model = ResultsModel(block=50, keep_blocks=2)
    first = rows.page(None, 50)
    model.set_results(first.hits, first.cursor, rows.loader)
    while model.canFetchMore():
        model.fetchMore()
        rows.flush()
    rows.flush()
    assert model.hit(10) is None  # forgotten
    qtbot.waitUntil(lambda: bool(rows.waiting), timeout=WAIT)
    model.fetchMore()  # nothing more to fetch: no-op
    other = [rows.hits[5]]
    model.set_results(other, None, None)  # a new search before the old block arrived
    changed: list[Any] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    rows.flush()
    assert changed == [] and model.rowCount() == 1 and model.hit(0) == rows.hits[5]
    assert model.kept_blocks == [0] and not model.busy


def test_results_model_maps_the_whole_list_when_browsing(qtbot: Any) -> None:
    """The empty search: the first fetchMore asks for the outline; then every row is there
    (placeholders until read) and any block is read directly, from its own cursor."""
    rows = FakeResults(1234)
    model = ResultsModel(block=100, keep_blocks=4)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    first = rows.page(None, 50)
    model.set_results(first.hits, first.cursor, rows.loader, rows.outliner(100))
    assert model.rowCount() == 50 and not model.mapped
    with qtbot.waitSignal(model.outlined, timeout=WAIT):
        model.fetchMore()  # (unless the model tester did already)
        rows.flush()  # the outline first, then the rows the fetch asked for (not needed now)
    assert model.mapped and model.rowCount() == 1234 and not model.canFetchMore()
    rows.flush()
    rows.asked.clear()
    assert model.hit(1233) is None
    qtbot.waitUntil(lambda: bool(rows.waiting), timeout=WAIT)
    rows.flush()
    assert rows.asked[0] == (Cursor("fake", (1200,)), 34)
    assert model.hit(1233) == rows.hits[1233] and model.hit(1200) == rows.hits[1200]
    for r in range(0, 1234, 37):
        if model.hit(r) is None:
            qtbot.waitUntil(lambda: bool(rows.waiting), timeout=WAIT)
            rows.flush()
        assert model.hit(r) == rows.hits[r]
    assert len(model.kept_blocks) <= 4
    # The delegate paints a placeholder for a row not read yet (and asks for it).
    model.set_results(first.hits, first.cursor, rows.loader, rows.outliner(100))
    model.fetchMore()
    rows.flush()
    delegate = HitDelegate(model)
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    image = QImage(300, 60, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = image.rect()  # type: ignore[attr-defined]
    delegate.paint(painter, option, model.index(700, 0))
    painter.end()
    qtbot.waitUntil(lambda: bool(rows.waiting), timeout=WAIT)
    rows.flush()
    assert model.hit(700) == rows.hits[700]
    del tester


def test_scrolling_fetches_more_pages(window: MainWindow, qtbot: Any, world: World) -> None:
    session = window.ctx.session
    assert session is not None and session.cache is not None
    Store(session.cache.connect()).upsert(
        "customer", [customer(name=f"Scroller {i}") for i in range(140)], source_ts=1
    )
    panel = customers_panel(window, qtbot)
    type_search(panel, qtbot, "scroller")
    assert panel.model.rowCount() == 50 and panel.model.canFetchMore()
    panel.list.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 50, timeout=WAIT)
    while panel.model.canFetchMore() or panel.model.loading:
        panel.list.scrollToBottom()
        qtbot.wait(20)
    assert panel.model.rowCount() == 140
    # The empty search lists everyone; once scrolled, the whole list is mapped and its last
    # row is read when the list gets there.
    conn = session.cache.connect()
    everyone = int(conn.execute("SELECT count(*) FROM customers WHERE deleted = 0").fetchone()[0])
    last = conn.execute(
        "SELECT id FROM customers WHERE deleted = 0 ORDER BY created, rid LIMIT 1"
    ).fetchone()[0]
    type_search(panel, qtbot, "")
    assert panel.model.rowCount() == 50 and panel.model.canFetchMore()
    panel.list.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.mapped, timeout=WAIT)
    assert panel.model.rowCount() == everyone
    panel.list.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.hit(everyone - 1) is not None, timeout=WAIT)
    oldest = panel.model.hit(everyone - 1)
    assert oldest is not None and oldest.id == last


# -- lookup → detail → portal -------------------------------------------------------------------
def test_lookup_detail_and_open_the_portal(
    window: MainWindow, qtbot: Any, world: World, sandbox: SandboxServer, browser: UrlCatcher
) -> None:
    panel = customers_panel(window, qtbot)
    assert panel.model.rowCount() > 0  # newest customers before anything is typed
    type_search(panel, qtbot, "card hol")
    assert panel.model.hit(0) is not None and panel.model.hit(0).name == "Card Holder"
    open_first(panel, qtbot)
    detail = panel.detail.detail
    assert detail is not None and detail.id == world.customers["card"]
    assert detail.payment_methods_fetched and detail.payment_methods  # fetched on open
    assert detail.tax_ids == []
    cards = {c.sub["id"]: c for c in panel.detail.cards}
    baseline = cards[world.subs["baseline"]]
    several = cards[world.subs["several_products"]]
    assert baseline.cancel_button is not None and baseline.cancel_button.isEnabled()
    assert several.update_button is not None and not several.update_button.isEnabled()
    assert "several products" in several.update_button.toolTip()
    destination = cards[world.subs["destination"]]
    facts = " ".join(lbl.text() for lbl in destination.findChildren(type(panel.status_label)))
    assert "Destination charge" in facts and world.account in facts
    paused = cards[world.subs["paused_collection"]]
    paused_text = " ".join(lbl.text() for lbl in paused.findChildren(type(panel.status_label)))
    assert "Payment collection paused" in paused_text and "stays active" in paused_text

    click_in_view(qtbot, panel.detail.scroll_area, baseline.cancel_button)
    dialog = dialog_of(panel, qtbot)
    assert dialog.flow() == "subscription_cancel"
    assert dialog.sub_combo.currentData() == world.subs["baseline"]
    assert dialog.config_combo.currentData() == world.configs["full"]  # the default
    dialog.coupon_edit.setText(world.coupon)
    dialog.after_combo.setCurrentIndex(dialog.after_combo.findData("hosted_confirmation"))
    dialog.message_edit.setPlainText("See you soon")
    dialog.locale_combo.setCurrentIndex(dialog.locale_combo.findData("it"))
    with qtbot.waitSignal(dialog.session_created, timeout=WAIT) as created:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    session = created.args[0]
    stored = sandbox.state.get(session.id, "")
    assert stored["locale"] == "it"
    assert stored["flow"]["subscription_cancel"]["retention"]["coupon_offer"]["coupon"] == (
        world.coupon
    )
    assert stored["flow"]["after_completion"]["hosted_confirmation"]["custom_message"] == (
        "See you soon"
    )
    assert dialog.result_box.isVisible()
    assert re.search(r"Valid for (5:00|4:5\d) if unused", dialog.countdown_label.text())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert browser.urls == [session.url]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == session.url
    # The countdown runs out: the link is gone, from the clipboard too.
    session.received_at -= 301
    dialog._tick()
    assert not dialog.open_button.isEnabled() and "expired" in dialog.countdown_label.text()
    assert QGuiApplication.clipboard().text() == "" and session.url == ""
    dialog.reject()
    window.ctx.runner.wait_idle(WAIT / 1000)
    # The audit trail shows up in the detail, without any URL.
    audit_text = " ".join(lbl.text() for lbl in panel.detail.findChildren(type(panel.status_label)))
    assert "Cancel a subscription" in audit_text


@pytest.mark.parametrize(
    "flow",
    ["", "payment_method_update", "subscription_update", "subscription_update_confirm"],
)
def test_every_flow_from_the_dialog_reaches_the_sandbox(
    window: MainWindow, qtbot: Any, world: World, sandbox: SandboxServer, flow: str
) -> None:
    panel = customers_panel(window, qtbot)
    type_search(panel, qtbot, "card holder")
    open_first(panel, qtbot)
    qtbot.keyClick(panel.detail, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = dialog_of(panel, qtbot)
    dialog.sub_combo.setCurrentIndex(dialog.sub_combo.findData(world.subs["baseline"]))
    dialog.flow_buttons[flow].setChecked(True)
    dialog.return_edit.setText("https://example.com/return")
    if flow == "payment_method_update":
        dialog.after_combo.setCurrentIndex(dialog.after_combo.findData("redirect"))
        dialog.redirect_edit.setText("https://example.com/done")
    if flow == "subscription_update_confirm":
        dialog.price_combo.setCurrentIndex(dialog.price_combo.findData(world.prices["pro_y"]))
        dialog.quantity_spin.setValue(4)
    with qtbot.waitSignal(dialog.session_created, timeout=WAIT) as created:
        dialog.create_button.click()
    stored = sandbox.state.get(created.args[0].id, "")
    assert stored["return_url"] == "https://example.com/return"
    if not flow:
        assert stored["flow"] is None
        return
    assert stored["flow"]["type"] == flow
    if flow == "payment_method_update":
        assert stored["flow"]["after_completion"]["redirect"]["return_url"] == (
            "https://example.com/done"
        )
    if flow == "subscription_update":
        assert stored["flow"]["subscription_update"]["subscription"] == world.subs["baseline"]
    if flow == "subscription_update_confirm":
        [item] = stored["flow"]["subscription_update_confirm"]["items"]
        assert item["price"] == world.prices["pro_y"] and item["quantity"] == 4
    dialog.reject()


def test_ineligible_flows_are_disabled_with_the_reason(
    window: MainWindow, qtbot: Any, world: World
) -> None:
    panel = customers_panel(window, qtbot)
    type_search(panel, qtbot, "card holder")
    open_first(panel, qtbot)
    panel.open_portal()
    dialog = dialog_of(panel, qtbot)
    dialog.sub_combo.setCurrentIndex(dialog.sub_combo.findData(world.subs["several_products"]))
    assert not dialog.flow_buttons["subscription_update"].isEnabled()
    assert "several products" in dialog.flow_reasons["subscription_update"].text()
    assert dialog.flow_buttons["subscription_cancel"].isEnabled()
    dialog.sub_combo.setCurrentIndex(dialog.sub_combo.findData(world.subs["schedule"]))
    assert not dialog.flow_buttons["subscription_cancel"].isEnabled()
    assert "schedule" in dialog.flow_reasons["subscription_cancel"].text()
    # Another configuration changes the answer: this one offers no changes at all.
    dialog.sub_combo.setCurrentIndex(dialog.sub_combo.findData(world.subs["baseline"]))
    assert dialog.flow_buttons["subscription_update"].isEnabled()
    dialog.config_combo.setCurrentIndex(dialog.config_combo.findData(world.configs["cancel_only"]))
    assert not dialog.flow_buttons["subscription_update"].isEnabled()
    assert not dialog.flow_buttons["payment_method_update"].isEnabled()
    # The inactive configuration is listed but cannot be chosen.
    index = dialog.config_combo.findData(world.configs["inactive"])
    assert index >= 0 and "inactive" in dialog.config_combo.itemText(index)
    item = dialog.config_combo.model().item(index)  # type: ignore[attr-defined]
    assert not item.isEnabled()
    # A field problem is shown before anything is sent.
    dialog.config_combo.setCurrentIndex(dialog.config_combo.findData(world.configs["full"]))
    dialog.return_edit.setText("not a url")
    dialog.create_button.click()
    assert dialog.errors["return_url"].isVisible() and dialog.session is None
    dialog.reject()


def test_a_customer_without_subscriptions(window: MainWindow, qtbot: Any, world: World) -> None:
    panel = customers_panel(window, qtbot)
    type_search(panel, qtbot, "no subscriptions")
    open_first(panel, qtbot)
    assert panel.detail.cards == []
    panel.open_portal()
    dialog = dialog_of(panel, qtbot)
    for flow in ("subscription_cancel", "subscription_update", "subscription_update_confirm"):
        assert not dialog.flow_buttons[flow].isEnabled()
        assert "no subscription" in dialog.flow_reasons[flow].text()
    assert dialog.flow_buttons["payment_method_update"].isEnabled()
    dialog.reject()


def test_refusals_and_vanished_configurations(
    window: MainWindow, qtbot: Any, world: World, sandbox: SandboxServer
) -> None:
    # The baseline subscription is cancelled behind the cache's back: the dialog still
    # offers the flow, Stripe refuses, and its message and request id are shown.
    world.client.v1.subscriptions.cancel(world.subs["baseline"])
    session = window.ctx.session
    assert session is not None and session.cache is not None
    ghost = {**world.config("cancel_only"), "id": "bpc_Vanished000", "name": "Vanished"}
    Store(session.cache.connect()).upsert("billing_portal.configuration", [ghost], source_ts=1)
    panel = customers_panel(window, qtbot)
    type_search(panel, qtbot, "card holder")
    open_first(panel, qtbot)
    panel.open_portal("subscription_cancel", world.subs["baseline"])
    dialog = dialog_of(panel, qtbot)
    assert dialog.flow() == "subscription_cancel"
    with qtbot.waitSignal(window.ctx.runner.task_failed, timeout=WAIT):
        dialog.create_button.click()
    assert dialog.banner.isVisible() and "canceled" in dialog.banner.message_label.text()
    assert dialog.banner.request_label.text().startswith("Request ID: req_")
    assert dialog.flow() == "subscription_cancel"  # nothing the agent chose was lost
    # The configuration Stripe no longer has is marked and cannot be chosen.
    index = dialog.config_combo.findData("bpc_Vanished000")
    assert "no longer exists" in dialog.config_combo.itemText(index)
    dialog.reject()


def test_live_mode_asks_before_creating_a_session(
    tmp_path: Path, qtbot: Any, sandbox: SandboxServer, world: World
) -> None:
    asked: list[dict[str, Any]] = []

    def refuse(parent: Any, **kwargs: Any) -> bool:
        asked.append(kwargs)
        return False

    live_key = "sk_live_" + "L" * 24
    sandbox.register_key(live_key, livemode=True)
    context = make_ctx(tmp_path / "live", confirmer=refuse)
    try:
        open_synced(context, qtbot, sandbox, key=live_key)
        win = MainWindow(context)
        qtbot.addWidget(win)
        win.show()
        panel = customers_panel(win, qtbot)
        type_search(panel, qtbot, "card holder")
        open_first(panel, qtbot)
        panel.open_portal()
        dialog = dialog_of(panel, qtbot)
        dialog.create_button.click()
        assert asked and "Card Holder" in asked[0]["action"]
        context.runner.wait_idle(5)
        assert dialog.session is None and not dialog.result_box.isVisible()
        dialog.reject()
    finally:
        context.shutdown()


# -- keyboard ---------------------------------------------------------------------------------
def test_keyboard_first(window: MainWindow, qtbot: Any, world: World) -> None:
    panel = customers_panel(window, qtbot)
    window.show_panel("branding")
    assert not panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.search.hasFocus, timeout=WAIT)
    assert window.current_panel == "customers"
    type_search(panel, qtbot, "payer")
    assert panel.model.rowCount() == 2
    assert panel.list.currentIndex().row() == 0
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.list.currentIndex().row() == 1 and panel.search.hasFocus()
    second = panel.model.hit(1)
    assert second is not None
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: panel.detail.detail is not None and panel.detail.detail.id == second.id,
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: panel.detail.portal_button.hasFocus(), timeout=WAIT)
    qtbot.keyClick(panel.detail.portal_button, Qt.Key.Key_Escape)
    assert panel.search.hasFocus() and panel.search.selectedText() == "payer"
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""


# -- Stripe, sync, bad input ----------------------------------------------------------------------
def test_pasted_id_search_stripe_and_deleted_customers(
    window: MainWindow, qtbot: Any, world: World
) -> None:
    panel = customers_panel(window, qtbot)
    late = world.client.v1.customers.create({"name": "Late Arrival", "email": "late@x.example"})
    type_search(panel, qtbot, late.id)
    qtbot.waitUntil(lambda: panel.model.row_of(late.id, "") == 0, timeout=WAIT)  # fetched

    unsynced = world.client.v1.customers.create({"name": "Unsynced Quokka"})
    type_search(panel, qtbot, "quokka")
    assert panel.results_stack.currentIndex() == 1  # nothing local: the empty page
    assert "quokka" in panel.empty_label.text()
    with qtbot.waitSignal(panel.results_shown, timeout=WAIT):
        panel.empty_stripe.click()
    assert [h.id for h in panel.model.hits] == [unsynced.id]
    assert panel.model.hits[0].match == "stripe"

    type_search(panel, qtbot, "gone customer")
    open_first(panel, qtbot)
    world.client.v1.customers.delete(world.customers["gone"])
    window.activateWindow()
    panel.detail.refresh_button.setFocus()
    qtbot.waitUntil(panel.detail.refresh_button.hasFocus, timeout=WAIT)
    with qtbot.waitSignal(panel.detail_shown, timeout=WAIT):
        qtbot.keyClick(
            panel.detail.refresh_button, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
        )
    assert panel.detail.detail is not None and panel.detail.detail.deleted
    assert panel.detail.notice.isVisible() and not panel.detail.portal_button.isEnabled()
    window.ctx.runner.wait_idle(WAIT / 1000)
    type_search(panel, qtbot, world.customers["gone"])
    assert panel.model.hits[0].deleted  # found by id, marked deleted

    huge = "x" * 50_000 + ' 🙂 "OR" (*'
    type_search(panel, qtbot, huge[:2000])
    assert panel.banner.isHidden()


def test_results_update_while_a_sync_runs(
    window: MainWindow, qtbot: Any, world: World, sandbox: SandboxServer
) -> None:
    panel = customers_panel(window, qtbot)
    type_search(panel, qtbot, "card holder")
    open_first(panel, qtbot)
    assert panel.model.rowCount() == 1
    holder = world.customers["card"]
    for i in range(120):
        world.client.v1.customers.create({"name": f"Card Holder Newcomer {i:03d}"})
    sandbox.faults.latency_ms = 60  # a sync slow enough to watch
    seen_during_sync: list[int] = []

    def shown(rows: int) -> None:
        if window.sync_status.syncing:
            seen_during_sync.append(rows)

    panel.results_shown.connect(shown)
    with qtbot.waitSignal(window.ctx.sync_finished, timeout=WAIT * 2):
        window.ctx.start_sync(full=True)
    sandbox.faults.latency_ms = 0
    window.ctx.runner.wait_idle(WAIT / 1000)
    assert seen_during_sync, "the results did not refresh while the sync ran"
    assert panel.model.rowCount() == 50 and panel.model.canFetchMore()
    # The customer the agent was looking at stayed on screen and selected.
    assert panel.detail.detail is not None and panel.detail.detail.id == holder
    current = panel.model.hit(panel.list.currentIndex().row())
    assert current is not None and current.id == holder


# -- how a subscription reads ---------------------------------------------------------------------
def _card_text(card: Any) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in card.findChildren(QLabel))


def test_cards_word_every_kind_of_subscription(qtbot: Any, demo_sandbox: SandboxServer) -> None:
    """Demo subscriptions: status=paused and paused collection read differently; schedules
    and Connect charge types are named."""
    from services.customers.detail import CustomerDetail
    from services.gateway import StripeGateway
    from widgets.customers.cards import SubscriptionCard

    gateway = StripeGateway(demo_sandbox.api_key, demo_sandbox.url)
    subs = gateway.get_json("/v1/subscriptions", {"status": "all", "limit": 100})["data"]
    after = subs[-1]["id"]
    while len(subs) < 3000:
        page = gateway.get_json(
            "/v1/subscriptions", {"status": "all", "limit": 100, "starting_after": after}
        )
        subs += page["data"]
        if not page["has_more"]:
            break
        after = page["data"][-1]["id"]
    status_paused = next(s for s in subs if s["status"] == "paused")
    collection_paused = next(s for s in subs if s.get("pause_collection"))
    destination = next(s for s in subs if s.get("transfer_data"))
    accounts = gateway.get_json("/v1/accounts", {"limit": 10})["data"]
    detail = CustomerDetail("cus_x", "", accounts={a["id"]: "Acme" for a in accounts})

    def text(sub: dict[str, Any], account: str = "") -> str:
        detail.account = account
        card = SubscriptionCard(sub, detail, None, "Default")
        qtbot.addWidget(card)
        return _card_text(card)

    paused_text = text(status_paused)
    assert "Status paused: the trial ended without a payment method" in paused_text
    assert "Payment collection paused" not in paused_text
    collection_text = text(collection_paused)
    assert "Payment collection paused" in collection_text and "Status paused" not in collection_text
    dest = destination["transfer_data"]["destination"]
    assert f"Destination charge, paid out to Acme ({dest})" in text(destination)
    direct = text(status_paused, account=accounts[0]["id"])
    assert f"Direct charge on the connected account Acme ({accounts[0]['id']})" in direct
    scheduled = dict(status_paused, schedule="sub_sched_123", status="active")
    detail.schedules = {"sub_sched_123": {"phases": [{}, {}], "end_behavior": "release"}}
    assert "Managed by schedule sub_sched_123: 2 phase(s), then release" in text(scheduled)


def test_amounts_and_dates_follow_the_locale(qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from widgets.customers.texts import countdown, date, money

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert money(2900, "usd", us) == "$29.00"
    assert money(123456, "eur", de) == "1.234,56\xa0€"
    assert money(500, "jpy", us) == "¥500"  # zero-decimal currency
    assert money(1234, "kwd", us) == "KWD 1.234"  # three decimals
    assert money(None, "usd", us) == "—"
    assert date(1_700_000_000, de) == "14. Nov. 2023"  # German writes the day with a dot
    assert countdown(299.2) == "5:00" and countdown(61) == "1:01" and countdown(-3) == "0:00"
