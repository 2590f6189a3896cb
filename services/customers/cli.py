"""``counterfoil customers search TEXT [--json]``: the panel's search from the terminal.

Searches the profile's local cache exactly like the Customers panel (same ranking, same
sanitising; works offline). With ``--json`` it prints one JSON object per line (``id``,
``name``, ``email``, ``phone``, ``account``, ``created``, ``deleted``, ``match``); otherwise an
aligned table. A pasted ``cus_…`` id the cache does not have is retrieved from Stripe, and
``--stripe`` asks Stripe's Search API instead of the cache; both need the profile's key.

Profile: ``--profile P``, else ``COUNTERFOIL_API_KEY`` (+ ``COUNTERFOIL_API_BASE``), else the
last profile used in the app -- the same resolution as ``counterfoil sync``. A stored profile
is searched without reading its key unless Stripe is asked. Exit codes: 0 found something,
1 nothing found, 2 no such profile or no cache yet, 3 Stripe or the cache failed.
"""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the parser is built at every start: keep its imports light
    import stripe

    from services.customers.search import Hit
    from services.sync.transport import Api

DEFAULT_LIMIT = 20


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``counterfoil customers search``."""
    customers = sub.add_parser("customers", help="find customers in the local cache")
    commands = customers.add_subparsers(dest="customers_command", metavar="COMMAND")
    commands.required = True
    search = commands.add_parser(
        "search", help="search-as-you-type, from the terminal (name, email, phone, id, metadata)"
    )
    search.add_argument("text", help="what to look for (any text; quote it in the shell)")
    search.add_argument("--json", action="store_true", help="one JSON object per line")
    search.add_argument(
        "--account",
        default=None,
        metavar="ACCT",
        help="only this account: acct_… for a connected account, 'platform' for the platform",
    )
    search.add_argument(
        "--limit", type=int, default=DEFAULT_LIMIT, metavar="N", help="at most N (default 20)"
    )
    search.add_argument(
        "--stripe", action="store_true", help="ask Stripe's Search API instead of the cache"
    )
    search.add_argument(
        "--profile",
        dest="customers_profile",
        default=None,
        metavar="P",
        help="profile id (default: COUNTERFOIL_API_KEY, else the last used profile)",
    )
    search.set_defaults(run=run_search)


def _account(value: str | None) -> str | None:
    if value is None or value == "all":
        return None
    return "" if value in ("platform", "") else value


class _Profile:
    """Where a search runs: the cache file, and a Stripe client opened only when needed."""

    def __init__(self, profile_id: str | None) -> None:
        from services.config import config_dir, data_dir
        from services.credentials import AccountManager, ProfileStore, SecretStore
        from services.gateway import env_api_key

        self.profile_id = profile_id
        self.accounts = AccountManager(ProfileStore(config_dir()), SecretStore(), data_dir())
        self.env = profile_id is None and env_api_key() is not None
        self.client: stripe.StripeClient | None = None
        self.live = False
        self.cache_file: Path | None = None

    def cache_path(self) -> Path:
        if self.env:
            self._open_client()
            assert self.cache_file is not None
            return self.cache_file
        wanted = self.profile_id or self.accounts.profiles.last_used_id()
        found = self.accounts.profiles.get(wanted) if wanted else None
        if found is None:
            raise LookupError(
                f"No profile {wanted!r}."
                if wanted
                else "No profile yet. Add a Stripe account in the app, or set COUNTERFOIL_API_KEY."
            )
        return self.accounts.cache_path(found.id)

    def _open_client(self) -> stripe.StripeClient:
        if self.client is None:
            from services.sync.cli import _open_profile

            client, cache, live = _open_profile(self.profile_id)
            self.cache_file = cache.path
            cache.close()
            self.client, self.live = client, live
        return self.client

    def api(self) -> Api:
        from services.sync.ratelimit import RateLimiter
        from services.sync.transport import Api

        return Api(self._open_client(), limiter=RateLimiter(live=self.live), offline_grace_s=10)


def _print_table(hits: list[Hit], out: TextIO) -> None:
    rows = [
        (
            h.id,
            (h.name or "") + (" (deleted)" if h.deleted else ""),
            h.email or "",
            h.account or "platform",
        )
        for h in hits
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        print(
            f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}".rstrip(),
            file=out,
        )


def run_search(
    args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """``counterfoil customers search``; returns the exit code."""
    from services.customers.remote import hits_as_json_lines
    from services.customers.tokens import clean_text
    from services.errors import describe

    out = out or sys.stdout
    err = err or sys.stderr
    text = clean_text(str(args.text))
    account = _account(args.account)
    limit = max(1, min(int(args.limit), 1000))
    profile = _Profile(getattr(args, "customers_profile", None))
    try:
        with ExitStack() as stack:
            hits = _search(profile, stack, text, account, limit, stripe_api=bool(args.stripe))
    except LookupError as exc:
        print(str(exc).strip("'\""), file=err)
        return 2
    except Exception as exc:
        print(f"Search failed: {describe(exc).display()}", file=err)
        return 3
    if args.json:
        out.write(hits_as_json_lines(hits))
    elif hits:
        _print_table(hits, out)
    if not hits and not args.json:
        print(f"No customer matches {text!r}.", file=err)
    return 0 if hits else 1


def _search(
    profile: _Profile,
    stack: ExitStack,
    text: str,
    account: str | None,
    limit: int,
    *,
    stripe_api: bool,
) -> list[Hit]:
    from services.cache.db import Cache
    from services.cache.store import Store
    from services.customers.remote import lookup_customer, search_stripe
    from services.customers.search import search_all
    from services.customers.tokens import looks_like_customer_id

    path = profile.cache_path()
    if not path.exists():
        raise LookupError(f"There is no local cache at {path} yet. Run `counterfoil sync` first.")
    cache = stack.enter_context(Cache.open(path))
    conn = cache.connect()
    accounts = [account] if account is not None else _accounts(conn)
    if stripe_api:
        found = search_stripe(profile.api(), text, accounts, store=Store(conn, path))
        return found.hits[:limit]
    hits = search_all(conn, text, account=account, limit=limit)
    if not hits and looks_like_customer_id(text):
        found = lookup_customer(profile.api(), text, accounts, store=Store(conn, path))
        hits = found.hits
    return hits


def _accounts(conn: Any) -> list[str]:
    from services.customers.detail import cached_accounts_with_customers

    return cached_accounts_with_customers(conn)
