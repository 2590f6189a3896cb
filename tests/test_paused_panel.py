"""The Paused collections panel, driven with pytest-qt against the sandbox over real HTTP and a
real cache: the view agrees with an independent computation, the two kinds never mix,
filters, totals and chart, laziness, empty states, the pause dialog (a past date refused
before anything is sent), bulk pause and resume with per-item results, live-mode
confirmation, copy and export."""

from __future__ import annotations

import csv
import io
import sqlite3
import time
from decimal import Decimal
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from desktop.app import build_context
from desktop.context import AppContext
from desktop.settings import Settings
from services.cache import Cache
from services.credentials import SecretStore
from services.paused import money
from services.paused.csvfile import HEADER, neutralise
from tests.benchmarks.bench_paused_export import generate
from tests.conftest import make_client
from tests.test_paused_support import sdk_paused, synced_cache
from widgets.paused_collections import PausedCollectionsPanel
from widgets.paused_collections import formatting as fmt
from widgets.paused_collections.batch_dialog import BatchDialog
from widgets.paused_collections.pause_dialog import PauseDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WAIT_MS = 60_000


class Confirmer:
    """Records live-write confirmations and answers ``answer``."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.calls: list[dict[str, object]] = []

    def __call__(self, parent: object, **kwargs: object) -> bool:
        self.calls.append(kwargs)
        return self.answer


@pytest.fixture(scope="module")
def demo_copy(demo_sandbox, tmp_path_factory) -> Path:
    """A synced cache of the demo (with pause dates looked up), as a standalone file."""
    folder = tmp_path_factory.mktemp("paused-panel")
    cache = synced_cache(make_client(demo_sandbox), folder / "live.sqlite3")
    target = folder / "copy.sqlite3"
    conn = cache.open_connection()
    conn.execute("VACUUM INTO ?", (str(target),))
    conn.close()
    cache.close()
    return target


@pytest.fixture(scope="module")
def demo_expected(demo_sandbox):
    client = make_client(demo_sandbox)
    return {kind: sdk_paused(client, kind) for kind in ("collection", "status")}


@pytest.fixture
def make_ctx(tmp_path, qapp):
    made: list[AppContext] = []

    def make(confirmer: Confirmer | None = None) -> AppContext:
        ctx = build_context(
            settings=Settings.at_path(str(tmp_path / f"settings{len(made)}.ini")),
            config_dir=tmp_path / "config",
            data_dir=tmp_path / "data",
            secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
            confirmer=confirmer or Confirmer(False),
        )
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.shutdown()


def open_panel(
    ctx: AppContext,
    qtbot,
    srv,
    *,
    key: str | None = None,
    cache_file: Path | None = None,
    name: str = "Sandbox",
    sync: bool = True,
) -> PausedCollectionsPanel:
    profile = ctx.accounts.add_ephemeral_account(
        key or srv.api_key, api_base=srv.url, display_name=name
    )
    if cache_file is not None:
        target = ctx.accounts.cache_path(profile.id)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(cache_file.read_bytes())
    panel = PausedCollectionsPanel(ctx)
    panel.auto_history = cache_file is None
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    signal = ctx.sync_finished if sync else ctx.profile_changed
    with qtbot.waitSignal(signal, timeout=WAIT_MS):
        ctx.switch_profile(profile.id, sync=sync)
    settle(ctx, qtbot)
    return panel


def settle(ctx: AppContext, qtbot) -> None:
    assert ctx.runner.wait_idle(60)
    qtbot.wait(20)
    assert ctx.runner.wait_idle(60)


def shown(panel: PausedCollectionsPanel, kind: str = "collection"):
    model = panel.pages[kind].model
    return [model.paused_row(i) for i in range(model.rowCount())]


def test_view_agrees_with_an_independent_computation(
    make_ctx, qtbot, demo_sandbox, demo_copy, demo_expected
):
    ctx = make_ctx()
    panel = open_panel(ctx, qtbot, demo_sandbox, cache_file=demo_copy)
    assert panel.stack.currentIndex() == panel.CONTENT
    for kind in ("collection", "status"):
        rows = shown(panel, kind)
        assert None not in rows
        want = demo_expected[kind]
        assert {(r.account, r.subscription_id) for r in rows} == set(want)
        for r in rows:
            w = want[(r.account, r.subscription_id)]
            assert (r.customer_name, r.customer_email, r.status) == (
                w.customer_name,
                w.customer_email,
                w.status,
            )
            assert (r.behavior, r.resumes_at, r.currency) == (w.behavior, w.resumes_at, w.currency)
            assert r.paused_since == w.paused_since
            if w.recurring_major is not None:
                assert money.major(r.amount_minor, r.currency) == w.recurring_major
    collection = {r.subscription_id for r in shown(panel, "collection")}
    status = {r.subscription_id for r in shown(panel, "status")}
    assert collection and status and not collection & status  # never mixed
    titles = [panel.tabs.tabText(i) for i in range(2)]
    assert f"({len(collection)})" in titles[0] and f"({len(status)})" in titles[1]

    # The cells say what the rows hold.
    model = panel.pages["collection"].model
    keys = [c.key for c in model.columns]
    for row in range(model.rowCount()):
        item = model.paused_row(row)
        text = model.index(row, keys.index("behavior")).data()
        assert text == fmt.behavior_name(item.behavior)
        resumes = model.index(row, keys.index("resumes")).data()
        assert (resumes == "Indefinitely") == (item.resumes_at is None)
        tip = model.index(row, keys.index("effect")).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == fmt.behavior_meaning(item.behavior)
    assert "status" not in [c.key for c in panel.pages["status"].model.columns[5:6]]
    assert "behavior" not in [c.key for c in panel.pages["status"].model.columns]


def test_models_pass_qts_model_tester(make_ctx, qtbot, demo_sandbox, demo_copy):
    ctx = make_ctx()
    panel = open_panel(ctx, qtbot, demo_sandbox, cache_file=demo_copy)
    for kind in ("collection", "status"):
        model = panel.pages[kind].model
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        model.set_ids(list(reversed(model.ids)))
        for row in range(min(5, model.rowCount())):
            for col in range(model.columnCount()):
                model.index(row, col).data()
                model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)


def test_filters_narrow_the_list_and_totals_follow(
    make_ctx, qtbot, demo_sandbox, demo_copy, demo_expected
):
    ctx = make_ctx()
    panel = open_panel(ctx, qtbot, demo_sandbox, cache_file=demo_copy)
    want = demo_expected["collection"]
    page = panel.pages["collection"]
    bar = page.filter_bar

    def ids() -> set[str]:
        return {r.subscription_id for r in shown(panel)}

    bar.behavior.setCurrentIndex(bar.behavior.findData("void"))
    settle(ctx, qtbot)
    assert ids() == {w.subscription_id for w in want.values() if w.behavior == "void"}
    bar.behavior.setCurrentIndex(0)
    account = sorted({w.account for w in want.values() if w.account})[0]
    bar.account.setCurrentIndex(bar.account.findData(account))
    settle(ctx, qtbot)
    assert ids() == {w.subscription_id for w in want.values() if w.account == account}
    bar.account.setCurrentIndex(bar.account.findData(""))
    settle(ctx, qtbot)
    assert ids() == {w.subscription_id for w in want.values() if not w.account}
    bar.account.setCurrentIndex(0)
    bar.currency.setCurrentIndex(bar.currency.findData("eur"))
    settle(ctx, qtbot)
    assert ids() == {w.subscription_id for w in want.values() if w.currency == "eur"}
    # Totals are per currency and match the rows shown.
    assert [row[0] for row in panel.totals.rows] == ["eur"]
    assert panel.totals.rows[0][1] == f"{len(ids())} subscriptions"
    bar.currency.setCurrentIndex(0)
    bar.resumes.setCurrentIndex(bar.resumes.findData("within"))
    bar.days.setValue(45)
    settle(ctx, qtbot)
    horizon = time.time() + 45 * 86_400
    assert ids() == {
        w.subscription_id
        for w in want.values()
        if w.resumes_at is not None and w.resumes_at <= horizon
    }
    bar.resumes.setCurrentIndex(bar.resumes.findData("indefinite"))
    settle(ctx, qtbot)
    assert ids() == {w.subscription_id for w in want.values() if w.resumes_at is None}
    some = next(w for w in want.values() if w.customer_email)
    bar.clear()
    bar.search.setText(some.customer_email)
    bar.flush()
    settle(ctx, qtbot)
    assert some.subscription_id in ids()
    bar.search.setText("no-such-customer-anywhere")
    bar.flush()
    settle(ctx, qtbot)
    assert ids() == set()
    assert page.stack.currentIndex() == page.EMPTY
    assert "matches these filters" in page.empty_title.text()
    page.empty_button.click()  # "Clear filters"
    settle(ctx, qtbot)
    assert ids() == {w.subscription_id for w in want.values()}


def test_totals_and_chart_add_up_per_currency(
    make_ctx, qtbot, demo_sandbox, demo_copy, demo_expected
):
    ctx = make_ctx()
    panel = open_panel(ctx, qtbot, demo_sandbox, cache_file=demo_copy)
    want = demo_expected["collection"]
    counts: dict[str, int] = {}
    for w in want.values():
        counts[w.currency] = counts.get(w.currency, 0) + 1
    assert {c: int(text.split()[0]) for c, text, _ in panel.totals.rows} == counts
    summary = panel.results["collection"].summary
    rows = shown(panel)
    for currency, total in summary.totals.items():
        monthly = sum(r.monthly_minor or 0 for r in rows if r.currency == currency)
        assert total.monthly_minor == monthly
        shown_text = next(t for c, _, t in panel.totals.rows if c == currency)
        assert fmt.format_money(monthly, currency) in shown_text
    # The chart shows the biggest currency first; its bars add up to that currency's total.
    top = summary.currencies_by_revenue()[0]
    assert panel.chart.chosen_currency() == top
    drawn = sum(sum(values) for values in panel.chart.bars.values())
    assert Decimal(str(round(drawn, 3))) == money.major(summary.totals[top].monthly_minor, top)
    assert set(panel.chart.bars) <= {"keep_as_draft", "mark_uncollectible", "void"}
    assert panel.chart.categories[-1] == "Indefinite"
    panel.chart.currency.setCurrentIndex(panel.chart.currency.findData("jpy"))
    drawn = sum(sum(values) for values in panel.chart.bars.values())
    assert drawn == float(money.major(summary.totals["jpy"].monthly_minor, "jpy"))


def test_export_from_the_panel_and_copy(
    make_ctx, qtbot, demo_sandbox, demo_copy, demo_expected, tmp_path
):
    ctx = make_ctx()
    panel = open_panel(ctx, qtbot, demo_sandbox, cache_file=demo_copy)
    out = tmp_path / "from-panel.csv"
    assert panel.start_export(out, bom=True)
    settle(ctx, qtbot)
    assert panel.last_export is not None and panel.last_export.rows == len(
        demo_expected["collection"]
    )
    assert f"Exported {panel.last_export.rows} subscriptions" in panel.notice.text()
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert {r["subscription_id"] for r in rows} == {
        w.subscription_id for w in demo_expected["collection"].values()
    }
    bad = tmp_path / "missing" / "x.csv"
    panel.start_export(bad)
    settle(ctx, qtbot)
    assert panel.banner.isVisible() and "does not exist" in panel.banner.message_label.text()

    table = panel.pages["collection"].table
    table.selectRow(0)
    table.setFocus()
    panel.copy_selected()
    copied = list(csv.reader(io.StringIO(QApplication.clipboard().text(), newline="")))
    first = panel.pages["collection"].model.paused_row(0)
    assert copied[0] == list(HEADER)
    assert copied[1][0] == first.subscription_id
    assert copied[1][4] == neutralise(first.customer_name or "")


def test_the_table_reads_only_what_it_shows(make_ctx, qtbot, demo_sandbox, tmp_path):
    source = tmp_path / "big.sqlite3"
    with Cache.open(source) as cache:
        generate(cache, 6_000, n_unpaused=0, n_status=0)
        cache.connect().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ctx = make_ctx()
    # No sync: the generated data is not the sandbox's (a sync would sweep it away).
    panel = open_panel(ctx, qtbot, demo_sandbox, cache_file=source, sync=False)
    model = panel.pages["collection"].model
    assert model.rowCount() == 6_000
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.reads <= 3  # a page or two, not thirty
    panel.pages["collection"].table.scrollToBottom()
    qtbot.wait(50)
    assert model.reads <= 6


def test_empty_states(make_ctx, qtbot, sandbox, tmp_path):
    ctx = make_ctx()
    panel = PausedCollectionsPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.stack.currentIndex() == panel.STATE
    assert panel.state_title.text() == "No account open"
    assert not panel.pause_button.isEnabled() and not panel.export_button.isEnabled()
    # Opened without a sync: nothing on this computer yet, and a way to fix that.
    panel = open_panel(ctx, qtbot, sandbox, sync=False)
    assert panel.stack.currentIndex() == panel.STATE
    assert panel.state_title.text() == "Not synced yet"
    assert panel.sync_button.isVisible()
    with qtbot.waitSignal(ctx.sync_finished, timeout=WAIT_MS):
        panel.sync_button.click()
    settle(ctx, qtbot)
    page = panel.pages["collection"]
    assert panel.stack.currentIndex() == panel.CONTENT
    assert page.stack.currentIndex() == page.EMPTY
    assert "No subscription has its collection paused" in page.empty_title.text()
    assert page.empty_button.text() == "Pause collection…"


def make_paused_world(client, n: int = 3):
    product = client.v1.products.create({"name": "Pro"})
    price = client.v1.prices.create(
        {
            "product": product.id,
            "currency": "usd",
            "unit_amount": 2900,
            "recurring": {"interval": "month"},
        }
    )
    subs = []
    for name in ["Ada Lovelace", "Bo Diddley", '=Cy, "the" Hacker'][:n]:
        customer = client.v1.customers.create({"name": name, "email": f"{name[:2]}@example.com"})
        subs.append(
            client.v1.subscriptions.create(
                {"customer": customer.id, "items": [{"price": price.id}]}
            ).id
        )
    return subs


def test_pause_then_resume_from_the_panel(make_ctx, qtbot, sandbox, stripe_client):
    subs = make_paused_world(stripe_client)
    ctx = make_ctx()
    panel = open_panel(ctx, qtbot, sandbox)
    dialog = panel.open_pause_dialog()
    assert isinstance(dialog, PauseDialog)
    settle(ctx, qtbot)
    assert dialog.picker is not None and dialog.picker.count() == 3
    for row in range(2):
        dialog.picker.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.behavior_buttons["mark_uncollectible"].setChecked(True)
    dialog.resume_check.setChecked(True)
    dialog.resume_date.setDate(QDate.currentDate().addDays(-1))
    dialog.ok_button.click()
    # Refused before anything is sent; everything entered is still there.
    assert dialog.isVisible()
    assert dialog.resume_error.isVisible() and "future" in dialog.resume_error.text()
    assert len(dialog.chosen()) == 2
    assert all(stripe_client.v1.subscriptions.retrieve(s).pause_collection is None for s in subs)
    assert dialog.ok_button.text() == "Pause 2 subscriptions"

    dialog.resume_date.setDate(QDate.currentDate().addDays(40))
    assert not dialog.resume_error.isVisible()
    chosen = {t.subscription_id for t in dialog.chosen()}
    dialog.ok_button.click()
    settle(ctx, qtbot)
    batch = panel.batch_dialog
    assert isinstance(batch, BatchDialog) and batch.batch_result is not None
    assert [i.outcome for i in batch.batch_result.items] == ["done", "done"]
    assert [batch.table.item(r, 3).text() for r in range(2)] == ["Paused", "Paused"]
    assert batch.summary.text() == "2 paused."
    for sid in chosen:
        pause = stripe_client.v1.subscriptions.retrieve(sid).pause_collection
        assert pause.behavior == "mark_uncollectible" and pause.resumes_at > time.time()
    assert {r.subscription_id for r in shown(panel)} == chosen  # the list refreshed
    batch.accept()

    table = panel.pages["collection"].table
    table.selectAll()
    assert panel.resume_button.isEnabled()
    panel.resume_selected()
    settle(ctx, qtbot)
    assert [i.outcome for i in panel.batch_dialog.batch_result.items] == ["done", "done"]
    assert all(stripe_client.v1.subscriptions.retrieve(s).pause_collection is None for s in chosen)
    assert shown(panel) == []


def test_live_mode_asks_first_naming_account_and_action(make_ctx, qtbot, sandbox):
    live_key = "sk_live_" + "x" * 24
    sandbox.register_key(live_key, livemode=True)
    live_client = make_client(sandbox, live_key)
    subs = make_paused_world(live_client, 2)
    confirmer = Confirmer(False)
    ctx = make_ctx(confirmer)
    panel = open_panel(ctx, qtbot, sandbox, key=live_key, name="Rocket Rides")
    assert ctx.profile.livemode
    from services.paused.actions import PauseChange, Target

    targets = [Target(s, "", "x", "active") for s in subs]
    assert panel.run_batch(targets, PauseChange("pause", "void")) is None
    assert len(confirmer.calls) == 1
    call = confirmer.calls[0]
    assert call["account_name"] == "Rocket Rides"
    assert call["account_id"] == ctx.profile.account_id
    assert "Pause collection" in str(call["action"]) and "2 subscription" in str(call["action"])
    assert all(live_client.v1.subscriptions.retrieve(s).pause_collection is None for s in subs)
    confirmer.answer = True
    dialog = panel.run_batch(targets, PauseChange("pause", "void"))
    settle(ctx, qtbot)
    assert dialog is not None and dialog.batch_result is not None
    assert all(live_client.v1.subscriptions.retrieve(s).pause_collection is not None for s in subs)


def test_connect_rules_are_shown_before_sending(make_ctx, qtbot, demo_sandbox, demo_copy):
    ctx = make_ctx()
    panel = open_panel(ctx, qtbot, demo_sandbox, cache_file=demo_copy)
    conn = sqlite3.connect(ctx.accounts.cache_path(ctx.profile.id))
    account_made = conn.execute(
        "SELECT id, account FROM subscriptions WHERE account <> '' AND pause_behavior IS NULL "
        "AND status = 'active' AND json_extract(raw, '$.application') IS NULL LIMIT 1"
    ).fetchone()
    conn.close()
    assert account_made is not None
    from services.paused.actions import Target

    target = Target(account_made[0], account_made[1], "Their customer", "active", None, False)
    dialog = panel.open_pause_dialog([target])
    assert dialog is not None
    assert dialog.skipped_label.isVisible()
    assert "created it itself" in dialog.skipped_label.text()
    dialog.ok_button.click()
    assert dialog.isVisible() and "None of these" in dialog.targets_error.text()
    dialog.reject()
