"""Decoding Stripe's form-encoded nested parameters.

Stripe clients send ``items[0][price]=p&metadata[k]=v&expand[]=x`` (as query string
for GET/DELETE, as ``application/x-www-form-urlencoded`` body for POST). This module
turns such pairs into nested dicts and lists, and reads ``multipart/form-data`` for
the Files API.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl

from services.sandbox.errors import invalid

_KEY_RE = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_PART_RE = re.compile(r"\[([^\[\]]*)\]")

MAX_PARAMS = 10_000
MAX_DEPTH = 12


def parse_pairs(raw: str) -> list[tuple[str, str]]:
    """Split a query string or urlencoded body into (key, value) pairs."""
    try:
        pairs = parse_qsl(
            raw, keep_blank_values=True, strict_parsing=False, max_num_fields=MAX_PARAMS
        )
    except ValueError as exc:
        raise invalid(f"Too many or malformed parameters: {exc}") from exc
    return pairs


class IndexedList(list[Any]):
    """A list decoded from ``a[0]=…&a[1]=…``; it remembers the keys it was decoded from.

    Form encoding cannot tell ``metadata[0]=x`` (a map with key ``"0"``) from
    ``items[0]=x`` (a list); :mod:`spec` turns it back into a map with :meth:`as_dict`
    wherever the endpoint expects an object.
    """

    def __init__(self, items: list[Any], keys: list[str]) -> None:
        super().__init__(items)
        self.keys = keys

    def as_dict(self) -> dict[str, Any]:
        return dict(zip(self.keys, self, strict=True))


class _Append:
    """The key of one ``name[]=value`` pair (an appended list element)."""

    __slots__ = ("n",)

    def __init__(self, n: int) -> None:
        self.n = n


def decode(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Turn ``[("items[0][price]", "p")]`` into ``{"items": [{"price": "p"}]}``."""
    root: dict[Any, Any] = {}
    for key, value in pairs:
        m = _KEY_RE.match(key)
        if m is None:
            raise invalid(f"Invalid parameter name: {key}", param=key)
        parts = [m.group(1), *_PART_RE.findall(m.group(2))]
        if len(parts) > MAX_DEPTH:
            raise invalid(f"Parameter nested too deeply: {key}", param=key)
        _insert(root, parts, value, key)
    # The top level is always an object, even when every name is a number.
    return {k: _listify(v) for k, v in root.items()}


def _insert(node: dict[Any, Any], parts: list[str], value: str, full: str) -> None:
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        slot: Any = _Append(len(node)) if part == "" and i > 0 else part
        if last:
            if isinstance(node.get(slot), dict):
                raise invalid(f"Invalid value for {full}: expected an object", param=full)
            node[slot] = value
            return
        child = node.get(slot)
        if child is None:
            child = {}
            node[slot] = child
        elif not isinstance(child, dict):
            raise invalid(f"Invalid value for {full}: conflicting parameters", param=full)
        node = child


def _listify(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    if node and all(_is_index(k) for k in node):
        keys = sorted(node, key=_index_value)
        return IndexedList(
            [_listify(node[k]) for k in keys], ["" if isinstance(k, _Append) else k for k in keys]
        )
    return {k: _listify(v) for k, v in node.items()}


def _is_index(key: Any) -> bool:
    return isinstance(key, _Append) or (key.isascii() and key.isdigit())


def _index_value(key: Any) -> tuple[int, int]:
    if isinstance(key, _Append):
        return (1, key.n)
    return (0, int(key))


def parse_multipart(body: bytes, content_type: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Parse a multipart body into (fields, files); a file is {filename, type, data}."""
    m = re.search(r'boundary="?([^";]+)"?', content_type)
    if m is None:
        raise invalid("Malformed multipart body: no boundary")
    boundary = b"--" + m.group(1).encode()
    fields: list[tuple[str, str]] = []
    files: dict[str, Any] = {}
    for chunk in body.split(boundary)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk.lstrip(b"\r\n")
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            continue
        if data.endswith(b"\r\n"):
            data = data[:-2]
        headers = head.decode("utf-8", "replace")
        name_m = re.search(r'name="([^"]*)"', headers)
        if name_m is None:
            continue
        file_m = re.search(r'filename="([^"]*)"', headers)
        if file_m is not None:
            type_m = re.search(r"Content-Type:\s*([^\r\n]+)", headers, re.I)
            files[name_m.group(1)] = {
                "filename": file_m.group(1),
                "type": type_m.group(1).strip() if type_m else "application/octet-stream",
                "data": data,
            }
        else:
            fields.append((name_m.group(1), data.decode("utf-8", "replace")))
    return decode(fields), files
