"""The hosted portal page the sandbox serves for a session URL, fetched over real HTTP."""

from __future__ import annotations

import base64
import urllib.error
import urllib.request
from typing import Any

import pytest
import stripe

from services.sandbox.server import SandboxServer
from tests.test_sandbox_files import Named, png
from tests.test_sandbox_portal_sessions import World, as_acct, every_feature, make_world


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def page(world: World, **params: Any) -> str:
    status, html = fetch(world.session(**params).url)
    assert status == 200
    return html


def section_ids(html: str) -> set[str]:
    return {
        s
        for s in (
            "subscriptions",
            "payment-methods",
            "billing-information",
            "invoice-history",
            "flow",
        )
        if f'id="{s}"' in html
    }


@pytest.fixture
def world(stripe_client: stripe.StripeClient) -> World:
    return make_world(stripe_client)


# -- content ------------------------------------------------------------------------------
def test_page_shows_business_subscription_and_every_enabled_section(world: World) -> None:
    html = page(world)
    assert html.startswith("<!doctype html>")
    assert "<title>Counterfoil Demo Co. – Billing</title>" in html
    assert "Counterfoil Demo Co. partners with Stripe for simplified billing." in html
    assert section_ids(html) == {
        "subscriptions",
        "payment-methods",
        "billing-information",
        "invoice-history",
    }
    assert f'data-id="{world.subscription}"' in html
    assert "Pro plan" in html and "$15.00 per month" in html
    assert ">Update plan<" in html and ">Cancel<" in html
    assert "Visa •••• 4242" in html  # the customer's card
    assert "buyer@example.com" in html  # billing information
    assert "$15.00" in html and ">paid<" in html  # the first invoice in the history
    assert "--brand:#635bff" in html  # the platform's brand colour on buttons
    assert "Test mode" in html


def test_sections_and_buttons_follow_the_configuration(stripe_client: stripe.StripeClient) -> None:
    w = make_world(stripe_client, features={"invoice_history": {"enabled": True}})
    html = page(w)
    assert section_ids(html) == {"subscriptions", "invoice-history"}
    assert ">Update plan<" not in html and ">Cancel<" not in html
    cancel_only = w.configure(subscription_cancel={"enabled": True})
    html = page(w, configuration=cancel_only)
    assert section_ids(html) == {"subscriptions"}
    assert ">Cancel<" in html and ">Update plan<" not in html
    methods = w.configure(
        payment_method_update={"enabled": True},
        customer_update={"enabled": True, "allowed_updates": ["email"]},
    )
    assert section_ids(page(w, configuration=methods)) == {
        "subscriptions",
        "payment-methods",
        "billing-information",
    }


def test_update_plan_hidden_where_the_portal_can_only_cancel(world: World) -> None:
    invoiced = world.subscribe(collection_method="send_invoice", days_until_due=30).id
    html = page(world)
    row = html.split(f'data-id="{invoiced}"', 1)[1].split('class="row subscription"', 1)[0]
    assert ">Cancel<" in row and ">Update plan<" not in row
    world.client.v1.subscriptions.cancel(world.subscription)
    assert f'data-id="{world.subscription}"' not in page(world)  # canceled: not shown


def test_return_link_only_with_a_return_url(stripe_client: stripe.StripeClient) -> None:
    w = make_world(stripe_client, return_url=None)
    assert 'id="return-link"' not in page(w)
    html = page(w, return_url="https://shop.example/back?x=1&y=2")
    assert (
        '<a class="return" id="return-link" href="https://shop.example/back?x=1&amp;y=2">'
        "← Return to Counterfoil Demo Co.</a>"
    ) in html


def test_headline_terms_and_privacy(stripe_client: stripe.StripeClient) -> None:
    w = make_world(
        stripe_client,
        business_profile={
            "headline": "Manage <your> plan",
            "terms_of_service_url": "https://shop.example/terms",
            "privacy_policy_url": "https://shop.example/privacy",
        },
    )
    html = page(w)
    assert "Manage &lt;your&gt; plan" in html
    assert "partners with Stripe" not in html
    assert '<a href="https://shop.example/terms">Terms</a>' in html
    assert '<a href="https://shop.example/privacy">Privacy</a>' in html


def test_locale_sets_the_page_language(world: World) -> None:
    assert '<html lang="fr-CA">' in page(world, locale="fr-CA")
    assert '<html lang="en">' in page(world, locale="auto")


# -- branding ------------------------------------------------------------------------------
def _branded_account(client: stripe.StripeClient, name: str, color: str) -> tuple[str, bytes]:
    acct = client.v1.accounts.create({"type": "express", "business_profile": {"name": name}}).id
    icon = png(128, 128)
    file_id = client.v1.files.create(
        {"purpose": "business_icon", "file": Named(icon, "icon.png")}
    ).id  # type: ignore[typeddict-item]
    client.v1.accounts.update(
        acct, {"settings": {"branding": {"icon": file_id, "primary_color": color}}}
    )
    return acct, icon


def test_connected_account_branding(sandbox: SandboxServer) -> None:
    client = stripe.StripeClient(
        sandbox.api_key, base_addresses={"api": sandbox.url, "files": sandbox.url}
    )
    acct, icon = _branded_account(client, "Rivera Yoga", "#0e7c86")
    w = make_world(client, acct)
    html = page(w)
    assert "--brand:#0e7c86" in html
    assert "Rivera Yoga partners with Stripe for simplified billing." in html
    assert f"data:image/png;base64,{base64.b64encode(icon).decode()}" in html
    assert "Counterfoil Demo Co." not in html


def test_on_behalf_of_branding(sandbox: SandboxServer) -> None:
    client = stripe.StripeClient(
        sandbox.api_key, base_addresses={"api": sandbox.url, "files": sandbox.url}
    )
    acct, _ = _branded_account(client, "Studio North", "#ffd400")
    w = make_world(client)
    html = page(w, on_behalf_of=acct)
    assert "--brand:#ffd400" in html and "--on-brand:#1a1f36" in html  # dark text on yellow
    assert "← Return to Studio North" in html
    # Only subscriptions made on behalf of that account appear.
    assert f'data-id="{w.subscription}"' not in html
    obo = w.subscribe(on_behalf_of=acct).id
    assert f'data-id="{obo}"' in page(w, on_behalf_of=acct)


# -- flows on the page -------------------------------------------------------------------------
def test_flow_panels(world: World) -> None:
    coupon = world.client.v1.coupons.create({"percent_off": 30, "duration": "once"}).id
    html = page(
        world,
        flow_data={
            "type": "subscription_cancel",
            "subscription_cancel": {
                "subscription": world.subscription,
                "retention": {"type": "coupon_offer", "coupon_offer": {"coupon": coupon}},
            },
            "after_completion": {
                "type": "hosted_confirmation",
                "hosted_confirmation": {"custom_message": "See you soon"},
            },
        },
    )
    assert 'id="flow" data-type="subscription_cancel"' in html
    assert "Cancel your plan" in html and "get 30% off if you stay" in html
    assert "See you soon" in html
    html = page(
        world,
        flow_data={
            "type": "subscription_update_confirm",
            "subscription_update_confirm": {
                "subscription": world.subscription,
                "items": [{"id": world.item, "price": world.yearly}],
            },
        },
    )
    assert "Confirm your update" in html and "$150.00 per year" in html
    assert 'data-type="payment_method_update"' in page(
        world, flow_data={"type": "payment_method_update"}
    )


# -- lifetime -----------------------------------------------------------------------------------
def test_unused_session_expires_after_five_minutes(world: World, sandbox: SandboxServer) -> None:
    fresh = world.session().url
    stale = world.session().url
    sandbox.state.clock_offset += 299
    assert fetch(fresh)[0] == 200  # first visit within 5 minutes
    sandbox.state.clock_offset += 2
    status, html = fetch(stale)  # never visited, now 301 s old
    assert status == 410
    assert "This session has expired" in html
    assert "Return to Counterfoil Demo Co.</a>" in html
    assert fetch(fresh)[0] == 200  # visited: valid for an hour after the latest visit


def test_used_session_lives_an_hour_after_the_latest_visit(
    world: World, sandbox: SandboxServer
) -> None:
    url = world.session().url
    assert fetch(url)[0] == 200
    sandbox.state.clock_offset += 50 * 60
    assert fetch(url)[0] == 200  # 50 minutes later: still fine, and the hour restarts
    sandbox.state.clock_offset += 59 * 60
    assert fetch(url)[0] == 200
    sandbox.state.clock_offset += 60 * 60 + 1
    assert fetch(url)[0] == 410


def test_unknown_session_link(sandbox: SandboxServer) -> None:
    status, html = fetch(f"{sandbox.url}/p/session/not-a-token")
    assert status == 404 and "not valid" in html


def test_configuration_used_by_a_connected_account_session(
    stripe_client: stripe.StripeClient,
) -> None:
    acct = stripe_client.v1.accounts.create({"type": "custom"}).id
    w = make_world(stripe_client, acct, features=every_feature(*_catalog_for(stripe_client, acct)))
    html = page(w)
    assert section_ids(html) == {
        "subscriptions",
        "payment-methods",
        "billing-information",
        "invoice-history",
    }
    assert f'data-id="{w.subscription}"' in html


def _catalog_for(client: stripe.StripeClient, acct: str) -> tuple[str, list[str]]:
    product = client.v1.products.create({"name": "Other"}, as_acct(acct)).id
    price = client.v1.prices.create(
        {
            "product": product,
            "currency": "usd",
            "unit_amount": 700,
            "recurring": {"interval": "week"},
        },
        as_acct(acct),
    ).id
    return product, [price]
