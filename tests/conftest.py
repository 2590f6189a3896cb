"""Shared pytest fixtures: the local Stripe sandbox over real HTTP, and Qt's offscreen platform."""

from __future__ import annotations

import os
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import stripe

from services.sandbox.server import SandboxServer

pytest_plugins = ["tests.keyring_support"]


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A fresh, empty sandbox (rate limits off) for one test."""
    srv = SandboxServer(seed="empty").start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def demo_sandbox() -> Iterator[SandboxServer]:
    """One sandbox with the demo seed, shared by the session: do not mutate destructively."""
    srv = SandboxServer(seed="demo").start()
    try:
        yield srv
    finally:
        srv.stop()


def make_client(
    srv: SandboxServer, key: str | None = None, **kwargs: object
) -> stripe.StripeClient:
    """A real StripeClient pointed at ``srv``."""
    return stripe.StripeClient(
        key or srv.api_key,
        base_addresses={"api": srv.url},
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def stripe_client(sandbox: SandboxServer) -> stripe.StripeClient:
    return make_client(sandbox)
