"""Beside the editor: what a customer can do, and the checks' findings.

:class:`InsightsPane` shows the plain-language summary of the configuration being edited
(✓ can, ✕ cannot, • facts) and, under it, every problem the checks found (errors first),
each clickable to jump to its field. Both refresh as the user types.

Signals:
    issue_activated(str) -- the path of the issue the user clicked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from services.portal_config.checks import Issue
from services.portal_config.summary import Point
from widgets.portal_configuration.controls import tone_color
from widgets.style import (
    make_muted,
    on_theme_change,
    scaled_font,
    subtle_fill,
    theme_palette,
)

SUCCESS = "#15803d"


class _Line(QWidget):
    """A glyph and a wrapped sentence."""

    def __init__(self, glyph: str, text: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mark = QLabel(glyph)
        mark.setFixedWidth(16)
        mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        mark.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)


class _IssueButton(QPushButton):
    """A check's message as a flat, wrapped, clickable line."""

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Show this field"))
        glyph = "✖" if issue.blocking else "⚠"
        self.label = QLabel(f"{glyph}  {issue.message}")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {tone_color(issue.severity).name()};")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def sizeHint(self):  # type: ignore[no-untyped-def]
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        return self.layout().minimumSize()


class InsightsPane(QFrame):
    """See the module docstring."""

    issue_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPane")
        title = QLabel(self.tr("What customers can do"))
        title.setFont(scaled_font(self.font(), 1.08, bold=True))
        self.summary_box = QVBoxLayout()
        self.summary_box.setSpacing(5)
        self.checks_title = QLabel(self.tr("Checks"))
        self.checks_title.setFont(scaled_font(self.font(), 1.08, bold=True))
        self.checks_note = QLabel()
        self.checks_note.setWordWrap(True)
        make_muted(self.checks_note)
        self.checks_box = QVBoxLayout()
        self.checks_box.setSpacing(2)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 14, 16, 14)
        column.setSpacing(8)
        column.addWidget(title)
        column.addLayout(self.summary_box)
        column.addSpacing(10)
        column.addWidget(self.checks_title)
        column.addWidget(self.checks_note)
        column.addLayout(self.checks_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.points: list[Point] = []
        self.issues: list[Issue] = []
        self._apply_palette()
        on_theme_change(self._apply_palette)

    @staticmethod
    def _clear(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def set_summary(self, points: Sequence[Point]) -> None:
        """Show the summary lines."""
        self.points = list(points)
        self._clear(self.summary_box)
        palette = theme_palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        for point in points:
            if point.can is True:
                line = _Line("✓", point.text, SUCCESS)
            elif point.can is False:
                line = _Line("✕", point.text, tone_color("error").name())
            else:
                line = _Line("•", point.text, muted)
            self.summary_box.addWidget(line)

    def set_issues(self, issues: Sequence[Issue]) -> None:
        """Show the checks' findings (errors first)."""
        self.issues = list(issues)
        self._clear(self.checks_box)
        errors = sum(1 for i in issues if i.blocking)
        warnings = len(issues) - errors
        if not issues:
            self.checks_note.setText(self.tr("✓ Nothing to fix: Stripe will accept this."))
        elif errors:
            self.checks_note.setText(
                self.tr(
                    "{0} to fix before saving, {1} to review. Click one to see its field."
                ).format(errors, warnings)
            )
        else:
            self.checks_note.setText(
                self.tr(
                    "{0} to review; Stripe accepts them, but customers may be affected."
                ).format(warnings)
            )
        for issue in sorted(issues, key=lambda i: not i.blocking):
            button = _IssueButton(issue)
            button.clicked.connect(lambda _=False, p=issue.path: self.issue_activated.emit(p))
            self.checks_box.addWidget(button)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        fill = subtle_fill(palette, 0.035)
        edge = subtle_fill(palette, 0.13)
        self.setStyleSheet(
            f"#insightsPane {{ background: {fill.name()}; border: 1px solid {edge.name()};"
            " border-radius: 8px; }"
        )
