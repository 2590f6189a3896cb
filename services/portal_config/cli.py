"""``counterfoil portal-config export|import``: move portal configurations as JSON, headless.

``counterfoil portal-config export [--id bpc_…] --out FILE`` writes every configuration of
the account (or only ``--id``, repeatable) with the products and prices they offer, read
from Stripe now. ``counterfoil portal-config import FILE [--dry-run]`` maps the file's
products and prices onto the target account (by lookup key, then by product name, amount,
billing period and currency), prints the mapping and everything that cannot be mapped, and
creates the configurations unless ``--dry-run``.

Without ``--dry-run`` nothing is created while something cannot be mapped, unless
``--skip-unmapped`` says to go on without it; nothing is created while a configuration has
errors Stripe would refuse; in live mode the command asks for the account id to be typed
(``--yes`` skips the question for scripts). The account is ``--profile P``, else
``COUNTERFOIL_API_KEY`` (+ ``COUNTERFOIL_API_BASE``), else the last profile used, exactly as
``counterfoil sync`` resolves it.

Exit codes: 0 done (or dry run printed), 1 failed (Stripe refused, file unreadable,
errors in a configuration), 2 no such profile, 3 something cannot be mapped (and no
``--skip-unmapped``), 4 live import not confirmed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the command line imports this module at start: keep it light
    import stripe

    from services.portal_config.transfer import ImportPlan

EXIT_OK, EXIT_FAILED, EXIT_NO_PROFILE, EXIT_UNMAPPED, EXIT_NOT_CONFIRMED = 0, 1, 2, 3, 4

Opener = Callable[[str | None], "tuple[stripe.StripeClient, bool]"]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``portal-config`` with its ``export`` and ``import`` subcommands."""
    p = sub.add_parser(
        "portal-config",
        help="export customer portal configurations to JSON, or import them into an account",
    )
    p.set_defaults(run=lambda args: _usage(p))
    inner = p.add_subparsers(dest="portal_command", metavar="{export,import}")
    e = inner.add_parser("export", help="write configurations (all by default) to a JSON file")
    e.add_argument(
        "--id",
        dest="ids",
        action="append",
        metavar="bpc_…",
        help="only this configuration (repeatable)",
    )
    e.add_argument("--out", required=True, metavar="FILE", help="the JSON file to write")
    _profile_option(e)
    e.set_defaults(run=run_export)
    i = inner.add_parser("import", help="create the configurations of a JSON export")
    i.add_argument("file", metavar="FILE", help="a file written by `portal-config export`")
    i.add_argument(
        "--dry-run",
        action="store_true",
        help="print the mapping and what cannot be mapped; create nothing",
    )
    i.add_argument(
        "--skip-unmapped",
        action="store_true",
        help="create the configurations without what cannot be mapped",
    )
    i.add_argument(
        "--yes", action="store_true", help="do not ask before creating in a live-mode account"
    )
    _profile_option(i)
    i.set_defaults(run=run_import)


def _profile_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--profile",
        dest="portal_profile",
        default=None,
        help="profile id (default: COUNTERFOIL_API_KEY, else the last used profile)",
    )


def _usage(p: argparse.ArgumentParser) -> int:
    p.print_help(sys.stderr)
    return EXIT_FAILED


def open_client(profile_id: str | None) -> tuple[stripe.StripeClient, bool]:
    """The client and live flag of a profile, resolved like ``counterfoil sync``."""
    from services.sync.cli import _open_profile

    client, cache, live = _open_profile(profile_id)
    cache.close()
    return client, live


def _account_id(client: stripe.StripeClient) -> str | None:
    import stripe

    from services.portal_config import api

    try:
        account = api._json(client.raw_request("get", "/v1/account"))
    except stripe.StripeError:
        return None
    value = account.get("id")
    return value if isinstance(value, str) else None


def _open(
    args: argparse.Namespace, out: TextIO, opener: Opener | None
) -> tuple[stripe.StripeClient, bool] | int:
    from services.errors import describe

    try:
        return (opener or open_client)(getattr(args, "portal_profile", None))
    except LookupError as exc:
        print(str(exc).strip("'\""), file=out)
        return EXIT_NO_PROFILE
    except Exception as exc:
        print(describe(exc).display(), file=out)
        return EXIT_FAILED


def run_export(
    args: argparse.Namespace, *, out: TextIO | None = None, opener: Opener | None = None
) -> int:
    """``portal-config export``; returns the exit code."""
    import stripe

    from services.errors import describe
    from services.portal_config import api
    from services.portal_config.catalog import Catalog, fetch_missing
    from services.portal_config.document import from_object
    from services.portal_config.transfer import export_data, referenced_prices, write_export

    out = out or sys.stderr
    opened = _open(args, out, opener)
    if isinstance(opened, int):
        return opened
    client, live = opened
    try:
        objects = [api.retrieve(client, i) for i in args.ids] if args.ids else api.list_all(client)
        catalog = Catalog()
        wanted = [p for o in objects for p in referenced_prices(from_object(o))]
        fetch_missing(client, catalog, wanted)
        data = export_data(objects, catalog, account=_account_id(client), livemode=live)
        write_export(Path(args.out), data)
    except stripe.StripeError as exc:
        print(f"Export failed: {describe(exc).display()}", file=out)
        return EXIT_FAILED
    except OSError as exc:
        print(f"Could not write {args.out}: {exc}", file=out)
        return EXIT_FAILED
    n = len(objects)
    print(f"Exported {n} configuration{'s' if n != 1 else ''} to {args.out}.", file=out)
    return EXIT_OK


def _confirm_live(account: str | None, n: int, out: TextIO, stdin: TextIO) -> bool:
    if not stdin.isatty():
        print(
            "This is a live-mode account: run again with --yes to create the configurations "
            "for real, or use --dry-run.",
            file=out,
        )
        return False
    print(
        f"LIVE MODE: this creates {n} portal configuration(s) in your real Stripe account "
        f"{account or ''}.",
        file=out,
    )
    print(f"Type the account id ({account}) to confirm: ", end="", file=out, flush=True)
    return stdin.readline().strip() == (account or "")


def run_import(
    args: argparse.Namespace,
    *,
    out: TextIO | None = None,
    opener: Opener | None = None,
    stdin: TextIO | None = None,
) -> int:
    """``portal-config import``; returns the exit code."""
    import stripe

    from services.errors import describe
    from services.portal_config.catalog import from_api
    from services.portal_config.transfer import (
        ImportFileError,
        mapping_report,
        plan_file,
        read_export,
    )

    out = out or sys.stdout
    try:
        export = read_export(Path(args.file))
    except (ImportFileError, OSError) as exc:
        print(f"Cannot import {args.file}: {exc}", file=out)
        return EXIT_FAILED
    opened = _open(args, out, opener)
    if isinstance(opened, int):
        return opened
    client, live = opened
    try:
        target = from_api(client)
    except stripe.StripeError as exc:
        print(f"Could not read the target account's catalogue: {describe(exc).display()}", file=out)
        return EXIT_FAILED
    plans = plan_file(export, target)
    print(mapping_report(plans), file=out)
    for c in export.configurations:
        if c.ignored_fields:
            print(f"Ignored unknown fields in “{c.name}”: {', '.join(c.ignored_fields)}", file=out)
    unmapped = sum(len(p.unmapped) for p in plans)
    blocked = [p for p in plans if p.blocked]
    if args.dry_run:
        print(
            f"Dry run: nothing was created. {len(plans)} configuration(s); "
            f"{unmapped} item(s) cannot be mapped.",
            file=out,
        )
        return EXIT_OK
    if unmapped and not args.skip_unmapped:
        print(
            f"Nothing was created: {unmapped} item(s) cannot be mapped (listed above). Fix the "
            "target account, or run again with --skip-unmapped to import without them.",
            file=out,
        )
        return EXIT_UNMAPPED
    if blocked:
        names = ", ".join(f"“{p.name}”" for p in blocked)
        print(f"Nothing was created: {names} would be refused (errors above).", file=out)
        return EXIT_FAILED
    account = _account_id(client)
    if live and not args.yes and not _confirm_live(account, len(plans), out, stdin or sys.stdin):
        print("Nothing was created.", file=out)
        return EXIT_NOT_CONFIRMED
    return _create_all(client, plans, out)


def _create_all(client: stripe.StripeClient, plans: list[ImportPlan], out: TextIO) -> int:
    import stripe

    from services.errors import describe
    from services.portal_config import api

    created: list[dict[str, Any]] = []
    for plan in plans:
        doc = dict(plan.doc, name=plan.name)
        try:
            obj = api.create(client, doc)
            if not plan.active:
                obj = api.set_active(client, str(obj["id"]), False)
        except stripe.StripeError as exc:
            print(f"Creating “{plan.name}” failed: {describe(exc).display()}", file=out)
            if created:
                print("Already created: " + ", ".join(str(o["id"]) for o in created), file=out)
            return EXIT_FAILED
        created.append(obj)
        print(f"Created {obj['id']} “{plan.name}”.", file=out)
    return EXIT_OK
