"""Accounts end to end: the sandbox over real HTTP and gnome-keyring over real D-Bus.

Every key here really goes through the Secret Service and is checked with libsecret's
``secret-tool``; every verification is a real HTTP request to the sandbox.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring.backends.fail
import pytest
import stripe

from services.credentials import AccountManager, Profile, ProfileStore, SecretStore
from services.errors import UserFacingError, describe

pytestmark = pytest.mark.keyring

SECRET = "sk_test_" + "K3yForTheSandbox" * 3
RESTRICTED = "rk_test_" + "R3str1ctedSandbox" * 3


@pytest.fixture
def manager(tmp_path: Path, real_keyring) -> AccountManager:
    return AccountManager(
        ProfileStore(tmp_path / "config"), real_keyring.secret_store(), tmp_path / "data"
    )


def all_files_text(root: Path) -> str:
    return "\n".join(
        p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file()
    )


def test_add_verify_remove_with_a_real_keyring(
    manager: AccountManager, real_keyring, sandbox, tmp_path: Path
) -> None:
    sandbox.register_key(SECRET)
    profile = manager.add_account("  " + SECRET + "\n", api_base=sandbox.url)

    assert profile.account_id == sandbox.state.extra["platform"]["id"]
    assert profile.display_name == "Counterfoil Demo Co."  # settings.dashboard.display_name
    assert (profile.livemode, profile.key_kind, profile.api_base) == (False, "secret", sandbox.url)
    assert manager.profiles.list() == [profile]

    # The key is in the Secret Service (read back with libsecret, not python-keyring)...
    assert real_keyring.lookup(profile.id) == SECRET
    assert manager.open_key(profile) == SECRET
    assert manager.open_gateway(profile).retrieve_account()["id"] == profile.account_id
    # ...and nowhere on disk.
    assert SECRET not in all_files_text(tmp_path)
    assert SECRET[8:30] not in all_files_text(tmp_path)
    document = (tmp_path / "config" / "profiles.json").read_text()
    assert "sk_test" not in document

    cache = manager.cache_path(profile.id)
    cache.parent.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(cache) + suffix).write_bytes(b"x")
    other = manager.cache_path("someone-else")
    other.write_bytes(b"keep")

    assert manager.remove_profile(profile.id) is True
    assert real_keyring.lookup(profile.id) is None
    assert real_keyring.secret_store().get_key(profile.id) is None
    assert manager.profiles.list() == []
    assert sorted(os.listdir(cache.parent)) == ["someone-else.sqlite3"]
    assert manager.remove_profile(profile.id) is False


def test_adding_a_new_key_for_the_same_account_replaces_the_old_one(
    manager: AccountManager, real_keyring, sandbox
) -> None:
    sandbox.register_key(SECRET)
    first = manager.add_account(SECRET, api_base=sandbox.url, display_name="Mine")
    rotated = "sk_test_" + "Rotated0Key" * 4
    sandbox.register_key(rotated)
    sandbox.revoke_key(SECRET)
    second = manager.add_account(rotated, api_base=sandbox.url)
    assert second.id == first.id
    assert second.display_name == "Mine"  # kept
    assert len(manager.profiles.list()) == 1
    assert real_keyring.lookup(first.id) == rotated


def test_revoked_key_is_rejected_and_nothing_is_stored(
    manager: AccountManager, real_keyring, sandbox, tmp_path: Path
) -> None:
    sandbox.register_key(SECRET)
    sandbox.revoke_key(SECRET)
    with pytest.raises(UserFacingError) as info:
        manager.add_account(SECRET, api_base=sandbox.url)
    err = info.value
    assert err.kind == "auth"
    assert err.http_status == 401
    assert "rejected by Stripe (revoked or mistyped)" in err.message
    assert err.request_id and err.request_id in err.display()
    assert manager.profiles.list() == []
    assert real_keyring.lookup("acct_1counterfoilplat-test") is None
    assert SECRET[8:30] not in err.display()


def test_restricted_key_without_account_read_is_still_added(
    manager: AccountManager, real_keyring, sandbox
) -> None:
    # Stripe's 403 names the account, so a restricted key that may not read the
    # account object is still usable for what it was granted.
    sandbox.register_key(RESTRICTED, permissions={"customers": "read"})
    profile = manager.add_account(RESTRICTED, api_base=sandbox.url)
    assert profile.key_kind == "restricted"
    assert profile.account_id == sandbox.state.extra["platform"]["id"]
    assert profile.display_name == profile.account_id
    assert real_keyring.lookup(profile.id) == RESTRICTED

    gateway = manager.open_gateway(profile)
    gateway.get_json("/v1/customers", {"limit": 1})  # granted
    with pytest.raises(stripe.PermissionError) as info:
        gateway.post_json("/v1/customers", {"name": "x"})  # not granted
    err = describe(info.value)
    assert err.kind == "permission"
    assert err.permission == "rak_customer_write"
    assert "This restricted key lacks the permission 'Customers: write'" in err.message


def test_restricted_key_with_account_read_uses_the_dashboard_name(
    manager: AccountManager, sandbox
) -> None:
    sandbox.register_key(RESTRICTED, permissions={"account": "read"})
    profile = manager.add_account(RESTRICTED, api_base=sandbox.url)
    assert profile.display_name == "Counterfoil Demo Co."


def test_malformed_key_never_reaches_stripe_or_keyring(
    manager: AccountManager, real_keyring, sandbox
) -> None:
    with pytest.raises(UserFacingError) as info:
        manager.add_account("pk_test_" + "P" * 40, api_base=sandbox.url)
    assert info.value.kind == "malformed_key"
    assert "publishable key" in info.value.message
    assert manager.profiles.list() == []


def test_no_keyring_backend_blocks_adding_before_any_request(
    tmp_path: Path, sandbox, keyring_backend
) -> None:
    keyring_backend(keyring.backends.fail.Keyring())
    manager = AccountManager(ProfileStore(tmp_path), SecretStore(), tmp_path / "data")
    sandbox.register_key(SECRET)
    with pytest.raises(UserFacingError) as info:
        manager.add_account(SECRET, api_base=sandbox.url)
    assert info.value.kind == "keyring"
    assert "No secure keyring is available" in info.value.message
    assert "COUNTERFOIL_API_KEY" in info.value.message
    assert not (tmp_path / "profiles.json").exists()


def test_demo_profiles_never_touch_the_keyring(tmp_path: Path, sandbox, keyring_backend) -> None:
    # With the failing backend installed, any keyring access would raise.
    keyring_backend(keyring.backends.fail.Keyring())
    manager = AccountManager(ProfileStore(tmp_path), SecretStore(), tmp_path / "data")
    profile = manager.add_ephemeral_account(sandbox.api_key, sandbox.url, "Demo", demo=True)
    assert profile.demo and profile.id.startswith("demo-")
    assert manager.open_key(profile) == sandbox.api_key
    assert manager.open_gateway(profile).retrieve_account()["id"] == profile.account_id
    assert manager.profiles.list() == []
    assert not (tmp_path / "profiles.json").exists()
    assert manager.remove_profile(profile.id) is True
    with pytest.raises(UserFacingError, match="demo session has ended"):
        manager.open_key(profile)


def test_missing_keyring_entry_is_explained(manager: AccountManager) -> None:
    ghost = Profile("acct_1ghost-test", "Ghost", "acct_1ghost", False, "secret")
    manager.profiles.save(ghost)
    with pytest.raises(UserFacingError) as info:
        manager.open_key(ghost)
    assert info.value.kind == "keyring"
    assert "missing from the system keyring" in info.value.message


def test_secret_store_round_trip(real_keyring) -> None:
    store: SecretStore = real_keyring.secret_store()
    assert store.check_backend() is real_keyring.backend
    assert store.get_key("p1") is None
    store.set_key("p1", SECRET)
    store.set_key("p2", RESTRICTED)
    store.set_key("p1", SECRET + "x")  # replace, not duplicate
    assert store.get_key("p1") == SECRET + "x"
    assert real_keyring.lookup("p2") == RESTRICTED
    assert store.delete_key("p1") is True
    assert store.delete_key("p1") is False
    assert store.get_key("p1") is None
    assert store.get_key("p2") == RESTRICTED
