"""Draws the hosted customer portal page with QPainter (no browser engine).

:func:`paint_page` lays out and draws a :class:`~services.branding.preview.PortalPage` on a
canvas :data:`CANVAS_WIDTH` logical pixels wide: an optional browser frame with Stripe's
address, the business column (icon and name or logo, "Test mode", the headline, "Return
to …", "Powered by stripe" with the terms and privacy links) and the content column with
one card per section. Buttons are filled with the brand colour, links use the accent
colour. With ``painter=None`` it only measures, which is how :func:`page_height` and
:func:`render_image` size the canvas. The result says where each button and link was
drawn (tests look for the brand colour there).

:class:`QtFormatter` writes amounts and dates the way the chosen portal locale does
(CLDR data through ``QLocale``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

from services.branding.locales import locale as portal_locale
from services.branding.preview import PortalPage, currency_symbol, major_amount

CANVAS_WIDTH = 1200
CHROME_HEIGHT = 44
MIN_PAGE_HEIGHT = 800
ASIDE_WIDTH = 440
ASIDE_PAD = 56
MAIN_PAD_LEFT = 56
MAIN_PAD_RIGHT = 64
CARD_PAD = 24
CARD_GAP = 20

INK = QColor("#1a1f36")
INK_SOFT = QColor("#3c4257")
MUTED = QColor("#697386")
FAINT = QColor("#8792a2")
LINE = QColor("#e3e8ee")
LINE_SOFT = QColor("#f0f2f5")
PAGE = QColor("#f6f8fa")
WHITE = QColor("#ffffff")
BORDER = QColor("#d5dbe1")


class ImageSource(Protocol):
    """Where the painter gets the icon and logo: by key, None while unavailable."""

    def image(self, key: str) -> QImage | None: ...


class NoImages:
    """An image source without images (placeholders are drawn instead)."""

    def image(self, key: str) -> QImage | None:
        return None


@dataclass
class PaintedPage:
    """Where things landed on the canvas (logical pixels, frame included)."""

    width: int = CANVAS_WIDTH
    height: int = MIN_PAGE_HEIGHT
    buttons: dict[str, QRectF] = field(default_factory=dict)
    links: dict[str, QRectF] = field(default_factory=dict)
    sections: dict[str, QRectF] = field(default_factory=dict)
    header: QRectF = field(default_factory=QRectF)


# -- formatting ------------------------------------------------------------------------------
_WEEKDAY = re.compile(r"dddd(\s*'den'|ที่)?")


class QtFormatter:
    """Amounts and dates as a portal locale writes them (CLDR through ``QLocale``)."""

    def __init__(self, locale_code: str) -> None:
        self.qlocale = QLocale(portal_locale(locale_code).format_locale.replace("-", "_"))
        pattern = self.qlocale.dateFormat(QLocale.FormatType.LongFormat)
        self.date_pattern = _WEEKDAY.sub("", pattern).strip(" ,，、")

    def money(self, amount_minor: int, currency: str) -> str:
        value, decimals = major_amount(amount_minor, currency)
        return self.qlocale.toCurrencyString(value, currency_symbol(currency), decimals)

    def date(self, day: date) -> str:
        return self.qlocale.toString(QDate(day.year, day.month, day.day), self.date_pattern)


# -- drawing helpers ---------------------------------------------------------------------------
def _font(px: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(1, round(px)))
    font.setWeight(weight)
    font.setKerning(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


_SEMIBOLD = QFont.Weight.DemiBold
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
_LINE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class _Canvas:
    """Measures, and draws when it has a painter."""

    def __init__(self, painter: QPainter | None) -> None:
        self.p = painter

    def text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        font: QFont,
        color: QColor,
        flags: int = _WRAP,
    ) -> QRectF:
        """Draw wrapped ``text`` from (x, y) within ``width``; returns the rect it used."""
        metrics = QFontMetricsF(font)
        rect = metrics.boundingRect(QRectF(x, y, width, 100_000), flags, text)
        rect = QRectF(x, y, min(width, rect.width()), rect.height())
        if self.p is not None:
            self.p.setFont(font)
            self.p.setPen(color)
            self.p.drawText(QRectF(x, y, width, rect.height() + 2), flags, text)
        return rect

    def line_text(
        self, x: float, y: float, text: str, font: QFont, color: QColor, max_width: float = 100_000
    ) -> QRectF:
        """One line of ``text`` (elided to ``max_width``) with its top at ``y``."""
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max_width)
        rect = QRectF(x, y, metrics.horizontalAdvance(shown), metrics.height())
        if self.p is not None:
            self.p.setFont(font)
            self.p.setPen(color)
            self.p.drawText(QPointF(x, y + metrics.ascent()), shown)
        return rect

    def fill(self, rect: QRectF, color: QColor, radius: float = 0, border: QColor | None = None):
        if self.p is None:
            return
        self.p.setPen(QPen(border, 1) if border is not None else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(color))
        if radius:
            self.p.drawRoundedRect(rect, radius, radius)
        else:
            self.p.drawRect(rect)

    def hline(self, x: float, y: float, width: float, color: QColor = LINE) -> None:
        if self.p is not None:
            self.p.fillRect(QRectF(x, y, width, 1), color)

    def pill(self, x: float, y: float, text: str, fg: QColor, bg: QColor, px: float = 12) -> QRectF:
        font = _font(px, _SEMIBOLD)
        metrics = QFontMetricsF(font)
        rect = QRectF(x, y, metrics.horizontalAdvance(text) + 14, metrics.height() + 4)
        self.fill(rect, bg, 4)
        if self.p is not None:
            self.p.setFont(font)
            self.p.setPen(fg)
            self.p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        return rect

    def image(self, rect: QRectF, image: QImage, *, circle: bool = False) -> None:
        if self.p is None:
            return
        scale = self.p.device().devicePixelRatioF() if self.p.device() else 1.0
        transform_scale = abs(self.p.transform().m11()) or 1.0
        target = QSize(
            max(1, round(rect.width() * scale * transform_scale)),
            max(1, round(rect.height() * scale * transform_scale)),
        )
        scaled = image.scaled(
            target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.p.save()
        if circle:
            path = QPainterPath()
            path.addEllipse(rect)
            self.p.setClipPath(path, Qt.ClipOperation.IntersectClip)
        self.p.drawImage(rect, scaled)
        self.p.restore()


def _fit(image: QImage, max_w: float, max_h: float) -> tuple[float, float]:
    if image.width() <= 0 or image.height() <= 0:
        return max_w, max_h
    ratio = min(max_w / image.width(), max_h / image.height())
    return image.width() * ratio, image.height() * ratio


# -- the page --------------------------------------------------------------------------------
def _chrome(c: _Canvas, page: PortalPage, width: int) -> None:
    c.fill(QRectF(0, 0, width, CHROME_HEIGHT), QColor("#eceff3"))
    c.hline(0, CHROME_HEIGHT - 1, width, QColor("#d8dde3"))
    if c.p is not None:
        for i, color in enumerate(("#ff5f57", "#febc2e", "#28c840")):
            c.p.setPen(Qt.PenStyle.NoPen)
            c.p.setBrush(QColor(color))
            c.p.drawEllipse(QPointF(22 + i * 20, CHROME_HEIGHT / 2), 6, 6)
    pill = QRectF(width / 2 - 270, 8, 540, CHROME_HEIGHT - 16)
    c.fill(pill, WHITE, 8)
    font = _font(13)
    metrics = QFontMetricsF(font)
    text_w = metrics.horizontalAdvance(page.address_bar)
    x = pill.center().x() - (text_w + 18) / 2
    if c.p is not None:  # a small padlock
        c.p.setPen(QPen(MUTED, 1.4))
        c.p.setBrush(Qt.BrushStyle.NoBrush)
        cy = pill.center().y()
        c.p.drawArc(QRectF(x + 2.5, cy - 7, 7, 8), 0, 180 * 16)
        c.p.setPen(Qt.PenStyle.NoPen)
        c.p.setBrush(MUTED)
        c.p.drawRoundedRect(QRectF(x + 1, cy - 3, 10, 8), 1.5, 1.5)
    c.line_text(x + 18, pill.center().y() - metrics.height() / 2, page.address_bar, font, MUTED)


def _aside(
    c: _Canvas, page: PortalPage, images: ImageSource, top: float, height: float, out: PaintedPage
) -> float:
    """The business column; returns the lowest y its content (not the footer) reaches."""
    accent = QColor(page.accent)
    c.fill(QRectF(0, top, ASIDE_WIDTH, height), WHITE)
    if c.p is not None:
        c.p.fillRect(QRectF(ASIDE_WIDTH - 1, top, 1, height), LINE)
    x, width = ASIDE_PAD, ASIDE_WIDTH - 2 * ASIDE_PAD
    y = top + 60
    header_h = 40.0
    name_font = _font(17, _SEMIBOLD)
    badge_w = 0.0
    if page.test_mode:
        badge_w = QFontMetricsF(_font(11, _SEMIBOLD)).horizontalAdvance(page.test_mode) + 24
    logo = images.image(page.logo) if page.logo else None
    if page.header_uses_logo:
        max_w = width - badge_w
        w, h = _fit(logo, max_w, 44) if logo is not None else (160.0, 40.0)
        rect = QRectF(x, y + (header_h - h) / 2, w, h)
        if logo is not None:
            c.image(rect, logo)
        else:
            c.fill(rect, LINE_SOFT, 6)
        right = x + w
    else:
        name_x = x
        if page.icon:
            icon = images.image(page.icon)
            rect = QRectF(x, y + 2, 36, 36)
            if icon is not None:
                c.image(rect, icon, circle=True)
            elif c.p is not None:
                c.p.setPen(Qt.PenStyle.NoPen)
                c.p.setBrush(LINE)
                c.p.drawEllipse(rect)
            name_x = x + 48
        metrics = QFontMetricsF(name_font)
        name_rect = c.line_text(
            name_x,
            y + (header_h - metrics.height()) / 2,
            page.business_name,
            name_font,
            INK,
            width - (name_x - x) - badge_w,
        )
        right = name_rect.right()
    out.header = QRectF(x, y, right - x, header_h)
    if page.test_mode:
        metrics = QFontMetricsF(_font(11, _SEMIBOLD))
        c.pill(
            right + 12,
            y + (header_h - metrics.height() - 4) / 2,
            page.test_mode,
            QColor("#a04100"),
            QColor("#fcedb9"),
            11,
        )
    y += header_h + 36
    rect = c.text(x, y, width, page.headline, _font(22), INK)
    y = rect.bottom() + 22
    if page.return_link:
        rect = c.text(x, y, width, "← " + page.return_link, _font(15, _SEMIBOLD), accent)
        out.links["return"] = rect
        y = rect.bottom()
    return y


def _footer(c: _Canvas, page: PortalPage, bottom: float, out: PaintedPage) -> float:
    """ "Powered by stripe", terms and privacy at the foot of the business column; returns
    the height it needs."""
    x = float(ASIDE_PAD)
    small, mark = _font(12.5), _font(14, QFont.Weight.Bold)
    link_font = _font(12.5, QFont.Weight.Medium)
    sm, mm, lm = QFontMetricsF(small), QFontMetricsF(mark), QFontMetricsF(link_font)
    before, after = page.powered_by
    widths = [
        sm.horizontalAdvance(before),
        mm.horizontalAdvance("stripe"),
        sm.horizontalAdvance(after),
    ]
    powered_w = sum(widths)
    links = [
        (key, text) for key, text in (("terms", page.terms), ("privacy", page.privacy)) if text
    ]
    links_w = sum(lm.horizontalAdvance(t) for _, t in links) + 18 * len(links)
    width = ASIDE_WIDTH - 2 * ASIDE_PAD
    two_lines = powered_w + 8 + links_w > width
    line_h = max(sm.height(), mm.height())
    needed = line_h * (2 if two_lines and links else 1)
    y = bottom - needed
    cx = x
    baseline = y + (line_h + mm.ascent() - mm.descent()) / 2
    if c.p is not None:
        c.p.setPen(FAINT)
        c.p.setFont(small)
        c.p.drawText(QPointF(cx, baseline), before)
        c.p.setFont(mark)
        c.p.drawText(QPointF(cx + widths[0], baseline), "stripe")
        c.p.setFont(small)
        c.p.drawText(QPointF(cx + widths[0] + widths[1], baseline), after)
    if links:
        lx = x if two_lines else x + powered_w + 8
        ly = y + line_h if two_lines else y
        if c.p is not None and not two_lines:
            c.p.fillRect(QRectF(lx, ly + 3, 1, line_h - 6), LINE)
        lx += 0 if two_lines else 10
        for key, text in links:
            rect = c.line_text(
                lx, ly + (line_h - lm.height()) / 2, text, link_font, QColor(page.accent)
            )
            out.links[key] = rect
            lx = rect.right() + 18
    return needed


def _button(c: _Canvas, x: float, y: float, label: str, page: PortalPage, primary: bool) -> QRectF:
    font = _font(14, _SEMIBOLD)
    metrics = QFontMetricsF(font)
    rect = QRectF(x, y, metrics.horizontalAdvance(label) + 32, 38)
    if primary:
        c.fill(rect, QColor(page.primary), 7)
        color = QColor(page.button_text)
    else:
        c.fill(rect.adjusted(0.5, 0.5, -0.5, -0.5), WHITE, 7, BORDER)
        color = INK
    if c.p is not None:
        c.p.setFont(font)
        c.p.setPen(color)
        c.p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
    return rect


def _buttons(
    c: _Canvas, x: float, y: float, width: float, page: PortalPage, items, out: PaintedPage
) -> float:
    """A row of buttons (wrapping when needed); returns the bottom."""
    cx, bottom = x, y
    for button in items:
        font = _font(14, _SEMIBOLD)
        w = QFontMetricsF(font).horizontalAdvance(button.label) + 32
        if cx > x and cx + w > x + width:
            cx, y = x, bottom + 10
        rect = _button(c, cx, y, button.label, page, button.primary)
        out.buttons[button.key] = rect
        cx, bottom = rect.right() + 12, rect.bottom()
    return bottom


def _card_chip(c: _Canvas, x: float, y: float, brand: str) -> QRectF:
    rect = QRectF(x, y, 34, 22)
    c.fill(rect, QColor("#1a1f71"), 4)
    if c.p is not None:
        font = _font(9, QFont.Weight.Black)
        font.setItalic(True)
        c.p.setFont(font)
        c.p.setPen(WHITE)
        c.p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), brand.upper()[:4])
    return rect


def _card_start(c: _Canvas, x: float, y: float, width: float, title: str) -> float:
    """Title and divider of a card; returns where its content starts."""
    rect = c.text(
        x + CARD_PAD, y + CARD_PAD - 4, width - 2 * CARD_PAD, title, _font(17, _SEMIBOLD), INK
    )
    c.hline(x + CARD_PAD, rect.bottom() + 12, width - 2 * CARD_PAD)
    return rect.bottom() + 28


def _card(c: _Canvas, x: float, y: float, width: float, draw) -> float:
    """Draw a white card: measure its body first, then paint the box and the body."""
    measured = draw(_Canvas(None))
    box = QRectF(x, y, width, measured - y + CARD_PAD)
    c.fill(box.adjusted(0.5, 0.5, -0.5, -0.5), WHITE, 10, LINE)
    draw(c)
    return box.bottom()


def _main(c: _Canvas, page: PortalPage, top: float, out: PaintedPage) -> float:
    """The content column; returns its bottom."""
    x = ASIDE_WIDTH + MAIN_PAD_LEFT
    width = CANVAS_WIDTH - ASIDE_WIDTH - MAIN_PAD_LEFT - MAIN_PAD_RIGHT
    inner_x, inner_w = x + CARD_PAD, width - 2 * CARD_PAD
    y = top + 48
    sub = page.subscription
    first = y

    def subscription(cv: _Canvas) -> float:
        cy = _card_start(cv, x, first, width, sub.title)
        rect = cv.line_text(inner_x, cy, sub.plan_name, _font(15, _SEMIBOLD), INK_SOFT, inner_w)
        rect = cv.text(inner_x, rect.bottom() + 4, inner_w, sub.price, _font(26, _SEMIBOLD), INK)
        rect = cv.text(inner_x, rect.bottom() + 6, inner_w, sub.renews, _font(14), MUTED)
        chip = _card_chip(cv, inner_x, rect.bottom() + 12, "visa")
        cv.line_text(chip.right() + 10, chip.top() + 1, sub.card, _font(14), INK_SOFT)
        bottom = chip.bottom()
        if sub.buttons:
            bottom = _buttons(cv, inner_x, bottom + 20, inner_w, page, sub.buttons, out)
        return bottom

    y = _card(c, x, first, width, subscription)
    out.sections["subscription"] = QRectF(x, first, width, y - first)

    if page.payment_methods is not None:
        pm = page.payment_methods
        y += CARD_GAP
        start = y

        def payment(cv: _Canvas) -> float:
            cy = _card_start(cv, x, start, width, pm.title)
            chip = _card_chip(cv, inner_x, cy + 2, pm.card_brand)
            text = cv.line_text(chip.right() + 12, cy, pm.card, _font(15, QFont.Weight.Medium), INK)
            cv.pill(text.right() + 10, cy + 1, pm.default_label, INK_SOFT, QColor("#e3e8ee"))
            exp = cv.line_text(chip.right() + 12, text.bottom() + 2, pm.expires, _font(13), MUTED)
            return _buttons(cv, inner_x, exp.bottom() + 18, inner_w, page, [pm.add_button], out)

        y = _card(c, x, start, width, payment)
        out.sections["payment_methods"] = QRectF(x, start, width, y - start)

    if page.billing is not None:
        billing = page.billing
        y += CARD_GAP
        start = y

        def info(cv: _Canvas) -> float:
            cy = _card_start(cv, x, start, width, billing.title)
            label_w = 180.0
            for label, value in billing.rows:
                lr = cv.text(inner_x, cy + 1, label_w - 12, label, _font(13.5), MUTED)
                vr = cv.text(inner_x + label_w, cy, inner_w - label_w, value, _font(14.5), INK)
                cy = max(lr.bottom(), vr.bottom()) + 10
            if billing.button is not None:
                return _buttons(cv, inner_x, cy + 8, inner_w, page, [billing.button], out)
            return cy - 10

        y = _card(c, x, start, width, info)
        out.sections["billing"] = QRectF(x, start, width, y - start)

    if page.invoices is not None:
        invoices = page.invoices
        y += CARD_GAP
        start = y

        def history(cv: _Canvas) -> float:
            cy = _card_start(cv, x, start, width, invoices.title)
            date_font, amount_font = _font(14), _font(14, _SEMIBOLD)
            date_w = (
                max(
                    [QFontMetricsF(date_font).horizontalAdvance(r.date) for r in invoices.rows]
                    + [150]
                )
                + 24
            )
            amount_w = (
                max(
                    [QFontMetricsF(amount_font).horizontalAdvance(r.amount) for r in invoices.rows]
                    + [80]
                )
                + 24
            )
            for i, row in enumerate(invoices.rows):
                if i:
                    cv.hline(inner_x, cy - 9, inner_w, LINE_SOFT)
                cv.line_text(inner_x, cy, row.date, date_font, INK_SOFT, date_w - 12)
                cv.line_text(inner_x + date_w, cy, row.amount, amount_font, INK, amount_w - 12)
                pill = cv.pill(
                    inner_x + date_w + amount_w,
                    cy,
                    row.status,
                    QColor("#05690d"),
                    QColor("#d7f7c2"),
                )
                cv.line_text(
                    pill.right() + 16,
                    cy,
                    row.description,
                    _font(14),
                    MUTED,
                    inner_x + inner_w - pill.right() - 16,
                )
                cy += 40
            return cy - 18

        y = _card(c, x, start, width, history)
        out.sections["invoices"] = QRectF(x, start, width, y - start)
    return y


def paint_page(
    page: PortalPage,
    images: ImageSource,
    painter: QPainter | None = None,
    *,
    chrome: bool = True,
    height: int | None = None,
) -> PaintedPage:
    """Lay out (and, with a painter, draw) ``page`` on a canvas ``CANVAS_WIDTH`` wide.

    ``height`` is the canvas height to fill (:func:`page_height` when None).
    """
    if height is None:
        height = page_height(page, images, chrome=chrome)
    out = PaintedPage(CANVAS_WIDTH, height)
    c = _Canvas(painter)
    if painter is not None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    top = float(CHROME_HEIGHT if chrome else 0)
    c.fill(QRectF(0, top, CANVAS_WIDTH, height - top), PAGE)
    _aside(c, page, images, top, height - top, out)
    _footer(c, page, height - 48, out)
    _main(c, page, top, out)
    c.fill(QRectF(0, top, CANVAS_WIDTH, 4), QColor(page.primary))
    if chrome:
        _chrome(c, page, CANVAS_WIDTH)
    return out


def page_height(page: PortalPage, images: ImageSource, *, chrome: bool = True) -> int:
    """The canvas height ``page`` needs (at least :data:`MIN_PAGE_HEIGHT` plus the frame)."""
    scratch = PaintedPage()
    c = _Canvas(None)
    top = float(CHROME_HEIGHT if chrome else 0)
    aside_bottom = _aside(c, page, images, top, MIN_PAGE_HEIGHT, scratch)
    footer = _footer(c, page, 0, scratch)
    main_bottom = _main(c, page, top, scratch)
    needed = max(aside_bottom + 48 + footer + 48, main_bottom + 56)
    return int(max(top + MIN_PAGE_HEIGHT, needed))


def render_image(
    page: PortalPage, images: ImageSource, *, scale: float = 1.0, chrome: bool = True
) -> tuple[QImage, PaintedPage]:
    """The page as an image ``CANVAS_WIDTH × scale`` pixels wide (device pixel ratio
    ``scale``, so it stays sharp), with where buttons and links were drawn."""
    height = page_height(page, images, chrome=chrome)
    image = QImage(
        round(CANVAS_WIDTH * scale),
        round(height * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(scale)
    image.fill(WHITE)
    painter = QPainter(image)
    try:
        painted = paint_page(page, images, painter, chrome=chrome, height=height)
    finally:
        painter.end()
    return image, painted
