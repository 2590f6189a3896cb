"""The lazy list of search results and how each row is drawn.

:class:`ResultsModel` shows search results without ever holding a whole table. Its rows are
kept in *blocks* of :data:`BLOCK` rows, in a small LRU (:data:`KEEP_BLOCKS` blocks); what it
keeps for every block it ever reached is only the :class:`~services.customers.search.Cursor`
the block starts at. A block that was forgotten and comes back into view is read again from
its cursor on a worker; its rows are placeholders meanwhile (the delegate draws "Loading…")
and ``dataChanged`` repaints them when they arrive. Memory stays bounded however far the
list is scrolled.

A keystroke's first page is computed on a worker and handed over with
:meth:`ResultsModel.set_results` (one reset, no per-row work). Then:

- a ranked search grows as the view scrolls (``canFetchMore``/``fetchMore``): each fetch
  fills the last block up to its end, through the row loader the panel supplies (a keyset
  query run on a worker);
- the empty search (every customer, newest first) asks, on its first ``fetchMore``, for an
  *outline* of the whole list (its length and every block's cursor, one pass on a worker,
  :func:`~services.customers.search.browse_outline`); from then on the model has every row
  (the scroll bar spans the whole list) and reads any block directly when it is shown.

Nothing is read inside ``data`` or ``fetchMore``: they only ask, and the answers arrive on
the UI thread later, so the UI thread never waits on SQLite; answers that arrive after a
reset are dropped (each reset starts a new generation).
:class:`HitDelegate` draws two lines per customer: the name with badges (connected
account, deleted, found on Stripe), then email and id. :class:`ResultsView` shows them: a
one-column table without headers or grid, which reads as a list -- not a ``QListView``,
whose layout asks the model for an index of every row (a Python call each: seconds for a
million rows) at every reset, insertion and ``dataChanged``; a table's rows are a header's
fixed-height sections, laid out in C++ without asking the model.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial
from typing import TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from services.customers.search import Cursor, Hit, Outline, Page
from widgets.style import muted_color, scaled_font

RowLoader = Callable[[Cursor | None, int, Callable[[Page | None], None]], None]
"""``loader(cursor, count, deliver)``: read up to ``count`` rows from ``cursor`` on (None: from
the first row) on a worker and call ``deliver(page)`` on the UI thread (``deliver(None)`` when
it failed)."""
OutlineLoader = Callable[[Callable[[Outline | None], None]], None]
"""``outliner(deliver)``: map the whole list on a worker, then ``deliver(outline)`` on the UI
thread (``deliver(None)`` when it failed)."""
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
BLOCK = 200
"""Rows per block: what the model reads, keeps and forgets at once."""
KEEP_BLOCKS = 20
"""Blocks kept in memory (a few screenfuls each); older ones are read again when shown."""
LOADS_AT_ONCE = 2
"""Blocks being read at the same time."""
WANTED = 6
"""Blocks waiting to be read; the ones asked for most recently (on screen) go first."""
PREFETCH_WITHIN = 40
"""A row shown this close to its block's edge gets the neighbouring block read (a mapped
list: scrolling on rarely shows a placeholder)."""


class ResultsModel(QAbstractListModel):
    """Search results in blocks, read lazily (see the module docstring).

    Signals:
        more_loaded(int) -- rows were appended after ``fetchMore`` (how many).
        rows_arrived(int, int) -- rows first..last were read (again): placeholders replaced.
        outlined(int) -- the whole list is mapped: it has this many rows now.
    """

    more_loaded = Signal(int)
    rows_arrived = Signal(int, int)
    outlined = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        block: int = BLOCK,
        keep_blocks: int = KEEP_BLOCKS,
    ) -> None:
        super().__init__(parent)
        self.block = block
        self.keep_blocks = max(2, keep_blocks)
        self._rows = 0
        self._blocks: OrderedDict[int, list[Hit | None]] = OrderedDict()
        self._starts: list[Cursor | None] = []
        self._tail: Cursor | None = None
        self._loader: RowLoader | None = None
        self._outliner: OutlineLoader | None = None
        self._outline_asked = False
        self._outlined = False
        self._growing = False
        self._reading: set[int] = set()
        self._wanted: list[int] = []
        self._generation = 0
        self.reads = 0
        """Blocks read again so far (diagnostics)."""
        self._dispatch = QTimer(self)
        self._dispatch.setSingleShot(True)
        self._dispatch.setInterval(0)
        self._dispatch.timeout.connect(self._read_wanted)
        self.accounts: dict[str, str] = {}
        """Connected account names (id → name), for the badge."""

    # -- filling -------------------------------------------------------------------------------
    def set_results(
        self,
        hits: list[Hit],
        cursor: Cursor | None,
        loader: RowLoader | None,
        outliner: OutlineLoader | None = None,
    ) -> None:
        """Replace the rows with a first page; ``loader`` reads rows from a cursor on, and
        ``outliner`` (the empty search) maps the whole list when the view wants more."""
        self.beginResetModel()
        self._generation += 1
        self._rows = len(hits)
        self._blocks = OrderedDict(
            (b, list(hits[b * self.block : (b + 1) * self.block]))
            for b in range((len(hits) + self.block - 1) // self.block)
        )
        # Only the first block's start is known (the list's start); a first page longer
        # than a block (Stripe's answers) has no cursors inside and is never forgotten.
        self._starts = [None] if loader is not None else []
        self._tail = cursor if loader is not None else None
        self._loader = loader
        self._outliner = outliner if loader is not None else None
        self._outline_asked = False
        self._outlined = False
        self._growing = False
        self._reading = set()
        self._wanted = []
        self.endResetModel()

    @property
    def loading(self) -> bool:
        """True while rows asked for by ``fetchMore`` have not arrived."""
        return self._growing

    @property
    def mapped(self) -> bool:
        """True once the whole list is mapped (the empty search, after its outline came)."""
        return self._outlined

    @property
    def busy(self) -> bool:
        """True while anything asked for has not arrived (rows, blocks or the outline)."""
        return bool(
            self._growing
            or self._reading
            or self._wanted
            or (self._outline_asked and not self._outlined and self._outliner is not None)
        )

    def clear(self) -> None:
        self.set_results([], None, None)

    @property
    def hits(self) -> list[Hit]:
        """The rows in memory, in order (all of them for a list shorter than a few blocks)."""
        return [h for b in sorted(self._blocks) for h in self._blocks[b] if h is not None]

    @property
    def kept_blocks(self) -> list[int]:
        """The blocks in memory, least recently used first."""
        return list(self._blocks)

    def hit(self, row: int) -> Hit | None:
        """The customer at ``row``, or None while its block is being read (then it is
        asked for)."""
        return self._hit(row, ask=True)

    def row_of(self, customer_id: str, account: str) -> int:
        """The row of a customer among the rows in memory, or -1."""
        for b in sorted(self._blocks):
            for offset, h in enumerate(self._blocks[b]):
                if h is not None and h.id == customer_id and h.account == account:
                    return b * self.block + offset
        return -1

    def _hit(self, row: int, *, ask: bool) -> Hit | None:
        if not 0 <= row < self._rows:
            return None
        b, offset = divmod(row, self.block)
        rows = self._blocks.get(b)
        if rows is not None:
            self._blocks.move_to_end(b)
            if offset < len(rows):
                if ask and self._outlined:
                    # Near a block's edge: read the neighbour before it is on screen.
                    near = min(PREFETCH_WITHIN, self.block // 4)
                    if offset >= self.block - near:
                        self._prefetch(b + 1)
                    elif offset < near:
                        self._prefetch(b - 1)
                return rows[offset]  # None: a row that was gone when its block was read
        if ask:
            self._want(b)
        return None

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        h = self._hit(index.row(), ask=True)
        if h is None:
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Loading…") if 0 <= index.row() < self._rows else None
            return None
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

    def match(
        self,
        start: AnyIndex,
        role: int,
        value: object,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Only the rows in memory (the view's type-to-select would otherwise visit, and
        ask for, every row of a million)."""
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(value, str):
            return []
        needle = value.casefold()
        first = start.row() if start.isValid() else 0
        rows = [
            b * self.block + offset
            for b in sorted(self._blocks)
            for offset, h in enumerate(self._blocks[b])
            if h is not None
        ]
        order = [r for r in rows if r >= first]
        if flags & Qt.MatchFlag.MatchWrap:
            order += [r for r in rows if r < first]
        found: list[QModelIndex] = []
        for row in order:
            h = self._blocks[row // self.block][row % self.block]
            text = (h.name or h.email or h.id).casefold() if h is not None else ""
            if text.startswith(needle):
                found.append(self.index(row, 0))
                if hits != -1 and len(found) >= hits:
                    break
        return found

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._tail is not None
            and self._loader is not None
            and not self._growing
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._loader is not None and self._tail is not None
        generation = self._generation
        if self._outliner is not None and not self._outline_asked:
            self._outline_asked = True
            self._outliner(lambda outline: self._outline_arrived(generation, outline))
        self._growing = True
        room = self.block - self._rows % self.block
        self._loader(self._tail, room, lambda page: self._grown(generation, page))

    # -- arrivals ------------------------------------------------------------------------------
    def _grown(self, generation: int, page: Page | None) -> None:
        if generation != self._generation:
            return  # a newer search replaced the rows meanwhile
        if self._outlined or page is None:
            self._growing = False
            if page is None:
                self._tail = None  # stop asking; a new search starts over
            return  # (outlined: every row is there already)
        first = self._rows
        b, offset = divmod(first, self.block)
        fresh = page.hits[: self.block - offset]
        if fresh:
            rows = self._blocks.get(b)
            if rows is not None and len(rows) != offset:
                rows = None  # cannot happen (the end block is never forgotten); read it again
            # Still "growing" while the rows go in: a model tester or view that asks for
            # more from inside the insertion gets nothing.
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows += len(fresh)
            if rows is not None:
                rows.extend(fresh)
                self._blocks.move_to_end(b)
            elif offset == 0:
                self._blocks[b] = list(fresh)
            self.endInsertRows()
        self._tail = page.cursor
        if fresh and self._rows % self.block == 0 and self._tail is not None:
            self._starts.append(self._tail)  # where the next block starts
        self._growing = False
        if fresh:
            self._forget()
            self.more_loaded.emit(len(fresh))
        elif self._tail is not None:  # a short scan: ask again without waiting for a scroll
            QTimer.singleShot(0, lambda: self._fetch_again(generation))

    def _fetch_again(self, generation: int) -> None:
        if generation == self._generation:
            self.fetchMore()

    def _outline_arrived(self, generation: int, outline: Outline | None) -> None:
        if generation != self._generation or outline is None or outline.block != self.block:
            return
        self._outlined = True
        self._tail = None
        self._starts = list(outline.starts)
        total = outline.total
        if total > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < self._rows:
            self.beginRemoveRows(QModelIndex(), total, self._rows - 1)
            self._rows = total
            last = (total - 1) // self.block if total else -1
            for b in [b for b in self._blocks if b > last]:
                del self._blocks[b]
            if last >= 0 and last in self._blocks:
                del self._blocks[last][total - last * self.block :]
            self.endRemoveRows()
        self.outlined.emit(total)

    # -- reading blocks again ------------------------------------------------------------------
    def _expected(self, b: int) -> int:
        return max(0, min(self.block, self._rows - b * self.block))

    def _want(self, b: int) -> None:
        if b in self._reading or b >= len(self._starts) or self._loader is None:
            return  # being read, or no known start (never forgotten)
        if b in self._wanted:
            self._wanted.remove(b)
        self._wanted.append(b)
        del self._wanted[:-WANTED]
        if not self._dispatch.isActive():
            self._dispatch.start()

    def _prefetch(self, b: int) -> None:
        if (
            0 <= b < len(self._starts)
            and b not in self._blocks
            and b not in self._reading
            and b not in self._wanted
        ):
            self._wanted.insert(0, b)  # after whatever is on screen
            del self._wanted[:-WANTED]
            if not self._dispatch.isActive():
                self._dispatch.start()

    def _read_wanted(self) -> None:
        generation = self._generation
        while self._wanted and len(self._reading) < LOADS_AT_ONCE and self._loader is not None:
            b = self._wanted.pop()  # the most recently asked for: on screen now
            count = self._expected(b)
            rows = self._blocks.get(b)
            if count == 0 or (rows is not None and len(rows) >= count) or b in self._reading:
                continue
            self._reading.add(b)
            self.reads += 1
            self._loader(self._starts[b], count, partial(self._block_arrived, generation, b))

    def _block_arrived(self, generation: int, b: int, page: Page | None) -> None:
        if generation != self._generation:
            return
        self._reading.discard(b)
        count = self._expected(b)
        if page is not None and count:
            rows: list[Hit | None] = list(page.hits[:count])
            # Fewer rows than before: some were deleted since; the rest stay blank until
            # the next search.
            rows += [None] * (count - len(rows))
            self._blocks[b] = rows
            self._blocks.move_to_end(b)
            self._forget()
            first = b * self.block
            self.dataChanged.emit(self.index(first, 0), self.index(first + count - 1, 0))
            self.rows_arrived.emit(first, first + count - 1)
        if self._wanted and not self._dispatch.isActive():
            self._dispatch.start()

    def _forget(self) -> None:
        """Drop least recently used blocks beyond :data:`KEEP_BLOCKS` (those that can be
        read again: a known start, and not the end block a ``fetchMore`` appends to)."""
        excess = len(self._blocks) - self.keep_blocks
        if excess <= 0:
            return
        growing_end = (self._rows - 1) // self.block if self._tail is not None else -1
        for b in list(self._blocks):
            if excess <= 0:
                break
            if b < len(self._starts) and b != growing_end:
                del self._blocks[b]
                excess -= 1


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
        h = self.model.hit(index.row())  # None: being read (asked for), or gone
        look = self.look(option.font, option.palette)  # type: ignore[attr-defined]
        whole: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if h is None:
            self._paint_placeholder(painter, look, whole, selected)
            return
        painter.save()
        if selected:
            painter.fillRect(whole, look.selected_fill)
        text_color = look.selected_text if selected else look.text
        muted = look.selected_text if selected else look.muted
        rect = whole.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        line = look.bold_fm.height()
        # Text is drawn at its baseline, already elided to fit: drawing into a rectangle
        # with alignment flags lays the text out again and costs twice as much.
        badge = self._badge(h)
        badge_w = 0
        if badge:
            badge = look.small_fm.elidedText(badge, Qt.TextElideMode.ElideRight, rect.width() // 3)
            badge_w = look.small_fm.horizontalAdvance(badge) + 12
            box = QRect(rect.right() - badge_w, rect.top() + 1, badge_w, look.small_fm.height() + 2)
            painter.setPen(muted)
            painter.setFont(look.small)
            painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 3, 3)
            painter.drawText(QPoint(box.left() + 6, box.top() + 1 + look.small_fm.ascent()), badge)
        painter.setFont(look.bold)
        painter.setPen(muted if h.deleted and not selected else text_color)
        name = h.name or h.email or h.id
        name = look.bold_fm.elidedText(
            name, Qt.TextElideMode.ElideRight, rect.width() - badge_w - 8
        )
        painter.drawText(QPoint(rect.left(), rect.top() + look.bold_fm.ascent()), name)
        painter.setFont(look.base)
        painter.setPen(muted)
        second = " · ".join(x for x in (h.email, h.id) if x)
        second = look.fm.elidedText(second, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(QPoint(rect.left(), rect.top() + line + 2 + look.fm.ascent()), second)
        if option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined]
            painter.setPen(look.selected_text if selected else look.muted)
            painter.drawRect(whole.adjusted(1, 1, -2, -2))
        painter.restore()

    def _paint_placeholder(
        self, painter: QPainter, look: _Look, whole: QRect, selected: bool
    ) -> None:
        """A row whose block is being read: "Loading…", muted."""
        painter.save()
        if selected:
            painter.fillRect(whole, look.selected_fill)
        rect = whole.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        painter.setFont(look.base)
        painter.setPen(look.selected_text if selected else look.muted)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), look.bold_fm.height()),
            flags,
            self.tr("Loading…"),
        )
        painter.restore()


class ResultsView(QTableView):
    """The results as a list: one stretched column, fixed-height rows, no headers or grid
    (see the module docstring for why not a ``QListView``). Home/End go to the first/last
    row, as in a list; Tab leaves the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Every row as tall as the delegate draws one (for the view's current font)."""
        delegate = self.itemDelegate()
        option = QStyleOptionViewItem()
        option.initFrom(self)
        if isinstance(delegate, HitDelegate):
            height = delegate.sizeHint(option, QModelIndex()).height()
        else:
            height = self.fontMetrics().height() * 2 + HitDelegate.PAD * 2 + 2
        self.verticalHeader().setDefaultSectionSize(height)

    def setItemDelegate(self, delegate: QStyledItemDelegate) -> None:  # type: ignore[override]
        super().setItemDelegate(delegate)
        self._fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if cursorAction in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier  # rows, not columns
        return super().moveCursor(cursorAction, modifiers)
