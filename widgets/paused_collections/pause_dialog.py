"""The "Pause collection" dialog: which subscriptions, which behaviour, until when.

Opened with the subscriptions selected in the table ("Change pause" on already paused
ones), or with none, in which case it offers a picker: search the cache for
subscriptions whose collection is not paused yet and tick the ones to pause. The user
chooses a behaviour (each with what it does to invoices) and, optionally, a date on which
collection resumes by itself.

Nothing is sent from here. On *Pause*, the inputs are checked
(:func:`services.paused.actions.validate_pause`): a resume date that is today or earlier is
refused under the date field, and the dialog stays open with everything as entered.
Subscriptions that Connect's rules exclude are listed with the reason before anything is
sent. The accepted dialog exposes :attr:`change` and :attr:`targets`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from services.paused.actions import (
    PauseChange,
    PauseInputError,
    Target,
    refusal,
    validate_pause,
)
from services.paused.model import BEHAVIORS, Candidate
from widgets.error_text import error_text
from widgets.paused_collections import formatting as fmt
from widgets.style import ERROR_COLOR, make_muted, scaled_font

Finder = Callable[[str, Callable[[list[Candidate]], None]], None]
"""Looks up subscriptions to pause matching a text, then calls back with them."""

SEARCH_DELAY_MS = 250


class PauseDialog(QDialog):
    """Choose subscriptions (or confirm the selected ones), a behaviour and a resume date.

    Signals:
        search_requested(str) -- the picker's text changed (after a short pause).
    """

    search_requested = Signal(str)

    def __init__(
        self,
        *,
        targets: list[Target] | None = None,
        finder: Finder | None = None,
        connected: frozenset[str] = frozenset(),
        platform_apps: frozenset[str] = frozenset(),
        current_behavior: str | None = None,
        platform_name: str = "",
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fixed = targets
        self._finder = finder
        self._connected = connected
        self._platform_apps = platform_apps
        self._platform_name = platform_name
        self._clock = clock
        self.change: PauseChange | None = None
        self.targets: list[Target] = []
        changing = bool(targets) and all(t.paused for t in targets or [])
        self.setWindowTitle(
            self.tr("Change how collection is paused") if changing else self.tr("Pause collection")
        )
        self.setModal(True)
        self.setMinimumWidth(620)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)

        # -- which subscriptions -----------------------------------------------------------
        self.targets_label = QLabel()
        self.targets_label.setWordWrap(True)
        self.targets_label.setFont(scaled_font(self.font(), 1.05, bold=True))
        layout.addWidget(self.targets_label)
        self.search: QLineEdit | None = None
        self.picker: QListWidget | None = None
        if targets is None:
            self.search = QLineEdit()
            self.search.setPlaceholderText(
                self.tr("Find subscriptions by customer name, email or id")
            )
            self.search.setClearButtonEnabled(True)
            self.picker = QListWidget()
            self.picker.setMinimumHeight(170)
            self.picker.setAccessibleName(self.tr("Subscriptions to pause"))
            self.picker.itemChanged.connect(self._update_targets)
            layout.addWidget(self.search)
            layout.addWidget(self.picker)
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(SEARCH_DELAY_MS)
            self._timer.timeout.connect(self._run_search)
            self.search.textChanged.connect(lambda _: self._timer.start())
        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        make_muted(self.skipped_label)
        self.skipped_label.setVisible(False)
        layout.addWidget(self.skipped_label)

        # -- behaviour ----------------------------------------------------------------------
        heading = QLabel(self.tr("While collection is paused, invoices are…"))
        heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        layout.addWidget(heading)
        self.behavior_group = QButtonGroup(self)
        self.behavior_buttons: dict[str, QRadioButton] = {}
        for index, behavior in enumerate(BEHAVIORS):
            button = QRadioButton(fmt.behavior_name(behavior))
            meaning = QLabel(fmt.behavior_meaning(behavior))
            meaning.setWordWrap(True)
            meaning.setContentsMargins(24, 0, 0, 4)
            make_muted(meaning)
            self.behavior_group.addButton(button, index)
            self.behavior_buttons[behavior] = button
            layout.addWidget(button)
            layout.addWidget(meaning)
        (
            self.behavior_buttons.get(current_behavior or "") or self.behavior_buttons["void"]
        ).setChecked(True)
        self.behavior_error = self._error_label()
        layout.addWidget(self.behavior_error)

        # -- resume date --------------------------------------------------------------------
        self.resume_check = QCheckBox(self.tr("Resume collection automatically on"))
        self.resume_date = QDateEdit()
        self.resume_date.setCalendarPopup(True)
        self.resume_date.setDisplayFormat(i18n.medium_date_format())
        self.resume_date.setDate(QDate.currentDate().addDays(30))
        self.resume_date.setEnabled(False)
        self.resume_date.setAccessibleName(self.tr("Resume date"))
        self.resume_check.toggled.connect(self.resume_date.setEnabled)
        self.resume_check.toggled.connect(self._update_resume_hint)
        self.resume_error = self._error_label()
        self.resume_date.dateChanged.connect(lambda _: self.resume_error.setVisible(False))
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_check)
        resume_row.addWidget(self.resume_date)
        resume_row.addStretch(1)
        layout.addLayout(resume_row)
        self.resume_hint = QLabel()
        self.resume_hint.setWordWrap(True)
        make_muted(self.resume_hint)
        layout.addWidget(self.resume_hint)
        layout.addWidget(self.resume_error)
        self.targets_error = self._error_label()
        layout.addWidget(self.targets_error)

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("Pause collection"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._update_resume_hint()
        self._update_targets()
        if self.search is not None:
            self.search.setFocus()
            self._run_search()

    # -- size: wrapped labels need height for their width, which Qt's minimum sizes ignore --
    def _fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOR.name()};")
        label.setVisible(False)
        return label

    # -- picker ------------------------------------------------------------------------------
    def _run_search(self) -> None:
        if self.search is None:
            return
        text = self.search.text()
        self.search_requested.emit(text)
        if self._finder is not None:
            self._finder(text, self.set_candidates)

    def set_candidates(self, candidates: list[Candidate]) -> None:
        """Offer ``candidates`` in the picker (ticked ones stay ticked)."""
        if self.picker is None:
            return
        ticked = {t.subscription_id: t for t in self._ticked()}
        self.picker.blockSignals(True)
        self.picker.clear()
        shown: set[str] = set()
        for target in ticked.values():
            self._add_item(target, target.label, checked=True)
            shown.add(target.subscription_id)
        for c in candidates:
            if c.subscription_id in shown:
                continue
            target = Target.of_candidate(c)
            account = (c.account_name or c.account) if c.account else self._platform_name
            who = c.customer_name or c.customer_email or c.customer_id or "?"
            text = f"{who} — {c.subscription_id} · {account} · {(c.currency or '').upper()}"
            if c.customer_email and c.customer_name:
                text = f"{c.customer_name} <{c.customer_email}> — {c.subscription_id} · {account}"
            self._add_item(target, text, checked=False)
        self.picker.blockSignals(False)
        self._update_targets()

    def _add_item(self, target: Target, text: str, *, checked: bool) -> None:
        assert self.picker is not None
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, target)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        reason = refusal(
            target,
            PauseChange("pause", "void"),
            connected=self._connected,
            platform_apps=self._platform_apps,
        )
        if reason:
            item.setToolTip(reason)
        self.picker.addItem(item)

    def _ticked(self) -> list[Target]:
        if self.picker is None:
            return []
        out = []
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def chosen(self) -> list[Target]:
        """The subscriptions the batch would go to."""
        return list(self._fixed) if self._fixed is not None else self._ticked()

    def _update_targets(self, *_: object) -> None:
        chosen = self.chosen()
        self.targets_error.setVisible(False)
        n = len(chosen)
        if self._fixed is not None:
            text = (
                self.tr("1 subscription selected")
                if n == 1
                else self.tr("{0} subscriptions selected").format(n)
            )
        elif n == 0:
            text = self.tr("Tick the subscriptions whose collection you want to pause")
        else:
            text = (
                self.tr("1 subscription chosen")
                if n == 1
                else self.tr("{0} subscriptions chosen").format(n)
            )
        self.targets_label.setText(text)
        skipped = [
            (t, r)
            for t in chosen
            if (
                r := refusal(
                    t,
                    PauseChange("pause", "void"),
                    connected=self._connected,
                    platform_apps=self._platform_apps,
                )
            )
        ]
        if skipped:
            lines = [self.tr("{0} will be skipped, not sent:").format(len(skipped))]
            lines += [f"• {t.label or t.subscription_id}: {r}" for t, r in skipped[:4]]
            if len(skipped) > 4:
                lines.append(self.tr("…and {0} more.").format(len(skipped) - 4))
            self.skipped_label.setText("\n".join(lines))
        self.skipped_label.setVisible(bool(skipped))
        self._fit()
        sendable = n - len(skipped)
        self.ok_button.setText(
            self.tr("Pause collection")
            if sendable <= 1
            else self.tr("Pause {0} subscriptions").format(sendable)
        )

    # -- resume date -------------------------------------------------------------------------
    def resumes_at(self) -> int | None:
        """The chosen resume time (start of that day, local time), or None."""
        if not self.resume_check.isChecked():
            return None
        moment = QDateTime(self.resume_date.date(), QTime(0, 0))
        return int(moment.toSecsSinceEpoch())

    def _update_resume_hint(self, *_: object) -> None:
        self.resume_error.setVisible(False)
        if self.resume_check.isChecked():
            self.resume_hint.setText(
                self.tr("Stripe clears the pause at the start of that day (your time).")
            )
        else:
            self.resume_hint.setText(
                self.tr("Without a date, collection stays paused until you resume it.")
            )

    # -- accepting ---------------------------------------------------------------------------
    def behavior(self) -> str | None:
        """The chosen behaviour."""
        for behavior, button in self.behavior_buttons.items():
            if button.isChecked():
                return behavior
        return None

    def accept(self) -> None:
        """Check the inputs; close only when they are acceptable."""
        for label in (self.behavior_error, self.resume_error, self.targets_error):
            label.setVisible(False)
        try:
            change = validate_pause(self.behavior(), self.resumes_at(), now=int(self._clock()))
        except PauseInputError as exc:
            label = self.resume_error if exc.field == "resumes_at" else self.behavior_error
            label.setText(error_text(exc))
            label.setVisible(True)
            self._fit()
            (
                self.resume_date if exc.field == "resumes_at" else self.behavior_buttons["void"]
            ).setFocus()
            return
        chosen = self.chosen()
        sendable = [
            t
            for t in chosen
            if refusal(t, change, connected=self._connected, platform_apps=self._platform_apps)
            is None
        ]
        if not chosen:
            self.targets_error.setText(self.tr("Choose at least one subscription."))
            self.targets_error.setVisible(True)
            return
        if not sendable:
            self.targets_error.setText(
                self.tr("None of these subscriptions can be changed from here (see above).")
            )
            self.targets_error.setVisible(True)
            return
        self.change = change
        self.targets = chosen
        super().accept()
