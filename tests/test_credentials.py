"""services.credentials without a keyring: key shapes, profiles.json, backend vetting."""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
from pathlib import Path

import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backends.chainer import ChainerBackend

from services.credentials import (
    KeyInfo,
    Profile,
    ProfileStore,
    SecretStore,
    account_display_name,
    classify_key,
    profile_slug,
)
from services.errors import UserFacingError

BODY = "51HqLyjWDarjtT1zdp7dc4eC39HqLyjWDarjtT1zdp7dc"


@pytest.mark.parametrize(
    ("key", "kind", "livemode"),
    [
        ("sk_test_" + BODY, "secret", False),
        ("sk_live_" + BODY, "secret", True),
        ("rk_test_" + BODY, "restricted", False),
        ("rk_live_" + BODY, "restricted", True),
        ("  sk_test_" + BODY + "\n", "secret", False),  # copy-paste whitespace
        ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "secret", False),  # short legacy format
        ("sk_test_counterfoil_sandbox_4242424242", "secret", False),  # the sandbox's key
    ],
)
def test_classify_valid_keys(key: str, kind: str, livemode: bool) -> None:
    assert classify_key(key) == KeyInfo(kind=kind, livemode=livemode)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("", "No key was entered"),
        ("   \t\n", "No key was entered"),
        ("pk_test_" + BODY, "publishable key"),
        ("pk_live_" + BODY, "paste a secret key (sk_…) or restricted key (rk_…)"),
        ("whsec_" + BODY, "webhook signing secret"),
        ("acct_1CounterfoilPlat", "not an API key"),
        ("sk_test_" + BODY[:10], "too short"),
        ("sk_live_" + "*" * 30 + "abcd", "masked"),
        ("sk_live_51Hq…dc", "masked"),
        ("sk_test_" + BODY[:20] + " " + BODY[20:], "spaces or line breaks"),
        ("sk_test_" + BODY + "\nrk_test_" + BODY, "spaces or line breaks"),
        ("'sk_test_" + BODY + "'", "quotation marks"),
        ("sk_test_" + BODY[:20] + "-" + BODY[20:], "characters a Stripe key never has"),
        ("ek_test_" + BODY, "doesn't look like a Stripe API key"),
        ("hello", "doesn't look like a Stripe API key"),
        ("sk_test_" + "a" * 300, "longer than any Stripe key"),
    ],
)
def test_malformed_keys_explain_themselves(key: str, words: str) -> None:
    with pytest.raises(UserFacingError) as info:
        classify_key(key)
    err = info.value
    assert err.kind == "malformed_key"
    assert words in err.message
    assert BODY[5:25] not in err.display()  # the message never echoes the key


def test_profile_round_trip_and_validation() -> None:
    p = Profile("acct_1abc-test", "Shop", "acct_1abc", False, "restricted", "http://127.0.0.1:1")
    assert Profile.from_dict(json.loads(json.dumps(p.to_dict()))) == p
    assert Profile.from_dict({**p.to_dict(), "future_field": 1}) == p
    with pytest.raises(ValueError):
        Profile.from_dict({**p.to_dict(), "livemode": "no"})
    with pytest.raises(ValueError):
        Profile("../../etc", "x", "acct_1", False, "secret")
    with pytest.raises(ValueError):
        Profile("ok", "x", "acct_1", False, "publishable")  # type: ignore[arg-type]
    assert set(p.to_dict()) == {
        "id",
        "display_name",
        "account_id",
        "livemode",
        "key_kind",
        "api_base",
        "demo",
    }


def test_profile_slug() -> None:
    assert profile_slug("acct_1NvXYZ", False) == "acct_1nvxyz-test"
    assert profile_slug("acct_1NvXYZ", True) == "acct_1nvxyz-live"


def test_account_display_name_prefers_dashboard_name() -> None:
    account = {
        "id": "acct_1",
        "settings": {"dashboard": {"display_name": "Dash"}},
        "business_profile": {"name": "Biz"},
    }
    assert account_display_name(account) == "Dash"
    account["settings"] = {"dashboard": {"display_name": None}}
    assert account_display_name(account) == "Biz"
    assert account_display_name({"id": "acct_1", "business_profile": None}) == "acct_1"


def make_profile(n: int) -> Profile:
    return Profile(f"acct_{n}-test", f"Shop {n}", f"acct_{n}", False, "secret")


def test_profile_store_crud_and_last_used(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "config")
    assert store.list() == []
    assert store.last_used_id() is None
    store.save(make_profile(1))
    store.save(make_profile(2))
    store.set_last_used("acct_2-test")
    renamed = Profile("acct_1-test", "Renamed", "acct_1", False, "secret")
    store.save(renamed)
    reopened = ProfileStore(tmp_path / "config")
    assert [p.display_name for p in reopened.list()] == ["Renamed", "Shop 2"]  # order kept
    assert reopened.get("acct_1-test") == renamed
    assert reopened.get("nope") is None
    assert reopened.last_used_id() == "acct_2-test"
    assert reopened.remove("acct_2-test") is True
    assert reopened.remove("acct_2-test") is False
    assert reopened.last_used_id() is None
    with pytest.raises(KeyError):
        reopened.set_last_used("acct_2-test")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_profiles_file_is_private_and_written_atomically(tmp_path: Path) -> None:
    config = tmp_path / "config"
    store = ProfileStore(config)
    store.save(make_profile(1))
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(config).st_mode) == 0o700
    assert sorted(os.listdir(config)) == ["profiles.json"]  # no temp files left behind
    # Many threads saving at once still leave a complete, parseable file.
    threads = [threading.Thread(target=store.save, args=(make_profile(i),)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(ProfileStore(config).list()) == 20
    assert json.loads(store.path.read_text())["version"] == 1


def test_profiles_file_refuses_secrets(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    leaky = Profile("acct_1-test", "sk_live_" + BODY, "acct_1", True, "secret")
    with pytest.raises(ValueError, match="secret"):
        store.save(leaky)
    assert not store.path.exists()


def test_damaged_profiles_file_is_explained(tmp_path: Path) -> None:
    (tmp_path / "profiles.json").write_text("{not json")
    with pytest.raises(UserFacingError, match="damaged"):
        ProfileStore(tmp_path).list()


def test_demo_profiles_are_never_saved(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        ProfileStore(tmp_path).save(
            Profile("demo-x", "Demo", "acct_1", False, "secret", None, True)
        )


# ---------------------------------------------------------------- keyring vetting
class PlaintextKeyring(keyring.backend.KeyringBackend):
    """A real (if deplorable) file backend, shaped like keyrings.alt's PlaintextKeyring."""

    priority = 0.5  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}")
        self.path.write_text(json.dumps(data))


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_no_keyring_backends_are_refused_with_a_fix(backend, keyring_backend) -> None:
    keyring_backend(backend)  # the process-wide backend, as keyring would pick it
    store = SecretStore()
    for attempt in (
        store.check_backend,
        lambda: store.set_key("acct_1-test", "sk_test_" + BODY),
        lambda: store.get_key("acct_1-test"),
        lambda: store.delete_key("acct_1-test"),
    ):
        with pytest.raises(UserFacingError) as info:
            attempt()
        assert info.value.kind == "keyring"
        if sys.platform.startswith("linux"):
            assert info.value.message.startswith(
                "No secure keyring is available. Install and unlock GNOME Keyring or KWallet "
                "(Debian/Ubuntu: sudo apt install gnome-keyring), or set COUNTERFOIL_API_KEY "
                "for scripted use."
            )


def test_file_backend_is_refused_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    store = SecretStore(backend=PlaintextKeyring(path))
    with pytest.raises(UserFacingError) as info:
        store.set_key("acct_1-test", "sk_test_" + BODY)
    assert info.value.kind == "keyring"
    assert "PlaintextKeyring" in info.value.message and "file" in info.value.message
    assert not path.exists()


def test_chained_backends_use_only_secure_members(tmp_path: Path, keyring_backend) -> None:
    # A chain whose only members are insecure must not fall through to the file.
    class Chain(ChainerBackend):
        backends = [PlaintextKeyring(tmp_path / "k.json"), keyring.backends.fail.Keyring()]

    keyring_backend(Chain())
    with pytest.raises(UserFacingError):
        SecretStore().set_key("acct_1-test", "sk_test_" + BODY)
    assert not (tmp_path / "k.json").exists()
