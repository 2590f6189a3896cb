"""Hostile portal configurations, property-based: no dict makes validation crash.

A configuration reaches Counterfoil as Stripe's JSON, as a draft file written by the app,
or as an export file a person picked (possibly edited by hand, possibly not ours at all).
For arbitrary JSON (hypothesis), and for documents of the right shape whose every value
was replaced by arbitrary JSON:

- ``document.normalise`` (and so ``from_object``) returns a document with exactly the
  schema's fields;
- ``checks.check`` returns a list of issues, and ``create_params`` / ``update_params``
  build requests, without raising;
- ``transfer.parse_export`` returns an export or raises ``ImportFileError`` (the panel and
  the CLI show its message), never anything else.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from services.portal_config import checks, transfer
from services.portal_config.catalog import Catalog
from services.portal_config.document import (
    create_params,
    dashboard_defaults,
    normalise,
    update_params,
)
from tests.test_reliability_support import variants

_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "1", "-5", "abc", "1e400", "https://x", "javascript:alert(1)"]),
)
_json = st.recursive(
    _scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def _shaped(template: Any, draw: Any) -> Any:
    """``template``'s shape with values swapped for arbitrary JSON, here and there."""
    if draw(st.integers(0, 4)) == 0:
        return draw(_json)
    if isinstance(template, dict):
        return {k: _shaped(v, draw) for k, v in template.items()}
    if isinstance(template, list):
        return (
            [_shaped(template[0], draw) for _ in range(draw(st.integers(0, 3)))]
            if template
            else draw(_json)
        )
    return draw(_json) if draw(st.booleans()) else template


@st.composite
def shaped_docs(draw: Any) -> Any:
    template = dashboard_defaults()
    template["features"]["subscription_update"]["products"] = [
        {"product": "prod_x", "prices": ["price_x"],
         "adjustable_quantity": {"enabled": True, "minimum": 1, "maximum": 5}}
    ]  # fmt: skip
    template["features"]["subscription_pause"]["duration"]["interval_options"] = [
        {"interval": "month", "interval_count": 1}
    ]
    return _shaped(template, draw)


def _same_shape(doc: Any, like: Any) -> None:
    """``doc`` has exactly the fields of ``like`` (maps, such as metadata, hold any keys)."""
    assert isinstance(doc, dict) and set(doc) == set(like)
    for key, value in like.items():
        if isinstance(value, dict) and value:
            _same_shape(doc[key], value)
        elif isinstance(value, dict):
            assert isinstance(doc[key], dict)
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in doc[key].items())


def _any_dict_normalises_checks_and_builds_requests(value: Any, other: Any) -> None:
    doc = normalise(value)
    _same_shape(doc, dashboard_defaults())
    issues = checks.check(doc)
    assert isinstance(issues, list)
    checks.check(doc, Catalog())
    create_params(doc)
    update_params(normalise(other), doc)
    # A normalised document is a fixed point.
    assert normalise(doc) == doc


(
    test_any_dict_normalises_checks_and_builds_requests,
    test_any_dict_normalises_checks_and_builds_requests_long,
) = variants(
    _any_dict_normalises_checks_and_builds_requests,
    {"value": st.one_of(_json, shaped_docs()), "other": st.one_of(_json, shaped_docs())},
    examples=300,
    long_examples=5000,
)


def _any_export_file_is_read_or_refused_in_words(
    settings_: Any, catalog: Any, version: Any, extra: dict[str, Any]
) -> None:
    data = {
        **extra,
        "format": transfer.FORMAT,
        "version": version,
        "configurations": [{"name": "x", "settings": settings_}],
        "catalog": catalog,
        "source": extra.get("source", {}),
    }
    for candidate in (data, settings_, catalog, [data], None):
        try:
            export = transfer.parse_export(candidate)
        except transfer.ImportFileError as exc:
            assert str(exc)
        else:
            for config in export.configurations:
                checks.check(config.settings, export.catalog)


(
    test_any_export_file_is_read_or_refused_in_words,
    test_any_export_file_is_read_or_refused_in_words_long,
) = variants(
    _any_export_file_is_read_or_refused_in_words,
    {
        "settings_": st.one_of(_json, shaped_docs()),
        "catalog": _json,
        "version": st.one_of(st.integers(-3, 3), _scalar),
        "extra": st.dictionaries(st.text(max_size=8), _json, max_size=3),
    },
    examples=200,
    long_examples=3000,
)


@pytest.mark.parametrize(
    "text",
    ['{"format": "%s", "version": 1, "configurations": [{"settings": {"features": '
     '{"subscription_update": {"products": [{"adjustable_quantity": {"maximum": Infinity}}]}}}}]}',
     '{"format": "%s", "version": 1, "configurations": [], "catalog": {"products": []}}',
     '{"format": "%s", "version": 1e400, "configurations": []}'],
)  # fmt: skip
def test_hostile_export_files_on_disk(tmp_path: Path, text: str) -> None:
    path = tmp_path / "export.json"
    path.write_text(text.replace("%s", transfer.FORMAT))
    try:
        transfer.read_export(path)
    except transfer.ImportFileError as exc:
        assert str(exc)
    assert math.isinf(json.loads("Infinity"))
