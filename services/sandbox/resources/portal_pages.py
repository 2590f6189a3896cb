"""The hosted customer portal pages the sandbox serves (plain HTML, no scripts).

``/p/session/<token>``: a portal session's page. It shows the business name and icon
(the branding of the session's account, or of its ``on_behalf_of`` account), the
configuration's headline (or "{business} partners with Stripe for simplified
billing."), the customer's subscriptions with "Update plan" / "Cancel" only where the
configuration and Stripe's limitations allow, and the payment methods, billing
information and invoice history sections the configuration enables; buttons use the
brand colour (``settings.branding.primary_color``); "Return to {business}" appears only
when the session has a return URL; terms and privacy links come from the configuration.
A session URL expires 5 minutes after creation if unused; once visited it stays valid
until 1 hour after the latest visit (Stripe's lifetime); an expired one answers 410.
Time is ``store.now()``, so tests move it with ``store.clock_offset``.

``/p/login/<token>``: a configuration's login page (``login_page.url``).
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from html import escape
from typing import Any

from services.currency import ZERO_DECIMAL as _ZERO_DECIMAL
from services.sandbox.app import SandboxApp, page
from services.sandbox.resources.accounts import brand_account, business_name
from services.sandbox.resources.billing_common import indexed
from services.sandbox.resources.files import file_content
from services.sandbox.resources.portal_sessions import (
    cancel_blocker,
    items_of,
    price_of,
    update_blocker,
)

UNUSED_LIFETIME = 5 * 60
ACTIVE_LIFETIME = 60 * 60
DEFAULT_BRAND = "#635bff"
_SYMBOLS = {
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "jpy": "¥",
    "cad": "CA$",
    "aud": "A$",
    "chf": "CHF ",
    "inr": "₹",
}
_FLOW_TITLES = {
    "customer_update": "Update your information",
    "payment_method_update": "Add a payment method",
    "subscription_cancel": "Cancel your plan",
    "subscription_pause": "Pause your subscription",
    "subscription_update": "Update your plan",
    "subscription_update_confirm": "Confirm your update",
}


# -- expiry ------------------------------------------------------------------------------
def is_expired(entry: dict[str, Any], now: int) -> bool:
    """Stripe's portal session lifetime: 5 minutes unused, then 1 hour after last use."""
    last = entry.get("last_used")
    if last is None:
        return now - int(entry["created"]) > UNUSED_LIFETIME
    return now - int(last) > ACTIVE_LIFETIME


# -- formatting --------------------------------------------------------------------------
def money(amount: Any, currency: Any) -> str:
    cur = str(currency or "usd").lower()
    value = int(amount or 0)
    text = f"{value:,}" if cur in _ZERO_DECIMAL else f"{value / 100:,.2f}"
    symbol = _SYMBOLS.get(cur)
    return f"{symbol}{text}" if symbol else f"{text} {cur.upper()}"


def day(ts: Any) -> str:
    if not ts:
        return ""
    moment = datetime.fromtimestamp(int(ts), UTC)
    return f"{moment:%b} {moment.day}, {moment.year}"


def _text_on(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (#RRGGBB)."""
    try:
        r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    except ValueError:
        return "#ffffff"
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#1a1f36" if lum > 0.6 else "#ffffff"


def _image(app: SandboxApp, file_id: Any, alt: str, css: str) -> str:
    if not file_id:
        return ""
    content = file_content(app, str(file_id))
    if content is None:
        return ""
    data = base64.b64encode(content[0]).decode()
    return f'<img class="{css}" alt="{escape(alt)}" src="data:{content[1]};base64,{data}">'


# -- page chrome ---------------------------------------------------------------------------
_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,
Arial,sans-serif;color:#1a1f36;background:#f6f8fa}
a{color:var(--brand)}
.layout{display:flex;min-height:100vh;border-top:4px solid var(--brand)}
aside{flex:0 0 38%;max-width:460px;padding:48px 40px;background:#fff;
border-right:1px solid #e3e8ee;display:flex;flex-direction:column;gap:20px}
.business{display:flex;align-items:center;gap:12px;font-weight:600;font-size:17px}
.icon{width:36px;height:36px;border-radius:50%;object-fit:cover}
.logo{max-height:40px;max-width:180px}
.badge{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;
color:#a04100;background:#fcedb9;border-radius:4px;padding:1px 6px}
.headline{font-size:20px;line-height:1.35;color:#3c4257;margin:8px 0 0}
.return{font-weight:500;text-decoration:none}
.powered{margin-top:auto;font-size:12px;color:#697386}
.powered a{color:#697386;margin-left:10px}
main{flex:1;padding:48px 56px;max-width:760px}
section{margin-bottom:40px}
h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#697386;
margin:0 0 12px;padding-bottom:8px;border-bottom:1px solid #e3e8ee}
.row{display:flex;align-items:center;justify-content:space-between;gap:16px;
padding:12px 0;border-bottom:1px solid #f0f2f5}
.muted{color:#697386;font-size:13px}
.status{font-size:12px;border-radius:4px;padding:1px 6px;background:#e3e8ee}
.button{display:inline-block;border:0;border-radius:6px;padding:7px 14px;font:inherit;
font-weight:500;background:var(--brand);color:var(--on-brand);text-decoration:none;
cursor:pointer}
.button.secondary{background:#fff;color:#1a1f36;box-shadow:inset 0 0 0 1px #d5dbe1}
.actions{display:flex;gap:8px}
.flow{background:#fff;border:1px solid #e3e8ee;border-left:4px solid var(--brand);
border-radius:8px;padding:20px 24px;margin-bottom:40px}
.flow h1{font-size:20px;margin:0 0 8px}
.center{max-width:440px;margin:12vh auto;background:#fff;border:1px solid #e3e8ee;
border-radius:8px;padding:32px;text-align:center}
input{width:100%;padding:8px 10px;border:1px solid #d5dbe1;border-radius:6px;font:inherit;
margin:12px 0}
"""


def _document(title: str, brand: str, body: str, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)}</title><style>:root{{--brand:{brand};"
        f"--on-brand:{_text_on(brand)}}}{_CSS}</style></head><body>{body}</body></html>"
    )


def _message(title: str, text: str, brand: str = DEFAULT_BRAND, extra: str = "") -> str:
    return _document(
        title,
        brand,
        f'<div class="center"><h1>{escape(title)}</h1><p>{escape(text)}</p>{extra}</div>',
    )


# -- the portal page -------------------------------------------------------------------------
class _View:
    """Everything one portal page shows, read from the store (under its lock)."""

    def __init__(
        self, app: SandboxApp, session: dict[str, Any], owner: str, livemode: bool
    ) -> None:
        store = app.store
        self.app = app
        self.store = store
        self.owner = owner
        self.session = session
        self.livemode = livemode
        self.config: dict[str, Any] = store.objects[session["configuration"]]
        self.features: dict[str, Any] = self.config["features"]
        account = brand_account(store.extra, store.objects, session.get("on_behalf_of") or owner)
        self.account = account
        self.name = business_name(account)
        branding = (account.get("settings") or {}).get("branding") or {}
        self.branding = branding
        self.brand = str(branding.get("primary_color") or DEFAULT_BRAND)
        self.customer: dict[str, Any] = store.objects.get(session.get("customer") or "", {})

    def _mine(self, kind: str, limit: int | None = None) -> list[dict[str, Any]]:
        cid = self.customer.get("id")
        obo = self.session.get("on_behalf_of")
        out: list[dict[str, Any]] = []
        if not cid:
            return out
        for obj in indexed(self.store, self.owner, kind, "customer", str(cid)):
            if obo and kind in ("subscription", "invoice") and obj.get("on_behalf_of") != obo:
                continue
            out.append(obj)
            if limit is not None and len(out) >= limit:
                break
        return out

    def _product_name(self, price: dict[str, Any]) -> str:
        product = price.get("product")
        if isinstance(product, dict):
            return str(product.get("name") or product.get("id"))
        found = self.store.get(str(product or ""), self.owner) or {}
        return str(found.get("name") or product or "Subscription")

    def _price_text(self, price: dict[str, Any], quantity: Any) -> str:
        rec = price.get("recurring") or {}
        every = rec.get("interval", "")
        count = int(rec.get("interval_count") or 1)
        per = f"every {count} {every}s" if count > 1 else f"per {every}"
        qty = f" × {quantity}" if quantity and int(quantity) > 1 else ""
        return f"{money(price.get('unit_amount'), price.get('currency'))} {per}{qty}"

    # -- sections --------------------------------------------------------------------------
    def aside(self) -> str:
        icon = _image(self.app, self.branding.get("icon"), self.name, "icon")
        logo = _image(self.app, self.branding.get("logo"), self.name, "logo")
        header = logo if logo and not icon else f"{icon}<span>{escape(self.name)}</span>"
        test = "" if self.livemode else '<span class="badge">Test mode</span>'
        headline = (self.config.get("business_profile") or {}).get(
            "headline"
        ) or f"{self.name} partners with Stripe for simplified billing."
        ret = self.session.get("return_url")
        back = (
            (
                f'<a class="return" id="return-link" href="{escape(ret)}">← Return to '
                f"{escape(self.name)}</a>"
            )
            if ret
            else ""
        )
        bp = self.config.get("business_profile") or {}
        links = "".join(
            f'<a href="{escape(url)}">{label}</a>'
            for label, url in (
                ("Terms", bp.get("terms_of_service_url")),
                ("Privacy", bp.get("privacy_policy_url")),
            )
            if url
        )
        return (
            f'<aside><div class="business">{header}{test}</div>'
            f'<p class="headline">{escape(headline)}</p>{back}'
            f'<footer class="powered">Powered by <b>stripe</b>{links}</footer></aside>'
        )

    def subscriptions(self) -> str:
        su, sc = self.features["subscription_update"], self.features["subscription_cancel"]
        rows = []
        for sub in self._mine("subscription"):
            if sub.get("status") in ("canceled", "incomplete_expired"):
                continue
            items = items_of(sub)
            lines = []
            for item in items:
                price = price_of(self.store, self.owner, item)
                lines.append(
                    f"<div><b>{escape(self._product_name(price))}</b></div>"
                    f'<div class="muted">'
                    f"{escape(self._price_text(price, item.get('quantity')))}</div>"
                )
            note = ""
            if sub.get("status") == "trialing" and sub.get("trial_end"):
                note = f"Trial ends {day(sub['trial_end'])}"
            if sub.get("cancel_at_period_end") or sub.get("cancel_at"):
                note = f"Cancels {day(sub.get('cancel_at') or sub.get('current_period_end'))}"
            elif sub.get("pause_collection"):
                note = "Payment collection paused"
            actions = []
            if su["enabled"] and update_blocker(self.store, self.owner, sub) is None:
                actions.append('<a class="button" href="#update-plan">Update plan</a>')
            if sc["enabled"] and cancel_blocker(sub) is None:
                actions.append('<a class="button secondary" href="#cancel">Cancel</a>')
            status = escape(str(sub.get("status")))
            rows.append(
                f'<div class="row subscription" data-id="{escape(sub["id"])}"><div>'
                f'{"".join(lines)}<div class="muted"><span class="status">{status}</span> '
                f'{escape(note)}</div></div><div class="actions">{"".join(actions)}</div></div>'
            )
        body = "".join(rows) or '<p class="muted">No current subscriptions.</p>'
        return f'<section id="subscriptions"><h2>Current subscription</h2>{body}</section>'

    def payment_methods(self) -> str:
        if not self.features["payment_method_update"]["enabled"]:
            return ""
        default = (self.customer.get("invoice_settings") or {}).get("default_payment_method")
        rows = []
        for pm in self._mine("payment_method"):
            card = pm.get("card") or {}
            if card:
                label = (
                    f"{str(card.get('brand', 'card')).title()} •••• {card.get('last4', '')}"
                    f'<span class="muted"> Expires {card.get("exp_month")}/'
                    f"{card.get('exp_year')}</span>"
                )
            else:
                label = escape(str(pm.get("type", "payment method")).replace("_", " "))
            tag = ' <span class="status">Default</span>' if pm.get("id") == default else ""
            rows.append(f'<div class="row"><div>{label}{tag}</div></div>')
        body = "".join(rows) or '<p class="muted">No payment methods on file.</p>'
        return (
            f'<section id="payment-methods"><h2>Payment methods</h2>{body}'
            '<p><a class="button secondary" href="#add-payment-method">+ Add payment '
            "method</a></p></section>"
        )

    def billing_information(self) -> str:
        cu = self.features["customer_update"]
        if not cu["enabled"]:
            return ""
        c = self.customer
        address = c.get("address") or {}
        addr = ", ".join(
            str(address[k])
            for k in ("line1", "line2", "city", "postal_code", "state", "country")
            if address.get(k)
        )
        fields = [
            ("Name", c.get("name")),
            ("Email", c.get("email")),
            ("Billing address", addr),
            ("Phone number", c.get("phone")),
        ]
        rows = "".join(
            f'<div class="row"><span class="muted">{k}</span><span>{escape(str(v))}</span></div>'
            for k, v in fields
            if v
        )
        button = (
            ('<p><a class="button secondary" href="#update-information">Update information</a></p>')
            if cu["allowed_updates"]
            else ""
        )
        return (
            f'<section id="billing-information"><h2>Billing information</h2>{rows}'
            f"{button}</section>"
        )

    def invoice_history(self) -> str:
        if not self.features["invoice_history"]["enabled"]:
            return ""
        rows = []
        for inv in self._mine("invoice", limit=24):
            if inv.get("status") == "draft":
                continue
            rows.append(
                f'<div class="row"><span>{day(inv.get("created"))}</span>'
                f"<span>{money(inv.get('total', inv.get('amount_due')), inv.get('currency'))}"
                f'</span><span class="status">{escape(str(inv.get("status")))}</span></div>'
            )
        body = "".join(rows) or '<p class="muted">No invoices yet.</p>'
        return f'<section id="invoice-history"><h2>Invoice history</h2>{body}</section>'

    def flow(self) -> str:
        flow = self.session.get("flow")
        if not flow:
            return ""
        kind = flow["type"]
        detail = ""
        data = flow.get(kind) or {}
        sub = self.store.get(str(data.get("subscription") or ""), self.owner)
        if sub is not None:
            names = [self._product_name(price_of(self.store, self.owner, i)) for i in items_of(sub)]
            detail = f"<p>{escape(', '.join(names))}</p>"
        retention = (
            (data.get("retention") or {}).get("coupon_offer")
            if kind == "subscription_cancel"
            else None
        )
        if retention:
            coupon = self.store.get(retention["coupon"], self.owner) or {}
            offer = (
                f"{coupon['percent_off']:g}% off"
                if coupon.get("percent_off")
                else money(coupon.get("amount_off"), coupon.get("currency")) + " off"
                if coupon.get("amount_off")
                else escape(str(coupon.get("name") or ""))
            )
            detail += f'<p class="offer">Before you go: get {escape(offer)} if you stay.</p>'
        if kind == "subscription_update_confirm":
            for item in data.get("items") or []:
                if item.get("price"):
                    price = self.store.get(item["price"], self.owner) or {}
                    detail += (
                        f"<p>New plan: {escape(self._product_name(price))}, "
                        f"{escape(self._price_text(price, item.get('quantity')))}</p>"
                    )
                elif item.get("quantity") is not None:
                    detail += f"<p>New quantity: {int(item['quantity'])}</p>"
        label = {
            "subscription_cancel": "Cancel plan",
            "subscription_pause": "Pause",
            "payment_method_update": "Add",
            "customer_update": "Save",
        }.get(kind, "Confirm")
        after = flow.get("after_completion") or {}
        message = (after.get("hosted_confirmation") or {}).get("custom_message")
        confirmation = (
            (f'<p class="muted confirmation">After you finish: {escape(message)}</p>')
            if message
            else ""
        )
        buttons = f'<a class="button" href="#confirm">{label}</a>'
        if retention:
            buttons = (
                '<a class="button" href="#accept-offer">Accept offer</a>'
                f'<a class="button secondary" href="#confirm">{label}</a>'
            )
        return (
            f'<div class="flow" id="flow" data-type="{escape(kind)}"><h1>'
            f"{_FLOW_TITLES.get(kind, 'Manage billing')}</h1>{detail}"
            f'<p class="actions">{buttons}</p>{confirmation}</div>'
        )

    def render(self) -> str:
        main = (
            self.flow()
            + self.subscriptions()
            + self.payment_methods()
            + self.billing_information()
            + self.invoice_history()
        )
        locale = self.session.get("locale") or "auto"
        lang = "en" if locale == "auto" else locale
        body = f'<div class="layout">{self.aside()}<main>{main}</main></div>'
        return _document(f"{self.name} – Billing", self.brand, body, lang)


@page("/p/session/")
def session_page(app: SandboxApp, rest: str, headers: dict[str, str]) -> tuple[int, str]:
    with app.store.lock:
        entry = app.store.extra.get("portal_sessions", {}).get(rest.strip("/"))
        if entry is None:
            return 404, _message("Page not found", "This link to the billing portal is not valid.")
        session = app.store.objects[entry["session"]]
        now = app.store.now()
        if is_expired(entry, now):
            account = brand_account(
                app.store.extra, app.store.objects, session.get("on_behalf_of") or entry["owner"]
            )
            name = business_name(account)
            brand = ((account.get("settings") or {}).get("branding") or {}).get("primary_color")
            ret = session.get("return_url")
            extra = (
                f'<p><a class="button" href="{escape(ret)}">Return to {escape(name)}</a></p>'
                if ret
                else ""
            )
            return 410, _message(
                "This session has expired",
                "Portal links are valid for a short time. Go back and open "
                "the billing portal again.",
                str(brand or DEFAULT_BRAND),
                extra,
            )
        entry["last_used"] = now
        return 200, _View(app, session, entry["owner"], bool(entry.get("livemode"))).render()


@page("/p/login/")
def login_page(app: SandboxApp, rest: str, headers: dict[str, str]) -> tuple[int, str]:
    with app.store.lock:
        entry = app.store.extra.get("portal_login", {}).get(rest.strip("/"))
        config = app.store.objects.get(entry["configuration"]) if entry else None
        if entry is None or config is None or not config.get("login_page", {}).get("enabled"):
            return 404, _message("Page not found", "This login link is not valid.")
        account = brand_account(app.store.extra, app.store.objects, entry["owner"])
        name = business_name(account)
        branding = (account.get("settings") or {}).get("branding") or {}
        brand = str(branding.get("primary_color") or DEFAULT_BRAND)
        icon = _image(app, branding.get("icon"), name, "icon")
        body = (
            f'<div class="center"><div class="business" style="justify-content:center">'
            f"{icon}<span>{escape(name)}</span></div><h1>Manage your billing</h1>"
            f'<p class="muted">Enter the email address you use with {escape(name)} and '
            "we'll send you a link to your billing portal.</p>"
            '<form><input type="email" name="email" placeholder="you@example.com">'
            '<button class="button" type="submit">Send link</button></form></div>'
        )
        return 200, _document(f"{name} – Sign in", brand, body)
