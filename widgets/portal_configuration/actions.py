"""The panel's other actions: duplicate, deactivate / reactivate, make default, history
and restore, export, import and copying to another account (test → live).

:class:`ConfigActions` works on the configuration the panel shows; every Stripe call and
cache read goes through ``ctx.runner``, and every write asks for confirmation in live mode.
"Make default" copies the settings onto the default configuration (Stripe's API cannot
move the default marker) and leaves the change to be reviewed and saved like any edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from services.portal_config import api, history
from services.portal_config import catalog as catalog_mod
from services.portal_config.catalog import Catalog
from services.portal_config.document import Doc, copy_doc, from_object
from services.portal_config.transfer import (
    export_data,
    parse_export,
    read_export,
    referenced_prices,
    write_export,
)
from widgets.account_switcher import profile_name
from widgets.portal_configuration.controls import when
from widgets.portal_configuration.dialogs import HistoryDialog
from widgets.portal_configuration.transfer_dialog import ImportDialog

if TYPE_CHECKING:
    from desktop.tasks import TaskControl
    from services.credentials import Profile
    from widgets.portal_configuration.panel import PortalConfigurationPanel


def _t(text: str) -> str:
    """Translate in the panel's own context (these helpers word the panel's messages)."""
    return QCoreApplication.translate("PortalConfigurationPanel", text)


class ConfigActions(QObject):
    """Actions on the configuration a panel shows (see the module docstring)."""

    def __init__(self, panel: PortalConfigurationPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def duplicate(self) -> None:
        """A new configuration with the settings shown (not created until saved)."""
        p = self.panel
        if p.current_key is None:
            return
        doc = copy_doc(p.editor.doc())
        original = doc["name"] or _t("Unnamed configuration")
        doc["name"] = _t("Copy of {0}").format(original)
        p.new_configuration(
            doc,
            _t("A copy of “{0}”. Nothing is created on Stripe until you save.").format(original),
        )

    def toggle_active(self) -> None:
        """Deactivate or reactivate the configuration shown."""
        p = self.panel
        obj = p.objects.get(p.current_key or "")
        session = p.session
        if obj is None or session is None or session.cache is None or p.busy:
            return
        active = not obj.get("active", True)
        name = obj.get("name") or obj["id"]
        if not active and obj.get("is_default"):
            p.error_banner.show_error(
                _t(
                    "The default configuration can't be deactivated. Make another one the "
                    "default first."
                )
            )
            return
        if not active:
            answer = QMessageBox.question(
                p,
                _t("Deactivate “{0}”?").format(name),
                _t(
                    "New portal sessions can't use an inactive configuration. Customers already "
                    "in the portal are not affected. You can reactivate it at any time."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        action = (
            _t("Reactivate the portal configuration “{0}”")
            if active
            else _t("Deactivate the portal configuration “{0}”")
        ).format(name)
        if not p.ctx.confirm_write(p, action):
            return
        client = session.gateway.client
        cache = session.cache
        config_id = str(obj["id"])

        def work(control: TaskControl) -> dict[str, Any]:
            result = api.set_active(client, config_id, active)
            conn = cache.open_connection()
            try:
                history.record_saved(conn, result)
            finally:
                conn.close()
            return result

        def done(result: dict[str, Any]) -> None:
            p.set_busy(False)
            p.objects[config_id] = result
            if not p.dirty():
                p.base = result
            elif p.base is not None:
                p.base = {
                    **p.base,
                    "active": result.get("active"),
                    "updated": result.get("updated"),
                }
            p.refresh_rows()
            p.update_header()
            p.show_status(_t("Reactivated.") if active else _t("Deactivated."))
            p.saved.emit(result)

        p.set_busy(True, _t("Reactivating…") if active else _t("Deactivating…"))
        p.ctx.runner.submit(
            work,
            on_success=done,
            on_failure=p.saving.failed,
            key=f"portal-config-save-{id(p)}",
            name="set active",
        )

    def make_default(self) -> None:
        """Give the default configuration these settings (Stripe's API can't move the
        default marker), after explaining; the change is then reviewed and saved as usual."""
        p = self.panel
        obj = p.objects.get(p.current_key or "")
        default = next((o for o in p.objects.values() if o.get("is_default")), None)
        if obj is None or obj.get("is_default") or p.busy:
            return
        if default is None:
            p.error_banner.show_error(
                _t(
                    "This account has no default configuration yet; Stripe creates it when "
                    "the customer portal settings are first opened in the Dashboard."
                )
            )
            return
        name = obj.get("name") or obj["id"]
        default_name = default.get("name") or default["id"]
        answer = QMessageBox.question(
            p,
            _t("Make “{0}” the default?").format(name),
            _t(
                "Stripe's API can't change which configuration is the default: the default is "
                "the one the Dashboard edits, “{1}”.\n\nCounterfoil can copy the settings of "
                "“{0}” (features, business information, links and login page) onto “{1}”, so "
                "portal sessions without a configuration behave like “{0}”. You'll review "
                "the change before it is saved."
            ).format(name, default_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        settings = p.editor.doc()
        target = from_object(default)
        for key in ("features", "business_profile", "default_return_url", "login_page"):
            target[key] = copy_doc(settings)[key]
        p.select(str(default["id"]))
        p.editor.set_doc(target)
        p.edited()
        p.notice_banner.show_error(
            _t(
                "The settings of “{0}” are loaded into the default configuration “{1}”. "
                "Review and save to apply them."
            ).format(name, default_name),
            _t("Make default"),
        )

    def show_history(self) -> None:
        """Every version of the configuration shown (compare two, restore one)."""
        p = self.panel
        session = p.session
        key = p.current_key
        if session is None or session.cache is None or key not in p.objects:
            return
        cache = session.cache

        def work(control: TaskControl) -> list[history.Version]:
            conn = cache.open_connection()
            try:
                return history.versions(conn, key)
            finally:
                conn.close()

        p.ctx.runner.submit(
            work,
            on_success=lambda versions: self._show_versions(key, versions),
            on_failure=lambda e: p.error_banner.show_error(e),
            key=f"portal-config-history-{id(p)}",
            name="read portal configuration history",
        )

    def _show_versions(self, key: str, versions: list[history.Version]) -> None:
        p = self.panel
        if key != p.current_key:
            return
        dialog = HistoryDialog(
            versions,
            current=p.editor.doc(),
            name=p.name_label.text(),
            catalog=p.catalog,
            parent=p,
        )
        p.history_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self.restore(dialog.restored, dialog.restored_version)
        dialog.deleteLater()
        p.history_dialog = None

    def restore(self, doc: Doc, version: history.Version | None = None) -> None:
        """Put a past version in the editor as unsaved changes (saved like any other edit)."""
        p = self.panel
        p.editor.set_doc(copy_doc(doc))
        p.edited()
        p.run_checks()
        stamp = ""
        if version is not None:
            stamp = when(version.updated or version.recorded_at)
        p.notice_banner.show_error(
            _t(
                "The version from {0} is in the editor. Review and save it to make it "
                "current; nothing has been sent yet."
            ).format(stamp),
            _t("Version restored"),
        )

    def _export_objects(self, objects: list[dict[str, Any]], path: str) -> None:
        p = self.panel
        session = p.session
        if session is None:
            return
        client = session.gateway.client
        catalog = p.catalog
        profile = session.profile

        def work(control: TaskControl) -> int:
            wanted = [p for o in objects for p in referenced_prices(from_object(o))]
            needed = Catalog(dict(catalog.products), dict(catalog.prices))
            catalog_mod.fetch_missing(client, needed, wanted)
            data = export_data(
                objects, needed, account=profile.account_id, livemode=profile.livemode
            )
            write_export(Path(path), data)
            return len(objects)

        p.ctx.runner.submit(
            work,
            on_success=lambda n: p.show_status(self.tr("Exported %n configuration(s).", "", n)),
            on_failure=lambda e: p.error_banner.show_error(e, _t("Export failed")),
            name="export portal configurations",
        )

    def _ask_path(self, suggested: str) -> str | None:
        p = self.panel
        path, _ = QFileDialog.getSaveFileName(
            p, _t("Export portal configurations"), suggested, _t("JSON files (*.json)")
        )
        return path or None

    def export_current(self) -> None:
        """Write the configuration shown (as on Stripe) to a JSON file."""
        p = self.panel
        obj = p.objects.get(p.current_key or "")
        if obj is None:
            return
        slug = (obj.get("name") or obj["id"]).lower().replace(" ", "-")
        path = self._ask_path(f"portal-{slug}.json")
        if path:
            self._export_objects([obj], path)

    def export_all(self) -> None:
        """Write every configuration of the account to a JSON file."""
        p = self.panel
        if not p.objects:
            return
        path = self._ask_path("portal-configurations.json")
        if path:
            self._export_objects(list(p.objects.values()), path)

    def import_file(self, path: str | None = None) -> ImportDialog | None:
        """Import configurations from an export file into an account (asks for the file)."""
        p = self.panel
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                p, _t("Import portal configurations"), "", _t("JSON files (*.json)")
            )
        if not path:
            return None
        try:
            export = read_export(Path(path))
        except (ValueError, OSError) as exc:
            p.error_banner.show_error(str(exc), _t("Can't import this file"))
            return None
        return self._open_import(export, _t("Import portal configurations"), None)

    def promote(self) -> ImportDialog | None:
        """Copy the configuration shown to another account (test → live by default)."""
        p = self.panel
        obj = p.objects.get(p.current_key or "")
        profile = p.ctx.profile
        if obj is None or profile is None:
            return None
        data = export_data([obj], p.catalog, account=profile.account_id, livemode=profile.livemode)
        export = parse_export(data)
        others = [p for p in p.ctx.all_profiles() if p.id != profile.id]
        target = next(
            (
                p
                for p in others
                if p.account_id == profile.account_id and p.livemode != profile.livemode
            ),
            next((p for p in others if p.livemode), others[0] if others else None),
        )
        return self._open_import(
            export,
            _t("Copy “{0}” to another account").format(obj.get("name") or obj["id"]),
            target,
        )

    def _open_import(self, export: Any, title: str, target: Profile | None) -> ImportDialog:
        p = self.panel
        dialog = ImportDialog(p.ctx, export, title=title, target=target, parent=p)
        dialog.created.connect(self._imported)
        p.import_dialog = dialog
        dialog.open()
        return dialog

    def _imported(self, made: list[dict[str, Any]], profile: Profile) -> None:
        p = self.panel
        names = ", ".join(f"“{o.get('name') or o['id']}”" for o in made)
        p.show_status(_t("Created {0} in {1}.").format(names, profile_name(profile)))
        if p.ctx.profile is not None and profile.id == p.ctx.profile.id:
            if made:
                p.pending_select = str(made[0]["id"])
            p.reload()
