"""The sandbox's in-memory state: every object, who owns it, and ordered indexes for lists.

Objects are plain dicts holding the fields a resource set (``shapes.complete`` fills the
rest on output). Each object belongs to the platform (owner ``""``) or to one connected
account (``acct_…``). Per (owner, type) the store keeps ids in creation order with a
parallel list of ``created`` timestamps, so newest-first pages, ``starting_after`` and
``created`` ranges are answered by bisection even over a million objects.
"""

from __future__ import annotations

import bisect
import itertools
import random
import secrets
import string
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_ALPHABET = string.ascii_letters + string.digits


@dataclass
class _Index:
    ids: list[str] = field(default_factory=list)
    created: list[int] = field(default_factory=list)
    position: dict[str, int] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)


class Store:
    """All sandbox objects, thread-safe through one re-entrant lock (``store.lock``)."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.objects: dict[str, dict[str, Any]] = {}
        self.owner: dict[str, str] = {}
        self._indexes: dict[tuple[str, str], _Index] = {}
        self._counter = itertools.count(1)
        self._random = random.Random(secrets.randbits(64))
        self.clock_offset = 0
        # Secondary data handlers may keep (portal session tokens, idempotency, files).
        self.extra: dict[str, Any] = {}
        # Seeds set a seeded generator here so the ids they create are reproducible.
        self.id_random: random.Random | None = None

    # -- ids and time -------------------------------------------------------------
    def new_id(self, prefix: str) -> str:
        n = next(self._counter)
        if self.id_random is None:
            tail = "".join(secrets.choice(_ALPHABET) for _ in range(10))
        else:
            tail = "".join(self.id_random.choices(_ALPHABET, k=10))
        return f"{prefix}_{n:06d}{tail}"

    def now(self) -> int:
        return int(time.time()) + self.clock_offset

    # -- writes -------------------------------------------------------------------
    def add(self, obj: dict[str, Any], owner: str = "", kind: str | None = None) -> dict[str, Any]:
        """Insert a new object; ``kind`` defaults to its ``object`` field."""
        kind = kind or obj["object"]
        oid = obj["id"]
        idx = self._indexes.setdefault((owner, kind), _Index())
        created = int(obj.get("created") or self.now())
        if idx.created and created < idx.created[-1]:
            # Keep the index sorted: insert at the right place (rare; seeds add in order).
            pos = bisect.bisect_right(idx.created, created)
            idx.created.insert(pos, created)
            idx.ids.insert(pos, oid)
            idx.position = {i: p for p, i in enumerate(idx.ids)}
        else:
            idx.position[oid] = len(idx.ids)
            idx.ids.append(oid)
            idx.created.append(created)
        self.objects[oid] = obj
        self.owner[oid] = owner
        return obj

    def add_many(self, objs: list[dict[str, Any]], owner: str, kind: str) -> None:
        """Bulk insert objects already sorted by ``created`` (used by the seeds)."""
        idx = self._indexes.setdefault((owner, kind), _Index())
        base = len(idx.ids)
        ids = [o["id"] for o in objs]
        idx.ids.extend(ids)
        idx.created.extend([int(o["created"]) for o in objs])
        idx.position.update(zip(ids, range(base, base + len(ids)), strict=True))
        self.objects.update(zip(ids, objs, strict=True))
        self.owner.update(dict.fromkeys(ids, owner))

    def remove(self, oid: str, kind: str) -> None:
        """Hide an object from lists (it stays retrievable as deleted where Stripe does)."""
        owner = self.owner.get(oid, "")
        idx = self._indexes.get((owner, kind))
        if idx is not None:
            idx.removed.add(oid)

    # -- reads --------------------------------------------------------------------
    def get(self, oid: str, owner: str | None = None) -> dict[str, Any] | None:
        """The object with ``oid``, if it exists and (when given) belongs to ``owner``."""
        obj = self.objects.get(oid)
        if obj is None:
            return None
        if owner is not None and self.owner.get(oid) != owner:
            return None
        return obj

    def count(self, owner: str, kind: str) -> int:
        idx = self._indexes.get((owner, kind))
        return 0 if idx is None else len(idx.ids) - len(idx.removed)

    def owners(self, kind: str) -> list[str]:
        return [o for (o, k) in self._indexes if k == kind]

    def iter_newest(
        self,
        owner: str,
        kind: str,
        *,
        starting_after: str | None = None,
        ending_before: str | None = None,
        created: dict[str, int] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Objects newest first, honouring the cursor and ``created`` bounds.

        With ``ending_before`` the iteration runs oldest-first from the cursor (the
        caller reverses the page), as Stripe's lists do.
        """
        idx = self._indexes.get((owner, kind))
        if idx is None:
            return
        lo, hi = _bounds(idx, created)
        ids, removed, objects = idx.ids, idx.removed, self.objects
        if ending_before is not None:
            pos = idx.position.get(ending_before)
            start = lo if pos is None else max(lo, pos + 1)
            for i in range(start, hi):
                oid = ids[i]
                if oid not in removed:
                    yield objects[oid]
            return
        if starting_after is not None:
            pos = idx.position.get(starting_after)
            if pos is not None:
                hi = min(hi, pos)
        for i in range(hi - 1, lo - 1, -1):
            oid = ids[i]
            if oid not in removed:
                yield objects[oid]

    def newest(
        self,
        owner: str,
        kind: str,
        count: int,
        *,
        starting_after: str | None = None,
        ending_before: str | None = None,
        created: dict[str, int] | None = None,
    ) -> list[dict[str, Any]]:
        """The first ``count`` objects :meth:`iter_newest` yields, taken by slicing."""
        idx = self._indexes.get((owner, kind))
        if idx is None:
            return []
        if idx.removed:
            it = self.iter_newest(
                owner,
                kind,
                starting_after=starting_after,
                ending_before=ending_before,
                created=created,
            )
            return list(itertools.islice(it, count))
        lo, hi = _bounds(idx, created)
        objects = self.objects
        if ending_before is not None:
            pos = idx.position.get(ending_before)
            start = lo if pos is None else max(lo, pos + 1)
            return [objects[oid] for oid in idx.ids[start : min(hi, start + count)]]
        if starting_after is not None:
            pos = idx.position.get(starting_after)
            if pos is not None:
                hi = min(hi, pos)
        start = max(lo, hi - count)
        if start >= hi:
            return []
        return [objects[oid] for oid in reversed(idx.ids[start:hi])]


def _bounds(idx: _Index, created: dict[str, int] | None) -> tuple[int, int]:
    """The half-open range [lo, hi) of ``idx`` (ascending ``created``) within ``created``."""
    lo, hi = 0, len(idx.ids)
    if created:
        if "gte" in created:
            lo = max(lo, bisect.bisect_left(idx.created, created["gte"]))
        if "gt" in created:
            lo = max(lo, bisect.bisect_right(idx.created, created["gt"]))
        if "lte" in created:
            hi = min(hi, bisect.bisect_right(idx.created, created["lte"]))
        if "lt" in created:
            hi = min(hi, bisect.bisect_left(idx.created, created["lt"]))
    return lo, hi
