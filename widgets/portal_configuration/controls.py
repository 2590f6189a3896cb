"""Small building blocks of the portal configuration panel: cards, switches, field rows.

- :class:`ToggleSwitch` — an on/off switch (a checkable button drawn as a pill).
- :class:`SectionCard` — a titled, tinted card with an optional switch in its title row.
- :class:`FieldRow` — a labelled control with help text and the message of a check on it
  (red for errors, amber for warnings), which is how every check reaches its field.
- :class:`ChoiceList` — a grid of check boxes for a list-of-choices field.
- :func:`pill` / :func:`when` — status pills and "3 days ago" style times.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from widgets.style import (
    ERROR_COLOR,
    WARNING_COLOR,
    is_dark,
    make_muted,
    on_theme_change,
    pill_style,
    scaled_font,
    subtle_fill,
    theme_palette,
)


def tr(text: str) -> str:
    """Translate ``text`` in the panel's context (for module-level helpers)."""
    return QCoreApplication.translate("PortalConfiguration", text)


def tone_color(severity: str) -> QColor:
    """The text colour of an error or a warning, readable on the current theme."""
    base = ERROR_COLOR if severity == "error" else WARNING_COLOR
    return base.lighter(160) if is_dark(theme_palette()) else base


class ToggleSwitch(QAbstractButton):
    """An on/off switch. Checkable; ``toggled(bool)`` as for any button.

    Signals: inherited from QAbstractButton (``toggled``, ``clicked``).
    """

    def __init__(self, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name)
        self.setToolTip(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(40, 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = theme_palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(1, 2, self.width() - 2, self.height() - 4)
        on = self.isChecked()
        track = palette.color(QPalette.ColorRole.Highlight) if on else subtle_fill(palette, 0.28)
        if not self.isEnabled():
            track.setAlphaF(0.45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        knob = rect.height() - 4
        x = rect.right() - knob - 2 if on else rect.left() + 2
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QRectF(x, rect.top() + 2, knob, knob))
        if self.hasFocus():
            pen = painter.pen()
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), radius, radius)
        painter.end()


class SectionCard(QFrame):
    """A card: title (and optional switch) on top, a description, then ``body``."""

    def __init__(
        self,
        title: str,
        description: str = "",
        *,
        switch: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sectionCard")
        self.title_label = QLabel(title)
        self.title_label.setFont(scaled_font(self.font(), 1.08, bold=True))
        self.switch: ToggleSwitch | None = ToggleSwitch(title) if switch else None
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title_label, 1)
        if self.switch is not None:
            self.state_label = QLabel()
            make_muted(self.state_label)
            top.addWidget(self.state_label)
            top.addWidget(self.switch)
            self.switch.toggled.connect(self._show_state)
            self._show_state(False)
        self.description = QLabel(description)
        self.description.setWordWrap(True)
        self.description.setVisible(bool(description))
        make_muted(self.description)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 4, 0, 0)
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.description)
        layout.addLayout(self.body)
        self._apply_palette()
        on_theme_change(self._apply_palette)

    def _show_state(self, on: bool) -> None:
        self.state_label.setText(self.tr("On") if on else self.tr("Off"))

    def _apply_palette(self) -> None:
        palette = theme_palette()
        fill = subtle_fill(palette, 0.035)
        edge = subtle_fill(palette, 0.13)
        self.setStyleSheet(
            f"#sectionCard {{ background: {fill.name()}; border: 1px solid {edge.name()};"
            " border-radius: 8px; }"
        )


class FieldRow(QWidget):
    """A control with its label, help text and the message of a check on it."""

    def __init__(
        self,
        label: str,
        control: QWidget,
        help_text: str = "",
        parent: QWidget | None = None,
        *,
        inline: bool = False,
    ) -> None:
        super().__init__(parent)
        self.control = control
        self.label = QLabel(label)
        self.label.setBuddy(control)
        self.label.setVisible(bool(label))
        self.label.setWordWrap(True)
        self.help = QLabel(help_text)
        self.help.setWordWrap(True)
        self.help.setVisible(bool(help_text))
        self.help.setFont(scaled_font(self.font(), 0.92))
        make_muted(self.help)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("fieldMessage")
        self.severity: str | None = None
        self.messages: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        if inline:
            row = QHBoxLayout()
            row.setSpacing(10)
            row.addWidget(self.label)
            row.addWidget(control, 1)
            layout.addLayout(row)
        else:
            layout.addWidget(self.label)
            layout.addWidget(control)
        layout.addWidget(self.help)
        layout.addWidget(self.message)

    def set_issues(self, issues: Sequence[tuple[str, str]]) -> None:
        """Show ``(severity, message)`` pairs under the control (errors first); [] clears."""
        ordered = sorted(issues, key=lambda i: i[0] != "error")
        self.messages = [m for _, m in ordered]
        self.severity = ordered[0][0] if ordered else None
        if not ordered:
            self.message.setVisible(False)
            self.message.clear()
            self.control.setProperty("issue", "")
            return
        severity = ordered[0][0]
        marker = "✖ " if severity == "error" else "⚠ "
        self.message.setText("\n".join(marker + m for m in self.messages))
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, tone_color(severity))
        self.message.setPalette(palette)
        self.message.setVisible(True)
        self.control.setProperty("issue", severity)


class ChoiceList(QWidget):
    """Check boxes for the values of a list field, in a grid; order follows ``choices``.

    Signals:
        changed() -- a box was ticked or unticked by the user.
    """

    changed = Signal()

    def __init__(
        self, choices: dict[str, str], columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self._extra: list[str] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        for i, (value, text) in enumerate(choices.items()):
            box = QCheckBox(text)
            box.setObjectName(f"choice-{value}")
            box.toggled.connect(lambda _=False: self.changed.emit())
            self.boxes[value] = box
            grid.addWidget(box, i // columns, i % columns)

    def values(self) -> list[str]:
        """The ticked values, in the order of the choices."""
        return [v for v, b in self.boxes.items() if b.isChecked()]

    def set_values(self, values: Sequence[str]) -> None:
        """Tick exactly ``values``. A value that is not one of the choices (a hand-edited
        import) gets a box of its own, so it can be seen and unticked."""
        for value in list(self._extra):
            box = self.boxes.pop(value)
            box.setParent(None)
            box.deleteLater()
        self._extra = []
        grid = self.layout()
        assert isinstance(grid, QGridLayout)
        for value in values:
            if value not in self.boxes:
                box = QCheckBox(tr("{0} (unknown to Stripe)").format(value))
                box.setObjectName(f"choice-{value}")
                box.toggled.connect(lambda _=False: self.changed.emit())
                self.boxes[value] = box
                self._extra.append(value)
                grid.addWidget(box, grid.rowCount(), 0, 1, max(1, grid.columnCount()))
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in values)
            box.blockSignals(False)
        self._order = [v for v in values if v in self.boxes]

    def ordered_values(self) -> list[str]:
        """The ticked values, keeping the order they were set in (then new ones)."""
        ticked = [v for v, b in self.boxes.items() if b.isChecked()]
        kept = [v for v in getattr(self, "_order", []) if v in ticked]
        return kept + [v for v in ticked if v not in kept]


def copy_pixmap(size: int, color: QColor) -> QPixmap:
    """A "copy" glyph (two overlapping sheets) in ``color``."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.2, size / 12))
    painter.setPen(pen)
    unit = size / 16
    painter.drawRoundedRect(
        QRectF(5.5 * unit, 5.5 * unit, 8 * unit, 8.5 * unit), 1.5 * unit, 1.5 * unit
    )
    painter.drawPolyline(
        [
            QPointF(3 * unit, 10.5 * unit),
            QPointF(2.5 * unit, 10.5 * unit),
            QPointF(2.5 * unit, 2.5 * unit),
            QPointF(9.5 * unit, 2.5 * unit),
            QPointF(9.5 * unit, 3.2 * unit),
        ]
    )
    painter.end()
    return pixmap


def copy_icon(color: QColor) -> QIcon:
    """:func:`copy_pixmap` as an icon."""
    return QIcon(copy_pixmap(16, color))


def pill(text: str, background: QColor, foreground: QColor, border: QColor | None = None) -> QLabel:
    """A small rounded badge."""
    label = QLabel(text)
    label.setFont(scaled_font(label.font(), 0.82, bold=True))
    label.setStyleSheet(pill_style(background, foreground, border))
    label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return label


def when(timestamp: int | float | None, now: float | None = None) -> str:
    """A Unix time for people: "just now", "5 minutes ago", "3 days ago", else a date."""
    if not timestamp:
        return tr("never")
    now = time.time() if now is None else now
    delta = now - float(timestamp)
    if delta < 60:
        return tr("just now")
    if delta < 3600:
        n = int(delta // 60)
        return tr("1 minute ago") if n == 1 else tr("{0} minutes ago").format(n)
    if delta < 86400:
        n = int(delta // 3600)
        return tr("1 hour ago") if n == 1 else tr("{0} hours ago").format(n)
    if delta < 7 * 86400:
        n = int(delta // 86400)
        return tr("yesterday") if n == 1 else tr("{0} days ago").format(n)
    return date_text(timestamp)


def date_text(timestamp: int | float, *, with_time: bool = False) -> str:
    """A Unix time as a short local date (and time)."""
    moment = QDateTime.fromSecsSinceEpoch(int(timestamp))
    day = i18n.medium_date_format()
    fmt = f"{day}, HH:mm" if with_time else day
    return QLocale().toString(moment, fmt)
