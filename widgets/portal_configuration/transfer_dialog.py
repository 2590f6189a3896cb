"""Import configurations into an account (any profile), including test → live promotion.

:class:`ImportDialog` takes an export (from a file, or built in memory from the selected
configuration for "Copy to another account…") and a target profile. It reads the target
account's products and prices from Stripe (off the UI thread), maps each product and price
(lookup key, then product name + amount + billing period + currency), and lists the
mapping and — before anything is created — everything that cannot be mapped. Creating
needs the user to accept going on without the unmapped items, is refused while a
configuration has errors, and in live mode asks for confirmation naming the account.

Signals:
    created(object) -- the list of configurations created (Stripe JSON) and the Profile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.errors import UserFacingError
from services.portal_config import api, history
from services.portal_config.catalog import from_api
from services.portal_config.transfer import ExportFile, ImportPlan, plan_file
from widgets.account_switcher import profile_name
from widgets.error_banner import ErrorBanner
from widgets.portal_configuration.controls import tone_color
from widgets.spinner import Spinner
from widgets.style import heading, make_muted

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.tasks import TaskControl
    from services.credentials import Profile


class ImportDialog(QDialog):
    """See the module docstring."""

    created = Signal(object, object)

    def __init__(
        self,
        ctx: AppContext,
        export: ExportFile,
        *,
        title: str,
        target: Profile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.export = export
        self.plans: list[ImportPlan] = []
        self.created_objects: list[dict[str, Any]] = []
        self.setWindowTitle(title)
        self.resize(960, 640)
        head = heading(title, self.font(), 1.3, self)
        names = ", ".join(f"“{c.name or self.tr('(no name)')}”" for c in export.configurations)
        source = self.tr("%n configuration(s): {0}", "", len(export.configurations)).format(names)
        if export.source_account:
            mode = self.tr("live") if export.source_livemode else self.tr("test")
            source += self.tr(" — from {0} ({1} mode)").format(export.source_account, mode)
        sub = QLabel(source)
        sub.setWordWrap(True)
        make_muted(sub)

        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Target account"))
        current = ctx.profile
        for profile in ctx.all_profiles():
            mode = "LIVE" if profile.livemode else "TEST"
            text = f"{profile_name(profile)} — {profile.account_id} [{mode}]"
            if current is not None and profile.id == current.id:
                text += self.tr(" (open now)")
            self.target_combo.addItem(text, profile.id)
        chosen = target or current
        if chosen is not None:
            self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(chosen.id)))
        self.target_combo.currentIndexChanged.connect(lambda _: self.check_mapping())
        self.spinner = Spinner(16)
        self.status = QLabel()
        make_muted(self.status)
        target_row = QHBoxLayout()
        target_row.addWidget(QLabel(self.tr("Import into")))
        target_row.addWidget(self.target_combo, 1)
        target_row.addWidget(self.spinner)
        target_row.addWidget(self.status)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Configuration"),
                self.tr("Product"),
                self.tr("Price"),
                self.tr("Target price"),
                self.tr("Matched by"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)

        self.unmapped_title = QLabel()
        self.unmapped_list = QLabel()
        self.unmapped_list.setWordWrap(True)
        self.unmapped_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issues_label = QLabel()
        self.issues_label.setWordWrap(True)
        self.skip_box = QCheckBox(self.tr("Create them without what cannot be mapped"))
        self.skip_box.toggled.connect(lambda _: self._update_buttons())
        self.banner = ErrorBanner(self, closable=True)

        self.buttons = QDialogButtonBox()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(self.tr("Create"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self.create_configurations)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(head)
        layout.addWidget(sub)
        layout.addLayout(target_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unmapped_title)
        layout.addWidget(self.unmapped_list)
        layout.addWidget(self.skip_box)
        layout.addWidget(self.issues_label)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.check_mapping()

    # -- target -------------------------------------------------------------------------------
    def target_profile(self) -> Profile | None:
        """The profile chosen as the target."""
        return self.ctx.find_profile(str(self.target_combo.currentData() or ""))

    def _client_for(self, profile: Profile) -> Any:
        session = self.ctx.session
        if session is not None and session.profile.id == profile.id:
            return session.gateway.client
        return self.ctx.accounts.open_gateway(profile).client

    def check_mapping(self) -> None:
        """Read the target account's catalogue and map the export onto it (worker)."""
        profile = self.target_profile()
        self.plans = []
        self._show_plans()
        if profile is None:
            return
        export = self.export
        client_for = self._client_for

        def work(control: TaskControl) -> list[ImportPlan]:
            client = client_for(profile)
            return plan_file(export, from_api(client))

        self.spinner.start()
        self.status.setText(
            self.tr("Reading the products and prices of {0}…").format(profile_name(profile))
        )
        self.banner.clear()
        self.ctx.runner.submit(
            work,
            on_success=self._planned,
            on_failure=self._failed,
            key="portal-import-plan",
            name="map portal configurations",
        )

    def _planned(self, plans: list[ImportPlan]) -> None:
        self.spinner.stop()
        self.status.setText("")
        self.plans = plans
        self._show_plans()

    def _failed(self, error: UserFacingError) -> None:
        self.spinner.stop()
        self.status.setText("")
        self.banner.show_error(error, self.tr("Could not read the target account"))
        self._update_buttons()

    def _show_plans(self) -> None:
        rows = [(plan, m) for plan in self.plans for m in plan.prices]
        self.table.setRowCount(len(rows))
        for row, (plan, m) in enumerate(rows):
            values = [
                plan.name or self.tr("(no name)"),
                m.product_name,
                m.source_label,
                m.target_id or self.tr("cannot be mapped"),
                m.how,
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if m.target_id is None and column >= 3:
                    item.setForeground(tone_color("error"))
                self.table.setItem(row, column, item)
        unmapped = [(p.name, u) for p in self.plans for u in p.unmapped]
        if unmapped:
            self.unmapped_title.setText(
                self.tr("<b>Cannot be mapped ({0})</b> — nothing has been created:").format(
                    len(unmapped)
                )
            )
            self.unmapped_list.setText("\n".join(f"•  {name}: {u}" for name, u in unmapped))
            self.unmapped_list.setStyleSheet(f"color: {tone_color('error').name()};")
        elif self.plans:
            self.unmapped_title.setText(self.tr("<b>Everything can be mapped.</b>"))
            self.unmapped_list.setText("")
        else:
            self.unmapped_title.setText("")
            self.unmapped_list.setText("")
        self.unmapped_list.setVisible(bool(unmapped))
        self.skip_box.setVisible(bool(unmapped))
        issues = [(p.name, i) for p in self.plans for i in p.issues]
        self.issues_label.setText(
            "\n".join(("✖ " if i.blocking else "⚠ ") + f"{name}: {i.message}" for name, i in issues)
        )
        self.issues_label.setVisible(bool(issues))
        if issues:
            worst = "error" if any(i.blocking for _, i in issues) else "warning"
            self.issues_label.setStyleSheet(f"color: {tone_color(worst).name()};")
        self._update_buttons()

    def _update_buttons(self) -> None:
        profile = self.target_profile()
        ready = bool(self.plans) and not any(p.blocked for p in self.plans)
        unmapped = any(p.unmapped for p in self.plans)
        if unmapped and not self.skip_box.isChecked():
            ready = False
        n = len(self.plans) or len(self.export.configurations)
        name = profile_name(profile) if profile else ""
        self.create_button.setText(
            self.tr("Create {0} in {1}").format(self.tr("%n configuration(s)", "", n), name)
        )
        self.create_button.setEnabled(ready)

    # -- creating --------------------------------------------------------------------------------
    def create_configurations(self) -> None:
        """Create the mapped configurations in the target account (asks in live mode)."""
        profile = self.target_profile()
        if profile is None or not self.create_button.isEnabled():
            return
        if profile.livemode:
            names = ", ".join(f"“{p.name}”" for p in self.plans)
            if not self.ctx.confirmer(
                self,
                account_name=profile.display_name,
                account_id=profile.account_id,
                action=self.tr("Create portal configurations {0}").format(names),
                details=self.tr("Customers of this live account can be sent to them."),
                confirm_label=self.tr("Create in live mode"),
            ):
                return
        plans = list(self.plans)
        client_for = self._client_for
        session = self.ctx.session
        record = session is not None and session.profile.id == profile.id and session.usable
        cache = session.cache if record and session is not None else None

        def work(control: TaskControl) -> list[dict[str, Any]]:
            client = client_for(profile)
            made: list[dict[str, Any]] = []
            for plan in plans:
                doc = dict(plan.doc, name=plan.name)
                obj = api.create(client, doc)
                if not plan.active:
                    obj = api.set_active(client, str(obj["id"]), False)
                made.append(obj)
            if cache is not None:
                conn = cache.open_connection()
                try:
                    for obj in made:
                        history.record_saved(conn, obj)
                finally:
                    conn.close()
            return made

        self.create_button.setEnabled(False)
        self.spinner.start()
        self.status.setText(self.tr("Creating…"))
        self.ctx.runner.submit(
            work,
            on_success=lambda made: self._created(made, profile),
            on_failure=self._create_failed,
            key="portal-import-create",
            name="create portal configurations",
        )

    def _created(self, made: list[dict[str, Any]], profile: Profile) -> None:
        self.spinner.stop()
        self.created_objects = made
        self.created.emit(made, profile)
        self.accept()

    def _create_failed(self, error: UserFacingError) -> None:
        self.spinner.stop()
        self.status.setText("")
        self.banner.show_error(error, self.tr("Stripe refused to create the configuration"))
        self._update_buttons()
