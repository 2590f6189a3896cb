"""The platform account (``GET /v1/account``) and connected accounts."""

from __future__ import annotations

from typing import Any

from services.sandbox.app import Request, route


def platform(req: Request) -> dict[str, Any]:
    obj: dict[str, Any] = req.store.extra["platform"]
    return obj


@route("get", "/v1/account")
def retrieve_current(req: Request) -> dict[str, Any]:
    if req.account:
        obj: dict[str, Any] = req.store.objects[req.account]
        return obj
    return platform(req)
