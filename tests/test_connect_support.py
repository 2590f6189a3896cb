"""Shared helpers for the Connect panel tests (no tests here).

A demo sandbox is synced once into a cache file; each test copies that file into a fresh
AppContext's profile so it starts from a synced cache without re-syncing (about nine
seconds for the demo). Tests that change data use their own sandbox (module scoped).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring.backends.fail
import stripe

from desktop.app import build_context
from desktop.context import AppContext
from desktop.settings import Settings
from services.cache.db import Cache
from services.credentials import Profile, SecretStore
from services.gateway import StripeGateway
from services.sandbox.server import SandboxServer
from services.sync.service import sync_once

RIVERA = "acct_1RiveraYogaStudio"  # full Dashboard (standard)
NORDLICHT = "acct_1NordlichtDesign0"  # Express Dashboard
SAKURA = "acct_1SakuraTeaHouse00"  # no Dashboard (custom)
OLD_TOWN = "acct_1OldTownBarbers000"  # full Dashboard, deauthorized
PLATFORM_APP = "ca_CounterfoilPlatform"
NOT_OURS = (
    "This subscription was not created by your platform, so your platform cannot update "
    "or cancel it."
)
FOREIGN_INVOICE = (
    "Your platform cannot add an application_fee_amount to an invoice it did not create"
)
REASON_NOT_OURS = "the platform cannot update or cancel a subscription it did not create"


def sync_into(srv: SandboxServer, path: Path) -> Path:
    """Full-sync ``srv`` into a new cache file at ``path`` (closed afterwards)."""
    cache = Cache.open(path)
    try:
        sync_once(StripeGateway(srv.api_key, srv.url).client, cache, full=True)
    finally:
        cache.close()
    return path


def copy_cache(source: Path, target: Path) -> None:
    """A consistent copy of a cache file (SQLite's backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def client_for(srv: SandboxServer) -> stripe.StripeClient:
    return stripe.StripeClient(srv.api_key, base_addresses={"api": srv.url})


@dataclass
class Confirmer:
    """A live-write confirmer that records what it was asked and answers ``answer``."""

    answer: bool = True
    calls: list[dict[str, Any]] = field(default_factory=list)

    def __call__(self, parent: Any, **kwargs: Any) -> bool:
        self.calls.append(kwargs)
        return self.answer


def make_context(tmp_path: Path, confirmer: Callable[..., bool] | None = None) -> AppContext:
    kwargs: dict[str, Any] = {}
    if confirmer is not None:
        kwargs["confirmer"] = confirmer
    return build_context(
        settings=Settings.at_path(str(tmp_path / "settings.ini")),
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        secrets=SecretStore(backend=keyring.backends.fail.Keyring()),
        **kwargs,
    )


def open_synced(
    ctx: AppContext, qtbot: Any, srv: SandboxServer, cache_file: Path, key: str | None = None
) -> Profile:
    """Open an in-memory profile for ``srv`` on a copy of ``cache_file`` (no sync)."""
    profile = ctx.accounts.add_ephemeral_account(
        key or srv.api_key, api_base=srv.url, display_name="Demo platform"
    )
    copy_cache(cache_file, ctx.accounts.cache_path(profile.id))
    with qtbot.waitSignal(ctx.profile_changed, timeout=20_000):
        ctx.switch_profile(profile.id, sync=False)
    return profile


def wait_idle(ctx: AppContext, qtbot: Any, timeout: float = 30.0) -> None:
    assert ctx.runner.wait_idle(timeout), "background tasks did not finish"
    qtbot.wait(10)


def incremental_sync(ctx: AppContext) -> None:
    """Bring the open profile's cache up to date (events since the copy) synchronously."""
    session = ctx.session
    assert session is not None and session.cache is not None
    sync_once(session.gateway.client, session.cache)
