"""The panel's dialogs: review before saving, merge after a conflict, version history.

- :class:`DiffView` — a table of field-level changes (setting, before, after).
- :class:`ReviewDialog` — the change against the version on Stripe now, plus the warnings
  to confirm, before anything is sent.
- :class:`MergeDialog` — someone saved the configuration while it was being edited: shows
  their changes and the user's, and lets the user pick a side for each field both changed.
- :class:`HistoryDialog` — every version kept in the cache; pick two to compare, or one to
  see what restoring it would change, and restore it (as a new save, through the checks).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.portal_config.catalog import Catalog
from services.portal_config.checks import Issue
from services.portal_config.diff import Change, MergeResult, Side, describe, diff
from services.portal_config.document import Doc, from_object
from services.portal_config.history import Version
from widgets.portal_configuration.controls import date_text, tone_color, when
from widgets.style import heading, make_muted


class DiffView(QTableWidget):
    """Field-level changes: Setting | before | after."""

    def __init__(self, before: str = "", after: str = "", parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.set_headers(before or self.tr("Before"), after or self.tr("After"))
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.changes: list[Change] = []

    def set_headers(self, before: str, after: str) -> None:
        """Name the two value columns."""
        self.setHorizontalHeaderLabels([self.tr("Setting"), before, after])

    def set_changes(self, changes: Sequence[Change]) -> None:
        """Show ``changes`` (an empty list shows a "no differences" row)."""
        self.changes = list(changes)
        self.setRowCount(max(1, len(changes)))
        if not changes:
            item = QTableWidgetItem(self.tr("No differences"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.setItem(0, 0, item)
            self.setItem(0, 1, QTableWidgetItem(""))
            self.setItem(0, 2, QTableWidgetItem(""))
        for row, change in enumerate(changes):
            self.setItem(row, 0, QTableWidgetItem(change.label))
            before = QTableWidgetItem(change.before_text)
            after = QTableWidgetItem(change.after_text)
            before.setToolTip(change.before_text)
            after.setToolTip(change.after_text)
            self.setItem(row, 1, before)
            self.setItem(row, 2, after)
        self.resizeRowsToContents()


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    box.addButton(QDialogButtonBox.StandardButton.Cancel)
    ok = QPushButton(ok_text)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


class ReviewDialog(QDialog):
    """Before saving: the field-level diff against Stripe's version, and the warnings."""

    def __init__(
        self,
        *,
        title: str,
        subtitle: str,
        changes: Sequence[Change],
        warnings: Sequence[Issue],
        before_label: str,
        after_label: str,
        save_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(860, 560)
        head = heading(title, self.font(), 1.3, self)
        sub = QLabel(subtitle)
        sub.setWordWrap(True)
        make_muted(sub)
        self.diff_view = DiffView(before_label, after_label)
        self.diff_view.set_changes(changes)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(head)
        layout.addWidget(sub)
        layout.addWidget(self.diff_view, 1)
        self.warning_labels: list[QLabel] = []
        if warnings:
            note = QLabel(self.tr("Stripe accepts these, but please check they are what you want:"))
            note.setWordWrap(True)
            layout.addWidget(note)
            for issue in warnings:
                label = QLabel("⚠  " + issue.message)
                label.setWordWrap(True)
                label.setStyleSheet(f"color: {tone_color('warning').name()};")
                layout.addWidget(label)
                self.warning_labels.append(label)
        text = self.tr("Save anyway") if warnings else save_label
        self.buttons, self.save_button = _buttons(self, text)
        layout.addWidget(self.buttons)


class MergeDialog(QDialog):
    """Combine the user's edits with changes saved on Stripe meanwhile."""

    def __init__(
        self,
        result: MergeResult,
        *,
        name: str,
        updated: int | None,
        catalog: Catalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.merge_result = result
        self.setWindowTitle(self.tr("Changed on Stripe while you were editing"))
        self.resize(900, 620)
        title = heading(
            self.tr("“{0}” changed on Stripe while you were editing").format(name),
            self.font(),
            1.25,
            self,
        )
        sub = QLabel(
            self.tr(
                "Someone saved it {0}. Nothing is lost: their changes and yours are listed "
                "below. Merge them, then review before saving."
            ).format(when(updated) if updated else self.tr("meanwhile"))
        )
        sub.setWordWrap(True)
        make_muted(sub)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(sub)

        def changes_of(keys: list[str], side: dict[str, object]) -> list[Change]:
            out = []
            for key in keys:
                if any(c.key == key for c in result.conflicts):
                    continue
                before, after = result.base.get(key), side.get(key)
                out.append(
                    Change(
                        key,
                        _label(key, catalog),
                        before,
                        after,
                        describe(key, before, catalog),
                        describe(key, after, catalog),
                    )
                )
            return out

        split = QSplitter(Qt.Orientation.Horizontal)
        self.theirs_view = DiffView(self.tr("Before"), self.tr("Now on Stripe"))
        self.theirs_view.set_changes(changes_of(result.theirs_changes, result.theirs))
        self.mine_view = DiffView(self.tr("Before"), self.tr("Yours"))
        self.mine_view.set_changes(changes_of(result.mine_changes, result.mine))
        for view, text in (
            (self.theirs_view, self.tr("Changed on Stripe (kept)")),
            (self.mine_view, self.tr("Your changes (kept)")),
        ):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(QLabel(f"<b>{text}</b>"))
            column.addWidget(view)
            split.addWidget(holder)
        layout.addWidget(split, 1)

        self.choice_groups: dict[str, QButtonGroup] = {}
        if result.conflicts:
            label = QLabel(self.tr("<b>Changed on both sides</b> — choose which to keep:"))
            layout.addWidget(label)
            self.conflicts = QTableWidget(len(result.conflicts), 3)
            self.conflicts.setHorizontalHeaderLabels(
                [self.tr("Setting"), self.tr("Now on Stripe"), self.tr("Yours")]
            )
            header = self.conflicts.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            self.conflicts.verticalHeader().setVisible(False)
            for row, conflict in enumerate(result.conflicts):
                self.conflicts.setItem(row, 0, QTableWidgetItem(conflict.label))
                group = QButtonGroup(self)
                theirs = QRadioButton(describe(conflict.key, conflict.theirs, catalog))
                mine = QRadioButton(describe(conflict.key, conflict.mine, catalog))
                theirs.setObjectName("theirs")
                mine.setObjectName("mine")
                mine.setChecked(True)
                group.addButton(theirs)
                group.addButton(mine)
                self.conflicts.setCellWidget(row, 1, theirs)
                self.conflicts.setCellWidget(row, 2, mine)
                self.choice_groups[conflict.key] = group
            self.conflicts.resizeRowsToContents()
            self.conflicts.setMaximumHeight(60 + 34 * len(result.conflicts))
            layout.addWidget(self.conflicts)
        self.buttons, self.merge_button = _buttons(self, self.tr("Merge and review"))
        layout.addWidget(self.buttons)

    def choices(self) -> dict[str, Side]:
        """For each conflicting key, the side chosen."""
        out: dict[str, Side] = {}
        for key, group in self.choice_groups.items():
            checked = group.checkedButton()
            out[key] = (
                "theirs" if checked is not None and checked.objectName() == "theirs" else "mine"
            )
        return out

    def choose(self, key: str, side: Side) -> None:
        """Pick ``side`` for conflict ``key`` (tests and keyboard users)."""
        for button in self.choice_groups[key].buttons():
            if button.objectName() == side:
                button.setChecked(True)


def _label(key: str, catalog: Catalog) -> str:
    from services.portal_config.diff import item_label

    return item_label(key, catalog)


ORIGINS = {
    "sync": QT_TRANSLATE_NOOP("HistoryDialog", "Synced from Stripe"),
    "event": QT_TRANSLATE_NOOP("HistoryDialog", "From a Stripe event"),
    "saved": QT_TRANSLATE_NOOP("HistoryDialog", "Saved here"),
}


class HistoryDialog(QDialog):
    """Every version of a configuration; compare two, or restore one."""

    def __init__(
        self,
        versions: Sequence[Version],
        *,
        current: Doc,
        name: str,
        catalog: Catalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.versions = list(versions)
        self.current = current
        self.catalog = catalog
        self.restored: Doc | None = None
        self.restored_version: Version | None = None
        self.setWindowTitle(self.tr("History of “{0}”").format(name))
        self.resize(980, 640)
        title = heading(self.tr("History of “{0}”").format(name), self.font(), 1.25, self)
        sub = QLabel(
            self.tr(
                "Every version Counterfoil has seen or saved. Select two to compare them, or "
                "one to see what restoring it would change. Restoring makes a new save, "
                "checked and reviewed like any other."
            )
        )
        sub.setWordWrap(True)
        make_muted(sub)
        self.table = QTableWidget(len(self.versions), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Version from"), self.tr("Where it came from"), self.tr("What changed")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        docs = [from_object(v.obj) for v in self.versions]
        self.docs = docs
        for row, version in enumerate(self.versions):
            stamp = version.updated or version.recorded_at
            self.table.setItem(row, 0, QTableWidgetItem(date_text(stamp, with_time=True)))
            self.table.setItem(
                row, 1, QTableWidgetItem(self.tr(str(ORIGINS.get(version.origin, version.origin))))
            )
            if row + 1 < len(docs):
                changes = diff(docs[row + 1], docs[row], catalog)
                text = (
                    (
                        ", ".join(c.label for c in changes[:3])
                        + (
                            self.tr(" and {0} more").format(len(changes) - 3)
                            if len(changes) > 3
                            else ""
                        )
                    )
                    if changes
                    else self.tr("No setting changed")
                )
            else:
                text = self.tr("Oldest version kept")
            self.table.setItem(row, 2, QTableWidgetItem(text))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.diff_view = DiffView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caption)
        column.addWidget(self.diff_view)
        split.addWidget(lower)
        split.setSizes([220, 360])
        self.restore_button = QPushButton(self.tr("Restore this version…"))
        self.restore_button.clicked.connect(self._restore)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(sub)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        if self.versions:
            self.table.selectRow(0)
        self._selection_changed()

    def selected_rows(self) -> list[int]:
        """Selected version rows, newest first."""
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def select(self, rows: Sequence[int]) -> None:
        """Select exactly ``rows``."""
        self.table.clearSelection()
        for row in rows:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.restore_button.setEnabled(len(rows) == 1)
        if len(rows) == 2:
            newer, older = rows[0], rows[1]
            self.diff_view.set_headers(self._when(older), self._when(newer))
            self.diff_view.set_changes(diff(self.docs[older], self.docs[newer], self.catalog))
            self.caption.setText(self.tr("Changes from the older to the newer version:"))
        elif len(rows) == 1:
            row = rows[0]
            self.diff_view.set_headers(self.tr("In the editor now"), self._when(row))
            self.diff_view.set_changes(diff(self.current, self.docs[row], self.catalog))
            self.caption.setText(self.tr("What restoring this version would change:"))
        else:
            self.diff_view.set_changes([])
            self.caption.setText(
                self.tr("Select one version, or two to compare.")
                if len(rows) < 2
                else self.tr("Select at most two versions to compare.")
            )

    def _when(self, row: int) -> str:
        version = self.versions[row]
        return date_text(version.updated or version.recorded_at, with_time=True)

    def _restore(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        self.restored = self.docs[rows[0]]
        self.restored_version = self.versions[rows[0]]
        self.accept()
