"""Every field of a portal configuration, read off the installed stripe SDK.

``stripe.params.billing_portal.ConfigurationCreateParams`` (generated from Stripe's
OpenAPI spec) is the list of what a configuration can say. :func:`fields` walks that
TypedDict once and returns a tree of :class:`Field` (name, kind, enum choices, whether
``""`` clears it, whether it is required, and the SDK's own one-line description), so
the editor, the params builder, the diff and the tests all work from the same list and a
field Stripe adds in a new SDK shows up as "not covered" in the tests instead of being
silently dropped. ``expand`` (a request option, not a setting) is left out; ``active``
comes from the update params and is handled as an action (deactivate / reactivate).

Paths are dotted, with ``[]`` for "any item of this list of objects":
``features.subscription_update.products[].adjustable_quantity.maximum``. Concrete paths
use indices: ``features.subscription_update.products[2].prices[0]``. Stripe names the
same place ``features[subscription_update][products][2][prices][0]``; :func:`to_param`
and :func:`from_param` convert.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

import stripe
from stripe.params.billing_portal import ConfigurationCreateParams, ConfigurationUpdateParams

Kind = Literal["bool", "str", "int", "enum", "list", "object", "object_list", "map"]

SKIPPED = frozenset({"expand"})
"""Create params that are request plumbing, not settings."""


@dataclass(frozen=True)
class Field:
    """One field of a configuration (or of an item of one of its lists)."""

    path: str
    """Dotted path, ``[]`` after a list of objects: ``features.subscription_update.products[]``."""
    name: str
    kind: Kind
    required: bool = False
    clearable: bool = False
    """Stripe accepts ``""`` to clear it (``Literal['']`` in the SDK's type)."""
    choices: tuple[str, ...] = ()
    """For ``enum`` and ``list`` kinds: the documented values (Stripe may add more)."""
    doc: str = ""
    """The SDK's description of the field (English)."""
    children: tuple[Field, ...] = ()
    """For ``object`` and ``object_list``: the fields of the object / of each item."""

    @property
    def is_leaf(self) -> bool:
        """A value the editor sets directly (not an object that only groups fields)."""
        return self.kind not in ("object", "object_list")

    def child(self, name: str) -> Field:
        """The child field called ``name``; KeyError if there is none."""
        for c in self.children:
            if c.name == name:
                return c
        raise KeyError(f"{self.path}.{name}")


def _namespace(module_name: str) -> dict[str, Any]:
    from stripe._stripe_context import StripeContext

    module = importlib.import_module(module_name)
    return {**vars(typing), **vars(stripe), "StripeContext": StripeContext, **vars(module)}


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__total__")


@functools.cache
def _docs(module_name: str) -> dict[tuple[str, str], str]:
    """(class name, field name) → the docstring the SDK writes under each annotation."""
    module = importlib.import_module(module_name)
    tree = ast.parse(inspect.getsource(module))
    out: dict[tuple[str, str], str] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        body = node.body
        for i, stmt in enumerate(body):
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            nxt = body[i + 1] if i + 1 < len(body) else None
            if (
                isinstance(nxt, ast.Expr)
                and isinstance(nxt.value, ast.Constant)
                and isinstance(nxt.value.value, str)
            ):
                text = " ".join(nxt.value.value.split())
                text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)  # markdown links
                out[(node.name, stmt.target.id)] = text
    return out


@functools.cache
def _request_options() -> frozenset[str]:
    """Names the params classes inherit from ``RequestOptions`` (headers, not settings)."""
    from stripe._request_options import RequestOptions

    return frozenset(RequestOptions.__annotations__)


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """(type without NotRequired/Required, required?)."""
    origin = get_origin(tp)
    if origin is typing.NotRequired:
        return get_args(tp)[0], False
    if origin is typing.Required:
        return get_args(tp)[0], True
    return tp, True


def _literals(tp: Any) -> list[str]:
    return [str(v) for v in get_args(tp)]


def _alternatives(tp: Any) -> list[Any]:
    if get_origin(tp) in (Union, types.UnionType):
        return list(get_args(tp))
    return [tp]


def _is_map(tp: Any) -> bool:
    origin = get_origin(tp) or tp
    return origin in (dict, typing.Dict) or getattr(origin, "__name__", "") in (  # noqa: UP006
        "UntypedStripeObject",
        "StripeObject",
    )


def _field(path: str, name: str, tp: Any, required: bool, doc: str) -> Field:
    alts = _alternatives(tp)
    clearable = False
    kept: list[Any] = []
    for alt in alts:
        if get_origin(alt) is Literal and _literals(alt) == [""]:
            clearable = True
        else:
            kept.append(alt)
    if any(_is_map(a) for a in kept):
        return Field(path, name, "map", required, clearable, doc=doc)
    choices: list[str] = []
    plain: list[Any] = []
    for alt in kept:
        if get_origin(alt) is Literal:
            choices += _literals(alt)
        else:
            plain.append(alt)
    if choices:
        return Field(path, name, "enum", required, clearable, tuple(choices), doc)
    if len(plain) != 1:
        raise TypeError(f"unexpected SDK type at {path}: {tp!r}")
    (single,) = plain
    if _is_typeddict(single):
        return Field(
            path, name, "object", required, clearable, doc=doc, children=_children(single, path)
        )
    origin = get_origin(single)
    if origin in (list, typing.List):  # noqa: UP006 - the SDK's own annotations
        (item,) = get_args(single)
        if _is_typeddict(item):
            return Field(
                path,
                name,
                "object_list",
                required,
                clearable,
                doc=doc,
                children=_children(item, path + "[]"),
            )
        item_choices: list[str] = []
        for alt in _alternatives(item):
            if get_origin(alt) is Literal:
                item_choices += _literals(alt)
        return Field(path, name, "list", required, clearable, tuple(item_choices), doc)
    if single is bool:
        return Field(path, name, "bool", required, clearable, doc=doc)
    if single is int:
        return Field(path, name, "int", required, clearable, doc=doc)
    if single is str:
        return Field(path, name, "str", required, clearable, doc=doc)
    raise TypeError(f"unexpected SDK type at {path}: {single!r}")


def _children(td: Any, prefix: str) -> tuple[Field, ...]:
    hints = typing.get_type_hints(td, globalns=_namespace(td.__module__), include_extras=True)
    docs = _docs(td.__module__)
    own = set(inspect.get_annotations(td)) - _request_options()
    out: list[Field] = []
    for name in sorted(own):
        if name in SKIPPED or name not in hints:
            continue
        tp, required = _unwrap(hints[name])
        path = f"{prefix}.{name}" if prefix else name
        out.append(_field(path, name, tp, required, docs.get((td.__name__, name), "")))
    return tuple(out)


@functools.cache
def root() -> Field:
    """The whole configuration as one ``object`` field (path ``""``), from the create params."""
    return Field("", "", "object", True, children=_children(ConfigurationCreateParams, ""))


@functools.cache
def _update_fields() -> dict[str, Field]:
    tree = Field("", "", "object", True, children=_children(ConfigurationUpdateParams, ""))
    return {f.path: f for f in walk(tree)}


def clearable_on_update(path: str) -> bool:
    """Whether an update may send ``""`` for ``path`` (the update params say so)."""
    found = _update_fields().get(pattern(path))
    return found is not None and found.clearable


def update_only_fields() -> tuple[str, ...]:
    """Fields the update params have and the create params do not (``active``)."""
    return tuple(sorted(p for p in _update_fields() if p not in _by_path()))


def fields() -> tuple[Field, ...]:
    """The top-level fields of a configuration, as the SDK lists them."""
    return root().children


def walk(start: Field | None = None) -> Iterator[Field]:
    """Every field under ``start`` (default: all), depth first, parents before children."""
    for f in (start or root()).children:
        yield f
        yield from walk(f)


def leaves() -> tuple[Field, ...]:
    """Every field a person sets directly (the editor must offer each one)."""
    return tuple(f for f in walk() if f.is_leaf)


def leaf_paths() -> tuple[str, ...]:
    """The paths of :func:`leaves`."""
    return tuple(f.path for f in leaves())


@functools.cache
def _by_path() -> dict[str, Field]:
    return {f.path: f for f in walk()}


def field(path: str) -> Field:
    """The field at ``path``; indices are allowed (``products[3].prices`` →
    ``products[].prices``). KeyError if the SDK has no such field."""
    return _by_path()[pattern(path)]


def pattern(path: str) -> str:
    """``path`` with every list index replaced by ``[]``."""
    return re.sub(r"\[\d+\]", "[]", path)


_PARAM_PART = re.compile(r"\[([^\]]*)\]")


def from_param(param: str) -> str:
    """Stripe's parameter name → a dotted path.

    ``features[subscription_update][products][0][prices][1]`` →
    ``features.subscription_update.products[0].prices[1]``.
    """
    head, _, rest = param.partition("[")
    path = head
    for part in _PARAM_PART.findall("[" + rest if rest else ""):
        path += f"[{part}]" if part.isdigit() else f".{part}"
    return path


def tokens(path: str) -> list[str]:
    """``a.b[2].c`` → ``["a", "b", "2", "c"]`` (names and list indices)."""
    return [t for t in re.split(r"[.\[\]]+", path) if t]


def to_param(path: str) -> str:
    """A dotted path → Stripe's parameter name (inverse of :func:`from_param`)."""
    parts = tokens(path)
    if not parts:
        return ""
    return parts[0] + "".join(f"[{t}]" for t in parts[1:])
