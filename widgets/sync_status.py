"""The status-bar strip: sync progress with counts and Cancel, last sync time, offline state.

While a sync runs it reads e.g. "Syncing · 1,200 customers · 340 subscriptions" next to a busy
bar and a Cancel button. Otherwise it shows when the cache was last synced ("Synced 5 min
ago"), with a Sync button (F5). When Stripe cannot be reached an "Offline" marker says that
what is shown comes from the local cache.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop import i18n, icons
from widgets.style import WARNING_COLOR, is_dark, muted_color, on_theme_change, theme_palette

RESOURCE_LABELS: dict[str, Callable[[int], str]] = {
    "customer": lambda n: SyncStatus.tr("%Ln customer(s)", "", n),
    "subscription": lambda n: SyncStatus.tr("%Ln subscription(s)", "", n),
    "invoice": lambda n: SyncStatus.tr("%Ln invoice(s)", "", n),
    "product": lambda n: SyncStatus.tr("%Ln product(s)", "", n),
    "price": lambda n: SyncStatus.tr("%Ln price(s)", "", n),
    "payment_method": lambda n: SyncStatus.tr("%Ln payment method(s)", "", n),
    "billing_portal.configuration": lambda n: SyncStatus.tr("%Ln portal configuration(s)", "", n),
    "account": lambda n: SyncStatus.tr("%Ln connected account(s)", "", n),
    "event": lambda n: SyncStatus.tr("%Ln event(s)", "", n),
}
"""Stripe object types (as the sync reports them) as counted phrases (Qt plural forms)."""

# The order counts are listed in: what a merchant cares about first.
_ORDER = ("customer", "subscription", "invoice", "product", "price", "account")


def _t(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def describe_count(resource: str, count: int) -> str:
    """Phrase a count: '1,200 customers', '1 subscription', '3 tax ids' (in the UI language)."""
    key = resource.removesuffix("s") if resource not in RESOURCE_LABELS else resource
    if key in RESOURCE_LABELS:
        return RESOURCE_LABELS[key](count)
    words = resource.replace("_", " ").replace(".", " ").removesuffix("s")
    return f"{QLocale().toString(count)} {words if count == 1 else words + 's'}"


def ordered_counts(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Non-zero counts, the most interesting resources first."""
    rank = {name: i for i, name in enumerate(_ORDER)}
    items = [(name, n) for name, n in counts.items() if n]
    return sorted(items, key=lambda item: (rank.get(item[0], len(rank)), item[0]))


def describe_last_sync(when: datetime | None, now: datetime | None = None) -> str:
    """A short, human phrase for when the last sync finished (times in the UI's locale)."""
    if when is None:
        return _t("Not synced yet")
    now = now or datetime.now(tz=when.tzinfo)
    delta = now - when
    if delta < timedelta(minutes=1):
        return _t("Synced just now")
    if delta < timedelta(hours=1):
        minutes = int(delta.total_seconds() // 60)
        return SyncStatus.tr("Synced %n min ago", "", minutes)
    local = when.astimezone() if when.tzinfo else when
    locale = QLocale()
    clock = locale.toString(
        QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    if local.date() == (now.astimezone() if now.tzinfo else now).date():
        return _t("Synced at {0}").format(clock)
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM")
    return _t("Synced {0} {1}").format(day, clock)


class SyncStatus(QWidget):
    """Sync progress, last sync time and the offline indicator, for the status bar.

    Signals:
        cancel_requested() -- the Cancel button was clicked during a sync.
        sync_requested() -- the Sync button was clicked while idle.
    """

    cancel_requested = Signal()
    sync_requested = Signal()
    tr: ClassVar[i18n.ClassTr]  # typing only: RESOURCE_LABELS calls SyncStatus.tr(…)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._last_sync: datetime | None = None
        self._counts: dict[str, int] = {}
        self._syncing = False
        self._online = True

        self.sync_button = QToolButton()
        self.sync_button.setAutoRaise(True)
        self.sync_button.setToolTip(self.tr("Sync now (F5)"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setIconSize(QSize(16, 16))
        self.sync_button.clicked.connect(self.sync_requested)

        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedSize(90, 8)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop syncing; what was fetched so far is kept"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.cancel_button.clicked.connect(self._on_cancel)

        self.last_sync_label = QLabel()
        self.offline_icon = QLabel()
        self.offline_label = QLabel(self.tr("Offline — showing cached data"))
        self.offline_label.setToolTip(
            self.tr("Stripe can't be reached. Counterfoil keeps retrying in the background.")
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(8)
        layout.addWidget(self.sync_button)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.last_sync_label)
        layout.addStretch(1)
        layout.addWidget(self.offline_icon)
        layout.addWidget(self.offline_label)

        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._refresh_last_sync)
        self._tick.start()
        self._apply_palette()
        on_theme_change(self._apply_palette)
        self._refresh()

    # -- public ----------------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        """True between ``sync_started`` and ``sync_finished``."""
        return self._syncing

    @property
    def online(self) -> bool:
        """False while the offline marker is shown."""
        return self._online

    def sync_started(self) -> None:
        """A sync began: show the busy bar and Cancel."""
        self._syncing = True
        self._counts = {}
        self.busy_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Syncing…"))
        self.cancel_button.setEnabled(True)
        self._refresh()

    def show_progress(
        self,
        counts: Mapping[str, int],
        current: str | None = None,
        fraction: float | None = None,
    ) -> None:
        """Update the running counts (resource → objects so far) and the share done, if known."""
        if fraction is None:
            self.busy_bar.setRange(0, 0)
        else:
            self.busy_bar.setRange(0, 1000)
            self.busy_bar.setValue(round(max(0.0, min(1.0, fraction)) * 1000))
        self._counts = dict(counts)
        self._render_progress()

    def _render_progress(self) -> None:
        parts = [describe_count(name, n) for name, n in ordered_counts(self._counts)[:4]]
        text = self.tr("Syncing")
        if parts:
            text += " · " + " · ".join(parts)
        else:
            text += "…"
        self.progress_label.setText(text)

    def sync_finished(self, when: datetime | None = None, message: str | None = None) -> None:
        """The sync ended; ``when`` is its completion time if it succeeded."""
        self._syncing = False
        if when is not None:
            self._last_sync = when
        self.progress_label.setText(message or "")
        self._refresh()

    def set_cancelling(self) -> None:
        """Cancel was requested; the worker stops after the current page."""
        self.progress_label.setText(self.tr("Stopping after this page…"))
        self.cancel_button.setEnabled(False)

    def set_last_sync(self, when: datetime | None) -> None:
        """Show when the cache was last synced (None: never)."""
        self._last_sync = when
        self._refresh_last_sync()

    def set_online(self, online: bool) -> None:
        """Show or hide the offline marker."""
        self._online = online
        self._refresh()

    def set_enabled_for_profile(self, has_profile: bool) -> None:
        """Without a profile there is nothing to sync: hide the controls."""
        self.sync_button.setVisible(has_profile)
        self.sync_button.setEnabled(has_profile and not self._syncing)
        self.last_sync_label.setVisible(has_profile and not self._syncing)

    # -- internals -------------------------------------------------------------------------

    def _on_cancel(self) -> None:
        self.set_cancelling()
        self.cancel_requested.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Re-word the computed phrases (counts, last sync) in the new language."""
        if self._syncing and self._counts:
            self._render_progress()
        self._refresh_last_sync()

    def _refresh(self) -> None:
        syncing = self._syncing
        self.busy_bar.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        self.sync_button.setEnabled(not syncing)
        self.progress_label.setVisible(syncing or bool(self.progress_label.text()))
        self.last_sync_label.setVisible(not syncing)
        self.offline_icon.setVisible(not self._online)
        self.offline_label.setVisible(not self._online)
        self._refresh_last_sync()

    def _refresh_last_sync(self) -> None:
        text = describe_last_sync(self._last_sync)
        self.last_sync_label.setText(text)
        if self._last_sync is not None:
            moment = QDateTime.fromSecsSinceEpoch(int(self._last_sync.timestamp()))
            self.last_sync_label.setToolTip(
                QLocale().toString(moment, QLocale.FormatType.LongFormat)
            )

    def _apply_palette(self) -> None:
        palette = theme_palette()
        self.sync_button.setIcon(icons.icon("sync", palette))
        warn = WARNING_COLOR if not is_dark(palette) else WARNING_COLOR.lighter(160)
        self.offline_icon.setPixmap(icons.pixmap("offline", 16, warn))
        label_palette = self.offline_label.palette()
        label_palette.setColor(QPalette.ColorRole.WindowText, warn)
        self.offline_label.setPalette(label_palette)
        muted = self.last_sync_label.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
        self.last_sync_label.setPalette(muted)
