"""Full sync: every cached list, for the platform and each connected account, in parallel.

How it runs
-----------
A *job* is one list (:mod:`services.sync.resources`) for one account ('' = platform,
``acct_…`` through ``Stripe-Account``). A job starts as one *range* of ``created``
values, read newest first with ``starting_after``. Whenever a range reads a full page
while fetch threads are idle, it splits the part it has not read yet (from its lower
bound up to the ``created`` of the page's last object) into equal time slices, keeps the
top slice and hands the others to idle threads as new ranges with their own
``created[gte]``/``created[lt]`` filters. A range never changes the filter it paginates
with; a range whose lower bound was raised by a split simply stops (and drops the
objects) once it reaches that bound. So a small list costs one request, and a
million-object list fans out over every thread within a few pages, whatever the
distribution of ``created``. The thread count is sized to the rate budget, and the
:class:`~services.sync.ratelimit.RateLimiter` keeps the whole run just under Stripe's
limits; 429s and outages are retried in :class:`~services.sync.transport.Api`. Every
range ends with a partly wasted page, so under a rate limit a range splits off one slice
at a time, and only while part of the budget went unused lately
(:meth:`~services.sync.ratelimit.RateLimiter.spare_capacity`): no more ranges run than
it takes to keep the budget in use.

One writer
----------
Fetch threads never touch the cache. They read pages through
:class:`~services.sync.transport.Api` and put them on a bounded queue: for customers,
subscriptions, products, prices, invoices and accounts the response *as received* (UTF-8
bytes, never parsed or decoded in Python): the fetch thread reads the few facts it needs
to paginate with SQLite (:func:`~services.sync.pages.page_shape`) and the writer hands
the page to SQLite to flatten with the GIL released
(:meth:`~services.cache.store.Store.write_body`); a page of subscriptions whose item list
was cut short is parsed, completed and turned into rows instead. For the other lists,
rows are made on the fetch thread (:func:`~services.cache.store.prepare`), so parsed JSON
never piles up in the queue for the garbage collector. A single writer thread with its
own connection commits them, grouping whatever is queued (up to about 4,000 objects;
under a rate limit, waiting up to a quarter of a second for more while pages are still
being read) into one transaction: fewer, larger commits write each index page to the WAL
fewer times, which is most of what a commit costs.
Each page's range checkpoint (filter, lower bound, cursor) and any ranges split from it
are written in the same transaction as its objects: a checkpoint is never ahead of its
data, and a half-written page is never visible. The progress callback is called after
each commit, from the writer thread.

Resuming
--------
The run's state lives in ``sync_checkpoints`` under ``full:run`` (Stripe's clock at the
start, each job's state, the newest event per account before its lists were read) and
``full:range:<job>:<n>``. A crash, a cancel (:class:`SyncCancelled`) or a long outage
(:class:`SyncOffline`) leaves them in place; the next :meth:`FullSync.run` carries on
from the last committed page of every range. Objects are upserted by id, so nothing is
duplicated.

Every row a run lists is stamped with the run's ``gen``. When a job's last range is done,
rows of that list and account that the run did not list and that were created before it
started are deleted: they are gone from Stripe (newer ones came from events). A job whose
list and account had no row in the cache when the run began (``fresh`` in the run's
state: a first sync) skips that sweep, which would read every row it just wrote to find
none to delete.
When every job is done, each account's event cursor is set to the newest event seen
before its lists were read, so incremental sync (:mod:`services.sync.incremental`)
replays whatever changed during the full sync. ``full:last_complete`` records the run.

A connected account that refuses access (revoked, permissions) is skipped with a notice
in the result; the platform's own errors end the run.
"""

from __future__ import annotations

import json
import math
import queue
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import stripe

from services.cache.db import Cache
from services.cache.store import BULK_RESOURCES, PLATFORM, PreparedPage, Store, prepare
from services.sync.errors import SyncCancelled
from services.sync.pages import page_shape
from services.sync.progress import ProgressCallback, SyncProgress, SyncResult
from services.sync.ratelimit import RateLimiter
from services.sync.resources import ACCOUNTS, BY_RESOURCE, ListSpec, lists_for
from services.sync.transport import Api, endpoint_of

PAGE_LIMIT = 100
GROUP_OBJECTS = 4000
GATHER_S = 0.25
QUEUE_PAGES = 64
MIN_SPLIT_SPAN_S = 2
RUN_KEY = "full:run"
RANGE_PREFIX = "full:range:"
LAST_COMPLETE_KEY = "full:last_complete"

_ACCESS_ERRORS = (stripe.PermissionError, stripe.AuthenticationError)


def _job_key(resource: str, account: str) -> str:
    return f"{resource}@{account}"


@dataclass
class _Range:
    """A ``created`` slice of one job, paginated with a fixed filter."""

    rid: int
    gte: int
    lt: int | None
    lo: int
    after: str | None = None
    after_created: int | None = None
    done: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "rid": self.rid,
            "gte": self.gte,
            "lt": self.lt,
            "lo": self.lo,
            "after": self.after,
            "after_created": self.after_created,
            "done": self.done,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> _Range:
        return cls(
            rid=int(data["rid"]),
            gte=int(data["gte"]),
            lt=None if data.get("lt") is None else int(data["lt"]),
            lo=int(data["lo"]),
            after=data.get("after"),
            after_created=data.get("after_created"),
            done=bool(data.get("done")),
        )

    def remaining(self, top: int, floor: int) -> int:
        """Seconds of ``created`` (above ``floor``) still to read in this range."""
        if self.done:
            return 0
        upper = self.after_created if self.after_created is not None else (self.lt or top)
        return max(0, min(upper, self.lt or upper) - max(self.lo, floor))


@dataclass
class _Job:
    """One list for one account."""

    spec: ListSpec
    account: str
    floor: int
    """Earliest plausible ``created`` (the account's creation); ranges split above it."""
    state: str = "open"
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_rid: int = 0
    # Writer-owned after the job starts:
    open_rids: set[int] = field(default_factory=set)
    remaining: dict[int, int] = field(default_factory=dict)
    span: int = 1

    @property
    def key(self) -> str:
        return _job_key(self.spec.resource, self.account)

    def new_rid(self) -> int:
        with self.lock:
            rid = self.next_rid
            self.next_rid += 1
            return rid

    def to_json(self) -> dict[str, Any]:
        return {
            "resource": self.spec.resource,
            "account": self.account,
            "floor": self.floor,
            "state": self.state,
        }


@dataclass
class _BodyPage:
    """A page for :meth:`Store.write_body`: the response text, not parsed objects."""

    body: str | bytes
    source_ts: int
    created_from: int
    count: int


@dataclass
class _PageMsg:
    job: _Job
    rng: dict[str, Any]
    page: PreparedPage | _BodyPage
    new_ranges: list[dict[str, Any]]
    done: bool

    @property
    def count(self) -> int:
        page = self.page
        return page.count if isinstance(page, _BodyPage) else len(page.rows)


@dataclass
class _JobsMsg:
    jobs: list[_Job]
    account: str | None = None
    cursor: dict[str, Any] | None = None
    notice: str = ""


@dataclass
class _JobEndMsg:
    job: _Job
    failed: str = ""


_FINISH = object()
_STOP = object()


def _event_ref(data: Mapping[str, Any]) -> dict[str, Any] | None:
    items = data.get("data") or []
    if not items:
        return None
    first = items[0]
    return {"id": first.get("id"), "created": first.get("created")}


def default_workers(limiter: RateLimiter) -> int:
    """Fetch threads for a rate budget: enough to keep ~0.4 s requests at the limit.

    Without a budget (a local server), the single writer, not the network, sets the pace:
    four requests in flight keep it busy, and every extra thread only competes for the GIL
    with the window's thread (8 threads made a 5 ms UI heartbeat's p99 ~20 % later than 4,
    for no more objects per second).
    """
    rps = limiter.global_rps
    if rps is None:
        return 4
    return max(2, min(16, math.ceil(rps * 0.4)))


class FullSync:
    """A resumable, parallel full sync of the cache. Call :meth:`run` on a worker thread."""

    def __init__(
        self,
        client: stripe.StripeClient,
        cache: Cache,
        *,
        accounts: Sequence[str] | None = None,
        limiter: RateLimiter | None = None,
        workers: int | None = None,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        offline_grace_s: float = 120.0,
        restart: bool = False,
    ) -> None:
        """``accounts`` None syncs the platform and every connected account; a list syncs
        only those connected accounts (e.g. ones that just appeared). ``restart`` throws
        away an interrupted run's checkpoints instead of resuming it."""
        self.cache = cache
        self.only_accounts = list(accounts) if accounts is not None else None
        self.limiter = limiter or RateLimiter()
        self.workers = workers or default_workers(self.limiter)
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self.restart = restart
        self._halt = threading.Event()
        self.api = Api(
            client, limiter=self.limiter, cancel=self._halt, offline_grace_s=offline_grace_s
        )
        scope = "" if accounts is None else "[" + ",".join(sorted(accounts)) + "]"
        self.run_key = RUN_KEY + scope
        self.range_prefix = RANGE_PREFIX + scope
        self._queue: queue.Queue[object] = queue.Queue(maxsize=QUEUE_PAGES)
        self._events: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._lock = threading.Lock()
        self._error: BaseException | None = None
        self._jobs: dict[str, _Job] = {}
        self._pending_bootstraps = 0
        self._bootstrapping: set[str] = set()
        # Connected accounts are looked up once the accounts list is in the cache; until
        # then the run is not over even if every job so far is done.
        self._connected_started = False
        self._active_ranges = 0
        self._state: dict[str, Any] = {}
        self._result = SyncResult("full")
        self._t0 = 0.0
        self._executor: ThreadPoolExecutor | None = None
        self.ranges_started = 0
        """Ranges fetched in this run (one per job, plus one per split-off slice)."""
        self.writer_cpu_s = 0.0
        """CPU time the writer thread used (diagnostics: the rest went to fetching)."""

    # -- the run ------------------------------------------------------------------------
    def run(self) -> SyncResult:
        """Sync until done; raises SyncCancelled, SyncOffline or a Stripe error if it stops."""
        self._t0 = time.monotonic()
        conn = self.cache.open_connection()
        writer: threading.Thread | None = None
        try:
            store = Store(conn, self.cache.path)
            if self.restart:
                store.set_checkpoint(self.run_key, None)
                store.clear_checkpoints(self.range_prefix)
            state = store.checkpoint(self.run_key)
            self._result.resumed = state is not None
            if state is None:
                state = self._new_state()
                state["fresh"] = [
                    key
                    for key, info in state["jobs"].items()
                    if not store.has_rows(info["resource"], account=info["account"])
                ]
                store.set_checkpoint(self.run_key, state)
            else:
                self._notice("Resuming the full sync that was interrupted.")
            self._state = state
            accounts_listed = self._accounts_listed()  # before the writer can change state
            ranges = self._load_ranges(store)
            writer = threading.Thread(target=self._writer, name="sync-writer", daemon=True)
            writer.start()
            self._executor = ThreadPoolExecutor(self.workers, thread_name_prefix="sync-fetch")
            for key, info in list(state["jobs"].items()):
                spec = BY_RESOURCE[info["resource"]]
                job = _Job(spec, info["account"], int(info["floor"]), state=info["state"])
                self._jobs[key] = job
                if job.state == "open":
                    self._start_job(job, ranges.get(key, []))
            if self.only_accounts is not None or accounts_listed:
                self._bootstrap_connected(conn)
            self._coordinate(conn)
        except BaseException as exc:
            self._fail(exc)
        finally:
            if self._error is not None:
                self._halt.set()
            if self._executor is not None:
                self._executor.shutdown(wait=True, cancel_futures=True)
            if writer is not None:
                if self._error is None:
                    self._queue.put(_FINISH)
                self._queue.put(_STOP)
                writer.join()
            conn.close()
        self._result.elapsed_s = time.monotonic() - self._t0
        self._result.requests = self.api.stats.requests
        self._result.rate_limited = self.api.stats.rate_limited
        if self._error is not None:
            raise self._error
        return self._result

    def _new_state(self) -> dict[str, Any]:
        jobs: dict[str, Any] = {}
        cursors: dict[str, Any] = {}
        if self.only_accounts is None:
            account = self.api.get("/v1/account")
            floor = int(account.data.get("created") or 0)
            events = self.api.get("/v1/events", {"limit": 1})
            run_ts = account.server_time
            cursors[PLATFORM] = _event_ref(events.data)
            for spec in lists_for(PLATFORM):
                jobs[_job_key(spec.resource, PLATFORM)] = _Job(spec, PLATFORM, floor).to_json()
        else:
            run_ts = int(time.time())
        return {
            "gen": time.time_ns() // 1000,
            "run_ts": run_ts,
            "started_at": int(time.time()),
            "jobs": jobs,
            "cursors": cursors,
            "bootstrapped": [],
        }

    def _load_ranges(self, store: Store) -> dict[str, list[_Range]]:
        out: dict[str, list[_Range]] = {}
        for key, value in store.checkpoints(self.range_prefix).items():
            job_key = key[len(self.range_prefix) :].rsplit(":", 1)[0]
            out.setdefault(job_key, []).append(_Range.from_json(value))
        return out

    def _accounts_listed(self) -> bool:
        info = self._state["jobs"].get(_job_key(ACCOUNTS.resource, PLATFORM))
        return info is not None and info["state"] == "done"

    def _coordinate(self, conn: Any) -> None:
        while True:
            if self.cancel.is_set():
                raise SyncCancelled()
            try:
                kind, payload = self._events.get(timeout=0.1)
            except queue.Empty:
                kind, payload = "", None
            if kind == "error":
                return
            if kind == "job_end" and payload == _job_key(ACCOUNTS.resource, PLATFORM):
                self._bootstrap_connected(conn)
            with self._lock:
                busy = (
                    not self._connected_started
                    or self._pending_bootstraps > 0
                    or any(j.state == "open" for j in self._jobs.values())
                )
            if not busy and self._error is None:
                return

    # -- jobs and ranges -----------------------------------------------------------------
    def _start_job(self, job: _Job, ranges: list[_Range]) -> None:
        """Register a job's open ranges with the writer's bookkeeping and fetch them."""
        top = self._state["run_ts"]
        job.span = max(1, top - job.floor)
        if not ranges:
            ranges = [_Range(rid=0, gte=0, lt=None, lo=0)]
        job.next_rid = max(r.rid for r in ranges) + 1
        open_ranges = [r for r in ranges if not r.done]
        job.open_rids = {r.rid for r in open_ranges}
        job.remaining = {r.rid: r.remaining(top, job.floor) for r in open_ranges}
        if not open_ranges:
            self._put(_JobEndMsg(job))
            return
        for rng in open_ranges:
            self._submit_range(job, rng)

    def _submit_range(self, job: _Job, rng: _Range) -> None:
        assert self._executor is not None
        with self._lock:
            self._active_ranges += 1
            self.ranges_started += 1
        self._executor.submit(self._guard, self._fetch_range, job, rng)

    def _guard(self, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except SyncCancelled:
            pass
        except BaseException as exc:
            self._fail(exc)

    def _fetch_range(self, job: _Job, rng: _Range) -> None:
        try:
            while not rng.done:
                if self._halt.is_set():
                    raise SyncCancelled()
                self._fetch_page(job, rng)
        except _ACCESS_ERRORS as exc:
            if not job.account:
                raise
            self._put(_JobEndMsg(job, failed=str(exc.user_message or exc)))
        finally:
            with self._lock:
                self._active_ranges -= 1

    def _params(self, job: _Job, rng: _Range) -> dict[str, Any]:
        params: dict[str, Any] = dict(job.spec.params)
        params["limit"] = PAGE_LIMIT
        if job.spec.partition:
            created: dict[str, int] = {"gte": rng.gte}
            if rng.lt is not None:
                created["lt"] = rng.lt
            params["created"] = created
        if rng.after:
            params["starting_after"] = rng.after
        return params

    def _fetch_page(self, job: _Job, rng: _Range) -> None:
        bulk = job.spec.resource in BULK_RESOURCES
        path, params = job.spec.path, self._params(job, rng)
        try:
            if bulk:
                resp = self.api.get_text(path, params, account=job.account)
            else:
                resp = self.api.get(path, params, account=job.account)
        except stripe.InvalidRequestError as exc:
            if rng.after and exc.code == "resource_missing" and exc.param == "starting_after":
                # The cursor object is gone: restart the range just above where it was.
                if rng.after_created is not None:
                    rng.lt = rng.after_created + 1
                rng.after = None
                return
            raise
        page: PreparedPage | _BodyPage | None = None
        if bulk:
            # The bulk path: SQLite reads the page's shape here and flattens it in the
            # writer, so no Python object is built for it -- unless an embedded list was
            # cut short and must be completed first.
            shape = page_shape(resp.body, rng.lo, nested=job.spec.resource == "subscription")
            if not shape.nested_more:
                count, has_more, kept = shape.count, shape.has_more, shape.kept
                last = (shape.last_id, shape.last_created or 0) if count else None
                page = _BodyPage(resp.body, resp.server_time, rng.lo, kept)
            else:
                resp.data = json.loads(resp.body)
        data: list[dict[str, Any]] = []
        keep: list[dict[str, Any]] = []
        if page is None:
            data = list(resp.data.get("data") or [])
            has_more = bool(resp.data.get("has_more"))
            keep = [o for o in data if int(o.get("created") or 0) >= rng.lo]
            count, kept = len(data), len(keep)
            last = (data[-1]["id"], int(data[-1].get("created") or 0)) if data else None
        if last is not None:
            rng.after, rng.after_created = last
        finished = not count or not has_more or kept < count
        new: list[_Range] = []
        if not finished and job.spec.partition:
            new = self._split(job, rng)
        rng.done = finished
        if page is None:
            if job.spec.resource == "subscription":
                self._complete_items(keep, job.account)
            # Rows are made here, on the fetch thread, so the parsed JSON is freed at once.
            page = prepare(
                job.spec.resource, keep, job.account, resp.server_time, self._state["gen"]
            )
        del data, keep, resp
        self._put(_PageMsg(job, rng.to_json(), page, [r.to_json() for r in new], finished))
        for r in new:
            self._submit_range(job, r)

    def _split(self, job: _Job, rng: _Range) -> list[_Range]:
        """Hand the unread part below ``rng``'s cursor to idle threads, in time slices."""
        with self._lock:
            idle = self.workers - self._active_ranges
        top = rng.after_created
        if idle <= 0 or top is None:
            return []
        if self.limiter.global_rps is not None:
            # Under a rate limit, more ranges help only while some budget goes unused, and
            # each costs a partly wasted page where it ends: add them one at a time.
            if not self.limiter.spare_capacity(endpoint_of(job.spec.path)):
                return []
            idle = 1
        base = max(rng.lo, job.floor) if job.floor < top else rng.lo
        span = top - base
        pieces = min(idle, span // MIN_SPLIT_SPAN_S)
        if pieces <= 0:
            return []
        step = span // (pieces + 1)
        bounds = [base + step * i for i in range(1, pieces + 1)]
        lows = [rng.lo, *bounds[:-1]]
        new = [
            _Range(rid=job.new_rid(), gte=low, lt=high, lo=low)
            for low, high in zip(lows, bounds, strict=True)
        ]
        rng.lo = bounds[-1]
        return new

    def _complete_items(self, subs: list[dict[str, Any]], account: str) -> list[int]:
        """Fetch the rest of any subscription whose embedded item list was cut short;
        returns the indexes of the subscriptions it completed."""
        completed: list[int] = []
        for index, sub in enumerate(subs):
            items = sub.get("items")
            if not isinstance(items, dict) or not items.get("has_more"):
                continue
            completed.append(index)
            data = list(items.get("data") or [])
            while True:
                params: dict[str, Any] = {"subscription": sub["id"], "limit": PAGE_LIMIT}
                if data:
                    params["starting_after"] = data[-1]["id"]
                resp = self.api.get("/v1/subscription_items", params, account=account)
                data.extend(resp.data.get("data") or [])
                if not resp.data.get("has_more"):
                    break
            sub["items"] = {**items, "data": data, "has_more": False}
        return completed

    # -- connected accounts --------------------------------------------------------------
    def _bootstrap_connected(self, conn: Any) -> None:
        if self.only_accounts is not None and not self.only_accounts:
            accounts: list[Any] = []
        elif self.only_accounts is not None:
            rows = conn.execute(
                "SELECT id, created FROM accounts WHERE account = '' AND id IN "
                f"({','.join('?' * len(self.only_accounts))})",
                self.only_accounts,
            ).fetchall()
            known = {r[0]: r[1] for r in rows}
            accounts = [(a, known.get(a)) for a in self.only_accounts]
        else:
            accounts = conn.execute(
                "SELECT id, created FROM accounts WHERE account = '' AND deleted = 0 "
                "ORDER BY created"
            ).fetchall()
        with self._lock:
            done = set(self._state.get("bootstrapped", [])) | self._bootstrapping
        for acct, created in accounts:
            if acct in done:
                continue
            with self._lock:
                self._bootstrapping.add(acct)
                self._pending_bootstraps += 1
            assert self._executor is not None
            self._executor.submit(self._guard, self._bootstrap, acct, int(created or 0))
        with self._lock:
            self._connected_started = True

    def _bootstrap(self, acct: str, created: int) -> None:
        jobs: list[_Job] = []
        cursor: dict[str, Any] | None = None
        notice = ""
        try:
            events = self.api.get("/v1/events", {"limit": 1}, account=acct)
            cursor = _event_ref(events.data)
            jobs = [_Job(spec, acct, created) for spec in lists_for(acct)]
        except _ACCESS_ERRORS as exc:
            notice = f"Skipped connected account {acct}: {exc.user_message or exc}"
        for job in jobs:
            job.span = max(1, self._state["run_ts"] - job.floor)
            job.next_rid = 1
            job.open_rids = {0}
            job.remaining = {0: job.span}
            with self._lock:
                self._jobs[job.key] = job
        with self._lock:
            self._pending_bootstraps -= 1
        self._put(_JobsMsg(jobs, account=acct, cursor=cursor, notice=notice))
        for job in jobs:
            self._submit_range(job, _Range(rid=0, gte=0, lt=None, lo=0))

    # -- plumbing ------------------------------------------------------------------------
    def _put(self, msg: object) -> None:
        while True:
            if self._halt.is_set() and self._error is not None:
                raise SyncCancelled()
            try:
                self._queue.put(msg, timeout=0.2)
                return
            except queue.Full:
                continue

    def _fail(self, exc: BaseException) -> None:
        with self._lock:
            if self._error is None:
                self._error = exc
        self._halt.set()
        self._events.put(("error", None))

    def _notice(self, text: str) -> None:
        self._result.notices.append(text)
        if self.progress is not None:
            self.progress(
                SyncProgress(
                    "full",
                    "",
                    "",
                    0,
                    dict(self._result.totals),
                    None,
                    time.monotonic() - self._t0,
                    text,
                )
            )

    # -- the writer thread ---------------------------------------------------------------
    def _writer(self) -> None:
        conn = self.cache.open_connection()
        try:
            conn.execute("PRAGMA wal_autocheckpoint = 10000")
            store = Store(conn, self.cache.path)
            broken = False
            while True:
                batch = self._gather()
                stop = batch[-1] is _STOP
                if not broken:
                    try:
                        self._write(store, [m for m in batch if m is not _STOP])
                    except BaseException as exc:
                        broken = True
                        self._fail(exc)
                if stop:
                    break
            if not broken:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
            self.writer_cpu_s = time.thread_time()

    def _gather(self) -> list[object]:
        """The next batch for one transaction: whatever is queued, up to about
        :data:`GROUP_OBJECTS`. Under a rate limit, after a page, the writer waits up to
        :data:`GATHER_S` for more while fetch threads are still reading: a commit per page
        (a rate-limited sync brings one every 40 ms) costs about half as much CPU again per
        object as larger ones, as index pages and the search index's segments are written
        at every commit."""
        batch = [self._queue.get()]
        count = batch[0].count if isinstance(batch[0], _PageMsg) else 0
        # Without a rate limit pages come as fast as the writer takes them (and each page
        # is committed, and reported, as soon as it can be).
        gather = GATHER_S if self.limiter.global_rps is not None else 0.0
        deadline = time.monotonic() + gather
        while count < GROUP_OBJECTS and batch[-1] is not _STOP:
            wait = 0.0
            if isinstance(batch[-1], _PageMsg):
                wait = min(deadline - time.monotonic(), 0.02)
            try:
                msg = self._queue.get(timeout=wait) if wait > 0 else self._queue.get_nowait()
            except queue.Empty:
                if wait <= 0 or not self._reading():
                    break
                continue
            batch.append(msg)
            count += msg.count if isinstance(msg, _PageMsg) else 0
        return batch

    def _reading(self) -> bool:
        """Whether a fetch thread may still bring a page."""
        with self._lock:
            return self._active_ranges > 0 or self._pending_bootstraps > 0

    def _write(self, store: Store, batch: list[object]) -> None:
        ended: list[str] = []
        pages: list[_PageMsg] = []
        with store.transaction():
            for msg in batch:
                if isinstance(msg, _PageMsg):
                    if self._write_page(store, msg, ended):
                        pages.append(msg)
                elif isinstance(msg, _JobsMsg):
                    self._write_jobs(store, msg)
                elif isinstance(msg, _JobEndMsg):
                    self._end_job(store, msg.job, ended, failed=msg.failed)
                elif msg is _FINISH:
                    self._write_finish(store)
        for msg in pages:
            self._report(msg)
        for key in ended:
            self._events.put(("job_end", key))

    def _write_page(self, store: Store, msg: _PageMsg, ended: list[str]) -> bool:
        job = msg.job
        if job.state != "open":
            return False
        page = msg.page
        if isinstance(page, _BodyPage):
            result = store.write_body(
                job.spec.resource,
                page.body,
                account=job.account,
                source_ts=page.source_ts,
                sync_gen=self._state["gen"],
                created_from=page.created_from,
            )
        else:
            result = store.write(page)
        if msg.count:
            totals = self._result.totals
            totals[job.spec.resource] = totals.get(job.spec.resource, 0) + result.written
        self._result.pages += 1
        prefix = f"{self.range_prefix}{job.key}:"
        store.set_checkpoint(prefix + str(msg.rng["rid"]), msg.rng)
        top = self._state["run_ts"]
        for data in msg.new_ranges:
            store.set_checkpoint(prefix + str(data["rid"]), data)
            job.open_rids.add(int(data["rid"]))
            job.remaining[int(data["rid"])] = _Range.from_json(data).remaining(top, job.floor)
        rid = int(msg.rng["rid"])
        job.remaining[rid] = _Range.from_json(msg.rng).remaining(top, job.floor)
        if msg.done:
            job.open_rids.discard(rid)
            job.remaining.pop(rid, None)
            if not job.open_rids:
                self._end_job(store, job, ended)
        return True

    def _end_job(self, store: Store, job: _Job, ended: list[str], *, failed: str = "") -> None:
        if job.state != "open":
            return
        if failed:
            job.state = "failed"
            self._result.notices.append(f"Skipped {job.spec.resource} of {job.account}: {failed}")
        else:
            job.state = "done"
            if job.key not in self._state.get("fresh", ()):
                store.sweep(
                    job.spec.resource,
                    account=job.account,
                    sync_gen=self._state["gen"],
                    created_before=self._state["run_ts"],
                )
        store.clear_checkpoints(f"{self.range_prefix}{job.key}:")
        self._state["jobs"][job.key] = job.to_json()
        store.set_checkpoint(self.run_key, self._state)
        ended.append(job.key)

    def _write_jobs(self, store: Store, msg: _JobsMsg) -> None:
        fresh = self._state.setdefault("fresh", [])
        for job in msg.jobs:
            self._state["jobs"][job.key] = job.to_json()
            # Before any page of the job: the queue is in order.
            if not store.has_rows(job.spec.resource, account=job.account):
                fresh.append(job.key)
        if msg.account is not None:
            self._state["bootstrapped"].append(msg.account)
            self._state["cursors"][msg.account] = msg.cursor
        if msg.notice:
            self._result.notices.append(msg.notice)
        store.set_checkpoint(self.run_key, self._state)

    def _write_finish(self, store: Store) -> None:
        now = int(time.time())
        for account, ref in self._state["cursors"].items():
            if ref is None or not ref.get("id"):
                # No event yet: an empty cursor still marks the account as synced.
                ref = {"id": None, "created": self._state["run_ts"]}
            _, current_created = store.cursor(account)
            if current_created is None or int(ref["created"] or 0) >= current_created:
                store.set_cursor(account, ref, now)
        store.set_checkpoint(self.run_key, None)
        store.clear_checkpoints(self.range_prefix)
        store.set_checkpoint(
            LAST_COMPLETE_KEY if self.only_accounts is None else self.run_key + ":complete",
            {"run_ts": self._state["run_ts"], "finished_at": now, "totals": self._result.totals},
        )

    def _fraction(self) -> float | None:
        with self._lock:
            jobs = list(self._jobs.values())
        if not jobs:
            return None
        score = 0.0
        for job in jobs:
            if job.state != "open":
                score += 1.0
            else:
                left = sum(job.remaining.values())
                score += max(0.0, 1.0 - left / job.span)
        return min(1.0, score / len(jobs))

    def _report(self, msg: _PageMsg) -> None:
        if self.progress is None:
            return
        self.progress(
            SyncProgress(
                "full",
                msg.job.spec.resource,
                msg.job.account,
                msg.count,
                dict(self._result.totals),
                self._fraction(),
                time.monotonic() - self._t0,
            )
        )
