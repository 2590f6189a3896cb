"""Running a pause or resume over many subscriptions: progress, per-item results, cancel.

:class:`BatchDialog` lists every subscription of the batch and fills in each one's result
as it comes (paused / resumed, skipped with the reason, failed with Stripe's message and
request id, or not attempted after a cancel). The batch itself runs on the task runner
(:func:`services.paused.actions.run_batch`); *Stop* asks it to stop after the subscription
in flight (what was sent stays done), *Retry failed* sends the failed ones again (reusing the
idempotency key of each one whose answer was lost, so nothing is applied twice), *Copy
results* puts the table on the clipboard for a colleague or Stripe support.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.errors import UserFacingError
from services.paused.actions import (
    BatchProgress,
    BatchResult,
    ItemResult,
    PauseChange,
    Target,
    new_batch_id,
    run_batch,
)
from widgets.error_banner import ErrorBanner
from widgets.paused_collections import formatting as fmt
from widgets.style import ERROR_COLOR, WARNING_COLOR, scaled_font

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl

_OUTCOME_COLORS = {"failed": ERROR_COLOR, "skipped": WARNING_COLOR, "not_attempted": QColor("gray")}


class BatchDialog(QDialog):
    """Progress and results of one batch (and its retries).

    Signals:
        batch_finished(object) -- a BatchResult, after every batch (retries too).
    """

    batch_finished = Signal(object)

    COLUMNS = (
        QT_TRANSLATE_NOOP("BatchDialog", "Customer"),
        QT_TRANSLATE_NOOP("BatchDialog", "Subscription"),
        QT_TRANSLATE_NOOP("BatchDialog", "Account"),
        QT_TRANSLATE_NOOP("BatchDialog", "Result"),
        QT_TRANSLATE_NOOP("BatchDialog", "Details"),
    )

    def __init__(
        self,
        ctx: AppContext,
        targets: list[Target],
        change: PauseChange,
        *,
        connected: frozenset[str],
        platform_apps: frozenset[str],
        platform_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.change = change
        self.connected = connected
        self.platform_apps = platform_apps
        self.platform_name = platform_name
        self.batch_result: BatchResult | None = None
        self.results: dict[tuple[str, str], ItemResult] = {}
        self._stop = threading.Event()
        self._running = False
        self._rows: dict[tuple[str, str], int] = {}
        action = (
            self.tr("Pausing collection")
            if change.action == "pause"
            else self.tr("Resuming collection")
        )
        if change.action == "pause":
            action += " — " + fmt.behavior_name(change.behavior)
            if change.resumes_at:
                action += " " + self.tr("until {0}").format(fmt.format_date(change.resumes_at))
        self.setWindowTitle(action)
        self.setMinimumSize(760, 420)

        self.heading = QLabel(action)
        self.heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.banner = ErrorBanner(self)
        self.headers = [
            self.tr("Customer"),
            self.tr("Subscription"),
            self.tr("Account"),
            self.tr("Result"),
            self.tr("Details"),
        ]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)

        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(
            self.tr("Stop after the subscription being sent; what was done stays done.")
        )
        self.stop_button.clicked.connect(self.stop)
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.retry_button.clicked.connect(self.retry_failed)
        self.retry_button.setVisible(False)
        self.copy_button = QPushButton(self.tr("Copy results"))
        self.copy_button.clicked.connect(self.copy_results)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self, self.copy_results)
        self._targets = targets

    # -- running -----------------------------------------------------------------------------
    def start(self) -> None:
        """Send the batch (its rows appear at once, results as they come)."""
        self._run(self._targets)

    def _run(self, targets: list[Target], keys: dict[tuple[str, str], str] | None = None) -> None:
        session = self.ctx.session
        if session is None or not session.usable:
            self.banner.show_error(self.tr("No account is open; nothing was sent."))
            self.close_button.setEnabled(True)
            return
        self.table.setRowCount(0)
        self._rows = {}
        for target in targets:
            self._add_row(target)
        self._stop = threading.Event()
        self._running = True
        self.stop_button.setEnabled(True)
        self.stop_button.setVisible(True)
        self.retry_button.setVisible(False)
        self.close_button.setEnabled(False)
        self.banner.clear()
        self.progress.setRange(0, max(1, len(targets)))
        self.progress.setValue(0)
        self.summary.setText(self.tr("Sending… {0} of {1}").format(0, len(targets)))
        gateway, cache, limiter = session.gateway, session.cache, session.limiter
        change, connected, apps, stop = self.change, self.connected, self.platform_apps, self._stop
        batch_id = new_batch_id()

        def work(control: TaskControl) -> BatchResult:
            return run_batch(
                gateway,
                targets,
                change,
                batch_id=batch_id,
                keys=keys,
                connected=connected,
                platform_apps=apps,
                cache=cache,
                limiter=limiter,
                progress=control.progress,
                cancel=stop,
            )

        self.ctx.runner.submit(
            work,
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self._progressed,
            name="paused-collections batch",
        )

    def stop(self) -> None:
        """Stop after the subscription being sent."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self.summary.setText(self.tr("Stopping after the current subscription…"))

    @property
    def running(self) -> bool:
        """True while a batch is being sent."""
        return self._running

    def _add_row(self, target: Target) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if target.account:
            account = target.account_name or target.account
        else:
            account = self.platform_name or self.tr("Platform")
        for col, text in enumerate(
            (target.label, target.subscription_id, account, self.tr("Waiting"), "")
        ):
            self.table.setItem(row, col, QTableWidgetItem(text))
        self._rows[(target.account, target.subscription_id)] = row

    def _progressed(self, progress: Any) -> None:
        if not isinstance(progress, BatchProgress):
            return
        self._show_item(progress.last)
        self.progress.setValue(progress.finished)
        self.summary.setText(
            self.tr("Sending… {0} of {1}").format(progress.finished, progress.total)
        )

    def _outcome_text(self, item: ItemResult) -> str:
        if item.outcome == "done":
            return self.tr("Paused") if self.change.action == "pause" else self.tr("Resumed")
        return {
            "skipped": self.tr("Skipped"),
            "failed": self.tr("Failed"),
            "not_attempted": self.tr("Not attempted"),
        }[item.outcome]

    def _show_item(self, item: ItemResult) -> None:
        key = (item.target.account, item.target.subscription_id)
        self.results[key] = item
        row = self._rows.get(key)
        if row is None:
            return
        outcome = QTableWidgetItem(self._outcome_text(item))
        color = _OUTCOME_COLORS.get(item.outcome)
        if color is not None:
            outcome.setForeground(color)
        details = item.message
        if item.request_id:
            details += " " + self.tr("(request {0})").format(item.request_id)
        detail_item = QTableWidgetItem(details)
        detail_item.setToolTip(details)
        self.table.setItem(row, 3, outcome)
        self.table.setItem(row, 4, detail_item)

    def _finished(self, result: BatchResult) -> None:
        self._running = False
        self.batch_result = result
        for item in result.items:
            self._show_item(item)
        self.progress.setValue(self.progress.maximum())
        done, skipped = result.count("done"), result.count("skipped")
        failed, left = result.count("failed"), result.count("not_attempted")
        verb = self.tr("paused") if self.change.action == "pause" else self.tr("resumed")
        parts = [self.tr("{0} {1}").format(done, verb)]
        if skipped:
            parts.append(self.tr("{0} skipped").format(skipped))
        if failed:
            parts.append(self.tr("{0} failed").format(failed))
        if left:
            parts.append(self.tr("{0} not attempted").format(left))
        self.summary.setText(", ".join(parts) + ".")
        self.stop_button.setVisible(False)
        self.retry_button.setVisible(failed > 0)
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.batch_finished.emit(result)

    def _failed(self, error: UserFacingError) -> None:
        self._running = False
        self.banner.show_error(error, self.tr("The batch stopped"))
        self.stop_button.setVisible(False)
        self.close_button.setEnabled(True)

    def retry_failed(self) -> None:
        """Send the failed subscriptions again.

        Those whose answer was lost reuse their idempotency key (Stripe replays the
        change if it did arrive); those Stripe refused are sent with new keys.
        """
        if self.batch_result is None or self._running:
            return
        failed, keys = self.batch_result.retry_plan()
        if failed:
            self._run(failed, keys)

    def copy_results(self) -> None:
        """Put the results table on the clipboard as tab-separated text."""
        lines = ["\t".join(self.headers)]
        for row in range(self.table.rowCount()):
            cells = []
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                cells.append(item.text() if item is not None else "")
            lines.append("\t".join(cells))
        QGuiApplication.clipboard().setText("\n".join(lines))

    def reject(self) -> None:
        """Escape while running stops the batch instead of hiding it."""
        if self._running:
            self.stop()
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self._running:
            self.stop()
            event.ignore()
            return
        super().closeEvent(event)
