"""Disconnected accounts whose platform subscriptions still run, with a bulk cancel.

Deauthorization cancels nothing (seed 001), so the platform's destination and platform-
billing subscriptions for an account that left keep charging. This dialog lists them with
a check box each (only subscriptions the platform created can be checked), asks for
confirmation inline (and in live mode through ``ctx.confirm_write``), then cancels them one
by one on the task runner with a progress bar, a Stop button and each item's result.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
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

from desktop import i18n
from services.connect.deauthorized import (
    CancelItem,
    CancelResult,
    DisconnectedAccount,
    cancel_many,
)
from services.errors import UserFacingError
from widgets.connect import texts
from widgets.connect.delegates import STATUS_COLORS, readable
from widgets.connect.models import price_text
from widgets.error_text import error_display
from widgets.style import ERROR_COLOR, make_muted, scaled_font, subtle_fill, theme_palette

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl


class DisconnectedAccountsDialog(QDialog):
    """Review and cancel the running platform subscriptions of disconnected accounts.

    Signals:
        finished_cancelling(object) -- the list of CancelResult once a run ends.
    """

    finished_cancelling = Signal(object)

    ACCOUNT, SUBSCRIPTION, KIND, CUSTOMER, STATUS, CREATED_BY, RESULT = range(7)

    def __init__(
        self,
        ctx: AppContext,
        accounts: list[DisconnectedAccount],
        platform_app: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.accounts = accounts
        self.platform_app = platform_app
        self.items: list[CancelItem] = [i for a in accounts for i in a.items]
        self.results: dict[int, CancelResult] = {}
        self.running = False
        self._task_key = f"connect-bulk-cancel-{id(self)}"
        self._stop = threading.Event()
        self.setWindowTitle(self.tr("Disconnected accounts"))
        self.resize(980, 600)

        title = QLabel(self.tr("Disconnected accounts"))
        title.setFont(scaled_font(self.font(), 1.35, bold=True))
        intro = QLabel(
            self.tr(
                "Disconnecting from your platform cancels nothing: these subscriptions keep "
                "charging until you cancel them. Only subscriptions your platform created can "
                "be cancelled here."
            )
        )
        intro.setWordWrap(True)
        make_muted(intro)
        self.accounts_label = QLabel(self._accounts_text())
        self.accounts_label.setWordWrap(True)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Subscription"),
                self.tr("Kind"),
                self.tr("Customer"),
                self.tr("Status"),
                self.tr("Created by"),
                self.tr("Result"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.RESULT, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.empty_label = QLabel(
            self.tr("No disconnected account has platform subscriptions still running.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_muted(self.empty_label)
        self.empty_label.setVisible(not self.items)
        self.table.setVisible(bool(self.items))

        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("confirmBar")
        palette = theme_palette()
        self.confirm_bar.setStyleSheet(
            f"#confirmBar {{ background: {subtle_fill(palette, 0.06).name()};"
            f" border: 1px solid {readable(ERROR_COLOR).name()}; border-radius: 6px; }}"
        )
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_yes = QPushButton()
        self.confirm_no = QPushButton(self.tr("Back"))
        self.confirm_yes.clicked.connect(self._run)
        self.confirm_no.clicked.connect(lambda: self.confirm_bar.setVisible(False))
        bar = QHBoxLayout(self.confirm_bar)
        bar.setContentsMargins(12, 8, 12, 8)
        bar.addWidget(self.confirm_label, 1)
        bar.addWidget(self.confirm_no)
        bar.addWidget(self.confirm_yes)
        self.confirm_bar.setVisible(False)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.stop_button)

        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.ask)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.accounts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.confirm_bar)
        layout.addLayout(progress_row)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(lambda _: self._refresh())
        self._refresh()

    def _accounts_text(self) -> str:
        lines = []
        ended = ("canceled", "already_ended")
        for acc in self.accounts:
            a = acc.account
            running = sum(
                1
                for n, item in enumerate(self.items)
                if item.account.id == a.id
                and getattr(self.results.get(n), "result", None) not in ended
            )
            line = self.tr(
                "{0} ({1}) disconnected{2}: %n platform subscription(s) running.", "", running
            ).format(
                a.name,
                a.id,
                " " + texts.ago(a.disconnected_at) if a.disconnected_at else "",
            )
            if acc.direct_running:
                line += " " + self.tr(
                    "%n direct subscription(s) still run on its own account; only it can "
                    "cancel those now.",
                    "",
                    acc.direct_running,
                )
            lines.append(line)
        return "\n".join(lines) or self.tr("No account has disconnected from your platform.")

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for n, item in enumerate(self.items):
            row = item.row
            first = QTableWidgetItem(item.account.name)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if item.cancellable:
                first.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                first.setCheckState(Qt.CheckState.Checked)
            else:
                first.setFlags(flags)
                first.setToolTip(self.tr("Not created by your platform: left alone."))
            self.table.setItem(n, self.ACCOUNT, first)
            cells = {
                self.SUBSCRIPTION: f"{row.id}\n{price_text(row)}",
                self.KIND: texts.kind_label(row.kind),
                self.CUSTOMER: row.customer_name or row.customer_id or "—",
                self.STATUS: texts.status_label(row.status),
                self.CREATED_BY: texts.creator_label(item.creator, item.account.name),
                self.RESULT: ""
                if item.cancellable
                else self.tr("Skipped: not created by your platform"),
            }
            for column, text in cells.items():
                cell = QTableWidgetItem(text)
                cell.setFlags(flags)
                if column == self.STATUS and row.status in STATUS_COLORS:
                    cell.setForeground(readable(STATUS_COLORS[row.status]))
                self.table.setItem(n, column, cell)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def checked(self) -> list[int]:
        """Rows whose check box is on (and that were not cancelled already)."""
        out = []
        for n, item in enumerate(self.items):
            cell = self.table.item(n, self.ACCOUNT)
            done = n in self.results and self.results[n].result in ("canceled", "already_ended")
            if (
                item.cancellable
                and cell is not None
                and cell.checkState() == Qt.CheckState.Checked
                and not done
            ):
                out.append(n)
        return out

    def _refresh(self) -> None:
        count = len(self.checked())
        self.cancel_button.setText(self.tr("Cancel %n subscription(s)…", "", count))
        self.cancel_button.setEnabled(count > 0 and not self.running)
        self.close_button.setEnabled(not self.running)

    def ask(self) -> None:
        """Show the inline confirmation for the checked subscriptions."""
        count = len(self.checked())
        if not count or self.running:
            return
        self.confirm_label.setText(
            self.tr(
                "Cancel %n subscription(s) now? They end immediately and send no more "
                "invoices. This cannot be undone.",
                "",
                count,
            )
        )
        self.confirm_yes.setText(self.tr("Yes, cancel {0}").format(count))
        self.confirm_bar.setVisible(True)
        self.confirm_no.setFocus()

    def _run(self) -> None:
        rows = self.checked()
        session = self.ctx.session
        self.confirm_bar.setVisible(False)
        if not rows or session is None or self.running:
            return
        names = sorted({self.items[n].account.name for n in rows})
        action = self.tr("Cancel %n subscription(s) of disconnected accounts", "", len(rows))
        if not self.ctx.confirm_write(self, action, details=", ".join(names)):
            return
        chosen = [self.items[n] for n in rows]
        gateway, cache = session.gateway, session.cache
        self._stop = stop = threading.Event()

        def work(control: TaskControl) -> list[CancelResult]:
            return cancel_many(
                gateway,
                cache,
                chosen,
                report=lambda i, r: control.progress((rows[i], r)),
                stop=lambda: stop.is_set() or control.cancelled,
            )

        self.running = True
        self.progress.setRange(0, len(rows))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)
        self.progress_label.setText(self.tr("Cancelling 1 of {0}…").format(len(rows)))
        self._done_in_run = 0
        self._run_size = len(rows)
        self._refresh()
        self.ctx.runner.submit(
            work,
            on_success=self._finished,
            on_failure=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._stopped,
            key=self._task_key,
            name="connect: bulk cancel",
        )

    def stop(self) -> None:
        """Stop after the subscription being cancelled now."""
        if self.running:
            self._stop.set()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def _progressed(self, payload: tuple[int, CancelResult]) -> None:
        row, result = payload
        self.results[row] = result
        self._done_in_run += 1
        self.progress.setValue(self._done_in_run)
        if self._done_in_run < self._run_size:
            self.progress_label.setText(
                self.tr("Cancelling {0} of {1}…").format(self._done_in_run + 1, self._run_size)
            )
        self._show_result(row, result)

    def _show_result(self, row: int, result: CancelResult) -> None:
        if result.result == "canceled":
            text = self.tr("Canceled")
        elif result.result == "already_ended":
            text = self.tr("Already ended ({0})").format(
                i18n.in_sentence(texts.status_label(result.status or ""))
            )
        elif result.result == "skipped":
            text = self.tr("Skipped: not created by your platform")
        else:
            error = result.error
            text = self.tr("Failed: {0}").format(error_display(error) if error else "?")
        cell = self.table.item(row, self.RESULT)
        if cell is not None:
            cell.setText(text)
            if result.result == "failed":
                cell.setForeground(readable(ERROR_COLOR))
        status = self.table.item(row, self.STATUS)
        if status is not None and result.status:
            status.setText(texts.status_label(result.status))
            status.setForeground(readable(STATUS_COLORS.get(result.status, ERROR_COLOR)))
        first = self.table.item(row, self.ACCOUNT)
        if first is not None and result.result in ("canceled", "already_ended"):
            self.table.blockSignals(True)
            first.setData(Qt.ItemDataRole.CheckStateRole, None)  # nothing left to choose
            first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.table.blockSignals(False)

    def _end(self, summary: str) -> None:
        self.running = False
        self.accounts_label.setText(self._accounts_text())
        self.stop_button.setVisible(False)
        self.progress_label.setText(summary)
        self._refresh()

    def _summary(self) -> str:
        values = list(self.results.values())
        parts = [self.tr("%Ln canceled", "", sum(r.result == "canceled" for r in values))]
        ended = sum(r.result == "already_ended" for r in values)
        failed = sum(r.result == "failed" for r in values)
        if ended:
            parts.append(self.tr("%Ln had already ended", "", ended))
        if failed:
            parts.append(self.tr("%Ln failed", "", failed))
        return ", ".join(parts) + "."

    def _finished(self, results: list[CancelResult]) -> None:
        # Results reported after a Stop are not delivered as progress: show them all now.
        rows = [n for n, item in enumerate(self.items) if any(r.item is item for r in results)]
        for n in rows:
            result = next(r for r in results if r.item is self.items[n])
            if self.results.get(n) is not result:
                self.results[n] = result
                self._show_result(n, result)
        self.progress.setValue(len(results))
        summary = self._summary()
        if self._stop.is_set() and len(results) < self._run_size:
            summary = self.tr("Stopped. {0}").format(summary)
        self._end(summary)
        self.finished_cancelling.emit(results)

    def _stopped(self) -> None:
        self._end(self.tr("Stopped. {0}").format(self._summary()))
        self.finished_cancelling.emit(list(self.results.values()))

    def _failed(self, error: UserFacingError) -> None:
        self._end(self.tr("Stopped: {0}").format(error_display(error)))
        self.finished_cancelling.emit(list(self.results.values()))
