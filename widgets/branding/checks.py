"""The accessibility box: WCAG 2.1 contrast of button text and links, and image warnings.

Each check shows a sample, the ratio and whether it reaches AA (4.5:1); a failing one offers
the nearest colour that passes with a "Use" button. Resolution advice for the icon and logo
is listed under the checks.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from services.branding.accessibility import ContrastCheck
from services.branding.colors import AA_NORMAL
from widgets.branding.color_field import swatch_icon
from widgets.style import WARNING_COLOR, make_muted, pill_style, scaled_font

PASS_BG, PASS_FG = "#d7f7c2", "#05690d"
FAIL_BG, FAIL_FG = "#ffe7e3", "#a41c0e"


class CheckRow(QWidget):
    """One contrast check.

    Signals:
        use(str) -- apply the suggested colour.
    """

    use = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: ContrastCheck | None = None
        self.sample = QLabel(self.tr("Aa"))
        self.sample.setFixedSize(44, 30)
        self.sample.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.title = QLabel(title)
        self.ratio = QLabel()
        self.ratio.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.verdict = QLabel()
        self.verdict.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.use_button = QPushButton(self.tr("Use it"))
        self.use_button.clicked.connect(self._use)
        self.swatch = QLabel()

        verdict_row = QHBoxLayout()
        verdict_row.setContentsMargins(0, 0, 0, 0)
        verdict_row.setSpacing(10)
        verdict_row.addWidget(self.ratio)
        verdict_row.addWidget(self.verdict)
        verdict_row.addStretch(1)
        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setHorizontalSpacing(10)
        top.addWidget(self.sample, 0, 0, 2, 1)
        top.addWidget(self.title, 0, 1)
        top.addLayout(verdict_row, 1, 1)
        top.setColumnStretch(1, 1)
        fix = QHBoxLayout()
        fix.setContentsMargins(54, 0, 0, 0)
        fix.addWidget(self.swatch)
        fix.addWidget(self.suggestion, 1)
        fix.addWidget(self.use_button)
        self._fix = QWidget()
        self._fix.setLayout(fix)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self._fix)

    def set_check(self, check: ContrastCheck) -> None:
        self.check = check
        self.sample.setStyleSheet(
            f"QLabel {{ background: {check.background}; color: {check.foreground};"
            " border: 1px solid #d5dbe1; border-radius: 6px; qproperty-alignment: AlignCenter; }"
        )
        self.ratio.setText(check.ratio_text)
        if check.passes:
            self.verdict.setText(self.tr("Passes AA"))
            self.verdict.setStyleSheet(pill_style_from(PASS_BG, PASS_FG))
        else:
            self.verdict.setText(self.tr("Below AA ({0}:1)").format(f"{AA_NORMAL:g}"))
            self.verdict.setStyleSheet(pill_style_from(FAIL_BG, FAIL_FG))
        self.verdict.setAccessibleName(self.verdict.text())
        show_fix = not check.passes and check.suggestion is not None
        self._fix.setVisible(show_fix)
        if show_fix and check.suggestion:
            self.swatch.setPixmap(swatch_icon(check.suggestion, 18).pixmap(18, 18))
            self.suggestion.setText(
                self.tr("Nearest colour that passes: {0}").format(check.suggestion)
            )

    def _use(self) -> None:
        if self.check is not None and self.check.suggestion:
            self.use.emit(self.check.suggestion)


def pill_style_from(background: str, foreground: str) -> str:
    """A pill style sheet from two hex colours."""
    return pill_style(QColor(background), QColor(foreground))


class AccessibilityBox(QWidget):
    """Both contrast checks and the image resolution warnings.

    Signals:
        use_brand(str) -- use this brand colour (suggested for readable buttons).
        use_accent(str) -- use this accent colour (suggested for readable links).
    """

    use_brand = Signal(str)
    use_accent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Accessibility (WCAG 2.1)"))
        title.setFont(scaled_font(self.font(), 1.0, bold=True))
        note = QLabel(self.tr("AA asks for 4.5:1 for normal text. Stripe does not check this."))
        note.setWordWrap(True)
        make_muted(note)
        self.buttons = CheckRow(self.tr("Button text on the brand colour"))
        self.links = CheckRow(self.tr("Links in the accent colour, on white"))
        self.buttons.use.connect(self.use_brand.emit)
        self.links.use.connect(self.use_accent.emit)
        self.images = QLabel()
        self.images.setWordWrap(True)
        self.images.setStyleSheet(f"color: {WARNING_COLOR.name()};")
        self.images.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(title)
        column.addWidget(note)
        column.addWidget(self.buttons)
        column.addWidget(self.links)
        column.addWidget(self.images)

    def set_checks(self, buttons: ContrastCheck, links: ContrastCheck) -> None:
        self.buttons.set_check(buttons)
        self.links.set_check(links)

    def set_image_warnings(self, lines: list[str]) -> None:
        self.images.setText("\n".join(f"⚠ {line}" for line in lines))
        self.images.setVisible(bool(lines))

    @property
    def failing(self) -> list[str]:
        """Keys of the checks below AA."""
        return [
            row.check.key
            for row in (self.buttons, self.links)
            if row.check is not None and not row.check.passes
        ]
