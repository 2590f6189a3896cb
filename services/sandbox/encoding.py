"""Response bodies: objects completed to their Stripe shape and encoded as JSON, fast.

:meth:`SandboxApp.render` builds a fresh tree, safe to keep (event snapshots keep it).
A response body needs no tree of its own: :class:`BodyEncoder` completes each object
sharing whatever needs no change (the template's empty lists and list envelopes, stored
sub-dicts with no object inside) and encodes the result at once. The bytes are exactly
those of ``json.dumps(app.render(request, result, []), check_circular=False)``.

The JSON of an object can also be kept, in a bounded LRU cache keyed by id and livemode
and checked against a strict fingerprint of the stored object (``marshal``, else
``repr``: types, key order and every nested value count), so a changed object is
encoded again, never served stale. That relies on rendering being a function of the
object alone, plus livemode, ``app.base_url`` and the render hooks (see
``app.RENDER_HOOKS``); a change of base URL or of the hooks empties the cache.
"""

from __future__ import annotations

import json
import marshal
from collections import OrderedDict
from collections.abc import Callable
from json.encoder import encode_basestring_ascii
from typing import TYPE_CHECKING, Any

from services.sandbox import shapes

if TYPE_CHECKING:
    from services.sandbox.app import SandboxApp

Hook = Callable[["SandboxApp", dict[str, Any]], dict[str, Any]]

CACHE_CHARS = 16_000_000
"""Budget of the JSON cache, in characters of JSON and fingerprint (about as many bytes)."""
_ENTRY_OVERHEAD = 320  # bytes of tuples, key and LRU links per cached object, roughly
_REQUESTS_REMEMBERED = 4096
_CONTAINERS = (dict, list)


def _make_encode() -> Callable[[Any], str]:
    """``json.dumps(o, check_circular=False)`` without building an encoder per call."""
    base = json.JSONEncoder(check_circular=False)
    make: Any = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return base.encode
    # What JSONEncoder.iterencode passes for these settings: no cycle markers, ASCII
    # output, no indent, ": " and ", ", keys unsorted, skipkeys off, allow_nan on.
    c_encoder = make(
        None, base.default, encode_basestring_ascii, None, ": ", ", ", False, False, True
    )

    def encode(o: Any) -> str:
        return "".join(c_encoder(o, 0))

    return encode


encode_json = _make_encode()


def fingerprint(obj: Any) -> bytes | str:
    """Equal fingerprints mean equal JSON: same types (``True`` is not ``1``, ``1.0`` is
    not ``1``), same key order, same values all the way down."""
    try:
        return marshal.dumps(obj, 2)
    except ValueError:  # a subclass of dict, list or str somewhere
        return repr(obj)


class BodyEncoder:
    """Encodes handler results for one :class:`SandboxApp` (see the module docstring).

    Not thread-safe: the app calls it under ``store.lock``, which also keeps the stored
    objects still while they are read.
    """

    def __init__(
        self,
        app: SandboxApp,
        hooks: dict[str, Hook],
        object_fields: dict[Hook, tuple[str, ...]],
        budget: int = CACHE_CHARS,
    ) -> None:
        self.app = app
        self.hooks = hooks
        self.object_fields = object_fields
        self.budget = budget
        self.hits = 0
        self.misses = 0
        self._cache: OrderedDict[tuple[str, bool], tuple[bytes | str, str]] = OrderedDict()
        self._asked: OrderedDict[tuple[Any, ...], None] = OrderedDict()
        self._chars = 0
        self._seen = (app.base_url, dict(hooks), dict(object_fields))

    # -- bodies -------------------------------------------------------------------
    def asked_before(self, request: tuple[Any, ...]) -> bool:
        """Whether ``request`` (a hashable summary) is among the last few thousand seen.

        The cache admits the objects of a request asked for a second time: a one-off
        query would only pay for keeping what nobody asks for again.
        """
        asked = self._asked
        if request in asked:
            asked.move_to_end(request)
            return True
        asked[request] = None
        if len(asked) > _REQUESTS_REMEMBERED:
            asked.popitem(last=False)
        return False

    def body(self, value: Any, livemode: bool, *, cache: bool = False) -> bytes:
        """The JSON body for handler result ``value`` (an object, a list page, anything).

        ``cache``: look objects up in, and add them to, the JSON cache (worth it for the
        heads of lists and retrievals, which are asked for again; not for the pages of a
        cursor walk, each of which is read once).
        """
        if not cache:
            return encode_json(self.fill(value, livemode)).encode()
        self._revalidate()
        if isinstance(value, dict):
            if "object" in value and "id" in value:
                return self._objects([value], livemode)[0].encode()
            data = value.get("data")
            if isinstance(data, list) and all(type(k) is str for k in value):
                # A list page: its envelope around its objects' JSON.
                parts = []
                for k, v in value.items():
                    if v is data:
                        text = "[" + ", ".join(self._objects(data, livemode)) + "]"
                    else:
                        text = encode_json(self.fill(v, livemode))
                    parts.append(f"{encode_basestring_ascii(k)}: {text}")
                return ("{" + ", ".join(parts) + "}").encode()
        return encode_json(self.fill(value, livemode)).encode()

    def _objects(self, items: list[Any], livemode: bool) -> list[str]:
        """The JSON of each item, from the cache where it holds the object unchanged."""
        texts: list[str] = []
        entries = self._cache
        for item in items:
            if not (isinstance(item, dict) and "object" in item and "id" in item):
                texts.append(encode_json(self.fill(item, livemode)))
                continue
            oid = item["id"]
            if type(oid) is not str:
                texts.append(encode_json(self._fill_object(item, livemode)))
                continue
            stamp = fingerprint(item)
            key = (oid, livemode)
            hit = entries.get(key)
            if hit is not None and hit[0] == stamp:
                self.hits += 1
                entries.move_to_end(key)
                texts.append(hit[1])
                continue
            self.misses += 1
            text = encode_json(self._fill_object(item, livemode))
            self._keep(key, stamp, text)
            texts.append(text)
        return texts

    def _keep(self, key: tuple[str, bool], stamp: bytes | str, text: str) -> None:
        entries = self._cache
        old = entries.pop(key, None)
        if old is not None:
            self._chars -= len(old[0]) + len(old[1]) + _ENTRY_OVERHEAD
        entries[key] = (stamp, text)
        self._chars += len(stamp) + len(text) + _ENTRY_OVERHEAD
        while self._chars > self.budget and entries:
            _, (old_stamp, old_text) = entries.popitem(last=False)
            self._chars -= len(old_stamp) + len(old_text) + _ENTRY_OVERHEAD

    def _revalidate(self) -> None:
        seen = self._seen
        app, hooks, fields = self.app, self.hooks, self.object_fields
        if seen[0] != app.base_url or seen[1] != hooks or seen[2] != fields:
            self.clear()
            self._seen = (app.base_url, dict(hooks), dict(fields))

    def clear(self) -> None:
        self._cache.clear()
        self._chars = 0

    # -- completion, sharing what needs no change ----------------------------------
    def fill(self, value: Any, livemode: bool) -> Any:
        """``app._complete(value, livemode)`` for immediate encoding: the same JSON, but
        containers that need no change are the stored ones (or the template's)."""
        if isinstance(value, dict):
            if "object" in value and "id" in value:
                return self._fill_object(value, livemode)
            out: Any = None
            for k, v in value.items():
                if isinstance(v, _CONTAINERS):
                    w = self.fill(v, livemode)
                    if w is not v:
                        if out is None:
                            out = dict(value)
                        out[k] = w
            return value if out is None else out
        if isinstance(value, list):
            copied: list[Any] | None = None
            for i, v in enumerate(value):
                if isinstance(v, _CONTAINERS):
                    w = self.fill(v, livemode)
                    if w is not v:
                        if copied is None:
                            copied = list(value)
                        copied[i] = w
            return value if copied is None else copied
        return value

    def _fill_object(self, obj: dict[str, Any], livemode: bool) -> dict[str, Any]:
        out, flat = shapes.complete_shared(obj)
        hook = self.hooks.get(str(out["object"]))
        if hook is not None:
            out = hook(self.app, out)
        if "livemode" in out:
            out["livemode"] = livemode
        fill = self.fill
        hook_fields = () if hook is None else self.object_fields.get(hook)
        if hook_fields is not None:
            # Containers holding objects can only be the stored object's, or fields the
            # hook names: the template's hold none, nor does the rest of the hook's work.
            for k, v in obj.items():
                if isinstance(v, _CONTAINERS):
                    v = out.get(k)
                    w = fill(v, livemode)
                    if w is not v:
                        out[k] = w
            for k in hook_fields:
                if not isinstance(obj.get(k), _CONTAINERS):  # not done above
                    v = out.get(k)
                    w = fill(v, livemode)
                    if w is not v:
                        out[k] = w
            return out
        template = flat.get
        for k, v in out.items():
            if isinstance(v, _CONTAINERS) and v is not template(k):
                w = fill(v, livemode)
                if w is not v:
                    out[k] = w
        return out
