"""The Events API: list (``type``, ``types[]``, ``created``, pagination) and retrieve."""

from __future__ import annotations

import fnmatch
from typing import Any

from services.sandbox.app import Request, route
from services.sandbox.errors import invalid
from services.sandbox.resources.common import fetch, list_page


@route("get", "/v1/events")
def list_events(req: Request) -> dict[str, Any]:
    one = req.params.get("type")
    many = req.params.get("types")
    if one is not None and many is not None:
        raise invalid("You may pass either `type` or `types`, but not both.", param="types")
    patterns = [one] if one is not None else list(many or [])

    def where(e: dict[str, Any]) -> bool:
        return not patterns or any(fnmatch.fnmatchcase(e["type"], p) for p in patterns)

    return list_page(req, "event", "/v1/events", where=where)


@route("get", "/v1/events/{id}")
def retrieve_event(req: Request, eid: str) -> dict[str, Any]:
    return fetch(req, eid, "event")
