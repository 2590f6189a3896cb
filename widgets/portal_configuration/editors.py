"""Editors for the list-shaped settings: metadata, pause lengths, and products with prices.

- :class:`MetadataEditor` — key/value rows.
- :class:`PauseLengthsEditor` — the pause lengths customers can pick ("1 month", "3 months").
- :class:`ProductsEditor` — the products offered for plan changes, each with its prices and
  quantity rule, picked from the cached catalogue through :class:`ProductDialog`; problems
  found by the checks are marked on the product's row.

Each emits ``changed()`` when the user edits it and has ``value()`` / ``set_value()``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from services.portal_config import checks
from services.portal_config.catalog import Catalog, PriceInfo, price_label, tax_label
from services.portal_config.document import DEFAULT_MAXIMUM_QUANTITY, PAUSE_LIMITS, empty
from services.portal_config.labels import choices
from widgets.portal_configuration.controls import tone_color, tr
from widgets.style import make_muted, theme_palette

PAUSE_INTERVAL = "features.subscription_pause.duration.interval_options[].interval"
MAX_PRODUCTS = checks.MAX_PRODUCTS


def _tool(icon: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setIcon(icons.icon(icon, theme_palette()))
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setAutoRaise(True)
    return button


class MetadataEditor(QWidget):
    """Key/value pairs kept with the configuration (never shown to customers).

    Signals:
        changed() -- a key or value was edited, or a row added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 170)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(96)
        self.table.setMaximumHeight(160)
        self.table.itemChanged.connect(lambda _: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add entry"))
        self.add_button.setIcon(icons.icon("add", theme_palette()))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setIcon(icons.icon("remove", theme_palette()))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def value(self) -> dict[str, str]:
        """The entries (rows without a key or value are kept, so checks can flag them)."""
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            key_item, value_item = self.table.item(row, 0), self.table.item(row, 1)
            key = key_item.text().strip() if key_item else ""
            value = value_item.text() if value_item else ""
            if key or value:
                out[key] = value
        return out

    def set_value(self, value: dict[str, str]) -> None:
        """Show exactly ``value``."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for key, text in value.items():
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(key))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.blockSignals(False)

    def add_row(self) -> None:
        """Add an empty row and start editing its key."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        key_item = QTableWidgetItem("")
        self.table.setItem(row, 0, key_item)
        self.table.setItem(row, 1, QTableWidgetItem(""))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(key_item)

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()


class PauseLengthsEditor(QWidget):
    """The pause lengths offered: a number and a unit per row.

    Signals:
        changed() -- a length was edited, added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[QSpinBox, QComboBox, QWidget]] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(6)
        self.add_button = QPushButton(self.tr("Add a pause length"))
        self.add_button.setIcon(icons.icon("add", theme_palette()))
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

    def _add_clicked(self) -> None:
        self._add({"interval": "month", "interval_count": 1})
        self.changed.emit()

    def _add(self, option: dict[str, Any]) -> None:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        count = QSpinBox()
        count.setRange(0, max(PAUSE_LIMITS.values()) * 2)
        given = option.get("interval_count")
        count.setValue(1 if given is None else int(given))
        count.setAccessibleName(self.tr("Number of units"))
        unit = QComboBox()
        for value, text in choices(PAUSE_INTERVAL).items():
            unit.addItem(text, value)
        found = unit.findData(option.get("interval") or "month")
        unit.setCurrentIndex(max(0, found))
        unit.setAccessibleName(self.tr("Unit"))
        remove = _tool("remove", self.tr("Remove this pause length"))
        row.addWidget(count)
        row.addWidget(unit)
        row.addWidget(remove)
        row.addStretch(1)
        entry = (count, unit, holder)
        self.rows.append(entry)
        self._rows_layout.addWidget(holder)
        count.valueChanged.connect(lambda _: self.changed.emit())
        unit.currentIndexChanged.connect(lambda _: self.changed.emit())
        remove.clicked.connect(lambda: self._remove(entry))

    def _remove(self, entry: tuple[QSpinBox, QComboBox, QWidget]) -> None:
        if entry in self.rows:
            self.rows.remove(entry)
            entry[2].setParent(None)
            entry[2].deleteLater()
            self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        """The lengths, in order."""
        return [
            {"interval": str(unit.currentData()), "interval_count": count.value()}
            for count, unit, _ in self.rows
        ]

    def set_value(self, options: list[dict[str, Any]]) -> None:
        """Show exactly ``options``."""
        for _, _, holder in self.rows:
            holder.setParent(None)
            holder.deleteLater()
        self.rows = []
        for option in options:
            self._add(option)

    def setEnabled(self, enabled: bool) -> None:
        super().setEnabled(enabled)


# -- products -------------------------------------------------------------------------------
def _price_item_text(price: PriceInfo) -> str:
    parts = [price_label(price), price.currency.upper(), tax_label(price.tax_behavior)]
    if price.nickname:
        parts.insert(0, price.nickname)
    if price.lookup_key:
        parts.append(price.lookup_key)
    return " · ".join(parts)


def _unavailable_reason(price: PriceInfo) -> str | None:
    if not price.recurring:
        return tr("one-time price")
    if not price.active:
        return tr("archived")
    return None


class ProductDialog(QDialog):
    """Pick a product of the cached catalogue, the prices customers may switch to, and
    whether (and between which limits) they may change the quantity."""

    def __init__(
        self,
        catalog: Catalog,
        entry: dict[str, Any] | None = None,
        *,
        taken: set[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.setWindowTitle(self.tr("Edit product") if entry else self.tr("Add a product"))
        self.setMinimumWidth(560)
        entry = entry or {
            "product": "",
            "prices": [],
            "adjustable_quantity": {"enabled": False, "minimum": 0, "maximum": None},
        }
        self._original = entry
        self.product_combo = QComboBox()
        self.product_combo.setAccessibleName(self.tr("Product"))
        products = catalog.offerable_products()
        current = entry["product"]
        if current and all(p.id != current for p in products):
            known = catalog.product(current)
            label = known.name if known else current
            suffix = self.tr(" (archived)") if known and not known.active else ""
            self.product_combo.addItem(label + suffix, current)
        for product in products:
            name = product.name
            if product.id in (taken or set()) and product.id != current:
                name += self.tr(" (already offered)")
            self.product_combo.addItem(name, product.id)
        if current:
            self.product_combo.setCurrentIndex(max(0, self.product_combo.findData(current)))
        self.product_combo.currentIndexChanged.connect(self._product_changed)

        self.prices = QListWidget()
        self.prices.setMinimumHeight(170)
        self.prices.itemChanged.connect(lambda _: self._update_checks())
        prices_help = QLabel(
            self.tr(
                "Tick the prices customers can switch to. Only one price per billing interval "
                "and currency is allowed for a product."
            )
        )
        prices_help.setWordWrap(True)
        make_muted(prices_help)

        quantity = entry["adjustable_quantity"]
        self.quantity_box = QCheckBox(self.tr("Customers can change the quantity"))
        self.quantity_box.setChecked(bool(quantity.get("enabled")))
        self.minimum = QSpinBox()
        self.minimum.setRange(0, 100000)
        self.minimum.setValue(int(quantity.get("minimum") or 0))
        self.maximum = QSpinBox()
        self.maximum.setRange(1, 100000)
        top = quantity.get("maximum")
        self.maximum.setValue(int(top) if top else DEFAULT_MAXIMUM_QUANTITY)
        limits = QHBoxLayout()
        limits.addWidget(QLabel(self.tr("From")))
        limits.addWidget(self.minimum)
        limits.addWidget(QLabel(self.tr("to")))
        limits.addWidget(self.maximum)
        limits.addStretch(1)
        self.quantity_box.toggled.connect(self._quantity_toggled)
        self._quantity_toggled(self.quantity_box.isChecked())
        for spin in (self.minimum, self.maximum):
            spin.valueChanged.connect(lambda _: self._update_checks())

        self.issues_label = QLabel()
        self.issues_label.setWordWrap(True)
        self.issues_label.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Product"), self.product_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Prices")))
        layout.addWidget(self.prices)
        layout.addWidget(prices_help)
        layout.addSpacing(6)
        layout.addWidget(self.quantity_box)
        layout.addLayout(limits)
        layout.addWidget(self.issues_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill_prices(set(entry["prices"]))
        if not products and not current:
            self.issues_label.setText(
                self.tr(
                    "No products with an active recurring price are synced yet. Create them "
                    "in Stripe, then sync (F5)."
                )
            )
            self.issues_label.setVisible(True)

    def _quantity_toggled(self, on: bool) -> None:
        self.minimum.setEnabled(on)
        self.maximum.setEnabled(on)
        self._update_checks()

    def _product_changed(self) -> None:
        self._fill_prices(set())

    def _fill_prices(self, ticked: set[str]) -> None:
        self.prices.blockSignals(True)
        self.prices.clear()
        pid = str(self.product_combo.currentData() or "")
        known = {p.id for p in self.catalog.prices_of(pid)}
        for price in self.catalog.prices_of(pid):
            reason = _unavailable_reason(price)
            text = _price_item_text(price)
            if reason:
                text += f"  ({reason})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, price.id)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
            if reason and price.id not in ticked:
                flags = Qt.ItemFlag.ItemIsUserCheckable  # visible, not selectable
                item.setToolTip(
                    self.tr("Customers can't switch to this price: {0}.").format(reason)
                )
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if price.id in ticked else Qt.CheckState.Unchecked
            )
            self.prices.addItem(item)
        for price_id in sorted(ticked - known):  # kept even if the catalogue doesn't know it
            item = QListWidgetItem(self.tr("{0} (not in the synced catalogue)").format(price_id))
            item.setData(Qt.ItemDataRole.UserRole, price_id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked)
            self.prices.addItem(item)
        self.prices.blockSignals(False)
        self._update_checks()

    def entry(self) -> dict[str, Any]:
        """The product entry as chosen."""
        prices = [
            str(self.prices.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.prices.count())
            if self.prices.item(i).checkState() == Qt.CheckState.Checked
        ]
        enabled = self.quantity_box.isChecked()
        original = self._original["adjustable_quantity"]
        return {
            "product": str(self.product_combo.currentData() or ""),
            "prices": prices,
            "adjustable_quantity": {
                "enabled": enabled,
                "minimum": self.minimum.value() if enabled else int(original.get("minimum") or 0),
                "maximum": self.maximum.value() if enabled else original.get("maximum"),
            },
        }

    def _update_checks(self) -> None:
        if not hasattr(self, "issues_label"):
            return
        doc = empty()
        doc["features"]["subscription_update"]["products"] = [self.entry()]
        found = [
            i for i in checks.check(doc, self.catalog) if i.path.startswith(checks.PRODUCTS + "[0]")
        ]
        if not found:
            self.issues_label.setVisible(False)
            return
        worst = "error" if any(i.blocking for i in found) else "warning"
        self.issues_label.setText(
            "\n".join(("✖ " if i.blocking else "⚠ ") + i.message for i in found)
        )
        palette = self.issues_label.palette()
        palette.setColor(palette.ColorRole.WindowText, tone_color(worst))
        self.issues_label.setPalette(palette)
        self.issues_label.setVisible(True)


class ProductsEditor(QWidget):
    """The products offered for plan changes (see the module docstring).

    Signals:
        changed() -- a product was added, edited, removed or moved.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = Catalog()
        self._entries: list[dict[str, Any]] = []
        self._row_issues: dict[int, list[tuple[str, str]]] = {}
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("Prices customers can switch to"), self.tr("Quantity")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add product…"))
        self.add_button.setIcon(icons.icon("add", theme_palette()))
        self.add_button.clicked.connect(self.add_product)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setIcon(icons.icon("remove", theme_palette()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setToolTip(self.tr("Move up (the portal lists products in this order)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QToolButton()
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.count_label = QLabel()
        make_muted(self.count_label)
        buttons = QHBoxLayout()
        for w in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._refresh()

    # -- value ---------------------------------------------------------------------------
    def value(self) -> list[dict[str, Any]]:
        """The product entries, in order."""
        return [
            {
                "product": e["product"],
                "prices": list(e["prices"]),
                "adjustable_quantity": dict(e["adjustable_quantity"]),
            }
            for e in self._entries
        ]

    def set_value(self, entries: list[dict[str, Any]]) -> None:
        """Show exactly ``entries``."""
        self._entries = [
            {
                "product": e["product"],
                "prices": list(e["prices"]),
                "adjustable_quantity": dict(e["adjustable_quantity"]),
            }
            for e in entries
        ]
        self._refresh()

    def set_catalog(self, catalog: Catalog) -> None:
        """Name products and prices from ``catalog``."""
        self.catalog = catalog
        self._refresh()

    def set_row_issues(self, issues: dict[int, list[tuple[str, str]]]) -> None:
        """Mark rows with ``(severity, message)`` pairs from the checks."""
        self._row_issues = issues
        self._refresh()

    # -- actions -----------------------------------------------------------------------------
    def selected_row(self) -> int:
        """The selected row, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_product(self) -> None:
        """Ask for a product and its prices, then add it."""
        dialog = ProductDialog(
            self.catalog, taken={e["product"] for e in self._entries}, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.entry()["product"]:
            self._entries.append(dialog.entry())
            self._refresh(select=len(self._entries) - 1)
            self.changed.emit()
        dialog.deleteLater()

    def edit_selected(self) -> None:
        """Edit the selected product's prices and quantity."""
        row = self.selected_row()
        if row < 0:
            return
        taken = {e["product"] for i, e in enumerate(self._entries) if i != row}
        dialog = ProductDialog(self.catalog, self._entries[row], taken=taken, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._entries[row] = dialog.entry()
            self._refresh(select=row)
            self.changed.emit()
        dialog.deleteLater()

    def remove_selected(self) -> None:
        """Stop offering the selected product."""
        row = self.selected_row()
        if row < 0:
            return
        del self._entries[row]
        self._refresh(select=min(row, len(self._entries) - 1))
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        """Move the selected product up (-1) or down (+1)."""
        row = self.selected_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self._entries):
            return
        self._entries[row], self._entries[target] = self._entries[target], self._entries[row]
        self._refresh(select=target)
        self.changed.emit()

    # -- drawing -------------------------------------------------------------------------------
    def _refresh(self, select: int | None = None) -> None:
        keep = self.selected_row() if select is None else select
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            pid = entry["product"]
            product = self.catalog.product(pid)
            name = product.name if product else pid
            issues = self._row_issues.get(row, [])
            name_item = QTableWidgetItem(name)
            name_item.setToolTip(pid)
            if issues:
                worst = "error" if any(s == "error" for s, _ in issues) else "warning"
                name_item.setIcon(icons.icon("warning", color=tone_color(worst)))
                name_item.setForeground(tone_color(worst))
                name_item.setToolTip("\n".join(m for _, m in issues))
            prices = []
            for price_id in entry["prices"]:
                price = self.catalog.price(price_id)
                if price is None:
                    prices.append(self.tr("{0} (not synced)").format(price_id))
                else:
                    prices.append(f"{price_label(price)}  ·  {tax_label(price.tax_behavior)}")
            prices_item = QTableWidgetItem("\n".join(prices) or self.tr("No prices picked"))
            prices_item.setToolTip("\n".join(entry["prices"]))
            quantity = entry["adjustable_quantity"]
            if quantity["enabled"]:
                top = quantity["maximum"]
                q = self.tr("{0} to {1}").format(quantity["minimum"], top if top else "∞")
            else:
                q = self.tr("Fixed")
            self.table.setItem(row, 0, name_item)
            self.table.setItem(row, 1, prices_item)
            self.table.setItem(row, 2, QTableWidgetItem(q))
        self.table.resizeRowsToContents()
        if 0 <= keep < len(self._entries):
            self.table.selectRow(keep)
        else:
            self.table.clearSelection()
        n = len(self._entries)
        self.count_label.setText(self.tr("{0} of {1} products").format(n, MAX_PRODUCTS))
        if n > MAX_PRODUCTS:
            self.count_label.setStyleSheet(f"color: {tone_color('error').name()};")
        else:
            self.count_label.setStyleSheet("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        has = row >= 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._entries) - 1)
