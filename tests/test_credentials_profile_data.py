"""Removing a profile removes every per-profile file it had, not only its cache."""

from __future__ import annotations

from pathlib import Path

from services.credentials import PROFILE_DATA_FOLDERS, AccountManager, ProfileStore, SecretStore
from services.sandbox.server import SandboxServer


def test_removing_a_profile_deletes_its_cache_and_draft_folders(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    manager = AccountManager(ProfileStore(tmp_path / "config"), SecretStore(), tmp_path / "data")
    profile = manager.add_ephemeral_account(sandbox.api_key, sandbox.url, "Sandbox")
    cache = manager.cache_path(profile.id)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"sqlite")
    drafts = cache.with_name(f"{profile.id}.portal-drafts.json")
    drafts.write_text("{}")
    neighbour = cache.with_name("another-profile.portal-drafts.json")
    neighbour.write_text("{}")
    for folder in PROFILE_DATA_FOLDERS:
        for pid in (profile.id, "another-profile"):
            (tmp_path / "data" / folder / pid).mkdir(parents=True)
            (tmp_path / "data" / folder / pid / "draft.json").write_text("{}")

    assert manager.remove_profile(profile.id)

    assert not cache.exists()
    assert not drafts.exists()
    assert neighbour.exists()
    for folder in PROFILE_DATA_FOLDERS:
        assert not (tmp_path / "data" / folder / profile.id).exists()
        assert (tmp_path / "data" / folder / "another-profile" / "draft.json").exists()
