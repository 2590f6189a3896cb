"""``counterfoil export paused-collection``: the accountants' CSV, headless, for scheduled jobs.

    counterfoil export paused-collection --profile P --out FILE
        [--account acct_…|platform] [--behavior B]… [--currency C]
        [--resumes-within DAYS | --indefinite] [--kind collection|status] [--sync] [--bom]

Reads the profile's local cache (no network, no keyring, unless ``--sync``), writes the
CSV atomically (see :mod:`services.paused.csvfile`) and prints one line saying what it
wrote, on standard error. The profile is ``--profile``, else the key in
``COUNTERFOIL_API_KEY`` (+ ``COUNTERFOIL_API_BASE``), else the last profile used in the
app: the same rules as ``counterfoil sync``. ``--sync`` first brings the cache up to date
(:func:`services.sync.cli.run_sync_cli`) and looks up when collection was paused
(:func:`services.paused.history.fetch_pause_history`).

Exit status (documented in the README):

* 0 — the file was written;
* 1 — it could not be written (unwritable path, full disk…), the cache is damaged, or
  ``--sync`` failed; the message says which, and an existing file is left as it was;
* 2 — bad arguments, or no such profile;
* 3 — the profile has no synced data yet: run ``counterfoil sync`` or add ``--sync``;
* 130 — interrupted (Ctrl-C); nothing was written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NO_CACHE = 3
EXIT_INTERRUPTED = 130

_BEHAVIORS = ("keep_as_draft", "mark_uncollectible", "void")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``export paused-collection`` (``desktop/cli.py`` calls this)."""
    export = sub.add_parser("export", help="write reports from the local cache (CSV)")
    kinds = export.add_subparsers(dest="export_what", metavar="REPORT", required=True)
    p = kinds.add_parser(
        "paused-collection",
        help="every subscription whose collection is paused, as CSV",
        description="Export every subscription with pause_collection set (or, with "
        "--kind status, every subscription with status=paused) from the profile's local "
        "cache to a CSV file. Exit status: 0 written; 1 could not write, damaged cache "
        "or sync failed; 2 bad arguments or no such profile; 3 no synced data yet "
        "(add --sync); 130 interrupted.",
    )
    p.add_argument(
        "--profile",
        dest="export_profile",
        default=None,
        metavar="P",
        help="profile id (default: COUNTERFOIL_API_KEY, else the last used profile)",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the CSV file to write")
    p.add_argument(
        "--account",
        default=None,
        metavar="ACCOUNT",
        help="only this connected account (acct_…), or 'platform' for your own",
    )
    p.add_argument(
        "--behavior",
        action="append",
        choices=_BEHAVIORS,
        default=None,
        help="only this pause behaviour (repeat for several)",
    )
    p.add_argument("--currency", default=None, metavar="CODE", help="only this currency (usd…)")
    resumes = p.add_mutually_exclusive_group()
    resumes.add_argument(
        "--resumes-within",
        type=int,
        default=None,
        metavar="DAYS",
        help="only pauses that end within DAYS days",
    )
    resumes.add_argument(
        "--indefinite", action="store_true", help="only pauses with no resume date"
    )
    p.add_argument(
        "--kind",
        choices=("collection", "status"),
        default="collection",
        help="collection: pause_collection set (default); status: status=paused",
    )
    p.add_argument("--sync", action="store_true", help="sync the cache from Stripe first")
    p.add_argument(
        "--bom", action="store_true", help="start the file with a UTF-8 byte-order mark (Excel)"
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, *, out: TextIO | None = None) -> int:
    """Run the command for parsed ``args``; returns the exit status."""
    return export_paused_collection(
        profile_id=args.export_profile,
        out_path=args.out,
        account=args.account,
        behaviors=args.behavior,
        currency=args.currency,
        resumes_within=args.resumes_within,
        indefinite=args.indefinite,
        kind=args.kind,
        sync=args.sync,
        bom=args.bom,
        err=out,
    )


def _filters(
    account: str | None,
    behaviors: list[str] | None,
    currency: str | None,
    resumes_within: int | None,
    indefinite: bool,
) -> Any:
    from services.paused.model import Filters, ResumeFilter

    if account is not None:
        if account.lower() == "platform":
            account = ""
        elif not account.startswith("acct_"):
            raise ValueError(
                f"--account takes a connected account id (acct_…) or 'platform', not {account!r}."
            )
    if currency is not None and (len(currency) != 3 or not currency.isalpha()):
        raise ValueError(f"--currency takes a three-letter code such as usd, not {currency!r}.")
    if resumes_within is not None and resumes_within < 0:
        raise ValueError("--resumes-within takes a number of days, 0 or more.")
    resumes: ResumeFilter = (
        "indefinite" if indefinite else "within" if resumes_within is not None else "any"
    )
    return Filters(
        behaviors=frozenset(behaviors or ()),
        account=account,
        currency=currency.lower() if currency else None,
        resumes=resumes,
        within_days=resumes_within or 0,
    )


def export_paused_collection(
    *,
    profile_id: str | None,
    out_path: str,
    account: str | None = None,
    behaviors: list[str] | None = None,
    currency: str | None = None,
    resumes_within: int | None = None,
    indefinite: bool = False,
    kind: str = "collection",
    sync: bool = False,
    bom: bool = False,
    err: TextIO | None = None,
) -> int:
    """The command's body (tests call it directly); messages go to ``err``."""
    err = err or sys.stderr

    def say(text: str) -> None:
        print(f"counterfoil export: {text}", file=err, flush=True)

    try:
        filters = _filters(account, behaviors, currency, resumes_within, indefinite)
    except ValueError as exc:
        say(str(exc))
        return EXIT_USAGE
    try:
        return _export(profile_id, Path(out_path), filters, kind, sync, bom, say, err)
    except KeyboardInterrupt:
        say("interrupted; nothing was written.")
        return EXIT_INTERRUPTED


def _export(
    profile_id: str | None,
    target: Path,
    filters: Any,
    kind: str,
    sync: bool,
    bom: bool,
    say: Any,
    err: TextIO,
) -> int:
    from services.cache.db import Cache
    from services.cache.errors import CacheCorrupt, CacheTooNew
    from services.config import config_dir, data_dir
    from services.credentials import AccountManager, ProfileStore, SecretStore
    from services.errors import UserFacingError, describe
    from services.gateway import env_api_key, resolve_api_base
    from services.paused import query
    from services.paused.csvfile import AccountLabel, ExportError
    from services.paused.export import export_csv

    accounts = AccountManager(ProfileStore(config_dir()), SecretStore(), data_dir())
    try:
        key = env_api_key() if profile_id is None else None
        if key is not None:
            profile = accounts.add_ephemeral_account(key, resolve_api_base(None))
        else:
            wanted = profile_id or accounts.profiles.last_used_id()
            found = accounts.profiles.get(wanted) if wanted else None
            if found is None:
                if wanted:
                    say(f"there is no profile {wanted!r}; `counterfoil profiles` lists them.")
                else:
                    say(
                        "no profile to export from. Add a Stripe account in the app, or set "
                        "COUNTERFOIL_API_KEY, or pass --profile."
                    )
                return EXIT_USAGE
            profile = found
    except UserFacingError as exc:
        say(exc.display())
        return EXIT_FAILED
    except Exception as exc:
        say(describe(exc).display())
        return EXIT_FAILED

    path = accounts.cache_path(profile.id)
    suggestion = (
        f"Run `counterfoil sync --profile {profile.id}` first, or add --sync to this command."
    )
    if not sync and not path.exists():
        say(f"profile {profile.id!r} has no local data yet. {suggestion}")
        return EXIT_NO_CACHE
    try:
        cache = Cache.open(path)
    except (CacheCorrupt, CacheTooNew) as exc:
        say(f"{exc} Open the app to rebuild it.")
        return EXIT_FAILED
    try:
        if sync:
            code = _sync(accounts, profile, cache, say, err)
            if code != EXIT_OK:
                return code
        conn = cache.open_connection()
        try:
            synced = query.has_synced(conn)
        finally:
            conn.close()
        if not synced:
            say(f"profile {profile.id!r} has not finished a first sync yet. {suggestion}")
            return EXIT_NO_CACHE
        try:
            result = export_csv(
                cache,
                target,
                kind="status" if kind == "status" else "collection",
                filters=filters,
                platform=AccountLabel(profile.account_id, profile.display_name),
                bom=bom,
            )
        except ExportError as exc:
            say(exc.message)
            return EXIT_FAILED
        except CacheCorrupt as exc:
            say(f"{exc} Open the app to rebuild it.")
            return EXIT_FAILED
        what = "paused collection" if kind != "status" else "paused (status=paused)"
        per = ", ".join(f"{c or '?'} {n:,}" for c, n in sorted(result.per_currency.items()))
        noun = "subscription" if result.rows == 1 else "subscriptions"
        say(
            f"wrote {result.rows:,} {what} {noun}"
            + (f" ({per})" if per else "")
            + f" to {target} in {result.elapsed_s:.1f} s."
        )
        return EXIT_OK
    finally:
        cache.close()


def _sync(accounts: Any, profile: Any, cache: Any, say: Any, err: TextIO) -> int:
    """``--sync``: the same sync as ``counterfoil sync``, then the pause dates."""
    from services.errors import describe
    from services.paused.history import fetch_pause_history
    from services.sync.cli import run_sync_cli
    from services.sync.errors import SyncCancelled
    from services.sync.ratelimit import RateLimiter

    try:
        gateway = accounts.open_gateway(profile)
    except Exception as exc:
        say(describe(exc).display())
        return EXIT_FAILED
    code = run_sync_cli(client=gateway.client, cache=cache, live=gateway.livemode, out=err)
    if code != 0:
        say("the sync did not finish, so nothing was exported.")
        return EXIT_INTERRUPTED if code == 130 else EXIT_FAILED
    try:
        fetch_pause_history(gateway.client, cache, limiter=RateLimiter(live=gateway.livemode))
    except SyncCancelled:
        return EXIT_INTERRUPTED
    except Exception as exc:  # the export is still right without them; say so
        say(f"could not look up when collection was paused: {describe(exc).display()}")
    return EXIT_OK
