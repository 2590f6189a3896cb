"""One tab of the paused-collections panel: its filter bar, its table and its empty states.

A :class:`KindPage` shows one :data:`~services.paused.model.PauseKind` — subscriptions with
``pause_collection`` set, or subscriptions with ``status = paused`` — never both. The panel
drives it: it hands it row ids (:meth:`show_ids`) and whether the cache has any row of the
kind at all, and the page picks what to show: the table, "nothing is paused", or "nothing
matches these filters" with a way out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.paused.model import PausedRow, PauseKind
from services.paused.query import SortKey
from widgets.paused_collections.filter_bar import FilterBar
from widgets.paused_collections.table_model import PausedTableModel
from widgets.style import make_muted, on_theme_change, scaled_font, subtle_fill, theme_palette

COLUMN_WIDTHS: dict[str, int] = {
    "customer": 170,
    "email": 210,
    "account": 130,
    "subscription": 190,
    "status": 80,
    "behavior": 130,
    "effect": 190,
    "resumes": 100,
    "since": 100,
    "days": 96,
    "amount": 150,
    "currency": 70,
    "items": 200,
    "collection": 150,
    "invoice": 100,
}


class KindPage(QWidget):
    """Filters, table and empty states for one kind of pause.

    Signals:
        filters_changed() -- the user changed a filter.
        sort_changed() -- the user clicked a column header.
        selection_changed() -- the selected rows changed.
        action_requested(str) -- a button in the empty state ("pause").
    """

    filters_changed = Signal()
    sort_changed = Signal()
    selection_changed = Signal()
    action_requested = Signal(str)

    TABLE, EMPTY = 0, 1

    def __init__(self, kind: PauseKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: PauseKind = kind
        self.explanation = QLabel(
            self.tr(
                "pause_collection is set: the subscription keeps its status and Stripe keeps "
                "creating invoices, handled as its behaviour says, until collection resumes."
            )
            if kind == "collection"
            else self.tr(
                "status = paused (paused through the API, or a trial that ended without a "
                "payment method): no invoices at all until the subscription is resumed."
            )
        )
        self.explanation.setWordWrap(True)
        make_muted(self.explanation)
        self.filter_bar = FilterBar(kind)
        self.filter_bar.changed.connect(self.filters_changed)

        self.model = PausedTableModel(kind, parent=self)
        self.table = QTableView()
        self.table.setObjectName(f"pausedTable-{kind}")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for index, column in enumerate(self.model.columns):
            self.table.setColumnWidth(index, COLUMN_WIDTHS.get(column.key, 120))
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(lambda *_: self.sort_changed.emit())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )

        self.empty_title = QLabel()
        self.empty_title.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_muted(self.empty_text)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self._empty_clicked)
        self._empty_action = ""
        empty = QWidget()
        empty_column = QVBoxLayout(empty)
        empty_column.addStretch(1)
        empty_column.addWidget(self.empty_title)
        empty_column.addWidget(self.empty_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        empty_column.addLayout(row)
        empty_column.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.explanation)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)

    # -- state ---------------------------------------------------------------------------------
    def sort(self) -> tuple[SortKey, bool]:
        """The sort the header asks for: (key, descending)."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        columns = self.model.columns
        column = columns[section] if 0 <= section < len(columns) else columns[0]
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        if column.key == "days":
            descending = not descending  # more days paused = an earlier "paused since"
        return column.sort or "customer", descending

    def show_ids(self, ids: list[int], *, any_rows: bool) -> None:
        """Show these rows; ``any_rows`` says whether the cache has any of this kind."""
        self.model.set_ids(ids)
        if ids:
            self.stack.setCurrentIndex(self.TABLE)
            return
        if any_rows and self.filter_bar.active():
            self._set_empty(
                self.tr("No paused subscription matches these filters"),
                self.tr("Change or clear the filters to see the others."),
                self.tr("Clear filters"),
                "clear",
            )
        elif self.kind == "collection":
            self._set_empty(
                self.tr("No subscription has its collection paused"),
                self.tr(
                    "When you pause collection on a subscription, here or in the Stripe "
                    "Dashboard, it is listed here after the next sync."
                ),
                self.tr("Pause collection…"),
                "pause",
            )
        else:
            self._set_empty(
                self.tr("No subscription is paused"),
                self.tr(
                    "Subscriptions with status = paused appear here: paused through the API, "
                    "or trials that ended without a payment method."
                ),
                "",
                "",
            )

    def _set_empty(self, title: str, text: str, button: str, action: str) -> None:
        self.empty_title.setText(title)
        self.empty_text.setText(text)
        self.empty_button.setText(button)
        self.empty_button.setVisible(bool(button))
        self._empty_action = action
        self.stack.setCurrentIndex(self.EMPTY)

    def _empty_clicked(self) -> None:
        if self._empty_action == "clear":
            self.filter_bar.clear()
        elif self._empty_action:
            self.action_requested.emit(self._empty_action)

    def selected_rows(self) -> list[PausedRow]:
        """The selected subscriptions (those still paused), in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = []
        for row in rows:
            item = self.model.paused_row(row)
            if item is not None:
                out.append(item)
        return out


class NoticeBar(QFrame):
    """A quiet, dismissable line for outcomes worth knowing ("Exported 184 … to …").

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pausedNotice")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._apply_palette()
        on_theme_change(self._apply_palette)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        """Show ``text``."""
        self.label.setText(text)
        self.setVisible(True)

    def text(self) -> str:
        """The message shown ('' when hidden)."""
        return self.label.text() if self.isVisible() else ""

    def clear(self) -> None:
        """Hide the notice."""
        self.setVisible(False)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        self.setStyleSheet(
            f"#pausedNotice {{ background: {subtle_fill(palette, 0.05).name()};"
            f" border: 1px solid {subtle_fill(palette, 0.14).name()}; border-radius: 6px; }}"
        )
