"""The ``counterfoil`` command: the GUI by default, subcommands for scripted use.

``counterfoil`` opens the app; ``counterfoil --demo`` opens it on an in-process sandbox;
``counterfoil sandbox …`` serves the sandbox standalone; ``counterfoil sync …`` fills a
profile's cache headless; ``counterfoil profiles`` lists the saved profiles. Headless
commands never import Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Modules that contribute subcommands: each has ``add_parser(subparsers)`` registering its
# command (with ``set_defaults(run=callable)``), and imports nothing heavy at top level.
COMMAND_MODULES: tuple[str, ...] = (
    "services.portal_config.cli",
    "services.customers.cli",
    "services.paused.cli",
)


def _sandbox_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("sandbox", help="serve the local Stripe sandbox until Ctrl-C")
    p.add_argument("--port", type=int, default=12111, help="port on 127.0.0.1 (0: any free)")
    p.add_argument("--seed", choices=["demo", "empty", "large"], default="demo")
    p.add_argument(
        "--customers",
        type=int,
        default=None,
        help="customers to generate for --seed large (default 1,000,000)",
    )
    p.add_argument(
        "--rate-limit",
        type=float,
        default=25.0,
        metavar="R",
        help="global requests/s (Stripe's test-mode limit, 25, by default)",
    )
    p.add_argument("--no-rate-limit", action="store_true", help="turn every rate limit off")
    p.add_argument("--latency-ms", type=float, default=0.0, metavar="N")
    p.add_argument(
        "--error-rate",
        type=float,
        default=0.0,
        metavar="F",
        help="fraction of requests answered with 500",
    )
    p.add_argument(
        "--drop-rate",
        type=float,
        default=0.0,
        metavar="F",
        help="fraction of requests whose connection is dropped",
    )
    p.add_argument(
        "--api-key",
        default=None,
        metavar="KEY",
        help="the sk_test_ key the sandbox accepts (default printed at start)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="counterfoil",
        description="Counterfoil, a desktop back office for Stripe Billing.",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the app on an in-process sandbox with demo data"
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        default=None,
        help="with --demo: render every panel to DIR/<panel>.png and exit",
    )
    parser.add_argument("--lang", default=None, help="user-interface language (en, es, it, de, fr)")
    parser.add_argument("--profile", default=None, help="open this profile")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _sandbox_parser(sub)
    s = sub.add_parser("sync", help="fill a profile's cache from Stripe, headless")
    s.add_argument(
        "--profile",
        dest="sync_profile",
        default=None,
        help="profile id (default: COUNTERFOIL_API_KEY, else the last used profile)",
    )
    s.add_argument("--full", action="store_true", help="full sync instead of incremental")
    sub.add_parser("profiles", help="list saved profiles (no keys are shown)")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_parser(sub)
    return parser


def _run_sandbox(args: argparse.Namespace) -> int:
    from services.sandbox.ratelimit import RateLimits
    from services.sandbox.server import SandboxServer

    limits = None if args.no_rate_limit else RateLimits.with_global(args.rate_limit)
    kwargs = {"api_key": args.api_key} if args.api_key else {}
    print(f"Generating the '{args.seed}' seed…", file=sys.stderr, flush=True)
    srv = SandboxServer(
        args.seed, customers=args.customers, port=args.port, rate_limits=limits, **kwargs
    )
    srv.faults.latency_ms = args.latency_ms
    srv.faults.error_rate = args.error_rate
    srv.faults.drop_rate = args.drop_rate
    srv.start()
    limit_text = "off" if limits is None else f"{args.rate_limit:g} req/s global"
    print(f"Stripe sandbox at {srv.url}", flush=True)
    print(f"  API key: {srv.api_key}", flush=True)
    print(f"  seed: {args.seed}; rate limit: {limit_text}", flush=True)
    print(
        f"  try: COUNTERFOIL_API_BASE={srv.url} COUNTERFOIL_API_KEY={srv.api_key} "
        "counterfoil sync --full",
        flush=True,
    )
    print("Press Ctrl-C to stop.", flush=True)
    try:
        while True:
            import time

            time.sleep(3600)
    except KeyboardInterrupt:
        print("\nStopping.", file=sys.stderr)
    finally:
        srv.stop()
    return 0


def _run_profiles() -> int:
    from services.config import config_dir
    from services.credentials import ProfileStore

    profiles = ProfileStore(config_dir()).list()
    if not profiles:
        print("No profiles yet. Open the app to add a Stripe account, or try `counterfoil --demo`.")
        return 0
    for p in profiles:
        mode = "LIVE" if p.livemode else "test"
        print(f"{p.id}\t{p.display_name}\t{p.account_id}\t{mode}")
    return 0


def _run_sync(args: argparse.Namespace) -> int:
    from services.sync.cli import run_sync_cli

    return run_sync_cli(profile_id=args.sync_profile, full=args.full)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "sandbox":
        return _run_sandbox(args)
    if args.command == "sync":
        return _run_sync(args)
    if args.command == "profiles":
        return _run_profiles()
    if args.command is not None and hasattr(args, "run"):
        return int(args.run(args))
    if args.screenshots and not args.demo:
        build_parser().error("--screenshots needs --demo")
    from desktop.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
