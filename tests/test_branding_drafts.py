"""Unsaved branding edits: what a draft changes, and that drafts survive on disk."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from services.branding.atomic import atomic_write_bytes
from services.branding.drafts import Draft, DraftImage, DraftStore
from services.branding.model import Branding

BASE = Branding(icon="file_icon", primary_color="#0e7c86", secondary_color="#f4f1ea")


def image(store: DraftStore, data: bytes = b"\x89PNG fake") -> DraftImage:
    sha = store.put_image(data)
    return DraftImage(sha, "icon.png", "png", 256, 256, len(data))


def test_changed_and_invalid_fields() -> None:
    draft = Draft("acct_1", BASE)
    assert draft.is_empty() and draft.effective() == BASE
    same = draft.edited(primary_color="#0E7C86")  # the saved colour, typed differently
    assert same.is_empty()
    typing = draft.edited(primary_color="#12")
    assert typing.changed_fields() == ["primary_color"]
    assert typing.invalid_fields() == ["primary_color"]
    assert typing.effective().primary_color == "#0e7c86"  # invalid text is not previewed
    edited = draft.edited(primary_color="123456", secondary_color="  ")
    assert edited.changed_fields() == ["primary_color"] and edited.invalid_fields() == []
    assert edited.effective().primary_color == "#123456"
    assert edited.effective().secondary_color == "#f4f1ea"
    assert edited.updated_at > 0


def test_store_keeps_drafts_and_images_across_instances(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    icon = image(store, b"\x89PNG icon bytes")
    draft = Draft("acct_1", BASE).edited(primary_color="#123456", icon=icon)
    store.save(draft, persist=False)
    assert store.unwritten
    assert DraftStore(tmp_path / "drafts").get("acct_1") is None  # not on disk yet
    store.flush()
    assert not store.unwritten
    platform = Draft("", Branding()).edited(secondary_color="#000000")
    store.save(platform)

    again = DraftStore(tmp_path / "drafts")
    assert set(again.all()) == {"acct_1", ""}
    restored = again.get("acct_1")
    assert restored == draft
    assert restored is not None and restored.effective().icon == icon.key
    assert again.image_bytes(icon.sha256) == b"\x89PNG icon bytes"
    assert (tmp_path / "drafts" / "platform.json").exists()
    mode = stat.S_IMODE(os.stat(tmp_path / "drafts" / "acct_1.json").st_mode)
    assert mode == 0o600


def test_discard_removes_the_file_and_unused_images(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    shared = image(store, b"shared")
    store.save(Draft("a", BASE).edited(icon=shared))
    store.save(Draft("b", BASE).edited(logo=shared, primary_color="#000"))
    only_a = image(store, b"only a")
    store.save(Draft("a", BASE).edited(icon=only_a))
    store.discard("a")
    assert not (tmp_path / "a.json").exists()
    assert DraftStore(tmp_path).image_bytes(shared.sha256) == b"shared"  # b still uses it
    assert DraftStore(tmp_path).image_bytes(only_a.sha256) is None
    store.save(Draft("b", BASE))  # an empty draft discards
    assert DraftStore(tmp_path).all() == {}


def test_damaged_or_tampered_files_are_skipped(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    icon = image(store, b"original")
    store.save(Draft("good", BASE).edited(icon=icon))
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "blobs" / icon.sha256).write_bytes(b"tampered")
    again = DraftStore(tmp_path)
    assert set(again.all()) == {"good"}
    assert again.image_bytes(icon.sha256) is None  # content no longer matches its hash


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.png"
    atomic_write_bytes(target, b"first")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    os.chmod(target, 0o640)
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file's mode is kept

    with pytest.raises(TypeError):
        atomic_write_bytes(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]
