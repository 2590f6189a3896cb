"""Stripe's error envelope as an exception the sandbox raises and renders.

Handlers raise :class:`ApiError`; the request pipeline turns it into
``{"error": {"type", "code", "message", "param", ...}}`` with the HTTP status.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answered to the client exactly as Stripe shapes it."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.headers = headers or {}

    def body(self, request_id: str) -> dict[str, Any]:
        err: dict[str, Any] = {"type": self.type, "message": self.message}
        if self.code is not None:
            err["code"] = self.code
            err["doc_url"] = f"https://stripe.com/docs/error-codes/{self.code.replace('_', '-')}"
        if self.param is not None:
            err["param"] = self.param
        err["request_log_url"] = f"https://dashboard.stripe.com/test/logs/{request_id}"
        return {"error": err}


def invalid(message: str, param: str | None = None, code: str | None = None) -> ApiError:
    """A 400 ``invalid_request_error``."""
    return ApiError(400, message, param=param, code=code)


def unknown_param(param: str) -> ApiError:
    return ApiError(
        400, f"Received unknown parameter: {param}", param=param, code="parameter_unknown"
    )


def missing_param(param: str) -> ApiError:
    return ApiError(400, f"Missing required param: {param}.", param=param, code="parameter_missing")


def no_such(kind: str, obj_id: str, param: str = "id") -> ApiError:
    """Stripe's 404 for an id that does not exist (in this account)."""
    return ApiError(404, f"No such {kind}: '{obj_id}'", param=param, code="resource_missing")
