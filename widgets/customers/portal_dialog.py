"""The "Open the customer portal" dialog: choose, check, create, then open or copy the link.

The form: the portal configuration (the default preselected; inactive ones shown but not
selectable), the subscription and the flow to open at -- the portal home page or a deep
link (update payment method, cancel with an optional retention coupon, change, or confirm a
specific price and quantity) -- with flows the subscription is not eligible for disabled
and the reason under them; what happens after the flow (back to the portal home, redirect
to a URL, or Stripe's confirmation page with a message); the language (40 + automatic);
the return URL; and, for a platform customer, ``on_behalf_of`` a connected account.

Field problems show under their field before anything is sent. The session is created on a
worker (live mode asks first, naming the account); a refusal shows Stripe's message and
request id and keeps every choice. Then: "Open in browser" (``QDesktopServices``) or
"Copy link", and a countdown of the 5 minutes an unused session stays valid. The link lives
only in this dialog's memory: never logged, never saved; the audit trail records the flow,
customer and time without it (:mod:`services.customers.audit`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services.cache.store import Store
from services.customers import audit
from services.customers.detail import (
    CustomerDetail,
    items_of,
    price_of,
    ref,
    refresh_configurations,
)
from services.customers.eligibility import (
    PAYMENT_METHOD_UPDATE,
    SUBSCRIPTION_CANCEL,
    SUBSCRIPTION_UPDATE,
    SUBSCRIPTION_UPDATE_CONFIRM,
    CustomerEligibility,
    Reason,
    Verdict,
    check_update_confirm,
    evaluate_customer,
)
from services.customers.portal import (
    LOCALES,
    PortalRequest,
    PortalSession,
    create_session,
    validate,
)
from services.errors import UserFacingError
from services.sync.transport import Api
from widgets.customers.cards import item_line
from widgets.customers.texts import (
    configuration_name,
    countdown,
    flow_label,
    problem_text,
    reason_text,
    status_label,
    tr,
)
from widgets.error_banner import ErrorBanner
from widgets.spinner import Spinner
from widgets.style import ERROR_COLOR, heading, make_muted, scaled_font

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl

CREATE_TASK = "customers-portal-session"
CONFIGS_TASK = "customers-portal-configs"
FLOW_ORDER = (
    "",
    PAYMENT_METHOD_UPDATE,
    SUBSCRIPTION_CANCEL,
    SUBSCRIPTION_UPDATE,
    SUBSCRIPTION_UPDATE_CONFIRM,
)


def locale_name(code: str) -> str:
    """A locale in its own language (``Deutsch``, ``français (Canada)``)."""
    if code == "auto":
        return tr("Automatic (customer's language or browser)")
    loc = QLocale(code.replace("-", "_"))
    name = loc.nativeLanguageName() or code
    if "-" in code and loc.nativeTerritoryName():
        name += f" ({loc.nativeTerritoryName()})"
    return f"{name} — {code}"


class PortalDialog(QDialog):
    """Create a customer portal session (see the module docstring).

    Signals:
        session_created(object) -- a PortalSession was created (the panel refreshes its audit).
    """

    session_created = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        detail: CustomerDetail,
        *,
        configuration: str | None = None,
        flow: str = "",
        subscription: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.session: PortalSession | None = None
        self.eligibility: CustomerEligibility | None = None
        self.missing_configs: set[str] = set()
        self.session_busy = False
        self.setWindowTitle(tr("Open the customer portal"))
        self.setModal(True)
        self.setMinimumWidth(700)

        customer = detail.customer or {}
        title = heading(
            tr("Open the portal for {0}").format(
                customer.get("name") or customer.get("email") or detail.id
            ),
            self.font(),
            1.3,
        )
        who = QLabel(
            f"{detail.id} · {detail.accounts.get(detail.account, detail.account) or tr('Platform')}"
        )
        make_muted(who)
        self.banner = ErrorBanner(closable=True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        form.setVerticalSpacing(8)
        self.errors: dict[str, QLabel] = {}

        self.config_combo = QComboBox()
        self._fill_configurations(configuration)
        self.config_combo.currentIndexChanged.connect(self._recheck)
        form.addRow(tr("Configuration"), self._with_error("configuration", self.config_combo))

        self.sub_combo = QComboBox()
        for sub in detail.live_subscriptions():
            names = [
                detail.products.get(ref(price_of(i).get("product")) or "", "")
                for i in items_of(sub)
            ]
            products = " · ".join(n for n in names if n) or sub["id"]
            label = f"{products} — {status_label(sub.get('status'))} ({sub['id']})"
            self.sub_combo.addItem(label, sub["id"])
        if not self.sub_combo.count():
            self.sub_combo.addItem(tr("No subscription"), "")
            self.sub_combo.setEnabled(False)
        elif subscription:
            self.sub_combo.setCurrentIndex(max(0, self.sub_combo.findData(subscription)))
        self.sub_combo.currentIndexChanged.connect(self._recheck)
        form.addRow(tr("Subscription"), self._with_error("subscription", self.sub_combo))

        self.flow_group = QButtonGroup(self)
        flows_box = QVBoxLayout()
        flows_box.setSpacing(2)
        self.flow_buttons: dict[str, QRadioButton] = {}
        self.flow_reasons: dict[str, QLabel] = {}
        for key in FLOW_ORDER:
            button = QRadioButton(flow_label(key or None))
            self.flow_group.addButton(button)
            self.flow_buttons[key] = button
            reason = QLabel()
            reason.setWordWrap(True)
            reason.setIndent(24)
            make_muted(reason)
            reason.setVisible(False)
            self.flow_reasons[key] = reason
            flows_box.addWidget(button)
            flows_box.addWidget(reason)
        self.flow_buttons[flow if flow in self.flow_buttons else ""].setChecked(True)
        for button in self.flow_buttons.values():
            button.toggled.connect(self._flow_toggled)
        flows = QWidget()
        flows.setLayout(flows_box)
        form.addRow(tr("Open at"), flows)

        self.coupon_edit = QLineEdit()
        self.coupon_edit.setPlaceholderText(tr("Coupon id to offer before they cancel (optional)"))
        self.coupon_row = self._with_error("retention_coupon", self.coupon_edit)
        form.addRow(tr("Retention offer"), self.coupon_row)

        self.price_combo = QComboBox()
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setRange(1, 10_000)
        change = QHBoxLayout()
        change.setContentsMargins(0, 0, 0, 0)
        change.addWidget(self.price_combo, 1)
        change.addWidget(QLabel(tr("Quantity")))
        change.addWidget(self.quantity_spin)
        change_box = QWidget()
        change_box.setLayout(change)
        self.change_row = self._with_error("price", change_box)
        form.addRow(tr("New price"), self.change_row)

        self.after_combo = QComboBox()
        self.after_combo.addItem(tr("Back to the portal home page"), "portal_homepage")
        self.after_combo.addItem(tr("Redirect to a web page"), "redirect")
        self.after_combo.addItem(tr("Show Stripe's confirmation page"), "hosted_confirmation")
        self.after_combo.currentIndexChanged.connect(self._update_visibility)
        self.redirect_edit = QLineEdit()
        self.redirect_edit.setPlaceholderText("https://")
        self.message_edit = QPlainTextEdit()
        self.message_edit.setPlaceholderText(tr("Message on the confirmation page (optional)"))
        self.message_edit.setFixedHeight(60)
        after = QVBoxLayout()
        after.setContentsMargins(0, 0, 0, 0)
        after.addWidget(self.after_combo)
        self.redirect_box = self._with_error("redirect_url", self.redirect_edit)
        self.message_box = self._with_error("confirmation_message", self.message_edit)
        after.addWidget(self.redirect_box)
        after.addWidget(self.message_box)
        after_box = QWidget()
        after_box.setLayout(after)
        self.after_row = after_box
        form.addRow(tr("Afterwards"), after_box)

        self.locale_combo = QComboBox()
        for code, _ in LOCALES:
            self.locale_combo.addItem(locale_name(code), code)
        preferred = [str(x) for x in customer.get("preferred_locales") or []]
        for code in preferred:
            index = self.locale_combo.findData(code)
            if index >= 0:
                self.locale_combo.setCurrentIndex(index)
                break
        form.addRow(tr("Language"), self._with_error("locale", self.locale_combo))

        self.return_edit = QLineEdit()
        form.addRow(tr("Return URL"), self._with_error("return_url", self.return_edit))

        self.obo_combo = QComboBox()
        self.obo_combo.addItem(tr("None (the platform's branding)"), "")
        for acct, name in detail.accounts.items():
            self.obo_combo.addItem(f"{name} ({acct})", acct)
        if detail.account:
            self.obo_combo.setEnabled(False)
            self.obo_combo.setToolTip(
                tr("This customer belongs to a connected account: the session is created there.")
            )
        form.addRow(tr("On behalf of"), self._with_error("on_behalf_of", self.obo_combo))

        self.create_button = QPushButton(tr("Create session"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_portal_session)
        self.spinner = Spinner(16)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)

        self.result_box = self._result_panel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.spinner)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(who)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.result_box)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._recheck()
        self._refresh_configurations()

    # -- construction helpers ------------------------------------------------------------------
    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {ERROR_COLOR.name()};")
        error.setVisible(False)
        column.addWidget(error)
        self.errors[field] = error
        return box

    def _fill_configurations(self, wanted: str | None) -> None:
        combo = self.config_combo
        current = wanted or combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        model = combo.model()
        usable = self.detail.active_configurations()
        others = [c for c in self.detail.configurations if c not in usable]
        for cfg in [*usable, *others]:
            cid = str(cfg.get("id"))
            name = configuration_name(cfg)
            if cid in self.missing_configs:
                name = tr("{0} (no longer exists)").format(name)
            elif not cfg.get("active"):
                name = tr("{0} (inactive)").format(name)
            combo.addItem(f"{name} — {cid}", cid)
            if (not cfg.get("active") or cid in self.missing_configs) and isinstance(
                model, QStandardItemModel
            ):
                item = model.item(combo.count() - 1)
                if item is not None:
                    item.setEnabled(False)
        index = combo.findData(current) if current else -1
        if index < 0 or current in self.missing_configs:
            index = 0 if usable and str(usable[0].get("id")) not in self.missing_configs else -1
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def _result_panel(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("portalResult")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        head = QLabel(tr("Portal session ready"))
        head.setFont(scaled_font(head.font(), 1.1, bold=True))
        self.countdown_label = QLabel()
        self.open_button = QPushButton(tr("Open in browser"))
        self.open_button.clicked.connect(self.open_in_browser)
        self.copy_button = QPushButton(tr("Copy link"))
        self.copy_button.clicked.connect(self.copy_link)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        note = QLabel(
            tr(
                "Anyone with this link can act as the customer: share it only with them. "
                "Counterfoil does not save it."
            )
        )
        note.setWordWrap(True)
        make_muted(note)
        column.addWidget(head)
        column.addWidget(self.countdown_label)
        column.addLayout(row)
        column.addWidget(note)
        frame.setVisible(False)
        return frame

    # -- eligibility ---------------------------------------------------------------------------
    def _config(self) -> dict[str, Any] | None:
        cid = self.config_combo.currentData()
        return next((c for c in self.detail.configurations if c.get("id") == cid), None)

    def _subscription_id(self) -> str | None:
        value = self.sub_combo.currentData()
        return str(value) if value else None

    def flow(self) -> str:
        """The chosen flow ("" for the portal home page)."""
        for key, button in self.flow_buttons.items():
            if button.isChecked():
                return key
        return ""

    def verdict(self, flow: str) -> Verdict:
        """Whether ``flow`` is available for the chosen configuration and subscription."""
        assert self.eligibility is not None
        if self.eligibility.configuration_problem is not None:
            return Verdict(False, (self.eligibility.configuration_problem,))
        if not flow:
            return Verdict(True)
        return self.eligibility.flow_verdict(flow, self._subscription_id())

    def _recheck(self) -> None:
        config = self._config()
        self.eligibility = evaluate_customer(
            self.detail.customer,
            self.detail.subscriptions,
            config,
            payment_method_types=self.detail.payment_method_types(),
            prices=self.detail.prices,
            deleted=self.detail.deleted,
        )
        if config is not None and str(config.get("id")) in self.missing_configs:
            problem = Reason("configuration_missing", "The configuration no longer exists.")
            self.eligibility = CustomerEligibility(
                str(config.get("id")), Verdict(False, (problem,)), {}, problem
            )
        for key, button in self.flow_buttons.items():
            verdict = self.verdict(key)
            button.setEnabled(verdict.allowed)
            notes = [reason_text(r) for r in verdict.reasons]
            notes += ["⚠ " + reason_text(w) for w in verdict.warnings]
            self.flow_reasons[key].setText("\n".join(notes))
            self.flow_reasons[key].setVisible(bool(notes))
        chosen = self.flow_buttons[self.flow()]
        if not chosen.isEnabled():
            self.flow_buttons[""].setChecked(True)
        self._fill_prices()
        if config is not None:
            self.return_edit.setPlaceholderText(
                config.get("default_return_url") or tr("https:// (where “Return” leads)")
            )
        sub = next(
            (s for s in self.detail.subscriptions if s.get("id") == self._subscription_id()), None
        )
        obo = ref((sub or {}).get("on_behalf_of"))
        if obo and not self.detail.account:
            self.obo_combo.setCurrentIndex(max(0, self.obo_combo.findData(obo)))
        self.create_button.setEnabled(self.verdict(self.flow()).allowed and not self.session_busy)
        self._update_visibility()

    def _fill_prices(self) -> None:
        assert self.eligibility is not None
        sid = self._subscription_id()
        e = self.eligibility.subscriptions.get(sid or "")
        self.price_combo.clear()
        if e is None:
            return
        sub = next((s for s in self.detail.subscriptions if s.get("id") == sid), {})
        items = items_of(sub)
        current = items[0] if len(items) == 1 else None
        if current is not None:
            self.price_combo.addItem(
                tr("Keep {0}").format(item_line(current, self.detail.products)), ""
            )
        for target in e.targets:
            price = self.detail.prices.get(target.price) or {"id": target.price}
            label = item_line({"price": price, "quantity": 1}, self.detail.products)
            self.price_combo.addItem(label.split("× ", 1)[-1], target.price)
        rule = e.quantity
        self.quantity_spin.setRange(rule.minimum, rule.maximum or 10_000)
        self.quantity_spin.setValue(int(e.current_quantity or rule.minimum))
        self.quantity_spin.setEnabled(rule.allowed)

    def _flow_toggled(self, checked: bool) -> None:
        if checked:
            self.create_button.setEnabled(self.verdict(self.flow()).allowed)
            self._update_visibility()

    def _update_visibility(self) -> None:
        flow = self.flow()
        self.form.setRowVisible(self.coupon_row, flow == SUBSCRIPTION_CANCEL)
        self.form.setRowVisible(self.change_row, flow == SUBSCRIPTION_UPDATE_CONFIRM)
        self.form.setRowVisible(self.after_row, bool(flow))
        after = self.after_combo.currentData()
        self.redirect_box.setVisible(bool(flow) and after == "redirect")
        self.message_box.setVisible(bool(flow) and after == "hosted_confirmation")
        self.adjustSize()

    # -- the request ---------------------------------------------------------------------------
    def request(self) -> PortalRequest:
        """The form as a :class:`PortalRequest`."""
        flow = self.flow() or None
        price = self.price_combo.currentData() or None
        quantity: int | None = None
        sid = self._subscription_id()
        e = self.eligibility.subscriptions.get(sid or "") if self.eligibility else None
        changed = e is not None and self.quantity_spin.value() != e.current_quantity
        if flow == SUBSCRIPTION_UPDATE_CONFIRM and changed:
            quantity = self.quantity_spin.value()
        return PortalRequest(
            customer=self.detail.id,
            account=self.detail.account,
            configuration=self.config_combo.currentData() or None,
            locale=str(self.locale_combo.currentData() or "auto"),
            return_url=self.return_edit.text(),
            on_behalf_of=(self.obo_combo.currentData() or None)
            if not self.detail.account
            else None,
            flow=flow,
            subscription=sid if flow not in (None, PAYMENT_METHOD_UPDATE) else None,
            retention_coupon=self.coupon_edit.text().strip() or None,
            item=e.current_item if e is not None else None,
            price=price,
            quantity=quantity,
            after_completion=str(self.after_combo.currentData()),
            redirect_url=self.redirect_edit.text(),
            confirmation_message=self.message_edit.toPlainText(),
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self.errors.items():
            text = problems.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))

    def check(self) -> PortalRequest | None:
        """The request when every field is fine; else None with the problems shown."""
        req = self.request()
        problems = {p.field: problem_text(p) for p in validate(req)}
        if req.flow == SUBSCRIPTION_UPDATE_CONFIRM and self.eligibility is not None:
            e = self.eligibility.subscriptions.get(req.subscription or "")
            if e is not None and "price" not in problems:
                found = check_update_confirm(e, req.price, req.quantity)
                if found:
                    problems["price"] = " ".join(reason_text(r) for r in found)
        verdict = self.verdict(self.flow())
        if not verdict.allowed:
            problems.setdefault("configuration", " ".join(reason_text(r) for r in verdict.reasons))
        self._show_problems(problems)
        return None if problems else req

    def create_portal_session(self) -> None:
        """Validate, confirm in live mode, then create the session on a worker."""
        req = self.check()
        session = self.ctx.session
        if req is None or session is None or session.cache is None:
            return
        customer = self.detail.name or self.detail.email or self.detail.id
        if not self.ctx.confirm_write(
            self,
            tr("Create a customer portal session for {0} ({1})").format(
                customer, flow_label(req.flow)
            ),
        ):
            return
        gateway = session.gateway
        cache = session.cache
        profile = session.profile

        def work(control: TaskControl) -> PortalSession:
            created = create_session(gateway, req)
            entry = audit.entry_for(created, req, profile=profile.id, livemode=profile.livemode)
            audit.record(cache.connect(), entry)
            return created

        self.banner.clear()
        self.session_busy = True
        self.create_button.setEnabled(False)
        self.spinner.start()
        self.ctx.runner.submit(
            work,
            on_success=self._created,
            on_failure=self._failed,
            key=CREATE_TASK,
            name="create portal session",
        )

    def _created(self, session: PortalSession) -> None:
        self.session_busy = False
        self.spinner.stop()
        self.session = session
        self.result_box.setVisible(True)
        self.create_button.setText(tr("Create another"))
        self.create_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.open_button.setFocus()
        self._tick()
        self.timer.start()
        self.session_created.emit(session)

    def _failed(self, error: UserFacingError) -> None:
        self.session_busy = False
        self.spinner.stop()
        self.create_button.setEnabled(True)
        self.banner.show_error(error, tr("Stripe did not create the session"))
        if error.param == "configuration" or (
            error.code == "resource_missing" and "configuration" in error.message
        ):
            cid = self.config_combo.currentData()
            if cid:
                self.missing_configs.add(str(cid))
                self._fill_configurations(str(cid))
                self._recheck()

    # -- the link ------------------------------------------------------------------------------
    def seconds_left(self) -> float:
        return self.session.seconds_left() if self.session is not None else 0.0

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self.timer.stop()
            self.countdown_label.setText(
                tr("This link expired unused. Create a new session for the customer.")
            )
            self.open_button.setEnabled(False)
            self.copy_button.setEnabled(False)
            self._forget_link()
            return
        self.countdown_label.setText(
            tr(
                "Valid for {0} if unused; once opened, it stays valid for an hour after the "
                "customer's last activity."
            ).format(countdown(left))
        )

    def _forget_link(self) -> None:
        """Drop the URL; take it off the clipboard if it is still there."""
        if self.session is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self.session.url:
            clipboard.clear()
        self.session.url = ""

    def open_in_browser(self) -> None:
        if self.session is not None and self.session.url and self.seconds_left() > 0:
            QDesktopServices.openUrl(QUrl(self.session.url))

    def copy_link(self) -> None:
        if self.session is not None and self.session.url and self.seconds_left() > 0:
            QGuiApplication.clipboard().setText(self.session.url)
            self.copy_button.setText(tr("Copied"))
            QTimer.singleShot(
                1500, self.copy_button, lambda: self.copy_button.setText(tr("Copy link"))
            )

    # -- configurations from Stripe ------------------------------------------------------------
    def _refresh_configurations(self) -> None:
        """Re-read the account's configurations so a removed or deactivated one shows."""
        session = self.ctx.session
        if session is None or session.cache is None:
            return
        cache, client, limiter = session.cache, session.gateway.client, session.limiter
        account = self.detail.account

        def work(control: TaskControl) -> list[dict[str, Any]]:
            api = Api(client, limiter=limiter, cancel=control.event, offline_grace_s=3)
            return refresh_configurations(api, Store(cache.connect(), cache.path), account)

        def done(configs: list[dict[str, Any]]) -> None:
            if not configs:
                return
            known = {str(c.get("id")) for c in configs}
            for cfg in self.detail.configurations:
                if str(cfg.get("id")) not in known:
                    self.missing_configs.add(str(cfg.get("id")))
            by_id = {str(c.get("id")): c for c in configs}
            self.detail.configurations = [
                by_id.get(str(c.get("id")), c) for c in self.detail.configurations
            ] + [
                c
                for c in configs
                if str(c.get("id")) not in {str(x.get("id")) for x in self.detail.configurations}
            ]
            self._fill_configurations(self.config_combo.currentData())
            self._recheck()

        self.ctx.runner.submit(
            work,
            on_success=done,
            on_failure=lambda error: None,  # the cached configurations stay in use
            key=CONFIGS_TASK,
            name="refresh portal configurations",
        )

    def done(self, result: int) -> None:
        """Closing drops the link from memory (a copy on the clipboard stays, until expiry)."""
        self.timer.stop()
        self.ctx.runner.cancel(CONFIGS_TASK)
        if self.session is not None:
            self.session.url = ""
        super().done(result)
