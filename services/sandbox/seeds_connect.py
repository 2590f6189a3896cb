"""Seed Connect: four connected accounts and the platform's view of them.

The accounts cover each Dashboard access (full, Express, none) and one deauthorized
account. Each has its own catalog, customers and direct-charge subscriptions, some
created by the platform (``application`` = the platform's Connect application) and some
by the account itself. On the platform: destination-charge subscriptions
(``transfer_data.destination``, some with ``on_behalf_of`` and
``application_fee_percent``) and, per account, a customer that represents it (metadata
``connected_account``) with a "platform billing" subscription.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from services.sandbox.resources.accounts import business_name, new_connected_account
from services.sandbox.resources.billing_common import platform_application
from services.sandbox.resources.customers import new_customer
from services.sandbox.seeds_billing import Biller, World
from services.sandbox.seeds_catalog import P, ProductSpec
from services.sandbox.seeds_common import DAY, HOUR, Batch, SeedRequest, event
from services.sandbox.seeds_names import LOCALES
from services.sandbox.seeds_people import Person


@dataclass(frozen=True)
class AccountSpec:
    id: str
    name: str
    dashboard: str  # full | express | none
    legacy_type: str
    country: str
    email: str
    branding: dict[str, str]
    catalog: tuple[ProductSpec, ...]
    customers: int
    platform_share: float
    deauthorized: bool = False
    age_days: int = 600


ACCOUNTS: tuple[AccountSpec, ...] = (
    AccountSpec(
        "acct_1RiveraYogaStudio",
        "Rivera Yoga Studio",
        "full",
        "standard",
        "US",
        "hello@riverayoga.example",
        {"primary_color": "#0e7c86", "secondary_color": "#f4f1ea"},
        (
            ProductSpec(
                "unlimited",
                "Unlimited classes",
                "Every class, every day.",
                (
                    P("unlimited_monthly_usd", "usd", 12900),
                    P("unlimited_yearly_usd", "usd", 129000, "year"),
                ),
            ),
            ProductSpec(
                "ten",
                "10 classes a month",
                "Ten studio classes each month.",
                (P("ten_monthly_usd", "usd", 9900),),
            ),
            ProductSpec(
                "online",
                "Online library",
                "On-demand videos.",
                (P("online_monthly_usd", "usd", 1900, tax="unspecified"),),
            ),
        ),
        customers=48,
        platform_share=0.5,
        age_days=640,
    ),
    AccountSpec(
        "acct_1NordlichtDesign0",
        "Nordlicht Design",
        "express",
        "express",
        "DE",
        "studio@nordlicht.example",
        {"primary_color": "#1d3557", "secondary_color": "#f1faee"},
        (
            ProductSpec(
                "care",
                "Website care plan",
                "Updates, backups and monitoring.",
                (
                    P("care_monthly_eur", "eur", 19900, tax="inclusive"),
                    P("care_yearly_eur", "eur", 199000, "year", tax="inclusive"),
                ),
            ),
            ProductSpec(
                "retainer",
                "Brand retainer",
                "Design hours every quarter.",
                (P("retainer_quarterly_eur", "eur", 150000, "month", 3, tax="inclusive"),),
            ),
        ),
        customers=36,
        platform_share=0.85,
        age_days=480,
    ),
    AccountSpec(
        "acct_1SakuraTeaHouse00",
        "Sakura Tea House",
        "none",
        "custom",
        "JP",
        "shop@sakura-tea.example",
        {"primary_color": "#c2185b", "secondary_color": "#fff8f0"},
        (
            ProductSpec(
                "tea",
                "今月のお茶 Tea of the month",
                "季節の日本茶を毎月お届けします。",
                (P("tea_monthly_jpy", "jpy", 3500, tax="inclusive"),),
            ),
            ProductSpec(
                "premium",
                "Premium tea club",
                "Rare teas and a tasting guide.",
                (
                    P("premium_monthly_jpy", "jpy", 8800, tax="inclusive"),
                    P("premium_yearly_jpy", "jpy", 88000, "year", tax="inclusive"),
                ),
            ),
        ),
        customers=40,
        platform_share=1.0,
        age_days=300,
    ),
    AccountSpec(
        "acct_1OldTownBarbers000",
        "Old Town Barbers",
        "full",
        "standard",
        "GB",
        "bookings@oldtownbarbers.example",
        {"primary_color": "#3e2723", "secondary_color": "#d7ccc8"},
        (
            ProductSpec(
                "club",
                "Grooming club",
                "Two cuts a month and a beard trim.",
                (P("club_monthly_gbp", "gbp", 3500, tax="inclusive"),),
            ),
        ),
        customers=24,
        platform_share=0.3,
        deauthorized=True,
        age_days=700,
    ),
)

# Deauthorized this many days ago.
DEAUTHORIZED_DAYS = 12


@dataclass
class Connected:
    spec: AccountSpec
    obj: dict[str, Any]
    world: World | None = None
    representative: Person | None = None


def destination_catalog() -> tuple[ProductSpec, ...]:
    """Platform products sold on behalf of the connected accounts (destination charges)."""
    out = []
    for spec in ACCOUNTS:
        if spec.deauthorized:
            continue
        first = spec.catalog[0].prices[0]
        key = spec.id[6:].lower()
        out.append(
            ProductSpec(
                f"via_{key}",
                f"{spec.name} (via marketplace)",
                f"Sold by the marketplace, paid out to {spec.name}.",
                (
                    P(
                        f"via_{key}_{first.currency}",
                        first.currency,
                        first.amount,
                        first.interval,
                        first.count,
                        tax=first.tax,
                    ),
                ),
                metadata={"connected_account": spec.id},
            )
        )
    return tuple(out)


def build_accounts(req: SeedRequest, batch: Batch, now: int) -> list[Connected]:
    out = []
    for spec in ACCOUNTS:
        req.at = now - spec.age_days * DAY
        obj = new_connected_account(
            req,
            name=spec.name,
            dashboard=spec.dashboard,  # type: ignore[arg-type]
            legacy_type=spec.legacy_type,
            country=spec.country,
            email=spec.email,
            onboarded=True,
            branding=spec.branding,
            business_type="company",
            created=req.at,
            account_id=spec.id,
            metadata={"onboarded_by": "counterfoil-demo", "dashboard": spec.dashboard},
        )
        obj["business_profile"]["support_email"] = spec.email
        obj["business_profile"]["url"] = f"https://{spec.email.split('@')[1]}"
        out.append(Connected(spec, batch.put(obj, "", "account")))
    return out


def representatives(req: SeedRequest, batch: Batch, accounts: list[Connected]) -> list[Person]:
    """One platform customer per connected account (for platform billing)."""
    people = []
    for acct in accounts:
        spec = acct.spec
        req.at = int(acct.obj["created"]) + HOUR
        obj = new_customer(
            req,
            {
                "name": spec.name,
                "email": spec.email,
                "description": f"Connected account ({spec.dashboard} Dashboard access)",
                "metadata": {
                    "connected_account": spec.id,
                    "customer_type": "connected_account",
                    "dashboard": spec.dashboard,
                },
            },
        )
        locale = next(loc for loc in LOCALES if loc.country == spec.country)
        person = Person(batch.put(obj, req.account), locale, company=True)
        acct.representative = person
        people.append(person)
    return people


def platform_billing(biller: Biller, platform: World, accounts: list[Connected], now: int) -> None:
    """Each connected account pays the platform a monthly fee (status by account state)."""
    for acct in accounts:
        person = acct.representative
        if person is None:
            continue
        currency = "eur" if acct.spec.country in ("DE", "FR", "ES", "IT", "NL") else "usd"
        price = platform.prices[f"platform_fee_monthly_{currency}"]
        created = int(acct.obj["created"]) + 2 * DAY
        status = "canceled" if acct.spec.deauthorized else "active"
        ended = now - DEAUTHORIZED_DAYS * DAY if acct.spec.deauthorized else None
        sub = biller.build(
            platform,
            person,
            status,
            created,
            [(price, 1)],
            ended_at=ended,
            metadata={"connected_account": acct.spec.id, "billing": "platform"},
        )
        if acct.spec.deauthorized:
            sub["cancellation_details"] = {
                "comment": "Account disconnected from the platform",
                "feedback": None,
                "reason": "cancellation_requested",
            }


def destination_subscriptions(
    biller: Biller, platform: World, accounts: list[Connected], count_each: int
) -> int:
    """Destination-charge subscriptions on the platform for each live connected account."""
    rng = biller.rng
    made = 0
    for acct in accounts:
        if acct.spec.deauthorized:
            continue
        key = acct.spec.id[6:].lower()
        price = next(p for k, p in platform.prices.items() if k.startswith(f"via_{key}_"))
        buyers = [
            p
            for p in platform.people
            if not p.deleted
            and p.obj.get("currency") in (None, price["currency"])
            and p.currency == price["currency"]
            and not (p.obj.get("metadata") or {}).get("connected_account")
        ]
        for n, person in enumerate(rng.sample(buyers, min(count_each, len(buyers)))):
            variant = n % 3
            opts: dict[str, Any] = {
                "transfer_data": {
                    "amount_percent": 90.0 if variant == 0 else None,
                    "destination": acct.spec.id,
                }
            }
            if variant >= 1:
                opts["application_fee_percent"] = 10.0 if variant == 1 else 12.5
            if variant == 2:
                opts["on_behalf_of"] = acct.spec.id
            sub = biller.subscribe(
                platform,
                person,
                items=[(price, 1)],
                shape="plain",
                metadata={"marketplace_seller": acct.spec.id},
                **opts,
            )
            made += sub is not None
    return made


def deauthorization_event(
    req: SeedRequest, accounts: list[Connected], now: int, batch: Batch
) -> None:
    """Mark the deauthorized accounts and record ``account.application.deauthorized``."""
    table: dict[str, bool] = req.store.extra.setdefault("deauthorized", {})
    for acct in accounts:
        if not acct.spec.deauthorized:
            continue
        table[acct.spec.id] = True
        application = {
            "id": platform_application(req.store),
            "object": "application",
            "name": business_name(req.store.extra["platform"]),
        }
        evt = event(
            req,
            "account.application.deauthorized",
            application,
            now - DEAUTHORIZED_DAYS * DAY,
            snapshot=False,
        )
        evt["account"] = acct.spec.id
        batch.put(evt, "", "event")
