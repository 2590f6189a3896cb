"""The "Add Stripe account" dialog: field validation without network, verification, keyring."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import pytest

from desktop.tasks import TaskRunner
from services.credentials import AccountManager, ProfileStore, SecretStore
from tests import keyring_support
from widgets.add_account_dialog import TASK_KEY, AddAccountDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# The real gnome-keyring fixtures (until tests/conftest.py loads tests.keyring_support).
secret_service_session = keyring_support.secret_service_session
real_keyring = keyring_support.real_keyring

GOOD_TEST_KEY = "sk_test_" + "Sh3llDialogKey" * 3
GOOD_LIVE_KEY = "rk_live_" + "Sh3llDialogKey" * 3


class CountingRunner(TaskRunner):
    """A real TaskRunner that remembers the names of submitted tasks."""

    def __init__(self) -> None:
        super().__init__()
        self.submitted: list[str | None] = []

    def submit(self, fn, **kwargs):  # type: ignore[no-untyped-def, override]
        self.submitted.append(kwargs.get("key"))
        return super().submit(fn, **kwargs)


@pytest.fixture
def runner(qapp):
    runner = CountingRunner()
    yield runner
    runner.shutdown()


def make_dialog(qtbot, tmp_path: Path, runner, secrets: SecretStore) -> AddAccountDialog:
    accounts = AccountManager(ProfileStore(tmp_path / "config"), secrets, tmp_path / "data")
    dialog = AddAccountDialog(accounts, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    runner.wait_idle(10)  # the keyring check
    return dialog


@pytest.fixture
def no_keyring_dialog(qtbot, tmp_path, runner):
    return make_dialog(
        qtbot, tmp_path, runner, SecretStore(backend=keyring.backends.fail.Keyring())
    )


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("pk_test_" + "x" * 30, "publishable key"),
        ("whsec_" + "x" * 30, "webhook signing secret"),
        ("sk_test_abc", "too short"),
        ("sk_live_****************************", "masked"),
        ('"' + GOOD_TEST_KEY + '"', "quotation marks"),
        ("hello there", "spaces"),
        ("acct_1Nv0FGQ9RKHgCVdK", "account or client id"),
    ],
)
def test_malformed_keys_are_explained_at_the_field_and_never_sent(
    no_keyring_dialog, runner, key, expected
):
    dialog = no_keyring_dialog
    before = list(runner.submitted)
    dialog.key_edit.setText(key)
    assert expected in dialog.key_message.text()
    assert dialog.key_message.isVisible()
    assert dialog.key_info is None
    assert not dialog.add_button.isEnabled()
    dialog._submit()  # even forcing it does nothing
    assert runner.submitted == before
    assert TASK_KEY not in runner.submitted


def test_plausible_keys_show_their_mode(no_keyring_dialog):
    dialog = no_keyring_dialog
    dialog.key_edit.setText("  " + GOOD_TEST_KEY + "\n")
    assert dialog.key_info is not None and not dialog.key_info.livemode
    assert dialog.key_message.text() == "Secret key, test mode."
    assert dialog.mode_badge.text() == "TEST"
    dialog.key_edit.setText(GOOD_LIVE_KEY)
    assert dialog.key_info is not None and dialog.key_info.livemode
    assert dialog.mode_badge.text() == "LIVE"
    assert "real customers" in dialog.key_message.text()


def test_the_key_is_hidden_until_asked(no_keyring_dialog):
    dialog = no_keyring_dialog
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    dialog.show_key_action.trigger()
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Normal


def test_without_a_keyring_the_dialog_says_how_to_fix_it(no_keyring_dialog):
    dialog = no_keyring_dialog
    assert dialog.keyring_banner.isVisible()
    text = dialog.keyring_banner.message_label.text()
    assert "No secure keyring is available" in text
    assert "gnome-keyring" in text or "Keychain" in text or "Credential Manager" in text
    dialog.key_edit.setText(GOOD_TEST_KEY)
    assert not dialog.add_button.isEnabled()


@pytest.mark.keyring
def test_a_rejected_key_shows_stripes_message_and_request_id(
    qtbot, tmp_path, runner, sandbox, real_keyring
):
    dialog = make_dialog(qtbot, tmp_path, runner, real_keyring.secret_store())
    assert not dialog.keyring_banner.isVisible()
    dialog.advanced_box.setChecked(True)
    dialog.api_base_edit.setText(sandbox.url)
    dialog.key_edit.setText(GOOD_TEST_KEY)  # well-formed, but the sandbox doesn't know it
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    assert dialog.checking and dialog.spinner.spinning
    assert not dialog.key_edit.isEnabled()
    assert runner.wait_idle(20)
    assert not dialog.checking and not dialog.spinner.spinning
    assert dialog.error_banner.isVisible()
    assert "rejected by Stripe" in dialog.error_banner.message_label.text()
    assert dialog.error_banner.request_label.text().startswith("Request ID: req_")
    assert dialog.profile is None
    assert dialog.isVisible()


@pytest.mark.keyring
def test_a_good_key_is_verified_stored_and_returned(qtbot, tmp_path, runner, sandbox, real_keyring):
    sandbox.register_key(GOOD_TEST_KEY)
    dialog = make_dialog(qtbot, tmp_path, runner, real_keyring.secret_store())
    dialog.advanced_box.setChecked(True)
    dialog.api_base_edit.setText(sandbox.url)
    dialog.key_edit.setText(GOOD_TEST_KEY)
    dialog.name_edit.setText("Sandbox account")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.add_button.click()
    profile = dialog.profile
    assert profile is not None
    assert profile.display_name == "Sandbox account"
    assert profile.api_base == sandbox.url
    assert real_keyring.lookup(profile.id) == GOOD_TEST_KEY
    assert dialog.key_edit.text() == ""
