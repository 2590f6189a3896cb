"""Clearing a connected account's branding with empty strings, as Stripe's API allows."""

from __future__ import annotations

import stripe

from services.sandbox.server import SandboxServer
from tests.conftest import make_client


def test_empty_strings_clear_icon_and_colours(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    acct = client.v1.accounts.create({"type": "express", "email": "a@example.com"})
    set_ = client.v1.accounts.update(
        acct.id, {"settings": {"branding": {"primary_color": "#123456"}}}
    )
    assert set_.settings is not None
    assert set_.settings.branding.primary_color == "#123456"
    cleared = client.v1.accounts.update(
        acct.id, {"settings": {"branding": {"primary_color": "", "icon": ""}}}
    )
    assert cleared.settings is not None
    assert cleared.settings.branding.primary_color is None
    assert cleared.settings.branding.icon is None


def test_unknown_icon_file_is_still_refused(sandbox: SandboxServer) -> None:
    client = make_client(sandbox)
    acct = client.v1.accounts.create({"type": "express", "email": "b@example.com"})
    try:
        client.v1.accounts.update(acct.id, {"settings": {"branding": {"icon": "file_nope"}}})
    except stripe.InvalidRequestError as exc:
        assert exc.param == "settings[branding][icon]"
    else:
        raise AssertionError("an unknown file id was accepted")
