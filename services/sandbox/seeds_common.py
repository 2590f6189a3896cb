"""Plumbing shared by the seed generators: a request with a movable clock, batched inserts.

The resource builders (``new_customer``, ``new_subscription``…) take a
:class:`~services.sandbox.app.Request` and read the time from ``req.now()``;
:class:`SeedRequest` lets a seed build objects "in the past" by setting ``req.at``.
:class:`Batch` collects objects per (owner, kind) and inserts each group once, sorted by
``created``, with ``Store.add_many`` (the store's list index needs ascending ``created``).
:func:`event` builds an event dict like ``common.emit`` does, at a given time, without
storing it (events are inserted in one batch at the end).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from services.sandbox.app import KeyInfo, Request, SandboxApp
from services.sandbox.resources.common import API_VERSION
from services.sandbox.store import Store

DAY = 86400
HOUR = 3600


@dataclass
class SeedRequest(Request):
    """A builder request whose clock (``at``) the seed moves."""

    at: int = 0

    def now(self) -> int:
        return self.at


def seed_request(app: SandboxApp, account: str = "", at: int | None = None) -> SeedRequest:
    req = SeedRequest(app, "post", "/seed", {}, account, KeyInfo(), {}, "req_seed")
    req.at = app.store.now() if at is None else at
    return req


class Batch:
    """Objects waiting to be inserted, per (owner, kind); each group is inserted once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.done: set[tuple[str, str]] = set()

    def put(self, obj: dict[str, Any], owner: str = "", kind: str | None = None) -> dict[str, Any]:
        key = (owner, kind or str(obj["object"]))
        if key in self.done:
            raise RuntimeError(f"{key} was already inserted; put everything before flushing")
        self.groups.setdefault(key, []).append(obj)
        return obj

    def flush(self, kind: str | None = None) -> None:
        """Insert the groups of ``kind`` (every group when None), oldest first."""
        for key in [k for k in self.groups if kind is None or k[1] == kind]:
            objs = self.groups.pop(key)
            objs.sort(key=lambda o: int(o["created"]))
            self.store.add_many(objs, key[0], key[1])
            self.done.add(key)


def event(
    req: Request,
    event_type: str,
    obj: dict[str, Any],
    at: int,
    previous: dict[str, Any] | None = None,
    owner: str = "",
    snapshot: bool = True,
) -> dict[str, Any]:
    """An event as ``common.emit`` records it, created at ``at`` (not stored).

    ``snapshot=False`` keeps a shallow copy of ``obj`` instead of a rendered deep copy
    (lean, for the ``large`` seed).
    """
    # Rendering builds new containers all the way down: the snapshot shares nothing
    # mutable with ``obj``.
    data_object = req.app.render(req, obj, []) if snapshot else dict(obj)
    data: dict[str, Any] = {"object": data_object}
    if previous is not None:
        data["previous_attributes"] = previous
    evt: dict[str, Any] = {
        "id": req.store.new_id("evt"),
        "object": "event",
        "api_version": API_VERSION,
        "created": at,
        "data": data,
        "livemode": False,
        "pending_webhooks": 0,
        "request": {"id": None, "idempotency_key": None},
        "type": event_type,
    }
    if owner:
        evt["account"] = owner
    return evt


def weighted(rng: random.Random, table: list[tuple[str, float]]) -> str:
    """Pick a key from ``[(key, weight), ...]``."""
    total = sum(w for _, w in table)
    x = rng.random() * total
    for key, w in table:
        x -= w
        if x < 0:
            return key
    return table[-1][0]
