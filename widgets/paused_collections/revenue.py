"""Totals per currency and the chart of paused recurring revenue (QtCharts).

:class:`TotalsCard` lists, per currency, how many subscriptions are paused and what a month
of them is worth at list prices (``QLocale`` money). :class:`RevenueChart` draws that
per-month revenue as stacked bars: one bar per month in which collection resumes (and one
for indefinite pauses), one colour per behaviour, for one currency at a time (amounts in
different currencies are never added); the currency is chosen above the chart, the one
with the most paused revenue first. Both take a :class:`services.paused.summary.Summary`.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from services.paused import money
from services.paused.model import BEHAVIORS, PauseKind
from services.paused.summary import Summary
from widgets.paused_collections import formatting as fmt
from widgets.style import make_muted, on_theme_change, scaled_font, subtle_fill, theme_palette

BEHAVIOR_COLORS: dict[str, QColor] = {
    "keep_as_draft": QColor("#2563eb"),
    "mark_uncollectible": QColor("#d97706"),
    "void": QColor("#7c3aed"),
    "status": QColor("#0f766e"),
}


class TotalsCard(QFrame):
    """Per currency: subscriptions paused and their per-month worth.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pausedTotals")
        self.title = QLabel(self.tr("Totals per currency"))
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.note = QLabel(self.tr("Per month at list prices, before discounts and taxes."))
        self.note.setWordWrap(True)
        make_muted(self.note)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.note)
        self.rows: list[tuple[str, str, str]] = []
        """(currency, count text, amount text) as shown; tests read it."""
        self._apply_palette()
        on_theme_change(self._apply_palette)

    def set_summary(self, summary: Summary | None) -> None:
        """Show ``summary``'s totals (None: nothing yet)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater runs later; it must not be painted meanwhile
                widget.deleteLater()
        self.rows = []
        if summary is None or not summary.totals:
            empty = QLabel(self.tr("Nothing paused."))
            make_muted(empty)
            self.grid.addWidget(empty, 0, 0)
            return
        locale = fmt.locale()
        for row, currency in enumerate(summary.currencies_by_revenue()):
            total = summary.totals[currency]
            code = QLabel(currency.upper() or "—")
            code.setFont(scaled_font(self.font(), 1.0, bold=True))
            count_text = (
                self.tr("1 subscription")
                if total.count == 1
                else self.tr("{0} subscriptions").format(locale.toString(total.count))
            )
            count = QLabel(count_text)
            make_muted(count)
            amount_text = self.tr("{0} / month").format(
                fmt.format_money(total.monthly_minor, currency, locale)
            )
            if total.incomplete:
                amount_text = "≥ " + amount_text
            amount = QLabel(amount_text)
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total.incomplete:
                amount.setToolTip(
                    self.tr("{0} of them have metered items, which are not counted.").format(
                        total.incomplete
                    )
                )
            self.grid.addWidget(code, row, 0)
            self.grid.addWidget(count, row, 1)
            self.grid.addWidget(amount, row, 2)
            self.rows.append((currency, count_text, amount_text))
        self.grid.setColumnStretch(1, 1)

    def _apply_palette(self) -> None:
        palette = theme_palette()
        self.setStyleSheet(
            f"#pausedTotals {{ background: {subtle_fill(palette, 0.04).name()};"
            f" border: 1px solid {subtle_fill(palette, 0.14).name()}; border-radius: 8px; }}"
        )


def month_label(month: str | None, locale: QLocale | None = None) -> str:
    """``2026-12`` as ``Dec 2026`` in the user's language; None as "Indefinite"."""
    if month is None:
        return QCoreApplication.translate("QChartView", "Indefinite")
    year, mon = (int(p) for p in month.split("-"))
    return (locale or fmt.locale()).toString(QDate(year, mon, 1), "MMM yyyy")


class RevenueChart(QWidget):
    """Stacked bars of paused per-month revenue, by month of resumption and behaviour.

    Signals:
        currency_changed(str) -- the user chose another currency to chart.
    """

    currency_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind: PauseKind = "collection"
        self.summary: Summary | None = None
        self.title = QLabel(self.tr("Paused recurring revenue by month collection resumes"))
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Chart currency"))
        self.currency.currentIndexChanged.connect(self._currency_chosen)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(QLabel(self.tr("Currency:")))
        header.addWidget(self.currency)

        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # One series and two axes for the widget's life; a redraw refills them.
        self.series = QStackedBarSeries()
        self.series.setBarWidth(0.6)
        self.x_axis = QBarCategoryAxis()
        self.x_axis.setGridLineVisible(False)
        self.y_axis = QValueAxis()
        self.y_axis.setTickCount(5)
        self.y_axis.setLabelFormat("%.0f")
        self.chart.addSeries(self.series)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(180)
        self.empty = QLabel(self.tr("Nothing to chart."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        make_muted(self.empty)
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.bars: dict[str, list[float]] = {}
        """Behaviour → value per category, as drawn (major units); tests read it."""
        self.categories: list[str] = []
        on_theme_change(self._redraw)

    def set_summary(self, summary: Summary | None, kind: PauseKind) -> None:
        """Chart ``summary`` (keeping the chosen currency when it is still there)."""
        self.summary = summary
        self.kind = kind
        self.title.setText(
            self.tr("Paused recurring revenue by month collection resumes")
            if kind == "collection"
            else self.tr("Paused recurring revenue (resumed by hand, so no month)")
        )
        current = self.currency.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        codes = summary.currencies_by_revenue() if summary is not None else []
        for code in codes:
            self.currency.addItem(code.upper() or "—", code)
        index = self.currency.findData(current)
        self.currency.setCurrentIndex(index if index >= 0 else 0)
        self.currency.blockSignals(False)
        self.currency.setEnabled(len(codes) > 1)
        self._redraw()

    def chosen_currency(self) -> str | None:
        """The currency charted."""
        value = self.currency.currentData()
        return str(value) if value is not None else None

    def _currency_chosen(self, _: int) -> None:
        self._redraw()
        code = self.chosen_currency()
        if code is not None:
            self.currency_changed.emit(code)

    def _redraw(self) -> None:
        self.series.clear()
        self.x_axis.clear()
        self.bars = {}
        self.categories = []
        summary, currency = self.summary, self.chosen_currency()
        if summary is None or currency is None or not summary.totals:
            self.view.setVisible(False)
            self.empty.setVisible(True)
            return
        self.view.setVisible(True)
        self.empty.setVisible(False)
        locale = fmt.locale()
        months = summary.months(currency)
        if self.kind == "collection":
            self.categories = [month_label(m, locale) for m in months]
        else:
            self.categories = [self.tr("Until resumed")]
        behaviors = list(BEHAVIORS) if self.kind == "collection" else ["status"]
        totals = [0.0] * len(months)
        for behavior in behaviors:
            values = [
                float(
                    money.major(summary.by_behavior_month.get((currency, behavior, m), 0), currency)
                )
                for m in months
            ]
            if not any(values):
                continue
            name = fmt.behavior_name(behavior) if behavior != "status" else self.tr("Paused")
            bar = QBarSet(name)
            bar.append(values)
            bar.setColor(BEHAVIOR_COLORS[behavior])
            bar.setBorderColor(BEHAVIOR_COLORS[behavior])
            self.series.append(bar)
            self.bars[behavior] = values
            totals = [a + b for a, b in zip(totals, values, strict=True)]
        palette = theme_palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.x_axis.append(self.categories)
        self.x_axis.setLabelsColor(text)
        self.y_axis.setRange(0, _nice_top(max(totals, default=0.0)))
        self.y_axis.setLabelsColor(text)
        self.y_axis.setGridLineColor(subtle_fill(palette, 0.12))
        self.y_axis.setTitleText(self.tr("{0} per month").format(currency.upper()))
        self.y_axis.setTitleBrush(text)
        self.chart.legend().setLabelColor(text)
        self.chart.legend().setVisible(True)


def _nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` (1, 2, 2.5 or 5 × 10ⁿ, four ticks)."""
    if value <= 0:
        return 1.0
    step = value / 4
    magnitude = 10 ** len(str(int(step))) / 10 if step >= 1 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        nice = factor * magnitude
        if nice >= step:
            return nice * 4
    return value
