"""The sandbox as a real HTTP server on 127.0.0.1, run in a background thread.

``SandboxServer(seed="demo").start()`` serves the Stripe-shaped API at ``server.url``;
point the stripe SDK at it with ``StripeClient(key, base_addresses={"api": url})``.
The same class backs ``counterfoil sandbox``, ``counterfoil --demo`` and the tests.
"""

from __future__ import annotations

import email.utils
import json
import secrets
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from services.sandbox import resources  # noqa: F401  (registers every route)
from services.sandbox.app import DEFAULT_TEST_KEY, DropConnection, Faults, Response, SandboxApp
from services.sandbox.errors import ApiError
from services.sandbox.ratelimit import RateLimits
from services.sandbox.seeds import load_seed
from services.sandbox.store import Store

MAX_BODY = 8 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    _headers_buffer: list[bytes]  # BaseHTTPRequestHandler's head, built by send_header

    def log_message(self, format: str, *args: Any) -> None:
        return

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The ``Date`` header on the sandbox's clock (``store.now()``, shifted in tests)."""
        now = self.server.sandbox.app.store.now()
        second, text = self.server.date_header
        if second != now:  # formatted once a second, not once a request
            text = email.utils.formatdate(now, usegmt=True)
            self.server.date_header = (now, text)
        return text

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes: without this, Nagle's algorithm and the
        # client's delayed ACK hold the body back ~40 ms on every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _serve(self) -> None:
        sandbox = self.server.sandbox
        if sandbox.app.faults.unreachable:
            self.close_connection = True
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._refuse(400, "Invalid Content-Length header.")
            return
        if length > MAX_BODY:
            self._drain(length)
            self._refuse(413, f"Request bodies are limited to {MAX_BODY} bytes.")
            return
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            # Reading it as an empty body would act on a request the client did not send.
            self._refuse(411, "Chunked request bodies are not supported; send Content-Length.")
            return
        body = self._read_body(length) if length else b""
        if body is None:
            self._refuse(
                400, f"The request body ended before the {length} bytes its Content-Length gave."
            )
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            resp = sandbox.app.handle(self.command, self.path, headers, body)
        except DropConnection:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        self._answer(resp)

    def _read_body(self, length: int) -> bytes | None:
        """The ``length`` bytes of the body, or None if the client stopped short (closed the
        connection or stalled for ``sandbox.body_timeout_s``): a truncated body is never
        handled as if it were the request."""
        self.connection.settimeout(self.server.sandbox.body_timeout_s)
        try:
            body = self.rfile.read(length)
        except TimeoutError:
            return None
        finally:
            self.connection.settimeout(None)
        return body if len(body) == length else None

    def _refuse(self, status: int, message: str) -> None:
        """Answer a request the pipeline cannot read with Stripe's error envelope."""
        self.close_connection = True
        request_id = "req_" + secrets.token_hex(7)
        kind = "api_error" if status >= 500 else "invalid_request_error"
        error = ApiError(status, message, type=kind)
        body = json.dumps(error.body(request_id)).encode()
        self._answer(Response(status, {"Request-Id": request_id, "Connection": "close"}, body))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors of the HTTP layer itself (unsupported method, over-long line or URI, too
        many headers, a malformed request line) in Stripe's JSON envelope, not stdlib HTML."""
        text = message or self.responses.get(code, ("Error",))[0]
        if code == 501:  # an HTTP verb Stripe does not serve
            code, text = 405, f"Method not allowed: {self.command}"
        elif code >= 500:  # "HTTP Version Not Supported": the client's fault, not a 5xx
            code = 400
        if self.command == "HEAD":
            self.close_connection = True
            self.send_response(code, text)
            self.send_header("Connection", "close")
            self.end_headers()
            return
        self._refuse(code, text if text.endswith(".") else text + ".")

    def _drain(self, length: int) -> None:
        """Read (and drop) up to 64 MiB of an oversized body so the client sees the answer."""
        left = min(length, 64 * 1024 * 1024)
        while left > 0:
            chunk = self.rfile.read(min(left, 1 << 16))
            if not chunk:
                break
            left -= len(chunk)

    def _answer(self, resp: Response) -> None:
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        for k, v in resp.headers.items():
            self.send_header(k, v)
        if self.request_version == "HTTP/0.9":  # no head at all: end_headers sends nothing
            self.wfile.write(resp.body)
            return
        # Head and body in one write: one system call, one release of the interpreter lock
        # (under load, taking it back behind busy threads costs more than the call).
        self._headers_buffer.extend((b"\r\n", resp.body))
        self.flush_headers()

    do_GET = _serve
    do_POST = _serve
    do_DELETE = _serve
    do_PUT = _serve
    do_PATCH = _serve


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, addr: tuple[str, int], sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self.date_header: tuple[int, str] = (-1, "")
        super().__init__(addr, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up mid-request (a killed or cancelled sync) is normal: no
        traceback on stderr for that; anything else is still printed."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class SandboxServer:
    """A running (or startable) sandbox; see the module docstring."""

    def __init__(
        self,
        seed: str = "empty",
        *,
        customers: int | None = None,
        port: int = 0,
        host: str = "127.0.0.1",
        rate_limits: RateLimits | None = None,
        api_key: str = DEFAULT_TEST_KEY,
    ) -> None:
        self.host = host
        self.port = port
        self.app = SandboxApp(rate_limits)
        self.api_key = api_key
        if api_key != DEFAULT_TEST_KEY:
            self.app.keys.pop(DEFAULT_TEST_KEY, None)
            self.app.register_key(api_key)
        self.app.faults.on_unreachable = self._set_unreachable
        self.body_timeout_s = 30.0
        """How long a request body may stall before the request is refused (400)."""
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._seed = (seed, customers)
        load_seed(self.app, seed, customers=customers)

    # -- lifecycle ----------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def state(self) -> Store:
        return self.app.store

    @property
    def faults(self) -> Faults:
        return self.app.faults

    def start(self) -> SandboxServer:
        self._httpd = _HTTPServer((self.host, self.port), self)
        self.port = self._httpd.server_address[1]
        self.app.base_url = self.url
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sandbox:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on the calling thread (the ``counterfoil sandbox`` command)."""
        self._httpd = _HTTPServer((self.host, self.port), self)
        self.port = self._httpd.server_address[1]
        self.app.base_url = self.url
        self._httpd.serve_forever()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _set_unreachable(self, value: bool) -> None:
        if value and self._httpd is not None:
            self.stop()
        elif not value and self._httpd is None and self.port:
            self.start()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- knobs --------------------------------------------------------------------
    def reset(self, seed: str | None = None, customers: int | None = None) -> None:
        """Throw away all state and load a seed again (the same one by default)."""
        seed_name, count = (seed, customers) if seed is not None else self._seed
        keys = dict(self.app.keys)
        limits = self.app.limiter.limits
        faults = self.app.faults
        self.app.__init__(limits)  # type: ignore[misc]
        self.app.keys = keys
        self.app.faults = faults
        self.app.base_url = self.url
        self._seed = (seed_name, count)
        load_seed(self.app, seed_name, customers=count)

    def set_rate_limits(self, limits: RateLimits | None) -> None:
        self.app.limiter.configure(limits)

    def register_key(
        self, key: str, *, livemode: bool = False, permissions: dict[str, str] | None = None
    ) -> None:
        self.app.register_key(key, livemode=livemode, permissions=permissions)

    def revoke_key(self, key: str) -> None:
        self.app.revoke_key(key)

    def deauthorize(self, acct: str) -> dict[str, Any]:
        """Disconnect connected account ``acct`` from the platform (Stripe-Account refused
        from now on); returns the ``account.application.deauthorized`` event."""
        from services.sandbox.resources.accounts import deauthorize

        return deauthorize(self.app, acct)
