"""Every endpoint's parameters, derived from the installed stripe SDK, and strict checking.

The SDK's service classes name, for each method, the HTTP verb, the path template and
the ``stripe.params`` TypedDict of its parameters (generated from Stripe's OpenAPI
spec). :func:`endpoint_specs` reads that mapping once; :func:`validate` checks decoded
form parameters against a TypedDict the way Stripe does: unknown parameters, missing
required ones, wrong enum values and malformed numbers or booleans are refused with
Stripe's messages, and values are coerced to their declared types.
"""

from __future__ import annotations

import functools
import importlib
import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import stripe

from services.sandbox import forms
from services.sandbox.errors import ApiError, invalid, missing_param, unknown_param

_METHOD_RE = re.compile(r"self\._request\(\s*\"(?P<verb>\w+)\",\s*\"(?P<path>[^\"]+)\"", re.S)
_PARAMS_RE = re.compile(r'params: (?:Optional\[)?"(\w+)"')
_IMPORT_RE = re.compile(r"from (stripe\.params[\w.]*) import \(?\s*(\w+)")


@dataclass(frozen=True)
class EndpointSpec:
    """One endpoint: verb, path template (``/v1/customers/{customer}``) and params type."""

    verb: str
    template: str
    params: Any  # a TypedDict class, or None when the endpoint takes none
    regex: re.Pattern[str]


def _template_regex(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\{\w+\}", "([^/]+)", template)
    return re.compile(f"^{pattern}$")


@functools.cache
def endpoint_specs() -> dict[tuple[str, str], EndpointSpec]:
    """Map (verb, template) to its spec for every v1 endpoint the SDK knows."""
    root = Path(stripe.__file__).parent
    specs: dict[tuple[str, str], EndpointSpec] = {}
    for file in sorted(root.rglob("_*_service.py")):
        src = file.read_text(encoding="utf-8")
        imports = {name: mod for mod, name in _IMPORT_RE.findall(src)}
        for chunk in src.split("    def ")[1:]:
            m = _METHOD_RE.search(chunk)
            if m is None:
                continue
            path = m.group("path")
            if not path.startswith("/v1/"):
                continue
            pm = _PARAMS_RE.search(chunk.split(")", 1)[0] + ")")
            params_cls = None
            if pm is not None and pm.group(1) in imports:
                module = importlib.import_module(imports[pm.group(1)])
                params_cls = getattr(module, pm.group(1))
            verb = m.group("verb").lower()
            specs[(verb, path)] = EndpointSpec(verb, path, params_cls, _template_regex(path))
    return specs


def _is_typeddict(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__total__")


_REQUEST_OPTIONS = frozenset(
    (
        "api_key",
        "stripe_version",
        "stripe_account",
        "stripe_context",
        "max_network_retries",
        "idempotency_key",
        "content_type",
        "headers",
    )
)


def _own_annotations(td: Any) -> set[str]:
    """Field names ``td`` declares itself, not through its RequestOptions base."""
    bases = getattr(td, "__orig_bases__", ())
    if not any(getattr(b, "__name__", "") == "RequestOptions" for b in bases):
        return set(td.__annotations__)
    return set(td.__annotations__) - set(_REQUEST_OPTIONS)


@functools.cache
def _stripe_namespace() -> dict[str, Any]:
    from stripe._stripe_context import StripeContext

    return {**vars(typing), **vars(stripe), "StripeContext": StripeContext}


@functools.cache
def _hints(td: Any) -> tuple[dict[str, Any], frozenset[str]]:
    module = importlib.import_module(td.__module__)
    namespace = {**_stripe_namespace(), **vars(module)}
    hints = typing.get_type_hints(td, globalns=namespace, include_extras=True)
    fields: dict[str, Any] = {}
    required: set[str] = set()
    for name, tp in hints.items():
        if name in _REQUEST_OPTIONS and name not in _own_annotations(td):
            continue  # inherited from RequestOptions: headers, not form parameters
        origin = get_origin(tp)
        if origin is typing.NotRequired:
            tp = get_args(tp)[0]
        elif origin is typing.Required:
            tp = get_args(tp)[0]
            required.add(name)
        elif name in td.__required_keys__:
            required.add(name)
        fields[name] = tp
    return fields, frozenset(required)


def fields_of(td: Any) -> dict[str, Any]:
    """The declared fields of a params TypedDict (name → type)."""
    return _hints(td)[0]


def _join(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if path else str(key)


def validate(params: dict[str, Any], td: Any) -> dict[str, Any]:
    """Check ``params`` against TypedDict ``td``; return them coerced to their types."""
    if td is None:
        for key in params:
            raise unknown_param(key)
        return {}
    result = _check_typeddict(params, td, "")
    assert isinstance(result, dict)
    return result


def _check_typeddict(value: Any, td: Any, path: str) -> dict[str, Any]:
    if isinstance(value, forms.IndexedList):  # ``x[0]=…`` where x is an object
        value = value.as_dict()
    if not isinstance(value, dict):
        raise invalid(f"Invalid object: {path} must be an object", param=path or None)
    fields, required = _hints(td)
    out: dict[str, Any] = {}
    for key, sub in value.items():
        if key not in fields:
            raise unknown_param(_join(path, key))
        out[key] = _check(sub, fields[key], _join(path, key))
    for key in sorted(required):
        if key not in value:
            raise missing_param(_join(path, key))
    return out


def _literal_values(tp: Any) -> list[Any]:
    return list(get_args(tp))


def _check(value: Any, tp: Any, path: str) -> Any:
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin is typing.Annotated:
        return _check(value, get_args(tp)[0], path)
    if origin in (Union, types.UnionType):
        return _check_union(value, list(get_args(tp)), path)
    if origin is Literal:
        allowed = _literal_values(tp)
        if value in allowed:
            return value
        raise _bad_enum(path, value, allowed)
    if _is_typeddict(tp):
        return _check_typeddict(value, tp, path)
    if origin in (list, typing.List):  # noqa: UP006 - the SDK's own annotations
        (item_tp,) = get_args(tp) or (Any,)
        if isinstance(value, dict) and not value:
            value = []
        if not isinstance(value, list):
            raise invalid(f"Invalid array: {path} must be an array", param=path)
        return [_check(v, item_tp, _join(path, i)) for i, v in enumerate(value)]
    if origin in (dict, typing.Dict) or _is_untyped_object(tp):  # noqa: UP006
        if isinstance(value, forms.IndexedList):  # ``metadata[0]=…`` is a map key "0"
            value = value.as_dict()
        if not isinstance(value, dict):
            raise invalid(f"Invalid object: {path} must be an object", param=path)
        for k, v in value.items():
            if not isinstance(v, str):
                raise invalid(
                    f"Invalid value for {_join(path, k)}: must be a string", param=_join(path, k)
                )
        return dict(value)
    return _check_scalar(value, tp, path)


def _is_untyped_object(tp: Any) -> bool:
    origin = get_origin(tp) or tp
    return getattr(origin, "__name__", "") == "UntypedStripeObject"


def _check_scalar(value: Any, tp: Any, path: str) -> Any:
    if not isinstance(value, str):
        raise invalid(f"Invalid {_type_name(tp)}: {path} must be a scalar", param=path)
    if tp is str:
        return value
    if tp is bool:
        if value.lower() in ("true", "1"):
            return True
        if value.lower() in ("false", "0"):
            return False
        raise invalid(f"Invalid boolean: {value}", param=path)
    if tp is int:
        try:
            return int(value)
        except ValueError:
            raise invalid(f"Invalid integer: {value}", param=path) from None
    if tp is float:
        try:
            return float(value)
        except ValueError:
            raise invalid(f"Invalid decimal: {value}", param=path) from None
    if tp is bytes or tp is typing.IO or getattr(tp, "__name__", "") in ("IO", "Any"):
        return value
    return value


def _type_name(tp: Any) -> str:
    return {int: "integer", float: "decimal", bool: "boolean", str: "string"}.get(tp, "value")


def _check_union(value: Any, alts: list[Any], path: str) -> Any:
    literals = [a for a in alts if get_origin(a) is Literal]
    literal_values = [v for lit in literals for v in _literal_values(lit)]
    if value in literal_values:
        return value
    enum_values = [v for v in literal_values if v != ""]
    others = [a for a in alts if get_origin(a) is not Literal]
    # The SDK widens enums as ``Literal[...] | str`` for forward compatibility;
    # Stripe itself only accepts the listed values.
    if enum_values and all(v is str or v is type(None) for v in others) and str in others:
        raise _bad_enum(path, value, enum_values)
    others = [a for a in others if a is not type(None)]
    if not others:
        raise _bad_enum(path, value, literal_values)
    # Prefer the alternative whose container shape matches the value.
    ordered = sorted(others, key=lambda a: 0 if _shape_matches(value, a) else 1)
    first_error: ApiError | None = None
    for alt in ordered:
        try:
            return _check(value, alt, path)
        except ApiError as exc:
            if first_error is None:
                first_error = exc
    assert first_error is not None
    raise first_error


def _shape_matches(value: Any, tp: Any) -> bool:
    origin = get_origin(tp)
    if isinstance(value, dict):
        return _is_typeddict(tp) or origin in (dict, typing.Dict) or _is_untyped_object(tp)  # noqa: UP006
    if isinstance(value, list):
        return origin in (list, typing.List)  # noqa: UP006
    return tp in (str, int, float, bool)


def _bad_enum(path: str, value: Any, allowed: list[Any]) -> ApiError:
    shown = [str(v) if v != "" else '""' for v in allowed]
    if len(shown) > 2:
        options = ", ".join(shown[:-1]) + f", or {shown[-1]}"
    elif len(shown) == 2:
        options = f"{shown[0]} or {shown[1]}"
    else:
        options = shown[0] if shown else "(none)"
    return invalid(f"Invalid {path}: must be one of {options}", param=path)


def match(verb: str, path: str) -> tuple[EndpointSpec, list[str]] | None:
    """Find the spec whose template matches a concrete path; return it and the path ids."""
    found = _match(verb, path)
    return None if found is None else (found[0], list(found[1]))


@functools.lru_cache(maxsize=8192)
def _match(verb: str, path: str) -> tuple[EndpointSpec, tuple[str, ...]] | None:
    # Cached: trying every endpoint's regex took a tenth of a list page's time.
    best: tuple[EndpointSpec, tuple[str, ...]] | None = None
    for spec in _by_verb().get(verb, ()):
        m = spec.regex.match(path)
        if m is None:
            continue
        # Prefer templates with more literal segments (``/search`` over ``/{id}``).
        if best is None or spec.template.count("{") < best[0].template.count("{"):
            best = (spec, m.groups())
    return best


@functools.cache
def _by_verb() -> dict[str, tuple[EndpointSpec, ...]]:
    out: dict[str, list[EndpointSpec]] = {}
    for (verb, _), spec in endpoint_specs().items():
        out.setdefault(verb, []).append(spec)
    return {verb: tuple(specs) for verb, specs in out.items()}
