"""The filter bar above the paused-subscriptions table: search, behaviour, account, currency,
and when collection resumes.

:class:`FilterBar` turns its widgets into a :class:`services.paused.model.Filters` and emits
``changed`` when the user alters one (search text after a short pause in typing). The
panel fills the account and currency choices from the cache (:meth:`set_options`).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from services.paused.model import BEHAVIORS, FilterOptions, Filters, PauseKind, ResumeFilter
from widgets.paused_collections import formatting as fmt

SEARCH_DELAY_MS = 250
ALL = "__all__"


class FilterBar(QWidget):
    """Search box and filter choices for one tab.

    Signals:
        changed() -- the filters changed; read :meth:`filters`.
    """

    changed = Signal()

    def __init__(self, kind: PauseKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: PauseKind = kind
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, email or id"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.setAccessibleName(self.tr("Search"))

        self.behavior = QComboBox()
        self.behavior.setAccessibleName(self.tr("Behaviour"))
        self.behavior.addItem(self.tr("All behaviours"), ALL)
        for b in BEHAVIORS:
            self.behavior.addItem(fmt.behavior_name(b), b)
            self.behavior.setItemData(
                self.behavior.count() - 1, fmt.behavior_meaning(b), Qt.ItemDataRole.ToolTipRole
            )

        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Account"))
        self.account.setMinimumContentsLength(14)
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency"))

        self.resumes = QComboBox()
        self.resumes.setAccessibleName(self.tr("Resumes"))
        self.resumes.addItem(self.tr("Any resume date"), "any")
        self.resumes.addItem(self.tr("Resumes within…"), "within")
        self.resumes.addItem(self.tr("Paused indefinitely"), "indefinite")
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Resumes within this many days"))
        self.days.setEnabled(False)

        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search, 2)
        if kind == "collection":
            layout.addWidget(self.behavior)
        layout.addWidget(self.account)
        layout.addWidget(self.currency)
        if kind == "collection":
            layout.addWidget(self.resumes)
            layout.addWidget(self.days)
        else:
            note = QLabel(self.tr("Resumed by hand: no resume dates"))
            note.setEnabled(False)
            layout.addWidget(note)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self.flush)
        for combo in (self.behavior, self.account, self.currency, self.resumes):
            combo.currentIndexChanged.connect(self._combo_changed)
        self.days.valueChanged.connect(self._days_changed)
        self.set_options(FilterOptions())

    def _combo_changed(self, _: int) -> None:
        self.days.setEnabled(self.resumes.currentData() == "within")
        self.changed.emit()

    def _days_changed(self, _: int) -> None:
        if self.resumes.currentData() == "within":
            self.changed.emit()

    def set_options(self, options: FilterOptions, platform_name: str | None = None) -> None:
        """Offer the accounts and currencies present (keeping the current choices)."""
        with QSignalBlocker(self.account), QSignalBlocker(self.currency):
            current_account = self.account.currentData()
            self.account.clear()
            self.account.addItem(self.tr("All accounts"), ALL)
            for option in options.accounts:
                if option.id:
                    name = option.name or option.id
                else:
                    name = platform_name or self.tr("Platform")
                self.account.addItem(f"{name} ({option.count})", option.id)
            index = self.account.findData(current_account)
            if index < 0 and current_account not in (None, ALL):
                # Keep a chosen account that has no paused subscription right now.
                self.account.addItem(str(current_account), current_account)
                index = self.account.count() - 1
            self.account.setCurrentIndex(max(0, index))

            current_currency = self.currency.currentData()
            self.currency.clear()
            self.currency.addItem(self.tr("All currencies"), ALL)
            for code in options.currencies:
                self.currency.addItem(code.upper(), code)
            index = self.currency.findData(current_currency)
            if index < 0 and current_currency not in (None, ALL):
                self.currency.addItem(str(current_currency).upper(), current_currency)
                index = self.currency.count() - 1
            self.currency.setCurrentIndex(max(0, index))

    def filters(self) -> Filters:
        """The filters the widgets show."""
        behavior = self.behavior.currentData()
        account = self.account.currentData()
        currency = self.currency.currentData()
        chosen = self.resumes.currentData() if self.kind == "collection" else "any"
        resumes: ResumeFilter = "any"
        if chosen == "within":
            resumes = "within"
        elif chosen == "indefinite":
            resumes = "indefinite"
        return Filters(
            behaviors=frozenset() if behavior in (None, ALL) else frozenset({behavior}),
            account=None if account in (None, ALL) else str(account),
            currency=None if currency in (None, ALL) else str(currency),
            resumes=resumes,
            within_days=self.days.value(),
            search=self.search.text().strip(),
        )

    def active(self) -> bool:
        """Whether any filter narrows the list."""
        return self.filters() != Filters(within_days=self.days.value())

    def clear(self) -> None:
        """Back to everything (one ``changed``)."""
        blockers = [
            QSignalBlocker(w)
            for w in (self.search, self.behavior, self.account, self.currency, self.resumes)
        ]
        self.search.clear()
        for combo in (self.behavior, self.account, self.currency, self.resumes):
            combo.setCurrentIndex(0)
        self.days.setEnabled(False)
        del blockers
        self._timer.stop()
        self.changed.emit()

    def flush(self) -> None:
        """Apply pending search text now (Enter in the search box, tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()
