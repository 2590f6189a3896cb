"""Saving a configuration safely: checks, conflict check and merge, review, confirm, send.

:class:`SaveFlow` is the panel's save button. Nothing is sent while a check finds an error
(the messages are on their fields). A new configuration goes straight to review; an
existing one is read again from Stripe first: if its ``updated`` moved since the edit
began, :class:`~.dialogs.MergeDialog` shows both changes for merging. Then
:class:`~.dialogs.ReviewDialog` shows the field-level diff against Stripe's version and the
warnings, live mode asks for confirmation, and :func:`services.portal_config.api.save`
sends only what differs (refusing again if the configuration moved meanwhile). The saved
object is recorded in the cache as a new version. Stripe's refusals are shown with their
message and request id, on the field Stripe names, and the edit stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from services.errors import UserFacingError
from services.portal_config import api, history, schema
from services.portal_config.checks import Issue
from services.portal_config.diff import diff, merge, resolve
from services.portal_config.document import Doc, empty, from_object
from widgets.error_text import error_text
from widgets.portal_configuration.controls import when
from widgets.portal_configuration.dialogs import MergeDialog, ReviewDialog

if TYPE_CHECKING:
    from desktop.tasks import TaskControl
    from widgets.portal_configuration.panel import PortalConfigurationPanel


def _t(text: str) -> str:
    """Translate in the panel's own context (these helpers word the panel's messages)."""
    return QCoreApplication.translate("PortalConfigurationPanel", text)


class SaveFlow(QObject):
    """The save workflow of one panel (see the module docstring)."""

    def __init__(self, panel: PortalConfigurationPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def save(self) -> None:
        """Check, compare with Stripe, review, confirm, send (see the module docstring)."""
        p = self.panel
        if p.current_key is None or p.busy or p.session is None:
            return
        p.check_timer.stop()
        p.stripe_issues = []
        p.run_checks()
        errors = [i for i in p.issues if i.blocking]
        if errors:
            p.error_banner.show_error(
                self.tr(
                    "Nothing was sent. Fix %n problem(s) first; each message is next to its "
                    "field, and the list on the right takes you there.",
                    "",
                    len(errors),
                ),
                _t("Not saved yet"),
            )
            p.editor.focus_path(errors[0].path)
            return
        p.error_banner.clear()
        if p.is_new():
            self._review(None, p.editor.doc())
            return
        self._fetch_current()

    def _fetch_current(self) -> None:
        p = self.panel
        session = p.session
        key = p.current_key
        if session is None or key is None:
            return
        client = session.gateway.client

        def work(control: TaskControl) -> dict[str, Any]:
            return api.retrieve(client, key)

        p.set_busy(True, _t("Comparing with Stripe…"))
        p.ctx.runner.submit(
            work,
            on_success=lambda current: self._compared(key, current),
            on_failure=self.failed,
            key=f"portal-config-save-{id(p)}",
            name="read portal configuration",
        )

    def _compared(self, key: str, current: dict[str, Any]) -> None:
        p = self.panel
        p.set_busy(False)
        if key != p.current_key:
            return
        base = p.base or current
        mine = p.editor.doc()
        if base.get("updated") != current.get("updated"):
            result = merge(from_object(base), mine, from_object(current), p.catalog)
            dialog = MergeDialog(
                result,
                name=p.name_label.text(),
                updated=current.get("updated"),
                catalog=p.catalog,
                parent=p,
            )
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            choices = dialog.choices()
            dialog.deleteLater()
            p.base = current
            p.objects[key] = current
            if not accepted:
                p.edited()
                p.notice_banner.show_error(
                    _t(
                        "Saving is on hold: this configuration changed on Stripe. Your "
                        "edits are kept; save again to merge."
                    ),
                    _t("Changed on Stripe"),
                )
                return
            merged = resolve(result, choices)
            p.show_doc(merged)
            p.edited()
            p.run_checks()
            if any(i.blocking for i in p.issues):
                p.error_banner.show_error(
                    _t("The merged configuration has problems to fix before saving."),
                    _t("Not saved yet"),
                )
                return
            mine = merged
        self._review(current, mine)

    def _review(self, current: dict[str, Any] | None, doc: Doc) -> None:
        p = self.panel
        name = doc["name"] or _t("Unnamed configuration")
        warnings = [i for i in p.issues if not i.blocking]
        if current is None:
            changes = diff(empty(), doc, p.catalog)
            dialog = ReviewDialog(
                title=_t("Create “{0}”").format(name),
                subtitle=_t(
                    "A new configuration with these settings (anything not listed is off or empty)."
                ),
                changes=changes,
                warnings=warnings,
                before_label=_t("Empty configuration"),
                after_label=_t("New configuration"),
                save_label=_t("Create configuration"),
                parent=p,
            )
        else:
            changes = diff(from_object(current), doc, p.catalog)
            if not changes:
                p.discard_now()
                p.show_status(_t("Nothing to save: Stripe already has this."))
                return
            dialog = ReviewDialog(
                title=_t("Review changes to “{0}”").format(name),
                subtitle=_t(
                    "Compared with the version on Stripe now (updated {0}). Only these "
                    "fields are sent."
                ).format(when(current.get("updated"))),
                changes=changes,
                warnings=warnings,
                before_label=_t("Now on Stripe"),
                after_label=_t("After saving"),
                save_label=_t("Save changes"),
                parent=p,
            )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        action = (
            _t("Create the portal configuration “{0}”").format(name)
            if current is None
            else self.tr(
                "Save %n change(s) to the portal configuration “{0}”", "", len(changes)
            ).format(name)
        )
        if not p.ctx.confirm_write(p, action):
            return
        self._send(current, doc)

    def _send(self, current: dict[str, Any] | None, doc: Doc) -> None:
        p = self.panel
        session = p.session
        key = p.current_key
        if session is None or key is None or session.cache is None:
            return
        client = session.gateway.client
        cache = session.cache
        expected = current.get("updated") if current is not None else None
        # Keys made of the write itself: Save pressed again after a lost answer sends the
        # same key, and Stripe replays the first result instead of creating a second one.
        create_key = api.create_key(key, doc) if current is None else ""

        def work(control: TaskControl) -> tuple[str, dict[str, Any]]:
            if current is None:
                obj = api.create(client, doc, idempotency_key=create_key)
            else:
                try:
                    obj = api.save(client, key, doc, expected_updated=expected)
                except api.ConflictError as exc:
                    return "conflict", exc.current
            conn = cache.open_connection()
            try:
                history.record_saved(conn, obj)
            finally:
                conn.close()
            return "saved", obj

        p.set_busy(True, _t("Saving…") if current else _t("Creating…"))
        p.ctx.runner.submit(
            work,
            on_success=lambda result: self._sent(key, result),
            on_failure=self.failed,
            key=f"portal-config-save-{id(p)}",
            name="save portal configuration",
        )

    def _sent(self, key: str, result: tuple[str, dict[str, Any]]) -> None:
        p = self.panel
        p.set_busy(False)
        outcome, obj = result
        if outcome == "conflict":
            p.notice_banner.show_error(
                _t("It changed on Stripe again while you were reviewing; here are both changes."),
                _t("Changed on Stripe"),
            )
            if key == p.current_key:
                self._compared(key, obj)
            return
        new_id = str(obj["id"])
        if p.drafts is not None:
            p.drafts.discard(key)
            p.flush_drafts_soon()
        p.objects[new_id] = obj
        if key == p.current_key:
            p.current_key = new_id
            p.base = obj
            p.show_doc(from_object(obj))
            p.editor.set_login_url(p.login_url())
        p.notice_banner.clear()
        p.error_banner.clear()
        p.refresh_rows()
        p.select_row(new_id)
        p.run_checks()
        p.show_status(_t("Saved — Stripe has it now."))
        p.saved.emit(obj)
        p.pending_select = new_id
        p.reload()

    def failed(self, error: UserFacingError) -> None:
        p = self.panel
        p.set_busy(False)
        p.error_banner.show_error(error, _t("Stripe did not accept the change"))
        p.stripe_issues = []
        if error.param:
            path = schema.from_param(error.param)
            p.stripe_issues = [
                Issue(path, "error", _t("Stripe: {0}").format(error_text(error)), "stripe")
            ]
        p.run_checks()
        if p.stripe_issues:
            p.editor.focus_path(p.stripe_issues[0].path)
