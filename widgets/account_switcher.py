"""The account switcher: the current Stripe account's name with a TEST or LIVE badge.

Live mode is made unmistakable: a solid orange-red "LIVE" pill next to the name, the same pill
in the drop-down list, and (in the main window) a banner across the top. Test mode gets a
quiet amber outline "TEST" pill. The drop-down lists every profile; the menu button adds a
Stripe account or removes the current profile.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from widgets.style import (
    LIVE_COLOR,
    TEST_COLOR,
    is_dark,
    muted_color,
    on_theme_change,
    pill_style,
    scaled_font,
    theme_palette,
)

LIVEMODE_ROLE = Qt.ItemDataRole.UserRole + 1
PROFILE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 3


class ProfileLike(Protocol):
    """What the switcher needs from a profile (services.credentials.Profile fits)."""

    @property
    def id(self) -> str: ...

    @property
    def display_name(self) -> str: ...

    @property
    def account_id(self) -> str: ...

    @property
    def livemode(self) -> bool: ...


def profile_name(profile: ProfileLike) -> str:
    """The name to show for ``profile``. The demo's name is Counterfoil's own wording and is
    shown in the interface language; any other name is the user's or Stripe's, shown as is."""
    name = profile.display_name
    if getattr(profile, "demo", False):
        return QCoreApplication.translate("AccountSwitcher", name)
    return name


def badge_text(livemode: bool) -> str:
    """The badge word for a mode; not translated, it mirrors Stripe's own markers."""
    return "LIVE" if livemode else "TEST"


def badge_colors(livemode: bool, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(background, text, border) of the badge for a mode."""
    if livemode:
        return LIVE_COLOR, QColor("#ffffff"), LIVE_COLOR
    amber = QColor("#f59e0b") if is_dark(palette) else TEST_COLOR
    return palette.color(QPalette.ColorRole.Window), amber, amber


class ModeBadge(QLabel):
    """A small pill reading TEST (amber outline) or LIVE (solid orange-red, bold)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._livemode = False
        self.setFont(scaled_font(self.font(), 0.8, bold=True))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_livemode(False)
        on_theme_change(self._refresh)

    @property
    def livemode(self) -> bool:
        """Whether the badge currently shows LIVE."""
        return self._livemode

    def set_livemode(self, livemode: bool) -> None:
        """Show LIVE or TEST."""
        self._livemode = livemode
        self.setText(badge_text(livemode))
        bg, fg, border = badge_colors(livemode, theme_palette())
        self.setStyleSheet(pill_style(bg, fg, border))
        self.setToolTip(
            self.tr("Live mode: changes affect real customers and real money.")
            if livemode
            else self.tr("Test mode: nothing here touches real money.")
        )

    def _refresh(self) -> None:
        self.set_livemode(self._livemode)


def paint_badge(
    painter: QPainter, rect: QRect, livemode: bool, font: QFont, palette: QPalette
) -> int:
    """Paint a mode pill right-aligned in ``rect``; returns the pill's width."""
    bg, fg, border = badge_colors(livemode, palette)
    metrics = QFontMetrics(font)
    text = badge_text(livemode)
    width = metrics.horizontalAdvance(text) + 12
    height = metrics.height() + 2
    pill = QRect(rect.right() - width - 4, rect.center().y() - height // 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(border)
    painter.setBrush(bg)
    painter.drawRoundedRect(pill, 4, 4)
    painter.setPen(fg)
    painter.setFont(font)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()
    return width + 8


class _ProfileDelegate(QStyledItemDelegate):
    """Draws each drop-down row as name, account id (muted) and the mode pill."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        livemode = index.data(LIVEMODE_ROLE)
        if livemode is None:  # not a profile row
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        badge_font = scaled_font(option.font, 0.8, bold=True)
        used = paint_badge(painter, option.rect, bool(livemode), badge_font, option.palette)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_rect = option.rect.adjusted(10, 0, -used - 4, 0)
        painter.save()
        painter.setPen(option.palette.color(role))
        name = QFontMetrics(option.font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)),
            Qt.TextElideMode.ElideRight,
            text_rect.width(),
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 60, max(size.height(), QFontMetrics(option.font).height() + 12))


class AccountSwitcher(QWidget):
    """Profile drop-down with a mode badge and an account menu.

    Signals:
        profile_selected(str profile_id) -- the user picked another profile.
        add_requested() -- "Add Stripe account…" was chosen.
        remove_requested(str profile_id) -- "Remove this profile…" was chosen.
    """

    profile_selected = Signal(str)
    add_requested = Signal()
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._profiles: list[ProfileLike] = []
        self.combo = QComboBox()
        self.combo.setItemDelegate(_ProfileDelegate(self.combo))
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(10)
        self.combo.setPlaceholderText(self.tr("Choose an account…"))
        self.combo.view().setMinimumWidth(260)
        self.combo.setAccessibleName(self.tr("Stripe account"))
        self.combo.setToolTip(self.tr("Switch Stripe account"))
        self.combo.currentIndexChanged.connect(self._on_index_changed)

        self.badge = ModeBadge()
        self.account_id_label = QLabel()
        self.account_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.account_id_label.setFont(scaled_font(self.font(), 0.85))

        self.menu_button = QToolButton()
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.menu_button.setToolTip(self.tr("Accounts"))
        self.menu_button.setAccessibleName(self.tr("Account actions"))
        self.menu = QMenu(self)
        self.add_action = QAction(self.tr("Add Stripe account…"), self)
        self.add_action.triggered.connect(self.add_requested)
        self.remove_action = QAction(self.tr("Remove this profile…"), self)
        self.remove_action.triggered.connect(self._on_remove)
        self.menu.addAction(self.add_action)
        self.menu.addSeparator()
        self.menu.addAction(self.remove_action)
        self.menu_button.setMenu(self.menu)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.combo, 1)
        top.addWidget(self.menu_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(2, 0, 0, 0)
        bottom.setSpacing(6)
        bottom.addWidget(self.badge)
        bottom.addWidget(self.account_id_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._apply_palette()
        on_theme_change(self._apply_palette)
        self.set_profiles([], None)

    # -- state -------------------------------------------------------------------------------

    def set_profiles(self, profiles: Sequence[ProfileLike], current_id: str | None) -> None:
        """Fill the drop-down and select ``current_id`` without emitting ``profile_selected``."""
        self._profiles = list(profiles)
        self._updating = True
        try:
            self.combo.clear()
            for profile in profiles:
                name = profile_name(profile)
                self.combo.addItem(name, profile.id)
                row = self.combo.count() - 1
                self.combo.setItemData(row, bool(profile.livemode), LIVEMODE_ROLE)
                self.combo.setItemData(row, profile.account_id, ACCOUNT_ID_ROLE)
                mode = badge_text(profile.livemode)
                tip = f"{name} · {profile.account_id} · {mode}"
                self.combo.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)
            index = self.combo.findData(current_id) if current_id is not None else -1
            self.combo.setCurrentIndex(index)
        finally:
            self._updating = False
        self._sync_badge()

    def changeEvent(self, event: QEvent) -> None:
        """On a language switch, name the profiles again (the demo's name is translated)."""
        if event.type() == QEvent.Type.LanguageChange and self._profiles:
            self.set_profiles(self._profiles, self.current_profile_id())
        super().changeEvent(event)

    def current_profile_id(self) -> str | None:
        """The selected profile's id, or None when there is none."""
        value = self.combo.currentData()
        return str(value) if value is not None else None

    @property
    def livemode(self) -> bool:
        """Whether the selected profile is in live mode."""
        return bool(self.combo.currentData(LIVEMODE_ROLE))

    def _sync_badge(self) -> None:
        has_profile = self.combo.currentIndex() >= 0
        self.badge.setVisible(has_profile)
        self.badge.set_livemode(self.livemode)
        account_id = self.combo.currentData(ACCOUNT_ID_ROLE)
        self.account_id_label.setText(str(account_id) if account_id else "")
        self.remove_action.setEnabled(has_profile)
        self.combo.setEnabled(self.combo.count() > 0)

    def _on_index_changed(self, index: int) -> None:
        self._sync_badge()
        if self._updating or index < 0:
            return
        profile_id = self.combo.itemData(index)
        if profile_id is not None:
            self.profile_selected.emit(str(profile_id))

    def _on_remove(self) -> None:
        profile_id = self.current_profile_id()
        if profile_id is not None:
            self.remove_requested.emit(profile_id)

    def _apply_palette(self) -> None:
        self.menu_button.setIcon(icons.icon("menu", theme_palette()))
        self.add_action.setIcon(icons.icon("add", theme_palette()))
        self.remove_action.setIcon(icons.icon("remove", theme_palette()))
        palette = self.account_id_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_color(theme_palette()))
        self.account_id_label.setPalette(palette)
