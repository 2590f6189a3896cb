"""The list of portal configurations: a table model, its filter, and a card delegate.

:class:`ConfigListModel` holds one :class:`ConfigRow` per configuration of the account (read
from the cache off the UI thread) plus one per unsaved new configuration (drafts). Its
columns are Name, Status, Headline, Updated, ID and Login page; the panel shows column 0
through :class:`ConfigCardDelegate`, which draws each row as a small card (name with
Default / Inactive / Unsaved pills, the headline, the id, when it was updated and a
"Copy link" button when the login page is on). :class:`ConfigFilterProxy` filters by
status (all / active / inactive) and by a search on name or id. A portal has a handful of
configurations, so the rows are loaded at once; the model is still a proper
QAbstractTableModel (checked with QAbstractItemModelTester in the tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from widgets.portal_configuration.controls import copy_pixmap, tr, when
from widgets.style import WARNING_COLOR, muted_color, scaled_font, subtle_fill, theme_palette

Index: TypeAlias = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Data roles beyond DisplayRole (all on every column)."""

    ROW = Qt.ItemDataRole.UserRole + 1
    KEY = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    """The model's columns."""

    NAME = 0
    STATUS = 1
    HEADLINE = 2
    UPDATED = 3
    ID = 4
    LOGIN = 5


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("PortalConfiguration", "Name"),
    Column.STATUS: QT_TRANSLATE_NOOP("PortalConfiguration", "Status"),
    Column.HEADLINE: QT_TRANSLATE_NOOP("PortalConfiguration", "Headline"),
    Column.UPDATED: QT_TRANSLATE_NOOP("PortalConfiguration", "Updated"),
    Column.ID: QT_TRANSLATE_NOOP("PortalConfiguration", "ID"),
    Column.LOGIN: QT_TRANSLATE_NOOP("PortalConfiguration", "Login page"),
}


@dataclass(frozen=True)
class ConfigRow:
    """One configuration in the list (or an unsaved new one)."""

    key: str
    """The configuration id, or the draft key of a new configuration."""
    name: str
    active: bool = True
    is_default: bool = False
    headline: str = ""
    updated: int | None = None
    login_url: str | None = None
    has_draft: bool = False
    is_new: bool = False

    @property
    def config_id(self) -> str | None:
        """The Stripe id (None for a configuration not created yet)."""
        return None if self.is_new else self.key

    @property
    def display_name(self) -> str:
        """The name, or a stand-in for unnamed configurations."""
        if self.name:
            return self.name
        return tr("New configuration") if self.is_new else tr("Unnamed configuration")

    @classmethod
    def from_object(cls, obj: dict[str, Any], *, has_draft: bool = False) -> ConfigRow:
        """From Stripe's configuration JSON."""
        profile = obj.get("business_profile") or {}
        login = obj.get("login_page") or {}
        return cls(
            key=str(obj["id"]),
            name=str(obj.get("name") or ""),
            active=bool(obj.get("active", True)),
            is_default=bool(obj.get("is_default")),
            headline=str(profile.get("headline") or ""),
            updated=obj.get("updated") or obj.get("created"),
            login_url=(login.get("url") or None) if login.get("enabled") else None,
            has_draft=has_draft,
        )

    def status_text(self) -> str:
        """Active / Inactive, plus Default."""
        text = tr("Active") if self.active else tr("Inactive")
        if self.is_default:
            text = tr("Default") + " · " + text
        if self.is_new:
            text = tr("Not created yet")
        return text


class ConfigListModel(QAbstractTableModel):
    """Configurations as rows (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConfigRow] = []

    # -- contents ---------------------------------------------------------------------
    def set_rows(self, rows: list[ConfigRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ConfigRow]:
        """Every row, in order."""
        return list(self._rows)

    def row_of(self, key: str) -> int:
        """The row number of ``key``, or -1."""
        for i, r in enumerate(self._rows):
            if r.key == key:
                return i
        return -1

    def row_at(self, row: int) -> ConfigRow | None:
        """The row at ``row`` (None out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractItemModel --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return tr(str(HEADERS[Column(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Role.ROW:
            return row
        if role == Role.KEY:
            return row.key
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.NAME:
                return row.display_name
            if column == Column.STATUS:
                return row.status_text()
            if column == Column.HEADLINE:
                return row.headline
            if column == Column.UPDATED:
                return when(row.updated) if row.updated else ""
            if column == Column.ID:
                return row.config_id or ""
            if column == Column.LOGIN:
                return row.login_url or ""
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.NAME:
            return f"{row.display_name}, {row.status_text()}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ConfigFilterProxy(QSortFilterProxyModel):
    """Filter by status and by a search on name or id."""

    STATUSES = ("all", "active", "inactive")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = "all"
        self._text = ""

    def set_status(self, status: str) -> None:
        """``all``, ``active`` or ``inactive``."""
        if status not in self.STATUSES:
            raise ValueError(status)
        self._refilter(lambda: setattr(self, "_status", status))

    def set_text(self, text: str) -> None:
        """Keep rows whose name or id contains ``text`` (case-insensitive)."""
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ConfigListModel):
            return True
        row = model.row_at(source_row)
        if row is None:
            return False
        if self._status == "active" and not (row.active or row.is_new):
            return False
        if self._status == "inactive" and (row.active or row.is_new):
            return False
        if self._text:
            haystack = f"{row.name} {row.key}".casefold()
            return self._text in haystack
        return True


class ConfigCardDelegate(QStyledItemDelegate):
    """Draws a configuration as a card; clicking "Copy link" copies the login page URL.

    Signals:
        link_copied(str) -- the login page URL that was copied to the clipboard.
    """

    link_copied = Signal(str)

    PAD = 12
    HEIGHT = 78

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), self.HEIGHT)

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        return (
            scaled_font(base, 1.02, bold=True),
            scaled_font(base, 0.93),
            scaled_font(base, 0.8, bold=True),
        )

    def copy_rect(self, option_rect: QRect, font: QFont) -> QRect:
        """Where the "Copy link" button of a card is."""
        small = scaled_font(font, 0.93)
        width = QFontMetrics(small).horizontalAdvance(tr("Copy link")) + 26
        bottom = option_rect.bottom() - self.PAD + 2
        return QRect(option_rect.right() - self.PAD - width, bottom - 18, width, 20)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(Role.ROW)
        if not isinstance(row, ConfigRow):
            super().paint(painter, option, index)
            return
        palette = theme_palette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            fill = palette.color(QPalette.ColorRole.Highlight)
        elif hovered:
            fill = subtle_fill(palette, 0.06)
        else:
            fill = subtle_fill(palette, 0.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 7, 7)
        text = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        )
        muted = QColor(text) if selected else muted_color(palette)
        if selected:
            muted.setAlphaF(0.82)
        bold, small, pill_font = self._fonts(option.font)
        x = rect.left() + self.PAD
        right = rect.right() - self.PAD
        y = rect.top() + 8

        # line 1: name and pills
        pills: list[tuple[str, QColor, QColor]] = []
        if row.has_draft:
            pills.append((tr("Unsaved"), WARNING_COLOR, QColor("#ffffff")))
        if row.is_default:
            pills.append(
                (
                    tr("Default"),
                    palette.color(QPalette.ColorRole.Highlight).darker(115)
                    if not selected
                    else QColor("#ffffff"),
                    QColor("#ffffff")
                    if not selected
                    else palette.color(QPalette.ColorRole.Highlight),
                )
            )
        if not row.active and not row.is_new:
            pills.append(
                (
                    tr("Inactive"),
                    subtle_fill(palette, 0.22),
                    palette.color(QPalette.ColorRole.WindowText),
                )
            )
        pm = QFontMetrics(pill_font)
        pills_width = sum(pm.horizontalAdvance(t) + 14 for t, _, _ in pills)
        bm = QFontMetrics(bold)
        name = bm.elidedText(
            row.display_name, Qt.TextElideMode.ElideRight, max(40, right - x - pills_width)
        )
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRect(x, y, right - x, bm.height()), Qt.AlignmentFlag.AlignLeft, name)
        px = x + bm.horizontalAdvance(name) + 8
        for label, bg, fg in pills:
            w = pm.horizontalAdvance(label) + 10
            pill_rect = QRect(px, y + 1, w, pm.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bg)
            painter.drawRoundedRect(pill_rect, 4, 4)
            painter.setPen(fg)
            painter.setFont(pill_font)
            painter.drawText(pill_rect, Qt.AlignmentFlag.AlignCenter, label)
            px += w + 4
        y += bm.height() + 3

        # line 2: headline
        sm = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted)
        headline = row.headline or tr("No headline: the portal shows its standard greeting")
        painter.drawText(
            QRect(x, y, right - x, sm.height()),
            Qt.AlignmentFlag.AlignLeft,
            sm.elidedText(headline, Qt.TextElideMode.ElideRight, right - x),
        )
        y += sm.height() + 4

        # line 3: id, updated, copy link
        parts = [row.config_id or tr("not created yet")]
        if row.updated:
            parts.append(tr("updated {0}").format(when(row.updated)))
        meta = " · ".join(parts)
        copy = self.copy_rect(option.rect, option.font) if row.login_url else None
        limit = (copy.left() - 8 if copy else right) - x
        painter.drawText(
            QRect(x, y, limit, sm.height()),
            Qt.AlignmentFlag.AlignLeft,
            sm.elidedText(meta, Qt.TextElideMode.ElideRight, limit),
        )
        if copy is not None:
            icon_color = text if selected else palette.color(QPalette.ColorRole.Link)
            painter.drawPixmap(copy.left() + 2, copy.top() + 2, copy_pixmap(16, icon_color))
            painter.setPen(icon_color)
            painter.drawText(
                copy.adjusted(22, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                tr("Copy link"),
            )
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            row = index.data(Role.ROW)
            inside = self.copy_rect(option.rect, option.font).contains(event.position().toPoint())
            if isinstance(row, ConfigRow) and row.login_url and inside:
                QGuiApplication.clipboard().setText(row.login_url)
                self.link_copied.emit(row.login_url)
                return True
        return super().editorEvent(event, model, option, index)
