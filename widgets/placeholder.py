"""The honest "not built yet" page shown for a panel whose issue has not been done.

It names the panel, says plainly that it is not built in this version, and lists what the
panel will do, so nobody mistakes an empty screen for missing data. When the panel's data is
already synced it says how much is waiting in the local cache (counted off the UI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop import icons
from widgets.style import (
    heading,
    make_muted,
    on_theme_change,
    pill_style,
    scaled_font,
    subtle_fill,
    theme_palette,
)

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.panels import PanelSpec
    from desktop.tasks import TaskControl


class PlaceholderPanel(QWidget):
    """A calm, centred page: icon, title, a "Not built yet" tag and the panel's plans."""

    def __init__(
        self, spec: PanelSpec, parent: QWidget | None = None, ctx: AppContext | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.ctx = ctx
        self.setObjectName(f"placeholder-{spec.slug}")

        self._icon = QLabel()
        self._icon.setFixedSize(56, 56)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        title = heading(spec.display_title, self.font(), 1.9)
        self._tag = QLabel(self.tr("Not built yet"))
        self._tag.setFont(scaled_font(self.font(), 0.85, bold=True))
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(title)
        title_row.addWidget(self._tag, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)

        purpose = QLabel(spec.display_purpose)
        purpose.setFont(scaled_font(self.font(), 1.15))
        purpose.setWordWrap(True)

        honest = QLabel(
            self.tr(
                "This panel is planned but not part of this version of Counterfoil yet. "
                "Nothing is wrong with your account or your data."
            )
        )
        honest.setWordWrap(True)
        make_muted(honest)
        self.cached_label = QLabel()
        self.cached_label.setWordWrap(True)
        self.cached_label.setVisible(False)

        plans_title = QLabel(self.tr("What it will do"))
        plans_title.setFont(scaled_font(self.font(), 1.0, bold=True))
        plans = QLabel(
            "".join(f"<p style='margin:0 0 6px 0'>•&nbsp;&nbsp;{p}</p>" for p in spec.display_plans)
        )
        plans.setTextFormat(Qt.TextFormat.RichText)
        plans.setWordWrap(True)
        self.plans_label = plans

        self._card = QWidget()
        self._card.setObjectName("plansCard")
        card_layout = QVBoxLayout(self._card)
        card_layout.setContentsMargins(20, 16, 20, 12)
        card_layout.setSpacing(10)
        card_layout.addWidget(plans_title)
        card_layout.addWidget(plans)

        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignLeft)
        column.addSpacing(4)
        column.addLayout(title_row)
        column.addWidget(purpose)
        column.addWidget(honest)
        column.addWidget(self.cached_label)
        column.addSpacing(6)
        column.addWidget(self._card)

        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(620)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self._apply_palette()
        on_theme_change(self._apply_palette)
        if ctx is not None and spec.cached_resource:
            ctx.sync_finished.connect(self._count_cached)
            ctx.profile_changed.connect(self._count_cached)
            ctx.cache_rebuilt.connect(self._count_cached)
            self._count_cached()

    def _count_cached(self, *_: object) -> None:
        """Count the panel's objects in the open profile's cache (worker thread)."""
        ctx, resource = self.ctx, self.spec.cached_resource
        session = ctx.session if ctx is not None else None
        if ctx is None or resource is None or session is None or session.cache is None:
            self.cached_label.setVisible(False)
            return
        cache = session.cache

        def count(control: TaskControl) -> int:
            from services.cache.store import Store

            conn = cache.open_connection()
            try:
                return Store(conn, cache.path).count(resource)
            finally:
                conn.close()

        ctx.runner.submit(
            count,
            on_success=self._show_count,
            on_failure=lambda _: self.cached_label.setVisible(False),
            key=f"placeholder-count-{self.spec.slug}",
        )

    def _show_count(self, count: int) -> None:
        from widgets.sync_status import describe_count

        resource = self.spec.cached_resource or ""
        if count <= 0:
            self.cached_label.setVisible(False)
            return
        phrase = describe_count(resource, count)
        text = self.tr("Already synced to this computer: {0}.").format(phrase)
        self.cached_label.setText(text)
        self.cached_label.setVisible(True)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        self._icon.setPixmap(icons.pixmap(self.spec.icon, 48))
        fill = subtle_fill(palette, 0.05)
        edge = subtle_fill(palette, 0.14)
        self._card.setStyleSheet(
            f"#plansCard {{ background: {fill.name()}; border: 1px solid {edge.name()};"
            " border-radius: 8px; }"
        )
        text = palette.color(palette.ColorRole.WindowText)
        self._tag.setStyleSheet(pill_style(subtle_fill(palette, 0.1), text, edge))
