"""The configuration editor: every field of the SDK's create params, in five tabs.

General (name, headline, links, login page, metadata), Customer information (what
customers may update, payment methods, invoice history), Cancellations, Plan changes
(what customers may change, products and prices, prorations, downgrades, trials, billing
date) and Pausing. Each control is a :class:`Binding` from a document path to a widget:
:meth:`ConfigEditor.set_doc` writes a document into the widgets and
:meth:`ConfigEditor.doc` reads it back, so what is shown is exactly what will be sent.
:meth:`ConfigEditor.bound_paths` lists the SDK fields the editor covers (a test compares it
with :func:`services.portal_config.schema.leaf_paths`).

:meth:`ConfigEditor.show_issues` puts each check's message under the field it concerns,
marks product rows, and flags the tabs that have problems; :meth:`ConfigEditor.focus_path`
jumps to a field.

Signals:
    changed() -- the user edited something (not emitted by set_doc).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import icons
from services.portal_config import schema
from services.portal_config.catalog import Catalog
from services.portal_config.checks import Issue
from services.portal_config.document import Doc, empty, get, normalise, set_value
from services.portal_config.labels import SECTIONS, choices, field_label, section_of, section_title
from widgets.portal_configuration.controls import (
    ChoiceList,
    FieldRow,
    SectionCard,
    ToggleSwitch,
    copy_icon,
    tone_color,
)
from widgets.portal_configuration.editors import MetadataEditor, PauseLengthsEditor, ProductsEditor
from widgets.style import make_muted, theme_palette

CU = "features.customer_update"
PMU = "features.payment_method_update"
IH = "features.invoice_history"
SC = "features.subscription_cancel"
SU = "features.subscription_update"
SP = "features.subscription_pause"
_PRODUCT_INDEX = re.compile(r"^features\.subscription_update\.products\[(\d+)\]")


@dataclass
class Binding:
    """One document path shown by one control."""

    path: str
    read: Callable[[], Any]
    write: Callable[[Any], None]
    row: FieldRow
    covers: tuple[str, ...] = ()
    """SDK leaf paths (patterns) this control sets, beyond ``path`` itself."""
    focus: QWidget | None = None


def _t(text: str) -> str:
    return QCoreApplication.translate("ConfigEditor", text)


class ConfigEditor(QWidget):
    """See the module docstring."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bindings: list[Binding] = []
        self._loading = False
        self.catalog = Catalog()
        self.login_url: str | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.pages: dict[str, QVBoxLayout] = {}
        self.scrolls: dict[str, QScrollArea] = {}
        for key, _title in SECTIONS:
            column = QWidget()
            layout = QVBoxLayout(column)
            layout.setContentsMargins(4, 12, 12, 16)
            layout.setSpacing(12)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(column)
            self.pages[key] = layout
            self.scrolls[key] = scroll
            self.tabs.addTab(scroll, section_title(key))
        self._build_general()
        self._build_customer()
        self._build_cancel()
        self._build_update()
        self._build_pause()
        for layout in self.pages.values():
            layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.set_doc(empty())

    # -- binding helpers -------------------------------------------------------------------
    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _bind(
        self,
        path: str,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        row: FieldRow,
        covers: Sequence[str] = (),
        focus: QWidget | None = None,
    ) -> Binding:
        binding = Binding(path, read, write, row, tuple(covers), focus or row.control)
        self.bindings.append(binding)
        try:
            sdk_doc = schema.field(path).doc  # Stripe's own description, as a tooltip
        except KeyError:
            sdk_doc = ""
        target = binding.focus or row.control
        if sdk_doc:
            label = target.toolTip()
            target.setToolTip(f"{label}\n\n{sdk_doc}" if label else sdk_doc)
        row.setObjectName("field:" + path)
        return binding

    def _text(
        self, card: SectionCard, path: str, help_text: str = "", placeholder: str = ""
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(path)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(field_label(path))
        row = FieldRow(field_label(path), edit, help_text)
        card.body.addWidget(row)
        edit.textChanged.connect(lambda _: self._emit())
        self._bind(path, edit.text, lambda v: edit.setText(str(v)), row)
        return edit

    def _combo(self, card: SectionCard, path: str, help_text: str = "") -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(path)
        combo.setAccessibleName(field_label(path))
        for value, text in choices(path).items():
            combo.addItem(text, value)
        row = FieldRow(field_label(path), combo, help_text)
        card.body.addWidget(row)

        def write(value: Any) -> None:
            found = combo.findData(value)
            if found < 0:
                combo.addItem(str(value), value)
                found = combo.count() - 1
            combo.setCurrentIndex(found)

        combo.currentIndexChanged.connect(lambda _: self._emit())
        self._bind(path, lambda: str(combo.currentData()), write, row)
        return combo

    def _switch(self, card: SectionCard, path: str) -> ToggleSwitch:
        assert card.switch is not None
        switch = card.switch
        switch.setObjectName(path)
        switch.setAccessibleName(field_label(path))
        switch.setToolTip(field_label(path))
        row = FieldRow("", QWidget())
        card.body.insertWidget(0, row)
        switch.toggled.connect(lambda _: self._emit())
        self._bind(path, switch.isChecked, lambda v: switch.setChecked(bool(v)), row, focus=switch)
        return switch

    def _choices(
        self, card: SectionCard, path: str, help_text: str = "", columns: int = 2
    ) -> ChoiceList:
        widget = ChoiceList(choices(path), columns)
        widget.setObjectName(path)
        row = FieldRow(field_label(path), widget, help_text)
        card.body.addWidget(row)
        widget.changed.connect(self._emit)
        self._bind(path, widget.ordered_values, lambda v: widget.set_values(list(v)), row)
        return widget

    def _radios(self, card: SectionCard, path: str, help_text: str = "") -> QButtonGroup:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        group = QButtonGroup(holder)
        buttons: dict[str, QRadioButton] = {}
        for value, text in choices(path).items():
            button = QRadioButton(text)
            button.setObjectName(f"{path}={value}")
            buttons[value] = button
            group.addButton(button)
            layout.addWidget(button)
        row = FieldRow(field_label(path), holder, help_text)
        card.body.addWidget(row)

        def read() -> str:
            for value, button in buttons.items():
                if button.isChecked():
                    return value
            return next(iter(buttons))

        unknown = QRadioButton()
        unknown.setObjectName(f"{path}=unknown")
        unknown.setVisible(False)
        group.addButton(unknown)
        layout.addWidget(unknown)

        def write(value: Any) -> None:
            known = buttons.get(str(value))
            if known is not None:
                known.setChecked(True)
                unknown.setVisible(False)
                return
            # A value Stripe does not know (a hand-edited import): shown, not replaced,
            # so the check can point at it and the owner picks a real one.
            unknown.setProperty("value", str(value))
            unknown.setText(_t("“{0}” (unknown to Stripe)").format(value))
            unknown.setVisible(True)
            unknown.setChecked(True)

        def read_any() -> str:
            if unknown.isChecked():
                return str(unknown.property("value"))
            return read()

        group.buttonToggled.connect(lambda _b, on: self._emit() if on else None)
        self._bind(path, read_any, write, row, focus=next(iter(buttons.values())))
        return group

    def _card(
        self, section: str, title: str, description: str = "", switch: bool = False
    ) -> SectionCard:
        card = SectionCard(title, description, switch=switch)
        self.pages[section].addWidget(card)
        return card

    # -- sections -------------------------------------------------------------------------------
    def _build_general(self) -> None:
        card = self._card(
            "general",
            _t("Name and links"),
            _t("The name is only for you; customers see the headline and the links."),
        )
        self.name_edit = self._text(
            card,
            "name",
            _t("Tells configurations apart here and in the API."),
            _t("e.g. Plan changes for teams"),
        )
        self._text(
            card,
            "business_profile.headline",
            _t(
                "Shown at the top of the portal. Empty: “<your business> partners with Stripe "
                "for simplified billing.”"
            ),
        )
        self._text(
            card,
            "business_profile.privacy_policy_url",
            _t("Empty: the link in your public business details."),
            "https://",
        )
        self._text(
            card,
            "business_profile.terms_of_service_url",
            _t(
                "Shown when customers change a subscription or add a payment method. Empty: "
                "the link in your public business details."
            ),
            "https://",
        )
        self._text(
            card,
            "default_return_url",
            _t(
                "Where “Return to <your business>” goes when customers leave the portal. "
                "Empty: no return link, unless the session sets one."
            ),
            "https://",
        )
        login = self._card(
            "general",
            _t("Login page"),
            _t(
                "A link you can share (on your site or in emails) where customers sign in "
                "with their email address, no code needed."
            ),
            switch=True,
        )
        self._switch(login, "login_page.enabled")
        self.login_row = QWidget()
        row = QHBoxLayout(self.login_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.login_label = QLabel()
        self.login_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_label.setWordWrap(True)
        self.copy_login = QToolButton()
        self.copy_login.setText(_t("Copy link"))
        self.copy_login.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.copy_login.setIcon(copy_icon(theme_palette().color(theme_palette().ColorRole.Link)))
        self.copy_login.clicked.connect(self._copy_login)
        row.addWidget(self.login_label, 1)
        row.addWidget(self.copy_login)
        login.body.addWidget(self.login_row)
        self.login_note = QLabel(_t("Save to get the link."))
        make_muted(self.login_note)
        login.body.addWidget(self.login_note)
        assert login.switch is not None
        login.switch.toggled.connect(lambda _: self._show_login())

        meta = self._card(
            "general",
            _t("Metadata"),
            _t(
                "Notes for you and your integrations, as key–value pairs. Customers never see them."
            ),
        )
        self.metadata = MetadataEditor()
        self.metadata.setObjectName("metadata")
        row_widget = FieldRow("", self.metadata)
        meta.body.addWidget(row_widget)
        self.metadata.changed.connect(self._emit)
        self._bind("metadata", self.metadata.value, self.metadata.set_value, row_widget)

    def _build_customer(self) -> None:
        card = self._card(
            "customer",
            _t("Customer information"),
            _t("Let customers keep their billing details up to date."),
            switch=True,
        )
        self._switch(card, f"{CU}.enabled")
        self._choices(card, f"{CU}.allowed_updates", columns=3)
        pm = self._card(
            "customer",
            _t("Payment methods"),
            _t("Let customers add, remove and change the payment methods they pay with."),
            switch=True,
        )
        self._switch(pm, f"{PMU}.enabled")
        self._text(
            pm,
            f"{PMU}.payment_method_configuration",
            _t("Optional: offer the payment methods of one payment method configuration."),
            "pmc_…",
        )
        ih = self._card(
            "customer",
            _t("Invoice history"),
            _t("Let customers see and download their past invoices."),
            switch=True,
        )
        self._switch(ih, f"{IH}.enabled")

    def _build_cancel(self) -> None:
        card = self._card(
            "cancel",
            _t("Cancellations"),
            _t("Let customers cancel their subscriptions themselves."),
            switch=True,
        )
        self._switch(card, f"{SC}.enabled")
        self._radios(card, f"{SC}.mode")
        self._combo(
            card,
            f"{SC}.proration_behavior",
            _t("Stripe only credits unused time for immediate cancellations."),
        )
        reason = self._card(
            "cancel",
            _t("Cancellation reason"),
            _t("Ask why customers cancel; the answer is on the subscription and in webhooks."),
            switch=True,
        )
        self._switch(reason, f"{SC}.cancellation_reason.enabled")
        self._choices(reason, f"{SC}.cancellation_reason.options")
        edit = QLineEdit()
        edit.setObjectName(f"{SC}.cancellation_reason.feedback_options")
        edit.setPlaceholderText(_t("IDs separated by commas (optional)"))
        path = f"{SC}.cancellation_reason.feedback_options"
        row = FieldRow(field_label(path), edit, _t("Custom feedback options, if you have any."))
        reason.body.addWidget(row)
        edit.textChanged.connect(lambda _: self._emit())
        self._bind(
            path,
            lambda: [p.strip() for p in edit.text().split(",") if p.strip()],
            lambda v: edit.setText(", ".join(v)),
            row,
        )

    def _build_update(self) -> None:
        card = self._card(
            "update",
            _t("Plan changes"),
            _t("Let customers switch plans, change quantities and use promotion codes."),
            switch=True,
        )
        self._switch(card, f"{SU}.enabled")
        self._choices(card, f"{SU}.default_allowed_updates", columns=3)
        products = self._card(
            "update",
            _t("Products and prices"),
            _t(
                "Up to 10 products, each with the prices customers can switch between, picked "
                "from your synced catalogue."
            ),
        )
        self.products = ProductsEditor()
        self.products.setObjectName(f"{SU}.products")
        row = FieldRow("", self.products)
        products.body.addWidget(row)
        self.products.changed.connect(self._emit)
        self._bind(
            f"{SU}.products",
            self.products.value,
            self.products.set_value,
            row,
            covers=(
                f"{SU}.products[].product",
                f"{SU}.products[].prices",
                f"{SU}.products[].adjustable_quantity.enabled",
                f"{SU}.products[].adjustable_quantity.minimum",
                f"{SU}.products[].adjustable_quantity.maximum",
            ),
        )
        billing = self._card("update", _t("When customers change plan"))
        self._combo(
            billing,
            f"{SU}.proration_behavior",
            _t("Credit the unused time of the old plan, and charge the new one."),
        )
        conditions = ChoiceList(choices(f"{SU}.schedule_at_period_end.conditions[].type"), 1)
        conditions.setObjectName(f"{SU}.schedule_at_period_end.conditions")
        path = f"{SU}.schedule_at_period_end.conditions"
        row = FieldRow(
            field_label(path),
            conditions,
            _t(
                "Otherwise the change applies at once. Stripe schedules it with a subscription "
                "schedule."
            ),
        )
        billing.body.addWidget(row)
        conditions.changed.connect(self._emit)
        self._bind(
            path,
            lambda: [{"type": v} for v in conditions.ordered_values()],
            lambda v: conditions.set_values([c["type"] for c in v]),
            row,
            covers=(f"{path}[].type",),
        )
        self._combo(billing, f"{SU}.trial_update_behavior")
        self._combo(billing, f"{SU}.billing_cycle_anchor")

    def _build_pause(self) -> None:
        card = self._card(
            "pause",
            _t("Pausing"),
            _t(
                "Let customers pause payment collection for a while (redesigned customer "
                "portal only)."
            ),
            switch=True,
        )
        self._switch(card, f"{SP}.enabled")
        group = self._radios(card, f"{SP}.duration.type")
        self.pause_lengths = PauseLengthsEditor()
        self.pause_lengths.setObjectName(f"{SP}.duration.interval_options")
        path = f"{SP}.duration.interval_options"
        row = FieldRow(field_label(path), self.pause_lengths, _t("From 1 day up to three years."))
        card.body.addWidget(row)
        self.pause_lengths.changed.connect(self._emit)
        self._bind(
            path,
            self.pause_lengths.value,
            self.pause_lengths.set_value,
            row,
            covers=(f"{path}[].interval", f"{path}[].interval_count"),
        )
        self._pause_group = group
        group.buttonToggled.connect(lambda *_: self._pause_type_changed())

    def _pause_type_changed(self) -> None:
        indefinite = get(self.doc(raw=True), f"{SP}.duration.type") == "indefinite"
        self.pause_lengths.setEnabled(not indefinite)

    # -- login page ---------------------------------------------------------------------------
    def set_login_url(self, url: str | None) -> None:
        """The saved configuration's login page link (shown when the page is on)."""
        self.login_url = url
        self._show_login()

    def _show_login(self) -> None:
        on = bool(get(self.doc(raw=True), "login_page.enabled"))
        has = bool(self.login_url) and on
        self.login_label.setText(self.login_url or "")
        self.login_row.setVisible(has)
        self.login_note.setVisible(on and not has)

    def _copy_login(self) -> None:
        if self.login_url:
            QGuiApplication.clipboard().setText(self.login_url)
            self.copy_login.setText(_t("Copied"))
            button = self.copy_login
            QTimer.singleShot(1500, button, lambda: button.setText(_t("Copy link")))

    # -- documents -------------------------------------------------------------------------------
    def set_doc(self, doc: Doc) -> None:
        """Show ``doc`` (no ``changed`` signal)."""
        self._loading = True
        try:
            for b in self.bindings:
                b.write(get(doc, b.path))
        finally:
            self._loading = False
        self._pause_type_changed()
        self._show_login()

    def doc(self, *, raw: bool = False) -> Doc:
        """The document the widgets show (canonical unless ``raw``)."""
        doc = empty()
        for b in self.bindings:
            set_value(doc, b.path, b.read())
        return doc if raw else normalise(doc)

    def set_catalog(self, catalog: Catalog) -> None:
        """Use ``catalog`` for product and price names."""
        self.catalog = catalog
        self.products.set_catalog(catalog)

    def bound_paths(self) -> set[str]:
        """Every SDK field path the editor sets (patterns, ``[]`` for list items)."""
        out: set[str] = set()
        for b in self.bindings:
            out.add(schema.pattern(b.path))
            out.update(b.covers)
        return out

    def set_read_only(self, read_only: bool) -> None:
        """Disable editing (while a save is being sent)."""
        for key in self.pages:
            page = self.scrolls[key].widget()
            if page is not None:
                page.setEnabled(not read_only)

    # -- issues --------------------------------------------------------------------------------
    def binding_for(self, path: str) -> Binding | None:
        """The binding that shows ``path`` (the longest bound prefix of it)."""
        best: Binding | None = None
        for b in self.bindings:
            if (
                path == b.path or path.startswith(b.path + ".") or path.startswith(b.path + "[")
            ) and (best is None or len(b.path) > len(best.path)):
                best = b
        return best

    def show_issues(self, issues: Sequence[Issue]) -> None:
        """Put each issue under its field; mark product rows and tabs."""
        per_binding: dict[int, list[tuple[str, str]]] = {}
        per_product: dict[int, list[tuple[str, str]]] = {}
        per_section: dict[str, str] = {}
        for issue in issues:
            binding = self.binding_for(issue.path)
            if binding is not None:
                per_binding.setdefault(id(binding), []).append((issue.severity, issue.message))
            m = _PRODUCT_INDEX.match(issue.path)
            if m:
                per_product.setdefault(int(m.group(1)), []).append((issue.severity, issue.message))
            section = section_of(issue.path)
            if per_section.get(section) != "error":
                per_section[section] = issue.severity
        for b in self.bindings:
            b.row.set_issues(per_binding.get(id(b), []))
        self.products.set_row_issues(per_product)
        for i, (key, _title) in enumerate(SECTIONS):
            severity = per_section.get(key)
            if severity:
                self.tabs.setTabIcon(i, icons.icon("warning", color=tone_color(severity)))
                self.tabs.setTabToolTip(
                    i, _t("Has problems to fix") if severity == "error" else _t("Has warnings")
                )
            else:
                self.tabs.setTabIcon(i, QIcon())
                self.tabs.setTabToolTip(i, "")

    def focus_path(self, path: str) -> None:
        """Show the tab of ``path``, scroll to its field and focus it."""
        keys = [k for k, _ in SECTIONS]
        section = section_of(path)
        self.tabs.setCurrentIndex(keys.index(section))
        binding = self.binding_for(path)
        if binding is None:
            return
        self.scrolls[section].ensureWidgetVisible(binding.row, 40, 40)
        target = binding.focus or binding.row.control
        m = _PRODUCT_INDEX.match(path)
        if m:
            self.products.table.selectRow(int(m.group(1)))
            target = self.products.table
        if isinstance(target, QAbstractButton | QLineEdit | QComboBox) or target.focusPolicy():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
