"""The sandbox's platform and connected accounts through the real stripe SDK."""

from __future__ import annotations

import io
from typing import Any

import pytest
import stripe

from services.sandbox.app import KeyInfo, Request
from services.sandbox.resources.accounts import new_connected_account
from services.sandbox.seeds import PLATFORM_ID
from services.sandbox.server import SandboxServer
from tests.test_sandbox_files import gif, jpeg, png


class Named(io.BytesIO):
    def __init__(self, data: bytes, name: str) -> None:
        super().__init__(data)
        self.name = name


@pytest.fixture
def client(sandbox: SandboxServer) -> stripe.StripeClient:
    return stripe.StripeClient(
        sandbox.api_key, base_addresses={"api": sandbox.url, "files": sandbox.url}
    )


def as_acct(acct: str) -> Any:
    return {"stripe_account": acct}


def upload(
    client: stripe.StripeClient,
    data: bytes,
    purpose: str,
    name: str = "i.png",
    acct: str | None = None,
) -> str:
    f = client.v1.files.create(
        {"purpose": purpose, "file": Named(data, name)},  # type: ignore[typeddict-item]
        as_acct(acct) if acct else None,
    )
    return f.id


# -- the platform ------------------------------------------------------------------------
def test_platform_account_has_the_full_shape(client: stripe.StripeClient) -> None:
    me = client.v1.accounts.retrieve_current()
    assert me.id == PLATFORM_ID
    assert me.object == "account"
    assert me.settings is not None
    assert me.settings.branding.primary_color == "#635bff"
    assert me.settings.dashboard.display_name == "Counterfoil Demo Co."
    raw = me.to_dict()
    # Every nested field of Stripe's example is there, even those the seed did not set.
    assert raw["settings"]["card_payments"]["decline_on"] == {
        "avs_failure": False,
        "cvc_failure": False,
    }
    assert set(raw["requirements"]) >= {
        "currently_due",
        "eventually_due",
        "past_due",
        "disabled_reason",
        "current_deadline",
    }
    assert client.v1.accounts.retrieve(PLATFORM_ID).to_dict() == raw


def test_platform_settings_cannot_be_updated_here(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.update(
            PLATFORM_ID, {"settings": {"branding": {"primary_color": "#000000"}}}
        )
    e = exc.value
    assert (e.http_status, e.param) == (400, "account")
    assert e.user_message == (
        f"You cannot update your own account ('{PLATFORM_ID}') with this endpoint, which "
        "updates connected accounts. To update your own account, use the Dashboard."
    )
    assert client.v1.accounts.retrieve_current().settings.branding.primary_color == "#635bff"


# -- creating connected accounts ------------------------------------------------------------
@pytest.mark.parametrize(
    ("params", "kind", "dashboard", "payer", "losses", "collection"),
    [
        ({}, "standard", "full", "account", "stripe", "stripe"),
        ({"type": "standard"}, "standard", "full", "account", "stripe", "stripe"),
        ({"type": "express"}, "express", "express", "application_express", "application", "stripe"),
        ({"type": "custom"}, "custom", "none", "application_custom", "application", "application"),
        (
            {"controller": {"stripe_dashboard": {"type": "full"}}},
            "standard",
            "full",
            "account",
            "stripe",
            "stripe",
        ),
        (
            {"controller": {"stripe_dashboard": {"type": "express"}}},
            "express",
            "express",
            "application",
            "application",
            "stripe",
        ),
        (
            {"controller": {"stripe_dashboard": {"type": "none"}}},
            "custom",
            "none",
            "application",
            "application",
            "application",
        ),
        (
            {
                "controller": {
                    "stripe_dashboard": {"type": "none"},
                    "requirement_collection": "stripe",
                }
            },
            "none",
            "none",
            "application",
            "application",
            "stripe",
        ),
    ],
)
def test_create_connected_account_kinds(
    client: stripe.StripeClient,
    params: dict[str, Any],
    kind: str,
    dashboard: str,
    payer: str,
    losses: str,
    collection: str,
) -> None:
    acct = client.v1.accounts.create(
        {
            **params,
            "business_profile": {"name": "Rivera Yoga"},
            "email": "ana@rivera.example",
            "country": "FR",
        }
    )
    assert acct.id.startswith("acct_")
    assert acct.type == kind
    c = acct.controller
    assert c is not None and c.type == "application" and c.is_controller is True
    assert c.stripe_dashboard is not None and c.stripe_dashboard.type == dashboard
    assert c.fees is not None and c.fees.payer == payer
    assert c.losses is not None and c.losses.payments == losses
    assert c.requirement_collection == collection
    assert acct.business_profile is not None and acct.business_profile.name == "Rivera Yoga"
    assert acct.settings is not None and acct.settings.dashboard.display_name == "Rivera Yoga"
    assert (acct.country, acct.default_currency, acct.email) == ("FR", "eur", "ana@rivera.example")
    # A new account is not onboarded yet.
    assert acct.charges_enabled is False and acct.payouts_enabled is False
    assert acct.details_submitted is False
    assert acct.requirements is not None
    assert "external_account" in acct.requirements.currently_due
    assert acct.requirements.disabled_reason == "requirements.past_due"
    assert client.v1.accounts.retrieve(acct.id).to_dict() == acct.to_dict()


def test_type_and_controller_together_are_refused(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.create(
            {"type": "express", "controller": {"stripe_dashboard": {"type": "express"}}}
        )
    assert (exc.value.http_status, exc.value.param) == (400, "controller")
    assert exc.value.user_message == (
        "You cannot specify both `type` and `controller`: the "
        "`controller` properties replace account types."
    )


def test_unsupported_controller_combinations(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.create(
            {"controller": {"stripe_dashboard": {"type": "full"}, "fees": {"payer": "application"}}}
        )
    assert exc.value.param == "controller[stripe_dashboard][type]"
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.create(
            {
                "controller": {
                    "stripe_dashboard": {"type": "express"},
                    "losses": {"payments": "application"},
                    "fees": {"payer": "account"},
                }
            }
        )
    assert exc.value.param == "controller[fees][payer]"
    assert exc.value.user_message == (
        "Setting `controller[losses][payments]=application` "
        "requires `controller[fees][payer]=application`."
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.create(
            {
                "controller": {
                    "stripe_dashboard": {"type": "express"},
                    "requirement_collection": "application",
                }
            }
        )
    assert exc.value.param == "controller[requirement_collection]"
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.create({"type": "platinum"})  # type: ignore[typeddict-item]
    assert exc.value.param == "type"
    assert exc.value.user_message == "Invalid type: must be one of custom, express, or standard"


def test_connected_account_cannot_create_accounts(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "custom"})
    with pytest.raises(stripe.PermissionError) as exc:
        client.v1.accounts.create({"type": "custom"}, as_acct(acct.id))
    assert exc.value.http_status == 403


# -- reading --------------------------------------------------------------------------------
def test_list_newest_first_with_pagination(client: stripe.StripeClient) -> None:
    made = [client.v1.accounts.create({"type": "express"}).id for _ in range(3)]
    page = client.v1.accounts.list({"limit": 2})
    assert [a.id for a in page.data] == made[::-1][:2]
    assert page.has_more is True
    rest = client.v1.accounts.list({"limit": 2, "starting_after": page.data[-1].id})
    assert [a.id for a in rest.data] == [made[0]] and rest.has_more is False
    everything = [a.id for a in client.v1.accounts.list().auto_paging_iter()]
    assert everything == made[::-1]


def test_retrieve_missing_and_current_with_stripe_account(client: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.retrieve("acct_nope")
    e = exc.value
    assert (e.http_status, e.code, e.param) == (404, "resource_missing", "account")
    assert e.user_message == "No such account: 'acct_nope'"
    acct = client.v1.accounts.create({"type": "express", "business_profile": {"name": "Studio"}})
    me = client.v1.accounts.retrieve_current(None, as_acct(acct.id))
    assert me.id == acct.id and me.business_profile.name == "Studio"
    # A connected account sees no connected accounts of its own.
    assert client.v1.accounts.list(None, as_acct(acct.id)).data == []


# -- branding -----------------------------------------------------------------------------
def test_update_branding_of_an_express_account(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "express", "business_profile": {"name": "Studio"}})
    icon = upload(client, png(256, 256), "business_icon")
    logo = upload(client, jpeg(600, 200), "business_logo", "logo.jpg")
    updated = client.v1.accounts.update(
        acct.id,
        {
            "settings": {
                "branding": {
                    "icon": icon,
                    "logo": logo,
                    "primary_color": "#0E7C86",
                    "secondary_color": "#f4f1ea",
                }
            }
        },
    )
    branding = updated.settings.branding
    assert (branding.icon, branding.logo) == (icon, logo)
    assert (branding.primary_color, branding.secondary_color) == ("#0E7C86", "#f4f1ea")
    # Other settings keep Stripe's full shape.
    assert updated.to_dict()["settings"]["payouts"]["schedule"] == {
        "delay_days": None,
        "interval": None,
    }
    events = client.v1.events.list({"type": "account.updated"}, as_acct(acct.id))
    assert len(events.data) == 1
    event = events.data[0]
    assert event.account == acct.id
    assert event.data.object["settings"]["branding"]["icon"] == icon
    assert event.data.previous_attributes.to_dict() == {
        "settings": {
            "branding": {"icon": None, "logo": None, "primary_color": None, "secondary_color": None}
        }
    }
    # A second, partial update keeps what it does not name.
    again = client.v1.accounts.update(
        acct.id, {"settings": {"branding": {"primary_color": "#112233"}}}
    )
    assert again.settings.branding.icon == icon
    latest = client.v1.events.list({"type": "account.updated"}, as_acct(acct.id)).data[0]
    assert latest.data.previous_attributes.to_dict() == {
        "settings": {"branding": {"primary_color": "#0E7C86"}}
    }


@pytest.mark.parametrize("color", ["red", "#12345", "#1234567", "0e7c86", "#GGGGGG", "#fff"])
def test_branding_colors_must_be_rrggbb(client: stripe.StripeClient, color: str) -> None:
    acct = client.v1.accounts.create({"type": "custom"})
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.update(acct.id, {"settings": {"branding": {"secondary_color": color}}})
    e = exc.value
    assert (e.http_status, e.param) == (400, "settings[branding][secondary_color]")
    assert e.user_message == (
        f"Invalid hex color: '{color}'. secondary_color must be a CSS "
        "hex color in the form #RRGGBB, such as #0a2540."
    )


def test_branding_files_must_have_the_right_purpose_and_size(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "express"}).id
    logo = upload(client, png(256, 256), "business_logo")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.update(acct, {"settings": {"branding": {"icon": logo}}})
    assert exc.value.param == "settings[branding][icon]"
    assert exc.value.user_message == (
        f"The file '{logo}' has purpose `business_logo`, but "
        "settings[branding][icon] needs a file with purpose "
        "`business_icon`."
    )
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.update(acct, {"settings": {"branding": {"logo": "file_nope"}}})
    assert (exc.value.code, exc.value.param) == ("resource_missing", "settings[branding][logo]")
    assert exc.value.user_message == "No such file upload: 'file_nope'"
    wide = upload(client, gif(256, 128), "business_icon", "i.gif")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.update(acct, {"settings": {"branding": {"icon": wide}}})
    assert exc.value.user_message == f"The icon must be square; '{wide}' is 256x128 pixels."
    tiny = upload(client, png(64, 64), "business_icon")
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.update(acct, {"settings": {"branding": {"icon": tiny}}})
    assert exc.value.user_message == (
        f"The icon must be at least 128x128 pixels; '{tiny}' is 64x64 pixels."
    )
    # Nothing was changed by the refused updates.
    assert client.v1.accounts.retrieve(acct).settings.branding.icon is None


def test_files_uploaded_on_the_connected_account_can_brand_it(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "custom"}).id
    icon = upload(client, png(), "business_icon", acct=acct)
    out = client.v1.accounts.update(acct, {"settings": {"branding": {"icon": icon}}})
    assert out.settings.branding.icon == icon


def test_full_dashboard_accounts_manage_their_own_branding(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "standard"}).id
    with pytest.raises(stripe.PermissionError) as exc:
        client.v1.accounts.update(acct, {"settings": {"branding": {"primary_color": "#000000"}}})
    e = exc.value
    assert e.http_status == 403
    assert e.user_message == (
        "This application does not have the required permissions for this endpoint on "
        f"account '{acct}'. Accounts with access to the full Stripe Dashboard manage their own "
        "settings; the platform can only update `metadata` (refused: settings)."
    )
    ok = client.v1.accounts.update(acct, {"metadata": {"crm_id": "42"}})
    assert ok.metadata.to_dict() == {"crm_id": "42"}


def test_updates_that_satisfy_requirements_enable_the_account(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "custom", "business_type": "company"})
    assert "business_type" not in acct.requirements.currently_due
    done = client.v1.accounts.update(
        acct.id,
        {
            "business_profile": {"mcc": "5734", "url": "https://studio.example"},
            "external_account": "btok_us_verified",
            "tos_acceptance": {"date": 1_700_000_000, "ip": "203.0.113.9"},
        },
    )
    assert done.requirements.currently_due == []
    assert done.requirements.disabled_reason is None
    assert (done.charges_enabled, done.payouts_enabled, done.details_submitted) == (
        True,
        True,
        True,
    )
    assert done.capabilities.to_dict() == {"card_payments": "active", "transfers": "active"}
    event = client.v1.events.list({"type": "account.updated"}, as_acct(acct.id)).data[0]
    assert event.data.previous_attributes["charges_enabled"] is False


# -- deauthorization and deletion ---------------------------------------------------------------
def test_deauthorized_account_is_refused(
    client: stripe.StripeClient, sandbox: SandboxServer
) -> None:
    acct = client.v1.accounts.create({"type": "standard"}).id
    kept = client.v1.accounts.create({"type": "express"}).id
    event = sandbox.deauthorize(acct)
    assert event["type"] == "account.application.deauthorized"
    listed = client.v1.events.list({"type": "account.application.deauthorized"})
    assert len(listed.data) == 1
    assert listed.data[0].account == acct
    assert listed.data[0].data.object["object"] == "application"
    assert listed.data[0].data.object["id"] == "ca_CounterfoilPlatform"
    with pytest.raises(stripe.PermissionError) as exc:
        client.v1.customers.list(None, as_acct(acct))
    assert exc.value.http_status == 403
    assert exc.value.error is not None and exc.value.error.code == "account_invalid"
    with pytest.raises(stripe.PermissionError) as exc:
        client.v1.accounts.retrieve(acct)
    assert exc.value.error is not None and exc.value.error.code == "account_invalid"
    assert [a.id for a in client.v1.accounts.list().data] == [kept]
    with pytest.raises(KeyError):
        sandbox.deauthorize("acct_unknown")


def test_delete_connected_account(client: stripe.StripeClient) -> None:
    acct = client.v1.accounts.create({"type": "custom"}).id
    gone = client.v1.accounts.delete(acct)
    assert (gone.id, gone.deleted) == (acct, True)
    assert client.v1.accounts.list().data == []
    with pytest.raises(stripe.InvalidRequestError) as exc:
        client.v1.accounts.retrieve(acct)
    assert exc.value.http_status == 404


# -- the seed builder --------------------------------------------------------------------------
def test_new_connected_account_builder_for_seeds(
    client: stripe.StripeClient, sandbox: SandboxServer
) -> None:
    req = Request(sandbox.app, "post", "/seed", {}, "", KeyInfo(), {}, "req_seed")
    with sandbox.state.lock:
        obj = new_connected_account(
            req, name="Seeded Gym", dashboard="none", branding={"primary_color": "#aa3300"}
        )
        sandbox.state.add(obj, "")
    got = client.v1.accounts.retrieve(obj["id"])
    assert got.type == "custom"
    assert got.charges_enabled is True and got.requirements.currently_due == []
    assert got.settings.branding.primary_color == "#aa3300"
    assert got.settings.dashboard.display_name == "Seeded Gym"
    assert got.capabilities.to_dict() == {"card_payments": "active", "transfers": "active"}
    with pytest.raises(ValueError):
        new_connected_account(req, name="x", dashboard="platinum")  # type: ignore[arg-type]
