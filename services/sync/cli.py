"""``counterfoil sync``: the same sync as the app, headless, with a progress bar.

:func:`run_sync_cli` runs :func:`services.sync.service.sync_once` on a worker thread
and draws progress on ``out`` (standard error): a bar redrawn in place on a terminal,
a line every few seconds otherwise (logs, CI). Ctrl-C cancels cleanly (what was fetched
is kept; the next run resumes). Exit codes: 0 done, 1 failed, 2 no such profile,
130 cancelled. ``desktop/cli.py`` calls it with the ``--profile`` and ``--full`` options.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

import stripe

from services.cache.db import Cache
from services.cache.errors import CacheCorrupt
from services.errors import describe
from services.sync.errors import SyncCancelled, SyncError
from services.sync.progress import SyncProgress, SyncResult
from services.sync.ratelimit import RateLimiter
from services.sync.service import sync_once

BAR_WIDTH = 28
LINE_EVERY_S = 5.0


class ProgressPrinter:
    """Draws :class:`SyncProgress` reports on a text stream (thread-safe)."""

    def __init__(self, out: TextIO, *, tty: bool | None = None) -> None:
        self.out = out
        self.tty = out.isatty() if tty is None else tty
        self._lock = threading.Lock()
        self._last_line = 0.0
        self._drawn = False

    def __call__(self, p: SyncProgress) -> None:
        with self._lock:
            if p.message:
                self._clear()
                print(p.message, file=self.out, flush=True)
                return
            now = time.monotonic()
            if not self.tty and now - self._last_line < LINE_EVERY_S:
                return
            self._last_line = now
            line = self.render(p)
            if self.tty:
                self.out.write("\r" + line + "\x1b[K")
                self.out.flush()
                self._drawn = True
            else:
                print(line, file=self.out, flush=True)

    @staticmethod
    def render(p: SyncProgress) -> str:
        """One status line: bar (or spinner-less count), objects, rate, current list."""
        rate = p.total / p.elapsed_s if p.elapsed_s > 0 else 0.0
        where = p.resource.replace("billing_portal.configuration", "portal configuration")
        if p.account:
            where += f" ({p.account})"
        if p.fraction is not None:
            filled = round(p.fraction * BAR_WIDTH)
            bar = "[" + "#" * filled + "." * (BAR_WIDTH - filled) + f"] ~{p.fraction:4.0%} "
        else:
            bar = ""
        return f"{bar}{p.total:,} objects, {rate:,.0f}/s  {p.kind}: {where}"

    def _clear(self) -> None:
        if self.tty and self._drawn:
            self.out.write("\r\x1b[K")
            self._drawn = False

    def finish(self) -> None:
        """Move off the bar line."""
        with self._lock:
            self._clear()


def _summary(result: SyncResult) -> str:
    parts = ", ".join(f"{k.split('.')[-1]} {v:,}" for k, v in sorted(result.totals.items()) if v)
    kind = "Full sync" if result.kind == "full" else "Sync"
    text = f"{kind} done: {result.total:,} objects in {result.elapsed_s:.1f} s"
    if parts:
        text += f" ({parts})"
    if result.rate_limited:
        text += f"; Stripe asked to slow down {result.rate_limited} times"
    return text + "."


def open_profile(profile_id: str | None) -> tuple[stripe.StripeClient, Cache, bool]:
    """Client, cache and live flag for ``profile_id`` (None: the env key, else last used)."""
    from services.config import config_dir, data_dir
    from services.credentials import AccountManager, ProfileStore, SecretStore
    from services.gateway import env_api_key, resolve_api_base

    accounts = AccountManager(ProfileStore(config_dir()), SecretStore(), data_dir())
    key = env_api_key() if profile_id is None else None
    if key is not None:
        profile = accounts.add_ephemeral_account(key, resolve_api_base(None))
    else:
        wanted = profile_id or accounts.profiles.last_used_id()
        found = accounts.profiles.get(wanted) if wanted else None
        if found is None:
            raise LookupError(
                f"No profile {wanted!r}."
                if wanted
                else "No profile to sync yet. Add a Stripe "
                "account in the app, or set COUNTERFOIL_API_KEY."
            )
        profile = found
    gateway = accounts.open_gateway(profile)
    return gateway.client, Cache.open(accounts.cache_path(profile.id)), gateway.livemode


def run_sync_cli(
    profile_id: str | None = None,
    *,
    full: bool = False,
    out: TextIO | None = None,
    client: stripe.StripeClient | None = None,
    cache: Cache | None = None,
    live: bool = False,
    limiter: RateLimiter | None = None,
    offline_grace_s: float = 120.0,
) -> int:
    """``counterfoil sync [--profile P] [--full]``: sync and print progress; the exit code.

    The profile is ``profile_id``, else the key in ``COUNTERFOIL_API_KEY`` (with
    ``COUNTERFOIL_API_BASE``), else the last profile used in the app. Tests and scripts
    may pass ``client`` and ``cache`` instead (``live`` then picks live-mode rate limits,
    100 requests/s instead of 25). ``offline_grace_s`` is how long to keep retrying while
    Stripe cannot be reached.
    """
    out = out or sys.stderr
    own_cache = cache is None
    try:
        if client is None or cache is None:
            client, cache, live = open_profile(profile_id)
    except LookupError as exc:
        print(str(exc).strip("'\""), file=out)
        return 2
    except CacheCorrupt as exc:
        print(f"{exc} Open the app to rebuild it.", file=out)
        return 1
    except Exception as exc:
        print(f"Sync failed: {describe(exc).display()}", file=out)
        return 1
    try:
        return _run(
            client,
            cache,
            full=full,
            out=out,
            live=live,
            limiter=limiter,
            offline_grace_s=offline_grace_s,
        )
    finally:
        if own_cache:
            cache.close()


def _run(
    client: stripe.StripeClient,
    cache: Cache,
    *,
    full: bool,
    out: TextIO,
    live: bool,
    limiter: RateLimiter | None,
    offline_grace_s: float,
) -> int:
    printer = ProgressPrinter(out)
    cancel = threading.Event()
    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = sync_once(
                client,
                cache,
                full=full,
                limiter=limiter or RateLimiter(live=live),
                progress=printer,
                cancel=cancel,
                offline_grace_s=offline_grace_s,
            )
        except BaseException as exc:  # reported below, on the main thread
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="sync-cli", daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.2)
    except KeyboardInterrupt:
        cancel.set()
        printer.finish()
        print("Stopping… (what was fetched is kept)", file=out, flush=True)
        worker.join()
    printer.finish()
    error = outcome.get("error")
    if isinstance(error, SyncCancelled):
        print("Sync cancelled. Run it again to resume where it stopped.", file=out)
        return 130
    if isinstance(error, SyncError):
        print(f"Sync stopped: {error}", file=out)
        return 1
    if isinstance(error, BaseException):
        print(f"Sync failed: {describe(error).display()}", file=out)
        return 1
    result = outcome["result"]
    assert isinstance(result, SyncResult)
    for notice in result.notices:
        print(notice, file=out)
    print(_summary(result), file=out)
    return 0


# Earlier name, kept for callers written before it became public.
_open_profile = open_profile
