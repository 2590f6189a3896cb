"""Payment methods: create (card, SEPA, US bank account, Link, PayPal, …), attach, detach, list.

Cards come from Stripe's test tokens (``card[token]=tok_visa``), from magic ids
(``pm_card_visa`` attached to a customer clones a fresh card, as Stripe does) or, in this
sandbox only, from raw test card numbers (Luhn-checked). Behaviour of Stripe's test
cards that matters to billing: ``…0002`` (``tok_chargeDeclined``) is declined when
attached; ``…0341`` (``tok_chargeCustomerFail``) attaches but every charge fails, which
drives ``invoice.payment_failed`` and ``incomplete`` subscriptions.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from services.sandbox import shapes
from services.sandbox.app import Request, route
from services.sandbox.errors import ApiError, invalid, missing_param, no_such
from services.sandbox.resources.billing_common import (
    fingerprint,
    index_note,
    indexed,
    page_of,
    ref,
)
from services.sandbox.resources.common import (
    apply_update,
    emit,
    fetch,
    list_page,
    merge_metadata,
)

# token → (number, brand, funding, country)
TEST_CARDS: dict[str, tuple[str, str, str, str]] = {
    "tok_visa": ("4242424242424242", "visa", "credit", "US"),
    "tok_visa_debit": ("4000056655665556", "visa", "debit", "US"),
    "tok_mastercard": ("5555555555554444", "mastercard", "credit", "US"),
    "tok_mastercard_debit": ("5200828282828210", "mastercard", "debit", "US"),
    "tok_mastercard_prepaid": ("5105105105105100", "mastercard", "prepaid", "US"),
    "tok_amex": ("378282246310005", "amex", "credit", "US"),
    "tok_discover": ("6011111111111117", "discover", "credit", "US"),
    "tok_diners": ("3056930009020004", "diners", "credit", "US"),
    "tok_jcb": ("3566002020360505", "jcb", "credit", "JP"),
    "tok_unionpay": ("6200000000000005", "unionpay", "credit", "CN"),
    "tok_fr": ("4000002500000003", "visa", "credit", "FR"),
    "tok_de": ("4000002760000016", "visa", "credit", "DE"),
    "tok_gb": ("4000008260000000", "visa", "credit", "GB"),
    "tok_es": ("4000007240000007", "visa", "credit", "ES"),
    "tok_it": ("4000003800000008", "visa", "credit", "IT"),
    "tok_chargeDeclined": ("4000000000000002", "visa", "credit", "US"),
    "tok_chargeCustomerFail": ("4000000000000341", "visa", "credit", "US"),
    "tok_visa_chargeDeclinedInsufficientFunds": ("4000000000009995", "visa", "credit", "US"),
}
DECLINED_ON_ATTACH = {"0002", "9995"}
DECLINED_ON_CHARGE = {"0002", "9995", "0341"}


def card_declined(message: str = "Your card was declined.") -> ApiError:
    return ApiError(402, message, type="card_error", code="card_declined")


def _luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number]
    odd = digits[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


def _brand(number: str) -> str:
    if number.startswith("4"):
        return "visa"
    if number[:2] in ("34", "37"):
        return "amex"
    if number[:2] in {"51", "52", "53", "54", "55"} or "2221" <= number[:4] <= "2720":
        return "mastercard"
    if number.startswith(("6011", "65", "644", "645", "646", "647", "648", "649")):
        return "discover"
    if number.startswith("35"):
        return "jcb"
    if number.startswith(("36", "30", "38")):
        return "diners"
    if number.startswith("62"):
        return "unionpay"
    return "unknown"


def _card(req: Request, card: dict[str, Any]) -> dict[str, Any]:
    now_year = datetime.fromtimestamp(req.now(), UTC).year
    if "token" in card:
        token = card["token"]
        if token not in TEST_CARDS:
            raise ApiError(
                400, f"No such token: '{token}'", param="card[token]", code="resource_missing"
            )
        number, brand, funding, country = TEST_CARDS[token]
        exp_month, exp_year = 12, now_year + 3
    else:
        for field in ("number", "exp_month", "exp_year"):
            if field not in card:
                raise missing_param(f"card[{field}]")
        number = str(card["number"]).replace(" ", "")
        if not number.isdigit() or not 12 <= len(number) <= 19 or not _luhn_ok(number):
            raise ApiError(
                402,
                "Your card number is incorrect.",
                type="card_error",
                code="incorrect_number",
                param="number",
            )
        brand, funding, country = _brand(number), "credit", "US"
        exp_month, exp_year = int(card["exp_month"]), int(card["exp_year"])
        if exp_year < 100:
            exp_year += 2000
        if not 1 <= exp_month <= 12:
            raise ApiError(
                402,
                "Your card's expiration month is invalid.",
                type="card_error",
                code="invalid_expiry_month",
                param="exp_month",
            )
        if exp_year < now_year or exp_year > now_year + 50:
            raise ApiError(
                402,
                "Your card's expiration year is invalid.",
                type="card_error",
                code="invalid_expiry_year",
                param="exp_year",
            )
    return shapes.nested(
        "payment_method",
        "card",
        brand=brand,
        display_brand=brand.replace("amex", "american_express"),
        country=country,
        exp_month=exp_month,
        exp_year=exp_year,
        funding=funding,
        last4=number[-4:],
        fingerprint=fingerprint("card:" + number),
        checks={
            "address_line1_check": None,
            "address_postal_code_check": None,
            "cvc_check": "pass" if card.get("cvc") else None,
        },
        generated_from=None,
        networks={"available": [brand], "preferred": None},
        three_d_secure_usage={"supported": True},
        wallet=None,
    )


def _iban_ok(iban: str) -> bool:
    if len(iban) < 15 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    moved = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1
    except ValueError:
        return False


def _details(
    req: Request, kind: str, data: dict[str, Any], billing: dict[str, Any]
) -> dict[str, Any]:
    if kind == "card":
        return _card(req, data)
    if kind == "sepa_debit":
        iban = str(data.get("iban", "")).replace(" ", "").upper()
        if not _iban_ok(iban):
            raise invalid(
                "The IBAN you provided is invalid.",
                param="sepa_debit[iban]",
                code="invalid_bank_account_iban",
            )
        return {
            "bank_code": iban[4:9],
            "branch_code": iban[9:14],
            "country": iban[:2],
            "fingerprint": fingerprint("iban:" + iban),
            "generated_from": {"charge": None, "setup_attempt": None},
            "last4": iban[-4:],
        }
    if kind == "us_bank_account":
        number = str(data.get("account_number", ""))
        if not number and not data.get("financial_connections_account"):
            raise missing_param("us_bank_account[account_number]")
        routing = str(data.get("routing_number", "110000000"))
        return {
            "account_holder_type": data.get("account_holder_type", "individual"),
            "account_type": data.get("account_type", "checking"),
            "bank_name": "STRIPE TEST BANK",
            "financial_connections_account": data.get("financial_connections_account"),
            "fingerprint": fingerprint(f"ach:{routing}:{number}"),
            "last4": (number or "6789")[-4:],
            "networks": {"preferred": "ach", "supported": ["ach"]},
            "routing_number": routing,
            "status_details": None,
        }
    if kind == "link":
        return {"email": billing.get("email") or "customer@link.example", "persistent_token": None}
    if kind == "paypal":
        return {
            "country": (billing.get("address") or {}).get("country") or "US",
            "payer_email": billing.get("email"),
            "payer_id": None,
        }
    if kind == "bacs_debit":
        number = str(data.get("account_number", "00012345"))
        return {
            "fingerprint": fingerprint("bacs:" + number),
            "last4": number[-4:],
            "mandate": None,
            "sort_code": data.get("sort_code", "108800"),
        }
    if kind == "au_becs_debit":
        number = str(data.get("account_number", "000123456"))
        return {
            "bsb_number": data.get("bsb_number", "000000"),
            "fingerprint": fingerprint("becs:" + number),
            "last4": number[-4:],
        }
    if kind == "acss_debit":
        number = str(data.get("account_number", "000123456789"))
        return {
            "bank_name": "STRIPE TEST BANK",
            "fingerprint": fingerprint("acss:" + number),
            "institution_number": data.get("institution_number", "000"),
            "last4": number[-4:],
            "transit_number": data.get("transit_number", "11000"),
        }
    return dict(data)


def _billing_details(data: dict[str, Any] | None) -> dict[str, Any]:
    data = dict(data or {})
    address = data.pop("address", None)
    out = shapes.nested("payment_method", "billing_details", **data)
    if address:
        out["address"] = shapes.nested("payment_method", "billing_details.address", **address)
    return out


def new_payment_method(req: Request, params: dict[str, Any]) -> dict[str, Any]:
    """A payment method dict (not stored) from create parameters (``type`` + details)."""
    kind = params.get("type")
    if not kind:
        raise missing_param("type")
    billing = _billing_details(params.get("billing_details"))
    if kind in ("card", "sepa_debit") and kind not in params:
        raise missing_param(kind)
    obj: dict[str, Any] = {
        "id": req.store.new_id("pm"),
        "object": "payment_method",
        "allow_redisplay": params.get("allow_redisplay", "unspecified"),
        "billing_details": billing,
        "created": req.now(),
        "customer": None,
        "metadata": merge_metadata({}, params.get("metadata")),
        "type": kind,
        "card": None,
    }
    obj[kind] = _details(req, kind, params.get(kind) or {}, billing)
    return obj


def charge_fails(pm: dict[str, Any] | None) -> bool:
    """Whether charging this payment method fails (Stripe's declining test cards)."""
    return bool(
        pm
        and pm.get("type") == "card"
        and (pm.get("card") or {}).get("last4") in DECLINED_ON_CHARGE
    )


def store_payment_method(req: Request, obj: dict[str, Any]) -> dict[str, Any]:
    req.store.add(obj, req.account)
    index_note(req.store, req.account, "payment_method", "customer", obj)
    return obj


def attach(req: Request, pm: dict[str, Any], customer: dict[str, Any]) -> dict[str, Any]:
    """Attach ``pm`` to ``customer`` (declining cards are refused) and emit the event."""
    if pm.get("customer") == customer["id"]:
        return pm
    if pm.get("customer"):
        raise invalid(
            "The payment method you provided has already been attached to a customer.",
            param="payment_method",
        )
    if pm.get("type") == "card" and (pm.get("card") or {}).get("last4") in DECLINED_ON_ATTACH:
        raise card_declined()
    pm["customer"] = customer["id"]
    index_note(req.store, req.account, "payment_method", "customer", pm)
    emit(req, "payment_method.attached", pm)
    return pm


@route("post", "/v1/payment_methods")
def create(req: Request) -> dict[str, Any]:
    p = req.params
    if p.get("payment_method"):
        # Cloning a platform payment method onto a connected account (Connect).
        source = req.store.get(p["payment_method"], "")
        if source is None or source.get("object") != "payment_method":
            raise ApiError(
                400,
                f"No such PaymentMethod: '{p['payment_method']}'",
                param="payment_method",
                code="resource_missing",
            )
        clone = {**source, "id": req.store.new_id("pm"), "customer": None, "created": req.now()}
        return store_payment_method(req, clone)
    obj = new_payment_method(req, p)
    store_payment_method(req, obj)
    if p.get("customer"):
        attach(req, obj, ref(req, p["customer"], "customer", "customer"))
    return obj


def _magic(req: Request, pmid: str) -> dict[str, Any] | None:
    """``pm_card_visa`` and friends: a fresh card payment method from a test token."""
    if not pmid.startswith("pm_card_"):
        return None
    token = "tok_" + pmid[len("pm_card_") :]
    if token not in TEST_CARDS:
        return None
    return store_payment_method(
        req, new_payment_method(req, {"type": "card", "card": {"token": token}})
    )


def resolve(req: Request, pmid: str, param: str) -> dict[str, Any]:
    """A payment method named in a parameter, including Stripe's ``pm_card_*`` ids."""
    magic = _magic(req, pmid)
    if magic is not None:
        return magic
    return ref(req, pmid, "payment_method", param, label="PaymentMethod")


@route("get", "/v1/payment_methods/{payment_method}")
def retrieve(req: Request, pmid: str) -> dict[str, Any]:
    return fetch(req, pmid, "payment_method", label="PaymentMethod", param="payment_method")


@route("post", "/v1/payment_methods/{payment_method}")
def update(req: Request, pmid: str) -> dict[str, Any]:
    pm = fetch(req, pmid, "payment_method", label="PaymentMethod", param="payment_method")
    if not pm.get("customer"):
        raise invalid("You must save this PaymentMethod to a customer before you can update it.")
    p = req.params
    changes: dict[str, Any] = {}
    if "metadata" in p:
        changes["metadata"] = p["metadata"]
    if "allow_redisplay" in p:
        changes["allow_redisplay"] = p["allow_redisplay"]
    if "billing_details" in p:
        current = dict(pm.get("billing_details") or _billing_details(None))
        new = dict(p["billing_details"])
        if "address" in new:
            address = new.pop("address")
            current["address"] = shapes.nested(
                "payment_method", "billing_details.address", **(address or {})
            )
        current.update({k: (v or None) for k, v in new.items()})
        changes["billing_details"] = current
    if "card" in p:
        if pm.get("type") != "card":
            raise invalid("You can only update card details on a card PaymentMethod.", param="card")
        card = dict(pm["card"])
        for field in ("exp_month", "exp_year"):
            if field in p["card"]:
                card[field] = int(p["card"][field])
        changes["card"] = card
    return apply_update(req, pm, changes, "payment_method.updated")


@route("post", "/v1/payment_methods/{payment_method}/attach")
def attach_route(req: Request, pmid: str) -> dict[str, Any]:
    if "customer" not in req.params:
        raise missing_param("customer")
    customer = ref(req, req.params["customer"], "customer", "customer")
    pm = _magic(req, pmid) or fetch(
        req, pmid, "payment_method", label="PaymentMethod", param="payment_method"
    )
    return attach(req, pm, customer)


@route("post", "/v1/payment_methods/{payment_method}/detach")
def detach(req: Request, pmid: str) -> dict[str, Any]:
    pm = fetch(req, pmid, "payment_method", label="PaymentMethod", param="payment_method")
    cid = pm.get("customer")
    if not cid:
        raise invalid(
            "The payment method you provided is not attached to a customer so "
            "detachment is impossible."
        )
    previous = {"customer": cid}
    pm["customer"] = None
    customer = req.store.get(cid, req.account)
    if customer is not None:
        settings = customer.get("invoice_settings") or {}
        if settings.get("default_payment_method") == pmid:
            apply_update(
                req,
                customer,
                {"invoice_settings": {**settings, "default_payment_method": None}},
                "customer.updated",
            )
    emit(req, "payment_method.detached", pm, previous)
    return pm


def _for_customer(req: Request, cid: str) -> list[dict[str, Any]]:
    return indexed(req.store, req.account, "payment_method", "customer", cid)


def _type_filter(req: Request) -> Any:
    kind = req.params.get("type")
    redisplay = req.params.get("allow_redisplay")

    def where(o: dict[str, Any]) -> bool:
        if kind is not None and o.get("type") != kind:
            return False
        return redisplay is None or o.get("allow_redisplay") == redisplay

    return where


@route("get", "/v1/payment_methods")
def list_(req: Request) -> dict[str, Any]:
    cid = req.params.get("customer")
    if cid:
        ref(req, cid, "customer", "customer")
        return page_of(
            req,
            _for_customer(req, cid),
            "/v1/payment_methods",
            "payment_method",
            where=_type_filter(req),
        )
    return list_page(req, "payment_method", "/v1/payment_methods", where=_type_filter(req))


@route("get", "/v1/customers/{customer}/payment_methods")
def list_for_customer(req: Request, cid: str) -> dict[str, Any]:
    fetch(req, cid, "customer", param="customer")
    return page_of(
        req,
        _for_customer(req, cid),
        f"/v1/customers/{cid}/payment_methods",
        "payment_method",
        where=_type_filter(req),
    )


@route("get", "/v1/customers/{customer}/payment_methods/{payment_method}")
def retrieve_for_customer(req: Request, cid: str, pmid: str) -> dict[str, Any]:
    fetch(req, cid, "customer", param="customer")
    pm = fetch(req, pmid, "payment_method", label="PaymentMethod", param="payment_method")
    if pm.get("customer") != cid:
        raise no_such("PaymentMethod", pmid, "payment_method")
    return pm


def default_payment_method(
    req: Request, sub_or_invoice: dict[str, Any], customer: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The payment method a charge would use: the object's, else the customer's default."""
    pmid = sub_or_invoice.get("default_payment_method")
    if not pmid and customer is not None:
        pmid = (customer.get("invoice_settings") or {}).get("default_payment_method")
    if not pmid and customer is not None and customer.get("default_source"):
        pmid = customer["default_source"]
    if not pmid:
        return None
    return req.store.get(str(pmid))
