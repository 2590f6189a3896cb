"""Write ``tests/stripe_shape_manifest.json``: the field paths Stripe's objects carry.

For every object type the sandbox emits (``services.sandbox.shapes.EMITTED_TYPES``) the
manifest lists the dotted paths of the fields of Stripe's example object
(``fixtures3.json`` from stripe/openapi), descending into nested dicts but not into
JSON arrays, not into expandable sub-objects (dicts with their own ``id`` and
``object``) and not into free-form maps (``metadata``). ``tests/test_sandbox_shapes.py``
checks every object the demo sandbox returns against it. The manifest is committed, so
the tests do not need the fixtures.

Run from the project root: ``.venv/bin/python -m tests.make_shape_manifest
[../shared/stripe/fixtures3.json]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from services.sandbox.shapes import EMITTED_TYPES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FIXTURES = ROOT.parent / "shared" / "stripe" / "fixtures3.json"
MANIFEST = Path(__file__).with_name("stripe_shape_manifest.json")


# Maps whose keys are data, not fields (the fixtures' example keys are not part of the shape).
FREE_FORM = {"metadata", "currency_options"}


def is_expandable(value: Any) -> bool:
    """A nested object with its own identity (rendered on its own, not a sub-structure)."""
    return isinstance(value, dict) and "id" in value and "object" in value


def field_paths(obj: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted paths of ``obj``'s fields, recursing into plain nested dicts only."""
    paths: list[str] = []
    for key, value in obj.items():
        path = f"{prefix}{key}"
        paths.append(path)
        if isinstance(value, dict) and not is_expandable(value) and key not in FREE_FORM:
            paths.extend(field_paths(value, path + "."))
    return paths


def build_manifest(fixtures: dict[str, Any]) -> dict[str, list[str]]:
    resources = fixtures["resources"]
    return {t: sorted(field_paths(resources[t])) for t in EMITTED_TYPES if t in resources}


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT_FIXTURES
    manifest = build_manifest(json.loads(source.read_text(encoding="utf-8")))
    MANIFEST.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {MANIFEST} ({sum(map(len, manifest.values()))} paths, {len(manifest)} types)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
