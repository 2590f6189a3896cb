"""Every account's branding side by side: a lazy grid of cards with a miniature portal.

:class:`AccountsGridModel` lists the platform and then the connected accounts from the
cache, fetching them a page at a time (``canFetchMore``/``fetchMore``), so a platform with
thousands of accounts scrolls without loading them all. :class:`CardDelegate` paints each
card: the portal as that account's direct-charge customers see it, the icon and name, the
two colours, flags for a missing icon or colour, and how the platform's current
subscriptions with the account are charged (so whose branding their customers get).
Icons are downloaded only for cards that are painted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from services.branding import repository
from services.branding.connect import ChargeMix
from services.branding.model import (
    FALLBACK_PLAN,
    BrandAccount,
    PortalConfiguration,
    SamplePlan,
)
from services.branding.preview import PortalPage, build_page
from services.cache.db import Cache
from widgets.branding.images import ImageStore
from widgets.branding.portal_painter import CANVAS_WIDTH, QtFormatter, page_height, paint_page
from widgets.branding.texts import tr
from widgets.style import WARNING_COLOR, muted_color

ItemRole = int(Qt.ItemDataRole.UserRole) + 1
PAGE_SIZE = 48
CARD = QSize(304, 330)
THUMB_HEIGHT = 168

Index: TypeAlias = QModelIndex | QPersistentModelIndex


@dataclass
class GridItem:
    """One card: an account, its default portal configuration and sample plan."""

    account: BrandAccount
    configuration: PortalConfiguration
    plan: SamplePlan
    mix: ChargeMix | None = None

    @property
    def flags(self) -> list[str]:
        """What the card flags as missing: ``icon``, ``primary_color``, ``secondary_color``."""
        missing = self.account.branding.missing()
        return [m for m in ("icon", "primary_color", "secondary_color") if m in missing]


def dashboard_label(account: BrandAccount) -> str:
    """ "Your platform", "Express Dashboard", "No Stripe Dashboard", "Full Dashboard"."""
    if account.is_platform:
        return tr("Your platform")
    return {
        "express": tr("Express Dashboard · you control branding"),
        "none": tr("No Stripe Dashboard · you control branding"),
    }.get(account.dashboard or "", tr("Full Dashboard · manages its own branding"))


FLAG_TEXT = {
    "icon": QT_TRANSLATE_NOOP("branding", "No icon"),
    "primary_color": QT_TRANSLATE_NOOP("branding", "No brand colour"),
    "secondary_color": QT_TRANSLATE_NOOP("branding", "No accent colour"),
}


class AccountsGridModel(QAbstractListModel):
    """The platform, then connected accounts by name, read lazily from the cache."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.cache: Cache | None = None
        self.items: list[GridItem] = []
        self.total = 0
        self.mix: dict[str, ChargeMix] = {}
        self.locale = "en"
        self.livemode = False
        self._pages: dict[str, PortalPage] = {}

    # -- loading ---------------------------------------------------------------------------------
    def reset(
        self,
        cache: Cache | None,
        platform: BrandAccount | None,
        platform_configs: list[PortalConfiguration],
        platform_plan: SamplePlan | None,
        mix: dict[str, ChargeMix],
        *,
        livemode: bool = False,
    ) -> None:
        """Start over with the open profile's cache and platform (GUI thread)."""
        self.beginResetModel()
        self.cache, self.mix, self.livemode = cache, mix, livemode
        self._pages.clear()
        self.items = []
        if platform is not None:
            config = (
                platform_configs[0] if platform_configs else PortalConfiguration.stripe_defaults()
            )
            self.items.append(GridItem(platform, config, platform_plan or FALLBACK_PLAN))
        connected = repository.count_connected(cache.connect()) if cache is not None else 0
        self.total = len(self.items) + connected
        self.endResetModel()

    def _offset(self) -> int:
        return sum(1 for item in self.items if not item.account.is_platform)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.cache is not None and len(self.items) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.cache is None:
            return
        conn = self.cache.connect()
        accounts = repository.connected_accounts(conn, offset=self._offset(), limit=PAGE_SIZE)
        if not accounts:
            self.total = len(self.items)
            return
        new = []
        for account in accounts:
            configs = repository.configurations(conn, account.id)
            plan = repository.sample_plan(conn, account.id) or FALLBACK_PLAN
            config = configs[0] if configs else PortalConfiguration.stripe_defaults()
            new.append(GridItem(account, config, plan, self.mix.get(account.id)))
        first = len(self.items)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.items.extend(new)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Fetch every remaining page (small platforms, tests)."""
        while self.canFetchMore():
            self.fetchMore()

    # -- updates ---------------------------------------------------------------------------------
    def replace_account(self, account: BrandAccount) -> None:
        """Show ``account``'s new branding (after a save)."""
        for row, item in enumerate(self.items):
            if item.account.id == account.id and item.account.is_platform == account.is_platform:
                item.account = account
                self._pages.pop(account.id, None)
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def set_locale(self, locale_code: str) -> None:
        """Draw the miniatures in another portal language."""
        if locale_code != self.locale:
            self.locale = locale_code
            self._pages.clear()
            if self.items:
                self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    def row_of(self, account_key: str) -> int:
        """The row of the account ('' for the platform), -1 if not loaded."""
        for row, item in enumerate(self.items):
            if item.account.key == account_key:
                return row
        return -1

    def page(self, item: GridItem) -> PortalPage:
        """The miniature's page (cached per account and locale)."""
        found = self._pages.get(item.account.id)
        if found is None:
            found = build_page(
                account=item.account,
                branding=item.account.branding,
                configuration=item.configuration,
                locale_code=self.locale,
                plan=item.plan,
                formatter=QtFormatter(self.locale),
                today=date.today(),
                livemode=self.livemode,
            )
            self._pages[item.account.id] = found
        return found

    # -- model -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.account.name
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            flags = ", ".join(tr(str(FLAG_TEXT[f])) for f in item.flags) or tr("Complete branding")
            return f"{item.account.name} — {dashboard_label(item.account)} — {flags}"
        return None


class CardDelegate(QStyledItemDelegate):
    """Paints a grid card (see the module docstring)."""

    def __init__(self, model: AccountsGridModel, images: ImageStore, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self.images = images
        self._thumbs: dict[tuple[Any, ...], QPixmap] = {}
        self._wanted: list[tuple[str, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fetch_images)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return CARD

    def clear(self) -> None:
        """Forget cached miniatures (images arrived, locale changed)."""
        self._thumbs.clear()

    def _want(self, file_id: str | None, owner: str) -> None:
        if file_id and self.images.image(file_id) is None and not self.images.is_pending(file_id):
            self._wanted.append((file_id, owner))
            self._timer.start(0)

    def _fetch_images(self) -> None:
        wanted, self._wanted = self._wanted, []
        for file_id, owner in wanted:
            self.images.ensure(file_id, owner)

    def _thumbnail(self, item: GridItem, size: QSize, ratio: float) -> QPixmap:
        branding = item.account.branding
        key = (
            item.account.id,
            branding,
            self.model.locale,
            size.width(),
            size.height(),
            ratio,
            self.images.image(branding.icon) is not None if branding.icon else None,
            self.images.image(branding.logo) is not None if branding.logo else None,
        )
        found = self._thumbs.get(key)
        if found is not None:
            return found
        page = self.model.page(item)
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("#f6f8fa"))
        painter = QPainter(pixmap)
        scale = size.width() / CANVAS_WIDTH
        painter.scale(scale, scale)
        paint_page(
            page,
            self.images,
            painter,
            chrome=False,
            height=max(page_height(page, self.images, chrome=False), round(size.height() / scale)),
        )
        painter.end()
        self._thumbs[key] = pixmap
        return pixmap

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(ItemRole)
        if not isinstance(item, GridItem):
            return
        palette = option.palette
        account = item.account
        self._want(account.branding.icon, account.key)
        self._want(account.branding.logo, account.key)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(8, 8, -8, -8)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        edge = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(edge)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 10, 10)

        thumb = QRect(
            round(card.left()) + 1, round(card.top()) + 1, round(card.width()) - 2, THUMB_HEIGHT
        )
        clip = QPainterPath()
        clip.addRoundedRect(QRectF(thumb), 9, 9)
        painter.save()
        painter.setClipPath(clip)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(thumb.topLeft(), self._thumbnail(item, thumb.size(), ratio))
        painter.restore()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(thumb.bottomLeft(), thumb.bottomRight())

        x, y = card.left() + 14, thumb.bottom() + 12
        icon = self.images.image(account.branding.icon) if account.branding.icon else None
        icon_rect = QRectF(x, y, 30, 30)
        path = QPainterPath()
        path.addEllipse(icon_rect)
        if icon is not None:
            painter.save()
            painter.setClipPath(path)
            painter.drawImage(icon_rect, icon)
            painter.restore()
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(account.branding.primary))
            painter.drawEllipse(icon_rect)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(_font(option.font, 1.0, bold=True))
            painter.drawText(icon_rect, int(Qt.AlignmentFlag.AlignCenter), account.name[:1].upper())
        text_x = x + 40
        text_w = card.right() - 14 - text_x
        name_font = _font(option.font, 1.05, bold=True)
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = QFontMetrics(name_font).elidedText(
            account.name, Qt.TextElideMode.ElideRight, int(text_w)
        )
        painter.drawText(QRectF(text_x, y - 2, text_w, 18), int(Qt.AlignmentFlag.AlignLeft), name)
        small = _font(option.font, 0.85)
        painter.setFont(small)
        painter.setPen(muted_color(palette))
        caption = QFontMetrics(small).elidedText(
            dashboard_label(account), Qt.TextElideMode.ElideRight, int(text_w)
        )
        painter.drawText(
            QRectF(text_x, y + 16, text_w, 16), int(Qt.AlignmentFlag.AlignLeft), caption
        )

        y += 40
        for label, value in (
            (tr("Brand"), account.branding.primary_color),
            (tr("Accent"), account.branding.secondary_color),
        ):
            painter.setPen(QColor(0, 0, 0, 50))
            if value:
                painter.setBrush(QColor(value))
            else:
                painter.setBrush(Qt.BrushStyle.BDiagPattern)
            painter.drawRoundedRect(QRectF(x, y, 16, 16), 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(x + 22, y, 120, 16),
                int(Qt.AlignmentFlag.AlignVCenter),
                f"{label} {value or '—'}",
            )
            x += 138
        x, y = card.left() + 14, y + 24
        flags = item.flags
        if flags:
            painter.setFont(_font(option.font, 0.82, bold=True))
            metrics = QFontMetrics(painter.font())
            for flag in flags:
                text = "⚠ " + tr(str(FLAG_TEXT[flag]))
                w = metrics.horizontalAdvance(text) + 12
                if x + w > card.right() - 8:
                    break
                pill = QRectF(x, y, w, metrics.height() + 4)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor("#fcedb9"))
                painter.drawRoundedRect(pill, 4, 4)
                painter.setPen(WARNING_COLOR.darker(140))
                painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
                x += w + 6
        else:
            painter.setFont(small)
            painter.setPen(QColor("#05690d"))
            painter.drawText(
                QRectF(x, y, card.width() - 28, 18),
                int(Qt.AlignmentFlag.AlignVCenter),
                "✓ " + tr("Icon and both colours set"),
            )
        y += 24
        painter.setFont(small)
        painter.setPen(muted_color(palette))
        painter.drawText(
            QRectF(card.left() + 14, y, card.width() - 28, 30),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            mix_text(item),
        )
        painter.restore()


def mix_text(item: GridItem) -> str:
    """Whose branding this account's customers get, from the cached subscriptions."""
    if item.account.is_platform:
        return tr("Your own customers, and customers of destination charges, see this.")
    mix = item.mix
    if mix is None or mix.total == 0:
        return tr("No current subscriptions with this account in the cache.")
    return tr("Their branding: {0} subscriptions · yours: {1}").format(
        mix.see_connected_branding, mix.see_platform_branding
    )


def _font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


class AccountsGrid(QListView):
    """The card grid (icon mode, wraps to the width)."""

    def __init__(self, model: AccountsGridModel, images: ImageStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.card_delegate = CardDelegate(model, images, self)
        self.setItemDelegate(self.card_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(CARD)
        self.setWordWrap(True)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(tr("Branding of every account"))
        images.changed.connect(self._images_changed)

    def _images_changed(self) -> None:
        self.card_delegate.clear()
        self.viewport().update()
