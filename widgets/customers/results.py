"""The lazy list of search results and how each row is drawn.

:class:`ResultsModel` holds the rows fetched so far (small
:class:`~services.customers.search.Hit` records, never a whole table) and the cursor of the
next page. A keystroke's first page is computed on a worker and handed over with
:meth:`ResultsModel.set_results` (one reset, no per-row work). Further pages come through
``canFetchMore``/``fetchMore`` as the view scrolls: ``fetchMore`` asks the page loader the
panel supplies (a keyset query of one page, run on a worker) and the rows are inserted when
the page arrives -- never inside ``fetchMore`` itself, so the UI thread never waits and a
reset never races an insertion (pages that arrive after a reset are dropped).
:class:`HitDelegate` draws two lines per customer: the name with badges (connected
account, deleted, found on Stripe), then email and id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from services.customers.search import Cursor, Hit, Page
from widgets.style import muted_color, scaled_font

PageLoader = Callable[[Cursor, Callable[[Page | None], None]], None]
"""``loader(cursor, deliver)``: load the page at ``cursor`` and call ``deliver(page)`` on the
UI thread (``deliver(None)`` when it failed)."""
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractListModel):
    """Customers found so far, fetched page by page.

    Signals:
        more_loaded(int) -- rows were appended after ``fetchMore`` (how many).
    """

    more_loaded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._keys: set[tuple[str, str]] = set()
        self._cursor: Cursor | None = None
        self._loader: PageLoader | None = None
        self._loading = False
        self._generation = 0
        self.accounts: dict[str, str] = {}
        """Connected account names (id → name), for the badge."""

    # -- filling -------------------------------------------------------------------------------
    def set_results(
        self, hits: list[Hit], cursor: Cursor | None, loader: PageLoader | None
    ) -> None:
        """Replace the rows with a first page; ``loader`` loads the page at a cursor."""
        self.beginResetModel()
        self._generation += 1
        self._hits = list(hits)
        self._keys = {(h.id, h.account) for h in hits}
        self._cursor = cursor
        self._loader = loader
        self._loading = False
        self.endResetModel()

    @property
    def loading(self) -> bool:
        """True while a page asked for by ``fetchMore`` has not arrived."""
        return self._loading

    def clear(self) -> None:
        self.set_results([], None, None)

    @property
    def hits(self) -> list[Hit]:
        return list(self._hits)

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, customer_id: str, account: str) -> int:
        """The row of a customer, or -1."""
        for row, h in enumerate(self._hits):
            if h.id == customer_id and h.account == account:
                return row
        return -1

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        h = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return h.name or h.email or h.id
        if role == HIT_ROLE:
            return h
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [h.name or "", h.email or "", h.id]
            if h.account:
                parts.append(self.accounts.get(h.account, h.account))
            if h.deleted:
                parts.append(self.tr("deleted"))
            return " · ".join(p for p in parts if p)
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._cursor is not None
            and self._loader is not None
            and not self._loading
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._loader is not None and self._cursor is not None
        self._loading = True
        generation = self._generation
        self._loader(self._cursor, lambda page: self._deliver(generation, page))

    def _deliver(self, generation: int, page: Page | None) -> None:
        if generation != self._generation:
            return  # a newer search replaced the rows meanwhile
        self._loading = False
        if page is None:
            self._cursor = None  # stop asking; a new search starts over
            return
        self._cursor = page.cursor
        fresh = [h for h in page.hits if (h.id, h.account) not in self._keys]
        if not fresh:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._hits.extend(fresh)
        self._keys.update((h.id, h.account) for h in fresh)
        self.endInsertRows()
        self.more_loaded.emit(len(fresh))


class _Look:
    """Fonts, metrics and colours the delegate derives from a font and palette, once."""

    def __init__(self, font: QFont, palette: QPalette) -> None:
        self.key = (font.key(), palette.cacheKey())
        self.base = QFont(font)
        self.bold = scaled_font(font, 1.0, bold=True)
        self.small = scaled_font(font, 0.85)
        self.fm = QFontMetrics(self.base)
        self.bold_fm = QFontMetrics(self.bold)
        self.small_fm = QFontMetrics(self.small)
        self.text = palette.color(QPalette.ColorRole.Text)
        self.muted = muted_color(palette)
        self.selected_text = palette.color(QPalette.ColorRole.HighlightedText)
        self.selected_fill = palette.color(QPalette.ColorRole.Highlight)


class HitDelegate(QStyledItemDelegate):
    """Two lines per customer: name and badges, then email · id (muted).

    Painting is on the keystroke's critical path (it holds the GIL the search worker also
    needs), so it draws directly with cached fonts and colours instead of asking the style
    and the model for every role of every row.
    """

    PAD = 8

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._look: _Look | None = None

    def look(self, font: QFont, palette: QPalette) -> _Look:
        key = (font.key(), palette.cacheKey())
        if self._look is None or self._look.key != key:
            self._look = _Look(font, palette)
        return self._look

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        look = self.look(option.font, option.palette)  # type: ignore[attr-defined]
        return QSize(200, look.bold_fm.height() + look.fm.height() + self.PAD * 2 + 2)

    def _badge(self, h: Hit) -> str:
        if h.deleted:
            return self.tr("Deleted")
        if h.match in ("stripe", "lookup"):
            return self.tr("From Stripe")
        if h.account:
            return self.model.accounts.get(h.account, h.account)
        return ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        h = self.model.hit(index.row())
        if h is None:
            return
        look = self.look(option.font, option.palette)  # type: ignore[attr-defined]
        whole: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        if selected:
            painter.fillRect(whole, look.selected_fill)
        text_color = look.selected_text if selected else look.text
        muted = look.selected_text if selected else look.muted
        rect = whole.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        line = look.bold_fm.height()
        badge = self._badge(h)
        badge_w = 0
        if badge:
            badge = look.small_fm.elidedText(badge, Qt.TextElideMode.ElideRight, rect.width() // 3)
            badge_w = look.small_fm.horizontalAdvance(badge) + 12
            box = QRect(rect.right() - badge_w, rect.top() + 1, badge_w, look.small_fm.height() + 2)
            painter.setPen(muted)
            painter.setFont(look.small)
            painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 3, 3)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
        painter.setFont(look.bold)
        painter.setPen(muted if h.deleted and not selected else text_color)
        name = h.name or h.email or h.id
        name = look.bold_fm.elidedText(
            name, Qt.TextElideMode.ElideRight, rect.width() - badge_w - 8
        )
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width() - badge_w, line), flags, name)
        painter.setFont(look.base)
        painter.setPen(muted)
        second = " · ".join(x for x in (h.email, h.id) if x)
        second = look.fm.elidedText(second, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), look.fm.height()), flags, second
        )
        if option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined]
            painter.setPen(look.selected_text if selected else look.muted)
            painter.drawRect(whole.adjusted(1, 1, -2, -2))
        painter.restore()
